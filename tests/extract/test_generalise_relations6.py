"""Claims and stances in real news (issue #13), sixth pass: who "he" is, and a purpose that judges nothing.

Each test takes its sentences from a tuning part (``tests/data/extract_real/{dev,test2,test3,test4,test5}``)
and pins one general mechanism, not one wording.
"""

from __future__ import annotations

import pytest

from kg.extract.draft import Session

from . import _drafting
from ._drafting import facts


def draft(text, *, outlet="kazinform", date="2026-02-04"):
    return _drafting.draft(Session(), text, outlet=outlet, date=date)


# test5/en-qazinform-2026-01-28-ponomaryov-khalyk-kenesi: a channel after "he said on" read as a person's name
_PONOMARYOV = (
    "Majilis deputy Sergey Ponomaryov, who is also a member of the Constitutional Reform Commission, unveiled the "
    "structure of the future Khalyk Kenesi (People’s Council), Qazinform News Agency reports.\n"
    "“Khalyk Kenesi is set to become a fundamentally new consultative structure. Unlike the Assembly, which had a "
    "public status, it will become a full-fledged state institution with its own financing, buildings and staff "
    "structure,” he said on Jibek Joly TV.\n"
    "In his words, the Khalyk Kenesi will consist of 126 people - 42 representatives of ethnocultural associations, "
    "42 - from regional maslikhats, 42 - from the Ulttyq Qurultay, as well as public activists, journalists, "
    "political scientists, and NGOs.\n"
)


def test_he_who_closes_a_quotation_is_its_speaker_not_a_name_after_the_verb():
    # "“…,” he said on Jibek Joly TV": "he" is Ponomaryov, and "In his words" goes on with him
    d = draft(_PONOMARYOV, date="2026-01-28")
    claims = facts(d, "claim", quantity=126)
    assert claims and {f.values["claimant"] for f in claims} == {"sergey-ponomaryov"}


def test_a_pronoun_lead_is_the_speaker_just_before():
    # test2/en-parlaminst-2025-12-29-third-meeting: "him" is Karin who spoke, not the Head of State he named
    d = draft(
        "Yerlan Karin emphasized that the parliamentary reform initiated by the Head of State is a logical "
        "continuation of the political modernization. According to him, more than 400 initiatives have been "
        "registered.",
        outlet="parlaminst-site",
        date="2025-12-29",
    )
    assert facts(d, "claim", quantity=400, claimant="erlan-karin")


def test_a_purpose_stated_is_no_stance():
    # test2/en-parlaminst-2025-12-29-third-meeting: what the reform is meant to do is no one's judgment of it
    d = draft(
        "Yerlan Karin emphasized that the parliamentary reform is a continuation of the political modernization. "
        "According to him, the main goal of the reform is to enhance the efficiency and quality of the legislative "
        "process.",
        outlet="parlaminst-site",
        date="2025-12-29",
    )
    assert not facts(d, "stance")
    # the same words as a judgment are a stance
    d = draft(
        "Yerlan Karin emphasized that the parliamentary reform is a continuation of the political modernization. "
        "According to him, the reform will enhance the efficiency and quality of the legislative process.",
        outlet="parlaminst-site",
        date="2025-12-29",
    )
    assert facts(d, "stance", holder="erlan-karin", polarity="support")


# ---------------------------------------------------------------- a Kazakh modal proposal on an article

# test5/kk-baq-2026-01-26-egizbayev-articles-31-61: "the deputy" for the person named before, the article and the act
# a clause before the modal, and no draft named anywhere in the text
_EGIZBAYEV = (
    "Мәжіліс депутаты Серік Егізбаев Конституцияға экология саласына қатысты бірқатар маңызды нормаларды енгізу "
    "қажеттігін айтты, деп хабарлайды BAQ.KZ тілшісі.\n"
    "Депутаттың айтуынша, 31-бапқа азаматтардың табиғатты сақтау міндетін бекітіп, мемлекеттің қоршаған ортаны "
    "қорғау мақсатын нақты айқындау қажет.\n"
)


def test_a_kazakh_modal_proposes_the_article_named_before_it_of_the_constitution_in_force():
    d = draft(_EGIZBAYEV, outlet="baq-kz", date="2026-01-26")
    assert facts(d, "proposal", proposer="serik-egizbayev", targets="constitution-1995-article-31")


