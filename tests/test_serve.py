"""kg serve over real HTTP: the SPARQL 1.1 Protocol with a standard client, the named queries, limits, safety."""

from __future__ import annotations

import json
import os
import signal
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import urlencode

import httpx
import pytest
from _net import Listener, uvicorn_app
from conftest import SEED

from kg.serve import make_app, negotiate

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
FORM = {"Content-Type": "application/x-www-form-urlencoded"}
PROPOSALS = (
    "PREFIX rkg: <https://w3id.org/reform-kg/ontology#> "
    "SELECT ?f ?who WHERE { ?f a rkg:Proposal ; rkg:proposedBy ?who } ORDER BY ?f"
)


@pytest.fixture(scope="module")
def store():
    from kg.store import build_store

    return build_store(list(SEED))


@pytest.fixture(scope="module")
def server(store):
    with uvicorn_app(make_app(store, max_rows=50)) as url:
        yield url


def sparql_client(url: str, query: str, fmt: str, method: str = "GET"):
    from SPARQLWrapper import GET, POST, SPARQLWrapper

    client = SPARQLWrapper(f"{url}/sparql")
    client.setQuery(query)
    client.setReturnFormat(fmt)
    client.setMethod(POST if method == "POST" else GET)
    return client.query()


# ---------------------------------------------------------------- the protocol, with SPARQLWrapper


def test_select_json_with_sparqlwrapper(server, store):
    from SPARQLWrapper import JSON

    result = sparql_client(server, COUNT, JSON).convert()
    assert result["head"]["vars"] == ["n"]
    assert result["results"]["bindings"][0]["n"]["value"] == str(len(store))


def test_select_by_form_post_gives_the_same_rows(server):
    from SPARQLWrapper import JSON

    by_get = sparql_client(server, PROPOSALS, JSON).convert()
    by_post = sparql_client(server, PROPOSALS, JSON, method="POST").convert()
    assert by_get == by_post
    assert by_get["results"]["bindings"], "the seed article has a proposal"


def test_select_xml_csv_tsv(server):
    from SPARQLWrapper import CSV, TSV, XML

    xml = sparql_client(server, PROPOSALS, XML).convert()
    assert xml.getElementsByTagName("result")
    csv = sparql_client(server, PROPOSALS, CSV).convert().decode()
    assert csv.splitlines()[0] == "f,who"
    tsv = sparql_client(server, PROPOSALS, TSV).convert().decode()
    assert tsv.splitlines()[0] == "?f\t?who"
    assert tsv.splitlines()[1].startswith("<https://w3id.org/reform-kg/id/")


def test_ask_and_construct(server):
    import rdflib
    from SPARQLWrapper import JSON, RDFXML, TURTLE

    assert sparql_client(server, "ASK { ?s ?p ?o }", JSON).convert()["boolean"] is True
    construct = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 3"
    turtle = sparql_client(server, construct, TURTLE).convert()
    assert len(rdflib.Graph().parse(data=turtle, format="turtle")) == 3
    # SPARQLWrapper asks for RDF/XML; its own convert() parses it into rdflib's deprecated ConjunctiveGraph
    rdf_xml = sparql_client(server, construct, RDFXML).response.read()
    assert len(rdflib.Graph().parse(data=rdf_xml, format="xml")) == 3
    response = httpx.get(
        f"{server}/sparql",
        params={"query": "DESCRIBE <https://w3id.org/reform-kg/id/baytaq>"},
        headers={"Accept": "application/n-triples"},
    )
    assert response.headers["content-type"].startswith("application/n-triples")
    assert response.text.startswith("<https://w3id.org/reform-kg/id/baytaq>")


def test_direct_post_of_the_query(server):
    response = httpx.post(
        f"{server}/query",
        content=COUNT.encode(),
        headers={"Content-Type": "application/sparql-query", "Accept": "text/csv"},
    )
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    assert response.text.splitlines()[0] == "n"


def test_format_parameter_overrides_accept(server):
    response = httpx.get(
        f"{server}/sparql",
        params={"query": PROPOSALS, "format": "table"},
        headers={"Accept": "application/sparql-results+json"},
    )
    assert response.headers["content-type"].startswith("text/plain")
    assert response.text.splitlines()[0].split() == ["f", "who"]
    assert httpx.get(f"{server}/sparql", params={"query": COUNT, "format": "yaml"}).status_code == 400


def test_negotiation_prefers_higher_quality():
    assert negotiate("text/csv;q=0.2, text/tab-separated-values", None) == ("tsv", "turtle")
    assert negotiate("application/n-triples, */*;q=0.1", None) == ("json", "nt")
    assert negotiate("text/html,application/xhtml+xml,*/*;q=0.8", None) == ("json", "turtle")


@pytest.mark.parametrize(
    ("formats", "expected"),
    [  # as SPARQLWrapper sends them for TSV, JSON-LD and RDF/XML: the same format, or an empty value
        (["tsv", "text/tab-separated-values"], ("tsv", "nt")),
        (["json-ld", ""], ("json", "json-ld")),
        (["rdf+xml", ""], ("xml", "xml")),
        (["csv", "csv"], ("csv", "nt")),
        (["", "text/csv"], ("csv", "turtle")),
    ],
)
def test_a_format_given_again_for_the_same_formats_is_read_once(formats, expected):
    assert negotiate("application/json", formats) == expected


@pytest.mark.parametrize(
    ("formats", "shown"),
    [
        (["csv", "json"], "('csv', 'json')"),
        (["tsv", "text/csv"], "('tsv', 'text/csv')"),
        (["ttl", "", "nt"], "('ttl', 'nt')"),
        (["csv", "text/turtle"], "('csv', 'text/turtle')"),  # csv asks N-Triples for CONSTRUCT
    ],
)
def test_a_format_given_twice_for_different_formats_is_refused(formats, shown):
    from kg.serve import _Refused

    with pytest.raises(_Refused) as caught:
        negotiate(None, formats)
    assert caught.value.status == 400
    assert caught.value.message == f"the parameter 'format' is given twice {shown}; it takes one value: send it once"


# ---------------------------------------------------------------- errors


def test_syntax_error_is_400_with_a_plain_reason(server):
    response = httpx.get(f"{server}/sparql", params={"query": "SELEC * WHERE { ?s ?p ?o }"})
    assert response.status_code == 400
    assert response.headers["content-type"].startswith("text/plain")
    assert response.text.startswith("SPARQL syntax error")
    assert response.text.count("\n") == 1


@pytest.mark.parametrize(
    "query",
    [
        "SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }",
        "LOAD <http://127.0.0.1:9/data.ttl>",
        "INSERT DATA { <http://e/a> <http://e/b> <http://e/c> }",
        "DELETE WHERE { ?s ?p ?o }",
        "SELECT * FROM <http://127.0.0.1:9/g> WHERE { ?s ?p ?o }",
    ],
)
def test_unsafe_queries_are_403(server, query):
    assert httpx.get(f"{server}/sparql", params={"query": query}).status_code == 403
    assert httpx.post(f"{server}/sparql", data={"query": query}).status_code == 403


