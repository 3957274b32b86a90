"""Census of the claims' errors by how the figure was read: for each missed gold claim, whether its figure was seen as
a number at all, whether the word it counts is outside the unit lexicon (``kg.extract.patterns.UNIT_WORDS``), or
whether the figure was drafted and the claimant is the problem; for each extra, whether it is a word-number with no
figure ("тысяч граждан", "ни одной нормы").

The rows are those of ``benchmarks/claims19_census.py`` (each extra paired with the missed gold claim of the same
article and figure); this census reads each row's sentence again. A missed figure not drafted is looked up in the
article's sentences (:func:`kg.extract.patterns.numbers`, every number in digits or words); where it stands, the
sentence is read with :func:`kg.extract.patterns.find_quantities` as the product ships it, then with the twentieth
session's grammar reading (``COUNTED20``: ``grammar``, and ``cued``, the same only in a sentence with a cue of
reporting) to say which of them would read it.

    $ python benchmarks/claims20_census.py -o benchmarks/results/claims20_census_after.txt   # as the product ships
    $ python -c "import runpy, kg.extract.patterns as P; P.COUNTED20 = (); \\
          runpy.run_path('benchmarks/claims20_census.py', run_name='__main__')"   # main before: claims20_census.txt
    $ python benchmarks/claims20_census.py --parts test22 -o -

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

from benchmarks import claims19_census  # noqa: E402  (the rows, paired by article and figure)
from benchmarks._parts import census_main, table_by_language  # noqa: E402

#: How a missed gold claim's figure was read, in the order the tables give them.
READINGS = (
    "drafted: the claimant differs",
    "drafted: the unit kind differs",
    "drafted: for another gold claim",
    "read as a figure: no claim drafted",
    "seen: the counted word outside the lexicon",
    "seen: the counted word in the lexicon, excluded",
    "seen: no counted word after it",
    "not seen: no number reads as it",
)
#: How an unpaired extra's figure is written.
WRITTEN = ("digits", "a number in words", "a word-number with no figure")


def _value(figure: str) -> float:
    return float(figure.split()[0])


def _sentence(sentences: list[tuple[str, str]], figure: float, evidence: str) -> tuple[str, str, int, int] | None:
    """The sentence holding the figure (the one sharing the most words with the gold evidence) and its span."""
    import kg.extract.patterns as P

    words = set(re.findall(r"\w{4,}", evidence.lower()))
    best: tuple[int, tuple[str, str, int, int]] | None = None
    for text, lang in sentences:
        for start, end, value, _p in P.numbers(text, lang):
            if abs(float(value) - figure) < 1e-6:
                shared = len(words & set(re.findall(r"\w{4,}", text.lower())))
                if best is None or shared > best[0]:
                    best = (shared, (text, lang, start, end))
    return best[1] if best else None


def _reads(text: str, lang: str, figure: float, mode: tuple[str, ...]) -> bool:
    import kg.extract.patterns as P

    saved = P.COUNTED20
    P.COUNTED20 = mode
    try:
        return any(abs(float(q[0]) - figure) < 1e-6 for q in P.find_quantities(text, lang))
    finally:
        P.COUNTED20 = saved


def _missed_reading(row: dict[str, Any], sentences: list[tuple[str, str]]) -> None:
    import kg.extract.patterns as P

    if row["cls"].startswith("claimant"):
        row["reading"] = READINGS[0]
        return
    if row["cls"].startswith("unit"):
        row["reading"] = READINGS[1]
        return
    if row["cls"] == "figure drafted for another claim":
        row["reading"] = READINGS[2]
        return
    figure = _value(row["figure"])
    found = _sentence(sentences, figure, row.get("evidence", ""))
    if found is None:
        row["reading"] = READINGS[7]
        return
    text, lang, _start, end = found
    row["sentence"] = text[:220]
    row["grammar"] = _reads(text, lang, figure, ("grammar",))
    row["cued"] = _reads(text, lang, figure, ("cued",))
    if _reads(text, lang, figure, P.COUNTED20):
        row["reading"] = READINGS[3]
        return
    after = re.sub(
        r"^(?:-?\w{0,4})?\s*(?:(?:более|свыше|астам|жуық|аса|over|more\s+than)\s+)?", "", text[end:], flags=re.I
    )
    row["word"] = " ".join(re.findall(r"[^\W\d_][\w-]*", after[:40])[:2])
    if not re.match(r"\s*[^\W\d_]", text[end:]) and not re.match(r"-?\w{1,4}\s+[^\W\d_]", text[end:]):
        row["reading"] = READINGS[6]
    elif re.match(rf"\s*(?:[^\W\d][\w-]*\s+)?(?:{P.UNIT_WORDS[lang]})", after, re.I):
        row["reading"] = READINGS[5]
    else:
        row["reading"] = READINGS[4]


def _written(row: dict[str, Any], sentences: list[tuple[str, str]]) -> None:
    import kg.extract.patterns as P

    figure = _value(row["figure"])
    text = next((t for t in sentences if t[0].startswith(row["text"][:200])), None)
    row["written"] = WRITTEN[0]
    if text is None:
        return
    for start, end, value, _p in P.numbers(*text):
        if abs(float(value) - figure) < 1e-6:
            span = text[0][start:end]
            if not any(ch.isdigit() for ch in span):
                bare = P._bare(text[0], start, span.lower()) or span.lower() in ("тысяч", "тысячи", "тысячами")
                row["written"] = WRITTEN[2] if bare else WRITTEN[1]
                row["span"] = span
            return


def census(parts: list[str]) -> dict[str, Any]:
    sentences: dict[tuple[str, str], list[tuple[str, str]]] = {}

    def keep(part, source, doc):
        sentences[(part, source.id)] = [(s.text, s.lang) for s in doc.article.sentences]

    found = claims19_census.census(parts, keep=keep)
    for row in found["rows"]:
        article = sentences[(row["part"], row["article"])]
        if row["side"] == "missed" or "gold" in row:
            _missed_reading(row, article)
        if row["side"] == "extra" and "gold" not in row:
            _written(row, article)
    return found


def render(parts: list[str], found: dict[str, Any]) -> str:
    rows = found["rows"]
    missed = [dict(r, lang=r["lang"]) for r in rows if "reading" in r]
    extras = [r for r in rows if "written" in r]
    lines = [
        "Census of the claims' errors by how the figure was read (benchmarks/claims20_census.py)",
        f"date: {dt.date.today().isoformat()}; parts: {', '.join(parts)}",
        "",
        f"missed gold claims {len(missed)}; extras {sum(1 for r in rows if r['side'] == 'extra')}"
        f" ({len(extras)} with no missed gold claim of their figure)",
        "",
    ]
    lines += table_by_language("missed gold claims, by reading", missed, "reading", READINGS)
    seen = [r for r in missed if "grammar" in r and r["reading"] != READINGS[3]]
    lines += [
        "of the missed figures seen and not read: read by the grammar reading"
        f" {sum(r['grammar'] for r in seen)} of {len(seen)}, by the cued one {sum(r['cued'] for r in seen)}",
        "",
    ]
    lines += table_by_language("extras with no missed gold claim, by how written", extras, "written", WRITTEN)
    lines += ["by part (missed / extras):"]
    for part in parts:
        m = sum(1 for r in missed if r["part"] == part)
        e = sum(1 for r in rows if r["side"] == "extra" and r["part"] == part)
        lines.append(f"  {part:<8} {m:>3} / {e:>3}")
    lines += [
        "",
        "missed gold claims not drafted (part article | reading | figure -> gold | word after; grammar, cued):",
    ]
    for r in sorted(missed, key=lambda r: (READINGS.index(r["reading"]), r["part"], r["article"])):
        if r["reading"] in READINGS[:3]:
            continue
        marks = f"grammar {'yes' if r.get('grammar') else 'no'}, cued {'yes' if r.get('cued') else 'no'}"
        lines.append(
            f"- {r['part']} {r['article']} | {r['reading']} | {r['figure']} -> {r['gold']} | {r.get('word', '')}; {marks}"
        )
        lines.append(f"    {r.get('sentence') or r.get('evidence', '')}")
    lines += ["", "extras written in words (part article | how | figure | drafted for; sentence):"]
    for r in sorted(extras, key=lambda r: (WRITTEN.index(r["written"]), r["part"], r["article"])):
        if r["written"] == WRITTEN[0]:
            continue
        lines.append(
            f"- {r['part']} {r['article']} | {r['written']}: {r.get('span', '')} | {r['figure']} | {r['drafted']}"
        )
        lines.append(f"    {r['text']}")
    lines += ["", "the paired rows and every extra: benchmarks/claims19_census.py (same rows)."]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    census_main(census, render, "claims20_census", __doc__)
