"""Initiatives, speeches, events, stances and proposals in real news (issue #13): wording classes, each pinned by a sentence.

The sentences come from the tuning parts (``tests/data/extract_real/test3`` — scored once, tuning
data since — and ``…/test2``). Each test checks one class of wording in the languages where it
occurs, not one sentence: the initiator named by a noun ("Инициатором … выступил", "the initiator
of"), the object of an initiative verb ("initiated amendments"), a Kazakh genitive initiator of
"бастама" a few words on, the changes proposed by someone, a body a pronoun's referent convened,
a passive creation that names only the body's leader; a speech verb used for "acting as"; dates
given by a weekday; criticism from someone; a call to the public; a relative clause between an
agent and "propose".
"""

from __future__ import annotations

import pytest

from kg.extract.draft import Session

from . import _drafting
from ._drafting import facts


def draft(text, *, outlet="kazinform", date="2026-02-04"):
    return _drafting.draft(Session(), text, outlet=outlet, date=date)


# ---------------------------------------------------------------- initiatives


@pytest.mark.parametrize(
    "text",
    [
        # test3/ru-centralasia-2026-02-20-systemic-modernisation
        "Инициатором реформы выступил президент Касым-Жомарт Токаев, позиционирующий изменения как продолжение "
        "политических преобразований 2025 года.",
        # test3/ru-karaganda24-2026-03-16-preliminary-results
        "Инициатором реформы стал президент Касым-Жомарт Токаев.",
        # the same class in English
        "The initiator of the reform was President Kassym-Jomart Tokayev.",
    ],
    ids=["выступил", "стал", "en"],
)
def test_the_initiator_named_by_a_noun(text):
    d = draft(text)
    assert facts(d, "initiative", initiator="kassym-jomart-tokayev", initiated="constitutional-reform-2025")
    assert not facts(d, "speech")  # "выступил инициатором": acting as, not speaking


@pytest.mark.parametrize(
    "text",
    [
        # test3/en-gazetakg-2026-03-01-observers
        "The President of Kazakhstan, Kassym-Jomart Tokayev, initiated amendments that, among other things, propose a "
        "transition from a bicameral to a unicameral parliament and the establishment of a single seven-year term for "
        "the president.",
        # test3/ru-kommersant-2026-03-13-people-constitution
        "Президент республики Касым-Жомарт Токаев, инициировавший изменения, предложил создать однопалатный парламент "
        "вместо двухпалатного.",
    ],
    ids=["en", "ru"],
)
def test_the_changes_an_initiative_verb_governs_are_the_reform(text):
    d = draft(text)
    assert facts(d, "initiative", initiator="kassym-jomart-tokayev", initiated="constitutional-reform-2025")


def test_amendments_that_propose_are_not_the_initiators_proposal():
    # test3/en-gazetakg-2026-03-01-observers: the amendments propose, not Tokayev
    d = draft(
        "The President of Kazakhstan, Kassym-Jomart Tokayev, initiated amendments that, among other things, propose a "
        "transition from a bicameral to a unicameral parliament."
    )
    assert not facts(d, "proposal")


def test_the_idea_of_creating_a_unicameral_parliament_is_an_initiative_of_the_kurultai():
    # test3/en-openkg-2026-01-20-tokayev-rename-parliament
    d = draft(
        "Earlier, in his Address to the People of Kazakhstan, Tokayev also expressed the idea of creating a unicameral "
        "parliament in the near future and proposed to put this issue to a referendum."
    )
    assert facts(d, "initiative", initiator="kassym-jomart-tokayev", initiated="kurultai")


def test_a_kazakh_genitive_initiator_of_an_initiative_noun_a_few_words_on():
    # test3/kk-baq-2026-02-02-auyl-faction: "X-тың … Парламент құру жөніндегі бастамасының негізінде"
    d = draft(
        "Конституциялық реформа Мемлекет басшысы Қасым-Жомарт Тоқаевтың Қазақстанда бірпалаталы Парламент құру "
        "жөніндегі бастамасының негізінде туындады.",
        outlet="baq-kz",
    )
    (fact,) = facts(d, "initiative", initiator="kassym-jomart-tokayev")
    assert fact.values["initiated"] == "kurultai"  # the unicameral parliament, not the Parliament it replaces


