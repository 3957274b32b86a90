"""The graph of a set of sources, built once and reused while the sources are unchanged.

Reading commands without ``--store`` would otherwise read, check and load every fact sheet on
each run. The first run builds the graph and keeps it in a cache folder; later runs reuse it,
as long as nothing it was built from has changed: the sheets, registries, decisions and texts
(each file's size and modification time, and the list of files in every folder given), and kg
itself (its code and ontology). Anything else builds anew, so an answer is never stale.

A graph of up to :data:`SMALL` triples (the bundled sources have ~2,500) is kept as N-Quads and
loaded into memory (5 ms, while opening an on-disk store takes 10-30 ms); a larger one is kept as
an Oxigraph store and opened read-only. Beside it, the name index of its actors is kept once
built (:mod:`kg.resolve`), so a name costs a lookup, not an analysis of every label.

The cache lives in ``$KG_CACHE_DIR``, else ``$XDG_CACHE_HOME/reform-kg``, else
``~/.cache/reform-kg``; ``KG_CACHE_DIR=off`` turns it off. A cache that cannot be written is
skipped silently: the graph is then built in memory, as without a cache.
"""

from __future__ import annotations

import contextlib
import marshal
import os
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from kg import resources

if TYPE_CHECKING:  # pragma: no cover
    from pathlib import Path

# Paths are text on the way to a current entry: pathlib (~3 ms of imports) only to write one.

FORMAT_VERSION = 2
KEEP = 8  # entries kept; the least recently used beyond these are removed
SMALL = 20_000  # triples: up to this many, an entry is N-Quads loaded into memory, else a store
_PACKAGE = os.path.dirname(os.path.abspath(__file__))


def cache_dir() -> Path | None:
    """The cache folder, or ``None`` when ``KG_CACHE_DIR=off``."""
    from pathlib import Path

    root = cache_root()
    return None if root is None else Path(root)


def cache_root() -> str | None:
    """:func:`cache_dir` as text."""
    given = os.environ.get("KG_CACHE_DIR")
    if given:
        return None if given.lower() in ("off", "0", "no", "false") else given
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "reform-kg")


def _stat(path: str) -> list:
    try:
        st = os.stat(path)
    except OSError:
        return [path, None, None]
    return [path, st.st_size, st.st_mtime_ns]


def _walk(folder: str, found: list[list]) -> None:
    """Every file under ``folder`` with its size and time, in a fixed order (os.scandir: what a
    run pays for checking the cache is mostly this walk). Links to folders are not followed (the
    sources' reader does not follow them either, and a loop must not stop every command); a file
    that vanishes during the walk is recorded as missing, so the entry is simply not current."""
    try:
        with os.scandir(folder) as entries:
            listed = sorted(entries, key=lambda e: e.name)
    except OSError:
        found.append([folder, None, None])
        return
    for entry in listed:
        try:
            if entry.is_dir(follow_symlinks=False):
                if entry.name != "__pycache__":
                    _walk(entry.path, found)
            elif entry.is_file():
                st = entry.stat()
                found.append([entry.path, st.st_size, st.st_mtime_ns])
        except OSError:
            found.append([entry.path, None, None])


def _watched(given: Sequence[str]) -> list[list]:
    """What the answer depends on, found without reading a sheet: every file of the folders given,
    each file given, the bundled sources (a drafted sheet extends them) and kg itself."""
    found: list[list] = []
    for path in given:
        if os.path.isdir(path):
            _walk(os.path.abspath(path), found)
        else:
            found.append(_stat(os.path.abspath(path)))
    _walk(resources.bundled_dir("sources"), found)
    _walk(resources.bundled_dir("ontology"), found)
    _walk(_PACKAGE, found)
    return found


def digest_of():
    """A BLAKE2 digest for cache keys: CPython's own module, as ``hashlib`` would first load
    OpenSSL (3 ms on every run that needs a key)."""
    try:
        from _blake2 import blake2b
    except ImportError:  # pragma: no cover - another Python
        from hashlib import blake2b
    return blake2b(digest_size=16)


def _key(given: Sequence[str]) -> str:
    digest = digest_of()
    digest.update("\0".join([os.path.realpath(p) for p in given] + [str(FORMAT_VERSION)]).encode())
    return digest.hexdigest()[:20]


def _texts(corpus) -> list[Path]:
    """The texts that quotes were checked against: they may lie outside every folder given."""
    from pathlib import Path

    out = set()
    for source in corpus.sources:
        if source.text_path and source.path:
            out.add((Path(source.path).parent / source.text_path).resolve())
    return sorted(out)


def open_cached(paths: Sequence[str | Path] | None = None):
    """The graph of ``paths`` (the bundled sources when empty): from the cache when it is current,
    else built, stored in the cache for next time, and returned.

    :raises SourceError: when a source is wrong, as :func:`kg.store.build_store` does.
    """
    return cached_graph(paths)[0]


