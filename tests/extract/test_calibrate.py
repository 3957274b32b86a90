"""The confidence caps of :func:`kg.extract.draft.calibrate` (issue #13): kinds of fact whose rule says more
than the tuning parts bear out are drafted with a lower confidence, so a band means what it says.

Each test drafts a sentence of a tuning part (named beside it) or an invented one, and checks the
confidence of the fact a cap applies to, and of one beside it that no cap touches.
"""

from __future__ import annotations

from kg.extract.draft import CAPS

from ._drafting import draft, facts


def test_a_stance_read_from_a_vote_count_is_low(session):
    # dev/en-buzb-2026-03-16-87-percent: the citizens' support read from the result of the vote
    d = draft(
        session,
        "Out of the total participants, 7,954,667 people, or 87.15%, voted in favor of adopting the new Constitution.",
        outlet="buzb",
        date="2026-03-16",
    )
    [stance] = facts(d, "stance", holder="citizens")
    assert stance.confidence == CAPS["stance-figure"] < 0.5
    assert all(f.confidence == 0.6 for f in facts(d, "claim"))  # the figures themselves are left as they are


def test_a_stance_without_a_figure_keeps_its_confidence(session):
    # test2/ru-kazpravda-2026-02-06-npk-faction: a stated support, no count in the sentence
    d = draft(session, "Народная партия Казахстана поддержала проект новой Конституции", outlet="kazpravda")
    assert [f.confidence for f in facts(d, "stance")] == [0.8]


def test_an_event_with_neither_organiser_nor_place_is_capped(session):
    # test4/en-newspravda-2026-03-15-referendum-day: a briefing named in passing
    d = draft(
        session,
        "After the vote, the head of state held a briefing for journalists, where he stressed the crucial "
        "importance of the referendum.",
        outlet="news-pravda",
        date="2026-03-15",
    )
    assert [f.confidence for f in facts(d, "event")] == [CAPS["event-bare"]]
