"""Project the RDF graph onto a property graph of actors and what links them.

The RDF graph reifies every statement as a fact with evidence; a network view wants
actors as nodes and labelled, directed links between them, each link carrying the
evidence of the fact it comes from. :func:`build` reads the store with SPARQL and
builds that graph as flat columns (:class:`Projection`), which ``kg view`` reads directly;
:func:`project` turns them into a :class:`networkx.MultiDiGraph` (exports, library callers):

* nodes: people, parties and party units, state bodies, other organisations,
  platforms, documents, provisions, reforms (from the actor registry), and the
  proposals, events and speeches of the fact sheets;
* edges (``relation``): proposed, targets, submitted via, addressed to, holds post
  in, member of, spoke at, part of, chaired, organised, initiated, supports,
  opposes, claimed.

Node attributes: ``iri``, ``type``, ``label`` (in ``lang``), ``labels`` (every
language), ``description``, ``date`` (ISO or None), ``proposals`` (how many
proposals the node made), ``sources`` (for an event, proposal or speech: how many reports
state it) and ``evidence`` (each report's evidence, as on edges). Edge attributes:
``relation``, ``label``, ``date`` and ``evidence``, a list of ``{outlet, date, quote, url,
kind, date_basis, attribution, node}`` (``kind``: quote, citation, or outlet when only the
outlet's home page is known; ``node``: the evidence node, one per report).

>>> from kg.store import build_store
>>> g = project(build_store())
>>> baytaq = "https://w3id.org/reform-kg/id/baytaq"
>>> g.nodes[baytaq]["type"], g.nodes[baytaq]["proposals"]
('party', 1)
>>> {"proposed", "supports"} <= {d["relation"] for _, _, d in g.out_edges(baytaq, data=True)}
True
"""

from __future__ import annotations

import bisect
import os
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Set
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING, Any, Generic, TypeVar, overload

from kg.errors import KgError
from kg.queries import run_sparql
from kg.vocab import ID, PREFIXES, sparql_prologue

if TYPE_CHECKING:  # pragma: no cover
    import networkx

_T = TypeVar("_T")

NODE_TYPES = (
    "person",
    "party",
    "party-unit",
    "state-body",
    "organisation",
    "platform",
    "proposal",
    "provision",
    "document",
    "event",
    "speech",
    "reform",
)
"""Every node type a projection can hold (``include`` chooses among them)."""

# ontology class -> node type; the first class of a node found in this order wins. The store
# holds no inferred types, so subclasses are listed too (tests/test_projection.py checks that
# every class of ontology/reform.ttl is either here or deliberately left out).
_CLASS_TYPES: tuple[tuple[str, str], ...] = (
    ("Proposal", "proposal"),
    ("Speech", "speech"),
    ("Event", "event"),
    ("Person", "person"),
    ("PoliticalParty", "party"),
    ("PartyUnit", "party-unit"),
    ("PoliticalCouncil", "party-unit"),
    ("CityBranch", "party-unit"),
    ("RegionalBranch", "party-unit"),
    ("PrimaryOrganisation", "party-unit"),
    ("Faction", "party-unit"),
    ("StateBody", "state-body"),
    ("Commission", "state-body"),
    ("Platform", "platform"),
    ("Provision", "provision"),
    ("LegalDocument", "document"),
    ("Reform", "reform"),
    ("NewsOutlet", ""),  # publishers of sources, not actors of the reform
    ("Group", "organisation"),
    ("Association", "organisation"),
    ("Organisation", "organisation"),
)

_RELATION_LABELS: dict[str, dict[str, str]] = {
    "proposed": {"en": "proposed", "ru": "предложил", "kk": "ұсынды"},
    "targets": {"en": "targets", "ru": "касается", "kk": "қатысты"},
    "submitted via": {"en": "submitted via", "ru": "подано через", "kk": "арқылы жіберілді"},
    "addressed to": {"en": "addressed to", "ru": "адресовано", "kk": "жолданды"},
    "holds post in": {"en": "holds post in", "ru": "занимает пост в", "kk": "қызмет атқарады"},
    "member of": {"en": "member of", "ru": "член", "kk": "мүшесі"},
    "spoke at": {"en": "spoke at", "ru": "выступил на", "kk": "сөз сөйледі"},
    "part of": {"en": "part of", "ru": "часть", "kk": "бөлігі"},
    "chaired": {"en": "chaired", "ru": "председательствовал", "kk": "төрағалық етті"},
    "organised": {"en": "organised", "ru": "организовал", "kk": "ұйымдастырды"},
    "initiated": {"en": "initiated", "ru": "инициировал", "kk": "бастамашы болды"},
    "supports": {"en": "supports", "ru": "поддерживает", "kk": "қолдайды"},
    "opposes": {"en": "opposes", "ru": "против", "kk": "қарсы"},
    "claimed": {"en": "claimed", "ru": "заявил", "kk": "мәлімдеді"},
}
RELATIONS = tuple(_RELATION_LABELS)
"""Every relation a projection can hold."""

_MAX_LABEL = 48

# labels of the ontology's individuals (the store holds the data, not the ontology)
_INDIVIDUALS: dict[str, dict[str, str]] = {
    "Fully": {"en": "fully", "ru": "полностью", "kk": "толық"},
    "Partly": {"en": "partly", "ru": "частично", "kk": "ішінара"},
    "MoreThan": {"en": "more than", "ru": "более", "kk": "астам"},
    "About": {"en": "about", "ru": "около", "kk": "шамамен"},
    "Exactly": {"en": "exactly", "ru": "ровно", "kk": "дәл"},
}
_SPEECH_WORDS = {
    "Speech": {"en": "Speech", "ru": "Выступление", "kk": "Сөз"},
    "Report": {"en": "Report", "ru": "Доклад", "kk": "Баяндама"},
}

_P = dict(PREFIXES)
RKG = _P["rkg"]
SKOS = _P["skos"]
SCHEMA = _P["schema"]
ORG = _P["org"]
ELI = _P["eli"]
DCT = _P["dcterms"]
PROV = _P["prov"]
MARL = _P["marl"]
RDF_TYPE = _P["rdf"] + "type"

