"""Stances: who supports, opposes or criticises the draft, an article of it, or the reform, and how fully.

The cue is a word of support ("қолдау білдірді", "поддержали", "expressed support for",
"praised"), opposition or criticism ("қарсы", "выступил против", "criticised" — read as
*oppose*). The holder is the subject of the clause (the nearest agent in the nominative before
the cue, else after it), with the agents coordinated with it ("Саяси партиялар, республикалық
және өңірлік қоғамдық ұйымдар ... қолдау білдірді": both). A stance inside a proposal ("the
faction's proposal to support the draft") belongs to the proposer. Headlines and lead sentences
are read like any other sentence.
"""

from __future__ import annotations

import re

from kg.extract import patterns as P
from kg.extract.actors import actor
from kg.extract.doc import ArticleDoc, add_fact, event_ref
from kg.extract.mentions import Mention
from kg.extract.rules.common import (
    AGENT_KINDS,
    collective,
    coordinated,
    governed,
    subject,
)
from kg.extract.rules.proposals import nominal_proposals

__all__ = ["apply", "holders"]

#: Agents that can hold a stance.
HOLDER_KINDS = (*AGENT_KINDS, "group")
_TARGET_KINDS = ("document", "provision", "reform")


def apply(doc: ArticleDoc, n: int) -> None:
    """Draft the stances of sentence ``n``: the subject(s) of a support or opposition cue, and its target."""
    s, ms = doc.article.sentences[n], doc.mentions[n]
    text, lang = s.text, s.lang
    cue = P.OPPOSE[lang].search(text)
    polarity = "oppose"
    if cue is None:
        cue = P.SUPPORT[lang].search(text)
        polarity = "support"
    if cue is None:
        return
    nominal = next(
        (agent for agent, start, end in nominal_proposals(text, ms, lang) if start <= cue.start() < end), None
    )
    found = [nominal] if nominal is not None else holders(doc, text, ms, cue, lang)
    if not found:
        return
    target_m = _target(ms, cue)
    if target_m is None:
        return
    target = actor(doc, target_m, n, lang)
    if target is None:
        return
    window = text[max(0, cue.start() - 30) : cue.end() + 20]
    degree = (
        "fully"
        if P.FULLY.search(window) or re.search(r"полн\w+\s+поддержк|full\s+support", window, re.IGNORECASE)
        else ("partly" if P.PARTLY.search(window) else None)
    )
    for m in found:
        holder = actor(doc, m, n, lang)
        if holder is None or holder == target or doc.linker.type_of(holder) == "outlet":
            continue
        values = {"holder": holder, "target": target, "polarity": polarity, "degree": degree, **event_ref(doc)}
        confidence = {"person": 0.8, "organisation": 0.8, "group": 0.7}.get(m.kind, 0.65)
        if nominal is not None:
            confidence = 0.7
        add_fact(
            doc,
            n,
            "stance",
            values,
            confidence,
            ("stance", holder, target, polarity),
            f"{polarity} cue with its subject",
        )


def holders(doc: ArticleDoc, text: str, ms: list[Mention], cue: re.Match, lang: str) -> list[Mention]:
    """The subject of the cue and the agents coordinated with it."""
    if lang == "en" and re.search(r"\b(?:was|were|is|are|been|be)\s+(?:\w+\s+)?$", text[: cue.start()]):
        # "the initiative ... was backed by the majority of the country's citizens": the agent after "by"
        by = re.match(r"\s+by\b", text[cue.end() :])
        agents = [
            m
            for m in ms
            if m.kind in HOLDER_KINDS and by and m.start >= cue.end() + by.end() and m.start - cue.end() - by.end() < 50
        ]
        if agents:
            return [agents[0]]
    kk_clause = lang == "kk" and re.search(r"(?:тын|тін|ған|ген|қан|кен)ын$|(?:тын|тін)ы$", cue.group())
    first = subject(doc, text, ms, cue.start(), cue.end(), HOLDER_KINDS, lang)
    if kk_clause:
        # "ел азаматтарының жаңа Конституцияны қолдайтынын": a clause's subject is in the genitive
        gen = [
            m
            for m in ms
            if m.kind in HOLDER_KINDS
            and m.end <= cue.start()
            and m.oblique
            and re.search(r"(?:ның|нің|дың|дің|тың|тің)$", m.text)
            and not governed(text, m, lang)
        ]
        if gen and (first is None or first.end < gen[-1].start):
            first = gen[-1]
    if first is None:
        first = collective(text, ms, cue.start(), lang)
    if first is None:
        return []
    return coordinated(text, ms, first, cue.start(), HOLDER_KINDS)


def _target(ms: list[Mention], cue: re.Match) -> Mention | None:
    """What the stance is about: the draft, an article or the reform, nearest after the cue, else anywhere."""
    after = [m for m in ms if m.kind in _TARGET_KINDS and m.start >= cue.start()]
    for kind in ("provision", "document", "reform"):
        near = [m for m in after if m.kind == kind and m.start - cue.end() < 60]
        if near:
            return near[0]
    for kind in ("document", "provision", "reform"):
        anywhere = [m for m in ms if m.kind == kind]
        if anywhere:
            return anywhere[0]
    return None
