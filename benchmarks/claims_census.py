"""Census of the claims the extractor misses and drafts in excess on the tuning parts, classed by cause.

For every tuning part (``benchmarks/_parts.py``; the held-out parts are never read) the extractor is scored as
``kg extract --evaluate`` does, and the claim items (claimant, figure, unit kind) of each article are compared. A
missed gold claim and an extra drafted claim of the same figure are one error of attribution or of unit kind; what
is left is a figure not read (or read and dropped) on the gold side, a non-claim drafted on the other:

* **claimant wrong**: the figure was drafted with another claimant, classed by the kinds on either side (gold's
  and the draft's: outlet, person, body) and the rule that credited it (the draft's "why");
* **unit kind wrong**: the figure's claimant is right, its kind (share or count) is not;
* **figure not read**: the gold figure is not among ``patterns.find_quantities`` of its sentence, by its form
  (digits with spaces, a number in words, a range, a share with a Kazakh case ending …);
* **figure read, not drafted**: the figure is read but no claim was drafted (a filter dropped it, or no
  claimant was found, or the sentence was not found);
* **non-claim drafted**: an extra figure no gold claim has, by what it looks like (a date or year, an ordinal, a
  number of a station/decree/article, a threshold or bound, a time or a duration, a count of a list) or
  ``other`` (a figure the part's gold leaves out by its own convention, or a figure gold credits to nobody).

    $ python benchmarks/claims_census.py                     # writes benchmarks/results/claims_census.txt
    $ python benchmarks/claims_census.py --parts dev -o -    # print only

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

from benchmarks._parts import REAL, census_main, census_parts  # noqa: E402  (the parts, listed once)
from benchmarks.proposal_census import find_sentence  # noqa: E402


def _types(part: str) -> dict[str, str]:
    """Actor id -> type, the bundled registry's and the part's own."""
    import yaml

    out: dict[str, str] = {}
    for path in (ROOT / "sources" / "actors.yaml", REAL / part / "actors.yaml"):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        out.update({a["id"]: a.get("type", "") for a in data.get("actors") or []})
    return out


def _side(who: str, outlet: str, types: dict[str, str], type_of: Any) -> str:
    """outlet, person or body: the kind of a claimant."""
    t = types.get(who) or type_of(who) or ""
    if who == outlet or t == "outlet":
        return "outlet"
    return "person" if t == "person" else "body"


#: What a figure that is no claim looks like, in the few words around it (checked in order).
_MONTHS = (
    r"január|january|february|march|april|may|june|july|august|september|october|november|december|"
    r"январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр|"
    r"қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан"
)
_NONCLAIM = (
    ("time of day", re.compile(r"\d\s*[:.]\s*\d\d\s*(?:a\.?m|p\.?m|сағ)|сағат\s*\d|\d{1,2}:\d\d", re.I)),
    ("date", re.compile(rf"\d{{1,2}}\s*(?:-?\s*(?:ші|шы|інші|ыншы))?\s*(?:{_MONTHS})|(?:{_MONTHS})\w*\s+\d", re.I)),
    ("year", re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)(?:\s*(?:year|год|г\.|жыл|-ж))?", re.I)),
    (
        "number of an article/station/decree",
        re.compile(r"№|№\s*\d|бап|статья|стать|article|пункт|тармақ|station\s+no|учаск\w*\s+№|указ\w*\s+№", re.I),
    ),
    (
        "ordinal",
        re.compile(
            r"\d+\s*-?\s*(?:th|st|nd|rd|ші|шы|інші|ыншы|ой|ий|ый|го|му)\b|first|second|third|перв|втор|трет", re.I
        ),
    ),
    (
        "threshold or bound",
        re.compile(
            r"fewer|less\s+than|no\s+more|at\s+least|not\s+less|менее|меньше|не\s+менее|не\s+более|кемінде|"
            r"аспауы|кем\s+емес|астам\s+емес|half|половин|жарты|required|must|should|тиіс|должн|порог|threshold",
            re.I,
        ),
    ),
    (
        "duration or age",
        re.compile(
            r"\d+\s*(?:-?\s*)?(?:years?|months?|days?|hours?|weeks?|minutes?|лет|год|месяц|дн|дней|час|недел|минут|"
            r"жыл|ай|күн|сағат|апта|минут)(?!\w{4,})",
            re.I,
        ),
    ),
)


def _nonclaim(text: str, start: int, end: int) -> str:
    """What an extra figure at [start, end) of ``text`` looks like (see ``_NONCLAIM``)."""
    near = text[max(0, start - 25) : min(len(text), end + 25)]
    figure = text[max(0, start - 3) : min(len(text), end + 14)]
    for label, rx in _NONCLAIM:
        if label in ("threshold or bound",) and rx.search(near):
            return label
        if rx.search(figure):
            return label
    return "other (a figure gold leaves out)"


def _form(text: str) -> str:
    """The form of a gold figure the extractor did not read, from the evidence around it."""
    if re.search(r"\d[\s\u00a0\u202f]\d{3}", text):
        return "digits with spaces"
    if re.search(r"\d\s*[-–—]\s*\d|\bto\b|до\s+\d", text):
        return "a range"
    if re.search(r"\d\s*%-?\w+|пайыз\w+", text):
        return "a share with a case ending"
    if not re.search(r"\d", text):
        return "a number in words"
    return "digits"


def _figure_at(text: str, lang: str, quantity: float) -> tuple[int, int] | None:
    from kg.extract import patterns as P

    for q, _c, _u, s, e in P.find_quantities(text, lang):
        if abs(float(q) - quantity) < 1e-9:
            return s, e
    return None


def census(parts: list[str]) -> dict[str, Any]:
    """Rows for the missed and extra claims, and per part the claim tallies."""
    from kg.extract.evaluate import fact_items

    rows: list[dict[str, Any]] = []
    totals: Counter = Counter()
    types: dict[str, dict[str, str]] = {p: _types(p) for p in parts}

    def on_article(part, source, gold_facts, draft, mapping, doc):
        lang = source.language
        outlet = mapping.get(doc.outlet, doc.outlet) if doc.outlet else ""
        outlet = getattr(source, "outlet", "") or outlet

        def canon(x: str) -> str:
            return mapping.get(x, x)

        def type_of(x: str) -> str | None:
            inverse = [k for k, v in mapping.items() if v == x] or [x]
            return next((doc.linker.type_of(k) for k in inverse if doc.linker.type_of(k)), None)

        gold: Counter = Counter()
        gfacts: dict[tuple, list[Any]] = {}
        for f in gold_facts:
            if f.type != "claim":
                continue
            item = fact_items(f.type, f.values, lang, lambda v: v)[0]
            gold[item] += 1
            gfacts.setdefault(item, []).append(f)
        pred: Counter = Counter()
        pfacts: dict[tuple, list[Any]] = {}
        for f in draft.facts:
            if f.type != "claim":
                continue
            item = fact_items(f.type, f.values, lang, canon)[0]
            pred[item] += 1
            pfacts.setdefault(item, []).append(f)
        totals[(part, "gold")] += sum(gold.values())
        totals[(part, "drafted")] += sum(pred.values())
        totals[(part, "right")] += sum((gold & pred).values())
        missed, extra = gold - pred, pred - gold
        sentences = doc.article.sentences
        side = lambda who: _side(who, outlet, types[part], type_of)  # noqa: E731

        def base(item, kind):
            return {"part": part, "article": source.id, "lang": lang, "kind": kind, "figure": item[2], "unit": item[3]}

        for item, count in list(missed.items()):
            for f in gfacts[item][-count:]:
                row = base(item, "missed")
                row["gold"] = item[1]
                row["quote"] = (f.quotes[0] if f.quotes else "")[:160]
                same = [p for p in extra if p[2] == item[2] and p[3] == item[3] and extra[p] > 0]
                kind = [p for p in extra if p[2] == item[2] and p[1] == item[1] and extra[p] > 0]
                if same:
                    p = same[0]
                    extra[p] -= 1
                    d = pfacts[p][0]
                    row.update(
                        cause="claimant wrong",
                        sub=f"{side(item[1])} in gold, {side(p[1])} drafted",
                        drafted=p[1],
                        why=d.why.split("claimant: ")[-1],
                        quote=sentences[d.sentence].text[:200],
                    )
                elif kind:
                    p = kind[0]
                    extra[p] -= 1
                    row.update(cause="unit kind wrong", sub=f"{item[3]} in gold, {p[3]} drafted", drafted=p[1], why="")
                else:
                    n = find_sentence(sentences, f.quotes)
                    if n is None:
                        row.update(cause="figure read, not drafted", sub="sentence not found", drafted="", why="")
                    elif _figure_at(sentences[n].text, sentences[n].lang, float(item[2])) is None:
                        row.update(
                            cause="figure not read", sub=_form(f.quotes[0] if f.quotes else ""), drafted="", why=""
                        )
                        row["quote"] = sentences[n].text[:200]
                    else:
                        others = [p for p in pfacts if any(d.sentence == n for d in pfacts[p])]
                        row.update(
                            cause="figure read, not drafted",
                            sub="other figures of the sentence drafted"
                            if others
                            else "nothing drafted in the sentence",
                            drafted="",
                            why="",
                        )
                        row["quote"] = sentences[n].text[:200]
                rows.append(row)
        for item, count in extra.items():
            if count <= 0:
                continue
            for d in pfacts[item][-count:]:
                row = base(item, "extra")
                row["drafted"] = item[1]
                row["gold"] = ""
                row["why"] = d.why.split("claimant: ")[-1]
                s = sentences[d.sentence]
                row["quote"] = s.text[:200]
                if any(g[2] == item[2] for g in gold):
                    row.update(cause="duplicate or second claimant", sub=f"{side(item[1])} drafted")
                else:
                    at = _figure_at(s.text, s.lang, float(item[2]))
                    row.update(cause="non-claim drafted", sub=_nonclaim(s.text, *at) if at else "figure elsewhere")
                rows.append(row)

    census_parts(parts, on_article)
    return {"rows": rows, "totals": totals}


def render(parts: list[str], found: dict[str, Any]) -> str:
    t, rows = found["totals"], found["rows"]
    gold = sum(t[(p, "gold")] for p in parts)
    drafted = sum(t[(p, "drafted")] for p in parts)
    right = sum(t[(p, "right")] for p in parts)
    missed = [r for r in rows if r["kind"] == "missed"]
    lines = [
        "Census of claims: missed and extra, by cause (benchmarks/claims_census.py)",
        f"date: {dt.date.today().isoformat()}; parts: {', '.join(parts)}",
        "",
        f"claims: gold {gold}, drafted {drafted}, right {right}; missed {len(missed)}, extra {drafted - right}"
        " (an error of attribution is one missed and one extra: counted once below, as missed)",
        "",
        f"{'part':<8} {'gold':>5} {'drafted':>8} {'right':>6}",
    ]
    lines += [f"{p:<8} {t[(p, 'gold')]:>5} {t[(p, 'drafted')]:>8} {t[(p, 'right')]:>6}" for p in parts]
    lines.append("")
    counts = Counter((r["cause"], r["lang"]) for r in rows)
    lines.append(f"{'cause':<44} {'kk':>4} {'ru':>4} {'en':>4} {'all':>5}")
    for cause in sorted({r["cause"] for r in rows}, key=lambda c: -sum(counts[(c, x)] for x in ("kk", "ru", "en"))):
        c = [counts[(cause, x)] for x in ("kk", "ru", "en")]
        lines.append(f"{cause:<44} {c[0]:>4} {c[1]:>4} {c[2]:>4} {sum(c):>5}")
    lines.append("")
    subs = Counter((r["cause"], r["sub"]) for r in rows)
    lines.append("by cause and kind:")
    for (cause, sub), k in sorted(subs.items(), key=lambda x: (x[0][0], -x[1])):
        lines.append(f"  {cause:<32} {sub:<48} {k:>4}")
    whys = Counter(r["why"] for r in rows if r["cause"] == "claimant wrong")
    lines += ["", "claimant wrong, by the rule that credited the draft:"]
    lines += [f"  {k:>4}  {w}" for w, k in whys.most_common()]
    lines += ["", "every row (part, article, cause / kind, figure unit, gold claimant -> drafted; why; sentence):"]
    for r in sorted(rows, key=lambda r: (r["cause"], r["sub"], r["part"], r["article"])):
        lines.append(
            f"- {r['part']} {r['article']} | {r['cause']} / {r['sub']} | {r['figure']} {r['unit']} |"
            f" {r['gold'] or '-'} -> {r['drafted'] or '-'} | {r['why']}"
        )
        lines.append(f"    {r['quote']}")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    census_main(census, render, "claims_census", __doc__)
