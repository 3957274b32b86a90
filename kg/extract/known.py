"""Known facts: an event or a proposal the curated sheets already state, found again in a new article.

One real-world event is one node, whatever the number of reports. When a drafted event has the
date of a curated one (± one day), the same organiser (or none given) and a similar name, or a
drafted proposal has the proposer and the target of a curated one and a report date within a
day, the draft names the curated fact (``<source-id>/<fact-id>``) instead of making a new node.

>>> from types import SimpleNamespace as NS
>>> known = [NS(id="session", type="session", source=NS(id="baq", date="2026-02-04"),
...             values={"date": "2026-02-04", "organiser": "baytaq-political-council",
...                     "name": {"en": "Extended plenary session of the Baytaq party's Political Council"}})]
>>> same_fact("session", {"date": "2026-02-05", "organiser": "baytaq-political-council",
...                       "name": {"en": "Plenary session of the Political Council"}}, "2026-02-05", known)
'baq/session'
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

__all__ = ["days_apart", "match", "same_fact"]

_EVENT_TYPES = ("event", "session")
_STOP = frozenset(["the", "of", "a", "an", "and", "in", "on", "at", "for", "to", "by", "партии", "партиясы", "the"])


def same_fact(fact_type: str, values: dict[str, Any], report_date: str, known: Iterable[Any]) -> str | None:
    """The ``<source-id>/<fact-id>`` of the curated fact this drafted one restates, if exactly one matches."""
    found = match(fact_type, values, report_date, known)
    return f"{found.source.id}/{found.id}" if found is not None else None


def match(fact_type: str, values: dict[str, Any], report_date: str, known: Iterable[Any]) -> Any | None:
    """The one curated fact (an event or a proposal) a drafted fact restates, or None."""
    hits: list[Any] = []
    for fact in known:
        if getattr(fact, "same_as", None) or getattr(fact.source, "draft", False):
            continue  # name the fact itself, not another report of it; never another draft
        if fact_type in _EVENT_TYPES and fact.type in _EVENT_TYPES:
            if _event_matches(values, fact.values):
                hits.append(fact)
        elif fact_type == "proposal" and fact.type == "proposal":
            v, k = values, fact.values
            if (
                v.get("proposer") == k.get("proposer")
                and v.get("targets")
                and v.get("targets") == k.get("targets")
                and _within_a_day(report_date, fact.source.date)
            ):
                hits.append(fact)
    keys = {(f.source.id, f.id) for f in hits}
    return hits[0] if len(keys) == 1 else None


def _event_matches(new: dict[str, Any], old: dict[str, Any]) -> bool:
    if not _within_a_day(new.get("date"), old.get("date")):
        return False
    a, b = new.get("organiser"), old.get("organiser")
    if a and b and a != b:
        return False
    return bool(a and a == b) or _similar(new.get("name") or {}, old.get("name") or {})


def _within_a_day(a: str | None, b: str | None) -> bool:
    apart = days_apart(a, b)
    return apart is not None and apart <= 1


def days_apart(a: str | None, b: str | None) -> int | None:
    """How many days lie between two dates written YYYY-MM-DD; None when either is no day ("2026-01", None)."""
    try:
        return abs((dt.date.fromisoformat(str(a)) - dt.date.fromisoformat(str(b))).days)
    except ValueError:
        return None


def _words(text: str) -> set[str]:
    from kg.names import name_key

    return {w[:5] for w in name_key(text).split() if w not in _STOP and len(w) > 2}


def _similar(a: dict[str, str], b: dict[str, str]) -> bool:
    """Names in a shared language sharing at least half of their words (by the first five letters of each key)."""
    for lang, text in a.items():
        if lang in b:
            x, y = _words(text), _words(b[lang])
            if x and y and len(x & y) >= 0.5 * min(len(x), len(y)):
                return True
    return False
