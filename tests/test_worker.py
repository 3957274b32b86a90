"""Worker processes: results and errors come back, a runaway query is killed and replaced, spares keep light queries going."""

from __future__ import annotations

import asyncio
import contextlib
import os
import pickle
import signal
import time

import pytest
from conftest import SEED

from kg.errors import KgError, QueryError, QueryTimeout
from kg.worker import Busy, OutOfMemory, QueryPool, StartFailed, WorkerError, run_with_limit

RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE {?a ?b ?c.?d ?e ?f.?g ?h ?i}"
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


@pytest.fixture(scope="module")
def store():
    from kg.store import build_store

    return build_store(list(SEED))


# jobs: module-level functions, as a worker receives them by reference


def count(store, text: str) -> int:
    return int(next(iter(store.query(text)))["n"].value)


def refuse(store, text: str) -> None:
    raise QueryError(f"refused: {text}", path="q.rq", line=3)


def die(store) -> None:
    os._exit(3)


def pid_of_worker(store) -> int:
    return os.getpid()


def alive(pid: int) -> bool:
    """Whether a process exists (the template reaps its workers, so a killed one disappears)."""
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().split(")")[-1].split()[0] != "Z"
    except (FileNotFoundError, ProcessLookupError):  # gone before the open, or reaped between open and read
        return False


def gone_soon(pid: int) -> bool:
    give_up = time.monotonic() + 10
    while alive(pid):
        if time.monotonic() > give_up:
            return False
        time.sleep(0.01)
    return True


def test_results_and_errors_come_back(store):
    with QueryPool(store) as pool:
        assert pool.run(count, COUNT, timeout_s=30) == len(store)
        with pytest.raises(QueryError) as err:
            pool.run(refuse, "x", timeout_s=30)
        assert str(err.value) == "q.rq:3: refused: x"  # path and line survive the trip
        assert pool.run(count, COUNT, timeout_s=30) == len(store)  # the worker is still there


def test_a_runaway_is_killed_at_its_limit_and_replaced(store):
    with QueryPool(store) as pool:
        first = pool.run(pid_of_worker, timeout_s=30)
        with pytest.raises(QueryTimeout, match="time limit of 0.5 s"):
            pool.run(count, RUNAWAY, timeout_s=0.5)
        assert gone_soon(first), "the worker running the runaway query was killed"
        assert pool.killed == 1
        second = pool.run(pid_of_worker, timeout_s=30)
        assert second != first and pool.run(count, COUNT, timeout_s=30) == len(store)


def test_run_with_limit_stops_a_runaway(store):
    with pytest.raises(QueryTimeout):
        run_with_limit(store, count, RUNAWAY, timeout_s=0.5)
    assert run_with_limit(store, count, COUNT, timeout_s=30) == len(store)


def test_a_dead_worker_is_an_error_and_replaced(store):
    with QueryPool(store) as pool:
        with pytest.raises(WorkerError, match="died"):
            pool.run(die, timeout_s=30)
        assert pool.run(count, COUNT, timeout_s=30) == len(store)


def kill_itself(store) -> None:
    os.kill(os.getpid(), signal.SIGKILL)


def kill_idle(pids) -> None:
    """SIGKILL idle workers from outside, as the OOM killer or an operator would, and wait until they are gone."""
    for pid in pids:
        os.kill(pid, signal.SIGKILL)
    assert all(gone_soon(pid) for pid in pids)


def test_a_worker_killed_while_idle_is_replaced_before_a_query_reaches_it(store):
    """The idle worker is killed from outside: the next query is answered by its replacement (it failed
    with 'the query worker died', though it never ran in that worker)."""
    with QueryPool(store) as pool:
        first = pool.run(pid_of_worker, timeout_s=30)
        kill_idle([first])
        second = pool.run(pid_of_worker, timeout_s=30)
        assert second != first and pool.run(count, COUNT, timeout_s=30) == len(store)
        assert pool.killed == 0


def test_a_worker_killed_while_idle_is_replaced_before_a_query_reaches_it_in_the_server(store):
    """Both idle workers (the regular and the spare) are killed from outside: a query not seen yet and a
    light one are answered by the replacements (with max_memory_mb the first was told 'most likely ... the
    memory limit')."""

    async def scenario() -> None:
        with QueryPool(store, workers=1, spare=1, spare_timeout_s=30, max_memory_mb=512) as pool:
            pool._note_cost(2, 0.001)  # light: it takes the spare first
            dead = [worker.pid for worker, _ in pool._free]
            kill_idle(dead)
            assert await pool.run_async(pid_of_worker, timeout_s=30, queue_s=60) not in dead
            assert await pool.run_async(pid_of_worker, timeout_s=30, queue_s=60, cost_key=2) not in dead
            assert pool.killed == 0 and pool.idle == 2

    asyncio.run(scenario())


def test_a_worker_that_died_while_idle_is_not_handed_to_a_waiting_query(store):
    """A query waits for the one worker, which is killed from outside before it is given back: the waiting
    query gets the dead worker's replacement, not the dead worker."""

    async def scenario() -> None:
        with QueryPool(store, workers=1) as pool:
            held = pool._take()
            assert held is not None
            waiting = asyncio.create_task(pool.run_async(pid_of_worker, timeout_s=30, queue_s=60))
            await asyncio.sleep(0)
            assert pool._waiters
            kill_idle([held[0].pid])
            pool._finish(*held, True)  # given back after a complete answer: it goes to the waiting query
            assert await waiting != held[0].pid
            assert pool.killed == 0

    asyncio.run(scenario())


def test_a_spare_that_died_while_idle_is_not_taken_when_a_wait_ends(store):
    """A query whose wait for a starting regular worker ends takes an idle spare: not one found dead, which
    is replaced instead (and the query gets Busy, not 'the query worker died')."""
    with QueryPool(store, workers=1, spare=1) as pool:
        (spare,) = [worker.pid for worker, is_spare in pool._free if is_spare]
        kill_idle([spare])
        assert pool._take_spare() is None
        assert pool.idle == 2 and [worker.pid for worker, _ in pool._starting] != [spare]
        assert pool.killed == 0


def test_a_worker_killed_during_a_query_is_still_an_error(store):
    """The check before a query does not hide a worker that dies while it runs the query: that query fails
    as before (with max_memory_mb, most likely the memory limit), and the next one is answered."""

    async def scenario(pool) -> None:
        with pytest.raises(WorkerError, match="died") as err:
            await pool.run_async(kill_itself, timeout_s=30, queue_s=60)
        assert not isinstance(err.value, OutOfMemory)
        assert await pool.run_async(count, COUNT, timeout_s=30, queue_s=60) == len(store)

    with QueryPool(store) as pool:
        with pytest.raises(WorkerError, match="died"):
            pool.run(kill_itself, timeout_s=30)
        asyncio.run(scenario(pool))
        assert pool.killed == 2
    with QueryPool(store, max_memory_mb=512) as pool:
        with pytest.raises(OutOfMemory, match="most likely because it needed more than the memory limit of 512 MB"):
            pool.run(kill_itself, timeout_s=30)
        assert pool.run(count, COUNT, timeout_s=30) == len(store)


def test_close_ends_every_process(store):
    pool = QueryPool(store, workers=2, spare=1)
    pids = [pool.run(pid_of_worker, timeout_s=30) for _ in range(3)]
    template = pool._template
    pool.close()
    assert all(gone_soon(pid) for pid in pids)
    assert not alive(template)


