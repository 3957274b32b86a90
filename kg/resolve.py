"""Find the actor a user means: by id, by IRI, or by any spelling of any of its names.

Names are matched by :class:`kg.names.NameIndex` over every label of every actor in the graph
(``skos:prefLabel`` and ``skos:altLabel`` in all languages, including the ``kk-Latn`` official
Kazakh Latin spellings), so ``Әміртаевтың``, ``Амиртаев`` and ``Amirtaev`` all name the same
person, and an unknown or ambiguous name fails with "did you mean …" candidates.

>>> from kg.store import build_store
>>> store = build_store()
>>> resolve_actor(store, "baytaq")
'https://w3id.org/reform-kg/id/baytaq'
>>> resolve_actor(store, "Amirtaev")
'https://w3id.org/reform-kg/id/azamatkhan-amirtayev'
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from kg.vocab import ID, ONTOLOGY, PREFIXES

Entry = tuple[str, list[str], "str | None"]

_LABELS = f"""
SELECT ?s ?label ?kind ?gender WHERE {{
  ?s a ?class .
  FILTER(STRSTARTS(STR(?class), "{ONTOLOGY}"))
  FILTER NOT EXISTS {{ ?s a <{ONTOLOGY}Fact> }}
  {{ ?s <{PREFIXES['skos']}prefLabel> ?label BIND(0 AS ?kind) }}
  UNION {{ ?s <{PREFIXES['skos']}altLabel> ?label BIND(1 AS ?kind) }}
  OPTIONAL {{ ?s <{PREFIXES['schema']}gender> ?gender }}
}}
"""
_SAME_AS = f"SELECT ?old ?new WHERE {{ ?old <{PREFIXES['owl']}sameAs> ?new }}"
# Preferred labels first, English first, so a match shows the most familiar name.
_LANG_ORDER = {"en": 0, "kk": 1, "ru": 2}


def _short(iri: str) -> str:
    return iri[len(ID):] if iri.startswith(ID) else iri


def graph_entries(store) -> list[Entry]:
    """``(actor_id, labels, gender)`` for every labelled actor of the graph (no facts, no events)."""
    from kg.queries import run_sparql

    rows: dict[str, list[tuple[int, int, str]]] = {}
    genders: dict[str, str | None] = {}
    for row in run_sparql(store, _LABELS):
        actor_id = _short(row["s"].value)
        label = row["label"]
        order = (int(row["kind"].value), _LANG_ORDER.get(label.language or "", 3))
        rows.setdefault(actor_id, []).append((*order, label.value))
        gender = row["gender"]
        genders[actor_id] = gender.value.rsplit("/", 1)[-1].lower() if gender is not None else genders.get(actor_id)
    entries = []
    for actor_id in sorted(rows):
        labels = list(dict.fromkeys(text for *_order, text in sorted(rows[actor_id])))
        entries.append((actor_id, labels, genders.get(actor_id)))
    return entries


def corpus_entries(corpus) -> list[Entry]:
    """``(actor_id, labels, gender)`` for every registry entry, with its Kazakh Latin spellings."""
    from kg.model import kk_latin_labels

    entries = []
    for actor_id in sorted(corpus.actors):
        actor = corpus.actors[actor_id]
        names = sorted(actor.names.items(), key=lambda item: _LANG_ORDER.get(item[0], 3))
        labels = [text for _lang, text in names] + [text for _lang, text in actor.also] + kk_latin_labels(actor)
        entries.append((actor_id, list(dict.fromkeys(labels)), actor.gender))
    return entries


def _aliases(store) -> dict[str, str]:
    from kg.queries import run_sparql

    return {_short(row["old"].value): _short(row["new"].value) for row in run_sparql(store, _SAME_AS)}


def name_index(store):
    """A :class:`kg.names.NameIndex` over the graph's actors and all their labels."""
    from kg.names import NameIndex

    return NameIndex(graph_entries(store))


def resolve_name(store, name: str, *, limit: int = 5, min_score: float | None = None):
    """The actors ``name`` may mean, best first, as :class:`kg.names.Match` (id, score, label, why).

    An id merged into another by a ``same_as`` decision resolves to the one it was merged into.

    >>> from kg.store import build_store
    >>> [(m.actor_id, m.score) for m in resolve_name(build_store(), "Әміртаевтың")]
    [('azamatkhan-amirtayev', 95.0)]
    """
    from kg.names import MIN_SCORE, Match

    aliases = _aliases(store)
    index = name_index(store)
    key = name.strip()
    if key in aliases:
        canonical = aliases[key]
        label = next((m.label for m in index.resolve(canonical, limit=1)), canonical)
        return [Match(canonical, 100.0, label, f"actor id {key!r} was merged into {canonical!r} (same_as)")]
    return index.resolve(name, limit=limit, min_score=MIN_SCORE if min_score is None else min_score)


def resolve_actor(store, value: str) -> str:
    """The IRI of the one actor named ``value`` (an id, an IRI, or any spelling of a name).

    :raises kg.names.UnknownName: when no actor matches well enough (with suggestions).
    :raises kg.names.AmbiguousName: when several actors match about equally well.
    """
    value = value.strip()
    if value.startswith("<") and value.endswith(">"):
        value = value[1:-1]
    aliases = _aliases(store)
    if value.startswith(("http://", "https://", "urn:")):
        short = _short(value)
        return ID + aliases[short] if short in aliases else value
    if value in aliases:
        return ID + aliases[value]
    return ID + name_index(store).resolve_one(value)


@dataclass(frozen=True)
class Duplicate:
    """Two registry entries that probably name the same actor, for a reviewer to judge."""

    a: str
    b: str
    score: float
    why: str
    label_a: str
    label_b: str


def duplicates(corpus, *, threshold: float | None = None, include_decided: bool = False) -> list[Duplicate]:
    """Probable duplicate actors across the registry, best score first.

    Pairs a reviewer marked ``not_same`` in ``decisions.yaml`` are left out unless
    ``include_decided``; ``same_as`` pairs are already merged and so never listed.

    >>> from kg.sources import load_corpus
    >>> all(d.score >= 85 for d in duplicates(load_corpus()))
    True
    """
    from kg.names import MIN_SCORE, duplicate_candidates

    entries = corpus_entries(corpus)
    rows = duplicate_candidates(entries, threshold=MIN_SCORE if threshold is None else threshold)
    skip = set() if include_decided else corpus.not_same()
    return [
        Duplicate(a, b, score, why, corpus.actors[a].label("en"), corpus.actors[b].label("en"))
        for a, b, score, why in rows
        if frozenset((a, b)) not in skip
    ]


def format_matches(matches: Sequence) -> list[tuple[str, str, str, str]]:
    """Rows ``(id, label, score, why)`` for printing."""
    return [(m.actor_id, m.label, f"{m.score:g}", m.why) for m in matches]
