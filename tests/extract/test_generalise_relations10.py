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


def test_a_speech_about_a_topic_is_no_speech_at_an_event_en():
    # guard, test5/en-qazinform-2026-01-28-ponomaryov-khalyk-kenesi: "Speaking about constitutional reform as a whole,
    # the deputy also highlighted …": what he spoke about, not where; the deputy named alone made no speech
    d = draft(
        "Majilis deputy Sergey Ponomaryov said the proposals were widely supported.\n"
        "Speaking about constitutional reform as a whole, the deputy also highlighted the proposal to enshrine in "
        "the Basic Law the duty of every citizen to preserve nature.\n",
        outlet="kazinform",
        date="2026-01-28",
    )
    assert speakers(d) == set()


# --------------------------------------------------------------------------- stances: who judges in their own words


def test_an_interview_answer_in_the_first_person_is_the_interviewee_s_judgment_kk():
    # test7/kk-kazinform-2026-01-28-nurmukhamedov-party-competition: "– Конституциялық өзгерістерді өзекті әрі
    # уақтылы деп есептеймін." answers a question; the interviewee is named in the lead
    d = draft(
        "АСТАНА. KAZINFORM – Биыл жоспарланған конституциялық реформа Қазақстанда биліктің жаңа институционалдық "
        "архитектурасын қалыптастыруды көздейді. Ұсынылған өзгерістердің негізгі мәні туралы Kazinform агенттігіне "
        "саясаттанушы, Конституциялық комиссияның мүшесі Бөріхан Нұрмұхамедов айтып берді.\n"
        "– Ұсынылып отырған конституциялық өзгерістерді Қазақстанның саяси жүйесінің дамуы тұрғысынан қалай "
        "бағалайсыз?\n"
        "– Конституциялық өзгерістерді өзекті әрі уақтылы деп есептеймін. Олар елдің белгілі бір тарихи даму "
        "кезеңінен өткенін көрсетеді.\n",
        date="2026-01-28",
    )
    assert stances(d) == {("borikhan-nurmukhamedov", "constitutional-reform-2025", "support")}


def test_a_column_in_the_first_person_is_its_author_s_judgment_ru():
    # test8/ru-kazpravda-2026-02-11-sadykanov-opinion: a caption line with the author, then "… я вижу как логичное и
    # своевременное развитие"; the President named inside ("Инициированную Президентом") judges nothing
    d = draft(
        "Решение примет народ\n\n"
        "Жанибек Садыканов, заместитель директора Карагандинского областного телеканала Saryarqa\n\n"
        "Инициированную Президентом конституционную реформу, основные контуры которой он подробно обрисовал на V "
        "заседании Национального курултая, я вижу как логичное и своевременное развитие модернизационной повестки.\n",
        outlet="kazpravda",
        date="2026-02-11",
    )
    assert stances(d) == {("zhanibek-sadykanov", "constitutional-reform-2025", "support")}


# --------------------------------------------------------------------------- initiatives


def initiatives(d):
    return {(f.values["initiator"], f.values["initiated"]) for f in facts(d, "initiative")}


def test_a_commission_described_created_on_the_president_s_instruction_ru():
    # test2/ru-lada-2026-03-08-zhaulin-commission: "по поручению Президента Касым-Жомарт Токаев была создана
    # специальная комиссия"
    d = draft(
        "Киикбай Жаулин рассказал, что в преддверии референдума проводилась большая работа по обновлению "
        "Конституции.\n"
        "В течение последнего года по поручению Президента Касым-Жомарт Токаев была создана специальная комиссия, "
        "которая занималась рассмотрением этих вопросов, - сказал Киикбай Жаулин.\n",
        outlet="lada",
        date="2026-03-08",
    )
    assert ("kassym-jomart-tokayev", "constitutional-reform-commission") in initiatives(d)


def test_a_working_group_described_created_by_the_president_s_order_kk():
    # test8/kk-baq-2026-02-03-sairov-land: "Президент Қасым-Жомарт Тоқаевтың өкімімен реформа жөніндегі жұмыс тобы
    # құрылған"
    d = draft(
        "Мәжіліс депутаты Ерлан Саиров Конституцияның жаңа жобасындағы жер туралы сұраққа жауап берді.\n"
        "Осыдан 4 ай бұрын Президент Қасым-Жомарт Тоқаевтың өкімімен реформа жөніндегі жұмыс тобы құрылған.\n",
        outlet="baq",
        date="2026-02-03",
    )
    assert initiatives(d) == {("kassym-jomart-tokayev", "parliamentary-reform-working-group")}


def test_a_commission_described_created_by_the_president_s_decision_kk():
    # test4/kk-azattyqruhy-2026-02-25-sirazhev: "Мемлекет басшысы Касым-Жомарт Токаев шешімімен Конституцияны
    # жетілдіру жөніндегі комиссия құрылып"
    d = draft(
        "Мемлекет басшысы Касым-Жомарт Токаев шешімімен Конституцияны жетілдіру жөніндегі комиссия құрылып, жаңа "
        "жобасы әзірленді.\n",
        outlet="azattyq-ruhy",
        date="2026-02-25",
    )
    assert initiatives(d) == {("kassym-jomart-tokayev", "constitutional-reform-commission")}


