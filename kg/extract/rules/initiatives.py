"""Initiatives: who started what ("по инициативе …", "…бастамасымен", "on the initiative of …")."""

from __future__ import annotations

from kg.extract import patterns as P
from kg.extract.actors import actor
from kg.extract.doc import ArticleDoc, add_fact

__all__ = ["apply"]


def apply(doc: ArticleDoc, n: int) -> None:
    """Draft the initiatives of sentence ``n``: an agent governed by an initiative cue, and the thing started."""
    s, ms = doc.article.sentences[n], doc.mentions[n]
    text, lang = s.text, s.lang
    for m in ms:
        if m.kind not in ("person", "organisation", "unit", "anaphor"):
            continue
        hit = None
        if lang in P.INITIATIVE_BEFORE and P.INITIATIVE_BEFORE[lang].match(text[m.end :]):
            hit = "after"
        elif lang in P.INITIATIVE_AFTER and P.INITIATIVE_AFTER[lang].search(text[: m.start]):
            hit = "before"
        if hit is None:
            continue
        things = [x for x in ms if x.kind in ("reform", "document", "provision")]
        near = [x for x in things if (x.start >= m.end if hit == "after" else x.end <= m.start)]
        target = (near[0] if hit == "after" else near[-1]) if near else (things[0] if things else None)
        if target is None:
            continue
        initiator = actor(doc, m, n, lang)
        initiated = actor(doc, target, n, lang)
        if initiator and initiated:
            add_fact(doc, n, "initiative", {"initiator": initiator, "initiated": initiated}, 0.85,
                     ("initiative", initiator, initiated), "initiative cue next to the name")
