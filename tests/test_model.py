"""The graph itself: stable readable IRIs, no blank nodes, evidence on every fact, byte-stable output."""

from __future__ import annotations

from pyoxigraph import BlankNode

from kg.model import corpus_triples
from kg.sources import load_corpus
from kg.store import build_store, serialize

ID = "https://w3id.org/reform-kg/id/"
ONTOLOGY = "https://w3id.org/reform-kg/ontology#"


def test_no_blank_nodes_anywhere():
    for t in corpus_triples(load_corpus()):
        assert not isinstance(t.subject, BlankNode) and not isinstance(t.object, BlankNode)


def test_iris_are_readable_slugs():
    subjects = {t.subject.value for t in corpus_triples(load_corpus())}
    assert ID + "azamatkhan-amirtayev" in subjects
    assert ID + "baq-2026-02-04-baytaq-council/baytaq-article-8-ecology-and-health" in subjects
    assert (
        ID
        + "baq-2026-02-04-baytaq-council/baytaq-article-8-ecology-and-health/evidence/baq-2026-02-04-baytaq-council/quote-1"
        in subjects
    )
    assert ID + "source/baq-2026-02-04-baytaq-council" in subjects
    # data nodes are ours; the only other subjects are the ontology's terms, with their labels
    assert all(s.startswith((ID, ONTOLOGY)) for s in subjects)


def test_ontology_labels_are_in_the_graph():
    """Queries read relation and class names from the graph, in kk, ru and en."""
    labels = {
        (t.subject.value, t.object.language): t.object.value
        for t in corpus_triples(load_corpus())
        if t.subject.value.startswith(ONTOLOGY)
    }
    assert labels[(ONTOLOGY + "MoreThan", "kk")] == "астам"
    assert labels[(ONTOLOGY + "proposedBy", "ru")] == "предложено"
    assert labels[(ONTOLOGY + "Proposal", "en")] == "proposal"


def test_same_sources_same_bytes_in_every_format():
    for fmt in ("turtle", "nt", "json-ld", "trig", "nq", "xml"):
        assert serialize(build_store(), fmt) == serialize(build_store(), fmt), fmt


def test_every_fact_has_evidence_and_a_source(seed_store):
    from kg.queries import run_sparql

    rows = list(
        run_sparql(
            seed_store,
            """
        PREFIX rkg: <https://w3id.org/reform-kg/ontology#>
        PREFIX prov: <http://www.w3.org/ns/prov#>
        SELECT ?f WHERE { ?f a rkg:Fact FILTER NOT EXISTS { ?f rkg:evidence ?e ; prov:wasDerivedFrom ?s } }""",
        )
    )
    assert rows == []


def test_evidence_is_a_web_annotation_quote(seed_store):
    from kg.queries import run_sparql

    rows = list(
        run_sparql(
            seed_store,
            """
        PREFIX rkg: <https://w3id.org/reform-kg/ontology#>
        PREFIX oa: <http://www.w3.org/ns/oa#>
        SELECT ?exact ?source WHERE {
          <https://w3id.org/reform-kg/id/baq-2026-02-04-baytaq-council/tokayev-initiated-the-reform> rkg:evidence ?e .
          ?e oa:hasSource ?source ; oa:hasSelector ?sel . ?sel a oa:TextQuoteSelector ; oa:exact ?exact }""",
        )
    )
    assert len(rows) == 1
    assert rows[0]["exact"].value.startswith("Мемлекет басшысы Қасым- Жомарт Тоқаевтың бастамасымен")
    assert rows[0]["exact"].language == "kk"
    assert rows[0]["source"].value == ID + "source/baq-2026-02-04-baytaq-council"


def test_english_label_next_to_kazakh_for_every_seed_actor():
    corpus = load_corpus()
    for actor in corpus.actors.values():
        assert "en" in actor.names, actor.id
    people = [a for a in corpus.actors.values() if a.type == "person"]
    assert all("kk" in p.names for p in people)


def test_membership_also_gives_org_post_and_holds(seed_store):
    from kg.queries import run_sparql

    rows = list(
        run_sparql(
            seed_store,
            """
        PREFIX org: <http://www.w3.org/ns/org#>
        SELECT ?post ?org WHERE { <https://w3id.org/reform-kg/id/bekbergen-kerey> org:holds ?post . ?post org:postIn ?org }""",
        )
    )
    assert [(r["post"].value, r["org"].value) for r in rows] == [
        (ID + "post/baytaq/executive-secretary", ID + "baytaq")
    ]
