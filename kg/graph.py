"""The library API: one object for a graph, opened from the sources or from a store.

In the spirit of sqlite-utils' ``Database``: open it once, then query, resolve, count, export
and draw. It holds one :class:`kg.resolve.Resolver`, so the name index is built at most once
per graph and reused by every query with an actor parameter (``kg serve`` relies on this).

>>> import kg
>>> graph = kg.Graph.from_sources()
>>> graph.resolve("Әміртаевтың")
'https://w3id.org/reform-kg/id/azamatkhan-amirtayev'
>>> [row["holder"] for row in graph.rows("stances", params={"actor": "Сергей Качанов"})]
['Sergey Kachanov']
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any

from kg.errors import KgError

if TYPE_CHECKING:  # pragma: no cover
    from pathlib import Path

    import networkx

    from kg.names import Match
    from kg.projection import Projection
    from kg.queries import NamedQuery
    from kg.resolve import Resolver

# The rest of kg is imported where it is used: a command pays only for what it runs (kg query
# never imports the view, networkx or the sheets' model).

__all__ = ["DEFAULT_MAX_MEMORY_MB", "DEFAULT_TIMEOUT_S", "Graph"]

DEFAULT_TIMEOUT_S = 60.0
"""Seconds a query may run when no ``timeout_s`` is given (``kg query --timeout`` has the same default)."""
DEFAULT_MAX_MEMORY_MB = 1024
"""Memory (MB) a query may take when no ``max_memory_mb`` is given; ``kg query --max-memory`` and
``kg serve --max-memory`` (which reads it from here) have the same (a test keeps the CLI's so)."""

#: Formats :meth:`Graph.export` writes: RDF serialisations, and the network projection.
NETWORK_FORMATS = ("graphml", "gexf")
EXPORT_EXTENSIONS = {
    ".ttl": "turtle",
    ".trig": "trig",
    ".jsonld": "json-ld",
    ".json": "json-ld",
    ".nt": "nt",
    ".nq": "nq",
    ".rdf": "xml",
    ".owl": "xml",
    ".xml": "xml",
    ".graphml": "graphml",
    ".gexf": "gexf",
}
"""The ``kg export`` format an ``-o`` file's extension names (see :func:`kg.output.format_from_extension`)."""


class Graph:
    """A knowledge graph: an Oxigraph store (or anything with its ``query``) and one name index.

    :param store: the store to read; :meth:`from_sources` and :meth:`open` make one.
    """

    def __init__(self, store: Any, *, index_file: str | Path | Callable[[], str | Path | None] | None = None) -> None:
        self.store = store
        self._index_file = index_file
        self._resolver: Resolver | None = None

    @property
    def resolver(self) -> Resolver:
        """The graph's one :class:`kg.resolve.Resolver` (made on first use: kg stats needs none)."""
        if self._resolver is None:
            from kg.resolve import Resolver

            self._resolver = Resolver(self.store, index_file=self._index_file)
        return self._resolver

    @classmethod
    def from_sources(cls, paths: str | Path | Iterable[str | Path] | None = None) -> Graph:
        """Build the graph in memory from fact sheets and registries (default: the bundled sources).

        ``paths`` is one file or folder, or several.

        :raises kg.errors.SourceError: for a source that cannot be read or checked (file and line).
        """
        from kg.store import build_store

        return cls(build_store(_path_list(paths)))

    @classmethod
    def open(cls, store_dir: str | Path) -> Graph:
        """Open a persistent store written by ``kg build --store DIR`` (read-only).

        The store's name index is kept in kg's cache folder between runs (see
        :func:`kg.resolve.saved_index_file`), so a name costs a lookup after the first run.

        :raises kg.errors.StoreError: when the folder is not a store.
        """
        from kg.store import open_store

        return cls(open_store(store_dir), index_file=lambda: _saved_index_file(store_dir))

    @classmethod
    def load(
        cls, paths: str | Path | Iterable[str | Path] | None = None, *, store_dir: str | Path | None = None
    ) -> Graph:
        """What a reading command takes: the store ``store_dir`` if given, else the graph of ``paths``
        reused from :mod:`kg.cache` while those sources are unchanged (built and cached otherwise)."""
        if store_dir is not None and not paths:
            return cls.open(store_dir)
        if store_dir is not None:
            raise KgError("give either source paths or --store, not both")
        from kg.cache import cached_graph

        store, index_file = cached_graph(_path_list(paths) or None)
        return cls(store, index_file=index_file)

    def __len__(self) -> int:
        return len(self.store)

    def __repr__(self) -> str:
        return f"<Graph of {len(self):,} triples>"

    # ------------------------------------------------------------ names

    def resolve(self, name: str) -> str:
        """The IRI of the one actor ``name`` means: an id, an IRI, or any spelling of any of its names.

        :raises kg.names.UnknownName: when nothing matches well enough (with suggestions).
        :raises kg.names.AmbiguousName: when several actors match about equally well.
        """
        return self.resolver.actor(name)

    def matches(self, name: str, *, limit: int = 5, min_score: float | None = None) -> list[Match]:
        """The actors ``name`` may mean, best first, each with its score and why (``kg resolve``)."""
        return self.resolver.matches(name, limit=limit, min_score=min_score)

    # ------------------------------------------------------------ queries

    def named(self, name_or_sparql: str | NamedQuery) -> NamedQuery:
        """A named query (``who-proposed-what``), a ``.rq`` file, or SPARQL text as a query object."""
        from kg.queries import NamedQuery

        if isinstance(name_or_sparql, NamedQuery):
            return name_or_sparql
        text = name_or_sparql.strip()
        if not text.endswith(".rq") and (any(c.isspace() for c in text) or "{" in text):
            return NamedQuery(name="(ad hoc)", path="-", text=name_or_sparql)
        from kg.queries import find_query

        return find_query(text)

    def query(
        self,
        name_or_sparql: str | NamedQuery,
        *,
        params: Mapping[str, str] | None = None,
        lang: str | None = None,
        timeout_s: float | None = DEFAULT_TIMEOUT_S,
        max_memory_mb: int | None = DEFAULT_MAX_MEMORY_MB,
    ):
        """Run a named query or ad-hoc SPARQL (read-only: SERVICE, LOAD, FROM and updates are refused).

        Oxigraph cannot cancel a query, so the query runs in a worker process (as :meth:`answer`
        runs it) that is killed after ``timeout_s`` seconds, on Ctrl-C, or when it takes more than
        ``max_memory_mb``: a runaway query really stops. The answer is read in whole there and sent
        back (10-20 ms more a query than in this thread, on the default graph).

        :param params: values of the named query's parameters (``{"actor": "Amirtayev"}``); an actor
            may be given by id, IRI or any spelling of a name. Ad-hoc SPARQL takes none.
        :param lang: language of labels in the answer (same as ``params={"lang": ...}``).
        :param timeout_s: seconds the query may run (default :data:`DEFAULT_TIMEOUT_S`, 60). None runs it
            in this thread with no limit of time or memory, and gives the engine's lazy result: only for
            code that bounds it otherwise (a process it can kill).
        :param max_memory_mb: how much the worker may allocate for the query (default
            :data:`DEFAULT_MAX_MEMORY_MB`, 1024; None: no limit).
        :returns: the engine's result: solutions (iterate rows, ``.variables``), a boolean, or triples.
        :raises kg.errors.QueryError: for a refused or malformed query or a bad parameter.
        :raises kg.errors.QueryTimeout: when the query runs past ``timeout_s`` (its worker is killed).
        :raises kg.errors.QueryOutOfMemory: when it needs more than ``max_memory_mb``.

        >>> import kg
        >>> graph = kg.Graph.from_sources()
        >>> bool(graph.query("ASK { ?s ?p ?o }", timeout_s=30))
        True
        >>> graph.query("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }", timeout_s=0.5)
        Traceback (most recent call last):
        ...
        kg.errors.QueryTimeout: the query ran longer than the time limit of 0.5 s and was stopped; narrow it, add a LIMIT, or give a longer timeout_s
        """
        if timeout_s is None:
            return self._run(name_or_sparql, params, lang)
        data, kind = self._bounded(
            _serialized_query,
            self.named(name_or_sparql),
            dict(params or {}),
            lang,
            timeout_s=timeout_s,
            max_memory_mb=max_memory_mb,
        )
        return _parsed_answer(data, kind)

    def _run(self, name_or_sparql: str | NamedQuery, params: Mapping[str, str] | None, lang: str | None):
        """The query run in this thread, with no limit: the engine's lazy result."""
        from kg.queries import run_sparql

        query, bindings = self._prepare(name_or_sparql, params, lang)
        return run_sparql(self.store, query.text, bindings, source=query)

    def _bounded(
        self,
        func: Callable[..., Any],
        *job: Any,
        timeout_s: float,
        max_memory_mb: int | None,
        then_exit: bool = False,
    ) -> Any:
        """``func(self, *job)`` with a time and memory limit: in a worker process killed at either, or, with
        ``then_exit``, in a thread abandoned at either (see :meth:`answer`). The one way kg bounds a
        query on the local graph: :meth:`query`, :meth:`answer` and ``kg query`` all come here."""
        from kg.deadline import checked_seconds

        checked_seconds(timeout_s, "timeout_s")
        if then_exit:
            from kg.deadline import run_in_thread

            return run_in_thread(func, self, *job, timeout_s=timeout_s, max_memory_mb=max_memory_mb)
        from kg.worker import run_with_limit

        return run_with_limit(self, func, *job, timeout_s=timeout_s, max_memory_mb=max_memory_mb)

    def sparql(
        self,
        name_or_sparql: str | NamedQuery,
        *,
        params: Mapping[str, str] | None = None,
        lang: str | None = None,
    ) -> str:
        """The exact SPARQL text :meth:`query` gives the engine: checked, prefixes added, values bound.

        >>> import kg
        >>> "VALUES (?actor" in kg.Graph.from_sources().sparql("stances", params={"actor": "baytaq"})
        True
        """
        from kg.queries import bound_query, engine_text

        query, bindings = self._prepare(name_or_sparql, params, lang)
        if bindings is None:
            return bound_query(query.text)
        return engine_text(self.store, bound_query(query.text, bindings), bindings)

    def _prepare(
        self, name_or_sparql: str | NamedQuery, params: Mapping[str, str] | None, lang: str | None
    ) -> tuple[NamedQuery, dict[str, Any] | None]:
        """The query and its bound parameters (``lang`` among them); None for ad-hoc SPARQL, which takes none."""
        query = self.named(name_or_sparql)
        given = dict(params or {})
        if lang:
            given["lang"] = lang
        if query.name == "(ad hoc)":
            if given:
                raise KgError("parameters and lang apply to named queries; write values into ad-hoc SPARQL directly")
            return query, None
        return query, self._bind(query, given)

    def _bind(self, query: NamedQuery, given: Mapping[str, str]) -> dict[str, Any]:
        """The parameters as RDF terms, actors resolved by the resolver (made only if one is given)."""
        from kg.queries import bind_params

        return bind_params(query, given, resolve_actor=lambda value: self.resolver.actor(value))

    def answer(
        self,
        name_or_sparql: str | NamedQuery,
        *,
        params: Mapping[str, str] | None = None,
        lang: str | None = None,
        fmt: str = "table",
        timeout_s: float = DEFAULT_TIMEOUT_S,
        max_memory_mb: int | None = DEFAULT_MAX_MEMORY_MB,
        then_exit: bool = False,
    ) -> bytes:
        """Run a query like :meth:`query`, with the same limits, and render its answer in ``fmt``.

        Oxigraph cannot cancel a query, so by default it runs in a worker process that is killed
        after ``timeout_s`` seconds, on Ctrl-C (KeyboardInterrupt) or past ``max_memory_mb``: a
        runaway query really stops.

        :param then_exit: for a process that ends after this answer (``kg query``): run the query
            in a thread here instead, which saves forking a worker. A query past its limits (or a
            Ctrl-C) is then abandoned, still running, and the caller must end the process with
            :func:`os._exit` (see :mod:`kg.deadline`); the memory limit is then on the growth of the
            process's resident memory.
        :raises kg.errors.QueryTimeout: when the query runs past ``timeout_s``.
        :raises kg.errors.QueryOutOfMemory: when it needs more than ``max_memory_mb``.

        >>> import kg
        >>> kg.Graph.from_sources().answer("ASK { ?s ?p ?o }", timeout_s=30)
        b'true\\n'
        """
        job = (self.named(name_or_sparql), dict(params or {}), lang, fmt)
        return self._bounded(_render_query, *job, timeout_s=timeout_s, max_memory_mb=max_memory_mb, then_exit=then_exit)

    def rows(
        self,
        name_or_sparql: str | NamedQuery,
        *,
        params: Mapping[str, str] | None = None,
        lang: str | None = None,
        timeout_s: float | None = DEFAULT_TIMEOUT_S,
        max_memory_mb: int | None = DEFAULT_MAX_MEMORY_MB,
    ) -> list[dict[str, str | None]]:
        """The answer of a SELECT query as plain rows: column name to the value's text (None if unbound).

        Run as :meth:`query` runs it, with the same limits (``timeout_s``, ``max_memory_mb``).
        """
        result = self.query(name_or_sparql, params=params, lang=lang, timeout_s=timeout_s, max_memory_mb=max_memory_mb)
        if isinstance(result, bool) or not hasattr(result, "variables"):
            raise KgError("rows() reads SELECT answers; use query() for ASK and CONSTRUCT")
        columns = [v.value for v in result.variables]
        return [{c: (None if s[c] is None else s[c].value) for c in columns} for s in result]

    # ------------------------------------------------------------ outputs

    def counts(self) -> dict[str, dict[str, int]]:
        """Triples, instances by class, and facts by source (``kg stats``)."""
        from kg.store import counts

        return counts(self.store)

    def project(
        self,
        *,
        lang: str = "en",
        focus: str | None = None,
        depth: int | None = None,
        include: Iterable[str] | None = None,
    ) -> networkx.MultiDiGraph:
        """The network of who proposed what (see :func:`kg.projection.project`); ``focus`` by id, IRI or name."""
        from kg.projection import project

        # resolved once, by the graph's name index; build() takes a node's IRI as it is
        centre = self.resolve(focus) if focus is not None else None  # focus "" is refused, not "no focus"
        return project(self.store, lang=lang, focus=centre, depth=depth, include=include)

    def export(
        self,
        fmt: str = "turtle",
        output: str | Path | None = None,
        *,
        lang: str | None = None,
        group_above: int | None = None,
    ) -> bytes | None:
        """The graph in an RDF format, or its network as GraphML/GEXF; deterministic bytes.

        :param output: write there (atomically) and return None; without it, return the bytes.
        :param lang: label language of the GraphML/GEXF projection (None: English).
        :param group_above: GraphML/GEXF: beyond this many nodes, place nodes as the page's groups
            (see :func:`kg.exports_graph.graph_bytes`; default as ``kg view``, 0: never)
        :raises KgError: when ``lang`` or ``group_above`` is given with an RDF format (it would do
            nothing there: RDF keeps every language's labels and no layout)
        """
        if fmt not in NETWORK_FORMATS:
            given = [f"--{name}" for name, value in (("lang", lang), ("group-above", group_above)) if value is not None]
            if given:
                options = " and ".join(given)
                raise KgError(
                    f"{options} {'applies' if len(given) == 1 else 'apply'} to the graphml and gexf formats only: "
                    f"{fmt} is RDF, which keeps the labels of every language and no layout; drop {options}, or "
                    "export with --format graphml or gexf"
                )
        if fmt in NETWORK_FORMATS:
            from kg.exports_graph import graph_bytes

            data = graph_bytes(self.project(lang=lang or "en"), fmt, group_above=group_above)
        else:
            from kg.store import serialize

            data = serialize(self.store, fmt)
        if output is None:
            return data
        from kg.fileio import write_atomic

        write_atomic(output, data)
        return None

    def view(
        self,
        output: str | Path,
        *,
        lang: str = "en",
        focus: str | None = None,
        depth: int | None = None,
        include: Iterable[str] | None = None,
        title: str | None = None,
        fmt: str = "html",
        preset: str | None = None,
        group_above: int | None = None,
    ) -> Projection:
        """Write the offline page of the network, or a picture of one view (``fmt`` svg/png), to ``output``.

        This is ``kg view``; returns the drawn projection's columns (its ``graph()`` is the
        networkx graph :meth:`project` gives).
        """
        from kg.view import write_view

        # resolved once, by the graph's name index; build() takes a node's IRI as it is
        centre = self.resolve(focus) if focus is not None else None  # focus "" is refused, not "no focus"
        return write_view(
            self.store,
            output,
            lang=lang,
            focus=centre,
            depth=depth,
            include=include,
            title=title,
            fmt=fmt,
            preset=preset,
            group_above=group_above,
        )


def _path_list(paths: str | Path | Iterable[str | Path] | None) -> list[str | Path] | None:
    """``paths`` as a list; one path given alone (a string is iterable too) is one path, not its letters."""
    if paths is None:
        return None
    return [paths] if isinstance(paths, (str, os.PathLike)) else list(paths)


def _saved_index_file(store_dir: str | Path) -> str | None:
    """Where the store's name index is kept (looked up, and kg.resolve imported, only for a name)."""
    from kg.resolve import saved_index_path

    return saved_index_path(store_dir)


def _render_query(graph: Graph, query: NamedQuery, params: Mapping[str, str], lang: str | None, fmt: str) -> bytes:
    """What a worker (or kg query's thread) does for :meth:`Graph.answer`: run the query and render the answer."""
    from kg.output import render_results

    return render_results(graph._run(query, params, lang), fmt)


def _serialized_query(
    graph: Graph, query: NamedQuery, params: Mapping[str, str], lang: str | None
) -> tuple[bytes, str]:
    """What a worker does for :meth:`Graph.query`: run the query, and its whole answer as bytes and their kind."""
    from pyoxigraph import QueryBoolean, QueryResultsFormat, RdfFormat

    result = graph._run(query, params, lang)
    if isinstance(result, QueryBoolean):
        kind, data = "boolean", result.serialize(format=QueryResultsFormat.JSON)
    elif hasattr(result, "variables"):  # TSV: the terms as N-Triples writes them, read back ~5x faster than JSON
        kind, data = "solutions", result.serialize(format=QueryResultsFormat.TSV)
    else:
        kind, data = "triples", result.serialize(format=RdfFormat.N_TRIPLES)
    assert data is not None  # serialize() gives the bytes when it is given no file
    return data, kind


def _parsed_answer(data: bytes, kind: str):
    """The engine's result again from :func:`_serialized_query`'s bytes: solutions, a boolean, or triples."""
    from pyoxigraph import QueryResultsFormat, RdfFormat, parse, parse_query_results

    if kind != "triples":
        return parse_query_results(data, QueryResultsFormat.JSON if kind == "boolean" else QueryResultsFormat.TSV)
    return (quad.triple for quad in parse(data, RdfFormat.N_TRIPLES))
