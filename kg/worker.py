"""Queries in worker processes that are killed at their time limit: a runaway query really stops.

Oxigraph cannot cancel a running query (a thread running one runs on), so every query of
``kg serve`` (and of :meth:`kg.Graph.answer`) runs in a worker process that the caller kills
with SIGKILL when the query passes its time limit, when Ctrl-C is pressed, or when the pool
closes; a killed worker is replaced at once. So is one that died while idle (killed from outside,
by the OOM killer): a look at its socket (one syscall) finds it out before a query is given to it,
and the query goes to another worker or waits for the replacement, instead of failing for it.

How the store reaches the workers: :class:`QueryPool` forks one *template* process as soon as it
is made, before the server starts its threads and listens. The template holds the
store (an in-memory store, or a read-only on-disk one, shared copy-on-write), closes the sockets
and pipes it inherited (a port the server bound already too), and does nothing but fork workers on request and hand each one's socket
back over a Unix socket. So workers start in ~1 ms however large the store, and none is ever
forked from a busy multi-threaded server process. A job is a module-level function and its
arguments, pickled; the worker calls ``function(store, *args)`` and sends back its pickled
result, which is already rendered (bytes), so an answer crosses the process boundary once, as it
will be sent.

A worker says it is ready (one byte) once it has set itself up; only a ready worker is given a
query, and the query's time limit starts then. So on a busy machine a slow start of the worker
that replaces a killed one makes the next query wait for it (within its wait, ``queue_s``), and
never eats into its time limit. A start-up has its own limit (``start_timeout_s``): a worker not
ready by then is killed, and the queries waiting for it are told why. In an event loop, neither the
template's answer nor the ready byte is waited for: the loop reads them when they come, so a
stalled template or a slow start never holds up the other requests. A worker that failed to start
is started again by the pool itself (in an event loop; elsewhere by the next query): at once, then
with a back-off that doubles from 0.25 s to at most 10 s while starts keep failing, so that a broken
start-up never makes a fork loop; :meth:`QueryPool.stats` says how many failed and when they are
started again. A fork that fails in the template (the process limit, no memory) counts as such a
failed start: the template answers why and goes on serving.

A query still running after 1 s is given a lower CPU priority (nice +10), so that a few runaway
queries cannot slow down the short queries that come after them; such a worker is replaced
once its query ends. With ``max_memory_mb`` a worker may allocate only that much more than it
inherited (``RLIMIT_DATA``): a query that needs more fails alone. Workers die with their
template, and the template with the thread that made the pool (``PR_SET_PDEATHSIG``); a worker
also ends itself (SIGALRM) shortly after its job's limit, in case the caller is gone.

>>> from kg.store import build_store
>>> with QueryPool(build_store()) as pool:
...     pool.run(len, timeout_s=5) > 500
True
"""

from __future__ import annotations

import collections
import contextlib
import gc
import math
import os
import pickle
import select
import signal
import socket
import struct
import sys
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from kg.errors import KgError, QueryOutOfMemory, QueryTimeout

if TYPE_CHECKING:
    import asyncio

_HEADER = struct.Struct("!Q")
_GRACE_S = 2  # a worker ends itself this long after its job's limit, if nobody killed it
_LONG_S = 1.0  # a query running longer than this yields the CPU to newer ones (nice +10)
_LONG_NICE = 10
# The waiting line serves the queries that ran shortest before first: a waiter's place is its arrival
# time plus _JUMP_PER_S times its expected run time, which is at most _COST_CAP_S (unknown: the cap).
# So a query known to take 0.5 ms goes ahead of one of 10 ms that came up to ~0.2 s earlier, and no
# query waits behind ones that came more than _JUMP_PER_S * _COST_CAP_S (0.5 s) after it.
_JUMP_PER_S = 20.0
_COST_CAP_S = 0.025
_COSTS_KEPT = 1024  # run times remembered (one float per key: a hash of the query and its formats)
# Spares are for light queries: one known to take more CPU than this runs on a spare only while every
# regular worker runs a long query (past _LONG_S) or failed to start, so that while the regular workers are busy with
# heavier queries, light ones still find a worker at once.
_LIGHT_S = 0.005
_READY = b"R"  # a worker's first byte: set up, waiting for jobs
_FAILED = b"F"  # or: its start-up failed; the reason follows (UTF-8, at most _REASON_BYTES)
_REASON_BYTES = 1000
DEFAULT_START_TIMEOUT_S = 30.0  # a worker starts in ~1 ms; this bounds a start that hangs
# Workers that failed to start are started again by the pool itself (in an event loop; elsewhere by the
# next query), in rounds: the first at once, then each _RESTART_FIRST_S, 2x, 4x ... that, at most
# _RESTART_MAX_S, apart while they keep failing (so at most one round of forks per 10 s); any worker
# that gets ready starts the back-off over.
_RESTART_FIRST_S = 0.25
_RESTART_MAX_S = 10.0
#: The most worker processes one pool may have (regular and spare): far past the cores of one machine,
#: and well under a process limit. ``kg serve --max-concurrent 100000`` forked until the machine's limit.
MAX_WORKERS = 256
#: The largest memory limit of a worker, in MB (16 TiB): a larger one overflowed the kernel's limit, and every
#: worker died as it started ("out of memory, or killed from outside").
MAX_MEMORY_MB = 2**24


class WorkerError(KgError):
    """A worker process died or could not be started (out of memory, killed from outside)."""


class StartFailed(WorkerError):
    """No query worker could be started just now (its start-up failed, or took too long on a busy machine);
    the pool starts one again on its own (after a back-off while starts keep failing: ``retry_after_s``
    says when), so the caller may try again then."""

    def __init__(self, message: str, *, retry_after_s: int = 1) -> None:
        super().__init__(message)
        self.retry_after_s = retry_after_s


class OutOfMemory(WorkerError, QueryOutOfMemory):
    """A query needed more memory than its worker may use (``max_memory_mb``)."""


class Busy(KgError):
    """Every worker is taken and the wait for one is over (or the queue is full): try again shortly."""

    def __init__(self, message: str, *, retry_after_s: int = 1) -> None:
        super().__init__(message)
        self.retry_after_s = retry_after_s


# ---------------------------------------------------------------- frames over a Unix socket


def _frame(data: bytes) -> bytes:
    return _HEADER.pack(len(data)) + data


def _recv_exactly(sock: socket.socket, n: int) -> bytearray | None:
    """``n`` bytes from a blocking socket, or None at end of file."""
    buf = bytearray(n)
    view = memoryview(buf)
    got = 0
    while got < n:
        k = sock.recv_into(view[got:])
        if k == 0:
            return None
        got += k
    return buf


def _wait_readable(sock: socket.socket, deadline: float) -> None:
    left = deadline - time.monotonic()
    if left <= 0 or not select.select([sock], [], [], left)[0]:
        raise TimeoutError


def _recv_frame_by(sock: socket.socket, deadline: float) -> bytearray | None:
    """One frame from a non-blocking socket, waiting until ``deadline`` (TimeoutError after it)."""
    parts: list[bytearray] = []
    for size in (_HEADER.size, None):
        if size is None:
            size = _HEADER.unpack(bytes(parts[0]))[0]
        buf = bytearray(size)
        view, got = memoryview(buf), 0
        while got < size:
            try:
                k = sock.recv_into(view[got:])
            except BlockingIOError:
                _wait_readable(sock, deadline)
                continue
            if k == 0:
                return None
            got += k
        parts.append(buf)
    return parts[1]


