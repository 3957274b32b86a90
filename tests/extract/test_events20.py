"""The twentieth session on events (kg/extract/rules/events.py, ``events.READINGS``): which place of a sentence is the
event's (the census benchmarks/results/events20_census.txt), pinned with texts from tuning parts, each with the
reading off for contrast, and the cases the readings must leave alone.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from ._drafting import draft, facts, names


@contextmanager
def _readings(*names: str) -> Iterator[None]:
    """``events.READINGS`` as shipped, with ``names`` on (names with a leading "-": off)."""
    import kg.extract.rules.events as events

    saved = events.READINGS
    on = {n for n in names if not n.startswith("-")}
    off = {n[1:] for n in names if n.startswith("-")}
    events.READINGS = (saved | on) - off
    try:
        yield
    finally:
        events.READINGS = saved


def _event(d) -> dict:
    """The values of the article's one drafted event."""
    (fact,) = facts(d, "event") or facts(d, "session")
    return fact.values


#: test22, ru-baq-2026-02-23-shieli-veterans: the settlement named after the venue, the outlet's source a web address.
SHIELI = (
    "В доме культуры «Арман» поселка Шиели прошла встреча представителей территориальной коалиции района с ветеранами "
    "боевых действий на таджикско-афганской границе, сообщает BAQ.kz со ссылкой на Kyzylorda-news.kz."
)

#: test16, kk-arkaazhary-2026-02-21-mysyralimova-krasnoyar: the town in the genitive, the village in the locative.
KRASNOYAR = (
    "Көкшетау қаласының іргесіндегі Краснояр ауылында Қазақстан Республикасы Парламенті Мәжілісінің депутаты Айна "
    "Мысырәлімова тұрғындармен жаңа Конституция жобасының мазмұны мен маңыздылығына арналған кездесу өткізді."
)

#: test22, kk-kazinform-2026-02-10-baigozhayev-almaty-region: the sentence before names a region whose residents the
#: words concern; the Commission's sitting has no place in gold.
BAIGOZHAYEV = (
    "АСТАНА. KAZINFORM — Жаңа Конституция жобасындағы цифрлық ортаны реттеу және жекелеген өңірлер мәртебесіне қатысты "
    "ұсыныстар Алматы облысының тұрғындары үшін айрықша маңызды. Бұл туралы Алматы облысы мәслихатының төрағасы Қуат "
    "Байғожаев Конституциялық комиссияның XI отырысында айтты."
)


def test_the_settlement_after_the_venue_is_the_place_and_the_web_address_is_not(session):
    with _readings("web-address", "settlement"):
        d = draft(session, SHIELI, outlet="baq-kz", date="2026-02-23", name="s1")
        assert "Шиели" in names(d, _event(d)["place"])
    with _readings("-web-address", "-settlement"):
        values = _event(draft(session, SHIELI, outlet="baq-kz", date="2026-02-23", name="s2"))
        assert values["place"] == "kyzylorda"


def test_the_kazakh_locative_village_is_the_place_not_the_genitive_town(session):
    with _readings("where-not-whose"):
        d = draft(session, KRASNOYAR, outlet="arka-azhary", date="2026-02-21", name="k1")
        assert "Краснояр" in names(d, _event(d)["place"])
    with _readings("-where-not-whose"):
        values = _event(draft(session, KRASNOYAR, outlet="arka-azhary", date="2026-02-21", name="k2"))
        assert values["place"] == "kokshetau"


def test_the_sentence_before_lends_no_region_named_as_whose(session):
    with _readings("where-not-whose"):
        values = _event(draft(session, BAIGOZHAYEV, outlet="kazinform", date="2026-02-10", name="b1"))
        # not the region named as whose; the dateline's city since ``dateline-place`` ships (fortieth session)
        assert values["place"] == "astana"
    with _readings("-where-not-whose"):
        values = _event(draft(session, BAIGOZHAYEV, outlet="kazinform", date="2026-02-10", name="b2"))
        assert values["place"] == "almaty"


def test_eve_before_a_verb_is_the_day_before_and_eve_of_a_vote_is_not():
    from kg.extract.rules.events import _relative_date

    with _readings("eve"):
        assert _relative_date("Накануне прошло собрание коллектива филиала.", "ru", "2026-02-24") == "2026-02-23"
        assert _relative_date("Накануне референдума прошла встреча с жителями.", "ru", "2026-02-24") is None
    with _readings("-eve"):
        assert _relative_date("Накануне прошло собрание коллектива филиала.", "ru", "2026-02-24") is None


def test_a_sentence_naming_only_the_town_in_the_locative_keeps_it(session):
    """Guard: "Шымкент қаласында … кездесу өтті": one place, in the locative, stays the event's."""
    text = "Шымкент қаласында жаңа Конституция жобасы бойынша тұрғындармен кездесу өтті."
    with _readings("where-not-whose", "web-address", "settlement"):
        d = draft(session, text, outlet="kazinform", date="2026-02-21", name="g1")
        place = _event(d)["place"]
        assert place == "shymkent" or "Шымкент" in names(d, place)


#: test12, ru-zakon-2026-02-18-balayeva-zhetysu: the headline names the region whose activists came, the lead the town.
ZHETYSU = (
    "Однопалатный Парламент и новая модель управления: коалиция провела встречу с активом области Жетысу\n\n"
    'В Талдыкоргане на площадке палаты предпринимателей "Атамекен" состоялась встреча с активом области Жетысу, '
    'организованная в рамках работы Общенациональной коалиции "За Народную Конституцию Справедливого и Прогрессивного '
    'Казахстана!".'
)

#: test19, ru-qyzyljartv-2026-02-10-petropavl-bus-station: the town in the genitive after the venue whose staff met.
BUS_STATION = (
    "В Казахстане обсуждается проект новой Конституции. В связи с этим во многих государственных и общественных "
    "организациях проводятся разъяснительные встречи. Встреча по обсуждению нового проекта Конституции прошла и с "
    "коллективом автовокзала Петропавловска."
)


def test_the_town_of_the_same_meeting_replaces_the_region(session):
    with _readings("town-over-region"):
        d = draft(session, ZHETYSU, outlet="zakon-kz", date="2026-02-18", name="z1")
        assert _event(d)["place"] == "taldykorgan", names(d, _event(d)["place"])
    with _readings("-town-over-region"):
        d = draft(session, ZHETYSU, outlet="zakon-kz", date="2026-02-18", name="z2")
        assert "Жетысу" in " ".join(names(d, _event(d)["place"]))


def test_the_town_after_the_venue_is_where(session):
    with _readings("venue-town"):
        d = draft(session, BUS_STATION, outlet="qyzyljar-tv", date="2026-02-10", name="p1")
        assert "Петропавловск" in names(d, _event(d)["place"])
    with _readings("-venue-town"):
        d = draft(session, BUS_STATION, outlet="qyzyljar-tv", date="2026-02-10", name="p2")
        assert "place" not in _event(d)


def test_a_region_alone_stays_the_place(session):
    """Guard: "В Северо-Казахстанской области прошло … заседание": no town named, the region stays."""
    text = "В Северо-Казахстанской области прошло совместное заседание маслихата и общественного совета."
    d = draft(session, text, outlet="qazaq24", date="2026-02-02", name="r1")
    assert "Северо-Казахстанская область" in names(d, _event(d)["place"])
