"""Census of the events missed and drafted in excess on the twenty-seven tuning parts, as main ships them.

Built on ``benchmarks/events19_census.py`` (its pairing of a missed gold event with the extra drafted event of the
same article sharing most fields; its lone misses and extras), run with main before the round: every earlier
session's readings as shipped, this round's (``events.READINGS26``) off.

    $ python benchmarks/events26_census.py                     # writes benchmarks/results/events26_census.txt
    $ python benchmarks/events26_census.py --parts test27 -o -

This reads the tuning parts only; it is a census, not a test, and asserts nothing.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks import events19_census as e19  # noqa: E402  (the pairing, read once)
from benchmarks._parts import census_main  # noqa: E402  (the parts, listed once)


def census(parts: list[str]) -> dict[str, Any]:
    """The rows of ``events19_census.census`` with main before the round (this round's reading off)."""
    import kg.extract.rules.events as events

    shipped = events.READINGS26
    events.READINGS26 = frozenset()
    try:
        found = e19.census(parts, readings=events.READINGS)
    finally:
        events.READINGS26 = shipped
    for row in found["rows"]:
        for k in ("doc", "source", "pfacts", "gquotes"):
            row.pop(k, None)
    return found


def render(parts: list[str], found: dict[str, Any]) -> str:
    head = "Census of events, main before the twenty-sixth session's reading (benchmarks/events26_census.py)\n"
    return head + e19.render(parts, found).split("\n", 1)[1]


if __name__ == "__main__":
    census_main(census, render, "events26_census", __doc__)
