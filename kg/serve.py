"""``kg serve``: a read-only SPARQL 1.1 Protocol endpoint over the graph, and the named queries.

Routes (``make_app``):

- ``GET|POST /sparql`` and ``/query``: the SPARQL 1.1 Protocol. ``GET ?query=``, ``POST`` of a form
  (``application/x-www-form-urlencoded``, field ``query``) or of the query itself
  (``application/sparql-query``). Results follow the ``Accept`` header or ``?format=``: JSON, XML,
  CSV, TSV or a text table for SELECT/ASK; Turtle, N-Triples, RDF/XML or JSON-LD for
  CONSTRUCT/DESCRIBE.
- ``GET /queries``: the named queries, their titles and parameters, as JSON.
- ``GET /queries/NAME?actor=…&lang=…``: one named query with its parameters bound as RDF terms
  (an actor may be given by id, IRI or name), with the same formats (``?format=table`` for text).
- ``/update`` and any update, ``LOAD`` or ``SERVICE``: 403. Bad queries: 400 with a plain-text reason.

Limits (all options of :func:`make_app`):

- **Time**: each query runs in a worker thread; when it takes longer than ``timeout_s`` the client
  gets 503. Oxigraph cannot cancel a running query, so the thread finishes in the background (a
  SELECT or CONSTRUCT stops at the next row it reads) while it keeps its slot.
- **Concurrency**: at most ``max_concurrent`` queries run at once; a query that waits longer than
  ``queue_s`` for a free slot gets 503 with ``Retry-After``. Runaway queries can therefore hold
  at most ``max_concurrent`` threads, and never block the server's event loop.
- **Rows**: SELECT results and CONSTRUCT triples are cut after ``max_rows``; such an answer carries
  the headers ``X-KG-Truncated: true`` and ``X-KG-Max-Rows: N`` (and the table says so). Ask for
  fewer with ``LIMIT``/``OFFSET`` to page through.

The server binds 127.0.0.1 unless told otherwise::

    $ kg serve --store data/reform.oxigraph
    $ curl 'http://127.0.0.1:7700/queries/who-proposed-what?actor=baytaq&format=table'
"""

from __future__ import annotations

import asyncio
import functools
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs

from kg.errors import KgError, QueryError

DEFAULT_PORT = 7700
DEFAULT_TIMEOUT_S = 10.0
DEFAULT_MAX_ROWS = 10_000
DEFAULT_MAX_CONCURRENT = 4
MAX_QUERY_BYTES = 100_000

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
    "nt": ("tsv", "nt"),
    "ntriples": ("tsv", "nt"),
    "n-triples": ("tsv", "nt"),
    "rdfxml": ("xml", "xml"),
    "json-ld": ("json", "json-ld"),
    "jsonld": ("json", "json-ld"),
}


@dataclass(frozen=True)
class Answer:
    """An HTTP answer made in a worker thread."""

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


class _Gate:
    """At most ``slots`` queries at once, each in its own daemon thread, each awaited with a time limit.

    Daemon threads (not an executor) so that a runaway query can never keep the process from
    exiting; the slot is given back when the thread ends, not when the client gave up.
    """

    def __init__(self, slots: int) -> None:
        self.slots = slots
        self._free = threading.BoundedSemaphore(slots)
        self.running = 0
        self._lock = threading.Lock()

    async def run(self, work: Callable[[float], Answer], *, queue_s: float, timeout_s: float) -> Answer:
        loop = asyncio.get_running_loop()
        give_up = loop.time() + queue_s
        while not self._free.acquire(blocking=False):
            if loop.time() >= give_up:
                raise _Refused(503, f"the server is busy: {self.slots} queries are running; try again shortly",
                               {"Retry-After": "1"})
            await asyncio.sleep(0.005)
        future: asyncio.Future = loop.create_future()
        deadline = time.monotonic() + timeout_s

        def deliver(ok: bool, value: Any) -> None:
            if not future.done():
                (future.set_result if ok else future.set_exception)(value)

        def thread_main() -> None:
            with self._lock:
                self.running += 1
            try:
                value, ok = work(deadline), True
            except BaseException as exc:  # delivered to the request, which turns it into a status
                value, ok = _detached(exc), False
            finally:
                with self._lock:
                    self.running -= 1
                self._free.release()
            try:
                loop.call_soon_threadsafe(deliver, ok, value)
            except RuntimeError:
                pass  # the event loop has closed: nobody is waiting any more

        try:
            threading.Thread(target=thread_main, name="kg-query", daemon=True).start()
        except BaseException:
            self._free.release()
            raise
        try:
            return await asyncio.wait_for(future, timeout_s)
        except asyncio.TimeoutError:
            raise _Refused(
                503, f"the query ran longer than the time limit of {timeout_s:g} s; narrow it or add a LIMIT"
            ) from None


