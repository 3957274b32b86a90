"""Census of the claims credited to the reported speech just before ("continues the reported speech just before"):
each such drafted claim, right (in the gold) or wrong, with the sentence it stands in and the sentence before, so
that a cue that parts the wrong from the right can be looked for (twenty-third session, second round).

    $ python benchmarks/claims23b_census.py          # writes benchmarks/results/claims23b_census.txt
    $ python benchmarks/claims23b_census.py --parts test23 -o -

This reads the tuning parts only (``benchmarks/_parts.py``); it is a census, not a test, and asserts nothing.
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

CONTINUES = "continues the reported speech just before"


def census(parts: list[str]) -> dict[str, Any]:
    """Each carried claim: part, article, right or wrong, the figure, who, the sentence and the one before."""
    from kg.extract.evaluate import fact_items

    rows: list[dict[str, Any]] = []

    def on_article(part, source, gold_facts, draft, mapping, doc):
        lang = source.language
        canon = lambda x: mapping.get(x, x)  # noqa: E731
        gold = Counter(fact_items(f.type, f.values, lang, lambda v: v)[0] for f in gold_facts if f.type == "claim")
        sentences = doc.article.sentences
        for f in sorted((f for f in draft.facts if f.type == "claim"), key=lambda f: f.sentence):
            item = fact_items(f.type, f.values, lang, canon)[0]
            right = gold[item] > 0
            if right:
                gold[item] -= 1
            if not f.why.endswith(CONTINUES):
                continue
            k = f.sentence
            rows.append(
                {
                    "part": part,
                    "article": source.id,
                    "right": right,
                    "figure": f"{item[2]} {item[3]}",
                    "who": item[1],
                    "text": sentences[k].text[:240],
                    "before": sentences[k - 1].text[:240] if k else "",
                    "same": k > 0 and sentences[k - 1].paragraph == sentences[k].paragraph,
                }
            )

    census_parts(parts, on_article)
    return {"rows": rows}


def render(parts: list[str], found: dict[str, Any]) -> str:
    rows = found["rows"]
    lines = [
        "Census of the claims carried from the reported speech just before (benchmarks/claims23b_census.py)",
        f"date: {dt.date.today().isoformat()}; parts: {', '.join(parts)}",
        "",
        f"carried {len(rows)}: right {sum(r['right'] for r in rows)}, wrong {sum(not r['right'] for r in rows)}",
        "",
    ]
    for r in rows:
        mark = "RIGHT" if r["right"] else "WRONG"
        lines.append(f"- {mark} {r['part']} {r['article']} | {r['figure']} | {r['who']}")
        lines.append(f"    before ({'same paragraph' if r['same'] else 'paragraph before'}): {r['before']}")
        lines.append(f"    text: {r['text']}")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    census_main(census, render, "claims23b_census", __doc__)
