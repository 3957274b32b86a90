"""Sixteenth pass on precision: the per-rule confidence caps of :func:`kg.extract.draft.calibrate`
(``RULE_CAPS``, fitted by ``benchmarks/precision_lopo.py``; census in ``benchmarks/results/precision_census.txt``).

A rule whose facts, drafted at one confidence, the tuning parts bear out less often than it says is capped, so that
``--min-confidence`` leaves its facts out before those of surer rules. Each test drafts a sentence of a tuning part
(named beside it) whose fact the gold sheet does not have as drafted, and checks the cap; the guards check facts of
rules no cap touches keep the confidence their rule gave.
"""

from __future__ import annotations

from kg.extract.draft import FRESH_CAPS, RULE_CAPS, rule_name

from ._drafting import draft, facts

_HOLDING = "event noun … and a verb of holding"


def test_a_coalition_meeting_with_an_oblast_s_residents_is_capped(session, rule_confidence):
    # test18/ru-zakon-2026-02-18-koshanov-turkestan: drafted at 0.85 with the oblast for its place (gold: the town);
    # meetings so drafted were right 17 times in 26 on the tuning parts (the cap 0.7 then; 0.8 since the twentieth
    # session's place readings, 0.75 refitted on twenty-four parts)
    d = draft(
        session,
        'Члены Общенациональной коалиции "За Народную Конституцию Справедливого и Прогрессивного Казахстана!" '
        "обсудили ключевые новеллы новой Конституции с жителями Туркестанской области.",
        outlet="zakon-kz",
        date="2026-02-18",
    )
    [event] = facts(d, "event")
    assert event.confidence == RULE_CAPS[("event", _HOLDING, 0.85)] == 0.75
    assert "confidence capped (the rule" in event.why


def test_a_recalled_address_as_a_speech_is_capped(session, rule_confidence):
    # test16/ru-kazinform-2026-01-30-adaptation: the September address recalled months later; the later parts' gold
    # records no speech for it (7 right in 14)
    d = draft(
        session,
        "В Послании народу 8 сентября 2025 года Президент Касым-Жомарт Токаев впервые озвучил идею перехода к "
        "однопалатному Парламенту.",
        outlet="kazinform",
        date="2026-01-30",
    )
    [speech] = facts(d, "speech", speaker="kassym-jomart-tokayev")
    assert speech.confidence == RULE_CAPS[("speech", "an address", 0.8)] == 0.55
    # the post beside it keeps its rule's confidence
    assert [f.confidence for f in facts(d, "membership")] == [0.9]


def test_a_next_session_announced_is_capped_a_little(session, rule_confidence):
    # test13/ru-kazinform-2026-02-09-azimova-5000-proposals: a session to come, drafted at 0.85 (test3's gold keeps
    # such sessions, test13's does not)
    d = draft(session, "Следующее заседание Конституционной комиссии состоится 10 февраля", date="2026-02-09")
    [s] = facts(d, "session")
    assert s.confidence == RULE_CAPS[("session", _HOLDING, 0.85)] == 0.8


def test_a_speech_cue_keeps_its_confidence(session, monkeypatch):
    # test7/ru-baq-2026-02-05-karin-citizens-support: a speech cue with its speaker at 0.8 is right 123 times in 133:
    # no cap in sample; nor for the post (0.9) or the implicit event (0.3, already low). On new text the band bore
    # out less in the forty-first session (150 of 188 from 0.7 up: a fresh cap of 0.75); with test52 joined it bears
    # out the band (157 of 195), so no cap again since the forty-second. A cap put back takes it down.
    text = (
        "Государственный советник Республики Казахстан Ерлан Карин рассказал о ходе работы над проектом новой "
        "Конституции и реакции общества на документ, передает BAQ.KZ."
    )
    d = draft(session, text, outlet="baq-kz", date="2026-02-05")
    assert ("speech", 0.8) not in FRESH_CAPS
    assert [f.confidence for f in facts(d, "speech")] == [0.8]
    assert [f.confidence for f in facts(d, "membership")] == [0.9]
    assert [f.confidence for f in facts(d, "event")] == [0.3]
    assert all("capped" not in f.why for f in d.facts)
    monkeypatch.setitem(FRESH_CAPS, ("speech", 0.8), 0.75)
    d = draft(session, text, outlet="baq-kz", date="2026-02-05", name="t2")
    assert [f.confidence for f in facts(d, "speech")] == [0.75]
    assert [f.why for f in facts(d, "speech") if "capped" in f.why] != []


def test_every_cap_lowers_the_confidence_it_is_keyed_on():
    assert RULE_CAPS and all(0 < cap < conf for (_t, _r, conf), cap in RULE_CAPS.items())
    assert all(rule_name(rule) == rule for _t, rule, _c in RULE_CAPS)


def test_rule_name_leaves_out_quoted_words_and_notes():
    assert rule_name("event noun 'отырыс' and a verb of holding; confidence capped (event-bare)") == _HOLDING
    assert (
        rule_name("a figure with what it counts; claimant: unattributed: the outlet")
        == "a figure with what it counts; claimant: unattributed: the outlet"
    )


def test_every_capped_rule_is_still_written_in_the_rules():
    # a cap whose rule was reworded would stop applying unseen: refit with benchmarks/precision_lopo.py
    from pathlib import Path

    import kg.extract

    source = "".join(p.read_text(encoding="utf-8") for p in Path(kg.extract.__file__).parent.rglob("*.py"))
    for _t, rule, _c in RULE_CAPS:
        for piece in rule.replace("; claimant: ", "…").split("…"):
            assert piece.strip() in source, (rule, piece)


# ---------------------------------------------------------------------------- a guard: English plural event nouns


def test_meetings_in_general_are_no_event(session):
    # test11/en-qazinform-2026-01-20-khalyk-kenesi-126: how often the council will meet, no meeting held
    d = draft(session, "Meetings of the Khalyk Kenesi will be held once a year.", date="2026-01-20")
    assert not facts(d, "event") and not facts(d, "session")


def test_sessions_a_proposal_was_debated_at_are_no_event(session):
    # test15/en-qazinform-2026-02-12-akylbay-religion-article
    d = draft(
        session,
        'Working groups carefully reviewed each suggestion, which were then debated during general sessions," said '
        "Serik Akylbay.",
        date="2026-02-12",
    )
    assert not facts(d, "event") and not facts(d, "session")


def test_a_named_plural_event_and_a_singular_stay(session):
    # test11/en-tashenev-2026-02-05-curatorial-hours: "curatorial hours" names one event (gold has it)
    d = draft(
        session,
        "Curatorial hours were held in the groups of the Faculty of Economics and Law, dedicated to explaining the "
        "proposed amendments.",
        date="2026-02-05",
    )
    assert len(facts(d, "event")) == 1
    d = draft(session, "A meeting of the regional coalition was held in Pavlodar on Tuesday.", date="2026-02-05")
    assert len(facts(d, "event")) == 1