class _TimeUp(Exception):
    pass


def _detached(exc: BaseException) -> BaseException:
    """The exception without its traceback or chained exceptions.

    Their frames may hold engine result objects, which must be freed in the thread that made
    them (Oxigraph's results are bound to their thread): drop them here, in the worker.
    """
    seen = exc
    while seen is not None:
        seen.__traceback__ = None
        nxt = seen.__context__ or seen.__cause__
        seen.__context__ = seen.__cause__ = None
        seen = nxt
    return exc


def _take(results, limit: int, deadline: float) -> tuple[list, bool]:
    """Up to ``limit`` items of a result iterator, and whether there were more; stops at the deadline."""
    items: list = []
    for n, item in enumerate(results):
        if n >= limit:
            return items, True
        if n % 1000 == 999 and time.monotonic() > deadline:
            raise _TimeUp()
        items.append(item)
    return items, False


def execute(store, text: str, *, result_format: str = "json", graph_format: str = "turtle",
            max_rows: int = DEFAULT_MAX_ROWS, deadline: float | None = None) -> Answer:
    """Check and run one query, read at most ``max_rows`` rows, and render the answer.

    This is what a worker thread does for each request; it is usable without HTTP too.

    :raises QueryError: for a syntax error or a refused query (SERVICE, LOAD, FROM, updates).

    >>> from kg.store import build_store
    >>> answer = execute(build_store(), "SELECT (COUNT(*) AS ?n) WHERE { ?s a ?c }", result_format="csv")
    >>> answer.status, answer.media_type, answer.body.splitlines()[0]
    (200, 'text/csv; charset=utf-8', b'n')
    """
    import pyoxigraph

    from kg.output import render_results, render_rows
    from kg.queries import check_query, plainly_safe

    deadline = deadline if deadline is not None else time.monotonic() + 3600
    if not plainly_safe(text):
        check_query(text)
    try:
        result = store.query(text)
    except SyntaxError as exc:
        check_query(text)
        raise QueryError(f"SPARQL syntax error: {exc}") from None
    except OSError as exc:
        raise KgError(f"the query failed: {exc}") from None
    headers: dict[str, str] = {}
    if isinstance(result, pyoxigraph.QueryBoolean):
        return Answer(200, render_results(result, result_format), RESULT_MEDIA[result_format])
    if isinstance(result, pyoxigraph.QueryTriples):
        from kg.store import FORMATS

        triples, cut = _take(result, max_rows, deadline)
        if cut:
            headers = {"X-KG-Truncated": "true", "X-KG-Max-Rows": str(max_rows)}
        rdf_format = getattr(pyoxigraph.RdfFormat, FORMATS[graph_format])
        body = pyoxigraph.serialize(triples, format=rdf_format) or b""
        return Answer(200, body, GRAPH_MEDIA[graph_format], headers)
    columns = [v.value for v in result.variables]
    solutions, cut = _take(result, max_rows, deadline)
    rows = [list(solution) for solution in solutions]
    body = render_rows(columns, rows, result_format)
    if cut:
        headers = {"X-KG-Truncated": "true", "X-KG-Max-Rows": str(max_rows)}
        if result_format == "table":
            body += f"(cut at the server's limit of {max_rows:,} rows: add LIMIT/OFFSET to page)\n".encode()
    return Answer(200, body, RESULT_MEDIA[result_format], headers)


def negotiate(accept: str | None, fmt: str | None) -> tuple[str, str]:
    """The (results format, graph format) for an ``Accept`` header and an optional ``?format=``.

    >>> negotiate("text/csv;q=0.5, application/sparql-results+xml", None)
    ('xml', 'turtle')
    >>> negotiate(None, "table")
    ('table', 'turtle')
    """
    if fmt and "/" in fmt:  # a media type, as some clients (SPARQLWrapper) send: negotiate it first
        return negotiate(f"{fmt}, {accept}" if accept else fmt, None)
    if fmt:
        if fmt.lower() not in FORMAT_PARAM:
            raise _Refused(400, f"unknown format {fmt!r}; use one of: {', '.join(sorted(FORMAT_PARAM))}")
        return FORMAT_PARAM[fmt.lower()]
    results, graph = None, None
    ranked = []
    for n, part in enumerate((accept or "").split(",")):
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
    return results or "json", graph or "turtle"


