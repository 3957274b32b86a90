"""Query results as text: a readable table, or the SPARQL 1.1 result formats (JSON, XML, CSV, TSV).

The standard formats are written by the engine itself, so they follow the W3C specifications;
the table is ours and is deterministic (no terminal-width guessing).

>>> print(format_table(["a", "b"], [["1", "x"], ["22", None]]))
a   b
--  -
1   x
22
"""

from __future__ import annotations

import functools
import os
import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    import textwrap

RESULT_FORMATS = ("table", "json", "csv", "tsv", "xml")
GRAPH_FORMATS = {"table": "turtle", "json": "json-ld", "csv": "nt", "tsv": "nt", "xml": "xml"}
RESULT_EXTENSIONS = {".csv": "csv", ".tsv": "tsv", ".json": "json", ".srj": "json", ".xml": "xml", ".srx": "xml"}
"""The ``kg query`` format an ``-o`` file's extension names; any other is the table."""


def format_from_extension(
    output: str | os.PathLike[str] | None, fmt: str | None, extensions: Mapping[str, str], default: str
) -> str:
    """The format to write: ``fmt`` when given, else the one the extension of ``output`` names
    (``-o reform.nt`` is N-Triples, not Turtle under that name), else ``default``."""
    if fmt:
        return fmt
    if output is None or os.fspath(output) == "-":
        return default
    return extensions.get(os.path.splitext(os.fspath(output))[1].lower(), default)


MAX_CELL = 60
MAX_TABLE_WIDTH = 160


def term_text(term) -> str | None:
    """A term as a person reads it: the text of a literal, the IRI of a node."""
    if term is None:
        return None
    return term.value


# The patterns below are compiled on first use (re keeps them): most tables never need them, and
# compiling each costs every process that imports this module.
_NOT_PLAIN = r"[\t\n\r\x0b\x0c]|\s$"


def _wrap(cell: str | None, width: int) -> list[str]:
    """``textwrap.wrap`` of one cell (``[""]`` when empty), without its cost for a cell that fits as it is.

    >>> _wrap("a short cell", 60), _wrap("two  spaces kept", 60), _wrap(None, 60)
    (['a short cell'], ['two  spaces kept'], [''])
    >>> import textwrap
    >>> _wrap("word " * 3, 6) == textwrap.wrap("word " * 3, 6)
    True
    """
    if not cell:
        return [""]
    if cell.isprintable():  # no whitespace but spaces (str.isprintable is false for all others)
        if cell[-1] != " ":
            if len(cell) <= width:
                return [cell]  # what textwrap gives for a line that fits: no tab, newline or trailing space
            if cell[0] != " " and "  " not in cell and "--" not in cell and not re.search(_BREAKING_HYPHEN, cell):
                lines = _greedy(cell, width)
                if lines is not None:
                    return lines
    elif len(cell) <= width and not re.search(_NOT_PLAIN, cell):
        return [cell]
    wrapper = _wrapper(width)
    if "-" in cell:
        return wrapper.wrap(cell) or [""]
    # Without a hyphen, textwrap's word-splitting pattern cuts at whitespace only: split there
    # directly (most of wrap()'s time) and let textwrap place the chunks, so the lines are its own.
    chunks = [c for c in re.split(_SPACES, wrapper._munge_whitespace(cell)) if c]
    return wrapper._wrap_chunks(chunks) or [""]


# A hyphen textwrap's word pattern may break at: a letter on both sides. (Its other cuts are at
# whitespace and at dashes of two or more; a cell with those, or with whitespace other than single
# spaces between words, is left to textwrap.)
_BREAKING_HYPHEN = r"[^\W\d]-[^\W\d]"


def _greedy(cell: str, width: int) -> list[str] | None:
    """textwrap's lines for words parted by single spaces, with no hyphen it may break at: each
    line the most words that fit (several times faster than textwrap); None when a word is longer
    than a line.

    >>> import textwrap
    >>> text = "Article 8 of the draft constitutional amendments of 2025, as published"
    >>> all(_greedy(text, w) == textwrap.wrap(text, w) for w in range(15, 80))
    True
    >>> _greedy("a-very-long-word here", 5) is None
    True
    """
    lines = []
    start = 0
    end = len(cell)
    while end - start > width:
        cut = cell.rfind(" ", start, start + width + 1)
        if cut <= start:
            return None  # a word longer than the line: textwrap breaks it
        lines.append(cell[start:cut])
        start = cut + 1
    lines.append(cell[start:])
    return lines


