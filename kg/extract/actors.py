"""Stage 3, link to actors: the registry or draft actor each mention stands for.

:func:`link` prepares the article (its main party, "the draft" for the draft Constitution);
:func:`actor` resolves one mention when a rule needs it and drafts a new actor on first use, so
an actor named but never used in a fact is not drafted. The helpers below make the actors a rule
may need that no mention names: the draft Constitution and its articles, the reform, a party's
unit, the country, a role.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter

from kg.extract import patterns as P
from kg.extract.doc import ArticleDoc
from kg.extract.linker import org_core, slug, translit
from kg.extract.mentions import Mention, guess_org_type
from kg.lang import kk_front

__all__ = [
    "actor",
    "article_region",
    "bare_kind",
    "country",
    "draft_document",
    "labels",
    "link",
    "named_before",
    "provision",
    "reform",
    "role",
    "speaker",
    "unit",
]


def link(doc: ArticleDoc) -> None:
    """Name the article's main party and mark the short "the draft" mentions."""
    _full_names(doc)
    doc.main_party = _main_party(doc)
    if any(m.kind == "document" for ms in doc.mentions for m in ms):
        _short_documents(doc)


def _full_names(doc: ArticleDoc) -> None:
    """A new body named once with its place and once without ("Федерация профсоюзов" in the headline, "Федерация
    профсоюзов Казахстана" below) is one body: the short mention takes the full name, so one actor is drafted."""
    longer: dict[str, set[str]] = {}  # a full name's shorter forms (its words but the last ones) -> full names
    for ms in doc.mentions:
        for m in ms:
            if m.kind == "organisation" and m.new.get("place"):
                words = m.new["name"].split()
                for k in range(1, len(words)):
                    longer.setdefault(" ".join(words[:k]), set()).add(m.new["name"])
    if not longer:
        return
    for ms in doc.mentions:
        for m in ms:
            if m.kind != "organisation" or m.actor or m.new.get("place") or "name" not in m.new:
                continue
            full = longer.get(" ".join(m.new["name"].split()), set())
            if len(full) == 1:
                m.new["name"] = next(iter(full))


def _main_party(doc: ArticleDoc) -> str | None:
    """Count the organisations the article names; the most named party is "the party"."""
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for n, ms in enumerate(doc.mentions):
        for m in ms:
            if m.actor and doc.linker.type_of(m.actor) in (
                "party",
                "association",
                "organisation",
                "commission",
                "state-body",
            ):
                key = m.actor
            elif m.kind == "organisation" and m.actor is None:
                name = m.new.get("name", m.text)
                key = "new:" + (org_core(name) or name.casefold())
                doc.org_names.setdefault(key, name)
            else:
                continue
            counts[key] += 1
            first.setdefault(key, n)
    doc.org_ranking = sorted(counts, key=lambda k: (-counts[k], first[k]))
    parties = [
        k
        for k in doc.org_ranking
        if (k in doc.linker.actors and doc.linker.type_of(k) == "party")
        or (k.startswith("new:") and guess_org_type(doc.org_names[k]) == "party")
    ]
    return _org_of_key(doc, parties[0]) if parties else None


def _short_documents(doc: ArticleDoc) -> None:
    """ "The draft", "проект", "жобасын": the draft the article names in full elsewhere."""
    for s, ms in zip(doc.article.sentences, doc.mentions):
        for m in P.DOCUMENT_SHORT[s.lang].finditer(s.text):
            if not any(x.start < m.end() and m.start() < x.end for x in ms):
                ms.append(Mention(m.start(), m.end(), m.group(), "document", how="rule", oblique=True))
        ms.sort(key=lambda x: x.start)


def _org_of_key(doc: ArticleDoc, key: str) -> str:
    if key.startswith("new:"):
        return new_org(doc, doc.org_names[key], doc.article.lang)
    return key


#: (forty-fifth session) A Kazakh body's remit right before its noun: "X жөніндегі комиссия", "әкімі жанындағы кеңес".
_REMIT_KK = re.compile(r"(?<![\w-])(?:жөніндегі|жанындағы)\s+$", re.IGNORECASE)


def anaphor(doc: ArticleDoc, m: Mention, n: int | None = None) -> str | None:
    """The organisation "the party", "қауымдастық", "движение" stands for in this article: of those whose name has
    its noun, the one named last before it in its sentence ``n``, else the one the article names most."""
    from kg.names import name_key

    if n is not None and P.before(_REMIT_KK, doc.article.sentences[n].text, m.start):
        return None  # "… саясат жөніндегі комиссияның мүшесі": a body its remit names, not the one named before
    noun = re.sub(r"^(?:the|its|their)\s+", "", m.text.strip(), flags=re.IGNORECASE)
    stem = _stem4(name_key(noun.split()[0]) if noun.split() else "")
    found = [
        _org_of_key(doc, key)
        for key in doc.org_ranking
        if stem
        and any(
            _stem4(w) == stem
            for label in ([doc.org_names[key]] if key.startswith("new:") else labels(doc, key))
            for w in name_key(label).split()
        )
    ]
    if len(found) > 1 and n is not None:
        # "Chair of the Constitutional Commission …, and Commission member …": the Constitutional Commission, though
        # the Central Election Commission is named more often in the article
        last = [o for o in doc.mentions[n] if o.kind == "organisation" and o.actor in found and o.end <= m.start]
        if last:
            return last[-1].actor
    if found:
        return found[0]
    if stem == _stem4(name_key("партия")) or stem == "part":
        return doc.main_party
    return None