def test_updates_are_403_in_every_form(server):
    update = "INSERT DATA { <http://e/a> <http://e/b> <http://e/c> }"
    assert httpx.post(f"{server}/update", data={"update": update}).status_code == 403
    assert httpx.post(f"{server}/sparql", data={"update": update}).status_code == 403
    assert httpx.get(f"{server}/sparql", params={"update": update}).status_code == 403
    assert (
        httpx.post(
            f"{server}/sparql", content=update.encode(), headers={"Content-Type": "application/sparql-update"}
        ).status_code
        == 403
    )


def test_missing_query_wrong_type_and_too_long(store):
    with uvicorn_app(make_app(store, max_query_bytes=200)) as url:
        assert httpx.post(f"{url}/sparql", data={"format": "csv"}).status_code == 400  # a form with no query
        assert httpx.get(f"{url}/sparql", params={"query": " "}).status_code == 400
        assert httpx.post(f"{url}/sparql", content=b"x", headers={"Content-Type": "text/turtle"}).status_code == 415
        long = COUNT + " #" + "x" * 300
        assert httpx.get(f"{url}/sparql", params={"query": long}).status_code == 413
        assert (
            httpx.post(
                f"{url}/sparql", content=long.encode(), headers={"Content-Type": "application/sparql-query"}
            ).status_code
            == 413
        )


@pytest.mark.parametrize("query_string", ["actor=baytaq&actor=tokayev", "format=csv&format=json", "lang=en&lang=kk"])
def test_a_named_query_parameter_given_twice_is_refused(server, query_string):
    """Before, /queries/who-proposed-what?actor=baytaq&actor=tokayev answered 200 for the last actor
    alone, where kg query -p refuses a parameter given twice and /sparql two queries."""
    answer = httpx.get(f"{server}/queries/who-proposed-what?{query_string}")
    assert answer.status_code == 400 and "is given twice" in answer.text and "send it once" in answer.text


@pytest.mark.parametrize(
    ("url_params", "form"),
    [
        ([("query", COUNT), ("format", "csv"), ("format", "json")], None),
        ([("format", "csv")], [("query", COUNT), ("format", "json")]),
        ([], [("query", COUNT), ("format", "csv"), ("format", "tsv")]),
        ([("format", "ttl"), ("format", "nt")], None),  # no query: the service description's format
    ],
)
def test_a_sparql_format_given_twice_is_refused(server, url_params, form):
    """Before, /sparql?format=csv&format=json answered JSON (the last won unseen) and a form's format
    was ignored; a named query's parameter given twice is refused, and now so is /sparql's format
    when its values ask different formats."""
    if form is None:
        answer = httpx.get(f"{server}/sparql", params=url_params)
    else:
        answer = httpx.post(f"{server}/sparql", params=url_params, content=urlencode(form).encode(), headers=FORM)
    assert answer.status_code == 400
    assert answer.text.startswith("the parameter 'format' is given twice (") and "send it once" in answer.text


@pytest.mark.parametrize(
    ("method", "fmt", "media"),
    [
        ("GET", "tsv", "text/tab-separated-values"),
        ("POST", "tsv", "text/tab-separated-values"),
        ("GET", "json-ld", "application/ld+json"),
        ("GET", "rdf+xml", "application/rdf+xml"),
    ],
)
def test_sparqlwrapper_sending_format_twice_gets_the_format_it_asked(server, method, fmt, media):
    """SPARQLWrapper sends format=tsv&format=text/tab-separated-values, format=json-ld&format= and
    format=rdf+xml&format= (in the form too, for POST): the same format, read once, so refusing a
    format given twice leaves this standard client working as it did."""
    query = COUNT if fmt == "tsv" else "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 3"
    response = sparql_client(server, query, fmt, method).response
    assert response.status == 200 and response.headers["content-type"].startswith(media)


def test_a_form_posts_format_is_read(server):
    """Before, a form POST's format=csv was ignored (answered JSON, by Accept); SPARQLWrapper and
    Fuseki's clients put it in the form."""
    answer = httpx.post(f"{server}/sparql", data={"query": COUNT, "format": "csv"})
    assert answer.status_code == 200 and answer.headers["content-type"].startswith("text/csv")


def test_a_view_language_given_twice_is_refused(server):
    """Before, /view?lang=en&lang=ru drew the Russian page (the last won unseen)."""
    answer = httpx.get(f"{server}/view?lang=en&lang=ru")
    assert answer.status_code == 400 and "'lang' is given twice ('en', 'ru')" in answer.text


def test_a_query_in_the_url_that_is_not_utf8_says_so(server):
    """Before, GET /sparql?query=%FF%FE answered 'SPARQL syntax error at line 1, column 1' (the bytes
    became U+FFFD), while the same bytes in a form POST got 'not valid … UTF-8'."""
    for query_string in ("query=%FF%FE", "query=ASK%7B%7D&format=%FF"):
        answer = httpx.get(f"{server}/sparql?{query_string}")
        assert answer.status_code == 400 and "not valid UTF-8" in answer.text and "syntax" not in answer.text
    assert httpx.get(f"{server}/sparql?query=ASK%20%7B%7D%20%23%20%C3%A9").status_code == 200  # UTF-8 é is fine


@pytest.mark.parametrize(
    "path", ["/queries/who-proposed-what?actor=%FF", "/queries/who-proposed-what?format=%FF", "/view?lang=%FF"]
)
def test_every_route_says_when_its_query_string_is_not_utf8(server, path):
    """Before, /queries/NAME and /view read the bytes as U+FFFD: "unknown actor '\ufffd'"."""
    answer = httpx.get(server + path)
    assert answer.status_code == 400 and "not valid UTF-8" in answer.text and "\ufffd" not in answer.text


def test_service_and_load_never_reach_the_network(server, run):
    """A listener on a free port must get no connection from the CLI, the library or the endpoint."""
    import pyoxigraph

    listener = Listener()
    try:
        prefix = f"PREFIX ex: <{listener.url}> "
        attempts = [
            f"SELECT * WHERE {{ SERVICE <{listener.url}> {{ ?s ?p ?o }} }}",
            f"select * where {{ service silent <{listener.url}> {{ ?s ?p ?o }} }}",
            prefix + "SELECT * WHERE { SERVICEex:x { ?s ?p ?o } }",
            f"SELECT * WHERE {{ ?s ?p ?o FILTER(?s<?o)SERVICE<{listener.url}>{{ ?a ?b ?c }} }}",
            f"LOAD <{listener.url}data.ttl>",
            f"LOAD SILENT <{listener.url}data.ttl> INTO GRAPH <http://e/g>",
        ]
        for query in attempts:
            result = run("query", "--sources", SEED[0], "--sources", SEED[1], "--sparql", query)
            assert result.exit_code == 1, query
            assert "refused" in result.output or "syntax error" in result.output, result.output
            assert httpx.get(f"{server}/sparql", params={"query": query}).status_code in (400, 403)
            assert httpx.post(f"{server}/sparql", data={"query": query}).status_code in (400, 403)
            assert httpx.post(f"{server}/update", data={"update": query}).status_code == 403
        assert listener.connections == 0
        # the check is what stops it: the engine alone would have connected
        with pytest.raises(OSError):
            list(pyoxigraph.Store().query(f"SELECT * WHERE {{ SERVICE <{listener.url}> {{ ?s ?p ?o }} }}"))
        assert listener.connections == 1
    finally:
        listener.close()


# ---------------------------------------------------------------- named queries


