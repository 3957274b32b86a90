"""Memberships: who holds which post in which organisation.

"X партиясының төрағасы Y", "председатель партии … Y", "Y, chair of …": a post (see
:func:`kg.extract.patterns.find_posts`) with the name after it, or (Russian, English) the name
then a comma and the post. A post without a name ("Партия төрағасы") stands for the holder met
earlier in the article: it becomes a person mention, so later rules see the holder.
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract import patterns as P
from kg.extract.actors import actor, country, role
from kg.extract.doc import ArticleDoc, add_fact
from kg.extract.mentions import Mention

__all__ = ["apply"]

_LOWER_WORDS = re.compile(r"^[\s,]*(?:(?-i:[a-zа-яёәғқңөұүһі][\w-]*)[\s,]+){0,4}$")


def apply(doc: ArticleDoc, n: int) -> None:
    """Draft the memberships of sentence ``n``."""
    s = doc.article.sentences[n]
    ms = doc.mentions[n]
    text, lang = s.text, s.lang
    posts = P.find_posts(text, lang)
    for post in posts:
        persons = [m for m in ms if m.kind == "person"]
        holder = described = None
        org_mention: Mention | None = None
        after = next((m for m in persons if m.start >= post.end), None)
        if after is not None:
            between = text[post.end : after.start]
            inner = [m for m in ms if m.start >= post.end and m.end <= after.start]
            residue = _residue(between, post.end, inner)
            nested_post = any(p.start >= post.end and p.end <= after.start for p in posts)
            if not nested_post and not re.search(r"[.;:!?()]", between) and len(between) <= 100 and _LOWER_WORDS.match(residue):
                if lang == "kk" and inner:
                    pass  # Kazakh names the organisation before the post, never between
                else:
                    holder = after
                    described = _descriptor(residue)
                    org_mention = next((m for m in inner if m.kind in ("unit", "organisation", "anaphor")), None)
        if holder is None and lang in ("ru", "en"):
            before = [m for m in persons if m.end <= post.start]
            if before:
                cand = before[-1]
                gap = text[cand.end : post.start]
                inner = [m for m in ms if m.start >= cand.end and m.end <= post.start]
                if re.fullmatch(r"\s*,\s*(?:(?:the|a|an|who\s+is|who\s+serves\s+as)\s+)*", _residue(gap, cand.end, inner), re.IGNORECASE):
                    holder = cand
                    org_mention = next((m for m in inner if m.kind in ("unit", "organisation", "anaphor")), None)
        if holder is None:
            _post_pseudo(doc, n, post)
            continue
        if org_mention is None:
            org_mention = org_beside_post(doc, text, ms, post, lang)
        org = actor(doc, org_mention, n, lang) if org_mention is not None else None
        if org is None and post.role == "head-of-state":
            org = country(doc, lang)
        if org is None:
            continue
        person = actor(doc, holder, n, lang)
        if person is None:
            continue
        role_id = role(doc, post.role)
        values: dict[str, Any] = {"holder": person, "role": role_id, "organisation": org}
        if described:
            values["described_as"] = {lang: described}
        known = sum(1 for a in (person, org) if a in doc.linker.actors)
        fact = add_fact(doc, n, "membership", values, 0.7 + 0.1 * known, ("membership", person, role_id, org),
                        f"post {post.text!r} before/after the name")
        if fact is not None:
            doc.holders.setdefault((role_id, org), person)


def org_beside_post(doc: ArticleDoc, text: str, ms: list[Mention], post: P.Post, lang: str) -> Mention | None:
    """The organisation of a post: written just before it (kk, en "the party's"), or just after it (ru, en)."""
    if lang == "en" and re.search(r"\bparty\b", post.text, re.IGNORECASE) and doc.main_party:
        # "adviser to the party chairman"
        return Mention(post.start, post.end, post.text, "organisation", doc.main_party, how="post")
    orgs = [m for m in ms if m.kind in ("unit", "organisation", "anaphor")]
    if lang in ("kk", "en"):
        before = [m for m in orgs if m.end <= post.start and re.fullmatch(r"[\s«»\"]*(?:['’]s\s*)?", text[m.end : post.start])]
        if before:
            return before[-1]
    if lang in ("ru", "en"):
        after = [m for m in orgs if m.start >= post.end and re.fullmatch(r"\s*(?:(?:of|at|in)\s+)?(?:the\s+)?", text[post.end : m.start], re.IGNORECASE)]
        if after:
            first = after[0]
            # "chair of the party's Almaty city branch": the unit, not the party
            unit = next((m for m in orgs if m.kind == "unit" and m.start >= first.end
                         and re.fullmatch(r"(?:['’]s)?\s*", text[first.end : m.start])), None)
            return unit or first
    return None


def _post_pseudo(doc: ArticleDoc, n: int, post: P.Post) -> None:
    """A post named without a name ("Партия төрағасы"): the holder met earlier, as a mention."""
    s, ms = doc.article.sentences[n], doc.mentions[n]
    org_mention = org_beside_post(doc, s.text, ms, post, s.lang)
    org = actor(doc, org_mention, n, s.lang) if org_mention is not None else None
    if org is None and post.role == "head-of-state":
        org = country(doc, s.lang)
    holder = doc.holders.get((post.role, org)) if org else None
    if holder is None:
        return
    start = org_mention.start if org_mention is not None and org_mention.start < post.start else post.start
    if any(m.start < post.end and post.start < m.end and m.kind == "person" for m in ms):
        return
    ms.append(Mention(start, post.end, s.text[start : post.end], "person", holder, _oblique_post(post.text, s.lang), "post"))
    ms.sort(key=lambda m: m.start)


def _residue(text: str, offset: int, inner: list[Mention]) -> str:
    """``text`` (starting at ``offset`` in the sentence) with the inner mentions cut out."""
    out, pos = [], 0
    for m in sorted(inner, key=lambda m: m.start):
        out.append(text[pos : m.start - offset])
        out.append(" ")
        pos = m.end - offset
    out.append(text[pos:])
    return "".join(out)


def _descriptor(residue: str) -> str | None:
    words = residue.strip(" ,")
    if "," in residue and words:
        return " ".join(words.split())
    return None


def _oblique_post(text: str, lang: str) -> bool:
    last = text.split()[-1].lower()
    if lang == "kk":
        return bool(re.search(r"(ның|нің|на|не|ға|ге)$", last))
    if lang == "ru":
        return bool(re.search(r"(я|ю|ем|е|а|у|ом)$", last)) and not last.endswith("ья")
    return False
