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
import base64
import hashlib
import re
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, TextIO
from urllib.parse import parse_qsl

from kg.errors import KgError, QueryError
from kg.graph import Graph
from kg.protocol import SERVED_GRAPH, ProtocolError, ProtocolRequest, protocol_request, service_description

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
    "n3": ("json", "turtle"),  # SPARQLWrapper asks format=n3 for CONSTRUCT; Turtle is N3's RDF subset
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
            max_rows: int = DEFAULT_MAX_ROWS, deadline: float | None = None, base_iri: str | None = None) -> Answer:
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
        result = store.query(text, base_iri=base_iri) if base_iri else store.query(text)
    except SyntaxError as exc:
        check_query(text)
        raise QueryError(f"SPARQL syntax error: {exc}") from None
    except OSError as exc:
        raise KgError(f"the query failed: {exc}") from None
    headers: dict[str, str] = {}
    if isinstance(result, pyoxigraph.QueryBoolean):
        return Answer(200, render_results(result, result_format), RESULT_MEDIA[result_format], {"X-KG-Rows": "1"})
    if isinstance(result, pyoxigraph.QueryTriples):
        from kg.store import FORMATS

        triples, cut = _take(result, max_rows, deadline)
        headers = {"X-KG-Rows": str(len(triples))}
        if cut:
            headers |= {"X-KG-Truncated": "true", "X-KG-Max-Rows": str(max_rows)}
        rdf_format = getattr(pyoxigraph.RdfFormat, FORMATS[graph_format])
        body = pyoxigraph.serialize(triples, format=rdf_format) or b""
        return Answer(200, body, GRAPH_MEDIA[graph_format], headers)
    columns = [v.value for v in result.variables]
    solutions, cut = _take(result, max_rows, deadline)
    rows = [list(solution) for solution in solutions]
    body = render_rows(columns, rows, result_format)
    headers = {"X-KG-Rows": str(len(rows))}
    if cut:
        headers |= {"X-KG-Truncated": "true", "X-KG-Max-Rows": str(max_rows)}
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
    from kg.vocab import ID, sparql_prologue
    from kg.view import _json_for_script

    config = {"queries": queries, "limits": dict(limits), "triples": triples, "prologue": sparql_prologue(),
              "id_prefix": ID}
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
            route = scope.get("path", "")
            print(f"time={stamp} method={scope.get('method')} route={route} status={seen['status']} "
                  f"rows={seen['rows']} ms={elapsed:.1f}", file=self.stream, flush=True)


