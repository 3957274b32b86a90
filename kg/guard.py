"""HTTP-level protections of ``kg serve``, kept apart from its routes: slow or many clients cannot starve others.

Two layers:

- :class:`GuardedH11Protocol`, the connection (uvicorn's h11 protocol with timers): a request
  must send its headers within ``header_timeout_s`` and its body within ``body_timeout_s`` (else
  408 and the connection closes); a connection that sends nothing also ends after
  ``header_timeout_s``; a client that stops reading its answer for ``write_timeout_s`` is
  dropped (its answer would otherwise sit in memory). At most ``max_connections`` are open: a new one first evicts the oldest
  connection that is only waiting (for headers, or idle between requests), and is refused with
  503 and ``Retry-After`` only when every connection is busy with a request. Every connection
  sends at once (``TCP_NODELAY``): an answer's body does not wait for the ACK of its head.
- :class:`Guard`, an ASGI middleware around the application: ``Host`` must name this server
  (DNS rebinding), the request body is counted while it streams and refused with 413 as soon as
  it passes ``max_body_bytes`` (nothing more is read), and every response gets
  ``X-Content-Type-Options: nosniff``.

uvicorn's own ``limit_concurrency`` is not used: it counts waiting connections too and answers
503 without ``Retry-After``. Query admission (how many run, how many wait) is
:class:`kg.worker.QueryPool`'s.
"""

from __future__ import annotations

import asyncio
import contextlib
import re
import time
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

DEFAULT_MAX_CONNECTIONS = 512
DEFAULT_HEADER_TIMEOUT_S = 10.0
DEFAULT_BODY_TIMEOUT_S = 30.0
DEFAULT_WRITE_TIMEOUT_S = 30.0
NOSNIFF = (b"x-content-type-options", b"nosniff")
LOOPBACK_NAMES = ("localhost", "127.0.0.1", "[::1]")


@dataclass(frozen=True)
class ConnectionLimits:
    """Per-connection limits of :class:`GuardedH11Protocol`."""

    max_connections: int = DEFAULT_MAX_CONNECTIONS
    header_timeout_s: float = DEFAULT_HEADER_TIMEOUT_S
    body_timeout_s: float = DEFAULT_BODY_TIMEOUT_S
    write_timeout_s: float = DEFAULT_WRITE_TIMEOUT_S


def _raw_response(status: int, reason: str, message: str, extra: Iterable[tuple[str, str]] = ()) -> bytes:
    body = (message.rstrip("\n") + "\n").encode()
    head = [
        f"HTTP/1.1 {status} {reason}",
        "content-type: text/plain; charset=utf-8",
        f"content-length: {len(body)}",
        "connection: close",
        "x-content-type-options: nosniff",
    ]
    head += [f"{name}: {value}" for name, value in extra]
    return ("\r\n".join(head) + "\r\n\r\n").encode() + body


def _no_delay(transport) -> None:
    """Send each write at once (TCP_NODELAY), whoever made the listening socket.

    uvicorn writes an answer's head and body apart. asyncio turns Nagle's algorithm off only for
    sockets made with ``proto=IPPROTO_TCP``; one made with ``socket.socket()`` (proto 0, as
    :func:`kg.serve.serve` and most callers make it) keeps it on, so the body waited for the
    client's delayed ACK of the head: 40 ms more for every short answer on a kept-alive connection.
    """
    import socket

    sock = transport.get_extra_info("socket")
    if sock is not None and sock.family in (socket.AF_INET, socket.AF_INET6):
        with contextlib.suppress(OSError):
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)


def protocol_class(limits: ConnectionLimits) -> type:
    """uvicorn's h11 protocol with ``limits``: pass it as ``uvicorn.Config(http=...)``."""
    return type("GuardedH11Protocol", (GuardedH11Protocol,), {"limits": limits})


def _base():
    from uvicorn.protocols.http.h11_impl import H11Protocol

    return H11Protocol


