"""Initiatives: who started what.

* a cue beside the initiator: "по инициативе Главы государства …", "Мемлекет басшысының
  бастамасымен …", "on the initiative of the Head of State …", "initiated by …";
* an initiative raised or announced: "… бастамасын көтерді", "выступил с инициативой …",
  "the initiative to …, announced by the Head of State";
* a body created: "комиссия құру туралы Жарлыққа қол қойды", "решил создать Конституционную
  комиссию", "was established … by a decree of President …".

The initiated thing is the reform, the draft or an article of it, a body (commission, working
group, parliament, council) or a post (vice-president) named in the sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kg.extract import patterns as P
from kg.extract.actors import actor, role
from kg.extract.doc import ArticleDoc, add_fact
from kg.extract.mentions import Mention
from kg.extract.rules.common import AGENT_KINDS, subject, unnamed

__all__ = ["apply"]

_THINGS = ("reform", "document", "provision")
_BODY_TYPES = ("commission", "state-body")

RAISED = {
    "kk": re.compile(r"бастама\w*\s+көтер(?:ді|іп|ген)|бастама\w*\s+жариялады", re.IGNORECASE),
    "ru": re.compile(r"выступил\w*\s+с\s+инициативой|выдвинул\w*\s+инициатив\w*|инициировал\w*", re.IGNORECASE),
    "en": re.compile(
        r"\binitiative\b[^.]{0,120}?\b(?:announced|put\s+forward|launched|proposed)\s+by\b|\b(?:announced|launched)\s+(?:the|an)\s+initiative\b|"
        r"\b(?:outlined|announced|unveiled|set\s+out)\s+(?:(?:his|her|the)\s+)?plans?\s+to\s+(?:introduce|launch|create|establish)\b|"
        r"\b(?:put\s+forward|launched|announced|raised|proposed)\s+(?:the|an|his|her)\s+initiative\b|\binitiated\b(?!\s+by\b)",
        re.IGNORECASE,
    ),
}
CREATED = {
    "kk": re.compile(
        r"құру\s+туралы\s+(?:Жарлыққа\s+қол\s+қойды|Жарлық\w*)|құрды|құрылды|құру(?:ды|ға)?\s+тапсыр\w*", re.IGNORECASE
    ),
    "ru": re.compile(
        r"(?:решил\w*\s+)?созда(?:ть|л\w*|н\w*)|учредил\w*|учрежд\w*|образова(?:л|н)\w*|указ\w*\s+о\s+создании",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"\b(?:establish(?:ed|ing)|set(?:ting)?\s+up|creat(?:ed|ing)|formed|forming)\b|"
        r"\b(?:decided|ordered|instructed|plans?|intends?)\s+to\s+(?:establish|create|set\s+up|form)\b|\bcreation\s+of\b",
        re.IGNORECASE,
    ),
}
#: "указом Президента X", "X-тың Жарлығымен": the person whose decree created the body.
_BY_DECREE = {
    "kk": re.compile(r"^\s*(?:\w+\s+){0,1}?Жарлығы(?:мен|на\s+сәйкес)", re.IGNORECASE),
    "ru": re.compile(r"(?:указом|распоряжением)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE),
    "en": P.NEVER,
}
#: A name given to something ("rename it as", "переименовать в", "деп атау"), not the thing itself.
_NAME_GIVEN = {
    "kk": P.NEVER,
    "ru": re.compile(r"переименова\w*\s+(?:[\w-]+\s+){0,4}?в\s+[«\"“]?$", re.IGNORECASE),
    "en": re.compile(r"\brenam\w+\s+(?:[\w’'-]+\s+){0,5}?(?:as|to|into)\s+[“\"«]?$", re.IGNORECASE),
}
_FIRST_PERSON = re.compile(r"(?<![\w-])(?:я|мен|I)(?![\w-])")


def apply(doc: ArticleDoc, n: int) -> None:
    """Draft the initiatives of sentence ``n``."""
    s, ms = doc.article.sentences[n], doc.mentions[n]
    text, lang = s.text, s.lang
    for m in ms:
        if m.kind not in AGENT_KINDS:
            continue
        hit = None
        if lang in P.INITIATIVE_BEFORE and P.INITIATIVE_BEFORE[lang].match(text[m.end :]):
            hit = "after"
        elif lang in P.INITIATIVE_AFTER and P.before(P.INITIATIVE_AFTER[lang], text, m.start):
            hit = "before"
        if hit is None:
            continue
        things = [x for x in ms if x.kind in _THINGS] or [
            x  # "национальный Курултай, идея проведения которого принадлежит главе государства": the body
            for x in ms
            if x.kind == "organisation" and x.actor and x.end <= m.start and doc.linker.type_of(x.actor) in _BODY_TYPES
        ]
        if CREATED[lang].search(text):
            # "Мемлекет басшысының бастамасымен Конституциялық комиссия құрылды": the body created
            things = [
                x for x in ms if x.kind == "organisation" and x.actor and doc.linker.type_of(x.actor) in _BODY_TYPES
            ] or things
        near = [x for x in things if (x.start >= m.end if hit == "after" else x.end <= m.start)]
        target = (near[0] if hit == "after" else near[-1]) if near else (things[0] if things else None)
        if target is None:
            continue
        _add(doc, n, m, [target], 0.85, "initiative cue next to the name")
    raised = RAISED[lang].search(text)
    if raised is not None:
        who = _initiator(doc, n, raised)
        initiated = _initiated(doc, n, exclude=who)
        if who is not None and initiated:
            _add(doc, n, who, initiated, 0.75, "an initiative raised or announced")
    created = CREATED[lang].search(text)
    if created is not None:
        bodies = [
            m
            for m in ms
            if m.kind in ("organisation", "unit", "anaphor")
            and not m.new.get("single")
            and doc.linker.type_of(actor(doc, m, n, lang) or "") == "commission"
        ]
        if not bodies:
            return
        who = _initiator(doc, n, created)
        if who is not None and who not in bodies:
            _add(doc, n, who, bodies[:1], 0.7, "a body created by the initiator")


def _initiator(doc: ArticleDoc, n: int, cue: re.Match) -> Mention | str | None:
    """The subject of the cue, "by (a decree of) X" after a passive, or the speaker of "I decided"."""
    s, ms = doc.article.sentences[n], doc.mentions[n]
    text, lang = s.text, s.lang
    by = None
    if lang == "en" and re.search(r"\bby$", cue.group()):
        by = re.match(r"\s*(?:a\s+decree\s+of\s+|the\s+)?", text[cue.end() :])  # "… announced by the Head of State"
    elif lang == "en":
        by = re.search(r"\bby\s+(?:a\s+decree\s+of\s+|the\s+)?", text[cue.end() :])
    if by is not None:
        after = [
            m
            for m in ms
            if m.kind == "person" and m.start >= cue.end() + by.end() and m.start - cue.end() - by.end() < 30
        ]
        if after:
            return after[0]
    decree = [m for m in ms if m.kind == "person" and _BY_DECREE[lang].search(text[: m.start])]
    if lang == "kk":
        decree = [m for m in ms if m.kind == "person" and _BY_DECREE["kk"].match(text[m.end :])]
    if decree:
        return decree[0]  # "образована указом Президента X", "X-тың Жарлығымен құрылды"
    found = subject(doc, text, ms, cue.start(), cue.end(), ("person",), lang)
    if found is not None:
        return found
    if P.PRONOUN_LEAD[lang].search(text[: cue.start()]) and doc.last_named:
        return doc.last_named  # "He created a special constitutional commission": the person named before
    if _FIRST_PERSON.search(text[: cue.start()]) and doc.quote_speaker.get(s.paragraph):
        return doc.quote_speaker[s.paragraph]  # "Поэтому я решил создать ...": the speaker of the quotation
    return None


def _initiated(doc: ArticleDoc, n: int, exclude: Mention | str | None) -> list[Mention | str]:
    """Bodies, posts, the reform or the draft named in the sentence."""
    s, ms = doc.article.sentences[n], doc.mentions[n]
    out: list[Mention | str] = []
    for m in ms:
        if m is exclude or m.kind not in ("organisation", *_THINGS):
            continue
        if (
            m.kind == "reform"
            and P.UNICAMERAL[s.lang].search(m.text)
            and doc.linker.type_of("kurultai") == "state-body"
        ):
            out.append("kurultai")  # "the initiative to shift to a unicameral parliament": the Kurultai it creates
            continue
        if m.kind == "organisation" and (m.actor is None or doc.linker.type_of(m.actor) not in _BODY_TYPES):
            continue
        if P.before(_NAME_GIVEN[s.lang], s.text, m.start):
            continue  # "rename the parliament as “Qurultay”": a name given, not a body initiated
        out.append(m)
    for post in P.find_posts(s.text, s.lang):
        if post.role == "vice-president":
            out.append("role:" + post.role)
    return out


def _add(
    doc: ArticleDoc, n: int, who: Mention | str, things: Sequence[Mention | str], confidence: float, why: str
) -> None:
    lang = doc.article.sentences[n].lang
    initiator: str | None = who if isinstance(who, str) else actor(doc, who, n, lang)
    if not initiator or doc.linker.type_of(initiator) == "outlet" or unnamed(doc, initiator):
        return
    for thing in things:
        initiated: str | None
        if isinstance(thing, str) and not thing.startswith("role:"):
            initiated = thing
        elif isinstance(thing, str):
            initiated = role(doc, thing.removeprefix("role:"))
        else:
            initiated = actor(doc, thing, n, lang)
        if initiated and initiated != initiator:
            add_fact(
                doc,
                n,
                "initiative",
                {"initiator": initiator, "initiated": initiated},
                confidence,
                ("initiative", initiator, initiated),
                why,
            )
