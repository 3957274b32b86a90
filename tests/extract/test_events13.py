"""Meetings reported in the words each language has for them, with who organised them (kg/extract/rules/events.py
and the event tables of kg/extract/patterns.py, the thirteenth pass). Each sentence is written for the test."""

from __future__ import annotations

from pathlib import Path

import pytest

from ._drafting import draft


def _events(d):
    """The draft's meetings: its events and sessions."""
    return [f for f in d.facts if f.type in ("event", "session")]


REAL = Path(__file__).parents[1] / "data" / "extract_real"

#: (language, sentence, the English word of the event's kind, its place, its organiser).
MEETINGS = [
    ("kk", "Бүгін Алматыда жастар үшін жаңа Конституция туралы ашық дәріс өтті.", "Lecture", "almaty", None),
    ("kk", "Бүгін Алматыда облыстық мәслихаттың кезекті сессиясы өтті.", "Session", "almaty", None),
    ("kk", "Сенатор Альберт Рау Қаратау қаласының тұрғындарымен кездесті.", "Meeting", "karatau", None),
    (
        "kk",
        "Бүгін Алматыда «Аманат» партиясының ұйымдастыруымен жастармен дөңгелек үстел өтті.",
        "Round table",
        "almaty",
        "amanat",
    ),
    ("kk", "Бүгін Алматыда аудан тұрғындарымен кездесу болды.", "Meeting", "almaty", None),
    ("kk", "Бүгін Алматыда мектеп оқушыларымен тәрбие сағаты өтуде.", None, "almaty", None),
    (
        "kk",
        "Алматыда қоғамдық тыңдау өтті, онда жобаның негізгі нормалары талқыланды.",
        "Public hearing",
        "almaty",
        None,
    ),
    ("ru", "Сегодня в Алматы прошло совещание по вопросам референдума.", "Meeting", "almaty", None),
    # someone met an audience: a meeting held, without an event noun
    ("ru", "Сенатор Альберт Рау встретился с жителями Шымкента.", "Meeting", "shymkent", None),
    ("ru", "Сегодня в Алматы проходит экспертная дискуссия о новой Конституции.", "Discussion", "almaty", None),
    ("ru", "Сегодня в Алматы состоялась пресс-конференция по итогам голосования.", "Conference", "almaty", None),
    (
        "ru",
        "Сегодня в Алматы состоялись общественные слушания по проекту Конституции.",
        "Public hearing",
        "almaty",
        None,
    ),
    ("ru", "В Алматы прошёл сход жителей села.", "Meeting", "almaty", None),
    ("ru", "В Алматы состоялась Экспертная платформа «Новые правила».", None, "almaty", None),
    ("ru", "В Алматы прошел круглый стол, организованный партией «Аманат».", "Round table", "almaty", "amanat"),
    ("ru", "На состоявшемся в Алматы совещании обсудили ход референдума.", "Meeting", "almaty", None),
    ("en", "A workshop for election observers was conducted in Almaty on February 3.", None, "almaty", None),
    ("en", "A symposium on the reform was organized by the Amanat party in Almaty.", None, "almaty", "amanat"),
    ("en", "An expert discussion of the draft took place at the university in Almaty.", None, "almaty", None),
    ("en", "A curatorial hour on the new Constitution was held at the college in Almaty.", None, "almaty", None),
    ("en", "A public hearing on the draft was held in Almaty.", None, "almaty", None),
]


@pytest.mark.parametrize(
    ("lang", "sentence", "kind", "place", "organiser"), MEETINGS, ids=[m[1][:50] for m in MEETINGS]
)
def test_a_meeting_held_is_an_event(session, lang, sentence, kind, place, organiser):
    d = draft(session, sentence)
    (event,) = _events(d)
    assert event.values.get("place") == place
    assert event.values.get("organiser") == organiser
    if kind is not None:
        assert event.values["name"]["en"].startswith(kind)


def test_a_workshop_is_dated_by_its_sentence(session):
    d = draft(session, "A workshop for election observers was conducted in Almaty on February 3.")
    (event,) = [f for f in d.facts if f.type == "event"]
    assert event.values["date"] == "2026-02-03"


#: A process or a series, not one meeting reported.
NOT_MEETINGS = [
    ("en", "The proposals were discussed during public hearings, reflecting the views of many groups."),
    ("ru", "В течение месяца в регионах проходят встречи с жителями."),
    ("en", "Meetings with residents are held in the regions throughout the month."),
    # a person met, no audience: a visit, not a meeting the report names
    ("en", "Senator Alisher Satvaldiyev met with President Kassym-Jomart Tokayev."),
]


@pytest.mark.parametrize(("lang", "sentence"), NOT_MEETINGS, ids=[m[1][:50] for m in NOT_MEETINGS])
def test_a_process_or_a_series_is_no_event(session, lang, sentence):
    assert not _events(draft(session, sentence))


#: (language, sentence, the date the event is drafted with): the day written in more of its forms.
DATED = [
    ("kk", "Алматыда 3-ақпанда жастармен кездесу өтті.", "2026-02-03"),
    ("ru", "3-го февраля в Алматы прошло совещание по вопросам референдума.", "2026-02-03"),
    ("en", "A workshop for election observers was held in Almaty on the 3rd of February.", "2026-02-03"),
    # the stem "ма" once read "1 мая" as the first of January
    ("ru", "1 мая в Алматы прошло совещание по вопросам референдума.", "2026-05-01"),
]