def test_spare_workers_answer_while_runaways_hold_the_regular_ones(store):
    """Two runaways fill both regular workers; light queries still get answers from the spare."""

    async def scenario() -> None:
        with QueryPool(store, workers=2, spare=1, spare_timeout_s=30) as pool:
            runaways = [asyncio.create_task(pool.run_async(count, RUNAWAY, timeout_s=60, queue_s=0)) for _ in range(2)]
            await asyncio.sleep(0)  # both start (each takes a regular worker at once)
            for _ in range(3):
                assert await pool.run_async(count, COUNT, timeout_s=60, queue_s=5) == len(store)
            assert not any(task.done() for task in runaways), "answered while the runaways still run"
            for task in runaways:
                task.cancel()
            await asyncio.gather(*runaways, return_exceptions=True)
            assert pool.killed == 2 and pool.idle == 3  # cancelling killed them; both were replaced

    asyncio.run(scenario())


def test_a_runaway_on_a_spare_gets_busy_at_the_spare_limit(store):
    async def scenario() -> None:
        with QueryPool(store, workers=1, spare=1, spare_timeout_s=0.5, max_waiting=0) as pool:
            long = asyncio.create_task(pool.run_async(count, RUNAWAY, timeout_s=60, queue_s=0))
            await asyncio.sleep(0)
            with pytest.raises(Busy, match="busy"):
                await pool.run_async(count, RUNAWAY, timeout_s=60, queue_s=0)
            assert pool.killed == 1 and not long.done()
            long.cancel()
            await asyncio.gather(long, return_exceptions=True)

    asyncio.run(scenario())


def test_the_queue_is_bounded_and_waits_are_bounded(store):
    async def scenario() -> None:
        with QueryPool(store, workers=1, max_waiting=1) as pool:
            long = asyncio.create_task(pool.run_async(count, RUNAWAY, timeout_s=60, queue_s=0))
            await asyncio.sleep(0)
            waiting = asyncio.create_task(pool.run_async(count, COUNT, timeout_s=60, queue_s=60))
            await asyncio.sleep(0)
            with pytest.raises(Busy, match="waiting"):  # the queue holds one: refused at once
                await pool.run_async(count, COUNT, timeout_s=60, queue_s=60)
            long.cancel()  # frees the worker (killed, replaced): the waiting query runs
            assert await waiting == len(store)
            with pytest.raises(Busy, match="stayed taken"):
                blocker = asyncio.create_task(pool.run_async(count, RUNAWAY, timeout_s=60, queue_s=0))
                await asyncio.sleep(0)
                try:
                    await pool.run_async(count, COUNT, timeout_s=60, queue_s=0.05)
                finally:
                    blocker.cancel()
                    await asyncio.gather(blocker, return_exceptions=True)

    asyncio.run(scenario())


def nice_of(pid: int) -> int:
    with open(f"/proc/{pid}/stat") as stat:
        return int(stat.read().rsplit(")", 1)[1].split()[16])


def test_a_long_query_yields_the_cpu_to_short_ones(store):
    """After a second a running query's worker gets nice +10; it is replaced, not reused, once it ends."""

    async def scenario() -> None:
        with QueryPool(store, workers=2) as pool:
            before = {worker.pid for worker, _ in pool._free}
            long = asyncio.create_task(pool.run_async(count, RUNAWAY, timeout_s=30, queue_s=0))
            await asyncio.sleep(0)
            (busy,) = before - {worker.pid for worker, _ in pool._free}
            base = nice_of(busy)
            give_up = time.monotonic() + 20
            while nice_of(busy) == base:
                assert time.monotonic() < give_up, "the long query's priority was never lowered"
                await asyncio.sleep(0.05)
            assert nice_of(busy) == min(19, base + 10)
            assert await pool.run_async(count, COUNT, timeout_s=30, queue_s=5) == len(store)
            assert all(nice_of(worker.pid) == base for worker, _ in pool._free)  # short queries keep full speed
            long.cancel()
            await asyncio.gather(long, return_exceptions=True)

    asyncio.run(scenario())


def test_workers_share_a_read_only_store_on_disk(tmp_path):
    """A persistent store opened read-only before the pool is made is queried by every worker."""
    from kg.store import build_store

    on_disk = build_store(list(SEED), store_dir=tmp_path / "store")
    expected = len(on_disk)

    async def scenario() -> None:
        with QueryPool(on_disk, workers=2, spare=1) as pool:
            answers = await asyncio.gather(*(pool.run_async(count, COUNT, timeout_s=30, queue_s=30) for _ in range(6)))
            assert answers == [expected] * 6
            with pytest.raises(QueryTimeout):
                await pool.run_async(count, RUNAWAY, timeout_s=0.5, queue_s=30)
            assert await pool.run_async(count, COUNT, timeout_s=30, queue_s=30) == expected

    asyncio.run(scenario())


WARMED: list[str] = []


def warmed(store) -> list[str]:
    return WARMED


def test_warm_up_runs_once_in_the_template_and_every_worker_inherits_it(store):
    with QueryPool(store, workers=2, warm_up=lambda: WARMED.append("ready")) as pool:
        assert pool.run(warmed, timeout_s=30) == ["ready"]
        with pytest.raises(QueryTimeout):
            pool.run(count, RUNAWAY, timeout_s=0.5)
        assert pool.run(warmed, timeout_s=30) == ["ready"]  # the replacement too, without warming again
    assert WARMED == []  # not in this process


HOG = "SELECT * WHERE {?a ?b ?c. ?d ?e ?f} ORDER BY ?a ?f"  # sorts 5.5 M rows: well over 1 GB


def allocate(store, megabytes: int) -> int:
    return len(bytearray(megabytes << 20))


def test_a_query_past_its_memory_limit_fails_and_the_pool_goes_on():
    """Run in a fresh interpreter: the limit counts from what the template holds, and a test process
    that freed a large heap earlier would let the query reuse it first."""
    import subprocess
    import sys
    from pathlib import Path

    script = f"""
import pytest
from test_worker import HOG, COUNT, allocate, count
from kg.store import build_store
from kg.worker import OutOfMemory, QueryPool
store = build_store({list(SEED)!r})
with QueryPool(store, max_memory_mb=200) as pool:
    with pytest.raises(OutOfMemory, match="memory limit of 200 MB"):
        pool.run(count, HOG, timeout_s=60)  # the engine's allocation fails: the worker ends
    with pytest.raises(OutOfMemory, match="needed more than the memory limit of 200 MB"):
        pool.run(allocate, 1024, timeout_s=60)  # Python's MemoryError comes back as such
    assert pool.run(allocate, 50, timeout_s=60) == 50 << 20
    assert pool.run(count, COUNT, timeout_s=60) == len(store)
print("ok")
"""
    here = Path(__file__).resolve().parent
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        cwd=here.parent,
        env={**os.environ, "PYTHONPATH": f"{here.parent}{os.pathsep}{here}"},
    )
    assert done.stdout.strip() == "ok", done.stderr[-2000:]


def test_without_its_template_the_pool_says_so(store):
    """The workers die with their template and cannot be replaced: the first query is told so (before the
    dead idle worker was found out by sending it the query: 'the query worker died'), and so is the next."""
    with QueryPool(store) as pool:
        workers = [worker.pid for worker, _ in pool._free]
        os.kill(pool._template, signal.SIGKILL)  # its workers die with it
        assert all(gone_soon(pid) for pid in workers)
        for _ in range(2):
            with pytest.raises(WorkerError, match="no query worker is left: the workers' template process is gone"):
                pool.run(count, COUNT, timeout_s=30)


def wait_for_file(store, path: str, tag: str) -> str:
    """A job that holds its worker until the test creates ``path``."""
    while not os.path.exists(path):
        time.sleep(0.01)
    return tag


