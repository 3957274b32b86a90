"""The property-graph projection of the RDF graph (kg.projection) and its GraphML/GEXF export (kg.exports_graph)."""

from __future__ import annotations

import io
import re
from pathlib import Path

import networkx as nx
import pytest

from kg.errors import KgError
from kg.exports_graph import graph_bytes, write_graph
from kg.projection import _CLASS_TYPES, NODE_TYPES, RELATIONS, graph_summary, project
from kg.vocab import ID

ROOT = Path(__file__).parents[1]
BAYTAQ = ID + "baytaq"
AMIRTAYEV = ID + "azamatkhan-amirtayev"
ARTICLE_8 = ID + "draft-constitution-2026-article-8"
PROPOSAL = ID + "baq-2026-02-04-baytaq-council/baytaq-article-8-ecology-and-health"


@pytest.fixture(scope="module")
def seed_graph(seed_store):
    return project(seed_store)


def test_nodes_carry_the_view_attributes(seed_graph):
    for iri, data in seed_graph.nodes(data=True):
        assert data["iri"] == iri
        assert data["type"] in NODE_TYPES
        assert data["label"] and data["label"] in data["labels"]
        assert isinstance(data["description"], str)
        assert data["date"] is None or re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", data["date"])
        assert isinstance(data["proposals"], int)


def test_edges_carry_relation_label_date_and_evidence(seed_graph):
    for _, _, data in seed_graph.edges(data=True):
        assert data["relation"] in RELATIONS
        assert data["label"].startswith(data["relation"])
        for ev in data["evidence"]:
            assert set(ev) == {"outlet", "date", "quote", "url", "kind", "date_basis", "attribution", "node"}
            assert ev["kind"] in ("quote", "citation", "outlet")


def test_fact_nodes_count_their_sources(seed_graph):
    for _, data in seed_graph.nodes(data=True):
        if data["type"] in ("proposal", "event", "speech"):
            assert data["sources"] == len({e["node"] for e in data["evidence"]}) >= 1
        else:
            assert data["sources"] == 0


def test_seed_counts(seed_graph):
    # the registry grows with every source, so count what the seed article's facts make
    summary = graph_summary(seed_graph)
    assert {t: summary["types"][t] for t in ("proposal", "speech", "event")} == {"proposal": 1, "speech": 6, "event": 1}
    relations = dict(summary["relations"])
    assert relations.pop("part of") >= 6 + 3  # speeches in the session; the registry's party units
    assert relations == {
        "chaired": 1,
        "claimed": 1,
        "holds post in": 6,
        "initiated": 1,
        "member of": 1,
        "organised": 1,
        "proposed": 1,
        "spoke at": 6,
        "supports": 2,
        "targets": 1,
    }


def test_baytaq_proposed_article_8_with_the_quote(seed_graph):
    assert seed_graph.nodes[BAYTAQ]["proposals"] == 1
    proposed = [d for _, v, d in seed_graph.out_edges(BAYTAQ, data=True) if d["relation"] == "proposed"]
    assert [v for _, v, d in seed_graph.out_edges(BAYTAQ, data=True) if d["relation"] == "proposed"] == [PROPOSAL]
    targets = [(v, d) for _, v, d in seed_graph.out_edges(PROPOSAL, data=True) if d["relation"] == "targets"]
    assert [v for v, _ in targets] == [ARTICLE_8]
    for data in (proposed[0], targets[0][1]):
        assert data["date"] == "2026-02-04"
        [evidence] = data["evidence"]
        assert evidence["outlet"] == "BAQ.KZ" and evidence["date"] == "2026-02-04"
        assert "Конституцияның 8-бабында" in evidence["quote"]


def test_a_post_is_labelled_with_its_role(seed_graph):
    [data] = seed_graph.get_edge_data(AMIRTAYEV, BAYTAQ).values()
    assert (data["relation"], data["label"]) == ("holds post in", "holds post in: chair")


