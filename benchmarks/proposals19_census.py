"""Census of the proposals and initiatives on every tuning part, both sides: why each drafted item the gold lacks is
wrong, and whether a rule's cue was found at all for each gold item missed.

The rows are those of ``benchmarks/proposal_census.py`` (one extraction of every part; each missed gold item found
by its evidence quote, with the cue, the target and where its proposer is; ``wording`` from
``benchmarks/proposals17_census.py``). One more look at each article, taken in the same pass, classes each drafted
item the gold lacks by its first match of:

* ``kind swapped``: the gold holds the same proposer and target as the other kind, or the proposer in that sentence
  as the other kind only (an initiative read as a proposal or the reverse);
* ``duplicate``: its sentence is the evidence of a gold item of the same kind the draft found (one gold fact drafted
  again under another key: another target, another proposer);
* ``wrong target``: the gold holds the same kind and proposer in that sentence, or the article, with another target
  (another article, the draft for the current Constitution, none);
* ``wrong proposer``: the gold holds the same kind and target with another proposer;
* ``not a proposal``: nothing of the kind in the gold from that sentence, and no gold item of the proposer at all.

The census is taken twice, with the session's readings off (``proposals.READINGS19`` and ``origin-initiative`` in
``initiatives.READINGS``: main before the session) and as shipped, and lists what they change. Each missed item is
classed by whether a cue a rule reads is in its sentence (``cue found``) or not (``no cue``),
and by what the draft made of the sentence.

    $ python benchmarks/proposals19_census.py                  # writes benchmarks/results/proposals19_census.txt
    $ python benchmarks/proposals19_census.py --parts test5 -o -

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

import benchmarks.proposal_census as pc  # noqa: E402  (the rows, classed once)
from benchmarks._parts import census_main, table_by_language  # noqa: E402  (the parts, listed once)
from benchmarks.proposals17_census import wording  # noqa: E402

EXTRA = ("kind swapped", "duplicate", "wrong target", "wrong proposer", "not a proposal")
CUE = ("cue found", "no cue", "sentence not found")


def _classify_extras(part, source, gold_facts, draft, mapping, doc) -> list[dict[str, Any]]:
    """Each drafted proposal or initiative the gold lacks, with its sentence and its class."""
    from kg.extract.evaluate import fact_items

    lang = source.language
    sentences = doc.article.sentences

    def canon(x: str) -> str:
        return mapping.get(x, x)

    gold: Counter = Counter()
    gold_at: dict[tuple, set[int | None]] = {}
    for f in gold_facts:
        for item in fact_items(f.type, f.values, lang, lambda v: v)[:1]:
            if item[0] in pc.KINDS:
                gold[item] += 1
                gold_at.setdefault(item, set()).add(pc.find_sentence(sentences, f.quotes))
    pred: Counter = Counter()
    pred_at: dict[tuple, list[int]] = {}
    for f in draft.facts:
        for item in fact_items(f.type, f.values, lang, canon)[:1]:
            if item[0] in pc.KINDS:
                pred[item] += 1
                pred_at.setdefault(item, []).append(f.sentence)
    found = gold & pred
    rows = []
    for item, count in (pred - gold).items():
        kind, who, target = item
        at = pred_at[item][-count:]
        for n in at:
            other = "initiative" if kind == "proposal" else "proposal"
            same_sentence = [g for g, ns in gold_at.items() if n in ns]
            if (other, who, target) in gold or (
                any(g[0] == other and g[1] == who for g in same_sentence)
                and not any(g[0] == kind and g[1] == who for g in same_sentence)
            ):
                why = "kind swapped"
            elif any(g[0] == kind and found[g] for g in same_sentence):
                why = "duplicate"
            elif any(g[0] == kind and g[1] == who for g in gold):
                why = "wrong target"
            elif target and any(g[0] == kind and g[2] == target for g in gold):
                why = "wrong proposer"
            else:
                why = "not a proposal"
            rows.append(
                {
                    "part": part,
                    "article": source.id,
                    "lang": lang,
                    "kind": kind,
                    "item": " ".join(x or "-" for x in item),
                    "why": why,
                    "sentence": sentences[n].text[:220] if n is not None and 0 <= n < len(sentences) else "?",
                    "gold here": "; ".join(" ".join(x or "-" for x in g) for g in same_sentence) or "-",
                }
            )
    return rows


def _set(readings: tuple[str, ...], initiative: tuple[str, ...]) -> None:
    import kg.extract.rules.initiatives as initiatives
    import kg.extract.rules.proposals as proposals

    proposals.READINGS = readings
    initiatives.READINGS = initiative


def census(parts: list[str]) -> dict[str, Any]:
    """The census with the session's readings off (main before it) and as shipped."""
    import kg.extract.rules.initiatives as initiatives
    import kg.extract.rules.proposals as proposals

    shipped, shipped_i = tuple(proposals.READINGS), tuple(initiatives.READINGS)
    off = tuple(r for r in shipped if r not in proposals.READINGS19)
    off_i = tuple(r for r in shipped_i if r != "origin-initiative")
    out: dict[str, Any] = {}
    try:
        for when, readings, initiative in (("off", off, off_i), ("shipped", shipped, shipped_i)):
            _set(readings, initiative)
            out[when] = _census_once(parts)
    finally:
        _set(shipped, shipped_i)
    return out