def test_the_changes_proposed_by_the_head_of_state_are_his_initiative_not_a_proposal_kk():
    # test2/kk-yknews-2026-01-30-ashimbayev-ulttyq-mudde
    d = draft(
        "Мемлекет басшысы Қасым-Жомарт Тоқаев Ұлттық құрылтайда сөз сөйледі.\n\n"
        "Сондықтан, осындай маңызды сәтте бірлігімізді бекемдеп, Мемлекет басшысы ұсынған өзгерістерді жүзеге "
        "асыруда жұдырықтай жұмылу айрықша мәнге ие», – деді Мәулен Әшімбаев.",
        outlet="yk-news",
    )
    assert facts(d, "initiative", initiator="kassym-jomart-tokayev", initiated="constitutional-reform-2025")
    assert not facts(d, "proposal", proposer="kassym-jomart-tokayev")


def test_earlier_political_reforms_are_not_the_constitutional_reform_ru():
    # test2/ru-kazinform-2026-02-03-auyl-supports: the reforms of before, which the draft continues
    d = draft(
        "— Данный документ является логическим продолжением политических реформ, инициированных Главой государства "
        "Касым-Жомартом Токаевым."
    )
    assert not facts(d, "initiative")


def test_a_commission_a_pronoun_convened_is_the_initiative_of_the_person_named_before():
    # test3/en-newz-2026-02-15-overhaul
    d = draft(
        "President Kassym‑Jomart Tokayev warned on January 20 that the scale of the amendments was tantamount to "
        "drafting an entirely new charter. A special constitutional commission he convened on January 21 produced the "
        "text within a matter of days, and the draft was made public at the end of the month.",
        outlet="newz",
        date="2026-02-15",
    )
    assert facts(d, "initiative", initiator="kassym-jomart-tokayev", initiated="constitutional-reform-commission")


def test_a_body_formed_and_led_by_someone_is_not_his_initiative():
    # test3/en-openkg-2026-01-20-tokayev-rename-parliament: "formed …, led by X": X leads it
    d = draft(
        "A working group was formed to develop proposals for the reform, led by State Advisor Erlan Karin.",
        outlet="open-kg",
    )
    assert not facts(d, "initiative")


# ---------------------------------------------------------------- speeches and events


def test_informed_needs_someone_informed():
    # test3/en-kt-2026-02-07-azimova-4000: "citizens remain informed" is no briefing; "informed the President" is
    d = draft(
        "President Kassym-Jomart Tokayev emphasized the importance of continuing the Constitutional Commission’s work "
        "in an open format, ensuring that citizens remain informed of the ongoing discussions.\n\n"
        "Elvira Azimova also informed the President that members of the Constitutional Commission will continue "
        "refining the wording of specific articles.",
        outlet="kt",
        date="2026-02-07",
    )
    assert [f.values["speaker"] for f in facts(d, "speech")] == ["elvira-azimova"]


def test_a_bodys_presentation_has_no_speaker():
    # test3/en-euronews-2026-02-13-referendum-set
    d = draft(
        "Kazakhstan will hold a referendum on 15 March to vote on the new constitution, after Kazakh President "
        "Kassym-Jomart Tokayev signed a decree following the Constitutional Commission's presentation of the final "
        "project on Wednesday.",
        outlet="euronews",
        date="2026-02-13",
    )
    assert not facts(d, "speech") and not facts(d, "report")


def test_a_speech_in_the_past_perfect_kk():
    # test3/kk-baq-2026-01-29-mirzagarayev-new-constitution: "жобасын таныстырған болатын", had presented
    d = draft(
        "Кеше Конституциялық сот төрағасының орынбасары Бақыт Нұрмұханов Конституциялық реформа комиссиясының "
        "мүшелеріне Ата Заңға енгізілетін өзгерістердің жиынтық жобасын таныстырған болатын.",
        date="2026-01-29",
    )
    (speech,) = [f for f in d.facts if f.type in ("speech", "report")]
    assert d.actors[speech.values["speaker"]].names["kk"] == "Бақыт Нұрмұханов"


