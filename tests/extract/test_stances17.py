"""Seventeenth pass on stances (kg/extract/rules/stances.py, ``_READINGS17``): the stances the census of the tuning
parts found missed (benchmarks/results/stances_census17_before.txt), each pinned with its text from a tuning part,
and the cases the readings must leave alone.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from ._drafting import draft, facts


def _stances(d) -> set[tuple[str, str, str]]:
    """The drafted stances as (holder, target, polarity)."""
    return {(f.values["holder"], f.values["target"], f.values["polarity"]) for f in facts(d, "stance")}


def _held_by(d, holder: str) -> set[tuple[str, str]]:
    """(target, polarity) of the stances whose holder's id holds ``holder``."""
    return {(t, p) for h, t, p in _stances(d) if holder in h}


@contextmanager
def _reading(reading: str, on: bool) -> Iterator[None]:
    """The extractor with one of the readings on or off."""
    import kg.extract.rules.stances as stances

    saved = stances.READINGS
    stances.READINGS = saved | {reading} if on else saved - {reading}
    try:
        yield
    finally:
        stances.READINGS = saved


DRAFT = ("draft-constitution-2026", "support")


# ------------------------------------------------------------------ anaphor-break: "Депутаттар" on the next line


PLANT = (
    "Зауыт еңбеккерлерімен кездесті\n"
    "Облыстық мәслихат депутаттары Нұрлан Махамбетов пен Серік Әліпов және қалалық мәслихаттың төрағасы Анар "
    "Даржанова жаңа Конституция жобасының негізгі ережелерін түсіндіру мақсатында «Қазақстан мұнай жабдықтары "
    "зауыты» ЖШС-ның еңбеккерлерімен кездесті.\n"
    "Депутаттар 15 наурызға белгіленген республикалық референдумның маңызы мен мақсаты, жаңа Конституция жобасында "
    "басымдық берілген құндылықтар туралы айтып, кездесуге қатысушыларды осы тарихи құжатты қолдауға шақырды.\n"
    "— Бүгін 10 жылдық тарихы бар, 220 адам еңбек ететін үлкен ұжымның мүшелерімен кездесуге келдік."
)


def test_deputies_on_the_line_after_their_names_are_the_deputies_listed_not_the_chair(session):
    """test19, kk-aqtobegazeti-2026-02-20-oil-equipment-plant: "Депутаттар … қолдауға шақырды" on the line after
    "депутаттары Нұрлан Махамбетов пен Серік Әліпов және қалалық мәслихаттың төрағасы Анар Даржанова"."""
    d = draft(session, PLANT, outlet="aqtobe-gazeti")
    assert _held_by(d, "makhambetov") == {DRAFT}
    assert _held_by(d, "alipov") == {DRAFT}
    assert _held_by(d, "darzhanova") == set()
    with _reading("anaphor-break", False):
        assert _stances(draft(session, PLANT, outlet="aqtobe-gazeti", name="t2")) == set()


def test_they_in_the_same_paragraph_are_every_person_just_named(session):
    """test10, kk-aqtobegazeti-2026-02-21-baiganin-aktiv (the shape of it): "Олар" in the paragraph of the two names is
    read as before the reading, which changes nothing there."""
    text = (
        "Кездесу барысында аудандық мәслихат депутаты Нұрлан Махамбетов пен аудандық мәслихат төрағасы Сержан "
        "Марғұлан баяндама жасады. Олар жаңа Конституция жобасын қолдайтынын айтты."
    )
    with _reading("anaphor-break", False):
        before = _stances(draft(session, text, name="t2"))
    assert _stances(draft(session, text)) == before


# ------------------------------------------------------------------ not-only: more than a legal document


KARIN = (
    "Ерлан Қарин жаңа Конституция тек құқықтық құжат емес, сонымен қатар мүдделер теңгерімін, ынтымақтастықты, "
    "өзара құрметті және ел болашағына ортақ жауапкершілік құндылықтарын бекітетін қоғамдық келісім екенін атап өтті."
)