# the IRIs build() reads, made once (a concatenation in a loop is made, and hashed, at every turn)
DCT_DATE = DCT + "date"
DCT_TITLE = DCT + "title"
MARL_DESCRIBES_OBJECT = MARL + "describesObject"
MARL_HAS_POLARITY = MARL + "hasPolarity"
MARL_NEGATIVE = MARL + "Negative"
MARL_POSITIVE = MARL + "Positive"
ORG_MEMBER = ORG + "member"
ORG_ORGANIZATION = ORG + "organization"
ORG_ROLE = ORG + "role"
RKG_ABOUT = RKG + "about"
RKG_ADDRESSED_TO = RKG + "addressedTo"
RKG_AT_EVENT = RKG + "atEvent"
RKG_CHAIRED_BY = RKG + "chairedBy"
RKG_CLAIMED_BY = RKG + "claimedBy"
RKG_COMPARATOR = RKG + "comparator"
RKG_CONTENT = RKG + "content"
RKG_DEGREE = RKG + "degree"
RKG_HELD_BY = RKG + "heldBy"
RKG_INITIATED = RKG + "initiated"
RKG_INITIATOR = RKG + "initiator"
RKG_MEASURE = RKG + "measure"
RKG_OCCUPATION = RKG + "occupation"
RKG_ON_BEHALF_OF = RKG + "onBehalfOf"
RKG_PARTICIPANTS = RKG + "participants"
RKG_PROPOSED_BY = RKG + "proposedBy"
RKG_QUANTITY = RKG + "quantity"
RKG_SPEAKER = RKG + "speaker"
RKG_SUMMARY = RKG + "summary"
RKG_TARGETS = RKG + "targets"
RKG_UNIT = RKG + "unit"
RKG_VIA = RKG + "via"
SCHEMA_DESCRIPTION = SCHEMA + "description"
SCHEMA_ORGANIZER = SCHEMA + "organizer"
SCHEMA_START_DATE = SCHEMA + "startDate"
SKOS_ALT_LABEL = SKOS + "altLabel"
SKOS_PREF_LABEL = SKOS + "prefLabel"
_STANCES = {MARL_POSITIVE: "supports", MARL_NEGATIVE: "opposes"}
_NAMES = (SKOS_PREF_LABEL, SKOS_ALT_LABEL)
_PROPOSAL_NAMES = (RKG_CONTENT, *_NAMES)
_SPEECH_NAMES = (DCT_TITLE, *_NAMES)

# The queries carry no ORDER BY: sorting the whole graph in the engine cost 85 % of their time
# (11.5 s of 13.2 s at 9,537 nodes); build() sorts what it reads in Python instead, where the
# order matters, so the output stays deterministic.

# rkg:Evidence is on every evidence node (14,000 of 47,000 rows at 14,000 facts) and decides
# nothing here; rkg:Fact says which subjects of _q_facts() are facts (a join there cost more)
_Q_TYPES = """
SELECT ?s ?class WHERE {
  ?s a ?class .
  FILTER(STRSTARTS(STR(?class), STR(rkg:)) && ?class != rkg:Evidence)
}
"""


def _q_texts() -> str:
    """Labels, descriptions and every text field the schema declares (kg.schema)."""
    from kg.schema import text_predicates

    predicates = {SKOS_PREF_LABEL, SKOS_ALT_LABEL, SCHEMA_DESCRIPTION, *map(str, text_predicates())}
    values = " ".join(f"<{p}>" for p in sorted(predicates))
    return f"SELECT ?s ?p ?text WHERE {{ VALUES ?p {{ {values} }} ?s ?p ?text . }}"


_FACT_PREDICATES: tuple[str, ...] = (
    *(RKG + p for p in ("proposedBy", "targets", "via", "addressedTo", "speaker", "atEvent", "onBehalfOf")),
    *(RKG + p for p in ("chairedBy", "initiator", "initiated", "heldBy", "degree", "claimedBy", "about")),
    *(RKG + p for p in ("quantity", "comparator")),
    SCHEMA + "organizer",
    SCHEMA + "startDate",
    ORG + "member",
    ORG + "role",
    ORG + "organization",
    MARL + "hasPolarity",
    MARL + "describesObject",
    DCT + "date",
)
"""Every property :func:`build` reads from a fact (besides texts and the schema's edges)."""


def _q_facts() -> str:
    """The values of the properties facts are drawn from: those above and each ``edge`` field of the schema.

    Named in VALUES, with no ``?f a rkg:Fact`` join (rkg:Fact comes with the types): the engine
    reads each property's index once, 0.27 s instead of 0.62 s at 14,000 facts (the join and a
    filter on every property of every fact), and the rows it does not need (texts, types,
    evidence links, places) are never read; subjects that are not facts are left out in Python.
    """
    from kg.schema import FACT_TYPES

    edges = {str(f.predicate) for t in FACT_TYPES.values() for f in t.fields if f.edge is not None}
    values = " ".join(_prefixed(p) for p in sorted({*_FACT_PREDICATES, *edges}))
    return f"SELECT ?f ?p ?o WHERE {{ VALUES ?p {{ {values} }} ?f ?p ?o . }}"


def _prefixed(iri: str) -> str:
    """``rkg:addressedTo`` for an IRI under a known prefix: the query check refuses update words
    such as ADD anywhere in an IRI written in full, but not as part of a prefixed name.

    >>> _prefixed(RKG + "addressedTo"), _prefixed("http://example.org/x")
    ('rkg:addressedTo', '<http://example.org/x>')
    """
    for prefix, namespace in PREFIXES.items():
        local = iri[len(namespace) :]
        if iri.startswith(namespace) and local.replace("_", "a").isalnum():
            return f"{prefix}:{local}"
    return f"<{iri}>"


_Q_EVIDENCE = """
SELECT ?f ?ev ?src ?quote ?kind ?attribution WHERE {
  ?f rkg:evidence ?ev .
  ?ev oa:hasSource ?src .
  OPTIONAL { ?ev oa:hasSelector/oa:exact ?quote }
  OPTIONAL { ?ev rkg:evidenceKind ?kind }
  OPTIONAL { ?ev rkg:attribution ?attribution }
}
"""

# a source's fields, read once per source rather than once per evidence node that cites it
# (the same OPTIONALs joined to every evidence row took 40 % longer at 14,000 evidence nodes)
_Q_SOURCES = """
SELECT ?src ?publisher ?published ?url ?basis WHERE {
  { SELECT DISTINCT ?src WHERE { ?ev oa:hasSource ?src } }
  OPTIONAL { ?src rkg:dateBasis ?basis }
  OPTIONAL { ?src schema:publisher ?publisher }
  OPTIONAL { ?src schema:datePublished ?published }
  OPTIONAL { ?src schema:url ?url }
}
"""

