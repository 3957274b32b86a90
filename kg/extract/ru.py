"""Russian named entities with Natasha (slovnet's news NER and morphology, navec embeddings).

The models ship inside the PyPI packages ``navec`` and ``slovnet`` (through ``natasha``): no
torch, nothing downloaded at run time. They are loaded once, on first use, and only here.
Each entity comes with its normal (nominative) form, e.g. ``Азаматхана Амиртаева`` ->
``Азаматхан Амиртаев``.
"""

from __future__ import annotations

import os
import re
import sys
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from kg.errors import KgError

__all__ = ["NerSpan", "counted_word", "entities", "nominative_name", "nominative_phrase"]


@dataclass(frozen=True)
class NerSpan:
    """An entity found by a tagger: offsets in the text given, ``PER``/``ORG``/``LOC``, normal form."""

    start: int
    end: int
    type: str
    normal: str


#: BLAS thread settings: Natasha's models multiply small matrices, where extra threads only
#: contend for the cores (measured: ru 0.61 s per article with the default threads, under load,
#: 0.26 s on one thread). Applied only when numpy is not loaded yet and the user set nothing.
_BLAS_THREADS = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")


def _limit_blas() -> None:
    """One BLAS thread for Natasha, unless numpy is loaded already or the user chose a number."""
    if "numpy" not in sys.modules:
        for var in _BLAS_THREADS:
            os.environ.setdefault(var, "1")


@lru_cache(maxsize=1)
def _syntax() -> Any:
    _limit_blas()
    from natasha import NewsEmbedding, NewsSyntaxParser

    return NewsSyntaxParser(NewsEmbedding())


@lru_cache(maxsize=4096)
def subjects(text: str) -> tuple[tuple[int, int, tuple[tuple[int, int], ...]], ...]:
    """The grammatical subjects of ``text`` by Natasha's syntax parser: ``(verb start, verb end, subject spans)``.

    Each subject span is the subject's whole phrase (the subject word and the words that depend
    on it, with the subjects coordinated with it), so "член фракции …, Вице-спикер … Дания
    Еспаева" is one span.

    >>> [(text[a:b], [text[s:e] for s, e in spans]) for text in ["Юристы и правозащитники раскритиковали проект."]
    ...  for a, b, spans in subjects(text)]
    [('раскритиковали', ['Юристы и правозащитники'])]
    """
    if not text.strip():
        return ()
    from natasha import Doc

    doc = Doc(text)
    doc.segment(_models()["segmenter"])
    doc.parse_syntax(_syntax())
    return subject_spans(doc.tokens)


def subject_spans(tokens: list[Any]) -> tuple[tuple[int, int, tuple[tuple[int, int], ...]], ...]:
    """:func:`subjects` from parsed tokens (``id``, ``head_id``, ``rel``, ``start``, ``stop``).

    Each token is visited once, so heads that form a cycle (the parser makes some) end the walk.
    """
    by_id = {t.id: t for t in tokens}
    children: dict[str, list[Any]] = {}
    for t in tokens:
        children.setdefault(t.head_id, []).append(t)

    def subtree(tok: Any) -> list[Any]:
        """The token and its dependants, each once: the parser's heads may form a cycle."""
        out, stack, seen = [], [tok], {tok.id}
        while stack:
            cur = stack.pop()
            out.append(cur)
            for c in children.get(cur.id, ()):
                if c.id not in seen and (c.rel != "punct" or c.start > tok.start):
                    seen.add(c.id)
                    stack.append(c)
        return out

    found = []
    for t in tokens:
        if t.rel not in ("nsubj", "nsubj:pass") or t.head_id not in by_id:
            continue
        tree = subtree(t)
        end = max(x.stop for x in tree)
        words = [w for w in tree if w.rel != "punct" or w.start < end]
        start, stop = min(w.start for w in words), max(w.stop for w in words)
        head = by_id[t.head_id]
        found.append((head.start, head.stop, ((start, stop),)))
    return tuple(found)


@lru_cache(maxsize=1)
def _vocab() -> Any:
    """Natasha's dictionary of word forms (pymorphy's), loaded once."""
    try:
        from natasha import MorphVocab
    except ImportError as exc:  # pragma: no cover - depends on the installation
        raise KgError(f"Russian extraction needs the 'natasha' package ({exc}); pip install natasha") from None
    return MorphVocab()


