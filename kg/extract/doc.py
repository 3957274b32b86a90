"""The state of one article as it passes through the extractor's stages.

In the manner of natasha's ``Doc``: :class:`ArticleDoc` is plain data, and each stage is a
function that reads it and adds to it, in order::

    read and segment   kg.extract.reader      Article with its sentences
    mentions           kg.extract.mentions    doc.mentions, one list per sentence
    link to actors     kg.extract.actors      mention.actor; new draft actors in doc.linker
    facts              kg.extract.rules.*     doc.facts, one rule module per fact type
    draft writer       kg.extract.draft       the fact sheet and the new actors as YAML

:func:`add_fact` is the one way a rule adds a fact: it drops references of the wrong type,
refuses a fact that lacks a required field and merges a fact found twice.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from kg.sources import FACT_FIELDS, REQUIRED, Ref

if TYPE_CHECKING:  # pragma: no cover
    from kg.extract.linker import Linker
    from kg.extract.mentions import Gazetteer, Mention
    from kg.extract.reader import Article

__all__ = ["ArticleDoc", "DraftFact", "add_fact"]


@dataclass
class DraftFact:
    """A fact the extractor proposes: type, field values, evidence sentences and confidence."""

    type: str
    values: dict[str, Any]
    evidence: list[str]
    confidence: float
    key: tuple
    sentence: int = 0
    id: str = ""
    why: str = ""


@dataclass
class ArticleDoc:
    """One article and what the stages have found in it so far.

    ``linker`` and ``gazetteer`` are shared by the articles of a run (new actors drafted for one
    article are known to the next); everything else belongs to this article.
    """

    article: Article
    linker: Linker
    gazetteer: Gazetteer
    source_date: str
    outlet: str | None = None
    #: Mentions of each sentence, in sentence order (offsets inside the sentence).
    mentions: list[list[Mention]] = field(default_factory=list)
    facts: list[DraftFact] = field(default_factory=list)
    #: The party the article is about ("the party", "партия" stand for it).
    main_party: str | None = None
    #: Organisations by how often the article names them; drafted ones keyed ``new:CORE``.
    org_ranking: list[str] = field(default_factory=list)
    org_names: dict[str, str] = field(default_factory=dict)
    #: The event the article reports (speeches and proposals refer to it).
    event: DraftFact | None = None
    #: (role, organisation) -> person, so "Партия төрағасы" names the chair met earlier.
    holders: dict[tuple[str, str], str] = field(default_factory=dict)
    #: Role -> (sentence, organisations) of a plural post named without names ("Сенат депутаттары").
    plural_orgs: dict[str, tuple[int, list[str]]] = field(default_factory=dict)
    #: Paragraph -> the person speaking in it, and the person named last in it.
    speaker: dict[int, str] = field(default_factory=dict)
    last_person: dict[int, str] = field(default_factory=dict)
    #: Paragraph -> who a quotation in it belongs to ("— ..., — деді Жандос Шаймарданов.").
    quote_speaker: dict[int, str] = field(default_factory=dict)
    #: Paragraph -> (sentence, post) of a quotation closed by a post, not a name ("— сказал Спикер Мажилиса").
    quote_post: dict[int, tuple[int, Any]] = field(default_factory=dict)
    #: Paragraph -> its quotation marks in order: (sentence, offset, "open" | "close" | "closer", speaker or None).
    quote_marks: dict[int, list[tuple[int, int, str, Any]]] = field(default_factory=dict)
    #: The person named last so far, in any case ("По её словам", "He added" refer to them).
    last_named: str | None = None
    #: The body whose announcement the article reports ("Орталық референдум комиссиясы ... жария етті").
    source: str | None = None
    #: The sentence of that announcement: a later figure far from it is no longer the body's.
    source_at: int = 0
    #: (sentence, person) of the last statement with a named speaker.
    recent_speaker: tuple[int, str] | None = None
    #: The paragraph of the direct quotation that named ``recent_speaker`` (None for reported speech):
    #: after a quotation closes, a new paragraph is the outlet's again.
    recent_quoted: int | None = None
    #: Another outlet whose report this one carries ("деп хабарлайды Kazinform агенттігі"), "" when none.
    cited_outlet: str | None = None
    #: The body whose survey the article reports ("Опрос Института … показал"): its respondents' shares are its own.
    surveyor: str | None = None
    #: The report a text opens with a pronoun for its speaker ("According to him, …" where the headline named him):
    #: (first sentence, sentence naming the speaker, sentence the report ends before, speaker); () when none, None
    #: until read (kg.extract.rules.claims).
    report: tuple[int, int, int, str] | tuple[()] | None = None
    #: Whether a sentence after the first speaks in the first person singular ("I believe"), None until read
    #: (kg.extract.rules.stances.signed_author asks it for every figure no one is named for: read once).
    first_person: bool | None = None
    #: The last sentence whose figure continued ``recent_speaker``'s reported speech (kg.extract.rules.claims).
    chained: int | None = None
    #: The regions and cities named up to each sentence, counted once (kg.extract.actors.article_region).
    region_counts: list[tuple[Counter[str], Counter[str]]] = field(default_factory=list)
    #: The cities named up to each sentence, Almaty and Astana too (kg.extract.rules.memberships._article_city).
    city_counts: list[Counter[str]] = field(default_factory=list)
    #: Sentence -> its words and the indices of those a body's name can end with (kg.extract.actors.spelled_body
    #: reads each sentence once, however many initials look back to it).
    body_words: dict[int, tuple[list[Any], list[int]]] = field(default_factory=dict)
    #: The first letter of a head noun -> the sentences with one (kg.extract.actors.spelled_body looks only there).
    body_heads: dict[str, list[int]] = field(default_factory=dict)
    #: Body -> the curated sessions it held, dated to the day, with their names and places (``Session.known_sessions``).
    known_sessions: dict[str, list[tuple[str, dict[str, str], str]]] = field(default_factory=dict)
    #: id of a sentence's mention list -> the sentence (kg.extract.rules.common.subject finds a list's sentence).
    mention_sentence: dict[int, int] = field(default_factory=dict)

    @property
    def sentences(self):
        return self.article.sentences


def add_fact(
    doc: ArticleDoc, n: int, fact_type: str, values: dict[str, Any], confidence: float, key: tuple, why: str = ""
) -> DraftFact | None:
    """Add a fact (or merge it into the same fact found earlier); drop references of the wrong type."""
    spec = FACT_FIELDS[fact_type]
    for name in list(values):
        value = values[name]
        kind = spec.get(name)
        if value in (None, "", {}, []) or isinstance(kind, Ref) and doc.linker.type_of(value) not in kind.types:
            del values[name]
    if any(r not in values for r in REQUIRED[fact_type]):
        return None
    sentence = doc.article.sentences[n].text
    for old in doc.facts:
        if old.key == key:
            if sentence not in old.evidence:
                old.evidence.append(sentence)
            for name, value in values.items():
                old.values.setdefault(name, value)
            old.confidence = max(old.confidence, confidence)
            return old
    fact = DraftFact(fact_type, values, [sentence], round(confidence, 2), key, n, why=why)
    doc.facts.append(fact)
    return fact


def event_ref(doc: ArticleDoc) -> dict[str, str]:
    """``{"event": "@event"}`` when the article has an event (the writer puts in its id)."""
    return {"event": "@event"} if doc.event is not None else {}
