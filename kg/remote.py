"""When one machine is not enough: push the graph to a SPARQL server, and query it there.

:func:`push` sends the graph with the SPARQL 1.1 Graph Store Protocol (GSP) in N-Triples
batches: ``PUT`` for the first batch when replacing, ``POST`` (add) otherwise, to ``?default``
or ``?graph=IRI``. Every store that speaks GSP works: Oxigraph server, Virtuoso, Jena Fuseki,
GraphDB, Neptune. :func:`query_remote` sends the same checked query text as a local run to a
SPARQL endpoint and reads SPARQL JSON results into rows :func:`kg.output.render_rows` prints as
the same table.

Where things are on common servers (an address without a path is taken as Oxigraph's):

============  =====================================  ===================================
server        GSP (``kg push --endpoint``)           queries (``kg query --endpoint``)
============  =====================================  ===================================
Oxigraph      ``http://HOST:7878/store``             ``http://HOST:7878/query``
Virtuoso      ``http://HOST:8890/sparql-graph-crud-auth``  ``http://HOST:8890/sparql``
              (Digest auth, ``--graph`` required)
Fuseki        ``http://HOST:3030/DATASET/data``      ``http://HOST:3030/DATASET/sparql``
GraphDB       ``http://HOST:7200/repositories/R/rdf-graphs/service``  ``.../repositories/R``
============  =====================================  ===================================

>>> gsp_url("http://127.0.0.1:7878")
'http://127.0.0.1:7878/store?default'
>>> gsp_url("http://127.0.0.1:8890/sparql-graph-crud-auth", graph="https://w3id.org/reform-kg/graph")
'http://127.0.0.1:8890/sparql-graph-crud-auth?graph=https%3A%2F%2Fw3id.org%2Freform-kg%2Fgraph'
>>> query_url("http://127.0.0.1:7878/store")
'http://127.0.0.1:7878/query'
"""

from __future__ import annotations

import html
import json
import re
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, urlsplit, urlunsplit

from kg.errors import EndpointError, shown

RETRY_STATUSES = frozenset({500, 502, 503, 504})
MAX_GET_URL = 4000
DEFAULT_BATCH = 100_000
_GSP_SUFFIXES = ("/store", "/sparql-graph-crud", "/sparql-graph-crud-auth", "/data", "/rdf-graphs/service")


# ---------------------------------------------------------------- addresses


def _split(endpoint: str):
    parts = urlsplit(endpoint.strip())
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise EndpointError(f"{endpoint!r} is not an http(s) address, e.g. http://127.0.0.1:7878/store")
    return parts


def gsp_url(endpoint: str, *, graph: str | None = None) -> str:
    """The Graph Store Protocol address for ``graph`` (the default graph when ``None``).

    An address without a path is an Oxigraph server's root, whose GSP is ``/store``.
    """
    parts = _split(endpoint)
    path = parts.path if parts.path not in ("", "/") else "/store"
    target = f"graph={quote(graph, safe='')}" if graph else "default"
    query = f"{parts.query}&{target}" if parts.query else target
    return urlunsplit((parts.scheme, parts.netloc, path, query, ""))


def query_url(endpoint: str) -> str:
    """The SPARQL query address for what a user gave: a server root, a GSP address, or a query address.

    >>> query_url("http://127.0.0.1:8890/sparql-graph-crud-auth")
    'http://127.0.0.1:8890/sparql'
    >>> query_url("http://127.0.0.1:3030/ds/sparql")
    'http://127.0.0.1:3030/ds/sparql'
    """
    parts = _split(endpoint)
    path = parts.path.rstrip("/")
    if not path:
        path = "/query"
    elif path.endswith("/store"):
        path = path[: -len("/store")] + "/query"
    elif path.endswith(("/sparql-graph-crud", "/sparql-graph-crud-auth")):
        path = path.rsplit("/", 1)[0] + "/sparql"
    elif path.endswith("/data") and not path.endswith("/rdf-graphs/data"):
        path = path[: -len("/data")] + "/sparql"
    return urlunsplit((parts.scheme, parts.netloc, path, parts.query, ""))


def _auth(auth: tuple[str, str] | None, digest: bool):
    import httpx

    if auth is None:
        return None
    return httpx.DigestAuth(*auth) if digest else httpx.BasicAuth(*auth)


def _server_message(response) -> str:
    text = response.text.strip() if response.content else ""
    if "html" in response.headers.get("content-type", "").lower() or text.startswith("<"):
        text = re.sub(r"<title>.*?</title>|<[^>]+>", " ", text, flags=re.S | re.I)  # Virtuoso answers in HTML
        text = html.unescape(text)
    line = " ".join(text.split())
    if len(line) > 300:
        line = line[:297] + "..."
    return line or response.reason_phrase or "no message"


