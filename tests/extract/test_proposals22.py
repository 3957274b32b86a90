"""The twenty-second session's readings of proposals (``proposals.READINGS22``; benchmarks/proposals22_lopo.py),
from the census of twenty-three tuning parts.

The sentences come from the tuning parts (each marked with its part and article) or are modelled on them. Each
reading is shown read right when on, as before when off, and refusing a near miss.
"""

from __future__ import annotations

import pytest

import kg.extract.rules.proposals as proposals

from ._drafting import draft, facts

TOKAYEV = "kassym-jomart-tokayev"
DRAFT = "draft-constitution-2026"
REFORM = "constitutional-reform-2025"

# test12/kk-kazinform-2026-01-21-baigaliyev-vice-president
BAIGALIYEV = (
    "- Президент Қасым-Жомарт Тоқаев саяси, әлеуметтік және басқарушылық бағыттарда үлкен толқын тудыратын ауқымды "
    "тарихи реформаларды ұсынды, - деп атап өтеді сарапшы."
)
# test7/ru-energycity-2026-01-21-commission-decree
ENERGYCITY = (
    "На заседании Национального курултая 20 января Токаев предложил ряд инициатив, направленных на проведение "
    "политической реформы."
)

# test16/ru-vedomosti-2026-01-21-kurultai-commission
VEDOMOSTI = (
    "Президент Казахстана Касым-Жомарт Токаев выступил на заседании Национального курултая. При этом верхнюю палату "
    "(сенат) президент предложил упразднить, а нижнюю (мажилис) переименовать в курултай (в переводе означает "
    "«собрание»)."
)
# test14/ru-aqtobetv-2026-02-12-auyl-ecology-articles
AUYL = (
    "Экологические ценности будут закреплены на уровне Конституции. Партия Ауыл предложила включить в статью 31 "
    "обязанность граждан по сохранению природы и укрепить компетенцию по регулированию закона Об охране экологии в "
    "статье 61."
)
# test13/ru-vestisemey-2026-01-20-kurultai-name (modelled)
VESTISEMEY = (
    "Президент Казахстана Касым-Жомарт Токаев предложил назвать новый парламент «Курултай» и обозначил основные "
    "параметры его структуры."
)


def _without(*names: str):
    shipped = proposals.READINGS
    proposals.READINGS = tuple(r for r in shipped if r not in names)
    return shipped


@pytest.fixture
def off():
    """The session's readings off, then back as shipped."""
    shipped = _without(*proposals.READINGS22)
    yield
    proposals.READINGS = shipped


def _targets(d, **values) -> list[str | None]:
    return [f.values.get("targets") for f in facts(d, "proposal", **values)]


def test_reforms_proposed_are_an_initiative_no_proposal_on_the_reform(session):
    d = draft(session, BAIGALIYEV, outlet="kazinform", date="2026-01-21")
    assert _targets(d, proposer=TOKAYEV) == []
    d = draft(session, ENERGYCITY, outlet="energycity", date="2026-01-21")
    assert REFORM not in _targets(d, proposer=TOKAYEV)


def test_reform_target_off_proposes_on_the_reform(session, off):
    d = draft(session, BAIGALIYEV, outlet="kazinform", date="2026-01-21")
    assert _targets(d, proposer=TOKAYEV) == [REFORM]


def test_reform_target_near_miss_a_parliamentary_reform_stays_a_proposal(session):
    # "парламенттік реформаны ұсынды": about the parliament's structure, a proposal with no target (as before)
    d = draft(session, "Президент Қасым-Жомарт Тоқаев парламенттік реформаны ұсынды.", outlet="kazinform")
    assert _targets(d, proposer=TOKAYEV) == [None]
    # a proposal on the draft beside the reform's name keeps its target
    text = "В рамках конституционной реформы Токаев предложил закрепить в Конституции статус Халык кенеси."
    d = draft(session, text, outlet="kazinform")
    assert _targets(d, proposer=TOKAYEV) == [DRAFT]


def _contents(d, **values) -> list[str]:
    return [next(iter(f.values["content"].values())) for f in facts(d, "proposal", **values)]


def test_a_second_infinitive_is_a_second_proposal(session):
    d = draft(session, VEDOMOSTI, outlet="vedomosti", date="2026-01-21")
    assert _targets(d, proposer=TOKAYEV) == [None, None]
    assert _contents(d, proposer=TOKAYEV)[0] == "упразднить"
    assert _contents(d, proposer=TOKAYEV)[1].startswith("нижнюю (мажилис) переименовать в курултай")
    d = draft(session, AUYL, outlet="aqtobetv", date="2026-02-12")
    assert len(_targets(d, proposer="auyl")) == 2
    assert _targets(d, proposer="auyl")[1].endswith("-article-61")