def test_a_pronoun_presented_at_a_meeting_ru():
    # test3/ru-karaganda24-2026-03-16-preliminary-results
    d = draft(
        "Инициатором реформы стал президент Касым-Жомарт Токаев. Основные параметры изменений он представил "
        "20 января 2026 года на заседании курултая в Кызылорде.",
        date="2026-03-16",
    )
    assert [f.values["speaker"] for f in d.facts if f.type in ("speech", "report")] == ["kassym-jomart-tokayev"]


def test_last_years_address_recalled_is_no_event_kk():
    # test3/kk-kt-2026-02-01-84-percent
    d = draft(
        "Президент өткен жылғы Жолдауында Конституцияны реформалауға байланысты ұсыныс жасаған болатын.",
        outlet="kt",
        date="2026-02-01",
    )
    assert not facts(d, "event") and not facts(d, "speech")


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # test3/en-kt-2026-02-07-azimova-4000 (published on Saturday 7 February)
        (
            "President Tokayev held a meeting with the leadership of the Constitutional Commission on Friday.",
            "2026-02-06",
        ),
        ("Президент Токаев в пятницу провел встречу с руководством Конституционной комиссии.", "2026-02-06"),
        ("Вчера состоялось заседание Конституционной комиссии.", "2026-02-06"),
    ],
    ids=["on-friday", "в-пятницу", "вчера"],
)
def test_an_events_date_given_by_a_weekday(text, date):
    d = draft(text, outlet="kt", date="2026-02-07")
    assert [f.values["date"] for f in d.facts if f.type in ("event", "session")] == [date]


def test_a_previous_meeting_recalled_is_not_the_event_the_next_one_is():
    # test3/ru-kazinform-2026-01-28-azimova-thirteen
    d = draft(
        "— В настоящее время вам представлен первый проект. На предыдущем заседании мы всесторонне обсудили "
        "сравнительную таблицу.\n\nСледующее заседание Конституционной комиссии состоится 29 января.",
        date="2026-01-28",
    )
    assert [f.values["date"] for f in d.facts if f.type in ("event", "session")] == ["2026-01-29"]


# ---------------------------------------------------------------- stances and proposals


def test_criticism_from_someone_is_their_opposition():
    # test3/en-newsdirectory3-2026-02-16-hrw-rights-concerns
    d = draft(
        "Proposed constitutional amendments in Kazakhstan are drawing sharp criticism from Human Rights Watch, which "
        "warns the changes could significantly weaken checks on executive power.\n\n"
        "The draft constitution was published for public discussion on January 31.",
        outlet="newsdirectory3",
        date="2026-02-16",
    )
    (stance,) = facts(d, "stance", polarity="oppose")
    assert stance.values["target"] == "draft-constitution-2026"
    assert d.actors[stance.values["holder"]].names["en"] == "Human Rights Watch"  # drafted: not in the registry


def test_an_evaluation_of_the_proposed_amendments_in_a_quotation():
    # test3/en-euronews-2026-02-13-referendum-set: "the proposed amendments" refers back to the draft
    d = draft(
        "Kazakhstan will hold a referendum on 15 March to vote on the new constitution.\n\n"
        "“The proposed amendments will allow for the redistribution of powers, strengthen the system of checks and "
        "balances, and, most importantly, increase the effectiveness and sustainability of all political "
        "institutions,” said Tokayev during a government session on Tuesday.",
        outlet="euronews",
        date="2026-02-13",
    )
    assert facts(d, "stance", holder="kassym-jomart-tokayev", target="draft-constitution-2026", polarity="support")


def test_holders_coordinated_by_as_well_as():
    # test3/en-kt-2026-02-07-azimova-4000
    d = draft(
        "Political parties, as well as national and regional civic associations, have also declared their support for "
        "adopting the new Constitution.",
        outlet="kt",
    )
    holders = {f.values["holder"] for f in facts(d, "stance", target="draft-constitution-2026", polarity="support")}
    assert holders == {"political-parties", "public-associations"}


@pytest.mark.parametrize(
    "text",
    [
        # test3/ru-lada-2026-03-10-aiturova-supports
        "Член Мангистауской областной коалиции Алтын Айтурова призвала жителей региона внимательно ознакомиться с "
        "проектом новой Конституции и поддержать предлагаемые изменения.",
        # the same class in English
        "Senator Nurlan Beknazarov urged citizens to vote for the draft new Constitution.",
    ],
    ids=["ru", "en"],
)
def test_a_call_to_the_public_is_no_proposal(text):
    assert not facts(draft(text), "proposal")


