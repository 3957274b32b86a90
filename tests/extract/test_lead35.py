"""The lead's readings of the thirty-fifth session, from the errors of ``test39`` and ``test40``, the parts held out in
the thirty-fourth session and tuning data since: a proposal reported before any draft Constitution existed is on
none (``before-draft``, ``kg.extract.rules.proposals.READINGS35``); and a day written without its year in a report
is the one of the year before when it would otherwise fall more than seven months after the report
(``kg.extract.patterns.find_date``, no switch). Each is checked with the cases it leaves alone.
"""

from __future__ import annotations

import kg.extract.rules.proposals as proposals
from kg.extract.draft import Session

from . import _drafting


def test_a_proposal_reported_before_any_draft_is_on_none(session: Session, monkeypatch):
    # test40/en-9xmnews-2025-09-08-reversal-of-reforms: the Address of 8 September 2025, months before a new
    # Constitution was first proposed (the Kurultai of 20 January 2026)
    text = (
        "Kazakhstan President Kassym-Jomart Tokayev on Monday proposed reversing major political reforms introduced "
        "after the country’s deadly 2022 unrest, including scrapping provisions for independent candidates and "
        "abolishing the upper house of parliament."
    )

    def targets(d):
        return [f.values.get("targets") for f in _drafting.facts(d, "proposal", proposer="kassym-jomart-tokayev")]

    assert targets(_drafting.draft(session, text, outlet="nine-x-m-news", date="2025-09-08")) == [None]
    # after the Kurultai the same words are on the draft under discussion
    assert targets(_drafting.draft(session, text, outlet="nine-x-m-news", date="2026-02-02")) == [
        "draft-constitution-2026"
    ]
    # test39/ru-rambler-2025-09-08-tokayev-unicameral: "решать на референдуме с изменением конституции", no text yet
    rambler = _drafting.real_text("test39", "ru-rambler-2025-09-08-tokayev-unicameral")
    assert "draft-constitution-2026" not in targets(
        _drafting.draft(session, rambler, outlet="rambler", date="2025-09-08")
    )
    _drafting.without_reading(monkeypatch, proposals, "READINGS35", "before-draft")
    assert targets(_drafting.draft(session, text, outlet="nine-x-m-news", date="2025-09-08")) == [
        "draft-constitution-2026"
    ]
    assert "draft-constitution-2026" in targets(_drafting.draft(session, rambler, outlet="rambler", date="2025-09-08"))


def test_a_proposal_on_the_constitution_in_force_keeps_it_before_the_draft(session: Session):
    # as in test2 and test5: an article a deputy proposes to amend before any draft is the Constitution in force's
    d = _drafting.draft(
        session, "Депутат Айдос Сарым предложил внести изменения в статью 91 Конституции.", date="2025-10-14"
    )
    assert [f.values.get("targets") for f in _drafting.facts(d, "proposal")] == ["constitution-1995-article-91"]


def test_a_day_without_its_year_is_the_nearest_one_before_the_report(session: Session):
    # test39/en-qazinform-2026-01-13-working-group-fifth-meeting and test39/kk-baq-2026-01-24-karin-600-proposals:
    # meetings of October and December reported in January are last year's
    english = "The first meeting of the Working Group with the President's participation took place on October 14."
    kazakh = "2 желтоқсанда Жұмыс тобының екінші отырысы өтті."
    for text, date, day in ((english, "2026-01-13", "2025-10-14"), (kazakh, "2026-01-24", "2025-12-02")):
        d = _drafting.draft(session, text, outlet="kazinform", date=date)
        assert {f.values["date"] for f in d.facts if f.type in ("event", "session")} == {day}
    # a session announced weeks ahead, and a day five months ahead, stay in the report's year
    d = _drafting.draft(session, "Следующее заседание Конституционной комиссии состоится 10 февраля", date="2026-01-29")
    assert {f.values["date"] for f in d.facts if f.type in ("event", "session")} == {"2026-02-10"}