def test_second_infinitive_off_one_proposal(session):
    shipped = _without("second-infinitive")
    try:
        d = draft(session, VEDOMOSTI, outlet="vedomosti", date="2026-01-21")
        assert _targets(d, proposer=TOKAYEV) == [None]
        d = draft(session, AUYL, outlet="aqtobetv", date="2026-02-12")
        assert len(_targets(d, proposer="auyl")) == 1
    finally:
        proposals.READINGS = shipped


def test_second_infinitive_near_miss_a_finite_verb_after_and(session):
    # "и обозначил": the proposer's next act, no second proposal
    d = draft(session, VESTISEMEY, outlet="vestisemey", date="2026-01-20")
    assert _targets(d, proposer=TOKAYEV) == [None]
    # a gerund after "and" in English: one proposal told in two steps
    text = (
        "President Kassym-Jomart Tokayev previously proposed abolishing the Senate and transitioning to a reformed "
        "single-chamber legislature in his September 8 address."
    )
    d = draft(session, text, outlet="orda", date="2025-12-01")
    assert _targets(d, proposer=TOKAYEV) == [None]
    # "and to the Parliament": a second addressee, no second action
    text = "Tokayev proposed to send the draft to the Commission and to the Parliament."
    d = draft(session, text, outlet="orda", date="2025-12-01")
    assert len(facts(d, "proposal", proposer=TOKAYEV)) == 1
    text = "Tokayev proposed to abolish the Senate and to rename the Majilis the Kurultai."
    d = draft(session, text, outlet="orda", date="2025-12-01")
    assert len(facts(d, "proposal", proposer=TOKAYEV)) == 2


# test13/en-enbekshiqazaq-2026-02-10-peruashev-ownership
PERUASHEV = (
    "Azat Peruashev, a deputy of the Majilis and leader of the Ak Zhol party faction, proposed to more clearly define "
    "the form of ownership in the new Constitution of the Republic of Kazakhstan."
)


def _proposers(d) -> list[str]:
    return [f.values["proposer"] for f in facts(d, "proposal")]


def test_a_person_with_a_post_in_apposition_proposes_not_the_body(session):
    d = draft(session, PERUASHEV, outlet="enbekshiqazaq", date="2026-02-10")
    assert _proposers(d) == ["azat-peruashev"]


def test_apposition_off_the_body_proposes(session):
    shipped = _without("apposition")
    try:
        d = draft(session, PERUASHEV, outlet="enbekshiqazaq", date="2026-02-10")
        assert _proposers(d) == ["ak-zhol-faction"]
    finally:
        proposals.READINGS = shipped


def test_apposition_near_miss_a_list_between_commas_holds_no_post(session):
    text = (
        "Azat Peruashev, Amanat and the Ak Zhol party faction, proposed to define the form of ownership in the new "
        "Constitution."
    )
    d = draft(session, text, outlet="enbekshiqazaq", date="2026-02-10")
    assert "azat-peruashev" not in _proposers(d)


# test5/en-kt-2026-02-19-tallinn-briefing
TALLINN = (
    "The starting point of these reforms was President Tokayev's initiative to transition to a unicameral parliament, "
    "originally announced on September 8, 2025, in his address to the people."
)


def test_an_initiative_named_with_its_author_is_the_initiative_alone(session):
    d = draft(session, TALLINN, outlet="kt", date="2026-02-19")
    assert facts(d, "proposal") == []
    assert [f.values["initiated"] for f in facts(d, "initiative", initiator=TOKAYEV)] == ["kurultai"]


def test_initiative_noun_off_a_proposal_beside_it(session):
    shipped = _without("initiative-noun")
    try:
        d = draft(session, TALLINN, outlet="kt", date="2026-02-19")
        assert _targets(d, proposer=TOKAYEV) == [None]
    finally:
        proposals.READINGS = shipped


def test_initiative_noun_near_miss_a_proposal_named_stays_a_proposal(session):
    text = "Deputies supported President Tokayev's proposal to transition to a unicameral parliament."
    d = draft(session, text, outlet="kt", date="2026-02-19")
    assert _targets(d, proposer=TOKAYEV) == [None]
