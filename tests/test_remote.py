"""kg push and kg query --endpoint against a real Oxigraph server, and every way a remote can fail."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from _net import DiesAfterOne, Listener, Misbehaving, Stub, free_port, oxigraph_binary, oxigraph_server
from conftest import SEED, SEED_ARGS

from kg.errors import EndpointError, QueryError
from kg.remote import PushError, gsp_url, push, query_remote, query_url, render_remote, run_named_remote

GRAPH = "https://w3id.org/reform-kg/graph"


@pytest.fixture(scope="module")
def store():
    from kg.store import build_store

    return build_store(list(SEED))


@pytest.fixture(scope="module")
def oxigraph(tmp_path_factory):
    with oxigraph_server(tmp_path_factory.mktemp("oxigraph")) as url:
        yield url


def remote_count(url: str, graph: str | None = None) -> int:
    pattern = f"GRAPH <{graph}> {{ ?s ?p ?o }}" if graph else "?s ?p ?o"
    result = query_remote(url, f"SELECT (COUNT(*) AS ?n) WHERE {{ {pattern} }}")
    return int(result.rows[0][0].value)


def normalised(columns, rows) -> list[tuple]:
    """Rows as sorted tuples of text, with GROUP_CONCAT parts sorted: SPARQL fixes neither order."""
    out = []
    for row in rows:
        cells = []
        for term in row:
            text = None if term is None else term.value
            cells.append(" … ".join(sorted(text.split(" … "))) if text else text)
        out.append(tuple(cells))
    return sorted(out, key=lambda r: [c or "" for c in r])


# ---------------------------------------------------------------- push and query a real server


def test_the_oxigraph_server_is_found_beside_python(monkeypatch):
    """pytest run as .venv/bin/python does not put .venv/bin on PATH; the server must still be found."""
    from importlib.metadata import PackageNotFoundError, distribution

    try:
        distribution("oxigraph")  # the test extra installs the server; it has no module to import
    except PackageNotFoundError:
        pytest.skip("the oxigraph server package is not installed")
    monkeypatch.setenv("PATH", "/nonexistent")
    binary = oxigraph_binary()
    assert binary is not None and Path(binary).parent == Path(sys.executable).parent


def test_a_missing_server_fails_in_ci_rather_than_skipping(monkeypatch, tmp_path):
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.setattr(sys, "executable", str(tmp_path / "python"))
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="CI must run"), oxigraph_server(tmp_path):
        pass
    monkeypatch.setenv("CI", "")
    with pytest.raises(pytest.skip.Exception), oxigraph_server(tmp_path):
        pass


def test_push_replaces_the_default_graph_in_batches(oxigraph, store):
    seen = []
    report = push(store, oxigraph, replace=True, batch_triples=500, progress=lambda r: seen.append(r.triples))
    total = len(store)
    assert report.triples == total and report.total_triples == total
    assert report.batches == -(-total // 500) == len(seen)
    assert seen == sorted(seen) and seen[-1] == total
    assert remote_count(oxigraph) == total
    again = push(store, oxigraph, replace=True)  # replacing again does not double anything
    assert again.batches == 1 and remote_count(oxigraph) == total
    push(store, oxigraph)  # adding the same triples changes nothing: there are no blank nodes
    assert remote_count(oxigraph) == total


def test_push_to_a_named_graph(oxigraph, store):
    report = push(store, f"{oxigraph}/store", graph=GRAPH, replace=True)
    assert report.url.endswith("?graph=https%3A%2F%2Fw3id.org%2Freform-kg%2Fgraph")
    assert remote_count(oxigraph, GRAPH) == len(store)


def test_a_named_query_on_a_pushed_named_graph_needs_graph(oxigraph, store, tmp_path):
    """Pushed with --graph, the data is not in the default graph: --graph on the query finds it."""
    from click.testing import CliRunner
    from pyoxigraph import Store

    from kg.cli import cli

    push(store, f"{oxigraph}/store", graph=GRAPH, replace=True)
    push(Store(), f"{oxigraph}/store", replace=True)  # an empty default graph
    runner = CliRunner()
    args = ["query", "who-proposed-what", "-p", "actor=baytaq", "--endpoint", oxigraph, "-f", "csv"]
    without = runner.invoke(cli, args)
    assert without.exit_code != 0 and "unknown actor" in without.output.lower()
    with_graph = runner.invoke(cli, [*args, "--graph", GRAPH])
    local = runner.invoke(cli, ["query", "who-proposed-what", "-p", "actor=baytaq", "-f", "csv", *SEED_ARGS])
    assert with_graph.exit_code == 0, with_graph.output
    assert sorted(with_graph.output.splitlines()) == sorted(local.output.splitlines())
    assert runner.invoke(cli, ["query", "who-proposed-what", "--graph", GRAPH]).exit_code == 2


def test_every_named_query_gives_the_same_rows_remotely(oxigraph, store):
    from kg.queries import list_queries
    from kg.resolve import run_named

    push(store, oxigraph, replace=True)
    for query in list_queries():
        given = {"actor": "baytaq"} if any(p.name == "actor" and not p.optional for p in query.params) else {}
        remote = run_named_remote(oxigraph, query, given)
        local = run_named(store, query, given)
        columns = [v.value for v in local.variables]
        local_rows = [list(solution) for solution in local]
        del local
        assert remote.columns == columns, query.name
        assert normalised(columns, remote.rows) == normalised(columns, local_rows), query.name


def test_cli_push_then_query_prints_the_same_table(oxigraph, run):
    pushed = run("push", "--endpoint", oxigraph, "--replace", *SEED_ARGS)
    assert pushed.exit_code == 0, pushed.output
    assert pushed.stdout.startswith("pushed ") and "replaced the default graph" in pushed.stdout
    for args in (
        ["who-proposed-what"],
        ["who-proposed-what", "-p", "actor=Amirtayev", "--lang", "kk"],
        ["claims", "-f", "csv"],
    ):
        local = run("query", *args, *SEED_ARGS)
        remote = run("query", *args, "--endpoint", f"{oxigraph}/query")
        assert remote.exit_code == 0, remote.output
        assert remote.stdout == local.stdout
    ask = run("query", "--sparql", "ASK { ?s ?p ?o }", "--endpoint", oxigraph)
    assert ask.stdout == "true\n"


def test_remote_queries_are_checked_locally_first(oxigraph, run):
    listener = Listener()
    try:
        for query in (f"SELECT * WHERE {{ SERVICE <{listener.url}> {{ ?s ?p ?o }} }}", f"LOAD <{listener.url}>"):
            with pytest.raises(QueryError, match="refused"):
                query_remote(oxigraph, query)
            result = run("query", "--sparql", query, "--endpoint", oxigraph)
            assert result.exit_code == 1 and "refused" in result.output
        assert listener.connections == 0
    finally:
        listener.close()


# ---------------------------------------------------------------- addresses


def test_addresses():
    assert gsp_url("http://h:7878/") == "http://h:7878/store?default"
    assert gsp_url("http://h:3030/ds/data", graph="urn:g") == "http://h:3030/ds/data?graph=urn%3Ag"
    assert query_url("http://h:7878") == "http://h:7878/query"
    assert query_url("http://h:3030/ds/data") == "http://h:3030/ds/sparql"
    with pytest.raises(EndpointError, match="not an http"):
        gsp_url("ftp://h/store")


@pytest.mark.parametrize(
    "address,says",
    [
        ("http://[::1/sparql", "the host is not a valid name or address"),  # was: internal error: ValueError
        ("http://127.0.0.1:abc/sparql", "the port must be a number from 1 to 65535"),  # internal error: InvalidURL
        ("http://127.0.0.1:99999/sparql", "the port must be a number from 1 to 65535"),  # was: connection refused
        ("http://127.0.0.1:0/sparql", "the port must be a number from 1 to 65535"),
        ("http://a b/sparql", "spaces or control characters"),  # was: Name or service not known
        ("http://h/spa rql", "spaces or control characters"),
        ("http://h/x\nHost: y", "spaces or control characters"),
        ("http://xn--/sparql", "the host is not a valid name or address"),  # internal error: IDNAError
        ("http://" + "a" * 64 + ".example/sparql", "the host is not a valid name or address"),  # UnicodeError
        ("http://a..b/sparql", "the host is not a valid name or address"),
        ("http://dba:pass/word@127.0.0.1:8890/x", "holds a /, ? or #"),  # was: the port must be a number
        ("http://dba:pass#word@127.0.0.1:8890/x", "holds a /, ? or #"),
    ],
)
def test_a_malformed_address_is_a_clear_error_before_any_connection(run, address, says):
    with pytest.raises(EndpointError, match=re.escape(says)):
        query_url(address)
    with pytest.raises(EndpointError, match=re.escape(says)):
        gsp_url(address)
    for args in (["query", "--sparql", "ASK {}", "--endpoint", address], ["push", "--endpoint", address, *SEED_ARGS]):
        result = run(*args)
        assert result.exit_code == 1 and "internal error" not in result.output and says in result.output
        assert result.output.count("\n") == 1, result.output


@pytest.mark.parametrize("graph", ["not an iri", "urn:a b", "https://x.example/<g>", "graph"])
def test_a_graph_that_is_not_an_absolute_iri_is_refused_before_sending(store, run, graph):
    """Before, `kg push --graph 'not an iri'` sent ?graph=not%20an%20iri and reported
    'pushed … to graph <not an iri>' (exit 0); `kg query --endpoint … --graph` sent it too."""
    listener = Listener()
    try:
        url = f"http://127.0.0.1:{listener.port}"
        with pytest.raises(EndpointError, match="is not an absolute IRI"):
            push(store, url, graph=graph, retries=0)
        with pytest.raises(EndpointError, match="is not an absolute IRI"):
            query_remote(url, "ASK {}", graph=graph)
        pushed = run("push", "--endpoint", url, "--graph", graph, *SEED_ARGS)
        assert pushed.exit_code == 1 and "is not an absolute IRI" in pushed.output
        assert pushed.output.count("\n") == 1
        assert listener.connections == 0
    finally:
        listener.close()


def test_an_empty_graph_or_endpoint_is_refused_not_taken_for_the_default(store, run):
    """`--graph ''` pushed to and queried the default graph, and `kg query --endpoint ''` ran on the
    local graph, each with exit code 0 (`--graph "$UNSET"` in a script)."""
    listener = Listener()
    try:
        url = f"http://127.0.0.1:{listener.port}"
        says = "--graph '' is empty; give a named graph's absolute IRI, e.g. https://w3id.org/reform-kg/graph, "
        with pytest.raises(EndpointError, match=re.escape(says)):
            push(store, url, graph="", retries=0)
        with pytest.raises(EndpointError, match=re.escape(says)):
            query_remote(url, "ASK {}", graph="")
        for args in (
            ["push", "--endpoint", url, "--graph", "", *SEED_ARGS],
            ["query", "who-proposed-what", "--endpoint", url, "--graph", ""],
        ):
            result = run(*args)
            assert (
                result.exit_code == 1 and result.output == f"Error: {says}or leave --graph out for the default graph\n"
            )
        local = run("query", "who-proposed-what", "--graph", "", *SEED_ARGS)
        assert local.exit_code == 2 and "--graph applies to --endpoint" in local.output
        nowhere = run("query", "who-proposed-what", "--endpoint", "")
        assert nowhere.exit_code == 1
        assert nowhere.output == "Error: '' is not an http(s) address, e.g. http://127.0.0.1:7878/store\n"
        assert listener.connections == 0
    finally:
        listener.close()


@pytest.mark.parametrize("user", ["", " "])
def test_an_empty_user_is_refused_before_anything_is_sent(run, user):
    """`kg push --user ''` pushed with no credentials at all (and the server's 401 said to give --user)."""
    listener = Listener()
    try:
        url = f"http://127.0.0.1:{listener.port}"
        result = run("push", "--endpoint", url, "--user", user, "--password", "secret", *SEED_ARGS)
        assert result.exit_code == 1
        assert result.output == f"Error: --user {user!r} is empty; give the user name, or leave --user out\n"
        assert listener.connections == 0
    finally:
        listener.close()


def test_retries_are_bounded(store, run):
    """`kg push --retries 1000` waited 0.5 s, 1 s, 2 s … doubling: days on a server that keeps answering 503."""
    from kg.cli import MAX_PUSH_RETRIES
    from kg.remote import MAX_RETRIES

    assert MAX_PUSH_RETRIES == MAX_RETRIES == 10
    listener = Listener()
    try:
        url = f"http://127.0.0.1:{listener.port}"
        for retries, backoff_s in ((11, 0.5), (-1, 0.5), (3, -1.0), (3, float("nan"))):
            with pytest.raises(EndpointError, match=r"^a batch is retried 0 to 10 times, after 0 to 60 s doubling"):
                push(store, url, retries=retries, backoff_s=backoff_s)
        result = run("push", "--endpoint", url, "--retries", "1000", *SEED_ARGS)
        assert result.exit_code == 2
        assert "Invalid value for '--retries': 1000 is not in the range 0<=x<=10." in result.output
        assert listener.connections == 0
    finally:
        listener.close()


# ---------------------------------------------------------------- failures


def test_unreachable_endpoint(store, run):
    url = f"http://127.0.0.1:{free_port()}"  # nothing listens there
    with pytest.raises(PushError, match="nothing was stored: cannot reach") as caught:
        push(store, url, retries=1, backoff_s=0)
    assert caught.value.report.triples == 0 and caught.value.report.retries == 1
    pushed = run("push", "--endpoint", url, "--retries", "0", *SEED_ARGS)
    assert pushed.exit_code == 1
    assert pushed.output.count("\n") == 1 and "cannot reach" in pushed.output and "Traceback" not in pushed.output
    queried = run("query", "who-proposed-what", "--endpoint", url)
    assert queried.exit_code == 1 and "cannot reach" in queried.output and queried.output.count("\n") == 1


def test_4xx_is_not_retried_and_shows_the_server_message(store, run):
    stub = Stub([(400, b"Parser error at line 3: expected '.'")])
    try:
        with pytest.raises(PushError, match="answered 400: Parser error at line 3"):
            push(store, stub.url + "/store", retries=3, backoff_s=0)
        assert len(stub.requests) == 1
        result = run("push", "--endpoint", stub.url, *SEED_ARGS)
        assert result.exit_code == 1 and "answered 400" in result.output
    finally:
        stub.close()


def test_5xx_is_retried_then_reported(store):
    stub = Stub([(503, b"overloaded"), (503, b"overloaded"), (204, b"")])
    try:
        report = push(store, stub.url, retries=3, backoff_s=0)
        assert report.retries == 2 and report.batches == 1 and len(stub.requests) == 3
    finally:
        stub.close()
    stub = Stub([(500, b"Virtuoso 22023 Error: default graph not supported")])
    try:
        with pytest.raises(PushError, match="give --graph IRI"):
            push(store, stub.url, retries=2, backoff_s=0)
        assert len(stub.requests) == 3
    finally:
        stub.close()


def test_a_refused_push_lets_go_of_the_engines_iterator_at_once(store):
    # pyoxigraph's quad iterator may only be dropped on the thread that made it; kept alive by the
    # error's traceback, it was dropped wherever that was collected (an unraisable warning).
    import weakref

    alive = []

    class Quads:
        def __init__(self, quads):
            self.quads = quads

        def __iter__(self):
            return self

        def __next__(self):
            return next(self.quads)

    class Watched:
        def quads_for_pattern(self, *pattern):
            quads = Quads(store.quads_for_pattern(*pattern))
            alive.append(weakref.ref(quads))
            return quads

    stub = Stub([(400, b"bad request")])
    try:
        with pytest.raises(PushError) as caught:
            push(Watched(), stub.url, batch_triples=10, retries=0)
        assert caught.value.__traceback__ is not None
        assert len(alive) == 2 and all(ref() is None for ref in alive)
    finally:
        stub.close()


def test_an_html_error_page_becomes_one_line(store):
    page = (
        b"<!DOCTYPE HTML><html><head><title>SPARQL Graph Protocol request failed</title></head><body>"
        b"<h1>HTTP/1.1 500 Request Failed</h1>\n<h3>Error 22023</h3><xmp>contains &quot;default&quot; param"
        b"</xmp></body></html>"
    )
    stub = Stub([(500, page)], content_type="text/html")
    try:
        with pytest.raises(PushError) as caught:
            push(store, stub.url + "/sparql-graph-crud-auth", retries=0)
        assert 'answered 500: HTTP/1.1 500 Request Failed Error 22023 contains "default" param' in str(caught.value)
        assert "<" not in str(caught.value) and "\n" not in str(caught.value)
    finally:
        stub.close()


def test_401_suggests_credentials(store):
    stub = Stub([(401, b"Unauthorized")])
    try:
        with pytest.raises(PushError, match="--user"):
            push(store, stub.url, backoff_s=0)
    finally:
        stub.close()


def test_push_interrupted_half_way_reports_what_was_sent(store):
    server = DiesAfterOne()
    try:
        with pytest.raises(PushError) as caught:
            push(store, server.url, replace=True, batch_triples=300, retries=1, backoff_s=0)
    finally:
        server.close()
    report = caught.value.report
    assert report.batches == 1 and report.triples == 300 == server.received and report.total_batches > 1
    message = str(caught.value)
    assert message.startswith(
        f"push stopped after 1 of {report.total_batches} batches (300 of {len(store):,} triples sent)"
    )
    assert "push again with --replace" in message


def test_endpoint_errors_on_query(run, tmp_path: Path):
    stub = Stub([(500, b"Virtuoso 37000 Error SP030: SPARQL compiler, line 1: syntax error")])
    try:
        with pytest.raises(EndpointError, match="answered 500: Virtuoso 37000"):
            query_remote(stub.url + "/sparql", "ASK { ?s ?p ?o }")
    finally:
        stub.close()
    broken = b'{"head":{"vars":["s"]},"results":{"bindings":[{"s":{"type":"uri","value":"http://e/a"}},'
    stub = Stub([(200, broken + b"Error: SERVICE failed")], content_type="application/sparql-results+json")
    try:
        with pytest.raises(EndpointError, match="not valid SPARQL JSON"):
            query_remote(stub.url + "/sparql", "SELECT ?s WHERE { ?s ?p ?o }")
        target = tmp_path / "answers.csv"
        result = run(
            "query", "--sparql", "SELECT ?s WHERE { ?s ?p ?o }", "--endpoint", stub.url + "/sparql", "-o", str(target)
        )
        assert result.exit_code == 1 and "not valid SPARQL JSON" in result.output
        assert list(tmp_path.iterdir()) == []
    finally:
        stub.close()


def test_virtuoso_style_answers_read_the_same(run):
    """typed-literal bindings and a row cap header, as Virtuoso sends them."""
    doc = (
        b'{"head":{"vars":["n","label"]},"results":{"bindings":[{"n":{"type":"typed-literal",'
        b'"datatype":"http://www.w3.org/2001/XMLSchema#integer","value":"3"},'
        b'"label":{"type":"literal","xml:lang":"kk","value":"\\u0411\\u0430\\u0439\\u0442\\u0430\\u049b"}}]}}'
    )
    stub = Stub([(200, doc)], content_type="application/sparql-results+json")
    try:
        endpoint = stub.url + "/sparql?default-graph-uri=urn%3Akg%3Agraph"
        result = query_remote(endpoint, "SELECT ?n ?label WHERE { ?s ?p ?label }")
        assert result.rows[0][0].datatype.value.endswith("#integer") and result.rows[0][1].value == "Байтақ"
        assert render_remote(result).decode().splitlines()[2].split() == ["3", "Байтақ"]
        method, path, _ = stub.requests[0]
        assert method == "GET" and path.startswith("/sparql?default-graph-uri=urn%3Akg%3Agraph&query=")
    finally:
        stub.close()


def test_long_queries_go_by_form_post():
    stub = Stub([(200, b'{"head":{},"boolean":true}')], content_type="application/sparql-results+json")
    try:
        text = "ASK { ?s ?p ?o } # " + "x" * 5000
        assert query_remote(stub.url + "/sparql", text).boolean is True
        method, _, body = stub.requests[0]
        assert method == "POST" and body.startswith(b"query=")
    finally:
        stub.close()


@pytest.mark.parametrize(
    "body,media,says",
    [
        (
            b"<html><body>Welcome to the router</body></html>",
            "text/html",
            "answered with 'text/html', which is not valid SPARQL JSON",
        ),
        (b"\xff\xfe\x00 garbage", "application/octet-stream", "which is not valid SPARQL JSON"),
        (b"[" * 100_000 + b"]" * 100_000, "application/sparql-results+json", "(nested too deeply)"),
        (
            b'{"head": {"vars": ["x"]}, "results": {"bindings": [{"x": 5}]}}',
            "application/sparql-results+json",
            "not valid SPARQL JSON",
        ),
        (
            b'{"head": {"vars": [{"a": 1}]}, "results": {"bindings": []}}',
            "application/sparql-results+json",
            "head.vars holds",
        ),
        (b"[1, 2]", "application/json", "the document is a JSON list"),
    ],
)
def test_an_answer_that_is_not_sparql_is_a_clear_error(run, body, media, says):
    stub = Stub([(200, body)], content_type=media)
    try:
        with pytest.raises(EndpointError, match=re.escape(says)):
            query_remote(f"{stub.url}/sparql", "SELECT * WHERE { ?s ?p ?o }")
        result = run("query", "--endpoint", f"{stub.url}/sparql", "--sparql", "SELECT * WHERE { ?s ?p ?o }")
        assert result.exit_code == 1 and says in result.stderr and "internal error" not in result.stderr
    finally:
        stub.close()


# ---------------------------------------------------------------- servers that never finish


@pytest.mark.parametrize("mode", ["trickle", "silent"])
def test_a_server_that_never_finishes_answering_ends_the_push_at_the_timeout(store, mode, run):
    """A byte every 0.2 s never trips a per-read timeout; the deadline is over the whole request."""
    server = Misbehaving(mode)
    try:
        with pytest.raises(PushError, match=r"nothing was stored: .* did not answer within 1 s") as caught:
            push(store, server.url, retries=3, backoff_s=0, timeout_s=1)
        assert server.requests == 1 and caught.value.report.retries == 0  # a timed-out batch is not resent
        result = run("push", "--endpoint", server.url, "--timeout", "1", *SEED_ARGS)
        assert result.exit_code == 1 and "did not answer within 1 s" in result.output
        assert "--timeout" in result.output and "Traceback" not in result.output
    finally:
        server.close()


@pytest.mark.parametrize("mode", ["trickle", "silent"])
def test_a_remote_query_ends_at_its_timeout(mode):
    server = Misbehaving(mode)
    try:
        with pytest.raises(EndpointError, match="did not answer within 1 s"):
            query_remote(server.url + "/sparql", "ASK { ?s ?p ?o }", timeout_s=1)
    finally:
        server.close()


def test_kg_query_timeout_bounds_a_remote_query(run):
    server = Misbehaving("silent")
    try:
        result = run("query", "--endpoint", server.url + "/sparql", "--sparql", "ASK { ?s ?p ?o }", "--timeout", "1")
        assert result.exit_code == 1 and "did not answer within 1 s" in result.stderr
    finally:
        server.close()


def test_only_the_start_of_a_huge_error_body_is_read(store):
    """A 200 MB error page, twice (one retry): the server gets only a few socket buffers out each time."""
    server = Misbehaving("flood", size=200 * 2**20)
    try:
        with pytest.raises(PushError, match=r"answered 500: error error"):
            push(store, server.url, retries=1, backoff_s=0, timeout_s=30)
    finally:
        server.close()
    assert server.requests == 2 and len(server.sent) == 2
    assert all(sent < 32 * 2**20 for sent in server.sent), server.sent  # kernel buffers, not the 200 MB


def test_a_remote_answer_larger_than_the_limit_is_refused():
    stub = Stub(
        [(200, b'{"head":{"vars":["s"]},"results":{"bindings":[' + b" " * 2_000_000 + b"]}}")],
        content_type="application/sparql-results+json",
    )
    try:
        with pytest.raises(EndpointError, match="sent more than 1,000,000 bytes"):
            query_remote(stub.url + "/sparql", "SELECT ?s WHERE { ?s ?p ?o }", max_bytes=1_000_000)
        assert query_remote(stub.url + "/sparql", "SELECT ?s WHERE { ?s ?p ?o }").rows == []
    finally:
        stub.close()


def test_digest_auth_takes_its_challenge_round_trip_within_the_deadline(store):
    """Virtuoso's Digest: the first request gets a 401 challenge, the client answers it; no batch is sent twice."""
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    seen: list[tuple[str, int, bool]] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length)
            signed = (self.headers.get("Authorization") or "").startswith("Digest ")
            seen.append((self.command, len(body), signed))
            if not signed:
                self.send_response(401)
                self.send_header("WWW-Authenticate", 'Digest realm="kg", nonce="abc", qop="auth"')
                self.send_header("Content-Length", "0")
            else:
                self.send_response(204)
            self.end_headers()

        def log_message(self, *args) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        report = push(
            store,
            f"http://127.0.0.1:{server.server_address[1]}/sparql-graph-crud-auth",
            graph=GRAPH,
            auth=("dba", "secret"),
            digest=True,
            timeout_s=30,
        )
    finally:
        server.shutdown()
        server.server_close()
    assert report.batches == 1 and report.triples == len(store)
    assert seen[:2] == [("POST", 0, False), ("POST", 0, True)]  # the challenge costs an empty request
    assert seen[2][1] > 0 and seen[2][2] and len(seen) == 3


