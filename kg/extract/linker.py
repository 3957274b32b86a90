"""Link mentions to registry actors, and propose new draft actors for the ones not known.

Known actors are found through :class:`kg.names.NameIndex` (any spelling, any script, case
endings stripped); a mention that names no known actor becomes a :class:`DraftActor` with an
id made from its Latin transliteration and its label in the article's language, plus an
English label (transliterated, for a reviewer to correct).

>>> translit("Шыңғыс Үсенқұл"), translit("Азаматхан Әміртаев"), translit("Ерлан Қарин")
('Shyngys Usenkul', 'Azamatkhan Amirtayev', 'Erlan Karin')
>>> slug("«Жаңа Қадам» қозғалысы")
'zhanga-kadam-kozgalysy'
"""

from __future__ import annotations

import re
from collections.abc import Callable, Set
from dataclasses import dataclass, field
from functools import lru_cache
from types import SimpleNamespace
from typing import TYPE_CHECKING

from kg.lang import kk_base_phrase, kk_nominative
from kg.lang import romanize as translit
from kg.names import NameIndex, base_forms, name_key, spells, surname_gender
from kg.resolve import corpus_entries
from kg.sources import AGENT_TYPES, ORGANISATION_TYPES

if TYPE_CHECKING:  # pragma: no cover
    from kg.sources import Actor

__all__ = [
    "DraftActor",
    "Linker",
    "KIND_TYPES",
    "coarse_type",
    "kk_base_phrase",
    "kk_nominative",
    "slug",
    "translit",
]

#: Coarse entity types, as the evaluation counts them.
KIND_TYPES: dict[str, frozenset[str]] = {
    "person": frozenset({"person"}),
    "organisation": ORGANISATION_TYPES,
    "group": frozenset({"group"}),
    "place": frozenset({"place"}),
    "platform": frozenset({"platform"}),
    "document": frozenset({"document", "provision", "reform"}),
    "role": frozenset({"role"}),
}


def coarse_type(actor_type: str) -> str:
    """The coarse entity type of a registry type (``party`` -> ``organisation``).

    >>> coarse_type("city-branch"), coarse_type("provision"), coarse_type("person")
    ('organisation', 'document', 'person')
    """
    for kind, types in KIND_TYPES.items():
        if actor_type in types:
            return kind
    return actor_type


#: The longest name looked up in the registry, in words. The tuning parts' longest real name has 12
#: ("Institute of Legislation and Legal Information and the Institute of Strategic Studies"); a longer
#: run of capitals ("Абв Абв …") is no name, and each lookup still costs time in proportion to its
#: words (the index's case endings and fuzzy pass; its runs of words stop at its longest label).
MAX_NAME_WORDS = 16

#: Latin letters that no decomposition strips to ASCII: "Rafał" is "rafal", not "rafa".
_LATIN_LEFT = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ß": "ss", "đ": "d", "Đ": "D", "ı": "i"})


def slug(text: str, *, limit: int = 60) -> str:
    """An id from any text: transliterated, lower case, words joined by dashes.

    >>> slug("Article 8 of the draft"), slug("  "), slug("Әділет" * 20)[:12], slug("Rafał Tkacz")
    ('article-8-of-the-draft', 'x', 'adiletadilet', 'rafal-tkacz')
    """
    words = re.findall(r"[a-z0-9]+", translit(text).translate(_LATIN_LEFT).lower())
    out = ""
    for word in words:
        nxt = f"{out}-{word}" if out else word
        if len(nxt) > limit and out:
            break
        out = nxt[:limit]
    return out or "x"


def _labels(actor: Actor) -> list[str]:
    """Every label of a registry actor: its names, then its other spellings."""
    return [*actor.names.values(), *(t for _l, t in actor.also)]


def _word_keys(word: str) -> set[str]:
    return {name_key(word), *(name_key(b) for b in base_forms(word))} - {""}


def _same_surname(name: str, actor: Actor) -> bool:
    """Whether a word of ``name`` (not an initial) is the surname of one of the actor's labels, in any case.

    >>> from types import SimpleNamespace as A
    >>> karin = A(names={"en": "Erlan Karin"}, also=())
    >>> _same_surname("E. Karin", karin), _same_surname("Ерлану Карину", karin), _same_surname("Ashimbayev", karin)
    (True, True, False)
    """
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", name) if len(w) > 1]
    keys = set().union(*(_word_keys(w) for w in words)) if words else set()
    labels = _labels(actor)
    return any(label.split() and _word_keys(label.split()[-1]) & keys for label in labels)


