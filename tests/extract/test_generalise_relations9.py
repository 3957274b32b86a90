"""Stances in real news (issue #13), ninth pass: classes that recur across the tuning parts.

Each test takes its sentences from a tuning part (``tests/data/extract_real/{dev,test2,...,test7}``) and pins one
general mechanism (what a text will do for the country, said by someone; a reference back to "these changes"; a
place after "in" is no other text), not one wording.
"""

from __future__ import annotations

from kg.extract.draft import Session

from . import _drafting
from ._drafting import facts


def draft(text, *, outlet="kazinform", date="2026-02-04"):
    return _drafting.draft(Session(), text, outlet=outlet, date=date)


def stances(d):
    return {(f.values["holder"], f.values["target"], f.values["polarity"]) for f in facts(d, "stance")}


def test_a_foreign_leader_saying_what_the_reform_will_do_supports_it_ru():
    # test7/ru-informburo-2026-03-17-foreign-leaders: "конституционные преобразования … будут способствовать …"
    d = draft(
        "Президент России Владимир Путин отметил, что конституционные преобразования в Казахстане будут "
        "способствовать дальнейшему наращиванию отношений союзничества между нашими странами.\n",
        outlet="informburo",
        date="2026-03-17",
    )
    assert stances(d) == {("vladimir-putin", "constitutional-reform-2025", "support")}


def test_what_the_adopted_updates_would_serve_as_is_support_en():
    # test7/en-gulfobserver-2026-03-16-mirziyoyev: "the adopted constitutional updates would serve as a reliable legal
    # foundation and provide additional momentum"
    d = draft(
        "President Shavkat Mirziyoyev held a phone call with Kassym-Jomart Tokayev on the referendum on the new "
        "Constitution.\n"
        "Mirziyoyev noted that the adopted constitutional updates would serve as a reliable legal foundation and "
        "provide additional momentum for the country’s sustainable development.\n",
        outlet="gulf-observer",
        date="2026-03-16",
    )
    assert ("shavkat-mirziyoyev", "draft-constitution-2026", "support") in stances(d)


def test_novels_that_strengthen_are_praise_of_the_draft_by_who_says_it():
    # test7/ru-kazinform-2026-02-01-sadykova-good-governance: "конституционные новеллы институционально укрепляют"
    d = draft(
        "По словам политолога Куралай Садыковой, конституционные новеллы институционально укрепляют элементы "
        "Good Governance.\n",
        date="2026-02-01",
    )
    assert {(h, p) for h, _, p in stances(d)} == {("kuralay-sadykova", "support")}


def test_the_new_text_refers_back_to_the_draft_ru():
    # test7/ru-baq-2026-02-05-karin-citizens-support: "новый текст – это важный шаг вперед", said by Karin
    d = draft(
        "Государственный советник Ерлан Карин прокомментировал проект новой Конституции.\n"
        "– Мы можем смело сказать, что новый текст – это важный шаг вперед. Подготовка шла несколько месяцев, — "
        "отметил Ерлан Карин.\n",
        outlet="baq",
        date="2026-02-05",
    )
    assert ("erlan-karin", "draft-constitution-2026", "support") in stances(d)


def test_these_changes_in_a_country_refer_back_to_the_reform_named_before():
    # test7/en-openkg-2026-02-18-japarov-supports: "Japarov expressed support for these changes in the neighboring
    # country": "in the neighboring country" is where the changes are, not another text they amend
    d = draft(
        "On February 17, a phone conversation took place between the President of Kyrgyzstan Sadyr Japarov and the "
        "head of Kazakhstan Kassym-Jomart Tokayev. President Tokayev shared information about the constitutional "
        "reform in Kazakhstan. Japarov expressed support for these changes in the neighboring country.\n",
        outlet="openkg",
        date="2026-02-18",
    )
    assert ("sadyr-japarov", "constitutional-reform-2025", "support") in stances(d)


