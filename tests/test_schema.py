"""One schema for fact types: a toy type declared in one place is read, built, validated and projected."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg import schema
from kg.errors import SourceError
from kg.schema import FACT, REF, TEXT, FactType, Field
from kg.sources import FACT_FIELDS, REQUIRED, load_corpus
from kg.vocab import ID, RKG

SHEET = """\
source:
  id: toy-report
  outlet: baq-kz
  date: 2026-02-04
  language: en
  url: https://example.org/toy
facts:
  - id: petition
    type: petition
    signer: baytaq
    wording: {en: Plant a tree for every article}
    about: draft-constitution-2026
"""


@pytest.fixture
def toy_type():
    toy = FactType(
        "petition",
        (RKG.Fact,),
        (
            Field("signer", REF, RKG.initiator, required=True, targets=schema.AGENT_TYPES, edge=("signed", "in")),
            Field("wording", TEXT, RKG.content, required=True),
            Field("about", REF, RKG.about, targets=schema.ACTOR_TYPES, edge=("about", "out")),
        ),
        "a toy fact type for this test",
        node="proposal",
    )
    schema.register(toy)
    yield toy
    schema.unregister("petition")


def _sheet(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "toy.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_toy_type_is_read_built_validated_and_projected(tmp_path, toy_type):
    from kg.projection import project
    from kg.store import build_store
    from kg.validate import validate

    assert FACT_FIELDS["petition"]["signer"].types == schema.AGENT_TYPES
    assert REQUIRED["petition"] == ("signer", "wording")
    path = _sheet(tmp_path, SHEET)
    corpus = load_corpus([path])
    assert [f.type for f in corpus.facts] == ["petition"]
    store = build_store([path])
    iri = ID + "toy-report/petition"
    rows = store.query(f"SELECT ?p ?o WHERE {{ <{iri}> ?p ?o }}")
    got = {(r["p"].value, r["o"].value) for r in rows}
    assert (str(RKG.initiator), ID + "baytaq") in got
    assert (str(RKG.content), "Plant a tree for every article") in got
    assert validate([path]).conforms
    graph = project(store)
    assert graph.nodes[iri]["type"] == "proposal"
    relations = {(u, d["relation"], v) for u, v, d in graph.edges(data=True) if iri in (u, v)}
    assert relations == {(ID + "baytaq", "signed", iri), (iri, "about", ID + "draft-constitution-2026")}


def test_toy_type_is_checked_like_the_others(tmp_path, toy_type):
    with pytest.raises(SourceError) as caught:
        load_corpus([_sheet(tmp_path, SHEET.replace("    signer: baytaq\n", ""))])
    assert "petition 'petition' has no 'signer' (required)" in str(caught.value)
    with pytest.raises(SourceError) as caught:
        load_corpus([_sheet(tmp_path, SHEET.replace("signer: baytaq", "signer: astana"))])
    assert "'signer' of 'petition' must name a" in str(caught.value) and caught.value.line == 10


def test_a_name_is_declared_once():
    with pytest.raises(ValueError):
        schema.register(FactType("proposal", (RKG.Proposal,), ()))
    with pytest.raises(ValueError):
        Field("x", "colour", RKG.content)


def test_fact_fields_need_a_fact_kind_for_events():
    assert schema.FACT_TYPES["speech"].get("event").kind == FACT


def test_docs_table_is_derived_from_the_schema():
    docs = Path(__file__).parent.parent / "docs" / "fact-sheets.md"
    assert schema.markdown_table() in docs.read_text(encoding="utf-8"), (
        "run: python -c 'from kg.schema import markdown_table; print(markdown_table())'"
    )


def test_the_shapes_require_what_the_schema_requires():
    """Every required field of every fact type has a SHACL minCount on its class (ontology/shapes.ttl)."""
    import rdflib

    from kg.resources import ontology_dir

    sh = rdflib.Namespace("http://www.w3.org/ns/shacl#")
    shapes = rdflib.Graph().parse(ontology_dir() / "shapes.ttl")
    missing = []
    for name, fact_type in schema.FACT_TYPES.items():
        for f in fact_type.fields:
            if not f.required:
                continue
            enforced = any(
                (prop, sh.path, rdflib.URIRef(f.predicate)) in shapes and (prop, sh.minCount, None) in shapes
                for cls in fact_type.classes
                for shape in shapes.subjects(sh.targetClass, rdflib.URIRef(cls))
                for prop in shapes.objects(shape, sh.property)
            )
            if not enforced:
                missing.append(f"{name}.{f.name}")
    assert missing == []
