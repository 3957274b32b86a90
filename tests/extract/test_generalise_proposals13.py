"""Proposals and initiatives from language knowledge (issue #13, thirteenth pass).

Every sentence here was written for the test (invented people, no tuning article copied): one per wording of the
enumeration in docs/extract.md ("Thirteenth pass: proposals and initiatives from language knowledge"), and guards
for what must stay no proposal.
"""

from __future__ import annotations

import re

import pytest

from kg.extract.draft import Session
from kg.extract.rules import initiatives as I
from kg.extract.rules import proposals as PR

from . import _drafting
from ._drafting import facts


def draft(text, *, date="2026-02-04"):
    return _drafting.draft(Session(), text, outlet="kazinform", date=date)


def proposals(d):
    return {(f.values["proposer"], f.values.get("targets")) for f in facts(d, "proposal")}


def initiatives(d):
    return {(f.values["initiator"], f.values["initiated"]) for f in facts(d, "initiative")}


ART9_KK = "draft-constitution-2026-article-9"

# ---------------------------------------------------------------- English

EN = [
    ("Senator Yerlan Saparov recommended amending Article 9 of the draft Constitution.", "article-9"),
    ("Yerlan Saparov put forth a proposal to delete paragraph 2 of Article 45.", "article-45-2"),
    (
        "Lawyer Yerlan Saparov asked the commission to include a reference to the Kazakh language in Article 14.",
        "article-14",
    ),
    ("Yerlan Saparov sought to enshrine the principle in Article 14 of the new Constitution.", "article-14"),
    ("Yerlan Saparov tabled an amendment to Article 22 of the draft Constitution.", "article-22"),
    ("Yerlan Saparov came up with a proposal to revise Article 22.", "article-22"),
    ("Yerlan Saparov pushed for changes to Article 30 of the draft.", "article-30"),
    ("Yerlan Saparov voiced a proposal to strengthen Article 8 of the draft Constitution.", "article-8"),
    ("Yerlan Saparov is proposing to expand Article 8 of the draft.", "article-8"),
    ("The proposal to amend Article 5 was put forward by Yerlan Saparov.", "article-5"),
    ("Amending Article 5 was proposed by Yerlan Saparov at the meeting.", "article-5"),
    ("Yerlan Saparov advocated adding a separate chapter on human rights to the new Constitution.", ""),
]


@pytest.mark.parametrize(("text", "article"), EN)
def test_english_wordings_of_proposing(text, article):
    target = "draft-constitution-2026" + (f"-{article}" if article else "")
    assert ("yerlan-saparov", target) in proposals(draft(text + "\n"))


# ---------------------------------------------------------------- Russian

RU = [
    "Депутат Мажилиса Ерлан Сапаров выдвинул предложение дополнить статью 9 проекта Конституции.",
    "Ерлан Сапаров высказал предложение изменить статью 9 проекта новой Конституции.",
    "Ерлан Сапаров озвучил предложение исключить из статьи 9 норму о квотах.",
    "Ерлан Сапаров рекомендовал закрепить в статье 9 право на чистую окружающую среду.",
    "Ерлан Сапаров попросил членов комиссии включить в статью 9 норму о защите семьи.",
    "Ерлан Сапаров считает необходимым закрепить в статье 9 проекта Конституции норму о языке.",
    "Ерлан Сапаров подал предложение по статье 9 проекта Конституции.",
    "С предложением дополнить статью 9 выступил депутат Ерлан Сапаров.",
    "Предложение дополнить статью 9 внес депутат Ерлан Сапаров.",
    "Ерлан Сапаров настаивает на сохранении статьи 9 в прежней редакции.",
    "Ерлан Сапаров выступил с идеей закрепить в статье 9 проекта Конституции приоритет казахского языка.",
    "По мнению Ерлана Сапарова, статью 9 проекта следует дополнить нормой о языке.",
    "Ерлан Сапаров предлагал закрепить в статье 9 право на труд.",
]


@pytest.mark.parametrize("text", RU)
def test_russian_wordings_of_proposing(text):
    assert ("erlan-saparov", "draft-constitution-2026-article-9") in proposals(draft(text + "\n"))


