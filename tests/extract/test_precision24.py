"""Precision, twenty-fourth session: figures that count nothing and a session recalled as background.

Each test pins an extraction from a TUNING part (``tests/data/extract_real``: test5, test13, test16, test25, test26)
that a reading of ``kg.extract.rules.claims.READINGS24`` or ``kg.extract.rules.events.READINGS24`` fixes, read from
the part's own text, with the reading off for contrast: ``provision-number`` (a clause's number before the numbered
article it belongs to is no count), ``dotted-clock`` (a time of day with a dot is no count) and
``recalled-modifier`` (the curated National Kurultai session recalled weeks later in a modifier of what was announced
there is no event the report tells). Guards, from tuning texts or written for them, pin what they must leave alone.
Measured in benchmarks/results/precision24_lopo.txt.
"""

from __future__ import annotations

import kg.extract.rules.claims as claims
import kg.extract.rules.events as events
from kg.extract.draft import Session

from . import _drafting
from ._drafting import claimants as _claimants
from ._drafting import facts
from ._drafting import real_text as _text


def draft(text: str, *, outlet: str, date: str):
    return _drafting.draft(Session(), text, outlet=outlet, date=date)


def _only(monkeypatch, *names: str) -> None:
    """Every twenty-fourth-session reading off but ``names``."""
    monkeypatch.setattr(claims, "READINGS24", frozenset(names) & {"provision-number", "dotted-clock"})
    monkeypatch.setattr(events, "READINGS24", frozenset(names) & {"recalled-modifier"})


def _sessions(d) -> list[tuple[str, str]]:
    """Every drafted event or session as (date, place), sorted."""
    return sorted((f.values["date"], f.values.get("place", "")) for f in facts(d, "event") + facts(d, "session"))


# ---------------------------------------------------------------------------- provision-number


def test_the_numbers_of_clauses_before_a_numbered_article_are_no_count(monkeypatch):
    """test26 ru-zakon-2026-02-09-shibutov-dissolution: "Это касается пунктов 2, 4, 8 статьи 46 в разделе
    "Президент" и пунктов 1, 2 статьи 62 …": which clauses, not how many; his "8 членов Высшей аудиторской палаты"
    stays a count."""
    name = "ru-zakon-2026-02-09-shibutov-dissolution"
    _only(monkeypatch, "provision-number")
    d = draft(_text("test26", name), outlet="zakon-kz", date="2026-02-09")
    assert _claimants(d, 2) == set()
    assert _claimants(d, 8) == {"marat-shibutov"}
    _only(monkeypatch)
    d = draft(_text("test26", name), outlet="zakon-kz", date="2026-02-09")
    assert _claimants(d, 2) == {"marat-shibutov"}


def test_a_clause_named_by_its_number_and_its_article(monkeypatch):
    """test5 ru-baq-2026-02-07-kim-volunteering: "… с просьбой дополнить 2 пункт статьи 31 словом "волонтерство"."."""
    name = "ru-baq-2026-02-07-kim-volunteering"
    _only(monkeypatch, "provision-number")
    assert _claimants(draft(_text("test5", name), outlet="baq-kz", date="2026-02-07"), 2) == set()
    _only(monkeypatch)
    assert _claimants(draft(_text("test5", name), outlet="baq-kz", date="2026-02-07"), 2) == {"vera-kim"}


def test_a_count_of_clauses_and_articles_stays_a_count(monkeypatch):
    """Guard (written after dev ru-baq-2026-02-04-tolykbai-mazhilis): "включает 320 пунктов и 95 статей": no article's
    number after the figure, so a count."""
    _only(monkeypatch, "provision-number")
    text = (
        "Депутат Мажилиса Максат Толыкбай заявил, что проект Конституции включает 320 пунктов и 95 статей, что "
        "гораздо шире, чем отдельные обсуждаемые сегодня моменты."
    )
    d = draft(text, outlet="baq-kz", date="2026-02-04")
    assert _claimants(d, 320) and _claimants(d, 95)


# ---------------------------------------------------------------------------- dotted-clock


