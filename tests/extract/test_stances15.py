"""Fifteenth pass on stances (kg/extract/rules/stances.py, ``READINGS``): the stances the census of the tuning parts
found missed (benchmarks/results/stances_census.txt), each pinned with its sentence from a tuning part, and the cases
the readings must leave alone.
"""

from __future__ import annotations

import pytest

from ._drafting import draft, facts


def _stances(d) -> set[tuple[str, str, str]]:
    """The drafted stances as (holder, target, polarity)."""
    return {(f.values["holder"], f.values["target"], f.values["polarity"]) for f in facts(d, "stance")}


def _held_by(d, holder: str) -> set[tuple[str, str]]:
    """(target, polarity) of the stances whose holder's id holds ``holder`` (a surname: the session may have drafted
    the person under another spelling of the first name)."""
    return {(t, p) for h, t, p in _stances(d) if holder in h}


# ------------------------------------------------------------------ aimed: a text aimed at strengthening, as praise


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        # test17, ru-kazpravda-2026-02-21-kyzylorda-entrepreneurs: a faction head's praise of the draft
        (
            "Выступая перед коллегами, руководитель фракции партии в областном маслихате предприниматель Кайрат "
            "Боранбаев отметил, что изменения, заложенные в проекте новой Конституции, направлены на модернизацию "
            "системы государственного управления, усиление баланса между ветвями власти.",
            "boranbayev",
        ),
        # test17, kk-zakon-2026-02-12-wko-business: a deputy akim's praise of the draft
        (
            "Облыс әкімінің орынбасары Қайыржан Меңдіғалиев жаңа Конституция жобасы мемлекет пен бизнес арасындағы "
            "сенімді күшейтіп, ұзақмерзімді әріптестікке негіз болатын орта қалыптастыруға бағытталғанын айтты.",
            "galiyev",
        ),
        # test10, en-vku-2026-02-20-rector-tolegen: "is focused on a fundamental renewal"
        (
            "According to the Rector of the University, Mukhtar Tolegen, the draft Constitution is not limited to "
            "isolated or cosmetic amendments but is focused on a fundamental renewal of the country's entire legal "
            "architecture.",
            "tolegen",
        ),
    ],
)
def test_a_text_aimed_at_strengthening_is_praised_by_who_says_so(session, text, holder):
    assert ("draft-constitution-2026", "support") in _held_by(draft(session, text), holder)


def test_a_participle_aimed_at_describes_and_is_no_praise(session):
    """test10, ru-kt-2026-03-10-jordan-briefing: "преобразованиях, направленных на …" qualifies the noun (a
    description of the reform the ambassador gave); the gold sheet has no stance, and none is drafted."""
    d = draft(
        session,
        "Посол Казахстана в Иордании Талгат Шалданбай рассказал о проводимых в стране конституционных "
        "преобразованиях, направленных на повышение эффективности государственного управления и его прозрачности.",
    )
    assert _held_by(d, "shaldanba") == set()


def test_a_kazakh_participle_aimed_at_before_its_noun_is_no_praise(session):
    """test10, kk-qaz365-2026-03-10-zhaidarman: "нығайтуға … бағытталған конституциялық өзгерістердің маңызын" is a
    participle before its noun: the aimed reading adds nothing to what the sentence gave before."""
    import kg.extract.rules.stances as stances

    text = (
        "Кубокқа қатысушылар мемлекеттілікті нығайтуға және азаматтық қоғамның рөлін арттыруға бағытталған "
        "конституциялық өзгерістердің маңызын атап өтті."
    )
    with_aimed = _stances(draft(session, text))
    saved = stances.READINGS
    stances.READINGS = saved - {"aimed"}
    try:
        without = _stances(draft(session, text, name="t2"))
    finally:
        stances.READINGS = saved
    assert with_aimed == without


# ------------------------------------------------------------------ and-verb: back to the main clause's subject


def test_a_verb_coordinated_after_a_that_clause_keeps_the_main_subject(session):
    """test12, ru-kazinform-2026-02-17-kostanay-lecture: "X отметил, что …, и выразил поддержку": X's support."""
    d = draft(
        session,
        "Алибек Табулденов отметил, что в новой редакции Конституции усиливается человекоориентированный характер "
        "государства, и выразил поддержку предлагаемым изменениям.",
    )
    assert ("draft-constitution-2026", "support") in _held_by(d, "tabuldenov")


