"""The twenty-third session's readings of proposals and initiatives (``proposals.READINGS23`` and ``others-changes``
of ``initiatives.READINGS``; benchmarks/proposals23_lopo.py), from the census of twenty-four tuning parts.

The sentences come from the tuning parts (each marked with its part and article) or are modelled on them. Each
reading is shown read right when on, as before when off, and refusing a near miss.
"""

from __future__ import annotations

import pytest

import kg.extract.rules.initiatives as initiatives
import kg.extract.rules.proposals as proposals

from ._drafting import draft, facts

TOKAYEV = "kassym-jomart-tokayev"
REFORM = "constitutional-reform-2025"
DRAFT = "draft-constitution-2026"
CURRENT = "constitution-1995"

# test24/ru-caravan-2026-01-21-bakhitkhanov-kurultai
CARAVAN = (
    "- Что означает предложение Токаева переименовать парламент в Курултай – символика или реальное политическое "
    "содержание?"
)
# modelled on it: a finite verb after the author, no infinitive proposed
CARAVAN_FINITE = "Предложение Токаева вызвало оживлённую дискуссию среди депутатов."

# test24/en-elbalad-2026-01-20-kurultai-reforms
ELBALAD = (
    "It is a real constitutional reform that the president of Kazakhstan, Kassym-Jomart Tokayev, presented in "
    "Kyzylorda today. While acknowledging that some political forces have proposed extending the proportional system "
    "to maslikhat (local governments) at all levels, the President has made it clear that he believes it is necessary "
    "to maintain the majority system in the regions."
)
# modelled on test2/en-fergana-2026-01-20-kurultai-name: the proposer named before the verb
FERGANA = (
    "President of Kazakhstan Kassym-Jomart Tokayev has proposed naming the country's planned unicameral parliament "
    "the Kurultai."
)

# test24/kk-baq-2026-02-02-zhsdp-political-council
BAQ = (
    "Жалпыұлттық социал-демократиялық партиясы Орталық аппаратының жетекшісі Мақсұт Насибулов партия ұсынған бірқатар "
    "өзгерістер Конституция жобасына енгізілгенін атады."
)
# test17/en-qazinform-2026-01-19-new-political-model
QAZINFORM = (
    "Taking into account previous amendments to the country's Basic Law, the draft amendments proposed by the working "
    "group allows to state that we are essentially considering a new Constitution of Kazakhstan."
)
# modelled on test2/kk-yknews-2026-01-30-ashimbayev-ulttyq-mudde: the Head of State's changes are the reform
YKNEWS = "Мемлекет басшысы Қасым-Жомарт Тоқаев ұсынған өзгерістерді жүзеге асыруда жұдырықтай жұмылу керек."


# test5/en-qazinform-2026-01-28-ponomaryov-khalyk-kenesi
PONOMARYOV = (
    "Majilis deputy Sergey Ponomaryov, who is also a member of the Constitutional Reform Commission, unveiled the "
    "structure of the future Khalyk Kenesi (People's Council), Qazinform News Agency reports. Speaking about "
    "constitutional reform as a whole, the deputy also highlighted the proposal to enshrine in the Basic Law the duty "
    "of every citizen to preserve nature and treat natural resources with care."
)
# test22/en-khybermail-2026-01-21-kurultai-address
KHYBERMAIL = (
    "At the heart of President Tokayev's speech was a proposal to move Kazakhstan toward a fundamentally new "
    "constitutional model."
)
# modelled on test22/en-kazinform-2026-01-29-zakiyeva-marriage: another's proposal supported, a stance
ZAKIYEVA = (
    "Deputy Aigul Zakiyeva spoke at the Commission. She also supported the proposal to enshrine in the Constitution a "
    "provision defining marriage as a union of a man and a woman."
)
# modelled on test24/ru-caravan-2026-01-21-bakhitkhanov-kurultai: the Constitution in force replaced
ADOPT_NEW = "President Kassym-Jomart Tokayev proposed to adopt a new Constitution."


# test17/en-qalampir-2026-01-20-more-changes
QALAMPIR = (
    "President Kassym-Jomart Tokayev announced this today, January 20, during the fifth meeting of the National "
    "Kurultai. According to the head of state, the Constitution's preamble deserves special attention and should be "
    "rewritten in a way that fully reflects national values and retains its relevance regardless of the era."
)
# modelled on it: the Constitution's word only in a body's name
QALAMPIR_BODY = (
    "President Kassym-Jomart Tokayev announced this today, January 20, during the fifth meeting of the National "
    "Kurultai. According to the head of state, the regional offices of the Constitutional Court should be renamed."
)


@pytest.fixture
def off():
    """The session's readings off, then back as shipped."""
    shipped, shipped_i = proposals.READINGS, initiatives.READINGS
    proposals.READINGS = tuple(r for r in shipped if r not in proposals.READINGS23)
    initiatives.READINGS = tuple(r for r in shipped_i if r != "others-changes")
    yield
    proposals.READINGS, initiatives.READINGS = shipped, shipped_i


def _contents(d, **values) -> list[str]:
    return [next(iter(f.values["content"].values())) for f in facts(d, "proposal", **values)]


