"""The nineteenth session's readings of proposals (``proposals.READINGS19``; benchmarks/proposals19_census.py and
benchmarks/proposals19_lopo.py).

The sentences come from the tuning parts (each marked with its part and article). Guards: a person's proposal before
a text's name is still read, a proposal to enshrine in the Constitution still targets the draft, a body the proposal
creates is still the initiative, and with the readings off the fixed cases go back to what they were.
"""

from __future__ import annotations

import pytest

import kg.extract.rules.initiatives as initiatives
import kg.extract.rules.proposals as proposals

from ._drafting import draft, facts

TOKAYEV = "kassym-jomart-tokayev"
CURRENT = "constitution-1995"
DRAFT = "draft-constitution-2026"

# test13/en-enbekshiqazaq-2026-02-10-peruashev-ownership
PERUASHEV = (
    "The new Constitution of Kazakhstan proposes to further clarify the forms of ownership\n\n"
    "Azat Peruashev, a deputy of the Majilis and leader of the Ak Zhol party faction, proposed to more clearly define "
    "the form of ownership in the new Constitution of the Republic of Kazakhstan."
)
# test21/en-orda-2026-02-12-parliament-july-1
ORDA = (
    "Yesterday, Kassym-Jomart Tokayev signed a decree to hold a nationwide referendum on adopting the new Constitution. "
    "It should be noted that the draft Constitution proposes several key changes: protection of citizens’ digital "
    "rights, enshrining the secular nature of the state and education, introducing the position of vice president, and "
    "creating a platform for nationwide dialogue, «Kazakhstan Halyk Kenesi»."
)
# test12/en-eku-2026-02-12-tolegen-egemen-article
EKU = (
    "The draft underwent broad public discussion, during which about 2,000 proposals were submitted. All of them were "
    "carefully examined, and as a result, the Constitutional Commission proposed amendments to 84% of the "
    "Constitution’s text."
)
# test9/en-timesunion-2026-01-21-kurultai-address
TIMESUNION = (
    "President Kassym-Jomart Tokayev addressed the National Kurultai. The President proposed a fundamental shift from "
    "the 1995 constitutional model, contingent upon a national referendum, to establish a renewed political system."
)
# test10/kk-kazinform-2026-01-29-balayeva-new-draft
BALAYEVA = (
    "Премьер-министр орынбасары — Мәдениет және ақпарат министрі Аида Балаева Конституциялық комиссияның бесінші "
    "отырысында ұсынылған түзетулер мәтінін «Конституцияның жаңа редакциясы» деп емес, «Конституцияның жаңа жобасы» "
    "деп қарастыруды ұсынды."
)
# test16/ru-bizmedia-2026-01-20-kurultai-kyzylorda
BIZMEDIA = (
    "А чуть выше Касым-Жомарт Токаев предложил сформировать из юристов, журналистов, курултайцев и других не последних "
    "людей эту самую Конституционную комиссию."
)
# test21/kk-arkaazhary-2026-02-18-unity-in-diversity
ARKA = (
    "Конституциялық реформаның негізі Мемлекет басшысы Қасым-Жомарт Тоқаевтың Қазақстанда бір палаталы Парламент құру "
    "жөніндегі бастамасынан бастау алды."
)


@pytest.fixture
def off():
    """The session's readings off, then back as shipped."""
    shipped, shipped_i = proposals.READINGS, initiatives.READINGS
    proposals.READINGS = tuple(r for r in shipped if r not in proposals.READINGS19)
    initiatives.READINGS = tuple(r for r in shipped_i if r != "origin-initiative")
    yield
    proposals.READINGS, initiatives.READINGS = shipped, shipped_i


def test_a_text_that_proposes_is_no_ones_proposal(session):
    d = draft(session, PERUASHEV, outlet="enbekshiqazaq", date="2026-02-10")
    # the headline's "The new Constitution … proposes" is none; the deputy's own proposal below stays
    assert [f.values.get("targets") for f in facts(d, "proposal") if f.sentence == 0] == []
    assert [f.values.get("targets") for f in facts(d, "proposal") if f.sentence > 0] == [DRAFT]
    d = draft(session, ORDA, outlet="orda", date="2026-02-12")
    assert facts(d, "proposal") == []


def test_amendments_to_the_constitutions_text_target_the_one_in_force(session):
    d = draft(session, EKU, outlet="eku", date="2026-02-12")
    assert [f.values.get("targets") for f in facts(d, "proposal", proposer="constitutional-reform-commission")] == [
        CURRENT
    ]
    d = draft(session, TIMESUNION, outlet="timesunion", date="2026-01-21")
    assert [f.values.get("targets") for f in facts(d, "proposal", proposer=TOKAYEV)] == [CURRENT]


def test_the_text_of_the_amendments_named_a_new_draft_is_the_one_in_force(session):
    d = draft(session, BALAYEVA, outlet="kazinform", date="2026-01-29")
    assert [f.values.get("targets") for f in facts(d, "proposal", proposer="aida-balayeva")] == [CURRENT]


def test_a_constitutional_body_proposed_is_an_initiative_not_a_proposal_on_the_draft(session, monkeypatch):
    # ``named-body`` is off as shipped (benchmarks/results/proposals19_lopo.txt): on, it reads this so
    monkeypatch.setattr(proposals, "READINGS", (*proposals.READINGS, "named-body"))
    d = draft(session, BIZMEDIA, outlet="bizmedia", date="2026-01-20")
    assert [f.values["initiated"] for f in facts(d, "initiative", initiator=TOKAYEV)] == [
        "constitutional-reform-commission"
    ]
    assert facts(d, "proposal") == []


def test_a_reform_begun_with_an_initiative_is_its_authors_initiative(session):
    d = draft(session, ARKA, outlet="arkaazhary", date="2026-02-18")
    assert [f.values["initiated"] for f in facts(d, "initiative", initiator=TOKAYEV)] == ["kurultai"]


def test_a_proposal_to_enshrine_in_the_constitution_still_targets_the_draft(session):
    text = "Vera Kim proposed to enshrine the encouragement of volunteering in the Constitution."
    d = draft(session, text, outlet="kazinform", date="2026-02-07")
    assert [f.values.get("targets") for f in facts(d, "proposal")] == [DRAFT]


def test_with_the_readings_off_the_fixed_cases_are_as_before(session, off):
    d = draft(session, PERUASHEV, outlet="enbekshiqazaq", date="2026-02-10")
    assert [f.values.get("targets") for f in facts(d, "proposal") if f.sentence == 0] == [CURRENT]
    d = draft(session, ORDA, outlet="orda", date="2026-02-12")
    assert facts(d, "proposal") != []
    d = draft(session, EKU, outlet="eku", date="2026-02-12")
    assert [f.values.get("targets") for f in facts(d, "proposal", proposer="constitutional-reform-commission")] == [
        DRAFT
    ]
    d = draft(session, BIZMEDIA, outlet="bizmedia", date="2026-01-20")
    assert [f.values.get("targets") for f in facts(d, "proposal", proposer=TOKAYEV)] == [DRAFT]
    d = draft(session, ARKA, outlet="arkaazhary", date="2026-02-18")
    assert facts(d, "initiative", initiator=TOKAYEV) == []
