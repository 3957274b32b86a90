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

from kg import schema
from kg.sources import Actor, Corpus, Fact, Source
from kg.vocab import (
    DCT,
    ELI,
    ID,
    OA,
    ONTOLOGY,
    ORG,
    OWL,
    PROV,
    RDF,
    RDFS,
    RKG,
    SCHEMA,
    SKOS,
    XSD,
    evidence_iri,
    quote_iri,
)


def _nn(term: str) -> NamedNode:
    """A vocabulary term (a closed-namespace ``Term``) as an Oxigraph node."""
    return NamedNode(str(term))


RDF_TYPE = _nn(RDF.type)

ACTOR_CLASSES: dict[str, Any] = {
    "person": RKG.Person,
    "group": RKG.Group,
    "party": RKG.PoliticalParty,
    "political-council": RKG.PoliticalCouncil,
    "city-branch": RKG.CityBranch,
    "regional-branch": RKG.RegionalBranch,
    "primary-organisation": RKG.PrimaryOrganisation,
    "faction": RKG.Faction,
    "party-unit": RKG.PartyUnit,
    "state-body": RKG.StateBody,
    "commission": RKG.Commission,
    "outlet": RKG.NewsOutlet,
    "association": RKG.Association,
    "organisation": RKG.Organisation,
    "place": RKG.Place,
    "platform": RKG.Platform,
    "document": RKG.LegalDocument,
    "provision": RKG.Provision,
    "reform": RKG.Reform,
    "role": RKG.Role,
}


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
    return Literal(text, datatype=_nn(XSD.date if len(text) == 10 else XSD.gYearMonth))


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
    yield Triple(s, RDF_TYPE, _nn(ACTOR_CLASSES[actor.type]))
    yield from _texts(s, _nn(SKOS.prefLabel), actor.names)
    for lang, text in sorted(set(actor.also)):
        yield Triple(s, _nn(SKOS.altLabel), Literal(text, language=lang))
    for text in kk_latin_labels(actor):
        yield Triple(s, _nn(SKOS.altLabel), Literal(text, language=KK_LATIN_TAG))
    yield from _texts(s, _nn(SCHEMA.description), actor.description)
    if actor.gender:
        yield Triple(s, _nn(SCHEMA.gender), _nn(SCHEMA.Male if actor.gender == "male" else SCHEMA.Female))
    if actor.part_of:
        link = _nn(ELI.is_part_of) if actor.type == "provision" else _nn(ORG.subOrganizationOf)
        yield Triple(s, link, actor_iri(actor.part_of))
    if actor.number is not None:
        yield Triple(s, _nn(ELI.number), Literal(actor.number))
    if actor.status is not None:
        yield Triple(s, _nn(RKG.status), Literal(actor.status))


def source_triples(source: Source) -> Iterator[Triple]:
    """The news report a fact sheet describes."""
    s = source_iri(source.id)
    yield Triple(s, RDF_TYPE, _nn(SCHEMA.NewsArticle))
    yield Triple(s, _nn(SCHEMA.publisher), actor_iri(source.outlet))
    yield Triple(s, _nn(SCHEMA.datePublished), date_literal(source.date))
    yield Triple(s, _nn(SCHEMA.inLanguage), Literal(source.language))
    if source.url:
        yield Triple(s, _nn(SCHEMA.url), Literal(source.url, datatype=_nn(XSD.anyURI)))
    if source.digest:
        yield Triple(s, _nn(RKG.textDigest), Literal(source.digest))
    yield from _texts(s, _nn(SCHEMA.headline), source.title)
    yield from _texts(s, _nn(SCHEMA.description), source.description)
    if source.draft:
        yield Triple(s, _nn(RKG.isDraft), Literal(True))
    if source.date_basis:
        yield Triple(s, _nn(RKG.dateBasis), Literal(source.date_basis))
    if source.url:
        yield Triple(s, _nn(RKG.addressScope), Literal(source.url_kind))


def _number(value: Any) -> Literal:
    if isinstance(value, int):
        return Literal(str(value), datatype=_nn(XSD.integer))
    return Literal(str(Decimal(str(value))), datatype=_nn(XSD.decimal))


