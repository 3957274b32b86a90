"""Claims with figures: a counted figure ("more than 1,000 proposals", "73,12%"), who says it, via what."""

from __future__ import annotations

import re
from typing import Any

from kg.extract import patterns as P
from kg.extract.actors import actor
from kg.extract.doc import ArticleDoc, add_fact, event_ref
from kg.extract.rules.common import subject

__all__ = ["apply"]


def apply(doc: ArticleDoc, n: int) -> None:
    """Draft the claim of sentence ``n``: the figure, its claimant (speaker, else the outlet), platform and addressee."""
    s, ms = doc.article.sentences[n], doc.mentions[n]
    text, lang = s.text, s.lang
    found = P.parse_quantity(text, lang)
    if found is None:
        return
    quantity, comparator, unit, q_start, q_end = found
    claimant_m = next((m for m in ms if m.kind in ("person", "organisation") and (
        (lang in P.ACCORDING_AFTER and P.ACCORDING_AFTER[lang].search(text[: m.start]))
        or (lang in P.ACCORDING_BEFORE and P.ACCORDING_BEFORE[lang].match(text[m.end :])))), None)
    statement = P.STATEMENT[lang].search(text)
    if claimant_m is None and statement is not None:
        claimant_m = subject(doc, text, ms, statement.start(), statement.end(), ("person", "organisation"), lang)
    claimant = actor(doc, claimant_m, n, lang) if claimant_m is not None else None
    confidence = 0.8
    if claimant is None:
        claimant = doc.speaker.get(s.paragraph)
        confidence = 0.65
    if claimant is None and re.match(r"\s*(?:Ол|Он|Она|He|She)\b", text):
        claimant = doc.last_person.get(s.paragraph)  # "She said that...": the person just named
        confidence = 0.6
    if claimant is None:
        claimant = doc.outlet
        confidence = 0.5
    if claimant is None:
        return
    platform = next((m for m in ms if m.kind == "platform"), None)
    start = platform.start if platform is not None and platform.end <= q_start and q_start - platform.end < 40 else q_start
    measure = text[start:q_end].strip()
    turnout = P.TURNOUT.search(text)
    if turnout:
        measure = turnout.group()
    values: dict[str, Any] = {
        "claimant": claimant, "measure": {lang: measure}, "quantity": quantity, "comparator": comparator,
        "unit": {lang: unit}, **event_ref(doc),
    }
    if platform is not None:
        values["via"] = actor(doc, platform, n, lang)
    for m in ms:
        if m.kind == "organisation" and m.actor and doc.linker.type_of(m.actor) in ("commission", "state-body") and m.actor != claimant:
            values.setdefault("addressed_to", m.actor)
        if m.kind == "document":
            values.setdefault("about", actor(doc, m, n, lang))
    add_fact(doc, n, "claim", values, confidence, ("claim", quantity, values.get("via"), unit), "a figure with what it counts")