def test_the_waiting_line_serves_queries_known_to_be_short_first(store, tmp_path):
    """With the one worker taken, a query that ran long before and then a short one wait: the short one
    goes first; a query nobody has seen counts as long, and the line keeps its bounds."""
    gate = str(tmp_path / "go")
    done: list[str] = []

    async def scenario() -> None:
        with QueryPool(store, workers=1, max_waiting=3) as pool:
            pool._note_cost(1, 5.0)  # ran 5 s last time
            pool._note_cost(2, 0.001)  # ran 1 ms last time
            assert pool.expected_s(2) < pool.expected_s(None) == pool.expected_s(1)

            async def run(tag: str, key: int | None) -> None:
                done.append(await pool.run_async(wait_for_file, gate, tag, timeout_s=60, queue_s=60, cost_key=key))

            holder = asyncio.create_task(run("holder", None))
            await asyncio.sleep(0)
            tasks = [holder]
            for tag, key in (("long", 1), ("unseen", None), ("short", 2)):
                tasks.append(asyncio.create_task(run(tag, key)))
                await asyncio.sleep(0.01)  # arrival order: long, unseen, short
            with pytest.raises(Busy):  # still at most max_waiting in line
                await pool.run_async(wait_for_file, gate, "x", timeout_s=60, queue_s=60, cost_key=2)
            open(gate, "w").close()
            await asyncio.gather(*tasks)

    asyncio.run(scenario())
    assert done == ["holder", "short", "long", "unseen"]


def test_a_query_known_to_be_heavy_waits_for_a_regular_worker(store, tmp_path, monkeypatch):
    """The regular worker is taken (not by a long query yet): a query that ran heavy before waits for it
    although the spare is idle (and gets Busy when its wait is over), while a light one and one not seen
    yet get the spare."""
    import kg.worker

    monkeypatch.setattr(kg.worker, "_LONG_S", 60.0)  # however slow the machine, the holder is not long yet
    gate = str(tmp_path / "go")

    async def scenario() -> None:
        with QueryPool(store, workers=1, spare=1, spare_timeout_s=30) as pool:
            pool._note_cost(1, 0.5)  # heavy
            pool._note_cost(2, 0.001)  # light
            holder = asyncio.create_task(pool.run_async(wait_for_file, gate, "holder", timeout_s=60, queue_s=0))
            await asyncio.sleep(0)
            with pytest.raises(Busy):
                await pool.run_async(count, COUNT, timeout_s=60, queue_s=0.2, cost_key=1)
            assert pool.idle == 1  # the spare stayed free for light queries
            assert await pool.run_async(count, COUNT, timeout_s=60, queue_s=0.2, cost_key=2) == len(store)
            assert await pool.run_async(count, COUNT, timeout_s=60, queue_s=0.2, cost_key=None) == len(store)
            open(gate, "w").close()
            assert await holder == "holder"

    asyncio.run(scenario())


def test_a_freed_spare_goes_to_the_first_light_query_in_line(store, tmp_path, monkeypatch):
    """A heavy query ahead in line cannot use the spare that frees up: the light one behind it gets it,
    and the heavy one runs when the regular worker frees up."""
    import kg.worker

    monkeypatch.setattr(kg.worker, "_LONG_S", 60.0)  # however slow the machine, the holder is not long yet
    regular, spare = str(tmp_path / "regular"), str(tmp_path / "spare")
    done: list[str] = []

    async def scenario() -> None:
        with QueryPool(store, workers=1, spare=1, spare_timeout_s=30) as pool:
            pool._note_cost(1, 0.010)  # heavy: 10 ms, so its place is its arrival + 0.2 s
            pool._note_cost(2, 0.004)  # light: 4 ms, its arrival + 0.08 s
            pool._note_cost(3, 0.001)

            async def run(tag: str, job, *args, key: int | None) -> None:
                await pool.run_async(job, *args, timeout_s=60, queue_s=60, cost_key=key)
                done.append(tag)

            tasks = [asyncio.create_task(run("regular", wait_for_file, regular, "r", key=None))]
            await asyncio.sleep(0)
            tasks.append(asyncio.create_task(run("spare", wait_for_file, spare, "s", key=3)))
            await asyncio.sleep(0)
            assert pool.idle == 0
            tasks.append(asyncio.create_task(run("heavy", count, COUNT, key=1)))
            await asyncio.sleep(0.2)  # the heavy query's place is ahead of the light one's
            tasks.append(asyncio.create_task(run("light", count, COUNT, key=2)))
            await asyncio.sleep(0)
            open(spare, "w").close()
            while "light" not in done:
                await asyncio.sleep(0.01)
            assert "heavy" not in done
            open(regular, "w").close()
            await asyncio.gather(*tasks)

    asyncio.run(scenario())
    assert done == ["spare", "light", "regular", "heavy"]


def test_a_heavy_query_takes_a_spare_while_long_queries_hold_every_regular_worker(store, tmp_path, monkeypatch):
    """Runaways past the long-query mark hold both regular workers: a query known to be heavy is then
    answered by the spare (as before spares were kept for light queries), not left to wait them out."""
    import kg.worker

    monkeypatch.setattr(kg.worker, "_LONG_S", 0.2)
    gate = str(tmp_path / "go")

    async def scenario() -> None:
        with QueryPool(store, workers=2, spare=1, spare_timeout_s=30) as pool:
            pool._note_cost(1, 0.5)  # heavy
            holders = [
                asyncio.create_task(pool.run_async(wait_for_file, gate, "holder", timeout_s=60, queue_s=0))
                for _ in range(2)
            ]
            await asyncio.sleep(0)
            assert pool.idle == 1
            assert await pool.run_async(count, COUNT, timeout_s=60, queue_s=30, cost_key=1) == len(store)
            assert pool._regulars_held() and not any(task.done() for task in holders)
            open(gate, "w").close()
            assert await asyncio.gather(*holders) == ["holder", "holder"]
            assert not pool._regulars_held()  # their lowered workers were replaced

    asyncio.run(scenario())


def test_a_regular_and_a_spare_freed_in_one_turn_serve_both_waiters(store):
    """A heavy query waits, then one not seen yet; the spare and the regular worker free up in the same
    turn of the event loop: the spare goes to the one not seen yet and the regular worker to the heavy one.
    (When a waiter was only told to look, the one not seen yet, woken first for the spare, took the
    regular worker, and the heavy one waited out its queue_s beside the idle spare: Busy.)"""

    async def scenario() -> tuple[int, int, int, int]:
        with QueryPool(store, workers=1, spare=1, spare_timeout_s=30) as pool:
            pool._note_cost(1, 0.5)  # heavy
            regular, spare = pool._take(), pool._take()  # hold both, as two running queries would
            assert regular is not None and not regular[1] and spare is not None and spare[1]
            heavy = asyncio.create_task(pool.run_async(pid_of_worker, timeout_s=60, queue_s=10, cost_key=1))
            await asyncio.sleep(0)
            unseen = asyncio.create_task(pool.run_async(pid_of_worker, timeout_s=60, queue_s=10, cost_key=None))
            await asyncio.sleep(0)
            assert len(pool._waiters) == 2
            pool._finish(*spare, True)  # both answers complete in one turn
            pool._finish(*regular, True)
            return await heavy, await unseen, regular[0].pid, spare[0].pid

    heavy_pid, unseen_pid, regular_pid, spare_pid = asyncio.run(scenario())
    assert (heavy_pid, unseen_pid) == (regular_pid, spare_pid)


