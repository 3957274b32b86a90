"""Census of the initiatives the extractor misses on the tuning parts: their target, their initiator, their wording.

For every tuning part (``benchmarks/_parts.py``; the held-out parts are never read) the extractor is scored as
``kg extract --evaluate`` does. Each gold initiative ``(initiative, initiator, initiated)`` the draft lacks is looked
up in the article by its evidence quote (``benchmarks/proposal_census.find_sentence``) and classed by four questions:

* **target named**: is the initiated thing a mention of the sentence (``mention``), named there as a thing the
  reform creates (``created``: the unicameral parliament, the Halyk Kenesi, the post of vice-president that
  ``initiatives.institutions_created`` reads after a word of creating), named elsewhere in the article, or not?
* **target known**: is it in the registry (``sources/actors.yaml``), drafted by the extractor in this article, or
  neither?
* **initiator**: is the gold initiator a mention of the sentence (linked, but not to the cue), and where otherwise
  (``proposal_census`` classes);
* **wording**: the initiative wordings the rules read in the sentence (``proposal_census.cues``), and whether a
  word of creating ("create", "establish", "учредить", "создание", "құру") is there.

    $ python benchmarks/initiative_census.py                     # writes benchmarks/results/initiative_census.txt
    $ python benchmarks/initiative_census.py --parts dev -o -    # print only

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

from benchmarks._parts import census_main, census_parts, mention_ids  # noqa: E402  (the parts, listed once)
from benchmarks.proposal_census import cues, find_sentence  # noqa: E402


def _registry() -> set[str]:
    import yaml

    data = yaml.safe_load((ROOT / "sources" / "actors.yaml").read_text(encoding="utf-8"))
    return {a["id"] for a in data["actors"]}


def census(parts: list[str]) -> dict[str, Any]:
    """Rows for the missed initiatives, with the gold/drafted/right counts."""
    from kg.extract.evaluate import fact_items
    from kg.extract.rules import initiatives as I

    registry = _registry()
    rows: list[dict[str, Any]] = []
    totals: Counter = Counter()

    def on_article(part, source, gold_facts, draft, mapping, doc):
        lang = source.language

        def canon(x: str) -> str:
            return mapping.get(x, x)

        gold: Counter = Counter()
        facts: dict[tuple, list[Any]] = {}
        for f in gold_facts:
            for item in fact_items(f.type, f.values, lang, lambda v: v)[:1]:
                if item[0] == "initiative":
                    gold[item] += 1
                    facts.setdefault(item, []).append(f)
        pred: Counter = Counter()
        pred_at: dict[tuple, set[int]] = {}
        for f in draft.facts:
            for item in fact_items(f.type, f.values, lang, canon)[:1]:
                if item[0] == "initiative":
                    pred[item] += 1
                    pred_at.setdefault(item, set()).add(f.sentence)
        totals["gold"] += sum(gold.values())
        totals["drafted"] += sum(pred.values())
        totals["right"] += sum((gold & pred).values())
        totals["extra"] += sum((pred - gold).values())
        sentences = doc.article.sentences
        drafted_ids = {canon(a) for a in doc.linker.new}

        mentioned = mention_ids(doc, canon)
        for item, count in (gold - pred).items():
            for f in facts[item][-count:]:
                who, target = item[1], item[2]
                n = find_sentence(sentences, f.quotes)
                row: dict[str, Any] = {
                    "part": part,
                    "article": source.id,
                    "lang": lang,
                    "initiator": who,
                    "target": target,
                    "quote": (f.quotes[0] if f.quotes else "")[:150],
                    "known": "registry" if target in registry else ("drafted" if target in drafted_ids else "neither"),
                }
                if n is None:
                    row.update(named="?", where="?", wording="sentence not found", create="?", drafted="?")
                    rows.append(row)
                    continue
                s = sentences[n]
                created = {x.removeprefix("role:") for x in I.institutions_created(doc, n, 0, len(s.text))}
                if target in mentioned[n]:
                    row["named"] = "mention"
                elif target in created:
                    row["named"] = "created"
                elif any(target in x for x in mentioned):
                    row["named"] = "elsewhere"
                else:
                    row["named"] = "not named"
                row["where"] = (
                    "same sentence"
                    if who in mentioned[n]
                    else "previous sentence"
                    if n and who in mentioned[n - 1]
                    else "earlier"
                    if any(who in x for x in mentioned[:n])
                    else "later"
                    if any(who in x for x in mentioned[n + 1 :])
                    else "nowhere"
                )
                found = cues(s.text, s.lang, doc.mentions[n])
                row["wording"] = "+".join(found) if found else "none"
                row["create"] = "create word" if I._CREATE_WORD[s.lang].search(s.text) else "-"
                here = [p for p, at in pred_at.items() if n in at]
                row["drafted"] = (
                    "initiator, other target"
                    if any(p[1] == who for p in here)
                    else "other initiator"
                    if here
                    else "nothing"
                )
                rows.append(row)

    census_parts(parts, on_article)
    return {"rows": rows, "totals": totals}


def render(parts: list[str], found: dict[str, Any]) -> str:
    t, rows = found["totals"], found["rows"]
    lines = [
        "Census of missed initiatives: target, initiator, wording (benchmarks/initiative_census.py)",
        f"date: {dt.date.today().isoformat()}; parts: {', '.join(parts)}",
        "",
        f"initiatives: gold {t['gold']}, drafted {t['drafted']}, right {t['right']}, missed {len(rows)},"
        f" drafted not in gold {t['extra']}",
        "",
    ]

    def table(title: str, key: str) -> None:
        counts = Counter((r[key], r["lang"]) for r in rows)
        lines.append(f"{title:<44} {'kk':>4} {'ru':>4} {'en':>4} {'all':>5}")
        for v in sorted({r[key] for r in rows}):
            row = [counts[(v, g)] for g in ("kk", "ru", "en")]
            lines.append(f"  {v:<42} {row[0]:>4} {row[1]:>4} {row[2]:>4} {sum(row):>5}")
        lines.append("")

    table("target named in the sentence", "named")
    table("target known", "known")
    table("initiator", "where")
    table("wording", "wording")
    table("a word of creating in the sentence", "create")
    table("what the draft made of the sentence", "drafted")
    cross = Counter((r["named"], r["known"], r["where"], r["create"]) for r in rows)
    lines.append("crossed: target named, target known, initiator, create word -> count")
    for (a, b, c, d), k in sorted(cross.items(), key=lambda x: (-x[1], x[0])):
        lines.append(f"  {a:<10} {b:<9} {c:<18} {d:<12} {k:>3}")
    lines.append("")
    lines.append(
        "missed, one per line: part article | initiator -> target | named | known | initiator | wording | create"
        " | drafted | quote"
    )
    for r in rows:
        lines.append(
            f"  {r['part']} {r['article']} | {r['initiator']} -> {r['target']} | {r['named']} | {r['known']} |"
            f" {r['where']} | {r['wording']} | {r['create']} | {r['drafted']} | {r['quote']}"
        )
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    census_main(census, render, "initiative_census", __doc__)