def test_labels_in_all_languages_for_search(seed_graph):
    labels = seed_graph.nodes[AMIRTAYEV]["labels"]
    assert {"Azamatkhan Amirtayev", "Азаматхан Әміртаев", "Amirtayev", "Azamathan Ámirtaı"} <= set(labels)


def test_display_language(seed_store):
    g = project(seed_store, lang="kk")
    assert g.nodes[AMIRTAYEV]["label"] == "Азаматхан Әміртаев"
    [data] = g.get_edge_data(AMIRTAYEV, BAYTAQ).values()
    assert data["label"] == "қызмет атқарады: төраға"


def test_projection_is_deterministic(seed_store):
    a, b = project(seed_store), project(seed_store)
    assert list(a.nodes(data=True)) == list(b.nodes(data=True))
    assert list(a.edges(keys=True, data=True)) == list(b.edges(keys=True, data=True))


def test_focus_keeps_the_ego_network(seed_store):
    g = project(seed_store, focus="Байтақ", depth=1)
    assert BAYTAQ in g and PROPOSAL in g and ARTICLE_8 not in g
    assert ARTICLE_8 in project(seed_store, focus="baytaq", depth=2)
    assert set(project(seed_store, focus=BAYTAQ, depth=0).nodes) == {BAYTAQ}


@pytest.mark.parametrize(
    ("focus", "depth", "include"),
    [(BAYTAQ, 1, None), (BAYTAQ, 2, ["party", "person", "proposal"]), (AMIRTAYEV, 3, None)],
)
def test_selection_on_columns_is_networkx_subgraph_and_ego_graph(seed_graph, seed_store, focus, depth, include):
    """build() selects nodes on its columns (Projection.select/around): the same nodes and links as
    networkx's subgraph of the included types, then its undirected ego graph, of the whole graph."""
    whole = seed_graph
    if include is not None:
        whole = whole.subgraph([v for v, d in whole.nodes(data=True) if d["type"] in include])
    expected = nx.ego_graph(whole, focus, radius=depth, undirected=True)
    got = project(seed_store, focus=focus, depth=depth, include=include)
    assert sorted(got.nodes) == sorted(expected.nodes) and len(got) < len(seed_graph)
    assert sorted(got.edges(keys=True)) == sorted(expected.edges(keys=True))
    assert graph_bytes(got, "gexf") == graph_bytes(nx.MultiDiGraph(expected), "gexf")


def test_networkx_graph_round_trips_through_the_columns_with_its_edge_keys(seed_graph):
    """Projection.of(g).graph() is g again: parallel links of one relation between the same nodes
    (two facts, networkx keys 'supports|f1' and 'supports|f2') stay two links, under their keys."""
    from kg.projection import Projection

    g = nx.MultiDiGraph()
    g.add_node("ex:a", iri="ex:a", type="person", label="A")
    g.add_node("ex:b", iri="ex:b", type="party", label="B")
    for key in ("supports|f1", "supports|f2"):
        g.add_edge("ex:a", "ex:b", key=key, relation="supports", label="supports", date=None, evidence=[])
    g.add_edge("ex:b", "ex:a")  # networkx's own key, 0
    g.add_edge("ex:b", "ex:a")  # and 1
    net = Projection.of(g)
    assert net.number_of_edges() == 4
    assert sorted(net.graph().edges(keys=True), key=str) == sorted(g.edges(keys=True), key=str)
    assert sorted(net.select([0, 1]).graph().edges(keys=True), key=str) == sorted(g.edges(keys=True), key=str)
    back = Projection.of(seed_graph).graph()
    assert list(back.edges(keys=True, data=True)) == list(seed_graph.edges(keys=True, data=True))
    assert list(back.nodes(data=True)) == list(seed_graph.nodes(data=True))


def test_a_huge_depth_ends_once_the_network_is_reached(seed_store):
    from kg.projection import build

    whole = build(seed_store)
    at = whole.index(BAYTAQ)
    assert whole.around(at, 10**23) == whole.around(at, len(whole.iri))  # it looped radius times before


