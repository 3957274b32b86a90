"""Census of the speeches and event chairs missed and drafted in excess on the tuning parts, by the wording of the
gold sentence (a missed item) or of the drafted one (an extra), run with the twenty-first session's readings off
(``speeches.READINGS21`` empty).

Each row is classed by the first of a few wordings its sentence holds: a Russian participle list ("Выступавшие на
заседании академики X, Y"), a Kazakh event conducted ("Іс-шараны X жүргізіп"), a Kazakh pronoun after the participle
("сөз сөйлеген ол"), English "Addressing the … meeting", a Kazakh statement verb at a meeting the sentence names
("отырысында … тоқталды"), a chair "под председательством" / "төрағалығымен" / "жетекшілігімен", a speaker
named by a bare surname or post only (no linked person in the sentence), words to the press or in an interview, the
President's words elsewhere (extra), else "other wording".

    $ python benchmarks/speeches21_census.py                     # writes benchmarks/results/speeches21_census.txt
    $ python benchmarks/speeches21_census.py --parts test23 -o -

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

from benchmarks._parts import REAL, census_main, table_by_language  # noqa: E402  (the parts, listed once)

_CLASSES = (
    ("ru participle list (Выступавшие … X, Y)", re.compile(r"выступавш|выступивш", re.I)),
    ("kk event conducted (… жүргізіп)", re.compile(r"жүргізіп", re.I)),
    ("kk pronoun after participle (сөйлеген ол)", re.compile(r"сөйлеген\s+ол(?!\w)", re.I)),
    ("en Addressing a meeting", re.compile(r"\baddressing\b", re.I)),
    ("chair: under the chairmanship of", re.compile(r"председательств|төрағалығ|жетекшілігі|chaired\s+by", re.I)),
    ("press or interview", re.compile(r"интервью|сұхбат|журналист|брифинг|interview|journalist|reporter|press", re.I)),
    (
        "kk statement verb at a meeting (отырысында … тоқталды)",
        re.compile(r"(?:да|де|та|те|ында|інде)\s[^.]{0,200}?(?:тоқтал|атап\s+өт)", re.I),
    ),
    (
        "statement verb only (said, noted, тоқталды, отметил)",
        re.compile(
            r"\b(?:said|noted|outlined|presented|briefed|reported)\b|тоқтал|атап\s+өт|таныстыр|"
            r"(?<!\w)(?:отметил|представил|сказал|заявил)",
            re.I,
        ),
    ),
)


def _cls(kind: str, rel: str, who: str, sentence: str) -> str:
    if kind == "extra" and who == "kassym-jomart-tokayev" and rel == "speech":
        return "extra: the President's words or address elsewhere"
    for name, rx in _CLASSES:
        if rx.search(sentence or ""):
            return name
    return "other wording"


def _evidence(f: Any, text: str) -> str:
    """A gold fact's quotes, each widened to its sentence in the article's ``text``."""
    out = []
    for q in getattr(f, "quotes", None) or []:
        flat, qq = " ".join(text.split()), " ".join(q.split())
        i = flat.find(qq)
        if i < 0:
            out.append(qq)
            continue
        start = max(flat.rfind(". ", 0, i) + 2, 0) if flat.rfind(". ", 0, i) >= 0 else 0
        end = flat.find(". ", i + len(qq))
        out.append(flat[start : end + 1 if end >= 0 else len(flat)])
    return " / ".join(out)


def census(parts: list[str]) -> dict[str, Any]:
    import kg.extract.rules.speeches as speeches
    from kg.extract.evaluate import evaluate

    saved = speeches.READINGS21
    speeches.READINGS21 = frozenset()
    rows: list[dict[str, Any]] = []
    totals: Counter = Counter()
    try:
        for part in parts:
            kept: dict[str, Any] = {}

            def keep(source, facts, draft, mapping, kept=kept):
                kept[source.id] = (source, facts, draft, mapping)

            ev = evaluate([REAL / part], on_article=keep)
            s = ev.summary["speeches"]
            totals[(part, "gold")] += s.tp + s.fn
            totals[(part, "drafted")] += s.tp + s.fp
            totals[(part, "right")] += s.tp
            for art, _kind, mx, item in ev.errors:
                words = item.split()
                if not words or words[0] not in ("speech", "chair"):
                    continue
                rel, who = words[0], words[1] if len(words) > 1 else ""
                source, facts, draft, mapping = kept[art]
                sentence = ""
                if mx == "missed":
                    for f in facts:
                        v = f.values
                        if (rel == "speech" and f.type in ("speech", "report") and v.get("speaker") == who) or (
                            rel == "chair" and v.get("chair") == who
                        ):
                            sentence = _evidence(f, source.text or "")
                else:
                    for f in draft.facts:
                        v = f.values
                        got = v.get("speaker") if rel == "speech" else v.get("chair")
                        if got and mapping.get(got, got) == who:
                            sentence = " / ".join(f.evidence)
                rows.append(
                    {
                        "part": part,
                        "article": art,
                        "lang": art[:2],
                        "kind": mx,
                        "item": item.strip(),
                        "sentence": " ".join(sentence.split())[:400],
                        "class": f"{mx}: " + _cls(mx, rel, who, sentence).removeprefix("extra: "),
                    }
                )
            print(f"  censused {part}", file=sys.stderr, flush=True)
    finally:
        speeches.READINGS21 = saved
    return {"rows": rows, "totals": totals}


def render(parts: list[str], found: dict[str, Any]) -> str:
    t, rows = found["totals"], found["rows"]
    gold = sum(t[(p, "gold")] for p in parts)
    drafted = sum(t[(p, "drafted")] for p in parts)
    right = sum(t[(p, "right")] for p in parts)
    lines = [
        "Census of speeches and chairs: missed and extra, by wording (benchmarks/speeches21_census.py;"
        " speeches.READINGS21 off)",
        f"date: {dt.date.today().isoformat()}; parts: {', '.join(parts)}",
        "",
        f"speech items: gold {gold}, drafted {drafted}, right {right}; missed {gold - right}, extra {drafted - right}"
        " (chairs are scored with events and listed below too)",
        "",
    ]
    counts = Counter(r["class"] for r in rows)
    lines += table_by_language("class", rows, "class", sorted(counts, key=lambda c: (-counts[c], c)))
    lines += ["every row (part, article, class, item; the gold sentence of a miss, the draft's of an extra):"]
    for r in sorted(rows, key=lambda r: (r["class"], r["part"], r["article"])):
        lines.append(f"- {r['part']} {r['article']} | {r['class']} | {r['item']}")
        lines.append(f"    {r['sentence']}")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    census_main(census, render, "speeches21_census", __doc__)