#: What a word after a figure can be: an adjective or participle that stands before the counted noun.
_MODIFIERS = frozenset({"ADJF", "PRTF"})
#: Names, abbreviations and places are no counted thing ("5 Конституции" is no count of constitutions).
_NOT_COUNTED = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Abbr", "Init"})


@lru_cache(maxsize=8192)
def counted_word(word: str) -> str:
    """What a Russian ``word`` after a figure is, by its most likely reading: ``"noun"`` when it can be what the
    figure counts (a common noun in the plural, or in the genitive as after 2–4 and "тыс."), ``"modifier"`` for an
    adjective or participle before that noun, else ``""``.

    >>> [counted_word(w) for w in ("предприятий", "неравнодушных", "случая", "этапе", "поступило")]
    ['noun', 'modifier', 'noun', '', '']
    """
    tag = _vocab().parse(word)[0].tag
    if tag.POS in _MODIFIERS:
        return "modifier"
    if tag.POS != "NOUN" or any(g in tag for g in _NOT_COUNTED):
        return ""
    return "noun" if tag.number == "plur" or tag.case in ("gent", "gen2") else ""


@lru_cache(maxsize=1)
def _models() -> dict[str, Any]:
    _limit_blas()
    try:
        from natasha import NewsEmbedding, NewsMorphTagger, NewsNERTagger, Segmenter
    except ImportError as exc:  # pragma: no cover - depends on the installation
        raise KgError(f"Russian extraction needs the 'natasha' package ({exc}); pip install natasha") from None
    embedding = NewsEmbedding()
    return {
        "segmenter": Segmenter(),
        "morph": NewsMorphTagger(embedding),
        "ner": NewsNERTagger(embedding),
        "vocab": _vocab(),
    }


def entities(text: str) -> list[NerSpan]:
    """Persons, organisations and places in Russian ``text``, with offsets and normal forms.

    >>> [(e.type, e.normal) for e in entities("Выступил Бекберген Керей из Астаны.")]
    [('PER', 'Бекберген Керей'), ('LOC', 'Астана')]
    """
    if not text.strip():
        return []
    _limit_blas()
    from natasha import Doc

    models = _models()
    doc = Doc(text)
    doc.segment(models["segmenter"])
    doc.tag_morph(models["morph"])
    doc.tag_ner(models["ner"])
    out: list[NerSpan] = []
    for span in doc.spans:
        try:
            span.normalize(models["vocab"])
            normal = span.normal or span.text
        except Exception:  # noqa: BLE001 - normalisation is a nicety; keep the surface form
            normal = span.text
        start = span.start
        if span.type == "PER" and _opening_common_noun(text, span.start, span.text):
            # "Недоработку Адильбек Козыбаков усмотрел": the sentence's first word, a noun, is no part of the name
            start = span.start + len(span.text.split()[0]) + 1
            normal = " ".join(normal.split()[1:]) if len(normal.split()) == 3 else text[start : span.stop]
        if span.type == "PER":
            normal = nominative_name(
                _masculine_first_name(_feminine_as_written(normal, span.text), span.text), span.text
            )
        elif span.type == "ORG":
            normal = _as_written(_words_after_preposition(normal, span.text), span.text)
        out.append(NerSpan(start, span.stop, span.type, normal))
    return out


def _opening_common_noun(text: str, start: int, surface: str) -> bool:
    """Whether a three-word person's first word opens the sentence and is a common noun the dictionary knows, never
    a name or an animate being's word ("Недоработку" in "Недоработку Адильбек Козыбаков усмотрел")."""
    words = surface.split()
    if len(words) != 3 or text[:start].strip(" «\"'—–-") or not words[0].isalpha():
        return False
    vocab = _vocab()
    word = words[0].lower()
    if not vocab.word_is_known(word):
        return False
    tags = [form.tag for form in vocab.parse(word)]
    return all(t.POS == "NOUN" and "inan" in t and not any(g in t for g in _NOT_COUNTED) for t in tags)


