"""The graph in a real engine: build it into Oxigraph (in memory or on disk), open it, export it.

Every reading command gets its graph from :func:`open_graph`, so the same sources or store
always answer through the same engine.

>>> store = build_store()
>>> len(store) > 500
True
"""

from __future__ import annotations

import contextlib
import gc
import os
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING

from kg.errors import KgError, StoreError
from kg.vocab import PREFIXES

if TYPE_CHECKING:  # pragma: no cover
    from pathlib import Path

# pathlib is imported only to build: opening a store takes text paths, so a reading command never
# pays for pathlib's imports (urllib.parse, ipaddress: ~3 ms).

FORMATS: dict[str, str] = {
    "turtle": "TURTLE",
    "ttl": "TURTLE",
    "trig": "TRIG",
    "json-ld": "JSON_LD",
    "jsonld": "JSON_LD",
    "nt": "N_TRIPLES",
    "ntriples": "N_TRIPLES",
    "nq": "N_QUADS",
    "xml": "RDF_XML",
}


def build_store(
    paths: Sequence[str | Path] | None = None,
    *,
    corpus=None,
    store_dir: str | Path | None = None,
    progress: Callable[[int], None] | None = None,
    stage: Callable[[str], None] | None = None,
):
    """Load and check the sources under ``paths`` and load their triples into an Oxigraph store.

    A persistent store is built whole or not at all: into a new folder beside ``store_dir``,
    which then replaces it, so a failed or interrupted build leaves the old store as it was.
    One build at a time per store: the build holds an ``fcntl`` lock on ``.NAME.lock`` beside
    the store, and a second build of the same store is refused at once. Half-built folders
    that a killed build left (``.NAME.building-*``, ``.NAME.old-*``) are removed by the next
    build; SIGTERM removes its own before the process ends.

    :param paths: files or folders of sources; the bundled default when empty.
    :param corpus: an already loaded corpus, instead of ``paths``.
    :param store_dir: a folder for a persistent store; in memory when ``None``. The built
        store is returned opened read-only.
    :param progress: called with the number of triples loaded so far (0 once the sources are read).
    :param stage: called with ``"reading"``, ``"loading"`` and (on disk) ``"writing"`` as the build goes on.
    :raises SourceError: when a source is wrong (file and line in the message).
    :raises StoreError: when another build of ``store_dir`` is running, when the store is held by
        another process (a server), or when ``store_dir`` is not a store folder.
    """
    stage = stage or (lambda name: None)
    with contextlib.ExitStack() as held:
        target = None
        if store_dir is not None:
            from pathlib import Path

            target = Path(store_dir)
            held.enter_context(build_lock(target))
            _check_build_target(target)
            remove_leftovers(target)
        return _build(paths, corpus, target, progress, stage)


def _build(paths, corpus, target: Path | None, progress, stage):
    from pyoxigraph import Store

    from kg.model import corpus_triples
    from kg.sources import load_corpus

    with _gc_paused():
        if corpus is None:
            stage("reading")
            corpus = load_corpus(paths)
        stage("loading")
        if progress:
            progress(0)
        if target is None:
            store = Store()
            _load(store, corpus_triples(corpus), progress)
            return store
        return _build_on_disk(target, corpus_triples(corpus), progress, stage)


def _load(store, triples, progress) -> int:
    from pyoxigraph import Quad

    loaded = 0
    for chunk in iter_chunks(triples, 100_000):
        store.bulk_extend([Quad(t.subject, t.predicate, t.object) for t in chunk])
        loaded += len(chunk)
        if progress:
            progress(loaded)
    return loaded


