"""A job with a time limit in a thread of this process, for a process that ends right after it.

Oxigraph cannot cancel a running query, and a thread cannot be stopped from outside. A long-lived
process therefore runs queries in worker processes it can kill (:mod:`kg.worker`, ``kg serve``).
A one-shot command (``kg query``) does not need one: it runs the query in a daemon thread and
waits for it; a query past its limit, or a Ctrl-C, is *abandoned* — its thread runs on — and the
command ends the whole process at once with :func:`os._exit`, which stops the engine with it.
That saves forking a template and a worker and pickling the answer across (~30 ms a command).

>>> run_in_thread(sum, [1, 2, 3], timeout_s=5)
6
"""

from __future__ import annotations

import _signal  # the C module behind signal, without its enums (0.5 ms of every kg query)
import contextlib
import threading
from collections.abc import Callable, Iterator
from typing import Any

from kg.errors import KgError, QueryTimeout

_abandoned: list[threading.Thread] = []


def abandoned() -> bool:
    """Whether a job that ran out of time or was interrupted may still be running here.

    Then the process must end with :func:`os._exit`: a normal exit would finalise the
    interpreter under a thread that is still inside the engine.
    """
    return any(thread.is_alive() for thread in _abandoned)


def run_in_thread(func: Callable[..., Any], *args: Any, timeout_s: float) -> Any:
    """``func(*args)`` in a daemon thread: its value, or its exception raised here.

    :raises kg.errors.QueryTimeout: after ``timeout_s`` seconds; the job is abandoned (see above).
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

    thread = threading.Thread(target=job, name="kg-job", daemon=True)
    thread.start()
    try:
        finished = done.wait(timeout_s)
    except BaseException:
        _abandoned.append(thread)
        raise
    if not finished:
        _abandoned.append(thread)
        raise QueryTimeout(
            f"the query ran longer than the time limit of {timeout_s:g} s and was stopped; "
            "narrow it, add a LIMIT, or give a longer --timeout"
        )
    if "error" in outcome:
        raise outcome.pop("error")
    return outcome["value"]


class TimeLimit(KgError):
    """Work in Python that ran past its limit in :func:`time_limit` and was stopped."""


@contextlib.contextmanager
def time_limit(seconds: float | None, message: str) -> Iterator[None]:
    """Stop the Python work inside after ``seconds``: :class:`TimeLimit` with ``message`` is raised in it.

    For work that is pure Python (a parser's loop, the extraction rules), not a call into the
    engine, which no signal stops. A real-time timer's signal interrupts the main thread between
    two bytecodes; the previous handler and timer are put back afterwards. Elsewhere than in the
    main thread, or with ``seconds`` None, there is no limit (signals reach the main thread only).
    """
    if seconds is None or threading.current_thread() is not threading.main_thread():
        yield
        return

    def stop(_signum: int, _frame: Any) -> None:
        raise TimeLimit(message)

    before = _signal.signal(_signal.SIGALRM, stop)
    _signal.setitimer(_signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        _signal.setitimer(_signal.ITIMER_REAL, 0)
        _signal.signal(_signal.SIGALRM, before)


__all__ = ["TimeLimit", "abandoned", "run_in_thread", "time_limit"]