def test_include_keeps_only_those_types(seed_store):
    g = project(seed_store, include=["person", "party"])
    assert {d["type"] for _, d in g.nodes(data=True)} == {"person", "party"}
    assert {d["relation"] for _, _, d in g.edges(data=True)} == {"holds post in"}


def test_bad_arguments(seed_store):
    with pytest.raises(KgError, match="unknown node type 'people'"):
        project(seed_store, include=["people"])
    with pytest.raises(KgError, match="depth"):
        project(seed_store, focus="baytaq", depth=-1)
    with pytest.raises(KgError, match="needs a focus"):
        project(seed_store, depth=1)
    with pytest.raises(KgError, match="unknown actor"):
        project(seed_store, focus="nobody-at-all")
    with pytest.raises(
        KgError, match=r"Baytaq.* \(https://\S+/baytaq\) is a party, which --include leaves out: add party to it"
    ):
        project(seed_store, focus="baytaq", include=["person"])
    with pytest.raises(KgError, match="no node type named to include; choose one or more of: person, party"):
        project(seed_store, include=[" ", ""])


@pytest.mark.parametrize("focus", ["kazinform", ID + "kazinform"])
def test_a_news_outlet_is_never_a_focus(seed_store, focus):
    """Outlets publish the reports (the evidence's sources) and are never nodes: say so, not "check --include"."""
    with pytest.raises(
        KgError, match=r"^Kazinform \(https://\S+/kazinform\) is a news outlet: .* never nodes of the view"
    ):
        project(seed_store, focus=focus)


def test_every_ontology_class_is_drawn_or_deliberately_left_out():
    text = (ROOT / "ontology" / "reform.ttl").read_text(encoding="utf-8")
    classes = set(re.findall(r"^rkg:(\w+) a owl:Class", text, flags=re.M))
    mapped = {name for name, _ in _CLASS_TYPES}
    # facts drawn as links, or vocabulary that is no node of the network
    left_out = {
        "Agent",
        "Fact",
        "Membership",
        "Initiative",
        "Stance",
        "Claim",
        "Evidence",
        "Role",
        "Post",
        "Place",
        "Degree",
        "Comparator",
        "Session",
        "Report",
    }
    assert classes - mapped - left_out == set()


def test_the_full_default_graph_projects(tmp_path):
    from kg.store import build_store

    g = project(build_store())
    assert g.number_of_nodes() >= 26 and g.number_of_edges() >= 31


# ---------------------------------------------------------------- GraphML and GEXF


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_export_round_trips(seed_graph, fmt):
    data = graph_bytes(seed_graph, fmt)
    read = nx.read_graphml if fmt == "graphml" else nx.read_gexf
    back = read(io.BytesIO(data))
    assert back.number_of_nodes() == seed_graph.number_of_nodes()
    assert back.number_of_edges() == seed_graph.number_of_edges()
    assert "Азаматхан Әміртаев" in data.decode("utf-8")
    assert "8-бабында" in data.decode("utf-8")  # evidence, as JSON text


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_export_is_deterministic(seed_store, fmt):
    assert graph_bytes(project(seed_store), fmt) == graph_bytes(project(seed_store), fmt)


def test_export_unknown_format(seed_graph):
    with pytest.raises(KgError, match="unknown graph format 'dot'"):
        graph_bytes(seed_graph, "dot")


def test_write_graph_picks_the_format_from_the_extension(seed_graph, tmp_path):
    path = write_graph(seed_graph, tmp_path / "reform.gexf")
    assert path.read_bytes().startswith(b"<?xml") and b"<gexf" in path.read_bytes()
    assert [p.name for p in tmp_path.iterdir()] == ["reform.gexf"]


