"""The graph of a set of sources, built once and reused while the sources are unchanged.

Reading commands without ``--store`` would otherwise read, check and load every fact sheet on
each run. The first run builds an Oxigraph store in a cache folder; later runs open it
read-only, as long as nothing it was built from has changed: the sheets, registries, decisions
and texts (each file's size and modification time, and the list of files in every folder given),
and kg itself (its code and ontology). Anything else builds anew, so an answer is never stale.

The cache lives in ``$KG_CACHE_DIR``, else ``$XDG_CACHE_HOME/reform-kg``, else
``~/.cache/reform-kg``; ``KG_CACHE_DIR=off`` turns it off. A cache that cannot be written is
skipped silently: the graph is then built in memory, as without a cache.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path

from kg import resources

FORMAT_VERSION = 1
KEEP = 8  # entries kept; the least recently used beyond these are removed
_PACKAGE = Path(__file__).resolve().parent


def cache_dir() -> Path | None:
    """The cache folder, or ``None`` when ``KG_CACHE_DIR=off``."""
    given = os.environ.get("KG_CACHE_DIR")
    if given:
        return None if given.lower() in ("off", "0", "no", "false") else Path(given)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "reform-kg"


def _stat(path: Path) -> list:
    try:
        st = path.stat()
    except OSError:
        return [str(path), None, None]
    return [str(path), st.st_size, st.st_mtime_ns]


def _walk(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts)


def _watched(given: Sequence[Path]) -> list[list]:
    """What the answer depends on, found without reading a sheet: every file of the folders given,
    each file given, the bundled sources (a drafted sheet extends them) and kg itself."""
    files: list[Path] = []
    for path in given:
        files.extend(_walk(path) if path.is_dir() else [path])
    files.extend(_walk(resources.sources_dir()))
    files.extend(_walk(resources.ontology_dir()))
    files.extend(sorted(_PACKAGE.rglob("*.py")))
    return [_stat(p) for p in files]


def _key(given: Sequence[Path]) -> str:
    names = json.dumps([str(p.resolve()) for p in given] + [FORMAT_VERSION])
    return hashlib.sha256(names.encode()).hexdigest()[:20]


def _texts(corpus) -> list[Path]:
    """The texts that quotes were checked against: they may lie outside every folder given."""
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
    from kg.store import build_store, open_store

    given = [Path(p) for p in paths] if paths else [resources.sources_dir()]
    root = cache_dir()
    if root is None:
        return build_store(given)
    entry = root / _key(given)
    watched = _watched(given)
    current = _current(entry, watched)
    if current is not None:
        try:
            store = open_store(entry / "store")
            with contextlib.suppress(OSError):
                os.utime(entry / "meta.json")  # recently used
            return store
        except Exception:  # a damaged or half-removed entry: build anew below
            pass
    from kg.sources import load_corpus  # only to build: a current cache never reads a sheet

    corpus = load_corpus(given)
    store = build_store(corpus=corpus)
    meta = {"version": FORMAT_VERSION, "watched": watched, "texts": [_stat(p) for p in _texts(corpus)]}
    with contextlib.suppress(OSError):
        _write_entry(root, entry, store, meta)
    return store


def _current(entry: Path, watched: list[list]) -> dict | None:
    try:
        meta = json.loads((entry / "meta.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if meta.get("version") != FORMAT_VERSION or meta.get("watched") != watched:
        return None
    if any(_stat(Path(path)) != [path, size, mtime] for path, size, mtime in meta.get("texts", [])):
        return None
    return meta


def _write_entry(root: Path, entry: Path, store, meta: dict) -> None:
    """Write the store and its meta into a new folder, then put it in place of the old entry."""
    from pyoxigraph import Store

    root.mkdir(parents=True, exist_ok=True)
    new = Path(tempfile.mkdtemp(prefix=f".{entry.name}.new-", dir=root))
    try:
        disk = Store(str(new / "store"))
        disk.bulk_extend(store.quads_for_pattern(None, None, None))
        disk.flush()
        del disk
        (new / "meta.json").write_text(json.dumps(meta), encoding="utf-8")
        old = root / f".{entry.name}.old-{os.getpid()}"
        with contextlib.suppress(FileNotFoundError):
            entry.rename(old)
        new.rename(entry)
        shutil.rmtree(old, ignore_errors=True)
    finally:
        shutil.rmtree(new, ignore_errors=True)
    _prune(root)


def _prune(root: Path) -> None:
    entries = sorted(_entries(root), key=_used, reverse=True)
    for stale in entries[KEEP:]:
        shutil.rmtree(stale, ignore_errors=True)


def _entries(root: Path) -> Iterable[Path]:
    return (p for p in root.iterdir() if p.is_dir() and not p.name.startswith("."))


def _used(entry: Path) -> float:
    try:
        return (entry / "meta.json").stat().st_mtime
    except OSError:
        return 0.0