_SPACES = r"([\t\n\x0b\x0c\r ]+)"


@functools.lru_cache(maxsize=8)
def _wrapper(width: int) -> textwrap.TextWrapper:
    import textwrap  # only when a cell needs wrapping: CSV and short tables never do

    return textwrap.TextWrapper(width, break_long_words=True)


def _wrapped(rows: Sequence[Sequence[str | None]], max_cell: int) -> list[list[list[str]]]:
    return [[_wrap(cell, max_cell) for cell in row] for row in rows]


def _widths(columns: Sequence[str], wrapped: list[list[list[str]]]) -> list[int]:
    widths = [len(c) for c in columns]
    for row in wrapped:
        for i, cell in enumerate(row):
            longest = len(cell[0]) if len(cell) == 1 else max(len(line) for line in cell)
            if longest > widths[i]:
                widths[i] = longest
    return widths


# Characters a terminal obeys rather than shows: C0 controls but tab and line break (which cells are
# wrapped over), DEL, C1 controls, and the bidirectional overrides and isolates that reorder what is
# shown ("Trojan Source").
_CONTROLS = "[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]"


def _obeyed(text: str) -> bool:
    """Whether ``text`` holds a character a terminal would obey: ``str.isprintable`` answers most texts
    (~2 ms per MB of table), the pattern only those that hold some other unprintable character too."""
    return not text.replace("\n", "").isprintable() and re.search(_CONTROLS, text) is not None


def _escaped(columns: Sequence[str], rows: Sequence[Sequence[str | None]]) -> tuple[list[str], list[list[str | None]]]:
    r"""Columns and rows with the characters a terminal would obey written as escapes (``\x1b``,
    ``\u202e``), so that a value from a remote endpoint or a source cannot clear, recolour or retitle
    the terminal, or reorder what it shows. The tables are made from these only when the plain ones
    hold such a character (rarely), so that their columns line up.

    >>> _escaped(["a"], [["x\x1b[2Jy", None, "a\u202eb"]])
    (['a'], [['x\\x1b[2Jy', None, 'a\\u202eb']])
    """

    def escape(cell: str | None) -> str | None:
        if not cell or cell.isprintable():
            return cell
        return re.sub(_CONTROLS, lambda m: m.group().encode("unicode_escape").decode("ascii"), cell)

    return [escape(c) or "" for c in columns], [[escape(cell) for cell in row] for row in rows]


def format_table(columns: Sequence[str], rows: Sequence[Sequence[str | None]], *, max_cell: int = MAX_CELL) -> str:
    """Left-aligned columns; long cells wrap onto more lines; no trailing spaces; a character a
    terminal would obey is written as an escape (:func:`_escaped`)."""
    wrapped = _wrapped(rows, max_cell)
    text = _table(columns, wrapped, _widths(columns, wrapped))
    return format_table(*_escaped(columns, rows), max_cell=max_cell) if _obeyed(text) else text


def _table(columns: Sequence[str], wrapped: list[list[list[str]]], widths: list[int]) -> str:
    out = [_line(columns, widths), _line(["-" * w for w in widths], widths)]
    for row in wrapped:
        for n in range(max(len(cell) for cell in row)):
            out.append(_line([cell[n] if n < len(cell) else "" for cell in row], widths))
    return "\n".join(out)


