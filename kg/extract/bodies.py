"""A local body's place: a maslikhat, an akimat or a branch the rules drafted by its level alone.

The rules name a post's body as the words beside the post say it: "аудандық мәслихат төрағасы",
"председатель маслихата", "city maslikhat chair". Gold sheets (and a reader) name the body with its
place — "Байғанин аудандық мәслихаты", "Маслихат Житикаринского района" — which the text gives
elsewhere: later in the same sentence ("маслихата Житикаринского района"), or earlier in the article
("Байғанин ауданының орталығы …", "Қызылордадағы аймақтық коалиция"). An error census of the tuning
parts (benchmarks/results/bodies_census.txt) found this the largest kind of post with the right person
and role but another body.

This pass runs after the rules. For each drafted post's body whose name has no place (no capitalised
word but a level or body word), it looks for one place of the body's level (district, city, region) in
the sources of :data:`SOURCES`, in order — the fact's sentence, then the nearest sentence before it that
names a place of that level (two there: none) — and names the body with it; with none, the body stays as
the rule drafted it. Regions named by "облыстық"/"областной" alone are mostly given by the rules already
(:func:`kg.extract.actors.article_region`); this pass adds districts, cities and the bare
"маслихат"/"акимат". Which sources it reads (a third, "article": the place of the level the article names
most) was chosen leaving one tuning part out (``benchmarks/bodies_lopo.py``), never on the part scored.

>>> level_of("аудандық мәслихат", "kk"), level_of("Маслихат", "ru"), level_of("Kyzylorda City Maslikhat", "en")
('district', 'any', None)
>>> district_places("Байғанин ауданының орталығы Қарауылкелдіде аудан әкімі", "kk")
['Байғанин']
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from kg.extract.doc import ArticleDoc

__all__ = ["SOURCES", "district_places", "level_of", "local_body", "place_bodies", "placed_name", "same_local_body"]

#: Where a bare body's place is looked for, in order: "sentence" (the fact's sentence), "recent" (the nearest
#: sentence before it that names one place of the body's level), "article" (the place of the body's level the
#: article names most; a tie: none), "later" (the nearest of the next few sentences naming places of the level; one
#: place, it). Fitted on the tuning parts (benchmarks/bodies_lopo.py: "sentence+recent" fitted
#: on all twelve, and on eleven of the twelve sets of eleven).
SOURCES: tuple[str, ...] = ("sentence", "recent")
_ALL_SOURCES = ("sentence", "recent", "article", "later")

_UP = "A-ZА-ЯЁӘҒҚҢӨҰҮҺІ"
#: The words that give a body's level, by language (a stem that starts a word).
_LEVEL = {
    "kk": (("district", r"аудан"), ("city", r"қала"), ("region", r"облыс")),
    "ru": (("district", r"район"), ("city", r"город"), ("region", r"област|регион")),
    "en": (("district", r"district"), ("city", r"city|municipal"), ("region", r"region|oblast|provincial")),
}
#: The kinds of local body a place has one of, and the words that name them.
_LOCAL_KINDS = (("maslikhat", r"мәслихат|маслихат|maslikhat"), ("akimat", r"әкімдіг|әкімдік|акимат|akimat"))
_LOCAL_WORDS = "|".join(stem for _kind, stem in _LOCAL_KINDS)
#: Bodies that always have a place though their name may give no level: "Маслихат", "мәслихат", "akimat".
_LOCAL_BODY = re.compile(rf"(?i)^(?:{_LOCAL_WORDS})")
_QUOTED = re.compile(r"[«“\"][^«»“”\"]*[»”\"]")
#: (nineteenth session) How many sentences after the post's the "later" source reads: a text that names the body by
#: its level first ("Қала әкімі …") may name its place a line or two below ("Тараз қаласы мәслихатының …"). Not in
#: :data:`SOURCES`: it gains one tuning part only, nothing left out (``benchmarks/bodies19_lopo.py``).
_LATER = 3
#: The longest name a place can have here: a guard on what the patterns below capture.
_MAX_PLACE = 40


def level_of(label: str, lang: str) -> str | None:
    """The level of a body named without its place ("district", "city", "region"; "any" for a bare
    maslikhat or akimat), or None when the name has a place (a capitalised word past the first) or no level."""
    words = _QUOTED.sub(" ", _without_case_word(label, lang)).split()
    if not words or len(words) > 8 or lang not in _LEVEL:
        return None
    if any(w[:1].isupper() for w in words[1:]):
        return None  # "Маслихат Житикаринского района", "Kyzylorda City Maslikhat": placed already
    first = words[0].casefold()
    levels = [lv for lv, stem in _LEVEL[lang] for w in words if re.match(stem, w.casefold())]
    if words[0][:1].isupper() and not (
        re.match("|".join(s for _lv, s in _LEVEL[lang]), first) or _LOCAL_BODY.match(first) or _generic(first)
    ):
        return None  # "Павлодарский областной филиал": the first word is the place
    if levels:
        return levels[0]
    return "any" if any(_LOCAL_BODY.match(w) for w in words) else None


def local_body(label: str, lang: str) -> tuple[str, str | None, tuple[str, ...]] | None:
    """A maslikhat's or akimat's kind, level (None when its name gives none) and the folded names of the places it
    gives, or None for any other body: sheets and drafts name one body "областной маслихат", "Маслихат Костанайской
    области" or "Қостанай облыстық мәслихаты".

    >>> local_body("Маслихат Костанайской области", "ru"), local_body("Акимат Шымкента", "ru")
    (('maslikhat', 'region', ('kostanaiskoi',)), ('akimat', None, ('shimkenta',)))
    >>> local_body("облыстық мәслихат", "kk"), local_body("Ассамблея народа Казахстана", "ru")
    (('maslikhat', 'region', ()), None)
    """
    from kg.names import name_key

    words = re.findall(r"[^\W\d_][\w-]*", _QUOTED.sub(" ", label))
    kinds = [k for k, stem in _LOCAL_KINDS for w in words if re.match(stem, w.casefold())]
    if len(set(kinds)) != 1 or len(words) > 7:
        return None
    levels = [lv for lv, stem in _LEVEL.get(lang, ()) for w in words if re.match(stem, w.casefold())]
    # a capitalised word that is no level's or kind's word ("Маслихат", "Облыстық") is a place's name
    common = re.compile("|".join([*(stem for _lv, stem in _LEVEL.get(lang, ())), _LOCAL_WORDS]))
    places = tuple(
        name_key(w) for w in words if w[:1].isupper() and not common.match(w.casefold()) and not _generic(w.casefold())
    )
    return kinds[0], (levels[0] if len(set(levels)) == 1 else None), places


def same_local_body(a: tuple[str, str | None, tuple[str, ...]], b: tuple[str, str | None, tuple[str, ...]]) -> bool:
    """Whether two :func:`local_body` readings may name one body: the same kind, no two levels, and the same place
    (a word's first five letters, folded) where both give one, else the same level.

    >>> r = lambda label, lang: local_body(label, lang)
    >>> same_local_body(r("Маслихат Костанайской области", "ru"), r("областной маслихат", "ru"))
    True
    >>> same_local_body(r("Акимат Шымкента", "ru"), r("Шымкент қаласының әкімдігі", "kk"))
    True
    >>> same_local_body(r("Акимат Шымкента", "ru"), r("Акимат Туркестанской области", "ru"))
    False
    """
    if a[0] != b[0] or (a[1] and b[1] and a[1] != b[1]):
        return False
    if a[2] and b[2]:
        return any(x[: min(5, len(x), len(y))] == y[: min(5, len(x), len(y))] for x in a[2] for y in b[2])
    return bool(a[1] and a[1] == b[1])


def _without_case_word(label: str, lang: str) -> str:
    """A Kazakh name without a first word in the locative, dative or ablative before a bare level noun
    ("Қарауылкелдіде аудан әкімдігі"): such a word says where, it names no body. A place whose own name ends so
    ("Алға облыстық мәслихаты", "Қызылорда облыстық …") stands before an adjective or a genitive and is kept."""
    from kg.extract.actors import _KK_CASE_WORD

    words = label.split()
    if (
        lang == "kk"
        and len(words) > 2
        and words[0][:1].isupper()
        and _KK_CASE_WORD.search(words[0])
        and re.fullmatch(r"аудан|облыс|қала", words[1].casefold())
    ):
        return " ".join(words[1:])
    return label


def _generic(word: str) -> bool:
    """A capitalised first word that is no place: an adjective of rank or kind ("Региональный", "Regional")."""
    return bool(re.match(r"(?:регионал|аймақтық|regional|local|жергілікті|местн|территориал)", word))


# ---------------------------------------------------------------------------- places by level in a text


_KK_DISTRICT = re.compile(rf"(?<![\w-])([{_UP}][\w-]+)\s+аудан(?:ы|ының|ында|ына|ынан|ындағы|дық\w*)(?![\w-])")
_KK_CITY = re.compile(rf"(?<![\w-])([{_UP}][\w-]+)\s+қала(?:сы|сының|сында|сына|сынан|сындағы|лық\w*)(?![\w-])")
_RU_DISTRICT = re.compile(rf"(?<![\w-])([{_UP}][\w-]+?(?:ск|цк))(?:ий|ого|ом|ому)\s+район\w*")
_RU_DISTRICT_AFTER = re.compile(rf"(?<![\w-])район(?:а|е|ом)?\s+(?:имени\s+)?([{_UP}][\w-]+(?:\s+[{_UP}][\w-]+)?)")
_RU_CITY = re.compile(rf"(?<![\w-])город(?:а|е|ом|у)?\s+([{_UP}][\w-]+)")
_EN_DISTRICT = re.compile(rf"(?<![\w-])([{_UP}][\w-]+)\s+[Dd]istrict\b|\b[Dd]istrict\s+of\s+([{_UP}][\w-]+)")
_EN_CITY = re.compile(rf"(?<![\w-])([{_UP}][\w-]+)\s+[Cc]ity\b|\b[Cc]ity\s+of\s+([{_UP}][\w-]+)")
_EN_NOT_PLACE = re.compile(r"^(?:The|A|This|That|Each|Every|Capital|Old|New)$")


def district_places(text: str, lang: str) -> list[str]:
    """The districts ``text`` names, in their base form, in order: "Байғанин ауданының" -> "Байғанин",
    "Житикаринского района" -> "Житикаринский", "Zhitikara District" -> "Zhitikara"."""
    if lang == "kk":
        return [m.group(1) for m in _KK_DISTRICT.finditer(text) if len(m.group(1)) <= _MAX_PLACE]
    if lang == "ru":
        out = [m.group(1) + "ий" for m in _RU_DISTRICT.finditer(text)]
        return out + [m.group(1) for m in _RU_DISTRICT_AFTER.finditer(text) if not _ru_adjective(m.group(1))]
    return [
        m.group(1) or m.group(2)
        for m in _EN_DISTRICT.finditer(text)
        if not _EN_NOT_PLACE.match(m.group(1) or m.group(2) or "")
    ]


def _ru_adjective(word: str) -> bool:
    return bool(re.search(r"(?:ого|ому|ом|ой|ий|ый|ая)$", word.split()[0]))


def city_places(text: str, lang: str, is_place=lambda _w: False) -> list[str]:
    """The cities ``text`` names by the word "city" (or, in Kazakh, a known place with a locative ending:
    "Қызылордадағы"), in their base form."""
    if lang == "kk":
        out = [m.group(1) for m in _KK_CITY.finditer(text)]
        for m in re.finditer(rf"(?<![\w-])([{_UP}][\w-]{{3,}}?)(?:дағы|дегі|тағы|тегі)(?![\w-])", text):
            if is_place(m.group(1)):
                out.append(m.group(1))
        return [p for p in out if len(p) <= _MAX_PLACE]
    if lang == "ru":
        return [m.group(1) for m in _RU_CITY.finditer(text) if not _ru_adjective(m.group(1))]
    return [m.group(1) or m.group(2) for m in _EN_CITY.finditer(text) if not _EN_NOT_PLACE.match(m.group(1) or "")]


def region_places(text: str, lang: str) -> list[str]:
    """The regions ``text`` names by its word for "region", in the base form the rules count them in."""
    from kg.extract.actors import _KK_CASE_WORD, _NO_REGION, _REGION_IN_TEXT, _region_base, _titled

    out = []
    for m in _REGION_IN_TEXT.finditer(text):
        word = m.group(1) or m.group(2) or m.group(3)
        if (m.group(1) and lang != "kk") or (m.group(2) and lang != "en") or (m.group(3) and lang != "ru"):
            continue
        almaty = READINGS17 and not m.group(3) and re.fullmatch(r"(?i)алматы|almaty", word)
        if (almaty or not _NO_REGION.match(word)) and not _KK_CASE_WORD.search(word):
            # (seventeenth session) "Алматы облысы", "Almaty Region": a region of its own, beside the city
            out.append(_titled(_region_base(word)))
    return out


def _places(doc: ArticleDoc, k: int, level: str, lang: str) -> list[str]:
    """The places of ``level`` sentence ``k`` names, a person's name aside ("района Нурлан Уразалинов")."""
    text = doc.article.sentences[k].text
    if level == "district":
        found = district_places(text, lang)
    elif level == "city":
        found = city_places(text, lang, lambda w: _known_place(doc, w))
    elif level == "region":
        found = region_places(text, lang)
    else:
        return []
    levels = re.compile("(?i)" + "|".join(stem for _lv, stem in _LEVEL[lang]))
    # a person's name, not one a tagger took for a person ("Zhanaqorgan District"), and a group's word ("Тұрғындар облыс
    # әкімімен кездесті": residents)
    persons = [m.text for m in doc.mentions[k] if m.kind in ("person", "group") and not levels.search(m.text)]
    return [p for p in found if not any(p in name or name in p for name in persons)]


def _known_place(doc: ArticleDoc, word: str) -> bool:
    found = doc.linker.resolve(word, "place")
    return found is not None and doc.linker.type_of(found) == "place"


def _one(found: list[str]) -> str | None:
    """The place named most (the only one, or the most often); a tie is no answer."""
    if not found:
        return None
    best = Counter(found).most_common(2)
    return best[0][0] if len(best) == 1 or best[0][1] > best[1][1] else None


def _place_for(
    doc: ArticleDoc, n: int, level: str, lang: str, sources: tuple[str, ...], places: Callable[[int, str], list[str]]
) -> tuple[str, str] | None:
    """(level, place) of a body of ``level`` drafted from sentence ``n``, or None; ``places(k, level)`` gives the
    places of a level sentence ``k`` names (read once per sentence and level, however many bodies ask)."""
    levels = ("district", "city", "region") if level == "any" else (level,)
    for source in sources:
        if source == "sentence":
            found = {(lv, p) for lv in levels for p in places(n, lv)}
            if len(found) == 1:
                return found.pop()
        elif source == "recent" and level != "any":
            for k in range(n - 1, -1, -1):
                if doc.article.sentences[k].lang == lang:
                    near = set(places(k, level))
                    if near:
                        return (level, near.pop()) if len(near) == 1 else None
        elif source == "later" and level != "any":
            sentences = doc.article.sentences
            for k in range(n + 1, min(n + 1 + _LATER, len(sentences))):
                if sentences[k].lang == lang:
                    near = set(places(k, level))
                    if near:
                        return (level, near.pop()) if len(near) == 1 else None
        elif source == "article" and level != "any":
            sentences = doc.article.sentences
            place = _one([p for k, s in enumerate(sentences) if s.lang == lang for p in places(k, level)])
            if place:
                return level, place
    return None


# ---------------------------------------------------------------------------- naming


_KK_GENITIVE = {"district": "ауданының", "city": "қаласының", "region": "облысының"}
_KK_ADJ = {"district": "аудандық", "city": "қалалық", "region": "облыстық"}


def placed_name(label: str, level: str, place: str, lang: str) -> str:
    """A body's name with its place, as the language names it.

    >>> placed_name("аудан әкімдігі", "district", "Жалағаш", "kk")
    'Жалағаш ауданының әкімдігі'
    >>> placed_name("аудандық мәслихат", "district", "Байғанин", "kk")
    'Байғанин аудандық мәслихаты'
    >>> placed_name("Маслихат", "district", "Житикаринский", "ru")
    'Маслихат Житикаринского района'
    >>> placed_name("Областная коалиция", "region", "Западно-Казахстанская", "ru")
    'Западно-Казахстанская областная коалиция'
    >>> placed_name("city maslikhat", "city", "Kyzylorda", "en")
    'Kyzylorda City Maslikhat'
    """
    from kg.extract import org_names
    from kg.extract.rules.memberships import _ru_region, kk_possessive

    words = label.split()
    if lang == "kk":
        low = label[:1].lower() + label[1:]
        first = words[0].casefold()
        if re.fullmatch(r"аудан|қала|облыс", first):
            return f"{place} {_KK_GENITIVE[level]} {' '.join(words[1:])}"
        if first.startswith(("аудан", "қала", "облыс")):
            return f"{place} {kk_possessive(low)}"
        return f"{place} {_KK_ADJ[level]} {kk_possessive(low)}"
    if lang == "ru":
        if level == "region":
            genitive = _ru_region(place)
        elif level == "district":
            genitive = f"{place[:-2]}ого района" if place.endswith("ий") else f"района {place}"
        else:
            genitive = f"города {place}"
        adjective = re.fullmatch(r"(\S+?)(?:ой|ого) (?:области|района)", genitive)
        if (
            adjective
            and org_names.COALITIONS
            and re.fullmatch(r"(?i)(?:областная|районная|региональная) коалиция", label)
        ):
            # (twentieth session) "Мангистауская областная коалиция": a coalition takes its place's adjective
            return f"{adjective.group(1)}ая {label.lower()}"
        kept = [w for w in words if not re.fullmatch(r"(?i)област\w*|район\w*|город\w*", w)]
        head = " ".join(kept) or label
        return f"{head[:1].upper()}{head[1:]} {genitive}"
    rest = " ".join(w[:1].upper() + w[1:] for w in words if w.casefold() != "the")
    return f"{place} {rest}"


# ---------------------------------------------------------------------------- the pass


def place_bodies(doc: ArticleDoc, sources: tuple[str, ...] | None = None) -> None:
    """Give each drafted post's body named without its place the place the text gives it (see the module)."""
    from kg.errors import KgError
    from kg.extract.actors import new_org

    sources = SOURCES if sources is None else sources
    unknown = [s for s in sources if s not in _ALL_SOURCES]
    if unknown:
        raise KgError(f"unknown place source(s) {unknown}; choose from {', '.join(_ALL_SOURCES)}")
    if not sources:
        return
    renamed: dict[tuple[str, int], str] = {}
    read: dict[tuple[int, str], list[str]] = {}

    def places(k: int, level: str) -> list[str]:
        if (k, level) not in read:
            read[(k, level)] = _places(doc, k, level, doc.article.sentences[k].lang)
        return read[(k, level)]

    for fact in list(doc.facts):
        if fact.type != "membership":
            continue
        org = fact.values.get("organisation")
        if not isinstance(org, str) or org not in doc.linker.new:
            continue
        n = fact.sentence
        lang = doc.article.sentences[n].lang
        label = doc.linker.new[org].names.get(lang)
        if not label:
            continue
        label = _without_case_word(label, lang)
        level = level_of(label, lang)
        if level is None:
            continue
        key = (org, n)
        if key not in renamed:
            found = _place_for(doc, n, level, lang, sources, places)
            renamed[key] = new_org(doc, placed_name(label, *found, lang), lang) if found else org
        if renamed[key] != org:
            _rename(doc, fact, org, renamed[key])
    if SAME_HOLDER:
        _bare_as_placed(doc)
    if SHORT_AS_NAMED:
        _short_as_named(doc)
    if NATIONWIDE:
        _nationwide(doc)


#: A body left without its place is the placed one its holder holds the same post in ("Аким области X …, аким
#: Павлодарской области X": one post). ``False`` turns it off; measured leaving one tuning part out with the
#: readings of the sixteenth session (``benchmarks/post_lopo.py``).
SAME_HOLDER = True


#: (seventeenth session) A body the rules drafted by a short name ("Жалпыұлттық коалиция", "коалиция") is the one
#: body the article named in full before it, up to the post's sentence, whose name holds every word of the short one
#: and ends on the same head ("«Әділетті және прогрессивті …» жалпыұлттық коалициясы"): an article names a body in
#: full once, then by its kind. ``False`` turns it off; measured leaving one tuning part out with
#: :data:`kg.extract.rules.memberships.READINGS17` (``benchmarks/persons17_lopo.py``).
SHORT_AS_NAMED = True
#: (seventeenth session) "Алматы облысы" and "Almaty Region" name a region (the city has none): a bare regional body
#: takes it. ``False`` turns it off, with :data:`SHORT_AS_NAMED`.
READINGS17 = True
_SHORT_MAX_WORDS = 3


def _new_body_posts(doc: ArticleDoc) -> Iterator[tuple[Any, str, str]]:
    """Each post still in the draft whose body is a new drafted actor, with the body and its sentence's language (a
    post the caller renamed away before is passed over)."""
    for fact in list(doc.facts):
        if fact.type != "membership" or fact not in doc.facts:
            continue
        org = fact.values.get("organisation")
        if isinstance(org, str) and org in doc.linker.new:
            yield fact, org, doc.article.sentences[fact.sentence].lang


def _short_as_named(doc: ArticleDoc) -> None:
    """Point a post whose body has a short drafted name at the body the article named in full before it."""
    from kg.extract.actors import new_org

    for fact, org, lang in _new_body_posts(doc):
        label = doc.linker.new[org].names.get(lang) or ""
        words = re.findall(r"\w+", label)
        if not words or len(words) > _SHORT_MAX_WORDS or _QUOTED.search(label) or level_of(label, lang):
            continue
        stems, head = _stems(label), words[-1].casefold()[:5]
        if not stems:
            continue
        full: dict[str, str] = {}
        for k in range(0, fact.sentence + 1):
            if doc.article.sentences[k].lang != lang:
                continue
            for m in doc.mentions[k]:
                name = m.new.get("name") or "" if m.actor is None else m.text
                named = re.findall(r"\w+", name)
                # the head ends the name ("«…» жалпыұлттық коалициясы") or stands before its quoted name
                # ("Общенациональная коалиция «За …»", "the National Coalition “For …”"; eighteenth session)
                quoted = _QUOTED.search(name)
                heads = {named[-1].casefold()[:5]} if named else set()
                before = re.findall(r"\w+", name[: quoted.start()]) if quoted else []
                heads |= {before[-1].casefold()[:5]} if before else set()
                if (
                    m.kind != "organisation"
                    or len(named) <= len(words)
                    or not quoted
                    or head not in heads
                    or not stems < _stems(name)
                ):
                    continue
                full.setdefault(name.casefold(), m.actor or name)
        if len(full) == 1:
            target = next(iter(full.values()))
            target = target if target in doc.linker.new or doc.linker.type_of(target) else new_org(doc, target, lang)
            if target != org:
                _rename(doc, fact, org, target)


#: (nineteenth session) A coalition named by its quoted name and its kind alone, no level word before the kind
#: ("«… үшін!» коалициясы", "коалиция «За …»"), is the nationwide one: its regional and district units say their
#: level ("өңірлік коалиция", "областная коалиция"), the whole does not always ("жалпыұлттық", "общенациональная").
#: The body is named with the level word the whole's name has. ``False`` turns it off; measured leaving one tuning
#: part out (``benchmarks/bodies19_lopo.py``: person → post F1 0.8837 → 0.8859 summed over the parts left out).
NATIONWIDE = True
_NATIONWIDE = {
    "kk": (re.compile(r"^(?P<name>«[^«»]+»)\s+коалиция(?:сы)?$"), "{name} жалпыұлттық коалициясы"),
    "ru": (re.compile(r"^[Кк]оалиция\s+(?P<name>«[^«»]+»)$"), "Общенациональная коалиция {name}"),
}


def _nationwide(doc: ArticleDoc) -> None:
    """Name a coalition drafted by its quoted name and kind alone as the nationwide one (see :data:`NATIONWIDE`)."""
    for _fact, org, lang in _new_body_posts(doc):
        rule = _NATIONWIDE.get(lang)
        m = rule[0].match((doc.linker.new[org].names.get(lang) or "").strip()) if rule else None
        if m:
            # the drafted actor takes the whole's name (a linker reads the two as one name, so no new actor)
            doc.linker.new[org].names[lang] = rule[1].format(name=m.group("name"))  # type: ignore[index]


def _stems(label: str) -> set[str]:
    return {w.casefold()[:5] for w in re.findall(r"\w+", label) if len(w) > 2 and w.casefold() != "the"}


def _bare_as_placed(doc: ArticleDoc) -> None:
    """Point a post whose body still has no place at the body its holder holds the same post in, when that body's
    name holds every word of the bare one and a place besides (the one such body)."""

    def label(org: str, lang: str) -> str:
        new = doc.linker.new.get(org)
        if new is not None:
            return new.names.get(lang) or ""
        known = getattr(doc.linker, "actors", {}).get(org)
        return known.names.get(lang, "") if known is not None else ""

    for fact, org, lang in _new_body_posts(doc):
        holder, role = fact.values.get("holder"), fact.values.get("role")
        bare = _without_case_word(label(org, lang), lang)
        if not bare or level_of(bare, lang) in (None, "any"):
            continue
        stems = _stems(bare)
        placed = {
            other.values["organisation"]
            for other in doc.facts
            if other.type == "membership"
            and other.values.get("holder") == holder
            and other.values.get("role") == role
            and other.values.get("organisation") != org
            and isinstance(other.values.get("organisation"), str)
            and stems < _stems(label(other.values["organisation"], lang))
            and level_of(label(other.values["organisation"], lang), lang) is None
        }
        if len(placed) == 1:
            _rename(doc, fact, org, placed.pop())


def _rename(doc: ArticleDoc, fact, old: str, new: str) -> None:
    """Point one membership at ``new``; merge it into an equal fact drafted already."""
    fact.values["organisation"] = new
    fact.key = tuple(new if k == old else k for k in fact.key)
    for other in doc.facts:
        if other is not fact and other.key == fact.key:
            other.evidence += [e for e in fact.evidence if e not in other.evidence]
            other.confidence = max(other.confidence, fact.confidence)
            doc.facts.remove(fact)
            return
