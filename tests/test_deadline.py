"""A job in a thread with a time limit: its value or its error comes back; past the limit it is abandoned."""

from __future__ import annotations

import threading

import pytest

from kg import deadline
from kg.errors import QueryError, QueryTimeout


def fail() -> None:
    raise QueryError("refused", path="q.rq", line=3)


def test_the_value_and_the_error_come_back():
    assert deadline.run_in_thread(sorted, [3, 1, 2], timeout_s=5) == [1, 2, 3]
    with pytest.raises(QueryError) as err:
        deadline.run_in_thread(fail, timeout_s=5)
    assert str(err.value) == "q.rq:3: refused"
    assert not deadline.abandoned()


def test_a_job_past_its_limit_is_abandoned_until_it_ends():
    release = threading.Event()
    with pytest.raises(QueryTimeout, match="time limit of 0.2 s"):
        deadline.run_in_thread(release.wait, 60, timeout_s=0.2)
    assert deadline.abandoned()  # still running: kg query ends the process with os._exit now
    release.set()
    for thread in list(deadline._abandoned):
        thread.join(5)
    assert not deadline.abandoned()
    deadline._abandoned.clear()


def test_the_job_runs_in_a_daemon_thread_that_leaves_signals_to_the_main_thread():
    import signal

    def where():
        return threading.current_thread().daemon, signal.SIGINT in signal.pthread_sigmask(signal.SIG_BLOCK, [])

    assert deadline.run_in_thread(where, timeout_s=5) == (True, True)
