"""The W3C SPARQL 1.1 Protocol test cases (w3c/rdf-tests, sparql/sparql11/protocol/manifest.ttl), run over real HTTP.

Every entry of the manifest is here, in its order, with the request it makes (the endpoint path
``/sparql/`` becomes ours, ``/sparql``). ``kg serve`` serves one graph read-only, so two groups of
cases answer otherwise than the manifest expects, by design, and the test says so:

- the update cases get 403 (the endpoint is read-only);
- the query cases whose protocol dataset names graphs the server does not hold (the manifest's
  ``http://kasei.us/…`` graphs) get 400 with a clear message; each is run a second time naming
  the served graph instead, which must answer as the manifest expects (status and result format).

``python tests/test_serve_w3c.py`` prints the conformance table of the README.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

import httpx
import pytest

sys.path.insert(0, str(Path(__file__).parent))
from _net import uvicorn_app  # noqa: E402

from kg.protocol import SERVED_GRAPH  # noqa: E402

KASEI = "http://kasei.us/2009/09/sparql/data/"
FORM = {"content-type": "application/x-www-form-urlencoded"}
DIRECT = {"content-type": "application/sparql-query"}
UPDATE = {"content-type": "application/sparql-update"}


def q(text: str) -> str:
    return quote(text, safe="")


@dataclass(frozen=True)
class Case:
    name: str
    method: str
    path: str  # after /sparql
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""
    w3c: str = "2xx"  # what the manifest expects: 2xx or 4xx
    result: str | None = None  # boolean, tabular or RDF: the kind of answer the manifest expects
    ours: int | None = None  # the status kg serve gives by design when it differs from the manifest
    why: str = ""

    def ported(self) -> Case | None:
        """The same request naming the served graph instead of graphs the server does not hold."""
        if q(KASEI) not in self.path or self.ours != 400 or b"FROM" in self.body:
            return None
        path = self.path
        for n in range(4):
            path = path.replace(q(f"{KASEI}data{n}.rdf"), q(SERVED_GRAPH))
        return Case(self.name + " (served graph)", self.method, path, self.headers, self.body, self.w3c, self.result)


NOT_HELD = "names graphs the server does not hold; the same request naming the served graph passes (next row)"
READ_ONLY = "an update; the endpoint is read-only"
ASK_EMPTY = b"ASK {}"
CASES = [
    Case(
        "query_post_form",
        "POST",
        f"?default-graph-uri={q(KASEI + 'data0.rdf')}",
        FORM,
        b"query=ASK%20%7B%7D",
        result="boolean",
        ours=400,
        why=NOT_HELD,
    ),
    Case(
        "query_dataset_default_graphs_get",
        "GET",
        f"?query={q('ASK { <' + KASEI + 'data1.rdf> a ?type . <' + KASEI + 'data2.rdf> a ?type . }')}"
        f"&default-graph-uri={q(KASEI + 'data1.rdf')}&default-graph-uri={q(KASEI + 'data2.rdf')}",
        result="boolean",
        ours=400,
        why=NOT_HELD,
    ),
    Case(
        "query_dataset_default_graphs_post",
        "POST",
        f"?default-graph-uri={q(KASEI + 'data1.rdf')}&default-graph-uri={q(KASEI + 'data2.rdf')}",
        DIRECT,
        f"ASK {{ <{KASEI}data1.rdf> a ?type . <{KASEI}data2.rdf> a ?type . }}".encode(),
        result="boolean",
        ours=400,
        why=NOT_HELD,
    ),
    Case(
        "query_dataset_named_graphs_post",
        "POST",
        f"?named-graph-uri={q(KASEI + 'data1.rdf')}&named-graph-uri={q(KASEI + 'data2.rdf')}",
        DIRECT,
        f"ASK {{ GRAPH ?g1 {{ <{KASEI}data1.rdf> a ?type }} GRAPH ?g2 {{ <{KASEI}data2.rdf> a ?type }} }}".encode(),
        result="boolean",
        ours=400,
        why=NOT_HELD,
    ),
    Case(
        "query_dataset_named_graphs_get",
        "GET",
        f"?query={q('ASK { GRAPH ?g1 { <' + KASEI + 'data1.rdf> a ?type } GRAPH ?g2 { <' + KASEI + 'data2.rdf> a ?type } }')}"
        f"&named-graph-uri={q(KASEI + 'data1.rdf')}&named-graph-uri={q(KASEI + 'data2.rdf')}",
        result="boolean",
        ours=400,
        why=NOT_HELD,
    ),
    Case(
        "query_dataset_full",
        "POST",
        f"?default-graph-uri={q(KASEI + 'data3.rdf')}&named-graph-uri={q(KASEI + 'data1.rdf')}"
        f"&named-graph-uri={q(KASEI + 'data2.rdf')}",
        DIRECT,
        f"ASK {{\n  <{KASEI}data3.rdf> a ?type\n  GRAPH ?g1 {{ <{KASEI}data1.rdf> a ?type }}\n"
        f"  GRAPH ?g2 {{ <{KASEI}data2.rdf> a ?type }}\n}}".encode(),
        result="boolean",
        ours=400,
        why=NOT_HELD,
    ),
    Case(
        "query_multiple_dataset",
        "POST",
        f"?named-graph-uri={q(KASEI + 'data1.rdf')}%26named-graph-uri%3D{q(KASEI + 'data2.rdf')}",
        DIRECT,
        f"ASK FROM <{KASEI}data3.rdf> {{ GRAPH ?g1 {{ <{KASEI}data1.rdf> a ?type }} "
        f"GRAPH ?g2 {{ <{KASEI}data2.rdf> a ?type }} }}".encode(),
        result="boolean",
        ours=400,
        why="FROM and graphs the server does not hold",
    ),
    Case(
        "query_get",
        "GET",
        f"?query=ASK%20%7B%7D&default-graph-uri={q(KASEI + 'data0.rdf')}",
        result="boolean",
        ours=400,
        why=NOT_HELD,
    ),
    Case(
        "query_content_type_select",
        "POST",
        f"?default-graph-uri={q(KASEI + 'data0.rdf')}",
        DIRECT,
        b"SELECT (1 AS ?value) {}",
        result="tabular",
        ours=400,
        why=NOT_HELD,
    ),
    Case(
        "query_content_type_ask",
        "POST",
        f"?default-graph-uri={q(KASEI + 'data0.rdf')}",
        DIRECT,
        ASK_EMPTY,
        result="boolean",
        ours=400,
        why=NOT_HELD,
    ),
    Case(
        "query_content_type_describe",
        "POST",
        f"?default-graph-uri={q(KASEI + 'data0.rdf')}",
        DIRECT,
        b"DESCRIBE <http://example.org/>",
        result="RDF",
        ours=400,
        why=NOT_HELD,
    ),
    Case(
        "query_content_type_construct",
        "POST",
        f"?default-graph-uri={q(KASEI + 'data0.rdf')}",
        DIRECT,
        b"CONSTRUCT { <s> <p> 1 } WHERE {}",
        result="RDF",
        ours=400,
        why=NOT_HELD,
    ),
    Case(
        "update_dataset_default_graph",
        "POST",
        f"?using-graph-uri={q(KASEI + 'data1.rdf')}",
        UPDATE,
        b"CLEAR ALL",
        ours=403,
        why=READ_ONLY,
    ),
    Case(
        "update_dataset_default_graphs",
        "POST",
        f"?using-graph-uri={q(KASEI + 'data1.rdf')}&using-graph-uri={q(KASEI + 'data2.rdf')}",
        UPDATE,
        b"CLEAR ALL",
        ours=403,
        why=READ_ONLY,
    ),
    Case(
        "update_dataset_named_graphs",
        "POST",
        f"?using-named-graph-uri={q(KASEI + 'data1.rdf')}&using-named-graph-uri={q(KASEI + 'data2.rdf')}",
        UPDATE,
        b"CLEAR ALL",
        ours=403,
        why=READ_ONLY,
    ),
    Case(
        "update_dataset_full",
        "POST",
        f"?using-graph-uri={q(KASEI + 'data3.rdf')}&using-named-graph-uri={q(KASEI + 'data1.rdf')}",
        UPDATE,
        b"CLEAR ALL",
        ours=403,
        why=READ_ONLY,
    ),
    Case("update_post_form", "POST", "", FORM, b"update=CLEAR+ALL", ours=403, why=READ_ONLY),
    Case("update_post_direct", "POST", "", UPDATE, b"CLEAR ALL", ours=403, why=READ_ONLY),
    Case(
        "update_base_uri",
        "POST",
        "",
        UPDATE,
        b"CLEAR GRAPH <http://example.org/protocol-base-test/> ;\nINSERT DATA { GRAPH "
        b"<http://example.org/protocol-base-test/> { <http://example.org/s> <http://example.org/p> <test> } }",
        ours=403,
        why=READ_ONLY,
    ),
    Case("query_post_direct", "POST", "", DIRECT, ASK_EMPTY, result="boolean"),
    Case("bad_query_method", "PUT", f"?query=ASK%20%7B%7D&default-graph-uri={q(KASEI + 'data0.rdf')}", FORM, w3c="4xx"),
    Case("bad_multiple_queries", "GET", "?query=ASK%20%7B%7D&query=SELECT%20%2A%20%7B%7D", w3c="4xx"),
    Case("bad_query_wrong_media_type", "POST", "", {"content-type": "text/plain"}, ASK_EMPTY, w3c="4xx"),
    Case("bad_query_missing_form_type", "POST", "", {}, b"query=ASK%20%7B%7D", w3c="4xx"),
    Case("bad_query_missing_direct_type", "POST", "", {}, ASK_EMPTY, w3c="4xx"),
    Case(
        "bad_query_non_utf8",
        "POST",
        "",
        {"content-type": "application/sparql-query; charset=UTF-16"},
        "ASK {}".encode("utf-16"),
        w3c="4xx",
    ),
    Case("bad_query_syntax", "GET", "?query=ASK%20%7B", w3c="4xx"),
    Case("bad_update_get", "GET", "?update=CLEAR%20ALL", w3c="4xx"),
    Case("bad_multiple_updates", "POST", "", FORM, b"update=CLEAR%20NAMED&update=CLEAR%20DEFAULT", w3c="4xx"),
    Case("bad_update_wrong_media_type", "POST", "", {"content-type": "text/plain"}, b"CLEAR NAMED", w3c="4xx"),
    Case("bad_update_missing_form_type", "POST", "", {}, b"update=CLEAR%20NAMED", w3c="4xx"),
    Case(
        "bad_update_non_utf8",
        "POST",
        "",
        {"content-type": "application/sparql-update; charset=UTF-16"},
        "CLEAR NAMED".encode("utf-16"),
        w3c="4xx",
    ),
    Case("bad_update_syntax", "POST", "", FORM, b"update=CLEAR%20XYZ", w3c="4xx"),
    Case(
        "bad_update_dataset_conflict",
        "POST",
        f"?using-named-graph-uri={q('http://example/people')}",
        UPDATE,
        b"PREFIX foaf: <http://xmlns.com/foaf/0.1/>\nWITH <http://example/addresses>\n"
        b"DELETE { ?person foaf:givenName 'Bill' }\nINSERT { ?person foaf:givenName 'William' }\n"
        b"WHERE { ?person foaf:givenName 'Bill' }",
        w3c="4xx",
    ),
]

RESULT_MEDIA = {
    "boolean": ("application/sparql-results+json", "application/sparql-results+xml"),
    "tabular": (
        "application/sparql-results+json",
        "application/sparql-results+xml",
        "text/csv",
        "text/tab-separated-values",
    ),
    "RDF": ("text/turtle", "application/n-triples", "application/rdf+xml", "application/ld+json"),
}


def send(base: str, case: Case) -> httpx.Response:
    return httpx.request(case.method, f"{base}/sparql{case.path}", headers=case.headers, content=case.body, timeout=30)


def verdict(case: Case, response: httpx.Response) -> str | None:
    """None when the answer is right for kg serve; otherwise what is wrong."""
    status = response.status_code
    if case.ours is not None:
        return None if status == case.ours else f"expected {case.ours} by design, got {status}"
    if case.w3c == "4xx":
        return None if 400 <= status < 500 else f"expected 4xx, got {status}"
    if not 200 <= status < 400:
        return f"expected 2xx, got {status}: {response.text[:200]}"
    media = response.headers.get("content-type", "").split(";")[0].strip()
    if case.result and media not in RESULT_MEDIA[case.result]:
        return f"expected a {case.result} result, got {media}"
    if case.result == "boolean" and media == "application/sparql-results+json":
        if not isinstance(json.loads(response.content).get("boolean"), bool):
            return "no boolean in the answer"
    return None


ALL = [c for case in CASES for c in (case, case.ported()) if c is not None]


@pytest.fixture(scope="module")
def server():
    from conftest import SEED

    from kg.serve import make_app
    from kg.store import build_store

    with uvicorn_app(make_app(build_store(list(SEED)))) as url:
        yield url


def test_every_manifest_entry_is_ported():
    assert len(CASES) == 34
    assert len({case.name for case in CASES}) == 34
    assert len(ALL) == 34 + 11  # every query case naming kasei.us graphs runs again on the served graph


@pytest.mark.parametrize("case", ALL, ids=[c.name for c in ALL])
def test_w3c_protocol_case(server, case):
    response = send(server, case)
    problem = verdict(case, response)
    assert problem is None, problem
    if case.ours == 400:
        assert "is not served here" in response.text or "FROM" in response.text


def table(base: str) -> str:
    """The README's conformance table: every case, what the manifest expects, what kg serve answers."""
    lines = ["| W3C case | manifest expects | kg serve | result |", "|---|---|---|---|"]
    for case in ALL:
        response = send(base, case)
        problem = verdict(case, response)
        expected = case.w3c + (f" ({case.result})" if case.result else "")
        result = (
            "pass"
            if problem is None and case.ours is None
            else (f"by design: {case.why}" if problem is None else f"FAIL: {problem}")
        )
        lines.append(f"| `{case.name}` | {expected} | {response.status_code} | {result} |")
    return "\n".join(lines)


if __name__ == "__main__":  # pragma: no cover - prints the README table
    from conftest import SEED

    from kg.serve import make_app
    from kg.store import build_store

    with uvicorn_app(make_app(build_store(list(SEED)))) as url:
        print(table(url))