def test_guards_an_effect_with_no_judge_and_changes_to_another_text_stay_none():
    # an effect stated by the outlet judges nothing; "these changes to the tax code" are another text; "public
    # support for these changes" is the public's, supposed (test4/en-astanatimes-2026-01-20-political-architecture)
    d = draft(
        "The Mazhilis discussed the draft of the new Constitution.\n"
        "The adopted constitutional updates will strengthen the role of parliament.\n"
        "Deputy Aidos Sarym supported these changes to the tax code.\n"
        "Tokayev emphasized that public support for these changes would lead to a renewal of the political system.\n",
        date="2026-02-04",
    )
    assert not facts(d, "stance")


def test_a_post_alone_at_the_head_judges_as_the_person_drafted_with_it_ru():
    # test5/ru-kazinform-2026-02-02-mangistau-aktiv: "аким области отметил важность … конституционных реформ": the
    # akim named before; the evaluation names its object, the reform (not the new model named after it)
    d = draft(
        "Под председательством акима Мангистауской области Нурдаулета Килыбая состоялась встреча с активом, "
        "посвящённая обсуждению проекта новой Конституции Республики Казахстан.\n\n"
        "В ходе встречи аким области отметил важность проводимых в стране конституционных реформ и подчеркнул, что "
        "новая конституционная модель основывается на принципах демократического развития.\n",
        date="2026-02-02",
    )
    assert stances(d) == {("nurdaulet-kilybay", "constitutional-reform-2025", "support")}


def test_a_post_alone_at_the_head_judges_as_the_person_drafted_with_it_en_and_kk():
    # test6/en-kt-2026-02-24-north-macedonia-minister: "Minister expressed hope that these changes will create a solid
    # legal foundation"; test6/kk-kazinform-2026-02-02-wko-aktiv: "Аймақ басшысы … тарихи қадам екенін … атап өтті"
    d = draft(
        "Ambassador of Kazakhstan to North Macedonia Satybaldy Burshakov met with the Minister of Foreign Affairs and "
        "Foreign Trade of North Macedonia Timcho Mucunski.\n"
        "Ambassador briefed him on the key objectives of the constitutional reforms.\n"
        "Minister expressed hope that these changes will create a solid legal foundation for building a just state.\n",
        outlet="kazakh-tv",
        date="2026-02-24",
    )
    assert ("timcho-mucunski", "constitutional-reform-2025", "support") in stances(d)
    d = draft(
        "ОРАЛ. KAZINFORM – Батыс Қазақстан облысының әкімі Нариман Төреғалиевтің төрағалығымен жаңа Конституция "
        "жобасын талқылау жөніндегі алқа отырысы өтті.\n"
        "Аймақ басшысы жаңа Конституцияны қабылдау «Әділетті Қазақстан» қағидаттарын орнықтыру жолындағы маңызды әрі "
        "тарихи қадам екенін ерекше атап өтті.\n",
        date="2026-02-02",
    )
    judged = {(t, p) for h, t, p in stances(d) if "galiyev" in h}
    assert judged == {("draft-constitution-2026", "support")}


def test_a_post_names_no_one_when_two_hold_it():
    # two ministers drafted before: "Minister expressed hope" is neither
    d = draft(
        "Minister of Foreign Affairs of Kazakhstan Yermek Kosherbayev met with the Minister of Foreign Affairs of "
        "North Macedonia Timcho Mucunski.\n"
        "They discussed the constitutional reforms.\n"
        "Minister expressed hope that these changes will create a solid legal foundation.\n",
        outlet="kazakh-tv",
    )
    assert not facts(d, "stance")


