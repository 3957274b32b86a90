"""The seventeenth session's readings of initiatives and proposals (``initiatives.READINGS``,
benchmarks/proposals17_census.py and benchmarks/proposals17_lopo.py).

The sentences come from the tuning parts (each marked with its part and article). Guards: a working group "led by"
a person is no reform of his, a list of proposals after a deputy is named is not the Head of State's, a unicameral
parliament listed without the word "initiatives" stays a proposal, and with the readings off nothing here is drafted.
"""

from __future__ import annotations

import pytest

import kg.extract.rules.initiatives as initiatives

from ._drafting import draft, facts

TOKAYEV = "kassym-jomart-tokayev"


def _initiated(d, initiator: str = TOKAYEV) -> set[str]:
    return {f.values["initiated"] for f in facts(d, "initiative", initiator=initiator)}


# test19/en-stratfor-2026-01-30-reshape-and-destabilize
STRATFOR = (
    "On Jan. 20, Tokayev unveiled a comprehensive constitutional reform package aimed at restructuring Kazakhstan’s "
    "legislature, electoral system and line of succession. The proposals call for shifting from a bicameral to a "
    "unicameral parliament, with 145 deputies elected exclusively through a proportional party-list system. Tokayev "
    "also announced the reintroduction of the post of vice president to be appointed by the president."
)
# test19/en-qazinform-2026-01-26-foreign-media-kurultai-state
REVIEW = (
    "President Kassym-Jomart Tokayev used the 5th session of Kazakhstan’s National Kurultai in Kyzylorda to outline a "
    "far-reaching redesign of the country’s political architecture, Eureporter reports. The proposals go beyond "
    "administrative reform and amount to a systemic reset. They include a shift to a unicameral parliament renamed the "
    "Kurultai, the creation of a People’s Council or Khalyk Kenesi, the introduction of a vice president, and the "
    "drafting of a new constitution by a dedicated Constitution Commission with the option of ratification through a "
    "national referendum.\n\nTaken together, these initiatives signal not incremental adjustment but an attempt to "
    "re-engineer the state."
)
# test19/en-enbekshiqazaq-2026-02-17-property-rights
BEGAN = (
    "The reform began with the proposal of the Head of State Kassym-Jomart Tokayev to create a unicameral Parliament "
    "and was developed through extensive public discussions."
)
# test18/en-trend-2026-02-12-final-draft-published
CATALYZED = (
    "The drive for constitutional reform was catalyzed by President Tokayev’s proposal to establish a unicameral "
    "Parliament in Kazakhstan."
)
# test19/en-kt-2026-02-27-brussels-shanyraq-dialogues
LED_BY = (
    "He noted that the reform initiative forms part of a large-scale modernization of the country’s political system "
    "led by President Kassym-Jomart Tokayev and aimed at establishing a more effective model of public governance."
)
# test10/en-qazinform-2025-12-20-kurultai-sections
PARLIAMENTARY = (
    "Erlan Karin also noted that the parliamentary reform launched by the President is a logical continuation of the "
    "country’s broader political modernization."
)
# test13/en-jurist-2026-02-16-hrw-concerns
ADVANCED_BY = (
    "The proposed amendments form part of a broader constitutional reform initiative advanced by President "
    "Kassym-Jomart Tokayev."
)
# test15/ru-kazinform-2026-02-01-vipolzov-interview
PARTICIPLE = (
    "— Андрей Александрович, о чем говорит масштаб предлагаемых изменений в Конституции и какую историческую задачу "
    "решает инициированная Президентом Токаевым конституционная реформа?"
)
# test13/ru-lada-2026-01-20-ashimbayev-vice-president
SUCH_A_STEP = (
    "В Казахстане появится новая ключевая должность — вице-президент. О таком шаге сегодня заявил глава государства "
    "Касым-Жомарт Токаев, обозначив возможное направление."
)


def test_the_reform_the_head_of_state_unveiled_is_his_initiative(session):
    assert "constitutional-reform-2025" in _initiated(draft(session, STRATFOR, outlet="stratfor", date="2026-01-30"))


def test_a_post_reintroduced_is_created(session):
    assert "vice-president" in _initiated(draft(session, STRATFOR, outlet="stratfor", date="2026-01-30"))


def test_a_unicameral_parliament_in_the_proposals_listed_is_the_head_of_states_proposal(session):
    d = draft(session, STRATFOR, outlet="stratfor", date="2026-01-30")
    assert [f.values.get("targets") for f in facts(d, "proposal", proposer=TOKAYEV)] == [None]
    assert "kurultai" not in _initiated(d)  # not called initiatives: a proposal


def test_institutions_listed_and_called_initiatives_are_initiated(session):
    d = draft(session, REVIEW, date="2026-01-26")
    assert {"kurultai", "halyk-kenesi", "vice-president", "constitutional-reform-commission"} <= _initiated(d)