def format_records(columns: Sequence[str], rows: Sequence[Sequence[str | None]], *, max_cell: int = 100) -> str:
    """One block per row, one 'column  value' line per non-empty cell: for rows too wide for a table.

    >>> print(format_records(["who", "what"], [["Baytaq", "Article 8"], ["Kachanov", None]]))
    who   Baytaq
    what  Article 8
    <BLANKLINE>
    who   Kachanov
    """
    width = max((len(c) for c in columns), default=0)
    heads = [f"{column.ljust(width)}  " for column in columns]
    more = " " * width + "  "
    out: list[str] = []  # the lines of every block, and one empty line between blocks
    for number, row in enumerate(rows):
        if number:
            out.append("")
        begun = len(out)
        for head, cell in zip(heads, row):
            if not cell:
                continue
            if len(cell) <= max_cell and cell.isprintable() and cell[-1] != " ":
                out.append(head + cell)  # what _wrap gives, without the call
                continue
            wrapped = _wrap(cell, max_cell)
            out.append(head + wrapped[0])
            out.extend([more + line for line in wrapped[1:]])
        if len(out) == begun:
            out.append("")  # a row with no values is an empty block
    text = "\n".join(out)
    return format_records(*_escaped(columns, rows), max_cell=max_cell) if _obeyed(text) else text


def format_rows(columns: Sequence[str], rows: Sequence[Sequence[str | None]]) -> str:
    """A table when it fits in MAX_TABLE_WIDTH characters, else one block per row.

    The width is known from the cells before any line is written, so a table too wide is
    never built only to be thrown away.
    """
    if _rule_width(_least_widths(columns, rows)) > MAX_TABLE_WIDTH:
        return format_records(columns, rows)  # too wide whatever the long cells wrap to
    wrapped = _wrapped(rows, MAX_CELL)
    widths = _widths(columns, wrapped)
    if _rule_width(widths) > MAX_TABLE_WIDTH:
        return format_records(columns, rows)
    text = _table(columns, wrapped, widths)
    return format_rows(*_escaped(columns, rows)) if _obeyed(text) else text


def _rule_width(widths: Sequence[int]) -> int:
    """The length of the table's widest line, its rule of dashes."""
    return len(_line(["-" * w for w in widths], widths))


def _least_widths(columns: Sequence[str], rows: Sequence[Sequence[str | None]]) -> list[int]:
    """Column widths the table has at least: headers and the cells that stay one line as they are."""
    widths = [len(c) for c in columns]
    for row in rows:
        for i, cell in enumerate(row):
            if cell and widths[i] < len(cell) <= MAX_CELL and _plain(cell):
                widths[i] = len(cell)
    return widths


def _plain(cell: str) -> bool:
    """Whether a non-empty cell is one line as it is (no tab or newline, no trailing whitespace);
    ``str.isprintable`` answers most cells without the regex."""
    if cell.isprintable():
        return cell[-1] != " "
    return not re.search(_NOT_PLAIN, cell)


def _line(cells: Sequence[str], widths: Sequence[int]) -> str:
    return "  ".join(cell.ljust(w) for cell, w in zip(cells, widths)).rstrip()


def render_results(result, fmt: str = "table") -> bytes:
    """Render an engine result (SELECT solutions, ASK boolean or CONSTRUCT triples) in ``fmt``."""
    import pyoxigraph

    if fmt not in RESULT_FORMATS:
        raise ValueError(f"unknown format {fmt!r}")
    if isinstance(result, pyoxigraph.QueryBoolean):
        if fmt == "table":
            return (("true" if bool(result) else "false") + "\n").encode()
        return result.serialize(format=_results_format(fmt)) or b""
    if isinstance(result, pyoxigraph.QueryTriples):
        from kg.store import FORMATS

        rdf = getattr(pyoxigraph.RdfFormat, FORMATS[GRAPH_FORMATS[fmt]])
        return pyoxigraph.serialize(list(result), format=rdf) or b""
    if fmt == "table":
        columns = [v.value for v in result.variables]
        # a solution iterates its values in the order of the variables: five times faster than by name
        rows = [[None if term is None else term.value for term in solution] for solution in result]
        text = format_rows(columns, rows)
        return (text + f"\n({len(rows)} row{'s' if len(rows) != 1 else ''})\n").encode("utf-8")
    return result.serialize(format=_results_format(fmt))


