"""Check a graph against ``ontology/shapes.ttl`` with pyshacl, and say where each problem comes from.

Source checks (YAML, ids, quotes, dates) run first in :mod:`kg.sources`; SHACL then checks the
built graph, and each violation is traced back to the fact sheet line that made the node.

A built graph is checked in chunks of focus nodes (:func:`store_problems`): each chunk gets the
triples within reach of its nodes (as deep as the shapes' paths look) and pyshacl checks only
those nodes. Time and memory then grow with the graph, not with its square, and a long literal
costs what its length costs (the N-Triples parser the old path went through was quadratic in it).
The shapes stay the one definition of the rules; shapes this cannot bound (a path of unbounded
length, an inverse path, a target that is not a class or a subject) are checked on the whole graph.

>>> report = validate()
>>> report.conforms, report.problems
(True, [])
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from kg import resources


@dataclass(frozen=True)
class Problem:
    """One SHACL violation, with the source location of its focus node when known."""

    focus: str
    path: str | None
    message: str
    severity: str
    where: str | None = None

    def __str__(self) -> str:
        prefix = f"{self.where}: " if self.where else ""
        on = f" ({self.path})" if self.path else ""
        return f"{prefix}{self.message}{on} [node {self.focus}]"


@dataclass
class Report:
    conforms: bool
    problems: list[Problem] = field(default_factory=list)
    triples: int = 0
    facts: int = 0
    sources: int = 0


def shapes_graph():
    import rdflib

    return rdflib.Graph().parse(resources.ontology_dir() / "shapes.ttl")


def ontology_graph():
    import rdflib

    return rdflib.Graph().parse(resources.ontology_dir() / "reform.ttl")


def to_rdflib(store):
    """Copy an Oxigraph store's default graph into rdflib (pyshacl works on rdflib graphs).

    Terms are converted one by one, in linear time (rdflib's N-Triples parser is quadratic in
    the length of a literal).
    """
    import rdflib
    from pyoxigraph import DefaultGraph

    graph = rdflib.Graph()
    for quad in store.quads_for_pattern(None, None, None, DefaultGraph()):
        graph.add(_triple(quad))
    return graph


def _term(term):
    """A pyoxigraph term as the rdflib term the N-Triples parser would have made."""
    import rdflib
    from pyoxigraph import BlankNode, Literal, NamedNode

    if isinstance(term, NamedNode):
        return rdflib.URIRef(term.value)
    if isinstance(term, BlankNode):
        return rdflib.BNode(term.value)
    if isinstance(term, Literal):
        if term.language:
            return rdflib.Literal(term.value, lang=term.language)
        datatype = term.datatype.value
        if datatype == "http://www.w3.org/2001/XMLSchema#string":
            return rdflib.Literal(term.value)
        return rdflib.Literal(term.value, datatype=rdflib.URIRef(datatype))
    raise ValueError(f"cannot check an RDF-star triple term: {term}")


def _triple(quad):
    return (_term(quad.subject), _term(quad.predicate), _term(quad.object))


def shacl_problems(data_graph, locations: dict[str, str] | None = None) -> list[Problem]:
    """Run the shapes on an rdflib graph and list the violations, sorted for stable output."""
    return _problems(data_graph, _Shapes.load(), locations)


class _Shapes:
    """The shapes and ontology graphs, parsed once per validation, and how deep their paths look."""

    def __init__(self, shapes, ontology) -> None:
        self.shapes = shapes
        self.ontology = ontology
        self.depth = _reach(shapes)

    @classmethod
    def load(cls) -> _Shapes:
        return cls(shapes_graph(), ontology_graph())


def _problems(
    data_graph, shapes: _Shapes, locations, only: set[str] | None = None, *, inplace: bool = False
) -> list[Problem]:
    """The violations pyshacl finds in ``data_graph``; with ``only``, those of these focus nodes.

    (pyshacl's own ``focus_nodes`` option is not used: it also skips the nested checks, such as
    ``sh:or`` over ``sh:datatype``, of the values of those nodes, and so misses violations.)
    """
    import pyshacl
    from rdflib import Namespace
    from rdflib.namespace import RDF

    sh = Namespace("http://www.w3.org/ns/shacl#")
    conforms, report_graph, _ = pyshacl.validate(
        data_graph,
        shacl_graph=shapes.shapes,
        ont_graph=shapes.ontology,
        inference="none",
        allow_warnings=True,
        inplace=inplace,
    )
    if conforms:
        return []
    problems = []
    for result in report_graph.subjects(RDF.type, sh.ValidationResult):
        focus = str(report_graph.value(result, sh.focusNode))
        if only is not None and focus not in only:
            continue  # a neighbour of this chunk, seen with part of its triples: its own chunk checks it
        path = report_graph.value(result, sh.resultPath)
        message = report_graph.value(result, sh.resultMessage)
        severity = str(report_graph.value(result, sh.resultSeverity)).rsplit("#", 1)[-1]
        problems.append(
            Problem(
                focus=focus,
                path=_path_text(report_graph, path) if path is not None else None,
                message=str(message) if message is not None else "does not conform",
                severity=severity,
                where=(locations or {}).get(focus),
            )
        )
    return sorted(problems, key=lambda p: (p.where or "", p.focus, p.message))


# ---------------------------------------------------------------- a large graph, in chunks

CHUNK_NODES = 2_000  # focus nodes per pyshacl run: about 20,000 triples, a few MB of rdflib graph
_SH = "http://www.w3.org/ns/shacl#"
_BOUNDED_TARGETS = {f"{_SH}targetClass", f"{_SH}targetSubjectsOf"}  # every such focus node is a subject
_NESTED = ("node", "qualifiedValueShape", "not")
_NESTED_LISTS = ("or", "and", "xone")


def _reach(shapes) -> int | None:
    """How many steps from a focus node the shapes read (1: the node's own triples), or ``None``.

    ``None`` when a check cannot be bounded that way: a path of any length (``sh:zeroOrMorePath``)
    or against the arrows (``sh:inversePath``), a SPARQL constraint, or a target whose focus nodes
    need not be subjects (``sh:targetNode``, ``sh:targetObjectsOf``, SPARQL targets).
    """
    from rdflib import RDF, URIRef

    for _, predicate, _ in shapes:
        name = str(predicate)
        if name.startswith(_SH) and name.startswith(f"{_SH}target") and name not in _BOUNDED_TARGETS:
            return None
        if name in (
            f"{_SH}sparql",
            f"{_SH}inversePath",
            f"{_SH}zeroOrMorePath",
            f"{_SH}oneOrMorePath",
            f"{_SH}zeroOrOnePath",
            f"{_SH}alternativePath",
        ):
            return None

    def path_length(path) -> int | None:
        if isinstance(path, URIRef):
            return 1
        if (path, RDF.first, None) in shapes:  # a sequence path
            steps = [path_length(step) for step in shapes.items(path)]
            return None if None in steps else sum(steps)  # type: ignore[arg-type]
        return None

    def need(shape, seen: frozenset) -> int | None:
        """Levels of triples the checks of ``shape`` read (1: its focus node's own triples)."""
        if shape in seen:
            return None  # a recursive shape: no bound
        seen = seen | {shape}
        inner = [o for name in (*_NESTED, "property") for o in shapes.objects(shape, URIRef(_SH + name))]
        inner += [
            item
            for name in _NESTED_LISTS
            for lst in shapes.objects(shape, URIRef(_SH + name))
            for item in shapes.items(lst)
        ]
        below = 1 if (shape, URIRef(f"{_SH}class"), None) in shapes else 0  # a value's rdf:type
        for shape_inside in inner:
            levels = need(shape_inside, seen)
            if levels is None:
                return None
            below = max(below, levels)
        path = shapes.value(shape, URIRef(f"{_SH}path"))
        if path is None:  # a node shape: its checks read the focus node itself
            return max(1, below)
        length = path_length(path)
        return None if length is None else length + below  # a property shape: below its value nodes

    deepest = 1
    roots = set(shapes.subjects(URIRef(f"{_SH}targetClass"), None)) | set(
        shapes.subjects(URIRef(f"{_SH}targetSubjectsOf"), None)
    )
    roots |= set(shapes.subjects(RDF.type, URIRef(f"{_SH}NodeShape")))
    for shape in roots:
        below = need(shape, frozenset())
        if below is None:
            return None
        deepest = max(deepest, below)
    return deepest


def _neighbourhood(store, nodes, depth: int) -> list:
    """The triples whose subject is within ``depth - 1`` steps of ``nodes`` (the nodes' own at step 0)."""
    from pyoxigraph import DefaultGraph

    triples = []
    frontier, seen = list(nodes), set(nodes)
    for _ in range(depth):
        following = []
        for node in frontier:
            out = [_triple(q) for q in store.quads_for_pattern(node, None, None, DefaultGraph())]
            triples.extend(out)
            for quad_object in (t[2] for t in out):
                key = _back(quad_object)
                if key is not None and key not in seen:
                    seen.add(key)
                    following.append(key)
        frontier = following
    return triples


def _back(term):
    """An rdflib IRI or blank node as the pyoxigraph node to look up; ``None`` for a literal."""
    import rdflib
    from pyoxigraph import BlankNode, NamedNode

    if isinstance(term, rdflib.URIRef):
        return NamedNode(str(term))
    if isinstance(term, rdflib.BNode):
        return BlankNode(str(term))
    return None


def store_problems(
    store, locations: dict[str, str] | None = None, *, chunk_nodes: int = CHUNK_NODES, progress=None
) -> list[Problem]:
    """Check a whole store against the shapes, ``chunk_nodes`` focus nodes at a time.

    Every focus node the shapes can target is a subject of the graph; each chunk of subjects is
    checked with the triples within the shapes' reach, and only the violations of the chunk's own
    nodes are kept (its neighbours are checked, in full, in their own chunk). The result is what
    one pyshacl run over the whole graph gives (``tests/test_validate.py`` compares the two), in
    time and memory that grow linearly with the graph.

    :param progress: called with (nodes checked, nodes) after each chunk.
    """
    import rdflib
    from pyoxigraph import DefaultGraph

    shapes = _Shapes.load()
    if shapes.depth is None:  # shapes this cannot bound: the whole graph, as one pyshacl run
        return _problems(to_rdflib(store), shapes, locations, inplace=True)
    subjects = sorted(
        {q.subject for q in store.quads_for_pattern(None, None, None, DefaultGraph())},
        key=lambda term: (type(term).__name__, term.value),
    )
    problems: list[Problem] = []
    for start in range(0, len(subjects), chunk_nodes):
        chunk = subjects[start : start + chunk_nodes]
        graph = rdflib.Graph()
        for triple in _neighbourhood(store, chunk, shapes.depth):
            graph.add(triple)
        problems.extend(_problems(graph, shapes, locations, {node.value for node in chunk}, inplace=True))
        if progress:
            progress(min(start + chunk_nodes, len(subjects)), len(subjects))
    return sorted(problems, key=lambda p: (p.where or "", p.focus, p.message))


def _path_text(graph, path) -> str:
    """A result path as text: ``rkg:content``, or ``oa:hasSelector/oa:exact`` for a sequence path."""
    from rdflib import BNode
    from rdflib.namespace import RDF

    if isinstance(path, BNode) and (path, RDF.first, None) in graph:
        return "/".join(_path_text(graph, step) for step in graph.items(path))
    return compact(str(path))


def compact(iri: str) -> str:
    """``https://w3id.org/reform-kg/ontology#content`` -> ``rkg:content``."""
    from kg.vocab import PREFIXES

    for prefix, base in PREFIXES.items():
        if iri.startswith(base) and prefix != "id":
            return f"{prefix}:{iri[len(base) :]}"
    return iri


def source_locations(corpus) -> dict[str, str]:
    """Node IRI -> 'file:line' of the fact sheet entry that made it."""
    from kg.model import actor_iri, key_iri, source_iri
    from kg.vocab import evidence_iri

    where: dict[str, str] = {}
    for actor in corpus.actors.values():
        where[actor_iri(actor.id).value] = f"{actor.path}:{actor.line}"
    for source in corpus.sources:
        where[source_iri(source.id).value] = f"{source.path}:{source.line}"
    for fact in corpus.facts:
        # a fact several reports state is the canonical entry's node; each report's evidence is its own
        canonical = corpus.canonical.get(fact.key, fact.key)
        iri = key_iri(canonical).value
        if canonical == fact.key:
            where[iri] = f"{fact.path}:{fact.line}"
        where[evidence_iri(iri, fact.source.id)] = f"{fact.path}:{fact.line}"
    return where


def validate(paths: Sequence[str | Path] | None = None, *, store=None, progress=None) -> Report:
    """Check sources (or an already built store) against the shapes.

    :param progress: called with (nodes checked, nodes) as the check goes on.
    :raises SourceError: when a source itself is malformed (before SHACL can run).
    """
    from kg.sources import load_corpus

    locations: dict[str, str] = {}
    facts = sources = 0
    if store is None:
        from kg.store import build_store

        corpus = load_corpus(paths)
        locations = source_locations(corpus)
        facts, sources = len(corpus.facts), len(corpus.sources)
        store = build_store(corpus=corpus)
    problems = store_problems(store, locations, progress=progress)
    return Report(conforms=not problems, problems=problems, triples=len(store), facts=facts, sources=sources)