def local_rows(store, name: str, given: dict) -> tuple[list[str], list[list[str | None]]]:
    """A named query's columns and cell values, run here (its engine results end with this call)."""
    from kg.queries import find_query
    from kg.resolve import run_named

    result = run_named(store, find_query(name), given)
    columns = [v.value for v in result.variables]
    return columns, [[None if t is None else t.value for t in solution] for solution in result]


def test_queries_are_listed(server):
    items = httpx.get(f"{server}/queries").json()
    names = [q["name"] for q in items]
    assert "who-proposed-what" in names and names == sorted(names)
    wpw = next(q for q in items if q["name"] == "who-proposed-what")
    assert {"name": "actor", "kind": "actor"}.items() <= wpw["params"][0].items()
    assert wpw["url"] == "/queries/who-proposed-what"


def test_named_query_with_an_actor_matches_the_local_run(server, store, run):
    response = httpx.get(f"{server}/queries/who-proposed-what", params={"actor": "baytaq"})
    assert response.status_code == 200
    doc = response.json()
    columns, expected = local_rows(store, "who-proposed-what", {"actor": "baytaq"})
    assert doc["head"]["vars"] == columns
    got = [[b[c]["value"] if c in b else None for c in columns] for b in doc["results"]["bindings"]]
    assert got == expected and got

    table = httpx.get(f"{server}/queries/who-proposed-what", params={"actor": "baytaq", "format": "table"})
    cli = run("query", "who-proposed-what", "-p", "actor=baytaq", "--sources", SEED[0], "--sources", SEED[1])
    assert table.text == cli.stdout


def test_named_query_errors(server):
    assert httpx.get(f"{server}/queries/no-such-query").status_code == 404
    unknown_param = httpx.get(f"{server}/queries/who-proposed-what", params={"colour": "red"})
    assert unknown_param.status_code == 400 and "colour" in unknown_param.text
    unknown_actor = httpx.get(f"{server}/queries/who-proposed-what", params={"actor": "Zzyzx Qwerty"})
    assert unknown_actor.status_code == 400
    assert httpx.get(f"{server}/queries/who-proposed-what", params={"lang": "english"}).status_code == 400
    assert httpx.get(f"{server}/queries/..%2F..%2Fetc%2Fpasswd").status_code == 404


def test_an_unknown_query_name_is_echoed_cut_short_on_one_line(server):
    """Before, the name in the path came back whole: 8,000 characters, a line break and all."""
    answer = httpx.get(f"{server}/queries/" + "x" * 8000 + "%0Aforged-line")
    assert answer.status_code == 404 and answer.text.count("\n") == 1 and len(answer.text) < 1000
    assert answer.text.startswith("no named query 'xxx") and "GET /queries lists them" in answer.text


# ---------------------------------------------------------------- limits


def test_row_limit_cuts_and_says_so(server):
    response = httpx.get(f"{server}/sparql", params={"query": "SELECT * WHERE { ?s ?p ?o }"})
    assert response.headers["x-kg-truncated"] == "true"
    assert response.headers["x-kg-max-rows"] == "50"
    assert len(response.json()["results"]["bindings"]) == 50
    graph = httpx.get(
        f"{server}/sparql",
        params={"query": "CONSTRUCT WHERE { ?s ?p ?o }"},
        headers={"Accept": "application/n-triples"},
    )
    assert graph.headers["x-kg-truncated"] == "true" and len(graph.text.splitlines()) == 50
    small = httpx.get(f"{server}/sparql", params={"query": COUNT})
    assert "x-kg-truncated" not in small.headers


RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE {?a ?b ?c.?d ?e ?f.?g ?h ?i}"


def wait_until(condition, limit_s: float = 30) -> None:
    """Poll a condition (bounded; no timing is asserted)."""
    import time

    give_up = time.monotonic() + limit_s
    while not condition():
        assert time.monotonic() < give_up, "the condition never held"
        time.sleep(0.01)


def workers(url: str) -> dict:
    """The workers' state as /health reports it (read in the server's thread, which owns the pool)."""
    return httpx.get(f"{url}/health", timeout=60).json()["workers"]


def test_runaway_queries_are_killed_and_light_ones_answered_meanwhile(store):
    """Two runaways fill both regular workers; light queries are answered by the spare while they run;
    at the limit the runaways get 503, their workers are killed and replaced."""
    app = make_app(store, timeout_s=4, max_concurrent=2, spare=1, spare_timeout_s=4)
    pool = app.state.pool
    with uvicorn_app(app) as url, ThreadPoolExecutor(2) as runner:
        runaways = [runner.submit(httpx.get, f"{url}/sparql", params={"query": RUNAWAY}, timeout=60) for _ in range(2)]
        wait_until(lambda: workers(url)["running"] == 2)  # both runaways have taken a worker
        for _ in range(3):
            light = httpx.get(f"{url}/sparql", params={"query": COUNT}, timeout=60)
            assert light.status_code == 200 and light.json()["results"]["bindings"][0]["n"]["value"] == str(len(store))
        assert not any(f.done() for f in runaways), "the light queries were answered while the runaways ran"
        for future in runaways:
            response = future.result()
            assert response.status_code == 503 and "time limit of 4 s" in response.text
        now = workers(url)
        assert pool.killed == 2 and now["ready"] + now["starting"] == 3  # the slots are really free again
        assert httpx.get(f"{url}/sparql", params={"query": COUNT}).status_code == 200


def test_a_full_queue_gets_503_with_retry_after(store):
    app = make_app(store, timeout_s=3, max_concurrent=1, spare=0, max_waiting=0)
    with uvicorn_app(app) as url, ThreadPoolExecutor(1) as runner:
        runaway = runner.submit(httpx.get, f"{url}/sparql", params={"query": RUNAWAY}, timeout=60)
        wait_until(lambda: workers(url)["running"] == 1)
        busy = httpx.get(f"{url}/sparql", params={"query": COUNT})
        assert busy.status_code == 503 and busy.headers["retry-after"] == "1" and "busy" in busy.text
        assert httpx.get(f"{url}/queries").status_code == 200  # the event loop is free
        assert runaway.result().status_code == 503


def test_concurrent_clients_get_no_errors(server, store):
    """8 threads x 25 queries, a mix of SPARQL and named queries: every answer is 200 and right."""
    expected_count = str(len(store))

    def client(n: int) -> list[str]:
        problems = []
        with httpx.Client(base_url=server, timeout=60) as http:
            for i in range(25):
                if i % 3 == 0:
                    response = http.get("/queries/who-proposed-what", params={"actor": "baytaq"})
                    ok = response.status_code == 200 and response.json()["results"]["bindings"]
                elif i % 3 == 1:
                    response = http.post("/sparql", data={"query": COUNT})
                    ok = (
                        response.status_code == 200
                        and response.json()["results"]["bindings"][0]["n"]["value"] == expected_count
                    )
                else:
                    response = http.get("/sparql", params={"query": PROPOSALS}, headers={"Accept": "text/csv"})
                    ok = response.status_code == 200 and response.text.startswith("f,who")
                if not ok:
                    problems.append(f"{response.status_code}: {response.text[:100]}")
        return problems

    with ThreadPoolExecutor(8) as pool:
        problems = [p for found in pool.map(client, range(8)) for p in found]
    assert problems == []