def _results_format(fmt: str):
    import pyoxigraph

    return {
        "json": pyoxigraph.QueryResultsFormat.JSON,
        "xml": pyoxigraph.QueryResultsFormat.XML,
        "csv": pyoxigraph.QueryResultsFormat.CSV,
        "tsv": pyoxigraph.QueryResultsFormat.TSV,
    }[fmt]


# ---------------------------------------------------------------- rows already read


def render_rows(columns: Sequence[str], rows: Sequence[Sequence], fmt: str = "table") -> bytes:
    """Render SELECT rows already read into lists of terms (``None`` for unbound), like :func:`render_results`.

    The rows may come from a remote endpoint or be cut at a row limit; the table is the same
    as for the engine's own results, and the standard formats are written by the engine.

    >>> from pyoxigraph import Literal
    >>> print(render_rows(["a"], [[Literal("x")], [None]]).decode(), end="")
    a
    -
    x
    <BLANKLINE>
    (2 rows)
    """
    if fmt not in RESULT_FORMATS:
        raise ValueError(f"unknown format {fmt!r}")
    if fmt == "table":
        text = format_rows(list(columns), [[term_text(term) for term in row] for row in rows])
        return (text + f"\n({len(rows)} row{'s' if len(rows) != 1 else ''})\n").encode("utf-8")
    data = results_json(columns, rows)
    if fmt == "json":
        return data
    import pyoxigraph

    parsed = pyoxigraph.parse_query_results(data, format=pyoxigraph.QueryResultsFormat.JSON)
    return parsed.serialize(format=_results_format(fmt)) or b""


def results_json(columns: Sequence[str], rows: Sequence[Sequence]) -> bytes:
    """SPARQL 1.1 Query Results JSON for rows of terms.

    >>> from pyoxigraph import NamedNode
    >>> results_json(["s"], [[NamedNode("http://e/a")]])
    b'{"head":{"vars":["s"]},"results":{"bindings":[{"s":{"type":"uri","value":"http://e/a"}}]}}'
    """
    import json

    bindings = [{column: term_json(term) for column, term in zip(columns, row) if term is not None} for row in rows]
    doc = {"head": {"vars": list(columns)}, "results": {"bindings": bindings}}
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"


def term_json(term) -> dict:
    """One RDF term in the SPARQL JSON results form."""
    import pyoxigraph

    if isinstance(term, pyoxigraph.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, pyoxigraph.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, pyoxigraph.Literal):
        out = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != _XSD_STRING:
            out["datatype"] = term.datatype.value
        return out
    if isinstance(term, pyoxigraph.Triple):
        return {
            "type": "triple",
            "value": {
                "subject": term_json(term.subject),
                "predicate": term_json(term.predicate),
                "object": term_json(term.object),
            },
        }
    raise TypeError(f"not an RDF term: {term!r}")


def term_from_json(data: dict):
    """The RDF term of a SPARQL JSON results binding (also Virtuoso's ``typed-literal``).

    :raises ValueError: for a binding that is not a valid term.

    >>> term_from_json({"type": "literal", "value": "1", "datatype": "http://www.w3.org/2001/XMLSchema#integer"})
    <Literal value=1 datatype=<NamedNode value=http://www.w3.org/2001/XMLSchema#integer>>
    """
    import pyoxigraph

    kind = data.get("type")
    value = data.get("value")
    if kind == "triple" and isinstance(value, dict):
        return pyoxigraph.Triple(
            term_from_json(value["subject"]), term_from_json(value["predicate"]), term_from_json(value["object"])
        )
    if not isinstance(value, str):
        raise ValueError(f"a binding without a text value: {data!r}")
    if kind == "uri":
        return pyoxigraph.NamedNode(value)
    if kind == "bnode":
        return pyoxigraph.BlankNode(value)
    if kind in ("literal", "typed-literal"):
        lang = data.get("xml:lang")
        datatype = data.get("datatype")
        if lang:
            return pyoxigraph.Literal(value, language=lang)
        if datatype and datatype not in (_XSD_STRING, _RDF_LANG_STRING):
            return pyoxigraph.Literal(value, datatype=pyoxigraph.NamedNode(datatype))
        return pyoxigraph.Literal(value)
    raise ValueError(f"unknown binding type {kind!r}")