def test_changes_in_a_field_are_the_texts_changes():
    # test7/ru-otyrar-2026-03-11-omashev-shymkent: "«Изменения в сфере образования нас радуют»": a field, no other text
    d = draft(
        "В Шымкенте обсудили проект новой Конституции.\n\n"
        "Толыбай Омашев, председатель общественного объединения биев «ӘЗ АНА»: «Изменения в сфере образования нас "
        "радуют. Как вы знаете, в этой отрасли хватает недоработок.»\n",
        outlet="otyrar",
        date="2026-03-11",
    )
    assert ("tolybay-omashev", "draft-constitution-2026", "support") in stances(d)


def test_a_decree_on_creating_a_commission_is_the_signers_initiative_of_that_commission_only():
    # test7/ru-energycity-2026-01-21-commission-decree: "подписал указ о создании Комиссии": "создании" is a noun, not a
    # passive; test4/ru-baq-2026-02-02-zhakau-innovations: "результаты работы Конституционной комиссии …, включающий
    # создание нового парламента" creates no commission
    d = draft(
        "Президент Казахстана Касым-Жомарт Токаев подписал указ о создании Комиссии по Конституционной реформе, "
        "сообщает Акорда.\n",
        outlet="energycity",
        date="2026-01-21",
    )
    assert {(f.values["initiator"], f.values["initiated"]) for f in facts(d, "initiative")} == {
        ("kassym-jomart-tokayev", "constitutional-reform-commission")
    }
    d = draft(
        "Проректор университета Максат Жакау назвал основные новшества в проекте новой Конституции.\n"
        "По его словам, результаты работы Конституционной комиссии показали тщательно проработанный проект Основного "
        "закона, включающий создание нового парламента – Курултая.\n",
        outlet="baq",
        date="2026-02-02",
    )
    assert not [f for f in facts(d, "initiative") if f.values["initiator"] == "maksat-zhakau"]


def test_a_passive_proposal_has_no_proposer_in_its_subject_en():
    # test7/en-qazinform-2026-01-27-shatalov-khalyk-kenesi: "The Khalyk Kenesi is proposed to consist of 126 members":
    # the body is what is proposed, not who proposes
    d = draft(
        "Member of the Constitutional Commission Nikita Shatalov spoke about the Khalyk Kenesi.\n"
        "The Khalyk Kenesi is proposed to consist of 126 members based on equal quotas across three blocks.\n",
        date="2026-01-27",
    )
    assert not [f for f in facts(d, "proposal") if f.values["proposer"] == "halyk-kenesi"]


def test_presenting_an_analysis_is_no_proposal_kk():
    # test7/kk-kazinform-2026-02-06-ergeshbaeva-kyrgyz-lawyer: "… Конституциясы жобасына қатысты талдауын ұсынды"
    # (presented her analysis); "… құруды ұсынды" (proposed to create) stays a proposal
    d = draft(
        "АСТАНА. KAZINFORM — Қырғызстандық заңгер Таттуубубу Эргешбаева Қазақстанның жаңа Конституциясы жобасына "
        "қатысты талдауын ұсынды.\n",
        date="2026-02-06",
    )
    assert not facts(d, "proposal")
    d = draft("Мемлекет басшысы Қасым-Жомарт Тоқаев бір палаталы парламент құруды ұсынды.\n", date="2026-02-06")
    assert {f.values["proposer"] for f in facts(d, "proposal")} == {"kassym-jomart-tokayev"}


def test_a_meeting_held_in_support_of_the_draft_is_its_holders_stance_kk():
    # test6/kk-aqtobegazeti-2026-02-11-assembly-youth: "жаңа Конституция жобасын қолдауға арналған «Ассамблея жастары»
    # РҚБ отырысы өтті": the association whose session it is supports the draft (no subject of "қолдау" does)
    d = draft(
        "Астанада жаңа Конституция жобасын қолдауға арналған «Ассамблея жастары» РҚБ отырысы өтті\n",
        outlet="aqtobe-gazeti",
        date="2026-02-11",
    )
    assert {(t, p) for _, t, p in stances(d)} == {("draft-constitution-2026", "support")}
    assert len(facts(d, "stance")) == 1
