"""Stances: who supports or opposes the draft, an article of it, or the reform, and how fully."""

from __future__ import annotations

from kg.extract import patterns as P
from kg.extract.actors import actor
from kg.extract.doc import ArticleDoc, add_fact, event_ref
from kg.extract.rules.common import AGENT_KINDS, subject

__all__ = ["apply"]


def apply(doc: ArticleDoc, n: int) -> None:
    """Draft the stance of sentence ``n``: the subject of a support or opposition cue, and its target."""
    s, ms = doc.article.sentences[n], doc.mentions[n]
    text, lang = s.text, s.lang
    cue = P.OPPOSE[lang].search(text)
    polarity = "oppose"
    if cue is None:
        cue = P.SUPPORT[lang].search(text)
        polarity = "support"
    if cue is None:
        return
    subject_m = subject(doc, text, ms, cue.start(), cue.end(), AGENT_KINDS, lang)
    if subject_m is None:
        return
    holder = actor(doc, subject_m, n, lang)
    target_m = next((m for m in ms if m.kind == "document"), None) or next(
        (m for m in ms if m.kind in ("reform", "provision")), None)
    if target_m is None:
        return
    target = actor(doc, target_m, n, lang)
    if holder is None or target is None:
        return
    window = text[max(0, cue.start() - 30) : cue.end()]
    degree = "fully" if P.FULLY.search(window) else "partly" if P.PARTLY.search(window) else None
    values = {"holder": holder, "target": target, "polarity": polarity, "degree": degree, **event_ref(doc)}
    confidence = 0.8 if subject_m.kind in ("person", "organisation") else 0.65
    add_fact(doc, n, "stance", values, confidence, ("stance", holder, target, polarity), f"{polarity} cue with its subject")