@pytest.mark.parametrize("text", [BEGAN, CATALYZED], ids=["began", "catalyzed"])
def test_the_proposal_the_reform_began_with_initiates_the_parliament(session, text):
    d = draft(session, text, date="2026-02-12")
    assert _initiated(d) == {"kurultai"}
    assert not facts(d, "proposal", proposer=TOKAYEV)  # the initiative says it: no proposal on the draft beside it


@pytest.mark.parametrize("text", [LED_BY, ADVANCED_BY, PARTICIPLE], ids=["led-by", "advanced-by", "participle-before"])
def test_a_reform_named_with_who_leads_it_is_his_initiative(session, text):
    assert _initiated(draft(session, text, date="2026-02-16")) == {"constitutional-reform-2025"}


def test_the_parliamentary_reform_launched_by_the_president_is_the_kurultai(session):
    text = "President Kassym-Jomart Tokayev addressed the nation. " + PARLIAMENTARY
    assert _initiated(draft(session, text, date="2025-12-20")) == {"kurultai"}


def test_the_step_announced_is_the_post_of_the_sentence_before(session):
    assert _initiated(draft(session, SUCH_A_STEP, outlet="lada", date="2026-01-20")) == {"vice-president"}


# ---------------------------------------------------------------------------- the same readings in the other languages
# (sentences written for the rules; no tuning part has them)


@pytest.mark.parametrize(
    ("text", "initiated"),
    [
        (
            "Президент Касым-Жомарт Токаев выступил на курултае в Кызылорде. Эти предложения предусматривают создание "
            "Народного совета и введение должности вице-президента.",
            {"halyk-kenesi", "vice-president"},
        ),
        (
            "Мемлекет басшысы Қасым-Жомарт Тоқаев құрылтайда сөз сөйледі. Бұл ұсыныстар вице-президент лауазымын "
            "енгізуді және Халық кеңесін құруды көздейді.",
            {"halyk-kenesi", "vice-president"},
        ),
        ("Мемлекет басшысы Қасым-Жомарт Тоқаев саяси реформаны жариялады.", {"constitutional-reform-2025"}),
        (
            "A new post of vice president will be introduced in Kazakhstan. This was announced by President "
            "Kassym-Jomart Tokayev.",
            {"vice-president"},
        ),
        (
            "Эксперт отметил, что модернизация политической системы, проводимая Президентом Касым-Жомартом Токаевым, "
            "важна.",
            {"constitutional-reform-2025"},
        ),
        (
            "Конституциялық реформа Мемлекет басшысы Қасым-Жомарт Тоқаевтың бір палаталы Парламентке көшу туралы "
            "ұсынысынан басталды.",
            {"kurultai"},
        ),
    ],
    ids=["listed-ru", "listed-kk", "unveiled-kk", "this-en", "led-by-ru", "origin-kk"],
)
def test_the_readings_in_every_language(session, text, initiated):
    assert _initiated(draft(session, text)) == initiated


def test_a_listed_parliament_stays_a_proposal_beside_the_posts_initiated(session):
    text = (
        "Президент Касым-Жомарт Токаев выступил на курултае в Кызылорде. Они включают переход к однопалатному "
        "парламенту и введение поста вице-президента."
    )
    d = draft(session, text)
    assert _initiated(d) == {"vice-president"}
    assert [f.values.get("targets") for f in facts(d, "proposal", proposer=TOKAYEV)] == [None]


# ---------------------------------------------------------------------------- guards


@pytest.mark.parametrize(
    "text",
    [
        "The working group on parliamentary reform led by State Counsellor Erlan Karin met on Monday.",
        "The Commission on Constitutional Reform led by Elvira Azimova met on Monday.",
    ],
)
def test_a_body_named_for_the_reform_is_led_not_the_reform(session, text):
    assert not facts(draft(session, text), "initiative")


def test_a_working_group_for_the_reform_led_by_a_person_ru(session):
    text = "Рабочая группа по реформе, возглавляемая Ерланом Карином, собралась в понедельник."
    assert not facts(draft(session, text), "initiative")


def test_a_working_group_led_by_a_person_is_no_reform_of_his(session):
    """test3/en-openkg-2026-01-20-tokayev-rename-parliament: the comma before "led by" closes the reform."""
    text = "A working group was formed to develop proposals for the reform, led by State Advisor Erlan Karin."
    assert not facts(draft(session, text, date="2026-01-20"), "initiative", initiator="erlan-karin")


def test_a_list_after_a_deputy_is_not_the_head_of_states(session):
    text = (
        "Mazhilis deputy Aidos Sarym presented his amendments on Monday. They include the introduction of a vice "
        "president and the creation of a People’s Council."
    )
    assert not _initiated(draft(session, text))


def test_the_readings_off_draft_none_of_this(session, monkeypatch):
    monkeypatch.setattr(initiatives, "READINGS", ())
    for text in (BEGAN, LED_BY, ADVANCED_BY, PARTICIPLE, SUCH_A_STEP, REVIEW):
        assert not _initiated(draft(session, text, date="2026-02-16")), text
    d = draft(session, STRATFOR, outlet="stratfor", date="2026-01-30")
    assert not _initiated(d) and not facts(d, "proposal", proposer=TOKAYEV)
