"""Census of the events the extractor misses and drafts in excess on the tuning parts, classed by what differs.

For every tuning part (``benchmarks/_parts.py``; the held-out parts are never read) the extractor is scored as
``kg extract --evaluate`` does, and the event items of each article are compared as the evaluator keys them: an
event is ``(date, place, format)`` and its chair a second item (both count under "events"). A missed gold event and
an extra drafted event of the same article are paired (each missed event, in gold order, with the extra left that
shares most fields with it) and classed by the
fields that differ (date, place, format, or several); a chair missed and one drafted in the same article are
"chair wrong". What is left:

* **extra, found twice**: the draft holds the same event item more often than gold does;
* **extra, gold holds no event**: the article's gold has no event at all;
* **extra, an event gold does not hold**: gold has events, all of them found;
* **extra chair**: a chair gold does not name;
* **missed, no event drafted**: the draft holds no event at all, by whether an event cue (an event noun, a verb of
  holding, "met", "at the meeting") is in the gold quote's sentence;
* **missed, another event drafted and right**: the article's draft has event items but no extra event is left to
  pair (all of them right, used by earlier pairs, or chairs only);
* **missed chair**: the event is right or paired, its chair not found.

    $ python benchmarks/events19_census.py                     # writes benchmarks/results/events19_census.txt
    $ python benchmarks/events19_census.py --parts dev -o -    # print only

This reads the tuning parts only; it is a census, not a test, and asserts nothing.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks._parts import census_main, census_parts, table_by_language  # noqa: E402  (the parts, listed once)
from benchmarks.proposal_census import find_sentence  # noqa: E402

_FIELDS = ("date", "place", "format")


def _cue(text: str, lang: str) -> str:
    """Which event cue the sentence holds ("none" when none)."""
    from kg.extract import patterns as P

    found = [
        name
        for name, rx in (("noun", P.EVENT), ("held", P.HELD), ("met", P.MET), ("at", P.EVENT_AT))
        if rx[lang].search(text)
    ]
    return "+".join(found) or "none"


def _differ(g: tuple, p: tuple) -> list[str]:
    return [f for i, f in enumerate(_FIELDS, start=1) if g[i] != p[i]]


def census(parts: list[str], readings: frozenset[str] = frozenset()) -> dict[str, Any]:
    """Rows for the missed and extra event items, and per part the tallies (of main before the round: the
    round's readings, ``events.READINGS``, set to ``readings`` while it runs, restored after). Each row keeps the
    article's ``source``, ``doc`` and the draft fact of its drafted item (``fact``) for a finer census to read."""
    import kg.extract.rules.events as events
    from kg.extract.evaluate import fact_items

    shipped, events.READINGS = events.READINGS, readings
    rows: list[dict[str, Any]] = []
    totals: Counter = Counter()

    def on_article(part, source, gold_facts, draft, mapping, doc):
        lang = source.language

        def canon(x: str) -> str:
            return mapping.get(x, x)

        gold: Counter = Counter()
        gquotes: dict[tuple, list[str]] = {}
        for f in gold_facts:
            for item in fact_items(f.type, f.values, lang, lambda v: v):
                if item[0] in ("event", "chair"):
                    gold[item] += 1
                    gquotes.setdefault(item, list(f.quotes or []))
        pred: Counter = Counter()
        pfacts: dict[tuple, Any] = {}
        for f in draft.facts:
            for item in fact_items(f.type, f.values, lang, canon):
                if item[0] in ("event", "chair"):
                    pred[item] += 1
                    pfacts.setdefault(item, f)
        totals[(part, "gold")] += sum(gold.values())
        totals[(part, "drafted")] += sum(pred.values())
        totals[(part, "right")] += sum((gold & pred).values())
        missed, extra = gold - pred, pred - gold
        sentences = doc.article.sentences

        def base(kind: str, item: tuple) -> dict[str, Any]:
            return {
                "part": part,
                "article": source.id,
                "lang": lang,
                "kind": kind,
                "item": item,
                "source": source,
                "doc": doc,
                "pfacts": pfacts,
                "gquotes": gquotes,
            }

        def drafted_text(item: tuple) -> str:
            f = pfacts[item]
            return f"{f.why or '-'} :: " + sentences[f.sentence].text[:220]

        def gold_text(item: tuple) -> str:
            n = find_sentence(sentences, gquotes.get(item) or [])
            return (sentences[n].text if n is not None else " / ".join(gquotes.get(item) or []))[:220]

        # pair each missed event with the extra event of the article sharing most fields
        missed_events = [i for i, c in missed.items() for _ in range(c) if i[0] == "event"]
        extra_events = [i for i, c in extra.items() for _ in range(c) if i[0] == "event"]
        for g in missed_events:
            row = base("missed", g)
            row["gold"] = gold_text(g)
            if extra_events:
                p = min(extra_events, key=lambda p: len(_differ(g, p)))
                extra_events.remove(p)
                diff = _differ(g, p)
                cause = "paired: " + "+".join(diff)
                if diff == ["place"]:
                    cause += " (" + ("none drafted" if not p[2] else "gold has none" if not g[2] else "another") + ")"
                row.update(cause=cause, drafted=p, quote=drafted_text(p))
            elif pred:
                row.update(cause="missed, another event drafted and right", drafted=None, quote="")
            else:
                n = find_sentence(sentences, gquotes.get(g) or [])
                cue = _cue(sentences[n].text, sentences[n].lang) if n is not None else "sentence not found"
                row.update(cause=f"missed, no event drafted (cue: {cue})", drafted=None, quote="")
            rows.append(row)
        for p in extra_events:
            row = base("extra", p)
            if gold[p] > 0:
                cause = "extra, found twice"
            elif not any(i[0] == "event" for i in gold):
                cause = "extra, gold holds no event"
            else:
                cause = "extra, an event gold does not hold"
            row.update(cause=cause, drafted=p, quote=drafted_text(p), gold="")
            rows.append(row)
        missed_chairs = [i for i, c in missed.items() for _ in range(c) if i[0] == "chair"]
        extra_chairs = [i for i, c in extra.items() for _ in range(c) if i[0] == "chair"]
        for g in missed_chairs:
            row = base("missed", g)
            row["gold"] = gold_text(g)
            if extra_chairs:
                p = extra_chairs.pop(0)
                row.update(cause="paired: chair", drafted=p, quote=drafted_text(p))
            else:
                row.update(cause="missed chair", drafted=None, quote="")
            rows.append(row)
        for p in extra_chairs:
            row = base("extra", p)
            row.update(cause="extra chair", drafted=p, quote=drafted_text(p), gold="")
            rows.append(row)

    try:
        census_parts(parts, on_article)
    finally:
        events.READINGS = shipped
    return {"rows": rows, "totals": totals}


def render(parts: list[str], found: dict[str, Any]) -> str:
    t, rows = found["totals"], found["rows"]
    gold = sum(t[(p, "gold")] for p in parts)
    drafted = sum(t[(p, "drafted")] for p in parts)
    right = sum(t[(p, "right")] for p in parts)
    lines = [
        "Census of events: missed and extra, by what differs (benchmarks/events19_census.py; the round's readings,"
        " events.READINGS, off: main before the round)",
        f"date: {dt.date.today().isoformat()}; parts: {', '.join(parts)}",
        "",
        f"event items (event and chair): gold {gold}, drafted {drafted}, right {right};"
        f" missed {gold - right}, extra {drafted - right}",
        "(a pair is one missed and one extra item: counted once below, as missed)",
        "",
        f"{'part':<8} {'gold':>5} {'drafted':>8} {'right':>6}",
    ]
    lines += [f"{p:<8} {t[(p, 'gold')]:>5} {t[(p, 'drafted')]:>8} {t[(p, 'right')]:>6}" for p in parts]
    lines.append("")
    counts = Counter(r["cause"] for r in rows)
    lines += table_by_language("cause", rows, "cause", sorted(counts, key=lambda c: -counts[c]))
    lines += [
        "every row (part, article, cause; gold item -> drafted item; gold sentence / draft's why :: sentence):",
    ]
    for r in sorted(rows, key=lambda r: (r["cause"], r["part"], r["article"])):
        g = " ".join(map(str, r["item"])) if r["kind"] == "missed" else "-"
        d = " ".join(map(str, r["drafted"])) if r.get("drafted") else "-"
        lines.append(f"- {r['part']} {r['article']} | {r['cause']} | {g} -> {d}")
        if r.get("gold"):
            lines.append(f"    gold:  {r['gold']}")
        if r.get("quote"):
            lines.append(f"    draft: {r['quote']}")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    census_main(census, render, "events19_census", __doc__)
