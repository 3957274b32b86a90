"""``kg serve``: a read-only SPARQL 1.1 Protocol endpoint over the graph, and the named queries.

Routes (``make_app``):

- ``GET|POST /sparql`` and ``/query``: the SPARQL 1.1 Protocol. ``GET ?query=``, ``POST`` of a form
  (``application/x-www-form-urlencoded``, field ``query``) or of the query itself
  (``application/sparql-query``). Results follow the ``Accept`` header or ``?format=``: JSON, XML,
  CSV, TSV or a text table for SELECT/ASK; Turtle, N-Triples, RDF/XML or JSON-LD for
  CONSTRUCT/DESCRIBE. ``format`` (from the URL, a form or both) given twice for different formats is
  400, as is any parameter that takes one value given twice (:func:`kg.protocol.given_twice`).
- ``GET /queries``: the named queries, their titles and parameters, as JSON.
- ``GET /queries/NAME?actor=…&lang=…``: one named query with its parameters bound as RDF terms
  (an actor may be given by id, IRI or name), with the same formats (``?format=table`` for text).
- ``GET /view?lang=…``: the network view (``kg view``) of the served graph, drawn by a worker like a
  query (:func:`view_job`, under the same time and memory limits) and kept per language; requests
  that come while it is drawn share that drawing.
- ``/update`` and any update, ``LOAD`` or ``SERVICE``: 403. Bad queries: 400 with a plain-text reason.

Limits (all options of :func:`make_app` and :func:`serve`):

- **Time**: each query runs in a worker process (:mod:`kg.worker`) that is killed when the query
  passes ``timeout_s``: the client gets 503 and the worker is replaced at once, so a runaway query really
  stops (Oxigraph cannot cancel one any other way). The limit starts when a ready worker takes the
  query; a worker's start-up has its own bound (:class:`kg.worker.QueryPool`'s ``start_timeout_s``),
  and one that failed to start is started again by the pool with a back-off (``GET /health`` says so).
- **Concurrency**: ``max_concurrent`` workers run queries with the full limit; ``spare`` more take
  light queries (at most 5 ms of CPU last time; one not seen yet only while the others are all
  busy; any query while long ones past 1 s, or failed start-ups, hold all the others), with the short limit
  ``spare_timeout_s``, so light queries are answered while heavier ones run. At most ``max_waiting`` queries wait for a worker,
  each for at most ``queue_s``; beyond either, 503 with ``Retry-After``. The waiting line serves
  the queries that took least CPU last time first (:meth:`kg.worker.QueryPool.run_async`); none
  waits behind queries that came more than 0.5 s after it.
- **Rows**: SELECT results and CONSTRUCT triples are cut after ``max_rows``; such an answer carries
  the headers ``X-KG-Truncated: true`` and ``X-KG-Max-Rows: N`` (and the table says so). Ask for
  fewer with ``LIMIT``/``OFFSET`` to page through.
- **HTTP** (:mod:`kg.guard`): ``Host`` must name this server (421 otherwise; ``allow_hosts`` for a
  reverse proxy), bodies are cut at three times ``max_query_bytes`` while they stream (413),
  headers and bodies must arrive in time (408), connections are capped (idle ones are closed
  first), and every answer says ``X-Content-Type-Options: nosniff``.

The server binds 127.0.0.1 unless told otherwise::

    $ kg serve --store data/reform.oxigraph
    $ curl 'http://127.0.0.1:7700/queries/who-proposed-what?actor=baytaq&format=table'
"""

from __future__ import annotations

import base64
import functools
import hashlib
import json
import re
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from kg.errors import KgError, QueryError, QueryTimeout, shown
from kg.graph import DEFAULT_MAX_MEMORY_MB, Graph
from kg.protocol import (
    SERVED_GRAPH,
    ProtocolError,
    ProtocolRequest,
    given_twice,
    one_value_each,
    parse_query_string,
    protocol_request,
    service_description,
)

if TYPE_CHECKING:  # pragma: no cover
    import socket

DEFAULT_PORT = 7700
DEFAULT_TIMEOUT_S = 10.0
DEFAULT_MAX_ROWS = 10_000
DEFAULT_MAX_CONCURRENT = 4
DEFAULT_SPARE = 2
DEFAULT_SPARE_TIMEOUT_S = 2.0
DEFAULT_MAX_WAITING = 128
DEFAULT_QUEUE_S = 3.0  # a light query waits at most this long for a worker; then 503 with Retry-After
MAX_QUERY_BYTES = 100_000
RESOLVE_TIMEOUT_S = 5.0  # a --host name: at once from the hosts file; this bounds a DNS server that never answers
_CACHED_CHECK_CHARS = 16_384  # texts of up to this many characters have their check's verdict kept (256 of them)

# media type -> our format name, for SELECT/ASK results and for graphs
RESULT_TYPES = {
    "application/sparql-results+json": "json",
    "application/json": "json",
    "application/sparql-results+xml": "xml",
    "application/xml": "xml",
    "text/xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
    "text/plain": "table",
}
GRAPH_TYPES = {
    "text/turtle": "turtle",
    "application/x-turtle": "turtle",
    "application/n-triples": "nt",
    "text/plain": "nt",
    "application/rdf+xml": "xml",
    "application/ld+json": "json-ld",
}
RESULT_MEDIA = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv; charset=utf-8",
    "tsv": "text/tab-separated-values; charset=utf-8",
    "table": "text/plain; charset=utf-8",
}
GRAPH_MEDIA = {
    "turtle": "text/turtle; charset=utf-8",
    "nt": "application/n-triples",
    "xml": "application/rdf+xml",
    "json-ld": "application/ld+json",
}
# ?format= values: (format for SELECT/ASK, format for CONSTRUCT/DESCRIBE)
FORMAT_PARAM = {
    "json": ("json", "json-ld"),
    "xml": ("xml", "xml"),
    "csv": ("csv", "nt"),
    "tsv": ("tsv", "nt"),
    "table": ("table", "turtle"),
    "text": ("table", "turtle"),
    "turtle": ("table", "turtle"),
    "ttl": ("table", "turtle"),
    "n3": ("json", "turtle"),  # SPARQLWrapper asks format=n3 for CONSTRUCT; Turtle is N3's RDF subset
    "nt": ("tsv", "nt"),
    "ntriples": ("tsv", "nt"),
    "n-triples": ("tsv", "nt"),
    "rdfxml": ("xml", "xml"),
    "rdf+xml": ("xml", "xml"),  # as SPARQLWrapper sends it for RDF/XML
    "json-ld": ("json", "json-ld"),
    "jsonld": ("json", "json-ld"),
}


