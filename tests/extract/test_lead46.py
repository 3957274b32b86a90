"""The lead's changes of the forty-sixth session, from the errors of ``test56``, the part held out in the
forty-fifth session and tuning data since. Each is checked with the cases it leaves alone.
"""

from __future__ import annotations

from kg.extract.draft import Session

from . import _drafting


def test_a_post_whose_own_clause_runs_on_is_not_the_next_names(session: Session):
    # test56/kk-baq-2026-03-03-koshanov-atyrau: "Мәжіліс төрағасы жаңа Конституция … негізделгенін, ол Президент
    # Қасым-Жомарт Тоқаев …": the chairman of the Mazhilis is the clause's subject, named before; the President after
    # the comma holds no chair
    text = (
        "Мәжіліс төрағасы Ерлан Қошанов Атырау облысына барды. Мәжіліс төрағасы жаңа Конституция халықтың "
        "сұранысына негізделгенін, ол Президент Қасым-Жомарт Тоқаев жүргізіп отырған реформалардың жалғасы екенін "
        "атап өтті."
    )
    posts = _drafting.posts(_drafting.draft(session, text))
    assert ("kassym-jomart-tokayev", "chair", "mazhilis") not in posts
    assert ("kassym-jomart-tokayev", "head-of-state", "republic-of-kazakhstan") in posts
    # a chain of posts, each link after a comma, is still one holder's
    chain = "Мәжіліс депутаты, «AMANAT» партиясы фракциясының жетекшісі Ерлан Саиров жиында сөйледі."
    assert ("erlan-sairov", "deputy", "mazhilis") in _drafting.posts(_drafting.draft(session, chain, name="c"))
