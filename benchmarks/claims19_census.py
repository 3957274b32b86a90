"""Census of both sides of the claims' errors: each drafted claim the gold lacks paired with the missed gold claim of
the same article and figure, and what differs between them.

For every tuning part (``benchmarks/_parts.py``; the held-out parts are never read) the evaluator's claim items
(claimant, figure, unit kind) of each article are compared, gold against draft. An extra (drafted, not in the gold)
is paired with a missed gold item of the same article and the same figure where one exists, and the pair is classed
by what differs: the claimant (by kind: outlet, person, body) or the unit. An extra with no such miss is a figure the
gold does not give; a miss with no such extra is classed by whether its figure was drafted at all in the article
(for another claimant the gold also has, or not at all). Each row gives the rule that credited the draft and the
sentence it stands in, or the gold's evidence.

    $ python benchmarks/claims19_census.py          # writes benchmarks/results/claims19_census.txt
    $ python benchmarks/claims19_census.py --parts dev -o -

This reads the tuning parts only; it is a census, not a test, and asserts nothing.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks._parts import REAL, census_main, census_parts  # noqa: E402  (the parts, listed once)

KINDS = ("outlet", "person", "body", "none")


def _kind(actor_type: str | None, actor_id: str) -> str:
    if not actor_id:
        return "none"
    if actor_type == "outlet":
        return "outlet"
    if actor_type == "person":
        return "person"
    return "body"


def census(parts: list[str], keep: Callable[..., None] | None = None) -> dict[str, Any]:
    """The rows of both sides of the errors; ``keep(part, source, doc)``, when given, sees each article's
    extraction (a later census reads its sentences)."""
    from kg.extract.evaluate import fact_items
    from kg.sources import load_corpus

    bundled = load_corpus()
    rows: list[dict[str, Any]] = []
    registries: dict[str, Any] = {}

    def on_article(part, source, gold_facts, draft, mapping, doc):
        if keep is not None:
            keep(part, source, doc)
        if part not in registries:
            registries[part] = load_corpus([REAL / part])
        gold_reg = registries[part]
        lang = source.language
        canon = lambda x: mapping.get(x, x)  # noqa: E731

        def type_of(actor_id: str) -> str | None:
            if actor_id in draft.actors:
                return draft.actors[actor_id].type
            for reg in (gold_reg, bundled):
                if actor_id in reg.actors:
                    return reg.actors[actor_id].type
            return None

        gold: list[tuple[tuple, str]] = []
        for f in gold_facts:
            if f.type == "claim":
                gold.append((fact_items(f.type, f.values, lang, lambda v: v)[0], " | ".join(f.quotes)))
        found: list[tuple[tuple, str, str]] = []
        for f in draft.facts:
            if f.type == "claim":
                item = fact_items(f.type, f.values, lang, canon)[0]
                why = f.why.split("claimant: ")[-1]
                found.append((item, why, doc.article.sentences[f.sentence].text))
        left = Counter(i for i, _ in gold)
        extras = []
        for item, why, text in sorted(found, key=lambda x: x[0]):
            if left[item] > 0:
                left[item] -= 1
            else:
                extras.append((item, why, text))
        took = Counter(i for i, _, _ in found)
        misses = []
        for item, evidence in gold:
            if took[item] > 0:
                took[item] -= 1
            else:
                misses.append((item, evidence))
        drafted_figures = {i[2] for i, _, _ in found}
        base = {"part": part, "article": source.id, "lang": lang}
        for item, why, text in extras:
            pair = next((m for m in misses if m[0][2] == item[2] and m[0][3] == item[3]), None)
            pair = pair or next((m for m in misses if m[0][2] == item[2]), None)
            row = dict(
                base,
                side="extra",
                figure=f"{item[2]} {item[3]}",
                drafted=item[1],
                drafted_kind=_kind(type_of(item[1]), item[1]),
                why=why,
                text=text[:220],
            )
            if pair is None:
                row["cls"] = "figure the gold lacks"
            else:
                misses.remove(pair)
                g = pair[0]
                row["gold"] = g[1]
                row["gold_kind"] = _kind(type_of(g[1]), g[1])
                row["evidence"] = pair[1][:220]
                if g[3] != item[3]:
                    row["cls"] = "unit" if g[1] == item[1] else "unit and claimant"
                else:
                    row["cls"] = f"claimant: {row['gold_kind']} in gold, {row['drafted_kind']} drafted"
            rows.append(row)
        for item, evidence in misses:
            read = item[2] in drafted_figures
            rows.append(
                dict(
                    base,
                    side="missed",
                    figure=f"{item[2]} {item[3]}",
                    gold=item[1],
                    gold_kind=_kind(type_of(item[1]), item[1]),
                    cls="figure drafted for another claim" if read else "figure not drafted",
                    evidence=evidence[:220],
                )
            )

    census_parts(parts, on_article)
    return {"rows": rows}


def render(parts: list[str], found: dict[str, Any]) -> str:
    rows = found["rows"]
    extras = [r for r in rows if r["side"] == "extra"]
    paired = [r for r in extras if "gold" in r]
    misses = [r for r in rows if r["side"] == "missed"]
    lines = [
        "Census of the claims missed and drafted wrong, paired by article and figure (benchmarks/claims19_census.py)",
        f"date: {dt.date.today().isoformat()}; parts: {', '.join(parts)}",
        "",
        f"extras {len(extras)}, misses {len(misses) + len(paired)}; pairs (same article and figure) {len(paired)};"
        f" extras unpaired {len(extras) - len(paired)}; misses unpaired {len(misses)}",
        "",
        "by class (pairs and unpaired):",
    ]
    for cls, n in Counter(r["cls"] for r in rows).most_common():
        lines.append(f"  {n:>4}  {cls}")
    lines += ["", "extras by the rule that credited them:"]
    for why, n in Counter((r["why"], r["cls"] == "figure the gold lacks") for r in extras).most_common():
        lines.append(f"  {n:>4}  {why[0]}{' (unpaired)' if why[1] else ' (paired)'}")
    lines += ["", "by part (extras / misses):"]
    for part in parts:
        e = sum(1 for r in extras if r["part"] == part)
        m = sum(1 for r in misses if r["part"] == part) + sum(1 for r in paired if r["part"] == part)
        lines.append(f"  {part:<8} {e:>3} / {m:>3}")
    lines += [
        "",
        "every row (part, article | class | figure | drafted (kind) -> gold (kind) | rule; text; gold evidence):",
    ]
    for r in sorted(rows, key=lambda r: (r["cls"], r["part"], r["article"], r["figure"])):
        drafted = f"{r.get('drafted', '-')} ({r.get('drafted_kind', '-')})"
        gold = f"{r.get('gold', '-')} ({r.get('gold_kind', '-')})"
        lines.append(
            f"- {r['part']} {r['article']} | {r['cls']} | {r['figure']} | {drafted} -> {gold} | {r.get('why', '')}"
        )
        if r.get("text"):
            lines.append(f"    drafted from: {r['text']}")
        if r.get("evidence"):
            lines.append(f"    gold evidence: {r['evidence']}")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    census_main(census, render, "claims19_census", __doc__)
