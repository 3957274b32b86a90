"""The twenty-eighth session on speeches (kg/extract/rules/speeches.py, ``speeches.READINGS28``): a Kazakh
"түсіндірді" after what was explained is a talk where the article reports a meeting (the census of the tuning parts'
missed and extra speeches, summed up in docs/extract.md), pinned with texts modelled on the tuning parts, each with
the reading off for contrast, and the near misses the guards refuse.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from ._drafting import draft, facts, names


@contextmanager
def _readings(*on: str) -> Iterator[None]:
    """``speeches.READINGS28`` set to ``on`` alone for the block."""
    import kg.extract.rules.speeches as speeches

    saved = speeches.READINGS28
    speeches.READINGS28 = frozenset(on)
    try:
        yield
    finally:
        speeches.READINGS28 = saved


def _speakers(d) -> set[str]:
    """Every drafted speaker's id and, for a new actor, its names."""
    out: set[str] = set()
    for f in facts(d, "speech"):
        out |= names(d, f.values["speaker"]) | {f.values["speaker"]}
    return out


HEAD = "Жаңа Конституция жобасы.\n"
#: test28, kk-kazinform-2026-01-29-egizbayev-qurultai (read from the Arabic script): the advantage explained at the
#: commission's sitting.
ADVANTAGE = (
    HEAD + "Конституциялық реформа жөніндегі комиссияның отырысында Мәжіліс депутаты Серік Егізбаев бір палаталы "
    "Құрылтайдың артықшылығын түсіндірді."
)
#: test29, kk-kazinform-2026-02-07-karin-130-drafters: why a new constitution is needed, at the ninth sitting.
WHY = (
    HEAD + "Комиссияның тоғызыншы отырысында Мемлекеттік кеңесші Ерлан Қарин неліктен жаңа Конституция қабылдау қажет "
    "екенін түсіндірді."
)
#: The near misses: no meeting reported (words to the outlet), and the passive (no speaker).
NO_MEETING = HEAD + "Мәжіліс депутаты Серік Егізбаев бір палаталы Құрылтайдың артықшылығын түсіндірді."
PASSIVE = (
    HEAD + "Конституциялық реформа жөніндегі комиссияның отырысында бір палаталы Құрылтайдың артықшылығы түсіндірілді."
)

#: test23, kk-aqtobegazeti-2026-02-21-oiyl-sports-workers: the converb, "түсіндіріп, … айтты", a statement.
CONVERB = (
    HEAD + "Кездесу өтті. Аудандық мәслихат төрағасы Сәкен Займолдин саяси реформалардың мәнін түсіндіріп, өңірлердің "
    "дамуына жол ашылатынын айтты."
)
#: test17, kk-baq-2026-01-20-shipovskikh-three-issues: the issues raised at the Kurultai, explained elsewhere.
RAISED_AT = (
    "Мемлекет басшысы Қызылордада өткен Ұлттық құрылтайдың V отырысында бірқатар маңызды мәселеге тоқталды. Сенатор "
    "Геннадий Шиповских Ұлттық құрылтайда айтылған мәселелердің ең маңыздысы үш мәселе екенін айтып, оның себебін "
    "түсіндірді, деп хабарлайды BAQ.KZ тілшісі."
)


def test_what_was_explained_at_a_sitting_is_a_talk(session):
    for k, (text, who) in enumerate([(ADVANTAGE, "serik-egizbayev"), (WHY, "erlan-karin")]):
        with _readings("kk-explained"):
            d = draft(session, text, outlet="kazinform", date="2026-01-29", name=f"e{k}")
            assert who in _speakers(d), text
        with _readings():
            d = draft(session, text, outlet="kazinform", date="2026-01-29", name=f"f{k}")
            assert who not in _speakers(d), text


def test_explaining_with_no_meeting_or_in_the_passive_is_no_talk(session):
    with _readings("kk-explained"):
        for k, text in enumerate([NO_MEETING, PASSIVE]):
            d = draft(session, text, outlet="kazinform", date="2026-01-29", name=f"n{k}")
            assert facts(d, "speech") == [], text


def test_the_converb_or_a_meeting_where_others_spoke_is_no_talk(session):
    with _readings("kk-explained"):
        d = draft(session, CONVERB, outlet="aqtobegazeti", date="2026-02-21", name="v1")
        assert not any("Займолдин" in n or "zaimoldin" in n for n in _speakers(d))
        d = draft(session, RAISED_AT, outlet="baq", date="2026-01-20", name="r1")
        assert not any("Шиповских" in n or "shipovskikh" in n for n in _speakers(d))