_Q_STRUCTURE = """
SELECT ?s ?p ?o WHERE {
  VALUES ?p { org:subOrganizationOf eli:is_part_of }
  ?s ?p ?o .
}
"""


def query_texts() -> tuple[str, ...]:
    """The projection's queries, in the order :func:`build` runs them (benchmarks time them alone)."""
    return (_Q_TYPES, _q_facts(), _q_texts(), _Q_STRUCTURE, _Q_EVIDENCE, _Q_SOURCES)


# The rows are read as the engine's TSV results, split in Python: a term object per cell and
# reading its value cost 0.1 s more than the TSV at 14,000 facts (150,000 rows). A cell is an
# IRI <...>, a blank node _:id, a literal "..." (escapes \t \n \r \" \\ only) with @tag or
# ^^<datatype>, a number or boolean in short form (its value as written), or empty (unbound).
_ESCAPES = {"t": "\t", "n": "\n", "r": "\r", '"': '"', "\\": "\\"}
_ESCAPE = re.compile(r"\\(.)", re.DOTALL)


def _lines(result: Any) -> list[str]:
    """The rows of a SELECT result as TSV lines, header left out."""
    from pyoxigraph import QueryResultsFormat

    lines = result.serialize(format=QueryResultsFormat.TSV).decode("utf-8").split("\n")
    del lines[0]
    if lines and not lines[-1]:
        lines.pop()
    return lines


def _unescape(text: str) -> str:
    r"""A TSV literal's text with its escapes read.

    >>> _unescape(r'a\tb\\n\"c\"')
    'a\tb\\n"c"'
    """
    try:
        return _ESCAPE.sub(lambda m: _ESCAPES[m.group(1)], text)
    except KeyError as exc:  # the engine writes no other escape: refuse rather than guess
        raise KgError(f"unexpected escape \\{exc.args[0]} in a query result: {text[:80]!r}") from None


def _value(cell: str) -> str | None:
    r"""The value of a TSV cell, as the term's ``value`` reads (None when unbound).

    >>> [_value(c) for c in ('<http://x/a>', '_:b1', r'"a\tb"@en', '"2025-01-01"^^<http://d>', '7', '')]
    ['http://x/a', 'b1', 'a\tb', '2025-01-01', '7', None]
    """
    if not cell:
        return None
    first = cell[0]
    if first == '"':
        text = cell[1 : cell.rindex('"')]
        return _unescape(text) if "\\" in text else text
    if first == "<":
        if cell.startswith("<<"):
            raise KgError(f"a triple term where the view reads a node or a value: {cell[:80]}")
        return cell[1:-1]
    if cell.startswith("_:"):
        return cell[2:]
    return cell


def _text(cell: str) -> tuple[str, str]:
    r"""(text, language tag or "") of a TSV cell holding a literal (any other term: its value, "").

    >>> _text('"Байтақ"@kk'), _text(r'"a\"b"'), _text('"x"^^<http://d>'), _text('"y"@en--rtl')
    (('Байтақ', 'kk'), ('a"b', ''), ('x', ''), ('y', 'en'))
    """
    if cell[:1] != '"':
        return (_value(cell) or "", "")
    end = cell.rindex('"')
    text = cell[1:end]
    if "\\" in text:
        text = _unescape(text)
    if cell[end + 1 : end + 2] != "@":
        return (text, "")
    tag = cell[end + 2 :]
    # RDF 1.2's base direction follows the tag ("en--ltr"): the term's language is the tag alone
    return (text, tag.partition("--")[0] if "--" in tag else tag)


class _Texts:
    """Language-tagged texts of every subject, read once."""

    def __init__(self, lines: Iterable[str]) -> None:
        # (text, tag) pairs, so that a plain sort orders them by text, then tag
        self.by: dict[tuple[str, str], list[tuple[str, str]]] = {}
        by = self.by
        several = []
        for line in lines:  # ?s ?p ?text
            s, p, lit = line.split("\t")
            key = (s[1:-1] if s[0] == "<" else _value(s), p[1:-1])
            text = _text(lit)
            texts = by.get(key)  # type: ignore[arg-type]
            if texts is None:
                by[key] = [text]  # type: ignore[index]
            else:
                texts.append(text)
                several.append(texts)
        for texts in several:  # the query is unordered: fix one order
            texts.sort()

    def get(self, subject: str, predicate: str, lang: str) -> str | None:
        """The text in ``lang``, else English, else any language, else None."""
        texts = self.by.get((subject, predicate))
        if texts is None:
            return None
        if len(texts) > 1:
            for wanted in (lang, "en"):
                for value, tag in texts:
                    if tag == wanted:
                        return value
        return texts[0][0]

    def all(self, subject: str, *predicates: str) -> list[str]:
        """Every text of these predicates, in their order, in one list (a node's names, say)."""
        by = self.by
        return [value for p in predicates for value, _ in by.get((subject, p), ())]


Item = tuple[str | None, str | None, str | None, str | None, str | None, str | None, str | None, str]
"""One report's evidence for a fact: (outlet, date, quote, url, kind, date basis, attribution, evidence
node); ``kind`` is quote, citation, or outlet when only the outlet's home page is known."""
ITEM_FIELDS = ("outlet", "date", "quote", "url", "kind", "date_basis", "attribution", "node")
"""The names of an :data:`Item`'s fields, as the networkx graph's evidence dicts carry them."""