def test_exports_carry_the_page_positions_and_colours(seed_graph):
    import xml.etree.ElementTree as ET

    from kg.exports_graph import drawing
    from kg.view import NODE_TYPES

    drawn = drawing(seed_graph)
    gexf = ET.fromstring(graph_bytes(seed_graph, "gexf"))
    viz = "{http://www.gexf.net/1.2draft/viz}"
    nodes = {n.get("id"): n for n in gexf.iter() if n.tag.endswith("}node")}
    baytaq = nodes[BAYTAQ]
    position, colour = baytaq.find(viz + "position"), baytaq.find(viz + "color")
    x, y, _, hex_colour, _ = drawn[BAYTAQ]
    assert (float(position.get("x")), -float(position.get("y"))) == (x, y)
    assert (
        "#{:02X}{:02X}{:02X}".format(int(colour.get("r")), int(colour.get("g")), int(colour.get("b")))
        == NODE_TYPES["party"][0]
        == hex_colour
    )
    assert len({(p.get("x"), p.get("y")) for p in gexf.iter(viz + "position")}) == seed_graph.number_of_nodes()
    graphml = graph_bytes(seed_graph, "graphml").decode()
    for name in ("x", "y", "size", "r", "g", "b", "color"):
        assert f'attr.name="{name}"' in graphml


def test_exports_of_a_grouped_graph_carry_the_positions_of_the_page_groups(seed_graph):
    """Beyond --group-above nodes the page's "everything" places nodes in their groups' discs:
    GraphML/GEXF carry those positions (not the ungrouped force layout) and each node's group."""
    import xml.etree.ElementTree as ET

    from _page import page_iris

    from kg.exports_graph import drawing
    from kg.view import page_columns
    from kg.view_group import group_graph
    from kg.view_layout import layout

    above = seed_graph.number_of_nodes() - 1
    data = page_columns(seed_graph, title="T", group_above=above)
    assert "groups" in data
    pos = data["presets"][0]["pos"]
    page = {iri: (pos[2 * i], pos[2 * i + 1]) for i, iri in enumerate(page_iris(data))}
    drawn = drawing(seed_graph, group_above=above)
    assert {v: d[:2] for v, d in drawn.items()} == page
    assert page != {v: tuple(xy) for v, xy in layout(seed_graph).items()}  # not the ungrouped picture
    grouping = group_graph(seed_graph)
    graphml = ET.fromstring(graph_bytes(seed_graph, "graphml", group_above=above))
    ns = "{http://graphml.graphdrawing.org/xmlns}"
    key = {k.get("attr.name"): k.get("id") for k in graphml.iter(ns + "key") if k.get("for") == "node"}
    groups = {
        n.get("id"): {d.get("key"): d.text for d in n.iter(ns + "data")}.get(key["group"])
        for n in graphml.iter(ns + "node")
    }
    assert groups == {v: grouping.groups[i].key for v, i in grouping.of.items()}
    # below the threshold (and with 0, never) the export is the ungrouped one, without groups
    assert b'attr.name="group"' not in graph_bytes(seed_graph, "graphml", group_above=0)
    assert graph_bytes(seed_graph, "gexf", group_above=0) == graph_bytes(seed_graph, "gexf")


@pytest.mark.parametrize("order", ["reversed", "shuffled"])
def test_projection_does_not_depend_on_the_order_rows_come_in(seed_store, seed_graph, monkeypatch, order):
    """The queries carry no ORDER BY (sorting the whole graph was most of their time): project() sorts."""
    import random

    import kg.projection

    real = kg.projection._lines

    def unordered(result):
        rows = real(result)
        if order == "reversed":
            rows.reverse()
        else:
            random.Random(7).shuffle(rows)
        return rows

    monkeypatch.setattr(kg.projection, "_lines", unordered)
    assert graph_bytes(project(seed_store), "gexf") == graph_bytes(seed_graph, "gexf")


# every property of every fact, as the projection read them before it named the ones it draws
_EVERY_FACT_PROPERTY = """
SELECT ?f ?p ?o WHERE {
  ?f a rkg:Fact ; ?p ?o .
  FILTER(?p NOT IN (rdf:type, rkg:evidence, prov:wasDerivedFrom))
  FILTER(!isLiteral(?o) || DATATYPE(?o) != rdf:langString)
}
"""


