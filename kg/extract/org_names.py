"""Organisation names the taggers miss: Kazakh names read by their head noun, Russian and English ones in lower case.

A Kazakh body's name is a noun phrase that ends on a head noun of a closed class (партия, кеңес,
федерация, бірлестік, университет, мәслихат, …), in any case and possessive form
("федерациясының", "бірлестігіне", "мәслихатта", "одағымен"), after its modifiers: proper words
("Қазақстан Республикасы", "Maqsut Narikbayev University"), relational adjectives ("облыстық",
"елордалық", "этномәдени"), nouns in the nominative ("кәсіподақтар", "өзбек", "сауда"), a quoted name
(«Жайдарман»), "X атындағы" (named after X) and "X жанындағы" (attached to X). The label is the
phrase with the head's case ending undone ("Қазақстан Кәсіподақтар федерациясы"), so every
inflected form gets the same id.

The reading is left to right over words, with no regular expression over the whole phrase (no
backtracking): a head is found by its word alone, then its modifiers are taken word by word
leftwards until a word that cannot be one (a verb, an oblique case, punctuation, a clause word).

Russian and English names in capitals are the taggers' (Natasha, capitalised runs); what they cannot
see is a body named in lower case after a people's adjective or a level ("узбекского этнокультурного
объединения Астаны", "the city maslikhat"): :func:`find_ru` and :func:`find_en`.

>>> [(o.text, o.name) for o in find_kk("Кеше Қазақстан Кәсіподақтар федерациясының төрағасы сөйледі.")]
[('Қазақстан Кәсіподақтар федерациясының', 'Қазақстан Кәсіподақтар федерациясы')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kg.lang import kk_base_phrase

__all__ = ["OrgName", "find_en", "find_kk", "find_ru", "head_of", "head_possessive"]

#: Head nouns of bodies: the bare form and the third-person possessive ("одақ" -> "одағы").
_HEADS: tuple[tuple[str, str], ...] = (
    ("партия", "партиясы"), ("кеңес", "кеңесі"), ("комиссия", "комиссиясы"), ("министрлік", "министрлігі"),
    ("университет", "университеті"), ("академия", "академиясы"), ("институт", "институты"),
    ("мәслихат", "мәслихаты"), ("әкімдік", "әкімдігі"), ("әкімшілік", "әкімшілігі"), ("коалиция", "коалициясы"),
    ("федерация", "федерациясы"), ("бірлестік", "бірлестігі"), ("қауымдастық", "қауымдастығы"), ("одақ", "одағы"),
    ("палата", "палатасы"), ("сот", "соты"), ("прокуратура", "прокуратурасы"), ("комитет", "комитеті"),
    ("департамент", "департаменті"), ("басқарма", "басқармасы"), ("орталық", "орталығы"), ("қор", "қоры"),
    ("агенттік", "агенттігі"), ("корпорация", "корпорациясы"), ("ассамблея", "ассамблеясы"), ("штаб", "штабы"),
    ("мектеп", "мектебі"), ("колледж", "колледжі"), ("газет", "газеті"), ("телеарна", "телеарнасы"),
    ("лига", "лигасы"), ("ұйым", "ұйымы"), ("қозғалыс", "қозғалысы"), ("қоғам", "қоғамы"), ("клуб", "клубы"),
    ("театр", "театры"), ("филармония", "филармониясы"), ("хатшылық", "хатшылығы"), ("бюро", "бюросы"),
    ("музей", "музейі"), ("лицей", "лицейі"), ("гимназия", "гимназиясы"), ("ассоциация", "ассоциациясы"),
    ("холдинг", "холдингі"), ("конгресс", "конгресі"), ("инспекция", "инспекциясы"), ("альянс", "альянсы"),
)  # fmt: skip

_POSSESSIVE = dict(_HEADS)


def head_possessive(word: str) -> str | None:
    """The third-person possessive of a known head noun, as :data:`_HEADS` writes it ("одақ" -> "одағы", "конгресс" ->
    "конгресі"), else None."""
    return _POSSESSIVE.get(word.lower())


#: Case endings after a possessive head ("федерациясы-ның"), and after a bare one ("одақ-тың"), longest first.
_AFTER_POSSESSIVE = ("ндағы", "ндегі", "ның", "нің", "нда", "нде", "нан", "нен", "мен", "на", "не", "н")
_AFTER_BARE = (
    "дағы", "дегі", "тағы", "тегі", "ның", "нің", "дың", "дің", "тың", "тің", "дан", "ден", "тан", "тен", "нан",
    "нен", "мен", "бен", "пен", "ға", "ге", "қа", "ке", "ны", "ні", "ды", "ді", "ты", "ті", "да", "де", "та", "те",
)  # fmt: skip

#: Bare heads whose name may be lower-case adjectives alone: a local body of the article's place
#: ("облыстық мәслихат", "аудандық әкімдік"); other bare heads after adjectives are kinds ("саяси партия").
_LOCAL_HEADS = frozenset({"мәслихат", "әкімдік", "әкімшілік", "сот", "прокуратура"})
#: Adjectives and nouns that say a body's level, which make a lower-case name a name ("облыстық мәслихат").
_LEVELS = frozenset(
    ["облыстық", "қалалық", "аудандық", "ауылдық", "елордалық", "өңірлік", "облыс", "аудан", "қала", "ауыл"]
)
#: Words that never open or stand in a body's name: pronouns, determiners, clause words, time words.
_STOP = frozenset(
    ["бұл", "осы", "сол", "ол", "олар", "біз", "мен", "сен", "оның", "олардың", "біздің", "барлық", "әр", "әрбір"]
    + ["бір", "екі", "жаңа", "туралы", "бойынша", "үшін", "сияқты", "ретінде", "және", "немесе", "мен", "бен"]
    + ["пен", "де", "да", "та", "те", "ал", "деп", "сондай-ақ", "сонымен", "қатар", "алайда", "кейін", "бүгін"]
    + ["кеше", "ертең", "қазір", "енді", "тағы", "жыл", "жылы", "биыл", "өзі", "өз", "басқа", "кейбір", "көптеген"]
    + ["бірнеше", "бірқатар", "жалпы", "сонда", "онда", "мұнда", "сондықтан", "себебі", "өйткені", "яғни"]
    + ["бірақ", "дегенмен", "демек", "әрине", "мысалы", "сонымен", "осылайша", "шамамен", "жуық", "аса"]
    + ["қос", "үш", "төрт", "бес", "он", "жүз", "мың", "түрлі", "әртүрлі", "бүкіл", "жергілікті", "тиісті"]
    + ["ең", "өте", "аса", "әлі", "ғана", "тек", "да", "бен", "деген", "атты", "мынадай", "сондай"]
)
#: Words that join a name to what it is attached to or named after ("X жанындағы", "X атындағы", "X ісі жөніндегі").
_LINKS = frozenset(["жанындағы", "атындағы", "жөніндегі", "қарасты", "қарасты", "саласындағы"])
#: A relational adjective, a plural in the nominative, an adjective in -и ("этномәдени"): a lower-case modifier.
_MODIFIER_END = re.compile(r"(?:лық|лік|дық|дік|тық|тік|лар|лер|дар|дер|тар|тер|ғы|гі|қы|кі|[^с]и)$")
#: Endings a lower-case modifier never has: oblique cases, verbs and converbs.
_NOT_MODIFIER_END = re.compile(
    r"(?:ға|ге|қа|ке|да|де|та|те|дан|ден|тан|тен|нан|нен|мен|бен|пен|ның|нің|дың|дің|тың|тің|ды|ді|ты|ті|ны|ні|"
    r"ған|ген|қан|кен|ды|ді|ып|іп|п|йды|йді|ады|еді|ейді|айды|мақ|мек|ар|ер|ады|уда|уде|ған|атын|етін)$"
)
#: Endings of a capitalised word that close it off from the name after it (oblique cases; "Қазақстан" is a name).
_CAP_OBLIQUE = re.compile(
    r"^(?!Қазақстан$)[^\W\d_]{3,}(?:ға|ге|қа|ке|нда|нде|да|де|та|те|нан|нен|дан|ден|тан|тен|мен|бен|пен|"
    r"ны|ні|ның|нің|дың|дің|тың|тің|дағы|дегі|тағы|тегі)$"
)
#: Sentence openers that are capitalised only because they open the sentence.
_OPENERS = frozenset(
    ["Сондықтан", "Алайда", "Бірақ", "Сонымен", "Осылайша", "Дегенмен", "Себебі", "Өйткені", "Яғни", "Демек"]
    + ["Сондай-ақ", "Әрине", "Мысалы", "Қазір", "Бүгін", "Ертең", "Кеше", "Сонда", "Осы", "Бұл", "Біз", "Мен"]
    + ["Ол", "Олар", "Ал", "Жиында", "Отырыста", "Іс-шарада", "Кездесуде", "Биыл", "Жуырда", "Сондай"]
)
#: Words of a sentence that are words, not names, though they are written in capitals.
_WORD = re.compile(r"«[^«»]{1,80}»|[^\W\d_][\w'’-]*|\S")
#: Latin heads of a body's name written before a Kazakh unit ("Maqsut Narikbayev University Студенттік Ассамблеясы").
_LATIN_HEAD = re.compile(r"(?:University|Institute|Academy|College|School|Foundation|Centre|Center)$")
_PLURAL = ("лар", "лер", "дар", "дер", "тар", "тер")
#: The most modifiers a name takes before its head (a guard for long runs of capitalised words).
MAX_MODIFIERS = 12


@dataclass(frozen=True)
class OrgName:
    """A Kazakh body's name: its span in the text, the head word's start, and the name in the nominative."""

    start: int
    end: int
    head: int
    text: str
    name: str
    oblique: bool


@lru_cache(maxsize=1)
def _head_forms() -> dict[str, tuple[str, bool, bool]]:
    """Every inflected form of every head -> (bare head, possessive, oblique)."""
    forms: dict[str, tuple[str, bool, bool]] = {}
    for bare, possessive in _HEADS:
        forms.setdefault(possessive, (bare, True, False))
        for ending in _AFTER_POSSESSIVE:
            forms.setdefault(possessive + ending, (bare, True, True))
        if possessive.endswith(("ы", "і")) and not possessive.endswith(("сы", "сі")):
            forms.setdefault(possessive[:-1] + possessive[-1] + "мен", (bare, True, True))  # "одағымен"
        forms.setdefault(bare, (bare, False, False))
        for ending in _AFTER_BARE:
            forms.setdefault(bare + ending, (bare, False, True))
    return forms


def head_of(word: str) -> tuple[str, bool, bool] | None:
    """The head noun a word is a form of: (bare head, possessive, oblique), or None.

    >>> head_of("бірлестігінің"), head_of("мәслихатта"), head_of("Ассамблеясы"), head_of("партиялар")
    (('бірлестік', True, True), ('мәслихат', False, True), ('ассамблея', True, False), None)
    """
    return _head_forms().get(word.lower())


_ETHNONYMS = frozenset(
    ["қазақ", "орыс", "өзбек", "татар", "ұйғыр", "кәріс", "корей", "неміс", "украин", "әзірбайжан", "түрік", "дүнген"]
    + ["шешен", "поляк", "белорус", "беларусь", "еврей", "славян", "грек", "армян", "грузин", "қырғыз", "түркімен"]
    + ["тәжік", "башқұрт", "чуваш", "ингуш", "күрд", "қарақалпақ"]
)


#: A place's kind in the genitive after its name: "Ақмола облысының Қоғамдық Кеңесі".
_PLACE_OF = frozenset(["облысының", "ауданының", "қаласының", "ауылының", "облысы", "ауданы", "қаласы"])
_POSSESSIVE_END = re.compile(r"(?:ы|і|сы|сі)$")
_GENITIVE_END = ("ның", "нің", "дың", "дің", "тың", "тің")


def _lower_modifier(word: str, after: str, possessive: bool) -> bool:
    """Whether a lower-case word can stand in a body's name before the word ``after`` it.

    A relational adjective ("облыстық", "этномәдени"), a plural ("кәсіподақтар"), a level or a people
    ("аудан", "өзбек"), a compound's first noun before a possessive ("сауда палатасы", "мал
    шаруашылығы"), or another body's name in the genitive ("министрлігінің мал шаруашылығы …").
    """
    low = word.lower()
    if low in _STOP or low in _LINKS:
        return low in _LINKS
    if low in _LEVELS or low in _ETHNONYMS or low in _PLACE_OF:
        return True
    if low.endswith(_PLURAL) or _MODIFIER_END.search(low) and not _NOT_MODIFIER_END.search(low):
        return True
    genitive_head = head_of(low)
    if genitive_head is not None and genitive_head[2] and low.endswith(_GENITIVE_END):
        return True  # "министрлігінің мал шаруашылығы департаменті": a body of a body
    after_low = after.lower()
    before_possessive = (head_of(after_low) is not None and possessive) or (
        head_of(after_low) is None and _POSSESSIVE_END.search(after_low) is not None and after_low not in _LINKS
    )
    # a bare noun before a possessive makes a compound ("сауда палатасы", "ауыл шаруашылығы")
    return before_possessive and len(low) >= 3 and not _NOT_MODIFIER_END.search(low)


def find_kk(
    text: str, *, persons: list[tuple[int, int]] | None = None, proper: list[tuple[int, int]] | None = None
) -> list[OrgName]:
    """The Kazakh bodies named in ``text``, each ending on a head noun, none overlapping.

    ``persons`` are the spans of persons' names found already: no name runs through one,
    except a name followed by "атындағы" (a body named after a person). ``proper`` are the spans
    of places and bodies found already: the sentence's first word is a word of a name only when
    it is in one of them, or could stand in the name in lower case ("Хат Дала Фермерлер
    қауымдастығына …": the letter is no word of the association's name).
    """
    persons = persons or []
    proper = proper or []
    words = list(_WORD.finditer(text))
    out: list[OrgName] = []
    taken_to = -1
    for h, word in enumerate(words):
        head = head_of(word.group())
        if head is None or word.start() < taken_to:
            continue
        bare, possessive, oblique = head
        first = _modifiers_before(text, words, h, possessive, persons)
        if first == 0 and h > 1 and not _opens_name(words, [*proper, *persons], possessive):
            if not words[1].group()[:1].isupper():
                continue  # "Қазақстан халқы Ассамблеясы": the lower-case words need the first one, unknown
            first = 1  # the sentence's first word, capitalised as the first: a common noun unless a name says so
            while first < h and words[first].group().lower() in _LINKS:
                first += 1  # "Әкім жанындағы …": what the body is attached to is no name
            if first >= h:
                continue
        if first is None:
            continue
        before = words[h - 1].group().lower()
        if not possessive and not (before in _LEVELS or _MODIFIER_END.search(before) and not before.endswith(_PLURAL)):
            continue  # a bare head follows an adjective ("Жоғарғы сот"), never a name ("Марат Ахметов университетке")
        inner = [w.group() for w in words[first:h]]
        named = [w for i, w in enumerate(inner) if (w[:1].isupper() and (i or first)) or w.startswith("«")]
        if not named:
            # lower-case words alone (or capitalised only as the sentence's first word): a local body by its level
            # ("облыстық мәслихат", "аудандық ардагерлер қоғамы") names its place elsewhere, and the post rules
            # add it; a bare head after adjectives is a kind ("саяси партия"), unless a local body
            compound = len(inner) > 1 and _POSSESSIVE_END.search(inner[1].lower()) is not None  # "ауыл шаруашылығы"
            if inner[0].lower() in _LEVELS and inner[0].lower() != "елордалық" and not compound:
                continue
            if not possessive and bare not in _LOCAL_HEADS:
                continue
        if bare == "федерация" and len(inner) == 1 and not inner[0].lower().endswith(_PLURAL):
            continue  # "Ресей Федерациясы", "Бразилия Федерациясының": a state, no body
        if bare == "орталық" and inner[-1].lower() in _PLACE_OF:
            continue  # "Байғанин ауданының орталығы": the district's centre, a village, no body
        if _listed(text, words, first):
            continue  # "Ресей, Шығыс Еуропа және Орталық Азия институты": where the name opens is not plain
        start = words[first].start()
        phrase = text[start : word.end()]
        name = kk_base_phrase(phrase) if oblique else phrase
        name = re.sub(r"(?<=»)\s+(?:атты|деген)(?=\s)", "", name)  # "«…» атты коалиция": the quoted name's own
        if not possessive and bare in _LOCAL_HEADS and len(inner) > 1 and inner[-1].lower() in _LEVELS:
            if inner[-2][:1].isupper():
                # (fifty-fourth session) "Ұйғыр аудандық мәслихат депутаты": a named local body's name takes the
                # possessive, as it is written in full ("Ұйғыр аудандық мәслихаты")
                name = f"{name.rsplit(' ', 1)[0]} {_POSSESSIVE[bare]}"
        while out and out[-1].start >= start:
            out.pop()  # "… министрлігінің мал шаруашылығы департаменті": the whole, not the ministry inside it
        out.append(OrgName(start, word.end(), word.start(), phrase, name, oblique))
        taken_to = word.end()
    return out


#: The compass words of three regions' names ("Батыс Қазақстан", "Шығыс Қазақстан", "Солтүстік Қазақстан"): a word
#: of the name a tagger may take for a surname.
_COMPASS_KK = frozenset({"Батыс", "Шығыс", "Солтүстік", "Оңтүстік"})


def _compass(words: list[re.Match[str]], i: int) -> bool:
    """Whether word ``i`` is a compass word of a region's name ("Батыс" before "Қазақстан облыстық …")."""
    return words[i].group() in _COMPASS_KK and i + 1 < len(words) and words[i + 1].group().startswith("Қазақстан")


def _opens_name(words: list[re.Match[str]], proper: list[tuple[int, int]], possessive: bool) -> bool:
    """Whether the sentence's first word belongs to the name after it: a place's or a body's word found already,
    a quotation, a Latin word, or a word that would stand in the name in lower case ("Кәсіподақтар федерациясы …")."""
    w = words[0]
    if w.group().startswith("«") or any(a <= w.start() < b for a, b in proper):
        return True
    if _compass(words, 0):
        return True  # "Батыс Қазақстан облыстық мәслихатының …": a region's name opens the body's
    if re.match(r"[A-Za-z]", w.group()):
        return True  # a Latin word in a Kazakh sentence is a name ("Steppe Tech University Жастар Кеңесі")
    if w.group()[:1].isupper() and words[1].group().lower() in _PLACE_OF:
        return True  # (fifty-fourth session) "Степногорск қаласының Аналар кеңесі": a town's name opens the body's
    return _lower_modifier(w.group(), words[1].group(), possessive)


def _listed(text: str, words: list[re.Match[str]], first: int) -> bool:
    """Whether the name opens right after "және"/"немесе" that follows a capitalised word: a list of the body's
    fields whose start cannot be told from the words ("Ресей, Шығыс Еуропа және Орталық Азия институты")."""
    if first < 2 or words[first - 1].group().lower() not in ("және", "немесе"):
        return False
    prev = words[first - 2].group()
    return prev[:1].isupper() and not _CAP_OBLIQUE.match(prev)


def _modifiers_before(
    text: str, words: list[re.Match[str]], h: int, possessive: bool, persons: list[tuple[int, int]]
) -> int | None:
    """The index of the first word of the name whose head is word ``h``, or None when nothing precedes it."""
    first = None
    i = h - 1
    count = 0
    complement = False  # inside the words before "жөніндегі": "Әйелдер істері және … саясат жөніндегі"
    while i >= 0 and count < MAX_MODIFIERS:
        w = words[i]
        gap = text[w.end() : words[i + 1].start()]
        if gap.strip():
            break
        token = w.group()
        after = words[i + 1].group()
        if token.startswith("«"):
            first = i
            break  # a quoted name opens the body's name
        if token.lower() in ("атты", "деген") and i > 0 and words[i - 1].group().startswith("«"):
            first = i - 1
            break  # "«…» атты коалиция": a body named by a quotation
        if not token[:1].isalpha():
            break
        in_person = next((p for p in persons if p[0] <= w.start() < p[1]), None)
        if in_person is not None and _compass(words, i):
            in_person = None  # "Батыс" taken for a surname before "Қазақстан": the region's word
        if in_person is not None:
            latin_body = _LATIN_HEAD.search(text[in_person[0] : in_person[1]])
            if after.lower() == "атындағы" or latin_body:
                # "Ахмет Байтұрсынұлы атындағы …", "Maqsut Narikbayev University Студенттік …": the name is the body's
                while i >= 0 and words[i].start() >= in_person[0]:
                    i -= 1
                first = i + 1
                count += 1
                continue
            break
        low = token.lower()
        if complement and low in ("және", "мен") and first is not None and i > 0:
            i -= 1  # "Әйелдер істері және отбасылық-демографиялық саясат жөніндегі": a field joined to another
            count += 1
            continue
        if token[:1].isupper():
            if token in _OPENERS or (_CAP_OBLIQUE.match(token) and not _genitive_kept(token, after, complement)):
                break
            if i == 0 and low in _STOP:
                break
            first = i
        elif low in ("жөніндегі", "жанындағы", "атындағы", "саласындағы"):
            if i == 0:
                break
            complement = low != "атындағы"
            first = i
        elif complement and not _NOT_MODIFIER_END.search(low) and low not in _STOP:
            first = i  # a field's words: "істері", "саясат", "отбасылық-демографиялық"
        elif _lower_modifier(token, after, possessive):
            first = i
        else:
            break
        count += 1
        i -= 1
    if first is None:
        return None
    while first < h and (words[first].group().lower() in _LINKS or words[first].group().lower() in ("және", "мен")):
        first += 1  # a name never opens on "жанындағы" or "және"
    return first if first < h else None


def _genitive_kept(token: str, after: str, complement: bool) -> bool:
    """Whether a capitalised word in the genitive is a word of the name: the owner of what follows ("Қазақстанның
    стратегиялық зерттеулер институты", "Ақмола облысының Қоғамдық Кеңесі", "Президентінің жанындағы")."""
    return token.lower().endswith(_GENITIVE_END) and not complement or after.lower() == "жанындағы"


# ------------------------------------------------------------------ Russian and English, lower-case bodies

#: Peoples' adjectives in Russian, by their stem ("узбекск-ого").
_RU_PEOPLES = (
    "узбекск|татарск|корейск|русск|украинск|немецк|уйгурск|азербайджанск|турецк|дунганск|чеченск|польск|"
    "белорусск|еврейск|славянск|киргизск|кыргызск|таджикск|туркменск|армянск|грузинск|греческ|казахск"
)
_RU_ADJ_CASE = r"(?:ий|ый|ой|ого|ому|им|ым|ом|ая|ую|ое|ие|ые|ей|ем)"
#: A singular head noun in any case, with its gender: the nominative's adjective ending depends on it.
_RU_HEADS = (
    ("объединени", "е|я|ю|ем|и", "объединение", "n"),
    ("обществ", "о|а|у|ом|е", "общество", "n"),
    ("центр", "|а|у|ом|е", "центр", "m"),
    ("союз", "|а|у|ом|е", "союз", "m"),
    ("совет", "|а|у|ом|е", "совет", "m"),
    ("ассоциаци", "я|и|ю|ей", "ассоциация", "f"),
    ("общин", "а|ы|е|у|ой", "община", "f"),
    ("лиг", "а|и|е|у|ой", "лига", "f"),
)
_RU_HEAD = "|".join(f"{stem}(?:{ends})" for stem, ends, _n, _g in _RU_HEADS)
#: "узбекского этнокультурного объединения Астаны": a people's adjective, at most two adjectives, a head, and the
#: place in the genitive. Each part is one word: no nested repetition.
_RU_BODY = re.compile(
    rf"(?<![\w-])(?P<people>(?i:{_RU_PEOPLES}){_RU_ADJ_CASE})"
    rf"(?:\s+(?P<adj1>[а-яё]+{_RU_ADJ_CASE}))?(?:\s+(?P<adj2>[а-яё]+{_RU_ADJ_CASE}))?"
    rf"\s+(?P<head>{_RU_HEAD})(?![\w-])"
    r"(?:\s+(?P<place>(?:города\s+|области\s+)?[А-ЯЁ][а-яё]+(?:а|ы|и|я)))?(?![\w-])"
)


def _ru_adjective(word: str, gender: str) -> str:
    """A Russian adjective in the nominative singular of ``gender``: "узбекского" -> "узбекское" (neuter)."""
    stem = re.sub(_RU_ADJ_CASE + "$", "", word)
    soft = stem.endswith(("к", "г", "х", "ж", "ш", "щ", "ч"))
    return stem + {"m": "ий" if soft else "ый", "f": "ая", "n": "ое"}[gender]


#: (twentieth session) A coalition named in lower case by its level, the place it serves after it or a place's
#: adjective before it: "областной коалиции Мангистауской области", "Карагандинской областной коалиции",
#: "территориальной коалиции района", "районной коалиции". A level's coalition is one of the referendum's regional
#: and district units; the tagger sees none of these. Singular only ("региональных коалиций" names no one body).
_RU_COALITION = re.compile(
    r"(?<![\w-])(?:(?P<adj>[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?ск(?:ой|ая|ую))\s+)?"
    r"(?P<level>(?-i:областн|районн|городск|региональн|территориальн))(?:ой|ая|ую)\s+"
    r"(?P<head>коалици(?:я|и|ю|ей))(?![\w-])"
    r"(?:\s+(?P<place>(?:(?P<padj>[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?ской)\s+)?(?P<pnoun>области|района)|"
    r"города\s+(?P<city>[А-ЯЁ][а-яё-]+)))?(?![\w-])"
)
#: The level adjective in the nominative feminine, by its stem, and the level a place's noun gives.
_RU_LEVEL_NOM = {"областн": "областная", "районн": "районная", "городск": "городская", "региональн": "региональная"}
_RU_PLACE_LEVEL = {"области": "областн", "района": "районн"}
#: Switched by :mod:`benchmarks.posts20_lopo`.
COALITIONS = True
#: (forty-ninth session) An election or referendum commission named in lower case by its level and its kind:
#: "Председатель областной избирательной комиссии X", "в областной комиссии референдума". Singular only ("участковых
#: комиссий" names no one body); the tagger sees the head noun alone, an anaphor of no body. Not a commission of no
#: kind ("председателя участковой комиссии X": `test52`'s sheet names it "участковая комиссия референдума"). A place's
#: adjective before the level is part of the name ("Председатель Мангистауской областной комиссии референдума").
_RU_COMMISSION = re.compile(
    r"(?<![\w-])(?:(?P<adj>[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?ск(?:ой|ая|ую))\s+)?"
    r"(?P<level>(?-i:областн|районн|городск|территориальн|участков|окружн))(?:ой|ая|ую)\s+"
    r"(?:(?P<election>избирательн)(?:ой|ая|ую)\s+)?(?P<head>комисси(?:я|и|ю|ей))(?P<referendum>\s+референдума)?"
    r"(?![\w-])"
)
#: The commission's level adjective in the nominative feminine, by its stem.
_RU_COMMISSION_LEVEL = {
    **_RU_LEVEL_NOM,
    "территориальн": "территориальная",
    "участков": "участковая",
    "окружн": "окружная",
}


def _ru_feminine(adjective: str) -> str:
    """A place's adjective in the feminine nominative, as a commission's or a coalition's ("Мангистауской" ->
    "Мангистауская")."""
    return re.sub(r"(?:ой|ую)$", "ая", adjective)


def _ru_commission(m: re.Match[str]) -> OrgName:
    """One :data:`_RU_COMMISSION` match, named in the nominative: "Областная избирательная комиссия", "Участковая
    комиссия референдума", "Мангистауская областная комиссия референдума"."""
    words = [_RU_COMMISSION_LEVEL[m.group("level")], *(["избирательная"] if m.group("election") else []), "комиссия"]
    if m.group("adj"):  # "Мангистауской областной комиссии референдума": the region's
        words.insert(0, _ru_feminine(m.group("adj")))
    name = " ".join(words) + (" референдума" if m.group("referendum") else "")
    return OrgName(
        m.start(), m.end(), m.start("head"), m.group(), name[:1].upper() + name[1:], m.group("head") != "комиссия"
    )


def _ru_coalition(m: re.Match[str]) -> OrgName:
    """One :data:`_RU_COALITION` match, named in the nominative: "Мангистауская областная коалиция", "Районная
    коалиция" ("территориальная коалиция района": the district's)."""
    level = m.group("level")
    if level == "территориальн":
        # "территориальной коалиции района": the place's noun gives the level (none: the territorial one)
        level = _RU_PLACE_LEVEL.get(m.group("pnoun") or "", "городск" if m.group("city") else level)
    words = [_RU_LEVEL_NOM.get(level, level + "ая"), "коалиция"]
    adj = m.group("adj") or (m.group("padj") if _RU_PLACE_LEVEL.get(m.group("pnoun") or "") == level else None)
    if adj:
        words.insert(0, _ru_feminine(adj))
    name = " ".join(words)
    if m.group("city"):
        name += f" города {m.group('city')}"
    return OrgName(
        m.start(), m.end(), m.start("head"), m.group(), name[:1].upper() + name[1:], m.group("head") != "коалиция"
    )


def find_ru(text: str) -> list[OrgName]:
    """Russian bodies named in lower case after a people's adjective, which the tagger leaves out, and a coalition by
    its level (:data:`_RU_COALITION`).

    >>> [o.name for o in find_ru("Председатель узбекского этнокультурного объединения Астаны выступил.")]
    ['Узбекское этнокультурное объединение Астаны']
    >>> [o.name for o in find_ru("Член областной коалиции Мангистауской области Е. М. выступил.")]
    ['Мангистауская областная коалиция']
    >>> [o.name for o in find_ru("встреча представителей территориальной коалиции района с ветеранами")]
    ['Районная коалиция']
    >>> [o.name for o in find_ru("Члены этой областной коалиции выступили.")]  # a place's adjective ends in -ской
    ['Областная коалиция']
    """
    out = [_ru_coalition(m) for m in _RU_COALITION.finditer(text)] if COALITIONS else []
    out += [_ru_commission(m) for m in _RU_COMMISSION.finditer(text) if m.group("election") or m.group("referendum")]
    for m in _RU_BODY.finditer(text):
        head = m.group("head")
        stem, _ends, nominative, gender = next(h for h in _RU_HEADS if head.startswith(h[0]))
        words = [_ru_adjective(m.group(g), gender) for g in ("people", "adj1", "adj2") if m.group(g)]
        name = " ".join([*words, nominative, *([m.group("place")] if m.group("place") else [])])
        oblique = head != nominative
        out.append(OrgName(m.start(), m.end(), m.start("head"), m.group(), name[:1].upper() + name[1:], oblique))
    return sorted(out, key=lambda o: o.start)


#: English: a local body by its level ("the city maslikhat", "a district akimat"), and a people's body in lower
#: case ("the Uzbek ethnocultural association of Astana"); capitalised names are the tagger's.
_EN_BODY = re.compile(
    r"(?<![\w-])(?:(?P<level>(?-i:city|regional|district|oblast|rural|town|village|municipal))\s+"
    r"(?P<local>(?-i:maslikhat|akimat|mäslikhat))|"
    r"(?P<people>(?-i:Uzbek|Tatar|Korean|Russian|Ukrainian|German|Uyghur|Uighur|Azerbaijani|Turkish|Dungan|Chechen|"
    r"Polish|Belarusian|Jewish|Slavic|Kyrgyz|Tajik|Turkmen|Armenian|Georgian|Greek))"
    r"(?:\s+(?P<adj>(?-i:[a-z]+(?:al|ic|an|ive|ar))))?\s+(?P<head>(?-i:association|centre|center|council|union|league))"
    r"(?:\s+of\s+(?P<place>(?-i:[A-Z][a-z]+)))?)(?![\w-])"
)


def find_en(text: str) -> list[OrgName]:
    """English bodies named in lower case, which the capitalised-run tagger cannot see.

    >>> [o.name for o in find_en("Aigul Nurova, a deputy of the city maslikhat, and the Tatar cultural centre")]
    ['city maslikhat', 'Tatar cultural centre']
    """
    out = []
    for m in _EN_BODY.finditer(text):
        head = m.start("local") if m.group("local") else m.start("head")
        out.append(OrgName(m.start(), m.end(), head, m.group(), m.group(), False))
    return out