# ---------------------------------------------------------------- Kazakh

KK = [
    "Мәжіліс депутаты Ерлан Сапаров жобаның 9-бабын толықтыру туралы ұсынысты енгізді.",
    "Мәжіліс депутаты Ерлан Сапаров 9-бапқа өзгеріс енгізу туралы ұсыныс айтып, әріптестерін қолдауға шақырды.",
    "Мәжіліс депутаты Ерлан Сапаров Конституция жобасының 9-бабын өзгертуді сұрады.",
    "Мәжіліс депутаты Ерлан Сапаров 9-бапта мемлекеттік тілдің мәртебесін бекітуді ұсынуда.",
    "Мәжіліс депутаты Ерлан Сапаров 9-бапты жаңа редакцияда бекіту керектігін айтты.",
    "Мәжіліс депутаты Ерлан Сапаров 9-бапқа өзгеріс енгізу жөнінде бастама көтерді.",
    "Мәжіліс депутаты Ерлан Сапаров Конституция жобасының 9-бабына түзету енгізу туралы ұсыныспен шықты.",
]


@pytest.mark.parametrize("text", KK)
def test_kazakh_wordings_of_proposing(text):
    d = draft(text + "\n")
    assert ("erlan-saparov", ART9_KK) in proposals(d)
    # an initiative about an article is a proposal, never an initiative of the article
    assert not any(thing.startswith("draft-constitution-2026-article") for _, thing in initiatives(d))


def test_a_kazakh_proposal_reported_that_he_will_make():
    d = draft("Мәжіліс депутаты Ерлан Сапаров жаңа Конституцияда отбасы құндылықтарын бекітуді ұсынатынын айтты.\n")
    assert ("erlan-saparov", "draft-constitution-2026") in proposals(d)


# ---------------------------------------------------------------- proposal nouns, speaking in favour, first person

NOUNS = [
    "Yerlan Saparov's amendment to Article 9 was rejected.",
    "The suggestion by Yerlan Saparov to revise Article 9 was noted.",
    "Article 9 was changed following a proposal from Yerlan Saparov.",
    "Yerlan Saparov argued for amending Article 9 of the draft.",
    "Ерлан Сапаров выступил за исключение статьи 9 из проекта.",
    "Поправка депутата Ерлана Сапарова к статье 9 была принята.",
    "Мәжіліс депутаты Ерлан Сапаровтың ұсынысы жобаның 9-бабына қатысты.",
    "Мәжіліс депутаты Ерлан Сапаров жобаның 9-бабын өзгертуді жақтады.",
]


REQUESTS = [
    "Yerlan Saparov initiated amendments to Article 9 of the draft.",
    "Ерлан Сапаров поставил вопрос о закреплении в статье 9 проекта нормы о языке.",
    "Yerlan Saparov raised the question of amending Article 9 of the draft.",
    "Мәжіліс депутаты Ерлан Сапаров жобаның 9-бабын өзгерту мәселесін көтерді.",
    "Yerlan Saparov demanded that Article 9 of the draft be amended.",
]


MORE = [
    "Yerlan Saparov's proposals include amending Article 9 of the draft.",
    "Предложения депутата Ерлана Сапарова касаются статьи 9 проекта.",
    "Yerlan Saparov noted that it would be appropriate to include a reference to the state language in Article 9.",
    "Ерлан Сапаров отметил, что статью 9 стоит дополнить нормой о языке.",
    "Мәжіліс депутаты Ерлан Сапаров 9-бапқа тіл туралы норманы қосу туралы ұсынысын жеткізді.",
    "Ерлан Сапаров вынес на обсуждение предложение дополнить статью 9 проекта.",
    "Мәжіліс депутаты Ерлан Сапаров жобаның 9-бабына өзгеріс енгізген дұрыс болар деп санайды.",
]


@pytest.mark.parametrize("text", MORE)
def test_proposals_concerning_an_article_and_what_would_be_appropriate(text):
    assert any(who.endswith("saparov") and what == ART9_KK for who, what in proposals(draft(text + "\n")))