def test_the_modernization_carried_out_at_the_initiative_of_the_president_is_his_reform_en():
    # test7/en-tass-2026-02-15-borodavkin: "the comprehensive modernization of Kazakhstan’s entire political
    # architecture being carried out at the initiative of President Kassym-Jomart Tokayev"
    d = draft(
        "We hope that the proposed changes will boost the comprehensive modernization of Kazakhstan’s entire "
        "political architecture being carried out at the initiative of President Kassym-Jomart Tokayev.\n",
        outlet="tass",
        date="2026-02-15",
    )
    assert initiatives(d) == {("kassym-jomart-tokayev", "constitutional-reform-2025")}


def test_the_president_s_initiative_to_transition_to_a_unicameral_parliament_is_the_kurultai_en():
    # test5/en-kt-2026-02-19-tallinn-briefing: "President Tokayev's initiative to transition to a unicameral parliament"
    d = draft(
        "The starting point of these reforms was President Kassym-Jomart Tokayev's initiative to transition to a "
        "unicameral parliament, originally announced on September 8, 2025.\n",
        outlet="kazakh-tv",
        date="2026-02-19",
    )
    assert ("kassym-jomart-tokayev", "kurultai") in initiatives(d)


def test_the_initiative_came_from_him_ru():
    # test8/ru-vedomosti-2026-03-12-tokayev-initiative: "инициатива обновления конституционных основ страны исходила
    # лично от него"
    d = draft(
        "Президент Казахстана Касым-Жомарт Токаев заявил, что инициатива обновления конституционных основ страны "
        "исходила лично от него.\n",
        outlet="vedomosti",
        date="2026-03-12",
    )
    assert initiatives(d) == {("kassym-jomart-tokayev", "constitutional-reform-2025")}


def test_changes_to_another_law_at_someone_s_initiative_are_no_reform_ru():
    # guard, invented: an initiative named by its initiator starts the reform only where a renewal is named
    # ("модернизация", "обновление"), not for changes to any law
    d = draft("Изменения в Налоговый кодекс были внесены по инициативе депутата Мажилиса Ерлана Саирова.\n")
    assert not [i for i in initiatives(d) if i[1] == "constitutional-reform-2025"]


# --------------------------------------------------------------------------- claims


def claims(d):
    return {(f.values["claimant"], f.values["quantity"]) for f in facts(d, "claim")}


def test_employees_are_counted_ru():
    # test6/ru-kazpravda-2026-02-24-karaganda-coalition: "В мероприятии приняли участие более 400 сотрудников компании."
    d = draft(
        "Члены коалиции встретились с коллективом шахты «Тентек».\n"
        "В мероприятии приняли участие более 400 сотрудников компании.\n",
        outlet="kazpravda",
        date="2026-02-24",
    )
    assert ("kazpravda", 400) in claims(d)


def test_professionals_are_counted_in_a_quotation_ru():
    # test8/ru-zakon-2026-01-20-ponomarev-commission: "конституционная комиссия из 100 профессионалов", said by him
    d = draft(
        "Депутат Мажилиса Сергей Пономарев поделился мнением о поручении президента.\n\n"
        '"Известно, что будет создана конституционная комиссия из 100 профессионалов – мажилисмены, сенаторы, '
        'юристы", – сказал Пономарев.\n',
        outlet="zakon-kz",
        date="2026-01-20",
    )
    assert ("sergey-ponomarev", 100) in claims(d)


def test_regions_are_counted_and_the_deputy_named_alone_says_so_kk():
    # test5/kk-baq-2026-01-26-egizbayev-articles-31-61: "Сондай-ақ депутат … барлық 20 өңірді аралап, шаруалармен
    # кездескенін сөз етті": the deputy named before
    d = draft(
        "Мәжіліс депутаты Серік Егізбаев Конституцияға экология саласына қатысты нормаларды енгізу қажеттігін айтты, "
        "деп хабарлайды BAQ.KZ тілшісі.\n"
        "Сондай-ақ депутат қаңтар айында «Ауыл» партиясының депутаттық тобы барлық 20 өңірді аралап, шаруалармен "
        "кездескенін сөз етті.\n",
        outlet="baq",
        date="2026-01-26",
    )
    assert claims(d) == {("serik-egizbayev", 20)}


def test_ngos_are_counted_en():
    # invented, the class of test6/ru-nvo-2026-02-15-coalition-tour's "свыше 300 НПО" in English
    d = draft(
        "More than 300 NGOs have joined the national coalition in support of the new Constitution.\n",
        outlet="kazinform",
        date="2026-02-15",
    )
    assert claims(d) == {("kazinform", 300)}


def test_the_head_of_state_is_no_count_of_states_kk():
    # guard: "Мемлекет басшысы" (the Head of State) after a date counts no states; "64 мемлекетте" does
    from kg.extract.patterns import find_quantities

    assert find_quantities("15 наурызда Мемлекет басшысы дауыс берді", "kk") == []
    assert [q[:3] for q in find_quantities("82 учаске – шетелде (64 мемлекетте)", "kk")] == [
        (82, "exactly", "учаске"),
        (64, "exactly", "мемлекетте"),
    ]
