"""Check a graph against ``ontology/shapes.ttl`` with pyshacl, and say where each problem comes from.

Source checks (YAML, ids, quotes, dates) run first in :mod:`kg.sources`; SHACL then checks the
built graph, and each violation is traced back to the fact sheet line that made the node.

>>> report = validate()
>>> report.conforms, report.problems
(True, [])
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from kg import resources


@dataclass(frozen=True)
class Problem:
    """One SHACL violation, with the source location of its focus node when known."""

    focus: str
    path: str | None
    message: str
    severity: str
    where: str | None = None

    def __str__(self) -> str:
        prefix = f"{self.where}: " if self.where else ""
        on = f" ({self.path})" if self.path else ""
        return f"{prefix}{self.message}{on} [node {self.focus}]"


@dataclass
class Report:
    conforms: bool
    problems: list[Problem] = field(default_factory=list)
    triples: int = 0
    facts: int = 0
    sources: int = 0


def shapes_graph():
    import rdflib

    return rdflib.Graph().parse(resources.ontology_dir() / "shapes.ttl")


def ontology_graph():
    import rdflib

    return rdflib.Graph().parse(resources.ontology_dir() / "reform.ttl")


def to_rdflib(store):
    """Copy an Oxigraph store's default graph into rdflib (pyshacl works on rdflib graphs)."""
    import rdflib

    from kg.store import serialize

    return rdflib.Graph().parse(data=serialize(store, "nt"), format="nt")


def shacl_problems(data_graph, locations: dict[str, str] | None = None) -> list[Problem]:
    """Run the shapes on an rdflib graph and list the violations, sorted for stable output."""
    import pyshacl
    from rdflib import Namespace
    from rdflib.namespace import RDF

    sh = Namespace("http://www.w3.org/ns/shacl#")
    conforms, report_graph, _ = pyshacl.validate(
        data_graph, shacl_graph=shapes_graph(), ont_graph=ontology_graph(), inference="none", allow_warnings=True
    )
    if conforms:
        return []
    problems = []
    for result in report_graph.subjects(RDF.type, sh.ValidationResult):
        focus = str(report_graph.value(result, sh.focusNode))
        path = report_graph.value(result, sh.resultPath)
        message = report_graph.value(result, sh.resultMessage)
        severity = str(report_graph.value(result, sh.resultSeverity)).rsplit("#", 1)[-1]
        problems.append(
            Problem(
                focus=focus,
                path=compact(str(path)) if path is not None else None,
                message=str(message) if message is not None else "does not conform",
                severity=severity,
                where=(locations or {}).get(focus),
            )
        )
    return sorted(problems, key=lambda p: (p.where or "", p.focus, p.message))


def compact(iri: str) -> str:
    """``https://w3id.org/reform-kg/ontology#content`` -> ``rkg:content``."""
    from kg.vocab import PREFIXES

    for prefix, base in PREFIXES.items():
        if iri.startswith(base) and prefix != "id":
            return f"{prefix}:{iri[len(base):]}"
    return iri


def source_locations(corpus) -> dict[str, str]:
    """Node IRI -> 'file:line' of the fact sheet entry that made it."""
    from kg.model import actor_iri, fact_iri, source_iri

    where: dict[str, str] = {}
    for actor in corpus.actors.values():
        where[actor_iri(actor.id).value] = f"{actor.path}:{actor.line}"
    for source in corpus.sources:
        where[source_iri(source.id).value] = f"{source.path}:{source.line}"
    for fact in corpus.facts:
        iri = fact_iri(fact.source.id, fact.id).value
        where[iri] = f"{fact.path}:{fact.line}"
        for n in range(1, max(len(fact.quotes), 1) + 1):
            where[f"{iri}/evidence-{n}"] = f"{fact.path}:{fact.line}"
    return where


def validate(paths: Sequence[str | Path] | None = None, *, store=None) -> Report:
    """Check sources (or an already built store) against the shapes.

    :raises SourceError: when a source itself is malformed (before SHACL can run).
    """
    from kg.sources import load_corpus

    locations: dict[str, str] = {}
    facts = sources = 0
    if store is None:
        from kg.store import build_store

        corpus = load_corpus(paths)
        locations = source_locations(corpus)
        facts, sources = len(corpus.facts), len(corpus.sources)
        store = build_store(corpus=corpus)
    graph = to_rdflib(store)
    problems = shacl_problems(graph, locations)
    return Report(conforms=not problems, problems=problems, triples=len(graph), facts=facts, sources=sources)
