"""Who speaks where: the speaker of each quotation, before the rules read the figures in it.

A quotation in news is often closed by its speaker ("— ..., — деді Жандос Шаймарданов.",
"— ..., — сказал Ерлан Карин.", "“...,” he said."), or introduced by a sentence that ends with a
colon ("Zhiienbaev also emphasized ...:"): the figures inside it are that person's.
This pass runs before the rules, since the speaker is named after the figures.
"""

from __future__ import annotations

import re

from kg.extract import patterns as P
from kg.extract.actors import actor, speaker
from kg.extract.doc import ArticleDoc
from kg.extract.mentions import Mention

__all__ = ["attribute"]


def attribute(doc: ArticleDoc) -> None:
    """Fill ``doc.quote_speaker``: paragraph -> the person who closes its quotation."""
    last: str | None = None
    introduced: dict[int, str] = {}
    sentences = doc.article.sentences
    for n, s in enumerate(sentences):
        ms = doc.mentions[n]
        if s.text.rstrip().endswith(":") and n + 1 < len(sentences) and sentences[n + 1].paragraph != s.paragraph:
            # "Жұмажан Паруов ... тоқталды:" then "– Биыл ... 5 жас маманға ...": the next paragraph is theirs
            nxt = sentences[n + 1]
            if re.match(r"\s*[—–«“\"-]", nxt.text):
                named = (speaker(doc, m, n, s.lang) for m in ms if m.kind == "person" and not m.oblique)
                found = next((a for a in named if a and doc.linker.type_of(a) == "person"), None)
                if found:
                    introduced[nxt.paragraph] = found
        close = P.QUOTE_CLOSE[s.lang].search(s.text)
        if close is not None:
            after = [m for m in ms if m.kind == "person" and 0 <= m.start - close.end() + 1 < 40]
            # "— сказал Ерлан Карин", "said Nurmukhanov": the person right after the verb, a surname alone too
            # (not a body the tagger took for a person: "деді Сенат төрағасы Мәулен Әшімбаев")
            named = (speaker(doc, m, n, s.lang) for m in after)
            who = next((a for a in named if a and doc.linker.type_of(a) == "person"), None)
            pronoun = re.match(r"\s*(?:ол|он|она)(?!\w)", s.text[close.end() :], re.IGNORECASE) or re.search(
                r"\b(?:he|she)\b", close.group(), re.IGNORECASE
            )
            # "— деді депутат", "— сказал министр", "said the minister": a common noun for the person named before
            post = re.match(r"\s*(?:the\s+)?(?-i:[a-zа-яёәғқңөұүһі]{4,})(?:\s*[.,]|\s*$)", s.text[close.end() :])
            titled = _post_after(s.text, close.end(), ms, s.lang) if who is None and post is None else None
            if titled is not None:
                # "— сказал Спикер Мажилиса", "— сказал глава региона": the holder of a post, found once posts are read
                doc.quote_post.setdefault(s.paragraph, (n, titled))
            elif who is None and (pronoun or post is not None):
                who = last  # "— деді ол", "– he said", "— деді депутат": the person named before
            if who and doc.linker.type_of(who) == "person":
                doc.quote_speaker.setdefault(s.paragraph, who)
        for m in ms:
            if m.kind == "person" and (m.actor or not m.new.get("single")):
                found = actor(doc, m, n, s.lang)
                if found and doc.linker.type_of(found) == "person":
                    last = found
    for paragraph, who in introduced.items():
        doc.quote_speaker.setdefault(paragraph, who)  # a speaker who closes the quotation wins


def _post_after(text: str, i: int, ms: list[Mention], lang: str) -> P.Post | None:
    """The post that names the speaker right after a quotation's closing verb at ``i`` ("— сказал Спикер
    Мажилиса", "said the Speaker of the Mazhilis", "— деді Мәжіліс спикері": the body before the post), in the
    offsets of the sentence, when no name follows it."""
    lead = re.match(r"\s*(?:the\s+)?", text[i:], re.IGNORECASE)
    start = i + (lead.end() if lead else 0)
    body = next((m for m in ms if m.kind in ("organisation", "unit") and m.start == start), None)
    for post in P.find_posts(text[i:], lang):
        at = i + post.start
        if at == start or (body is not None and not text[body.end : at].strip()):
            return P.Post(post.role, at, i + post.end, post.text)
    return None
