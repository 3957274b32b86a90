"""Census of the proposals and initiatives on the twenty-two tuning parts, both sides, by what is wrong in an item:
its holder, its target, its cue, or its target left empty.

The rows are those of ``benchmarks/proposals19_census.py`` (``_census_once``: one extraction of every part, each
missed gold item found by its evidence quote with its cue and where its proposer is, each drafted item the gold lacks
classed by its first match), imported. Both sides are classed once more, each missed item paired with the drafted
items of its article:

* a drafted item the gold lacks: ``target-less, holder missed`` (no target, and the gold holds an item of the same
  kind and holder the draft missed: the target was not read), ``target-less`` (no target, nothing of the holder
  missed), ``other target`` (a target, and a missed gold item of the same kind and holder), ``kind swapped``,
  ``holder`` (a missed gold item of the same kind and target, another holder), ``spurious``;
* a missed gold item: ``target-less drafted`` (the draft holds the same kind and holder with no target, in excess),
  ``other target drafted``, ``other holder drafted`` (the same kind and target, another holder, in excess), ``cue,
  nothing drafted``, ``no cue`` (no wording a rule reads in its sentence), ``not found`` (its quote's sentence).

The census is taken twice, with the session's readings off (``proposals.READINGS20``: main before the session) and
as shipped, and lists what they change. For the target-less items it also names what the gold's target is (the
draft, the Constitution in force, another text, none) and which wording of change the sentence holds (a post or body
created or abolished, a norm's wording, a chapter or section, a referendum, none): the language knowledge a target
from the words can use.

    $ python benchmarks/proposals20_census.py                  # writes benchmarks/results/proposals20_census.txt
    $ python benchmarks/proposals20_census.py --parts test22 -o -

This reads the tuning parts only; it is a census, not a test, and asserts nothing.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks._parts import census_main, table_by_language  # noqa: E402  (the parts, listed once)
from benchmarks.proposals19_census import _census_once  # noqa: E402  (the rows, classed once)

EXTRA = ("target-less, holder missed", "target-less", "other target", "kind swapped", "holder", "spurious")
MISSED = (
    "target-less drafted",
    "other target drafted",
    "other holder drafted",
    "cue, nothing drafted",
    "no cue",
    "not found",
)
TARGETS = ("draft", "in force", "article", "other", "none")
#: Wordings of change a target-less proposal's sentence may hold (the census's own look, not a rule's).
CHANGES = {
    "post or body": re.compile(
        r"vice[-\s]?president|post|office|position|institution|council|chamber|parliament|kurultai|"
        r"должност|пост\w*|институт|совет|палат|парламент|курултай|"
        r"лауазым|қызмет|институт|кеңес|палата|парламент|құрылтай",
        re.I,
    ),
    "norm or wording": re.compile(
        r"norm|wording|provision|clause|principle|right|норм|редакци|положени|принцип|прав[оа]|норма|редакция|қағида|"
        r"құқ",
        re.I,
    ),
    "chapter or section": re.compile(r"chapter|section|глав|раздел|тарау|бөлім", re.I),
    "referendum": re.compile(r"referendum|референдум", re.I),
}


def _target_kind(target: str) -> str:
    if not target or target == "-":
        return "none"
    if target == "draft-constitution-2026":
        return "draft"
    if target == "constitution-1995":
        return "in force"
    if "article" in target:
        return "article"
    return "other"


def _change(sentence: str) -> str:
    return next((name for name, rx in CHANGES.items() if rx.search(sentence)), "none")


def census(parts: list[str]) -> dict[str, Any]:
    """The census with the session's readings off (``proposals.READINGS20``: main before it) and as shipped."""
    import kg.extract.rules.proposals as proposals

    shipped = tuple(proposals.READINGS)
    out: dict[str, Any] = {}
    try:
        for when, readings in (
            ("off", tuple(r for r in shipped if r not in proposals.READINGS20)),
            ("shipped", shipped),
        ):
            proposals.READINGS = readings
            out[when] = _classed(parts)
    finally:
        proposals.READINGS = shipped
    return out