def _evidence(lines: Iterable[str], source_lines: Iterable[str], texts: _Texts, lang: str) -> dict[str, list[Item]]:
    """Each fact's evidence, one item per (evidence row, row of its source), in a fixed order.

    Items are sorted on every column (evidence node, quote, publisher, date, url, kind, date
    basis, attribution), so two quotes of one evidence node keep one order whatever the engine
    returns. Plain tuples: a dict per item cost a third of this function at 14,000 facts.
    """
    sources: dict[str | None, list[tuple[str | None, ...]]] = defaultdict(list)
    for line in source_lines:  # ?src ?publisher ?published ?url ?basis
        src, *fields = map(_value, line.split("\t"))
        sources[src].append(tuple(fields))
    outlets: dict[str | None, str | None] = {None: None}
    none: list[tuple[str | None, ...]] = [(None, None, None, None)]
    out: dict[str, list[Item]] = {}
    first: dict[str, str | None] = {}  # the publisher of each fact's first item
    several: dict[str, list[tuple[tuple[str, ...], Item]]] = {}  # facts of two items or more, with sort keys
    for line in lines:  # ?f ?ev ?src ?quote ?kind ?attribution
        f, n, s, q, k, a = line.split("\t")
        fact = f[1:-1] if f[0] == "<" else _value(f) or ""  # IRIs read here, the rest by _value
        node = n[1:-1] if n[0] == "<" else _value(n) or ""
        quote, kind, attribution = _value(q), _value(k), _value(a)
        for publisher, published, url, basis in sources.get(s[1:-1] if s[0] == "<" else _value(s)) or none:
            outlet = outlets.get(publisher, outlets)
            if outlet is outlets:  # not seen yet
                outlet = outlets[publisher] = texts.get(publisher, SKOS_PREF_LABEL, lang) or _local(publisher)  # type: ignore[arg-type]
            item: Item = (outlet, published, quote, url, kind, basis, attribution, node)  # type: ignore[assignment]
            items = out.get(fact)
            if items is None:  # most facts have one item: no sort key made for them
                out[fact] = [item]
                first[fact] = publisher
                continue
            pairs = several.get(fact)
            if pairs is None:
                pairs = several[fact] = [(_item_key(items[0], first[fact]), items[0])]
            pairs.append((_item_key(item, publisher), item))
    for fact, pairs in several.items():
        pairs.sort(key=_first)
        out[fact] = [item for _, item in pairs]
    return out


def _item_key(item: Item, publisher: str | None) -> tuple[str, ...]:
    """An item's sort key: evidence node, quote, publisher, date, url, kind, date basis, attribution."""
    _, published, quote, url, kind, basis, attribution, node = item
    return (
        node,
        quote or "",
        publisher or "",
        published or "",
        url or "",
        kind or "",
        basis or "",
        attribution or "",
    )


def _first(pair: tuple[Any, Any]) -> Any:
    return pair[0]


def _short(text: str, limit: int = _MAX_LABEL) -> str:
    """Shorten a long text for a canvas label.

    >>> _short("a" * 80, 10)
    'aaaaaaaaa…'
    """
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _local(iri: str) -> str:
    return iri[len(ID) :] if iri.startswith(ID) else iri


class _Settled(Generic[_T]):
    """A column :func:`build` fills last: the evidence, whose query is the slowest, is read on first
    use, so ``kg view`` lays out its presets while that query runs (``net._settle`` fills them)."""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = "_" + name

    @overload
    def __get__(self, net: None, owner: type | None = None) -> _Settled[_T]: ...
    @overload
    def __get__(self, net: Projection, owner: type | None = None) -> _T: ...
    def __get__(self, net: Projection | None, owner: type | None = None) -> _T | _Settled[_T]:
        if net is None:
            return self
        settle = net.__dict__.get("_settle")
        if settle is not None:
            settle()  # raises its error again on each read when it failed
        return net.__dict__[self.name]

    def __set__(self, net: Projection, value: _T) -> None:
        net.__dict__[self.name] = value