def _words_after_preposition(normal: str, surface: str) -> str:
    """An organisation's normal form with the words after its head noun as written.

    Natasha puts every word in the nominative: "Департамента по выборам" comes back as
    "Департамент по выборы", "Администрации Президента" as "Администрация Президент"; only the
    head and the adjectives before it change case, the words after it depend on it.

    >>> _words_after_preposition("Департамент по выборы", "Департамента по выборам")
    'Департамент по выборам'
    >>> _words_after_preposition("Администрация Президент", "Администрации Президента")
    'Администрация Президента'
    >>> _words_after_preposition("Казахский национальный университет имя Абай", "Казахского национального университета имени Абая")
    'Казахский национальный университет имени Абая'
    >>> _words_after_preposition("Областная маслихат", "Областной маслихат")
    'Областной маслихат'
    >>> _words_after_preposition("Управление образование", "Управления образования")
    'Управление образования'
    """
    words, seen = normal.split(), surface.split()
    if len(words) != len(seen):
        return normal
    head = next(
        (
            i
            for i, w in enumerate(words)
            # a noun in "-ие" declines as one ("Управления"), a plural adjective never ("последних")
            if not _ADJECTIVE.search(w.lower()) or w.endswith("ие") and re.search(r"(?:ия|ию|ием|ии)$", seen[i])
        ),
        None,
    )
    if head is None:
        return normal
    if (
        head > 0
        and seen[head] == words[head]
        and re.search(r"[бвгджзклмнпрстфхцчшщ]$", seen[head])
        and all(re.search(r"(?:ый|ий|ой)$", w) for w in seen[:head])
    ):
        # "Областной маслихат": a masculine noun as written, its adjectives already nominative (never "Областная")
        return " ".join(seen)
    return " ".join(words[: head + 1] + seen[head + 1 :])


def _as_written(normal: str, surface: str) -> str:
    """An organisation's words as written where the dictionary's nominative changes more than the case: initials do not
    decline ("КИСИ" is no genitive of "КИСЬ", "КазНУ" no form of "казна"), and an adjective keeps its stem where the
    dictionary's nominative takes another lexeme's (forty-fifth session: pymorphy reads "Высшего" as a superlative of
    "высокий", "Высочайший").

    >>> _as_written("КИСЬ", "КИСИ"), _as_written("Директор КИСЬ", "Директора КИСИ")
    ('КИСИ', 'Директор КИСИ')
    >>> _as_written("казна им. аль-Фараби", "КазНУ им. аль-Фараби")  # initials written in both cases
    'КазНУ им. аль-Фараби'
    >>> _as_written("Высочайший судебный совет РК", "Высшего судебного совета РК")
    'Высший судебный совет РК'
    >>> _as_written("Высочайшая аудиторская палата", "Высшей аудиторской палаты")
    'Высшая аудиторская палата'
    >>> _as_written("Министерство юстиции", "Министерства юстиции")
    'Министерство юстиции'
    """
    words, seen = normal.split(), surface.split()
    if len(words) != len(seen):
        return normal
    out = []
    for new, old in zip(words, seen, strict=True):
        stem = re.fullmatch(r"(\w+?)(?:его|ого|ей|ой|ему|ому|им|ым|ем|ом|ую|ая|ий|ый|ое|ее)", old)
        ending = re.search(r"(?:ий|ый|ая|яя|ое|ее)$", new)
        if len(old) >= 2 and old.isalpha() and (old.isupper() or re.search(r".[А-ЯЁ]", old)):
            new = old
        elif stem and ending and not new.lower().startswith(stem.group(1).lower()):
            new = stem.group(1) + ending.group()
        out.append(new)
    return " ".join(out)


#: Endings of a Russian adjective in the nominative: the words before an organisation's head noun.
_ADJECTIVE = re.compile(r"(?:ый|ий|ой|ая|яя|ое|ее|ые|ие)$")


def _feminine_as_written(name: str, surface: str) -> str:
    """A woman's name written in the nominative, which Natasha made a man's: "Айман Умарова" -> "Айман Умаров".

    A man's name in the genitive changes its first name too ("Ерлана Карина"); a first name that ends in a
    consonant and stays as written beside a surname in "-ова/-ева/-ина" is a woman's, in the nominative.

    >>> _feminine_as_written("Айман Умаров", "Айман Умарова"), _feminine_as_written("Ерлан Карина", "Ерлана Карина")
    ('Айман Умарова', 'Ерлан Карин')
    >>> _feminine_as_written("Алуа Жолдыбалин", "Алуа Жолдыбалина")
    'Алуа Жолдыбалина'
    """
    words, seen = name.split(), surface.split()
    if (
        len(words) == 2
        and len(seen) == 2
        and words[0] == seen[0]
        and seen[1] == words[1] + "а"
        and re.search(r"(?:ов|ев|ёв|ин|ын)$", words[1])
        # a consonant, or a vowel and "-а" ("Алуа Жолдыбалина": no man's genitive first name ends so)
        and re.search(r"(?:[бвгджзклмнпрстфхцчшщ]|[аеёиоуыэюяәөүұі]а)$", seen[0])
    ):
        return surface
    if (
        len(words) == 2
        and len(seen) == 2
        and seen[0] == words[0] + "а"
        and words[1] == seen[1]
        and re.search(r"(?:ов|ев|ёв|ин|ын)а$", words[1])
    ):
        return f"{words[0]} {words[1][:-1]}"  # "Ерлана Карина": a man's name in the genitive, both words
    return name