@pytest.mark.parametrize(
    ("text", "proposer"),
    [
        # dev/kk-zakon-2026-02-05-khodzhanazarov-referendum: the headline's proposer is named in the lead
        (
            "Жаңа Конституция жобасын референдумға шығаруды ұсынды\n"
            "Сурет: Zakon.kz\n"
            "Мәжіліс депутаты Айдарбек Ходжаназаров 2026 жылғы 5 ақпанда Конституциялық реформа жөніндегі комиссия "
            "отырысында елдің жаңа Негізгі заңының жобасы туралы пікір білдірді, деп хабарлайды Zakon.kz.",
            "Айдарбек Ходжаназаров",
        ),
        # the same class in Russian
        (
            "Предложил вынести проект новой Конституции на референдум\n"
            "Депутат Мажилиса Айдарбек Ходжаназаров выступил на заседании Конституционной комиссии.",
            "Айдарбек Ходжаназаров",
        ),
    ],
    ids=["kk", "ru"],
)
def test_a_headline_without_a_subject_is_the_proposal_of_the_person_the_lead_names(text, proposer):
    d = draft(text, outlet="zakon-kz", date="2026-02-05")
    (proposal,) = facts(d, "proposal", targets="draft-constitution-2026")
    assert proposer in d.actors[proposal.values["proposer"]].names.values()


def test_a_headline_with_a_subject_of_its_own_keeps_it():
    d = draft(
        "«Ауыл» партиясы жаңа Конституция жобасын референдумға шығаруды ұсынды\n"
        "Мәжіліс депутаты Айдарбек Ходжаназаров комиссия отырысында пікір білдірді.",
        date="2026-02-11",
    )
    assert [f.values["proposer"] for f in facts(d, "proposal")] == ["auyl"]


def test_a_kazakh_quotation_then_dep_proposed_is_the_speakers_proposal():
    # test3/kk-baq-2026-01-29-mirzagarayev-new-constitution: the body in the quoted words is no proposer
    d = draft(
        "Конституциялық комиссияның бүгінгі отырысында Республикалық адвокаттар алқасының төрағасы Мәди Мырзағараев "
        "жобада маңызды жаңалықтар аз емес екенін атады.\n"
        "Осыған байланысты Конституциялық комиссия аясында жаңа Конституция мәселесін қарау орынды деп санаймын, "
        "- деп ұсыныс білдірді.",
        outlet="baq-kz",
        date="2026-01-29",
    )
    assert [f.values["proposer"] for f in facts(d, "proposal")] == ["mady-mirzagarayev"]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # test3/kk-kazinform-2026-01-26-beisenbayev-committee: an ordinal before the event noun
        (
            "Мұндай ұсынысты Конституциялық реформалар жөніндегі комиссиясының 3-отырысында Мәжіліс депутаты "
            "Елнұр Бейсембаев жасады.",
            "2026-01-26",
        ),
        # test3/kk-zakon-2026-01-20-abenov-halyk-kenesi: after the session (ablative + кейін)
        (
            "2026 жылғы 20 қаңтарда мәжіліс депутаты Мұрат Әбенов Ұлттық Құрылтай отырысынан кейін журналистерге "
            "пікір білдірді.",
            "2026-01-20",
        ),
    ],
    ids=["3-отырысында", "отырысынан-кейін"],
)
def test_a_kazakh_event_named_with_an_ordinal_or_after_it(text, date):
    d = draft(text, outlet="kazinform", date="2026-01-26")
    assert [f.values["date"] for f in d.facts if f.type in ("event", "session")] == [date]


def test_a_body_presenting_the_draft_is_an_event_it_organises_kk():
    # test3/kk-kt-2026-02-01-84-percent
    d = draft(
        "Бүгін Конституциялық реформа жөніндегі комиссия жаңа Ата заңның жобасын таныстырды.",
        outlet="kt",
        date="2026-02-01",
    )
    (event,) = [f for f in d.facts if f.type in ("event", "session")]
    assert event.values["date"] == "2026-02-01"
    assert event.values["organiser"] == "constitutional-reform-commission"
    assert not facts(d, "speech")  # a body presents; no one speaks


