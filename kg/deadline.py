"""A job with a time limit in a thread of this process, for a process that ends right after it.

Oxigraph cannot cancel a running query, and a thread cannot be stopped from outside. A long-lived
process therefore runs queries in worker processes it can kill (:mod:`kg.worker`, ``kg serve``).
A one-shot command (``kg query``) does not need one: it runs the query in a daemon thread and
waits for it; a query past its limit, or a Ctrl-C, is *abandoned* — its thread runs on — and the
command ends the whole process at once with :func:`os._exit`, which stops the engine with it.
That saves forking a template and a worker and pickling the answer across (~30 ms a command).
The wait also watches the process's resident memory, so a query that fills it (an ``ORDER BY``
over a cross product takes ~180 MB/s) is stopped at a memory limit the same way.

>>> run_in_thread(sum, [1, 2, 3], timeout_s=5)
6
"""

from __future__ import annotations

import _signal  # the C module behind signal, without its enums (0.5 ms of every kg query)
import contextlib
import os
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

from kg.errors import KgError, QueryOutOfMemory, QueryTimeout

_abandoned: list[threading.Thread] = []


def abandoned() -> bool:
    """Whether a job that ran out of time or was interrupted may still be running here.

    Then the process must end with :func:`os._exit`: a normal exit would finalise the
    interpreter under a thread that is still inside the engine.
    """
    return any(thread.is_alive() for thread in _abandoned)


#: How often the wait looks at the memory the process holds (a job that ends sooner is never looked at).
MEMORY_CHECK_S = 0.05


def resident_mb() -> float | None:
    """The memory this process holds now (resident set, MB); None where ``/proc`` cannot tell (not Linux)."""
    try:
        with open("/proc/self/statm", "rb") as statm:
            pages = int(statm.read().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") / (1 << 20)
    except (OSError, ValueError, IndexError, AttributeError):
        return None


def run_in_thread(func: Callable[..., Any], *args: Any, timeout_s: float, max_memory_mb: float | None = None) -> Any:
    """``func(*args)`` in a daemon thread: its value, or its exception raised here.

    :param max_memory_mb: how much the process's resident memory may grow while the job runs
        (looked at every :data:`MEMORY_CHECK_S`, so it may pass by what the job takes in that
        time); None, or a system without ``/proc``: no memory limit.
    :raises kg.errors.QueryTimeout: after ``timeout_s`` seconds; the job is abandoned (see above).
    :raises kg.errors.QueryOutOfMemory: past ``max_memory_mb``; the job is abandoned too.
    :raises KeyboardInterrupt: on Ctrl-C while waiting; the job is abandoned too.
    """
    outcome: dict[str, Any] = {}
    done = threading.Event()

    def job() -> None:
        # signals go to the waiting main thread, which turns Ctrl-C into KeyboardInterrupt at once
        _signal.pthread_sigmask(_signal.SIG_BLOCK, {_signal.SIGINT, _signal.SIGTERM})
        try:
            outcome["value"] = func(*args)
        except BaseException as exc:  # noqa: BLE001 - handed to the caller, raised there
            outcome["error"] = exc
        finally:
            done.set()

    ceiling = None
    if max_memory_mb is not None:
        held = resident_mb()
        ceiling = None if held is None else held + max_memory_mb
    thread = threading.Thread(target=job, name="kg-job", daemon=True)
    thread.start()
    end = time.monotonic() + timeout_s
    too_large = False
    try:
        while True:
            left = end - time.monotonic()
            if left <= 0 or done.wait(left if ceiling is None else min(left, MEMORY_CHECK_S)):
                break
            if ceiling is not None and (resident_mb() or 0.0) > ceiling:
                too_large = True
                break
    except BaseException:
        _abandoned.append(thread)
        raise
    if not done.is_set():
        _abandoned.append(thread)
        if too_large:
            raise QueryOutOfMemory(
                f"the query needed more than the memory limit of {max_memory_mb:,g} MB and was stopped; "
                "narrow it, add a LIMIT, or give a larger --max-memory"
            )
        raise QueryTimeout(
            f"the query ran longer than the time limit of {timeout_s:g} s and was stopped; "
            "narrow it, add a LIMIT, or give a longer --timeout"
        )
    if "error" in outcome:
        raise outcome.pop("error")
    return outcome["value"]


class TimeLimit(KgError):
    """Work in Python that ran past its limit in :func:`time_limit` and was stopped."""


#: The longest time limit (11 days): past it a timer overflows the platform's (kg.cli.MAX_TIMEOUT says the same).
MAX_SECONDS = 1e6


def checked_seconds(seconds: float | None, what: str) -> float | None:
    """``seconds`` as a time limit (None: none), or a :class:`~kg.errors.KgError` naming ``what``:
    a limit is more than 0 and at most :data:`MAX_SECONDS` (NaN, 0, negative or infinite ones are refused)."""
    if seconds is not None and not 0 < seconds <= MAX_SECONDS:
        raise KgError(f"{what} must be a number of seconds from 0 to {MAX_SECONDS:g}, not {seconds!r}")
    return seconds


class _Expired(BaseException):
    """Raised into the work at its limit: a BaseException, so no ``except Exception`` inside swallows it."""


@contextlib.contextmanager
def time_limit(seconds: float | None, message: str) -> Iterator[None]:
    """Stop the Python work inside after ``seconds``: :class:`TimeLimit` with ``message`` is raised from it.

    For work that is pure Python (a parser's loop, the extraction rules, a regular expression),
    not a call into the engine, which no signal stops. A real-time timer's signal interrupts the
    main thread between two bytecodes; what it raises is no ``Exception``, so a broad ``except``
    in the work cannot swallow it (and the timer fires again every 50 ms until it is out). The
    previous handler and timer are put back afterwards, the timer less the time spent; a timer
    already set that ends first still fires first, with its own handler. Elsewhere than in the main
    thread, or with ``seconds`` None, there is no limit (signals reach the main thread only).
    """
    checked_seconds(seconds, "a time limit")
    if seconds is None or threading.current_thread() is not threading.main_thread():
        yield
        return
    token = object()
    start = time.monotonic()
    outer: float | None = None  # when a timer the caller had set is due

    def stop(signum: int, frame: Any) -> None:
        nonlocal outer
        if outer is not None and time.monotonic() >= outer - 0.001:  # the caller's timer ran out first
            outer, ours = None, start + seconds - time.monotonic()
            if ours > 0:
                _signal.setitimer(_signal.ITIMER_REAL, ours)
                if callable(before):
                    before(signum, frame)  # its handler decides (it may raise)
                return
        _signal.setitimer(_signal.ITIMER_REAL, 0.05)
        raise _Expired(token)

    before = _signal.signal(_signal.SIGALRM, stop)
    remaining, interval = _signal.setitimer(_signal.ITIMER_REAL, seconds)
    outer = start + remaining if remaining > 0 else None
    if outer is not None and remaining < seconds:
        _signal.setitimer(_signal.ITIMER_REAL, remaining)
    try:
        yield
    except _Expired as exc:
        if exc.args[0] is not token:
            raise
        raise TimeLimit(message) from None
    finally:
        try:
            _signal.setitimer(_signal.ITIMER_REAL, 0)
        finally:
            _signal.signal(_signal.SIGALRM, before)
            if outer is not None:
                _signal.setitimer(_signal.ITIMER_REAL, max(outer - time.monotonic(), 1e-6), interval)


__all__ = [
    "MAX_SECONDS",
    "MEMORY_CHECK_S",
    "TimeLimit",
    "abandoned",
    "checked_seconds",
    "resident_mb",
    "run_in_thread",
    "time_limit",
]