@contextlib.contextmanager
def _gc_paused():
    """Building makes millions of small objects and no cycles: skip cyclic collections meanwhile."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


_STORE_MARKERS = ("CURRENT", "IDENTITY", "LOCK")


def _parent(path: Path) -> Path:
    from pathlib import Path

    return path.parent if str(path.parent) else Path(".")


@contextlib.contextmanager
def build_lock(path: Path):
    """Hold an exclusive ``fcntl`` lock on ``.NAME.lock`` beside the store ``path`` while building it.

    The lock is taken without waiting: a second build of the same store is refused at once with
    a clear message. The kernel drops the lock when the process ends, however it ends, so a
    killed build never leaves a store locked. The lock file itself stays (removing it would race).
    """
    import fcntl
    import os

    parent = _parent(path)
    if not parent.is_dir():
        from kg.fileio import missing_folder

        raise StoreError(missing_folder(parent), path=path)
    lock_path = parent / f".{path.name}.lock"
    try:
        fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        raise StoreError(
            f"cannot create the build lock {lock_path} ({exc.strerror}); is the folder writable?", path=path
        ) from None
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise StoreError(
                f"another kg build is writing this store (it holds {lock_path}); wait for it to finish, "
                "or build into another folder (nothing was changed)",
                path=path,
            ) from None
        yield lock_path
    finally:
        os.close(fd)  # closing the descriptor releases the lock


def remove_leftovers(path: Path) -> list[Path]:
    """Remove the half-built and replaced folders of earlier builds of ``path`` that were killed.

    Call only while holding :func:`build_lock`: then no other build of this store is running, so
    every ``.NAME.building-*`` and ``.NAME.old-*`` folder beside it is stale.
    """
    import shutil

    removed = []
    for pattern in (f".{path.name}.building-*", f".{path.name}.old-*"):
        for leftover in sorted(_parent(path).glob(pattern)):
            if leftover.is_dir() and not leftover.is_symlink():
                shutil.rmtree(leftover, ignore_errors=True)
                removed.append(leftover)
    return removed


@contextlib.contextmanager
def _sigterm_cleans_up():
    """Turn SIGTERM into SystemExit while a build writes, so its ``finally`` removes the half-built folder.

    The process still ends (exit status 143, as a SIGTERM would); it only tidies up first.
    Only the main thread can set signal handlers; elsewhere this changes nothing.
    """
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def stop(signum, frame):
        raise SystemExit(128 + signum)

    previous = signal.signal(signal.SIGTERM, stop)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous if previous is not None else signal.SIG_DFL)


def is_store_dir(path: str | Path) -> bool:
    """Whether a folder looks like an Oxigraph (RocksDB) store, even a damaged one."""
    return os.path.isdir(path) and any(os.path.exists(os.path.join(path, name)) for name in _STORE_MARKERS)


def _check_build_target(path: Path) -> Path:
    """Refuse a target that is a file, a folder of other things, or a store another process holds."""
    from pyoxigraph import Store

    if path.exists() and not path.is_dir():
        raise StoreError("is a file, not a store folder; choose another path", path=path)
    if path.is_dir() and any(path.iterdir()) and not is_store_dir(path):
        raise StoreError(
            "the folder is not empty and is not a store; choose a new or empty folder (nothing was changed)", path=path
        )
    if is_store_dir(path):
        try:
            held = Store(str(path))  # take the lock for a moment: is another process using it?
        except OSError as exc:
            if "lock" in str(exc).lower():
                raise StoreError(_explain(exc), path=path) from None
        except (RuntimeError, ValueError):
            pass  # a damaged store: rebuilding replaces it
        else:
            del held
    return path


def _build_on_disk(path: Path, triples, progress, stage):
    with _sigterm_cleans_up():
        return _build_into(path, _parent(path), triples, progress, stage)


def _build_into(path: Path, parent: Path, triples, progress, stage):
    import shutil
    import tempfile  # only to build: a reading command never pays for it
    from pathlib import Path

    from pyoxigraph import Store

    tmp = Path(tempfile.mkdtemp(prefix=f".{path.name}.building-", dir=parent))
    store = None
    try:
        os.chmod(tmp, 0o755)
        store = Store(str(tmp))
        _load(store, triples, progress)
        stage("writing")
        store.flush()
        store.optimize()
        store = None  # closes the store and releases its lock before the folder moves
        old = None
        if path.exists():
            old = Path(tempfile.mkdtemp(prefix=f".{path.name}.old-", dir=parent))
            os.replace(path, old / "store")
        os.replace(tmp, path)
    except BaseException:
        store = None  # close it (and stop the engine's threads) before its folder goes
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
    return open_store(path)


def _explain(exc: Exception) -> str:
    text = str(exc)
    if "lock" in text.lower():
        return "the store is locked by another process (a running kg build, or an oxigraph server?); stop it or use another folder"
    if "corrupt" in text.lower():
        return f"the store is damaged ({text}); rebuild it with 'kg build --store DIR'"
    return f"cannot open the store ({text}); is it a kg store folder? rebuild it with 'kg build --store DIR'"


def open_store(store_dir: str | Path):
    """Open an existing persistent store read-only.

    :raises StoreError: when the folder is missing, not a store, damaged or unreadable.
    """
    from pyoxigraph import Store

    path = os.fspath(store_dir)
    if not os.path.exists(path):
        raise StoreError("no such store folder; build one with 'kg build --store DIR'", path=path)
    if not os.path.isdir(path):
        raise StoreError("is a file, not a store folder; build a store with 'kg build --store DIR'", path=path)
    with os.scandir(path) as entries:
        empty = next(entries, None) is None
    if empty:
        raise StoreError("the folder is empty, not a store; build one with 'kg build --store DIR'", path=path)
    if not is_store_dir(path):
        raise StoreError(
            "the folder is not a store (no CURRENT file); build one with 'kg build --store DIR'", path=path
        )
    try:
        store = Store.read_only(str(path))
        next(iter(store.quads_for_pattern(None, None, None)), None)  # a damaged store fails here, not mid-query
    except (OSError, ValueError, RuntimeError) as exc:
        raise StoreError(_explain(exc), path=path) from None
    return store


def copy_to_memory(store):
    """An in-memory copy of a store: queries on it run several times faster than on disk.

    Copying a million triples took 9 s and 0.66 GB more memory at its peak (0.44 GB held after) on
    2026-12-01 (``benchmarks/bench_memory.py``), so it pays for a long-running ``kg serve``, not for one query.
    """
    from pyoxigraph import Store

    memory = Store()
    try:
        memory.bulk_extend(store.quads_for_pattern(None, None, None))
    except (OSError, RuntimeError) as exc:
        raise StoreError(_explain(exc)) from None
    return memory


def open_graph(paths: Sequence[str | Path] | None = None, *, store_dir: str | Path | None = None):
    """The graph a reading command works on: a persistent store if given, else the sources' graph
    (built once and reused while they are unchanged, see :mod:`kg.cache`)."""
    from kg.cache import open_cached

    if store_dir is not None:
        if paths:
            raise KgError("give either source paths or --store, not both")
        return open_store(store_dir)
    return open_cached(paths)


def sorted_quads(store) -> list:
    """All default-graph triples in a fixed order, for byte-identical output: as the engine's
    quads of the default graph, which every serialiser takes (no copy into triples)."""
    from pyoxigraph import DefaultGraph

    quads = list(store.quads_for_pattern(None, None, None, DefaultGraph()))
    quads.sort(key=lambda q: (getattr(q.subject, "value", None) or str(q.subject), q.predicate.value, str(q.object)))
    return quads


def serialize(store, fmt: str = "turtle") -> bytes:
    """The whole graph in one RDF format, deterministically.

    >>> serialize(build_store(), "nt") == serialize(build_store(), "nt")
    True
    """
    import pyoxigraph

    name = FORMATS.get(fmt.lower())
    if name is None:
        raise KgError(f"unknown RDF format {fmt!r}; choose one of: {', '.join(sorted(FORMATS))}")
    rdf_format = getattr(pyoxigraph.RdfFormat, name)
    triples = sorted_quads(store)
    prefixes = PREFIXES if rdf_format in (pyoxigraph.RdfFormat.TURTLE, pyoxigraph.RdfFormat.TRIG) else None
    data = pyoxigraph.serialize(triples, format=rdf_format, prefixes=prefixes) or b""
    return _fixed_prefix_order(data) if prefixes else data


def _fixed_prefix_order(data: bytes) -> bytes:
    """Rewrite the @prefix header in PREFIXES order: the engine's own order is not promised."""
    lines = data.split(b"\n")
    n = 0
    while n < len(lines) and lines[n].startswith(b"@prefix "):
        n += 1
    header = [f"@prefix {p}: <{iri}> .".encode() for p, iri in PREFIXES.items()]
    return b"\n".join(header + lines[n:])