def generic_org(doc: ArticleDoc, m: Mention) -> str | None:
    """The body a post's generic noun stands for: "Председатель организации", "ұйым төрағасы", "the
    organisation's chair" name the body the article names most (an association or organisation; a party is
    "the party"). Only a post asks: "организации" alone may be plural ("общественные организации")."""
    from kg.names import name_key

    noun = re.sub(r"^(?:the|its|their)\s+", "", m.text.strip(), flags=re.IGNORECASE)
    if not noun.split() or _stem4(name_key(noun.split()[0])) not in _GENERIC_ORG_STEMS:
        return None
    for key in doc.org_ranking[:1]:
        kind = guess_org_type(doc.org_names[key]) if key.startswith("new:") else doc.linker.type_of(key)
        if kind in ("association", "organisation"):
            return _org_of_key(doc, key)
    return None


#: Stems of the generic nouns for a body: организация, ұйым, organisation.
_GENERIC_ORG_STEMS = frozenset(("orka", "uim", "uimn", "uimy", "uimd", "uimg", "uimm"))


def state_body(doc: ArticleDoc, actor_id: str, names: dict[str, str], lookups: tuple[str, ...]) -> str:
    """A state body the registry may lack: the actor one of ``lookups`` names, else one drafted
    now as ``actor_id`` with ``names`` (en, kk, ru), the same in every language of the article."""
    for name in lookups:
        found = doc.linker.resolve(name, "organisation")
        if found:
            return found
    new_id = doc.linker.add("state-body", names["en"], "en", actor_id=actor_id)
    doc.linker.name(new_id, {lang: names[lang] for lang in ("kk", "ru")})
    return new_id


def senate(doc: ArticleDoc) -> str:
    """The Senate of the Parliament, one draft actor in every language when the registry lacks it."""
    names = {"en": "Senate", "kk": "Парламент Сенаты", "ru": "Сенат Парламента"}
    return state_body(doc, "senate", names, ("Senate", "Сенат", "Парламент Сенаты"))


#: A ministry or agency of the Republic named with the Republic's name ("Ministry of Foreign Affairs of the Republic of
#: Kazakhstan", "МИД Казахстана", "Министерство юстиции РК", "ҚР Сыртқы істер министрлігі"): the body, named without it.
_HOME_BODY = (
    re.compile(
        r"(?:the\s+)?(?P<body>(?:Ministry|Agency)\s+(?:of|for|on)\s+.+?|(?:[A-Z][\w-]+\s+){1,3}(?:Ministry|Agency)|MFA)"
        r"\s+of\s+(?:the\s+)?(?:Republic\s+of\s+)?Kazakhstan"
    ),
    # "Kazakh Foreign Ministry", "Kazakhstan's Foreign Ministry": the country's adjective before it
    re.compile(r"(?:the\s+)?(?:Kazakh|Kazakhstan['’]s)\s+(?P<body>(?:[A-Z][\w-]+\s+){1,3}(?:Ministry|Agency))"),
    re.compile(
        r"(?P<body>(?:Министерств|Агентств)\w*(?:\s+[а-яё-]+){1,4}|МИД)\s+(?:Республики\s+Казахстан|РК|Казахстана)"
    ),
    re.compile(r"(?:Қазақстан\s+Республикасы(?:ның)?|ҚР)\s+(?P<body>(?:[\w-]+\s+){1,4}(?:министрлігі|агенттігі))"),
)
#: Initials of the foreign ministry, as its name: "МИД", "СІМ", "MFA".
_MFA = {"МИД": "Министерство иностранных дел", "СІМ": "Сыртқы істер министрлігі", "MFA": "Ministry of Foreign Affairs"}
_MFA["Foreign Ministry"] = _MFA["MFA"]  # "Foreign Ministry spokesperson X": the same ministry
#: The ministry's full names, in any case ("Сыртқы Істер министрлігі" capitalises each word).
_MFA_NAMES = frozenset(name.casefold() for name in _MFA.values())


def home_body(name: str) -> str:
    """A ministry's or agency's name without the Republic's: the name the registry and the gold give it."""
    name = " ".join(name.split())
    for rx in _HOME_BODY:
        m = rx.fullmatch(name)
        if m:
            name = m.group("body")
            break
    return _MFA.get(name, name)


def new_org(doc: ArticleDoc, name: str, lang: str) -> str:
    """The organisation ``name`` means: known, drafted earlier, or drafted now."""
    name = home_body(name)
    if re.fullmatch(
        r"(?:the\s+)?(?:Senate(?:\s+of\s+(?:the\s+)?(?:Kazakh\s+|Kazakhstan['’]s\s+)?Parliament(?:\s+of\s+[\w\s]+)?|"
        r"\s+of\s+(?:the\s+)?(?:Republic\s+of\s+)?Kazakhstan)?|"
        r"Сенат\w*(?:\s+Парламент\w*(?:\s+[\w\s]+)?)?|(?:[\w\s]+\s+)?Парламент\w*\s+Сенат\w*)",
        name.strip(),
        re.IGNORECASE,
    ):
        return senate(doc)  # "Senate of the Kazakh Parliament": the chamber, not the parliament
    found = doc.linker.resolve(name, "organisation")
    if found and _INITIALS_HEAD.search(name) and (found == country(doc, lang) or doc.linker.type_of(found) == "place"):
        # "Қазақстан Республикасы Кәсіподақтар федерациясы": a body named with its country, not the country
        found = None
    if found:
        return found
    reordered = re.fullmatch(
        r"(?:the\s+)?(Commission|Committee|Council|Working\s+Group)\s+(?:on|for)\s+(?:the\s+)?(.+?)s?",
        name,
        re.IGNORECASE,
    )
    if reordered:
        # "Commission on Constitutional Reforms" is the registry's "Constitutional Reform Commission"
        found = doc.linker.resolve(f"{reordered.group(2)} {reordered.group(1)}", "organisation")
        if found:
            return found
    clean = name.strip('«»"“” ')
    if clean.count('"') % 2 or clean.count("“") != clean.count("”"):
        clean = name.strip()  # 'ассоциация "Институт демократии"': the closing quote is the name's own
    quoted = re.search(r"[«“\"]([^«»“”\"]{2,80})[»”\"]", name)
    # the foreign ministry has one id in every language: ministry-of-foreign-affairs
    mfa = _MFA["MFA"] if clean.casefold() in _MFA_NAMES else None
    return doc.linker.add(
        guess_org_type(name),
        clean if "«" not in name else name,
        lang,
        en=mfa,
        actor_id=slug(quoted.group(1)) if quoted else None,
    )


