"""Tests for kg.Graph, the library API: one object, one name index built once, ids skip it."""

from __future__ import annotations

import subprocess
import sys

import pytest

import kg
from kg import resolve
from kg.errors import KgError, QueryError
from kg.graph import Graph
from kg.names import UnknownName
from kg.vocab import ID

KACHANOV = ID + "sergey-kachanov"


@pytest.fixture(scope="module")
def graph() -> Graph:
    return Graph.from_sources()


@pytest.fixture
def index_builds(monkeypatch) -> list[int]:
    """Count how often a name index is built."""
    calls: list[int] = []
    real = resolve.name_index

    def counting(store):
        calls.append(1)
        return real(store)

    monkeypatch.setattr(resolve, "name_index", counting)
    return calls


def test_kg_exports_graph_lazily():
    assert kg.Graph is Graph
    code = "import sys, kg; print('kg.graph' in sys.modules, 'pyoxigraph' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]


def test_an_actor_by_name_id_or_iri_gives_the_same_rows(graph):
    answers = [
        graph.rows("stances", params={"actor": value})
        for value in ("sergey-kachanov", KACHANOV, f"<{KACHANOV}>", "Сергей Качанов", "Качанова")
    ]
    assert answers[0] and all(a == answers[0] for a in answers)


def test_ids_and_iris_never_build_the_index(index_builds):
    fresh = Graph.from_sources()
    assert fresh.resolve("sergey-kachanov") == KACHANOV
    assert fresh.resolve(KACHANOV) == KACHANOV
    list(fresh.query("who-proposed-what", params={"actor": "baytaq"}))
    assert index_builds == [] and not fresh.resolver.built


def test_the_name_index_is_built_once_and_reused(index_builds):
    fresh = Graph.from_sources()
    assert fresh.resolve("Әміртаевтың") == ID + "azamatkhan-amirtayev"
    assert fresh.resolve("Amirtaev") == ID + "azamatkhan-amirtayev"
    for name in ("Baytaq", "Сергей Качанов", "Тоқаев"):
        list(fresh.query("who-proposed-what", params={"actor": name}))
    assert fresh.matches("Karin")  # kg resolve uses the same index
    assert index_builds == [1]


def test_an_id_that_is_not_an_actor_is_read_as_a_name(graph):
    with pytest.raises(UnknownName) as caught:
        graph.resolve("no-such-actor-at-all")
    assert "unknown actor" in str(caught.value)


def test_ad_hoc_sparql_and_its_limits(graph):
    rows = graph.rows("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    assert int(rows[0]["n"]) == len(graph)
    assert bool(graph.query("ASK { ?s ?p ?o }")) is True
    with pytest.raises(KgError, match="named queries"):
        graph.query("SELECT * WHERE { ?s ?p ?o }", params={"actor": "baytaq"})
    with pytest.raises(QueryError):
        graph.query("SELECT * WHERE { SERVICE <http://example.org/> { ?s ?p ?o } }")
    with pytest.raises(KgError, match="SELECT"):
        graph.rows("ASK { ?s ?p ?o }")


def test_lang_picks_the_labels(graph):
    kk = graph.rows("who-proposed-what", lang="kk")
    en = graph.rows("who-proposed-what", lang="en")
    assert len(kk) == len(en) and kk != en


def test_counts_export_and_view(graph, tmp_path):
    from kg.store import counts, serialize

    assert graph.counts() == counts(graph.store)
    assert graph.export("nt") == serialize(graph.store, "nt")
    assert graph.export("nt", tmp_path / "g.nt") is None
    assert (tmp_path / "g.nt").read_bytes() == serialize(graph.store, "nt")
    assert graph.export("graphml").startswith(b"<?xml")
    drawn = graph.view(tmp_path / "v.html", focus="Amirtayev", depth=1)
    assert ID + "azamatkhan-amirtayev" in drawn and (tmp_path / "v.html").stat().st_size > 1000


@pytest.fixture
def resolutions(monkeypatch) -> list[str]:
    """Every name or IRI an actor resolver is asked for."""
    asked: list[str] = []
    real = resolve.Resolver.actor

    def counting(self, value):
        asked.append(value)
        return real(self, value)

    monkeypatch.setattr(resolve.Resolver, "actor", counting)
    return asked


def test_the_focus_is_resolved_once(graph, tmp_path, resolutions):
    """kg view resolves its focus once (by the graph's index) and passes the IRI down: the
    projection and the page take a node's IRI as it is."""
    from kg.view import write_view

    drawn = graph.view(tmp_path / "v.html", focus="Amirtayev", depth=1)
    assert resolutions == ["Amirtayev"] and drawn.centre == ID + "azamatkhan-amirtayev"
    resolutions.clear()
    assert ID + "baytaq" in graph.project(focus="baytaq", depth=1) and resolutions == ["baytaq"]
    resolutions.clear()
    assert write_view(graph.store, tmp_path / "w.html", focus="Baytaq").centre == ID + "baytaq"
    assert resolutions == ["Baytaq"]


def test_open_a_store(tmp_path):
    from kg.store import build_store

    build_store(store_dir=tmp_path / "store")
    opened = Graph.open(tmp_path / "store")
    assert len(opened) == len(Graph.from_sources())
    assert opened.rows("stances", params={"actor": "Сергей Качанов"})
    with pytest.raises(KgError, match="not both"):
        Graph.load(["sources"], store_dir=tmp_path / "store")


def test_a_query_file_with_a_space_in_its_path_is_a_file(graph, tmp_path):
    path = tmp_path / "my query.rq"
    path.write_text("# title: Count\n# returns: ?n\nSELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }\n", encoding="utf-8")
    assert graph.named(str(path)).path == str(path)  # the file as given, as text
    assert int(graph.rows(str(path))[0]["n"]) == len(graph)


class QueryOnly:
    """A store that only answers SPARQL, like kg.remote.RemoteStore (no quads_for_pattern)."""

    def __init__(self, store) -> None:
        self.store = store

    def query(self, text: str):
        return self.store.query(text)

    def __len__(self) -> int:
        return len(self.store)


def test_the_index_reads_the_same_labels_by_sparql_as_from_oxigraphs_indexes(graph):
    assert resolve.graph_entries(QueryOnly(graph.store)) == resolve.graph_entries(graph.store)
    remote_like = Graph(QueryOnly(graph.store))
    assert remote_like.resolve("Амиртаевтың") == graph.resolve("Амиртаевтың") == ID + "azamatkhan-amirtayev"
    fresh = Graph(QueryOnly(graph.store))
    assert fresh.resolve("sergey-kachanov") == KACHANOV and not fresh.resolver.built


def test_a_stores_name_index_is_kept_between_runs_and_never_stale(tmp_path, monkeypatch, index_builds):
    from kg.store import build_store

    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path / "cache"))
    build_store(store_dir=tmp_path / "store")
    first = Graph.open(tmp_path / "store")
    assert first.resolve("Әміртаевтың") == ID + "azamatkhan-amirtayev"
    assert index_builds == [1] and first.resolver.index_file is not None and first.resolver.index_file.exists()
    again = Graph.open(tmp_path / "store")  # a new run: the index is read, not built
    assert again.resolver.index_file == first.resolver.index_file
    assert again.resolve("Амиртаевтың") == ID + "azamatkhan-amirtayev"
    assert [(m.actor_id, m.score, m.why) for m in again.matches("Karin")] == [
        (m.actor_id, m.score, m.why) for m in first.matches("Karin")
    ]
    assert index_builds == [1]
    # a rebuilt store is another store: its index is built anew
    build_store(store_dir=tmp_path / "store")
    rebuilt = Graph.open(tmp_path / "store")
    assert rebuilt.resolver.index_file != first.resolver.index_file
    rebuilt.resolve("Amirtaev")
    assert index_builds == [1, 1]
    # a damaged file is ignored (and replaced), never trusted
    rebuilt.resolver.index_file.write_text('{"format": 1, "actors": [["x", "robot", []]]}', encoding="utf-8")
    assert Graph.open(tmp_path / "store").resolve("Amirtaev") == ID + "azamatkhan-amirtayev"
    assert index_builds == [1, 1]  # an exact name: settled by the saved exact keys, the index is not read
    assert Graph.open(tmp_path / "store").resolve("Амиртаевтың") == ID + "azamatkhan-amirtayev"
    assert index_builds == [1, 1, 1]  # a case form needs the whole index: the damaged one is built anew