class Projection:
    """The projection as flat columns: node ``i``'s fields at index ``i`` of each node column (in
    IRI order), link ``j``'s at index ``j`` of each link column, its ends as node indices.

    ``kg view`` writes its page, and lays out its views, from these columns directly (a networkx
    graph of attribute dicts, then a dict per row, cost more than the queries at 10,000 nodes);
    :meth:`graph` makes the networkx graph the exports and other callers read, and :meth:`of`
    reads one back (tests and callers that build their own graphs).
    ``evidence`` holds each fact's evidence once (see :data:`Item`); a node or link refers to its
    fact's list by index (-1: none), so a fact's links and its node share it.
    """

    node_evidence: _Settled[list[int]] = _Settled()
    link_evidence: _Settled[list[int]] = _Settled()
    evidence: _Settled[list[list[Item]]] = _Settled()

    def __init__(self) -> None:
        self.keys: list[Any] = []  # networkx node keys (the IRI, for a projection)
        self.iri: list[str] = []
        self.type: list[str] = []
        self.label: list[str] = []
        self.labels: list[list[str]] = []
        self.description: list[str] = []
        self.date: list[str | None] = []
        self.proposals: list[int] = []
        self.node_evidence = []
        self.src: list[int] = []
        self.dst: list[int] = []
        self.relation: list[str] = []
        self.link_label: list[str] = []
        self.link_date: list[str | None] = []
        self.link_key: list[Any] = []  # networkx edge keys ('relation|fact IRI', for a projection)
        self.link_evidence = []
        self.evidence = []
        self.centre: str | None = None  # the IRI of the focus build() centred on (resolved once)

    def __getstate__(self) -> dict[str, Any]:
        """The columns, the evidence read first (a pickle or a copy cannot wait for a query)."""
        self.evidence  # noqa: B018 - reading it settles it
        return self.__dict__

    def number_of_nodes(self) -> int:
        return len(self.iri)

    def number_of_edges(self) -> int:
        return len(self.src)

    def __contains__(self, key: Any) -> bool:
        """Whether a node has this networkx key (an IRI, for a projection), as ``key in graph``."""
        return self.index(key) is not None

    def index(self, key: Any) -> int | None:
        """The index of the node with this networkx key (an IRI, for a projection), or None."""
        found = self.__dict__.get("_index")
        if found is None:
            found = self.__dict__["_index"] = {k: i for i, k in enumerate(self.keys)}
        return found.get(key)

    def around(self, centre: int, radius: int) -> list[int]:
        """The nodes at most ``radius`` links from ``centre``, links read in either direction (as
        networkx's ``ego_graph(undirected=True)``)."""
        near: list[list[int]] = [[] for _ in self.iri]
        for s, t in zip(self.src, self.dst):
            near[s].append(t)
            near[t].append(s)
        seen = {centre}
        frontier = [centre]
        for _ in range(radius):
            frontier = [w for v in frontier for w in near[v] if w not in seen and not seen.add(w)]  # type: ignore[func-returns-value]
            if not frontier:
                break  # nothing further: a radius of 10**23 ends here too
        return sorted(seen)

    def select(self, nodes: list[int]) -> Projection:
        """These nodes (sorted indices) and the links between them, renumbered."""
        out = Projection()
        new = {v: i for i, v in enumerate(nodes)}
        for name in ("keys", "iri", "type", "label", "labels", "description", "date", "proposals", "node_evidence"):
            column = getattr(self, name)
            setattr(out, name, [column[v] for v in nodes])
        kept = [j for j, (s, t) in enumerate(zip(self.src, self.dst)) if s in new and t in new]
        out.src = [new[self.src[j]] for j in kept]
        out.dst = [new[self.dst[j]] for j in kept]
        for name in ("relation", "link_label", "link_date", "link_key", "link_evidence"):
            column = getattr(self, name)
            setattr(out, name, [column[j] for j in kept])
        out.evidence = self.evidence
        return out

    def graph(self) -> networkx.MultiDiGraph:
        """The networkx graph of these columns (attributes as the module's docstring lists)."""
        import networkx as nx

        dicts = [[dict(zip(ITEM_FIELDS, item)) for item in items] for items in self.evidence]
        graph = nx.MultiDiGraph()
        for i, key in enumerate(self.keys):
            at = self.node_evidence[i]
            items = dicts[at] if at >= 0 else []
            graph.add_node(
                key,
                iri=self.iri[i],
                type=self.type[i],
                label=self.label[i],
                labels=list(self.labels[i]),
                description=self.description[i],
                date=self.date[i],
                proposals=self.proposals[i],
                # a fact node (event, proposal, speech): how many reports state it, and each one's evidence
                sources=len({e["node"] for e in items}),
                evidence=list(items),
            )
        keys = self.keys
        for j, (s, t) in enumerate(zip(self.src, self.dst)):
            at = self.link_evidence[j]
            graph.add_edge(
                keys[s],
                keys[t],
                key=self.link_key[j],
                relation=self.relation[j],
                label=self.link_label[j],
                date=self.link_date[j],
                evidence=list(dicts[at]) if at >= 0 else [],
            )
        return graph

    @classmethod
    def of(cls, graph: networkx.MultiDiGraph | Projection) -> Projection:
        """The columns of a networkx graph with the attributes :func:`project` gives (any may be
        missing), nodes in IRI order, each edge's key kept (``link_key``), so :meth:`graph` gives
        the same nodes and edges back; a :class:`Projection` is returned as it is."""
        if isinstance(graph, Projection):
            return graph
        net = cls()
        attrs = dict(graph.nodes(data=True))
        net.keys = sorted(attrs, key=lambda v: str(attrs[v].get("iri", v)))
        lists: dict[int, int] = {}

        def evidence_of(items: Any) -> int:
            if not items:
                return -1
            at = lists.get(id(items))
            if at is None:
                at = lists[id(items)] = len(net.evidence)
                net.evidence.append([tuple(e.get(f) for f in ITEM_FIELDS) for e in items])
            return at

        for v in net.keys:
            get = attrs[v].get
            iri, label, kind, date = get("iri", v), get("label"), get("type"), get("date")
            iri = "" if iri is None else str(iri)
            net.iri.append(iri)
            net.type.append(str(kind) if kind else "")
            net.label.append(("" if label is None else str(label)) or iri or str(v))
            net.labels.append([str(x) for x in (get("labels") or ()) if x])
            net.description.append(str(get("description") or ""))
            net.date.append(None if date is None or date == "" else str(date))
            net.proposals.append(int(get("proposals") or 0))
            net.node_evidence.append(evidence_of(get("evidence")))
        at = {v: i for i, v in enumerate(net.keys)}
        for u, v, key, data in graph.edges(keys=True, data=True):
            get = data.get
            relation, label, date = get("relation"), get("label"), get("date")
            net.src.append(at[u])
            net.dst.append(at[v])
            net.relation.append("" if relation is None else str(relation))
            net.link_label.append("" if label is None else str(label))
            net.link_date.append(None if date is None or date == "" else str(date))
            net.link_key.append(key)
            net.link_evidence.append(evidence_of(get("evidence")))
        return net


def project(
    store,
    *,
    lang: str = "en",
    focus: str | None = None,
    depth: int | None = None,
    include: Iterable[str] | None = None,
) -> networkx.MultiDiGraph:
    """The network of actors, proposals, events and speeches of an Oxigraph store, as networkx.

    :func:`build` (the one projection) turned into a graph, for the exports and for callers that
    want networkx's algorithms; ``kg view`` reads :func:`build`'s columns directly. Arguments
    and errors as :func:`build`.

    >>> from kg.store import build_store
    >>> g = project(build_store(), focus="baytaq", depth=1, include=["party", "proposal", "person"])
    >>> sorted({d["type"] for _, d in g.nodes(data=True)})
    ['party', 'person', 'proposal']
    """
    return build(store, lang=lang, focus=focus, depth=depth, include=include).graph()


def build(
    store,
    *,
    lang: str = "en",
    focus: str | None = None,
    depth: int | None = None,
    include: Iterable[str] | None = None,
) -> Projection:
    """Build the network of actors, proposals, events and speeches from an Oxigraph store, as columns.

    :param store: a ``pyoxigraph.Store`` (see :func:`kg.store.open_graph`)
    :param lang: language of the display labels (``kk``, ``ru`` or ``en``; falls back to English)
    :param focus: keep only the ego network of this actor (id, IRI or any label), resolved once:
        the result's ``centre`` is its IRI
    :param depth: radius of the ego network, counting links in either direction (default 2)
    :param include: keep only these node types (see :data:`NODE_TYPES`); applied before ``focus``
    :raises KgError: for an unknown node type or none, a bad depth, or a focus that is no node
        (a news outlet, say) or of a type ``include`` leaves out;
        :class:`kg.names.UnknownName` / :class:`kg.names.AmbiguousName` for the focus actor

    >>> from kg.store import build_store
    >>> net = build(build_store(), focus="baytaq", depth=1, include=["party", "proposal", "person"])
    >>> sorted(set(net.type))
    ['party', 'person', 'proposal']
    """
    if depth is not None and depth < 0:
        raise KgError(f"depth must be 0 or more, not {depth}")
    if depth is not None and focus is None:
        raise KgError("a depth needs a focus actor (--focus ACTOR --depth N)")
    wanted = check_include(include)

    def run(text: str) -> list[str]:
        # the same checked path as every other query (its lexical pre-check costs microseconds here)
        return _lines(run_sparql(store, sparql_prologue() + text))

    # The engine lets go of the GIL while it evaluates, so the queries run on worker threads, in
    # the order they are read, while this thread reads the rows of those already done; the
    # evidence's are read last, on first use of the evidence columns (see :class:`_Settled`).
    pool = ThreadPoolExecutor(max_workers=_query_workers(), thread_name_prefix="kg-projection")
    pending = {text: pool.submit(run, text) for text in query_texts()}

    def rows(text: str) -> list[str]:
        try:
            return pending.pop(text).result()
        except BaseException:
            pool.shutdown(cancel_futures=True)  # a query already running cannot be stopped: wait for it
            raise
        finally:
            if not pending:  # the last rows read: the threads are done
                pool.shutdown()

    try:
        net = _build(store, rows, lang, focus, depth, wanted)
    except BaseException:
        pool.shutdown(cancel_futures=True)
        raise
    pool.shutdown(wait=False)  # the threads end once the queries left have run
    return net