def actor(doc: ArticleDoc, m: Mention, n: int, lang: str) -> str | None:
    """The registry or draft actor of a mention; a new draft actor is made here, on first use."""
    if m.actor:
        return m.actor
    linker = doc.linker
    name = m.new.get("name", m.text)
    actor_id: str | None = None
    if m.kind == "person":
        name = _without_post(name, lang)
        actor_id = linker.resolve(name, "person") or _by_patronymic(doc, name, n)
        if actor_id is None and not m.new.get("single"):
            actor_id = linker.add("person", name, lang)
    elif m.kind == "organisation":
        # "Комиссии" alone: the commission named before; none is drafted under a common noun ("komissiya")
        actor_id = named_before(doc, name)
        if (
            actor_id is None
            and re.fullmatch(r"[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]{3,6}", name)
            and not linker.resolve(name, "organisation")
        ):
            actor_id = spelled_body(doc, n, name, lang)  # "MNU" after "Мақсұт Нәрікбаев атындағы университет"
        if actor_id is None and not bare_kind(name):
            actor_id = new_org(doc, name, lang)
        initials = _INITIALS_AFTER.match(doc.article.sentences[n].text, m.end) if lang == "en" else None
        if initials and actor_id in linker.new and initials.group(1) not in name:
            # "the Parliamentary Assembly of the Council of Europe (PACE)": a new body keeps the initials the text
            # gives it in its name, as the registry and the gold parts write such names
            if linker.new[actor_id].names.get("en") == name:
                linker.name(actor_id, {"en": f"{name} ({initials.group(1)})"}, replace=True)
    elif m.kind == "place":
        actor_id = linker.resolve(name, "place") or linker.add("place", name, lang)
    elif m.kind == "platform":
        actor_id = linker.resolve(name, "platform") or linker.add("platform", m.text, lang, en=name)
    elif m.kind == "document":
        actor_id = draft_document(doc, lang)
    elif m.kind == "provision":
        actor_id = provision(doc, m.new["number"], lang)
    elif m.kind == "reform":
        actor_id = reform(doc, m.text, lang)
    elif m.kind == "unit":
        actor_id = unit(doc, m, n, lang)
    elif m.kind == "anaphor":
        actor_id = anaphor(doc, m, n)
    elif m.kind == "group":
        actor_id = group(doc, m.new["group"], lang)
    m.actor = actor_id
    return actor_id


#: Words an initialism skips ("Мақсұт Нәрікбаев атындағы университет" is MNU), and the first letters a Latin
#: initial stands for in Cyrillic ("MNU" for "Мақсұт Нәрікбаев университеті").
INITIALS_SKIP = frozenset(
    ["атындағы", "имени", "named", "after", "of", "the", "and", "for", "және", "и", "мен", "по", "бойынша"]
)
_LATIN_INITIAL = {
    "A": "АӘ", "B": "Б", "V": "В", "G": "ГҒ", "D": "Д", "E": "ЕЁЭ", "Z": "ЗЖ", "J": "Ж", "I": "ИІЙ", "K": "КҚ",
    "Q": "Қ", "L": "Л", "M": "М", "N": "НҢ", "O": "ОӨ", "P": "П", "R": "Р", "S": "СШЩ", "T": "Т", "U": "УҰҮ",
    "F": "Ф", "H": "ХҺ", "C": "ЦЧ", "Y": "ЫЮЯ",
}  # fmt: skip
#: The head noun a body's full name ends with, in any case: what the initials' last letter stands for.
_INITIALS_HEAD = re.compile(
    r"(?i)(?:федерац|университет|институт|академи|одағ|одақ|союз|қауымдаст|ассоциац|партия|парти|палата|"
    r"кеңес|совет|комитет|комиссия|комисси|орталығ|центр|қор|фонд|university|institute|federation|union|"
    r"association|academy|party|chamber|council|committee|centre|center|foundation)\w*$"
)


def spelled_body(doc: ArticleDoc, n: int, initials: str, lang: str) -> str | None:
    """The body the article named, up to sentence ``n``, whose words' first letters spell ``initials`` and whose
    last word is a body's head noun; three letters at least ("ҚР" spells too much)."""
    from kg.extract.linker import kk_base_phrase
    from kg.extract.rules.memberships import ru_nominative

    if len(initials) < 3:
        return None
    letters = [_LATIN_INITIAL.get(c, c) for c in initials.upper()]
    reach = 2 * len(letters)
    index, sentences = _head_index(doc), set()
    for c in letters[-1]:  # the sentences up to n with a head noun that opens with the last initial's letter
        at = index.get(c, [])
        sentences.update(at[: bisect_right(at, n)])
    for k in sorted(sentences, reverse=True):
        words, heads = _body_words(doc, k)
        # a name spelled from word i ends within its window at a head noun that opens with the last initial's
        # letter: only the words just before such a head can start it
        ends = [h for h in heads if words[h].group()[0].upper() in letters[-1]]
        for i in sorted({i for h in ends for i in range(max(0, h - reach + 1), h + 1)}, reverse=True):
            window = words[i : i + reach]
            kept = [w for w in window if w.group().lower() not in INITIALS_SKIP][: len(letters)]
            if len(kept) < len(letters) or kept[0] is not words[i] or not _INITIALS_HEAD.search(kept[-1].group()):
                continue
            if all(w.group()[0].upper() in ls for w, ls in zip(kept, letters, strict=True)):
                name = doc.article.sentences[k].text[kept[0].start() : kept[-1].end()]
                lang = doc.article.sentences[k].lang  # the language the full name is written in
                whole = _whole_mention(doc, k, kept[0].start(), kept[-1].end())
                if whole is not None:
                    return whole  # (seventeenth session) "Гумилев атындағы Еуразия ұлттық университеті" for "ЕҰУ"
                name = kk_base_phrase(name) if lang == "kk" else ru_nominative(name) if lang == "ru" else name
                found = new_org(doc, name, lang)
                if found == country(doc, lang) or doc.linker.type_of(found) == "place":
                    # "Қазақстан Республикасы Кәсіподақтар федерациясы" is the federation, not the Republic it opens on
                    found = doc.linker.add(guess_org_type(name), name, lang)
                return found
    return None