@pytest.mark.parametrize(
    "text",
    [
        "Жиынға қатысқан қоғамдық ұйым өкілдері жаңа Конституция жобасын талқылап, өз пікірлері мен ұсыныстарын айтты.",
        "Участники встречи обсудили проект новой Конституции и высказали свои мнения и предложения.",
        "Participants discussed the draft Constitution and shared their views and suggestions on its text.",
    ],
)
def test_opinions_and_proposals_shared_in_a_discussion_are_no_proposal(text):
    assert not facts(draft(text + "\n"), "proposal")


NAMED_WITH_AUTHOR = [
    "Мәжіліс депутаты Ерлан Сапаров ұсынған түзетулер жобаның 9-бабына қатысты.",
    "The amendment to Article 9 was tabled by Yerlan Saparov.",
    "Предложение по статье 9 было внесено депутатом Ерланом Сапаровым.",
    "Поправки к статье 9, предложенные депутатом Ерланом Сапаровым, обсуждаются.",
    "Amendments to Article 9 proposed by Yerlan Saparov are being discussed.",
    "Мәжіліс депутаты Ерлан Сапаров тарапынан жобаның 9-бабына өзгеріс енгізу ұсынылды.",
]


@pytest.mark.parametrize("text", NAMED_WITH_AUTHOR)
def test_changes_to_an_article_named_with_their_author(text):
    d = draft(text + "\n")
    assert any(who.endswith("saparov") and what == ART9_KK for who, what in proposals(d))
    assert not initiatives(d)  # changes to an article are no initiative of the reform


def test_the_draft_named_by_its_author_is_no_proposal_on_its_article_kk():
    d = draft("Мәжіліс депутаты Ерлан Сапаров Конституциялық комиссия ұсынған жобаның 9-бабын қолдайтынын айтты.\n")
    assert not any(who == "constitutional-reform-commission" for who, _ in proposals(d))


def test_a_decision_made_by_someone_is_no_proposal():
    assert not facts(draft("The decision was made by Yerlan Saparov after the meeting on Article 9.\n"), "proposal")


@pytest.mark.parametrize("text", REQUESTS)
def test_raising_the_question_of_a_change_or_initiating_one_to_an_article(text):
    d = draft(text + "\n")
    assert any(who.endswith("saparov") and what == ART9_KK for who, what in proposals(d))
    assert not initiatives(d)  # an initiative about an article is a proposal


@pytest.mark.parametrize("text", NOUNS)
def test_proposal_nouns_and_speaking_in_favour_of_a_change(text):
    assert any(who.endswith("saparov") and what == ART9_KK for who, what in proposals(draft(text + "\n")))


@pytest.mark.parametrize(
    "text",
    [
        "Ерлан Сапаров выступил за новую Конституцию.",
        "Yerlan Saparov spoke in favour of the new Constitution.",
        "Nearly 10,000 suggestions from citizens on the draft Constitution were reviewed.",
    ],
)
def test_in_favour_of_the_draft_or_a_count_of_suggestions_is_no_proposal(text):
    assert not facts(draft(text + "\n"), "proposal")


FIRST_PERSON = [
    "Ерлан Сапаров рассказал о работе комиссии.\n"
    "— На заседании комиссии я внес предложение дополнить статью 9 проекта нормой о языке, — сказал Ерлан Сапаров.",
    "Мәжіліс депутаты Ерлан Сапаров комиссия жұмысы туралы айтты.\n"
    "— Мен жобаның 9-бабына мемлекеттік тіл туралы норманы қосуды ұсындым, — деді Ерлан Сапаров.",
    "Мәжіліс депутаты Ерлан Сапаров комиссия жұмысы туралы айтты.\n"
    "— Мен жобаның 9-бабына мемлекеттік тіл туралы норманы қосуды ұсынып отырмын, — деді Ерлан Сапаров.",
]


@pytest.mark.parametrize("text", FIRST_PERSON)
def test_the_speaker_s_own_proposal_in_the_first_person(text):
    assert ("erlan-saparov", ART9_KK) in proposals(draft(text + "\n"))