def test_the_new_constitution_as_more_than_a_legal_document_is_praised(session):
    """test19, kk-aqtobegazeti-2026-03-01-karin-kostanay: "жаңа Конституция тек құқықтық құжат емес, сонымен қатар
    … қоғамдық келісім" (the State Counsellor); the negation is part of the praise."""
    assert _held_by(draft(session, KARIN), "karin") == {DRAFT}
    with _reading("not-only", False):
        assert _held_by(draft(session, KARIN, name="t2"), "karin") == set()


def test_what_a_constitution_is_in_general_praises_no_text(session):
    """test10, ru-baq-2026-02-21-karin-expert-platform: "Конституция является не только высшим юридическим документом
    …, но и своего рода общественным договором" — a constitution in general; the part's gold has no stance."""
    text = (
        "С приветственным словом выступил Государственный советник Республики Казахстан Ерлан Карин, который "
        "отметил, что Конституция является не только высшим юридическим документом и правовым актом, но и своего "
        "рода общественным договором."
    )
    assert _held_by(draft(session, text), "karin") == set()


# ------------------------------------------------------------------ guarantee: a strong guarantee


COALITION_MEMBER = (
    "«Әділетті және Прогрессивті Қазақстанның Халықтық Конституциясы үшін!» коалициясының мүшелері еңбек ұжымымен "
    "кездесіп, жаңа Конституция жобасын талқылады.\n"
    "«Жаңа Конституцияда әрбір азаматтың лайықты еңбек жағдайына, әділ жалақыға және әлеуметтік қорғауға құқығы "
    "бекітілген. Бұл – еңбек адамдары үшін зор кепілдік», – деді коалиция мүшесі Маулен Мұқажанұлы."
)


def test_a_strong_guarantee_is_the_speaker_s_praise(session):
    """test19, kk-qaradala-2026-02-25-otan-green-food: "Бұл – еңбек адамдары үшін зор кепілдік», – деді коалиция
    мүшесі Маулен Мұқажанұлы"."""
    assert _held_by(draft(session, COALITION_MEMBER, outlet="qaradala"), "mukazhanuly") == {DRAFT}
    with _reading("guarantee", False):
        assert _held_by(draft(session, COALITION_MEMBER, outlet="qaradala", name="t2"), "mukazhanuly") == set()


def test_a_guarantee_given_in_the_passive_is_still_content(session):
    """test19 (the same article's quotation): "азаматтардың орта білім алуына кепілдік берілген" says what the text
    provides (reading ``content``), not a strong guarantee."""
    text = "Депутат Серік Әліпов сөз сөйледі. — Елімізде азаматтардың орта білім алуына кепілдік берілген."
    assert _held_by(draft(session, text), "alipov") == set()


# ------------------------------------------------------------------ named-for: a body named for its support


CITY_COALITION = (
    "13 февраля 2022 года в городе Алматы состоялось первое заседание городской Общенациональной коалиции в "
    "поддержку проекта новой Конституции, сообщает Zakon.kz."
)


def test_a_coalition_in_support_of_the_draft_supports_it(session):
    """test19, ru-zakon-2026-02-13-almaty-city-coalition: "заседание … коалиции в поддержку проекта новой
    Конституции": the coalition (the outlet after "сообщает" is no holder)."""
    with _reading("named-for", True):
        d = draft(session, CITY_COALITION, outlet="zakon-kz")
    assert {t for h, t, p in _stances(d) if "koalits" in h and p == "support"} == {"draft-constitution-2026"}
    with _reading("named-for", False):
        assert _stances(draft(session, CITY_COALITION, outlet="zakon-kz", name="t2")) == set()


def test_support_after_a_verb_is_the_subject_s_not_a_name_s(session):
    """A body that speaks in support ("выступила с заявлением в поддержку") is the subject, as before the reading."""
    text = "Народная партия Казахстана выступила с официальным заявлением в поддержку проекта Основного закона."
    with _reading("named-for", False):
        before = _stances(draft(session, text, name="t2"))
    with _reading("named-for", True):
        assert _stances(draft(session, text)) == before