def test_a_worker_handed_to_a_waiter_that_left_goes_to_the_next(store):
    """The one worker frees up and is handed to the first waiter, whose client leaves in the same turn:
    the worker is not lost (the second waiter gets it), and the pool ends with its worker idle."""

    async def scenario() -> int:
        with QueryPool(store, workers=1) as pool:
            held = pool._take()
            assert held is not None
            first = asyncio.create_task(pool.run_async(pid_of_worker, timeout_s=60, queue_s=10))
            await asyncio.sleep(0)
            second = asyncio.create_task(pool.run_async(pid_of_worker, timeout_s=60, queue_s=10))
            await asyncio.sleep(0)
            pool._finish(*held, True)
            first.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await first  # cancelled, or (Python 3.11's wait_for keeps a result it already has) answered
            assert await second == held[0].pid
            return pool.idle

    assert asyncio.run(scenario()) == 1


def test_a_job_that_does_not_pickle_leaves_its_worker_free(store):
    """The worker taken for a job that cannot be sent is given back, not leaked as busy nor killed."""
    with QueryPool(store, workers=1, spare=0) as pool:
        pid = pool.run(pid_of_worker, timeout_s=30)
        with pytest.raises((pickle.PicklingError, AttributeError, TypeError)):
            pool.run(count, lambda: None, timeout_s=30)

        async def main() -> None:
            with pytest.raises((pickle.PicklingError, AttributeError, TypeError)):
                await pool.run_async(count, lambda: None, timeout_s=30, queue_s=0)
            assert pool.idle == 1
            assert await pool.run_async(pid_of_worker, timeout_s=30, queue_s=0) == pid  # the same worker, free

        asyncio.run(main())
        assert pool.run(pid_of_worker, timeout_s=30) == pid


SLOW_START_S = 3.0  # longer than the limit of the query after the kill (2 s): main counted it in that limit


def start_slowly_if(path):
    """A worker start hook that sleeps while ``path`` exists: a start-up as slow as a busy machine's."""

    def on_start(store) -> None:
        if path.exists():
            time.sleep(SLOW_START_S)

    return on_start


def test_a_slow_start_after_a_kill_does_not_eat_into_the_next_querys_limit(store, tmp_path):
    """The replacement of a killed worker takes 3 s to start; the next query's limit is 2 s and starts
    when the worker is ready: it is answered (it was answered 'time limit of 2 s' when the start counted)."""
    slow = tmp_path / "slow"
    with QueryPool(store, on_start=start_slowly_if(slow)) as pool:
        first = pool.run(pid_of_worker, timeout_s=2)
        slow.touch()
        with pytest.raises(QueryTimeout, match="time limit of 0.5 s"):
            pool.run(count, RUNAWAY, timeout_s=0.5)
        second = pool.run(pid_of_worker, timeout_s=2)
        assert second != first and pool.killed == 1


def test_a_slow_start_after_a_kill_does_not_eat_into_the_next_querys_limit_in_the_server(store, tmp_path):
    """The same through run_async: the replacement starts at once, the next query waits for it (within
    queue_s), then has its full limit; the event loop is not blocked meanwhile."""
    slow = tmp_path / "slow"

    async def scenario() -> None:
        with QueryPool(store, on_start=start_slowly_if(slow)) as pool:
            first = await pool.run_async(pid_of_worker, timeout_s=2, queue_s=0)
            slow.touch()
            with pytest.raises(QueryTimeout, match="time limit of 0.5 s"):
                await pool.run_async(count, RUNAWAY, timeout_s=0.5, queue_s=0)
            assert pool.idle == 1 and not pool._free  # starting
            ticks = 0

            async def tick() -> None:
                nonlocal ticks
                while True:
                    await asyncio.sleep(0.05)
                    ticks += 1

            ticker = asyncio.create_task(tick())
            second = await pool.run_async(pid_of_worker, timeout_s=2, queue_s=60)
            ticker.cancel()
            assert second != first and pool.killed == 1
            assert ticks > 5, "the event loop ran while the worker started"

    asyncio.run(scenario())


def children() -> set[int]:
    """This process's child processes (the pools' templates)."""
    found = set()
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            with contextlib.suppress(OSError), open(f"/proc/{entry}/stat") as stat:
                if int(stat.read().rsplit(")", 1)[1].split()[1]) == os.getpid():
                    found.add(int(entry))
    return found


async def started(pool) -> list[int]:
    """The pids of the pool's starting workers, once the template has sent them (the event loop reads them)."""
    give_up = time.monotonic() + 10
    while pool._asked:
        assert time.monotonic() < give_up, "the template did not send the workers asked of it"
        await asyncio.sleep(0.01)
    return [worker.pid for worker, _ in pool._starting]


def test_a_worker_that_does_not_start_in_time_is_killed_and_the_waiting_query_told(store, tmp_path):
    """A replacement that never gets ready is killed at the start limit; the query waiting for it gets a
    clear error then (not at its wait's end), and the next query starts a worker again."""
    hang = tmp_path / "hang"

    def on_start(store) -> None:
        while hang.exists():
            time.sleep(0.01)

    async def scenario() -> None:
        with QueryPool(store, on_start=on_start, start_timeout_s=1) as pool:
            hang.touch()
            with pytest.raises(QueryTimeout):
                await pool.run_async(count, RUNAWAY, timeout_s=0.5, queue_s=0)
            (starting,) = await started(pool)
            with pytest.raises(WorkerError, match="did not start within 1 s"):
                await pool.run_async(count, COUNT, timeout_s=30, queue_s=600)
            assert gone_soon(starting)
            hang.unlink()
            assert await pool.run_async(count, COUNT, timeout_s=30, queue_s=60) == len(store)

    asyncio.run(scenario())

    with QueryPool(store, on_start=on_start, start_timeout_s=1) as pool:  # the same through run()
        hang.touch()
        with pytest.raises(QueryTimeout):
            pool.run(count, RUNAWAY, timeout_s=0.5)
        with pytest.raises(WorkerError, match="no query worker could start: a query worker did not start within 1 s"):
            pool.run(count, COUNT, timeout_s=30)
        hang.unlink()
        assert pool.run(count, COUNT, timeout_s=30) == len(store)


def broken_start(store) -> None:
    raise ValueError("no index here")


def test_a_pool_whose_workers_cannot_start_says_why_and_leaves_no_process(store):
    before = children()
    with pytest.raises(WorkerError, match="could not start: ValueError: no index here"):
        QueryPool(store, workers=2, on_start=broken_start)
    give_up = time.monotonic() + 10
    while children() - before:
        assert time.monotonic() < give_up, "the template (and its workers) outlived the failed pool"
        time.sleep(0.01)


def nap(store, seconds: float) -> int:
    time.sleep(seconds)
    return os.getpid()


def test_a_query_not_seen_yet_waits_for_the_starting_regular_worker_not_the_spares_limit(store, tmp_path):
    """Right after a kill, the regular worker's replacement is starting and the spare is idle: a query
    not seen yet waits for the regular worker (its full limit) rather than take the spare (0.5 s)."""
    slow = tmp_path / "slow"

    async def scenario() -> None:
        with QueryPool(store, workers=1, spare=1, spare_timeout_s=0.5, on_start=start_slowly_if(slow)) as pool:
            (spare,) = [worker.pid for worker, is_spare in pool._free if is_spare]
            slow.touch()
            with pytest.raises(QueryTimeout):
                await pool.run_async(count, RUNAWAY, timeout_s=0.3, queue_s=0)
            assert await pool.run_async(nap, 1.0, timeout_s=30, queue_s=60) != spare

    asyncio.run(scenario())


