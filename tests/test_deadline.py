"""A job in a thread with a time limit: its value or its error comes back; past the limit it is abandoned."""

from __future__ import annotations

import threading

import pytest

from kg import deadline
from kg.errors import KgError, QueryError, QueryTimeout


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


def test_a_job_past_its_memory_limit_is_abandoned_until_it_ends():
    from kg.errors import QueryOutOfMemory

    release = threading.Event()
    held: list[bytearray] = []

    def fill() -> None:
        while not release.is_set() and len(held) < 100:  # at most 1 GB, 10 MB every 10 ms
            held.append(bytearray(b"x") * (10 << 20))  # filled in place: no 10 MB temporary beside it
            release.wait(0.01)

    with pytest.raises(QueryOutOfMemory, match="memory limit of 50 MB and was stopped; .* --max-memory"):
        deadline.run_in_thread(fill, timeout_s=60, max_memory_mb=50)
    assert 5 <= len(held) < 20  # stopped within ~0.05 s of passing the limit
    assert deadline.abandoned()
    release.set()
    for thread in list(deadline._abandoned):
        thread.join(5)
    held.clear()
    deadline._abandoned.clear()
    assert deadline.run_in_thread(sorted, [2, 1], timeout_s=5, max_memory_mb=50) == [1, 2]


def test_the_job_runs_in_a_daemon_thread_that_leaves_signals_to_the_main_thread():
    import signal

    def where():
        return threading.current_thread().daemon, signal.SIGINT in signal.pthread_sigmask(signal.SIG_BLOCK, [])

    assert deadline.run_in_thread(where, timeout_s=5) == (True, True)


def test_time_limit_stops_python_work_and_puts_the_old_handler_back():
    import signal

    before = signal.getsignal(signal.SIGALRM)
    with pytest.raises(deadline.TimeLimit, match="ran away"), deadline.time_limit(0.05, "ran away"):
        while True:  # a loop that never ends by itself
            pass
    assert signal.getsignal(signal.SIGALRM) is before
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    with deadline.time_limit(30, "unused"):  # work that ends in time: no error, and no timer left
        total = sum(range(1000))
    assert total == 499500 and signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


def test_time_limit_is_no_limit_outside_the_main_thread():
    """Signals reach the main thread only: elsewhere the work runs unbounded rather than unsafely."""
    seen = []

    def job():
        with deadline.time_limit(0.01, "never"):
            seen.append(signal_timer())

    def signal_timer():
        import signal

        return signal.getitimer(signal.ITIMER_REAL)

    thread = threading.Thread(target=job)
    thread.start()
    thread.join()
    assert seen == [(0.0, 0.0)]


def test_a_broad_except_in_the_work_does_not_swallow_the_limit():
    """The signal raises no Exception: code that catches every Exception (a parser's fallback) still stops."""
    import time

    give_up = time.monotonic() + 10  # only so that a regression fails instead of hanging
    with pytest.raises(deadline.TimeLimit, match="stopped"), deadline.time_limit(0.05, "stopped"):
        while time.monotonic() < give_up:
            try:
                while time.monotonic() < give_up:
                    pass
            except Exception:  # noqa: BLE001, S110 - the work's own fallback, as in kg.extract
                pass
        pytest.fail("the work ran to its end: the limit was swallowed")


def test_a_timer_already_set_is_put_back_and_fires_first_when_it_ends_first():
    import signal
    import time

    fired = []
    before = signal.signal(signal.SIGALRM, lambda *_: fired.append("outer"))
    try:
        signal.setitimer(signal.ITIMER_REAL, 30)
        with deadline.time_limit(5, "inner"):
            pass
        left = signal.getitimer(signal.ITIMER_REAL)[0]
        assert 25 < left <= 30  # the caller's timer, less the time spent
        signal.setitimer(signal.ITIMER_REAL, 0.05)
        with deadline.time_limit(30, "inner"):  # the caller's timer ends first: its handler runs, not ours
            give_up = time.monotonic() + 10
            while not fired and time.monotonic() < give_up:
                pass
        assert fired == ["outer"]
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, before)


@pytest.mark.parametrize("bad", [0, -1, float("nan"), float("inf"), 2e6])
def test_a_time_limit_out_of_range_is_refused_before_any_timer_is_set(bad):
    import signal

    with (
        pytest.raises(KgError, match="a time limit must be a number of seconds from 0 to 1e"),
        deadline.time_limit(bad, "unused"),
    ):
        pass
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


def test_the_cli_bound_is_the_time_limits():
    from kg.cli import MAX_TIMEOUT

    assert MAX_TIMEOUT == deadline.MAX_SECONDS