def _query_workers() -> int:
    """Threads for the projection's queries: two where this process may use two cores or more
    (the queries then take about half their time by wall), else one."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    return 2 if cores > 1 else 1


def _build(
    store,
    rows: Callable[[str], list[str]],
    lang: str,
    focus: str | None,
    depth: int | None,
    wanted: Set[str] | None,
) -> Projection:
    """:func:`build` once its queries are started: ``rows(text)`` waits for one query's rows."""
    classes: dict[str, set[str]] = defaultdict(set)
    names: dict[str, str] = {}  # each class's local name, cut once
    cut = len(RKG) + 1
    for line in rows(_Q_TYPES):  # ?s ?class
        s, c = line.split("\t")
        name = names.get(c)
        if name is None:
            name = names[c] = c[cut:-1]
        classes[s[1:-1] if s[0] == "<" else _value(s)].add(name)  # type: ignore[index]
    # each fact's values by property, as text: everything below reads a term's value only, so
    # values equal as text are interchangeable and sorting the text fixes one order
    facts: dict[str, dict[str, list[str]]] = {s: {} for s in sorted(s for s, c in classes.items() if "Fact" in c)}
    several = []
    predicates: dict[str, str] = {}  # each property's IRI, cut once
    for line in rows(_q_facts()):  # ?f ?p ?o
        f, p, o = line.split("\t")
        props = facts.get(f[1:-1] if f[0] == "<" else _value(f))  # type: ignore[arg-type]
        if props is None:
            continue  # not a fact (a post's org:role, say)
        predicate = predicates.get(p)
        if predicate is None:
            predicate = predicates[p] = p[1:-1]
        # an IRI read here, the rest (a triple term "<<(" too: refused) by _value
        value = o[1:-1] if o[0] == "<" and o[1] != "<" else _value(o)
        values = props.get(predicate)
        if values is None:
            props[predicate] = [value]  # type: ignore[list-item]
        else:
            values.append(value)  # type: ignore[arg-type]
            several.append(values)
    for values in several:  # the query is unordered: fix one order per property
        values.sort()
    texts = _Texts(rows(_q_texts()))

    def one(fact: str, predicate: str) -> str | None:
        values = facts[fact].get(predicate)
        return values[0] if values else None

    ref = one

    def date_of(fact: str, *predicates: str) -> str | None:
        props = facts[fact]
        for predicate in predicates:
            values = props.get(predicate)
            if values:
                return values[0]
        values = props.get(DCT_DATE)
        return values[0] if values else None

    def pref(iri: str) -> str:
        return texts.get(iri, SKOS_PREF_LABEL, lang) or _local(iri)

    # ---- nodes
    node_type: dict[str, str] = {}
    for iri, cls in classes.items():
        for name, kind in _CLASS_TYPES:
            if name in cls:
                if kind:
                    node_type[iri] = kind
                break
    schema_types: dict[frozenset[str], Any] = {}
    for fact in facts:
        if fact not in node_type:
            declared = _schema_type(classes.get(fact) or _NO_CLASSES, schema_types)
            if declared is not None and declared.node:
                node_type[fact] = declared.node
    proposals_by: dict[str, int] = defaultdict(int)
    for fact, props in facts.items():
        if node_type.get(fact) == "proposal":
            for proposer in props.get(RKG_PROPOSED_BY, []):
                proposals_by[proposer] += 1

    fact_order = list(facts)  # sorted by IRI
    posts: dict[str, list[str]] = defaultdict(list)
    for fact in fact_order:
        if "Membership" in (classes.get(fact) or _NO_CLASSES):
            holder, role, org = ref(fact, ORG_MEMBER), ref(fact, ORG_ROLE), ref(fact, ORG_ORGANIZATION)
            occupation = texts.get(fact, RKG_OCCUPATION, lang)
            if holder and role and org:
                posts[holder].append(f"{pref(role)}, {pref(org)}")
            if holder and occupation:
                posts[holder].append(occupation)

    net = Projection()
    iris = sorted(node_type)
    position = {iri: i for i, iri in enumerate(iris)}
    # each fact's evidence list, numbered once: its node and all its links share it. Until the
    # evidence is read (settle, below), the columns hold each fact's place in order of first use
    places: dict[str, int] = {}

    def evidence_of(fact: str | None) -> int:
        if not fact:
            return -1
        at = places.get(fact)
        if at is None:
            at = places[fact] = len(places)
        return at

    node_places: list[int] = []
    link_places: list[int] = []
    labels_column, descriptions, dates, evidence_column = net.labels, net.description, net.date, node_places
    for iri in iris:
        kind = node_type[iri]
        name_predicates: tuple[str, ...] = _NAMES  # those of its names for the search, in order
        date = None
        if kind == "proposal":
            content = texts.get(iri, RKG_CONTENT, lang) or texts.get(iri, RKG_SUMMARY, lang) or _local(iri)
            label = _short(content)
            name_predicates = _PROPOSAL_NAMES
            description = _join(content, texts.get(iri, RKG_SUMMARY, lang), _at_event(iri, ref, pref))
            date = date_of(iri)
        elif kind == "speech":
            speaker = ref(iri, RKG_SPEAKER)
            title = texts.get(iri, DCT_TITLE, lang)
            who = pref(speaker) if speaker else ""
            word = _SPEECH_WORDS["Report" if "Report" in classes[iri] else "Speech"]
            label = _short(title) if title else _short(f"{word.get(lang, word['en'])}: {who}")
            name_predicates = _SPEECH_NAMES
            behalf = ref(iri, RKG_ON_BEHALF_OF)
            description = _join(
                who + (f" ({pref(behalf)})" if behalf else ""),
                texts.get(iri, RKG_SUMMARY, lang),
            )
            date = date_of(iri)
        elif kind == "event":
            label = texts.get(iri, SKOS_PREF_LABEL, lang) or _local(iri)
            description = texts.get(iri, RKG_PARTICIPANTS, lang) or texts.get(iri, SCHEMA_DESCRIPTION, lang) or ""
            date = date_of(iri, SCHEMA_START_DATE)
        else:
            label = pref(iri)
            description = _join(texts.get(iri, SCHEMA_DESCRIPTION, lang), *_unique(posts.get(iri, [])))
        labels = texts.all(iri, *name_predicates)
        if label not in labels:
            labels.insert(0, label)
        net.label.append(label)
        labels_column.append(_unique(labels))
        descriptions.append(description or "")
        dates.append(date)
        # a fact node (event, proposal, speech): each report's evidence
        evidence_column.append(evidence_of(iri))
    net.keys = net.iri = iris
    net.type = [node_type[iri] for iri in iris]
    net.proposals = [proposals_by.get(iri, 0) for iri in iris]

    # ---- edges
    bases: dict[str, str] = {}  # each relation's name in lang, looked up once
    # networkx kept one link per (source, target, key); a key names its fact, so only one fact's
    # links can repeat one: the set holds the current fact's (source, target, relation), cleared per fact
    seen: set[tuple[int, int, str]] = set()
    src, dst, relations, link_labels, link_dates = net.src, net.dst, net.relation, net.link_label, net.link_date
    link_keys, link_evidence = net.link_key, link_places

    def add(
        source: str | None,
        target: str | None,
        relation: str,
        fact: str | None,
        *,
        label: str | None = None,
        date: str | None = None,
    ) -> None:
        s, t = position.get(source), position.get(target)  # type: ignore[arg-type]
        if s is None or t is None:
            return  # not a node (None is none)
        once = (s, t, relation)
        if once in seen:
            return
        seen.add(once)
        base = bases.get(relation)
        if base is None:
            base = bases[relation] = _RELATION_LABELS.get(relation, {}).get(lang) or relation
        src.append(s)
        dst.append(t)
        relations.append(relation)
        link_labels.append(f"{base}: {label}" if label else base)
        link_dates.append(date)
        link_keys.append(f"{relation}|{fact or ''}")
        link_evidence.append(evidence_of(fact))

    for fact in fact_order:
        seen.clear()
        kinds: Set[str] = classes.get(fact) or _NO_CLASSES
        props = facts[fact]
        when = date_of(fact)
        if "Proposal" in kinds:
            for proposer in props.get(RKG_PROPOSED_BY, ()):
                add(proposer, fact, "proposed", fact, date=when)
            for target in props.get(RKG_TARGETS, ()):
                add(fact, target, "targets", fact, date=when)
            for platform in props.get(RKG_VIA, ()):
                add(fact, platform, "submitted via", fact, date=when)
            for body in props.get(RKG_ADDRESSED_TO, ()):
                add(fact, body, "addressed to", fact, date=when)
        elif "Speech" in kinds:
            add(ref(fact, RKG_SPEAKER), fact, "spoke at", fact, date=when)
            add(fact, ref(fact, RKG_AT_EVENT), "part of", fact, date=when)
        elif "Event" in kinds:
            when = date_of(fact, SCHEMA_START_DATE)
            for organiser in props.get(SCHEMA_ORGANIZER, ()):
                add(organiser, fact, "organised", fact, date=when)
            for chair in props.get(RKG_CHAIRED_BY, ()):
                add(chair, fact, "chaired", fact, date=when)
        elif "Membership" in kinds:
            role = ref(fact, ORG_ROLE)
            relation = "member of" if role == ID + "member" else "holds post in"
            add(
                ref(fact, ORG_MEMBER),
                ref(fact, ORG_ORGANIZATION),
                relation,
                fact,
                label=pref(role) if role and relation != "member of" else None,
                date=date_of(fact, SCHEMA_START_DATE),
            )
        elif "Initiative" in kinds:
            for target in props.get(RKG_INITIATED, ()):
                add(ref(fact, RKG_INITIATOR), target, "initiated", fact, date=when)
        elif "Stance" in kinds:
            polarity = ref(fact, MARL_HAS_POLARITY)
            stance = _STANCES.get(polarity or "")
            degree = ref(fact, RKG_DEGREE)
            if stance:  # a neutral stance is no link
                add(
                    ref(fact, RKG_HELD_BY),
                    ref(fact, MARL_DESCRIBES_OBJECT),
                    stance,
                    fact,
                    label=_individual(degree, lang),
                    date=when,
                )
        elif "Claim" in kinds:
            about = ref(fact, RKG_VIA) or ref(fact, RKG_ABOUT) or ref(fact, RKG_ADDRESSED_TO)
            add(
                ref(fact, RKG_CLAIMED_BY),
                about,
                "claimed",
                fact,
                label=_claim_text(fact, one, texts, lang),
                date=when,
            )

        else:
            _schema_edges(fact, kinds, facts, add, when, schema_types)

    seen.clear()
    parts = {(_value(part), _value(whole)) for part, _, whole in (line.split("\t") for line in rows(_Q_STRUCTURE))}
    for part, whole in sorted(parts):
        add(part, whole, "part of", None)

    # ---- evidence, on first use: the facts that have some are numbered in order of first use
    outcome: list[Any] = []
    built = net  # the selection below makes another

    def settle() -> None:
        if not outcome:
            try:
                outcome.append(_evidence(rows(_Q_EVIDENCE), rows(_Q_SOURCES), texts, lang))
            except Exception as exc:  # kept: the rows are read once, and each read raises it again
                outcome.append(exc)
        if isinstance(outcome[0], Exception):
            raise outcome[0]
        evidence: dict[str, list[Item]] = outcome[0]
        lists: list[list[Item]] = []
        number: list[int] = []
        for fact in places:
            items = evidence.get(fact)
            number.append(len(lists) if items else -1)
            if items:
                lists.append(items)
        del built.__dict__["_settle"]
        built.evidence = lists
        built.node_evidence = [number[at] if at >= 0 else -1 for at in node_places]
        built.link_evidence = [number[at] if at >= 0 else -1 for at in link_places]

    built.__dict__["_settle"] = settle

    # ---- selection
    if wanted is not None:
        net = net.select([i for i, kind in enumerate(net.type) if kind in wanted])
    if focus is not None:
        centre = _centre(store, focus, node_type, classes, pref)
        at = bisect.bisect_left(net.iri, centre)
        if at == len(net.iri) or net.iri[at] != centre:
            kind = node_type[centre]
            raise KgError(f"{pref(centre)} ({centre}) is a {kind}, which --include leaves out: add {kind} to it")
        net = net.select(net.around(at, 2 if depth is None else depth))
        net.centre = centre
    return net