@dataclass(frozen=True)
class Answer:
    """An HTTP answer, made (rendered) in a worker process."""

    status: int
    body: bytes
    media_type: str = "text/plain; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)


class _Refused(Exception):
    """An HTTP error with a plain-text reason."""

    def __init__(self, status: int, message: str, headers: Mapping[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = dict(headers or {})


def _take(results, limit: int) -> tuple[list, bool]:
    """Up to ``limit`` items of a result iterator, and whether there were more."""
    items: list = []
    for n, item in enumerate(results):
        if n >= limit:
            return items, True
        items.append(item)
    return items, False


@functools.lru_cache(maxsize=256)
def _plainly_safe_cached(text: str) -> bool:
    from kg.queries import plainly_safe

    return plainly_safe(text)


def _plainly_safe(text: str) -> bool:
    """:func:`kg.queries.plainly_safe`, remembered for recent texts: a client that sends the same query
    again (a dashboard, the query page, a named query's SPARQL) skips the 1–2 ms lexical scan.

    The verdict is a pure function of the text, so a kept one is the same as a fresh one.
    """
    if len(text) <= _CACHED_CHECK_CHARS:
        return _plainly_safe_cached(str(text))
    from kg.queries import plainly_safe

    return plainly_safe(text)


def execute(
    store,
    text: str,
    *,
    result_format: str = "json",
    graph_format: str = "turtle",
    max_rows: int = DEFAULT_MAX_ROWS,
    base_iri: str | None = None,
) -> Answer:
    """Check and run one query, read at most ``max_rows`` rows, and render the answer.

    This is what a worker process does for each request; it is usable without HTTP too.

    :raises QueryError: for a syntax error or a refused query (SERVICE, LOAD, FROM, updates).

    >>> from kg.store import build_store
    >>> answer = execute(build_store(), "SELECT (COUNT(*) AS ?n) WHERE { ?s a ?c }", result_format="csv")
    >>> answer.status, answer.media_type, answer.body.splitlines()[0]
    (200, 'text/csv; charset=utf-8', b'n')
    """

    from kg.queries import CheckedQuery, check_query

    checked = isinstance(text, CheckedQuery)  # a named query: checked before its values were bound
    if not checked and not _plainly_safe(text):
        check_query(text)
    try:
        result = store.query(text, base_iri=base_iri) if base_iri else store.query(text)
    except SyntaxError as exc:
        if not checked:
            check_query(text)
        raise QueryError(f"SPARQL syntax error: {exc}") from None
    except OSError as exc:
        raise KgError(f"the query failed: {exc}") from None
    try:
        return _answer(store, text, result, result_format, graph_format, max_rows, base_iri)
    except OSError as exc:  # the engine evaluates as the rows are read: a failure may come only then
        raise KgError(f"the query failed while its rows were read: {exc}") from None


def _answer(store, text, result, result_format: str, graph_format: str, max_rows: int, base_iri: str | None) -> Answer:
    """:func:`execute`'s answer from the engine's result: at most ``max_rows`` rows, rendered."""
    import pyoxigraph

    from kg.output import render_results, render_rows

    headers: dict[str, str] = {}
    if isinstance(result, pyoxigraph.QueryBoolean):
        return Answer(200, render_results(result, result_format), RESULT_MEDIA[result_format], {"X-KG-Rows": "1"})
    if isinstance(result, pyoxigraph.QueryTriples):
        from kg.store import FORMATS

        triples, cut = _take(result, max_rows)
        headers = {"X-KG-Rows": str(len(triples))}
        if cut:
            headers |= {"X-KG-Truncated": "true", "X-KG-Max-Rows": str(max_rows)}
        rdf_format = getattr(pyoxigraph.RdfFormat, FORMATS[graph_format])
        body = pyoxigraph.serialize(triples, format=rdf_format) or b""
        return Answer(200, body, GRAPH_MEDIA[graph_format], headers)
    if result_format in _ROW_MARKS:
        direct = _serialize_within(result, result_format, max_rows)
        if direct is not None:
            body, count = direct
            return Answer(200, body, RESULT_MEDIA[result_format], {"X-KG-Rows": str(count)})
        # past the row limit (or near it): run it again and cut the rows one by one, as below
        result = store.query(text, base_iri=base_iri) if base_iri else store.query(text)
    columns = [v.value for v in result.variables]
    solutions, cut = _take(result, max_rows)
    rows = [list(solution) for solution in solutions]
    body = render_rows(columns, rows, result_format)
    headers = {"X-KG-Rows": str(len(rows))}
    if cut:
        headers |= {"X-KG-Truncated": "true", "X-KG-Max-Rows": str(max_rows)}
        if result_format == "table":
            body += f"(cut at the server's limit of {max_rows:,} rows: add LIMIT/OFFSET to page)\n".encode()
    return Answer(200, body, RESULT_MEDIA[result_format], headers)


# For each standard results format, a byte string that occurs at least once per row (TSV and
# CSV end each row with a newline; XML opens each with <result>; JSON separates rows with },{ —
# one fewer than the rows), so that its count bounds the rows written so far from above.
_ROW_MARKS = {"tsv": b"\n", "csv": b"\n", "xml": b"<result>", "json": b"},{"}


class _PastLimit(Exception):
    """Raised from inside the engine's serialiser to stop it once the rows may pass the limit."""


class _BoundedSink:
    """A file-like sink for the engine's serialiser that stops it when the output may hold more than ``limit`` rows.

    The engine writes in chunks of about 8 kB, so at most one chunk is written past the limit.
    """

    def __init__(self, mark: bytes, limit: int) -> None:
        self.mark = mark
        self.limit = limit
        self.chunks: list[bytes] = []
        self.marks = 0
        self.tail = b""

    def write(self, data: bytes) -> int:
        joined = self.tail + bytes(data)
        self.marks += joined.count(self.mark)
        self.tail = joined[-(len(self.mark) - 1) :] if len(self.mark) > 1 else b""
        self.chunks.append(bytes(data))
        if self.marks > self.limit:
            raise _PastLimit
        return len(data)

    def flush(self) -> None:
        """Nothing to flush: the chunks stay in memory."""


def _exact_rows(body: bytes, fmt: str) -> int:
    """The number of rows in an answer the engine wrote in ``fmt`` (for ``X-KG-Rows``)."""
    if fmt == "tsv":  # a newline inside a value is written as \n
        return body.count(b"\n") - 1
    if fmt == "xml":  # a < inside a value is written as &lt;
        return body.count(b"<result>")
    if fmt == "csv":  # rows end with CRLF; a CRLF inside a value is inside quotes ("" is an escaped quote)
        return sum(part.count(b"\r\n") for part in body.split(b'"')[::2]) - 1
    import json

    return len(json.loads(body)["results"]["bindings"])


def _serialize_within(result, fmt: str, max_rows: int) -> tuple[bytes, int] | None:
    """SELECT solutions written by the engine straight into ``fmt`` with their row count, or None when
    they may pass ``max_rows`` (the caller then cuts them row by row).

    Straight from the engine, a 100-row CSV costs a tenth of reading the rows into Python and
    writing them again, and the bytes are the same (tests/test_serve.py compares every format). Past
    the limit the serialiser is stopped within one chunk, and the query runs again to be cut row by row:
    a rare answer pays twice, within the same per-query timeout.
    """
    from kg.output import _results_format

    # CSV and TSV count their header line too; JSON's mark separates rows, so it counts one fewer
    limit = {"tsv": max_rows + 1, "csv": max_rows + 1, "xml": max_rows, "json": max_rows - 1}[fmt]
    sink = _BoundedSink(_ROW_MARKS[fmt], limit)
    try:
        result.serialize(sink, format=_results_format(fmt))
    except _PastLimit:
        return None
    body = b"".join(sink.chunks)
    rows = _exact_rows(body, fmt)
    return (body, rows) if rows <= max_rows else None


def sparql_job(
    graph: Graph, text: str, result_format: str, graph_format: str, max_rows: int, base_iri: str | None
) -> Answer:
    """A worker's job for ``/sparql``: :func:`execute` with positional arguments."""
    return execute(
        graph.store, text, result_format=result_format, graph_format=graph_format, max_rows=max_rows, base_iri=base_iri
    )


def named_job(
    graph: Graph, query, params: Mapping[str, str], result_format: str, graph_format: str, max_rows: int
) -> Answer:
    """A worker's job for ``/queries/NAME``: bind the parameters (400 when wrong), run, render.

    The graph's one name index is built in each worker at its first name, and kept while it lives.
    """
    from kg.queries import bind_params, bound_query, engine_text

    try:
        bindings = bind_params(query, params, resolve_actor=graph.resolve)
    except KgError as exc:  # an unknown parameter or actor, a value of the wrong kind
        return Answer(400, (str(exc).rstrip("\n") + "\n").encode())
    return execute(
        graph.store,
        engine_text(graph.store, bound_query(query.text, bindings), bindings),  # as kg query runs it
        result_format=result_format,
        graph_format=graph_format,
        max_rows=max_rows,
    )


def view_job(graph: Graph, lang: str) -> Answer:
    """A worker's job for ``/view``: the network page (``kg view``) of the served graph in ``lang``.

    It runs in a worker like a query, under the same time and memory limits: drawing a large graph
    takes seconds and hundreds of MB, which the server's own process must never spend unbounded.
    """
    from kg.projection import build
    from kg.view import DEFAULT_TITLES, render_html

    # the projection's columns, as kg view reads them (no networkx graph on the way)
    page = render_html(build(graph.store, lang=lang), title=DEFAULT_TITLES[lang], lang=lang)
    return Answer(200, page.encode("utf-8"), "text/html; charset=utf-8")


def warm_up() -> None:
    """Import what a worker's jobs need and set up the query parser once, in the workers' template.

    A fresh worker (each replacement of a killed one too) would otherwise spend ~0.7 s on its
    first query that needs the full check.
    """
    import pyoxigraph  # noqa: F401

    import kg.output
    import kg.resolve  # noqa: F401
    from kg.queries import check_query

    check_query("SELECT * WHERE { ?s ?p ?o }")


def _ranked(accept: str) -> tuple[str | None, str | None]:
    """The (results format, graph format) an ``Accept`` value ranks first, ``None`` where it names none."""
    results, graph = None, None
    ranked = []
    for n, part in enumerate(accept.split(",")):
        media, *params = [p.strip() for p in part.split(";")]
        q = 1.0
        for param in params:
            if param.startswith("q="):
                try:
                    q = float(param[2:])
                except ValueError:
                    q = 0.0
        if media and q > 0:
            ranked.append((-q, n, media.lower()))
    for _, _, media in sorted(ranked):
        if results is None and media in RESULT_TYPES:
            results = RESULT_TYPES[media]
        if graph is None and media in GRAPH_TYPES:
            graph = GRAPH_TYPES[media]
    return results, graph


def _format_param(value: str) -> tuple[str | None, str | None]:
    """What one ``format`` value asks: a name (``csv``) gives both formats, a media type (as SPARQLWrapper
    sends) the ones it names."""
    if "/" in value:
        return _ranked(value)
    if value.lower() not in FORMAT_PARAM:
        raise _Refused(400, f"unknown format {shown(value)}; use one of: {', '.join(sorted(FORMAT_PARAM))}")
    return FORMAT_PARAM[value.lower()]


def negotiate(accept: str | None, fmt: str | Sequence[str] | None) -> tuple[str, str]:
    """The (results format, graph format) for an ``Accept`` header and the request's ``format`` values.

    ``format`` wins over ``Accept``; an empty one says nothing. Given more than once it must ask the
    same formats each time (SPARQLWrapper sends ``format=tsv&format=text/tab-separated-values``, and
    ``format=json-ld&format=``): values that ask different ones are refused as a parameter given twice
    (:func:`kg.protocol.given_twice`), never read as the last one.

    >>> negotiate("text/csv;q=0.5, application/sparql-results+xml", None)
    ('xml', 'turtle')
    >>> negotiate(None, "table")
    ('table', 'turtle')
    >>> negotiate(None, ["tsv", "text/tab-separated-values", ""])
    ('tsv', 'nt')
    """
    values = [fmt] if isinstance(fmt, str) else list(fmt or ())
    chosen: list[str | None] = [None, None]  # results, graph
    chosen_by = ["", ""]  # the value that chose each
    for value in values:
        if not value.strip():
            continue
        for i, asked in enumerate(_format_param(value)):
            if asked is not None and chosen[i] is None:
                chosen[i], chosen_by[i] = asked, value
            elif asked is not None and asked != chosen[i]:
                problem = given_twice("format", chosen_by[i], value)
                raise _Refused(problem.status, problem.message)
    from_accept = _ranked(accept or "") if None in chosen else (None, None)
    return chosen[0] or from_accept[0] or "json", chosen[1] or from_accept[1] or "turtle"


def _charset(content_type: str) -> str:
    """The declared charset of a Content-Type header, ``utf-8`` when none is given.

    >>> _charset("application/sparql-query; charset=UTF-16"), _charset("text/plain")
    ('utf-16', 'utf-8')
    """
    match = re.search(r"charset\s*=\s*\"?([A-Za-z0-9._-]+)", content_type)
    return match.group(1).lower() if match else "utf-8"


def query_page(*, queries: list[dict[str, Any]], limits: Mapping[str, Any], triples: int) -> tuple[bytes, str]:
    """The query page served at ``/`` and its Content-Security-Policy (one inline script, allowed by its hash).

    The named queries, limits and prefixes go in as JSON data; the script writes every value with
    ``textContent``, never as HTML. The page asks only its own server (``connect-src 'self'``).
    """
    from kg.view import _json_for_script
    from kg.vocab import ID, sparql_prologue

    config = {
        "queries": queries,
        "limits": dict(limits),
        "triples": triples,
        "prologue": sparql_prologue(),
        "id_prefix": ID,
    }
    template = Path(__file__).with_name("_query_page.html").read_text(encoding="utf-8")
    page = template.replace("@@KG_CONFIG@@", _json_for_script(config))
    scripts = re.findall(r"<script>(.*?)</script>", page, flags=re.S)
    styles = re.findall(r"<style>(.*?)</style>", page, flags=re.S)

    def digest(text: str) -> str:
        return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"

    policy = (
        f"default-src 'none'; script-src {' '.join(map(digest, scripts))}; style-src {' '.join(map(digest, styles))}; "
        "connect-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
    )
    return page.encode("utf-8"), policy


_LOGFMT_BARE = re.compile(r"[!#-<>-\[\]-~]+")  # printable ASCII but space, '"', '=' and '\\'


def _logfmt(value: str) -> str:
    r"""``value`` as one logfmt field value: bare when it is plain, else quoted with JSON escapes, so
    a path holding a line break, a space or a quote (``/x%0Atime=…``) cannot add or split a line.

    >>> print(_logfmt("/queries/stances"), _logfmt("/x\ny z"))
    /queries/stances "/x\ny z"
    """
    return value if _LOGFMT_BARE.fullmatch(value) else json.dumps(value)


_ORIGIN = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://[^/?#\s]+")


def check_origin(origin: str) -> str:
    """``origin`` as ``--cors-origin`` takes it: ``*``, or ``scheme://host[:port]`` as a browser sends it
    in ``Origin`` (only an exact match is let through, so anything else would match no page).

    >>> check_origin("https://yasgui.example")
    'https://yasgui.example'
    >>> check_origin("https://yasgui.example/")
    Traceback (most recent call last):
    ...
    kg.errors.KgError: 'https://yasgui.example/' is not an origin: drop the trailing '/' (a browser sends scheme://host[:port], and only an exact match may read answers)
    """
    if origin == "*" or _ORIGIN.fullmatch(origin):
        return origin
    if _ORIGIN.fullmatch(origin.rstrip("/")):
        hint = "drop the trailing '/'"
    elif _ORIGIN.match(origin):
        hint = "give only scheme://host[:port], without a path"
    else:
        hint = "write scheme://host[:port], e.g. https://yasgui.example"
    raise KgError(
        f"{shown(origin)} is not an origin: {hint} (a browser sends scheme://host[:port], "
        "and only an exact match may read answers)"
    )


class AccessLog:
    """ASGI middleware: one logfmt line per request on ``stream`` (time, method, route, status, rows, ms)."""

    def __init__(self, app, *, stream: TextIO) -> None:
        self.app = app
        self.stream = stream

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        seen: dict[str, Any] = {"status": 500, "rows": "-"}

        async def watch(message) -> None:
            if message["type"] == "http.response.start":
                seen["status"] = message["status"]
                for name, value in message.get("headers", []):
                    if name.lower() == b"x-kg-rows":
                        seen["rows"] = value.decode("latin-1")
            await send(message)

        try:
            await self.app(scope, receive, watch)
        finally:
            stamp = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"
            elapsed = (time.perf_counter() - started) * 1000
            route = _logfmt(scope.get("path", ""))
            print(
                f"time={stamp} method={_logfmt(scope.get('method', ''))} route={route} status={seen['status']} "
                f"rows={seen['rows']} ms={elapsed:.1f}",
                file=self.stream,
                flush=True,
            )


def make_app(
    store,
    *,
    timeout_s: float = DEFAULT_TIMEOUT_S,
    max_rows: int = DEFAULT_MAX_ROWS,
    max_concurrent: int = DEFAULT_MAX_CONCURRENT,
    spare: int = DEFAULT_SPARE,
    spare_timeout_s: float = DEFAULT_SPARE_TIMEOUT_S,
    max_waiting: int = DEFAULT_MAX_WAITING,
    max_memory_mb: int | None = DEFAULT_MAX_MEMORY_MB,
    queue_s: float | None = None,
    max_query_bytes: int = MAX_QUERY_BYTES,
    graph_iri: str = SERVED_GRAPH,
    base_iri: str | None = None,
    cors_origins: Sequence[str] = ("*",),
    log: TextIO | None = None,
    host: str | None = None,
    port: int | None = None,
    allow_hosts: Sequence[str] = (),
):
    """The ASGI application serving ``store`` read-only, with its query workers (``app.state.pool``).

    Make it before starting threads and before the server listens (the workers' template process is
    forked here; it closes the sockets it inherits, so a port bound already, as :func:`serve` binds it
    first, is never held by a worker), and close ``app.state.pool`` when done (:func:`serve` does).

    :param timeout_s: the time limit of one query, in seconds (503 after it; its worker is killed).
    :param max_rows: the most rows (or triples) an answer holds; more are cut and flagged.
    :param max_concurrent: worker processes running queries with the full time limit.
    :param spare: more workers, used only while those are all busy, with ``spare_timeout_s``.
    :param max_waiting: how many queries may wait for a worker (503 with ``Retry-After`` beyond).
    :param max_memory_mb: how much memory one query may take in its worker (503 beyond; None: no limit).
    :param queue_s: how long a query may wait for a worker before a 503 (at most ``timeout_s``).
    :param max_query_bytes: the longest query text accepted (413 beyond).
    :param graph_iri: the name of the served graph, which ``default-graph-uri`` may give.
    :param base_iri: the base IRI of relative IRIs in queries; the endpoint's own address by default.
    :param cors_origins: origins whose pages may read answers (``*``: any); empty turns CORS off.
    :param log: where to write one access-log line per request (``None``: no log).
    :param host: the address served, and ``port``: ``Host`` must name it or loopback (any port when None).
    :param allow_hosts: more ``Host`` names to answer, e.g. the name a reverse proxy forwards.
    """
    import asyncio

    from starlette.applications import Starlette
    from starlette.middleware import Middleware
    from starlette.middleware.cors import CORSMiddleware
    from starlette.requests import Request
    from starlette.responses import JSONResponse, Response
    from starlette.routing import Route

    from kg.guard import Guard, allowed_hosts
    from kg.queries import list_queries
    from kg.worker import Busy, OutOfMemory, QueryPool, StartFailed, WorkerError

    if timeout_s <= 0 or max_rows < 1 or max_concurrent < 1 or spare < 0 or spare_timeout_s <= 0:
        raise KgError("the time limits, row limit and concurrency must be positive")
    wait_s = min(timeout_s, DEFAULT_QUEUE_S) if queue_s is None else queue_s
    named = {q.name: q for q in list_queries()}
    # The graph does not change while it is served: each worker keeps the Graph's one name index.
    served = store if isinstance(store, Graph) else Graph(store)
    store = served.store
    pool = QueryPool(
        served,
        workers=max_concurrent,
        spare=spare,
        spare_timeout_s=min(spare_timeout_s, timeout_s),
        max_waiting=max_waiting,
        max_memory_mb=max_memory_mb,
        warm_up=warm_up,
    )

    def text_response(status: int, message: str, headers: Mapping[str, str] | None = None) -> Response:
        return Response(
            message.rstrip("\n") + "\n",
            status_code=status,
            media_type="text/plain; charset=utf-8",
            headers=dict(headers or {}),
        )

    def query_error(exc: QueryError) -> _Refused:
        """Syntax errors are the client's mistake (400); SERVICE, LOAD, FROM and updates are refused (403)."""
        text = str(exc)
        return _Refused(400 if text.startswith("SPARQL syntax error") else 403, text)

    async def answer(job, *args, cost_key: int, past_limit: Callable[[Exception], str] | None = None) -> Response:
        """Run a job in a worker process and turn what comes back into a response.

        ``cost_key`` names the query and its formats, so that the pool's waiting line can serve the
        ones that ran shortest before first. ``past_limit`` words the 503 of a job that passed its time
        or memory limit, when it is not a query.
        """
        try:
            result = await pool.run_async(job, *args, timeout_s=timeout_s, queue_s=wait_s, cost_key=cost_key)
        except (Busy, StartFailed) as exc:  # passing: a worker frees up, or the pool starts one again
            return text_response(503, str(exc), {"Retry-After": str(exc.retry_after_s)})
        except (QueryTimeout, OutOfMemory) as exc:
            return text_response(503, str(exc) if past_limit is None else past_limit(exc))
        except QueryError as exc:
            refused = query_error(exc)
            return text_response(refused.status, refused.message)
        except (KgError, WorkerError) as exc:
            return text_response(500, str(exc))
        return Response(result.body, status_code=result.status, media_type=result.media_type, headers=result.headers)

    async def read_query(request: Request, url_params: list[tuple[str, str]]) -> ProtocolRequest:
        """The protocol request: GET/HEAD parameters, a form POST, or a direct POST of the query."""
        form_params: list[tuple[str, str]] = []
        body_query = None
        if request.method not in ("GET", "HEAD"):
            content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
            charset = _charset(request.headers.get("content-type", ""))
            if charset not in ("utf-8", "utf8", "us-ascii", "ascii"):
                raise _Refused(415, f"the body is declared as {charset}: send it as UTF-8")
            if content_type == "application/x-www-form-urlencoded":
                body = await request.body()
                if len(body) > max_query_bytes * 3:  # percent-encoding makes a form up to 3 times longer
                    raise _Refused(413, f"the query is longer than {max_query_bytes:,} bytes")
                try:
                    body.decode("ascii")
                    form_params = parse_query_string(body, errors="strict")
                except (UnicodeDecodeError, ValueError):
                    raise _Refused(400, "the form is not valid application/x-www-form-urlencoded UTF-8") from None
            elif content_type == "application/sparql-query":
                body = await request.body()
                if len(body) > max_query_bytes:
                    raise _Refused(413, f"the query is longer than {max_query_bytes:,} bytes")
                try:
                    body_query = body.decode("utf-8")
                except UnicodeDecodeError:
                    raise _Refused(400, "the query is not UTF-8 text") from None
            elif content_type == "application/sparql-update":
                raise _Refused(403, "updates are refused: this endpoint is read-only")
            else:
                raise _Refused(
                    415,
                    "send the query as application/sparql-query or as a form field 'query' "
                    "(application/x-www-form-urlencoded)",
                )
        try:
            asked = protocol_request(url_params, form_params, body_query=body_query, graph=graph_iri)
        except ProtocolError as exc:
            raise _Refused(exc.status, exc.message) from None
        if asked.query is not None:
            if not asked.query.strip():
                raise _Refused(
                    400,
                    "the query is empty: send ?query=SELECT… (GET), a form field 'query' or an "
                    "application/sparql-query body (POST)",
                )
            if len(asked.query.encode("utf-8")) > max_query_bytes:
                raise _Refused(413, f"the query is longer than {max_query_bytes:,} bytes")
        return asked

    def endpoint_iri(request: Request) -> str:
        return base_iri or str(request.url.replace(query="", fragment=""))

    def description(request: Request, graph_format: str) -> Response:
        """GET /sparql without a query: the SPARQL 1.1 Service Description, in the asked RDF format."""
        import pyoxigraph

        from kg.store import FORMATS

        triples = service_description(endpoint_iri(request), graph=graph_iri, triples=len(store))
        body = pyoxigraph.serialize(triples, format=getattr(pyoxigraph.RdfFormat, FORMATS[graph_format])) or b""
        return Response(body, media_type=GRAPH_MEDIA[graph_format], headers={"Vary": "Accept"})

    def url_params(request: Request) -> list[tuple[str, str]]:
        """The URL's parameters, in order, repeated names kept; every route reads them here.

        :raises _Refused: 400 when they are not UTF-8 (read as U+FFFD they would make other errors).
        """
        try:
            return parse_query_string(request.scope.get("query_string", b""), errors="strict")
        except UnicodeDecodeError:
            raise _Refused(
                400, "the URL's query string is not valid UTF-8: percent-encode the query's UTF-8 bytes"
            ) from None

    async def sparql(request: Request) -> Response:
        try:
            asked = await read_query(request, url_params(request))
            result_format, graph_format = negotiate(request.headers.get("accept"), asked.formats)
        except _Refused as exc:
            return text_response(exc.status, exc.message, exc.headers)
        if asked.query is None:
            if request.method in ("GET", "HEAD"):
                return description(request, graph_format)
            return text_response(
                400,
                "no query: send ?query=SELECT… (GET), a form field 'query' or an application/sparql-query body (POST)",
            )
        text, base = asked.query, endpoint_iri(request)
        cost_key = hash((text, result_format, graph_format))
        response = await answer(sparql_job, text, result_format, graph_format, max_rows, base, cost_key=cost_key)
        response.headers["Vary"] = "Accept"
        return response

    async def update(request: Request) -> Response:
        return text_response(403, "updates are refused: this endpoint is read-only")

    def query_list() -> list[dict[str, Any]]:
        return [
            {
                "name": q.name,
                "title": q.title,
                "description": q.description,
                "params": [
                    {"name": p.name, "kind": p.kind, "optional": p.optional, "default": p.default, "doc": p.doc}
                    for p in q.params
                ],
                "returns": list(q.returns),
                "url": f"/queries/{q.name}",
            }
            for q in named.values()
        ]

    limits = {
        "timeout_s": timeout_s,
        "max_rows": max_rows,
        "max_concurrent": max_concurrent,
        "spare": spare,
        "spare_timeout_s": pool.spare_timeout_s,
    }

    async def index(request: Request) -> Response:
        """The query page for browsers; a plain-text summary for everyone else (curl)."""
        accept = request.headers.get("accept", "")
        if "text/html" in accept:
            page, policy = query_page(queries=query_list(), limits=limits, triples=len(store))
            return Response(
                page,
                media_type="text/html; charset=utf-8",
                headers={"Content-Security-Policy": policy, "Vary": "Accept"},
            )
        lines = [
            "kg serve: a read-only SPARQL endpoint over the reform graph.",
            "",
            "GET  /                         this summary; the query page in a browser",
            "GET  /sparql?query=SELECT…      SPARQL 1.1 Protocol (also POST, and /query); without a query,",
            "                               the service description",
            "GET  /queries                  the named queries, as JSON",
            "GET  /queries/NAME?actor=…     one named query (format=json|csv|tsv|xml|table)",
            "GET  /view                     the network view of the served graph",
            "GET  /health                   liveness and the query workers' state, as JSON",
            "",
            (
                f"limits: {timeout_s:g} s per query, {max_rows:,} rows per answer, {max_concurrent} queries at once "
                f"(and {spare} more of up to {pool.spare_timeout_s:g} s while those run)"
            ),
        ]
        return text_response(200, "\n".join(lines), {"Vary": "Accept"})

    async def health(request: Request) -> Response:
        """What the workers do (:meth:`kg.worker.QueryPool.stats`): ``status`` is "ok" while every worker is
        ready, running or starting, "degraded" while some that failed to start are not ready since (they wait
        for their restart, ``restart_in_s``, or are being started again), "failing" when none can start again
        (the workers' template is gone, ``error`` says why: restart the server).

        "failing" answers 503 (same body), the others 200: load balancers and container health checks
        read the status code, and only a restart mends a server that cannot start workers.
        """
        workers = pool.stats()
        if not workers["can_start"]:
            status = "failing"
        else:
            status = "ok" if not workers["failed"] else "degraded" if workers["restart_in_s"] is not None else "failing"
        return JSONResponse(
            {"status": status, "triples": len(store), "running": pool.running, "workers": workers, "limits": limits},
            status_code=503 if status == "failing" else 200,
        )

    view_cache: dict[str, bytes] = {}
    view_drawing: dict[str, asyncio.Future[Response]] = {}  # one drawing per language at a time, shared

    def view_past_limit(exc: Exception) -> str:
        if isinstance(exc, OutOfMemory):
            limit = f"the memory limit of {max_memory_mb} MB" if max_memory_mb else "the memory it could get"
            longer = "a larger --max-memory"
        else:
            limit = f"the time limit of {timeout_s:g} s"
            longer = "a longer --timeout"
        return (
            f"the network view of this graph needed more than {limit} and was stopped; draw it on the server's "
            f"machine with kg view, or start kg serve with {longer}"
        )

    async def view(request: Request) -> Response:
        """The network view (``kg view``) of the served graph, drawn in a worker on first request (under the
        queries' time and memory limits) and kept."""
        try:
            lang = one_value_each(url_params(request), names=("lang",)).get("lang", "en")
        except (ProtocolError, _Refused) as exc:
            return text_response(exc.status, exc.message)
        if lang not in ("en", "ru", "kk"):
            return text_response(400, "lang must be en, ru or kk")
        if lang not in view_cache:
            drawing = view_drawing.get(lang)
            if drawing is None:  # the requests that come while it is drawn wait for the same drawing
                drawing = view_drawing[lang] = asyncio.ensure_future(draw_view(lang))
            drawn = await asyncio.shield(drawing)  # a client that leaves does not stop it for the others
            if drawn.status_code != 200:
                return Response(drawn.body, status_code=drawn.status_code, headers=dict(drawn.headers))
        return Response(view_cache[lang], media_type="text/html; charset=utf-8")

    async def draw_view(lang: str) -> Response:
        """Draw the view in a worker and keep it; a failure is not kept (the next request draws again)."""
        try:
            drawn = await answer(view_job, lang, cost_key=hash(("/view", lang)), past_limit=view_past_limit)
            if drawn.status_code == 200:
                view_cache[lang] = bytes(drawn.body)
            return drawn
        finally:
            view_drawing.pop(lang, None)

    async def queries(request: Request) -> Response:
        return JSONResponse(query_list())

    async def named_query(request: Request) -> Response:
        name = request.path_params["name"].replace("_", "-")
        query = named.get(name)
        if query is None:
            return text_response(404, f"no named query {shown(name)}; GET /queries lists them: {', '.join(named)}")
        try:
            items = url_params(request)
            params = one_value_each(item for item in items if item[0] != "format")  # as kg query -p: none wins unseen
            result_format, graph_format = negotiate(
                request.headers.get("accept"), [v for k, v in items if k == "format"]
            )
        except (ProtocolError, _Refused) as exc:
            return text_response(exc.status, exc.message)

        cost_key = hash((name, tuple(sorted(params.items())), result_format, graph_format))
        response = await answer(named_job, query, params, result_format, graph_format, max_rows, cost_key=cost_key)
        response.headers["Vary"] = "Accept"
        return response

    routes = [
        Route("/", index, methods=["GET"]),
        Route("/health", health, methods=["GET"]),
        Route("/view", view, methods=["GET"]),
        Route("/sparql", sparql, methods=["GET", "POST"]),
        Route("/query", sparql, methods=["GET", "POST"]),
        Route("/update", update, methods=["GET", "POST", "PUT", "DELETE", "PATCH"]),
        Route("/queries", queries, methods=["GET"]),
        Route("/queries/{name}", named_query, methods=["GET"]),
    ]
    middleware = []
    cors_origins = [check_origin(origin) for origin in cors_origins]
    if cors_origins:
        middleware.append(
            Middleware(
                CORSMiddleware,
                allow_origins=list(cors_origins),
                allow_methods=["GET", "POST", "HEAD", "OPTIONS"],
                allow_headers=["Accept", "Content-Type"],
                max_age=600,
                expose_headers=["X-KG-Truncated", "X-KG-Max-Rows", "X-KG-Rows", "Retry-After"],
            )
        )
    if log is not None:
        middleware.insert(0, Middleware(AccessLog, stream=log))
    app = Starlette(routes=routes, middleware=middleware)
    app.state.pool = pool
    hosts, any_port = allowed_hosts(host, port, allow_hosts)
    return Guard(app, hosts=hosts, any_port=any_port, max_body_bytes=3 * max_query_bytes)


def server_config(app, *, max_connections: int, header_timeout_s: float, body_timeout_s: float):
    """The uvicorn configuration of ``kg serve``: the guarded h11 protocol, no uvicorn concurrency limit."""
    import uvicorn

    from kg.guard import ConnectionLimits, protocol_class

    limits = ConnectionLimits(
        max_connections=max_connections, header_timeout_s=header_timeout_s, body_timeout_s=body_timeout_s
    )
    return uvicorn.Config(
        app,
        http=protocol_class(limits),
        log_level="warning",
        access_log=False,
        lifespan="off",
        limit_concurrency=None,
        timeout_keep_alive=5,
        timeout_graceful_shutdown=2,
    )


_HOST_LABEL = re.compile(r"(?!-)[A-Za-z0-9-]{1,63}(?<!-)")


def check_host(host: str) -> str:
    """The address ``--host`` names, checked by its spelling alone (no lookup): an IP address (``[::1]``
    loses its brackets) or a host name. So a mistyped host is refused before the server loads or says anything.

    :raises KgError: when ``host`` is neither, with what to give instead.

    >>> check_host("[::1]"), check_host("localhost"), check_host("0.0.0.0")
    ('::1', 'localhost', '0.0.0.0')
    """
    import ipaddress

    bare = host[1:-1] if host.startswith("[") and host.endswith("]") else host
    try:
        return str(ipaddress.ip_address(bare)) if ":" in bare else str(ipaddress.IPv4Address(bare))
    except ValueError:
        pass
    name = bare[:-1] if bare.endswith(".") else bare
    if ":" not in bare and 0 < len(name) <= 253 and all(_HOST_LABEL.fullmatch(label) for label in name.split(".")):
        return bare
    raise KgError(
        f"--host {host!r} is not an IP address or a host name; give an address of this machine "
        "(127.0.0.1, ::1, or 0.0.0.0 for every interface) or a name it resolves itself, such as localhost"
    )


def _resolve(host: str, port: int, timeout_s: float) -> tuple[int, tuple]:
    """The (family, socket address) to bind for a host that :func:`check_host` passed, looked up once.

    An IP address is read as it is, and ``localhost`` (or a name under ``.localhost``, RFC 6761) is the
    loopback address, with no lookup; any other name is resolved as binding to it would (the hosts
    file, then DNS; an IPv4 address first), in a thread given ``timeout_s``: offline, a DNS server
    that does not answer would otherwise hold the start-up for the resolver's own retries (a lookup
    given up on ends later in its daemon thread; nothing waits for it).
    """
    import ipaddress
    import socket
    import threading

    name = host[:-1] if host.endswith(".") else host
    if name.lower() == "localhost" or name.lower().endswith(".localhost"):
        return socket.AF_INET, ("127.0.0.1", port)
    try:
        ipaddress.ip_address(host.split("%", 1)[0])
        numeric = True
    except ValueError:
        numeric = False
    family = socket.AF_INET6 if ":" in host else socket.AF_UNSPEC
    flags = socket.AI_PASSIVE | (socket.AI_NUMERICHOST if numeric else 0)
    outcome: list = []

    def look_up() -> None:
        try:
            outcome.append(socket.getaddrinfo(host, port, family=family, type=socket.SOCK_STREAM, flags=flags))
        except BaseException as exc:  # noqa: BLE001 - handed to the caller, which explains it
            outcome.append(exc)

    if numeric:  # no lookup: answered at once
        look_up()
    else:
        looker = threading.Thread(target=look_up, name="kg-serve-resolve", daemon=True)
        looker.start()
        looker.join(timeout_s)
    if not outcome:
        raise KgError(
            f"cannot listen on {host}: the name did not resolve within {timeout_s:g} s (no DNS server answers: "
            "offline?); give an address of this machine (127.0.0.1, ::1, or 0.0.0.0 for every interface) or a "
            "name in its hosts file, such as localhost"
        )
    found = outcome[0]
    if isinstance(found, socket.gaierror) and numeric and "%" in host:  # an address, with an interface it cannot take
        address, _, interface = host.partition("%")
        if not _link_local(address):
            raise KgError(
                f"cannot listen on {host}: only a link-local address (fe80::…) takes an interface after %; "
                f"give {address}"
            )
        raise KgError(
            f"cannot listen on {host}: this machine has no interface {interface!r}; give one it has "
            f"('ip link' lists them), as in {address}%eth0"
        )
    if isinstance(found, (socket.gaierror, UnicodeError)):
        reason = getattr(found, "strerror", None) or found
        raise KgError(
            f"cannot listen on {host}: the name does not resolve on this machine ({reason}); give an address "
            "of this machine (127.0.0.1, ::1, or 0.0.0.0 for every interface) or a name in its hosts file, such as localhost"
        )
    if isinstance(found, BaseException):
        raise found
    family, _, _, _, address = next((entry for entry in found if entry[0] == socket.AF_INET), found[0])
    return family, address


def _link_local(host: str) -> bool:
    """Whether ``host`` is an IPv6 link-local address (fe80::/10), with its interface (``%eth0``) or not.

    >>> _link_local("fe80::1"), _link_local("fe80::1%lo"), _link_local("::1"), _link_local("localhost")
    (True, True, False, False)
    """
    import ipaddress

    try:
        return ipaddress.IPv6Address(host.split("%", 1)[0]).is_link_local
    except ValueError:
        return False


def _socket_error(exc: OSError, host: str, port: int) -> KgError:
    """What a failed bind or listen means, and what to give instead."""
    import errno

    shown = f"[{host}]" if ":" in host else host
    if exc.errno == errno.EADDRNOTAVAIL:
        return KgError(
            f"cannot listen on {host}: it is not an address of this machine; give one of its own "
            "(127.0.0.1, ::1, or 0.0.0.0 for every interface)"
        )
    if exc.errno == errno.EADDRINUSE:
        return KgError(
            f"cannot listen on {shown}:{port}: the port is in use (another server holds it); "
            "choose another --port, or stop that server"
        )
    if exc.errno == errno.EACCES:
        return KgError(
            f"cannot listen on {shown}:{port}: permission denied (ports below 1024 need privileges); "
            "choose a --port of 1024 or above"
        )
    if exc.errno == errno.EAFNOSUPPORT:
        return KgError(
            f"cannot listen on {host}: this machine has IPv6 turned off; give an IPv4 address "
            "(127.0.0.1, or 0.0.0.0 for every interface)"
        )
    if exc.errno == errno.EINVAL and _link_local(host) and "%" not in host:  # the kernel cannot tell which link
        return KgError(
            f"cannot listen on {host}: a link-local address needs its interface; give it as {host}%eth0 (the "
            "interface's name after %), or another address of this machine (127.0.0.1, ::1, or 0.0.0.0)"
        )
    return KgError(f"cannot listen on {shown}:{port}: {exc.strerror or exc}")


@dataclass
class Bound:
    """A socket bound to the address ``kg serve`` serves, not listening yet: bound, it holds the port (a busy
    one failed already), and clients are refused until :meth:`listen`, once the server is ready. Another
    server that binds the same port meanwhile, also with SO_REUSEADDR and not listening yet (one started at
    the same moment), is not kept out by the bind: whichever listens first has the port, and the other's
    :meth:`listen` fails with the port in use.

    ``host`` is the host as given (checked by :func:`check_host`) and ``port`` the port bound (the one it
    got for port 0).
    """

    sock: socket.socket
    host: str
    port: int

    def listen(self) -> None:
        """Take connections from now on.

        :raises KgError: when another socket took the port meanwhile.
        """
        try:
            self.sock.listen(2048)
        except OSError as exc:
            self.close()
            raise _socket_error(exc, self.host, self.port) from None

    def close(self) -> None:
        """Close the socket (again: no harm)."""
        self.sock.close()

    def reach(self) -> str:
        """Who can reach the address bound, whatever ``host`` was spelt as: "loopback" (this machine only),
        "every interface" (0.0.0.0 or ::) or "network" (one address of this machine).

        >>> bound = bind("LocalHost.", 0)
        >>> bound.reach()
        'loopback'
        >>> bound.close()
        """
        import ipaddress

        address = ipaddress.ip_address(self.sock.getsockname()[0].split("%", 1)[0])
        if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
            address = address.ipv4_mapped
        if address.is_loopback:
            return "loopback"
        return "every interface" if address.is_unspecified else "network"


def bind(host: str, port: int, *, resolve_timeout_s: float | None = None) -> Bound:
    """Check ``host`` (:func:`check_host`), resolve it once (no lookup for an IP address or ``localhost``; a name
    in at most ``resolve_timeout_s``, :data:`RESOLVE_TIMEOUT_S` by default) and bind ``port`` there.

    Done before anything costly (``kg serve`` binds before it loads the graph, :func:`serve` before the
    workers start), so that a wrong host or a busy port fails at once and leaves nothing behind; the
    error says whether the host, the address or the port is wrong.

    :raises KgError: when the host is misspelt, the name does not resolve (in time), the address is
        not this machine's, or the port is taken.

    >>> bound = bind("localhost", 0)
    >>> bound.host, bound.sock.getsockname()[0], bound.port > 0
    ('localhost', '127.0.0.1', True)
    >>> bound.close()
    """
    import socket

    host = check_host(host)
    family, address = _resolve(host, port, RESOLVE_TIMEOUT_S if resolve_timeout_s is None else resolve_timeout_s)
    try:
        sock = socket.socket(family, socket.SOCK_STREAM)  # no IPv6 on this machine: explained as the bind's errors
    except OSError as exc:
        raise _socket_error(exc, host, port) from None
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(address)
    except OSError as exc:
        sock.close()
        raise _socket_error(exc, host, port) from None
    return Bound(sock, host, sock.getsockname()[1])


def serve(
    store,
    *,
    host: str = "127.0.0.1",
    port: int = DEFAULT_PORT,
    timeout_s: float = DEFAULT_TIMEOUT_S,
    max_rows: int = DEFAULT_MAX_ROWS,
    max_concurrent: int = DEFAULT_MAX_CONCURRENT,
    spare: int = DEFAULT_SPARE,
    max_waiting: int = DEFAULT_MAX_WAITING,
    max_memory_mb: int | None = DEFAULT_MAX_MEMORY_MB,
    max_connections: int | None = None,
    header_timeout_s: float | None = None,
    body_timeout_s: float | None = None,
    allow_hosts: Sequence[str] = (),
    cors_origins: Sequence[str] = ("*",),
    log: TextIO | None = None,
    on_listening: Callable[[str, int], Any] | None = None,
    bound: Bound | None = None,
) -> None:
    """Serve ``store`` over HTTP with uvicorn until interrupted (127.0.0.1 unless ``host`` says otherwise).

    The port is bound first (:func:`bind`), then the query workers start, then the socket listens: a
    wrong host or a busy port fails before any worker process is made.

    :param port: the port (0: any free one; ``on_listening`` is told which).
    :param log: where the access log goes, one logfmt line per request (``None``: no log).
    :param on_listening: called with the host and port once the socket is bound and listening, before
        requests are served (``kg serve`` prints its start-up line then, so a server that cannot start never
        announces itself).
    :param bound: a socket :func:`bind` made already, served instead of binding ``host`` and ``port``
        (which are then not used; ``kg serve`` binds before it loads the graph). It is closed on return.
    :raises KgError: when the host is not an address or name, does not resolve, is not this machine's,
        or the port is in use (before any worker starts and before ``on_listening``).
    """
    import uvicorn

    from kg import guard

    if bound is None:
        bound = bind(host, port)
    pool = None
    try:
        app = make_app(  # the workers' template closes the sockets it inherits (kg.worker): the bound one too
            store,
            timeout_s=timeout_s,
            max_rows=max_rows,
            max_concurrent=max_concurrent,
            spare=spare,
            max_waiting=max_waiting,
            max_memory_mb=max_memory_mb,
            cors_origins=cors_origins,
            log=log,
            host=bound.host,
            port=bound.port,
            allow_hosts=allow_hosts,
        )
        pool = app.state.pool
        bound.listen()
        if on_listening is not None:
            on_listening(bound.host, bound.port)
        config = server_config(
            app,
            max_connections=max_connections or guard.DEFAULT_MAX_CONNECTIONS,
            header_timeout_s=header_timeout_s or guard.DEFAULT_HEADER_TIMEOUT_S,
            body_timeout_s=body_timeout_s or guard.DEFAULT_BODY_TIMEOUT_S,
        )
        uvicorn.Server(config).run(sockets=[bound.sock])
    finally:
        bound.close()  # no socket is left to the garbage collector
        if pool is not None:
            pool.close()
