"""Census of the wrong (extra) facts the extractor drafts on the tuning parts, by fact type, rule and reason.

For every tuning part (``benchmarks/_parts.py``; the held-out parts are never read) each article is extracted as
``kg extract --evaluate`` does, and every drafted fact is scored as the confidence table scores it: the surest
drafts claim their gold item first, and a fact is right when its own item (the first of
:func:`kg.extract.evaluate.fact_items`) is left in the gold sheet. A wrong fact is classed by why it is wrong,
against the article's gold items:

* **wrong FIELD** (half-right): a gold item of the same type agrees on every field but one (``wrong holder``,
  ``wrong body``, ``wrong role``, ``wrong target``, ``wrong polarity``, ``wrong claimant``, ``wrong unit kind``,
  ``wrong title``, ``wrong date``, ``wrong place``, ``wrong format`` ...);
* **duplicate**: its item is in the gold sheet but a surer draft took it already;
* **gold convention split**: its actors are those of a gold item of another type (a vote the gold records as a
  proposal or an initiative, a post the gold gives as a stance ...), or both its actors are in the gold sheet;
* **not in gold at all**: nothing of the kind in the gold sheet.

The rule is the fact's ``why`` with its quoted words and its cap note left out. The census counts right /
drafted per fact type, per rule and per confidence band, and lists every wrong fact with its sentence.
:func:`collect` is what ``benchmarks/precision_lopo.py`` reads as well.

    $ python benchmarks/precision_census.py --before         # writes benchmarks/results/precision_census.txt
    $ python benchmarks/precision_census.py                  # as shipped: precision_census_after.txt
    $ python benchmarks/precision_census.py --parts dev -o -

This reads the tuning parts only; it is a census, not a test, and asserts nothing.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks._parts import census_main, census_parts  # noqa: E402  (the parts, listed once)
from kg.extract.evaluate import band_of  # noqa: E402  (the bands of the confidence table)

#: The fields of each relation item after its type, for naming a half-right fact's wrong field.
FIELDS = {
    "membership": ("holder", "role", "body"),
    "stance": ("holder", "target", "polarity"),
    "speech": ("speaker", "title"),
    "proposal": ("proposer", "target"),
    "claim": ("claimant", "figure", "unit kind"),
    "initiative": ("initiator", "initiated"),
    "event": ("date", "place", "format"),
    "chair": ("chair",),
}


@dataclass
class Fact:
    """One drafted fact as the census and the leave-one-part-out fit read it."""

    part: str
    article: str
    type: str
    rule: str
    why: str
    confidence: float
    items: list[tuple]
    sentence: str
    right: bool = False
    reason: str = ""


@dataclass
class Article:
    part: str
    article: str
    gold: Counter = field(default_factory=Counter)
    facts: list[Fact] = field(default_factory=list)


def rule_of(why: str) -> str:
    """The rule a ``why`` names (:func:`kg.extract.draft.rule_name`: its quoted words and notes left out)."""
    from kg.extract.draft import rule_name

    return rule_name(why) or "(none)"


def judge(article: Article) -> None:
    """Mark each fact right or wrong as the confidence table does, and class the wrong ones."""
    left = Counter(article.gold)
    for fact in sorted(article.facts, key=lambda f: -f.confidence):
        if not fact.items:
            continue
        if left[fact.items[0]] > 0:
            fact.right = True
            left[fact.items[0]] -= 1
    for fact in article.facts:
        if fact.items and not fact.right:
            fact.reason = reason(fact.items[0], article.gold)


def reason(item: tuple, gold: Counter) -> str:
    kind, fields = item[0], item[1:]
    if gold[item]:
        return "duplicate"
    same = [g for g in gold if g[0] == kind]
    names = FIELDS.get(kind, ())
    for g in same:
        diff = [i for i, (a, b) in enumerate(zip(fields, g[1:])) if a != b]
        if len(diff) == 1:
            return f"wrong {names[diff[0]]}"
    actors = {x for x in fields if isinstance(x, str) and x and not re.fullmatch(r"[\d.\-]+|support|oppose", x)}
    if kind == "membership":
        actors = {fields[0]}
    for g in gold:
        if g[0] != kind and actors and actors <= set(g[1:]):
            return f"gold convention split ({g[0]})"
    if same and kind in ("stance", "proposal", "initiative", "speech", "claim", "membership"):
        if any(fields[0] == g[1] for g in same):
            return "two fields wrong, right first actor"
    if any(fields[0] and fields[0] in g[1:] for g in gold):
        return "first actor in gold, fact not"
    return "not in gold at all"


def collect(parts: list[str]) -> list[Article]:
    """Every drafted fact of ``parts``, judged, with each article's gold items."""
    from kg.extract.evaluate import fact_items, relation_items

    out: list[Article] = []

    def on_article(part, source, gold_facts, draft, mapping, doc):
        canon = lambda v: mapping.get(v, v)  # noqa: E731
        art = Article(part, source.id, relation_items([(f.type, f.values) for f in gold_facts], source.language, str))
        sentences = doc.article.sentences
        for f in draft.facts:
            items = fact_items(f.type, f.values, source.language, canon)
            text = sentences[f.sentence].text if f.sentence < len(sentences) else ""
            art.facts.append(Fact(part, source.id, f.type, rule_of(f.why), f.why, f.confidence, items, text))
        judge(art)
        out.append(art)

    census_parts(parts, on_article)
    return out