def fact_date(fact: Fact, by_key: dict[str, Fact], canonical: dict[str, str] | None = None) -> str:
    """When a fact was stated: its own date, else its event's, else its source's.

    The event is read as the entry that stands for it (``canonical``: the end of its ``same_as`` chain, in sheets or
    decisions), then as the entry the fact names: an event another report dates is dated there.
    """
    if fact.date:
        return fact.date
    if fact.values.get("date"):
        return fact.values["date"]
    if "event" in fact.values:
        key = fact.ref_key(fact.values["event"])
        for event in (by_key.get((canonical or {}).get(key, key)), by_key.get(key)):
            if event is not None and (event.values.get("date") or event.date):
                return event.values.get("date") or event.date  # type: ignore[return-value]
    return fact.source.date


def key_iri(key: str) -> NamedNode:
    """The IRI of a fact given as ``<source-id>/<fact-id>``."""
    source_id, _, fact_id = key.partition("/")
    return fact_iri(source_id, fact_id)


def _resolved(fact: Fact, fact_type: schema.FactType, canonical: dict[str, str]) -> dict[str, Any]:
    """A fact entry's values with its ``fact`` fields turned into canonical fact keys."""
    out = dict(fact.values)
    for key, value in fact.values.items():
        f = fact_type.by_name.get(key)
        if f is not None and f.kind == schema.FACT:
            ref = fact.ref_key(value)
            out[key] = canonical.get(ref, ref)
    return out


def merged_values(entries: list[dict[str, Any]], fact_type: schema.FactType) -> dict[str, Any]:
    """What the fact node says: each field from the first entry that gives it (texts: per language).

    The entries' own values stay on their evidence nodes, so a detail that differs is never
    lost, only not repeated on the fact.

    >>> from kg.schema import FACT_TYPES
    >>> merged_values([{"name": {"en": "A"}}, {"name": {"en": "B", "ru": "Б"}, "place": "astana"}], FACT_TYPES["event"])
    {'name': {'en': 'A', 'ru': 'Б'}, 'place': 'astana'}
    """
    out: dict[str, Any] = {}
    for values in entries:
        for key, value in values.items():
            f = fact_type.by_name.get(key)
            if f is not None and f.kind == schema.TEXT and key in out:
                out[key] = {**value, **out[key]}
            else:
                out.setdefault(key, value)
    return out


def field_triples(s: NamedNode, fact_type: schema.FactType, values: dict[str, Any], fact_node) -> Iterator[Triple]:
    """The triples of a fact's field values, each field as its schema declares it.

    ``fact_node`` turns a ``fact`` field's value (a fact reference) into the IRI it names.
    """
    for key, value in values.items():
        f = fact_type.by_name.get(key)
        if f is None:
            continue
        predicate = _nn(f.predicate)
        if f.kind == schema.REF:
            yield Triple(s, predicate, actor_iri(value))
        elif f.kind == schema.FACT:
            yield Triple(s, predicate, fact_node(value))
        elif f.kind == schema.TEXT:
            yield from _texts(s, predicate, value)
        elif f.kind == schema.TEXTS:
            for texts in value:
                yield from _texts(s, predicate, texts)
        elif f.kind == schema.DATE:
            yield Triple(s, predicate, date_literal(value))
        elif f.kind == schema.NUMBER:
            yield Triple(s, predicate, _number(value))
        elif f.kind == schema.ENUM:
            yield Triple(s, predicate, _nn(f.value_iri(value)))


def fact_triples(members: list[Fact], by_key: dict[str, Fact], canonical: dict[str, str]) -> Iterator[Triple]:
    """One real-world fact: its type, merged values and, per report that states it, its evidence.

    ``members`` are the fact entries that state it, the canonical one first (see
    :meth:`kg.sources.Corpus.groups`); the fact's IRI is the canonical entry's.
    """
    top = members[0]
    s = fact_iri(top.source.id, top.id)
    fact_type = schema.FACT_TYPES[top.type]
    yield Triple(s, RDF_TYPE, _nn(RKG.Fact))
    for cls in fact_type.classes:
        yield Triple(s, RDF_TYPE, _nn(cls))
    for source_id in sorted({m.source.id for m in members}):
        yield Triple(s, _nn(PROV.wasDerivedFrom), source_iri(source_id))
    yield Triple(s, _nn(DCT.date), date_literal(fact_date(top, by_key, canonical)))
    entries = [_resolved(m, fact_type, canonical) for m in members]
    values = merged_values(entries, fact_type)
    yield from field_triples(s, fact_type, values, key_iri)
    if top.type == "membership":
        yield from _post_triples(values, s)
    for member, entry in zip(members, entries):
        yield from evidence_triples(member, s, details=entry if len(members) > 1 else None, fact_type=fact_type)


