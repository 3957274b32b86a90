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

from rdflib import URIRef
from rdflib.namespace import DefinedNamespace, Namespace

ONTOLOGY = "https://w3id.org/reform-kg/ontology#"
ID = "https://w3id.org/reform-kg/id/"


class RKG(DefinedNamespace):
    """Terms of ``ontology/reform.ttl``; ``tests/test_vocab.py`` keeps the two in step."""

    _NS = Namespace(ONTOLOGY)
    _fail = True

    # classes
    Agent: URIRef
    Person: URIRef
    Group: URIRef
    Organisation: URIRef
    PoliticalParty: URIRef
    PartyUnit: URIRef
    PoliticalCouncil: URIRef
    CityBranch: URIRef
    RegionalBranch: URIRef
    PrimaryOrganisation: URIRef
    Faction: URIRef
    StateBody: URIRef
    Commission: URIRef
    NewsOutlet: URIRef
    Association: URIRef
    Role: URIRef
    Post: URIRef
    Place: URIRef
    Platform: URIRef
    LegalDocument: URIRef
    Provision: URIRef
    Reform: URIRef
    Fact: URIRef
    Membership: URIRef
    Event: URIRef
    Session: URIRef
    Speech: URIRef
    Report: URIRef
    Proposal: URIRef
    Initiative: URIRef
    Stance: URIRef
    Claim: URIRef
    Degree: URIRef
    Comparator: URIRef
    Evidence: URIRef
    # individuals
    Fully: URIRef
    Partly: URIRef
    MoreThan: URIRef
    About: URIRef
    Exactly: URIRef
    # properties
    evidence: URIRef
    evidenceKind: URIRef
    textDigest: URIRef
    proposedBy: URIRef
    content: URIRef
    targets: URIRef
    via: URIRef
    addressedTo: URIRef
    atEvent: URIRef
    speaker: URIRef
    onBehalfOf: URIRef
    summary: URIRef
    chairedBy: URIRef
    participants: URIRef
    theme: URIRef
    initiator: URIRef
    initiated: URIRef
    heldBy: URIRef
    degree: URIRef
    claimedBy: URIRef
    quantity: URIRef
    comparator: URIRef
    unit: URIRef
    measure: URIRef
    about: URIRef
    post: URIRef
    occupation: URIRef
    status: URIRef
    country: URIRef
    isDraft: URIRef
    dateBasis: URIRef
    addressScope: URIRef
    attribution: URIRef


def _closed(name: str, base: str, terms: str) -> type[DefinedNamespace]:
    """A closed namespace holding only the terms the graph uses (a typo raises AttributeError)."""
    annotations = {term: URIRef for term in terms.split()}
    return type(name, (DefinedNamespace,), {"_NS": Namespace(base), "_fail": True, "__annotations__": annotations})


RDF = _closed("RDF", "http://www.w3.org/1999/02/22-rdf-syntax-ns#", "type langString")
RDFS = _closed("RDFS", "http://www.w3.org/2000/01/rdf-schema#", "label")
OWL = _closed("OWL", "http://www.w3.org/2002/07/owl#", "sameAs")
XSD = _closed("XSD", "http://www.w3.org/2001/XMLSchema#", "anyURI date gYearMonth decimal integer boolean string")
DCT = _closed("DCT", "http://purl.org/dc/terms/", "date title")
SKOS = _closed("SKOS", "http://www.w3.org/2004/02/skos/core#", "prefLabel altLabel")
SCHEMA = _closed(
    "SCHEMA", "https://schema.org/",
    "NewsArticle datePublished description endDate eventAttendanceMode gender headline inLanguage location "
    "organizer publisher startDate url Male Female "
    "OfflineEventAttendanceMode OnlineEventAttendanceMode MixedEventAttendanceMode",
)
ORG = _closed("ORG", "http://www.w3.org/ns/org#", "holds member memberOf organization postIn role subOrganizationOf")
ELI = _closed("ELI", "http://data.europa.eu/eli/ontology#", "is_part_of number")
PROV = _closed("PROV", "http://www.w3.org/ns/prov#", "wasDerivedFrom")
OA = _closed("OA", "http://www.w3.org/ns/oa#", "TextQuoteSelector exact hasSelector hasSource")
MARL = _closed("MARL", "http://www.gsi.dit.upm.es/ontologies/marl/ns#", "describesObject hasPolarity Positive Negative Neutral")


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
