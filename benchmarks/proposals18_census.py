"""Census of the proposals and initiatives the extractor misses or drafts in excess on every tuning part, by cause,
with the eighteenth session's readings off and as shipped (kg/extract/rules/proposals.py ``READINGS`` and
``launched`` in kg/extract/rules/initiatives.py ``READINGS``).

The rows are those of ``benchmarks/proposal_census.py``. Each missed gold item is classed by its first cause:
``wording not read`` (its quote holds no wording of proposing or initiating the rules know), ``proposer
elsewhere`` (the wording is read, the proposer is not named in the sentence: a pronoun, the paragraph's speaker, the
headline), ``target`` (the proposer is in the sentence, the target is not drafted or not named there) or ``other``.
Each extra item is a wrong target, a wrong proposer or spurious.

    $ python benchmarks/proposals18_census.py                  # writes benchmarks/results/proposals18_census.txt
    $ python benchmarks/proposals18_census.py --parts test20 -o -

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

from benchmarks._parts import census_main  # noqa: E402  (the parts, listed once)
from benchmarks.proposal_census import census as proposal_census  # noqa: E402  (the rows, classed once)
from benchmarks.proposals17_census import wording  # noqa: E402

LANGS = ("kk", "ru", "en")
CAUSES = ("wording not read", "proposer elsewhere", "target", "other")


def cause(row: dict[str, Any]) -> str:
    """The first cause of a missed item."""
    if row["wording"] == "none":
        return "wording not read"
    if row["where"] != "same sentence":
        return "proposer elsewhere"
    if row["target_at"] != "in sentence":
        return "target"
    return "other"


def _set(readings: tuple[str, ...], initiative: tuple[str, ...]) -> None:
    import kg.extract.rules.initiatives as initiatives
    import kg.extract.rules.proposals as proposals

    proposals.READINGS = readings
    initiatives.READINGS = initiative


def census(parts: list[str]) -> dict[str, Any]:
    """The rows of the proposal census with the session's readings off and as shipped."""
    import kg.extract.rules.initiatives as initiatives
    import kg.extract.rules.proposals as proposals

    shipped, shipped_i = tuple(proposals.READINGS), tuple(initiatives.READINGS)
    before_i = tuple(r for r in shipped_i if r != "launched")
    out: dict[str, Any] = {}
    try:
        for when, readings, initiative in (("off", (), before_i), ("shipped", shipped, shipped_i)):
            _set(readings, initiative)
            found = proposal_census(parts)
            for r in found["missed"]:
                r["wording"] = wording(r["quote"], r["lang"])
                r["cause"] = cause(r)
            out[when] = found
    finally:
        _set(shipped, shipped_i)
    out["readings"] = (*shipped, *(r for r in shipped_i if r == "launched"))
    return out


def render(parts: list[str], found: dict[str, Any]) -> str:
    lines = [
        "Census of proposals and initiatives by cause (benchmarks/proposals18_census.py)",
        f"date: {dt.date.today().isoformat()}; parts: {', '.join(parts)}; readings shipped: {', '.join(found['readings'])}",
        "",
    ]
    for when in ("off", "shipped"):
        f = found[when]
        t = f["totals"]
        lines += [
            f"readings {when}: gold {t['gold']}, drafted {t['drafted']}, right {t['right']}, missed {len(f['missed'])},"
            f" drafted not in gold {len(f['extra'])}",
            f"missed by cause ({when})                  kk   ru   en   all",
        ]
        counts = Counter((r["cause"], r["kind"], r["lang"]) for r in f["missed"])
        for c in CAUSES:
            for kind in ("proposal", "initiative"):
                row = [counts[(c, kind, g)] for g in LANGS]
                if sum(row):
                    lines.append(f"  {c + ', ' + kind:<36} {row[0]:>4} {row[1]:>4} {row[2]:>4} {sum(row):>5}")
        by = Counter((r["why"], r["lang"]) for r in f["extra"])
        lines.append(f"drafted not in the gold ({when}):")
        for why in ("wrong target", "wrong proposer", "spurious"):
            row = [by[(why, g)] for g in LANGS]
            lines.append(f"  {why:<36} {row[0]:>4} {row[1]:>4} {row[2]:>4} {sum(row):>5}")
        lines.append("")
    lines.append(
        "missed with the readings shipped: part article | cause | kind proposer -> target | target | proposer | quote"
    )
    for r in found["shipped"]["missed"]:
        lines.append(
            f"  {r['part']} {r['article']} | {r['cause']} | {r['kind']} {r['proposer']} -> {r['target']} | "
            f"{r['target_at']} | {r['where']} | {r['quote']}"
        )
    lines += ["", "drafted not in the gold with the readings shipped: part article | item | class"]
    for r in found["shipped"]["extra"]:
        lines.append(f"  {r['part']} {r['article']} | {r['item']} | {r['why']}")
    off = {(r["part"], r["article"], r["item"]) for r in found["off"]["extra"]}
    new = [r for r in found["shipped"]["extra"] if (r["part"], r["article"], r["item"]) not in off]
    gone = {(r["part"], r["article"], r["item"]) for r in found["shipped"]["extra"]}
    lines += ["", "extra items the readings add:"] + [f"  {r['part']} {r['article']} | {r['item']}" for r in new]
    lines += ["extra items the readings remove:"] + [
        f"  {r['part']} {r['article']} | {r['item']}"
        for r in found["off"]["extra"]
        if (r["part"], r["article"], r["item"]) not in gone
    ]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    census_main(census, render, "proposals18_census", __doc__)
