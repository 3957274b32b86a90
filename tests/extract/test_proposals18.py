"""The eighteenth session's readings of proposals and initiatives (``proposals.READINGS`` and ``launched`` in
``initiatives.READINGS``; benchmarks/proposals18_census.py and benchmarks/proposals18_lopo.py).

The sentences come from the tuning parts (each marked with its part and article). Guards: a call to citizens or to
amend is still read as before, an impersonal proposal the outlet narrates with no speaker near is nobody's, a reform
another verb follows in the relative clause is not started by the agent, and with the readings off the fixed cases
go back to what they were.
"""

from __future__ import annotations

import pytest

import kg.extract.rules.initiatives as initiatives
import kg.extract.rules.proposals as proposals

from ._drafting import draft, facts

TOKAYEV = "kassym-jomart-tokayev"

# test20/kk-baq-2026-02-12-new-constitution-lawmaking
PRONOUN_KK = (
    "Конституциялық реформа Мемлекет басшысы Қасым-Жомарт Тоқаевтың бір палаталы Парламент құру жөніндегі "
    "бастамасының негізінде жүзеге асып отыр. Президент бұл идеяны 2025 жылғы 8 қыркүйектегі халыққа арналған "
    "Жолдауында білдірді. Онда ол елдің саяси жүйесін кешенді жаңғырту және жасанды интеллект дәуірінде "
    "әлеуметтік-экономикалық дамуға серпін беру мақсатында парламенттік реформаны ұсынды."
)
# test15/en-qazinform-2026-01-28-nurmukhanov-77-articles
IMPERSONAL = (
    "According to Nurmukhanov, the draft constitutional reform involves a preamble, 11 sections, and 104 articles. "
    "Meantime, it is proposed to introduce two new sections ‘People’s Council’ and ‘Procedure for amending the "
    "Constitution."
)
# test7/ru-ria-2026-02-11-tokayev-address-working-group
ACTS = (
    "Токаев 8 сентября 2025 года обратился с посланием к народу Казахстана, в котором определялся курс развития страны "
    "на ближайшие 12 месяцев. Он заявил о необходимости провести реформу парламента и сделать его однопалатным. "
    "Казахстанский лидер объявил, что в 2027 году может пройти референдум по парламентской реформе, будут внесены "
    "изменения в конституцию. Токаев отметил, что если казахстанцы придут к общему решению, то такой парламент следует "
    "избирать только по партийным спискам."
)
# test20/ru-kazpravda-2026-02-10-apk-expert-council
CAMPAIGN = "Экспертное сообщество АНК призвало поддержать проект новой Конституции"
# test20/ru-businessgazeta-2026-02-12-new-model
LAUNCHED = (
    "Пожалуй, конституционные изменения — это самая важная часть государственных реформ, которые президент "
    "Касым-Жомарт Токаев запустил после массовых протестов 2022 года."
)


@pytest.fixture
def off():
    """The session's readings off, then back as shipped."""
    shipped, shipped_i = proposals.READINGS, initiatives.READINGS
    proposals.READINGS = ()
    initiatives.READINGS = tuple(r for r in shipped_i if r != "launched")
    yield
    proposals.READINGS, initiatives.READINGS = shipped, shipped_i


def test_a_kazakh_pronoun_opening_the_sentence_is_the_proposer(session):
    d = draft(session, PRONOUN_KK, outlet="baq-kz", date="2026-02-12")
    (p,) = facts(d, "proposal", proposer=TOKAYEV)
    assert "targets" not in p.values  # a parliamentary reform: the parliament's structure, no text's article


def test_an_impersonal_proposal_is_the_reporting_speakers(session):
    d = draft(session, IMPERSONAL, outlet="kazinform", date="2026-01-28")
    assert [f.values["targets"] for f in facts(d, "proposal") if "nurmukhanov" in f.values["proposer"]] == [
        "draft-constitution-2026"
    ]


def test_what_he_said_should_be_done_to_the_parliament_is_his_proposal(session):
    d = draft(session, ACTS, outlet="ria-novosti", date="2026-02-11")
    found = facts(d, "proposal", proposer=TOKAYEV)
    assert len(found) == 2  # the reform of the parliament, then how "such a parliament" should be elected
    assert all("targets" not in f.values for f in found)  # the parliament's structure: no text's article


def test_a_call_to_support_the_draft_proposes_nothing(session):
    assert not facts(draft(session, CAMPAIGN, outlet="kazpravda", date="2026-02-10"), "proposal")


def test_the_reforms_the_president_launched_are_his_initiative(session):
    d = draft(session, LAUNCHED, outlet="business-online", date="2026-02-12")
    assert {f.values["initiated"] for f in facts(d, "initiative", initiator=TOKAYEV)} == {"constitutional-reform-2025"}


def test_with_the_readings_off_none_of_this_is_drafted(session, off):
    assert not facts(draft(session, PRONOUN_KK, outlet="baq-kz", date="2026-02-12"), "proposal")
    assert not facts(draft(session, LAUNCHED, outlet="business-online", date="2026-02-12"), "initiative")
    assert not facts(draft(session, ACTS, outlet="ria-novosti", date="2026-02-11"), "proposal")
    assert facts(draft(session, CAMPAIGN, outlet="kazpravda", date="2026-02-10"), "proposal")


# ---------------------------------------------------------------------------- guards


def test_an_impersonal_proposal_with_no_speaker_near_is_nobodys(session):
    text = (
        "The Commission published the draft on Tuesday. The document has eleven sections. Voting starts in March. "
        "It is proposed to hold the vote on a Sunday."
    )
    assert not facts(draft(session, text, outlet="kazinform", date="2026-01-28"), "proposal")


def test_a_reform_another_verb_follows_is_not_started_by_the_agent(session):
    text = "Это часть реформ, которые президент Касым-Жомарт Токаев поддержал на встрече с депутатами."
    assert not facts(draft(session, text, outlet="kazpravda", date="2026-02-12"), "initiative", initiator=TOKAYEV)


def test_an_obligation_with_no_act_of_changing_is_no_proposal(session):
    text = "Председатель Сената Маулен Ашимбаев отметил, что президент должен быть гражданином Казахстана."
    assert not facts(draft(session, text, outlet="kazpravda", date="2026-02-12"), "proposal")


def test_a_call_to_amend_an_article_is_still_a_proposal(session):
    text = "Депутат Мажилиса Айдос Сарым призвал дополнить статью 9 проекта новой Конституции."
    assert facts(draft(session, text, outlet="kazpravda", date="2026-02-12"), "proposal")
