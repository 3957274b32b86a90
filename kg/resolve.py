"""Find the actor a user means: by id, by IRI, or by any of its labels.

>>> from kg.store import build_store
>>> resolve_actor(build_store(), "baytaq")
'https://w3id.org/reform-kg/id/baytaq'
"""

from __future__ import annotations

import difflib

from kg.errors import QueryError
from kg.vocab import ID, PREFIXES

_LABELS = f"""
SELECT ?s ?label WHERE {{
  {{ ?s <{PREFIXES['skos']}prefLabel> ?label }} UNION {{ ?s <{PREFIXES['skos']}altLabel> ?label }}
}}
"""


def actor_labels(store) -> dict[str, list[str]]:
    """Every labelled node's IRI with its labels in all languages."""
    from kg.queries import run_sparql

    labels: dict[str, list[str]] = {}
    for row in run_sparql(store, _LABELS):
        labels.setdefault(row["s"].value, []).append(row["label"].value)
    return labels


def resolve_actor(store, value: str) -> str:
    """The IRI of the actor named ``value``.

    :raises QueryError: when nothing or more than one actor matches, listing candidates.
    """
    value = value.strip()
    if value.startswith("<") and value.endswith(">"):
        value = value[1:-1]
    if value.startswith(("http://", "https://", "urn:")):
        return value
    labels = actor_labels(store)
    if ID + value in labels:
        return ID + value
    folded = value.casefold()
    hits = sorted({iri for iri, names in labels.items() if any(n.casefold() == folded for n in names)})
    if len(hits) == 1:
        return hits[0]
    if len(hits) > 1:
        raise QueryError(f"ambiguous actor '{value}': {', '.join(_short(h) for h in hits)}; give the id instead")
    names = {n.casefold(): iri for iri, ns in labels.items() for n in ns}
    names.update({_short(iri): iri for iri in labels})
    near = difflib.get_close_matches(folded, list(names), n=3, cutoff=0.6)
    hint = f"; did you mean: {', '.join(sorted({_short(names[n]) for n in near}))}?" if near else ""
    raise QueryError(f"unknown actor '{value}'{hint}")


def _short(iri: str) -> str:
    return iri[len(ID):] if iri.startswith(ID) else iri
