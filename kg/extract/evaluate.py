"""Score ``kg extract`` against gold fact sheets: precision, recall and F1 per entity and relation type.

A gold set is any folder of fact sheets with their texts (``kg validate`` accepts it): each
sheet whose source has a bundled text is extracted again from that text, with the sheet's
outlet and date, and the draft is compared with the sheet.

* **Entities** are the actors the facts refer to (roles aside), by coarse type: person,
  organisation, group, place, platform, document. A new draft actor counts as the gold actor
  its label resolves to (:class:`kg.names.NameIndex`), so a transliterated id is no error.
* **Relations** are the facts reduced to what they claim: ``membership`` (holder, role,
  organisation), ``speech`` (speaker, title), ``proposal`` (proposer, target), ``stance``
  (holder, target, polarity), ``claim`` (claimant, quantity, unit kind), ``chair`` (event chair),
  ``initiative`` (initiator, initiated) and ``event`` (date, place, format). A claim's unit
  counts by its kind only (:func:`unit_kind`: a share in per cent, or a count), as unit words
  differ between languages and outlets.

Scores are taken on the drafted facts' values, never on the sentences they quote. Beside the
tables by entity and relation type, :attr:`Evaluation.summary` groups the items as the issue
tracker reports them (persons, person → post, speeches, stances, proposals & initiatives, claims…),
:attr:`Evaluation.by_language` gives the same per article language, and
:attr:`Evaluation.bands` says, per confidence band, how many drafted facts were right.

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

__all__ = ["Band", "Evaluation", "Score", "agreement", "evaluate", "format_evaluation", "score_article", "unit_kind"]

ENTITY_TYPES = ("person", "organisation", "group", "place", "platform", "document")
RELATION_TYPES = ("membership", "speech", "proposal", "stance", "claim", "chair", "initiative", "event")
#: The groups the summary reports, in order; ``all facts`` is every relation item.
SUMMARY_KINDS = (
    "persons",
    "organisations",
    "person → post",
    "speeches",
    "stances",
    "proposals & initiatives",
    "claims",
    "events",
    "all facts",
)
#: Lower bounds of the confidence bands, highest first.
BANDS = (0.9, 0.8, 0.7, 0.6, 0.5, 0.0)
_PERCENT = re.compile(r"%|per\s*cent|percent|процент|пайыз", re.IGNORECASE)


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
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "gold": self.tp + self.fn,
            "found": self.tp + self.fp,
        }


@dataclass
class Band:
    """Drafted facts whose confidence falls in ``[low, high)``, and how many of them were right."""

    low: float
    high: float
    drafted: int = 0
    right: int = 0
    #: The same facts' scored items (an event with its chair is two), and how many of them were right.
    items: int = 0
    items_right: int = 0

    @property
    def share(self) -> float:
        return self.right / self.drafted if self.drafted else 0.0

    @property
    def label(self) -> str:
        return f"{self.low:.1f}–{min(self.high, 1.0):.1f}"


def band_of(confidence: float) -> float:
    """The low end of the band of :data:`BANDS` that ``confidence`` falls in.

    >>> band_of(0.75), band_of(0.3), band_of(1.0)
    (0.7, 0.0, 0.9)
    """
    return next(b for b in BANDS if confidence >= b)


def _bands() -> list[Band]:
    highs = (1.01, *BANDS[:-1])
    return [Band(low, high) for low, high in zip(BANDS, highs)]


@dataclass
class Evaluation:
    """Scores per entity type and per relation type, summed over the gold articles."""

    entities: dict[str, Score] = field(default_factory=dict)
    relations: dict[str, Score] = field(default_factory=dict)
    articles: list[str] = field(default_factory=list)
    #: ``(article, "entity"|"relation", "missed"|"extra", item)`` for a reviewer.
    errors: list[tuple[str, str, str, str]] = field(default_factory=list)
    #: The groups of :data:`SUMMARY_KINDS`, over all articles.
    summary: dict[str, Score] = field(default_factory=lambda: {k: Score() for k in SUMMARY_KINDS})
    #: The same groups per article language (``kk``, ``ru``, ``en``).
    by_language: dict[str, dict[str, Score]] = field(default_factory=dict)
    #: Drafted facts by confidence band (see :data:`BANDS`), with how many were right.
    bands: list[Band] = field(default_factory=_bands)
    #: Article id -> its language.
    languages: dict[str, str] = field(default_factory=dict)

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

    def floors(self) -> list[Score]:
        """Per band, the facts scored as if only those at or above its lower bound were drafted
        (what ``kg extract --min-confidence`` would keep; events kept for a kept fact aside)."""
        gold = self.relation_micro.tp + self.relation_micro.fn
        scores, drafted, right = [], 0, 0
        for band in self.bands:  # counted in items, as the relations are: at 0.0 it is their micro score
            drafted, right = drafted + band.items, right + band.items_right
            scores.append(Score(right, drafted - right, gold - right))
        return scores

    def as_dict(self) -> dict[str, Any]:
        return {
            "articles": list(self.articles),
            "entities": {k: v.as_dict() for k, v in sorted(self.entities.items())}
            | {"micro": self.entity_micro.as_dict()},
            "relations": {k: v.as_dict() for k, v in sorted(self.relations.items())}
            | {"micro": self.relation_micro.as_dict()},
            "summary": {k: v.as_dict() for k, v in self.summary.items()},
            "by_language": {
                lang: {k: v.as_dict() for k, v in kinds.items()} for lang, kinds in sorted(self.by_language.items())
            },
            "confidence": [
                {"band": b.label, "drafted": b.drafted, "right": b.right, "share": round(b.share, 4)}
                | {"at_or_above": floor.as_dict()}
                for b, floor in zip(self.bands, self.floors())
            ],
        }


# ---------------------------------------------------------------------------- reducing facts


def _norm(text: str | None) -> str:
    if not text:
        return ""
    text = unicodedata.normalize("NFC", text).casefold()
    return " ".join(re.sub(r"[^\w\s]", " ", text).split())


def unit_kind(unit: dict[str, str] | str | None) -> str:
    """``percent`` for a share, ``count`` for anything else (people, proposals, articles…).

    >>> unit_kind({"kk": "пайыз"}), unit_kind("%"), unit_kind({"en": "proposals"}), unit_kind(None)
    ('percent', 'percent', 'count', 'count')
    """
    texts = unit.values() if isinstance(unit, dict) else [unit or ""]
    return "percent" if any(_PERCENT.search(t or "") for t in texts) else "count"


def fact_items(fact_type: str, v: dict[str, Any], lang: str, canon: Callable[[str], str]) -> list[tuple]:
    """What one fact claims, as ``(relation type, ...)`` tuples (the first is the fact's own)."""

    def c(x: Any) -> str:
        return canon(x) if isinstance(x, str) and x else ""

    if fact_type in ("event", "session"):
        items: list[tuple] = [("event", v.get("date", ""), c(v.get("place")), v.get("format", ""))]
        if v.get("chair"):
            items.append(("chair", c(v["chair"])))
        return items
    if fact_type == "membership":
        return [("membership", c(v["holder"]), v["role"], c(v["organisation"]))]
    if fact_type in ("speech", "report"):
        title = v.get("title") or {}
        return [("speech", c(v["speaker"]), _norm(title.get(lang) or next(iter(title.values()), "")))]
    if fact_type == "proposal":
        return [("proposal", c(v["proposer"]), c(v.get("targets")))]
    if fact_type == "stance":
        return [("stance", c(v["holder"]), c(v["target"]), v["polarity"])]
    if fact_type == "claim":
        return [("claim", c(v["claimant"]), f"{float(v['quantity']):.15g}", unit_kind(v.get("unit")))]
    if fact_type == "initiative":
        return [("initiative", c(v["initiator"]), c(v["initiated"]))]
    return []


def relation_items(facts: Iterable[tuple[str, dict[str, Any]]], lang: str, canon: Callable[[str], str]) -> Counter:
    """What each fact claims, as ``(relation type, ...)`` tuples, with actor ids made canonical."""
    out: Counter = Counter()
    for fact_type, v in facts:
        out.update(fact_items(fact_type, v, lang, canon))
    return out


def summary_kind(item: tuple, is_person: Callable[[str], bool]) -> str | None:
    """The summary group of an entity ``(coarse type, id)`` or relation item, or None."""
    kind = item[0]
    if len(item) == 2 and kind in ENTITY_TYPES:
        return {"person": "persons", "organisation": "organisations"}.get(kind)
    if kind == "membership":
        return "person → post" if is_person(item[1]) else None
    return {
        "speech": "speeches",
        "stance": "stances",
        "proposal": "proposals & initiatives",
        "initiative": "proposals & initiatives",
        "claim": "claims",
        "event": "events",
        "chair": "events",
    }.get(kind)


def entity_items(
    facts: Iterable[tuple[str, dict[str, Any]]], type_of: Callable[[str], str | None], canon: Callable[[str], str]
) -> set:
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


# ---------------------------------------------------------------------------- scoring one article


def _add(score: Score, gold: Counter, found: Counter) -> None:
    score.tp += sum((gold & found).values())
    score.fp += sum((found - gold).values())
    score.fn += sum((gold - found).values())


def score_article(
    result: Evaluation,
    article: str,
    lang: str,
    gold_facts: list[tuple[str, dict[str, Any]]],
    pred_facts: list[tuple[str, dict[str, Any], float]],
    *,
    gold_type: Callable[[str], str | None],
    pred_type: Callable[[str], str | None],
    canon: Callable[[str], str] = lambda v: v,
) -> None:
    """Add one article's scores to ``result``: by type, by summary group and language, by confidence.

    :param gold_facts: the gold sheet's facts as ``(type, values)``.
    :param pred_facts: the draft's facts as ``(type, values, confidence)``.
    :param gold_type: the registry type of a gold actor id (None when unknown).
    :param pred_type: the type of a draft actor id, before ``canon`` maps it to a gold id.
    :param canon: a draft actor id -> the gold actor id it stands for (itself when none).
    """
    result.articles.append(article)
    result.languages[article] = lang
    pred_plain = [(t, v) for t, v, _ in pred_facts]
    gold_e = entity_items(gold_facts, gold_type, lambda v: v)
    pred_e = entity_items(pred_plain, pred_type, canon)
    for kind in sorted({k for k, _ in gold_e | pred_e}):
        score = result.entities.setdefault(kind, Score())
        ge = {e for e in gold_e if e[0] == kind}
        pe = {e for e in pred_e if e[0] == kind}
        _add(score, Counter(ge), Counter(pe))
        result.errors += [(article, "entity", "missed", f"{k}: {i}") for k, i in sorted(ge - pe)]
        result.errors += [(article, "entity", "extra", f"{k}: {i}") for k, i in sorted(pe - ge)]
    gold_r = relation_items(gold_facts, lang, lambda v: v)
    pred_r = relation_items(pred_plain, lang, canon)
    for kind in sorted({r[0] for r in gold_r + pred_r}):
        score = result.relations.setdefault(kind, Score())
        g = Counter({r: n for r, n in gold_r.items() if r[0] == kind})
        p = Counter({r: n for r, n in pred_r.items() if r[0] == kind})
        _add(score, g, p)
        result.errors += [(article, "relation", "missed", " ".join(map(str, r))) for r in sorted(g - p)]
        result.errors += [(article, "relation", "extra", " ".join(map(str, r))) for r in sorted(p - g)]

    def is_person(actor_id: str) -> bool:
        return gold_type(actor_id) == "person" or pred_type(actor_id) == "person"

    per_lang = result.by_language.setdefault(lang, {k: Score() for k in SUMMARY_KINDS})
    groups: dict[str, tuple[Counter, Counter]] = {k: (Counter(), Counter()) for k in SUMMARY_KINDS}
    for side, entities, relations in ((0, gold_e, gold_r), (1, pred_e, pred_r)):
        for item in entities:
            kind = summary_kind(item, is_person)
            if kind:
                groups[kind][side][item] += 1
        for item, n in relations.items():
            kind = summary_kind(item, is_person)
            if kind:
                groups[kind][side][item] += n
            groups["all facts"][side][item] += n
    for kind, (gold_n, found_n) in groups.items():
        _add(result.summary[kind], gold_n, found_n)
        _add(per_lang[kind], gold_n, found_n)

    # Confidence: the surest drafts claim their gold item first; a duplicate is not right twice.
    left, left_items = Counter(gold_r), Counter(gold_r)
    for fact_type, values, confidence in sorted(pred_facts, key=lambda f: -f[2]):
        items = fact_items(fact_type, values, lang, canon)
        if not items:
            continue
        band = next(b for b in result.bands if confidence >= b.low)
        band.drafted += 1
        if left[items[0]] > 0:
            band.right += 1
            left[items[0]] -= 1
        for item in items:
            band.items += 1
            if left_items[item] > 0:
                band.items_right += 1
                left_items[item] -= 1


# ---------------------------------------------------------------------------- the run


def _gold_sheets(paths: Iterable[str | Path]):
    from kg.sources import load_corpus

    given = [Path(p) for p in paths]
    for path in given:
        # a file read as a sheet said "malformed YAML" (a README) or "text file … is outside the sources"
        if path.is_file():
            raise KgError(_not_a_gold_folder(path), path=path)
    try:
        corpus = load_corpus(given)
    except KgError:
        # a gold set's articles/ or texts/ alone: "text file … is outside the sources … give --sources", or
        # "no fact sheet found here"; the folder that holds it is the one to give
        for path in given:
            if not (path / "actors.yaml").exists() and (path.parent / "actors.yaml").is_file():
                raise KgError(
                    f"a part of a gold set, whose folder is {path.parent}; give that folder", path=path
                ) from None
        raise
    by_source: dict[str, list] = {}
    for fact in corpus.facts:
        by_source.setdefault(fact.source.id, []).append(fact)
    sheets = [(s, by_source.get(s.id, [])) for s in corpus.sources if s.text is not None]
    if not sheets:
        where = ", ".join(map(str, given))
        raise KgError(f"no gold fact sheet with a bundled text (source 'text:') under {where}; give the gold folder")
    return corpus, sheets


def _not_a_gold_folder(path: Path) -> str:
    """What to say of a file given where a gold set's folder is expected, naming the folder that may be meant."""
    message = (
        "a file, where a gold set's folder is expected: a folder of fact sheets with their texts (articles/*.yaml, "
        "texts/*.txt, actors.yaml)"
    )
    for folder in (path.parent, path.parent.parent):
        if (folder / "actors.yaml").is_file():
            return f"{message}; give the folder that holds it, {folder}"
    return f"{message}; give such a folder, e.g. tests/data/extract_gold"


def _pred_type(new: dict[str, Any], gold: Any, known: Any) -> Callable[[str], str | None]:
    """The type of a draft actor id: a new actor's own, else the registry's."""

    def pred_type(actor_id: str) -> str | None:
        if actor_id in new:
            return new[actor_id].type
        actor = gold.actors.get(actor_id) or known.actors.get(actor_id)
        return actor.type if actor else None

    return pred_type


def _canon(mapping: dict[str, str]) -> Callable[[str], str]:
    return lambda v: mapping.get(v, v)


def _bare_keys(label: str) -> set[str]:
    """The keys of a gold body's name without whom it is named after, and of the name it quotes beside a legal form
    ("«Қазақстан заңгерлер одағы» РҚБ")."""
    from kg.extract.linker import quoted_name
    from kg.names import name_key, without_namesake

    quoted = quoted_name(label)
    return {name_key(without_namesake(label))} | ({name_key(without_namesake(quoted))} if quoted else set())


def _body_tests(actor: Any) -> list[Callable[[str, str], bool]]:
    """How a drafted body may name a gold one whose label (in a language) the name index does not match, surest
    first; a test maps the body when one gold actor passes it. The acronym the label spells ("КазНУ им. аль-Фараби",
    also quoted after a legal form: НАО «ВКУ им. С. Аманжолова»), or the name without its namesake or quoted in the
    gold's ("«Қазақстан заңгерлер одағы» РҚБ"); a maslikhat or akimat of the same place or level; the name the gold's
    begins with, before its parent or place ("OSCE Programme Office" in Astana), or in Kazakh ends with, when the
    gold's gives no level the draft's lacks ("сайлау комиссиясы" is not the Central one)."""
    from kg.extract.bodies import local_body, same_local_body
    from kg.extract.linker import level_words, quoted_name
    from kg.names import name_key, spells, without_namesake

    bare = {without_namesake(label) for label in actor.names.values()}
    bare_keys = {name_key(b) for b in bare}
    acronyms = bare | {without_namesake(q) for label in actor.names.values() if (q := quoted_name(label))}
    bodies = [b for lang, label in actor.names.items() if (b := local_body(label, lang))]
    keys = [k.split() for label in actor.names.values() if len((k := name_key(label)).split()) >= 2]
    levels = {w for label in actor.names.values() for w in level_words(label)}

    def named(label: str, _lang: str) -> bool:
        return any(spells(b, label) for b in acronyms) or not bare_keys.isdisjoint(_bare_keys(label))

    def local(label: str, lang: str) -> bool:
        return any(same_local_body(b, g) for b in bodies) if (g := local_body(label, lang)) else False

    def shortened(label: str, lang: str) -> bool:
        words = name_key(label).split()
        return level_words(label) <= levels and any(
            len(words) > len(k) and (words[: len(k)] == k if lang != "kk" else words[-len(k) :] == k) for k in keys
        )

    return [named, local, shortened]


def _actor_mapper(gold: Any) -> Callable[[dict[str, Any]], dict[str, str]]:
    """A function from actors not in the gold registry (id -> an actor with ``names`` and ``type``) to the gold ids
    they stand for: the one gold actor with the same quoted name, else the clear best match of a label by name, of
    the same coarse type and level (a transliterated id is no error), else the one gold body of the same coarse type
    that the first of :func:`_body_tests` to find one finds (an acronym, a namesake, a local body, a name cut short)."""
    from kg.extract.linker import coarse_type, org_core, same_level
    from kg.names import NameIndex
    from kg.resolve import corpus_entries

    index = NameIndex(corpus_entries(gold))
    # A quoted name maps an actor only when one gold actor has it («Ауыл» names a party and its units)
    owners: dict[str, set[str]] = {}
    for a in gold.actors.values():
        for label in a.names.values():
            if org_core(label):
                owners.setdefault(org_core(label), set()).add(a.id)
    cores = {core: next(iter(ids)) for core, ids in owners.items() if len(ids) == 1}

    def to_gold(new: dict[str, Any]) -> dict[str, str]:
        mapping: dict[str, str] = {}
        for actor_id, actor in new.items():
            if actor_id in gold.actors:
                continue
            core = next((org_core(label) for label in actor.names.values() if org_core(label)), "")
            if core in cores and coarse_type(gold.actors[cores[core]].type) == coarse_type(actor.type):
                mapping[actor_id] = cores[core]  # the same quoted name: «Новая Степь»
                continue
            for label in actor.names.values():
                hits = [
                    m
                    for m in index.resolve(label, limit=3)
                    if coarse_type(gold.actors[m.actor_id].type) == coarse_type(actor.type)
                    and same_level(label, gold.actors[m.actor_id])  # a territorial commission is not the Central
                ]
                if hits and (len(hits) == 1 or hits[0].score > hits[1].score):
                    mapping[actor_id] = hits[0].actor_id
                    break
            else:
                for test in _body_tests(actor):
                    same = {
                        a.id
                        for a in gold.actors.values()
                        if coarse_type(a.type) == coarse_type(actor.type) != "person"
                        for lang, label in [*a.names.items(), *a.also]
                        if test(label, lang)
                    }
                    if len(same) == 1:
                        mapping[actor_id] = same.pop()
                        break
        return mapping

    return to_gold


def agreement(first: str | Path, second: str | Path) -> Evaluation:
    """How far two annotations of the same texts agree: the second gold set scored against the first, article by
    article (sheets paired by their source id; a source only one set has is left out), with the tables of
    :func:`evaluate`. Its actors map onto the first set's as a draft's do, so two ids for one person are no
    disagreement; its facts all count as sure (confidence 1).

    :raises KgError: when a set holds no sheet with a text, a sheet is invalid, or the two share no source.
    """
    one, one_sheets = _gold_sheets([first])
    two, two_sheets = _gold_sheets([second])
    theirs = {source.id: facts for source, facts in two_sheets}
    pairs = [(source, facts, theirs[source.id]) for source, facts in one_sheets if source.id in theirs]
    if not pairs:
        raise KgError(
            f"no source id in common with {first}: nothing to compare; give two annotations of the same texts",
            path=Path(second),
        )
    new = {a.id: a for a in two.actors.values() if a.id not in one.actors}
    canon = _canon(_actor_mapper(one)(new))
    result = _new_evaluation()

    first_type, second_type = _type_in(one), _type_in(two)
    for source, facts, other in pairs:
        score_article(
            result,
            source.id,
            source.language,
            [(f.type, f.values) for f in facts],
            [(f.type, f.values, 1.0) for f in other],
            gold_type=first_type,
            pred_type=second_type,
            canon=canon,
        )
    return _without_empty(result)


def _type_in(corpus: Any) -> Callable[[str], str | None]:
    """An actor id's type in ``corpus``'s registry (None for an id it lacks)."""
    return lambda actor_id: corpus.actors[actor_id].type if actor_id in corpus.actors else None


def _new_evaluation() -> Evaluation:
    """An evaluation with every entity and relation type at zero, before any article is scored."""
    return Evaluation(entities={t: Score() for t in ENTITY_TYPES}, relations={t: Score() for t in RELATION_TYPES})


def _without_empty(result: Evaluation) -> Evaluation:
    """``result`` without the entity and relation types no article had on either side."""
    result.entities = {k: v for k, v in result.entities.items() if v.tp + v.fp + v.fn}
    result.relations = {k: v for k, v in result.relations.items() if v.tp + v.fp + v.fn}
    return result


def evaluate(
    paths: Iterable[str | Path],
    *,
    progress: Callable[[str], None] | None = None,
    give_outlet: bool = True,
    min_confidence: float = 0.0,
    on_article: Callable[[Any, list, Any, dict[str, str]], None] | None = None,
) -> Evaluation:
    """Extract every gold sheet's text again and score the drafts against the sheets.

    The extractor knows the bundled registry only (plus the gold registry when it does not
    build on the bundled one), so the gold set's own new actors must be found from the text.
    It is given each sheet's date and, unless ``give_outlet`` is false, its outlet, as a user
    gives ``--outlet`` and ``--date``; without the outlet, outlets (and the figures credited to
    them) must be read from the text's datelines and attribution formulas. ``min_confidence``
    scores the drafts as ``kg extract --min-confidence`` writes them. ``on_article`` is given each
    gold source, its gold facts, the draft and the draft-id -> gold-id mapping (an error census reads them).

    :raises KgError: when the paths hold no gold sheet with a text, or a sheet is invalid.
    """
    from kg.extract.draft import Session
    from kg.extract.reader import article_from_text
    from kg.sources import load_corpus

    gold, sheets = _gold_sheets(paths)
    bundled = load_corpus()
    known = bundled if set(bundled.actors) <= set(gold.actors) else gold
    to_gold = _actor_mapper(gold)
    result = _new_evaluation()

    gold_type = _type_in(gold)
    for source, facts in sheets:
        session = Session(known, min_confidence=min_confidence)
        article = article_from_text(source.text or "", lang="auto")
        outlet = source.outlet if give_outlet else None
        draft = session.extract(article, name=source.id, outlet=outlet, date=source.date)
        new = draft.actors
        mapping = to_gold(new)
        score_article(
            result,
            source.id,
            source.language,
            [(f.type, f.values) for f in facts],
            [(f.type, f.values, f.confidence) for f in draft.facts],
            gold_type=gold_type,
            pred_type=_pred_type(new, gold, known),
            canon=_canon(mapping),
        )
        if on_article:
            on_article(source, facts, draft, mapping)
        if progress:
            progress(source.id)
    return _without_empty(result)


# ---------------------------------------------------------------------------- the report


def _table(title: str, rows: Iterable[tuple[str, Score]], width: int = 12) -> list[str]:
    lines = [f"{title:<{width + 2}} {'precision':>9} {'recall':>7} {'F1':>6} {'gold':>5} {'found':>6}"]
    for name, s in rows:
        lines.append(
            f"  {name:<{width}} {s.precision:>9.2f} {s.recall:>7.2f} {s.f1:>6.2f} {s.tp + s.fn:>5} {s.tp + s.fp:>6}"
        )
    return lines + [""]


def format_evaluation(ev: Evaluation, *, errors: bool = False) -> str:
    """The scores as tables: by fact type (all, then per language), by entity and relation type, by confidence."""
    counts = Counter(ev.languages.values())
    langs = ", ".join(f"{n} {lang}" for lang, n in sorted(counts.items()))
    lines = [f"{len(ev.articles)} gold article(s) ({langs}): {', '.join(ev.articles)}", ""]
    wide = max(len(k) for k in SUMMARY_KINDS)
    lines += _table("by fact type", ((k, ev.summary[k]) for k in SUMMARY_KINDS), wide)
    for lang in sorted(ev.by_language):
        lines += _table(f"language {lang}", ((k, ev.by_language[lang][k]) for k in SUMMARY_KINDS), wide)
    for title, scores, micro in (
        ("entities", ev.entities, ev.entity_micro),
        ("relations", ev.relations, ev.relation_micro),
    ):
        lines += _table(title, [*((k, scores[k]) for k in sorted(scores)), ("micro", micro)])
    lines.append(f"{'confidence':<14} {'drafted':>7} {'right':>6} {'share':>6}   at or above: precision recall     F1")
    for band, floor in zip(ev.bands, ev.floors()):
        lines.append(
            f"  {band.label:<12} {band.drafted:>7} {band.right:>6} {band.share:>6.2f}   "
            f"{'≥ ' + format(band.low, '.1f'):>12} {floor.precision:>9.2f} {floor.recall:>6.2f} {floor.f1:>6.2f}"
        )
    drafted, right = sum(b.drafted for b in ev.bands), sum(b.right for b in ev.bands)
    lines.append(f"  {'all':<12} {drafted:>7} {right:>6} {right / drafted if drafted else 0.0:>6.2f}")
    lines.append("")
    if errors and ev.errors:
        lines.append("errors (missed: in the gold sheet only; extra: in the draft only):")
        lines += [f"  {article}: {what} {kind}: {item}" for article, what, kind, item in ev.errors]
        lines.append("")
    return "\n".join(lines).rstrip("\n")