def census(parts: list[str]) -> list[Article]:
    return collect(parts)


def _share(right: int, drafted: int) -> str:
    return f"{right:>4}/{drafted:<4} {right / drafted if drafted else 0:.2f}"


def table(facts: list[Fact], key, title: str, parts: list[str], *, by_key: bool = False) -> list[str]:
    """Right / drafted per ``key`` (the most wrong first, or by ``key`` from the highest), in how many parts it was
    right less than half the time, and the wrong ones' reasons."""
    groups: dict[str, list[Fact]] = {}
    for f in facts:
        groups.setdefault(key(f), []).append(f)
    lines = [title, f"  {'':<72} {'right/drafted':>14} {'parts right<half':>16}  reasons of the wrong"]
    order = sorted(groups.items(), key=lambda kv: (-sum(not f.right for f in kv[1]), kv[0]))
    if by_key:
        order = sorted(groups.items(), reverse=True)
    for k, fs in order:
        right = sum(f.right for f in fs)
        low = sum(1 for p in parts if (pf := [f for f in fs if f.part == p]) and sum(f.right for f in pf) * 2 < len(pf))
        reasons = Counter(f.reason for f in fs if not f.right)
        why = ", ".join(f"{r} {n}" for r, n in reasons.most_common())
        lines.append(f"  {k[:72]:<72} {_share(right, len(fs))} {low:>6}/{len({f.part for f in fs}):<9}  {why}")
    return lines + [""]


def _caps() -> bool:
    import kg.extract.draft as draft

    return bool(draft.RULE_CAPS)


def render(parts: list[str], articles: list[Article]) -> str:
    facts = [f for a in articles for f in a.facts if f.items]
    wrong = [f for f in facts if not f.right]
    lines = [
        "Census of the wrong (extra) drafted facts on the tuning parts, by fact type, rule and reason",
        f"date: {dt.date.today().isoformat()}; parts: {', '.join(parts)}; command: python benchmarks/precision_census.py"
        f"{' --before (no per-rule caps, no guards)' if not _caps() else ' (the per-rule caps and guards on)'}",
        f"drafted facts: {len(facts)}; right: {len(facts) - len(wrong)} ({(len(facts) - len(wrong)) / len(facts):.3f});"
        f" wrong: {len(wrong)}",
        "",
        "the wrong by reason:",
    ]
    for r, n in Counter(f.reason for f in wrong).most_common():
        lines.append(f"  {r:<48} {n:>4}")
    lines.append("")
    lines += table(
        facts, lambda f: f"{band_of(f.confidence):.1f}", "by confidence band (lower bound):", parts, by_key=True
    )
    lines += table(facts, lambda f: f.type, "by fact type:", parts)
    lines += table(facts, lambda f: f"{f.type}: {f.rule}", "by fact type and rule (why):", parts)
    lines += table(facts, lambda f: f.part, "by part:", parts)
    lines.append("every wrong fact (part, article, confidence, rule, reason, item; its sentence):")
    for f in sorted(wrong, key=lambda f: (f.type, f.rule, f.part, f.article)):
        lines.append(f"  {f.part} {f.article} {f.confidence:.2f} [{f.type}: {f.rule}] {f.reason}")
        lines.append(f"      {' | '.join(map(str, f.items[0]))}")
        lines.append(f"      «{f.sentence[:220]}»")
    return "\n".join(lines) + "\n"


@contextmanager
def guards_off():
    """The rule guards of this pass taken out: an English plural event noun is an event again
    (``kg.extract.rules.events._PLURAL``)."""
    from kg.extract import patterns as P
    from kg.extract.rules import events

    saved = events._PLURAL
    events._PLURAL = dict.fromkeys(saved, P.NEVER)
    try:
        yield
    finally:
        events._PLURAL = saved


def main() -> None:
    """``--before``: the census with the per-rule caps and the guards off (``kg.extract.draft.RULE_CAPS`` emptied,
    :func:`guards_off`), as on main before them; otherwise as shipped (``precision_census_after.txt``)."""
    import kg.extract.draft as draft

    before = "--before" in sys.argv
    if not before:
        census_main(census, render, "precision_census_after", __doc__)
        return
    sys.argv.remove("--before")
    draft.RULE_CAPS = {}
    with guards_off():
        census_main(census, render, "precision_census", __doc__)


if __name__ == "__main__":
    main()