def test_no_cache_no_saved_index(tmp_path, monkeypatch):
    from kg.store import build_store

    monkeypatch.setenv("KG_CACHE_DIR", "off")
    build_store(store_dir=tmp_path / "store")
    graph = Graph.open(tmp_path / "store")
    assert graph.resolver.index_file is None and graph.resolve("Amirtaev") == ID + "azamatkhan-amirtayev"


def test_one_path_given_as_a_string_is_one_path():
    """`Graph.from_sources("tests/data/tiny")` read the string letter by letter: "t: no such file or directory"."""
    from pathlib import Path

    tiny = Path(__file__).parent / "data" / "tiny"
    assert len(Graph.from_sources(str(tiny))) == len(Graph.from_sources([tiny])) > 0
    assert len(Graph.load(tiny)) == len(Graph.from_sources([tiny]))


RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"  # hours on the default graph


def test_query_is_bounded_by_default(graph):
    """Graph.query ran in the caller's thread with no limit: a runaway query could not be stopped."""
    import inspect
    import time

    from kg.errors import QueryOutOfMemory, QueryTimeout

    defaults = inspect.signature(Graph.query).parameters
    assert defaults["timeout_s"].default == 60 and defaults["max_memory_mb"].default == 1024
    started = time.monotonic()
    with pytest.raises(QueryTimeout, match="time limit of 0.5 s and was stopped; .* timeout_s"):
        graph.query(RUNAWAY, timeout_s=0.5)
    assert time.monotonic() - started < 10
    with pytest.raises(QueryOutOfMemory, match="memory limit of 64 MB"):
        graph.query("SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } ORDER BY ?a", max_memory_mb=64)
    with pytest.raises(KgError, match="timeout_s must be a number of seconds"):
        graph.query("ASK { ?s ?p ?o }", timeout_s=0)


def test_a_bounded_query_gives_what_the_engine_gives(graph):
    select = "SELECT ?s ?o ?none WHERE { ?s ?p ?o OPTIONAL { ?s <urn:none> ?none } } ORDER BY ?s ?p ?o"
    bounded, free = graph.query(select), graph.query(select, timeout_s=None)
    assert bounded.variables == free.variables
    assert [tuple(row) for row in bounded] == [tuple(row) for row in free]
    assert bool(graph.query("ASK { ?s ?p ?o }")) is True and bool(graph.query("ASK { ?s <urn:none> ?o }")) is False
    construct = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"
    assert sorted(map(str, graph.query(construct))) == sorted(map(str, graph.query(construct, timeout_s=None)))
    assert graph.rows("who-proposed-what", lang="kk") == graph.rows("who-proposed-what", lang="kk", timeout_s=None)