def make_app(
    store,
    *,
    timeout_s: float = DEFAULT_TIMEOUT_S,
    max_rows: int = DEFAULT_MAX_ROWS,
    max_concurrent: int = DEFAULT_MAX_CONCURRENT,
    queue_s: float | None = None,
    max_query_bytes: int = MAX_QUERY_BYTES,
):
    """The starlette application serving ``store`` read-only.

    :param timeout_s: the time limit of one query, in seconds (503 after it).
    :param max_rows: the most rows (or triples) an answer holds; more are cut and flagged.
    :param max_concurrent: how many queries run at once; the others wait for a slot.
    :param queue_s: how long a query may wait for a slot before a 503; ``timeout_s`` by default.
    :param max_query_bytes: the longest query text accepted (413 beyond).
    """
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import JSONResponse, Response
    from starlette.routing import Route

    from kg.queries import list_queries

    if timeout_s <= 0 or max_rows < 1 or max_concurrent < 1:
        raise KgError("the time limit, row limit and concurrency must be positive")
    from kg.queries import actor_resolver

    gate = _Gate(max_concurrent)
    wait_s = timeout_s if queue_s is None else queue_s
    named = {q.name: q for q in list_queries()}
    # The graph does not change while it is served: resolve each actor name once (failures are not kept).
    resolve_actor = functools.lru_cache(maxsize=4096)(actor_resolver(store))

    def text_response(status: int, message: str, headers: Mapping[str, str] | None = None) -> Response:
        return Response(message.rstrip("\n") + "\n", status_code=status, media_type="text/plain; charset=utf-8",
                        headers=dict(headers or {}))

    def query_error(exc: QueryError) -> _Refused:
        """Syntax errors are the client's mistake (400); SERVICE, LOAD, FROM and updates are refused (403)."""
        text = str(exc)
        return _Refused(400 if text.startswith("SPARQL syntax error") else 403, text)

    async def answer(work: Callable[[float], Answer]) -> Response:
        try:
            result = await gate.run(work, queue_s=wait_s, timeout_s=timeout_s)
        except _Refused as exc:
            return text_response(exc.status, exc.message, exc.headers)
        except _TimeUp:
            return text_response(503, f"the query ran longer than the time limit of {timeout_s:g} s")
        except QueryError as exc:
            refused = query_error(exc)
            return text_response(refused.status, refused.message)
        except KgError as exc:
            return text_response(500, str(exc))
        return Response(result.body, status_code=result.status, media_type=result.media_type, headers=result.headers)

    async def read_query(request: Request) -> str:
        params = request.query_params
        if "update" in params:
            raise _Refused(403, "updates are refused: this endpoint is read-only")
        if "default-graph-uri" in params or "named-graph-uri" in params:
            raise _Refused(400, "default-graph-uri and named-graph-uri are not supported: the endpoint serves one graph")
        if request.method == "GET":
            text = params.get("query")
        else:
            content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
            if content_type == "application/x-www-form-urlencoded":
                body = await request.body()
                if len(body) > max_query_bytes * 3:  # percent-encoding makes a form up to 3 times longer
                    raise _Refused(413, f"the query is longer than {max_query_bytes:,} bytes")
                try:
                    form = parse_qs(body.decode("ascii"), keep_blank_values=True, errors="strict")
                except (UnicodeDecodeError, ValueError):
                    raise _Refused(400, "the form is not valid application/x-www-form-urlencoded UTF-8") from None
                if "update" in form:
                    raise _Refused(403, "updates are refused: this endpoint is read-only")
                text = (form.get("query") or [None])[0] or params.get("query")
            elif content_type == "application/sparql-query":
                body = await request.body()
                if len(body) > max_query_bytes:
                    raise _Refused(413, f"the query is longer than {max_query_bytes:,} bytes")
                try:
                    text = body.decode("utf-8")
                except UnicodeDecodeError:
                    raise _Refused(400, "the query is not UTF-8 text") from None
            elif content_type == "application/sparql-update":
                raise _Refused(403, "updates are refused: this endpoint is read-only")
            else:
                raise _Refused(415, "send the query as application/sparql-query or as a form field 'query' "
                                    "(application/x-www-form-urlencoded)")
        if not text or not str(text).strip():
            raise _Refused(400, "no query: send ?query=SELECT… (GET), a form field 'query' or an "
                                "application/sparql-query body (POST)")
        text = str(text)
        if len(text.encode("utf-8")) > max_query_bytes:
            raise _Refused(413, f"the query is longer than {max_query_bytes:,} bytes")
        return text

    async def sparql(request: Request) -> Response:
        try:
            text = await read_query(request)
            result_format, graph_format = negotiate(request.headers.get("accept"), request.query_params.get("format"))
        except _Refused as exc:
            return text_response(exc.status, exc.message, exc.headers)
        return await answer(lambda deadline: execute(
            store, text, result_format=result_format, graph_format=graph_format, max_rows=max_rows, deadline=deadline,
        ))

    async def update(request: Request) -> Response:
        return text_response(403, "updates are refused: this endpoint is read-only")

    async def index(request: Request) -> Response:
        lines = [
            "kg serve: a read-only SPARQL endpoint over the reform graph.",
            "",
            "GET  /sparql?query=SELECT…      SPARQL 1.1 Protocol (also POST, and /query)",
            "GET  /queries                  the named queries, as JSON",
            "GET  /queries/NAME?actor=…     one named query (format=json|csv|tsv|xml|table)",
            "",
            f"limits: {timeout_s:g} s per query, {max_rows:,} rows per answer, {max_concurrent} queries at once",
        ]
        return text_response(200, "\n".join(lines))

    async def queries(request: Request) -> Response:
        items = [
            {
                "name": q.name,
                "title": q.title,
                "description": q.description,
                "params": [{"name": p.name, "kind": p.kind, "optional": p.optional, "default": p.default, "doc": p.doc}
                           for p in q.params],
                "returns": list(q.returns),
                "url": f"/queries/{q.name}",
            }
            for q in named.values()
        ]
        return JSONResponse(items)

    async def named_query(request: Request) -> Response:
        from kg.queries import bind_params, with_values

        name = request.path_params["name"].replace("_", "-")
        query = named.get(name)
        if query is None:
            return text_response(404, f"no named query '{name}'; GET /queries lists them: {', '.join(named)}")
        params = {k: v for k, v in request.query_params.items() if k != "format"}
        try:
            result_format, graph_format = negotiate(request.headers.get("accept"), request.query_params.get("format"))
        except _Refused as exc:
            return text_response(exc.status, exc.message)

        def work(deadline: float) -> Answer:
            try:
                bindings = bind_params(query, params, resolve_actor=resolve_actor)
            except KgError as exc:  # an unknown parameter or actor, a value of the wrong kind
                raise _Refused(400, str(exc)) from None
            return execute(store, with_values(query.text, bindings), result_format=result_format,
                           graph_format=graph_format, max_rows=max_rows, deadline=deadline)

        return await answer(work)

    routes = [
        Route("/", index, methods=["GET"]),
        Route("/sparql", sparql, methods=["GET", "POST"]),
        Route("/query", sparql, methods=["GET", "POST"]),
        Route("/update", update, methods=["GET", "POST", "PUT", "DELETE", "PATCH"]),
        Route("/queries", queries, methods=["GET"]),
        Route("/queries/{name}", named_query, methods=["GET"]),
    ]
    app = Starlette(routes=routes)
    app.state.gate = gate
    return app


def serve(
    store,
    *,
    host: str = "127.0.0.1",
    port: int = DEFAULT_PORT,
    timeout_s: float = DEFAULT_TIMEOUT_S,
    max_rows: int = DEFAULT_MAX_ROWS,
    max_concurrent: int = DEFAULT_MAX_CONCURRENT,
    log_level: str = "warning",
    access_log: bool = False,
) -> None:
    """Serve ``store`` over HTTP with uvicorn until interrupted (127.0.0.1 unless ``host`` says otherwise).

    :raises KgError: when the address is in use or cannot be bound.
    """
    import socket

    import uvicorn

    app = make_app(store, timeout_s=timeout_s, max_rows=max_rows, max_concurrent=max_concurrent)
    try:
        sock = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
    except OSError as exc:
        raise KgError(f"cannot listen on {host}:{port}: {exc.strerror or exc}; choose another --port") from None
    config = uvicorn.Config(
        app, log_level=log_level, access_log=access_log, limit_concurrency=max(100, 10 * max_concurrent),
        timeout_keep_alive=5,
    )
    server = uvicorn.Server(config)
    server.run(sockets=[sock])