def test_the_basic_law_names_the_constitution_for_a_proposal_without_an_article():
    d = draft("Ерлан Сапаров предложил утвердить вопрос экологии на уровне национальной ценности в Основном законе.\n")
    assert ("erlan-saparov", "draft-constitution-2026") in proposals(d)


ORDINAL_PARAGRAPHS = [
    "Yerlan Saparov proposed amending the second paragraph of Article 45 of the draft.",
    "Yerlan Saparov proposed amending Article 45, part 2, of the draft.",
    "Ерлан Сапаров предложил изменить второй пункт статьи 45 проекта.",
    "Ерлан Сапаров предложил изменить часть вторую статьи 45 проекта.",
    "Мәжіліс депутаты Ерлан Сапаров жобаның 45-бабының екінші тармағын өзгертуді ұсынды.",
]


@pytest.mark.parametrize("text", ORDINAL_PARAGRAPHS)
def test_a_paragraph_named_by_its_ordinal(text):
    assert any(what == "draft-constitution-2026-article-45-2" for _, what in proposals(draft(text + "\n")))


# ---------------------------------------------------------------- initiatives

INITIATIVES = [
    ("The Constitutional Commission was set up on the instructions of President Kassym-Jomart Tokayev.", "commission"),
    ("The constitutional reform spearheaded by President Kassym-Jomart Tokayev continues.", "reform"),
    ("President Kassym-Jomart Tokayev launched the constitutional reform in September.", "reform"),
    ("Конституционная комиссия создана с подачи Президента Касым-Жомарта Токаева.", "commission"),
    ("По указанию Президента Касым-Жомарта Токаева была создана Конституционная комиссия.", "commission"),
    ("Президент Касым-Жомарт Токаев дал старт конституционной реформе.", "reform"),
    ("Мемлекет басшысы Қасым-Жомарт Тоқаевтың тапсырмасымен Конституциялық комиссия құрылды.", "commission"),
    ("Мемлекет басшысы Қасым-Жомарт Тоқаев конституциялық реформаны қолға алды.", "reform"),
    ("President Kassym-Jomart Tokayev announced the creation of the Halyk Kenesi.", "halyk-kenesi"),
    ("President Kassym-Jomart Tokayev signed a decree establishing the Constitutional Commission.", "commission"),
    ("Президент Касым-Жомарт Токаев объявил о создании поста вице-президента.", "vice-president"),
    (
        "The constitutional reforms initiated by the President of the Republic of Kazakhstan, Kassym-Jomart Tokayev, "
        "are a response to public demand.",
        "reform",
    ),
    (
        "Основанием для реформы стала инициатива Главы государства Касым-Жомарта Токаева о создании однопалатного "
        "Парламента.",
        "kurultai",
    ),
    (
        "Выдвинутая Президентом Касым-Жомартом Токаевым инициатива о переходе к однопалатному парламенту обсуждается "
        "в обществе.",
        "kurultai",
    ),
]


def test_a_participle_of_proposing_after_the_main_clause_is_the_pronoun_s_initiative():
    d = draft(
        "President Kassym-Jomart Tokayev addressed the Kurultai.\n"
        "He said the missions of the People's Assembly had been completed, suggesting the establishment of the "
        "Halyk Kenesi.\n"
    )
    assert ("kassym-jomart-tokayev", "halyk-kenesi") in initiatives(d)
    d = draft(
        "Президент Касым-Жомарт Токаев выступил на Курултае.\n"
        "Он отметил, что политическая система нуждается в обновлении, предложив учредить пост вице-президента.\n"
    )
    assert ("kassym-jomart-tokayev", "vice-president") in initiatives(d)


@pytest.mark.parametrize(("text", "what"), INITIATIVES)
def test_wordings_of_initiating(text, what):
    thing = {"commission": "constitutional-reform-commission", "reform": "constitutional-reform-2025"}.get(what, what)
    got = initiatives(draft(text + "\n"))
    assert ("kassym-jomart-tokayev", thing) in got
    assert not any(who == "republic-of-kazakhstan" for who, _ in got)  # the post's body is not the initiator


# ---------------------------------------------------------------- guards: no proposal

