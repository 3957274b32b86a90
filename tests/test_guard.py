"""kg serve's HTTP guard over real sockets: Host check, nosniff, bodies cut while streaming, slow and many clients."""

from __future__ import annotations

import contextlib
import socket
import time

import httpx
import pytest
from _net import uvicorn_app
from conftest import SEED

from kg.guard import ConnectionLimits, Guard, allowed_hosts, protocol_class
from kg.serve import make_app

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


@pytest.fixture(scope="module")
def store():
    from kg.store import build_store

    return build_store(list(SEED))


@pytest.fixture(scope="module")
def server(store):
    with uvicorn_app(make_app(store, max_concurrent=1, spare=0, max_query_bytes=1000)) as url:
        yield url


def guarded(app, **limits):
    """Run ``app`` with kg serve's connection protocol and the given limits."""
    return uvicorn_app(app, http=protocol_class(ConnectionLimits(**limits)), limit_concurrency=None)


async def hello(scope, receive, send) -> None:
    """A tiny ASGI app: reads the whole body, answers its length."""
    size = 0
    while True:
        message = await receive()
        size += len(message.get("body", b""))
        if not message.get("more_body"):
            break
    await send({"type": "http.response.start", "status": 200, "headers": [(b"content-type", b"text/plain")]})
    await send({"type": "http.response.body", "body": str(size).encode()})


def tiny_app():
    hosts, any_port = allowed_hosts("127.0.0.1", None)
    return Guard(hello, hosts=hosts, any_port=any_port, max_body_bytes=1000)


def connect(url: str) -> socket.socket:
    host, port = url.removeprefix("http://").split(":")
    sock = socket.create_connection((host, int(port)), timeout=30)
    return sock


def read_answer(sock: socket.socket) -> bytes:
    """Everything the server sends until it closes (bounded by the socket timeout)."""
    data = b""
    with contextlib.suppress(ConnectionResetError):
        while chunk := sock.recv(65536):
            data += chunk
    return data


# ---------------------------------------------------------------- Host and nosniff


def test_every_answer_says_nosniff(server):
    answers = [
        httpx.get(f"{server}/sparql", params={"query": COUNT}),  # 200
        httpx.get(f"{server}/queries/no-such-query"),  # 404
        httpx.get(
            f"{server}/sparql", params={"query": "SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }"}
        ),
        httpx.get(f"{server}/sparql", params={"query": " "}),  # 400
        httpx.delete(f"{server}/sparql"),  # 405
        httpx.get(f"{server}/sparql", params={"query": COUNT}, headers={"Host": "evil.example"}),  # 421
    ]
    assert [a.status_code for a in answers] == [200, 404, 403, 400, 405, 421]
    assert all(a.headers["x-content-type-options"] == "nosniff" for a in answers)


def test_host_must_name_this_server(store, server):
    """DNS rebinding: a page on evil.example resolved to 127.0.0.1 sends Host: evil.example."""
    refused = httpx.get(f"{server}/sparql", params={"query": COUNT}, headers={"Host": "evil.example:7700"})
    assert refused.status_code == 421 and "--allow-host" in refused.text
    port = server.rsplit(":", 1)[1]
    for host in (f"127.0.0.1:{port}", f"localhost:{port}", "localhost"):
        assert httpx.get(f"{server}/queries", headers={"Host": host}).status_code == 200, host
    with uvicorn_app(make_app(store, max_concurrent=1, spare=0, allow_hosts=["kg.example.org"])) as url:
        assert httpx.get(f"{url}/queries", headers={"Host": "kg.example.org"}).status_code == 200
        assert httpx.get(f"{url}/queries", headers={"Host": "other.example.org"}).status_code == 421


def test_a_known_port_must_match():
    hosts, any_port = allowed_hosts("::1", 7700)
    guard = Guard(hello, hosts=hosts, any_port=any_port, max_body_bytes=10)
    assert guard._host_ok("[::1]:7700") and guard._host_ok("LOCALHOST:7700") and guard._host_ok("127.0.0.1")
    assert not guard._host_ok("127.0.0.1:7701") and not guard._host_ok("evil.example:7700")


# ---------------------------------------------------------------- bodies


def test_a_declared_long_body_is_refused_before_it_is_read(server):
    with connect(server) as sock:
        sock.sendall(
            b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/sparql-query\r\n"
            b"Content-Length: 400000000\r\n\r\n"
        )
        answer = read_answer(sock)
    assert answer.startswith(b"HTTP/1.1 413 ")
    assert b"longer than 3,000 bytes" in answer


def test_a_chunked_body_is_cut_while_it_streams(server):
    """A 400 MB chunked POST: 413 soon after the limit, and the server stops reading (the client cannot go on)."""
    chunk = b"%x\r\n%s\r\n" % (65536, b"#" * 65536)
    sent = 0
    with connect(server) as sock:
        sock.sendall(
            b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/sparql-query\r\n"
            b"Transfer-Encoding: chunked\r\n\r\n"
        )
        sock.settimeout(5)
        try:
            while sent < 400_000_000:
                sock.sendall(chunk)
                sent += 65536
        except (BrokenPipeError, ConnectionResetError, TimeoutError):
            pass  # the server answered and closed, or stopped reading
        sock.settimeout(30)
        answer = read_answer(sock)
    assert answer.startswith(b"HTTP/1.1 413 "), answer[:200]
    assert sent < 50_000_000, f"the client could send {sent:,} bytes"


# ---------------------------------------------------------------- slow and many clients