def test_a_remote_named_query_value_may_hold_a_refused_word(oxigraph, store):
    from kg.queries import find_query

    push(store, oxigraph, replace=True)
    answer = run_named_remote(oxigraph, find_query("who-proposed-what"), {"target": "tokayev-address"})
    assert answer.columns and answer.rows == []


# ---------------------------------------------------------------- passwords in addresses


SECRET = "s3cr3t-pw"


def _secretless(text: str) -> bool:
    return SECRET not in text and "internal error" not in text and "Traceback" not in text


def test_an_address_is_shown_without_its_password_or_query_string():
    from kg.remote import shown_endpoint

    assert shown_endpoint(f"http://dba:{SECRET}@h:8890/sparql-graph-crud-auth?graph=urn%3Ag") == (
        "http://dba:***@h:8890/sparql-graph-crud-auth"
    )
    assert shown_endpoint(f"https://{SECRET}@h/sparql") == "https://***@h/sparql"  # a lone token is hidden whole
    assert shown_endpoint(f"https://u:{SECRET}@x@h/q#frag") == "https://u:***@h/q"  # '@' in a password
    assert shown_endpoint(f"u:{SECRET}@h:7878/store") == "u:***@h:7878/store"  # no scheme: still hidden
    assert shown_endpoint("http://127.0.0.1:7878/store?default") == "http://127.0.0.1:7878/store"