def _whole_mention(doc: ArticleDoc, k: int, start: int, end: int) -> str | None:
    """(seventeenth session, with :data:`kg.extract.rules.memberships.READINGS17`) The body an organisation mention of
    sentence ``k`` names when the words spelled by initials are its end and it has words before them (the name a body
    is named after: "Л.Н. Гумилев атындағы Еуразия ұлттық университеті" for "ЕҰУ"), else None."""
    from kg.extract.rules import memberships

    if not memberships.READINGS17:
        return None
    for m in doc.mentions[k]:
        if m.kind == "organisation" and m.start < start and end <= m.end <= end + 2:
            return actor(doc, m, k, doc.article.sentences[k].lang)
    return None


#: A word of a body's name: letters first, then letters, digits and hyphens.
_NAME_WORD = re.compile(r"[^\W\d_][\w-]*")


def _body_words(doc: ArticleDoc, k: int) -> tuple[list[re.Match[str]], list[int]]:
    """Sentence ``k``'s words and the indices of those that are a body's head noun, read once per article."""
    if k not in doc.body_words:
        words = list(_NAME_WORD.finditer(doc.article.sentences[k].text))
        doc.body_words[k] = (words, [i for i, w in enumerate(words) if _INITIALS_HEAD.search(w.group())])
    return doc.body_words[k]


def _head_index(doc: ArticleDoc) -> dict[str, list[int]]:
    """The first letter of each head noun -> the sentences that have one, in order (made once per article)."""
    if not doc.body_heads:
        for k in range(len(doc.article.sentences)):
            words, heads = _body_words(doc, k)
            for letter in sorted({words[h].group()[0].upper() for h in heads}):
                doc.body_heads.setdefault(letter, []).append(k)
        doc.body_heads.setdefault("", [])  # made, though no sentence has a head noun
    return doc.body_heads


#: A body's initials in brackets right after its name: "Parliamentary Assembly of the Council of Europe (PACE)".
_INITIALS_AFTER = re.compile(r"\s*\(((?-i:[A-Z]{2,6})(?:\s+(?-i:[A-Z]{2}))?)\)")

#: A body named by its kind alone: "Комиссия", "Комиссии", "комиссиясы", "the Commission", "Committee", "Совета".
_BARE_KIND = re.compile(
    r"(?i)(?:the\s+)?(комисси\w*|комитет\w*|commission|committee|working\s+group|рабоч\w+\s+групп\w*|жұмыс\s+тоб\w*|"
    r"совет\w*|кеңес\w*|council|палат\w*|chamber|"  # "Председатель Совета": no body named "Совет" to draft
    r"институт\w*|institute|университет\w*|university)"  # "Институт директоры X": the institute named before
)
#: Kazakh schools and colleges by their kind alone, before a post: "колледж басшысының орынбасарлары X мен Y", "мектеп
#: директоры X" (forty-eighth session). In Russian "директор колледжа X" with no college named stays a body of its own.
_BARE_KIND_KK = re.compile(r"(?i)(колледж\w*|мектеп\w*)")


def _bare(name: str, lang: str | None) -> re.Match[str] | None:
    """The kind noun a body's whole name is, in any language or (``lang`` "kk") a Kazakh school's or college's."""
    return _BARE_KIND.fullmatch(name.strip()) or (_BARE_KIND_KK.fullmatch(name.strip()) if lang == "kk" else None)


def bare_kind(name: str, lang: str | None = None) -> bool:
    """Whether a body is named by its kind alone ("Комиссии", "the Commission", "жұмыс тобы"; in Kazakh also
    "колледж", "мектеп")."""
    return _bare(name, lang) is not None


def named_before(doc: ArticleDoc, name: str, lang: str | None = None) -> str | None:
    """The body the article names in full that a bare kind noun stands for ("Заместители председателя Комиссии").

    The one organisation of the article (registry or drafted, by how often it is named) whose
    name has the same head noun; none when two do (a reviewer decides) or none does.
    """
    from kg.names import name_key

    bare = _bare(name, lang)
    if bare is None:
        return None
    stem = _stem4(name_key(bare.group(1).split()[-1]))
    own = "new:" + (org_core(name) or name.casefold())
    found = []
    for key in doc.org_ranking:
        if key == own:
            continue
        names = [doc.org_names[key]] if key.startswith("new:") else labels(doc, key)
        if any(len(label.split()) > 1 and any(_stem4(w) == stem for w in name_key(label).split()) for label in names):
            found.append(key)
    firsts = {
        _stem4(name_key(doc.org_names[k] if k.startswith("new:") else labels(doc, k)[0]).split()[0]) for k in found
    }
    # "ПАРЛАМЕНТАРИЗМ ИНСТИТУ…" in a heading and "Парламентаризм институты" in the text: one body named twice
    one = len(found) == 1 or (len(firsts) == 1 and all(k.startswith("new:") for k in found))
    return _org_of_key(doc, found[0]) if found and one else None


