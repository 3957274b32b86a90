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