@pytest.mark.parametrize(
    "address",
    [
        f"http://dba:{SECRET}@127.0.0.1:99999/sparql",  # was: '…dba:s3cr3t-pw@…' is not a usable address
        f"http://dba:{SECRET}@a b/sparql",
        f"ftp://dba:{SECRET}@127.0.0.1/store",  # was: 'ftp://dba:s3cr3t-pw@…' is not an http(s) address
    ],
)
def test_a_malformed_address_is_refused_without_echoing_its_password(run, address):
    for call in (lambda: query_url(address), lambda: gsp_url(address)):
        with pytest.raises(EndpointError) as caught:
            call()
        assert _secretless(str(caught.value)) and "dba:***@" in str(caught.value)
    for args in (["query", "--sparql", "ASK {}", "--endpoint", address], ["push", "--endpoint", address, *SEED_ARGS]):
        result = run(*args)
        assert result.exit_code == 1 and _secretless(result.output), result.output


def test_a_connection_error_does_not_echo_the_password(store, run):
    """Before, `kg push --endpoint http://dba:PW@host:PORT` said 'cannot reach http://dba:PW@host:PORT/store'."""
    url = f"http://dba:{SECRET}@127.0.0.1:{free_port()}"  # nothing listens there
    with pytest.raises(PushError, match="cannot reach") as caught:
        push(store, url, retries=0)
    assert _secretless(str(caught.value)) and "http://dba:***@127.0.0.1" in str(caught.value)
    with pytest.raises(EndpointError, match="cannot reach") as caught:
        query_remote(url + "/sparql", "ASK {}")
    assert _secretless(str(caught.value))
    for args in (
        ["push", "--endpoint", url, "--retries", "0", *SEED_ARGS],
        ["query", "--sparql", "ASK {}", "--endpoint", url],
    ):
        result = run(*args)
        assert result.exit_code == 1 and "cannot reach" in result.output and _secretless(result.output)