async def _recv_frame_async(loop: asyncio.AbstractEventLoop, sock: socket.socket) -> bytearray | None:
    parts: list[bytearray] = []
    for size in (_HEADER.size, None):
        if size is None:
            size = _HEADER.unpack(bytes(parts[0]))[0]
        buf = bytearray(size)
        view, got = memoryview(buf), 0
        while got < size:
            k = await loop.sock_recv_into(sock, view[got:])
            if k == 0:
                return None
            got += k
        parts.append(buf)
    return parts[1]


def _send_frame_by(sock: socket.socket, data: bytes, deadline: float) -> None:
    view = memoryview(_frame(data))
    while view:
        try:
            view = view[sock.send(view) :]
        except BlockingIOError:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([], [sock], [], left)[1]:
                raise TimeoutError from None


# ---------------------------------------------------------------- the processes


def _set_parent_death_signal(parent: int) -> None:
    """Ask Linux to SIGKILL this process when the thread that forked it ends (no-op elsewhere).

    If ``parent`` already ended before this call (a race just after fork), end now.
    """
    if sys.platform.startswith("linux"):
        with contextlib.suppress(Exception):
            import ctypes

            ctypes.CDLL(None, use_errno=True).prctl(1, int(signal.SIGKILL), 0, 0, 0)  # PR_SET_PDEATHSIG
    if os.getppid() != parent:
        os._exit(0)


def _close_inherited(keep: set[int]) -> None:
    """Close inherited sockets and pipes (client connections, the listening socket) but not store files.

    A forked copy of a client connection would keep it open after the server closes it.
    """
    try:
        fds = [int(name) for name in os.listdir("/proc/self/fd")]
    except OSError:
        return
    import stat

    for fd in fds:
        if fd < 3 or fd in keep:
            continue
        with contextlib.suppress(OSError):
            mode = os.fstat(fd).st_mode
            if stat.S_ISSOCK(mode) or stat.S_ISFIFO(mode):
                os.close(fd)


def _limit_memory(budget_mb: int | None) -> None:
    """Let this process allocate at most ``budget_mb`` more (RLIMIT_DATA over what it holds now), and dump no core."""
    if not budget_mb:
        return
    import resource

    with contextlib.suppress(OSError, ValueError, IndexError):
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        with open("/proc/self/status") as status:
            held_kb = next(int(line.split()[1]) for line in status if line.startswith("VmData:"))
        limit = (held_kb << 10) + (budget_mb << 20)
        resource.setrlimit(resource.RLIMIT_DATA, (limit, limit))


def _template_main(
    control: socket.socket,
    store: Any,
    warm_up: Callable[[], Any] | None,
    on_start: Callable[[Any], Any] | None,
    max_memory_mb: int | None,
    parent: int,
) -> None:
    """The template: fork a worker for each byte received, send back its pid and socket; never returns.

    A fork that fails (no memory, the process limit reached: passing troubles) is answered with
    :data:`_FAILED` and its reason, and the template goes on: the pool counts it as a worker that
    failed to start and tries again after its back-off, instead of losing every worker for good.
    """
    code = 0
    try:
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the caller's to handle
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # workers are reaped by the kernel
        _set_parent_death_signal(parent)
        _close_inherited({control.fileno()})
        if warm_up is not None:
            with contextlib.suppress(Exception):  # a worker meets the same problem again and reports it
                warm_up()
        gc.freeze()  # what the workers inherit is never collected: fewer pages copied, no stray closes
        control.setblocking(True)
        template = os.getpid()
        while True:
            if not control.recv(1):
                break  # the pool closed or its process died
            try:
                mine, theirs = socket.socketpair()
            except OSError as exc:  # out of file descriptors
                control.send(_FAILED + f"no socket for it: {exc.strerror or exc}".encode()[:_REASON_BYTES])
                continue
            try:
                pid = os.fork()
            except OSError as exc:
                mine.close()
                theirs.close()
                control.send(_FAILED + f"the fork failed: {exc.strerror or exc}".encode()[:_REASON_BYTES])
                continue
            if pid == 0:
                control.close()
                theirs.close()
                _worker_main(mine, store, on_start, max_memory_mb, template)  # never returns
            mine.close()
            socket.send_fds(control, [str(pid).encode()], [theirs.fileno()])
            theirs.close()
    except BaseException:  # noqa: BLE001 - a child process must end here, never return into the caller's code
        code = 1
    finally:
        os._exit(code)


def _worker_main(
    sock: socket.socket, store: Any, on_start: Callable[[Any], Any] | None, max_memory_mb: int | None, template: int
) -> None:
    """A worker: set up, say it is ready, then run each job received and send back its result or exception; never returns."""
    code = 0
    try:
        _set_parent_death_signal(template)
        if not os.environ.get("KG_DEBUG"):  # a failed allocation would print a Rust backtrace into the server's log
            with contextlib.suppress(OSError):
                os.dup2(os.open(os.devnull, os.O_WRONLY), 2)
        signal.signal(signal.SIGCHLD, signal.SIG_DFL)
        signal.signal(signal.SIGALRM, signal.SIG_DFL)  # the kernel ends the process at the alarm
        sock.setblocking(True)
        if on_start is not None:
            try:
                on_start(store)
            except BaseException as exc:  # noqa: BLE001 - the pool reports it and kills this worker
                reason = f"{type(exc).__name__}: {exc}".encode(errors="replace")[:_REASON_BYTES]
                sock.sendall(_FAILED + reason)
                raise
        _limit_memory(max_memory_mb)  # a query's budget counts from what the worker holds once started
        sock.sendall(_READY)
        while True:
            header = _recv_exactly(sock, _HEADER.size)
            if header is None:
                break
            data = _recv_exactly(sock, _HEADER.unpack(bytes(header))[0])
            if data is None:
                break
            func, args, limit_s = pickle.loads(data)
            signal.alarm(math.ceil(limit_s) + _GRACE_S)
            cpu = time.process_time()
            try:
                result: tuple[bool, Any, float] = (True, func(store, *args), 0.0)
            except MemoryError:
                result = (
                    False,
                    OutOfMemory(
                        f"the query needed more than the memory limit of {max_memory_mb} MB; narrow it or add a LIMIT"
                    ),
                    0.0,
                )
            except BaseException as exc:  # noqa: BLE001 - sent to the caller, who raises it
                result = (False, exc, 0.0)
            signal.alarm(0)
            result = (result[0], result[1], time.process_time() - cpu)  # the job's CPU time orders the waiting line
            try:
                payload = pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL)
            except Exception:  # noqa: BLE001 - a result that does not pickle: send its words (and an error's place)
                payload = pickle.dumps((False, _in_words(result[1]), result[2]))
            sock.sendall(_frame(payload))
            del result, payload, func, args
    except BaseException:  # noqa: BLE001 - a child process must end here, never return into the caller's code
        code = 1
    finally:
        os._exit(code)