def _post_triples(v: dict[str, Any], s: NamedNode) -> Iterator[Triple]:
    """A membership also fills a post (role in organisation), which the holder holds."""
    post = post_iri(v["organisation"], v["role"])
    yield Triple(s, _nn(RKG.post), post)
    yield Triple(post, RDF_TYPE, _nn(RKG.Post))
    yield Triple(post, _nn(ORG.postIn), actor_iri(v["organisation"]))
    yield Triple(post, _nn(ORG.role), actor_iri(v["role"]))
    yield Triple(actor_iri(v["holder"]), _nn(ORG.holds), post)
    yield Triple(actor_iri(v["holder"]), _nn(ORG.memberOf), actor_iri(v["organisation"]))


def evidence_kind(fact: Fact) -> str:
    """``quote`` (checked against the bundled text), ``citation`` (the article's address and date)
    or ``outlet`` (only the outlet's home page is known: the weakest evidence)."""
    if fact.quotes:
        return "quote"
    return "outlet" if fact.source.url_kind == "outlet" else "citation"


def evidence_triples(
    fact: Fact, s: NamedNode, *, details: dict[str, Any] | None = None, fact_type: schema.FactType | None = None
) -> Iterator[Triple]:
    """Web Annotation evidence of one report: its source, kind, quotes and (for a fact several
    reports state) the details this report gives, so differing details stay attributed."""
    source = source_iri(fact.source.id)
    ev = NamedNode(evidence_iri(s.value, fact.source.id))
    yield Triple(s, _nn(RKG.evidence), ev)
    yield Triple(ev, RDF_TYPE, _nn(RKG.Evidence))
    yield Triple(ev, _nn(OA.hasSource), source)
    yield Triple(ev, _nn(RKG.evidenceKind), Literal(evidence_kind(fact)))
    if fact.attribution:
        yield Triple(ev, _nn(RKG.attribution), Literal(fact.attribution))
    for n, quote in enumerate(fact.quotes, start=1):
        selector = NamedNode(quote_iri(ev.value, n))
        yield Triple(ev, _nn(OA.hasSelector), selector)
        yield Triple(selector, RDF_TYPE, _nn(OA.TextQuoteSelector))
        yield Triple(selector, _nn(OA.exact), Literal(quote, language=fact.source.language))
    if details is not None and fact_type is not None:
        if fact.date:
            yield Triple(ev, _nn(DCT.date), date_literal(fact.date))
        yield from field_triples(ev, fact_type, details, key_iri)


def ontology_label_triples() -> Iterator[Triple]:
    """The ontology's own kk/ru/en names of its classes, properties and individuals.

    Queries read relation and class names from the graph in the requested language, so the
    labels are written once, in ``ontology/reform.ttl``.
    """
    from pyoxigraph import RdfFormat, parse

    from kg import resources

    wanted = {str(RDFS.label), str(SKOS.prefLabel)}
    path = resources.ontology_dir() / "reform.ttl"
    with open(path, "rb") as handle:
        found = [
            Triple(q.subject, q.predicate, q.object)
            for q in parse(handle, format=RdfFormat.TURTLE)
            if q.predicate.value in wanted
            and isinstance(q.subject, NamedNode)
            and q.subject.value.startswith(ONTOLOGY)
            and q.subject.value != ONTOLOGY
        ]
    yield from sorted(found, key=str)


def corpus_triples(corpus: Corpus) -> Iterator[Triple]:
    """All triples of a corpus: the ontology's labels, actors, then each source and its facts."""
    yield from ontology_label_triples()
    for actor_id in sorted(corpus.actors):
        yield from actor_triples(corpus.actors[actor_id])
    for old_id, canonical in sorted(getattr(corpus, "merged", {}).items()):
        # A merged actor's IRI still leads to the one it was merged into.
        yield Triple(actor_iri(old_id), _nn(OWL.sameAs), actor_iri(canonical))
    by_key = {fact.key: fact for fact in corpus.facts}
    groups = corpus.groups()
    for source in corpus.sources:
        yield from source_triples(source)
    for key in sorted(groups):
        yield from fact_triples(groups[key], by_key, corpus.canonical)
