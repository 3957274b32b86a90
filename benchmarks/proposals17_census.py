"""Census of the proposals and initiatives the extractor misses or drafts in excess on every tuning part, by the
wordings the seventeenth session read (kg/extract/rules/initiatives.py ``READINGS``).

The rows are those of ``benchmarks/proposal_census.py`` (each missed gold item found by its evidence quote and
classed by the cue, the target and where its proposer is; each extra item classed as a wrong target, a wrong
proposer or spurious). Here each missed item's quote is also classed by the first wording of the session's readings
it holds (``unveiled``: the reform unveiled; ``led-by``: a reform with who leads it, or a participle and its agent;
``origin``: a proposal the reform began with; ``listed``: a list of what the proposals include; ``this``: "about
such a step X said"; ``words``: an institution created again, coming into being, a shift from … to …; ``initiative``
or ``proposal``: a wording the rules read before; ``none``), and the census is taken twice: with the readings off
(the extractor before the session) and as shipped.

    $ python benchmarks/proposals17_census.py                  # writes benchmarks/results/proposals17_census.txt
    $ python benchmarks/proposals17_census.py --parts test19 -o -

This reads the tuning parts only; it is a census, not a test, and asserts nothing.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks._parts import census_main  # noqa: E402  (the parts, listed once)
from benchmarks.proposal_census import census as proposal_census  # noqa: E402  (the rows, classed once)

LANGS = ("kk", "ru", "en")
WORDINGS = ("unveiled", "led-by", "origin", "listed", "this", "words", "initiative", "proposal", "none")


def wording(quote: str, lang: str) -> str:
    """The first wording of the session's readings (then the rules' older ones) a quote holds."""
    from kg.extract.rules import initiatives as I
    from kg.extract.rules import proposals as R

    checks = (
        ("unveiled", I._REFORM_UNVEILED[lang]),
        (
            "led-by",
            re.compile(
                f"(?:{I._LED_BY_BEFORE[lang].pattern.rstrip('$')})|(?:{I._PARTICIPLE_FIRST[lang].pattern.rstrip('$')})",
                re.I,
            ),
        ),
        ("origin", I._REFORM_ORIGIN[lang]),
        ("listed", re.compile(I._PROPOSALS_LIST[lang].pattern.lstrip("^"), re.I)),
        ("this", re.compile(I._THIS_ANNOUNCED[lang].pattern.lstrip("^"), re.I)),
        ("words", I._CREATE_MORE[lang]),
    )
    for name, rx in checks:
        if rx.search(quote):
            return name
    if (
        re.search(r"бастама|инициатив|initiat", quote, re.I)
        or I.RAISED[lang].search(quote)
        or I.CREATED[lang].search(quote)
    ):
        return "initiative"
    if R.proposal_cue(quote, lang) is not None:
        return "proposal"
    return "none"


def census(parts: list[str]) -> dict[str, Any]:
    """The rows of the proposal census with the readings off and as shipped."""
    import kg.extract.rules.initiatives as initiatives

    shipped = tuple(initiatives.READINGS)
    out: dict[str, Any] = {}
    try:
        for when, readings in (("off", ()), ("shipped", shipped)):
            initiatives.READINGS = readings
            found = proposal_census(parts)
            for r in found["missed"]:
                r["wording"] = wording(r["quote"], r["lang"])
            out[when] = found
    finally:
        initiatives.READINGS = shipped
    out["readings"] = shipped
    return out


def _kinds(found: dict[str, Any]) -> list[str]:
    lines = [f"{'':<22} {'kk':>4} {'ru':>4} {'en':>4} {'all':>5}"]
    for kind in ("proposal", "initiative"):
        for label, rows, key in (("missed", found["missed"], "kind"), ("extra", found["extra"], "item")):
            counts = Counter(r["lang"] for r in rows if (r[key] == kind if key == "kind" else r[key].startswith(kind)))
            row = [counts[g] for g in LANGS]
            lines.append(f"  {kind + ' ' + label:<20} {row[0]:>4} {row[1]:>4} {row[2]:>4} {sum(row):>5}")
    return lines


def render(parts: list[str], found: dict[str, Any]) -> str:
    lines = [
        "Census of proposals and initiatives by the seventeenth session's wordings (benchmarks/proposals17_census.py)",
        f"date: {dt.date.today().isoformat()}; parts: {', '.join(parts)}; readings shipped: {', '.join(found['readings'])}",
        "",
    ]
    for when in ("off", "shipped"):
        f = found[when]
        t = f["totals"]
        lines += [
            f"readings {when}: gold {t['gold']}, drafted {t['drafted']}, right {t['right']}, missed {len(f['missed'])},"
            f" drafted not in gold {len(f['extra'])}",
            *_kinds(f),
            "",
            f"missed by wording of the quote ({when})      kk   ru   en   all",
        ]
        counts = Counter((r["wording"], r["lang"]) for r in f["missed"])
        for w in WORDINGS:
            row = [counts[(w, g)] for g in LANGS]
            if sum(row):
                lines.append(f"  {w:<40} {row[0]:>4} {row[1]:>4} {row[2]:>4} {sum(row):>5}")
        by = Counter((r["why"], r["lang"]) for r in f["extra"])
        lines.append(f"drafted not in the gold ({when}):")
        for why in ("wrong target", "wrong proposer", "spurious"):
            lines.append(f"  {why:<16} kk {by[(why, 'kk')]:>3}  ru {by[(why, 'ru')]:>3}  en {by[(why, 'en')]:>3}")
        lines.append("")
    lines.append(
        "missed with the readings shipped, one per line: part article | kind proposer -> target | wording | "
        "target | proposer | quote"
    )
    for r in found["shipped"]["missed"]:
        lines.append(
            f"  {r['part']} {r['article']} | {r['kind']} {r['proposer']} -> {r['target']} | {r['wording']} | "
            f"{r['target_at']} | {r['where']} | {r['quote']}"
        )
    lines.append("")
    lines.append("drafted not in the gold with the readings shipped: part article | item | class")
    for r in found["shipped"]["extra"]:
        lines.append(f"  {r['part']} {r['article']} | {r['item']} | {r['why']}")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    census_main(census, render, "proposals17_census", __doc__)