@pytest.mark.parametrize(("lang", "sentence", "date"), DATED, ids=[m[1][:50] for m in DATED])
def test_the_event_has_the_day_its_sentence_writes(session, lang, sentence, date):
    d = draft(session, sentence, date="2026-06-01")
    (event,) = _events(d)
    assert event.values["date"] == date


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("kk", "Мәжіліс депутаты Альберт Рау Алматыда студенттерге семинар өткізді."),
        ("ru", "Депутат Мажилиса Альберт Рау провел семинар для студентов в Алматы."),
    ],
)
def test_the_body_of_the_holders_post_does_not_organise_the_event(session, lang, sentence):
    (event,) = _events(draft(session, sentence))
    assert event.values.get("organiser") != "mazhilis"


def test_a_place_named_as_an_attribute_is_the_registry_place(session):
    # "Қызылордадағы аймақтық коалиция" (the coalition in Kyzylorda): the locative made an attribute (-дағы) is a
    # case ending of the place, not a new place "Қызылордадағы" (test12, tuning data)
    text = (REAL / "test12" / "texts" / "kk-astanatv-2026-02-13-regional-coalitions.txt").read_text(encoding="utf-8")
    d = draft(session, text, outlet="astana-tv", date="2026-02-13")
    (event,) = _events(d)
    assert event.values["place"] == "kyzylorda"
    assert not [a for a in d.actors.values() if a.type == "place"]


#: (language, sentence, the event's name in that language): the name a reviewer reads is in the nominative,
#: without the participle or the verb the sentence wraps it in.
NAMES = [
    (
        "kk",
        "Бүгін Алматыда өткен Конституциялық комиссия отырысында жоба талқыланды.",
        "Конституциялық комиссия отырысы",
    ),
    ("kk", "Алматыда жиында жаңа Конституция талқыланды, жиын бүгін өтті.", "жиын"),
    (
        "ru",
        "Сегодня в Алматы на заседании Конституционной комиссии, которое прошло в Мажилисе, обсудили проект.",
        "заседание Конституционной комиссии",
    ),
    (
        "ru",
        "Сегодня в Алматы прошло расширенное заседание Политического совета партии.",
        "расширенное заседание Политического совета партии",
    ),
    ("ru", "Сегодня в Алматы состоялось совещание по вопросам референдума.", "совещание"),
    ("en", "A public hearing on the draft was held in Almaty.", "public hearing"),
]


@pytest.mark.parametrize(("lang", "sentence", "name"), NAMES, ids=[n[1][:50] for n in NAMES])
def test_an_event_is_named_in_the_nominative(session, lang, sentence, name):
    d = draft(session, sentence)
    (event,) = _events(d)
    assert event.values["name"][lang] == name


def test_a_later_mention_is_matched_against_the_name_as_written():
    # the label is in the nominative ("заседание …"); a later "at the …" is read against the words the sentence
    # wrote ("заседании …", the event's key) and the English name, as before the labels were made nominative
    from kg.extract.doc import DraftFact
    from kg.extract.rules.events import _as_written

    event = DraftFact(
        type="session",
        values={"name": {"ru": "заседание Мажилиса", "en": "Session of Mazhilis"}},
        evidence=[],
        confidence=0.6,
        key=("event", "заседании мажилиса"),
    )
    assert _as_written(event) == "заседании мажилиса Session of Mazhilis"
    address = DraftFact(
        type="event", values={"name": {"en": "The address"}}, evidence=[], confidence=0.8, key=("event", "address")
    )
    assert _as_written(address) == str({"en": "The address"})


@pytest.mark.parametrize(
    "text",
    [
        # test12/ru-kazinform-…-kostanay-lecture: the referendum's day is no day of the meeting held before it
        "Встреча прошла в Костанае перед республиканским референдумом, назначенным на 15 марта.",
        "A meeting with students was held in Kostanay ahead of the referendum, scheduled for March 15.",
    ],
)
def test_the_referendums_day_is_no_day_of_a_meeting_held_before_it(session, text):
    d = draft(session, text, date="2026-02-17")
    assert [f.values["date"] for f in _events(d)] == ["2026-02-17"]


@pytest.mark.parametrize(
    "text",
    [
        # test10/ru-kt-…-jordan-briefing: the convention the parts' README names (no place for an embassy's event
        # unless a town is named); written for the test
        "В Иордании посольство Казахстана организовало брифинг для журналистов.",
        "The Embassy of Kazakhstan in Bulgaria held a round table on the referendum.",
    ],
)
def test_an_embassys_event_abroad_has_no_place(session, text):
    d = draft(session, text, date="2026-03-10")
    (event,) = _events(d)
    assert "place" not in event.values


def test_a_meeting_in_a_known_town_keeps_its_place_beside_an_embassy(session):
    d = draft(session, "В Астане посольство Франции провело круглый стол.", date="2026-03-10")
    (event,) = _events(d)
    assert event.values.get("place") == "astana"
