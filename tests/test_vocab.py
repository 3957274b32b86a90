"""The closed vocabulary: every term constant exists in ontology/reform.ttl, and the other way round."""

from __future__ import annotations

import pytest
import rdflib
from rdflib.namespace import OWL as RDFLIB_OWL
from rdflib.namespace import RDF as RDFLIB_RDF

from kg import schema, vocab
from kg.resources import ontology_dir


def _ontology_terms() -> set[str]:
    graph = rdflib.Graph().parse(ontology_dir() / "reform.ttl")
    return {
        str(s)[len(vocab.ONTOLOGY) :]
        for s in graph.subjects(RDFLIB_RDF.type, None)
        if str(s).startswith(vocab.ONTOLOGY) and str(s) != vocab.ONTOLOGY
    }


def test_rkg_constants_match_the_ontology():
    declared = set(vocab.RKG.__annotations__)
    assert declared == _ontology_terms()


def test_vocab_does_not_import_rdflib():
    import subprocess
    import sys

    code = "import kg.vocab, sys; print('rdflib' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout.strip() == "False"


def test_a_typo_fails_at_once():
    with pytest.raises(AttributeError):
        vocab.RKG.proposedby  # noqa: B018
    with pytest.raises(AttributeError):
        vocab.SCHEMA.startdate  # noqa: B018


def test_every_schema_predicate_is_a_known_term():
    graph = rdflib.Graph().parse(ontology_dir() / "reform.ttl")
    for fact_type in schema.FACT_TYPES.values():
        for cls in fact_type.classes:
            assert (rdflib.URIRef(cls), RDFLIB_RDF.type, RDFLIB_OWL.Class) in graph, cls
        for f in fact_type.fields:
            if str(f.predicate).startswith(vocab.ONTOLOGY):
                assert (rdflib.URIRef(f.predicate), RDFLIB_RDF.type, None) in graph, f.predicate


def test_the_evidence_iri_is_made_in_one_place():
    import inspect

    from kg import model, validate

    for module in (model, validate):
        assert "/evidence" not in inspect.getsource(module).replace("evidence_iri", "")