def test_a_worker_ready_by_its_start_deadline_is_taken_not_killed(store):
    """The replacement said it is ready, but nobody read its byte before its start deadline passed
    (run() looks only when a query comes): the next query takes it, instead of killing a ready worker
    and answering 'did not start'."""
    import select

    with QueryPool(store) as pool:
        with pytest.raises(QueryTimeout):
            pool.run(count, RUNAWAY, timeout_s=0.3)
        ((worker, _spare),) = pool._starting
        assert select.select([worker.sock], [], [], 60)[0], "the replacement said something"
        worker.start_deadline = time.monotonic() - 1  # the deadline passed meanwhile
        assert pool.run(pid_of_worker, timeout_s=30) == worker.pid


def fail_start_while(path, log):
    """A worker start hook that fails while ``path`` exists (its first 20 times), and notes each start in ``log``."""

    def on_start(store) -> None:
        if path.exists():
            with open(log, "a") as out:
                out.write("start\n")
            if len(log.read_text().splitlines()) < 20:
                raise ValueError("no index here")

    return on_start


def test_run_does_not_fork_again_and_again_while_a_spare_is_idle(store, tmp_path):
    """The regular worker's replacement fails to start while the spare is idle: run() gives the query to
    the spare, instead of starting the regular worker again each time it fails (it looped until one started)."""
    broken, log = tmp_path / "broken", tmp_path / "starts"
    with QueryPool(store, workers=1, spare=1, on_start=fail_start_while(broken, log)) as pool:
        (spare,) = [worker.pid for worker, is_spare in pool._free if is_spare]
        broken.touch()
        with pytest.raises(QueryTimeout):
            pool.run(count, RUNAWAY, timeout_s=0.3)  # on the regular worker: killed, its replacement fails
        assert pool.run(pid_of_worker, timeout_s=30) == spare
        assert len(log.read_text().splitlines()) <= 2


def test_a_stalled_template_does_not_block_the_event_loop(store):
    """The template is stopped (as by a machine that swaps) when a killed worker is replaced: the event loop
    asks it for the replacement and goes on, reading the answer when it comes (it waited for the answer,
    up to start_timeout_s, and then gave the template up for good); the next query gets the replacement."""
    import signal

    async def scenario() -> None:
        with QueryPool(store, start_timeout_s=10) as pool:
            first = await pool.run_async(pid_of_worker, timeout_s=30, queue_s=0)
            os.kill(pool._template, signal.SIGSTOP)
            try:
                with pytest.raises(QueryTimeout):
                    await pool.run_async(count, RUNAWAY, timeout_s=0.3, queue_s=0)
                assert not pool._template_lost, "the loop waited for the stopped template until it gave it up"
                assert pool.idle == 1  # asked for
                query = asyncio.create_task(pool.run_async(pid_of_worker, timeout_s=30, queue_s=60))
                await asyncio.sleep(0.05)
                assert not query.done()
            finally:
                os.kill(pool._template, signal.SIGCONT)
            assert await query != first

    asyncio.run(scenario())


def test_a_template_that_does_not_answer_in_time_is_given_up_and_the_waiting_query_told(store):
    """The template stays stopped past the start limit: the event loop gives it up at that limit, and the
    query waiting for the worker asked of it is told why then (not at the end of its wait)."""
    import signal

    async def scenario() -> None:
        with QueryPool(store) as pool:
            pool.start_timeout_s = 1  # for the replacement only: the first workers start without a tight bound
            os.kill(pool._template, signal.SIGSTOP)
            try:
                with pytest.raises(QueryTimeout):
                    await pool.run_async(count, RUNAWAY, timeout_s=0.3, queue_s=0)
                with pytest.raises(WorkerError, match="template process did not answer within 1 s") as err:
                    await pool.run_async(pid_of_worker, timeout_s=30, queue_s=60)
                assert "restart the server" in str(err.value) and not pool._asked
            finally:
                with contextlib.suppress(OSError):
                    os.kill(pool._template, signal.SIGCONT)
            assert gone_soon(pool._template)

    asyncio.run(scenario())


def test_closing_the_pool_while_a_query_waits_for_a_starting_worker(store, tmp_path):
    """close() while the killed worker's replacement starts: the waiting query is told the pool closed (it
    was cancelled as if its client had left), no process is left, and the loop watches none of its sockets."""
    slow = tmp_path / "slow"

    async def scenario() -> None:
        loop = asyncio.get_running_loop()
        watched_before = {key.fd for key in loop._selector.get_map().values()}
        pool = QueryPool(store, on_start=start_slowly_if(slow))
        template = pool._template
        slow.touch()
        with pytest.raises(QueryTimeout):
            await pool.run_async(count, RUNAWAY, timeout_s=0.3, queue_s=0)
        query = asyncio.create_task(pool.run_async(pid_of_worker, timeout_s=30, queue_s=60))
        give_up = time.monotonic() + 10
        while not pool._waiters:
            assert time.monotonic() < give_up
            await asyncio.sleep(0.01)
        (starting,) = await started(pool)
        pool.close()
        with pytest.raises(WorkerError, match="closed"):
            await query
        assert {key.fd for key in loop._selector.get_map().values()} == watched_before
        assert gone_soon(starting) and gone_soon(template)

    asyncio.run(scenario())


def test_a_query_not_seen_yet_takes_the_idle_spare_rather_than_503_when_its_wait_ends(store, tmp_path):
    """It waits for the starting regular worker (for its full limit), but when its wait ends before that
    worker is ready, the idle spare answers it (it was 'busy: no query worker was ready', the spare idle)."""
    slow = tmp_path / "slow"

    async def scenario() -> None:
        with QueryPool(store, workers=1, spare=1, on_start=start_slowly_if(slow)) as pool:
            (spare,) = [worker.pid for worker, is_spare in pool._free if is_spare]
            slow.touch()
            with pytest.raises(QueryTimeout):
                await pool.run_async(count, RUNAWAY, timeout_s=0.3, queue_s=0)
            assert await pool.run_async(pid_of_worker, timeout_s=30, queue_s=0.2) == spare  # the start takes 3 s

    asyncio.run(scenario())


async def until(condition, limit_s: float = 30) -> None:
    """Let the event loop run until ``condition()`` holds (bounded; no timing is asserted)."""
    give_up = time.monotonic() + limit_s
    while not condition():
        assert time.monotonic() < give_up, "the condition never held"
        await asyncio.sleep(0.01)


def starts(log) -> int:
    return len(log.read_text().splitlines()) if log.exists() else 0


def test_the_pool_starts_a_worker_that_failed_to_start_again_on_its_own(store, tmp_path):
    """The regular worker's replacement fails to start; once starts work again, the pool has both its workers
    ready without any query asking (it stayed one short until the next query came, which paid for the start)."""
    broken, log = tmp_path / "broken", tmp_path / "starts"

    async def scenario() -> None:
        with QueryPool(store, workers=1, spare=1, on_start=fail_start_while(broken, log)) as pool:
            broken.touch()
            with pytest.raises(QueryTimeout):
                await pool.run_async(count, RUNAWAY, timeout_s=0.3, queue_s=0)  # on the regular worker: killed
            await until(lambda: starts(log) >= 1)  # its replacement failed
            broken.unlink()
            await until(lambda: len(pool._free) == 2)
            assert pool.stats() == {
                "ready": 2,
                "running": 0,
                "starting": 0,
                "failed": 0,
                "restart_in_s": None,
                "error": None,
                "can_start": True,
            }

    asyncio.run(scenario())


