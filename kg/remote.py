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

import functools
import html
import json
import re
import time
from collections.abc import Callable, Generator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, urlsplit, urlunsplit

from kg.errors import EndpointError, shown

RETRY_STATUSES = frozenset({500, 502, 503, 504})
MAX_GET_URL = 4000
DEFAULT_BATCH = 100_000
PUSH_TIMEOUT_S = 120.0  # one batch request, start to end: Virtuoso and Oxigraph load 100,000 triples in seconds
QUERY_TIMEOUT_S = 60.0  # one remote query, start to end
MAX_ANSWER_BYTES = 64 * 2**20  # a remote query answer; past this, page with LIMIT/OFFSET
ERROR_BODY_CAP = 64 * 1024  # what is read of an error answer: enough for its message, never a 300 MB page
CONNECT_TIMEOUT_S = 10.0
# Retries of one batch: the waits double from 0.5 s, so 10 wait 8.5 min in all (the last 256 s); a larger
# --retries waited days and then past what time.sleep accepts.
MAX_RETRIES = 10
_GSP_SUFFIXES = ("/store", "/sparql-graph-crud", "/sparql-graph-crud-auth", "/data", "/rdf-graphs/service")


# ---------------------------------------------------------------- addresses


def _user_part(address: str) -> tuple[int, int] | None:
    """Where the user part (``user:password``) of ``address`` starts and ends, if it has one: everything
    between the scheme's ``//`` (or the start) and the last ``@``, so that a password holding an unencoded
    ``/``, ``?`` or ``#`` is found whole, in a malformed address too."""
    scheme_end = address.find("://")
    start = scheme_end + 3 if scheme_end >= 0 else 0
    at = address.rfind("@", start)
    return (start, at) if at >= 0 else None


def _masked(user_part: str) -> str:
    """``user:***``, or ``***`` for a user name alone (it may be a token)."""
    user, colon, _ = user_part.partition(":")
    return f"{user}:***" if colon else "***"


def shown_endpoint(address: object, *, query: bool = False) -> str:
    """``address`` as a message names it: its password replaced by ``***`` (``user:***@``; a user name
    alone, which may be a token, becomes ``***@``), and without its query string and fragment, which may
    hold a key too (``query=True`` keeps them, for a message about a malformed address).

    Every message of this module that names an endpoint, a malformed one too, names it through here.

    >>> shown_endpoint("http://dba:secret@127.0.0.1:8890/sparql-graph-crud-auth?graph=urn%3Ag")
    'http://dba:***@127.0.0.1:8890/sparql-graph-crud-auth'
    >>> shown_endpoint("https://token@example.org/sparql"), shown_endpoint("http://127.0.0.1:7878/store?default")
    ('https://***@example.org/sparql', 'http://127.0.0.1:7878/store')
    """
    text = str(address)
    found = _user_part(text)
    if found is not None:
        start, at = found
        text = text[:start] + _masked(text[start:at]) + text[at:]
    return text if query else re.split(r"[?#]", text, maxsplit=1)[0]


def _hide_password(text: str, address: object) -> str:
    """``text`` (a library's message, which may quote the address) with the user part of ``address``
    masked as :func:`shown_endpoint` masks it."""
    raw = str(address)
    found = _user_part(raw)
    if found is None or found[0] == found[1]:
        return text
    user_part = raw[found[0] : found[1]]
    return text.replace(user_part, _masked(user_part))


def _split(endpoint: str):
    """``endpoint`` split into its parts, or an :class:`EndpointError` saying what is wrong with it,
    before any connection is tried (a malformed host or port, a space or a line break)."""
    text = endpoint.strip()

    def refused(problem: str) -> EndpointError:
        return EndpointError(
            f"{shown(shown_endpoint(endpoint, query=True))} is not a usable address: {problem}; "
            "e.g. http://127.0.0.1:7878/store"
        )

    if re.search(r"[\x00-\x20\x7f]", text):
        raise refused("it holds spaces or control characters (write a space as %20)")
    try:
        parts = urlsplit(text)
    except ValueError:  # an unclosed '[' of an IPv6 address
        raise refused("the host is not a valid name or address") from None
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise EndpointError(
            f"{shown(shown_endpoint(endpoint, query=True))} is not an http(s) address, e.g. http://127.0.0.1:7878/store"
        )
    if not parts.hostname:
        raise refused("the host is not a valid name or address")
    try:
        port = parts.port
    except ValueError:  # not a number, or past 65535
        port = 0
    found = _user_part(text)
    if port == 0 and found is not None and re.search(r"[/?#]", text[found[0] : found[1]]):
        raise refused("the user name or password holds a /, ? or # (write them as %2F, %3F and %23)")
    if port == 0:
        raise refused("the port must be a number from 1 to 65535")
    _check_host(parts.hostname, refused)
    return parts