def cached_graph(paths: Sequence[str | Path] | None = None):
    """:func:`open_cached`, and where the name index of this graph is kept (None: nowhere).

    The index file's name carries the id of the entry's build, so an index built by a process
    that still held an older entry is never read with a newer one.
    """
    from kg.store import build_store

    given = [os.fspath(p) for p in paths] if paths else [resources.bundled_dir("sources")]
    root = cache_root()
    if root is None:
        return build_store(given), None
    entry = os.path.join(root, _key(given))
    watched = _watched(given)
    meta = _current(entry, watched)
    if meta is not None:
        try:
            store = _open_entry(entry, meta)
            with contextlib.suppress(OSError):
                os.utime(os.path.join(entry, "meta"))  # recently used
            return store, os.path.join(entry, f"names-{meta['build']}.names")
        except Exception:  # a damaged or half-removed entry: build anew below
            pass
    from kg.sources import load_corpus  # only to build: a current cache never reads a sheet

    corpus = load_corpus(given)
    store = build_store(corpus=corpus)
    meta = {
        "version": FORMAT_VERSION,
        "build": os.urandom(8).hex(),
        "form": "nq" if len(store) <= SMALL else "store",
        "watched": watched,
        "texts": [_stat(str(p)) for p in _texts(corpus)],
    }
    try:
        _write_entry(root, entry, store, meta)
    except OSError:
        return store, None
    return store, os.path.join(entry, f"names-{meta['build']}.names")


def _open_entry(entry: str, meta: dict):
    if meta.get("form") == "nq":
        from pyoxigraph import RdfFormat, Store

        store = Store()
        store.bulk_load(path=os.path.join(entry, "graph.nq"), format=RdfFormat.N_QUADS)
        return store
    from kg.store import open_store

    return open_store(os.path.join(entry, "store"))


def _current(entry: str, watched: list[list]) -> dict | None:
    try:
        with open(os.path.join(entry, "meta"), "rb") as file:
            meta = marshal.loads(file.read())  # no import to pay for, unlike json: read on every run
    except (OSError, ValueError, EOFError, TypeError):
        return None
    if not isinstance(meta, dict) or meta.get("version") != FORMAT_VERSION or meta.get("watched") != watched:
        return None
    if any(_stat(path) != [path, size, mtime] for path, size, mtime in meta.get("texts", [])):
        return None
    return meta


def _write_entry(root_dir: str, entry_dir: str, store, meta: dict) -> None:
    """Write the graph and its meta into a new folder, then put it in place of the old entry."""
    import shutil
    import tempfile
    from pathlib import Path

    import pyoxigraph

    root, entry = Path(root_dir), Path(entry_dir)
    root.mkdir(parents=True, exist_ok=True)
    new = Path(tempfile.mkdtemp(prefix=f".{entry.name}.new-", dir=root))
    try:
        quads = store.quads_for_pattern(None, None, None)
        if meta["form"] == "nq":
            pyoxigraph.serialize(quads, output=str(new / "graph.nq"), format=pyoxigraph.RdfFormat.N_QUADS)
        else:
            disk = pyoxigraph.Store(str(new / "store"))
            disk.bulk_extend(quads)
            disk.flush()
            del disk
        (new / "meta").write_bytes(marshal.dumps(meta))
        old = root / f".{entry.name}.old-{os.getpid()}"
        with contextlib.suppress(FileNotFoundError):
            entry.rename(old)
        new.rename(entry)
        shutil.rmtree(old, ignore_errors=True)
    finally:
        shutil.rmtree(new, ignore_errors=True)
    _prune(root)


def _prune(root: Path) -> None:
    import shutil

    entries = sorted(_entries(root), key=_used, reverse=True)
    for stale in entries[KEEP:]:
        shutil.rmtree(stale, ignore_errors=True)
    remove_leftovers(root)


LEFTOVER_AGE = 3600.0  # seconds: a half-written file or folder this old belongs to no running kg


def remove_leftovers(folder: Path, now: float | None = None) -> None:
    """Remove what a run ended mid-write left (a query stopped at its --timeout ends the process at
    once): the hidden ``.NAME.*.tmp`` files and ``.NAME.new-*``/``.NAME.old-*`` folders older than
    an hour. Younger ones may belong to a run still writing them."""
    import shutil
    import time

    limit = (time.time() if now is None else now) - LEFTOVER_AGE
    try:
        listed = list(os.scandir(folder))
    except OSError:
        return
    for entry in listed:
        name = entry.name
        if not name.startswith(".") or not (name.endswith(".tmp") or ".new-" in name or ".old-" in name):
            continue
        try:
            if entry.stat(follow_symlinks=False).st_mtime > limit:
                continue
            if entry.is_dir(follow_symlinks=False):
                shutil.rmtree(entry.path, ignore_errors=True)
            else:
                os.unlink(entry.path)
        except OSError:
            continue


def _entries(root: Path) -> Iterable[Path]:
    return (p for p in root.iterdir() if p.is_dir() and not p.name.startswith("."))


def _used(entry: Path) -> float:
    try:
        return (entry / "meta").stat().st_mtime
    except OSError:
        return 0.0