def _children() -> set[int]:
    """The pids of this process's child processes (from /proc)."""
    me, found = os.getpid(), set()
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as stat:
                    if int(stat.read().rsplit(")", 1)[1].split()[1]) == me:
                        found.add(int(entry))
            except (FileNotFoundError, ProcessLookupError, IndexError, ValueError):
                continue
    return found


def test_serve_refuses_a_port_in_use_before_starting_workers(store, monkeypatch):
    """A busy port fails before any worker process is made (the workers started first, then the bind
    failed, and the pool was closed again): nothing is forked, no child process is left."""
    import socket

    import kg.worker
    from kg.errors import KgError
    from kg.serve import serve

    monkeypatch.setattr(kg.worker.QueryPool, "__init__", lambda *a, **k: pytest.fail("workers were started"))
    before = _children()
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen(1)
        port = busy.getsockname()[1]
        with pytest.raises(KgError) as err:
            serve(store, port=port)
    assert str(err.value) == (
        f"cannot listen on 127.0.0.1:{port}: the port is in use (another server holds it); "
        "choose another --port, or stop that server"
    )
    assert _children() == before


def test_a_start_up_checks_the_host_once(store, monkeypatch):
    """One check of --host per start-up (it ran three times from kg serve: the command, serve() and the bind)."""
    import kg.serve
    from kg.serve import serve

    class Stop(Exception):
        pass

    checked = []
    check_host = kg.serve.check_host
    monkeypatch.setattr(kg.serve, "check_host", lambda host: checked.append(host) or check_host(host))

    def listening(host: str, port: int) -> None:
        raise Stop

    with pytest.raises(Stop):
        serve(store, host="localhost", port=0, max_concurrent=1, spare=0, on_listening=listening)
    assert checked == ["localhost"]


def test_a_served_port_0_is_known_to_the_host_check(store, monkeypatch):
    """With port 0 the port is bound before the app is made, so the Host check knows it (it let any port go)."""
    import kg.serve
    from kg.serve import serve

    class Stop(Exception):
        pass

    made = []
    make_app = kg.serve.make_app
    monkeypatch.setattr(kg.serve, "make_app", lambda *a, **k: made.append(make_app(*a, **k)) or made[-1])

    def listening(host: str, port: int) -> None:
        guard = made[0]
        assert f"127.0.0.1:{port}" in guard.hosts and not guard.any_port
        raise Stop

    with pytest.raises(Stop):
        serve(store, port=0, max_concurrent=1, spare=0, on_listening=listening)


def test_serve_says_it_listens_only_once_the_socket_takes_connections(store):
    """``on_listening`` is called once the socket is bound and listening (a client connects then), with the
    port it got for port 0; the start-up line of ``kg serve`` is printed there (it was printed before the bind)."""
    import socket

    from kg.serve import serve

    class Stop(Exception):
        pass

    seen = []

    def listening(host: str, port: int) -> None:
        with socket.create_connection((host, port), timeout=10):
            seen.append((host, port))
        raise Stop

    with pytest.raises(Stop):
        serve(store, port=0, max_concurrent=1, spare=0, on_listening=listening)
    ((host, port),) = seen
    assert host == "127.0.0.1" and port > 0


def test_serve_refuses_a_misspelt_host_before_starting_workers(store, monkeypatch):
    """A host that is neither an IP address nor a host name is refused by its spelling: no worker is
    started and no name is looked up."""
    import socket

    import kg.worker
    from kg.errors import KgError
    from kg.serve import check_host, serve

    monkeypatch.setattr(kg.worker.QueryPool, "__init__", lambda *a, **k: pytest.fail("workers were started"))
    monkeypatch.setattr(socket, "getaddrinfo", lambda *a, **k: pytest.fail("a name was looked up"))
    for host in ("not a host", "http://127.0.0.1", "-bad.example", "a..b", "127.0.0.1:7700", ""):
        with pytest.raises(KgError, match="is not an IP address or a host name"):
            serve(store, host=host)
    assert [check_host(h) for h in ("::1", "[::1]", "localhost", "kg.example.org.", "10.0.0.1")] == [
        "::1",
        "::1",
        "localhost",
        "kg.example.org.",
        "10.0.0.1",
    ]


def test_a_host_name_that_does_not_resolve_is_blamed_not_the_port(monkeypatch):
    """A well-spelt name this machine cannot resolve (no DNS here: the lookup is made to fail as it would)."""
    import socket

    from kg.errors import KgError
    from kg.serve import bind

    def no_such_name(*args, **kwargs):
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", no_such_name)
    with pytest.raises(KgError) as err:
        bind("kg.invalid", 0)
    assert str(err.value) == (
        "cannot listen on kg.invalid: the name does not resolve on this machine (Name or service not known); "
        "give an address of this machine (127.0.0.1, ::1, or 0.0.0.0 for every interface) or a name in its "
        "hosts file, such as localhost"
    )


def test_a_host_name_whose_lookup_hangs_is_given_up_in_time(store, monkeypatch):
    """Offline, a DNS server that does not answer held the start-up for the resolver's own retries (here: a
    lookup that would hang for 60 s and then fail); the lookup is given RESOLVE_TIMEOUT_S, and the error says
    what to give instead. No worker is started."""
    import socket
    import threading

    import kg.serve
    import kg.worker
    from kg.errors import KgError
    from kg.serve import serve

    released = threading.Event()

    def hanging(*args, **kwargs):
        released.wait(60)
        raise socket.gaierror(socket.EAI_AGAIN, "Temporary failure in name resolution")

    monkeypatch.setattr(socket, "getaddrinfo", hanging)
    monkeypatch.setattr(kg.serve, "RESOLVE_TIMEOUT_S", 0.2, raising=False)
    monkeypatch.setattr(kg.worker.QueryPool, "__init__", lambda *a, **k: pytest.fail("workers were started"))
    try:
        with pytest.raises(KgError) as err:
            serve(store, host="kg.example.org", port=0)
    finally:
        released.set()  # the lookup's thread ends
    assert str(err.value) == (
        "cannot listen on kg.example.org: the name did not resolve within 0.2 s (no DNS server answers: offline?); "
        "give an address of this machine (127.0.0.1, ::1, or 0.0.0.0 for every interface) or a name in its hosts "
        "file, such as localhost"
    )


