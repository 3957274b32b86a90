"""One vocabulary: the namespaces the graph uses and the single PREFIXES dict.

``RKG`` is closed: a typo in a term name raises instead of minting a new IRI.

>>> str(RKG.Proposal)
'https://w3id.org/reform-kg/ontology#Proposal'
>>> RKG.Propsal
Traceback (most recent call last):
...
AttributeError: term 'Propsal' not in namespace 'https://w3id.org/reform-kg/ontology#'
"""

from __future__ import annotations

ONTOLOGY = "https://w3id.org/reform-kg/ontology#"
ID = "https://w3id.org/reform-kg/id/"


class Term(str):
    """An IRI of the vocabulary: a plain ``str`` underneath (pyoxigraph's ``NamedNode`` takes it)."""

    __slots__ = ()


class _ClosedMeta(type):
    def __getattr__(cls, name: str) -> Term:
        raise AttributeError(f"term {name!r} not in namespace {cls.__dict__.get('_NS', '')!r}")


class Closed(metaclass=_ClosedMeta):
    """A namespace that holds only its declared terms: a typo raises ``AttributeError`` at once.

    Declared as annotations (``Person: Term``), as RDFLib's ``DefinedNamespace`` does, but
    without importing that library, which would add ~60 ms to the start of every query run.
    """

    _NS = ""

    def __init_subclass__(cls) -> None:
        for name in cls.__dict__.get("__annotations__", {}):
            setattr(cls, name, Term(cls._NS + name))


class RKG(Closed):
    """Terms of ``ontology/reform.ttl``; ``tests/test_vocab.py`` keeps the two in step."""

    _NS = ONTOLOGY

    # classes
    Agent: Term
    Person: Term
    Group: Term
    Organisation: Term
    PoliticalParty: Term
    PartyUnit: Term
    PoliticalCouncil: Term
    CityBranch: Term
    RegionalBranch: Term
    PrimaryOrganisation: Term
    Faction: Term
    StateBody: Term
    Commission: Term
    NewsOutlet: Term
    Association: Term
    Role: Term
    Post: Term
    Place: Term
    Platform: Term
    LegalDocument: Term
    Provision: Term
    Reform: Term
    Fact: Term
    Membership: Term
    Event: Term
    Session: Term
    Speech: Term
    Report: Term
    Proposal: Term
    Initiative: Term
    Stance: Term
    Claim: Term
    Degree: Term
    Comparator: Term
    Evidence: Term
    # individuals
    Fully: Term
    Partly: Term
    MoreThan: Term
    About: Term
    Exactly: Term
    # properties
    evidence: Term
    evidenceKind: Term
    textDigest: Term
    proposedBy: Term
    content: Term
    targets: Term
    via: Term
    addressedTo: Term
    atEvent: Term
    speaker: Term
    onBehalfOf: Term
    summary: Term
    chairedBy: Term
    participants: Term
    theme: Term
    initiator: Term
    initiated: Term
    heldBy: Term
    degree: Term
    claimedBy: Term
    quantity: Term
    comparator: Term
    unit: Term
    measure: Term
    about: Term
    post: Term
    occupation: Term
    status: Term
    country: Term
    isDraft: Term
    dateBasis: Term
    addressScope: Term
    attribution: Term


def _closed(name: str, base: str, terms: str) -> type[Closed]:
    """A closed namespace holding only the terms the graph uses (a typo raises AttributeError)."""
    return type(name, (Closed,), {"_NS": base, "__annotations__": dict.fromkeys(terms.split(), "Term")})


RDF = _closed("RDF", "http://www.w3.org/1999/02/22-rdf-syntax-ns#", "type langString")
RDFS = _closed("RDFS", "http://www.w3.org/2000/01/rdf-schema#", "label")
OWL = _closed("OWL", "http://www.w3.org/2002/07/owl#", "sameAs")
XSD = _closed("XSD", "http://www.w3.org/2001/XMLSchema#", "anyURI date gYearMonth decimal integer boolean string")
DCT = _closed("DCT", "http://purl.org/dc/terms/", "date title")
SKOS = _closed("SKOS", "http://www.w3.org/2004/02/skos/core#", "prefLabel altLabel")
SCHEMA = _closed(
    "SCHEMA",
    "https://schema.org/",
    "NewsArticle datePublished description endDate eventAttendanceMode gender headline inLanguage location "
    "organizer publisher startDate url Male Female "
    "OfflineEventAttendanceMode OnlineEventAttendanceMode MixedEventAttendanceMode",
)
ORG = _closed("ORG", "http://www.w3.org/ns/org#", "holds member memberOf organization postIn role subOrganizationOf")
ELI = _closed("ELI", "http://data.europa.eu/eli/ontology#", "is_part_of number")
PROV = _closed("PROV", "http://www.w3.org/ns/prov#", "wasDerivedFrom")
OA = _closed("OA", "http://www.w3.org/ns/oa#", "TextQuoteSelector exact hasSelector hasSource")
MARL = _closed(
    "MARL", "http://www.gsi.dit.upm.es/ontologies/marl/ns#", "describesObject hasPolarity Positive Negative Neutral"
)


def evidence_iri(fact_iri: str, source_id: str) -> str:
    """The one place the evidence IRI pattern is made: a fact's evidence from one source.

    >>> evidence_iri(ID + "src-a/session", "src-b")
    'https://w3id.org/reform-kg/id/src-a/session/evidence/src-b'
    """
    return f"{fact_iri}/evidence/{source_id}"


def quote_iri(evidence: str, n: int) -> str:
    """The n-th quote selector (from 1) of one evidence node."""
    return f"{evidence}/quote-{n}"


PREFIXES: dict[str, str] = {
    "rkg": ONTOLOGY,
    "id": ID,
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "dcterms": "http://purl.org/dc/terms/",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "schema": "https://schema.org/",
    "org": "http://www.w3.org/ns/org#",
    "opengov": "http://www.w3.org/ns/opengov#",
    "eli": "http://data.europa.eu/eli/ontology#",
    "prov": "http://www.w3.org/ns/prov#",
    "oa": "http://www.w3.org/ns/oa#",
    "marl": "http://www.gsi.dit.upm.es/ontologies/marl/ns#",
}


def sparql_prologue() -> str:
    """PREFIX lines for every prefix, for queries written without their own.

    >>> sparql_prologue().splitlines()[0]
    'PREFIX rkg: <https://w3id.org/reform-kg/ontology#>'
    """
    return "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())
