"""Pure builders: a checked :class:`~kg.sources.Corpus` becomes RDF triples of the ontology.

Every IRI is made from ids people wrote (``id/<actor>``, ``id/<source>/<fact>``), never from
counters or run order, and no blank node is made, so the same sources always give the same
graph.

>>> from kg.sources import load_corpus
>>> triples = list(corpus_triples(load_corpus()))
>>> any(t.object.value.endswith("#Proposal") for t in triples if t.predicate.value.endswith("#type"))
True
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import Any

from pyoxigraph import Literal, NamedNode, Triple

from kg.sources import Actor, Corpus, Fact, Source
from kg.vocab import ID, PREFIXES

RDF_TYPE = NamedNode(PREFIXES["rdf"] + "type")


def _ns(prefix: str):
    base = PREFIXES[prefix]
    return lambda local: NamedNode(base + local)


RKG, SKOS, SCHEMA, ORG, ELI, PROV, OA, MARL, DCT, XSD, OWL = (
    _ns(p) for p in ("rkg", "skos", "schema", "org", "eli", "prov", "oa", "marl", "dcterms", "xsd", "owl")
)

ACTOR_CLASSES: dict[str, str] = {
    "person": "Person", "group": "Group", "party": "PoliticalParty", "political-council": "PoliticalCouncil",
    "city-branch": "CityBranch", "regional-branch": "RegionalBranch",
    "primary-organisation": "PrimaryOrganisation", "faction": "Faction", "party-unit": "PartyUnit",
    "state-body": "StateBody", "commission": "Commission", "outlet": "NewsOutlet",
    "association": "Association", "organisation": "Organisation", "place": "Place", "platform": "Platform",
    "document": "LegalDocument", "provision": "Provision", "reform": "Reform", "role": "Role",
}
FACT_CLASSES: dict[str, tuple[str, ...]] = {
    "event": ("Event",), "session": ("Event", "Session"), "membership": ("Membership",),
    "speech": ("Speech",), "report": ("Speech", "Report"), "proposal": ("Proposal",),
    "initiative": ("Initiative",), "stance": ("Stance",), "claim": ("Claim",),
}
ATTENDANCE = {
    "offline": "OfflineEventAttendanceMode", "online": "OnlineEventAttendanceMode",
    "mixed": "MixedEventAttendanceMode",
}
POLARITY = {"support": "Positive", "oppose": "Negative", "neutral": "Neutral"}
DEGREE = {"fully": "Fully", "partly": "Partly"}
COMPARATOR = {"more-than": "MoreThan", "about": "About", "exactly": "Exactly"}

# fact field -> (predicate, kind); kinds: ref (registry id), fact (same-sheet fact), text, texts, date
FIELD_PREDICATES: dict[str, dict[str, tuple[NamedNode, str]]] = {
    "event": {
        "name": (SKOS("prefLabel"), "text"), "date": (SCHEMA("startDate"), "date"),
        "end_date": (SCHEMA("endDate"), "date"), "place": (SCHEMA("location"), "ref"),
        "organiser": (SCHEMA("organizer"), "ref"), "chair": (RKG("chairedBy"), "ref"),
        "about": (RKG("about"), "ref"), "participants": (RKG("participants"), "text"),
        "themes": (RKG("theme"), "texts"),
    },
    "membership": {
        "holder": (ORG("member"), "ref"), "organisation": (ORG("organization"), "ref"),
        "role": (ORG("role"), "ref"), "start": (SCHEMA("startDate"), "date"),
        "end": (SCHEMA("endDate"), "date"), "described_as": (RKG("occupation"), "text"),
    },
    "speech": {
        "speaker": (RKG("speaker"), "ref"), "event": (RKG("atEvent"), "fact"),
        "title": (DCT("title"), "text"), "on_behalf_of": (RKG("onBehalfOf"), "ref"),
        "summary": (RKG("summary"), "text"),
    },
    "proposal": {
        "proposer": (RKG("proposedBy"), "ref"), "content": (RKG("content"), "text"),
        "targets": (RKG("targets"), "ref"), "event": (RKG("atEvent"), "fact"), "via": (RKG("via"), "ref"),
        "addressed_to": (RKG("addressedTo"), "ref"), "summary": (RKG("summary"), "text"),
    },
    "initiative": {
        "initiator": (RKG("initiator"), "ref"), "initiated": (RKG("initiated"), "ref"),
        "summary": (RKG("summary"), "text"),
    },
    "stance": {
        "holder": (RKG("heldBy"), "ref"), "target": (MARL("describesObject"), "ref"),
        "event": (RKG("atEvent"), "fact"), "summary": (RKG("summary"), "text"),
    },
    "claim": {
        "claimant": (RKG("claimedBy"), "ref"), "measure": (RKG("measure"), "text"),
        "unit": (RKG("unit"), "text"), "via": (RKG("via"), "ref"),
        "addressed_to": (RKG("addressedTo"), "ref"), "event": (RKG("atEvent"), "fact"),
        "about": (RKG("about"), "ref"),
    },
}
FIELD_PREDICATES["session"] = FIELD_PREDICATES["event"]
FIELD_PREDICATES["report"] = FIELD_PREDICATES["speech"]


def actor_iri(actor_id: str) -> NamedNode:
    """The IRI of a registry entry.

    >>> actor_iri("baytaq").value
    'https://w3id.org/reform-kg/id/baytaq'
    """
    return NamedNode(ID + actor_id)


def source_iri(source_id: str) -> NamedNode:
    return NamedNode(f"{ID}source/{source_id}")


def fact_iri(source_id: str, fact_id: str) -> NamedNode:
    """The IRI of a fact: its sheet's source id, then its own id.

    >>> fact_iri("baq-2026-02-04-baytaq-council", "session").value
    'https://w3id.org/reform-kg/id/baq-2026-02-04-baytaq-council/session'
    """
    return NamedNode(f"{ID}{source_id}/{fact_id}")


def post_iri(organisation: str, role: str) -> NamedNode:
    return NamedNode(f"{ID}post/{organisation}/{role}")


def date_literal(text: str) -> Literal:
    """``YYYY-MM-DD`` as xsd:date, ``YYYY-MM`` as xsd:gYearMonth."""
    return Literal(text, datatype=XSD("date" if len(text) == 10 else "gYearMonth"))


def _texts(subject: NamedNode, predicate: NamedNode, texts: dict[str, str]) -> Iterator[Triple]:
    for lang in sorted(texts):
        yield Triple(subject, predicate, Literal(texts[lang], language=lang))


KK_LATIN_TAG = "kk-Latn"


def kk_latin_labels(actor: Actor) -> list[str]:
    """The official Kazakh Latin (2021) spelling of each Cyrillic Kazakh label, sorted.

    >>> from kg.sources import Actor
    >>> kk_latin_labels(Actor("x", "person", {"kk": "Азаматхан Әміртаев", "en": "Azamatkhan Amirtayev"}))
    ['Azamathan Ämırtaev']
    """
    from kg.names import kk_latin

    texts = [actor.names["kk"]] if "kk" in actor.names else []
    texts += [text for lang, text in actor.also if lang == "kk"]
    known = set(actor.names.values()) | {text for _lang, text in actor.also}
    return sorted({kk_latin(text) for text in texts if kk_latin(text) != text} - known)


def actor_triples(actor: Actor) -> Iterator[Triple]:
    """Type, labels and structure of one registry entry."""
    s = actor_iri(actor.id)
    yield Triple(s, RDF_TYPE, RKG(ACTOR_CLASSES[actor.type]))
    yield from _texts(s, SKOS("prefLabel"), actor.names)
    for lang, text in sorted(set(actor.also)):
        yield Triple(s, SKOS("altLabel"), Literal(text, language=lang))
    for text in kk_latin_labels(actor):
        yield Triple(s, SKOS("altLabel"), Literal(text, language=KK_LATIN_TAG))
    yield from _texts(s, SCHEMA("description"), actor.description)
    if actor.gender:
        yield Triple(s, SCHEMA("gender"), SCHEMA(actor.gender.capitalize()))
    if actor.part_of:
        link = ELI("is_part_of") if actor.type == "provision" else ORG("subOrganizationOf")
        yield Triple(s, link, actor_iri(actor.part_of))
    if actor.number is not None:
        yield Triple(s, ELI("number"), Literal(actor.number))
    if actor.status is not None:
        yield Triple(s, RKG("status"), Literal(actor.status))


def source_triples(source: Source) -> Iterator[Triple]:
    """The news report a fact sheet describes."""
    s = source_iri(source.id)
    yield Triple(s, RDF_TYPE, SCHEMA("NewsArticle"))
    yield Triple(s, SCHEMA("publisher"), actor_iri(source.outlet))
    yield Triple(s, SCHEMA("datePublished"), date_literal(source.date))
    yield Triple(s, SCHEMA("inLanguage"), Literal(source.language))
    if source.url:
        yield Triple(s, SCHEMA("url"), Literal(source.url, datatype=XSD("anyURI")))
    if source.digest:
        yield Triple(s, RKG("textDigest"), Literal(source.digest))
    yield from _texts(s, SCHEMA("headline"), source.title)
    yield from _texts(s, SCHEMA("description"), source.description)
    if source.draft:
        yield Triple(s, RKG("isDraft"), Literal(True))


def _number(value: Any) -> Literal:
    if isinstance(value, int):
        return Literal(str(value), datatype=XSD("integer"))
    return Literal(str(Decimal(str(value))), datatype=XSD("decimal"))


def fact_date(fact: Fact, facts_by_id: dict[str, Fact]) -> str:
    """When a fact was stated: its own date, else its event's, else its source's."""
    if fact.date:
        return fact.date
    if fact.values.get("date"):
        return fact.values["date"]
    event = facts_by_id.get(fact.values.get("event", ""))
    if event is not None and (event.values.get("date") or event.date):
        return event.values.get("date") or event.date  # type: ignore[return-value]
    return fact.source.date


def fact_triples(fact: Fact, facts_by_id: dict[str, Fact]) -> Iterator[Triple]:
    """One fact, its evidence and its provenance."""
    s = fact_iri(fact.source.id, fact.id)
    yield Triple(s, RDF_TYPE, RKG("Fact"))
    for cls in FACT_CLASSES[fact.type]:
        yield Triple(s, RDF_TYPE, RKG(cls))
    yield Triple(s, PROV("wasDerivedFrom"), source_iri(fact.source.id))
    yield Triple(s, DCT("date"), date_literal(fact_date(fact, facts_by_id)))
    for key, value in fact.values.items():
        if key not in FIELD_PREDICATES[fact.type]:
            continue
        predicate, kind = FIELD_PREDICATES[fact.type][key]
        if kind == "ref":
            yield Triple(s, predicate, actor_iri(value))
        elif kind == "fact":
            yield Triple(s, predicate, fact_iri(fact.source.id, value))
        elif kind == "text":
            yield from _texts(s, predicate, value)
        elif kind == "texts":
            for texts in value:
                yield from _texts(s, predicate, texts)
        elif kind == "date":
            yield Triple(s, predicate, date_literal(value))
    yield from _special(fact, s)
    yield from evidence_triples(fact, s)


def _special(fact: Fact, s: NamedNode) -> Iterator[Triple]:
    v = fact.values
    if fact.type in ("event", "session") and "format" in v:
        yield Triple(s, SCHEMA("eventAttendanceMode"), SCHEMA(ATTENDANCE[v["format"]]))
    elif fact.type == "membership":
        post = post_iri(v["organisation"], v["role"])
        yield Triple(s, RKG("post"), post)
        yield Triple(post, RDF_TYPE, RKG("Post"))
        yield Triple(post, ORG("postIn"), actor_iri(v["organisation"]))
        yield Triple(post, ORG("role"), actor_iri(v["role"]))
        yield Triple(actor_iri(v["holder"]), ORG("holds"), post)
        yield Triple(actor_iri(v["holder"]), ORG("memberOf"), actor_iri(v["organisation"]))
    elif fact.type == "stance":
        yield Triple(s, MARL("hasPolarity"), MARL(POLARITY[v["polarity"]]))
        if "degree" in v:
            yield Triple(s, RKG("degree"), RKG(DEGREE[v["degree"]]))
    elif fact.type == "claim":
        yield Triple(s, RKG("quantity"), _number(v["quantity"]))
        if "comparator" in v:
            yield Triple(s, RKG("comparator"), RKG(COMPARATOR[v["comparator"]]))


def evidence_triples(fact: Fact, s: NamedNode) -> Iterator[Triple]:
    """Web Annotation evidence: a quote selector per quote, or a citation of the source alone."""
    source = source_iri(fact.source.id)
    if not fact.quotes:
        ev = NamedNode(f"{s.value}/evidence-1")
        yield Triple(s, RKG("evidence"), ev)
        yield Triple(ev, RDF_TYPE, RKG("Evidence"))
        yield Triple(ev, OA("hasSource"), source)
        yield Triple(ev, RKG("evidenceKind"), Literal("citation"))
        return
    for n, quote in enumerate(fact.quotes, start=1):
        ev = NamedNode(f"{s.value}/evidence-{n}")
        selector = NamedNode(f"{ev.value}/quote")
        yield Triple(s, RKG("evidence"), ev)
        yield Triple(ev, RDF_TYPE, RKG("Evidence"))
        yield Triple(ev, OA("hasSource"), source)
        yield Triple(ev, RKG("evidenceKind"), Literal("quote"))
        yield Triple(ev, OA("hasSelector"), selector)
        yield Triple(selector, RDF_TYPE, OA("TextQuoteSelector"))
        yield Triple(selector, OA("exact"), Literal(quote, language=fact.source.language))


def corpus_triples(corpus: Corpus) -> Iterator[Triple]:
    """All triples of a corpus, actors first, then each source and its facts."""
    for actor_id in sorted(corpus.actors):
        yield from actor_triples(corpus.actors[actor_id])
    for old_id, canonical in sorted(getattr(corpus, "merged", {}).items()):
        # A merged actor's IRI still leads to the one it was merged into.
        yield Triple(actor_iri(old_id), OWL("sameAs"), actor_iri(canonical))
    by_source: dict[str, dict[str, Fact]] = {}
    for fact in corpus.facts:
        by_source.setdefault(fact.source.id, {})[fact.id] = fact
    for source in corpus.sources:
        yield from source_triples(source)
        facts_by_id = by_source.get(source.id, {})
        for fact in facts_by_id.values():
            yield from fact_triples(fact, facts_by_id)

