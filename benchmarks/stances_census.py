"""Census of the stances the extractor misses or adds on the tuning parts, classed by cause.

For every tuning part (``benchmarks/_parts.py``; the held-out parts are never read) the extractor is scored as
``kg extract --evaluate`` does. Each gold stance ``(holder, target, polarity)`` the draft lacks is looked up in the
article by its evidence quote and classed, first match:

* ``sentence not found``: no sentence of the article holds the quote;
* ``polarity wrong``: the draft has the same holder and target with the other polarity;
* ``target wrong``: the draft has a stance of the same holder from the sentence with another target (the draft vs
  the reform vs an institution such as the Kurultai or the vice-president post);
* ``holder wrong``: the draft has a stance from the sentence toward the same target with another holder;
* ``word seen, holder missing``: a cue of support or opposition, or an evaluation, that the rules read is in the
  sentence and nothing is drafted from it; the holder is then placed: a mention of the sentence (``in sentence``,
  split by the holder's kind: a person, a body, a group), the sentence before, the paragraph's speaker, the
  headline, elsewhere in the article, nowhere (an unsigned text, the outlet);
* ``no word recognised``: none of the rules' cues nor evaluations is in the sentence; the wording is classed by
  patterns written for the census (``_WORDINGS``: aimed at an improvement; a novelty, a step, a key institution;
  enshrined or reflected; strengthens or ensures; a headline or an analysis with no speaker; other), and the line
  lists the sentence so it can be read.

Each drafted stance the gold lacks is classed too: ``polarity wrong``, ``target wrong`` (a gold stance of the same
holder), ``holder wrong`` (a gold stance toward the same target, missed), or ``spurious``.

The totals per part (stances tp/fp/fn and all-facts P) are printed at the head, so that a run before and after a
change compares the parts.

    $ python benchmarks/stances_census.py --off    # before the pass: benchmarks/results/stances_census.txt
    $ python benchmarks/stances_census.py          # as shipped: benchmarks/results/stances_census_after.txt
    $ python benchmarks/stances_census.py --parts dev -o -     # print only

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

from benchmarks._parts import census_main, census_parts, mention_ids  # noqa: E402  (the parts, listed once)
from benchmarks.proposal_census import find_sentence  # noqa: E402  (one way to find a quote's sentence)

WHERE = ("in sentence", "previous sentence", "paragraph speaker", "headline", "elsewhere", "nowhere")
LANGS = ("kk", "ru", "en")


def cues(text: str, lang: str) -> list[str]:
    """The rule wordings of stances found in a sentence: support, opposition, an evaluation good or bad."""
    from kg.extract import patterns as P
    from kg.extract.rules import stances as S

    on = S.READINGS  # the fifteenth and sixteenth passes' lexicons count as read when their reading is on
    out = []
    if (
        P.SUPPORT[lang].search(text)
        or S._SUPPORT_WORDS[lang].search(text)
        or ("cue" in on and S._SUPPORT_CUE_MORE[lang].search(text))
    ):
        out.append("support")
    if P.OPPOSE[lang].search(text) or S._OPPOSE_WORDS[lang].search(text) or S._OPPOSE_MORE[lang].search(text):
        out.append("oppose")
    if (
        P.EVALUATION_GOOD[lang].search(text)
        or S._EVALUATION_GOOD_MORE[lang].search(text)
        or ("aimed" in on and S._AIMED_AT[lang].search(text))
        or ("praise" in on and S._PRAISE_MORE[lang].search(text))
        or ("demands" in on and S._DEMANDS[lang].search(text))  # the sixteenth pass's
        or ("enshrined" in on and S._ENSHRINED[lang].search(text))
        or ("time-demand" in on and S._TIME_DEMAND[lang].search(text))  # the eighteenth pass's
        or ("new-level" in on and S._NEW_LEVEL[lang].search(text))
        or ("commitment" in on and S._COMMITMENT[lang].search(text))
        or ("strengthens" in on and S._STRENGTHENS[lang].search(text))
    ):
        out.append("praise")
    if P.EVALUATION_BAD[lang].search(text) or S._EVALUATION_BAD_MORE[lang].search(text):
        out.append("blame")
    return out


#: Written for the census alone (not the extractor's lexicons): the wordings of praise or blame the "no word
#: recognised" rows hold, first match.
_WORDINGS = (
    ("aimed at an improvement", r"направлен|ориентирован|нацелен|бағытталға|aimed\s+at|focused\s+on|geared"),
    ("a novelty, a step, a key institution", r"новелл|жаңалы|\bstep\b|шаг|қадам|институт\w*|innovation"),
    ("enshrined, reflected, expressed", r"закреп|отраж|бекітіл|көрініс|enshrin|reflect|embod|demonstrat|жазылған"),
    ("strengthens, ensures, widens", r"усили|укреп|күшейт|нығайт|strengthen|ensur|қамтамасыз|мүмкіндік\s+бер"),
    ("a headline or an analysis, no speaker", r"^[^.]{0,90}$|infuriat|narrative|tectonic|in\s+reality"),
)


def wording(text: str) -> str:
    """The class of a sentence's wording of praise or blame that no rule reads (see ``_WORDINGS``)."""
    for name, rx in _WORDINGS:
        if re.search(rx, text, re.IGNORECASE):
            return name
    return "other"