def test_a_time_of_day_with_a_dot_and_a_case_ending_is_no_count(monkeypatch):
    """test25 kk-zakon-2026-03-15-zhanabilova-turnout: "Өңір бойынша 16.00-ге дейін дауыс берді:": when the shares
    that follow were counted; the shares stay."""
    name = "kk-zakon-2026-03-15-zhanabilova-turnout"
    _only(monkeypatch, "dotted-clock")
    d = draft(_text("test25", name), outlet="zakon-kz", date="2026-03-15")
    assert _claimants(d, 16) == set()
    assert _claimants(d, 68.5) == {"asel-zhanabilova"}
    _only(monkeypatch)
    d = draft(_text("test25", name), outlet="zakon-kz", date="2026-03-15")
    assert _claimants(d, 16) == {"asel-zhanabilova"}


def test_a_decimal_with_a_dot_stays_a_figure(monkeypatch):
    """Guard: "12.40 million" and "12.4 million" have no case ending and no "сағат", "к", "до" before them."""
    _only(monkeypatch, "dotted-clock")
    assert not claims._dotted_clock("More than 12.40 million voters are eligible.", 10, 24)
    assert claims._dotted_clock("Жалпы сағат 18.00 жағдай бойынша", 12, 17)
    assert claims._dotted_clock("Өңір бойынша 16.00-ге дейін дауыс берді:", 13, 33)


# ---------------------------------------------------------------------------- recalled-modifier


def test_a_session_recalled_in_a_participle_weeks_later_is_no_event(monkeypatch):
    """test13 en-govkz-2026-02-27-zagreb-roundtable: "The initiatives announced by the Head of State at the 5th session
    of the National Kurultai were also discussed …" (a round table of February 27): the session of January 20 is where
    the initiatives came from, not an event the report tells."""
    name = "en-govkz-2026-02-27-zagreb-roundtable"
    _only(monkeypatch, "recalled-modifier")
    d = draft(_text("test13", name), outlet="gov-kz", date="2026-02-27")
    assert ("2026-01-20", "") not in _sessions(d)
    _only(monkeypatch)
    d = draft(_text("test13", name), outlet="gov-kz", date="2026-02-27")
    assert ("2026-01-20", "") in _sessions(d)


def test_a_session_recalled_in_a_russian_participle_is_no_event(monkeypatch):
    """test25 ru-kazinform-2026-01-24-shestakov-vice-president: "… по политическим преобразованиям в Казахстане,
    анонсированным на V Национальном курултае, передает …" (four days after the session)."""
    name = "ru-kazinform-2026-01-24-shestakov-vice-president"
    _only(monkeypatch, "recalled-modifier")
    d = draft(_text("test25", name), outlet="kazinform", date="2026-01-24")
    assert [e for e in _sessions(d) if e[0] == "2026-01-20"] == []
    _only(monkeypatch)
    d = draft(_text("test25", name), outlet="kazinform", date="2026-01-24")
    assert [e for e in _sessions(d) if e[0] == "2026-01-20"] != []


def test_a_session_where_the_president_announced_stays_an_event(monkeypatch):
    """Guard, test16 ru-baq-2026-01-23-abishev-kurultai: "На V Национальном курултае в Кызылорде Президент Казахстана
    анонсировал ряд …": the finite verb of a named subject, the session the report tells (three days after)."""
    _only(monkeypatch, "recalled-modifier")
    d = draft(_text("test16", "ru-baq-2026-01-23-abishev-kurultai"), outlet="baq-kz", date="2026-01-23")
    assert ("2026-01-20", "kyzylorda") in _sessions(d)


def test_the_finite_verb_after_a_named_subject_in_english_is_no_modifier():
    """Guard: "President Tokayev announced at the fifth session …" tells who did it; "initiatives announced at …" and
    "which he outlined at …" modify a noun."""
    import kg.extract.patterns as P

    rx = events._RECALLED_MODIFIER["en"]
    for text, modifier in (
        ("President Tokayev announced at the fifth session", False),
        ("Speaking at the National Kurultai in Kyzylorda", False),
        ("the initiatives announced at the fifth session", True),
        ("the reform which he outlined at the fifth session", True),
    ):
        assert bool(P.before(rx, text, text.index("at the"))) is modifier, text