def _by_patronymic(doc: ArticleDoc, name: str, n: int) -> str | None:
    """The person the article named in full whom "Firstname Patronymic" addresses ("Серік Рахметоллаұлы").

    Kazakh reports call a person by first name and patronymic after naming them in full ("Серік
    Егізбаев"): the one person of the article so far with that first name, if there is exactly one.
    """
    words = name.split()
    if len(words) != 2 or not re.search(r"(?:ұлы|қызы|улы|кызы|uly|kyzy)$", words[1], re.IGNORECASE):
        return None
    first = words[0].casefold()
    found = {
        m.actor
        for ms in doc.mentions[: n + 1]
        for m in ms
        if m.kind == "person"
        and m.actor
        and doc.linker.type_of(m.actor) == "person"
        and any(label.split()[0].casefold() == first for label in labels(doc, m.actor) if label.split())
    }
    if not found:
        # "Мемлекет басшысы Қасым-Жомарт Кемелұлы" with no full name before: the office holder the curated facts
        # know by that first name (the form is kept for the highest posts), when there is exactly one
        found = {
            person
            for person in set(doc.holders.values())
            if doc.linker.type_of(person) == "person"
            and any(label.split()[0].casefold() == first for label in labels(doc, person) if label.split())
        }
    return found.pop() if len(found) == 1 else None


#: A surname's ending in Cyrillic or Latin script (Kazakh, Russian and other Turkic surnames).
_SURNAME_LIKE = re.compile(
    r"(?:ов|ев|ёв|ин|ын|им|ым|ова|ева|ина|ына|ский|ская|ұлы|қызы|ov|ev|yev|in|im|ym|ova|eva|yeva|ina|uly|kyzy|sky|skiy)$",
    re.IGNORECASE,
)


def speaker(doc: ArticleDoc, m: Mention, n: int, lang: str) -> str | None:
    """The person a mention names where only a speaker can stand: "по словам Сарыма", "said Nurmukhanov.".

    A surname alone is otherwise only ever a person named in full in the run (:func:`actor`
    drafts none; the article's full names are drafted before the rules run, see
    :mod:`kg.extract.speakers`); in a speaker's place it is the speaker, drafted under the
    surname when no full name ends with it (a tagger's person, or a word with a surname's ending).
    """
    found = actor(doc, m, n, lang)
    if found or m.kind != "person" or not m.new.get("single"):
        return found
    name = m.new.get("name", m.text)
    if m.how != "tagger" and not _SURNAME_LIKE.search(name):
        return None
    if re.match(r"['’]s\b", doc.article.sentences[n].text[m.end :]):
        return None  # "according to Ozhegov’s dictionary": the source is the dictionary
    m.actor = doc.linker.add("person", name, lang)
    return m.actor


def group(doc: ArticleDoc, group_id: str, lang: str) -> str:
    """A group of people (citizens, political parties): the registry's, else drafted with its three labels."""
    if doc.linker.type_of(group_id) == "group":
        return group_id
    kk, ru, en = next(labels for gid, labels, _t in P.GROUPS if gid == group_id)
    new_id = doc.linker.add("group", en, "en", actor_id=group_id)
    doc.linker.name(new_id, {"kk": kk, "ru": ru}, replace=True)
    return new_id


def draft_document(doc: ArticleDoc, lang: str) -> str:
    """The draft Constitution: the registry's one draft, else a new one."""
    linker = doc.linker
    drafts = linker.of_type("document", status="draft")
    constitutional = [d for d in drafts if "constitution" in linker.label(d, "en").lower()]
    if len(constitutional) == 1:
        return constitutional[0]
    if len(drafts) == 1:
        return drafts[0]
    label = {"kk": "Конституция жобасы", "ru": "Проект Конституции"}.get(lang, "Draft Constitution")
    return linker.add("document", label, lang, en="Draft Constitution", status="draft", actor_id="draft-constitution")


#: Words that name the draft or the new Constitution anywhere in a text.
_NAMES_DRAFT = re.compile(
    r"жоба|проект|draft|(?:жаңа|нов\w*|обновл\w*|new|updated|amended)\s+(?:Конституц|Ата\s+заң|Основн|Basic\s+Law|Constitution)",
    re.IGNORECASE,
)


_NAMES_CONSTITUTION = re.compile(r"Конституц|Ата\s+заң|Основн\w*\s+закон|Basic\s+Law|Constitution", re.IGNORECASE)


def _in_force(doc: ArticleDoc) -> str | None:
    """The Constitution in force when the text names the Constitution but never a draft or a new one (the articles a
    deputy proposes to amend before the draft is published, test2 and test5): the registry's one adopted Constitution."""
    texts = [s.text for s in doc.article.sentences]
    if not any(_NAMES_CONSTITUTION.search(t) for t in texts) or any(_NAMES_DRAFT.search(t) for t in texts):
        return None  # an article alone ("45-баптың 2-тармағын ... ұсынды") says nothing of which Constitution
    linker = doc.linker
    adopted = [
        d for d in linker.of_type("document", status="adopted") if "constitution" in linker.label(d, "en").lower()
    ]
    return adopted[0] if len(adopted) == 1 else None