def _centre(store, focus: str, node_type: dict[str, str], classes: dict[str, set[str]], pref) -> str:
    """The node ``focus`` names: a node's IRI as it is (a caller such as :meth:`kg.Graph.view` has
    resolved it already), anything else resolved as an actor's name (:func:`kg.resolve.resolve_actor`)."""
    if focus in node_type:
        return focus
    from kg.resolve import resolve_actor

    centre = resolve_actor(store, focus)
    if centre in node_type:
        return centre
    if "NewsOutlet" in classes.get(centre, _NO_CLASSES):
        raise KgError(
            f"{pref(centre)} ({centre}) is a news outlet: outlets are the sources of the evidence, never "
            "nodes of the view; focus on an actor, a proposal, an event or a speech"
        )
    raise KgError(f"{pref(centre)} ({centre}) is not a node of the view, which draws: {', '.join(NODE_TYPES)}")


_NO_CLASSES: frozenset[str] = frozenset()


def _schema_type(classes: Set[str], known: dict[frozenset[str], Any] | None = None):
    """The schema's fact type whose classes are exactly these (None when no type matches).

    ``known`` keeps the answers of one projection (asked once per fact, for a few sets of
    classes); not kept longer, as tests register fact types of their own.
    """
    key = frozenset(classes) if "Fact" in classes else frozenset(classes | {"Fact"})
    if known is not None and key in known:
        return known[key]
    from kg.schema import FACT_TYPES  # here: an import statement at every call cost a third of it

    found = None
    for fact_type in FACT_TYPES.values():
        if {str(c)[len(RKG) :] for c in fact_type.classes} | {"Fact"} == key:
            found = fact_type
            break
    if known is not None:
        known[key] = found
    return found


