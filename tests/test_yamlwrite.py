"""Tests for kg.yamlwrite: what it writes, kg's own reader reads back as the same data and lines."""

from __future__ import annotations

import pytest

from kg import yamlio
from kg.errors import SourceError
from kg.sources import load_corpus
from kg.yamlwrite import Flow, dumps, scalar

SHEET = {
    "source": {
        "id": "baq-kz-2026-02-04",
        "outlet": "baq-kz",
        "date": "2026-02-04",
        "language": "kk",
        "url": "https://baq.kz/a?b=1&c=Ä",
        "text": "../texts/baq.txt",
        "draft": True,
        "title": {"kk": "«Байтақ» партиясы", "en": 'Baytaq: "green" party'},
    },
    "facts": [
        {
            "id": "f1",
            "type": "claim",
            "confidence": 0.85,
            "quantity": 12,
            "share": 45.0,
            "number": "12",
            "comparator": "more-than",
            "flags": Flow(["a", "yes", "null", 3]),
            "evidence": [
                "first line\nsecond line",
                "tab\there",
                "nel\x85line",
                "ls\u2028ps\u2029",
                "# not a comment",
                "key: value",
            ],
        },
        {
            "id": "f2",
            "type": "stance",
            "empty": [],
            "nothing": None,
            "off": "off",
            "yes": 1,
            "colon": "a:b",
            "evidence": "«Тоқаевтың» сөзі: 100%",
        },
    ],
}


def test_round_trip_gives_the_same_data():
    text = dumps(SHEET, header=["a header", "two lines"], footer=["a footer"])
    doc = yamlio.loads(text, path="t.yaml")
    expected = {
        **SHEET,
        "facts": [{**f, **({"flags": list(f["flags"])} if "flags" in f else {})} for f in SHEET["facts"]],
    }
    assert doc == expected
    assert yamlio._load_python(text, "t.yaml") == expected  # the pure-Python reader agrees with libyaml


def test_output_is_deterministic_and_readable():
    text = dumps(SHEET, header=["a header"])
    assert text == dumps(SHEET, header=["a header"])
    lines = text.splitlines()
    assert lines[:3] == ["# a header", "", "source:"]
    assert "  date: 2026-02-04" in lines and "  draft: true" in lines
    assert '  title: {kk: "«Байтақ» партиясы", en: "Baytaq: \\"green\\" party"}' in lines
    assert '    flags: [a, "yes", "null", 3]' in lines
    assert "    empty: []" in lines and "    nothing: null" in lines
    # the items of the facts list are separated by one blank line; the file ends with one newline
    assert lines[lines.index("  - id: f2") - 1] == ""
    assert text.endswith('"\n') and not text.endswith("\n\n")


def test_a_broken_value_is_reported_on_the_line_the_writer_put_it(tmp_path):
    sheet = {
        "source": {
            "id": "s1",
            "outlet": "baq-kz",
            "date": "2026-02-04",
            "language": "en",
            "url": "https://example.org/s1",
        },
        "facts": [
            {
                "id": "f1",
                "type": "stance",
                "holder": "baytaq",
                "target": "draft-constitution-2026",
                "polarity": "support",
            },
            {
                "id": "f2",
                "type": "stance",
                "holder": "baytaq",
                "target": "draft-constitution-2026",
                "polarity": "support",
                "date": "2026-02-31",
            },
        ],
    }
    text = dumps(sheet, header=["a sheet with a bad date"])
    path = tmp_path / "bad.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(SourceError) as caught:
        load_corpus([path])
    assert caught.value.line == text.splitlines().index("    date: 2026-02-31") + 1
    assert caught.value.path is not None and str(caught.value.path).endswith("bad.yaml")


@pytest.mark.parametrize(
    ("value", "written"),
    [
        ("baq-kz", "baq-kz"),
        ("2026-02-04", "2026-02-04"),
        ("../texts/a.txt", "../texts/a.txt"),
        ("12", '"12"'),
        ("1e3", "1e3"),
        ("1.5", '"1.5"'),
        ("0x1f", '"0x1f"'),
        ("yes", '"yes"'),
        ("No", '"No"'),
        ("~", '"~"'),
        ("", '""'),
        ("-x", '"-x"'),
        ("a: b", '"a: b"'),
        ("Ak Zhol", '"Ak Zhol"'),
        (True, "true"),
        (None, "null"),
        (0.1, "0.1"),
        (7, "7"),
    ],
)
def test_scalars_are_bare_only_when_they_read_back_as_the_same_text(value, written):
    assert scalar(value) == written
    assert yamlio.loads(f"k: {written}\n")["k"] == value


def test_values_a_source_cannot_hold_are_refused():
    with pytest.raises(ValueError):
        dumps({"a": float("nan")})
    with pytest.raises(ValueError):
        dumps({"a": [[1, 2]]})


def test_drafts_and_synth_write_through_it(tmp_path):
    from kg.extract.draft import actors_yaml, extract_text
    from kg.extract.linker import DraftActor
    from kg.synth import synthesize

    draft = extract_text(
        "Партия төрағасы Азаматхан Әміртаев «Жаңа кезең» тақырыбында баяндама жасады.",
        outlet="baq-kz",
        date="2026-02-04",
        name="example",
    )
    doc = yamlio.loads(draft.to_yaml())
    assert doc["source"]["draft"] is True and doc["facts"][0]["id"] == draft.facts[0].id
    registry = yamlio.loads(actors_yaml([DraftActor("x-y", "person", {"kk": "Х Ү", "en": "X Y"}, number="7")]))
    assert registry["actors"][0]["number"] == "7" and registry["extends"] == "bundled"
    synthesize(tmp_path / "c", facts=30, seed=1)
    assert len(load_corpus([tmp_path / "c"]).facts) == 30
