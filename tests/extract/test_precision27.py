"""The twenty-seventh session on the precision of events and claims (kg/extract/rules/events.py
``events.READINGS27``, kg/extract/patterns.py ``patterns.READINGS27``): a plural event noun names no one event
(the census of the tuning parts' extra and missed events, claims and speeches, summed up in docs/extract.md), pinned
with texts modelled on the tuning parts, each with the reading off for contrast, and the near misses the guards refuse.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from ._drafting import draft, facts


@contextmanager
def _events27(*on: str) -> Iterator[None]:
    """``events.READINGS27`` set to ``on`` alone for the block."""
    import kg.extract.rules.events as events

    saved = events.READINGS27
    events.READINGS27 = frozenset(on)
    try:
        yield
    finally:
        events.READINGS27 = saved


def _events(d) -> list[tuple[str, str]]:
    """Every drafted event or session as (date, place), sorted."""
    return sorted((f.values["date"], f.values.get("place", "")) for t in ("event", "session") for f in facts(d, t))


#: A headline before the sentence read (the first sentence of a draft is its headline).
KK_HEAD, RU_HEAD = "Жаңа Конституция жобасы.\n", "Новая Конституция.\n"
#: test28, kk-kazinform-2026-02-12-akylbay-peoples-constitution (read from the Arabic script): general sittings.
KK_SITTINGS = KK_HEAD + "Олардың әрқайсысы жұмыс топтарында мұқият қаралып, жалпы отырыстарда талқыланды."
#: test13, kk-aikyn-2026-02-19-beknazarov-senators-regions: meetings of a working trip.
KK_MEETINGS = (
    KK_HEAD + "Жұмыс сапары барысында өңірлер тұрғындарымен, еңбек ұжымдарымен, студент жастармен кездесулер өтті."
)
#: test12, ru-otyrar-2026-02-20-abden-shymkent: "several meetings" in a day.
RU_SEVERAL = (
    RU_HEAD + "В течение дня состоялось несколько встреч в высших учебных заведениях и медицинских организациях."
)


def test_a_plural_event_noun_is_no_event(session):
    for k, (text, outlet) in enumerate([(KK_SITTINGS, "kazinform"), (KK_MEETINGS, "aikyn"), (RU_SEVERAL, "otyrar")]):
        with _events27("plural"):
            d = draft(session, text, outlet=outlet, date="2026-02-19", name=f"p{k}")
            assert _events(d) == [], text
        with _events27():
            d = draft(session, text, outlet=outlet, date="2026-02-19", name=f"q{k}")
            assert _events(d) == [("2026-02-19", "")], text


def test_a_singular_possessive_or_a_genitive_stays_an_event(session):
    with _events27("plural"):
        for k, text in enumerate(
            [
                # test9, kk-baq-2026-02-18-ethnocultural-forum: "форумы", the possessive, is one forum
                KK_HEAD + "Этномәдени бірлестіктердің жалпы республикалық форумы өтті.",
                # test4, ru-baq-2026-03-03-atyrau-koshanov: "встречи" is also a singular's genitive; kept
                RU_HEAD + "Ерлан Кошанов провёл встречи с жителями и трудовыми коллективами региона.",
                # one sitting
                KK_HEAD + "Комиссияның кезекті отырысы өтті.",
            ]
        ):
            d = draft(session, text, outlet="kazinform", date="2026-02-18", name=f"s{k}")
            assert _events(d) == [("2026-02-18", "")], text


@contextmanager
def _figures27(*on: str) -> Iterator[None]:
    """``patterns.READINGS27`` set to ``on`` alone for the block."""
    import kg.extract.patterns as patterns

    saved = patterns.READINGS27
    patterns.READINGS27 = frozenset(on)
    try:
        yield
    finally:
        patterns.READINGS27 = saved


def _figures(text: str, lang: str) -> list[float]:
    from kg.extract.patterns import find_quantities

    return [q[0] for q in find_quantities(text, lang)]


#: test25, kk-zakon-2026-03-15-zhanabilova-turnout: a region's turnout, a space after the decimal comma.
SHARE = "• Алматы облысы 68, 23%"
#: test28, kk-kazinform-2026-02-12-akylbay-peoples-constitution (read from the Arabic script): the day of a date.
DATE = (
    "Реформа жұмыстары 8-қазанда басталып, бүгінгі күнге дейін әлеуметтік желілерден, қоғамдық ұйымдардан және "
    "заңгерлерден 10 мыңға жуық ұсыныс келіп түсті."
)


def test_a_share_with_a_space_after_its_decimal_comma_is_one_figure():
    with _figures27("decimal-space"):
        assert _figures(SHARE, "kk") == [68.23]
    with _figures27():
        assert _figures(SHARE, "kk") == [23]


def test_a_list_or_two_shares_each_with_its_sign_stay_apart():
    with _figures27("decimal-space"):
        assert _figures("Абай облысы 73,84 %", "kk") == [73.84]  # no space after the comma: read already
        assert _figures("5%, 10% сайлаушылар", "kk") == [5, 10]  # each with its own sign
        assert _figures("12, 68, 23%", "kk") == [23]  # the last of a list


def test_a_day_joined_to_its_month_by_a_hyphen_is_no_count():
    with _figures27("hyphen-month"):
        assert _figures(DATE, "kk") == [10000]
    with _figures27():
        assert _figures(DATE, "kk") == [8, 10000]


def test_a_hyphen_before_no_month_still_counts():
    with _figures27("hyphen-month"):
        # test10, kk-aqtobegazeti-2026-02-05-dauletalin-dialogue: the dative after the hyphen, a count
        assert _figures("Азаматтарынан 2000-ға жуық ұсыныс түсті.", "kk") == [2000]
        # the date refused, the count after it kept
        assert _figures("15-қаңтарда 5 мыңнан астам адам қатысты.", "kk") == [5000]


@contextmanager
def _speeches27(*on: str) -> Iterator[None]:
    """``speeches.READINGS27`` set to ``on`` alone for the block."""
    import kg.extract.rules.speeches as speeches

    saved = speeches.READINGS27
    speeches.READINGS27 = frozenset(on)
    try:
        yield
    finally:
        speeches.READINGS27 = saved


def _speakers(d) -> list[str]:
    return sorted(f.values["speaker"] for f in facts(d, "speech"))


#: test9, ru-kazinform-2026-02-07-rozhin-jibek-joly: what is discussed, told to the outlet.
TOLD_WHICH = (
    RU_HEAD + "Депутат Мажилиса Максим Рожин рассказал, какие актуальные вопросы и предложения обсуждаются на "
    "заседаниях, передает корреспондент агентства Kazinform."
)
#: test13, ru-pravdaru-2026-02-11-lepekhin-target: the question opens the sentence.
TOLD_ABOUT_WHICH = (
    RU_HEAD + "О том, какие цели преследуют эти изменения, рассказал генеральный директор Института ЕАЭС Владимир "
    "Лепехин."
)


def test_a_verb_of_telling_with_an_indirect_question_is_no_speech(session):
    for k, (text, who) in enumerate([(TOLD_WHICH, "maksim-rozhin"), (TOLD_ABOUT_WHICH, "vladimir-lepekhin")]):
        with _speeches27("told-what"):
            d = draft(session, text, outlet="kazinform", date="2026-02-07", name=f"t{k}")
            assert _speakers(d) == [], text
        with _speeches27():
            d = draft(session, text, outlet="kazinform", date="2026-02-07", name=f"u{k}")
            assert _speakers(d) == [who], text


def test_a_talk_about_a_subject_stays_a_speech(session):
    with _speeches27("told-what"):
        # test28, ru-baq-2026-02-04-akzhol-plenum: "рассказал о работе над документом", a talk at the plenum
        text = RU_HEAD + "Депутат Мажилиса Максим Рожин рассказал о работе над проектом новой Конституции."
        d = draft(session, text, outlet="kazinform", date="2026-02-07", name="v")
        assert _speakers(d) == ["maksim-rozhin"]