# ------------------------------------------------------------------ outlet-of and this-norm: an unsigned explainer


PROPERTY = (
    "PROPERTY RIGHTS – A CONSTITUTIONAL GUARANTEE AND A PUBLIC WELFARE\n"
    "The reform began with the proposal of the Head of State Kassym-Jomart Tokayev to create a unicameral Parliament "
    "and was developed through extensive public discussions.\n"
    "The new draft Constitution pays special attention to the issue of property rights. This norm creates a solid "
    "legal foundation for economic stability, investment confidence and freedom of enterprise.\n"
    "The land and its subsoil, water sources, flora and fauna, and other natural resources are declared to belong "
    "to the people."
)


def test_an_unsigned_explainer_that_names_the_president_only_in_the_genitive_is_the_outlet_s_when_switched_on(session):
    """test19, en-enbekshiqazaq-2026-02-17-property-rights: "the proposal of the Head of State Kassym-Jomart Tokayev"
    and a law's "are declared to belong" report no one's words; "This norm creates a solid legal foundation" praises
    the draft named before it."""
    with _reading("outlet", True):  # the sixteenth pass's reading, off since the thirty-seventh session
        assert ("enbekshiqazaq", *DRAFT) in _stances(draft(session, PROPERTY, outlet="enbekshiqazaq"))
        with _reading("outlet-of", False):
            assert _stances(draft(session, PROPERTY, outlet="enbekshiqazaq", name="t2")) == set()
    assert _stances(draft(session, PROPERTY, outlet="enbekshiqazaq", name="t3")) == set()


def test_an_article_that_reports_a_person_s_words_is_not_the_outlet_s(session):
    """Guard: "Tokayev said" is a report of someone's words; the outlet judges nothing (as before the reading)."""
    text = (
        "Tokayev said the draft Constitution was ready. This norm creates a solid legal foundation for economic "
        "stability."
    )
    assert not any(h == "enbekshiqazaq" for h, _t, _p in _stances(draft(session, text, outlet="enbekshiqazaq")))


# ------------------------------------------------------------------ council: the People's Council


def test_the_people_s_council_called_the_most_important_novelty_is_its_target(session):
    """test8, ru-kazpravda-2026-02-11-sadykanov-opinion: a column's first person; "Важнейшей новеллой считаю создание
    Халық кеңесі" is praise of the People's Council."""
    text = (
        "Жанибек Садыканов, заместитель директора Карагандинского областного телеканала Saryarqa\n\n"
        "Инициированную Президентом конституционную реформу, основные контуры которой он подробно обрисовал на V "
        "заседании Национального курултая, я вижу как логичное и своевременное развитие модернизационной повестки.\n\n"
        "фото из личного архива Ж.Садыканова\n\n"
        "Сейчас специальная комиссия работает над проектом новой Конституции.\n\n"
        "Важнейшей новеллой считаю создание Халық кеңесі. Он станет постоянно действующим механизмом общественного "
        "участия, работающим на системной основе, обладающим правом законодательной инициативы. Фактически речь идет "
        "о закреплении общественного диалога как постоянного элемента политической архитектуры."
    )
    assert ("halyk-kenesi", "support") in _held_by(draft(session, text, outlet="kazpravda"), "sadykanov")
    with _reading("council", False):
        assert ("halyk-kenesi", "support") not in _held_by(
            draft(session, text, outlet="kazpravda", name="t2"), "sadykanov"
        )


def test_what_the_proposer_says_of_the_council_is_no_stance(session):
    """test17, en-trend-2026-01-20-peoples-council: "Tokayev proposed the creation of a new institution … He also
    underscored that the People's Council would serve as a novel state entity": his proposal described."""
    text = (
        "Tokayev proposed the creation of a new institution, the People's Council, which would build upon the "
        "strategic continuity of the Assembly of the People.\n\n"
        "He also underscored that the People’s Council would serve as a novel state entity, drawing from the "
        "consultative practices of other nations."
    )
    assert ("halyk-kenesi", "support") not in _held_by(draft(session, text, outlet="trend"), "tokayev")