@pytest.mark.parametrize("status", [400, 401, 404, 500])
def test_an_http_error_status_does_not_echo_the_password(store, run, status):
    stub = Stub([(status, b"no")])
    try:
        url = stub.url.replace("http://", f"http://dba:{SECRET}@")
        with pytest.raises(PushError, match=f"answered {status}") as caught:
            push(store, url, retries=0)
        assert _secretless(str(caught.value)) and "dba:***@" in str(caught.value)
        with pytest.raises(EndpointError, match=f"answered {status}") as caught:
            query_remote(url + "/sparql", "ASK {}")
        assert _secretless(str(caught.value))
        result = run("push", "--endpoint", url, "--retries", "0", *SEED_ARGS)
        assert result.exit_code == 1 and f"answered {status}" in result.output and _secretless(result.output)
    finally:
        stub.close()


@pytest.mark.parametrize(
    "body,media,says",
    [
        (b"<html>router</html>", "text/html", "not valid SPARQL JSON"),
        (b"<a> <b> .", "text/turtle", "does not parse"),
        (b'{"head":{"vars":[]},"results":{"bindings":[' + b" " * 3000 + b"]}}", "application/json", "sent more than"),
    ],
)
def test_a_malformed_answer_does_not_echo_the_password(run, body, media, says):
    stub = Stub([(200, body)], content_type=media)
    try:
        url = stub.url.replace("http://", f"http://dba:{SECRET}@") + "/sparql"
        with pytest.raises(EndpointError, match=says) as caught:
            query_remote(url, "SELECT * WHERE { ?s ?p ?o }", max_bytes=2000)
        assert _secretless(str(caught.value)) and "dba:***@" in str(caught.value)
    finally:
        stub.close()


