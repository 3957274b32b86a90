"""kg.output: the table's fast paths give exactly what textwrap and the plain algorithm give."""

from __future__ import annotations

import random
import textwrap

import pyoxigraph
import pytest

from kg.output import _greedy, _wrap, format_records, format_rows, render_results


def _reference_wrap(cell: str | None, width: int) -> list[str]:
    return (textwrap.wrap(cell, width, break_long_words=True) or [""]) if cell else [""]


def _reference_records(columns, rows, max_cell: int = 100) -> str:
    """format_records as first written: textwrap on every cell, a block per row."""
    width = max((len(c) for c in columns), default=0)
    blocks = []
    for row in rows:
        lines = []
        for column, cell in zip(columns, row):
            if not cell:
                continue
            wrapped = _reference_wrap(cell, max_cell)
            lines.append(f"{column.ljust(width)}  {wrapped[0]}")
            lines.extend(f"{'':{width}}  {more}" for more in wrapped[1:])
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


def _random_cells(seed: int, count: int) -> list[str]:
    """Cells mixing words, single and double spaces, hyphens textwrap breaks at and does not,
    dashes, tabs, newlines and no-break spaces: the cases the fast paths must tell apart."""
    rng = random.Random(seed)
    odd = ["-", "--", " ", "  ", "\t", "\n", "\xa0", "\u2003", "1", ".", "é", "Ә", "—", "\r", "\x0b"]
    cells = []
    for _ in range(count):
        size = rng.randint(0, 60)
        cells.append("".join(rng.choice(odd) if rng.random() < 0.3 else rng.choice("abcdefgh   ") for _ in range(size)))
    return cells


@pytest.mark.parametrize("seed", range(4))
def test_wrap_gives_textwraps_lines_for_every_kind_of_cell(seed: int) -> None:
    for cell in _random_cells(seed, 1500):
        for width in (1, 3, 7, 12, 30):
            assert _wrap(cell, width) == _reference_wrap(cell, width), (cell, width)


def test_greedy_fill_is_textwraps_for_plain_words_and_declines_a_word_longer_than_a_line() -> None:
    text = "The Baytaq party proposed to delete the exceptions to an ombudsman for children from Article 5."
    for width in range(10, 100):
        assert _greedy(text, width) == textwrap.wrap(text, width), width
    assert _greedy("Kassym Jomart Tokayev", 5) is None  # textwrap breaks the long word: left to it


def test_records_are_the_plain_algorithms_including_empty_rows_and_long_cells() -> None:
    columns = ["proposer", "proposal", "evidence"]
    long = " ".join(f"word{n}" for n in range(60))
    rows = [
        ["Baytaq", "Delete the exceptions", long],
        [None, None, None],  # a row with no values: an empty block
        ["Kachanov", "", "a  b\tc"],
        ["Ak-Zhol", long.replace(" ", "-", 5), "x" * 250],
        ["Amirtayev", " leading space", "trailing space "],
    ]
    rows += [list(row) for row in zip(*[iter(_random_cells(7, 300))] * 3)]
    assert format_records(columns, rows) == _reference_records(columns, rows)
    assert format_records(columns, rows, max_cell=20) == _reference_records(columns, rows, max_cell=20)


def test_render_results_reads_values_in_the_order_of_the_variables_with_unbound_ones_empty() -> None:
    store = pyoxigraph.Store()
    store.add(
        pyoxigraph.Quad(pyoxigraph.NamedNode("http://e/a"), pyoxigraph.NamedNode("http://e/p"), pyoxigraph.Literal("x"))
    )
    result = store.query("SELECT ?z ?o ?s WHERE { ?s ?p ?o OPTIONAL { ?s <http://e/none> ?z } }")
    assert render_results(result, "table").decode() == "z  o  s\n-  -  ----------\n   x  http://e/a\n(1 row)\n"
    assert format_rows(["a"], [["1"], [None]]) == "a\n-\n1\n"  # an unbound cell: an empty line


def test_the_format_comes_from_the_extension_unless_given():
    from kg.output import format_from_extension

    names = {".nt": "nt", ".csv": "csv"}
    assert format_from_extension("out/Reform.NT", None, names, "turtle") == "nt"
    assert format_from_extension("reform.nt", "xml", names, "turtle") == "xml"  # --format wins
    assert format_from_extension("reform.txt", None, names, "turtle") == "turtle"
    assert format_from_extension("-", None, names, "turtle") == "turtle"
    assert format_from_extension(None, None, names, "turtle") == "turtle"


def test_a_character_a_terminal_would_obey_is_written_as_an_escape_and_the_columns_line_up() -> None:
    """Before, a value holding ESC sequences (from a remote endpoint, say) went to the terminal as it
    was: it could clear, recolour or retitle it; a bidi override reordered what the table showed."""
    rows = [["a\x1b[2Jb", "ok"], ["evil\u202eexe.txt", None], ["plain", "x\x07"]]
    table = format_rows(["name", "note\x9b"], rows)
    assert table.splitlines() == [
        "name               note\\x9b",
        "-----------------  --------",
        "a\\x1b[2Jb          ok",
        "evil\\u202eexe.txt",
        "plain              x\\x07",
    ]
    records = format_records(["name", "note"], rows)
    assert "\x1b" not in records and "\u202e" not in records and "name  a\\x1b[2Jb" in records
    kept = [["tab\there", "line\nbreak", "Қазақстан — ok", "zero\u200dwidth joiner"]]
    assert "\\" not in format_rows(["a", "b", "c", "d"], kept)  # whitespace, letters, a joiner: not escaped