def test_a_that_clause_with_its_own_subject_still_holds_the_stance(session):
    """The guard the and-verb reading must not lift: "X said that critics oppose the draft" is the critics'."""
    d = draft(session, "Erlan Karin said that critics oppose the draft of the new Constitution.")
    assert _held_by(d, "karin") == set()


# ------------------------------------------------------------------ post: a post alone as the subject of a cue


def test_a_post_with_an_adverb_before_the_verb_names_its_holder(session):
    """test11, ru-mgorod-2026-02-02-zko-collegium: "Глава региона особо подчеркнул, что …" (the akim named before)."""
    d = draft(
        session,
        "Аким Западно-Казахстанской области Нариман Турегалиев провёл заседание коллегии. Глава региона особо "
        "подчеркнул, что принятие новой Конституции является важным и историческим шагом на пути установления "
        "принципов «Справедливого Казахстана».",
    )
    assert ("draft-constitution-2026", "support") in _held_by(d, "turegali")


# ------------------------------------------------------------------ praise: more words of praise


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        # test9, kk-zakon-2026-03-02-almaty-intelligentsia: "маңызды жаңалық ретінде атап өтті"
        (
            "Қазақстанның еңбек сіңірген қайраткері Азамат Сатыбалды жаңа Конституцияны мемлекеттің ұзақ мерзімді "
            "даму бағытын айқындайтын негізгі құжат ретінде бағалап, оның алғаш рет мемлекеттік тілде жазылғанын "
            "маңызды жаңалық ретінде атап өтті.",
            "satybald",
        ),
    ],
)
def test_an_important_novelty_is_praise(session, text, holder):
    assert ("draft-constitution-2026", "support") in _held_by(draft(session, text), holder)


def test_the_culture_a_text_reflects_is_praise(session):
    """test16, ru-kazpravda-2026-02-20-kostanay-coalition: "в новой Конституции отражен культурный код …"."""
    d = draft(
        session,
        "Депутат Мажилиса, член Общенациональной коалиции Екатерина Смышляева отметила, что в новой Конституции "
        "отражен культурный код тысячелетней истории Великой степи.",
    )
    assert ("draft-constitution-2026", "support") in _held_by(d, "smyshly")


def test_speaking_with_support_is_support(session):
    """test12, ru-baq-2026-02-04-isa-great-steppe: "выступил с поддержкой проекта" (the instrumental)."""
    d = draft(
        session,
        "На заседании Мажилиса депутат Казыбек Иса выступил с поддержкой проекта новой Конституции, подчеркнув её "
        "историческое и культурное значение для Казахстана.",
    )
    assert ("draft-constitution-2026", "support") in _held_by(d, "isa")


def test_with_the_support_of_a_body_is_no_stance_of_it(session):
    """ "с поддержкой акимата" is with its help: the cue reading needs a verb of speaking before it."""
    d = draft(session, "Форум о проекте новой Конституции прошёл в Алматы с поддержкой акимата города.")
    assert _stances(d) == set()


# ------------------------------------------------------------------ plural and time: a group's support


def test_a_russian_plural_in_ane_is_the_subject(session):
    """test15, ru-aa-2026-03-16-tokayev-historic-choice: "Граждане" is nominative, though it ends as an oblique case."""
    d = draft(session, "Граждане Казахстана приняли участие в референдуме и поддержали конституционную реформу.")
    assert ("citizens", "constitutional-reform-2025", "support") in _stances(d)


def test_the_amendments_in_a_month_are_the_text_under_discussion(session):
    """test17, en-devdiscourse-2026-07-01-kurultai-election: "amendments in March" is a time, not another text."""
    d = draft(
        session,
        "The citizens recently backed sweeping constitutional amendments in March, transitioning Parliament to a "
        "single-chamber body named the Kurultai, a tribute to Kazakhstan's historical roots.",
    )
    assert ("citizens", "draft-constitution-2026", "support") in _stances(d)