def _in_words(value: Any) -> KgError:
    """What a job's result or error that does not pickle says, as a :class:`KgError` that does: a
    ``KgError`` keeps its message, path and line (it reads as it would in the caller's process)."""
    if isinstance(value, KgError):
        return KgError(value.message[:2000], path=value.path, line=value.line)
    return KgError(f"{type(value).__name__}: {value}"[:2000])


def _running_loop() -> asyncio.AbstractEventLoop | None:
    """The event loop running in this thread, if any (``kg query`` never imports asyncio)."""
    if "asyncio" not in sys.modules:
        return None
    import asyncio

    try:
        return asyncio.get_running_loop()
    except RuntimeError:
        return None


def _capped(cost_s: float | None) -> float:
    """A query's expected CPU seconds for its place in line: at most the cap, which unknown ones count as."""
    return _COST_CAP_S if cost_s is None else min(cost_s, _COST_CAP_S)


def _is_heavy(cost_s: float | None) -> bool:
    """Whether a query that took ``cost_s`` CPU seconds last time waits for a regular worker (see :meth:`QueryPool._take`)."""
    return cost_s is not None and cost_s > _LIGHT_S


def _handed(waiter: asyncio.Future[tuple[_Worker, bool]]) -> tuple[_Worker, bool] | None:
    """The worker a waiter's future holds, if one was handed to it (not when cancelled or still open)."""
    if waiter.done() and not waiter.cancelled() and waiter.exception() is None:
        return waiter.result()
    return None


class _Watch:
    """An event loop's watch of one socket: a callback when it is readable, another at a deadline.

    The one place that sets such a watch up and takes it down (a starting worker's socket, the
    template's control socket), so neither leaves a reader or a timer behind.
    """

    def __init__(self) -> None:
        self.loop: asyncio.AbstractEventLoop | None = None  # the loop watching, if any
        self.timer: asyncio.TimerHandle | None = None
        self.fd = -1

    def start(
        self,
        loop: asyncio.AbstractEventLoop,
        fd: int,
        on_readable: Callable[[], Any],
        deadline: float,
        on_overdue: Callable[[], Any],
    ) -> None:
        """Have ``loop`` call ``on_readable`` when ``fd`` is readable, ``on_overdue`` at ``deadline`` (monotonic)."""
        self.stop()
        loop.add_reader(fd, on_readable)
        self.loop, self.fd = loop, fd
        self.timer = loop.call_at(loop.time() + max(0.0, deadline - time.monotonic()), on_overdue)

    def stop(self) -> None:
        """Stop the watch (before the socket closes: a closed descriptor's number is soon reused)."""
        if self.timer is not None:
            self.timer.cancel()
            self.timer = None
        if self.loop is not None:
            with contextlib.suppress(Exception):  # a closed loop has nothing to remove
                self.loop.remove_reader(self.fd)
            self.loop = None


class _Worker:
    """The caller's end of one worker: its pid, its socket, and a pidfd to kill exactly it.

    Until it is ready, ``start_deadline`` bounds its start-up, and an event loop may watch its
    socket for the ready byte (``watching``).
    """

    def __init__(self, pid: int, sock: socket.socket, start_deadline: float) -> None:
        self.pid = pid
        self.sock = sock
        self.sock.setblocking(False)
        self.pidfd: int | None = None
        with contextlib.suppress(AttributeError, OSError):
            self.pidfd = os.pidfd_open(pid)
        self.jobs = 0
        self.lowered = False
        self.start_deadline = start_deadline
        self.retry = False  # started again after a failed start: counted as failed until it is ready
        self.watching = _Watch()

    def watch(
        self, loop: asyncio.AbstractEventLoop, on_readable: Callable[[], Any], on_overdue: Callable[[], Any]
    ) -> None:
        """Have ``loop`` call ``on_readable`` when the worker says something, ``on_overdue`` at its start deadline."""
        self.watching.start(loop, self.sock.fileno(), on_readable, self.start_deadline, on_overdue)

    def unwatch(self) -> None:
        """Stop the watch (before the socket closes: a closed descriptor's number is soon reused)."""
        self.watching.stop()

    def alive(self) -> bool:
        """Whether this idle worker can take a job: one that died while idle (killed from outside, by the
        OOM killer) has closed its socket, so a peek finds the end of file; a live one has sent nothing.

        One non-blocking syscall. A worker that dies after this look fails its query as before.
        """
        try:
            self.sock.recv(1, socket.MSG_PEEK)
        except BlockingIOError:
            return True
        except OSError:  # reset by a dying peer
            return False
        return False  # end of file (or bytes nobody asked for: out of step, never to be given a query)

    def lower_priority(self) -> None:
        """Let this worker's long query yield the CPU to short ones (nice +10); it stays so until replaced."""
        if not self.lowered:
            with contextlib.suppress(OSError):
                os.setpriority(os.PRIO_PROCESS, self.pid, os.getpriority(os.PRIO_PROCESS, self.pid) + _LONG_NICE)
            self.lowered = True

    def kill(self) -> None:
        """SIGKILL the worker (it may be running a query that cannot be stopped otherwise)."""
        with contextlib.suppress(OSError):
            if self.pidfd is not None:
                signal.pidfd_send_signal(self.pidfd, signal.SIGKILL)
            else:
                os.kill(self.pid, signal.SIGKILL)
        self.close()

    def close(self) -> None:
        self.unwatch()
        self.sock.close()
        if self.pidfd is not None:
            with contextlib.suppress(OSError):
                os.close(self.pidfd)
            self.pidfd = None


def _said(worker: _Worker) -> bytes | None:
    """What a starting worker sent (b"" at end of file), or None while it has sent nothing."""
    try:
        return worker.sock.recv(1 + _REASON_BYTES)
    except BlockingIOError:
        return None
    except OSError:
        return b""


def _outcome(data: bytearray | None, max_memory_mb: int | None = None) -> tuple[Any, float]:
    """A job's result and the CPU seconds it took in its worker; its exception is raised here."""
    if data is None and max_memory_mb:
        raise OutOfMemory(
            f"the query stopped, most likely because it needed more than the memory limit of "
            f"{max_memory_mb} MB; narrow it or add a LIMIT"
        )
    if data is None:
        raise WorkerError("the query worker died (out of memory, or killed from outside); the query did not finish")
    try:
        ok, value, cpu_s = pickle.loads(data)
    except Exception as exc:  # noqa: BLE001 - an exception type that cannot be rebuilt here
        raise WorkerError(f"the query worker's answer could not be read: {type(exc).__name__}") from None
    if ok:
        return value, cpu_s
    raise value