def test_addresses_and_localhost_are_bound_without_a_lookup(monkeypatch):
    """An IP address is read as it is, and localhost is the loopback address (RFC 6761): neither needs a
    resolver, so neither can wait for one."""
    import socket

    from kg.serve import bind

    getaddrinfo = socket.getaddrinfo

    def numeric_only(host, port, *args, flags=0, **kwargs):
        if not flags & socket.AI_NUMERICHOST:
            pytest.fail(f"{host} was looked up")
        return getaddrinfo(host, port, *args, flags=flags, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", numeric_only)
    for host, address in [
        ("localhost", "127.0.0.1"),
        ("LocalHost.", "127.0.0.1"),
        ("kg.localhost", "127.0.0.1"),
        ("127.0.0.1", "127.0.0.1"),
        ("[::1]", "::1"),
    ]:
        bound = bind(host, 0)
        try:
            assert bound.sock.getsockname()[0] == address and bound.port == bound.sock.getsockname()[1] > 0
        finally:
            bound.close()


def test_index_page(server):
    response = httpx.get(server + "/")
    assert response.status_code == 200 and "/sparql" in response.text
    assert response.headers["content-type"].startswith("text/plain")
    assert json.loads(httpx.get(server + "/queries").text)


# ---------------------------------------------------------------- SPARQL 1.1 Protocol details (issue 15)


def test_head_gives_the_get_headers_and_no_body(server):
    got = httpx.get(server + "/sparql", params={"query": COUNT, "format": "csv"})
    head = httpx.head(server + "/sparql", params={"query": COUNT, "format": "csv"})
    assert head.status_code == got.status_code == 200
    assert head.headers["content-type"] == got.headers["content-type"]
    assert head.content == b""


def test_get_without_a_query_is_the_service_description(server):
    import rdflib

    turtle = httpx.get(server + "/sparql")
    assert turtle.status_code == 200 and turtle.headers["content-type"].startswith("text/turtle")
    assert "Accept" in turtle.headers["vary"]
    graph = rdflib.Graph().parse(data=turtle.text, format="turtle")
    sd = rdflib.Namespace("http://www.w3.org/ns/sparql-service-description#")
    service = rdflib.URIRef(server + "/sparql")
    assert (service, sd.supportedLanguage, sd.SPARQL11Query) in graph
    assert (service, sd.endpoint, service) in graph
    nt = httpx.get(server + "/sparql", headers={"Accept": "application/n-triples"})
    assert nt.headers["content-type"].startswith("application/n-triples")
    assert len(rdflib.Graph().parse(data=nt.text, format="nt")) == len(graph)


def test_answers_that_depend_on_accept_say_so(server):
    for url, params in ((server + "/sparql", {"query": COUNT}), (server + "/queries/who-proposed-what", {})):
        response = httpx.get(url, params=params, headers={"Accept": "text/csv"})
        assert response.status_code == 200
        assert "Accept" in response.headers["vary"]


def test_format_n3_answers_turtle_for_construct(server):
    from SPARQLWrapper import N3, SPARQLWrapper

    client = SPARQLWrapper(f"{server}/sparql")
    client.setQuery("CONSTRUCT { ?s a ?c } WHERE { ?s a ?c } LIMIT 3")
    client.setReturnFormat(N3)
    response = client.query()
    assert response.response.headers["content-type"].startswith("text/turtle")
    assert len(response.convert()) > 0


def test_construct_with_relative_iris_uses_the_endpoint_as_base(server):
    response = httpx.post(
        server + "/sparql",
        content=b"CONSTRUCT { <s> <p> 1 } WHERE {}",
        headers={"content-type": "application/sparql-query", "accept": "application/n-triples"},
    )
    assert response.status_code == 200, response.text
    assert response.text.strip() == f'<{server}/s> <{server}/p> "1"^^<http://www.w3.org/2001/XMLSchema#integer> .'


def test_the_served_graph_may_be_named_as_the_dataset(server):
    from kg.protocol import SERVED_GRAPH

    ok = httpx.get(server + "/sparql", params={"query": COUNT, "default-graph-uri": SERVED_GRAPH, "format": "csv"})
    plain = httpx.get(server + "/sparql", params={"query": COUNT, "format": "csv"})
    assert ok.status_code == 200 and ok.text == plain.text
    other = httpx.get(server + "/sparql", params={"query": COUNT, "default-graph-uri": "http://example.org/g"})
    assert other.status_code == 400 and "not served here" in other.text


def test_cors_for_any_origin_by_default(server):
    response = httpx.get(server + "/sparql", params={"query": COUNT}, headers={"Origin": "https://yasgui.example"})
    assert response.headers["access-control-allow-origin"] == "*"
    assert "X-KG-Truncated" in response.headers["access-control-expose-headers"]
    preflight = httpx.options(
        server + "/sparql",
        headers={
            "Origin": "https://yasgui.example",
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "content-type",
        },
    )
    assert preflight.status_code == 200
    assert "POST" in preflight.headers["access-control-allow-methods"]


@pytest.mark.parametrize(
    "origin,says",
    [
        ("https://yasgui.example/", "drop the trailing '/'"),
        ("https://yasgui.example/sparql", "without a path"),
        ("yasgui.example", "write scheme://host[:port]"),
        ("", "write scheme://host[:port]"),
    ],
)
def test_an_origin_no_browser_sends_is_refused(run, origin, says):
    """Before, `kg serve --cors-origin https://yasgui.example/` started and said 'CORS:
    https://yasgui.example/', but no page could read an answer: browsers send the origin without
    the '/', and only an exact match is let through."""
    result = run("serve", "--cors-origin", origin, "--host", "not a host")  # a start would fail there, not hang
    assert result.exit_code == 2 and says in result.stderr and "--cors-origin" in result.stderr
    assert "kg serve:" not in result.output  # refused before anything started


def test_cors_can_be_narrowed_or_turned_off(store):
    with uvicorn_app(make_app(store, cors_origins=("https://yasgui.example",))) as narrow:
        ok = httpx.get(f"{narrow}/sparql", params={"query": COUNT}, headers={"Origin": "https://yasgui.example"})
        assert ok.headers["access-control-allow-origin"] == "https://yasgui.example"
        other = httpx.get(f"{narrow}/sparql", params={"query": COUNT}, headers={"Origin": "https://evil.example"})
        assert "access-control-allow-origin" not in other.headers
    with uvicorn_app(make_app(store, cors_origins=())) as off:
        answer = httpx.get(f"{off}/sparql", params={"query": COUNT}, headers={"Origin": "https://yasgui.example"})
        assert answer.status_code == 200 and "access-control-allow-origin" not in answer.headers


def test_health_and_the_view_of_the_served_graph(server, store):
    health = httpx.get(server + "/health").json()
    assert health["status"] == "ok" and health["triples"] == len(store)
    assert health["workers"]["failed"] == 0 and health["workers"]["restart_in_s"] is None
    view = httpx.get(server + "/view")
    assert view.status_code == 200 and view.headers["content-type"].startswith("text/html")
    assert "data-node-count=" in view.text
    assert httpx.get(server + "/view", params={"lang": "xx"}).status_code == 400


def _drawn_after(monkeypatch, delay_s: float = 0.0, allocate_mb: int = 0, record=None) -> None:
    """Make the view's projection sleep and allocate first, and add a line to ``record`` each time
    (set before make_app: its workers are forked then)."""
    import time

    import kg.projection

    real = kg.projection.build

    def build(*args, **kwargs):
        if record is not None:
            with open(record, "a") as calls:
                calls.write("drawn\n")
        time.sleep(delay_s)
        held = bytearray(allocate_mb << 20)
        del held
        return real(*args, **kwargs)

    monkeypatch.setattr(kg.projection, "build", build)


def test_the_view_is_drawn_under_the_queries_time_limit(store, monkeypatch):
    """Before, /view was drawn in the server's own process with no limit: a graph that takes minutes
    to draw held a thread (and its memory) that long, and answered 200 whatever the --timeout."""
    _drawn_after(monkeypatch, delay_s=30)
    app = make_app(store, timeout_s=1, spare=0)
    with uvicorn_app(app) as url:
        answer = httpx.get(f"{url}/view", timeout=60)
        assert answer.status_code == 503
        assert answer.text.startswith("the network view of this graph needed more than the time limit of 1 s")
        assert "kg view" in answer.text and "--timeout" in answer.text
        assert app.state.pool.killed == 1  # the worker drawing it was killed, and the server answers on
        assert httpx.get(f"{url}/sparql", params={"query": COUNT}).status_code == 200


def test_the_view_is_drawn_under_the_queries_memory_limit(store, monkeypatch):
    _drawn_after(monkeypatch, allocate_mb=400)
    app = make_app(store, max_memory_mb=100, spare=0)
    with uvicorn_app(app) as url:
        answer = httpx.get(f"{url}/view", timeout=60)
        assert answer.status_code == 503
        assert answer.text.startswith("the network view of this graph needed more than the memory limit of 100 MB")
        assert "--max-memory" in answer.text


def test_the_view_is_drawn_once_per_language_and_kept(store, monkeypatch, tmp_path):
    """Requests that come while the view is drawn wait for that drawing (they took a worker each before)."""
    record = tmp_path / "drawn"
    _drawn_after(monkeypatch, delay_s=1, record=record)
    app = make_app(store, spare=0, max_concurrent=3)
    with uvicorn_app(app) as url, ThreadPoolExecutor(3) as runner:
        views = [runner.submit(httpx.get, f"{url}/view", params={"lang": "kk"}, timeout=60) for _ in range(3)]
        pages = [view.result() for view in views]
        assert all(page.status_code == 200 and page.content == pages[0].content for page in pages)
        assert 'lang="kk"' in pages[0].text
        assert httpx.get(f"{url}/view", params={"lang": "kk"}).content == pages[0].content
        assert record.read_text() == "drawn\n" and app.state.pool.killed == 0


def test_access_log_has_one_line_per_request(store, capsys):
    import io
    import re

    log = io.StringIO()
    with uvicorn_app(make_app(store, log=log)) as url:
        httpx.get(f"{url}/sparql", params={"query": PROPOSALS, "format": "csv"})
        httpx.get(f"{url}/sparql", params={"query": "SELECT"})
    lines = log.getvalue().splitlines()
    assert len(lines) == 2
    assert re.fullmatch(r"time=\S+Z method=GET route=/sparql status=200 rows=\d+ ms=[\d.]+", lines[0])
    assert " status=400 rows=- " in lines[1]
    with uvicorn_app(make_app(store)) as url:  # no log: nothing printed either
        assert httpx.get(f"{url}/health").status_code == 200
    assert capsys.readouterr().out == ""


def test_a_path_cannot_forge_or_split_an_access_log_line(store):
    """Before, a percent-encoded line break in the path went into the log as it was: a client
    could add a line of its own (`GET /x%0Atime=… status=200`) or break the line's fields."""
    import io
    import re

    log = io.StringIO()
    with uvicorn_app(make_app(store, log=log)) as url:
        httpx.get(f"{url}/x%0Atime=FAKE%20method=GET%20route=/y%20status=200")
        httpx.get(f"{url}/queries/a%20b%22c")
        httpx.get(f"{url}/queries/stances")
    lines = log.getvalue().splitlines()
    assert len(lines) == 3, lines
    assert lines[0].split(" route=", 1)[1].startswith('"/x\\ntime=FAKE method=GET route=/y status=200" status=404 ')
    assert ' route="/queries/a b\\"c" status=404 ' in lines[1]
    assert re.fullmatch(r"time=\S+Z method=GET route=/queries/stances status=200 rows=\d+ ms=[\d.]+", lines[2])


def test_the_query_page_is_offline_and_escapes_its_data(server):
    page = httpx.get(server + "/", headers={"Accept": "text/html"})
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    policy = page.headers["content-security-policy"]
    assert "default-src 'none'" in policy and "connect-src 'self'" in policy and "unsafe-inline" not in policy
    assert "http://" not in page.text.replace(server, "").split("<script>")[1].split("</script>")[0]
    assert "<script src" not in page.text and "<link" not in page.text


def test_a_federated_query_from_oxigraph_server_reads_kg_serve(server, tmp_path):
    """A real `oxigraph serve` runs SERVICE <kg serve>: the rows it gets are kg serve's."""
    from _net import oxigraph_server

    local = httpx.get(server + "/sparql", params={"query": PROPOSALS}, headers={"Accept": "application/json"}).json()
    federated = PROPOSALS.replace("WHERE { ?f", f"WHERE {{ SERVICE <{server}/sparql> {{ ?f").replace(
        "?who }", "?who } }"
    )
    with oxigraph_server(tmp_path) as oxigraph:
        answer = httpx.get(
            f"{oxigraph}/query",
            params={"query": federated},
            headers={"Accept": "application/sparql-results+json"},
            timeout=30,
        )
    assert answer.status_code == 200, answer.text
    rows = answer.json()["results"]["bindings"]
    assert rows and rows == local["results"]["bindings"]


def test_the_kg_serve_command_checks_hosts_kills_runaways_and_stops_cleanly():
    """``kg serve`` as a user runs it: --allow-host, --timeout, then Ctrl-C ends it and its workers."""
    import os
    import signal
    import subprocess
    import sys
    from pathlib import Path

    from _net import free_port

    root = Path(__file__).resolve().parents[1]
    port = free_port()
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "kg",
            "serve",
            "-q",
            "--port",
            str(port),
            "--timeout",
            "3",
            "--max-concurrent",
            "1",
            "--max-memory",
            "200",
            "--allow-host",
            "kg.example.org",
            "--sources",
            SEED[0],
            "--sources",
            SEED[1],
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": str(root)},
        cwd=root,
    )
    url = f"http://127.0.0.1:{port}"
    try:

        def up() -> bool:
            assert proc.poll() is None, proc.stderr.read().decode()
            try:
                return httpx.get(f"{url}/queries", timeout=2).status_code == 200
            except httpx.TransportError:
                return False

        wait_until(up, 60)
        assert httpx.get(f"{url}/queries", headers={"Host": "kg.example.org"}).status_code == 200
        evil = httpx.get(f"{url}/queries", headers={"Host": f"evil.example:{port}"})
        assert evil.status_code == 421 and evil.headers["x-content-type-options"] == "nosniff"
        runaway = httpx.get(f"{url}/sparql", params={"query": RUNAWAY}, timeout=60)
        assert runaway.status_code == 503 and "time limit of 3 s" in runaway.text
        # the hog right after the kill (it reaches 200 MB in ~0.15 s): the killed worker's replacement
        # starts outside the next query's limit (kg.worker), so a busy machine's slow start costs it nothing
        hog = httpx.get(
            f"{url}/sparql", params={"query": "SELECT * WHERE {?a ?b ?c. ?d ?e ?f} ORDER BY ?a ?f"}, timeout=60
        )
        assert hog.status_code == 503 and "memory limit of 200 MB" in hog.text
        assert httpx.get(f"{url}/sparql", params={"query": COUNT}).status_code == 200
        children = [p for p in Path("/proc").iterdir() if p.name.isdigit() and _ppid(p) == proc.pid]
        assert children, "the workers' template process runs beside the server"
        proc.send_signal(signal.SIGINT)
        proc.wait(30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        proc.stderr.close()
    wait_until(lambda: not any(p.exists() for p in children), 10)


def _ppid(proc_dir) -> int | None:
    try:
        return int((proc_dir / "stat").read_text().rsplit(")", 1)[1].split()[1])
    except (OSError, IndexError, ValueError):
        return None


def test_a_named_query_value_may_hold_a_refused_word(server):
    """The id tokayev-address holds 'add': the author's text is checked, the value bound as a term."""
    response = httpx.get(server + "/queries/who-proposed-what", params={"target": "tokayev-address", "format": "csv"})
    assert response.status_code == 200, response.text
    refused = httpx.get(server + "/sparql", params={"query": "SELECT * WHERE { ?s ?p <urn:tokayev-address> }"})
    assert refused.status_code == 403


def test_a_kept_check_verdict_refuses_as_a_fresh_check_does(store):
    """The worker keeps recent verdicts of the SPARQL check: asked again, a refused text is refused again
    and a safe one still runs; a text over the kept size is checked afresh each time."""
    from kg.errors import QueryError
    from kg.serve import _CACHED_CHECK_CHARS, execute

    unsafe = "SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }"
    long_unsafe = unsafe + " #" + "x" * _CACHED_CHECK_CHARS
    for text in (unsafe, unsafe, long_unsafe, long_unsafe):
        with pytest.raises(QueryError, match="SERVICE is refused"):
            execute(store, text)
    safe = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    assert execute(store, safe, result_format="csv").body == execute(store, safe, result_format="csv").body


def _rows_read_one_by_one(store, query: str, fmt: str, max_rows: int) -> tuple[bytes, int, bool]:
    """The answer as it was made before the engine wrote it straight: rows read, cut, written again."""
    from kg.output import render_rows
    from kg.serve import _take

    result = store.query(query)
    columns = [v.value for v in result.variables]
    solutions, cut = _take(result, max_rows)
    return render_rows(columns, [list(s) for s in solutions], fmt), len(solutions), cut


@pytest.mark.parametrize("fmt", ["json", "csv", "tsv", "xml"])
def test_select_written_by_the_engine_is_byte_identical_and_cut_the_same(fmt):
    """Values full of the formats' own separators, empty rows, and limits below, at and above the rows
    (2,000 rows span many of the engine's 8 kB chunks)."""
    import pyoxigraph as ox

    from kg.serve import execute

    store = ox.Store()
    for i in range(2000):
        value = f'x{i}}},{{"\r\n<result>\t' if i % 3 else str(i)
        store.add(
            ox.Quad(
                ox.NamedNode(f"http://e/a{i}"),
                ox.NamedNode("http://e/p"),
                ox.Literal(value, language="en" if i % 2 else None),
            )
        )
    queries = [
        "SELECT * WHERE { ?s ?p ?o }",
        "SELECT ?s ?x WHERE { ?s ?p ?o OPTIONAL { ?s <http://e/q> ?x } }",
        "SELECT ?x WHERE { ?s ?p ?o } LIMIT 3",
        "SELECT * WHERE {}",
        "SELECT ?s WHERE { ?s ?p ?o } LIMIT 0",
    ]
    for query in queries:
        for max_rows in (0, 1, 2, 3, 1000, 1999, 2000, 2001):
            answer = execute(store, query, result_format=fmt, max_rows=max_rows)
            body, rows, cut = _rows_read_one_by_one(store, query, fmt, max_rows)
            assert answer.body == body, (query, max_rows)
            assert answer.headers["X-KG-Rows"] == str(rows), (query, max_rows)
            assert (answer.headers.get("X-KG-Truncated") == "true") == cut, (query, max_rows)
            assert (answer.headers.get("X-KG-Max-Rows") == str(max_rows)) == cut, (query, max_rows)


def test_select_under_the_limit_is_not_read_row_by_row(monkeypatch, store):
    """A SELECT within the row limit goes from the engine to the client's format without Python rows."""
    import kg.output
    from kg.serve import execute

    def refuse(*args, **kwargs):
        raise AssertionError("rows were read into Python and written again")

    monkeypatch.setattr(kg.output, "render_rows", refuse)
    for fmt in ("json", "csv", "tsv", "xml"):
        answer = execute(store, "SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 100", result_format=fmt)
        assert answer.headers["X-KG-Rows"] == "100"


def test_a_named_query_about_one_actor_runs_the_text_kg_query_runs(monkeypatch):
    """The endpoint gives the engine the driven, row-by-row text (kg.queries.engine_text), as the CLI does."""
    import kg
    import kg.serve

    graph = kg.Graph.from_sources()
    query = graph.named("who-proposed-what")
    seen: list[str] = []
    monkeypatch.setattr(kg.serve, "execute", lambda store, text, **kw: seen.append(text))
    kg.serve.named_job(graph, query, {"actor": "baytaq"}, "json", "turtle", 100)
    assert seen == [graph.sparql("who-proposed-what", params={"actor": "baytaq"})]
    assert "LATERAL" in seen[0]


def failing_starts_while(broken, monkeypatch):
    """Make the server's query workers fail to start ("no index here") while the file ``broken`` exists."""
    import kg.worker

    def on_start(_store) -> None:
        if broken.exists():
            raise ValueError("no index here")

    class FailingPool(kg.worker.QueryPool):
        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, on_start=on_start, **kwargs)

    monkeypatch.setattr(kg.worker, "QueryPool", FailingPool)
    return broken