def test_headers_that_never_end_get_408_and_the_connection_closes():
    with guarded(tiny_app(), header_timeout_s=0.5) as url, connect(url) as sock:
        sock.sendall(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n")  # and never the blank line
        answer = read_answer(sock)
    assert answer.startswith(b"HTTP/1.1 408 ") and b"headers did not arrive within 0.5 s" in answer


def test_a_body_that_never_ends_gets_408():
    with guarded(tiny_app(), body_timeout_s=0.5) as url, connect(url) as sock:
        sock.sendall(b"POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 100\r\n\r\n" + b"x" * 10)
        answer = read_answer(sock)
    assert answer.startswith(b"HTTP/1.1 408 ") and b"body did not arrive" in answer


def test_a_silent_connection_is_closed():
    with guarded(tiny_app(), header_timeout_s=0.5) as url, connect(url) as sock:
        assert read_answer(sock).startswith(b"HTTP/1.1 408 ")


def test_slow_connections_cannot_fill_the_server():
    """Slowloris: more slow connections than the cap; each new one evicts the oldest waiting one,
    and normal clients are answered throughout."""
    with guarded(tiny_app(), max_connections=10, header_timeout_s=60) as url:
        slow = []
        try:
            for _ in range(25):
                sock = connect(url)
                sock.sendall(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-a: b\r\n")
                slow.append(sock)
                with httpx.Client() as client:  # a new connection each time
                    answer = client.post(url, content=b"abc")
                assert answer.status_code == 200 and answer.text == "3"
            for sock in slow[:10]:  # the oldest were closed to make room
                sock.settimeout(10)
                assert read_answer(sock) == b""
        finally:
            for sock in slow:
                sock.close()


def test_when_every_connection_is_busy_a_new_one_gets_503_with_retry_after():
    with guarded(tiny_app(), max_connections=2, body_timeout_s=60) as url:
        busy = [connect(url) for _ in range(2)]
        try:
            for sock in busy:  # each is in the middle of sending a body: not evictable
                sock.sendall(
                    b"POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 100\r\nExpect: 100-continue\r\n\r\n"
                )
                assert sock.recv(100).startswith(b"HTTP/1.1 100 ")  # the server has the headers and waits for the body
                sock.sendall(b"xx")
            with connect(url) as third:
                answer = read_answer(third)
            assert answer.startswith(b"HTTP/1.1 503 ")
            assert b"\r\nretry-after: 1\r\n" in answer.lower() and b"nosniff" in answer
        finally:
            for sock in busy:
                sock.close()


async def flood(scope, receive, send) -> None:
    """A tiny ASGI app answering 64 MB, in 1 MB pieces."""
    await send({"type": "http.response.start", "status": 200, "headers": [(b"content-length", str(64 << 20).encode())]})
    for _ in range(64):
        await send({"type": "http.response.body", "body": b"x" * (1 << 20), "more_body": True})
    await send({"type": "http.response.body", "body": b""})


def test_a_client_that_stops_reading_is_dropped():
    hosts, any_port = allowed_hosts("127.0.0.1", None)
    app = Guard(flood, hosts=hosts, any_port=any_port, max_body_bytes=10)
    with guarded(app, write_timeout_s=0.5) as url:
        host, port = url.removeprefix("http://").split(":")
        with socket.socket() as sock:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
            sock.settimeout(30)
            sock.connect((host, int(port)))
            sock.sendall(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
            time.sleep(2)  # not reading: the server's buffers fill and it stops writing
            got, give_up = 0, time.monotonic() + 30
            while got < 64 << 20 and time.monotonic() < give_up:
                try:
                    chunk = sock.recv(1 << 20)
                except (ConnectionResetError, TimeoutError):
                    break
                if not chunk:
                    break
                got += len(chunk)
    assert got < 64 << 20, "the server should drop a client that does not read, not keep its answer"


# ---------------------------------------------------------------- sending


def test_answers_are_sent_at_once_even_from_a_socket_made_with_proto_0():
    """Nagle's algorithm is off on every connection: else an answer's body waits for the client's delayed ACK of its head.

    asyncio turns it off only for listening sockets made with proto=IPPROTO_TCP; ``socket.socket()`` gives proto 0.
    """
    import threading

    import uvicorn

    sock = socket.socket()
    assert sock.proto == 0
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    config = uvicorn.Config(
        tiny_app(), http=protocol_class(ConnectionLimits()), log_level="error", lifespan="off", limit_concurrency=None
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    try:
        give_up = time.monotonic() + 30
        while not server.started and thread.is_alive() and time.monotonic() < give_up:
            time.sleep(0.02)
        with socket.create_connection(("127.0.0.1", port), timeout=30) as client:
            client.sendall(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
            assert client.recv(65536).startswith(b"HTTP/1.1 200 ")
            (connection,) = server.server_state.connections
            served = connection.transport.get_extra_info("socket")
            assert served.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) != 0
    finally:
        server.should_exit = True
        thread.join(10)
        sock.close()


@pytest.mark.parametrize(
    "name,says",
    [("https://kg.example.org/", "without a scheme or a path"), ("", "is not a host name"), ("a b", "is not a host")],
)
def test_allow_host_takes_only_what_a_host_header_carries(run, name, says):
    """Before, `--allow-host https://kg.example.org/` started a server that answered the proxy 421
    every time, and `--allow-host ''` let requests with an empty Host header through."""
    result = run("serve", "--allow-host", name, "--host", "not a host")  # a start would fail there, not hang
    assert result.exit_code == 2 and says in result.stderr and "--allow-host" in result.stderr
    from kg.errors import KgError
    from kg.guard import allowed_hosts

    with pytest.raises(KgError, match="is not a host name"):
        allowed_hosts("127.0.0.1", 7700, [name])
    names, _ = allowed_hosts("127.0.0.1", 7700, ["KG.example.org", "kg.example.org:8443", "[::1]"])
    assert "kg.example.org" in names and "kg.example.org:8443" in names
