"""Find facts that probably describe the same real-world thing, for a person to judge.

Two facts of different reports are candidates when they have the same type and either share a
person or organisation (after name resolution and ``same_as`` decisions) or fall within a few
days of each other. Each candidate pair is scored from what agrees:

* dates: the same day (+30), within a day (+25), within :data:`DAYS` days (+15); two events
  further apart count -30;
* who: the same organiser, chair, proposer, speaker, holder, claimant or initiator (+30 each),
  or one inside the other, such as a party and its political council (+20);
* what: the same target, subject, event, organisation or role (+30 for a field the type
  requires, +20 otherwise; 10 less when one is a part of the other); a different required one
  counts -20;
* words: names, contents, titles or measures that share their word stems in a language both
  give, scaled to +30 (Kazakh, Russian and English words are folded with :func:`kg.names.name_key`);
  texts in a shared language with almost no words in common count -20;
* a different person or organisation in the same role (two holders, two proposers) counts -40.

A claim pair is only listed when the figures agree: differing figures stay separate claims.
Pairs a reviewer judged (``same_as`` joins them into one fact; ``not_same`` in
``sources/decisions.yaml``) are not listed.

>>> from kg.sources import load_corpus
>>> [p for p in fact_duplicates(load_corpus()) if p.score >= 100]
[]
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from itertools import combinations
from typing import Any

from kg import schema
from kg.sources import Corpus, Fact

DAYS = 3
#: Lowest score listed by default.
THRESHOLD = 60.0
#: Fields naming who did it, per schema: refs to agents that are required or organise/chair.
WHO_FIELDS = ("organiser", "chair", "proposer", "speaker", "holder", "claimant", "initiator")
WHAT_FIELDS = ("targets", "target", "about", "initiated", "event", "organisation", "role", "via", "measure")
WORD_FIELDS = ("name", "content", "title", "measure", "summary", "themes")


@dataclass(frozen=True)
class FactPair:
    """Two facts (``<source-id>/<fact-id>``) that may be one, with a score (0-100+) and why."""

    a: str
    b: str
    type: str
    score: float
    why: str
    label_a: str
    label_b: str


def _date(text: str | None) -> dt.date | None:
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text if len(text) == 10 else text + "-01")
    except ValueError:
        return None


def _stems(text: str) -> set[str]:
    from kg.names import name_key

    return {word[:5] for word in name_key(text).split() if len(word) > 2}


def _texts(values: dict[str, Any]) -> dict[str, str]:
    """Every text field joined per language."""
    out: dict[str, list[str]] = defaultdict(list)
    for key in WORD_FIELDS:
        value = values.get(key)
        for texts in value if isinstance(value, list) else [value] if isinstance(value, dict) else []:
            for lang, text in texts.items():
                out[lang].append(text)
    return {lang: " ".join(parts) for lang, parts in out.items()}


def _label(values: dict[str, Any], key: str) -> str:
    texts = _texts(values)
    return texts.get("en") or next(iter(texts.values()), key)


def _ancestors(corpus: Corpus, actor_id: str) -> set[str]:
    seen: set[str] = set()
    while actor_id in corpus.actors and actor_id not in seen:
        seen.add(actor_id)
        actor_id = corpus.actors[actor_id].part_of or ""
    return seen


def fact_duplicates(corpus: Corpus, *, threshold: float | None = None, include_decided: bool = False) -> list[FactPair]:
    """Probable duplicate facts across the sheets, best score first.

    :param threshold: the lowest score listed (default :data:`THRESHOLD`).
    :param include_decided: also list pairs judged ``not_same``.
    """
    from kg.model import fact_date, merged_values

    limit = THRESHOLD if threshold is None else threshold
    by_key = {f.key: f for f in corpus.facts}
    groups = corpus.groups()
    facts: dict[str, tuple[Fact, dict[str, Any], dt.date | None]] = {}
    for key, members in groups.items():
        fact_type = schema.FACT_TYPES[members[0].type]
        values = merged_values([m.values for m in members], fact_type)
        event = values.get("event")
        if event is not None:
            ref = (
                members[0].ref_key(event) if not any("/" in str(m.values.get("event", "")) for m in members) else event
            )
            values["event"] = corpus.canonical.get(ref, ref)
        facts[key] = (members[0], values, _date(fact_date(members[0], by_key, corpus.canonical)))
    judged = (
        set()
        if include_decided
        else {frozenset((d.a, d.b)) for d in corpus.decisions if d.kind == "not_same" and "/" in d.a}
    )

    # blocking: the same type and a shared agent, or dates within DAYS of each other
    candidates: set[tuple[str, str]] = set()
    by_type: dict[str, list[str]] = defaultdict(list)
    for key, (fact, _values, _when) in facts.items():
        by_type[fact.type].append(key)
    for keys in by_type.values():
        by_agent: dict[str, list[str]] = defaultdict(list)
        for key in keys:
            for field in WHO_FIELDS:
                agent = facts[key][1].get(field)
                if isinstance(agent, str):
                    for actor in _ancestors(corpus, agent):
                        by_agent[actor].append(key)
        for shared in by_agent.values():
            candidates.update(combinations(sorted(set(shared)), 2))
        dated = sorted((when, k) for k in keys if (when := facts[k][2]) is not None)
        for i, (when, key) in enumerate(dated):
            for other_when, other in dated[i + 1 :]:
                if (other_when - when).days > DAYS:
                    break
                candidates.add(tuple(sorted((key, other))))  # type: ignore[arg-type]

    pairs: list[FactPair] = []
    for a, b in sorted(candidates):
        fa, va, da = facts[a]
        fb, vb, db = facts[b]
        if fa.source.id == fb.source.id or frozenset((a, b)) in judged:
            continue
        if fa.type == "claim" and (
            va.get("quantity") != vb.get("quantity") or va.get("claimant") != vb.get("claimant")
        ):
            continue  # differing figures, or the same figure said by two people, stay separate claims
        score, why = _score(corpus, va, vb, da, db, required=set(schema.FACT_TYPES[fa.type].required))
        if score >= limit:
            pairs.append(FactPair(a, b, fa.type, score, "; ".join(why), _label(va, a), _label(vb, b)))
    return sorted(pairs, key=lambda p: (-p.score, p.a, p.b))


def _score(
    corpus: Corpus,
    va: dict[str, Any],
    vb: dict[str, Any],
    da: dt.date | None,
    db: dt.date | None,
    *,
    required: set[str],
) -> tuple[float, list[str]]:
    score = 0.0
    why: list[str] = []
    if da is not None and db is not None:
        days = abs((da - db).days)
        if days == 0:
            score += 30
            why.append(f"same date {da.isoformat()}")
        elif days <= 1:
            score += 25
            why.append("dates a day apart")
        elif days <= DAYS:
            score += 15
            why.append(f"dates {days} days apart")
        elif "date" in required:  # an event's own date, not only when a report said something
            score -= 30
            why.append(f"dates {days} days apart")
    for fields, penalty in ((WHO_FIELDS, -40), (WHAT_FIELDS, -20)):
        for field in fields:
            x, y = va.get(field), vb.get(field)
            if not isinstance(x, str) or not isinstance(y, str):
                continue
            full = 30 if fields is WHO_FIELDS or field in required else 20
            if x == y:
                score += full
                why.append(f"same {field} {x}")
            elif x in _ancestors(corpus, y) or y in _ancestors(corpus, x):
                score += full - 10
                why.append(f"{field} {x} / {y}: one is part of the other")
            elif fields is WHO_FIELDS or field in required:
                score += penalty
                why.append(f"different {field}: {x} / {y}")
    ta, tb = _texts(va), _texts(vb)
    overlap = 0.0
    for lang in sorted(set(ta) & set(tb)):
        sa, sb = _stems(ta[lang]), _stems(tb[lang])
        if sa and sb:
            overlap = max(overlap, len(sa & sb) / len(sa | sb))
    if overlap >= 0.2:
        score += round(30 * overlap, 1)
        why.append(f"similar words ({overlap:.0%} shared)")
    elif set(ta) & set(tb):
        score -= 20
        why.append("different words")
    return score, why