def _reach_error(url: str, exc: Exception) -> str:
    reason = str(exc) or type(exc).__name__
    return f"cannot reach {url}: {reason}; is the server running and the address right?"


# ---------------------------------------------------------------- push


@dataclass
class PushReport:
    """What :func:`push` sent, and what the server accepted."""

    url: str
    graph: str | None
    replace: bool
    total_triples: int
    total_batches: int
    triples: int = 0
    batches: int = 0
    retries: int = 0
    seconds: float = 0.0

    def summary(self) -> str:
        where = f"graph <{self.graph}>" if self.graph else "the default graph"
        how = "replaced" if self.replace else "added to"
        return (f"pushed {self.triples:,} triples in {self.batches} batch{'es' if self.batches != 1 else ''} "
                f"({how} {where} at {self.url.split('?')[0]}) in {self.seconds:.1f} s"
                + (f", {self.retries} retr{'ies' if self.retries != 1 else 'y'}" if self.retries else ""))


class PushError(EndpointError):
    """A push that failed part-way; ``report`` says what the server had accepted by then."""

    def __init__(self, message: str, report: PushReport) -> None:
        super().__init__(message)
        self.report = report


def push(
    store,
    endpoint: str,
    *,
    graph: str | None = None,
    replace: bool = False,
    batch_triples: int = DEFAULT_BATCH,
    retries: int = 3,
    auth: tuple[str, str] | None = None,
    digest: bool = False,
    timeout_s: float = 300.0,
    backoff_s: float = 0.5,
    progress: Callable[[PushReport], None] | None = None,
) -> PushReport:
    """Send the store's default graph to a Graph Store Protocol endpoint, in N-Triples batches.

    :param endpoint: the GSP address (a bare ``http://host:port`` means Oxigraph's ``/store``).
    :param graph: the target named graph's IRI; the default graph when ``None`` (Virtuoso needs one).
    :param replace: replace the target graph (the first batch is a ``PUT``); otherwise add to it.
    :param batch_triples: triples per request.
    :param retries: how many times a batch is retried after a 5xx answer or a connection error,
        waiting ``backoff_s``, then twice as long each time. Resending a batch is harmless: the
        graph has no blank nodes, so adding the same triples twice changes nothing.
    :param auth: ``(user, password)``; HTTP Basic, or Digest with ``digest=True`` (Virtuoso).
    :param progress: called with the report after each accepted batch.
    :raises PushError: when a batch is refused (4xx), or still fails after the retries; its
        ``report`` and message say how much was sent before.
    """
    import httpx
    from pyoxigraph import DefaultGraph, RdfFormat, serialize

    from kg.store import iter_chunks

    if batch_triples < 1:
        raise EndpointError("the batch size must be at least 1 triple")
    url = gsp_url(endpoint, graph=graph)
    total = sum(1 for _ in store.quads_for_pattern(None, None, None, DefaultGraph()))
    batches = max(1, -(-total // batch_triples))
    report = PushReport(url=url, graph=graph, replace=replace, total_triples=total, total_batches=batches)
    started = time.monotonic()
    headers = {"Content-Type": "application/n-triples"}
    timeout = httpx.Timeout(timeout_s, connect=10.0)
    with httpx.Client(auth=_auth(auth, digest), timeout=timeout, follow_redirects=False) as client:
        if auth is not None and digest:
            # Digest auth answers the first request with a challenge, and the client then sends
            # the body again: let an empty request take that round trip instead of a batch.
            _send(client, "POST", url, b"", headers, report, retries=retries, backoff_s=backoff_s)
        chunks = iter_chunks(store.quads_for_pattern(None, None, None, DefaultGraph()), batch_triples)
        if total == 0:
            chunks = iter([[]]) if replace else iter([])
        for n, chunk in enumerate(chunks):
            body = serialize(chunk, format=RdfFormat.N_QUADS) or b""  # default-graph quads are N-Triples lines
            method = "PUT" if replace and n == 0 else "POST"
            _send(client, method, url, body, headers, report, retries=retries, backoff_s=backoff_s)
            report.batches += 1
            report.triples += len(chunk)
            report.seconds = time.monotonic() - started
            if progress:
                progress(report)
    report.seconds = time.monotonic() - started
    return report


def _send(client, method: str, url: str, body: bytes, headers: Mapping[str, str], report: PushReport, *,
          retries: int, backoff_s: float) -> None:
    import httpx

    attempt = 0
    while True:
        problem = None
        try:
            response = client.request(method, url, content=body, headers=dict(headers))
        except httpx.TransportError as exc:
            problem = _reach_error(url.split("?")[0], exc)
        else:
            if response.status_code < 300:
                return
            message = _server_message(response)
            problem = f"{url.split('?')[0]} answered {response.status_code}: {message}"
            if response.status_code == 401:
                problem += " (give --user/--password; Virtuoso also needs --digest)"
            elif response.status_code == 404:
                problem += " (is this the Graph Store address? Oxigraph: /store, Virtuoso: /sparql-graph-crud-auth)"
            elif response.status_code == 500 and url.endswith("?default"):
                problem += " (some servers, such as Virtuoso, have no default graph: give --graph IRI)"
            if response.status_code not in RETRY_STATUSES:
                raise PushError(_stopped(problem, report), report)
        if attempt >= retries:
            raise PushError(_stopped(problem, report), report)
        time.sleep(backoff_s * (2 ** attempt))
        attempt += 1
        report.retries += 1


def _stopped(problem: str, report: PushReport) -> str:
    if report.batches == 0:
        return f"push failed, nothing was stored: {problem}"
    partial = " (the remote graph now holds part of the graph; push again with --replace)" if report.replace else ""
    return (f"push stopped after {report.batches} of {report.total_batches} batches "
            f"({report.triples:,} of {report.total_triples:,} triples sent){partial}: {problem}")


# ---------------------------------------------------------------- remote queries


@dataclass
class RemoteResult:
    """A remote answer: SELECT rows (terms or ``None``), an ASK boolean, or CONSTRUCT triples."""

    columns: list[str]
    rows: list[list[Any]]
    boolean: bool | None = None
    triples: list | None = None
    truncated: bool = False


class _Row(dict):
    def __missing__(self, key):
        return None


class RemoteStore:
    """Enough of a store for :func:`kg.queries.run_named` to run named queries on an endpoint.

    ``query`` returns rows as dicts of terms (``row["s"].value``), a bool, or triples, so actor
    names resolve against the remote graph exactly as against a local one.
    """

    def __init__(self, endpoint: str, *, auth: tuple[str, str] | None = None, digest: bool = False,
                 timeout_s: float = 60.0, graph: str | None = None) -> None:
        self.endpoint = endpoint
        self.graph = graph
        self.auth = auth
        self.digest = digest
        self.timeout_s = timeout_s
        self.last: RemoteResult | None = None

    def query(self, text: str):
        from kg.queries import check_query

        check_query(text)  # no local engine to catch an update or LOAD: parse it fully here
        result = _request(self.endpoint, text, auth=self.auth, digest=self.digest, timeout_s=self.timeout_s,
                          graph=self.graph)
        self.last = result
        if result.boolean is not None:
            return result.boolean
        if result.triples is not None:
            return result.triples
        return [_Row(zip(result.columns, row)) for row in result.rows]


def query_remote(
    endpoint: str,
    text: str,
    bindings: Mapping[str, Any] | None = None,
    *,
    auth: tuple[str, str] | None = None,
    digest: bool = False,
    timeout_s: float = 60.0,
    graph: str | None = None,
) -> RemoteResult:
    """Bind a query as a local run does, check it fully, and run it on a remote SPARQL endpoint.

    The check is :func:`kg.queries.check_query`'s full parse (no local engine sees the text, so
    nothing else would catch an update or ``LOAD``). The query goes by GET (form POST when the
    address would be too long), never as a direct POST, which Virtuoso never answers.

    :raises QueryError: when the query is refused locally (SERVICE, LOAD, FROM, updates, syntax).
    :raises EndpointError: when the endpoint cannot be reached, answers 4xx/5xx, or sends results
        that are not valid SPARQL JSON (Oxigraph answers 200 with cut-off JSON when a query fails).
    """
    from kg.queries import check_query, with_values

    text = with_values(text, bindings or {})
    check_query(text)  # the full parse: no local engine will see this text to catch an update or LOAD
    return _request(endpoint, text, auth=auth, digest=digest, timeout_s=timeout_s, graph=graph)


def run_named_remote(endpoint: str, query, given: Mapping[str, str] | None = None, **options) -> RemoteResult:
    """A named query on a remote endpoint, with ``--param`` values bound as for a local run."""
    from kg.resolve import run_named

    store = RemoteStore(endpoint, **options)
    run_named(store, query, given or {})
    assert store.last is not None
    return store.last


def _request(endpoint: str, text: str, *, auth, digest: bool, timeout_s: float, graph: str | None = None) -> RemoteResult:
    """Send one query; ``graph`` names the dataset's default graph (``default-graph-uri``), e.g. a pushed named graph."""
    import httpx

    url = query_url(endpoint)
    accept = "application/sparql-results+json, application/n-triples;q=0.9, text/turtle;q=0.8"
    try:
        with httpx.Client(auth=_auth(auth, digest), timeout=httpx.Timeout(timeout_s, connect=10.0)) as client:
            params = {"query": text} | ({"default-graph-uri": graph} if graph else {})
            full = httpx.URL(url).copy_merge_params(params)  # keeps e.g. ?default-graph-uri= given in the address
            if len(str(full)) <= MAX_GET_URL:
                response = client.get(full, headers={"Accept": accept})
            else:
                response = client.post(url, data=params, headers={"Accept": accept})
    except httpx.TransportError as exc:
        raise EndpointError(_reach_error(url, exc)) from None
    if response.status_code != 200:
        raise EndpointError(f"{url} answered {response.status_code}: {_server_message(response)}")
    media = response.headers.get("content-type", "").split(";")[0].strip().lower()
    if media in ("application/n-triples", "text/turtle", "text/plain") and not response.content.lstrip().startswith(b"{"):
        return _graph_result(url, response, media)
    return _json_result(url, response)


def _json_result(url: str, response) -> RemoteResult:
    from kg.output import term_from_json

    try:
        doc = json.loads(response.content)
        if not isinstance(doc, dict):
            raise TypeError(f"the document is a JSON {type(doc).__name__}, not an object")
        if "boolean" in doc:
            return RemoteResult(columns=[], rows=[], boolean=bool(doc["boolean"]))
        columns = list(doc["head"]["vars"])
        if not all(isinstance(c, str) for c in columns):
            raise TypeError("head.vars holds something other than variable names")
        rows = [[term_from_json(b[c]) if c in b else None for c in columns] for b in doc["results"]["bindings"]]
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError) as exc:
        media = response.headers.get("content-type", "").split(";")[0].strip() or "no content type"
        tail = " ".join(response.content[-200:].decode("utf-8", "replace").split())
        problem = "nested too deeply" if isinstance(exc, RecursionError) else shown(str(exc))
        raise EndpointError(
            f"{url} answered with {shown(media)}, which is not valid SPARQL JSON results ({problem}); is it a SPARQL "
            f"endpoint, and did the query fail there? The answer ends: …{tail}"
        ) from None
    truncated = response.headers.get("x-kg-truncated") == "true"
    cap = response.headers.get("x-sparql-maxrows")  # Virtuoso cuts silently at this many rows
    if cap and cap.isdigit() and len(rows) >= int(cap):
        truncated = True
    return RemoteResult(columns=columns, rows=rows, truncated=truncated)


def _graph_result(url: str, response, media: str) -> RemoteResult:
    from pyoxigraph import RdfFormat, parse

    rdf_format = RdfFormat.TURTLE if media == "text/turtle" else RdfFormat.N_TRIPLES
    try:
        triples = list(parse(response.content, format=rdf_format))
    except SyntaxError as exc:
        raise EndpointError(f"{url} sent RDF that does not parse ({exc}); the query probably failed on the server") from None
    return RemoteResult(columns=[], rows=[], triples=triples, truncated=response.headers.get("x-kg-truncated") == "true")


def render_remote(result: RemoteResult, fmt: str = "table") -> bytes:
    """Print a remote answer the way :func:`kg.output.render_results` prints a local one."""
    from kg.output import GRAPH_FORMATS, RESULT_FORMATS, render_rows

    if fmt not in RESULT_FORMATS:
        raise ValueError(f"unknown format {fmt!r}")
    if result.boolean is not None:
        if fmt == "table":
            return b"true\n" if result.boolean else b"false\n"
        import pyoxigraph

        from kg.output import _results_format

        doc = json.dumps({"head": {}, "boolean": result.boolean}).encode()
        parsed = pyoxigraph.parse_query_results(doc, format=pyoxigraph.QueryResultsFormat.JSON)
        return parsed.serialize(format=_results_format(fmt))
    if result.triples is not None:
        import pyoxigraph

        from kg.store import FORMATS

        rdf = getattr(pyoxigraph.RdfFormat, FORMATS[GRAPH_FORMATS[fmt]])
        return pyoxigraph.serialize(result.triples, format=rdf) or b""
    return render_rows(result.columns, result.rows, fmt)


def parse_auth(user: str | None, password: str | None) -> tuple[str, str] | None:
    """``--user``/``--password`` as an auth pair (``None`` without a user)."""
    if not user:
        return None
    return (user, password or "")


__all__: Sequence[str] = (
    "PushError", "PushReport", "RemoteResult", "RemoteStore", "gsp_url", "parse_auth", "push", "query_remote",
    "query_url", "render_remote", "run_named_remote",
)