def _same_head(name: str, actor: Actor) -> bool:
    """Whether the words before "of" in an English body's name ("Senate of the Kazakh Parliament") name the actor.

    >>> from types import SimpleNamespace as A
    >>> mazhilis = A(names={"en": "Mazhilis"}, also=((("en", "Mazhilis of the Parliament"),)))
    >>> _same_head("Budget Committee of the Mazhilis", mazhilis), _same_head("Mazhilis of the Parliament", mazhilis)
    (False, True)
    """
    head = re.match(r"(.+?)\s+of\s", name)
    if head is None:
        return True
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", head.group(1)) if w.lower() not in ("the", "a", "an")]
    labels = _labels(actor)
    keys = set().union(*(_word_keys(w) for label in labels for w in label.split()))
    return all(_word_keys(w) & keys for w in words)


def _ends_named(name: str, actor: Actor) -> bool:
    """Whether the first or the last word of a body's name is a word of the actor's labels.

    A fuzzy match on a word inside the name is no match: "Облыстық ауыл шаруашылығы басқармасы"
    (the regional agriculture department) is not the party «Ауыл».

    >>> from types import SimpleNamespace as A
    >>> auyl = A(names={"kk": "«Ауыл» партиясы"}, also=())
    >>> _ends_named("Облыстық ауыл шаруашылығы басқармасы", auyl), _ends_named("«Ауыл» партиясының", auyl)
    (False, True)
    """
    words = re.findall(r"[^\W\d_][\w'’-]*", name)
    if len(words) < 3:
        return True
    labels = _labels(actor)
    keys = set().union(*(_word_keys(w) for label in labels for w in re.findall(r"[^\W\d_][\w'’-]*", label)))
    return bool((_word_keys(words[0]) | _word_keys(words[-1])) & keys)


#: The level words of a body of the state or of a vote (fifty-second session): bodies of two levels are two bodies,
#: however alike their names ("Территориальная избирательная комиссия" is 91 % like "Центральная избирательная
#: комиссия").
_LEVEL_WORD = re.compile(
    r"(?<![\w-])(?:центральн|территориальн|региональн|областн|районн|городск|участков|окружн|орталық|аумақтық|"
    r"территориялық|өңірлік|облыстық|аудандық|қалалық|учаскелік|central(?!\s+asia)|territorial|regional|district|city|"
    r"precinct)\w*",
    re.IGNORECASE,
)


def same_level(name: str, actor: Actor) -> bool:
    """Whether a body's name gives no level word the actor's labels lack.

    >>> from types import SimpleNamespace as A
    >>> cec = A(names={"ru": "Центральная избирательная комиссия"}, also=())
    >>> same_level("Территориальная избирательная комиссия", cec), same_level("Центральной избирательной комиссии", cec)
    (False, True)
    """
    levels = level_words(name)
    return not levels or levels <= {w for label in _labels(actor) for w in level_words(label)}


def level_words(name: str) -> set[str]:
    """The words of level a body's name gives ("Central", "территориальная", "облыстық"), by their first letters."""
    return {w.casefold()[:6] for w in _LEVEL_WORD.findall(name)}


#: Types of the Republic's own bodies: what a name with the country's name left out may resolve to.
_STATE_TYPES = frozenset({"state-body", "commission", "court"})


@dataclass
class DraftActor:
    """A new actor proposed by the extractor, for a reviewer to check before it joins the registry."""

    id: str
    type: str
    names: dict[str, str]
    gender: str | None = None
    part_of: str | None = None
    number: str | None = None
    status: str | None = None
    note: str = ""

    def label(self, lang: str = "en") -> str:
        return self.names.get(lang) or self.names.get("en") or next(iter(self.names.values()), self.id)