def _schema_edges(fact: str, classes: Set[str], facts, add, when: str | None, known=None) -> None:
    """Edges of a fact type without a rule above, from the ``edge`` its schema fields declare."""
    fact_type = _schema_type(classes, known)
    for f in fact_type.fields if fact_type is not None else ():
        if f.edge is None:
            continue
        relation, direction = f.edge
        for value in facts[fact].get(str(f.predicate), []):
            ends = (fact, value) if direction == "out" else (value, fact)
            add(*ends, relation, fact, date=when)


def check_include(include: Iterable[str] | None) -> set[str] | None:
    """The node types ``include`` names (None: all), checked: each one known, at least one named.

    >>> sorted(check_include(["person", "party"]))
    ['party', 'person']
    >>> check_include(["persons"])
    Traceback (most recent call last):
    ...
    kg.errors.KgError: unknown node type 'persons'; choose from: person, party, party-unit, state-body, organisation, platform, proposal, provision, document, event, speech, reform
    >>> check_include([" ", ""])
    Traceback (most recent call last):
    ...
    kg.errors.KgError: no node type named to include; choose one or more of: person, party, party-unit, state-body, organisation, platform, proposal, provision, document, event, speech, reform
    """
    if include is None:
        return None
    wanted = {t.strip() for t in include if t and t.strip()}
    if not wanted:  # a page of nothing is never what was meant
        raise KgError(f"no node type named to include; choose one or more of: {', '.join(NODE_TYPES)}")
    for t in sorted(wanted):
        if t not in NODE_TYPES:
            raise KgError(f"unknown node type '{t}'; choose from: {', '.join(NODE_TYPES)}")
    return wanted


def _individual(iri: str | None, lang: str) -> str | None:
    """The label of an ontology individual such as rkg:MoreThan.

    >>> _individual(RKG + "MoreThan", "ru")
    'более'
    """
    if not iri or not iri.startswith(RKG):
        return None
    labels = _INDIVIDUALS.get(iri[len(RKG) :])
    return labels.get(lang, labels["en"]) if labels else None


def _join(*parts: str | None) -> str:
    return "\n".join([p for p in parts if p])


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))  # the first of each, in order


def _at_event(fact: str, ref, pref) -> str | None:
    event = ref(fact, RKG_AT_EVENT)
    return f"@ {pref(event)}" if event else None


def _claim_text(fact: str, one, texts: _Texts, lang: str) -> str:
    """'more than 1000 proposals' from a claim's comparator, quantity and unit."""
    quantity = one(fact, RKG_QUANTITY)
    comparator = one(fact, RKG_COMPARATOR)
    parts = [
        _individual(comparator, lang) if comparator is not None else None,
        quantity,
        texts.get(fact, RKG_UNIT, lang),
    ]
    text = " ".join(p for p in parts if p)
    measure = texts.get(fact, RKG_MEASURE, lang)
    return _short(f"{text} ({measure})" if measure and text else text or measure or "")


def graph_summary(graph: networkx.MultiDiGraph) -> dict[str, Any]:
    """Counts by node type and by relation, for messages and tests.

    >>> import networkx as nx
    >>> g = nx.MultiDiGraph()
    >>> g.add_node("a", type="person"); g.add_node("b", type="party")
    >>> _ = g.add_edge("a", "b", relation="member of")
    >>> graph_summary(g)
    {'nodes': 2, 'edges': 1, 'types': {'party': 1, 'person': 1}, 'relations': {'member of': 1}}
    """
    types: dict[str, int] = defaultdict(int)
    relations: dict[str, int] = defaultdict(int)
    for _, data in graph.nodes(data=True):
        types[data.get("type", "")] += 1
    for _, _, data in graph.edges(data=True):
        relations[data.get("relation", "")] += 1
    return {
        "nodes": graph.number_of_nodes(),
        "edges": graph.number_of_edges(),
        "types": dict(sorted(types.items())),
        "relations": dict(sorted(relations.items())),
    }