def census(parts: list[str]) -> dict[str, Any]:
    """Rows for the missed stances and the extra ones, with per-part totals."""
    from kg.extract.evaluate import fact_items

    missed: list[dict[str, Any]] = []
    extra: list[dict[str, Any]] = []
    per_part: dict[str, Counter] = {}

    def on_article(part, source, gold_facts, draft, mapping, doc):
        lang = source.language

        def canon(x: str) -> str:
            return mapping.get(x, x)

        tally = per_part.setdefault(part, Counter())
        gold: Counter = Counter()
        by_item: dict[tuple, list[Any]] = {}
        for f in gold_facts:
            for item in fact_items(f.type, f.values, lang, lambda v: v)[:1]:
                if item[0] == "stance":
                    gold[item] += 1
                    by_item.setdefault(item, []).append(f)
        pred: Counter = Counter()
        pred_at: dict[tuple, list[int]] = {}
        for f in draft.facts:
            for item in fact_items(f.type, f.values, lang, canon)[:1]:
                if item[0] == "stance":
                    pred[item] += 1
                    pred_at.setdefault(item, []).append(f.sentence)
        tally["tp"] += sum((gold & pred).values())
        tally["fp"] += sum((pred - gold).values())
        tally["fn"] += sum((gold - pred).values())
        sentences = doc.article.sentences
        mentioned = mention_ids(doc, canon)
        lost = gold - pred
        for item, count in lost.items():
            _, who, target, polarity = item
            for f in by_item[item][-count:]:
                n = find_sentence(sentences, f.quotes)
                row: dict[str, Any] = {
                    "part": part,
                    "article": source.id,
                    "lang": lang,
                    "item": f"{who} {target} {polarity}",
                    "text": (sentences[n].text if n is not None else (f.quotes[0] if f.quotes else ""))[:260],
                    "cues": "",
                    "where": "",
                    "kind": "",
                }
                here = [p for p, ns in pred_at.items() if n is not None and n in ns]
                if n is None:
                    row["class"] = "sentence not found"
                elif any(p[1] == who and p[2] == target for p in pred):
                    row["class"] = "polarity wrong"
                elif any(p[1] == who for p in here):
                    row["class"] = "target wrong"
                    row["where"] = ", ".join(p[2] for p in here if p[1] == who)
                elif any(p[2] == target for p in here):
                    row["class"] = "holder wrong"
                    row["where"] = ", ".join(p[1] for p in here if p[2] == target)
                else:
                    s = sentences[n]
                    found = cues(s.text, s.lang)
                    row["cues"] = "+".join(found)
                    row["class"] = "word seen, holder missing" if found else "no word recognised"
                    row["wording"] = "" if found else wording(s.text)
                    par = s.paragraph
                    speakers = {doc.speaker.get(par), doc.quote_speaker.get(par), doc.last_person.get(par)}
                    speakers = {canon(x) for x in speakers if x}
                    if who in mentioned[n]:
                        where = "in sentence"
                    elif n > 0 and who in mentioned[n - 1]:
                        where = "previous sentence"
                    elif who in speakers:
                        where = "paragraph speaker"
                    elif who in mentioned[0]:
                        where = "headline"
                    elif any(who in x for x in mentioned):
                        where = "elsewhere"
                    else:
                        where = "nowhere"
                    row["where"] = where
                    kind = doc.linker.type_of(who)
                    row["kind"] = (
                        "unknown id" if kind is None else kind if kind in ("person", "group") else "body"
                    )  # "unknown id": an actor the extractor's registry lacks (a gold sheet's own)
                missed.append(row)
        for item, count in (pred - gold).items():
            _, who, target, polarity = item
            if any(g[1] == who and g[2] == target for g in gold):
                why = "polarity wrong"
            elif any(g[1] == who for g in lost):
                why = "target wrong"
            elif any(g[2] == target for g in lost):
                why = "holder wrong"
            else:
                why = "spurious"
            ns = pred_at.get(item, [])
            text = sentences[ns[0]].text[:200] if ns and ns[0] is not None and ns[0] < len(sentences) else ""
            for _ in range(count):
                extra.append(
                    {
                        "part": part,
                        "article": source.id,
                        "lang": lang,
                        "item": " ".join(item[1:]),
                        "why": why,
                        "text": text,
                    }
                )

    census_parts(parts, on_article)
    return {"missed": missed, "extra": extra, "per_part": per_part}


