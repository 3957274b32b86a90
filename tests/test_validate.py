"""SHACL: the default graph conforms, and a broken graph is reported with a useful message."""

from __future__ import annotations

import rdflib

from kg.store import build_store
from kg.validate import shacl_problems, to_rdflib, validate

RKG = rdflib.Namespace("https://w3id.org/reform-kg/ontology#")
DCT = rdflib.Namespace("http://purl.org/dc/terms/")


def test_default_graph_conforms():
    report = validate()
    assert report.conforms, [str(p) for p in report.problems]
    assert report.facts >= 19


def test_missing_proposer_content_and_evidence_are_caught():
    graph = to_rdflib(build_store())
    graph.remove((None, RKG.proposedBy, None))
    graph.remove((None, RKG.content, None))
    graph.remove((None, RKG.evidence, None))
    messages = {p.message for p in shacl_problems(graph)}
    assert "every proposal has a proposer" in messages
    assert "every proposal says what it proposes (rkg:content, with a language)" in messages
    assert any(m.startswith("every fact needs evidence") for m in messages)


def test_a_date_that_is_not_xsd_date_is_caught():
    graph = to_rdflib(build_store())
    fact = next(graph.subjects(rdflib.RDF.type, RKG.Claim))
    graph.set((fact, DCT.date, rdflib.Literal("4 February 2026")))
    problems = shacl_problems(graph)
    assert any("xsd:date" in p.message and p.focus == str(fact) for p in problems)


def test_problems_point_back_to_the_sheet(tiny_sources):
    from kg.sources import load_corpus
    from kg.validate import source_locations

    corpus = load_corpus([tiny_sources])
    graph = to_rdflib(build_store(corpus=corpus))
    graph.remove((None, RKG.proposedBy, None))
    problems = shacl_problems(graph, source_locations(corpus))
    assert problems and problems[0].where.endswith("tiny.yaml:16")
    assert str(problems[0]).startswith(problems[0].where + ": every proposal has a proposer")
