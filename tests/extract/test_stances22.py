"""The twenty-second session's stance readings (kg/extract/rules/stances.py, ``_READINGS22``): from the census of the
twenty-three tuning parts, each pinned with its text from a tuning part (or a sentence modelled on one), with the
reading off for contrast, and the near misses its guard refuses.
"""

from __future__ import annotations

from kg.extract.draft import Session

from ._drafting import draft
from ._drafting import stance_readings_without as _without
from ._drafting import stances as _any_stance


def test_the_readings_are_on_by_default():
    import kg.extract.rules.stances as stances

    assert set(stances._READINGS22) <= stances.READINGS


# ------------------------------------------------------------------ concern and proposed: "expressed concern that"

HRW = (
    "Human Rights Watch ‘Concerned’ About Kazakhstan’s Draft Constitution\n\n"
    "Human Rights Watch have expressed concern that proposed amendments to Kazakhstan’s Constitution would severely "
    "weaken checks on executive power and fundamental human rights protections in the country, according to a "
    "statement published by the international watchdog group on February 16."
)
HRW_OPPOSES = ("human-rights-watch", "draft-constitution-2026", "oppose")


def test_a_concern_that_the_amendments_would_weaken_is_opposition(session):
    """test23, en-ru24pro-2026-02-17-hrw-concerned: "have expressed concern that proposed amendments to Kazakhstan's
    Constitution would severely weaken …": HRW opposes the draft the headline names."""
    assert HRW_OPPOSES in _any_stance(draft(session, HRW, date="2026-02-17"))


def test_without_concern_no_stance():
    """A fresh session: a session that drafted the article before reads its evaluation otherwise."""
    with _without("concern"):
        assert HRW_OPPOSES not in _any_stance(draft(Session(), HRW, date="2026-02-17"))


def test_without_proposed_the_amendments_reach_no_target():
    """ "proposed amendments" with no article before them: the text under discussion only with ``proposed``."""
    with _without("proposed"):
        assert HRW_OPPOSES not in _any_stance(draft(Session(), HRW, date="2026-02-17"))


def test_a_kazakh_worry_after_deb_is_opposition(session):
    """Modelled on test12, kk-azattyq-2026-02-05-journalists-article-23 ("… қысымды арттырады деп алаңдайды")."""
    text = "Заңгер Айгүл Сәрсенова жаңа Конституция жобасы сөз бостандығын шектеуге жол ашады деп алаңдайды."
    assert ("aygul-sarsenova", "draft-constitution-2026", "oppose") in _any_stance(draft(session, text))
    with _without("concern"):
        assert not any(p == "oppose" for _, _, p in _any_stance(draft(session, text, name="t2")))


def test_concerns_rejected_are_no_stance(session):
    """test3, en-newsdirectory3-2026-02-16-hrw-rights-concerns: "rejecting concerns that the revised constitution
    would violate …" states no concern: only a verb of stating it is read."""
    text = (
        "Kazakhstan’s Draft Constitution published\n\n"
        "Authorities have framed the proposed amendments as necessary, rejecting concerns that proposed amendments to "
        "the Constitution would violate international human rights law."
    )
    assert not any(p == "oppose" for _, _, p in _any_stance(draft(session, text)))


def test_proposed_amendments_to_another_text_are_no_target(session):
    """ "proposed amendments to the Tax Code" are another text's (_OTHER_OBJECT): no stance on the draft."""
    text = (
        "Human Rights Watch ‘Concerned’ About Kazakhstan’s Draft Constitution\n\n"
        "Human Rights Watch have expressed concern that proposed amendments to the Tax Code would severely weaken "
        "protections for small business."
    )
    assert HRW_OPPOSES not in _any_stance(draft(session, text))


# ------------------------------------------------------------------ significance: "тарихи маңызына тоқталды"

SHAKSHAKOV = (
    "Жиынды «Қоғамдық келісім» мекемесінің басшысы Қуаныш Шақшақов ашып, конституциялық реформаның тарихи "
    "маңызына кеңінен тоқталды."
)


def test_a_historic_significance_dwelt_on_is_no_stance(session):
    """test21, kk-arkaazhary-2026-02-18-unity-in-diversity: the reform's historic significance is the topic the
    opener dwelt on; the gold holds no stance from it (and the census found none for "тарихи маңызын атап өтті" in
    any part)."""
    assert not _any_stance(draft(session, SHAKSHAKOV))


def test_without_significance_it_was_support(session):
    with _without("significance"):
        assert ("kuanysh-shakshakov", "constitutional-reform-2025", "support") in _any_stance(
            draft(session, SHAKSHAKOV, name="t2")
        )


def test_a_historic_step_is_still_support(session):
    """test6, kk-kazinform-2026-02-02-wko-aktiv: "маңызды әрі тарихи қадам екенін ерекше атап өтті" is a judgment."""
    text = (
        "Батыс Қазақстан облысының әкімі Нариман Төреғалиев жаңа Конституцияны қабылдау «Әділетті Қазақстан» "
        "қағидаттарын орнықтыру жолындағы маңызды әрі тарихи қадам екенін ерекше атап өтті."
    )
    assert ("nariman-toregaliyev", "draft-constitution-2026", "support") in _any_stance(draft(session, text))


def test_the_russian_historic_significance_is_still_support(session):
    """The gold holds the Russian "подчеркнул важность реформы … историческое значение" as support (test19's
    Nalibayev): the reading is Kazakh only."""
    text = (
        "Аким Кызылординской области Нурлыбек Налибаев подчеркнул важность конституционной реформы и ее историческое "
        "значение для будущего страны."
    )
    assert ("nurlybek-nalibayev", "constitutional-reform-2025", "support") in _any_stance(draft(session, text))


# ------------------------------------------------------------------ earlier-vote: "the 2022 referendum, during which"

QALAMPIR = (
    "Tokayev noted that following the 2022 referendum, during which citizens supported constitutional amendments, 33 "
    "articles of the Constitution were changed."
)


def test_support_in_the_2022_referendum_is_no_stance_on_this_reform(session):
    """test17, en-qalampir-2026-01-20-more-changes: the citizens' support in 2022 was for that year's amendments."""
    assert not _any_stance(draft(session, QALAMPIR, date="2026-01-20"))


def test_without_earlier_vote_it_was_this_reforms(session):
    with _without("earlier-vote"):
        assert any(h == "citizens" for h, _, _ in _any_stance(draft(session, QALAMPIR, date="2026-01-20", name="t2")))


def test_an_earlier_vote_in_russian_and_kazakh(session):
    """The Russian and Kazakh wordings, modelled on the English: "на референдуме … 2022 года граждане поддержали"."""
    for k, text in enumerate(
        (
            "Глава государства напомнил, что на референдуме 5 июня 2022 года граждане поддержали конституционные "
            "поправки.",
            "Президент 2022 жылғы референдумда азаматтар конституциялық түзетулерді қолдағанын еске салды.",
        )
    ):
        assert not _any_stance(draft(session, text, name=f"e{k}"))


def test_the_draft_named_after_an_earlier_vote_is_still_supported(session):
    """The guard needs the amendments referred back to: a sentence naming the draft keeps its stance."""
    text = "Глава государства напомнил о референдуме 2022 года и отметил, что граждане поддерживают проект новой Конституции."
    assert ("citizens", "draft-constitution-2026", "support") in _any_stance(draft(session, text))