def _masculine_first_name(name: str, surface: str) -> str:
    """Undo a genitive first name Natasha left beside a surname it did put in the nominative.

    "Бакыта Нурмуханова" comes back as "Бакыта Нурмуханов": the surname changed, the first name
    (unknown to the dictionary) did not, so its genitive "-а" goes too. A name written in the
    nominative ("Никита Шаталов") is left alone.

    >>> _masculine_first_name("Бакыта Нурмуханов", "Бакыта Нурмуханова"), _masculine_first_name("Никита Шаталов", "Никита Шаталов")
    ('Бакыт Нурмуханов', 'Никита Шаталов')
    """
    words, seen = name.split(), surface.split()
    if (
        len(words) == 2
        and len(seen) == 2
        and words[0] == seen[0]
        and words[1] != seen[1]
        and re.search(r"(?:ов|ев|ин)$", words[1])
        and re.search(r"[бвгджзклмнпрстфхцчшщ]а$", words[0])
    ):
        return f"{words[0][:-1]} {words[1]}"
    return name


#: A surname's oblique ending Natasha's dictionary may leave on a name it does not know, with the
#: nominative ending and the case: feminine genitive/dative/instrumental (-овой), masculine
#: instrumental (-овым, -ином) and dative (-ову, only beside a first name in the dative).
_SURNAME_CASES = (
    (re.compile(r"(?<=ов|ев|ёв|ин|ын)ой$"), "а", "fem"),
    (re.compile(r"(?<=ов|ев|ёв)ым$|(?<=ин|ын)ым$|(?<=ин|ын)ом$"), "", "ins"),
    (re.compile(r"(?<=ов|ев|ёв|ин|ын)у$"), "", "dat"),
)


def nominative_name(name: str, surface: str = "") -> str:
    """A person's name in the nominative when Natasha left it inflected ("Айгерим Сулейменовой").

    ``surface`` is the name as written: "Ерлану Карину" comes back as "Ерлан Карину", and only
    the first name as written says the surname is a dative.

    >>> nominative_name("Айгерим Сулейменовой"), nominative_name("Жанны Тулеубаевой")
    ('Айгерим Сулейменова', 'Жанна Тулеубаева')
    >>> nominative_name("Даурену Абаеву"), nominative_name("Нурланом Абдировым"), nominative_name("Сергею Карину")
    ('Даурен Абаев', 'Нурлан Абдиров', 'Сергей Карин')
    >>> nominative_name("Ерлан Карину", "Ерлану Карину"), nominative_name("Ерлан Карину")
    ('Ерлан Карин', 'Ерлан Карину')
    >>> nominative_name("Айдос Сарым"), nominative_name("Дания Еспаева"), nominative_name("Бакыту")
    ('Айдос Сарым', 'Дания Еспаева', 'Бакыту')
    """
    words = name.split()
    if not 1 <= len(words) <= 3 or not words[-1][:1].isupper():
        return name
    last, firsts = words[-1], words[:-1]
    written = surface.split() if len(surface.split()) == len(words) else words
    for rx, ending, case in _SURNAME_CASES:
        if not rx.search(last):
            continue
        if case == "dat" and not (firsts and re.search(r"[уюе]$", written[0])):
            return name  # "Абаеву" alone may be an accusative feminine: leave it
        words[-1] = rx.sub(ending, last)
        words[:-1] = [_first_name(w, case) for w in firsts]
        return " ".join(words)
    return name


