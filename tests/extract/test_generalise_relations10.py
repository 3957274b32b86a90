"""Speeches and stances in real news (issue #13), tenth pass: classes that recur across the tuning parts.

Each test takes its sentences from a tuning part (``tests/data/extract_real/{dev,test2,...,test8}``), named beside
it, or is an invented sentence of the same class in another language. The class: a post named alone as the
speaker or judge ("аудан әкімі", "Ambassador", "глава региона", "сенаторы") stands for the person (or persons) the
article gave that post before, also after an opening participle ("Выступая на открытии форума, …").
"""

from __future__ import annotations

from kg.extract.draft import Session

from . import _drafting
from ._drafting import facts


def draft(text, *, outlet="kazinform", date="2026-02-04"):
    return _drafting.draft(Session(), text, outlet=outlet, date=date)


def speakers(d):
    return {f.values["speaker"] for f in facts(d, "speech") + facts(d, "report")}


def stances(d):
    return {(f.values["holder"], f.values["target"], f.values["polarity"]) for f in facts(d, "stance")}


def test_a_district_akim_named_by_the_post_alone_speaks_kk():
    # test5/kk-govkz-2026-02-12-moiynkum-school: "Кездесу барысында аудан әкімі … жан-жақты тоқталып"
    d = draft(
        "Мойынқұм ауданының әкімі Е. Кәрентаевтың төрағалығымен Қазақстан Республикасының жаңа Конституциясының "
        "жобасын түсіндіру мақсатында Айдарлы ауылы №2 орта мектебінің ұжымымен кездесу өтті.\n"
        "Кездесу барысында аудан әкімі жаңа Конституция жобасында көзделген негізгі өзгерістер мен толықтыруларға "
        "жан-жақты тоқталып, олардың ел дамуы үшін маңызын атап өтті.\n",
        outlet="gov-kz",
        date="2026-02-12",
    )
    akims = {f.values["holder"] for f in facts(d, "membership", role="akim")}
    assert len(akims) == 1
    assert speakers(d) == akims


def test_the_ambassador_named_by_the_post_alone_briefs_en():
    # test6/en-kt-2026-02-24-north-macedonia-minister: "Ambassador informed Foreign Minister about the upcoming
    # national referendum": the ambassador named before, not the minister he met
    d = draft(
        "Ambassador of Kazakhstan to North Macedonia Satybaldy Burshakov met with the Minister of Foreign Affairs and "
        "Foreign Trade of North Macedonia Timcho Mucunski.\n"
        "The parties discussed bilateral agenda.\n"
        "Ambassador informed Foreign Minister about the upcoming national referendum to adopt the new Constitution "
        "of Kazakhstan to be held on March 15 and briefed him on the key objectives of the constitutional reforms.\n",
        outlet="kazakh-tv",
        date="2026-02-24",
    )
    assert speakers(d) == {"satybaldy-burshakov"}


FORUM_RU = (
    "В мероприятии принимают участие аким области Берик Уали, советник Премьер-министра Ералы Тугжанов, депутат "
    "Мажилиса Парламента Нуртай Сабильянов.\n"
    "Выступая на открытии форума, глава региона отметил, что новой Конституции, реализуемый в рамках политических "
    "реформ Президента Касым-Жомарт Токаев, является глубоко проработанным документом, учитывающим лучшие мировые "
    "практики.\n"
)


def test_the_head_of_the_region_after_an_opening_participle_speaks_ru():
    # test7/ru-baq-2026-02-20-semey-forum: "Выступая на открытии форума, глава региона отметил": the akim speaks; the
    # President named inside his words made no speech
    d = draft(FORUM_RU, outlet="baq", date="2026-02-20")
    assert speakers(d) == {"berik-uali"}


def test_the_head_of_the_region_after_an_opening_participle_judges_the_draft_ru():
    # test7/ru-baq-2026-02-20-semey-forum: "… является глубоко проработанным документом", said by the akim
    d = draft(FORUM_RU, outlet="baq", date="2026-02-20")
    assert stances(d) == {("berik-uali", "draft-constitution-2026", "support")}


def test_speaking_at_the_forum_the_ambassador_is_the_speaker_en():
    # invented, the class of test7's "Выступая на открытии форума, глава региона отметил" in English
    d = draft(
        "Ambassador of Kazakhstan to Estonia Altay Kulginov held a meeting with students of Tallinn University.\n"
        "Speaking at the meeting, the ambassador noted that the referendum on the new Constitution is set for "
        "March 15.\n",
        outlet="kazakh-tv",
        date="2026-02-19",
    )
    assert speakers(d) == {"altay-kulginov"}


def test_senators_in_the_plural_each_speak_ru():
    # test8/ru-kazpravda-2026-03-04-asanova-kozhayev: "сенаторы подробно остановились на ключевых положениях"
    d = draft(
        "Так, сенаторы Жанна Асанова и Марат Кожаев провели встречи со спортсменами и тренерским составом "
        "физкультурно-оздоровительного комплекса Qulager в Алматы.\n\n"
        "В ходе встреч сенаторы подробно остановились на ключевых положениях предстоящего республиканского "
        "референдума и концептуальных изменениях, предлагаемых в проекте нового Основного закона.\n",
        outlet="kazpravda",
        date="2026-03-04",
    )
    assert speakers(d) == {"zhanna-asanova", "marat-kozhayev"}


def test_a_singular_post_two_people_hold_names_no_speaker_en():
    # guard, invented: "The senator" after two senators is neither of them
    d = draft(
        "Senator Ruslan Rustemov and Senator Nurlan Beknazarov met with students in Aktobe.\n"
        "The senator informed the participants about the draft of the new Constitution.\n",
        outlet="kazinform",
        date="2026-02-14",
    )
    assert all(f.sentence != 1 for f in facts(d, "speech"))