def _census_once(parts: list[str]) -> dict[str, Any]:
    """The proposal census's rows, and the extra items classed, from one extraction of every part."""
    extras: list[dict[str, Any]] = []
    original = pc.census_parts

    def both(parts_, on_article):
        def each(part, source, gold_facts, draft, mapping, doc):
            on_article(part, source, gold_facts, draft, mapping, doc)
            extras.extend(_classify_extras(part, source, gold_facts, draft, mapping, doc))

        original(parts_, each)

    pc.census_parts = both
    try:
        found = pc.census(parts)
    finally:
        pc.census_parts = original
    for r in found["missed"]:
        r["wording"] = wording(r["quote"], r["lang"])
        r["cue found"] = (
            "sentence not found"
            if r["cue"] == "sentence not found"
            else "no cue"
            if r["cue"] == "none"
            else "cue found"
        )
    found["extras"] = extras
    return found


def render(parts: list[str], found: dict[str, Any]) -> str:
    lines = [
        "Census of proposals and initiatives, both sides (benchmarks/proposals19_census.py)",
        f"date: {dt.date.today().isoformat()}; parts: {', '.join(parts)}",
        "",
    ]
    for when in ("off", "shipped"):
        lines += [f"=== the session's readings {when} ===", ""] + _render_once(found[when])
    off = {(r["part"], r["article"], r["item"]) for r in found["off"]["extras"]}
    now = {(r["part"], r["article"], r["item"]) for r in found["shipped"]["extras"]}
    missed_off = {(r["part"], r["article"], r["kind"], r["proposer"], r["target"]) for r in found["off"]["missed"]}
    missed_now = {(r["part"], r["article"], r["kind"], r["proposer"], r["target"]) for r in found["shipped"]["missed"]}
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
    for kind in pc.KINDS:
        lines += table_by_language(
            f"drafted not in the gold, {kind}s", [r for r in extras if r["kind"] == kind], "why", EXTRA
        )
    for kind in pc.KINDS:
        lines += table_by_language(
            f"missed {kind}s, a cue?", [r for r in missed if r["kind"] == kind], "cue found", CUE
        )
    lines += table_by_language(
        "missed with a cue: what was drafted",
        [r for r in missed if r["cue found"] == "cue found"],
        "drafted",
        ("nothing", "proposer, other target", "target, other proposer", "other", "same item, merged"),
    )
    lines += table_by_language(
        "missed with no cue: where the proposer is",
        [r for r in missed if r["cue found"] == "no cue"],
        "where",
        pc.WHERE,
    )
    lines.append(
        "drafted not in the gold, one per line: part article | item | class | gold from the sentence | sentence"
    )
    for why in EXTRA:
        for r in extras:
            if r["why"] == why:
                lines.append(f"  {r['part']} {r['article']} | {r['item']} | {why} | {r['gold here']} | {r['sentence']}")
    lines += ["", "missed, one per line: part article | kind proposer -> target | cue | drafted | proposer | quote"]
    for r in sorted(missed, key=lambda r: (r["cue found"], r["drafted"])):
        lines.append(
            f"  {r['part']} {r['article']} | {r['kind']} {r['proposer']} -> {r['target']} | {r['cue']} | "
            f"{r.get('drafted', '?')} | {r.get('where', '?')} | {r['quote']}"
        )
    return lines + [""]


if __name__ == "__main__":
    census_main(census, render, "proposals19_census", __doc__)