def make_app(
    store,
    *,
    timeout_s: float = DEFAULT_TIMEOUT_S,
    max_rows: int = DEFAULT_MAX_ROWS,
    max_concurrent: int = DEFAULT_MAX_CONCURRENT,
    queue_s: float | None = None,
    max_query_bytes: int = MAX_QUERY_BYTES,
    graph_iri: str = SERVED_GRAPH,
    base_iri: str | None = None,
    cors_origins: Sequence[str] = ("*",),
    log: TextIO | None = None,
):
    """The starlette application serving ``store`` read-only.

    :param timeout_s: the time limit of one query, in seconds (503 after it).
    :param max_rows: the most rows (or triples) an answer holds; more are cut and flagged.
    :param max_concurrent: how many queries run at once; the others wait for a slot.
    :param queue_s: how long a query may wait for a slot before a 503; ``timeout_s`` by default.
    :param max_query_bytes: the longest query text accepted (413 beyond).
    :param graph_iri: the name of the served graph, which ``default-graph-uri`` may give.
    :param base_iri: the base IRI of relative IRIs in queries; the endpoint's own address by default.
    :param cors_origins: origins whose pages may read answers (``*``: any); empty turns CORS off.
    :param log: where to write one access-log line per request (``None``: no log).
    """
    from starlette.applications import Starlette
    from starlette.middleware import Middleware
    from starlette.middleware.cors import CORSMiddleware
    from starlette.requests import Request
    from starlette.responses import JSONResponse, Response
    from starlette.routing import Route

    from kg.queries import list_queries

    if timeout_s <= 0 or max_rows < 1 or max_concurrent < 1:
        raise KgError("the time limit, row limit and concurrency must be positive")
    gate = _Gate(max_concurrent)
    wait_s = timeout_s if queue_s is None else queue_s
    named = {q.name: q for q in list_queries()}
    # The graph does not change while it is served: the Graph's one name index and its answers serve every query.
    served = store if isinstance(store, Graph) else Graph(store)
    store = served.store
    resolve_actor = served.resolve

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

    async def read_query(request: Request) -> ProtocolRequest:
        """The protocol request: GET/HEAD parameters, a form POST, or a direct POST of the query."""
        url_params = request.query_params.multi_items()
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
                    form_params = parse_qsl(body.decode("ascii"), keep_blank_values=True, errors="strict")
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
                raise _Refused(415, "send the query as application/sparql-query or as a form field 'query' "
                                    "(application/x-www-form-urlencoded)")
        try:
            asked = protocol_request(url_params, form_params, body_query=body_query, graph=graph_iri)
        except ProtocolError as exc:
            raise _Refused(exc.status, exc.message) from None
        if asked.query is not None:
            if not asked.query.strip():
                raise _Refused(400, "the query is empty: send ?query=SELECT… (GET), a form field 'query' or an "
                                    "application/sparql-query body (POST)")
            if len(asked.query.encode("utf-8")) > max_query_bytes:
                raise _Refused(413, f"the query is longer than {max_query_bytes:,} bytes")
        return asked

    def endpoint_iri(request: Request) -> str:
        return base_iri or str(request.url.replace(query="", fragment=""))

    def description(request: Request) -> Response:
        """GET /sparql without a query: the SPARQL 1.1 Service Description, in the asked RDF format."""
        import pyoxigraph

        from kg.store import FORMATS

        _, graph_format = negotiate(request.headers.get("accept"), request.query_params.get("format"))
        triples = service_description(endpoint_iri(request), graph=graph_iri, triples=len(store))
        body = pyoxigraph.serialize(triples, format=getattr(pyoxigraph.RdfFormat, FORMATS[graph_format])) or b""
        return Response(body, media_type=GRAPH_MEDIA[graph_format], headers={"Vary": "Accept"})

    async def sparql(request: Request) -> Response:
        try:
            asked = await read_query(request)
            result_format, graph_format = negotiate(request.headers.get("accept"), request.query_params.get("format"))
        except _Refused as exc:
            return text_response(exc.status, exc.message, exc.headers)
        if asked.query is None:
            if request.method in ("GET", "HEAD"):
                return description(request)
            return text_response(400, "no query: send ?query=SELECT… (GET), a form field 'query' or an "
                                      "application/sparql-query body (POST)")
        text, base = asked.query, endpoint_iri(request)
        response = await answer(lambda deadline: execute(
            store, text, result_format=result_format, graph_format=graph_format, max_rows=max_rows, deadline=deadline,
            base_iri=base,
        ))
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
                "params": [{"name": p.name, "kind": p.kind, "optional": p.optional, "default": p.default, "doc": p.doc}
                           for p in q.params],
                "returns": list(q.returns),
                "url": f"/queries/{q.name}",
            }
            for q in named.values()
        ]

    limits = {"timeout_s": timeout_s, "max_rows": max_rows, "max_concurrent": max_concurrent}

    async def index(request: Request) -> Response:
        """The query page for browsers; a plain-text summary for everyone else (curl)."""
        accept = request.headers.get("accept", "")
        if "text/html" in accept:
            page, policy = query_page(queries=query_list(), limits=limits, triples=len(store))
            return Response(page, media_type="text/html; charset=utf-8",
                            headers={"Content-Security-Policy": policy, "Vary": "Accept"})
        lines = [
            "kg serve: a read-only SPARQL endpoint over the reform graph.",
            "",
            "GET  /                         this summary; the query page in a browser",
            "GET  /sparql?query=SELECT…      SPARQL 1.1 Protocol (also POST, and /query); without a query,",
            "                               the service description",
            "GET  /queries                  the named queries, as JSON",
            "GET  /queries/NAME?actor=…     one named query (format=json|csv|tsv|xml|table)",
            "GET  /view                     the network view of the served graph",
            "GET  /health                   liveness, as JSON",
            "",
            f"limits: {timeout_s:g} s per query, {max_rows:,} rows per answer, {max_concurrent} queries at once",
        ]
        return text_response(200, "\n".join(lines), {"Vary": "Accept"})

    async def health(request: Request) -> Response:
        return JSONResponse({"status": "ok", "triples": len(store), "running": gate.running, "limits": limits})

    view_cache: dict[str, bytes] = {}

    def view(request: Request) -> Response:
        """The network view (``kg view``) of the served graph, made on first request and kept."""
        lang = request.query_params.get("lang", "en")
        if lang not in ("en", "ru", "kk"):
            return text_response(400, "lang must be en, ru or kk")
        if lang not in view_cache:
            from kg.projection import project
            from kg.view import DEFAULT_TITLES, render_html

            graph = project(store, lang=lang)
            view_cache[lang] = render_html(graph, title=DEFAULT_TITLES[lang], lang=lang).encode("utf-8")
        return Response(view_cache[lang], media_type="text/html; charset=utf-8")

    async def queries(request: Request) -> Response:
        return JSONResponse(query_list())

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

        response = await answer(work)
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
    if cors_origins:
        middleware.append(Middleware(
            CORSMiddleware, allow_origins=list(cors_origins), allow_methods=["GET", "POST", "HEAD", "OPTIONS"],
            allow_headers=["Accept", "Content-Type"], max_age=600,
            expose_headers=["X-KG-Truncated", "X-KG-Max-Rows", "X-KG-Rows", "Retry-After"],
        ))
    if log is not None:
        middleware.insert(0, Middleware(AccessLog, stream=log))
    app = Starlette(routes=routes, middleware=middleware)
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
    cors_origins: Sequence[str] = ("*",),
    log: TextIO | None = None,
) -> None:
    """Serve ``store`` over HTTP with uvicorn until interrupted (127.0.0.1 unless ``host`` says otherwise).

    :param log: where the access log goes, one logfmt line per request (``None``: no log).
    :raises KgError: when the address is in use or cannot be bound.
    """
    import socket

    import uvicorn

    app = make_app(store, timeout_s=timeout_s, max_rows=max_rows, max_concurrent=max_concurrent,
                   cors_origins=cors_origins, log=log)
    try:
        sock = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
    except OSError as exc:
        raise KgError(f"cannot listen on {host}:{port}: {exc.strerror or exc}; choose another --port") from None
    config = uvicorn.Config(
        app, log_level="warning", access_log=False, limit_concurrency=max(100, 10 * max_concurrent),
        timeout_keep_alive=5,
    )
    server = uvicorn.Server(config)
    server.run(sockets=[sock])

