"""The twenty-sixth session on events (kg/extract/rules/events.py, ``events.READINGS26``): the referendum as an event
where a sentence says its voting ended (the census of the tuning parts' events and speeches, summed up in
docs/extract.md), pinned with texts from a tuning part, each with the reading off for contrast, and the near misses
the guards refuse.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from ._drafting import draft, facts


@contextmanager
def _readings(*on: str) -> Iterator[None]:
    """``events.READINGS26`` set to ``on`` alone for the block, and the fiftieth session's ``vote-day`` off (it reads
    any naming of the referendum in a report of the vote's day as the vote held; tests/extract/test_lead50.py)."""
    import kg.extract.rules.events as events

    saved = events.READINGS26, events.READINGS50
    events.READINGS26, events.READINGS50 = frozenset(on), frozenset()
    try:
        yield
    finally:
        events.READINGS26, events.READINGS50 = saved


def _events(d) -> list[tuple[str, str]]:
    """Every drafted event as (date, place), sorted."""
    return sorted((f.values["date"], f.values.get("place", "")) for f in facts(d, "event"))


#: test25, kk-enbekshilder-2026-03-15-district-vote: the referendum "ended at 20:00", reported that evening.
KK = "Сағат 20:00-де республикалық референдум аяқталды. Ауданда 32 референдум учаскесі жұмыс істеді."

#: test25, ru-mgorod-2026-03-15-turnout-closed: the voting "ended" at the referendum.
RU = (
    "В Казахстане завершилось голосование на республиканском референдуме по проекту новой Конституции. Все "
    "избирательные участки в стране закрылись в 20:00."
)


def test_the_referendum_whose_voting_ended_is_an_event_of_the_day(session):
    for k, (text, outlet) in enumerate([(KK, "enbekshilder-kz"), (RU, "mgorod")]):
        with _readings("vote-ended"):
            d = draft(session, text, outlet=outlet, date="2026-03-15", name=f"v{k}")
            assert _events(d) == [("2026-03-15", "")], text
        with _readings():
            d = draft(session, text, outlet=outlet, date="2026-03-15", name=f"w{k}")
            assert _events(d) == [], text


def test_a_vote_to_end_or_voting_closed_without_a_referendum_is_no_event(session):
    with _readings("vote-ended"):
        for k, text in enumerate(
            [
                # the future: "the referendum will end on 15 March"
                "Республикалық референдум 15 наурызда аяқталады.",
                # dev, en-tengrinews-2026-02-27-polling-stations: a commission's right, no referendum named
                "The precinct commission may declare voting closed at any time if all citizens have voted.",
                # another year's referendum
                "Голосование на республиканском референдуме 1995 года завершилось в 20:00.",
            ]
        ):
            d = draft(session, text, outlet="mgorod", date="2026-03-15", name=f"n{k}")
            assert _events(d) == [], text