class GuardedH11Protocol(_base()):  # type: ignore[misc]
    """uvicorn's h11 protocol with header and body timeouts and a connection cap that evicts idle ones first."""

    limits = ConnectionLimits()
    _timer: asyncio.TimerHandle | None = None
    _write_timer: asyncio.TimerHandle | None = None
    _waiting_since = 0.0

    def connection_made(self, transport) -> None:
        _no_delay(transport)
        super().connection_made(transport)
        self._timer = None
        self._waiting_since = time.monotonic()
        if len(self.connections) > self.limits.max_connections and not self._evict_one():
            self.connections.discard(self)
            transport.write(
                _raw_response(
                    503,
                    "Service Unavailable",
                    f"too many connections ({self.limits.max_connections}); try again shortly",
                    [("retry-after", "1")],
                )
            )
            transport.close()
            return
        self._arm(self.limits.header_timeout_s)

    def _evict_one(self) -> bool:
        """Close the connection that has waited longest without a request in progress."""
        idle = [
            c for c in self.connections if c is not self and isinstance(c, GuardedH11Protocol) and c._only_waiting()
        ]
        if not idle:
            return False
        oldest = min(idle, key=lambda c: c._waiting_since)
        oldest._cancel()
        oldest.transport.close()
        self.connections.discard(oldest)
        return True

    def _only_waiting(self) -> bool:
        import h11

        return self.conn.their_state is h11.IDLE and (self.cycle is None or self.cycle.response_complete)

    def _arm(self, seconds: float) -> None:
        self._cancel()
        self._timer = self.loop.call_later(seconds, self._too_slow)

    def _cancel(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None

    def _too_slow(self) -> None:
        """The client did not send its headers or body in time: 408 (if nothing was answered yet) and close."""
        import h11

        self._timer = None
        if self.transport.is_closing():
            return
        answering = self.cycle is not None and self.cycle.response_started
        if not answering:
            what = "headers" if self.conn.their_state is h11.IDLE else "body"
            limit = self.limits.header_timeout_s if what == "headers" else self.limits.body_timeout_s
            self.transport.write(
                _raw_response(408, "Request Timeout", f"the request {what} did not arrive within {limit:g} s")
            )
        if self.cycle is not None and not self.cycle.response_complete:
            self.cycle.disconnected = True
            self.cycle.message_event.set()
        self.transport.close()

    def data_received(self, data: bytes) -> None:
        import h11

        before = self.conn.their_state
        if before is h11.IDLE and self._timer is None and self._only_waiting():
            self._waiting_since = (
                time.monotonic()
            )  # a new request on a kept-alive connection: its headers' clock starts
            self._arm(self.limits.header_timeout_s)
        super().data_received(data)
        after = self.conn.their_state
        if after is h11.SEND_BODY and before is not h11.SEND_BODY:
            self._arm(self.limits.body_timeout_s)
        elif after is not h11.IDLE and after is not h11.SEND_BODY:
            self._cancel()  # the whole request is in

    def on_response_complete(self) -> None:
        import h11

        super().on_response_complete()
        self._waiting_since = time.monotonic()
        if self.conn.their_state is h11.IDLE or self.conn.their_state is h11.DONE:
            self._cancel()  # idle now: uvicorn's keep-alive timer takes over until the next request's first byte

    def connection_lost(self, exc: Exception | None) -> None:
        self._cancel()
        if self._write_timer is not None:
            self._write_timer.cancel()
            self._write_timer = None
        super().connection_lost(exc)

    def pause_writing(self) -> None:
        """The client is not reading fast enough: it has ``write_timeout_s`` to start again."""
        super().pause_writing()
        if self._write_timer is None:
            self._write_timer = self.loop.call_later(self.limits.write_timeout_s, self._not_reading)

    def resume_writing(self) -> None:
        super().resume_writing()
        if self._write_timer is not None:
            self._write_timer.cancel()
            self._write_timer = None

    def _not_reading(self) -> None:
        self._write_timer = None
        self.transport.abort()  # close() would wait to send the rest to a client that does not read

    def send_400_response(self, msg: str) -> None:
        self._cancel()
        if not self.transport.is_closing():
            self.transport.write(_raw_response(400, "Bad Request", msg))
            self.transport.close()


# ---------------------------------------------------------------- ASGI middleware


_HOST_VALUE = re.compile(r"(?:[A-Za-z0-9_][A-Za-z0-9_.-]*|\[[0-9A-Fa-f:.]+(?:%[A-Za-z0-9_.-]+)?\])(?::[0-9]{1,5})?")


def check_host_name(name: str) -> str:
    """``name`` as ``--allow-host`` takes it: a name or address as the ``Host`` header carries it
    (``kg.example.org``, ``kg.example.org:8443``, ``[::1]``), or a :class:`~kg.errors.KgError` saying what is wrong:
    anything else (a scheme, a path, a space, nothing) would match no request, or an empty ``Host``.

    >>> check_host_name("kg.example.org:8443")
    'kg.example.org:8443'
    >>> check_host_name("https://kg.example.org/")
    Traceback (most recent call last):
    ...
    kg.errors.KgError: 'https://kg.example.org/' is not a host name: give it as the Host header carries it, without a scheme or a path, e.g. kg.example.org or kg.example.org:8443
    """
    if _HOST_VALUE.fullmatch(name):
        return name
    from kg.errors import KgError, shown

    raise KgError(
        f"{shown(name)} is not a host name: give it as the Host header carries it, without a scheme or a path, "
        "e.g. kg.example.org or kg.example.org:8443"
    )


def allowed_hosts(host: str | None, port: int | None, extra: Iterable[str] = ()) -> tuple[frozenset[str], bool]:
    """The ``Host`` values a server bound to ``host:port`` answers, and whether any port goes (port unknown).

    >>> names, any_port = allowed_hosts("127.0.0.1", 7700, ["kg.example.org"])
    >>> sorted(names)[:3], any_port
    (['127.0.0.1', '127.0.0.1:7700', '[::1]'], False)
    """
    names = set(LOOPBACK_NAMES)
    if host:
        names.add(f"[{host}]" if ":" in host and not host.startswith("[") else host)
    for name in extra:
        names.add(check_host_name(name).lower())
    names = {n.lower() for n in names}
    if port is None:
        return frozenset(names), True
    return frozenset(names | {f"{n}:{port}" for n in names}), False


class Guard:
    """ASGI middleware: ``Host`` check (421), request body cap while streaming (413), ``nosniff`` on every answer.

    :param app: the application it guards (its ``state`` is passed through).
    :param hosts: allowed ``Host`` values, from :func:`allowed_hosts`.
    :param any_port: accept those names with any port (when the port is not known in advance).
    :param max_body_bytes: the longest request body read; longer ones get 413 and the connection closes.
    """

    def __init__(self, app, *, hosts: frozenset[str], any_port: bool, max_body_bytes: int) -> None:
        self.app = app
        self.hosts = hosts
        self.any_port = any_port
        self.max_body_bytes = max_body_bytes
        self.state = getattr(app, "state", None)

    def _host_ok(self, value: str) -> bool:
        value = value.strip().lower()
        if value in self.hosts:
            return True
        if self.any_port:
            name, sep, port = value.rpartition(":")
            return bool(sep) and port.isdigit() and name in self.hosts
        return False

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False  # a response has begun (by the application or by the guard)
        refused = False  # the guard answered 413 mid-body: whatever the application sends after is dropped

        async def send_nosniff(message: dict[str, Any]) -> None:
            nonlocal started
            if refused:
                return
            if message["type"] == "http.response.start":
                started = True
                message = {**message, "headers": [*message.get("headers", []), NOSNIFF]}
            await send(message)

        headers = dict(scope.get("headers") or [])
        host = headers.get(b"host", b"").decode("latin-1")
        if not host:
            await _answer(send_nosniff, 400, "a Host header is required")
            return
        if not self._host_ok(host):
            await _answer(
                send_nosniff,
                421,
                f"this server does not answer for the host {host[:100]!r}; "
                "if a proxy forwards it, start kg serve with --allow-host NAME",
            )
            return
        declared = headers.get(b"content-length")
        if declared is not None and declared.strip().isdigit() and int(declared) > self.max_body_bytes:
            await _answer(send_nosniff, 413, self._too_large(), close=True)
            return
        received = 0

        async def counted_receive() -> dict[str, Any]:
            nonlocal received, refused
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_body_bytes:
                    if not started:  # answer now, before the application can turn the error into a 500
                        await _answer(send_nosniff, 413, self._too_large(), close=True)
                    refused = True
                    raise _BodyTooLarge
            return message

        try:
            await self.app(scope, counted_receive, send_nosniff)
        except _BodyTooLarge:
            pass  # answered already

    def _too_large(self) -> str:
        return f"the request body is longer than {self.max_body_bytes:,} bytes"


class _BodyTooLarge(Exception):
    pass


async def _answer(send, status: int, message: str, *, close: bool = False) -> None:
    body = (message.rstrip("\n") + "\n").encode()
    headers = [(b"content-type", b"text/plain; charset=utf-8"), (b"content-length", str(len(body)).encode())]
    if close:
        headers.append((b"connection", b"close"))  # the rest of the body is never read
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