MISSED_CLASSES = (
    "no word recognised",
    "word seen, holder missing",
    "holder wrong",
    "target wrong",
    "polarity wrong",
    "sentence not found",
)


def _readings() -> frozenset[str]:
    import kg.extract.rules.stances as stances

    return stances.READINGS


def render(parts: list[str], found: dict[str, Any]) -> str:
    missed, extra, per_part = found["missed"], found["extra"], found["per_part"]
    total = Counter()
    for t in per_part.values():
        total.update(t)
    lines = [
        "Census of missed and extra stances on the tuning parts, by cause (benchmarks/stances_census.py)",
        "readings of the fifteenth pass (kg.extract.rules.stances.READINGS): "
        + (", ".join(sorted(_readings())) or "none (main before the pass)"),
        f"date: {dt.date.today().isoformat()}; parts: {', '.join(parts)}",
        "",
        f"stances tp {total['tp']}, fp (extra) {total['fp']}, fn (missed) {total['fn']}",
        "",
        "per part: tp/fp/fn",
        "  " + ", ".join(f"{p} {t['tp']}/{t['fp']}/{t['fn']}" for p, t in per_part.items()),
        "",
    ]

    def table(title: str, rows: list[dict[str, Any]], key) -> None:
        counts = Counter((key(r), r["lang"]) for r in rows)
        values = sorted({key(r) for r in rows}, key=lambda v: (-sum(counts[(v, g)] for g in LANGS), v))
        lines.append(f"{title:<52} {'kk':>4} {'ru':>4} {'en':>4} {'all':>5}")
        for v in values:
            row = [counts[(v, g)] for g in LANGS]
            lines.append(f"  {v:<50} {row[0]:>4} {row[1]:>4} {row[2]:>4} {sum(row):>5}")
        lines.append("")

    table("missed, by cause", missed, lambda r: r["class"])
    seen = [r for r in missed if r["class"] == "word seen, holder missing"]
    table("word seen, holder missing: where the holder is / its kind", seen, lambda r: f"{r['where']} / {r['kind']}")
    table("word seen, holder missing: which word", seen, lambda r: r["cues"])
    unseen = [r for r in missed if r["class"] == "no word recognised"]
    table("no word recognised: where the holder is / its kind", unseen, lambda r: f"{r['where']} / {r['kind']}")
    table("no word recognised: the wording (first match)", unseen, lambda r: r["wording"])
    table("extra, by cause", extra, lambda r: r["why"])

    lines.append("missed, one per line: part article | holder target polarity | class | cues | where/kind | sentence")
    for cls in MISSED_CLASSES:
        for r in missed:
            if r["class"] == cls:
                lines.append(
                    f"  {r['part']} {r['article']} | {r['item']} | {cls} | {r['cues'] or '-'} | "
                    f"{r['where'] or '-'}{'/' + r['kind'] if r['kind'] else ''} | {r['text']}"
                )
    lines.append("")
    lines.append("extra, one per line: part article | holder target polarity | class | sentence")
    for r in extra:
        lines.append(f"  {r['part']} {r['article']} | {r['item']} | {r['why']} | {r['text']}")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    # --off: the extractor with none of the fifteenth pass's readings (main before the pass), the census the pass was
    # built from; without it, the extractor as shipped
    off = "--off" in sys.argv
    if off:
        import kg.extract.rules.stances as stances

        sys.argv.remove("--off")
        stances.READINGS = frozenset()
    census_main(census, render, "stances_census" if off else "stances_census_after", __doc__)
