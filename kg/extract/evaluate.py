"""Score ``kg extract`` against gold fact sheets: precision, recall and F1 per entity and relation type.

A gold set is any folder of fact sheets with their texts (``kg validate`` accepts it): each
sheet whose source has a bundled text is extracted again from that text, with the sheet's
outlet and date, and the draft is compared with the sheet.

* **Entities** are the actors the facts refer to (roles aside), by coarse type: person,
  organisation, group, place, platform, document. A new draft actor counts as the gold actor
  its label resolves to (:class:`kg.names.NameIndex`), so a transliterated id is no error.
* **Relations** are the facts reduced to what they claim: ``membership`` (holder, role,
  organisation), ``speech`` (speaker, title), ``proposal`` (proposer, target), ``stance``
  (holder, target, polarity), ``claim`` (claimant, quantity, platform), ``chair`` (event chair),
  ``initiative`` (initiator, initiated) and ``event`` (date, place, format).

>>> s = Score(tp=8, fp=2, fn=0)
>>> round(s.precision, 2), s.recall, round(s.f1, 3)
(0.8, 1.0, 0.889)
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.errors import KgError

__all__ = ["Evaluation", "Score", "evaluate", "format_evaluation"]

ENTITY_TYPES = ("person", "organisation", "group", "place", "platform", "document")
RELATION_TYPES = ("membership", "speech", "proposal", "stance", "claim", "chair", "initiative", "event")


@dataclass
class Score:
    """True positives, false positives and false negatives of one type."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Score) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def as_dict(self) -> dict[str, float | int]:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4),
                "gold": self.tp + self.fn, "found": self.tp + self.fp}


@dataclass
class Evaluation:
    """Scores per entity type and per relation type, summed over the gold articles."""

    entities: dict[str, Score] = field(default_factory=dict)
    relations: dict[str, Score] = field(default_factory=dict)
    articles: list[str] = field(default_factory=list)
    #: ``(article, "entity"|"relation", "missed"|"extra", item)`` for a reviewer.
    errors: list[tuple[str, str, str, str]] = field(default_factory=list)

    @staticmethod
    def _micro(scores: dict[str, Score]) -> Score:
        total = Score()
        for s in scores.values():
            total.add(s)
        return total

    @property
    def entity_micro(self) -> Score:
        return self._micro(self.entities)

    @property
    def relation_micro(self) -> Score:
        return self._micro(self.relations)

    def as_dict(self) -> dict[str, Any]:
        return {
            "articles": list(self.articles),
            "entities": {k: v.as_dict() for k, v in sorted(self.entities.items())} | {"micro": self.entity_micro.as_dict()},
            "relations": {k: v.as_dict() for k, v in sorted(self.relations.items())} | {"micro": self.relation_micro.as_dict()},
        }


# ---------------------------------------------------------------------------- reducing facts


def _norm(text: str | None) -> str:
    if not text:
        return ""
    text = unicodedata.normalize("NFC", text).casefold()
    return " ".join(re.sub(r"[^\w\s]", " ", text).split())


def relation_items(facts: Iterable[tuple[str, dict[str, Any]]], lang: str, canon: Callable[[str], str]) -> Counter:
    """What each fact claims, as ``(relation type, ...)`` tuples, with actor ids made canonical."""
    out: Counter = Counter()
    c = lambda v: canon(v) if isinstance(v, str) and v else ""  # noqa: E731
    for fact_type, v in facts:
        if fact_type in ("event", "session"):
            out[("event", v.get("date", ""), c(v.get("place")), v.get("format", ""))] += 1
            if v.get("chair"):
                out[("chair", c(v["chair"]))] += 1
        elif fact_type == "membership":
            out[("membership", c(v["holder"]), v["role"], c(v["organisation"]))] += 1
        elif fact_type in ("speech", "report"):
            title = v.get("title") or {}
            out[("speech", c(v["speaker"]), _norm(title.get(lang) or next(iter(title.values()), "")))] += 1
        elif fact_type == "proposal":
            out[("proposal", c(v["proposer"]), c(v.get("targets")))] += 1
        elif fact_type == "stance":
            out[("stance", c(v["holder"]), c(v["target"]), v["polarity"])] += 1
        elif fact_type == "claim":
            quantity = float(v["quantity"])
            out[("claim", c(v["claimant"]), f"{quantity:g}", c(v.get("via")))] += 1
        elif fact_type == "initiative":
            out[("initiative", c(v["initiator"]), c(v["initiated"]))] += 1
    return out


def entity_items(facts: Iterable[tuple[str, dict[str, Any]]], type_of: Callable[[str], str | None], canon: Callable[[str], str]) -> set:
    """The actors the facts refer to, as ``(coarse type, id)``; roles are left out."""
    from kg.extract.linker import coarse_type
    from kg.sources import FACT_FIELDS, Ref

    out = set()
    for fact_type, values in facts:
        spec = FACT_FIELDS[fact_type]
        for key, value in values.items():
            if isinstance(spec.get(key), Ref) and isinstance(value, str):
                actor_type = type_of(value)
                if actor_type is None or actor_type == "role":
                    continue
                out.add((coarse_type(actor_type), canon(value)))
    return out


# ---------------------------------------------------------------------------- the run


def _gold_sheets(paths: Iterable[str | Path]):
    from kg.sources import load_corpus

    corpus = load_corpus([Path(p) for p in paths])
    by_source: dict[str, list] = {}
    for fact in corpus.facts:
        by_source.setdefault(fact.source.id, []).append(fact)
    sheets = [(s, by_source.get(s.id, [])) for s in corpus.sources if s.text is not None]
    if not sheets:
        raise KgError("no gold fact sheet with a bundled text (source 'text:') under the given paths")
    return corpus, sheets


