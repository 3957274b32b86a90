"""YAML sources are untrusted: aliases, deep nesting, huge, special and unreadable files all get file:line."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from _hang import without_hanging

from kg import yamlio
from kg.errors import SourceError, shown

# The "billion laughs" of the issue: nine levels of nine aliases, ~560 bytes, 9⁹ strings when expanded.
BOMB = "".join(
    f"{name}: &{name} [{', '.join([f'*{prev}'] * 9) if prev else ', '.join(['lol'] * 9)}]\n"
    for prev, name in zip(["", *"abcdefgh"], "abcdefghi")
)


def test_the_bomb_is_small_and_its_aliases_are_refused_with_the_line():
    assert 300 < len(BOMB) < 600
    with pytest.raises(SourceError) as caught:
        yamlio.loads(BOMB, path="bomb.yaml")
    assert str(caught.value).startswith("bomb.yaml:2: an alias (*name) repeats what is anchored (&name) on line 1")


def test_the_bomb_in_a_checked_field_of_a_fact_sheet(tiny_sources: Path):
    """Before, the check of 'degree' put the expanded value in its message: out of memory."""
    from kg.sources import load_corpus

    sheet = tiny_sources / "articles" / "tiny.yaml"
    laughs = "".join(f"      {line}\n" for line in BOMB.splitlines())
    text = sheet.read_text(encoding="utf-8").replace("    degree: fully\n", f"    degree:\n{laughs}")
    sheet.write_text(text, encoding="utf-8")
    with pytest.raises(SourceError, match=r"tiny\.yaml:\d+: an alias") as caught:
        load_corpus([tiny_sources])
    assert len(str(caught.value)) < 400


@pytest.mark.parametrize("style", ["flow", "block"])
def test_nesting_three_thousand_levels_is_a_clear_error(style):
    if style == "flow":
        text = "a: " + "[" * 3000 + "]" * 3000 + "\n"
    else:
        text = "a:\n" + "".join(" " * (i + 1) + "-\n" for i in range(3000))
    with pytest.raises(
        SourceError, match=rf"deep.yaml:\d+: lists and mappings nest more than {yamlio.MAX_DEPTH} levels"
    ):
        yamlio.loads(text, path="deep.yaml")
    # the pure-Python parser (used when libyaml is missing or the text has odd characters) says the same
    with pytest.raises(SourceError, match=r"deep.yaml:\d+: lists and mappings nest more than"):
        yamlio._load_python(text, "deep.yaml")


def test_ordinary_nesting_and_plain_anchors_still_load():
    doc = yamlio.loads("a: &x [1, {b: [c]}]\nd: e\n", path="ok.yaml")
    assert doc["a"][1]["b"] == ["c"] and doc["d"] == "e"


def test_a_sheet_over_the_size_limit_is_refused(tmp_path, monkeypatch):
    path = tmp_path / "big.yaml"
    path.write_text("a: " + "x" * 200 + "\n", encoding="utf-8")
    monkeypatch.setattr(yamlio, "MAX_FILE_BYTES", 100)
    with pytest.raises(SourceError, match=r"big\.yaml: file is 204 bytes, over the limit of 100"):
        yamlio.load(path)


def test_a_fifo_a_folder_and_a_device_are_refused_at_once(tmp_path):
    fifo = tmp_path / "pipe.yaml"
    os.mkfifo(fifo)
    error = without_hanging(lambda: yamlio.load(fifo))
    assert isinstance(error, SourceError) and "not a regular file" in str(error)
    assert "is a folder" in str(without_hanging(lambda: yamlio.load(tmp_path)))
    assert "not a regular file" in str(without_hanging(lambda: yamlio.load("/dev/zero")))


def test_shown_is_bounded_for_any_value():
    nested: list = ["x" * 1000]
    for _ in range(50):
        nested = [nested] * 10  # shared, like an expanded alias: its full repr would never end
    assert len(shown(nested)) <= 80
    assert len(shown(yamlio.loads("a: [" + ", ".join(["x" * 100] * 1000) + "]\n")["a"])) <= 80


@pytest.mark.parametrize("parser", ["libyaml", "python"])
def test_an_integer_of_thousands_of_digits_is_a_clear_error(parser):
    """Before, Python's limit on converting long digit strings (4,300) ended the run with
    'internal error: ValueError', naming neither the file nor the line."""
    text = "source:\n  id: x\nquantity: " + "9" * 5000 + "\n"
    load = yamlio.loads if parser == "libyaml" else yamlio._load_python
    with pytest.raises(SourceError, match=r"^big\.yaml:3: the number '9999.* has 5,000 digits") as caught:
        load(text, path="big.yaml")
    assert len(str(caught.value)) < 300


def test_long_hexadecimal_and_ordinary_integers_still_load():
    doc = yamlio.loads("a: 0x" + "f" * 40 + "\nb: 1_000\nc: -42\n")
    assert doc["a"] == int("f" * 40, 16) and doc["b"] == 1000 and doc["c"] == -42


@pytest.mark.parametrize("escape", [r"\0", r"\x01", r"\e", r"\uD800", r"\uFFFE"])
@pytest.mark.parametrize("parser", ["libyaml", "python"])
def test_an_escape_for_a_character_the_reader_refuses_is_refused_too(escape, parser):
    """The reader refuses control characters typed into a file, but a double-quoted escape made
    them all the same: a lone surrogate ended the build with 'internal error: UnicodeEncodeError',
    and \\x01 reached the graph and made GraphML and RDF/XML exports that no XML parser reads."""
    text = f'actors:\n  - id: x\n    name: {{en: "Example{escape}Party"}}\n'
    load = yamlio.loads if parser == "libyaml" else yamlio._load_python
    with pytest.raises(SourceError, match=r"^esc\.yaml:3: the escape .* makes the character #x") as caught:
        load(text, path="esc.yaml")
    assert "remove it" in str(caught.value)


def test_ordinary_escapes_still_load():
    doc = yamlio.loads('a: "tab\\tnew\\nline \\u00e9 \\"q\\" \\U0001F600 \\u0096 \\x85"\n')
    assert doc["a"] == 'tab\tnew\nline é "q" \U0001f600 \x96 \x85'  # C1 controls: kg.yamlwrite writes them so