def provision(doc: ArticleDoc, number: str, lang: str) -> str:
    """Article ``number`` ("8", "45(2)") of the draft Constitution, or of the one in force when no draft is named."""
    linker = doc.linker
    current = _in_force(doc)
    document = current or draft_document(doc, lang)
    for pid in linker.of_type("provision", part_of=document):
        found = linker.actors.get(pid) or linker.new.get(pid)
        if found is not None and found.number == number:
            return pid
    main, _, para = number.partition("(")
    para = para.rstrip(")")
    label = {
        "kk": f"Конституция{'' if current else ' жобасы'}ның {main}-бабы" + (f" {para}-тармағы" if para else ""),
        "ru": (f"Пункт {para} статьи {main}" if para else f"Статья {main}")
        + (" Конституции" if current else " проекта Конституции"),
    }.get(lang, f"Article {number} of the {'' if current else 'draft '}Constitution")
    return linker.add(
        "provision",
        label,
        lang,
        en=f"Article {number} of the {'' if current else 'draft '}Constitution",
        part_of=document,
        number=number,
        actor_id=f"{document}-article-{slug(number)}",
    )


def reform(doc: ArticleDoc, text: str, lang: str) -> str:
    """The constitutional reform: the registry's one reform, else a new one."""
    reforms = doc.linker.of_type("reform")
    if len(reforms) == 1:
        return reforms[0]
    return doc.linker.add("reform", text, lang, en="Constitutional reform", actor_id="constitutional-reform")


def unit(doc: ArticleDoc, m: Mention, n: int, lang: str) -> str | None:
    """A party's unit ("Саяси кеңес", "Алматы қалалық филиалы") of the party named beside it."""
    linker = doc.linker
    text, ms = doc.article.sentences[n].text, doc.mentions[n]
    party = None
    for other in ms:
        if other is m or other.kind not in ("organisation", "anaphor"):
            continue
        gap = text[other.end : m.start] if other.end <= m.start else text[m.end : other.start]
        if len(gap) <= 12 and re.fullmatch(r"[\s,«»\"'’]*(?:of\s+the\s+|of\s+|s\s+)?", gap, re.IGNORECASE):
            candidate = anaphor(doc, other) if other.kind == "anaphor" else other.actor
            if candidate and linker.type_of(candidate) == "party":
                party = candidate
                break
    party = party or doc.main_party
    if party is None:
        return None
    kind, unit_type, place = m.new["unit"], m.new["type"], m.new.get("place")
    if kind == "political-council":
        branch = next(
            (
                b
                for b in ms
                if b.kind == "unit"
                and b.new.get("unit") == "branch"
                and b.end <= m.start
                and not text[b.end : m.start].strip()
            ),
            None,
        )
        if branch is not None:
            return _branch_council(doc, unit(doc, branch, n, lang), party)  # "өңірлік филиалының Саяси кеңесі"
    named, after = m.text, ""
    if kind == "branch" and not place:
        region = _region_named(doc, n)  # "Абай облысында «Ауыл» партиясы өңірлік филиалының"
        if region is None and article_region(doc, n):
            region = (article_region(doc, n) or "", True)  # "партияның облыстық филиалы" in a Pavlodar report
        if region:
            place = region[0]
            if lang == "kk" and region[1]:
                named = f"{place} облыстық филиалы"  # the region's branch, as the party names it
            elif lang == "ru" and region[1] and "branch-name" in READINGS23B and not _RU_PLACE_ADJECTIVE.match(place):
                after = f" по области {place}"  # "Региональный филиал партии «Ауыл» по области Абай"
    elif kind == "branch" and lang == "ru" and place and "branch-name" in READINGS23B:
        adjective = _RU_PLACE_ADJECTIVE.match(place)
        if adjective and place not in m.text:
            # "филиала партии «Amanat» Мангистауской области": "Мангистауский областной филиал", as a branch is named
            named = f"{adjective.group(1)}ий областной филиал"
        if adjective:
            place = adjective.group(1).removesuffix("ск").removesuffix("цк")  # "Мангистауской" -> "Мангистау"
    types = ("city-branch", "regional-branch") if kind == "branch" else (unit_type,)
    candidates = [c for t in types for c in linker.of_type(t, part_of=party)]
    if place:
        from kg.names import name_key

        key = name_key(place)[:5]
        candidates = [
            c for c in candidates if any(w[:5] == key for label in labels(doc, c) for w in name_key(label).split())
        ]
    if len(candidates) == 1 and (place or kind != "branch"):
        return candidates[0]  # (a branch named by no place is not the one branch of the party the registry knows)
    party_en = linker.label(party, "en")
    if kind == "branch":
        place_en = translit(place or "local")
        en = f"{place_en} {'city' if unit_type == 'city-branch' else 'regional'} branch of {party_en}"
        new_id = f"{party}-{slug(place or 'local')}-branch"
    else:
        en = f"{kind.replace('-', ' ').capitalize()} of {party_en}"
        new_id = f"{party}-{kind}"
    label = unit_label(doc, named, party, lang) + after
    return linker.add(unit_type, label, lang, en=en, part_of=party, actor_id=new_id)


#: (twenty-third session, second round) Switches of this session's second round in the naming of a party's unit
#: (``benchmarks/persons23b_lopo.py``): ``branch-name``, a Russian branch drafted with its region as the party names
#: it ("Мангистауский областной филиал партии «Amanat»" for "филиала партии «Amanat» Мангистауской области",
#: "Региональный филиал партии «Ауыл» по области Абай" for a region named elsewhere in the sentence), its English name
#: with the region's stem ("Mangistau", not "Mangistauskoy"). The wordings are :data:`kg.extract.patterns.READINGS23B`'s.
READINGS23B: frozenset[str] = frozenset({"branch-name"})
#: A Russian region's adjective in an oblique case, its stem kept: "Мангистауской" -> "Мангистауск".
_RU_PLACE_ADJECTIVE = re.compile(r"((?-i:[А-ЯЁ])[а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)*(?:ск|цк))(?:ого|ой|ому|ом|им|ий|ая|ую)$")


