"""Find the actor a user means: by id, by IRI, or by any spelling of any of its names.

Names are matched by :class:`kg.names.NameIndex` over every label of every actor in the graph
(``skos:prefLabel`` and ``skos:altLabel`` in all languages, including the ``kk-Latn`` official
Kazakh Latin spellings), so ``Әміртаевтың``, ``Амиртаев`` and ``Amirtaev`` all name the same
person, and an unknown or ambiguous name fails with "did you mean …" candidates.

>>> from kg.store import build_store
>>> store = build_store()
>>> resolve_actor(store, "baytaq")
'https://w3id.org/reform-kg/id/baytaq'
>>> resolve_actor(store, "Amirtaev")
'https://w3id.org/reform-kg/id/azamatkhan-amirtayev'
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

from kg.errors import KgError
from kg.queries import NamedQuery, bind_params, run_sparql
from kg.vocab import ID, ONTOLOGY, PREFIXES

if TYPE_CHECKING:  # pragma: no cover
    from pathlib import Path

    from kg.names import Gender, Match, NameIndex

# kg.names (the name analysis), hashlib and json are imported where they are used: a query with
# no actor, or with an actor given by id or IRI, never needs them.

Entry = tuple[str, list[str], "Gender | None"]

_LABELS = f"""
SELECT ?s ?label ?kind ?gender WHERE {{
  ?s a ?class .
  FILTER(STRSTARTS(STR(?class), "{ONTOLOGY}"))
  FILTER NOT EXISTS {{ ?s a <{ONTOLOGY}Fact> }}
  FILTER NOT EXISTS {{ ?s a <{ONTOLOGY}Evidence> }}
  FILTER(STRSTARTS(STR(?s), "{ID}"))  # actors, not the ontology's own individuals (rkg:About...)
  {{ ?s <{PREFIXES["skos"]}prefLabel> ?label BIND(0 AS ?kind) }}
  UNION {{ ?s <{PREFIXES["skos"]}altLabel> ?label BIND(1 AS ?kind) }}
  OPTIONAL {{ ?s <{PREFIXES["schema"]}gender> ?gender }}
}}
"""
_SAME_AS = f"SELECT ?old ?new WHERE {{ ?old <{PREFIXES['owl']}sameAs> ?new }}"
# Preferred labels first, English first, so a match shows the most familiar name.
_LANG_ORDER = {"en": 0, "kk": 1, "ru": 2}


def _short(iri: str) -> str:
    return iri.removeprefix(ID)


def _label_rows(store):
    """``(subject IRI, label term, kind, gender IRI or None)`` of every labelled actor.

    On an Oxigraph store the label triples are read straight from its indexes (three times
    faster than the equivalent SPARQL at 100 k triples); any other store gets the SPARQL.
    """
    if not hasattr(store, "quads_for_pattern"):
        for row in run_sparql(store, _LABELS):
            yield row["s"].value, row["label"], int(row["kind"].value), row["gender"] and row["gender"].value
        return
    from pyoxigraph import DefaultGraph, NamedNode

    default = DefaultGraph()
    rdf_type = NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    fact = NamedNode(f"{ONTOLOGY}Fact")
    evidence = NamedNode(f"{ONTOLOGY}Evidence")  # a report's evidence node repeats the names it gives
    gender_p = NamedNode(f"{PREFIXES['schema']}gender")
    actors: dict[Any, list[str | None] | None] = {}  # subject -> its genders, or None when not an actor
    for kind, local in ((0, "prefLabel"), (1, "altLabel")):
        for quad in store.quads_for_pattern(None, NamedNode(f"{PREFIXES['skos']}{local}"), None, default):
            subject = quad.subject
            if not isinstance(subject, NamedNode):
                continue
            if subject not in actors:
                classes = [q.object for q in store.quads_for_pattern(subject, rdf_type, None, default)]
                actor = (
                    subject.value.startswith(ID)  # not the ontology's own individuals (rkg:About...)
                    and fact not in classes
                    and evidence not in classes
                    and any(c.value.startswith(ONTOLOGY) for c in classes)
                )
                actors[subject] = (
                    [q.object.value for q in store.quads_for_pattern(subject, gender_p, None, default)] or [None]
                    if actor
                    else None
                )
            for gender in actors[subject] or ():
                yield subject.value, quad.object, kind, gender


def _gender(value: str | None) -> Gender | None:
    """``schema:Male`` / ``"male"`` to ``"male"``; anything else is no gender."""
    word = (value or "").rsplit("/", 1)[-1].lower()
    return "male" if word == "male" else "female" if word == "female" else None


def graph_entries(store) -> list[Entry]:
    """``(actor_id, labels, gender)`` for every labelled actor of the graph (no facts, no events)."""
    rows: dict[str, list[tuple[int, int, str]]] = {}
    genders: dict[str, Gender | None] = {}
    for subject, label, kind, gender in _label_rows(store):
        actor_id = _short(subject)
        order = (kind, _LANG_ORDER.get(label.language or "", 3))
        rows.setdefault(actor_id, []).append((*order, label.value))
        genders[actor_id] = _gender(gender) if gender is not None else genders.get(actor_id)
    entries = []
    for actor_id in sorted(rows):
        labels = list(dict.fromkeys(text for *_order, text in sorted(rows[actor_id])))
        entries.append((actor_id, labels, genders.get(actor_id)))
    return entries


def corpus_entries(corpus) -> list[Entry]:
    """``(actor_id, labels, gender)`` for every registry entry, with its Kazakh Latin spellings."""
    entries = []
    for actor_id in sorted(corpus.actors):
        actor = corpus.actors[actor_id]
        names = sorted(actor.names.items(), key=lambda item: _LANG_ORDER.get(item[0], 3))
        from kg.model import kk_latin_labels  # the sheets' model: only when names come from a corpus

        labels = [text for _lang, text in names] + [text for _lang, text in actor.also] + kk_latin_labels(actor)
        entries.append((actor_id, list(dict.fromkeys(labels)), _gender(actor.gender)))
    return entries


def _aliases(store) -> dict[str, str]:
    """Ids merged by ``owl:sameAs``: read straight from Oxigraph's indexes (every question about an
    actor asks, and this skips checking and planning a query), else by SPARQL."""
    if not hasattr(store, "quads_for_pattern"):
        return {_short(row["old"].value): _short(row["new"].value) for row in run_sparql(store, _SAME_AS)}
    from pyoxigraph import DefaultGraph, NamedNode

    same_as = NamedNode(f"{PREFIXES['owl']}sameAs")
    return {
        _short(quad.subject.value): _short(quad.object.value)
        for quad in store.quads_for_pattern(None, same_as, None, DefaultGraph())
    }


def name_index(store) -> NameIndex:
    """A :class:`kg.names.NameIndex` over the graph's actors and all their labels."""
    from kg.names import NameIndex

    return NameIndex(graph_entries(store))