def _check_host(host: str, refused: Callable[[str], EndpointError]) -> None:
    """Refuse a host name that the client or the resolver cannot encode (an empty or 64-character label,
    a malformed ``xn--`` one), which would otherwise fail inside them with an internal error."""
    import httpx

    if ":" in host:  # an IPv6 address: urlsplit checked it
        return
    try:
        host.encode("idna")  # as the resolver encodes it
        _ = httpx.URL(f"http://{host}/").host  # as the client reads it (IDNA 2008)
    except (UnicodeError, ValueError, httpx.InvalidURL) as exc:
        raise refused(f"the host is not a valid name or address ({exc})") from None


_IRI = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:[^\x00-\x20<>\"{}|^`\\]+")


def check_graph(graph: str | None) -> None:
    """Refuse a ``--graph`` that is not an absolute IRI (a server would store it under a name of its own
    making, or refuse it only after the graph was built and sent); ``None`` is the default graph.

    >>> check_graph("")
    Traceback (most recent call last):
    ...
    kg.errors.EndpointError: --graph '' is empty; give a named graph's absolute IRI, e.g. https://w3id.org/reform-kg/graph, or leave --graph out for the default graph
    """
    if graph == "":  # taken for the default graph before, silently: `--graph "$UNSET"` pushed there
        raise EndpointError(
            "--graph '' is empty; give a named graph's absolute IRI, e.g. https://w3id.org/reform-kg/graph, "
            "or leave --graph out for the default graph"
        )
    if graph is not None and not _IRI.fullmatch(graph):
        raise EndpointError(
            f'--graph {shown(graph)} is not an absolute IRI; give one without spaces or any of <>"{{}}|^`\\, '
            "e.g. https://w3id.org/reform-kg/graph"
        )


def gsp_url(endpoint: str, *, graph: str | None = None) -> str:
    """The Graph Store Protocol address for ``graph`` (the default graph when ``None``).

    An address without a path is an Oxigraph server's root, whose GSP is ``/store``.
    """
    check_graph(graph)
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


# ---------------------------------------------------------------- one request, one deadline


class _Clock:
    """An httpcore network backend whose connects, reads and writes all end at one deadline.

    httpx's timeouts are per read: a server that trickles a byte every few seconds never trips
    them. Every socket operation of a request goes through here, each with at most the time
    left until ``at``, so a request ends at its deadline whatever the server does.
    """

    def __init__(self) -> None:
        import httpcore

        self._backend = httpcore.SyncBackend()
        self.at = float("inf")

    def left(self, timeout: float | None, error: type[Exception]) -> float:
        remaining = self.at - time.monotonic()
        if remaining <= 0:
            raise error("the request deadline has passed")
        return remaining if timeout is None else min(timeout, remaining)

    @property
    def expired(self) -> bool:
        return time.monotonic() >= self.at

    def connect_tcp(self, host, port, timeout=None, local_address=None, socket_options=None):
        import httpcore

        stream = self._backend.connect_tcp(
            host,
            port,
            self.left(timeout, httpcore.ConnectTimeout),
            local_address=local_address,
            socket_options=socket_options,
        )
        return _ClockedStream(stream, self)

    def connect_unix_socket(self, path, timeout=None, socket_options=None):  # pragma: no cover - http(s) only
        import httpcore

        stream = self._backend.connect_unix_socket(
            path, self.left(timeout, httpcore.ConnectTimeout), socket_options=socket_options
        )
        return _ClockedStream(stream, self)

    def sleep(self, seconds: float) -> None:  # pragma: no cover - httpcore calls it only for retries we do not ask
        time.sleep(seconds)