def test_a_worker_that_cannot_start_gets_503_with_retry_after(store, tmp_path, monkeypatch):
    """A query worker that fails to start is a passing trouble, not the server's bug: 503 with Retry-After
    (it was 500); the next query starts a worker again."""
    broken = failing_starts_while(tmp_path / "broken", monkeypatch)
    app = make_app(store, timeout_s=1, queue_s=60, max_concurrent=1, spare=0)
    with uvicorn_app(app) as url:
        broken.touch()
        assert httpx.get(f"{url}/sparql", params={"query": RUNAWAY}, timeout=60).status_code == 503  # killed
        failed = httpx.get(f"{url}/sparql", params={"query": COUNT}, timeout=60)
        assert failed.status_code == 503 and int(failed.headers["retry-after"]) >= 1  # the back-off may have grown
        assert "could not start: ValueError: no index here" in failed.text
        broken.unlink()
        assert httpx.get(f"{url}/sparql", params={"query": COUNT}, timeout=60).status_code == 200


def test_health_says_when_workers_failed_to_start_and_when_they_are_restored(store, tmp_path, monkeypatch):
    """While the one worker's start-up keeps failing, /health says 'degraded', why, and when the pool starts it
    again (it said 'ok' and nothing of the workers); the pool restores it on its own once starts work (no query
    needed), and /health says 'ok' again."""
    broken = failing_starts_while(tmp_path / "broken", monkeypatch)
    app = make_app(store, timeout_s=1, max_concurrent=1, spare=0)
    with uvicorn_app(app) as url:
        broken.touch()
        assert httpx.get(f"{url}/sparql", params={"query": RUNAWAY}, timeout=60).status_code == 503  # killed
        seen = []  # the first /health that says 'degraded' (between rounds of restarts)
        wait_until(
            lambda: seen.append(httpx.get(f"{url}/health", timeout=60)) or seen[-1].json()["status"] == "degraded"
        )
        assert seen[-1].status_code == 200  # liveness: the server answers
        now = seen[-1].json()["workers"]
        assert (now["ready"], now["running"], now["starting"], now["failed"]) == (0, 0, 0, 1)
        assert 0 <= now["restart_in_s"] <= 10
        assert now["error"] == "a query worker could not start: ValueError: no index here"
        broken.unlink()
        wait_until(lambda: workers(url)["ready"] == 1)
        health = httpx.get(f"{url}/health", timeout=60).json()
        assert health["status"] == "ok" and health["workers"] == {
            "ready": 1,
            "running": 0,
            "starting": 0,
            "failed": 0,
            "restart_in_s": None,
            "error": None,
            "can_start": True,
        }


