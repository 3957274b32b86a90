"""The confidence caps of :func:`kg.extract.draft.calibrate` (issue #13): kinds of fact whose rule says more
than the tuning parts bear out, and fact types in the confidence bands that said more than new text bore out
(``FRESH_CAPS``), are drafted with a lower confidence, so a band means what it says.

Each test drafts a sentence of a tuning part (named beside it) or an invented one, and checks the
confidence of the fact a cap applies to, and of one beside it that no cap touches.
"""

from __future__ import annotations

from kg.extract.draft import CAPS, FRESH_CAPS, RULE_CAPS, fresh_capped
from kg.extract.evaluate import BANDS

from ._drafting import draft, facts


def test_a_stance_read_from_a_figure_is_low(session):
    # dev/ru-baq-2026-02-03-beisenbayev-98-percent: the citizens' support read from a survey's share (a vote counted
    # is no stance at all: tests/extract/test_generalise_relations4.py)
    d = draft(
        session,
        "Депутат Мажилиса Елнур Бейсенбаев заявил, что проект новой Конституции Казахстана получил широкую поддержку "
        "общества - почти 98% граждан одобряют его положения.",
        outlet="baq-kz",
        date="2026-02-03",
    )
    [stance] = facts(d, "stance", holder="citizens")
    assert stance.confidence == CAPS["stance-figure"] < 0.5
    assert facts(d, "claim") and all("stance-figure" not in f.why for f in facts(d, "claim"))  # not the figures


def test_a_stance_without_a_figure_keeps_its_rules_confidence_but_for_new_texts_cap(session, monkeypatch):
    # test2/ru-kazpravda-2026-02-06-npk-faction: a stated support, no count in the sentence, drafted at 0.8 by its
    # rule; stances drafted from 0.8 were right 25 times in 37 on parts first scored held out: capped at 0.6
    text = "Народная партия Казахстана поддержала проект новой Конституции"
    [stance] = facts(draft(session, text, outlet="kazpravda"), "stance")
    assert stance.confidence == FRESH_CAPS[("stance", 0.8)] == 0.6
    assert stance.why.endswith("confidence capped (new text: stance facts at 0.8, 0.6)")
    monkeypatch.delitem(FRESH_CAPS, ("stance", 0.8))
    assert [f.confidence for f in facts(draft(session, text, outlet="kazpravda"), "stance")] == [0.8]


def test_an_event_with_neither_organiser_nor_place_is_capped(session):
    # test4/en-newspravda-2026-03-15-referendum-day: a briefing named in passing
    d = draft(
        session,
        "After the vote, the head of state held a briefing for journalists, where he stressed the crucial "
        "importance of the referendum.",
        outlet="news-pravda",
        date="2026-03-15",
    )
    # (the referendum the sentence names is the vote held that day, tests/extract/test_lead50.py: not this event)
    briefings = [f for f in facts(d, "event") if "referendum" not in f.values["name"].get("en", "").lower()]
    assert [f.confidence for f in briefings] == [CAPS["event-bare"]]


def test_a_proposal_is_drafted_at_what_new_text_bears_out(session, monkeypatch):
    # test13/en-enbekshiqazaq-2026-02-10-peruashev-ownership: a proposal verb with its subject, drafted at 0.8 by its
    # rule (right 22 times in 31 on the tuning parts, so no rule cap since the twenty-third session), right about a
    # third of the time on parts first scored held out (benchmarks/fresh_caps.py): capped at what new text bears out
    text = (
        "Azat Peruashev, a deputy of the Majilis and leader of the Ak Zhol party faction, proposed to more clearly "
        "define the form of ownership in the new Constitution of the Republic of Kazakhstan."
    )
    d = draft(session, text, outlet="enbekshiqazaq", date="2026-02-10")
    [proposal] = facts(d, "proposal")
    assert proposal.confidence == FRESH_CAPS[("proposal", 0.8)] == 0.4
    assert proposal.why.startswith("proposal verb with its subject") and "capped (new text" in proposal.why
    monkeypatch.setitem(FRESH_CAPS, ("proposal", 0.8), 1.0)
    [proposal] = facts(draft(session, text, outlet="enbekshiqazaq", date="2026-02-10"), "proposal")
    assert ("proposal", "proposal verb with its subject", 0.8) not in RULE_CAPS
    assert proposal.confidence == 0.8


def test_new_texts_caps_lower_their_band_and_fall_as_it_falls():
    # each cap lies below the top of the band it is keyed on and a fact is never raised; a surer fact of one type
    # never ends lower than a less sure one
    tops = dict(zip(BANDS, (1.0, *BANDS), strict=False))
    assert FRESH_CAPS and all(b in BANDS and 0 < cap < tops[b] for (_t, b), cap in FRESH_CAPS.items())
    grid = [round(0.3 + k * 0.01, 2) for k in range(71)]  # 0.3 … 1.0
    for kind in {t for t, _b in FRESH_CAPS}:
        shipped = [fresh_capped(kind, c) for c in grid]
        assert shipped == sorted(shipped) and all(s <= c for s, c in zip(shipped, grid, strict=True)), kind
    assert fresh_capped("membership", 0.68) == fresh_capped("membership", 0.75) == 0.65  # the band above's cap
    assert fresh_capped("stance", 0.75) == fresh_capped("stance", 0.6) == 0.45 < fresh_capped("stance", 0.8)
    assert fresh_capped("membership", 0.95) == 0.95 and fresh_capped("claim", 0.65) == 0.65  # bands new text bore out
    assert fresh_capped("stance", 0.75, {}) == 0.75
