"""Census of the stances the extractor misses or adds on all the tuning parts (``dev``, ``test2`` … ``test22``), classed
by cause, for the twentieth session's stance work; and a census of the draft read for the reform and back.

The census of causes is ``benchmarks/stances_census.py``'s (imported, not copied): each missed gold stance is classed
"no word recognised", "word seen, holder missing" (the holder placed and its kind given), "holder wrong", "target
wrong", "polarity wrong" or "sentence not found"; here "word seen" is split by whether a target is in the rules' reach
(a mention of the draft, an article or the reform, an institution, a reference back): "word seen, no target reached"
when none is; each extra one "polarity wrong", "target wrong", "holder wrong" or
"spurious". Its ``cues`` is extended here to count the twentieth session's wordings (``_READINGS20``) as read when
their reading is on.

The second census asks whether a rule could tell the draft Constitution (``draft-constitution-2026``) from the reform
(``constitutional-reform-2025``) better than the rules do. Every drafted stance toward either is classed by what its
sentence names (the draft or the new text; the reform; changes or amendments alone; both; neither, a reference back)
and by the article's date (before 31 January 2026, when the draft was published, or after); for each class it counts
the drafted stances the gold holds, and how many the gold would hold with the other target (and the draft lacks):
what swapping the target in that class would gain and lose.

    $ python benchmarks/stances20_census.py          # writes benchmarks/results/stances20_census.txt
    $ python benchmarks/stances20_census.py --off    # the readings of _READINGS20 off: stances20_census_before.txt
    $ python benchmarks/stances20_census.py --parts test22 -o -

This reads the tuning parts only; it is a census, not a test, and asserts nothing.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import benchmarks.stances_census as S  # noqa: E402  (the one census of stances)
from benchmarks._parts import census_main, census_parts  # noqa: E402  (the parts, listed once)

DRAFT, REFORM = "draft-constitution-2026", "constitutional-reform-2025"
#: The draft's publication: a stance before it can only be toward the reform announced.
PUBLISHED = "2026-01-31"
_NAMES = (
    (
        "the draft or the new text",
        r"жоба|проект|draft|жаңа\s+(?:Конституция|Ата\s+заң)|нов\w+\s+Конституци|new\s+constitution|"
        r"updated\s+constitution|жаңартылған",
    ),
    ("the reform", r"реформ|reform"),
    ("changes or amendments alone", r"өзгеріс|түзету|изменени|поправк|преобразовани|changes|amendments|transformation"),
)
_original_cues = S.cues


def cues(text: str, lang: str) -> list[str]:
    """The census's cue classes, with the twentieth session's wordings counted when their reading is on."""
    from kg.extract.rules import stances as R

    out = _original_cues(text, lang)
    on = R.READINGS
    if "reception" in on and R._RECEPTION[lang].search(text) and "support" not in out:
        out.insert(0, "support")
    tables = (
        ("timely", R._TIMELY),
        ("day-demand", R._DAY_DEMAND),
        ("ready", R._READY),
        ("enables", R._ENABLES),
        ("devoted", R._DEVOTED),
    )
    if "praise" not in out and any(r in on and t[lang].search(text) for r, t in tables):
        out.append("praise")
    return out


def named(text: str) -> str:
    """What a sentence names of the draft and the reform (see ``_NAMES``)."""
    found = [name for name, rx in _NAMES if re.search(rx, text, re.IGNORECASE)]
    if "the draft or the new text" in found and "the reform" in found:
        return "both the draft and the reform"
    return found[0] if found else "neither (a reference back)"


def _targets(rows: list[dict[str, Any]], part, source, gold_facts, draft, mapping, doc) -> None:
    """Rows for the drafted stances toward the draft or the reform: gold now, gold with the other target."""
    from kg.extract.evaluate import fact_items

    lang = source.language
    gold = {it for f in gold_facts for it in fact_items(f.type, f.values, lang, lambda v: v)[:1] if it[0] == "stance"}
    pred: dict[tuple, int] = {}
    for f in draft.facts:
        for it in fact_items(f.type, f.values, lang, lambda v: mapping.get(v, v))[:1]:
            if it[0] == "stance" and it[2] in (DRAFT, REFORM):
                pred.setdefault(it, f.sentence)
    date = re.search(r"\d{4}-\d\d-\d\d", source.id)
    when = "before" if date and date.group() < PUBLISHED else "after"
    for item, n in pred.items():
        other = (item[0], item[1], REFORM if item[2] == DRAFT else DRAFT, item[3])
        text = doc.article.sentences[n].text if n is not None else ""
        rows.append(
            {
                "part": part,
                "article": source.id,
                "lang": lang,
                "drafted": "reform" if item[2] == REFORM else "draft",
                "names": named(text),
                "when": when,
                "right": item in gold,
                "right_swapped": other in gold and other not in pred,
                "text": text[:200],
            }
        )


#: The class of a missed stance whose cue the rules read where no target is in their reach (split from "word seen,
#: holder missing"): the holder may be there, the draft, an article, the reform or an institution is not.
NO_TARGET = "word seen, no target reached"


def reached(doc: Any, n: int) -> bool:
    """Whether the stance rules reach a target from sentence ``n``: a mention of the draft, an article or the reform,
    an institution of the reform, or a reference back to one named before."""
    from kg.extract.rules import stances as R

    if any(m.kind in R._TARGET_KINDS for m in doc.mentions[n]) or R._institutions(doc, n):
        return True
    return R._referred_back(doc, n) is not None


def census(parts: list[str]) -> dict[str, Any]:
    """The census of causes (stances_census.census, its cues extended; "word seen, holder missing" split by whether a
    target is in the rules' reach) and the rows of the target census, in one pass over the parts."""
    rows: list[dict[str, Any]] = []
    reach: dict[tuple[str, str, str], bool] = {}

    def both(parts_: list[str], on_article) -> None:
        def each(*args) -> None:
            on_article(*args)
            _targets(rows, *args)
            part, source, doc = args[0], args[1], args[-1]
            for n, sentence in enumerate(doc.article.sentences):
                reach.setdefault((part, source.id, sentence.text[:260]), reached(doc, n))

        census_parts(parts_, each)

    S.cues, S.census_parts = cues, both
    try:
        found = S.census(parts)
    finally:
        S.cues, S.census_parts = _original_cues, census_parts
    for row in found["missed"]:
        if row["class"] == "word seen, holder missing" and not reach.get(
            (row["part"], row["article"], row["text"]), True
        ):
            row["class"] = NO_TARGET
    found["targets"] = rows
    return found


def render(parts: list[str], found: dict[str, Any]) -> str:
    rows = found["targets"]
    lines = [
        "",
        "The draft read for the reform and back: the drafted stances toward either, by what the sentence names and the",
        f"article's date (before or after {PUBLISHED}); right: the gold holds it; swapped: the gold holds it with the",
        "other target (and the draft lacks that); a swap in the class gains 'swapped' and loses 'right'.",
        f"  {'drafted':<8} {'names':<32} {'when':<7} {'drafted':>7} {'right':>6} {'swapped':>8} {'net':>5}",
    ]
    keys = Counter((r["drafted"], r["names"], r["when"]) for r in rows)
    for key in sorted(keys):
        those = [r for r in rows if (r["drafted"], r["names"], r["when"]) == key]
        right = sum(r["right"] for r in those)
        swapped = sum(r["right_swapped"] for r in those)
        lines.append(
            f"  {key[0]:<8} {key[1]:<32} {key[2]:<7} {len(those):>7} {right:>6} {swapped:>8} {swapped - right:>+5}"
        )
    lines += [
        "",
        "the drafted stances a swap would make right, one per line: part article | drafted | names | sentence",
    ]
    for r in rows:
        if r["right_swapped"]:
            lines.append(f"  {r['part']} {r['article']} | {r['drafted']} | {r['names']} | {r['text']}")
    classes = S.MISSED_CLASSES
    S.MISSED_CLASSES = (*classes[:2], NO_TARGET, *classes[2:])
    try:
        return S.render(parts, found) + "\n".join(lines) + "\n"
    finally:
        S.MISSED_CLASSES = classes


if __name__ == "__main__":
    name = "stances20_census"
    if "--off" in sys.argv:  # the census the session was built from: its readings off
        import kg.extract.rules.stances as stances

        sys.argv.remove("--off")
        stances.READINGS = stances.READINGS - set(stances._READINGS20)
        name = "stances20_census_before"
    census_main(census, render, name, __doc__)
