"""Loopback servers for the serve, remote and store tests: all on free ports, all stopped after use.

Nothing here measures time: waits are bounded polls for a server to come up, never assertions.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

STARTUP_LIMIT_S = 30.0


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_until(ready: Callable[[], bool], what: str) -> None:
    give_up = time.monotonic() + STARTUP_LIMIT_S
    while not ready():
        if time.monotonic() > give_up:
            raise RuntimeError(f"{what} did not start")
        time.sleep(0.02)


@contextlib.contextmanager
def uvicorn_app(app, **config) -> Iterator[str]:
    """Run an ASGI app with uvicorn in a thread (``config``: more uvicorn.Config options); yields its base URL.

    An app of ``kg serve`` has worker processes: they are ended after the server stops.
    """
    import uvicorn

    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, **{"log_level": "error", "lifespan": "off", **config}))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    try:
        _wait_until(lambda: server.started or not thread.is_alive(), "uvicorn")
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(10)
        sock.close()
        pool = getattr(getattr(app, "state", None), "pool", None)
        if pool is not None:
            pool.close()


class Listener:
    """A TCP listener that records every connection it gets (and answers 500 so a client does not hang)."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self.connections = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            self.connections += 1
            with conn, contextlib.suppress(OSError):
                conn.sendall(b"HTTP/1.1 500 Internal Server Error\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")

    def close(self) -> None:
        self._stop.set()
        self._thread.join(5)
        self.sock.close()


class Stub:
    """An http.server answering every request with the next (status, body) of a script (the last one repeats)."""

    def __init__(self, script: list[tuple[int, bytes]], content_type: str = "text/plain") -> None:
        self.script = list(script)
        self.requests: list[tuple[str, str, bytes]] = []
        stub = self

        class Handler(BaseHTTPRequestHandler):
            def _answer(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                stub.requests.append((self.command, self.path, body))
                status, payload = stub.script[min(len(stub.requests), len(stub.script)) - 1]
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            do_GET = do_POST = do_PUT = _answer

            def log_message(self, *args) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self._thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


class DiesAfterOne:
    """Accepts one HTTP request, answers 204, then stops listening: the next request finds the port closed."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(1)
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}"
        self.received = 0
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        conn, _ = self.sock.accept()
        with conn:
            data = b""
            while b"\r\n\r\n" not in data:
                data += conn.recv(65536)
            head, _, body = data.partition(b"\r\n\r\n")
            length = next(
                int(line.split(b":")[1]) for line in head.split(b"\r\n") if line.lower().startswith(b"content-length")
            )
            while len(body) < length:
                body += conn.recv(65536)
            self.received = body.count(b"\n")
            self.sock.close()  # stop listening before answering: no second request can get in
            conn.sendall(b"HTTP/1.1 204 No Content\r\nConnection: close\r\n\r\n")

    def close(self) -> None:
        self._thread.join(5)
        with contextlib.suppress(OSError):
            self.sock.close()


def oxigraph_binary() -> str | None:
    """The ``oxigraph`` server next to this Python (a venv's ``bin``, which need not be on PATH), else on PATH."""
    name = "oxigraph.exe" if os.name == "nt" else "oxigraph"
    beside = Path(sys.executable).parent / name  # not resolved: a venv's python is a symlink out of the venv
    if beside.is_file() and os.access(beside, os.X_OK):
        return str(beside)
    return shutil.which("oxigraph")


class Misbehaving:
    """A server that reads each request, then answers badly: ``trickle`` sends a status line one byte
    every ``pace`` seconds, ``silent`` never answers, ``flood`` answers 500 with a ``size``-byte body.

    ``sent`` counts the body bytes the flood got into the socket (what a client could have read);
    every answer stops after ``give_up`` seconds, so a client that does not stop cannot hang a test.
    """

    def __init__(self, mode: str, *, pace: float = 0.2, size: int = 200 * 2**20, give_up: float = 60.0) -> None:
        self.mode, self.pace, self.size, self.give_up = mode, pace, size, give_up
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(8)
        self.sock.settimeout(0.2)
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}"
        self.requests = 0
        self.sent: list[int] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except (TimeoutError, OSError):
                continue
            threading.Thread(target=self._answer, args=(conn,), daemon=True).start()

    def _answer(self, conn: socket.socket) -> None:
        with conn, contextlib.suppress(OSError):
            data = b""
            while b"\r\n\r\n" not in data:
                more = conn.recv(65536)
                if not more:
                    return
                data += more
            head, _, body = data.partition(b"\r\n\r\n")
            length = next(
                (
                    int(line.split(b":")[1])
                    for line in head.split(b"\r\n")
                    if line.lower().startswith(b"content-length")
                ),
                0,
            )
            while len(body) < length:
                body += conn.recv(65536)
            self.requests += 1
            until = time.monotonic() + self.give_up
            if self.mode == "trickle":
                for byte in b"HTTP/1.1 200 OK\r\nX-Slow: " + b"x" * 10_000:
                    if time.monotonic() > until or self._stop.is_set():
                        return
                    conn.sendall(bytes([byte]))
                    time.sleep(self.pace)
            elif self.mode == "silent":
                while time.monotonic() < until and not self._stop.is_set():
                    time.sleep(0.05)
            elif self.mode == "flood":
                self.sent.append(0)
                conn.sendall(
                    f"HTTP/1.1 500 Internal Server Error\r\nContent-Type: text/plain\r\n"
                    f"Content-Length: {self.size}\r\n\r\n".encode()
                )
                chunk = b"error " * 10923
                conn.settimeout(5.0)
                while self.sent[-1] < self.size and time.monotonic() < until:
                    self.sent[-1] += conn.send(chunk[: self.size - self.sent[-1]])

    def close(self) -> None:
        self._stop.set()
        self._thread.join(5)
        self.sock.close()


@contextlib.contextmanager
def oxigraph_server(location: Path) -> Iterator[str]:
    """A real ``oxigraph serve`` on a free loopback port; yields its base URL and stops it after."""
    import httpx
    import pytest

    binary = oxigraph_binary()
    if binary is None:
        missing = "the oxigraph server binary is not installed (pip install oxigraph)"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"{missing}: CI must run the tests against a real server")
        pytest.skip(missing)
    port = free_port()
    proc = subprocess.Popen(
        [binary, "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    url = f"http://127.0.0.1:{port}"

    def up() -> bool:
        if proc.poll() is not None:
            raise RuntimeError(f"oxigraph exited: {proc.stderr.read().decode(errors='replace')}")
        try:
            return httpx.get(f"{url}/query", params={"query": "ASK {}"}, timeout=1).status_code == 200
        except httpx.TransportError:
            return False

    try:
        _wait_until(up, "oxigraph serve")
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        proc.stderr.close()