@pytest.fixture(scope="module")
def synthetic_store(tmp_path_factory):
    """A small ``kg synth`` store: every fact type, with posts (whose org:role is not a fact's)."""
    from kg.store import build_store
    from kg.synth import synthesize

    corpus = tmp_path_factory.mktemp("synth") / "corpus"
    synthesize(corpus, facts=600, seed=3)
    return build_store([corpus])


@pytest.mark.parametrize("which", ["seed", "synthetic"])
def test_facts_read_by_the_properties_drawn_give_the_projection_of_every_property(
    which, seed_store, synthetic_store, monkeypatch
):
    """_q_facts() names the properties the projection reads (twice as fast as reading every property
    of every fact): the same graph, byte for byte, as reading them all; a property left out of
    the list would lose links here."""
    import kg.projection

    store = seed_store if which == "seed" else synthetic_store
    named = graph_bytes(project(store), "gexf", group_above=0)
    monkeypatch.setattr(kg.projection, "_q_facts", lambda: _EVERY_FACT_PROPERTY)
    every = project(store)
    assert every.number_of_edges() > 30
    assert graph_bytes(every, "gexf", group_above=0) == named


def test_project_runs_exactly_the_queries_the_benchmark_times(seed_store, monkeypatch):
    """benchmarks/view_bench.py times query_texts() alone against kg view: they must be project()'s queries."""
    import kg.projection
    from kg.projection import query_texts
    from kg.vocab import sparql_prologue

    real, seen = kg.projection.run_sparql, []

    def recording(store, text, bindings=None):
        seen.append(text)
        return real(store, text, bindings)

    monkeypatch.setattr(kg.projection, "run_sparql", recording)
    project(seed_store)
    # two worker threads start them in this order, so they may reach the engine in another
    assert sorted(seen) == sorted(sparql_prologue() + text for text in query_texts())
    assert len(seen) == len(query_texts())


@pytest.mark.parametrize("workers", [1, 2, 3])
def test_the_projection_is_the_same_whatever_the_number_of_query_threads(synthetic_store, monkeypatch, workers):
    """The queries run on worker threads (two where there are two cores): rows are read in one
    order whatever order the queries finish in."""
    import kg.projection

    expected = graph_bytes(project(synthetic_store), "gexf", group_above=0)
    monkeypatch.setattr(kg.projection, "_query_workers", lambda: workers)
    assert graph_bytes(project(synthetic_store), "gexf", group_above=0) == expected


def test_a_failing_projection_query_is_reported_and_leaves_no_thread_behind(seed_store, monkeypatch):
    """An error in a query run on a worker thread reaches the caller as itself; the queries not
    started are dropped, and the call returns only once its threads have ended (the evidence's
    query is read on first use of the evidence: by graph(), here)."""
    import threading

    import kg.projection
    from kg.queries import QueryError

    real, started = kg.projection.run_sparql, []

    def failing(store, text, bindings=None):
        started.append(text)
        if "rkg:evidence" in text:  # the evidence query, fifth of six
            raise QueryError("query failed: the disk went away")
        return real(store, text, bindings)

    monkeypatch.setattr(kg.projection, "run_sparql", failing)
    with pytest.raises(QueryError, match="the disk went away"):
        project(seed_store)
    assert not [t for t in threading.enumerate() if t.name.startswith("kg-projection")]
    assert len(started) <= len(kg.projection.query_texts())


def test_build_returns_while_the_evidence_query_runs_and_its_columns_wait_for_it(seed_store, seed_graph, monkeypatch):
    """The evidence's query, the slowest, is read on first use of the evidence columns, so that
    ``kg view`` lays out its presets meanwhile; the result is the projection read all at once."""
    import threading

    import kg.projection
    from kg.projection import build

    real, release, reached = kg.projection.run_sparql, threading.Event(), threading.Event()

    def held(store, text, bindings=None):
        if "rkg:evidence" in text:
            reached.set()
            assert release.wait(30), "the test never released the evidence query"
        return real(store, text, bindings)

    monkeypatch.setattr(kg.projection, "run_sparql", held)
    net = build(seed_store)  # would wait forever if it read the evidence itself
    assert reached.wait(30) and "_settle" in net.__dict__
    assert net.number_of_nodes() == seed_graph.number_of_nodes() and net.label
    release.set()
    assert net.node_evidence and "_settle" not in net.__dict__  # read once, then plain columns
    assert graph_bytes(net.graph(), "gexf", group_above=0) == graph_bytes(seed_graph, "gexf", group_above=0)
    assert not [t for t in threading.enumerate() if t.name.startswith("kg-projection")]