def test_an_article_is_the_drafts_when_the_text_names_a_draft():
    # test2/ru-kazinform-2026-02-09-abenov-articles, dev/en-enbekshiqazaq: a text that names the draft means its articles
    d = draft(_EGIZBAYEV + "Жаңа Конституция жобасы талқылануда.\n", outlet="baq-kz", date="2026-01-26")
    assert facts(d, "proposal", proposer="serik-egizbayev", targets="draft-constitution-2026-article-31")


# ---------------------------------------------------------------- stances: a plural of parties is the group


def test_kazakh_parties_in_the_plural_are_the_parties_as_a_group():
    # test5/kk-kazinform-2026-01-21-faction-leaders: "партиялар" alone, as English "parties" alone
    d = draft("Парламенттегі партиялар бір палаталы жүйеге көшу мәселесін қолдау білдірді", date="2026-01-21")
    assert facts(d, "stance", holder="political-parties", target="kurultai", polarity="support")
    # the parties a list of names ends with are those parties, not the group
    d = draft("«Аманат» және «Ақ жол» партиялары жаңа Конституция жобасын қолдау білдірді")
    assert not facts(d, "stance", holder="political-parties")


# ---------------------------------------------------------------- proposals: a proposal named is not one made


def test_a_participle_with_its_agent_makes_no_proposal_of_the_speaker():
    # test5/en-silkway-2026-02-28-coalition-shymkent: the reform "proposed by the Head of State" is named, not proposed
    d = draft(
        "«The constitutional reform proposed by the Head of State is not only a requirement of the times, but also a "
        "strategic necessity,» said Ardak Montayev, Head of the Political Science Department.",
        outlet="silkway",
        date="2026-02-28",
    )
    assert not [f for f in facts(d, "proposal") if f.values.get("proposer") != "kassym-jomart-tokayev"]
    # the verb itself still makes a proposal
    d = draft("Senator Olga Bulavkina proposed to amend Article 45(2) of the draft Constitution.")
    assert facts(d, "proposal", proposer="olga-bulavkina")


# ---------------------------------------------------------------- stances: the draft's importance stated


def test_strategic_importance_of_the_draft_is_support_ru():
    # dev/ru-baq-2026-02-04-tolykbai-mazhilis: as "стратегический документ", "стратегиялық құжат" already
    d = draft(
        "На заседании Мажилиса депутат Максат Толыкбай выступил с разъяснением ключевых положений проекта новой "
        "Конституции Казахстана, отметив его масштабность и стратегическую важность, передает BAQ.KZ.",
        outlet="baq-kz",
    )
    assert facts(d, "stance", holder="maksat-tolykbay", target="draft-constitution-2026", polarity="support")


def test_a_strategic_necessity_is_support_en():
    # test5/en-silkway-2026-02-28-coalition-shymkent: as "historic necessity"
    d = draft(
        "«The constitutional reform proposed by the Head of State is not only a requirement of the times, but also a "
        "strategic necessity,» said Ardak Montayev, Head of the Political Science Department.",
        outlet="silkway",
        date="2026-02-28",
    )
    assert facts(d, "stance", holder="ardak-montayev", target="constitutional-reform-2025", polarity="support")
    # the importance of something else is no stance on the draft
    d = draft(
        "President Kassym-Jomart Tokayev emphasized the importance of continuing the Constitutional Commission’s work "
        "in an open format."
    )
    assert not facts(d, "stance")


@pytest.mark.parametrize(
    ("text", "met"),
    [
        ("Комиссия Президентке жаңа Конституция жобасын ұсынды.", True),
        ("Депутаттар Мемлекет басшысына реформа барысын баяндады.", True),
        ("«Аманат» партиясы Президентке хат арқылы жаңа заң жобасын ұсынды.", False),
        ("Азаматтар Президентке үндеу жолдап, өз пікірін ұсынды.", False),
    ],
)
def test_a_letter_to_the_head_of_state_is_no_meeting(text, met):
    """A written submission ("хат арқылы", "үндеу жолдап") is not a reception by the Head of State."""
    from kg.extract.rules.events import _RECEPTION

    assert bool(_RECEPTION["kk"].search(text)) is met