def nominative_phrase(phrase: str) -> str:
    """A noun phrase in the nominative, its head noun and the words agreeing with it before it, the rest as it is
    but a verb that ends it ("заседании Конституционной комиссии" -> "заседание Конституционной комиссии");
    unchanged where no noun opens it within three words, or Natasha's vocabulary cannot say.

    >>> nominative_phrase("заседании Конституционной комиссии"), nominative_phrase("круглого стола")
    ('заседание Конституционной комиссии', 'круглый стол')
    >>> nominative_phrase("расширенном заседании Политсовета"), nominative_phrase("Пленум Национального совета")
    ('расширенное заседание Политсовета', 'Пленум Национального совета')
    >>> nominative_phrase("заседании Национального курултая сообщил"), nominative_phrase("рабочим визитом")
    ('заседание Национального курултая', 'рабочий визит')
    >>> nominative_phrase("диалог-платформе")
    'диалог-платформа'
    """
    vocab = _models()["vocab"]
    words = phrase.split(" ")
    joined = re.fullmatch(r"([а-яё]+-)([а-яё]+)", words[0], re.IGNORECASE)
    if joined:  # "диалог-платформе сельских акимов": the part after the hyphen is declined
        return joined.group(1) + nominative_phrase(" ".join([joined.group(2), *words[1:]]))
    for at, word in enumerate(words[:3]):
        if not word.isalpha():
            return phrase
        form = vocab.parse(word.lower())[0]
        if form.pos != "NOUN" or _agrees_with_next(vocab, words, at):
            continue  # "рабочим визитом": an adjective that agrees with the noun after it, not the noun "рабочим"
        number = form.feats.get("Number", "Sing")
        grams = {"Nom", number} | ({form.feats["Gender"]} if number == "Sing" and "Gender" in form.feats else set())
        out = []
        for before in words[:at]:
            agreed = _agreeing(vocab, before, form).inflect(grams)
            if agreed is None:
                return phrase
            out.append(agreed.word)
        head = form.inflect({"Nom", number})
        if head is None:
            return phrase
        out.append(head.word)
        # the case of the words as written: "Пленум" stays capitalised
        out = [new.capitalize() if old[:1].isupper() else new for old, new in zip(words, out)]
        rest = words[at + 1 :]
        # "заседании Национального курултая сообщил": the verb after the phrase is not part of it
        while rest and rest[-1].isalpha() and vocab.parse(rest[-1].lower())[0].pos == "VERB":
            rest.pop()
        return " ".join(out + rest)
    return phrase


def _noun_after(vocab: Any, words: list[str], at: int) -> Any:
    """The first reading as a noun of the word after ``at``, or None."""
    if at + 1 >= len(words) or not words[at + 1].isalpha():
        return None
    return next((f for f in vocab.parse(words[at + 1].lower()) if f.pos == "NOUN"), None)


def _agrees_with_next(vocab: Any, words: list[str], at: int) -> bool:
    """Whether the word at ``at`` reads as an adjective in the case and number of the noun right after it."""
    noun = _noun_after(vocab, words, at)
    if noun is None:
        return False
    return any(f.pos == "ADJ" and _agrees(f, noun) for f in vocab.parse(words[at].lower()))


def _agreeing(vocab: Any, word: str, noun: Any) -> Any:
    """The reading of ``word`` in the case and number of ``noun`` (its first reading when none is)."""
    forms = vocab.parse(word.lower())
    return next((f for f in forms if _agrees(f, noun)), forms[0])


def _agrees(form: Any, noun: Any) -> bool:
    """Whether a word's reading ``form`` has the case and number of ``noun``'s."""
    return all(form.feats.get(k) == noun.feats.get(k) for k in ("Case", "Number"))


def _first_name(word: str, case: str) -> str:
    """A first name in the nominative, for the case its surname was read in."""
    if case == "fem":
        for end, nominative in (("ии", "ия"), ("ы", "а"), ("и", "я"), ("е", "а"), ("ой", "а"), ("ей", "я")):
            if word.endswith(end) and len(word) > len(end) + 2:
                return word[: -len(end)] + nominative
        return word  # "Айгерим": not declined
    if case == "ins":
        if word.endswith("еем"):
            return word[:-3] + "ей"
        return word[:-2] if re.search(r"[бвгджзклмнпрстфхцчшщ](?:ом|ем)$", word) else word
    if word.endswith("ею"):
        return word[:-2] + "ей"
    return word[:-1] if re.search(r"[бвгджзклмнпрстфхцчшщ]у$", word) else word