def test_a_projection_pickles_and_copies_with_its_evidence(seed_store, seed_graph):
    import copy
    import pickle

    from kg.projection import build

    for clone in (pickle.loads(pickle.dumps(build(seed_store))), copy.deepcopy(build(seed_store))):
        assert "_settle" not in clone.__dict__
        assert graph_bytes(clone.graph(), "gexf", group_above=0) == graph_bytes(seed_graph, "gexf", group_above=0)


def test_an_error_in_the_deferred_evidence_is_raised_on_every_read(seed_store, monkeypatch):
    import kg.projection
    from kg.projection import build

    def broken(lines, source_lines, texts, lang):
        raise KgError("unexpected escape in a query result")

    monkeypatch.setattr(kg.projection, "_evidence", broken)
    net = build(seed_store)
    for _ in range(2):
        with pytest.raises(KgError, match="unexpected escape"):
            net.evidence  # noqa: B018
        with pytest.raises(KgError, match="unexpected escape"):
            net.graph()


def test_every_evidence_entry_keeps_the_fields_of_its_source(seed_graph):
    """Sources are read by a query of their own and joined in Python: every entry still has its outlet and date."""
    entries = [e for _, _, d in seed_graph.edges(data=True) for e in d["evidence"]]
    assert entries and all(e["outlet"] and e["date"] and e["node"] for e in entries)
    by_node: dict[str, set] = {}
    for e in entries:
        by_node.setdefault(e["node"], set()).add((e["outlet"], e["date"], e["url"]))
    assert all(len(sources) == 1 for sources in by_node.values())  # one report per evidence node


# literals the engine's TSV writes with escapes, in short form or with a tag or datatype
_XSD = "http://www.w3.org/2001/XMLSchema#"
_TRICKY = [
    ('tab\there\nnl\rcr "q" back\\slash \\t \\\\ \x00\x01\x08\x0b\x0c\x1f\x7f \u2028\u2029 é 😀', None, None),
    ("Байтақ", "kk", None),
    ("y", "en-gb", None),
    ("", "ru", None),
    ("", None, None),
    ("007", None, _XSD + "integer"),
    ("+3", None, _XSD + "integer"),
    (" 7", None, _XSD + "integer"),
    ("-1.50", None, _XSD + "decimal"),
    ("1.0E3", None, _XSD + "double"),
    ("NaN", None, _XSD + "double"),
    ("1", None, _XSD + "boolean"),
    ("2025-01-01", None, _XSD + "date"),
    ('a"b\\', None, "http://example.org/datatype"),
    ('"@en', None, None),
    ('x"^^<http://example.org/d>', None, None),
]


def _tricky_store():
    import pyoxigraph as ox

    store = ox.Store()
    s = ox.NamedNode("http://example.org/s")
    for i, (text, lang, datatype) in enumerate(_TRICKY):
        if lang:
            literal = ox.Literal(text, language=lang)
        else:
            literal = ox.Literal(text, datatype=ox.NamedNode(datatype) if datatype else None)
        store.add(ox.Quad(s, ox.NamedNode(f"http://example.org/p{i:02}"), literal))
    store.add(ox.Quad(s, ox.NamedNode("http://example.org/q1"), ox.NamedNode("http://example.org/a,b;c%20d?e=f#g")))
    store.add(ox.Quad(s, ox.NamedNode("http://example.org/q2"), ox.BlankNode("b1")))
    return store


