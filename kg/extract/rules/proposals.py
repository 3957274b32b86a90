"""Proposals: who proposed what ("ұсынды", "предложил", "proposed"), and which article it targets."""

from __future__ import annotations

from typing import Any

from kg.extract import patterns as P
from kg.extract.actors import actor
from kg.extract.doc import ArticleDoc, add_fact, event_ref
from kg.extract.rules.common import AGENT_KINDS, subject

__all__ = ["apply"]


def apply(doc: ArticleDoc, n: int) -> None:
    """Draft the proposal of sentence ``n``: the subject of a proposal verb, its content and target."""
    s, ms = doc.article.sentences[n], doc.mentions[n]
    text, lang = s.text, s.lang
    cue = P.PROPOSAL[lang].search(text)
    if cue is None:
        return
    subject_m = subject(doc, text, ms, cue.start(), cue.end(), AGENT_KINDS, lang)
    if subject_m is None:
        return
    proposer = actor(doc, subject_m, n, lang)
    if proposer is None:
        return
    target_m = next((m for m in ms if m.kind == "provision"), None) or next(
        (m for m in ms if m.kind in ("document", "reform")), None)
    target = actor(doc, target_m, n, lang) if target_m is not None else None
    if subject_m.end <= cue.start() and lang == "kk":
        content = text[subject_m.end : cue.start()]
    else:
        content = text[cue.end() :]
    content = content.strip(" ,.;:—–-")
    if len(content) < 5:
        content = text.strip()
    values: dict[str, Any] = {"proposer": proposer, "content": {lang: content}, "targets": target, **event_ref(doc)}
    for m in ms:
        if m.kind == "platform":
            values.setdefault("via", actor(doc, m, n, lang))
    add_fact(doc, n, "proposal", values, 0.8 if target else 0.6, ("proposal", proposer, target), "proposal verb with its subject")
