"""The twenty-second session on events (kg/extract/rules/events.py, ``events.READINGS22``): the referendum and the
Kurultai as events held (the census of the twenty-three tuning parts, summed up in docs/extract.md), pinned with texts
from tuning parts, each with the reading off for contrast, and the near misses the guards refuse.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from ._drafting import draft, facts


@contextmanager
def _readings(*on: str) -> Iterator[None]:
    """``events.READINGS22`` set to ``on`` alone for the block."""
    import kg.extract.rules.events as events

    saved = events.READINGS22
    events.READINGS22 = frozenset(on)
    try:
        yield
    finally:
        events.READINGS22 = saved


def _events(d) -> list[tuple[str, str]]:
    """Every drafted event or session as (date, place), sorted."""
    return sorted((f.values["date"], f.values.get("place", "")) for f in facts(d, "event") + facts(d, "session"))


def _referendum(d) -> list:
    return [f for f in facts(d, "event") if f.key == ("event", "referendum")]


#: test23, ru-zakon-2026-03-15-kilybay-voted: an akim votes in the referendum, reported on the vote day.
KILYBAY = "Аким Мангистауской области Нурдаулет Килыбай проголосовал на республиканском референдуме."

#: test22, kk-ultkz-2026-03-15-tokayev-votes: the President votes, then holds a briefing: two events of the day.
ULTKZ = (
    "Мемлекет басшысы Әл-Фараби атындағы Оқушылар сарайының ғимаратында орналасқан сайлау учаскесіне барып, "
    "республикалық референдумда дауыс берді. Қасым-Жомарт Тоқаев дауыс бергеннен кейін отандық бұқаралық ақпарат "
    "құралдарының өкілдері үшін брифинг өткізді."
)

#: test23, en-zamin-2026-03-15-tokayev-cast-ballot: the headline.
ZAMIN = "Constitution referendum held in Kazakhstan"


def test_a_referendum_voted_in_on_the_vote_day_is_an_event(session):
    with _readings("referendum-held"):
        d = draft(session, KILYBAY, outlet="zakon-kz", date="2026-03-15", name="r1")
        (fact,) = _referendum(d)
        assert fact.values["date"] == "2026-03-15" and "place" not in fact.values
    with _readings():
        d = draft(session, KILYBAY, outlet="zakon-kz", date="2026-03-15", name="r2")
        assert _referendum(d) == [] and _events(d) == []


def test_the_referendum_and_the_briefing_after_the_vote_are_two_events(session):
    with _readings("referendum-held"):
        d = draft(session, ULTKZ, outlet="kazinform", date="2026-03-15", name="r3")
        assert _events(d) == [("2026-03-15", ""), ("2026-03-15", "")]
    with _readings():
        d = draft(session, ULTKZ, outlet="kazinform", date="2026-03-15", name="r4")
        assert _events(d) == [("2026-03-15", "")]  # the briefing alone


def test_an_english_headline_of_the_referendum_held(session):
    with _readings("referendum-held"):
        d = draft(session, ZAMIN, outlet="kazinform", date="2026-03-15", name="r5")
        assert [f.values["date"] for f in _referendum(d)] == ["2026-03-15"]


def test_a_referendum_to_come_recalled_or_counted_is_no_event(session, monkeypatch):
    import kg.extract.rules.events as events

    # the thirty-third session's ``recalled-day`` reads a recalled vote named with its day as the vote's event
    # (tests/extract/test_lead33.py), and the fiftieth session's ``vote-day`` any naming of it in a report of the
    # vote's day (tests/extract/test_lead50.py); these are the guards of ``referendum-held`` alone
    monkeypatch.setattr(events, "READINGS33", frozenset())
    monkeypatch.setattr(events, "READINGS50", frozenset())
    with _readings("referendum-held"):
        for k, (text, date) in enumerate(
            [
                # a vote to come
                ("Republican referendum will be held on March 15, the decree says.", "2026-02-12"),
                (
                    "On February 11, Tokayev announced via decree that a referendum would be held on March 15.",
                    "2026-02-17",
                ),
                # recalled in a report of the results (test7, ru-orda-2026-03-16-preliminary-results)
                ("15 марта в Казахстане прошёл референдум.", "2026-03-16"),
                ("В Казахстане прошел референдум по проекту новой Конституции.", "2026-03-16"),
                # a turnout counted (test18, ru-kursiv-2026-03-15-voters-abroad)
                ("Свыше 9 тыс. граждан Казахстана проголосовали на референдуме за рубежом.", "2026-03-15"),
                # "атап өтті": noted, not held (test4, kk-zakon-2026-02-14-referendum-marathon)
                (
                    "Эльвира Әзімова комиссия жобаны жалпыхалықтық референдумға шығаруды ұсынғанын атап өтті.",
                    "2026-03-15",
                ),
                # another year's referendum
                ("Действующая Конституция была принята на референдуме 1995 года.", "2026-03-15"),
            ]
        ):
            d = draft(session, text, outlet="kazinform", date=date, name=f"n{k}")
            assert _referendum(d) == [], text


#: test16, ru-bizmedia-2026-01-20-kurultai-kyzylorda: the Kurultai named alone, held in Kyzylorda.
BIZMEDIA = "Итак, «судьбоносный» Курултай с анонсированной речью президента прошёл в Кызылорде."


def test_the_kurultai_named_alone_and_held_is_a_session_of_the_national_kurultai(session):
    with _readings("kurultai-held"):
        d = draft(session, BIZMEDIA, outlet="kazinform", date="2026-01-20", name="k1")
        (fact,) = facts(d, "session")
        assert fact.values["date"] == "2026-01-20" and fact.values["place"] == "kyzylorda"
        assert fact.values["organiser"] == "national-kurultai"
    with _readings():
        d = draft(session, BIZMEDIA, outlet="kazinform", date="2026-01-20", name="k2")
        assert _events(d) == []


def test_an_election_to_the_kurultai_or_one_to_come_is_no_session(session):
    with _readings("kurultai-held"):
        for k, text in enumerate(
            [
                "Выборы в Курултай прошли в августе по новым правилам.",  # the parliament the reform creates
                "Курултай пройдёт в Кызылорде в январе.",  # to come
            ]
        ):
            d = draft(session, text, outlet="kazinform", date="2026-08-20", name=f"m{k}")
            assert _events(d) == [], text