def test_starts_that_keep_failing_are_tried_again_with_a_growing_back_off(store, tmp_path):
    """While the start-up keeps failing, the pool tries again on its own, but in rounds put off by a back-off
    that doubles from 0.25 s: over T seconds at most 1 + log2(1 + T / 0.25) rounds (a slower machine makes
    fewer), never a fork loop; a query meanwhile is told why."""
    import math

    import kg.worker

    broken, log = tmp_path / "broken", tmp_path / "starts"
    assert kg.worker._RESTART_FIRST_S == 0.25

    async def scenario() -> None:
        with QueryPool(store, workers=1, on_start=fail_start_while(broken, log)) as pool:
            broken.touch()
            began = time.monotonic()
            with pytest.raises(QueryTimeout):
                await pool.run_async(count, RUNAWAY, timeout_s=0.3, queue_s=0)
            await until(lambda: starts(log) >= 3)  # the replacement and two rounds, no query asking
            with pytest.raises(WorkerError, match="could not start: ValueError: no index here") as err:
                await pool.run_async(count, COUNT, timeout_s=30, queue_s=60)  # waits for the next round, told then
            assert err.value.retry_after_s >= 1
            await asyncio.sleep(1)
            rounds = starts(log) - 1  # the first start was the killed worker's replacement
            assert 2 <= rounds <= 1 + math.log2(1 + (time.monotonic() - began) / 0.25) + 1  # +1: a margin
            broken.unlink()

    asyncio.run(scenario())


def test_a_query_during_the_back_off_is_told_when_to_try_again_and_forks_nothing(store, tmp_path, monkeypatch):
    """With a long back-off (60 s) after a failed round, queries do not start workers each (they forked one
    per query): run() and run_async get StartFailed at once with the back-off as retry_after_s, and stats
    say why and when."""
    import kg.worker

    monkeypatch.setattr(kg.worker, "_RESTART_FIRST_S", 60.0)
    broken, log = tmp_path / "broken", tmp_path / "starts"

    with QueryPool(store, workers=1, on_start=fail_start_while(broken, log)) as pool:
        broken.touch()
        with pytest.raises(QueryTimeout):
            pool.run(count, RUNAWAY, timeout_s=0.3)
        with pytest.raises(WorkerError, match="could not start"):  # waited for the replacement, which failed
            pool.run(count, COUNT, timeout_s=30)
        with pytest.raises(WorkerError, match="could not start"):  # the first round, at once
            pool.run(count, COUNT, timeout_s=30)
        assert starts(log) == 2
        for _ in range(5):
            with pytest.raises(WorkerError, match="could not start: ValueError: no index here") as err:
                pool.run(count, COUNT, timeout_s=30)
            assert 30 < err.value.retry_after_s <= 60
        assert starts(log) == 2
        stats = pool.stats()
        assert 30 < stats.pop("restart_in_s") <= 60
        assert stats == {
            "ready": 0,
            "running": 0,
            "starting": 0,
            "failed": 1,
            "error": "a query worker could not start: ValueError: no index here",
            "can_start": True,
        }

        async def in_the_server() -> None:
            with pytest.raises(WorkerError, match="could not start") as err:
                await pool.run_async(count, COUNT, timeout_s=30, queue_s=5)  # the round comes after its wait
            assert 30 < err.value.retry_after_s <= 60
            assert pool._restart_timer is not None  # the loop will start it again then

        asyncio.run(in_the_server())
        assert starts(log) == 2


def test_a_query_not_seen_yet_takes_the_idle_spare_when_the_line_is_full(store, tmp_path):
    """The regular worker's replacement is starting and the spare is idle: with the waiting line full (here it
    holds none), a query not seen yet takes the spare, as when its wait ends (it was refused 'busy ... waiting'
    while the spare sat idle); one known to be heavy is still refused (spares are for light queries)."""
    hang = tmp_path / "hang"

    def on_start(store) -> None:
        while hang.exists():
            time.sleep(0.01)

    async def scenario() -> None:
        with QueryPool(store, workers=1, spare=1, max_waiting=0, on_start=on_start) as pool:
            (spare,) = [worker.pid for worker, is_spare in pool._free if is_spare]
            hang.touch()
            try:
                with pytest.raises(QueryTimeout):
                    await pool.run_async(count, RUNAWAY, timeout_s=0.3, queue_s=0)  # the regular worker: killed
                assert pool._regular_coming()
                assert await pool.run_async(pid_of_worker, timeout_s=30, queue_s=60) == spare
                pool._note_cost(1, 0.5)  # heavy
                with pytest.raises(Busy, match="waiting"):
                    await pool.run_async(pid_of_worker, timeout_s=30, queue_s=60, cost_key=1)
            finally:
                hang.unlink()

    asyncio.run(scenario())


def test_a_worker_that_died_while_idle_is_not_counted_as_ready(store):
    """Reading the counts finds out an idle worker killed from outside (a peek at its socket) and starts its
    replacement: it was counted as idle until a query looked."""
    with QueryPool(store, workers=1, spare=1) as pool:
        (spare,) = [worker.pid for worker, is_spare in pool._free if is_spare]
        kill_idle([spare])
        assert pool.idle == 2  # the regular worker, and the spare's replacement starting
        assert spare not in [worker.pid for worker, _ in pool._free] and len(pool._starting) == 1
        assert pool.stats() == {
            "ready": 1,
            "running": 0,
            "starting": 1,
            "failed": 0,
            "restart_in_s": None,
            "error": None,
            "can_start": True,
        }
        assert pool.killed == 0
        assert pool.run(pid_of_worker, timeout_s=30) != spare


def test_a_worker_started_again_after_a_failed_start_counts_as_failed_until_it_is_ready(store, tmp_path):
    """A start-up that hangs past start_timeout_s: the worker is killed at its start limit and started again at
    once (the back-off is shorter than the hang), so it is nearly always starting. The stats count it as failed,
    with why, until it is ready: they said 'starting' with no error (and /health 'ok') nearly all the time that
    no worker could start, and 'failed' only in the instant between a start's end and the next round."""
    hang, log = tmp_path / "hang", tmp_path / "starts"

    def on_start(store) -> None:
        if hang.exists():
            with open(log, "a") as out:
                out.write("start\n")
        while hang.exists():
            time.sleep(0.01)

    async def scenario() -> None:
        with QueryPool(store, workers=1, on_start=on_start) as pool:
            pool.start_timeout_s = 1  # for the replacements only: the first worker starts without a tight bound
            hang.touch()
            with pytest.raises(QueryTimeout):
                await pool.run_async(count, RUNAWAY, timeout_s=0.3, queue_s=0)
            await until(lambda: starts(log) >= 2)  # the replacement did not start in time; it is started again
            stats = pool.stats()
            assert stats.pop("restart_in_s") is not None  # 0 while it is being started again
            assert stats == {
                "ready": 0,
                "running": 0,
                "starting": 0,
                "failed": 1,
                "error": "a query worker did not start within 1 s (the machine may be overloaded); try again shortly",
                "can_start": True,
            }
            hang.unlink()
            await until(lambda: len(pool._free) == 1)
            assert pool.stats() == {
                "ready": 1,
                "running": 0,
                "starting": 0,
                "failed": 0,
                "restart_in_s": None,
                "error": None,
                "can_start": True,
            }

    asyncio.run(scenario())