def test_the_meeting_referred_to_takes_the_weekday_the_lead_gave():
    # test3/en-kt-2026-02-07-azimova-4000 (published on Saturday 7 February)
    d = draft(
        "President of Kazakhstan Kassym-Jomart Tokayev was briefed on Friday on the current work on the draft of the "
        "new Constitution.\n\nDuring the meeting, Elvira Azimova reported that the draft has drawn over 4,000 "
        "submissions from citizens.",
        outlet="kt",
        date="2026-02-07",
    )
    assert [f.values["date"] for f in d.facts if f.type in ("event", "session")] == ["2026-02-06"]


def test_among_is_no_wednesday_ru():
    # "в среде экспертов": a milieu, not "в среду"
    d = draft("В среде экспертов состоялось заседание Конституционной комиссии.", date="2026-02-07")
    assert [f.values["date"] for f in d.facts if f.type in ("event", "session")] == ["2026-02-07"]


def test_an_evaluation_in_words_cited_from_someone_else_is_not_the_citers():
    # test3/kk-qostanaitv-2026-03-11-senate-600-meetings: Ashimbayev draws attention to the Head of State's words
    d = draft(
        "Сенат төрағасы Мәулен Әшімбаев Мемлекет басшысының жаңа Ата заң елімізді заманауи әрі тиімді басқару "
        "моделіне кезең-кезеңімен көшіруге бағытталған тарихи қадам екені туралы айтқан сөзіне назар аударды.",
        outlet="qostanay-tv",
        date="2026-03-11",
    )
    assert not facts(d, "stance", holder="maulen-ashimbayev")


def test_an_evaluation_in_words_cited_from_a_named_person_is_theirs():
    d = draft(
        "Сенат төрағасы Мәулен Әшімбаев Мемлекет басшысы Қасым-Жомарт Тоқаевтың жаңа Ата заң елімізді заманауи "
        "басқару моделіне көшіруге бағытталған тарихи қадам екені туралы айтқан сөзіне назар аударды.",
        outlet="qostanay-tv",
        date="2026-03-11",
    )
    assert [f.values["holder"] for f in facts(d, "stance")] == ["kassym-jomart-tokayev"]


def test_the_body_whose_session_hears_an_initiative_is_not_initiated_kk():
    # dev/kk-kazinform-2026-01-24-first-meeting-live
    d = draft(
        "Мемлекет басшысы Қасым-Жомарт Тоқаев Ұлттық құрылтайдың V отырысында «Құрылтай» атты бір палаталы "
        "парламентке көшуді, вице-президент лауазымын қайтарып, «Халық кеңесін» құру бастамасын көтерді.",
        date="2026-01-24",
    )
    initiated = {f.values["initiated"] for f in facts(d, "initiative", initiator="kassym-jomart-tokayev")}
    assert "national-kurultai" not in initiated
    assert {"kurultai", "vice-president", "halyk-kenesi"} <= initiated


@pytest.mark.parametrize(
    "text",
    [
        # test11/ru-mgorod-2026-02-02-zko-collegium: the President by his name and patronymic, as officials address him
        "Конституционная реформа, инициированная Главой государства Касым-Жомартом Кемелевичем, определяет путь страны.",
        "Қасым-Жомарт Кемелұлы бастамашы болған конституциялық реформа елдің болашағын айқындайды.",
    ],
)
def test_the_president_by_name_and_patronymic_is_the_registrys_tokayev(text):
    d = draft(text)
    assert "kassym-jomart-tokayev" in {f.values.get("initiator") for f in facts(d, "initiative")} | {
        f.values.get("holder") for f in facts(d, "membership")
    }
    assert not [a for a in d.actors if "kemel" in a]  # no new actor made of the name and patronymic


def test_a_commission_someone_proposed_to_form_is_his_initiative_ru():
    # test16/ru-bizmedia-…-kurultai-kyzylorda: "сформировать" is "создать" (the sentence is written for the test)
    d = draft("Касым-Жомарт Токаев предложил сформировать из юристов и журналистов Конституционную комиссию.")
    assert facts(d, "initiative", initiator="kassym-jomart-tokayev", initiated="constitutional-reform-commission")
    # a council a party formed is no body of the reform's
    d = draft("Партия «AMANAT» сформировала новый состав политсовета.")
    assert not facts(d, "initiative")
