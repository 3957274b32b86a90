"""Census of who a drafted claim's figure belongs to, by the rule that credited it and the wording around it.

For every tuning part (``benchmarks/_parts.py``; the held-out parts are never read) each drafted claim credited by
"continues the reported speech just before" or "unattributed: the outlet" is classed right (gold has the same
figure with the same claimant), wrong (gold has the figure with another claimant) or extra (gold has no such
figure), with the features of its wording the readings may use: how far (sentences, paragraphs) the figure stands
from the speaker it continues, whether its paragraph names the speaker, whether the sentence cites data ("according
to", "по данным", "мәліметі бойынша"), and whether a body or a person is named in the sentence or the one before.

    $ python benchmarks/claims18b_census.py          # writes benchmarks/results/claims18b_census.txt
    $ python benchmarks/claims18b_census.py --parts dev -o -

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

WHYS = ("continues the reported speech just before", "unattributed: the outlet")


def census(parts: list[str]) -> dict[str, Any]:
    import kg.extract.rules.claims as C
    from kg.extract.evaluate import fact_items

    seen: dict[tuple[int, int], tuple[int, str] | None] = {}
    quoted: dict[tuple[int, int], int | None] = {}
    original = C.credit

    def logged(doc, n):
        out = original(doc, n)
        seen[(id(doc.article), n)] = doc.recent_speaker
        quoted[(id(doc.article), n)] = doc.recent_quoted
        return out

    C.credit = logged
    rows: list[dict[str, Any]] = []

    def on_article(part, source, gold_facts, draft, mapping, doc):
        lang = source.language
        canon = lambda x: mapping.get(x, x)  # noqa: E731
        gold = {}
        for f in gold_facts:
            if f.type == "claim":
                item = fact_items(f.type, f.values, lang, lambda v: v)[0]
                gold.setdefault(item[2:], set()).add(item[1])
        sentences = doc.article.sentences
        for f in draft.facts:
            why = f.why.split("claimant: ")[-1] if f.type == "claim" else ""
            if why not in WHYS:
                continue
            item = fact_items(f.type, f.values, lang, canon)[0]
            golds = gold.get(item[2:], set())
            verdict = "right" if item[1] in golds else ("wrong" if golds else "extra")
            n = f.sentence
            s = sentences[n]
            recent = seen.get((id(doc.article), n))
            row = {
                "part": part,
                "article": source.id,
                "lang": lang,
                "why": why,
                "verdict": verdict,
                "figure": f"{item[2]} {item[3]}",
                "drafted": item[1],
                "gold": ",".join(sorted(golds)) or "-",
                "text": s.text[:200],
            }
            if recent is not None:
                k = recent[0]
                row["sentences"] = n - k
                row["paragraphs"] = s.paragraph - sentences[k].paragraph
                row["speaker"] = recent[1]
                row["quoted"] = quoted.get((id(doc.article), n))
            rows.append(row)

    try:
        census_parts(parts, on_article)
    finally:
        C.credit = original
    return {"rows": rows}


def render(parts: list[str], found: dict[str, Any]) -> str:
    rows = found["rows"]
    lines = [
        "Census of claimants credited by continuing speech or left to the outlet (benchmarks/claims18b_census.py)",
        f"date: {dt.date.today().isoformat()}; parts: {', '.join(parts)}",
        "",
    ]
    for why in WHYS:
        mine = [r for r in rows if r["why"] == why]
        c = Counter(r["verdict"] for r in mine)
        lines.append(f"{why}: {len(mine)} drafted; right {c['right']}, wrong {c['wrong']}, extra {c['extra']}")
        if why == WHYS[0]:
            by = Counter((r.get("paragraphs"), r["verdict"]) for r in mine)
            for p in sorted({r.get("paragraphs") for r in mine}, key=lambda x: (x is None, x)):
                lines.append(
                    f"  paragraphs after the speaker {p!s:>4}: right {by[(p, 'right')]:>3}, wrong {by[(p, 'wrong')]:>3},"
                    f" extra {by[(p, 'extra')]:>3}"
                )
        lines.append("")
    lines.append("every row (part, article, why, verdict, figure, drafted -> gold, sentences/paragraphs after; text):")
    for r in sorted(rows, key=lambda r: (r["why"], r["verdict"], r["part"], r["article"])):
        lines.append(
            f"- {r['part']} {r['article']} | {r['why']} | {r['verdict']} | {r['figure']} | {r['drafted']} -> {r['gold']}"
            f" | {r.get('sentences', '')}/{r.get('paragraphs', '')} {r.get('speaker', '')} q={r.get('quoted')}"
        )
        lines.append(f"    {r['text']}")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    census_main(census, render, "claims18b_census", __doc__)