@dataclass
class Linker:
    """Resolve names to registry ids and collect the new draft actors of a run.

    :param actors: the registry (bundled, plus any draft registry already in the output).
    """

    actors: dict[str, Actor]
    new: dict[str, DraftActor] = field(default_factory=dict)
    #: Ids a new actor must not take (the sources' ids share the namespace).
    reserved: set[str] = field(default_factory=set)
    _index: NameIndex | None = None
    _cache: dict[tuple[str, str], str | None] = field(default_factory=dict)
    _bare: dict[str, str | None] = field(default_factory=dict)
    _state_words: dict[str, str] | None = None
    #: The drafted actors' names by key (their name key, key without the state's name, quoted name,
    #: surname), so a lookup reads the drafts a name may mean, not every draft of the run (a run of
    #: 10,000 articles drafts some 17,000). Kept by :meth:`_sync`; names change through :meth:`name`.
    _drafts: _DraftIndex = field(default_factory=lambda: _DraftIndex())

    @classmethod
    def from_corpus(cls, corpus) -> Linker:
        return cls(actors=dict(corpus.actors))

    @property
    def index(self) -> NameIndex:
        if self._index is None:
            self._index = NameIndex(corpus_entries(SimpleNamespace(actors=self.actors)))
        return self._index

    def type_of(self, actor_id: str) -> str | None:
        if actor_id in self.actors:
            return self.actors[actor_id].type
        if actor_id in self.new:
            return self.new[actor_id].type
        return None

    def label(self, actor_id: str, lang: str = "en") -> str:
        if actor_id in self.actors:
            return self.actors[actor_id].label(lang)
        if actor_id in self.new:
            return self.new[actor_id].label(lang)
        return actor_id

    def resolve(self, name: str, kind: str) -> str | None:
        """The registry (or already drafted) actor ``name`` means, if one of ``kind`` matches clearly."""
        key = (name, kind)
        if key not in self._cache:
            self._cache[key] = self._resolve(name, kind)
        return self._cache[key]

    def _resolve(self, name: str, kind: str) -> str | None:
        types = KIND_TYPES.get(kind, AGENT_TYPES)
        drafts = self._sync()
        found = drafts.first("key", _key(name), types, self.new)
        if found:
            return found
        home = self._home_key(name) if kind == "organisation" else ""
        if home:
            # "Кәсіподақтар федерациясы" after "Қазақстан Кәсіподақтар федерациясы": one body, named with its
            # country once and without it after
            found = drafts.first("home", home, types, self.new)
            if found:
                return found
        core = org_core(name)
        if kind == "organisation" and core:
            found = drafts.first("core", core, types, self.new)
            if found:
                return found
        if kind == "person" and len(name.split()) == 1:
            # A surname alone ("Жұмабаев", "Ахметова") names a person drafted earlier in the run.
            keys = {_key(name), *(_key(b) for b in base_forms(name))}
            hits = {d for k in keys for d in drafts.table["surname"].get(k, ()) if self.new[d].type == "person"}
            if len(hits) == 1:
                return hits.pop()
        initialled = _INITIALLED.fullmatch(name.strip()) if kind == "person" else None
        if initialled:
            # "T. Mucunski" after "Timcho Mucunski": the person drafted earlier with that surname and that initial
            surname, initial = initialled.group("surname"), initialled.group("initial").casefold()
            keys = {_key(surname), *(_key(b) for b in base_forms(surname))}
            hits = {
                d
                for k in keys
                for d in drafts.table["surname"].get(k, ())
                if self.new[d].type == "person"
                and any(label.casefold().startswith(initial) for label in self.new[d].names.values())
            }
            if len(hits) == 1:
                return hits.pop()
        if not re.search(r"\w", name) or len(re.findall(r"\w+", name)) > MAX_NAME_WORDS:
            return None
        if kind == "organisation" and re.fullmatch(r"[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]{2,6}", name.strip()):
            return self._acronym(name.strip(), types)
        matches = [
            m for m in self.index.resolve(name, limit=6, min_score=88.0) if self.actors[m.actor_id].type in types
        ]
        if kind == "person":
            # "Ashimbayev" is not "Murat Tashibayev": a fuzzy match of a person needs the same surname
            matches = [m for m in matches if _same_surname(name, self.actors[m.actor_id])]
        if kind == "organisation":
            # "Budget Committee of the Mazhilis" is not the Mazhilis: a body of a body needs its own head word
            matches = [
                m
                for m in matches
                if _same_head(name, self.actors[m.actor_id])
                and _ends_named(name, self.actors[m.actor_id])
                and same_level(name, self.actors[m.actor_id])
            ]
        if not matches:
            rest = self.bare(name) if kind == "organisation" else None
            if rest and re.search(r"\w{3,}", rest):
                # "Қазақстан Парламенті", "Парламент Казахстана": the Republic's own body, named with its country
                found = self._resolve(rest, kind)
                if found and self.type_of(found) in _STATE_TYPES:
                    return found
            return None
        best = matches[0]
        if len(matches) > 1 and matches[1].score > best.score - 3:
            return None  # ambiguous: leave it for the reviewer
        return best.actor_id

    def _sync(self) -> _DraftIndex:
        """The index of drafted names, brought up to date with drafts added or renamed since the last lookup."""
        drafts = self._drafts
        if drafts.dirty or len(drafts.labels) != len(self.new):
            for at, (draft_id, draft) in enumerate(self.new.items()):
                labels = tuple(draft.names.values())
                if drafts.labels.get(draft_id) != labels:
                    drafts.put(draft_id, at, labels, self._label_keys)
            drafts.dirty = False
        return drafts

    def _label_keys(self, label: str) -> dict[str, str]:
        """What a drafted label is found by: its name key, its key without the state's name, its quoted
        name and its last word's key (the lookups of :meth:`_resolve`)."""
        words = label.split()
        return {
            "key": _key(label),
            "home": self._home_key(label),
            "core": org_core(label),
            "surname": _key(words[-1]) if words else "",
        }

    def name(self, draft_id: str, names: dict[str, str], *, replace: bool = False) -> None:
        """Give a drafted actor more names (``replace``: these names instead of the ones it has in those
        languages). Names of a draft change here only, so that lookups find it by them."""
        draft = self.new[draft_id]
        for lang, label in names.items():
            if replace:
                draft.names[lang] = label
            else:
                draft.names.setdefault(lang, label)
        self._drafts.dirty = True
        # a name that resolved to nothing may name it now: forget those answers, as add() does
        self._cache = {k: v for k, v in self._cache.items() if v is not None}

    def bare(self, name: str) -> str | None:
        """``name`` without the home state's name at its start or end (:class:`kg.names.StateNames`,
        the state as the registry names it); None when it carries none; ``""`` when it is the state's
        name alone. Kept per name: a resolve reads it for every label of every body drafted so far.

        >>> from kg.sources import load_corpus
        >>> linker = Linker.from_corpus(load_corpus())
        >>> linker.bare("Қазақстан Кәсіподақтар федерациясы"), linker.bare("Федерация профсоюзов РК")
        ('Кәсіподақтар федерациясы', 'Федерация профсоюзов')
        """
        if name not in self._bare:
            state = self.index.state
            self._bare[name] = None if state is None else state.bare(name)
        return self._bare[name]

    def state_body_word(self, word: str) -> str | None:
        """The registry's body of the state named by ``word`` alone, by exact key ("Правительство", "Үкіметі",
        "Government", "Мажилис"): its one-word label, or a label without the home state's name that is one word;
        None otherwise. No fuzzy reading: a lookup per capitalised word must cost nothing."""
        if self._state_words is None:
            table: dict[str, set[str]] = {}
            for a in self.actors.values():
                if a.type != "state-body":
                    continue
                for label in [*a.names.values(), *(t for _l, t in a.also)]:
                    for name in (label, self.bare(label) or ""):
                        if len(name.split()) == 1:
                            table.setdefault(_key(name), set()).add(a.id)
            self._state_words = {k: next(iter(ids)) for k, ids in table.items() if len(ids) == 1}
        return self._state_words.get(_key(word))

    def home_name(self, text: str) -> bool:
        """Whether ``text`` is the home state's name alone, in any language and case ("Қазақстан Республикасы", "РК").

        >>> from kg.sources import load_corpus
        >>> linker = Linker.from_corpus(load_corpus())
        >>> linker.home_name("Қазақстан Республикасының"), linker.home_name("Қазақстан Кәсіподақтар федерациясы")
        (True, False)
        """
        return self.bare(text.strip()) == ""

    def _home_key(self, name: str) -> str:
        """The key of a body's name without the state's name ("Қазақстан", "ҚР", "Республики Казахстан"), or of
        the whole name when it has none; empty when fewer than two words are left.

        >>> from kg.sources import load_corpus
        >>> linker = Linker.from_corpus(load_corpus())
        >>> linker._home_key("Қазақстан Кәсіподақтар федерациясы") == linker._home_key("Кәсіподақтар федерациясы")
        True
        """
        rest = self.bare(name)
        rest = name if rest is None else rest
        return _key(rest) if len(rest.split()) >= 2 else ""

    def _acronym(self, name: str, types: frozenset[str]) -> str | None:
        """The one registry body whose label's initials spell ``name``: "ЦИК", "ОСК", "CEC"."""
        hits = {
            a.id
            for a in self.actors.values()
            if a.type in types
            for label in [*a.names.values(), *(t for _l, t in a.also)]
            if spells(name, label)
        }
        return hits.pop() if len(hits) == 1 else None

    def of_type(self, actor_type: str, *, status: str | None = None, part_of: str | None = None) -> list[str]:
        """Registry and draft ids of one type (optionally one status, one parent), sorted."""
        out = [
            a.id
            for a in self.actors.values()
            if a.type == actor_type
            and (status is None or a.status == status)
            and (part_of is None or a.part_of == part_of)
        ]
        out += [
            a.id
            for a in self.new.values()
            if a.type == actor_type
            and (status is None or a.status == status)
            and (part_of is None or a.part_of == part_of)
        ]
        return sorted(out)

    def add(
        self,
        actor_type: str,
        label: str,
        lang: str,
        *,
        en: str | None = None,
        gender: str | None = None,
        part_of: str | None = None,
        number: str | None = None,
        status: str | None = None,
        actor_id: str | None = None,
        note: str = "",
    ) -> str:
        """Propose a new draft actor (or return the draft already proposed under that id)."""
        label = " ".join(label.split())
        base = actor_id or slug(en or label)
        if base in self.new:
            self.name(base, {lang: label})
            return base
        new_id = base
        n = 2
        while new_id in self.actors or new_id in self.new or new_id in self.reserved:
            new_id = f"{base}-{n}"
            n += 1
        # A name that resolved to nothing may name this new actor: forget those answers.
        self._cache = {k: v for k, v in self._cache.items() if v is not None}
        names = {lang: label}
        names.setdefault("en", en or translit(label))
        if actor_type == "person" and gender is None:
            words = label.split()
            gender = surname_gender(words[-1]) if len(words) > 1 else None
        self.new[new_id] = DraftActor(new_id, actor_type, names, gender, part_of, number, status, note)
        return new_id


