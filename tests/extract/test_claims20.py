"""Claims, twentieth session: what a figure counts read from grammar, and number words that give no figure.

Each test pins an extraction from a TUNING part (``tests/data/extract_real``: test8, test20, test22) that
``kg.extract.patterns.COUNTED20`` fixes, read from the part's own text: ``grammar`` and ``cued`` (the noun after a
figure in digits, as the language writes it, where the unit lexicon has no word; ``cued`` only in a sentence that
reports a count) and ``bare`` (a magnitude word with no number, "тысяч граждан", and "ни одной" are no figure).
Guards, with sentences written for them, pin what they must leave alone. Measured in
benchmarks/results/claims20_lopo.txt.
"""

from __future__ import annotations

import pytest

import kg.extract.patterns as P
from kg.extract.draft import Session

from . import _drafting
from ._drafting import claimants as _claimants
from ._drafting import real_text as _text


def draft(text: str, *, outlet: str, date: str):
    return _drafting.draft(Session(), text, outlet=outlet, date=date)


def read(text: str, lang: str) -> list[tuple]:
    return [q[:3] for q in P.find_quantities(text, lang)]


# ---------------------------------------------------------------------------- grammar, cued


@pytest.mark.parametrize("mode", [("cued",), ("grammar",)])
def test_instances_recorded_are_the_ombudsmans_figure(monkeypatch, mode):
    """test22 en-kazinform-2026-01-29-zakiyeva-marriage-family: "over 51,000 instances were recorded", in the
    ombudsman's quotation: "instances" is in no lexicon, a plural noun after the figure."""
    monkeypatch.setattr(P, "COUNTED20", mode)
    d = draft(
        _text("test22", "en-kazinform-2026-01-29-zakiyeva-marriage-family"), outlet="kazinform", date="2026-01-29"
    )
    (claimant,) = _claimants(d, 51000)
    assert "zakiyeva" in claimant or "zakieva" in claimant


@pytest.mark.parametrize("mode", [("cued",), ("grammar",)])
def test_provinces_citizens_came_from_are_the_outlets_figure(monkeypatch, mode):
    """test22 en-enbekshiqazaq-2026-03-18-izmir-polling-station: "Citizens of Kazakhstan from 9 provinces of the
    Aegean region arrived": the outlet's."""
    monkeypatch.setattr(P, "COUNTED20", mode)
    name = "en-enbekshiqazaq-2026-03-18-izmir-polling-station"
    d = draft(_text("test22", name), outlet="enbekshiqazaq", date="2026-03-18")
    assert _claimants(d, 9) == {"enbekshiqazaq"}


@pytest.mark.parametrize("mode", [("cued",), ("grammar",)])
def test_enterprises_in_the_russian_genitive_plural(monkeypatch, mode):
    """test20 ru-smi24-2026-02-25-karaganda-enterprises: "Свыше 70 предприятий … заявили о поддержке": the noun in
    the genitive plural after the figure (the eighteenth session's UNITS_18 listed it, and stays off)."""
    monkeypatch.setattr(P, "COUNTED20", mode)
    d = draft(_text("test20", "ru-smi24-2026-02-25-karaganda-enterprises"), outlet="smi24", date="2026-02-25")
    assert _claimants(d, 70) == {"smi24"}


def test_the_grammar_reading_in_each_language(monkeypatch):
    """English modifiers before a plural noun, a Russian noun after adjectives, a Kazakh noun after a comparator."""
    monkeypatch.setattr(P, "COUNTED20", ("grammar",))
    assert read("home to approximately 2.9 million ethnic Russians", "en") == [(2900000, "about", "Russians")]
    assert read("Зафиксировано 2 случая и 15 новых обращений граждан", "ru")[0] == (2, "exactly", "случая")
    assert read("Былтыр 27 мыңнан астам жас жұмысқа тұрды", "kk") == [(27000, "more-than", "жас")]


def test_cued_reads_only_where_a_count_is_reported(monkeypatch):
    """``cued``: the same noun read only in a sentence with a cue of reporting."""
    monkeypatch.setattr(P, "COUNTED20", ("cued",))
    assert read("Kazakhstan is home to 2.9 million ethnic Russians.", "en") == []
    assert read("In the district 120 families were registered.", "en") == [(120, "exactly", "families")]
    assert read("В акции приняли участие 40 семей.", "ru") == [(40, "exactly", "семей")]
    assert read("Шараға 300 отбасы қатысты.", "kk") == [(300, "exactly", "отбасы")]


def test_what_the_grammar_reading_leaves_alone(monkeypatch):
    """Guard: a year, a date, a time of day, an article number, a range's second figure, a number joined to a name,
    number words ("two chambers"), a verb or a postposition after the figure."""
    monkeypatch.setattr(P, "COUNTED20", ("grammar",))
    # a range's second figure is never read as itself: since the forty-second session (``range-low``) the range is its
    # lower bound, about (test13's sheet: "at least 5-6 types", about 5); before, it was read as nothing
    assert read("Economists name at least 5-6 types of it.", "en") == [(5, "about", "types")]
    monkeypatch.setattr(P, "READINGS42", frozenset())
    assert read("Economists name at least 5-6 types of it.", "en") == []
    for text, lang in (
        ("In 2025 elections were held.", "en"),
        ("On 15 March voters came.", "en"),
        ("Article 5 provisions were kept.", "en"),
        ("The parliament has two chambers.", "en"),
        ("In 2 of the cases it was so.", "en"),
        ("Участки открыты с 7.00 утра.", "ru"),
        ("Нұрсәт-2 шағын ауданындағы үй", "kk"),
        ("Олардың саны 500 болды.", "kk"),
        ("Учаске сағат 07:00-ден бастап ашылды.", "kk"),
    ):
        assert read(text, lang) == [], text


# ---------------------------------------------------------------------------- bare


def test_thousands_of_citizens_is_no_figure(monkeypatch):
    """test22 ru-inbusiness-2026-02-12-drogovoz-referendum: "участие … тысяч неравнодушных граждан" (thousands, no
    number) drafted 1000 for the President; and test8 ru-baq-2026-02-04-bazarbek-land: "нет ни одной нормы" (not a
    single one) drafted 1."""
    monkeypatch.setattr(P, "COUNTED20", ("bare",))
    d = draft(_text("test22", "ru-inbusiness-2026-02-12-drogovoz-referendum"), outlet="inbusiness", date="2026-02-12")
    assert _claimants(d, 1000) == set()
    d = draft(_text("test8", "ru-baq-2026-02-04-bazarbek-land"), outlet="baq-kz", date="2026-02-04")
    assert _claimants(d, 1) == set()


def test_a_thousand_with_a_comparator_is_still_a_figure(monkeypatch):
    """Guard: "более тысячи граждан" and "одна тысяча" are a thousand; "тысячи людей" alone are thousands."""
    monkeypatch.setattr(P, "COUNTED20", ("bare",))
    assert read("Обратились более тысячи граждан.", "ru") == [(1000, "more-than", "граждан")]
    assert read("Тысячи людей пришли на участки.", "ru") == []
    assert read("Поступило две тысячи предложений.", "ru") == [(2000, "exactly", "предложений")]