def test_a_timeout_and_a_push_summary_do_not_echo_the_password(store, run):
    server = Misbehaving("silent")
    try:
        url = server.url.replace("http://", f"http://dba:{SECRET}@")
        with pytest.raises(PushError, match="did not answer within 1 s") as caught:
            push(store, url, retries=0, timeout_s=1)
        assert _secretless(str(caught.value))
    finally:
        server.close()
    stub = Stub([(204, b"")])
    try:
        url = stub.url.replace("http://", f"http://dba:{SECRET}@")
        report = push(store, url)
        assert _secretless(report.summary()) and "dba:***@" in report.summary()
        result = run("push", "--endpoint", url, *SEED_ARGS)
        assert result.exit_code == 0 and "pushed" in result.output and _secretless(result.output)
    finally:
        stub.close()


def test_a_servers_control_characters_are_not_sent_to_the_terminal(store, run):
    """Before, an error body holding ESC sequences reached the terminal as they were (kg printed
    the server's message raw): a server could recolour, retitle or rewrite what the user sees."""
    stub = Stub([(400, b"bad \x1b]0;owned\x07 query \x1b[2J\x1b[31mred\xc2\x9b")])
    try:
        with pytest.raises(PushError) as caught:
            push(store, stub.url, retries=0)
        message = str(caught.value)
        assert "\x1b" not in message and "\x07" not in message and "\x9b" not in message
        assert "answered 400: bad \\x1b]0;owned\\x07 query \\x1b[2J\\x1b[31mred\\x9b" in message
        result = run("query", "--endpoint", stub.url + "/sparql", "--sparql", "ASK {}")
        assert result.exit_code == 1 and "\x1b" not in result.output and "\\x1b[2J" in result.output
    finally:
        stub.close()
    stub = Stub([(200, b'{"head": \x1b[2J')], content_type="application/sparql-results+json")
    try:
        with pytest.raises(EndpointError, match="not valid SPARQL JSON") as caught:
            query_remote(stub.url + "/sparql", "SELECT * WHERE { ?s ?p ?o }")
        assert "\x1b" not in str(caught.value) and "\\x1b[2J" in str(caught.value)
    finally:
        stub.close()


def test_a_remote_value_a_terminal_would_obey_is_printed_as_an_escape(run):
    doc = b'{"head":{"vars":["s"]},"results":{"bindings":[{"s":{"type":"literal","value":"a\\u001b[2Jb"}}]}}'
    stub = Stub([(200, doc)], content_type="application/sparql-results+json")
    try:
        result = run("query", "--endpoint", stub.url + "/sparql", "--sparql", "SELECT ?s WHERE { ?s ?p ?o }")
        assert result.exit_code == 0 and "\x1b" not in result.output and "a\\x1b[2Jb" in result.output
        csv = run("query", "--endpoint", stub.url + "/sparql", "--sparql", "SELECT ?s WHERE { ?s ?p ?o }", "-f", "csv")
        assert "a\x1b[2Jb" in csv.output  # the data formats keep the value as it is
    finally:
        stub.close()