def evaluate(paths: Iterable[str | Path], *, progress: Callable[[str], None] | None = None) -> Evaluation:
    """Extract every gold sheet's text again and score the drafts against the sheets.

    The extractor knows the bundled registry only (plus the gold registry when it does not
    build on the bundled one), so the gold set's own new actors must be found from the text.

    :raises KgError: when the paths hold no gold sheet with a text, or a sheet is invalid.
    """
    from kg.extract.draft import Session
    from kg.extract.linker import coarse_type, org_core
    from kg.extract.reader import article_from_text
    from kg.names import NameIndex
    from kg.resolve import corpus_entries
    from kg.sources import load_corpus

    gold, sheets = _gold_sheets(paths)
    bundled = load_corpus()
    known = bundled if set(bundled.actors) <= set(gold.actors) else gold
    index = NameIndex(corpus_entries(gold))
    result = Evaluation(
        entities={t: Score() for t in ENTITY_TYPES}, relations={t: Score() for t in RELATION_TYPES},
    )
    for source, facts in sheets:
        session = Session(known)
        article = article_from_text(source.text or "", lang="auto")
        draft = session.extract(article, name=source.id, outlet=source.outlet, date=source.date)
        new = draft.actors

        def type_of(actor_id: str) -> str | None:
            if actor_id in new:
                return new[actor_id].type
            actor = gold.actors.get(actor_id) or known.actors.get(actor_id)
            return actor.type if actor else None

        mapping: dict[str, str] = {}
        cores = {org_core(label): a.id for a in gold.actors.values() for label in a.names.values() if org_core(label)}
        for actor_id, actor in new.items():
            if actor_id in gold.actors:
                continue
            core = next((org_core(label) for label in actor.names.values() if org_core(label)), "")
            if core in cores and coarse_type(gold.actors[cores[core]].type) == coarse_type(actor.type):
                mapping[actor_id] = cores[core]  # the same quoted name: «Новая Степь»
                continue
            for label in actor.names.values():
                hits = [m for m in index.resolve(label, limit=3)
                        if coarse_type(gold.actors[m.actor_id].type) == coarse_type(actor.type)]
                if hits and (len(hits) == 1 or hits[0].score > hits[1].score):
                    mapping[actor_id] = hits[0].actor_id
                    break
        canon = lambda v: mapping.get(v, v)  # noqa: E731
        gold_facts = [(f.type, f.values) for f in facts]
        pred_facts = [(f.type, f.values) for f in draft.facts]
        gold_e = entity_items(gold_facts, lambda v: gold.actors[v].type if v in gold.actors else None, lambda v: v)
        pred_e = entity_items(pred_facts, type_of, canon)
        for kind in {k for k, _ in gold_e | pred_e}:
            score = result.entities.setdefault(kind, Score())
            g = {e for e in gold_e if e[0] == kind}
            p = {e for e in pred_e if e[0] == kind}
            score.tp += len(g & p)
            score.fp += len(p - g)
            score.fn += len(g - p)
            result.errors += [(source.id, "entity", "missed", f"{k}: {i}") for k, i in sorted(g - p)]
            result.errors += [(source.id, "entity", "extra", f"{k}: {i}") for k, i in sorted(p - g)]
        gold_r = relation_items(gold_facts, source.language, lambda v: v)
        pred_r = relation_items(pred_facts, source.language, canon)
        for kind in {r[0] for r in gold_r + pred_r}:
            score = result.relations.setdefault(kind, Score())
            g = Counter({r: n for r, n in gold_r.items() if r[0] == kind})
            p = Counter({r: n for r, n in pred_r.items() if r[0] == kind})
            both = g & p
            score.tp += sum(both.values())
            score.fp += sum((p - g).values())
            score.fn += sum((g - p).values())
            result.errors += [(source.id, "relation", "missed", " ".join(map(str, r))) for r in sorted(g - p)]
            result.errors += [(source.id, "relation", "extra", " ".join(map(str, r))) for r in sorted(p - g)]
        result.articles.append(source.id)
        if progress:
            progress(source.id)
    result.entities = {k: v for k, v in result.entities.items() if v.tp + v.fp + v.fn}
    result.relations = {k: v for k, v in result.relations.items() if v.tp + v.fp + v.fn}
    return result


def format_evaluation(ev: Evaluation, *, errors: bool = False) -> str:
    """The scores as two tables (entities, relations), each with its micro total."""
    lines = [f"{len(ev.articles)} gold article(s): {', '.join(ev.articles)}", ""]
    for title, scores, micro in (("entities", ev.entities, ev.entity_micro), ("relations", ev.relations, ev.relation_micro)):
        lines.append(f"{title:<14} {'precision':>9} {'recall':>7} {'F1':>6} {'gold':>5} {'found':>6}")
        for kind in sorted(scores):
            s = scores[kind]
            lines.append(f"  {kind:<12} {s.precision:>9.2f} {s.recall:>7.2f} {s.f1:>6.2f} {s.tp + s.fn:>5} {s.tp + s.fp:>6}")
        lines.append(f"  {'micro':<12} {micro.precision:>9.2f} {micro.recall:>7.2f} {micro.f1:>6.2f} {micro.tp + micro.fn:>5} {micro.tp + micro.fp:>6}")
        lines.append("")
    if errors and ev.errors:
        lines.append("errors (missed: in the gold sheet only; extra: in the draft only):")
        lines += [f"  {article}: {what} {kind}: {item}" for article, what, kind, item in ev.errors]
        lines.append("")
    return "\n".join(lines).rstrip("\n")