def test_tsv_cells_read_as_the_engine_terms():
    """build() reads the engine's TSV (a term object per cell cost more): every cell gives the
    term's value, and a literal its language tag, whatever the escapes, tag or datatype."""
    import pyoxigraph as ox

    from kg.projection import _lines, _text, _value

    store = _tricky_store()
    query = "SELECT ?p ?o ?unbound WHERE { ?s ?p ?o OPTIONAL { ?s <http://example.org/none> ?unbound } } ORDER BY ?p"
    lines = _lines(store.query(query))
    terms = list(store.query(query))
    assert len(lines) == len(terms) == len(_TRICKY) + 2
    for line, (p, o, _) in zip(lines, terms):
        cells = line.split("\t")
        assert [_value(c) for c in cells] == [p.value, o.value, None]
        if isinstance(o, ox.Literal):
            assert _text(cells[1]) == (o.value, o.language or "")


def test_tsv_cells_refuse_what_they_cannot_read():
    from kg.projection import _unescape, _value

    with pytest.raises(KgError, match="unexpected escape"):
        _unescape("a\\u0041")
    with pytest.raises(KgError, match="triple term"):
        _value("<< <http://x/a> <http://x/b> <http://x/c> >>")


def test_names_and_texts_with_escapes_reach_the_view_unchanged(seed_store, tmp_path):
    """A label, a description and a proposal's text with tabs, newlines, quotes, backslashes and
    tags come through the TSV reading as they are in the store."""
    import pyoxigraph as ox

    from kg.projection import build
    from kg.vocab import PREFIXES

    store = ox.Store()
    store.bulk_extend(seed_store)  # a copy: the seed store is shared by the module's tests
    skos, schema, rkg = PREFIXES["skos"], PREFIXES["schema"], PREFIXES["rkg"]
    odd = 'Baytaq\t"quoted"\\n \\\\ line\nbreak\r😀'
    store.add(ox.Quad(ox.NamedNode(BAYTAQ), ox.NamedNode(skos + "altLabel"), ox.Literal(odd, language="kk")))
    store.add(ox.Quad(ox.NamedNode(BAYTAQ), ox.NamedNode(schema + "description"), ox.Literal(odd)))
    store.add(ox.Quad(ox.NamedNode(PROPOSAL), ox.NamedNode(rkg + "content"), ox.Literal(odd + "@en", language="ru")))
    net = build(store, lang="ru")
    at = net.iri.index(BAYTAQ)
    assert odd in net.labels[at]
    assert net.description[at].startswith(odd)
    proposal = net.iri.index(PROPOSAL)
    assert net.description[proposal].startswith(odd + "@en")


def test_a_triple_term_where_a_fact_has_a_value_is_refused(seed_store):
    """A triple term (RDF 1.2) as a fact's value is refused with a KgError, as any other cell the
    view cannot read, rather than read as an IRI with its brackets cut."""
    import pyoxigraph as ox

    from kg.projection import build
    from kg.vocab import PREFIXES

    store = ox.Store()
    store.bulk_extend(seed_store)
    rkg = PREFIXES["rkg"]
    triple = ox.Triple(ox.NamedNode(BAYTAQ), ox.NamedNode(rkg + "proposedBy"), ox.NamedNode(PROPOSAL))
    store.add(ox.Quad(ox.NamedNode(PROPOSAL), ox.NamedNode(rkg + "proposedBy"), triple))
    with pytest.raises(KgError, match="triple term"):
        build(store)


def test_a_literal_with_a_base_direction_reads_its_language_alone():
    # RDF 1.2 writes "x"@en--ltr: the term's language is "en", and the view picks texts by it
    import pyoxigraph as ox

    from kg.projection import _lines, _text

    store = ox.Store()
    store.update('INSERT DATA { <http://example.org/s> <http://example.org/p> "x"@en--ltr }')
    (term,) = next(iter(store.query("SELECT ?o WHERE { ?s ?p ?o }")))
    (cell,) = _lines(store.query("SELECT ?o WHERE { ?s ?p ?o }"))
    assert _text(cell) == (term.value, term.language) == ("x", "en")
