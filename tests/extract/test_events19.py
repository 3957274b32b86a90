"""The nineteenth session on events (kg/extract/rules/events.py, ``events.READINGS``): a recalled session the curated
facts date takes the curated place where the article names it (the census benchmarks/results/events19_census.txt:
the gold sheets give the fifth National Kurultai's Kyzylorda exactly where the article names the town), pinned with
texts from tuning parts, and the case the reading must leave alone.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from ._drafting import draft, facts


@contextmanager
def _without(reading: str) -> Iterator[None]:
    import kg.extract.rules.events as events

    saved = events.READINGS
    events.READINGS = saved - {reading}
    try:
        yield
    finally:
        events.READINGS = saved


def _kurultai(d) -> list[dict]:
    """The values of the drafted sessions dated to the fifth National Kurultai's day."""
    return [f.values for f in facts(d, "session", date="2026-01-20")]


#: test18, en-caspianpost-2026-01-30-strategic-governance: the Kurultai recalled with its day, the town named two
#: sentences below as "The Kyzylorda address".
CASPIAN = (
    "President Kassym-Jomart Tokayev’s address at the National Kurultai on 20 January 2026 marks a central moment in "
    "Kazakhstan’s political evolution.\n"
    "Since adopting its constitution in 1995, Kazakhstan has navigated the delicate balance between preserving its "
    "unique national identity and embracing modern statehood. The Kyzylorda address represents the natural "
    "progression of this trajectory."
)

#: test9, en-timesunion-2026-01-21-kurultai-address: the headline recalls the Kurultai, the dateline names the town.
TIMESUNION = (
    "Kazakhstan Enters New Era of Political Development. In a major address at the National Kurultai, President "
    "Kassym-Jomart Tokayev unveiled sweeping constitutional reforms\n\n"
    "KYZYLORDA– In a landmark address to the National Kurultai, President Kassym-Jomart Tokayev unveiled a "
    "comprehensive package of constitutional, political, and economic reforms."
)


def test_a_recalled_kurultai_takes_kyzylorda_named_later_in_the_article(session):
    """The session is drafted from the first sentence, which names no place; Kyzylorda is named below."""
    (values,) = _kurultai(draft(session, CASPIAN, outlet="caspian-post", date="2026-01-30", name="c1"))
    assert values["place"] == "kyzylorda"
    with _without("curated-place"):
        (values,) = _kurultai(draft(session, CASPIAN, outlet="caspian-post", date="2026-01-30", name="c2"))
        assert "place" not in values


def test_a_recalled_kurultai_takes_the_town_of_the_dateline(session):
    (values,) = _kurultai(draft(session, TIMESUNION, outlet="times-union", date="2026-01-21", name="t1"))
    assert values["place"] == "kyzylorda"


def test_a_recalled_kurultai_stays_without_a_place_where_the_article_names_no_town(session):
    """The same report without the town (as test11, ru-kt-2026-01-24-first-sitting, recalls the session): no place;
    the curated place is not the article's word."""
    text = CASPIAN.replace("The Kyzylorda address", "The address")
    (values,) = _kurultai(draft(session, text, outlet="caspian-post", date="2026-01-30", name="c3"))
    assert "place" not in values
