"""Bounded load test of ``kg serve`` under abuse, on loopback: does it keep answering?

    $ python benchmarks/bench_serve_abuse.py              # ~1.5 min, then stops by itself
    $ python benchmarks/bench_serve_abuse.py --quick      # shorter phases

It starts ``python -m kg serve`` (bundled graph, default limits) on a free loopback port and runs
four phases, one after the other, each bounded in count and time:

1. **Runaways**: 4 runaway queries (``SELECT (COUNT(*) AS ?n) WHERE {?a ?b ?c.?d ?e ?f.?g ?h ?i}``)
   and, while they run, light queries one after another: their answer times, and what the
   runaways get back.
2. **Slowloris**: 110 connections each sending one header line every 5 s (reconnecting when the
   server closes them), while a probe client sends light queries: the share answered and their times.
3. **200 clients** at once, 5 light queries each: the share of 503, whether each 503 carries
   ``Retry-After``, and p50/p99 answer times.
4. **A 400 MB chunked POST**: how much the client could send before the 413, and the server's
   peak resident memory (VmHWM) before and after.

This is a benchmark, not a test: it prints figures and asserts nothing.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import socket
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
from _serve import kg_serve

ROOT = Path(__file__).resolve().parents[1]
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE {?a ?b ?c.?d ?e ?f.?g ?h ?i}"
LIGHT = [
    ("GET", "/sparql", {"params": {"query": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"}}),
    ("GET", "/queries/who-proposed-what", {"params": {"actor": "baytaq"}}),
    (
        "GET",
        "/sparql",
        {"params": {"query": "SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 100"}, "headers": {"Accept": "text/csv"}},
    ),
]
CLIENT_TIMEOUT_S = 30.0


def status_kb(pid: int, field: str) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return 0


def pct(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(p / 100 * len(ordered)))]


def light(http: httpx.Client, n: int) -> tuple[int, float]:
    method, path, kwargs = LIGHT[n % len(LIGHT)]
    started = time.perf_counter()
    try:
        status = http.request(method, path, **kwargs).status_code
    except httpx.HTTPError:
        status = 0
    return status, time.perf_counter() - started


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms"


# ---------------------------------------------------------------- phases


def phase_runaways(base: str, seconds: float) -> None:
    print(f"\n1. 4 runaway queries, light queries one after another for {seconds:g} s")
    results: list[str] = []

    def runaway() -> None:
        started = time.perf_counter()
        try:
            response = httpx.get(f"{base}/sparql", params={"query": RUNAWAY}, timeout=120)
            results.append(f"{response.status_code} after {time.perf_counter() - started:.1f} s")
        except httpx.HTTPError as exc:
            results.append(type(exc).__name__)

    threads = [threading.Thread(target=runaway) for _ in range(4)]
    for thread in threads:
        thread.start()
    time.sleep(0.5)  # the runaways have taken their workers
    times, statuses = [], []
    with httpx.Client(base_url=base, timeout=CLIENT_TIMEOUT_S) as http:
        end = time.monotonic() + seconds
        n = 0
        while time.monotonic() < end and len(results) < 4:
            status, took = light(http, n)
            statuses.append(status)
            times.append(took)
            n += 1
    running = 4 - len(results)
    for thread in threads:
        thread.join(150)
    ok = statuses.count(200)
    print(
        f"   light queries: {len(times)} sent, {ok} answered 200 ({100 * ok / max(1, len(times)):.0f} %), "
        f"p50 {ms(pct(times, 50))}, p99 {ms(pct(times, 99))}, max {ms(max(times, default=0))}; "
        f"{running} runaways still running at the end of the window"
    )
    print(f"   runaways got: {', '.join(sorted(results))}")


async def _slowloris(host: str, port: int, connections: int, seconds: float, counters: dict[str, int]) -> None:
    """``connections`` slow clients: one header line every 5 s, reconnecting when closed, for ``seconds``."""
    end = time.monotonic() + seconds

    async def one() -> None:
        while time.monotonic() < end:
            try:
                reader, writer = await asyncio.open_connection(host, port)
            except OSError:
                counters["refused"] += 1
                await asyncio.sleep(1)
                continue
            counters["opened"] += 1
            try:
                writer.write(b"GET /queries HTTP/1.1\r\nHost: 127.0.0.1\r\n")
                while time.monotonic() < end:
                    await writer.drain()
                    try:
                        data = await asyncio.wait_for(reader.read(1024), 5)
                    except asyncio.TimeoutError:
                        writer.write(b"X-Slow: 1\r\n")
                        continue
                    del data  # the server answered (408/503) or closed: reconnect
                    counters["closed by server"] += 1
                    break
            except OSError:
                counters["closed by server"] += 1
            finally:
                writer.close()

    await asyncio.gather(*(one() for _ in range(connections)))


def phase_slowloris(base: str, port: int, seconds: float) -> None:
    print(f"\n2. 110 slowloris connections (one header line every 5 s) for {seconds:g} s, a probe client meanwhile")
    counters = {"opened": 0, "closed by server": 0, "refused": 0}
    attacker = threading.Thread(target=asyncio.run, args=(_slowloris("127.0.0.1", port, 110, seconds, counters),))
    attacker.start()
    time.sleep(2)  # all 110 are open
    times, statuses = [], []
    end = time.monotonic() + seconds - 3
    n = 0
    while time.monotonic() < end:
        with httpx.Client(base_url=base, timeout=CLIENT_TIMEOUT_S) as http:  # a new connection each time
            status, took = light(http, n)
        statuses.append(status)
        times.append(took)
        n += 1
        time.sleep(0.2)
    attacker.join(seconds + 30)
    ok = statuses.count(200)
    print(
        f"   probe: {len(times)} queries, {ok} answered 200 ({100 * ok / max(1, len(times)):.0f} %), "
        f"p50 {ms(pct(times, 50))}, p99 {ms(pct(times, 99))}, max {ms(max(times, default=0))}"
    )
    print(
        f"   attacker: {counters['opened']} connections opened, {counters['closed by server']} closed by the "
        f"server (408 after the header timeout), {counters['refused']} refused"
    )


def phase_many_clients(base: str, clients: int, each: int) -> None:
    print(f"\n3. {clients} clients at once, {each} light queries each")
    barrier = threading.Barrier(clients)
    records: list[tuple[int, float, bool]] = []
    lock = threading.Lock()

    def client(k: int) -> None:
        mine = []
        with httpx.Client(base_url=base, timeout=CLIENT_TIMEOUT_S) as http:
            try:
                barrier.wait(30)
            except threading.BrokenBarrierError:
                pass
            for i in range(each):
                method, path, kwargs = LIGHT[(k + i) % len(LIGHT)]
                started = time.perf_counter()
                try:
                    response = http.request(method, path, **kwargs)
                    mine.append(
                        (response.status_code, time.perf_counter() - started, "retry-after" in response.headers)
                    )
                except httpx.HTTPError:
                    mine.append((0, time.perf_counter() - started, False))
        with lock:
            records.extend(mine)

    started = time.perf_counter()
    with ThreadPoolExecutor(clients) as pool:
        list(pool.map(client, range(clients)))
    wall = time.perf_counter() - started
    busy = [r for r in records if r[0] == 503]
    failed = [r for r in records if r[0] not in (200, 503)]
    times = [r[1] for r in records]
    print(
        f"   {len(records)} requests in {wall:.1f} s: {len(records) - len(busy) - len(failed)} answered 200, "
        f"{len(busy)} got 503 ({100 * len(busy) / max(1, len(records)):.1f} %, "
        f"{sum(1 for r in busy if r[2])} of them with Retry-After), {len(failed)} other/failed; "
        f"p50 {ms(pct(times, 50))}, p99 {ms(pct(times, 99))}"
    )


def phase_big_post(port: int, pid: int, megabytes: int) -> None:
    print(f"\n4. a {megabytes} MB chunked POST to /sparql")
    before = status_kb(pid, "VmHWM")
    chunk_size = 1 << 16
    chunk = b"%x\r\n%s\r\n" % (chunk_size, b"#" * chunk_size)
    sent = 0
    answer = b""
    started = time.perf_counter()
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        sock.sendall(
            b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/sparql-query\r\n"
            b"Transfer-Encoding: chunked\r\n\r\n"
        )
        try:
            while sent < megabytes << 20:
                sock.sendall(chunk)
                sent += chunk_size
        except OSError:
            pass
        took = time.perf_counter() - started
        try:
            answer = sock.recv(200)
        except OSError:
            pass
    after = status_kb(pid, "VmHWM")
    status_line = answer.split(b"\r\n", 1)[0].decode(errors="replace") or "(none)"
    print(
        f"   answer: {status_line} after {took:.2f} s; "
        f"the client got {sent / 1e6:.1f} MB out before the server stopped reading"
    )
    print(f"   server peak RSS (VmHWM): {before / 1024:.0f} MB before, {after / 1024:.0f} MB after")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="shorter phases (runaways 6 s, slowloris 15 s)")
    args = parser.parse_args()
    load_before = os.getloadavg()
    with kg_serve() as (server, port, command):
        base = f"http://127.0.0.1:{port}"
        with httpx.Client(base_url=base, timeout=CLIENT_TIMEOUT_S) as http:
            for n in range(len(LIGHT)):
                light(http, n)
        print(f"kg serve on loopback (default limits: 10 s per query, 4 workers + 2 spares), {' '.join(command[1:])}")
        phase_runaways(base, 6 if args.quick else 9)
        phase_slowloris(base, port, 15 if args.quick else 25)
        phase_many_clients(base, 200, 5)
        phase_big_post(port, server.pid, 400)
    load_after = os.getloadavg()
    print(
        f"\n{os.cpu_count()} CPUs, load average {load_before[0]:.1f} before, {load_after[0]:.1f} after; "
        "client and server share the machine"
    )


if __name__ == "__main__":
    main()
