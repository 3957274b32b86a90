"""Census of the proposals and initiatives on the twenty-four tuning parts, both sides, each item with its sentence:
what the gold holds and the draft lacks (with the gold's evidence) and what the draft holds and the gold lacks (with the
rule's reason and its sentence), classed by the wording the twenty-third session's readings read.

    $ python benchmarks/proposals23_census.py                  # writes benchmarks/results/proposals23_census.txt
    $ python benchmarks/proposals23_census.py --parts test24 -o -

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

from benchmarks._parts import census_main, census_parts  # noqa: E402  (the parts, listed once)
from benchmarks.proposal_census import KINDS, find_sentence  # noqa: E402  (the sentence of a gold quote)


def census(parts: list[str]) -> dict[str, Any]:
    """One row per missed gold item and per extra drafted item, with its sentence."""
    from kg.extract.evaluate import fact_items

    rows: list[dict[str, Any]] = []
    totals: Counter = Counter()

    def on_article(part, source, gold_facts, draft, mapping, doc):
        lang = source.language

        def canon(x: str) -> str:
            return mapping.get(x, x)

        gold: dict[tuple, list[Any]] = {}
        for f in gold_facts:
            for item in fact_items(f.type, f.values, lang, lambda v: v)[:1]:
                if item[0] in KINDS:
                    gold.setdefault(item, []).append(f)
        pred: dict[tuple, list[Any]] = {}
        for f in draft.facts:
            for item in fact_items(f.type, f.values, lang, canon)[:1]:
                if item[0] in KINDS:
                    pred.setdefault(item, []).append(f)
        sentences = doc.article.sentences
        totals["gold"] += sum(len(v) for v in gold.values())
        totals["drafted"] += sum(len(v) for v in pred.values())
        for item, facts in gold.items():
            for f in facts[len(pred.get(item, [])) :]:
                n = find_sentence(sentences, f.quotes)
                text = sentences[n].text if n is not None else (f.quotes[0] if f.quotes else "")
                rows.append(
                    {
                        "side": "missed",
                        "part": part,
                        "article": source.id,
                        "lang": lang,
                        "item": item,
                        "why": "",
                        "text": text,
                    }
                )
        for item, facts in pred.items():
            for k, f in enumerate(facts):
                side = "right" if k < len(gold.get(item, [])) else "extra"
                text = sentences[f.sentence].text if f.sentence is not None else ""
                rows.append(
                    {
                        "side": side,
                        "part": part,
                        "article": source.id,
                        "lang": lang,
                        "item": item,
                        "why": f.why,
                        "text": text,
                    }
                )

    census_parts(parts, on_article)
    return {"rows": rows, "totals": totals}


def render(parts: list[str], found: dict[str, Any]) -> str:
    rows, t = found["rows"], found["totals"]
    lines = [
        "Census of proposals and initiatives, both sides (benchmarks/proposals23_census.py)",
        f"date: {dt.date.today().isoformat()}; parts: {', '.join(parts)}",
        f"gold {t['gold']}, drafted {t['drafted']}, missed {sum(r['side'] == 'missed' for r in rows)}, "
        f"extra {sum(r['side'] == 'extra' for r in rows)}",
        "",
    ]
    for r in rows:
        lines.append(f"{r['side']:<6} {r['part']} {r['article']} | {' '.join(map(str, r['item']))} | {r['why']}")
        lines.append(f"       {r['text'][:400]}")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    census_main(census, render, "proposals23_census", __doc__)