def test_noun_infinitive_reads_the_authors_proposal(session):
    d = draft(session, CARAVAN, outlet="caravan-kz", date="2026-01-21")
    assert _contents(d, proposer=TOKAYEV) == ["переименовать парламент в Курултай"]
    assert [f.values.get("targets") for f in facts(d, "proposal")] == [None]


def test_noun_infinitive_off_reads_nothing(session, off):
    d = draft(session, CARAVAN, outlet="caravan-kz", date="2026-01-21")
    assert facts(d, "proposal") == []


def test_noun_infinitive_near_miss_a_finite_verb_after_the_author(session):
    d = draft(session, CARAVAN_FINITE, outlet="caravan-kz", date="2026-01-21")
    assert facts(d, "proposal") == []


def test_noun_subject_gives_no_proposal_to_the_agent_after_the_verb(session):
    d = draft(session, ELBALAD, outlet="el-balad", date="2026-01-20")
    assert facts(d, "proposal") == []


def test_noun_subject_off_credits_the_president_after_the_verb(session, off):
    d = draft(session, ELBALAD, outlet="el-balad", date="2026-01-20")
    assert [f.values["proposer"] for f in facts(d, "proposal")] == [TOKAYEV]


def test_noun_subject_near_miss_the_proposer_named_before_the_verb(session):
    d = draft(session, FERGANA, outlet="fergana", date="2026-01-20")
    assert [f.values["proposer"] for f in facts(d, "proposal")] == [TOKAYEV]


@pytest.mark.parametrize("text", [BAQ, QAZINFORM])
def test_others_changes_are_no_initiative_of_the_reform(session, text):
    d = draft(session, text, outlet="baq-kz", date="2026-02-02")
    assert facts(d, "initiative", initiated=REFORM) == []


@pytest.mark.parametrize("text", [BAQ, QAZINFORM])
def test_others_changes_off_the_party_initiates_the_reform(session, off, text):
    d = draft(session, text, outlet="baq-kz", date="2026-02-02")
    assert [f.values["initiator"] for f in facts(d, "initiative", initiated=REFORM)] != []


def test_others_changes_near_miss_the_head_of_states_changes_are_his_initiative(session):
    d = draft(session, YKNEWS, outlet="yknews", date="2026-01-30")
    assert [f.values["initiator"] for f in facts(d, "initiative", initiated=REFORM)] == [TOKAYEV]


def _targets(d, **values) -> list[str | None]:
    return [f.values.get("targets") for f in facts(d, "proposal", **values)]


def test_proposal_noun_the_presenting_subjects_proposal(session):
    d = draft(session, PONOMARYOV, outlet="qazinform", date="2026-01-28")
    (found,) = facts(d, "proposal")
    assert found.values["content"]["en"].startswith("enshrine in the Basic Law the duty")
    assert found.values.get("targets") == DRAFT
    d = draft(session, KHYBERMAIL, outlet="khybermail", date="2026-01-21")
    assert _targets(d, proposer=TOKAYEV) == [DRAFT]


def test_proposal_noun_off_reads_no_proposal(session, off):
    d = draft(session, PONOMARYOV, outlet="qazinform", date="2026-01-28")
    assert facts(d, "proposal") == []
    d = draft(session, KHYBERMAIL, outlet="khybermail", date="2026-01-21")
    assert facts(d, "proposal") == []


def test_proposal_noun_near_miss_a_proposal_supported_is_no_ones_here(session):
    d = draft(session, ZAKIYEVA, outlet="kazinform", date="2026-01-29")
    assert facts(d, "proposal") == []


def test_adjective_off_reads_the_constitution_in_force_replaced(session):
    shipped = proposals.READINGS
    proposals.READINGS = tuple(r for r in shipped if r != "adjective")
    try:
        d = draft(session, KHYBERMAIL, outlet="khybermail", date="2026-01-21")
    finally:
        proposals.READINGS = shipped
    assert _targets(d, proposer=TOKAYEV) == [CURRENT]


def test_adjective_near_miss_a_new_constitution_adopted_replaces_the_one_in_force(session):
    d = draft(session, ADOPT_NEW, outlet="kazinform", date="2026-01-21")
    assert _targets(d, proposer=TOKAYEV) == [CURRENT]


@pytest.fixture
def constitution_word():
    """``constitution-word`` on (shipped off), then back as shipped."""
    shipped = proposals.READINGS
    proposals.READINGS = (*shipped, "constitution-word")
    yield
    proposals.READINGS = shipped


def test_constitution_word_a_modal_on_the_constitutions_preamble(session, constitution_word):
    d = draft(session, QALAMPIR, outlet="qalampir", date="2026-01-20")
    assert _targets(d, proposer=TOKAYEV) == [DRAFT]


def test_constitution_word_as_shipped_off_reads_nothing(session):
    d = draft(session, QALAMPIR, outlet="qalampir", date="2026-01-20")
    assert facts(d, "proposal") == []


def test_constitution_word_near_miss_the_word_in_a_bodys_name(session, constitution_word):
    d = draft(session, QALAMPIR_BODY, outlet="qalampir", date="2026-01-20")
    assert facts(d, "proposal") == []