def test_a_full_line_while_no_worker_is_left_says_why_and_when_the_next_round_comes(store, tmp_path, monkeypatch):
    """No worker is left (the one failed to start, its next round in 60 s) and the waiting line is full (here it
    holds none): the query is told why no worker could start and when to try again (it was told '1 queries are
    running' with Retry-After 1, while none ran)."""
    import kg.worker

    monkeypatch.setattr(kg.worker, "_RESTART_FIRST_S", 60.0)
    broken, log = tmp_path / "broken", tmp_path / "starts"

    async def scenario() -> None:
        with QueryPool(store, workers=1, max_waiting=0, on_start=fail_start_while(broken, log)) as pool:
            broken.touch()
            with pytest.raises(QueryTimeout):
                await pool.run_async(count, RUNAWAY, timeout_s=0.3, queue_s=0)
            await until(lambda: starts(log) >= 2 and bool(pool._lost))  # the replacement and the first round failed
            with pytest.raises(StartFailed, match="could not start: ValueError: no index here") as err:
                await pool.run_async(count, COUNT, timeout_s=30, queue_s=600)  # the round would come within its wait
            assert 30 < err.value.retry_after_s <= 60
            assert starts(log) == 2

    asyncio.run(scenario())


def test_a_heavy_query_takes_the_idle_spare_while_the_regular_one_waits_out_its_back_off(store, tmp_path, monkeypatch):
    """The regular worker failed to start and its next round is 60 s away: a query known to be heavy is
    answered by the idle spare, as while runaways hold the regular workers (it waited its whole wait and got
    'no query worker was ready (0 starting)' while the spare idled: no regular worker was coming)."""
    import kg.worker

    monkeypatch.setattr(kg.worker, "_RESTART_FIRST_S", 60.0)
    broken, log = tmp_path / "broken", tmp_path / "starts"

    async def scenario() -> None:
        with QueryPool(store, workers=1, spare=1, spare_timeout_s=30, on_start=fail_start_while(broken, log)) as pool:
            (spare,) = [worker.pid for worker, is_spare in pool._free if is_spare]
            broken.touch()
            with pytest.raises(QueryTimeout):
                await pool.run_async(count, RUNAWAY, timeout_s=0.3, queue_s=0)  # on the regular worker: killed
            await until(lambda: starts(log) >= 2 and bool(pool._lost))  # the replacement and the first round failed
            pool._note_cost(1, 0.5)  # heavy
            assert await pool.run_async(pid_of_worker, timeout_s=30, queue_s=1, cost_key=1) == spare
            assert starts(log) == 2

    asyncio.run(scenario())


def test_a_waiting_query_is_told_at_once_when_the_last_idle_worker_it_was_handed_was_dead(store, tmp_path, monkeypatch):
    """The template dies (as by the OOM killer), and every worker with it, while a heavy query waits: the dead
    spare it is about to be handed is found out and cannot be replaced, so no worker is left; the waiting
    query is told so then (it was out of the line while that was checked, and waited out its wait for Busy)."""
    import kg.worker

    monkeypatch.setattr(kg.worker, "_LONG_S", 60.0)  # however slow the machine, the holder is not long
    gate = str(tmp_path / "go")

    async def scenario() -> None:
        with QueryPool(store, workers=1, spare=1, spare_timeout_s=30) as pool:
            pids = [worker.pid for worker, _ in pool._free]
            pool._note_cost(1, 0.5)  # heavy
            holder = asyncio.create_task(pool.run_async(wait_for_file, gate, "holder", timeout_s=60, queue_s=0))
            await until(lambda: pool.running == 1)
            heavy = asyncio.create_task(pool.run_async(count, COUNT, timeout_s=60, queue_s=30, cost_key=1))
            await until(lambda: bool(pool._waiters))
            os.kill(pool._template, signal.SIGKILL)
            assert all(gone_soon(pid) for pid in pids)  # the event loop sees none of it before both are gone
            with pytest.raises(WorkerError, match="died"):
                await holder
            with pytest.raises(WorkerError, match="no query worker is left: the workers' template process is gone"):
                await asyncio.wait_for(heavy, 10)  # told at once, not at the end of its 30 s wait

    asyncio.run(scenario())


def test_a_full_line_while_the_worker_starts_says_how_many_run_and_start(store, tmp_path):
    """The waiting line is full while the killed worker's replacement starts: the refusal counts the queries
    that run (none) and the workers starting (it said '1 queries are running', counting every worker)."""
    slow = tmp_path / "slow"

    async def scenario() -> None:
        with QueryPool(store, workers=1, spare=0, max_waiting=0, on_start=start_slowly_if(slow)) as pool:
            slow.touch()
            with pytest.raises(QueryTimeout):
                await pool.run_async(count, RUNAWAY, timeout_s=0.3, queue_s=0)  # killed: its replacement starts
            with pytest.raises(Busy) as refused:
                await pool.run_async(count, COUNT, timeout_s=60, queue_s=60)
            assert "0 queries are running, 1 query workers starting and 0 waiting" in str(refused.value)
            slow.unlink()

    asyncio.run(scenario())


def test_stats_notice_a_template_that_is_gone_while_every_worker_runs(store, tmp_path, monkeypatch):
    """The template is killed (as by the OOM killer) while the only worker runs a query: before the event loop
    hears of it, stats() finds it out with one look at its pidfd and says no worker can start, and why (it
    said every worker sound, so /health said "ok", until a worker was asked of the dead template). The look
    leaves the template to close() to reap."""
    import kg.worker

    monkeypatch.setattr(kg.worker, "_LONG_S", 60.0)  # however slow the machine, the holder is not long
    gate = str(tmp_path / "go")

    async def scenario() -> None:
        with QueryPool(store, workers=1, spare=0) as pool:
            (worker,) = [w.pid for w, _ in pool._free]
            template = pool._template
            holder = asyncio.create_task(pool.run_async(wait_for_file, gate, "holder", timeout_s=60, queue_s=0))
            await until(lambda: pool.running == 1)
            assert pool.stats()["can_start"] and pool.stats()["error"] is None
            os.kill(template, signal.SIGKILL)
            assert gone_soon(template) and gone_soon(worker)  # the event loop sees none of it before both are gone
            now = pool.stats()
            assert (now["running"], now["can_start"], now["restart_in_s"]) == (1, False, None)
            assert now["error"] == "the workers' template process is gone (killed by SIGKILL)"
            assert os.path.exists(f"/proc/{template}"), "the look reaped the template (close() does that)"
            with pytest.raises(WorkerError, match="died"):
                await holder
        assert not os.path.exists(f"/proc/{template}")

    asyncio.run(scenario())


def fork_fails_in_the_template_while(path, log):
    """An ``os.fork`` that fails as at the process limit (EAGAIN) in the pool's template while ``path`` exists,
    and notes each such failure in ``log``; this process's own forks (the template's) are real."""
    import errno

    real_fork, me = os.fork, os.getpid()

    def fork() -> int:
        if os.getpid() != me and path.exists():
            with open(log, "a") as out:
                out.write("fork\n")
            raise BlockingIOError(errno.EAGAIN, "Resource temporarily unavailable")
        return real_fork()

    return fork