_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._~-]*")


def saved_index_file(store_dir: str | Path) -> Path | None:
    """Where the name index of the store in ``store_dir`` is kept between runs (None: nowhere).

    The file sits in kg's cache folder (:func:`kg.cache.cache_dir`) under a name made of the
    store's identity: its path, the name, size and time of each of its files (a store written
    to or rebuilt gets a new name) and the code that analyses names (a new kg, a new name).
    The store itself is never written to.
    """
    from pathlib import Path

    found = saved_index_path(store_dir)
    return None if found is None else Path(found)


def saved_index_path(store_dir: str | Path) -> str | None:
    """:func:`saved_index_file` as text (what a run that resolves a name uses: no pathlib to import)."""
    from kg import lang, names
    from kg.cache import cache_root, digest_of

    root = cache_root()
    folder = os.fspath(store_dir)
    if root is None or not os.path.isdir(folder):
        return None
    digest = digest_of()
    digest.update(os.path.realpath(folder).encode())
    with os.scandir(folder) as listed:
        entries = sorted(listed, key=lambda entry: entry.name)
    for entry in entries:
        if entry.name.startswith(("LOG", "LOCK")):
            continue  # RocksDB's own log and lock change without the data changing
        stat = os.stat(entry.path)
        digest.update(f"{entry.name}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())
        if entry.name in ("IDENTITY", "CURRENT") and stat.st_size < 4096:
            with open(entry.path, "rb") as file:
                digest.update(file.read())  # RocksDB's id of this database and its current manifest
    for module in (__file__, names.__file__, lang.__file__):
        with open(module, "rb") as file:
            digest.update(file.read())
    return os.path.join(root, ".names", f"{digest.hexdigest()}.names")  # a dot: not one of kg.cache's entries


def _read_index(path: str) -> NameIndex | None:
    """The saved index, or None when there is none or it cannot be read (then it is built anew).

    Saved with :mod:`marshal`: read five times faster than JSON, and with nothing to import.
    """
    import marshal

    from kg.names import NameIndex

    try:
        with open(path, "rb") as file:
            return NameIndex.from_data(marshal.loads(file.read()))
    except (OSError, ValueError, EOFError, TypeError):
        return None


_KEEP_INDEXES = 8


def _keys_file(path: str) -> str:
    """The file of the index's exact keys (:meth:`kg.names.NameIndex.to_keys`), beside the index."""
    return os.path.splitext(path)[0] + ".keys"


def _build_tag(path: str) -> str:
    """The name of the index's build (its file name without ``.names``): the keys file carries it."""
    return os.path.splitext(os.path.basename(path))[0]


def _read_exact(path: str, name: str) -> tuple[str | None, bool]:
    """The actor id ``name`` means when its exact keys settle it (:func:`kg.names.resolve_exact`),
    and whether the keys file could be read.

    A missing or damaged file answers None: the whole index then answers (and the file is written
    anew, see :attr:`Resolver.index`), so a damaged file costs time, never a wrong answer.
    """
    from kg.names import resolve_exact

    try:
        return resolve_exact(_keys_file(path), _build_tag(path), name), True
    except (OSError, ValueError, EOFError):
        return None, False


def _write_index(file: str, index: NameIndex, *, keys_only: bool = False) -> None:
    """Save the index and its exact keys for the next run (each file written whole, under a name of
    its build; the 8 most recent of each kind are kept); an unwritable cache is skipped."""
    import contextlib
    import marshal
    from pathlib import Path

    from kg.fileio import write_atomic

    path = Path(file)
    with contextlib.suppress(OSError, KgError):
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(_keys_file(file), index.to_keys(_build_tag(file)))
        if not keys_only:
            write_atomic(path, marshal.dumps(index.to_data()))
        for kind in ("*.names", "*.keys"):
            saved = sorted(path.parent.glob(kind), key=lambda p: p.stat().st_mtime_ns, reverse=True)
            for old in saved[_KEEP_INDEXES:]:
                old.unlink(missing_ok=True)
        from kg.cache import remove_leftovers

        remove_leftovers(path.parent)


class Resolver:
    """Name resolution for one graph: its name index is built once, on first need, and reused.

    An id or IRI that names an actor of the graph costs one ASK and never builds the index;
    a name builds it once (0.1-0.3 s at 100 k triples) and then costs a lookup. Answers are
    kept, so asking again is free. The graph must not change while a resolver is in use.

    >>> from kg.store import build_store
    >>> resolver = Resolver(build_store())
    >>> resolver.actor("baytaq"), resolver.built
    ('https://w3id.org/reform-kg/id/baytaq', False)
    >>> resolver.actor("Әміртаевтың"), resolver.built
    ('https://w3id.org/reform-kg/id/azamatkhan-amirtayev', True)
    """

    def __init__(self, store, *, index_file: str | Path | Callable[[], str | Path | None] | None = None) -> None:
        self.store = store
        self._index_file = index_file
        self._index: NameIndex | None = None
        self._aliases: dict[str, str] | None = None
        self._known: dict[str, str] = {}
        self._keys_sound: bool | None = None  # whether the saved exact keys could be read (None: not tried)

    @property
    def index_file(self) -> Path | None:
        """Where the name index is kept between processes (see :func:`saved_index_file`), if anywhere.

        Given as a function, it is found on first need: a query that resolves no name never looks.
        """
        found = self._index_path()
        if found is None:
            return None
        from pathlib import Path

        return Path(found)

    def _index_path(self) -> str | None:
        """:attr:`index_file` as text (pathlib is not imported to resolve a name)."""
        if callable(self._index_file):
            self._index_file = self._index_file()
        return None if self._index_file is None else os.fspath(self._index_file)

    @property
    def built(self) -> bool:
        """Whether the name index has been built."""
        return self._index is not None

    @property
    def index(self) -> NameIndex:
        """The name index over every label of every actor (built on first use)."""
        if self._index is None:
            file = self._index_path()
            saved = _read_index(file) if file else None
            self._index = saved if saved is not None else name_index(self.store)
            if file and (
                saved is None
                or self._keys_sound is False
                or (self._keys_sound is None and not os.path.isfile(_keys_file(file)))
            ):  # built, or its keys file missing or damaged: write what is not sound
                _write_index(file, self._index, keys_only=saved is not None)
        return self._index

    @property
    def aliases(self) -> dict[str, str]:
        """Ids merged into another by a ``same_as`` decision, to the id they were merged into."""
        if self._aliases is None:
            self._aliases = _aliases(self.store)
        return self._aliases

    def _is_actor(self, actor_id: str) -> bool:
        """Whether ``actor_id`` is a labelled actor of the graph (what the index would know by id)."""
        if not _ID.fullmatch(actor_id):
            return False
        from pyoxigraph import NamedNode

        # the id is bound as a term, not written into the text: an id may hold any word (tokayev-address)
        return bool(
            run_sparql(
                self.store,
                f"""ASK WHERE {{ ?actor a ?class ; <{PREFIXES["skos"]}prefLabel> ?label .
  FILTER(STRSTARTS(STR(?class), "{ONTOLOGY}")) FILTER NOT EXISTS {{ ?actor a <{ONTOLOGY}Fact> }} }}""",
                {"actor": NamedNode(ID + actor_id)},
            )
        )

    def actor(self, value: str) -> str:
        """The IRI of the one actor named ``value`` (an id, an IRI, or any spelling of a name).

        :raises kg.names.UnknownName: when no actor matches well enough (with suggestions).
        :raises kg.names.AmbiguousName: when several actors match about equally well.
        """
        key = value.strip()
        if key in self._known:
            return self._known[key]
        if key.startswith("<") and key.endswith(">"):
            key = key[1:-1]
        if key.startswith(("http://", "https://", "urn:")):
            short = _short(key)
            iri = ID + self.aliases[short] if short in self.aliases else key
        elif key in self.aliases:
            iri = ID + self.aliases[key]
        elif self._index is None and self._is_actor(key):
            iri = ID + key
        else:
            iri = ID + self._resolve_one(key)
        self._known[value.strip()] = iri
        return iri

    def _resolve_one(self, name: str) -> str:
        """:meth:`kg.names.NameIndex.resolve_one`, answered from the saved exact keys when they
        settle the name, so a run that resolves an exact name never reads the whole index."""
        file = self._index_path() if self._index is None else None
        if file:
            found, self._keys_sound = _read_exact(file, name)
            if found is not None:
                return found
        return self.index.resolve_one(name)

    def matches(self, name: str, *, limit: int = 5, min_score: float | None = None) -> list[Match]:
        """The actors ``name`` may mean, best first, as :class:`kg.names.Match` (id, score, label, why).

        An id merged into another by a ``same_as`` decision resolves to the one it was merged into.
        """
        from kg.names import MIN_SCORE, Match

        key = name.strip()
        if key in self.aliases:
            canonical = self.aliases[key]
            label = next((m.label for m in self.index.resolve(canonical, limit=1)), canonical)
            return [Match(canonical, 100.0, label, f"actor id {key!r} was merged into {canonical!r} (same_as)")]
        return self.index.resolve(name, limit=limit, min_score=MIN_SCORE if min_score is None else min_score)

    def bind(self, query: NamedQuery, given: Mapping[str, str] | None = None) -> dict[str, Any]:
        """A named query's ``--param`` values as RDF terms, actors resolved (see :func:`kg.queries.bind_params`)."""
        return bind_params(query, given or {}, resolve_actor=self.actor)

    def run(self, query: NamedQuery, given: Mapping[str, str] | None = None):
        """Run a named query with actor parameters given by id, IRI or name; the engine's result."""
        return run_sparql(self.store, query.text, self.bind(query, given), source=query)


def resolve_name(store, name: str, *, limit: int = 5, min_score: float | None = None) -> list[Match]:
    """The actors ``name`` may mean, best first (a new :class:`Resolver`; keep one to reuse its index).

    >>> from kg.store import build_store
    >>> [(m.actor_id, m.score) for m in resolve_name(build_store(), "Әміртаевтың")]
    [('azamatkhan-amirtayev', 95.0)]
    """
    return Resolver(store).matches(name, limit=limit, min_score=min_score)


def resolve_actor(store, value: str) -> str:
    """The IRI of the one actor named ``value`` (a new :class:`Resolver`; keep one to reuse its index).

    :raises kg.names.UnknownName: when no actor matches well enough (with suggestions).
    :raises kg.names.AmbiguousName: when several actors match about equally well.
    """
    return Resolver(store).actor(value)


def actor_resolver(store) -> Callable[[str], str]:
    """Resolve an actor given as an id, an IRI or a label to its IRI, or fail with candidates."""
    return Resolver(store).actor


def run_named(store, query: NamedQuery, given: Mapping[str, str] | None = None):
    """Run a named query on ``store`` with ``--param`` values, actors given by id, IRI or name.

    >>> from kg.queries import find_query
    >>> from kg.store import build_store
    >>> len(list(run_named(build_store(), find_query("stances"), {"actor": "Сергей Качанов"})))
    1
    """
    return Resolver(store).run(query, given)


class Duplicate(NamedTuple):
    """Two registry entries that probably name the same actor, for a reviewer to judge.

    A named tuple (made a third as fast as a frozen dataclass): every query about an actor
    imports this module.
    """

    a: str
    b: str
    score: float
    why: str
    label_a: str
    label_b: str


def duplicates(corpus, *, threshold: float | None = None, include_decided: bool = False) -> list[Duplicate]:
    """Probable duplicate actors across the registry, best score first.

    Pairs a reviewer marked ``not_same`` in ``decisions.yaml`` are left out unless
    ``include_decided``; ``same_as`` pairs are already merged and so never listed.

    >>> from kg.sources import load_corpus
    >>> all(d.score >= 85 for d in duplicates(load_corpus()))
    True
    """
    from kg.names import MIN_SCORE, duplicate_candidates

    entries = corpus_entries(corpus)
    rows = duplicate_candidates(entries, threshold=MIN_SCORE if threshold is None else threshold)
    skip = set() if include_decided else corpus.not_same()
    return [
        Duplicate(a, b, score, why, corpus.actors[a].label("en"), corpus.actors[b].label("en"))
        for a, b, score, why in rows
        if frozenset((a, b)) not in skip
    ]


def format_matches(matches: Sequence) -> list[tuple[str, str, str, str]]:
    """Rows ``(id, label, score, why)`` for printing."""
    return [(m.actor_id, m.label, f"{m.score:g}", m.why) for m in matches]