def export(store, fmt: str, output: str | Path | None) -> bytes | None:
    """Serialize and write to ``output`` atomically, or return the bytes when ``output`` is None or '-'."""
    from kg.fileio import write_atomic

    data = serialize(store, fmt)
    if output is None or str(output) == "-":
        return data
    write_atomic(output, data)
    return None


COUNT_QUERIES = (
    "SELECT ?class (COUNT(?s) AS ?n) WHERE { ?s a ?class } GROUP BY ?class",
    f"PREFIX prov: <{PREFIXES['prov']}> "  # a prefixed name: the word 'From' in a full IRI is refused
    f"SELECT ?source (COUNT(?f) AS ?n) WHERE {{ ?f a <{PREFIXES['rkg']}Fact> ; "
    "prov:wasDerivedFrom ?source } GROUP BY ?source",
)
"""The two queries of :func:`counts` (``kg stats``): fixed text, so they go straight to the engine."""


def counts(store) -> dict[str, dict[str, int]]:
    """Triples, instances by class, and facts by source."""
    by_class, by_source = (
        {str(row[0].value): int(row[1].value) for row in store.query(text)} for text in COUNT_QUERIES
    )
    return {"triples": {"total": len(store)}, "classes": by_class, "sources": by_source}


def iter_chunks(items: Iterable, size: int):
    """Yield lists of at most ``size`` items."""
    chunk: list = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
