"""The graph in a real engine: build it into Oxigraph (in memory or on disk), open it, export it.

Every reading command gets its graph from :func:`open_graph`, so the same sources or store
always answer through the same engine.

>>> store = build_store()
>>> len(store) > 500
True
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from kg.errors import KgError, StoreError
from kg.vocab import PREFIXES

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
):
    """Load and check the sources under ``paths`` and load their triples into an Oxigraph store.

    :param paths: files or folders of sources; the bundled default when empty.
    :param corpus: an already loaded corpus, instead of ``paths``.
    :param store_dir: a folder for a persistent store; in memory when ``None``.
    :param progress: called with the number of triples loaded so far.
    :raises SourceError: when a source is wrong (file and line in the message).
    """
    from pyoxigraph import Quad, Store

    from kg.model import corpus_triples
    from kg.sources import load_corpus

    if corpus is None:
        corpus = load_corpus(paths)
    triples = corpus_triples(corpus)
    store = _open_writable(store_dir) if store_dir is not None else Store()
    batch: list = []
    loaded = 0
    for triple in triples:
        batch.append(Quad(triple.subject, triple.predicate, triple.object))
        if len(batch) >= 100_000:
            store.bulk_extend(batch)
            loaded += len(batch)
            batch.clear()
            if progress:
                progress(loaded)
    store.bulk_extend(batch)
    loaded += len(batch)
    if progress:
        progress(loaded)
    if store_dir is not None:
        store.flush()
        store.optimize()
    return store


def _open_writable(store_dir: str | Path):
    from pyoxigraph import Store

    path = Path(store_dir)
    if path.exists() and not path.is_dir():
        raise StoreError("is a file, not a store folder; choose another path", path=path)
    try:
        store = Store(str(path))
    except OSError as exc:
        raise StoreError(_explain(exc), path=path) from None
    if len(store):
        store.clear()
    return store


def _explain(exc: OSError) -> str:
    text = str(exc)
    if "lock" in text.lower():
        return "the store is locked by another process (a running kg serve or build?); stop it or use another folder"
    return f"cannot open the store ({text}); is it a kg store folder? rebuild it with 'kg build --store DIR'"


def open_store(store_dir: str | Path):
    """Open an existing persistent store read-only.

    :raises StoreError: when the folder is missing, not a store, or unreadable.
    """
    from pyoxigraph import Store

    path = Path(store_dir)
    if not path.is_dir():
        raise StoreError("no such store folder; build one with 'kg build --store DIR'", path=path)
    if not any(path.iterdir()):
        raise StoreError("the folder is empty, not a store; build one with 'kg build --store DIR'", path=path)
    try:
        return Store.read_only(str(path))
    except (OSError, ValueError) as exc:
        raise StoreError(_explain(exc), path=path) from None


def open_graph(paths: Sequence[str | Path] | None = None, *, store_dir: str | Path | None = None):
    """The graph a reading command works on: a persistent store if given, else built from sources."""
    if store_dir is not None:
        if paths:
            raise KgError("give either source paths or --store, not both")
        return open_store(store_dir)
    return build_store(paths)


def sorted_triples(store) -> list:
    """All default-graph triples in a fixed order, for byte-identical output."""
    from pyoxigraph import DefaultGraph, Triple

    quads = store.quads_for_pattern(None, None, None, DefaultGraph())
    triples = [Triple(q.subject, q.predicate, q.object) for q in quads]
    triples.sort(key=lambda t: (t.subject.value, t.predicate.value, str(t.object)))
    return triples


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
    triples = sorted_triples(store)
    if rdf_format in (pyoxigraph.RdfFormat.N_QUADS, pyoxigraph.RdfFormat.TRIG):
        triples = [pyoxigraph.Quad(t.subject, t.predicate, t.object) for t in triples]
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


def counts(store) -> dict[str, dict[str, int]]:
    """Triples, instances by class, and facts by source."""
    from kg.queries import run_sparql

    by_class = {
        str(row["class"].value): int(row["n"].value)
        for row in run_sparql(store, "SELECT ?class (COUNT(?s) AS ?n) WHERE { ?s a ?class } GROUP BY ?class")
    }
    by_source = {
        str(row["source"].value): int(row["n"].value)
        for row in run_sparql(
            store,
            f"SELECT ?source (COUNT(?f) AS ?n) WHERE {{ ?f a <{PREFIXES['rkg']}Fact> ; "
            f"<{PREFIXES['prov']}wasDerivedFrom> ?source }} GROUP BY ?source",
        )
    }
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
