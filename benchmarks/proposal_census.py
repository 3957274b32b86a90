"""Census of the proposals and initiatives the extractor misses on the tuning parts, and where their proposer is.

For every tuning part (``benchmarks/_parts.py``; the held-out parts are never read) the extractor is scored as
``kg extract --evaluate`` does. Each gold proposal or initiative it misses (an item ``(proposal, proposer,
target)`` or ``(initiative, initiator, initiated)`` of the gold sheet the draft lacks) is looked up in the
article by its evidence quote and classed by three questions:

* **cue**: does a wording the rules of ``kg/extract/rules/proposals.py`` or ``initiatives.py`` read occur in
  its sentence (a verb or noun of proposing, a request, an impersonal "предлагается", a modal "should", an
  initiative cue)? ``none`` when no rule is reached at all;
* **target**: is the gold target a mention of the sentence (``in sentence``), named elsewhere in the article
  (``elsewhere``), not named (``not drafted``), or is there none (``no target``)?
* **proposer**: where the article names the gold proposer, first match of: a mention of the sentence
  (``same sentence``: seen, but not linked to the cue), the sentence before (``previous sentence``), the
  paragraph's speaker as the doc tracks it (``paragraph speaker``: ``doc.speaker``, ``doc.quote_speaker``,
  ``doc.last_person``), the article's first sentence (``headline``), its main party (``main party``), any
  earlier sentence (``earlier``), a later one (``later``), else ``nowhere``.

Drafted items the gold lacks are classed too: a wrong target (the same proposer and sentence, another target), a
wrong proposer (the same target, another proposer) and spurious (neither).

    $ python benchmarks/proposal_census.py                     # writes benchmarks/results/proposal_census.txt
    $ python benchmarks/proposal_census.py --parts dev -o -    # print only

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

KINDS = ("proposal", "initiative")
WHERE = (
    "same sentence",
    "previous sentence",
    "paragraph speaker",
    "headline",
    "main party",
    "earlier",
    "later",
    "nowhere",
)

_WS = re.compile(r"\s+")


def _norm(text: str) -> str:
    return _WS.sub(" ", re.sub(r"[«»“”\"'’]", "", text)).strip().casefold()


def find_sentence(sentences: list[Any], quotes: list[str]) -> int | None:
    """The index of the sentence a gold quote comes from (the first that holds its opening words, or that it holds)."""
    texts = [_norm(s.text) for s in sentences]
    for quote in quotes:
        q = _norm(quote)
        if not q:
            continue
        for head in (q[:60], q[:30], q[-30:]):
            for i, t in enumerate(texts):
                if head and head in t:
                    return i
        for i, t in enumerate(texts):
            if len(t) > 20 and t in q:
                return i
    return None


def cues(text: str, lang: str, ms: list[Any]) -> list[str]:
    """The names of the rule wordings of proposing and initiating found in a sentence."""
    from kg.extract import patterns as P
    from kg.extract.rules import initiatives as I
    from kg.extract.rules import proposals as R

    out = []
    if R.proposal_cue(text, lang) is not None:
        out.append("proposal verb/noun")
    if R.nominal_proposals(text, ms, lang):
        out.append("proposal noun with author")
    if R._IMPERSONAL[lang].search(text):
        out.append("impersonal")
    if R._CALL[lang].search(text) or R._request(text, ms, lang) is not None:
        out.append("call/request")
    if any(
        R._MODAL_ACT[lang].search(text[max(0, c.start() - 150) : c.end() + 60]) for c in R._MODAL[lang].finditer(text)
    ):
        out.append("modal")
    if R._RECEIVED[lang].search(text) or R._SUCH[lang].search(text) or R._INVERTED[lang].search(text):
        out.append("received/such/inverted")
    init = (
        I.RAISED[lang].search(text)
        or I.CREATED[lang].search(text)
        or I.INITIATOR_NOUN[lang].search(text)
        or I._REFORM_STARTED[lang].search(text)
        or (lang in P.INITIATIVE_AFTER and P.INITIATIVE_AFTER[lang].search(text))
        or re.search(r"бастама|инициатив|initiative", text, re.IGNORECASE)
    )
    if init:
        out.append("initiative")
    return out


#: A change told as coming, with no wording of proposing ("the new assembly will be called Kurultai", "появится
#: должность", "орган құрылады"): how a report retells the proposals of an address. Read for the census only.
_ANNOUNCED = {
    "kk": re.compile(r"(?:ады|еді|йды|йді|лады|леді)(?!\w)|пайда\s+бол", re.IGNORECASE),
    "ru": re.compile(r"(?<!\w)(?:будет|будут|появится|появятся|планируется|вводят|станет)(?!\w)", re.IGNORECASE),
    "en": re.compile(
        r"\b(?:will|would|may)\s+(?:be|become|serve|replace)\b|\bis\s+planned\b|\bmove\s+is\b", re.IGNORECASE
    ),
}


def census(parts: list[str]) -> dict[str, Any]:
    """Rows for the missed items and the extra ones, with the drafted/right/missed counts."""
    from kg.extract.evaluate import fact_items

    missed_rows: list[dict[str, Any]] = []
    extra_rows: list[dict[str, Any]] = []
    totals = Counter()

    def on_article(part, source, gold_facts, draft, mapping, doc):
        lang = source.language

        def canon(x: str) -> str:
            return mapping.get(x, x)

        gold: Counter = Counter()
        by_item: dict[tuple, list[Any]] = {}
        for f in gold_facts:
            for item in fact_items(f.type, f.values, lang, lambda v: v)[:1]:
                if item[0] in KINDS:
                    gold[item] += 1
                    by_item.setdefault(item, []).append(f)
        pred: Counter = Counter()
        pred_sentence: dict[tuple, list[int]] = {}
        for f in draft.facts:
            for item in fact_items(f.type, f.values, lang, canon)[:1]:
                if item[0] in KINDS:
                    pred[item] += 1
                    pred_sentence.setdefault(item, []).append(f.sentence)
        totals["gold"] += sum(gold.values())
        totals["drafted"] += sum(pred.values())
        totals["right"] += sum((gold & pred).values())
        sentences = doc.article.sentences

        mentioned = mention_ids(doc, canon)
        for item, count in (gold - pred).items():
            facts = by_item[item][-count:]
            for f in facts:
                n = find_sentence(sentences, f.quotes)
                who, target = item[1], item[2]
                row: dict[str, Any] = {
                    "part": part,
                    "article": source.id,
                    "lang": lang,
                    "kind": item[0],
                    "proposer": who,
                    "target": target or "-",
                    "sentence": n,
                    "quote": (f.quotes[0] if f.quotes else "")[:140],
                }
                if n is None:
                    row.update(cue="sentence not found", target_at="?", where="?", drafted="?")
                    missed_rows.append(row)
                    continue
                s = sentences[n]
                found = cues(s.text, s.lang, doc.mentions[n])
                row["cue"] = "+".join(found) if found else "none"
                row["announced"] = bool(_ANNOUNCED[s.lang].search(s.text))
                if not target:
                    row["target_at"] = "no target"
                elif target in mentioned[n]:
                    row["target_at"] = "in sentence"
                elif any(target in x for x in mentioned):
                    row["target_at"] = "elsewhere"
                else:
                    row["target_at"] = "not drafted"
                par = s.paragraph
                speakers = {doc.speaker.get(par), doc.quote_speaker.get(par), doc.last_person.get(par)}
                speakers = {canon(x) for x in speakers if x}
                if who in mentioned[n]:
                    where = "same sentence"
                elif n > 0 and who in mentioned[n - 1]:
                    where = "previous sentence"
                elif who in speakers:
                    where = "paragraph speaker"
                elif who in mentioned[0]:
                    where = "headline"
                elif doc.main_party and canon(doc.main_party) == who:
                    where = "main party"
                elif any(who in x for x in mentioned[:n]):
                    where = "earlier"
                elif any(who in x for x in mentioned[n + 1 :]):
                    where = "later"
                else:
                    where = "nowhere"
                row["where"] = where
                # what the draft made of this sentence: the same proposer with another target, or another proposer
                same_sentence = [p for p, ns in pred_sentence.items() if n in ns and p[0] == item[0]]
                if pred[item]:
                    row["drafted"] = (
                        "same item, merged"  # two gold facts, one (proposer, target): the draft merges them
                    )
                elif any(p[1] == who for p in same_sentence):
                    row["drafted"] = "proposer, other target"
                elif any(p[2] == target and target for p in same_sentence):
                    row["drafted"] = "target, other proposer"
                elif same_sentence:
                    row["drafted"] = "other"
                else:
                    row["drafted"] = "nothing"
                missed_rows.append(row)
        missed_here = gold - pred
        for item, count in (pred - gold).items():
            if any(g[1] == item[1] and g[0] == item[0] for g in missed_here):
                why = "wrong target"
            elif item[2] and any(g[2] == item[2] and g[0] == item[0] for g in missed_here):
                why = "wrong proposer"
            else:
                why = "spurious"
            for _ in range(count):
                extra_rows.append(
                    {"part": part, "article": source.id, "lang": lang, "item": " ".join(item), "why": why}
                )

    census_parts(parts, on_article)
    return {"missed": missed_rows, "extra": extra_rows, "totals": totals}


def render(parts: list[str], found: dict[str, Any]) -> str:
    t, missed, extra = found["totals"], found["missed"], found["extra"]
    lines = [
        "Census of missed proposals and initiatives, and where their proposer is (benchmarks/proposal_census.py)",
        f"date: {dt.date.today().isoformat()}; parts: {', '.join(parts)}",
        "",
        f"gold {t['gold']}, drafted {t['drafted']}, right {t['right']}, missed {len(missed)}, drafted not in gold {len(extra)}",
        "",
    ]

    def table(title: str, key: str, order: tuple[str, ...] | None = None) -> None:
        counts = Counter((r[key], r["lang"]) for r in missed)
        values = tuple(
            v for v in (order or sorted({r[key] for r in missed})) if any(counts[(v, g)] for g in ("kk", "ru", "en"))
        )
        lines.append(f"{title:<44} {'kk':>4} {'ru':>4} {'en':>4} {'all':>5}")
        for v in values:
            row = [counts[(v, g)] for g in ("kk", "ru", "en")]
            lines.append(f"  {v:<42} {row[0]:>4} {row[1]:>4} {row[2]:>4} {sum(row):>5}")
        lines.append("")

    table("missed by where the proposer is", "where", WHERE)
    table("missed by cue in the sentence", "cue")
    table("missed by target", "target_at")
    table("missed by what the draft made of the sentence", "drafted")
    cross = Counter((r["cue"] != "none", r["target_at"], r["where"], r["drafted"]) for r in missed)
    lines.append("missed, crossed: (a cue? , target, proposer, drafted in the sentence) -> count")
    for (cue, target, where, drafted), count in sorted(cross.items(), key=lambda x: -x[1]):
        lines.append(f"  {'cue' if cue else 'no cue':<7} {target:<12} {where:<18} {drafted:<24} {count:>3}")
    lines.append("")
    fallback = [
        r
        for r in missed
        if r["cue"] != "none" and r["drafted"] == "nothing" and r["where"] not in ("same sentence", "nowhere")
    ]
    lines.append(
        "a cue, nothing drafted from the sentence, the proposer named outside it (what a proposer from the context"
        f" can reach at most): {len(fallback)}"
    )
    by = Counter(r["where"] for r in fallback)
    lines.append("  " + ", ".join(f"{w} {by[w]}" for w in WHERE if by[w]))
    lines.append("")
    nocue = [r for r in missed if r["cue"] == "none"]
    told = Counter(r["where"] for r in nocue if r.get("announced"))
    lines.append(
        f"no cue a rule reads: {len(nocue)}; of them a change told as coming (future or passive, no proposing word):"
        f" {sum(told.values())} (proposer: " + ", ".join(f"{w} {told[w]}" for w in WHERE if told[w]) + ")"
    )
    lines.append("")
    lines.append("drafted, not in the gold:")
    by = Counter((r["why"], r["lang"]) for r in extra)
    for why in ("wrong target", "wrong proposer", "spurious"):
        lines.append(f"  {why:<16} kk {by[(why, 'kk')]:>3}  ru {by[(why, 'ru')]:>3}  en {by[(why, 'en')]:>3}")
    lines.append("")
    lines.append(
        "missed, one per line: part article | kind proposer -> target | cue | target | proposer | drafted | quote"
    )
    for r in missed:
        lines.append(
            f"  {r['part']} {r['article']} | {r['kind']} {r['proposer']} -> {r['target']} | {r['cue']} | "
            f"{r['target_at']} | {r['where']} | {r['drafted']} | {r['quote']}"
        )
    lines.append("")
    lines.append("drafted not in the gold, one per line: part article | item | class")
    for r in extra:
        lines.append(f"  {r['part']} {r['article']} | {r['item']} | {r['why']}")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    census_main(census, render, "proposal_census", __doc__)
