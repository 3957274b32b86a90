"""Start ``kg serve`` for a benchmark: a free loopback port, wait until it answers, stop it after."""

from __future__ import annotations

import contextlib
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextlib.contextmanager
def kg_serve(*options: str, root: Path = ROOT) -> Iterator[tuple[subprocess.Popen, int, list[str]]]:
    """Run ``python -m kg serve -q --port PORT *options`` from the checkout ``root``; yields (process, port, command)."""
    port = free_port()
    command = [sys.executable, "-m", "kg", "serve", "-q", "--port", str(port), *options]
    server = subprocess.Popen(command, cwd=root, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        for _ in range(600):  # up to a minute or so
            if server.poll() is not None:
                raise SystemExit(f"kg serve exited: {server.stderr.read().decode(errors='replace')}")
            try:
                if httpx.get(f"http://127.0.0.1:{port}/queries", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.1)
        yield server, port, command
    finally:
        server.terminate()
        try:
            server.wait(15)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
