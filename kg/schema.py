"""One schema for fact types: each fact type and each of its fields is declared here, once.

A field says what it holds (``kind``), whether a sheet must give it, what it may name (actor
types for a ``ref``, fact types for a ``fact``, the allowed words of an ``enum``) and the RDF
predicate it becomes. Everything else is derived from :data:`FACT_TYPES`: the sheet checks of
:mod:`kg.sources`, the triples of :mod:`kg.model`, the texts and edges of
:mod:`kg.projection`, the slots of ``kg extract``'s drafts and the table in
``docs/fact-sheets.md`` (:func:`markdown_table`). Adding a fact type means adding one
:class:`FactType` here (and its class in ``ontology/reform.ttl``).

>>> FACT_TYPES["proposal"].get("proposer").predicate
'https://w3id.org/reform-kg/ontology#proposedBy'
>>> [f.name for f in FACT_TYPES["proposal"].fields if f.required]
['proposer', 'content']
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kg.vocab import DCT, MARL, ORG, RKG, SCHEMA, SKOS, Term

# kinds of field value
REF = "ref"  # a registry id (actor, place, document, role...)
FACT = "fact"  # another fact: '<fact-id>' in the same sheet or '<source-id>/<fact-id>'
TEXT = "text"  # {lang: text}
TEXTS = "texts"  # [{lang: text}, ...]
DATE = "date"  # YYYY-MM-DD or YYYY-MM
NUMBER = "number"
ENUM = "enum"  # one of a few words, each an IRI in the graph
KINDS = (REF, FACT, TEXT, TEXTS, DATE, NUMBER, ENUM)

AGENT_TYPES = frozenset(
    {
        "person",
        "group",
        "party",
        "political-council",
        "city-branch",
        "regional-branch",
        "primary-organisation",
        "faction",
        "party-unit",
        "state-body",
        "commission",
        "outlet",
        "association",
        "organisation",
    }
)
ORGANISATION_TYPES = AGENT_TYPES - {"person", "group"}
ACTOR_TYPES = AGENT_TYPES | {"place", "platform", "document", "provision", "reform", "role"}
LEGAL_TYPES = frozenset({"document", "provision"})
EVENT_TYPES = frozenset({"event", "session"})


@dataclass(frozen=True)
class Field:
    """One field of a fact type, as written in a sheet and as it appears in the graph.

    ``edge`` names the view's relation for a ``ref`` field (``"out"``: fact → value,
    ``"in"``: value → fact) for fact types the projection has no special rule for.
    """

    name: str
    kind: str
    predicate: Term
    required: bool = False
    targets: frozenset[str] = frozenset()
    values: tuple[tuple[str, Term], ...] = ()
    doc: str = ""
    edge: tuple[str, str] | None = None

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"field '{self.name}': unknown kind {self.kind!r}; expected one of {KINDS}")
        if self.kind == ENUM and not self.values:
            raise ValueError(f"field '{self.name}': an enum needs its values")

    @property
    def words(self) -> tuple[str, ...]:
        """The words an enum field accepts."""
        return tuple(word for word, _ in self.values)

    def value_iri(self, word: str) -> Term:
        return dict(self.values)[word]


@dataclass(frozen=True)
class FactType:
    """A kind of fact: its ontology classes, its fields and the node type the view draws."""

    name: str
    classes: tuple[Term, ...]
    fields: tuple[Field, ...]
    doc: str = ""
    node: str | None = None
    by_name: dict[str, Field] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "by_name", {f.name: f for f in self.fields})

    def get(self, name: str) -> Field:
        """The field called ``name`` (KeyError when the type has none)."""
        return self.by_name[name]

    @property
    def required(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields if f.required)


def _ref(name: str, predicate: Term, targets: frozenset[str] = ACTOR_TYPES, **kw) -> Field:
    return Field(name, REF, predicate, targets=targets, **kw)


def _event_fields() -> tuple[Field, ...]:
    return (
        Field("name", TEXT, SKOS.prefLabel, required=True, doc="what the event was called"),
        Field("date", DATE, SCHEMA.startDate, required=True, doc="the day it took place"),
        Field("end_date", DATE, SCHEMA.endDate, doc="the last day, for an event of several days"),
        _ref("place", SCHEMA.location, frozenset({"place"}), doc="where"),
        Field(
            "format",
            ENUM,
            SCHEMA.eventAttendanceMode,
            values=(
                ("offline", SCHEMA.OfflineEventAttendanceMode),
                ("online", SCHEMA.OnlineEventAttendanceMode),
                ("mixed", SCHEMA.MixedEventAttendanceMode),
            ),
            doc="offline, online or mixed",
        ),
        _ref("organiser", SCHEMA.organizer, AGENT_TYPES, doc="who held it"),
        _ref("chair", RKG.chairedBy, AGENT_TYPES, doc="who chaired it"),
        _ref("about", RKG.about, doc="what it was about"),
        Field("participants", TEXT, RKG.participants, doc="who took part, in the source's words"),
        Field("themes", TEXTS, RKG.theme, doc="themes that received attention"),
    )


def _speech_fields() -> tuple[Field, ...]:
    return (
        _ref("speaker", RKG.speaker, AGENT_TYPES, required=True, doc="who spoke"),
        Field("event", FACT, RKG.atEvent, required=True, targets=EVENT_TYPES, doc="the event it was given at"),
        Field("title", TEXT, DCT.title, doc="its title, when the source gives one"),
        _ref("on_behalf_of", RKG.onBehalfOf, AGENT_TYPES, doc="for whom the speaker spoke"),
        Field("summary", TEXT, RKG.summary, doc="what was said, in our words"),
    )


FACT_TYPES: dict[str, FactType] = {}


def register(fact_type: FactType) -> FactType:
    """Add a fact type (tests add toy ones this way); refuse a name that is taken."""
    if fact_type.name in FACT_TYPES:
        raise ValueError(f"fact type '{fact_type.name}' is already declared")
    FACT_TYPES[fact_type.name] = fact_type
    return fact_type


def unregister(name: str) -> None:
    FACT_TYPES.pop(name, None)


for _type in (
    FactType("event", (RKG.Event,), _event_fields(), "a meeting, address, vote or other event", node="event"),
    FactType("session", (RKG.Event, RKG.Session), _event_fields(), "a session of a body", node="event"),
    FactType(
        "membership",
        (RKG.Membership,),
        (
            _ref("holder", ORG.member, AGENT_TYPES, required=True, doc="who holds the post"),
            _ref("role", ORG.role, frozenset({"role"}), required=True, doc="which role"),
            _ref("organisation", ORG.organization, ORGANISATION_TYPES, required=True, doc="in which organisation"),
            Field("start", DATE, SCHEMA.startDate, doc="since when"),
            Field("end", DATE, SCHEMA.endDate, doc="until when"),
            Field("described_as", TEXT, RKG.occupation, doc="how the source describes the person"),
        ),
        "that someone holds a role in an organisation",
    ),
    FactType("speech", (RKG.Speech,), _speech_fields(), "someone speaking at an event", node="speech"),
    FactType(
        "report", (RKG.Speech, RKG.Report), _speech_fields(), "a prepared speech on a stated subject", node="speech"
    ),
    FactType(
        "proposal",
        (RKG.Proposal,),
        (
            _ref("proposer", RKG.proposedBy, AGENT_TYPES, required=True, doc="who proposed it"),
            Field("content", TEXT, RKG.content, required=True, doc="what it says"),
            _ref("targets", RKG.targets, LEGAL_TYPES | {"reform"}, doc="the document or provision it would change"),
            Field("event", FACT, RKG.atEvent, targets=EVENT_TYPES, doc="the event it was made at"),
            _ref("via", RKG.via, frozenset({"platform"}), doc="the platform it was sent through"),
            _ref("addressed_to", RKG.addressedTo, AGENT_TYPES, doc="to whom"),
            Field("summary", TEXT, RKG.summary, doc="in our words"),
        ),
        "a proposal to change a document",
        node="proposal",
    ),
    FactType(
        "initiative",
        (RKG.Initiative,),
        (
            _ref("initiator", RKG.initiator, AGENT_TYPES, required=True, doc="who initiated it"),
            _ref("initiated", RKG.initiated, required=True, doc="what was initiated"),
            Field("summary", TEXT, RKG.summary, doc="in our words"),
        ),
        "that someone initiated a reform or process",
    ),
    FactType(
        "stance",
        (RKG.Stance,),
        (
            _ref("holder", RKG.heldBy, AGENT_TYPES, required=True, doc="whose stance"),
            _ref("target", MARL.describesObject, required=True, doc="toward what"),
            Field(
                "polarity",
                ENUM,
                MARL.hasPolarity,
                required=True,
                values=(
                    ("support", MARL.Positive),
                    ("oppose", MARL.Negative),
                    ("neutral", MARL.Neutral),
                ),
                doc="support, oppose or neutral",
            ),
            Field(
                "degree", ENUM, RKG.degree, values=(("fully", RKG.Fully), ("partly", RKG.Partly)), doc="fully or partly"
            ),
            Field("event", FACT, RKG.atEvent, targets=EVENT_TYPES, doc="the event it was stated at"),
            Field("summary", TEXT, RKG.summary, doc="in our words"),
        ),
        "an agent's position toward something",
    ),
    FactType(
        "claim",
        (RKG.Claim,),
        (
            _ref("claimant", RKG.claimedBy, AGENT_TYPES, required=True, doc="who stated the figure"),
            Field("measure", TEXT, RKG.measure, required=True, doc="what the figure measures"),
            Field("quantity", NUMBER, RKG.quantity, required=True, doc="the figure"),
            Field(
                "comparator",
                ENUM,
                RKG.comparator,
                values=(
                    ("more-than", RKG.MoreThan),
                    ("about", RKG.About),
                    ("exactly", RKG.Exactly),
                ),
                doc="more-than, about or exactly",
            ),
            Field("unit", TEXT, RKG.unit, doc="what is counted"),
            _ref("via", RKG.via, frozenset({"platform"}), doc="through which platform"),
            _ref("addressed_to", RKG.addressedTo, AGENT_TYPES, doc="to whom"),
            Field("event", FACT, RKG.atEvent, targets=EVENT_TYPES, doc="the event it was stated at"),
            _ref("about", RKG.about, doc="what it is about"),
        ),
        "an attributed, dated figure; differing figures stay separate claims",
    ),
):
    register(_type)

#: Fields every fact entry may have besides its type's own (see docs/fact-sheets.md).
COMMON_FIELDS: dict[str, str] = {
    "id": "the fact's id, unique in its sheet",
    "type": "the fact type (may be left out when same_as names the fact)",
    "same_as": "'<source-id>/<fact-id>': this report states a fact already known from another sheet",
    "evidence": "a verbatim quote (or a list of them) from the bundled text",
    "date": "when the fact was stated, when it is not the event's or the source's date",
    "attribution": "'stated' (default) or 'inferred': whether the source names who said it, or context does",
    "confidence": "what kg extract thinks of a drafted fact (0-1); the graph ignores it",
}


def text_predicates() -> list[Term]:
    """Every predicate that holds language-tagged text in some fact type, sorted."""
    return sorted({f.predicate for t in FACT_TYPES.values() for f in t.fields if f.kind in (TEXT, TEXTS)})


def markdown_table() -> str:
    """The fact-type table of ``docs/fact-sheets.md`` (a test keeps the two in step)."""
    lines = ["| type | field | kind | required | names | RDF predicate | meaning |", "|---|---|---|---|---|---|---|"]
    from kg.vocab import PREFIXES

    def curie(iri: str) -> str:
        for prefix, base in PREFIXES.items():
            if iri.startswith(base) and prefix != "id":
                return f"{prefix}:{iri[len(base) :]}"
        return iri

    for name, fact_type in FACT_TYPES.items():
        for f in fact_type.fields:
            names = ", ".join(sorted(f.targets)) if f.kind in (REF, FACT) and f.targets != ACTOR_TYPES else ""
            if f.kind == REF and f.targets == ACTOR_TYPES:
                names = "any registry entry"
            if f.kind == ENUM:
                names = ", ".join(f.words)
            lines.append(
                f"| {name} | {f.name} | {f.kind} | {'yes' if f.required else ''} | {names} | `{curie(str(f.predicate))}` | {f.doc} |"
            )
    return "\n".join(lines) + "\n"
