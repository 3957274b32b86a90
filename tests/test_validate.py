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


# ---------------------------------------------------------------- large graphs: in chunks, the same answer


def _broken_store():
    """The default graph with one violation of each kind of check the shapes make."""
    from pyoxigraph import Literal, NamedNode, Quad

    store = build_store()

    def first(predicate: str):
        return next(iter(store.quads_for_pattern(None, NamedNode(predicate), None)))

    for predicate in (RKG.proposedBy, RKG.evidence, DCT.date):  # minCount, and a fact left without a date
        store.remove(first(str(predicate)))
    date = first(str(DCT.date))  # sh:or of sh:datatype, nested in a property shape
    store.remove(date)
    store.add(Quad(date.subject, date.predicate, Literal("4 February 2026")))
    target = first(str(RKG.targets))  # sh:or of sh:class on a value node
    store.remove(target)
    store.add(Quad(target.subject, target.predicate, NamedNode("https://example.org/nothing")))
    exact = first("http://www.w3.org/ns/oa#exact")  # a sequence path two steps down (minLength)
    store.remove(exact)
    store.add(Quad(exact.subject, exact.predicate, Literal("")))
    label = next(  # qualifiedValueShape, uniqueLang; an actor's label (the ontology's terms are labelled too)
        q
        for q in store.quads_for_pattern(None, NamedNode("http://www.w3.org/2004/02/skos/core#prefLabel"), None)
        if q.subject.value.startswith("https://w3id.org/reform-kg/id/") and "/evidence/" not in q.subject.value
    )
    store.add(Quad(label.subject, label.predicate, Literal("second", language=label.object.language)))
    return store


def test_checking_in_chunks_finds_exactly_what_one_whole_graph_run_finds():
    from kg.validate import store_problems

    store = _broken_store()
    whole = shacl_problems(to_rdflib(store))
    assert len({p.message for p in whole}) >= 6
    assert store_problems(store, chunk_nodes=7) == whole
    assert store_problems(store) == whole


def test_a_two_megabyte_literal_is_checked_and_its_violation_reported():
    """rdflib's N-Triples parser took 15 s for a 2 MB literal and a minute for 4 MB; the check no longer parses text."""
    from pyoxigraph import Literal, NamedNode, Quad

    store = build_store()
    content = next(iter(store.quads_for_pattern(None, NamedNode(str(RKG.content)), None)))
    store.remove(content)
    store.add(Quad(content.subject, content.predicate, Literal("proposes " * 233_000)))  # 2 MB, no language
    report = validate(store=store)
    assert not report.conforms
    assert [p.focus for p in report.problems if p.path == "rkg:content"] == [content.subject.value]