class QueryPool:
    """Worker processes holding one store: ``workers`` for queries with the full time limit, and
    ``spare`` more for light queries, with a shorter limit.

    The spares keep light queries answered while heavier ones fill the regular workers: a query
    known to be light (it took at most 5 ms of CPU last time) takes a spare first, one not seen yet
    takes a spare only while the regular workers are all busy, and one known to be heavier takes a
    spare only while every regular worker runs a long query (past 1 s: runaways) or failed to start
    and waits for its restart. A long query that
    lands on a spare is killed at ``spare_timeout_s`` and its worker freed.

    :param store: the store every worker queries (in memory or read-only on disk).
    :param workers: workers with the full time limit.
    :param spare: extra workers used only when the regular ones are all busy.
    :param spare_timeout_s: the time limit of a query running on a spare worker.
    :param max_waiting: how many queries may wait for a worker (``run_async``); more get :class:`Busy`.
    :param max_memory_mb: how much more memory a worker may allocate for a query (none: no limit);
        past it the query fails with :class:`OutOfMemory` and the worker is replaced. It counts
        from the heap the template inherited, so heap the caller had freed is reused first.
    :param warm_up: called once in the template (imports, parser set-up) so that every worker,
        including each replacement of a killed one, starts warm; it must not start threads.
    :param on_start: called with the store in each worker as it starts, before it says it is ready
        (what a worker must do for itself); its time counts against ``start_timeout_s``, not a query's.
    :param start_timeout_s: how long a worker may take to start (the template's ``warm_up`` too, for
        the first ones); past it the worker is killed and the queries waiting for it get :class:`StartFailed`.
        A killed worker's replacement starts at once, so the next query usually finds it ready; a query
        is given a worker only once it is ready, and its time limit starts then. A worker that failed
        to start is started again with a back-off (see the module).

    Make the pool before starting threads or opening sockets (its template process is forked then),
    in a thread that lives as long as the pool; close it (or use ``with``) to end the processes.
    """

    def __init__(
        self,
        store: Any,
        *,
        workers: int = 1,
        spare: int = 0,
        spare_timeout_s: float = 2.0,
        max_waiting: int = 64,
        max_memory_mb: int | None = None,
        warm_up: Callable[[], Any] | None = None,
        on_start: Callable[[Any], Any] | None = None,
        start_timeout_s: float = DEFAULT_START_TIMEOUT_S,
    ) -> None:
        if workers < 1 or spare < 0 or max_waiting < 0 or spare_timeout_s <= 0 or start_timeout_s <= 0:
            raise KgError("a query pool needs at least one worker, and positive limits")
        if max_memory_mb is not None and not 0 < max_memory_mb <= MAX_MEMORY_MB:
            raise KgError(f"a worker's memory limit is 1 to {MAX_MEMORY_MB:,} MB, not {max_memory_mb:,}")
        if workers + spare > MAX_WORKERS:
            raise KgError(f"a query pool has at most {MAX_WORKERS} workers (spares included), not {workers + spare:,}")
        self.workers = workers
        self.spare = spare
        self.spare_timeout_s = spare_timeout_s
        self.max_waiting = max_waiting
        self.max_memory_mb = max_memory_mb
        self.start_timeout_s = start_timeout_s
        self.killed = 0  # workers killed at a limit so far
        self._closed = False
        self._template_lost = False
        # message boundaries kept: an answer without a socket (a failed fork) never runs into the next one
        self._control, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        caller = os.getpid()
        self._template = os.fork()
        if self._template == 0:
            self._control.close()
            _template_main(theirs, store, warm_up, on_start, max_memory_mb, caller)  # never returns
        theirs.close()
        self._control.setblocking(False)  # never waited on in an event loop (socket.recv_fds ignores its flags)
        self._template_fd: int | None = None
        with contextlib.suppress(AttributeError, OSError):
            self._template_fd = os.pidfd_open(self._template)
        self._free: list[tuple[_Worker, bool]] = []  # (worker, is a spare); idle workers, ready
        self._starting: list[tuple[_Worker, bool]] = []  # forked, not ready yet
        # workers asked of the template and not sent yet, in order: (is a spare, start deadline, started again
        # after a failed start)
        self._asked: collections.deque[tuple[bool, float, bool]] = collections.deque()
        self._template_watch = _Watch()  # the loop reading the template's answers, if any
        self._lost: list[bool] = []  # the kinds (spare or not) of workers that failed to start, to start again
        self._start_error = ""  # why the last one failed
        self._restart_at = 0.0  # (monotonic) no lost worker is started again before then: the back-off
        self._restart_delay = _RESTART_FIRST_S  # the back-off after the next round of restarts
        self._restart_timer: asyncio.TimerHandle | None = None  # the event loop's next round
        self._restart_loop: asyncio.AbstractEventLoop | None = None
        self._busy = 0  # workers running a job
        self._long_regulars = 0  # regular workers running a query past _LONG_S
        # waiting queries as (place in line, arrival number, future, known CPU cost); the lowest place is served first
        self._waiters: list[tuple[float, int, asyncio.Future, float | None]] = []
        self._arrivals = 0
        self._costs: collections.OrderedDict[int, float] = collections.OrderedDict()
        try:
            for n in range(workers + spare):
                self._spawn(n >= workers)
            while self._starting or self._asked:
                self._pump_starts()
            if self._lost:
                raise WorkerError(self._start_error)
        except BaseException:
            self.close()
            raise

    # ------------------------------------------------------------ workers

    def _spawn(self, spare: bool, *, retry: bool = False) -> None:
        """Ask the template to fork a worker; it joins the starting ones when the template sends it, and
        the idle ones once it says it is ready. ``retry``: it is started again after a failed start (until it
        is ready, :meth:`stats` counts it as failed).

        In an event loop the template's answer is read there, so a stalled template (a machine that
        swaps) never holds up the loop; elsewhere this waits for it. The template answers within
        ``start_timeout_s`` or is taken for lost (killed: a late answer would be taken for the next
        one's), and the workers asked of it are lost too. Raises only when nothing could be asked.
        """
        if self._template_lost:
            raise WorkerError(f"cannot start a query worker: {self._start_error}")
        try:
            self._control.send(b"w")
        except BlockingIOError:  # its socket's buffer is full of requests it did not read
            self._lose_template("the workers' template process does not take requests")
            raise WorkerError(f"cannot start a query worker: {self._start_error}") from None
        except OSError as exc:
            self._lose_template(f"the workers' template process is gone ({exc})")
            raise WorkerError(f"cannot start a query worker: {self._start_error}") from None
        self._asked.append((spare, time.monotonic() + self.start_timeout_s, retry))
        loop = _running_loop()
        if loop is not None:
            self._watch_template(loop)
        else:
            self._await_template()

    def _collect(self) -> None:
        """Take the workers the template has sent so far (it answers in the order asked); never blocks.

        In a running event loop, each one's start-up is watched there. One the template could not fork
        counts as a worker that failed to start (after the others are taken).
        """
        loop = _running_loop()
        unforked: list[tuple[bool, str]] = []
        try:
            while self._asked:
                try:
                    msg, fds, _flags, _addr = socket.recv_fds(self._control, 64 + _REASON_BYTES, 1)
                except BlockingIOError:
                    break
                except OSError as exc:
                    self._lose_template(f"the workers' template process is gone ({exc})")
                    return
                if msg.startswith(_FAILED) and not fds:
                    spare = self._asked.popleft()[0]
                    unforked.append((spare, f"a query worker could not start: {msg[1:].decode(errors='replace')}"))
                    continue
                try:
                    pid = int(msg)
                    sock = socket.socket(fileno=fds[0])
                except (ValueError, IndexError):
                    for fd in fds:
                        with contextlib.suppress(OSError):
                            os.close(fd)
                    self._lose_template("the workers' template process is gone")
                    return
                spare, deadline, retry = self._asked.popleft()
                worker = _Worker(pid, sock, deadline)
                worker.retry = retry
                self._starting.append((worker, spare))
                if loop is not None:
                    self._watch(worker, spare, loop)
            if not self._asked:
                self._unwatch_template()
        finally:
            for spare, why in unforked:
                self._start_failed(spare, why)

    def _await_template(self) -> None:
        """Wait (blocking) until the template has sent every worker asked of it, or is lost."""
        while self._asked:
            self._collect()
            if not self._asked or self._template_lost or self._template_overdue():
                return
            select.select([self._control], [], [], max(0.0, self._asked[0][1] - time.monotonic()))

    def _template_overdue(self) -> bool:
        """Whether the first worker asked of the template is past its deadline; if so, the template is given up."""
        if self._asked and self._asked[0][1] <= time.monotonic():
            self._lose_template(f"the workers' template process did not answer within {self.start_timeout_s:g} s")
            return True
        return False

    def _watch_template(self, loop: asyncio.AbstractEventLoop) -> None:
        """Have ``loop`` read the template's answers while workers are asked of it, and give it up at the
        first one's deadline."""
        self._unwatch_template()
        if not self._asked or self._template_lost or self._closed:
            return
        self._template_watch.start(
            loop, self._control.fileno(), self._template_answered, self._asked[0][1], self._template_answered
        )

    def _unwatch_template(self) -> None:
        self._template_watch.stop()

    def _template_answered(self) -> None:
        """The loop's watch of the template: take the workers it sent; one not sent by its deadline loses it."""
        loop = self._template_watch.loop
        self._collect()
        self._template_overdue()
        if self._template_lost:
            self._fail_waiters_if_none_left()
        elif loop is not None:
            self._watch_template(loop)  # the next request's deadline
        self._wake()  # a waiter for a regular worker that was lost may take a spare now

    def _lose_template(self, reason: str) -> None:
        """The template cannot start workers any more: end it, and with it every worker.

        Each worker dies with its parent, the template (``PR_SET_PDEATHSIG``), so a template that is
        gone took its workers with it, and killing one that stalled (a machine that swaps) ends them
        too: queries running then fail, and later ones are told to restart the server. The workers
        asked of it are lost (no query waits for them).
        """
        self._template_lost = True
        self._start_error = reason
        self._unwatch_template()
        while self._asked:
            self._lost.append(self._asked.popleft()[0])
        with contextlib.suppress(OSError):
            if self._template_fd is not None:
                signal.pidfd_send_signal(self._template_fd, signal.SIGKILL)
            else:
                os.kill(self._template, signal.SIGKILL)

    def _replace(self, spare: bool) -> None:
        """Start a fresh worker in place of a killed one at once (none when closed or if the template is gone)."""
        self._respawn(spare)
        self._wake()

    def _respawn(self, spare: bool) -> None:
        """:meth:`_replace` without handing out idle workers (for the callers that are handing them out)."""
        if self._closed:
            return
        try:
            self._spawn(spare)
        except WorkerError:
            self._lost.append(spare)  # the pool shrinks; run() says so when no worker is left
        self._fail_waiters_if_none_left()

    def _pop_idle(self, i: int) -> tuple[_Worker, bool] | None:
        """Take idle worker ``i`` for a query; None when it died while idle: then it is closed and replaced
        (as a killed one), and the caller chooses again, so no query is sent to a dead worker and fails for it."""
        worker, spare = self._free.pop(i)
        if worker.alive():
            self._busy += 1
            return worker, spare
        self._bury(worker, spare)
        return None

    def _bury(self, worker: _Worker, spare: bool) -> None:
        """Close a worker that died while idle and start its replacement (as for a killed one)."""
        worker.kill()  # closes its socket and pidfd; the kernel reaped it (its template ignores SIGCHLD)
        self._respawn(spare)

    def _drop_dead_idle(self) -> None:
        """Find out the idle workers that died (one peek each, see :meth:`_Worker.alive`) and replace them,
        so that no count reports a dead worker as ready. Call it from the thread that uses the pool."""
        dead = [entry for entry in self._free if not entry[0].alive()]
        for entry in dead:
            self._free.remove(entry)
            self._bury(*entry)

    # ------------------------------------------------------------ starting workers

    def _watch(self, worker: _Worker, spare: bool, loop: asyncio.AbstractEventLoop) -> None:
        worker.watch(loop, lambda: self._readable(worker, spare), lambda: self._overdue(worker, spare))

    def _watch_starting(self, loop: asyncio.AbstractEventLoop) -> None:
        """Have ``loop`` watch the starting workers it does not watch yet (started by run(), or in another loop)."""
        if self._asked and self._template_watch.loop is not loop:
            self._watch_template(loop)
        for worker, spare in self._starting:
            if worker.watching.loop is not loop:
                self._watch(worker, spare, loop)
        if self._lost and self._restart_loop is not loop:
            self._schedule_restart(loop)

    def _readable(self, worker: _Worker, spare: bool) -> None:
        """A starting worker said something (or ended): ready, or failed."""
        said = _said(worker)
        if said is not None:
            self._started(worker, spare, said)

    def _overdue(self, worker: _Worker, spare: bool) -> None:
        """A worker not ready by its start deadline is killed, unless it said so meanwhile and nobody read it yet
        (run() reads only when a query comes; in a loop, the byte may come just after the loop looked)."""
        if (worker, spare) not in self._starting:
            return
        self._readable(worker, spare)
        if (worker, spare) in self._starting:  # it said nothing
            self._started(
                worker,
                spare,
                None,
                f"a query worker did not start within {self.start_timeout_s:g} s (the machine may be "
                "overloaded); try again shortly",
            )

    def _started(self, worker: _Worker, spare: bool, said: bytes | None, why: str = "") -> None:
        """Move a starting worker on: to the idle ones when it said it is ready, else killed and noted as lost."""
        self._starting.remove((worker, spare))
        worker.unwatch()
        if said == _READY and not self._closed:
            worker.start_deadline = math.inf
            self._free.append((worker, spare))
            self._restart_at, self._restart_delay = 0.0, _RESTART_FIRST_S  # starts work: no more back-off
            if self._lost:
                self._schedule_restart()  # the ones that failed before are started again at once
            self._wake()
            return
        worker.kill()
        if self._closed:
            return
        if said is not None:
            if said.startswith(_FAILED):
                why = f"a query worker could not start: {said[1:].decode(errors='replace')}"
            elif not said:
                why = "a query worker died as it started (out of memory, or killed from outside)"
            else:
                why = "a query worker sent something else than ready as it started"
        self._start_failed(spare, why)

    def _start_failed(self, spare: bool, why: str) -> None:
        """A worker that did not start (it failed, or could not be forked): noted as lost, to be started again
        after the back-off; the waiting queries are told when none is left. Once the template is gone, its end stays
        the reason given (a failed fork read with it must not hide that no worker can start again)."""
        if not self._template_lost:
            self._start_error = why
        self._lost.append(spare)
        self._fail_waiters_if_none_left()  # told now; the next round of restarts is for the queries to come
        self._schedule_restart()
        self._wake()  # a query that waited for this regular worker may take a spare now

    def _pump_starts(self) -> None:
        """Wait (blocking) until a starting worker is ready or failed, or the first start deadline."""
        self._await_template()  # the workers asked in an event loop that no longer runs
        now = time.monotonic()
        for worker, spare in list(self._starting):
            if worker.start_deadline <= now:
                self._overdue(worker, spare)
        if not self._starting:
            return
        first = min(worker.start_deadline for worker, _ in self._starting)
        wait = max(0.0, first - now)
        readable = select.select([worker.sock for worker, _ in self._starting], [], [], wait)[0]
        for worker, spare in list(self._starting):
            if worker.sock in readable:
                self._readable(worker, spare)

    def _restart_lost(self) -> None:
        """Start again the workers that failed to start (when the template can), unless their back-off runs.

        Each round of restarts puts off the next one by the back-off, which doubles (up to
        ``_RESTART_MAX_S``) until a worker gets ready: starts that keep failing never make a fork loop,
        whether the event loop's timer or a query asks for the round.
        """
        if not self._lost or self._closed or self._template_lost:
            return
        now = time.monotonic()
        if now < self._restart_at:
            if self._restart_timer is None:
                self._schedule_restart()
            return
        self._unschedule_restart()
        self._restart_at = now + self._restart_delay
        self._restart_delay = min(_RESTART_MAX_S, 2 * self._restart_delay)
        # one start each: one that fails at once (a failed fork) waits for the next round, never a fork loop
        lost, self._lost = self._lost, []
        for n, spare in enumerate(lost):
            try:
                if self._template_lost:
                    raise WorkerError(self._start_error)
                self._spawn(spare, retry=True)
            except WorkerError:
                self._lost.extend(lost[n:])
                return

    def _schedule_restart(self, loop: asyncio.AbstractEventLoop | None = None) -> None:
        """Have the event loop (``loop``, else the running one) start the lost workers again when their back-off
        ends; outside an event loop the next query does (:meth:`_take`)."""
        self._unschedule_restart()
        loop = loop or _running_loop()
        if loop is None or not self._lost or self._template_lost or self._closed:
            return
        wait = max(0.0, self._restart_at - time.monotonic())
        self._restart_timer = loop.call_at(loop.time() + wait, self._restart_due)
        self._restart_loop = loop

    def _unschedule_restart(self) -> None:
        if self._restart_timer is not None:
            self._restart_timer.cancel()
        self._restart_timer = self._restart_loop = None

    def _restart_due(self) -> None:
        """The event loop's round of restarts (see :meth:`_restart_lost`)."""
        self._restart_timer = self._restart_loop = None
        self._restart_lost()  # a timer that fired a little early is set again
        if self._template_lost:  # found gone: nothing will start, the waiting queries are told
            self._fail_waiters_if_none_left()

    def _fail_waiters_if_none_left(self) -> None:
        """When no worker is idle, busy or starting, the waiting queries are told why at once."""
        if not self._none_left() or not self._waiters:
            return
        error = self._none_started()
        for _place, _n, waiter, _cost in self._waiters:
            if not waiter.done():
                waiter.set_exception(error)

    def _none_started(self) -> WorkerError:
        """The error of a query for which no worker could start: one to try again when the next round of
        restarts is due (at least 1 s), unless the template is gone."""
        if self._template_lost:
            return WorkerError(f"no query worker is left: {self._start_error}; restart the server")
        return StartFailed(
            f"no query worker could start: {self._start_error}", retry_after_s=max(1, math.ceil(self._restart_in_s()))
        )

    def _restart_in_s(self) -> float:
        """Seconds until the workers that failed to start may be started again (0: now)."""
        return max(0.0, self._restart_at - time.monotonic())

    def _none_left(self) -> bool:
        """Whether no worker is idle, busy or starting (those that failed to start wait for their restart)."""
        return not (self._free or self._busy or self._starting or self._asked)

    def _take(self, cost_s: float | None = None, *, restart: bool = True) -> tuple[_Worker, bool] | None:
        """An idle worker for a query that took ``cost_s`` CPU seconds last time (None: not known).

        A query known to be light takes a spare first (the regular workers stay free for heavy
        ones), one not known yet a regular worker first (it may be long, and a spare's limit is
        short), and one known to be heavy only a regular worker, unless every regular worker is
        held by a long query or failed to start (then spares take any query, as they are there for). A regular worker
        that is starting counts as free for one not known yet: it waits the few milliseconds for it
        rather than take a spare's short limit (and takes an idle spare if its wait ends first). With ``restart``, the workers that failed to start
        are started again first (when their back-off is over).
        """
        if self._closed:
            raise WorkerError("the query pool is closed")
        if restart:
            self._restart_lost()

        def choose() -> int | None:
            if self._template_lost and self._none_left():
                raise self._none_started()
            return self._choose(cost_s)

        return self._pop_first(choose)

    def _pop_first(self, choose: Callable[[], int | None]) -> tuple[_Worker, bool] | None:
        """The idle worker ``choose`` names (its index), taken for a query; it chooses again after one found dead
        (and replaced), and None means none."""
        while (i := choose()) is not None:
            taken = self._pop_idle(i)
            if taken is not None:
                return taken
        return None

    def _choose(self, cost_s: float | None) -> int | None:
        """Which idle worker (its index) a query that took ``cost_s`` last time would take now; None: it waits (see :meth:`_take`)."""
        if _is_heavy(cost_s) and not self._regulars_held():
            wanted: tuple[bool, ...] = (False,)
        elif cost_s is None:
            wanted = (False,) if self._regular_coming() else (False, True)
        else:
            wanted = (True, False)
        for kind in wanted:
            for i, (_, spare) in enumerate(self._free):
                if spare is kind:
                    return i
        return None

    def _take_spare(self) -> tuple[_Worker, bool] | None:
        """An idle spare, for a query not seen yet that cannot wait for a starting regular worker (its wait is
        over, or the line is full)."""
        return self._pop_first(lambda: next((i for i, (_, spare) in enumerate(self._free) if spare), None))

    def _regular_coming(self) -> bool:
        """Whether a regular worker is starting (or asked of the template)."""
        return any(not spare for _, spare in self._starting) or any(not entry[0] for entry in self._asked)

    def _give_back(self, worker: _Worker, spare: bool) -> None:
        worker.jobs += 1
        if worker.lowered:  # a long query finished in time: its worker stays slow; start a fresh one instead
            worker.kill()
            self._replace(spare)
            return
        self._free.append((worker, spare))
        self._wake()

    def _regulars_held(self) -> bool:
        """Whether every regular worker runs a long query (past ``_LONG_S``) or failed to start and waits for its
        restart (its back-off may last 10 s; none is coming): spares then take heavy queries too."""
        return self._long_regulars + sum(not spare for spare in self._lost) >= self.workers

    def _went_long(self, worker: _Worker, spare: bool) -> None:
        """A query passed ``_LONG_S``: it yields the CPU, and its worker counts as held (see :meth:`_take`)."""
        worker.lower_priority()
        if not spare:
            self._long_regulars += 1
            self._wake()  # the idle spares may now go to heavy waiters

    def _wake(self) -> None:
        """Hand idle workers to the first waiters in line that can use them (a heavy one a spare only while the regulars are held).

        The worker itself goes through the waiter's future: were the waiter only told to look, two
        workers freed in one turn could go to the wrong waiters (one not known yet, woken for a spare,
        would take the regular one, and the heavy one woken for it would find only the spare).
        """
        while self._waiters and self._free:
            candidates = [entry for entry in self._waiters if self._choose(entry[3]) is not None]
            if not candidates:
                return
            entry = min(candidates)  # at most max_waiting entries: a scan costs less than a heap's upkeep
            self._waiters.remove(entry)
            if entry[2].done():  # gave up (timed out or cancelled) in this turn
                continue
            i = self._choose(entry[3])
            if i is None:  # cannot happen (the candidates can use an idle worker); keep the waiter in line
                self._waiters.append(entry)
                return
            taken = self._pop_idle(i)
            if taken is None:  # it died while idle (a replacement is starting): the waiter keeps its place
                self._waiters.append(entry)
                self._fail_waiters_if_none_left()  # none could start (it was out of the line when that was checked)
                continue
            entry[2].set_result(taken)

    def _put_back(self, worker: _Worker, spare: bool) -> None:
        """A worker that ran nothing goes back to the pool (and on to the next waiter): it was handed to a
        waiter that gave up meanwhile, or its job could not be sent."""
        self._busy -= 1
        if self._closed:
            worker.kill()
            return
        self._free.append((worker, spare))
        self._wake()

    def known_cost(self, cost_key: int | None) -> float | None:
        """The CPU seconds a query took last times (a moving average), or None when not run yet."""
        return None if cost_key is None else self._costs.get(cost_key)

    def expected_s(self, cost_key: int | None) -> float:
        """How long a query ran last times (a moving average), capped; unknown ones count as the cap."""
        return _capped(self.known_cost(cost_key))

    def _note_cost(self, cost_key: int | None, seconds: float) -> None:
        if cost_key is None:
            return
        before = self._costs.pop(cost_key, None)
        self._costs[cost_key] = seconds if before is None else 0.7 * before + 0.3 * seconds
        if len(self._costs) > _COSTS_KEPT:
            self._costs.popitem(last=False)

    def _limit(self, spare: bool, timeout_s: float) -> float:
        return min(timeout_s, self.spare_timeout_s) if spare else timeout_s

    @property
    def idle(self) -> int:
        """Workers running no query right now: ready, or starting (an idle one found dead is replaced first,
        so its replacement counts as starting). Read it from the thread that uses the pool."""
        self._drop_dead_idle()
        return len(self._free) + len(self._starting) + len(self._asked)

    def stats(self) -> dict[str, Any]:
        """What the workers are doing now, for ``kg serve``'s /health; idle workers that died are found out
        (and replaced) first. Read it from the thread that uses the pool.

        ``ready``: idle and ready; ``running``: running a query; ``starting``: starting (or asked of the
        template); ``failed``: failed to start and not ready since: waiting for their restart, which comes
        in ``restart_in_s`` seconds, or being started again (0 while all are; None: none failed, or none can
        start again: the template is gone); ``error``: why the last one failed, or why none can start (None while
        none is failed); ``can_start``: whether workers can be started at all (False once the template is gone,
        found out here by a look that costs one syscall: the workers die with it; restart the server).
        A start-up that hangs past ``start_timeout_s`` is started again at once, so such a worker is
        nearly always starting: it still counts as failed.

        >>> from kg.store import build_store
        >>> with QueryPool(build_store(), spare=1) as pool:
        ...     pool.stats()
        {'ready': 2, 'running': 0, 'starting': 0, 'failed': 0, 'restart_in_s': None, 'error': None, 'can_start': True}
        """
        self._notice_lost_template()
        self._drop_dead_idle()
        retrying = sum(worker.retry for worker, _ in self._starting) + sum(entry[2] for entry in self._asked)
        failed = len(self._lost) + retrying
        restarts = failed > 0 and not self._template_lost and not self._closed
        return {
            "ready": len(self._free),
            "running": self._busy,
            "starting": len(self._starting) + len(self._asked) - retrying,
            "failed": failed,
            "restart_in_s": (round(self._restart_in_s(), 3) if self._lost else 0.0) if restarts else None,
            "error": self._start_error if failed or self._template_lost else None,
            "can_start": not self._template_lost and not self._closed,
        }

    def _notice_lost_template(self) -> None:
        """Give the template up if it ended (killed from outside, by the OOM killer), found by one non-blocking
        ``waitid`` on its pidfd that leaves it unreaped (:meth:`close` reaps it): otherwise nothing notices until
        a worker is asked of it, and :meth:`stats` would meanwhile report workers that die with it as sound."""
        if self._template_lost or self._closed:
            return
        try:
            if self._template_fd is not None:
                ended = os.waitid(os.P_PIDFD, self._template_fd, os.WEXITED | os.WNOHANG | os.WNOWAIT)
            else:
                ended = os.waitid(os.P_PID, self._template, os.WEXITED | os.WNOHANG | os.WNOWAIT)
        except ChildProcessError:  # reaped already (the caller ignores SIGCHLD): gone all the same
            self._lose_template("the workers' template process is gone")
            return
        except (AttributeError, OSError):  # no waitid here: the next worker asked of it finds it out
            return
        if ended is None:
            return
        how = f"it ended with status {ended.si_status}"
        if ended.si_code != os.CLD_EXITED:
            with contextlib.suppress(ValueError):
                how = f"killed by {signal.Signals(ended.si_status).name}"
        self._lose_template(f"the workers' template process is gone ({how})")

    @property
    def running(self) -> int:
        """Queries running in a worker right now."""
        return self._busy

    # ------------------------------------------------------------ running

    def run(self, func: Callable[..., Any], *args: Any, timeout_s: float) -> Any:
        """Run ``func(store, *args)`` in a worker and return its result; blocks the calling thread.

        On Ctrl-C (KeyboardInterrupt) the worker is killed before the exception goes on.

        The time limit starts when a ready worker takes the job: a worker still starting (the
        replacement of one killed) is waited for first, up to its own start deadline.

        :raises QueryTimeout: when it runs longer than ``timeout_s`` (the worker is killed).
        :raises WorkerError: when the worker dies, or none could start (:class:`StartFailed` while
            one may start again: its ``retry_after_s`` says when the next round of restarts is due).
        """
        taken = self._take()
        while taken is None and (self._starting or self._asked):
            self._pump_starts()
            # no restart of the ones that failed meanwhile: one that fails again and again would keep this
            # loop forking, while an idle spare could have taken the query
            taken = self._take(restart=False) if self._free else None
        if taken is None and not self._busy:
            raise self._none_started()
        if taken is None:
            raise Busy("every query worker is busy")
        worker, spare = taken
        limit = self._limit(spare, timeout_s)
        try:
            job = pickle.dumps((func, args, limit), protocol=pickle.HIGHEST_PROTOCOL)
        except BaseException:  # a job that does not pickle never reached the worker: it is free again
            self._put_back(worker, spare)
            raise
        deadline = time.monotonic() + limit
        done = False
        try:
            try:
                _send_frame_by(worker.sock, job, deadline)
                data = _recv_frame_by(worker.sock, deadline)
            except ConnectionError:  # the worker died
                data = None
            done = data is not None
            return _outcome(data, self.max_memory_mb)[0]
        except TimeoutError:
            raise QueryTimeout(
                f"the query ran longer than the time limit of {limit:g} s and was stopped; "
                "narrow it, add a LIMIT, or give a longer timeout_s"
            ) from None
        finally:
            self._finish(worker, spare, done)

    async def run_async(
        self, func: Callable[..., Any], *args: Any, timeout_s: float, queue_s: float, cost_key: int | None = None
    ) -> Any:
        """Like :meth:`run`, from an event loop: waits up to ``queue_s`` for a free worker.

        When workers are all taken, the queries known to run shortest go first (``cost_key`` names
        the query, e.g. a hash of its text and formats; its run times are remembered): light
        queries are not stuck behind heavy ones, and none waits behind ones that came more than
        0.5 s after it. A query known to be heavy waits for a regular worker unless runaways hold
        them all (spares are for light ones, see the class). Every limit stays: ``max_waiting``, ``queue_s`` and the time limits.

        Cancelling the awaiting task kills the worker too.

        :raises Busy: when no worker frees up within ``queue_s``, or too many queries already wait.
        :raises QueryTimeout: when the query passes its limit (the full one, or the spare's).
        """
        import asyncio  # only the server awaits; kg query never pays for importing it

        loop = asyncio.get_running_loop()
        self._watch_starting(loop)
        cost_s = self.known_cost(cost_key)
        taken = self._take(cost_s)
        if taken is None:
            taken = await self._wait_for_worker(loop, queue_s, cost_s)
        worker, spare = taken
        limit = self._limit(spare, timeout_s)
        try:
            job = _frame(pickle.dumps((func, args, limit), protocol=pickle.HIGHEST_PROTOCOL))
        except BaseException:  # a job that does not pickle never reached the worker: it is free again
            self._put_back(worker, spare)
            raise
        done = False

        async def exchange() -> bytearray | None:
            try:
                await loop.sock_sendall(worker.sock, job)
                return await _recv_frame_async(loop, worker.sock)
            except ConnectionError:  # the worker died
                return None

        yielding = loop.call_later(_LONG_S, self._went_long, worker, spare) if limit > _LONG_S else None
        try:
            data = await asyncio.wait_for(exchange(), limit)
            done = data is not None
            value, cpu_s = _outcome(data, self.max_memory_mb)
            self._note_cost(cost_key, cpu_s)  # CPU, not wall time: the machine's load does not blur it
            return value
        except (asyncio.TimeoutError, TimeoutError):
            self._note_cost(cost_key, limit)
            if spare:
                raise Busy(
                    f"the server is busy with {self.workers} long queries, and this one ran past the "
                    f"{limit:g} s limit of queries run meanwhile; try again shortly, or narrow it",
                    retry_after_s=max(1, math.ceil(limit)),
                ) from None
            raise QueryTimeout(
                f"the query ran longer than the time limit of {limit:g} s and was stopped; narrow it or add a LIMIT"
            ) from None
        finally:
            if yielding is not None:
                yielding.cancel()
            self._finish(worker, spare, done)

    async def _wait_for_worker(
        self, loop: asyncio.AbstractEventLoop, queue_s: float, cost_s: float | None
    ) -> tuple[_Worker, bool]:
        import asyncio

        if self._closed:
            raise WorkerError("the query pool is closed")
        full = len(self._waiters) >= self.max_waiting
        if self._none_left() and (full or self._restart_in_s() > queue_s):
            raise self._none_started()  # it cannot wait (or not long enough) for the next round of restarts
        if full:
            handed = self._take_spare() if cost_s is None else None  # as when a wait ends: a spare's limit beats a 503
            if handed is not None:
                return handed
            starting = len(self._starting) + len(self._asked)
            raise Busy(
                f"the server is busy: {self._busy} queries are running"
                + (f", {starting} query workers starting" if starting else "")
                + f" and {len(self._waiters)} waiting; try again shortly"
            )
        arrived = loop.time()
        place = arrived + _JUMP_PER_S * _capped(cost_s)
        waiter: asyncio.Future[tuple[_Worker, bool]] = loop.create_future()  # _wake puts the worker in it
        self._arrivals += 1
        entry = (place, self._arrivals, waiter, cost_s)
        self._waiters.append(entry)
        try:
            return await asyncio.wait_for(waiter, queue_s)
        except asyncio.TimeoutError:
            handed = _handed(waiter)  # a worker came in the same turn as the timeout: use it
            if handed is None and cost_s is None:
                handed = self._take_spare()  # it waited for a starting regular worker: a spare's limit beats a 503
            if handed is None and not self._busy:
                raise Busy(
                    f"the server is busy: no query worker was ready within {queue_s:g} s "
                    f"({len(self._starting) + len(self._asked)} starting); try again shortly"
                ) from None
            if handed is None:
                raise Busy(
                    f"the server is busy: every query worker stayed taken for {queue_s:g} s; try again shortly"
                ) from None
            return handed
        except BaseException:  # cancelled (the client left) or the pool closed
            handed = _handed(waiter)
            if handed is not None:
                self._put_back(*handed)
            raise
        finally:
            with contextlib.suppress(ValueError):
                self._waiters.remove(entry)

    def _finish(self, worker: _Worker, spare: bool, done: bool) -> None:
        """Give a worker back after a complete answer, else kill it (it may still be running) and replace it."""
        self._busy -= 1
        if worker.lowered and not spare:  # a lowered worker never runs another job (it is replaced)
            self._long_regulars -= 1
        if done and not self._closed:
            self._give_back(worker, spare)
            return
        worker.kill()
        if not done:
            self.killed += 1
        self._replace(spare)

    def close(self) -> None:
        """Kill every worker and the template. Idempotent."""
        if self._closed:
            return
        self._closed = True
        self._unschedule_restart()
        for worker, _ in self._free + self._starting:
            worker.kill()
        self._free.clear()
        self._starting.clear()
        self._unwatch_template()
        self._asked.clear()
        for _place, _n, waiter, _cost in self._waiters:
            if not waiter.done():  # an error, not a cancel: the query's task was not cancelled (its client is there)
                waiter.set_exception(WorkerError("the query pool was closed (the server is stopping)"))
        self._control.close()  # the template ends at end of file
        with contextlib.suppress(OSError):
            if self._template_fd is not None:
                signal.pidfd_send_signal(self._template_fd, signal.SIGKILL)
                os.close(self._template_fd)
            else:
                os.kill(self._template, signal.SIGKILL)
        with contextlib.suppress(ChildProcessError, OSError):
            os.waitpid(self._template, 0)

    def __enter__(self) -> QueryPool:  # noqa: PYI034
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __del__(self) -> None:
        with contextlib.suppress(Exception):
            self.close()


def run_with_limit(
    store: Any, func: Callable[..., Any], *args: Any, timeout_s: float, max_memory_mb: int | None = None
) -> Any:
    """Run one ``func(store, *args)`` in a worker process killed after ``timeout_s`` or on Ctrl-C,
    which may allocate at most ``max_memory_mb`` more than it inherited (None: no limit).

    This is how :meth:`kg.Graph.query` and :meth:`kg.Graph.answer` run a query on the local graph.

    >>> from kg.store import build_store
    >>> run_with_limit(build_store(), len, timeout_s=5) > 500
    True
    """
    with QueryPool(store, workers=1, max_memory_mb=max_memory_mb) as pool:
        return pool.run(func, *args, timeout_s=timeout_s)


__all__ = [
    "MAX_MEMORY_MB",
    "MAX_WORKERS",
    "Busy",
    "OutOfMemory",
    "QueryPool",
    "StartFailed",
    "WorkerError",
    "run_with_limit",
]