NOT_PROPOSALS = [
    "Citizens were urged to take part in the referendum by Yerlan Saparov.",
    "Yerlan Saparov recommended that citizens read the draft Constitution carefully.",
    "Yerlan Saparov asked journalists about Article 9.",
    "Candidates are recommended by the Judicial Council and elected by the Senate.",
    "According to Yerlan Saparov, parties and associations submitted proposals over six months.",
    "Ерлан Сапаров призвал жителей области прийти на референдум.",
    "Ерлан Сапаров рекомендовал гражданам внимательно прочитать проект Конституции.",
    "Ерлан Сапаров поддержал предложение дополнить статью 9.",
    "В течение года граждане высказывали свои предложения по проекту.",
    "Мәжіліс депутаты Ерлан Сапаров тұрғындарды референдумға қатысуға шақырды.",
    "Мәжіліс депутаты Ерлан Сапаров 9-бапқа енгізілген өзгерістерді қолдады.",
    # "необходимость" (the need) is no modal "необходимо" (test10/ru-kazpravda-…-tashenev: the content began "сть …")
    "Ерлан Сапаров отметил, что сегодня возникает необходимость принятия новой Конституции.",
]


@pytest.mark.parametrize("text", NOT_PROPOSALS)
def test_no_proposal_where_none_is_made(text):
    assert not facts(draft(text + "\n"), "proposal")


def test_a_kazakh_opinion_of_a_post_alone_keeps_the_person_named_before():
    # "Депутаттың айтуынша" names a post, not a person: the deputy named in the sentence before proposes
    d = draft(
        "Мәжіліс депутаты Ерлан Сапаров Конституцияға экология саласына қатысты нормаларды енгізу туралы айтты.\n"
        "Депутаттың айтуынша, 31-бапқа азаматтардың табиғатты сақтау міндетін бекіту қажет.\n"
    )
    assert any(who == "erlan-saparov" and (what or "").endswith("-article-31") for who, what in proposals(d))


# ---------------------------------------------------------------- the new patterns stay linear on long input

_NEW_PATTERNS = [
    *PR._MORE_PROPOSAL.values(),
    *PR._REQUEST.values(),
    *PR._INVERTED.values(),
    *PR._PASSIVE_BY.values(),
    *PR._CHANGE_ACT.values(),
    *PR._OPINION_BEFORE.values(),
    *I._MORE_AFTER.values(),
    *I._REFORM_STARTED.values(),
    *I._BY_DECREE.values(),
    *I._INITIATIVE_ABOUT.values(),
    *I._INITIATIVE_PUT_FORWARD.values(),
    *PR._PARAGRAPH_BEFORE.values(),
    *PR._IN_FAVOUR.values(),
    *PR._PARTICIPLE_AUTHOR.values(),
    *PR._OPINIONS_AND.values(),
    PR._COUNTED,
    PR._KK_NOUN_AFTER,
]


@pytest.mark.parametrize(
    "filler", ["word ", "слово ", "сөз ", "по мнению ", "ұсыныс ", "С предложением ", "инициатива ", "initiative of "]
)
def test_the_new_patterns_read_a_long_sentence_without_a_match(filler):
    text = filler * 400  # a 2,000-character sentence of one word, the cap of kg.extract.reader
    for rx in _NEW_PATTERNS:
        assert rx.search(text) is None or isinstance(rx.search(text), re.Match)


def test_a_kazakh_body_in_the_dative_is_no_proposer(session):
    # test16/kk-kazinform-…-kurultai-name: "Парламентке" (to the Parliament) was read as the subject of "ұсынды"
    # because the tagger's form was compared with itself; the sentence is written for the test
    from kg.extract.mentions import find_mentions

    text = "Мемлекет басшысы Қасым-Жомарт Тоқаев жаңа Парламентке «Құрылтай» деген атау беруді ұсынды."
    parliament = [
        m for m in find_mentions(text, "kk", Session().linker, Session().gazetteer) if m.actor == "parliament"
    ]
    assert parliament and all(m.oblique for m in parliament)
    d = _drafting.draft(session, text)
    assert not facts(d, "proposal", proposer="parliament")
    assert facts(d, "proposal", proposer="kassym-jomart-tokayev")