def test_a_failed_fork_is_a_failed_start_and_the_template_goes_on(store, tmp_path, monkeypatch):
    """A fork that fails in the template (the process limit, no memory: passing) ended the template, and with
    it every worker for good ('failing', restart the server). Now it is a worker that failed to start: the query
    is told why (StartFailed, to try again), the template lives on, and once forks work again the pool serves."""
    no_fork, log = tmp_path / "no-fork", tmp_path / "forks"
    monkeypatch.setattr(os, "fork", fork_fails_in_the_template_while(no_fork, log))
    with QueryPool(store, workers=1) as pool:
        ((worker, _),) = pool._free
        no_fork.touch()
        os.kill(worker.pid, signal.SIGKILL)
        assert gone_soon(worker.pid)
        assert pool.stats() == {  # finds the dead worker and asks for its replacement: that fork fails
            "ready": 0,
            "running": 0,
            "starting": 0,
            "failed": 1,
            "restart_in_s": 0.0,
            "error": "a query worker could not start: the fork failed: Resource temporarily unavailable",
            "can_start": True,
        }
        with pytest.raises(StartFailed, match="the fork failed: Resource temporarily unavailable"):
            pool.run(count, COUNT, timeout_s=30)  # the first round of restarts, at once: it fails too
        assert starts(log) == 2 and alive(pool._template)
        no_fork.unlink()
        give_up = time.monotonic() + 30
        while True:  # the next round comes after the back-off (0.25 s); no timing is asserted
            try:
                assert pool.run(count, COUNT, timeout_s=30) > 500
                break
            except StartFailed:
                assert time.monotonic() < give_up, "the pool never started a worker again"
                time.sleep(0.05)
        assert pool.stats()["failed"] == 0 and pool.stats()["can_start"]


def test_a_failed_fork_in_the_server_is_retried_after_the_back_off(store, tmp_path, monkeypatch):
    """In an event loop, the template's answer that a fork failed is read there: the waiting query is told
    why, and the pool starts the worker again on its own once forks work (no query needed)."""
    no_fork, log = tmp_path / "no-fork", tmp_path / "forks"
    monkeypatch.setattr(os, "fork", fork_fails_in_the_template_while(no_fork, log))

    async def scenario() -> None:
        with QueryPool(store, workers=1) as pool:
            no_fork.touch()
            with pytest.raises(QueryTimeout):
                await pool.run_async(count, RUNAWAY, timeout_s=0.3, queue_s=0)  # killed; its replacement's fork fails
            with pytest.raises(StartFailed, match="the fork failed"):
                await pool.run_async(count, COUNT, timeout_s=30, queue_s=60)
            assert pool.stats()["can_start"] and pool.stats()["failed"] == 1
            no_fork.unlink()
            await until(lambda: len(pool._free) == 1)
            assert await pool.run_async(count, COUNT, timeout_s=30, queue_s=5) > 500
            assert alive(pool._template) and starts(log) >= 1

    asyncio.run(scenario())


def test_a_template_lost_after_a_failed_fork_is_reported_as_lost(store, tmp_path, monkeypatch):
    """The template answers that one fork failed, then dies (the OOM killer, as it forks the next worker), and
    the pool reads both at once: the reason given was the failed fork's ('could not start: the fork failed'),
    though no worker can start any more; it is the template's end, and /health and the queries say so."""
    import errno

    no_fork, real_fork, me = tmp_path / "no-fork", os.fork, os.getpid()

    def fork() -> int:
        if os.getpid() != me and no_fork.exists():
            if not (tmp_path / "failed-once").exists():
                (tmp_path / "failed-once").touch()
                raise BlockingIOError(errno.EAGAIN, "Resource temporarily unavailable")
            os.kill(os.getpid(), signal.SIGKILL)  # the template dies before it answers the second request
        return real_fork()

    monkeypatch.setattr(os, "fork", fork)

    async def scenario() -> None:
        with QueryPool(store, workers=2) as pool:
            no_fork.touch()
            for worker, _ in list(pool._free):
                os.kill(worker.pid, signal.SIGKILL)
                assert gone_soon(worker.pid)
            assert pool.stats()["starting"] == 2  # both replacements asked of the template, read in the loop
            assert gone_soon(pool._template)  # the loop did not run meanwhile: both answers wait for it
            await until(lambda: pool._template_lost)
            stats = pool.stats()
            assert stats["can_start"] is False and stats["error"] == "the workers' template process is gone"
            with pytest.raises(WorkerError, match="no query worker is left: the workers' template process is gone"):
                await pool.run_async(count, COUNT, timeout_s=30, queue_s=5)

    asyncio.run(scenario())


def refuse_unpicklable(store) -> None:
    error = QueryError("refused", path="q.rq", line=3)
    error.hook = lambda: None  # type: ignore[attr-defined]  # a field that does not pickle
    raise error


def test_a_kg_error_that_does_not_pickle_keeps_its_place(store):
    with QueryPool(store, workers=1, spare=0) as pool:
        with pytest.raises(KgError) as err:
            pool.run(refuse_unpicklable, timeout_s=30)
        assert str(err.value) == "q.rq:3: refused"  # was 'QueryError: q.rq:3: refused' with no path nor line
        assert (err.value.path, err.value.line) == ("q.rq", 3)


def test_errors_from_a_query_in_a_worker_read_as_they_do_in_process(tmp_path):
    """kg.Graph.answer runs a query in a worker process: an ambiguous actor came back as 'the query
    worker's answer could not be read: TypeError' (AmbiguousName could not be rebuilt), and a syntax
    error in a query file must keep its file and line."""
    from kg.graph import Graph

    (tmp_path / "actors.yaml").write_text(
        "actors:\n"
        "  - {id: erlan-karin, type: person, gender: male, name: {kk: Ерлан Қарин, en: Erlan Karin}}\n"
        "  - {id: timur-karin, type: person, gender: male, name: {en: Timur Karin}}\n",
        encoding="utf-8",
    )
    bad = tmp_path / "bad.rq"
    bad.write_text("PREFIX x: <http://x/>\nSELECT ?s WHERE { ?s ?p }\nORDER BY ?s\n", encoding="utf-8")
    graph = Graph.from_sources([str(tmp_path / "actors.yaml")])
    for query, params, expected in [
        ("actor", {"actor": "Karin"}, "ambiguous actor 'Karin': erlan-karin (Erlan Karin), timur-karin"),
        (str(bad), {}, f"{bad}:2: SPARQL syntax error at column 19"),
    ]:
        messages = []
        for then_exit in (True, False):  # in a thread here, then in a worker process
            with pytest.raises(KgError) as err:
                graph.answer(query, params=params, timeout_s=30, then_exit=then_exit)
            messages.append((type(err.value), str(err.value)))
        assert messages[0] == messages[1]
        assert messages[1][1].startswith(expected)


def test_the_number_of_workers_and_their_memory_are_bounded_before_any_fork(store, run):
    """`kg serve --max-concurrent 100000` forked workers until the machine's process limit, and
    `--max-memory 10**20` overflowed the kernel's limit in every worker, which died as it started."""
    from kg.cli import MAX_SERVE_WORKERS
    from kg.serve import DEFAULT_SPARE
    from kg.worker import MAX_WORKERS

    assert MAX_SERVE_WORKERS + DEFAULT_SPARE == MAX_WORKERS
    with pytest.raises(KgError, match=r"^a query pool has at most 256 workers \(spares included\), not 100,002$"):
        QueryPool(store, workers=100_000, spare=2)  # refused before the template is forked
    from kg.cli import MAX_SERVE_MEMORY_MB
    from kg.worker import MAX_MEMORY_MB

    assert MAX_SERVE_MEMORY_MB == MAX_MEMORY_MB
    with pytest.raises(
        KgError, match=r"^a worker's memory limit is 1 to 16,777,216 MB, not 100,000,000,000,000,000,000$"
    ):
        QueryPool(store, max_memory_mb=10**20)  # every worker died as it started: "out of memory, or killed"
    memory = run("serve", "--max-memory", str(10**20), "--port", "0")
    assert (
        memory.exit_code == 2
        and "Invalid value for '--max-memory': 100000000000000000000 is not in the range" in memory.output
    )
    result = run("serve", "--max-concurrent", "100000", "--port", "0")
    assert result.exit_code == 2
    assert "Invalid value for '--max-concurrent': 100000 is not in the range 1<=x<=254." in result.output