def test_health_does_not_count_a_worker_that_died_while_idle(store):
    """An idle worker killed from outside: /health finds it out (a peek at its socket) and reports its
    replacement as starting, not the dead one as ready."""
    app = make_app(store, max_concurrent=1, spare=1)
    pool = app.state.pool
    with uvicorn_app(app) as url:
        (spare,) = [worker.pid for worker, is_spare in pool._free if is_spare]
        os.kill(spare, signal.SIGKILL)
        wait_until(lambda: not os.path.exists(f"/proc/{spare}"))
        now = workers(url)
        assert (now["ready"], now["starting"], now["failed"]) == (1, 1, 0)
        wait_until(lambda: workers(url)["ready"] == 2)  # its replacement
        assert httpx.get(f"{url}/sparql", params={"query": COUNT}, timeout=60).status_code == 200


def test_health_says_failing_and_why_once_the_workers_template_is_gone(store):
    """The template killed from outside: /health says "failing", that no worker can start, and why, with
    503 (it answered 200, so load balancers and container health checks took the server for sound)."""
    app = make_app(store, max_concurrent=1, spare=0)
    pool = app.state.pool
    with uvicorn_app(app) as url:
        assert httpx.get(f"{url}/health", timeout=60).status_code == 200
        os.kill(pool._template, signal.SIGKILL)
        wait_until(lambda: _zombie(pool._template))
        answer = httpx.get(f"{url}/health", timeout=60)
        assert answer.status_code == 503 and answer.headers["content-type"] == "application/json"
        health = answer.json()
        assert health["status"] == "failing" and health["workers"]["can_start"] is False
        assert health["workers"]["error"] == "the workers' template process is gone (killed by SIGKILL)"