class _ClockedStream:
    """A network stream whose every read and write gets only the time left before the deadline."""

    _PIECE = 16 * 1024  # a large body goes in pieces, so a server that reads slowly cannot stretch one write

    def __init__(self, stream, clock: _Clock) -> None:
        self._stream = stream
        self._clock = clock

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        import httpcore

        return self._stream.read(max_bytes, self._clock.left(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        import httpcore

        view = memoryview(buffer)
        for start in range(0, len(view), self._PIECE):
            self._stream.write(
                bytes(view[start : start + self._PIECE]), self._clock.left(timeout, httpcore.WriteTimeout)
            )

    def close(self) -> None:
        self._stream.close()

    def start_tls(self, ssl_context, server_hostname=None, timeout=None):
        import httpcore

        stream = self._stream.start_tls(
            ssl_context, server_hostname, self._clock.left(timeout, httpcore.ConnectTimeout)
        )
        return _ClockedStream(stream, self._clock)

    def get_extra_info(self, info: str):
        return self._stream.get_extra_info(info)


@dataclass
class _Answer:
    """A status, headers and a body read up to a cap: all a caller here needs of a response."""

    status_code: int
    headers: Any
    reason_phrase: str
    content: bytes

    @property
    def text(self) -> str:
        return self.content.decode("utf-8", errors="replace")


class RequestTimeout(EndpointError):
    """A request that did not end within its deadline."""


def _client(auth: tuple[str, str] | None, digest: bool, timeout_s: float):
    """An httpx client whose requests each end at ``clock.at``, set by :func:`_exchange`."""
    import httpx

    clock = _Clock()
    transport = httpx.HTTPTransport()
    pool = getattr(transport, "_pool", None)
    if pool is None or not hasattr(pool, "_network_backend"):  # pragma: no cover - an httpx without the hook
        raise EndpointError("this httpx version cannot bound a request's time; install httpx>=0.25,<1")
    pool._network_backend = clock
    timeout = httpx.Timeout(timeout_s, connect=min(CONNECT_TIMEOUT_S, timeout_s))
    client = httpx.Client(auth=_auth(auth, digest), timeout=timeout, transport=transport, follow_redirects=False)
    return client, clock


def _exchange(client, clock: _Clock, method: str, url, *, timeout_s: float, max_bytes: int, **kwargs) -> _Answer:
    """One request that ends within ``timeout_s`` (connect, send, answer, body: all of it).

    A success answer is read up to ``max_bytes`` (more raises :class:`EndpointError`); an error
    answer only up to :data:`ERROR_BODY_CAP`, then the connection is dropped.

    :raises RequestTimeout: when the deadline passes.
    :raises httpx.TransportError: when the connection fails.
    """
    import httpx

    clock.at = time.monotonic() + timeout_s
    where = shown_endpoint(url)
    try:
        with client.stream(method, url, **kwargs) as response:
            cap = max_bytes if response.status_code < 300 else ERROR_BODY_CAP
            body = bytearray()
            for chunk in response.iter_bytes():
                body += chunk
                if len(body) >= cap:
                    break
            if response.status_code < 300 and len(body) > max_bytes:
                raise EndpointError(
                    f"{where} sent more than {max_bytes:,} bytes, the limit for an answer; "
                    f"ask for less (LIMIT/OFFSET to page)"
                )
            return _Answer(response.status_code, response.headers, response.reason_phrase, bytes(body[:cap]))
    except httpx.TimeoutException:
        if not clock.expired:
            raise
        raise RequestTimeout(
            f"{where} did not answer within {timeout_s:g} s (give a longer --timeout if the server is only slow)"
        ) from None
    finally:
        clock.at = float("inf")


def _one_line(text: str, limit: int = 300) -> str:
    r"""A server's words as one line of at most ``limit`` characters, its control characters written as
    escapes: an answer must not move the cursor, recolour or retitle the terminal that prints the error.

    >>> _one_line("syntax\n  error \x1b[31mhere\x07")
    'syntax error \\x1b[31mhere\\x07'
    """
    line = " ".join(text.split())
    line = "".join(c if c.isprintable() else c.encode("unicode_escape").decode("ascii") for c in line)
    return line if len(line) <= limit else line[: limit - 3] + "..."


def _server_message(response) -> str:
    text = response.text.strip() if response.content else ""
    if "html" in response.headers.get("content-type", "").lower() or text.startswith("<"):
        text = re.sub(r"<title>.*?</title>|<[^>]+>", " ", text, flags=re.S | re.I)  # Virtuoso answers in HTML
        text = html.unescape(text)
    return _one_line(text) or _one_line(response.reason_phrase or "") or "no message"


def _reach_error(url: object, exc: Exception) -> str:
    reason = _hide_password(str(exc), url) or type(exc).__name__
    return f"cannot reach {shown_endpoint(url)}: {reason}; is the server running and the address right?"


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
        return (
            f"pushed {self.triples:,} triples in {self.batches} batch{'es' if self.batches != 1 else ''} "
            f"({how} {where} at {shown_endpoint(self.url)}) in {self.seconds:.1f} s"
            + (f", {self.retries} retr{'ies' if self.retries != 1 else 'y'}" if self.retries else "")
        )


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
    timeout_s: float = PUSH_TIMEOUT_S,
    backoff_s: float = 0.5,
    progress: Callable[[PushReport], None] | None = None,
) -> PushReport:
    """Send the store's default graph to a Graph Store Protocol endpoint, in N-Triples batches.

    :param endpoint: the GSP address (a bare ``http://host:port`` means Oxigraph's ``/store``).
    :param graph: the target named graph's IRI; the default graph when ``None`` (Virtuoso needs one).
    :param replace: replace the target graph (the first batch is a ``PUT``); otherwise add to it.
    :param batch_triples: triples per request.
    :param retries: how many times a batch is retried after a 5xx answer or a connection error,
        0 to :data:`MAX_RETRIES`, waiting ``backoff_s``, then twice as long each time. Resending a batch is harmless: the
        graph has no blank nodes, so adding the same triples twice changes nothing.
    :param auth: ``(user, password)``; HTTP Basic, or Digest with ``digest=True`` (Virtuoso).
    :param timeout_s: the longest one batch request may take, from connecting to the end of the
        answer, however the server trickles it. A request that runs out of time is not retried:
        sending the same batch to a server that could not answer in time rarely helps.
    :param progress: called with the report after each accepted batch.
    :raises PushError: when a batch is refused (4xx), times out, or still fails after the
        retries; its ``report`` and message say how much was sent before. Only the first
        :data:`ERROR_BODY_CAP` bytes of an error answer are read.
    """
    from pyoxigraph import DefaultGraph, RdfFormat, serialize

    if batch_triples < 1:
        raise EndpointError("the batch size must be at least 1 triple")
    if not 0 <= retries <= MAX_RETRIES or not 0 <= backoff_s <= 60:
        raise EndpointError(
            f"a batch is retried 0 to {MAX_RETRIES} times, after 0 to 60 s doubling each time; "
            f"not {retries!r} times after {backoff_s!r} s"
        )
    url = gsp_url(endpoint, graph=graph)
    total = sum(1 for _ in store.quads_for_pattern(None, None, None, DefaultGraph()))
    batches = max(1, -(-total // batch_triples))
    report = PushReport(url=url, graph=graph, replace=replace, total_triples=total, total_batches=batches)
    started = time.monotonic()
    if timeout_s <= 0:
        raise EndpointError("the timeout must be more than 0 seconds")
    headers = {"Content-Type": "application/n-triples"}
    client, clock = _client(auth, digest, timeout_s)
    send = functools.partial(
        _send,
        client,
        clock,
        url=url,
        headers=headers,
        report=report,
        retries=retries,
        backoff_s=backoff_s,
        timeout_s=timeout_s,
    )
    with client:
        if auth is not None and digest:
            # Digest auth answers the first request with a challenge, and the client then sends
            # the body again: let an empty request take that round trip instead of a batch.
            send("POST", b"")
        chunks = _batches(store, total, batch_triples, replace=replace)
        try:
            for n, chunk in enumerate(chunks):
                body = serialize(chunk, format=RdfFormat.N_QUADS) or b""  # default-graph quads are N-Triples lines
                method = "PUT" if replace and n == 0 else "POST"
                send(method, body)
                report.batches += 1
                report.triples += len(chunk)
                report.seconds = time.monotonic() - started
                if progress:
                    progress(report)
        finally:
            # The engine's quad iterator may only be dropped on the thread that made it: close it
            # here, not whenever the error's traceback is collected (perhaps on another thread).
            chunks.close()
    report.seconds = time.monotonic() - started
    return report


def _batches(store, total: int, size: int, *, replace: bool) -> Generator[list, None, None]:
    """The default graph's quads in lists of at most ``size``; one empty list to empty a replaced graph."""
    from pyoxigraph import DefaultGraph

    from kg.store import iter_chunks

    if total == 0:
        if replace:
            yield []
        return
    yield from iter_chunks(store.quads_for_pattern(None, None, None, DefaultGraph()), size)


def _send(
    client,
    clock: _Clock,
    method: str,
    body: bytes,
    *,
    url: str,
    headers: Mapping[str, str],
    report: PushReport,
    retries: int,
    backoff_s: float,
    timeout_s: float,
) -> None:
    import httpx

    attempt = 0
    while True:
        problem = None
        try:
            response = _exchange(
                client,
                clock,
                method,
                url,
                timeout_s=timeout_s,
                max_bytes=ERROR_BODY_CAP,
                content=body,
                headers=dict(headers),
            )
        except RequestTimeout as exc:
            raise PushError(_stopped(str(exc), report), report) from None
        except httpx.TransportError as exc:
            problem = _reach_error(url, exc)
        else:
            if response.status_code < 300:
                return
            message = _server_message(response)
            problem = f"{shown_endpoint(url)} answered {response.status_code}: {message}"
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
        time.sleep(backoff_s * (2**attempt))
        attempt += 1
        report.retries += 1


def _stopped(problem: str, report: PushReport) -> str:
    if report.batches == 0:
        return f"push failed, nothing was stored: {problem}"
    partial = " (the remote graph now holds part of the graph; push again with --replace)" if report.replace else ""
    return (
        f"push stopped after {report.batches} of {report.total_batches} batches "
        f"({report.triples:,} of {report.total_triples:,} triples sent){partial}: {problem}"
    )


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

    def __init__(
        self,
        endpoint: str,
        *,
        auth: tuple[str, str] | None = None,
        digest: bool = False,
        timeout_s: float = QUERY_TIMEOUT_S,
        max_bytes: int = MAX_ANSWER_BYTES,
        graph: str | None = None,
    ) -> None:
        self.endpoint = endpoint
        self.graph = graph
        self.auth = auth
        self.digest = digest
        self.timeout_s = timeout_s
        self.max_bytes = max_bytes
        self.last: RemoteResult | None = None

    def query(self, text: str):
        from kg.queries import CheckedQuery, check_query

        if not isinstance(text, CheckedQuery):  # a named query was checked before its values were bound
            check_query(text)  # no local engine to catch an update or LOAD: parse it fully here
        result = _request(
            self.endpoint,
            text,
            auth=self.auth,
            digest=self.digest,
            timeout_s=self.timeout_s,
            max_bytes=self.max_bytes,
            graph=self.graph,
        )
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
    timeout_s: float = QUERY_TIMEOUT_S,
    max_bytes: int = MAX_ANSWER_BYTES,
    graph: str | None = None,
) -> RemoteResult:
    """Bind a query as a local run does, check it fully, and run it on a remote SPARQL endpoint.

    The check is :func:`kg.queries.check_query`'s full parse (no local engine sees the text, so
    nothing else would catch an update or ``LOAD``). The query goes by GET (form POST when the
    address would be too long), never as a direct POST, which Virtuoso never answers.

    :raises QueryError: when the query is refused locally (SERVICE, LOAD, FROM, updates, syntax).
    :param timeout_s: the longest the whole exchange may take, however the server trickles it.
    :param max_bytes: the largest answer read; a larger one is refused (page with LIMIT/OFFSET).
    :raises EndpointError: when the endpoint cannot be reached, answers 4xx/5xx, runs out of time,
        sends more than ``max_bytes``, or sends results that are not valid SPARQL JSON (Oxigraph
        answers 200 with cut-off JSON when a query fails).
    """
    from kg.queries import bound_query, check_query

    check_query(text)  # the author's text, fully parsed: no local engine will see it to catch an update or LOAD
    text = bound_query(text, bindings)
    return _request(endpoint, text, auth=auth, digest=digest, timeout_s=timeout_s, max_bytes=max_bytes, graph=graph)


def run_named_remote(endpoint: str, query, given: Mapping[str, str] | None = None, **options) -> RemoteResult:
    """A named query on a remote endpoint, with ``--param`` values bound as for a local run."""
    from kg.resolve import run_named

    store = RemoteStore(endpoint, **options)
    run_named(store, query, given or {})
    assert store.last is not None
    return store.last


def _request(
    endpoint: str, text: str, *, auth, digest: bool, timeout_s: float, max_bytes: int, graph: str | None = None
) -> RemoteResult:
    """Send one query; ``graph`` names the dataset's default graph (``default-graph-uri``), e.g. a pushed named graph."""
    import httpx

    url = query_url(endpoint)
    check_graph(graph)
    if timeout_s <= 0 or max_bytes < 1:
        raise EndpointError("the timeout must be more than 0 seconds and the answer limit at least 1 byte")
    accept = "application/sparql-results+json, application/n-triples;q=0.9, text/turtle;q=0.8"
    client, clock = _client(auth, digest, timeout_s)
    send = functools.partial(
        _exchange, client, clock, timeout_s=timeout_s, max_bytes=max_bytes, headers={"Accept": accept}
    )
    try:
        with client:
            params = {"query": text} | ({"default-graph-uri": graph} if graph else {})
            full = httpx.URL(url).copy_merge_params(params)  # keeps e.g. ?default-graph-uri= given in the address
            if len(str(full)) <= MAX_GET_URL:
                response = send("GET", full)
            else:
                response = send("POST", url, data=params)
    except httpx.TransportError as exc:
        raise EndpointError(_reach_error(url, exc)) from None
    if response.status_code != 200:
        raise EndpointError(f"{shown_endpoint(url)} answered {response.status_code}: {_server_message(response)}")
    media = response.headers.get("content-type", "").split(";")[0].strip().lower()
    if media in ("application/n-triples", "text/turtle", "text/plain") and not response.content.lstrip().startswith(
        b"{"
    ):
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
        tail = _one_line(response.content[-200:].decode("utf-8", "replace"))
        problem = "nested too deeply" if isinstance(exc, RecursionError) else shown(str(exc))
        raise EndpointError(
            f"{shown_endpoint(url)} answered with {shown(media)}, which is not valid SPARQL JSON results ({problem}); is it a SPARQL "
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
        raise EndpointError(
            f"{shown_endpoint(url)} sent RDF that does not parse ({exc}); the query probably failed on the server"
        ) from None
    return RemoteResult(
        columns=[], rows=[], triples=triples, truncated=response.headers.get("x-kg-truncated") == "true"
    )


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
        return parsed.serialize(format=_results_format(fmt)) or b""
    if result.triples is not None:
        import pyoxigraph

        from kg.store import FORMATS

        rdf = getattr(pyoxigraph.RdfFormat, FORMATS[GRAPH_FORMATS[fmt]])
        return pyoxigraph.serialize(result.triples, format=rdf) or b""
    return render_rows(result.columns, result.rows, fmt)


def parse_auth(user: str | None, password: str | None) -> tuple[str, str] | None:
    """``--user``/``--password`` as an auth pair (``None`` without a user); an empty user is refused.

    >>> parse_auth("dba", None)
    ('dba', '')
    """
    if user is None:
        return None
    if not user.strip():  # `--user "$UNSET"` sent no credentials at all, and the server's 401 said to give --user
        raise EndpointError(f"--user {shown(user)} is empty; give the user name, or leave --user out")
    return (user, password or "")


__all__: Sequence[str] = (
    "PushError",
    "PushReport",
    "RemoteResult",
    "RemoteStore",
    "gsp_url",
    "parse_auth",
    "push",
    "query_remote",
    "query_url",
    "render_remote",
    "run_named_remote",
    "shown_endpoint",
)