def _branch_council(doc: ArticleDoc, branch: str | None, party: str) -> str | None:
    """The political council of a party's branch ("«Ауыл» партиясы Абай облыстық филиалының Саяси кеңесі")."""
    if branch is None:
        return None
    linker = doc.linker
    found = linker.of_type("political-council", part_of=branch)
    if len(found) == 1:
        return found[0]
    own = linker.new.get(branch) or linker.actors.get(branch)
    names = dict(own.names) if own is not None else {}
    kk = names.get("kk")
    new_id = linker.add(
        "political-council",
        f"{kk}ның Саяси кеңесі"
        if kk and kk.endswith(("ы", "і"))
        else f"Political council of the {linker.label(branch)}",
        "kk" if kk else "en",
        en=f"Political council of the {linker.label(branch)}",
        part_of=party,
        actor_id=f"{branch}-political-council",
    )
    if names.get("ru"):
        linker.name(new_id, {"ru": f"Политический совет ({names['ru']})"})
    return new_id


def _region_named(doc: ArticleDoc, n: int) -> tuple[str, bool] | None:
    """The one region or city sentence ``n`` names, and whether it is a region ("Абай облысында" -> "Абай", True)."""
    places = {
        (words[0], bool(re.search(r"(?i)облыс|област|region|oblast", name)))
        for m in doc.mentions[n]
        if m.kind == "place" and m.how == "tagger"
        for name in [m.new.get("name", m.text)]
        for words in [[w for w in name.split() if not re.match(r"(?i)облыс|област|region|oblast|город|қала", w)]]
        if words
    }
    return places.pop() if len(places) == 1 else None


#: Words that make a place a region ("Павлодар облысы", "области Жетісу", "Atyrau region").
_REGION_WORD = re.compile(r"(?i)облыс|област|region|oblast")
#: A region named by its word for "region", in a body's name too: "Павлодар облыстық …", "Atyrau region".
_REGION_IN_TEXT = re.compile(
    r"(?<![\w-])((?:(?:Батыс|Шығыс|Солтүстік|Оңтүстік)\s+)?(?-i:[А-ЯӘҒҚҢӨҰҮҺІ])[а-яәғқңөұүһі-]+)\s+облыс(?:ы|тық|ының|ында|ына|ынан|ындағы)?(?!\w)"
    r"|(?<![\w-])((?:(?:West|East|North|South)\s+)?(?-i:[A-Z])[a-z-]+)\s+(?:[Rr]egion|[Oo]blast)\b"
    # Russian names a region by its adjective: "Павлодарской области", "Павлодарского областного филиала"
    r"|(?<![\w-])((?-i:[А-ЯЁ])[а-яё]+(?:-(?-i:[А-ЯЁ])?[а-яё]+)*(?:ск|цк)(?:ая|ой|ую|ого|ом))\s+(?:област|регион)"
)  # ("Западно-Казахстанской области": a hyphen and a capital inside the adjective)
#: A Russian region's adjective in any case ("Павлодарского", "Павлодарском"): counted as its nominative feminine,
#: the form "… области" asks ("Павлодарская" -> "Акимат Павлодарской области").
_RU_REGION_ADJECTIVE = re.compile(r"((?-i:[А-ЯЁ])[а-яё]+(?:-(?-i:[А-ЯЁ])?[а-яё]+)*(?:ск|цк))(?:ая|ой|ую|ого|ом|ий|ое)")


def _region_base(word: str) -> str:
    """A region's name as counted: a Russian adjective in its nominative feminine, any other name as it is."""
    adjective = _RU_REGION_ADJECTIVE.fullmatch(word)
    return f"{adjective.group(1)}ая" if adjective else word


#: A Kazakh word in the dative, locative, ablative or instrumental ("Жиынға облыстық мәслихат"): no region's name.
_KK_CASE_WORD = re.compile(r"(?:ға|ге|қа|ке|да|де|та|те|нда|нде|нан|нен|дан|ден|мен|бен|пен)$")
#: Places that are no region's centre (cities of the Republic) or no region at all.
_NO_REGION = re.compile(r"(?i)^(?:астана|astana|алматы|almaty|шымкент|shymkent|қазақстан|казахстан|kazakhstan)")


def _titled(name: str) -> str:
    """Each word with a capital and the rest in lower case: "ПАВЛОДАР" -> "Павлодар", "Батыс Қазақстан" stays; a
    part after a hyphen keeps its capital ("Западно-Казахстанская")."""

    def part(p: str, first: bool) -> str:
        return (p[:1].upper() if first or p[:1].isupper() else p[:1]) + p[1:].lower()

    return " ".join("-".join(part(p, i == 0) for i, p in enumerate(w.split("-"))) for w in name.split())


def article_region(doc: ArticleDoc, n: int) -> str | None:
    """The region the article is about, in its base form ("Павлодар", "Жетісу"), or None.

    A body named by its kind and "regional" alone ("облыстық мәслихат", "областной маслихат",
    "облыс әкімі", "партияның облыстық филиалы") is the body of this region: the one region the
    article names up to sentence ``n`` (the most named, then the first), else the one city it
    names that can be a regional centre ("Павлодар қаласында"), else none.
    """
    # counted once per sentence, each count kept up to its sentence: a count from the start at every call
    # made a long article quadratic (10.7 s at 1,000 sentences on an akim and a regional maslikhat each)
    counts = doc.region_counts
    while len(counts) <= n and len(counts) < len(doc.mentions):
        regions, cities = (Counter(counts[-1][0]), Counter(counts[-1][1])) if counts else (Counter(), Counter())
        _count_regions(doc, len(counts), regions, cities)
        counts.append((regions, cities))
    if not counts:
        return None
    regions, cities = counts[min(n, len(counts) - 1)]
    for found in (regions, cities):
        if found:
            best = found.most_common()
            if len(best) == 1 or best[0][1] > best[1][1]:
                return best[0][0]
            return None  # two regions as often: not one article's region
    return None