@dataclass
class _DraftIndex:
    """Drafted actors by the keys of their names, each key's drafts in the order they were drafted."""

    #: per lookup ("key", "home", "core", "surname"): key -> draft ids
    table: dict[str, dict[str, list[str]]] = field(
        default_factory=lambda: {"key": {}, "home": {}, "core": {}, "surname": {}}
    )
    labels: dict[str, tuple[str, ...]] = field(default_factory=dict)  # draft id -> the labels indexed
    order: dict[str, int] = field(default_factory=dict)  # draft id -> its place among the drafts
    keys: dict[str, list[tuple[str, str]]] = field(default_factory=dict)  # draft id -> (lookup, key) it is under
    dirty: bool = False

    def put(self, draft_id: str, at: int, labels: tuple[str, ...], label_keys: Callable[[str], dict[str, str]]) -> None:
        """Index draft ``draft_id`` (the ``at``-th drafted) by ``labels``, in place of what it was indexed by."""
        for lookup, key in self.keys.pop(draft_id, ()):
            self.table[lookup][key].remove(draft_id)
        self.order[draft_id] = at
        placed: list[tuple[str, str]] = []
        for label in labels:
            for lookup, key in label_keys(label).items():
                if (key or lookup == "surname") and (lookup, key) not in placed:
                    placed.append((lookup, key))
                    ids = self.table[lookup].setdefault(key, [])
                    ids.append(draft_id)
                    if len(ids) > 1 and self.order[ids[-2]] > at:
                        ids.sort(key=self.order.__getitem__)
        self.keys[draft_id] = placed
        self.labels[draft_id] = labels

    def first(self, lookup: str, key: str, types: Set[str], drafts: dict[str, DraftActor]) -> str | None:
        """The first draft of one of ``types`` found by ``key``."""
        if not key:
            return None
        return next((d for d in self.table[lookup].get(key, ()) if drafts[d].type in types), None)


@lru_cache(maxsize=8192)
def _key(text: str) -> str:
    return name_key(text)


def _same_name(a: str, b: str) -> bool:
    return bool(_key(a)) and _key(a) == _key(b)


#: A person named by the initial of the first name (and of a patronymic) and the surname: "T. Mucunski", "Н.Нұрғалиев".
_INITIALLED = re.compile(r"(?P<initial>[^\W\d_])\.\s?(?:[^\W\d_]\.\s?)?(?P<surname>[^\W\d_][\w-]+)")


def org_core(name: str) -> str:
    """The key of an organisation's quoted name: «Жас Өркен» жастар қозғалысы -> ``jas orken``.

    >>> org_core("«Жас Өркен» жастар қозғалысының") == org_core("движение «Жас Өркен»")
    True
    >>> org_core("Steppe Lawyers' Guild")
    ''
    """
    quoted = quoted_name(name)
    return _key(quoted) if quoted else ""


def quoted_name(name: str) -> str | None:
    """The name a label gives in quotation marks: НАО «ВКУ им. С. Аманжолова» -> ``ВКУ им. С. Аманжолова``."""
    m = re.search(r"[«“\"]([^«»“”\"]{2,80})[»”\"]", name)
    return m.group(1) if m else None