def _zombie(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] == "Z"
    except (FileNotFoundError, ProcessLookupError):  # gone before the open, or reaped between open and read
        return True


def test_a_link_local_address_without_its_interface_says_to_give_one():
    """fe80::… names an address on some link: the kernel refuses it without the interface (EINVAL), and the
    error was 'cannot listen on [fe80::1]:0: Invalid argument', with nothing to say what to give."""
    from kg.errors import KgError
    from kg.serve import bind

    for host in ("fe80::1", "[fe80::1]"):
        with pytest.raises(KgError) as err:
            bind(host, 0)
        assert str(err.value) == (
            "cannot listen on fe80::1: a link-local address needs its interface; give it as fe80::1%eth0 (the "
            "interface's name after %), or another address of this machine (127.0.0.1, ::1, or 0.0.0.0)"
        )


def test_an_ipv6_host_on_a_machine_without_ipv6_is_one_clear_error(monkeypatch):
    """With IPv6 turned off in the kernel (ipv6.disable=1, some containers), making the socket fails
    (EAFNOSUPPORT) before the bind: that OSError escaped bind() as it was ('Address family not supported by
    protocol', with no word of the host). Here the socket's creation is made to fail as it would."""
    import errno
    import socket

    from kg.errors import KgError
    from kg.serve import bind

    real_socket = socket.socket

    def no_ipv6(family=socket.AF_INET, *args, **kwargs):
        if family == socket.AF_INET6:
            raise OSError(errno.EAFNOSUPPORT, "Address family not supported by protocol")
        return real_socket(family, *args, **kwargs)

    monkeypatch.setattr(socket, "socket", no_ipv6)
    for host in ("::1", "[::]"):
        with pytest.raises(KgError) as err:
            bind(host, 0)
        shown = host.strip("[]")
        assert str(err.value) == (
            f"cannot listen on {shown}: this machine has IPv6 turned off; give an IPv4 address "
            "(127.0.0.1, or 0.0.0.0 for every interface)"
        )
    bind("127.0.0.1", 0).close()  # IPv4 goes on


def test_an_address_with_an_interface_it_cannot_take_is_not_called_a_name():
    """An IP address with %interface that this machine refuses: the error said 'the name does not resolve on
    this machine (Name or service not known)' and to give a name in the hosts file, of an address."""
    from kg.errors import KgError
    from kg.serve import bind

    for host, said in [
        ("::1%lo", "cannot listen on ::1%lo: only a link-local address (fe80::…) takes an interface after %; give ::1"),
        (
            "fe80::1%kgnosuchif0",
            "cannot listen on fe80::1%kgnosuchif0: this machine has no interface 'kgnosuchif0'; give one it has "
            "('ip link' lists them), as in fe80::1%eth0",
        ),
    ]:
        with pytest.raises(KgError) as err:
            bind(host, 0)
        assert str(err.value) == said


def test_no_worker_process_holds_the_served_port(store, monkeypatch):
    """The port is bound before the workers' template is forked: the template closes the sockets it inherits,
    so neither it nor a worker holds the listening socket (a copy would keep the port after the server ends,
    and let a worker take connections). Checked with the server listening, by the socket's inode in /proc."""
    import kg.serve
    from kg.serve import bind, serve

    class Stop(Exception):
        pass

    made = []
    make_app = kg.serve.make_app
    monkeypatch.setattr(kg.serve, "make_app", lambda *a, **k: made.append(make_app(*a, **k)) or made[-1])
    bound = bind("127.0.0.1", 0)
    listener = f"socket:[{os.fstat(bound.sock.fileno()).st_ino}]"

    def held_by(pid: int) -> bool:
        for fd in os.listdir(f"/proc/{pid}/fd"):
            try:
                if os.readlink(f"/proc/{pid}/fd/{fd}") == listener:
                    return True
            except OSError:  # closed meanwhile
                continue
        return False

    def listening(host: str, port: int) -> None:
        pool = made[0].state.pool
        processes = [pool._template] + [worker.pid for worker, _ in pool._free]
        assert held_by(os.getpid()) and len(processes) == 3
        assert [pid for pid in processes if held_by(pid)] == []
        raise Stop

    with pytest.raises(Stop):
        serve(store, bound=bound, max_concurrent=1, spare=1, on_listening=listening)


def test_an_engine_failure_while_the_rows_are_read_is_a_clear_error() -> None:
    # the engine evaluates as its rows are read, so it may fail only then: one line, never a traceback or a 500
    from kg.errors import KgError
    from kg.serve import execute

    class Failing:
        variables: list = []

        def __iter__(self):
            return self

        def __next__(self):
            raise OSError("evaluation failed half-way")

        def serialize(self, *args, **kwargs):
            raise OSError("evaluation failed half-way")

    class Store:
        def query(self, text, **kwargs):
            return Failing()

    with pytest.raises(KgError, match="the query failed while its rows were read: evaluation failed half-way"):
        execute(Store(), "SELECT ?s WHERE { ?s ?p ?o }", result_format="csv")
    with pytest.raises(KgError, match="while its rows were read"):
        execute(Store(), "SELECT ?s WHERE { ?s ?p ?o }", result_format="table")