def _classed(parts: list[str]) -> dict[str, Any]:
    """The rows of the nineteenth session's census from one extraction of every part, classed by holder and target."""
    found = _census_once(parts)
    missed, extras = found["missed"], found["extras"]
    for r in extras:
        _, who, target = (r["item"].split(" ") + ["-", "-"])[:3]
        r["holder"], r["target"] = who, target
    for r in extras:
        holder_missed = [
            m
            for m in missed
            if (m["part"], m["article"], m["kind"], m["proposer"]) == (r["part"], r["article"], r["kind"], r["holder"])
        ]
        if r["target"] == "-":
            r["class"] = "target-less, holder missed" if holder_missed else "target-less"
            r["gold target"] = _target_kind(holder_missed[0]["target"]) if holder_missed else "none"
            r["change"] = _change(r["sentence"])
        elif holder_missed:
            r["class"] = "other target"
        elif r["why"] == "kind swapped":
            r["class"] = "kind swapped"
        elif any(
            (m["part"], m["article"], m["kind"], m["target"]) == (r["part"], r["article"], r["kind"], r["target"])
            for m in missed
        ):
            r["class"] = "holder"
        else:
            r["class"] = "spurious"
    for m in missed:
        mine = [r for r in extras if (r["part"], r["article"], r["kind"]) == (m["part"], m["article"], m["kind"])]
        if m["cue found"] == "sentence not found":
            m["class"] = "not found"
        elif any(r["holder"] == m["proposer"] and r["target"] == "-" for r in mine):
            m["class"] = "target-less drafted"
        elif any(r["holder"] == m["proposer"] for r in mine):
            m["class"] = "other target drafted"
        elif m["target"] != "-" and any(r["target"] == m["target"] for r in mine):
            m["class"] = "other holder drafted"
        elif m["cue found"] == "cue found":
            m["class"] = "cue, nothing drafted"
        else:
            m["class"] = "no cue"
        m["gold target"] = _target_kind(m["target"])
    return found


def render(parts: list[str], found: dict[str, Any]) -> str:
    lines = [
        "Census of proposals and initiatives by holder, target and cue (benchmarks/proposals20_census.py)",
        f"date: {dt.date.today().isoformat()}; parts: {', '.join(parts)}",
        "",
    ]
    for when in ("off", "shipped"):
        lines += [f"=== the session's readings (proposals.READINGS20) {when} ===", ""] + _render_once(found[when])
    key = ("part", "article", "item")
    off = {tuple(r[k] for k in key) for r in found["off"]["extras"]}
    now = {tuple(r[k] for k in key) for r in found["shipped"]["extras"]}
    mkey = ("part", "article", "kind", "proposer", "target")
    missed_off = {tuple(r[k] for k in mkey) for r in found["off"]["missed"]}
    missed_now = {tuple(r[k] for k in mkey) for r in found["shipped"]["missed"]}
    lines += ["what the readings change:", "  extra items removed:"]
    lines += [f"    {' '.join(x)}" for x in sorted(off - now)]
    lines += ["  extra items added:"] + [f"    {' '.join(x)}" for x in sorted(now - off)]
    lines += ["  missed items found:"] + [f"    {' '.join(x)}" for x in sorted(missed_off - missed_now)]
    lines += ["  items found before, missed now:"] + [f"    {' '.join(x)}" for x in sorted(missed_now - missed_off)]
    return "\n".join(lines) + "\n"


def _render_once(found: dict[str, Any]) -> list[str]:
    t, missed, extras = found["totals"], found["missed"], found["extras"]
    lines = [
        f"gold {t['gold']}, drafted {t['drafted']}, right {t['right']}, missed {len(missed)}, "
        f"drafted not in gold {len(extras)}",
        "",
    ]
    for kind in ("proposal", "initiative"):
        lines += table_by_language(
            f"drafted not in the gold, {kind}s", [r for r in extras if r["kind"] == kind], "class", EXTRA
        )
        lines += table_by_language(f"missed {kind}s", [m for m in missed if m["kind"] == kind], "class", MISSED)
    lines += table_by_language("missed: the gold's target", missed, "gold target", TARGETS)
    torn = [r for r in extras if r["target"] == "-"]
    lines += table_by_language("target-less drafted: the gold's target", torn, "gold target", TARGETS)
    lines += table_by_language("target-less drafted: the change named", torn, "change", (*CHANGES, "none"))
    lines.append("drafted not in the gold, one per line: part article | item | class | change | sentence")
    for cls in EXTRA:
        for r in extras:
            if r["class"] == cls:
                lines.append(
                    f"  {r['part']} {r['article']} | {r['item']} | {cls} | {r.get('change', '')} | {r['sentence']}"
                )
    lines += ["", "missed, one per line: part article | kind holder -> target | class | cue | quote"]
    for cls in MISSED:
        for m in missed:
            if m["class"] == cls:
                lines.append(
                    f"  {m['part']} {m['article']} | {m['kind']} {m['proposer']} -> {m['target']} | {cls} | "
                    f"{m['cue']} | {m['quote']}"
                )
    return lines + [""]


if __name__ == "__main__":
    census_main(census, render, "proposals20_census", __doc__)
