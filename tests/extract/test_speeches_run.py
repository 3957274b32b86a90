"""A statement that takes its turn in a run of speakers is a speech (kg/extract/rules/speeches.py)."""

from __future__ import annotations

import pytest

from ._drafting import draft, facts

#: A meeting held, then two paragraphs of talks by three speakers, then a person with a post who "noted".
RUNS = {
    "en": (
        "On February 5, 2026, a meeting of the Working Group on Parliamentary Reform was held in Astana.",
        "Opening the meeting, State Counselor Erlan Karin spoke about the stages of the reform.",
        "Deputy Head of the Working Group Yerzhan Zhiyenbayev presented key approaches to modernizing the "
        "legislative process. Chairman of the Senate Maulen Ashimbayev took the floor on the role of the chambers.",
        "Deputy Chairman of the Constitutional Court Bakyt Nurmukhanov noted that the draft strengthens the "
        "protection of the rights of citizens.",
    ),
    "ru": (
        "5 февраля 2026 года в Астане состоялось заседание рабочей группы по парламентской реформе.",
        "Заседание открыл государственный советник Ерлан Карин.",
        "С докладом выступил заместитель руководителя рабочей группы Ержан Жиенбаев. Председатель Сената "
        "Маулен Ашимбаев выступил о роли палат.",
        "Заместитель председателя Конституционного суда Бакыт Нурмуханов отметил, что проект усиливает защиту "
        "прав граждан.",
    ),
    "kk": (
        "2026 жылғы 5 ақпанда Астанада парламенттік реформа жөніндегі жұмыс тобының отырысы өтті.",
        "Мемлекеттік кеңесші Ерлан Қарин отырысты ашты.",
        "Жұмыс тобы жетекшісінің орынбасары Ержан Жиенбаев баяндама жасап, заң шығару үдерісін жаңғырту "
        "тәсілдерін таныстырды. Сенат төрағасы Мәулен Әшімбаев сөз сөйлеп, палаталардың рөліне тоқталды.",
        "Конституциялық сот төрағасының орынбасары Бақыт Нұрмұханов жоба азаматтардың құқықтарын қорғауды "
        "күшейтетінін атап өтті.",
    ),
}


def _speakers(d) -> dict[str, float]:
    return {f.values["speaker"]: f.confidence for f in d.facts if f.type in ("speech", "report")}


@pytest.mark.parametrize("lang", sorted(RUNS))
def test_the_next_turn_in_a_run_of_speakers_is_a_speech(session, lang):
    d = draft(session, "\n\n".join(RUNS[lang]))
    spoke = _speakers(d)
    assert {"erlan-karin", "yerzhan-zhiyenbayev", "maulen-ashimbayev"} <= set(spoke), spoke
    # "… Бакыт Нурмуханов отметил": he spoke at the meeting too, less surely than a named talk
    assert 0.6 <= spoke.get("bakyt-nurmukhanov", 0) < 0.8, spoke
    # at the same meeting as the talks before it
    event = facts(d, "speech", speaker="erlan-karin")[0].values["event"]
    assert facts(d, "speech", speaker="bakyt-nurmukhanov")[0].values["event"] == event


@pytest.mark.parametrize("lang", sorted(RUNS))
def test_a_lone_statement_at_the_meeting_stays_no_speech(session, lang):
    held, *_, noted = RUNS[lang]
    assert "bakyt-nurmukhanov" not in _speakers(draft(session, f"{held}\n\n{noted}"))


@pytest.mark.parametrize("lang", sorted(RUNS))
def test_one_paragraph_of_speakers_is_no_run(session, lang):
    held, _opened, talks, noted = RUNS[lang]
    assert "bakyt-nurmukhanov" not in _speakers(draft(session, f"{held}\n\n{talks}\n\n{noted}"))


@pytest.mark.parametrize("lang", sorted(RUNS))
def test_a_statement_inside_the_paragraph_is_no_turn(session, lang):
    # the run holds, but the statement does not open its paragraph: a remark within the last talk
    held, opened, talks, noted = RUNS[lang]
    assert "bakyt-nurmukhanov" not in _speakers(draft(session, f"{held}\n\n{opened}\n\n{talks} {noted}"))


@pytest.mark.parametrize(
    ("lang", "noted"),
    [
        ("en", "Bakyt Nurmukhanov noted that the draft strengthens the protection of the rights of citizens."),
        ("ru", "Бакыт Нурмуханов отметил, что проект усиливает защиту прав граждан."),
        ("kk", "Бақыт Нұрмұханов жоба азаматтардың құқықтарын қорғауды күшейтетінін атап өтті."),
    ],
)
def test_a_name_without_a_post_is_no_new_turn(session, lang, noted):
    # the next turn is introduced with the speaker's post; a bare name may be one talk's aside
    held, opened, talks, _noted = RUNS[lang]
    assert "bakyt-nurmukhanov" not in _speakers(draft(session, f"{held}\n\n{opened}\n\n{talks}\n\n{noted}"))