def _count_regions(doc: ArticleDoc, k: int, regions: Counter[str], cities: Counter[str]) -> None:
    """Add the regions and the cities sentence ``k`` names to the counts (see :func:`article_region`)."""
    text = doc.article.sentences[k].text
    # a word read as a group is no region's ("Тұрғындар облыс әкімімен кездесті": residents); a person's may be one
    # ("Абай облысынан": Abai is a region and a name)
    groups = [(m.start, m.end) for m in doc.mentions[k] if m.kind == "group"]
    for named in _REGION_IN_TEXT.finditer(text):  # "Павлодар облыстық мәслихатының", "Pavlodar region"
        word = named.group(1) or named.group(2) or named.group(3)
        at = named.start(named.lastindex or 1)
        if any(a <= at < b for a, b in groups):
            continue
        if not _NO_REGION.match(word) and not _KK_CASE_WORD.search(word):
            regions[_titled(_region_base(word))] += 1
    for m in doc.mentions[k]:
        if m.kind == "unit" and m.new.get("place") and m.new.get("type") == "regional-branch":
            name, region = m.new["place"], True  # "Қызылорда облыстық филиалында"
        elif m.kind == "place":
            lang = doc.article.sentences[k].lang
            name = m.new.get("name") or (doc.linker.label(m.actor, lang) if m.actor else m.text)
            region = bool(
                _REGION_WORD.search(name)
                or _REGION_WORD.match(text[m.end : m.end + 12].strip())
                or re.search(r"(?i)област\w*\s+$", text[max(0, m.start - 10) : m.start])
            )
        else:
            continue
        words = [w for w in name.split() if not _REGION_WORD.match(w) and not re.match(r"(?i)город|қала|city", w)]
        if not words or _NO_REGION.match(words[0]) or not words[0][:1].isupper():
            continue
        (regions if region else cities)[_titled(_region_base(" ".join(words)))] += 1  # "Батыс Қазақстан" whole


def unit_label(doc: ArticleDoc, text: str, party: str, lang: str) -> str:
    """A unit's name in the base form, with its party: "«Ақ жол» партиясының фракциясы", "Фракция партии «Ак жол»".

    The article names a unit in any case ("фракциясының", "Парламентской фракции"); the label
    is the unit's own name, not the inflected word.
    """
    from kg.extract.linker import kk_base_phrase

    noun = " ".join(text.strip("«» ").split())
    party_label = doc.linker.label(party, lang)
    core = re.search(r"[«“\"]([^«»“”\"]{2,80})[»”\"]", party_label) or re.search(
        r"[«“\"]([^«»“”\"]{2,80})[»”\"]", doc.linker.label(party, "ru")
    )
    name = core.group(1) if core else None
    if lang == "kk":
        noun = kk_base_phrase(noun)
        if not re.search(r"(?:сы|сі|ы|і)$", noun):
            noun += "сы" if noun[-1:].lower() in "аәеиоөұүыіэюя" else ("і" if kk_front(noun) else "ы")
        owner = f"«{name}» партиясының" if name else re.sub(r"сы$|і$|ы$", "", party_label) + "ның"
        return f"{owner} {noun[:1].lower() + noun[1:] if noun.split()[0].islower() or len(noun.split()) == 1 else noun}"
    if lang == "ru":
        from kg.extract.rules.memberships import ru_nominative

        noun = ru_nominative(noun)
        return f"{noun} партии «{name}»" if name else f"{noun} ({party_label})"
    return f"{party_label} {noun[:1].lower() + noun[1:]}" if not noun.lower().startswith(party_label.lower()) else noun


def labels(doc: ArticleDoc, actor_id: str) -> list[str]:
    """Every label of a registry or draft actor."""
    found = doc.linker.actors.get(actor_id)
    if found is not None:
        return [*found.names.values(), *(t for _l, t in found.also)]
    draft = doc.linker.new.get(actor_id)
    return list(draft.names.values()) if draft else []


def country(doc: ArticleDoc, lang: str) -> str:
    """The Republic of Kazakhstan (the organisation of the Head of State's post)."""
    linker = doc.linker
    states = [
        a
        for a in linker.of_type("state-body")
        if "republic" in linker.label(a, "en").lower() and "parliament" not in linker.label(a, "en").lower()
    ]
    if states:
        return "republic-of-kazakhstan" if "republic-of-kazakhstan" in states else states[0]
    return linker.add("state-body", "Republic of Kazakhstan", "en", actor_id="republic-of-kazakhstan")


def role(doc: ArticleDoc, role_id: str) -> str:
    """The registry role ``role_id``, drafted with its three labels when the registry lacks it."""
    linker = doc.linker
    if linker.type_of(role_id) == "role":
        return role_id
    kk, ru, en = P.ROLE_NAMES.get(role_id, (role_id, role_id, role_id.replace("-", " ")))
    new_id = linker.add("role", en, "en", actor_id=role_id)
    linker.name(new_id, {"kk": kk, "ru": ru}, replace=True)
    return new_id


def _without_post(name: str, lang: str) -> str:
    """A person's name without the words of a post a tagger took in ("Legal Affairs Yerzhan Zhienbayev")."""
    posts = [p for p in P.find_posts(name, lang) if p.start == 0]
    rest = name[posts[0].end :].strip(" ,") if posts else name
    return rest if len(rest.split()) >= 2 else name


def _stem4(key: str) -> str:
    """The first four letters of a folded word, with Kazakh g/k voicing merged (одақ, одағы)."""
    return key.replace("g", "k")[:4]
