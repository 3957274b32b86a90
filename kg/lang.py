"""The letters and endings of Kazakh and Russian names, in one place.

One table (:data:`LETTERS`) says, for every Cyrillic letter of Kazakh and Russian, how the
official Kazakh Latin alphabet of 2021 writes it, how the English-language press writes it,
and what it folds to in a search key. One table (:data:`KK_ENDINGS`) lists the Kazakh case
endings with their case, and :data:`RU_ENDINGS` the Russian ones. Everything that reads or
writes a name uses these: :mod:`kg.names` (keys, base forms, resolution), the extractor's
linker (ids and nominatives of new actors), :mod:`kg.synth` (Russian forms of invented names),
:mod:`kg.model` (``kk-Latn`` labels) and the view's search box, whose JavaScript receives
:func:`fold_spec` in the page's data instead of a copy of the tables.

The letter ``ё`` is written ``yo`` by the press (Fyodor, Semyonov) and ``io`` by the Kazakh
Latin alphabet (it has no letter for it); both fold to ``io``, so Фёдор, Fyodor and Fiodor
share a key. (A text that prints ``е`` for ``ё``, Федор, gives another key.)

>>> fold_text("Әміртаев") == fold_text("Amirtayev") == fold_text("Амиртаев")
True
>>> romanize("Шыңғыс Үсенқұл"), kk_latin("Шыңғыс Үсенқұл"), to_cyrillic("Zhan Kassymov")
('Shyngys Usenkul', 'Şyñğys Üsenqūl', 'Жан Кассымов')
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Any, NamedTuple

__all__ = [
    "KK_ENDINGS",
    "LETTERS",
    "RU_ENDINGS",
    "Ending",
    "Letter",
    "fold_spec",
    "fold_text",
    "fold_word",
    "kk_base_phrase",
    "kk_endings",
    "kk_latin",
    "kk_nominative",
    "romanize",
    "to_cyrillic",
]


class Letter(NamedTuple):
    """One Cyrillic letter (lower case) and its three Latin readings."""

    cyrillic: str
    kk_latin: str  #: the official Kazakh Latin alphabet (2021); loanword letters as usual
    press: str  #: the English-language press (Amirtayev, Shyngys, Zhanna)
    fold: str  #: the search key (one spelling per sound; see :func:`fold_word`)


#: Every letter of the Kazakh and Russian Cyrillic alphabets. The 2021 Kazakh Latin alphabet
#: has no letter for Ё Ц Щ Ъ Ь Э Ю Я; they are written as usual for loanwords (io, ts, şş, -, -,
#: e, iu, ia). Kazakh letters fold to their Russian neighbours (ә a, қ k, ң n, і i...).
LETTERS: tuple[Letter, ...] = (
    Letter("а", "a", "a", "a"), Letter("ә", "ä", "a", "a"), Letter("б", "b", "b", "b"),
    Letter("в", "v", "v", "v"), Letter("г", "g", "g", "g"), Letter("ғ", "ğ", "g", "g"),
    Letter("д", "d", "d", "d"), Letter("е", "e", "e", "e"), Letter("ё", "io", "yo", "io"),
    Letter("ж", "j", "zh", "j"), Letter("з", "z", "z", "z"), Letter("и", "i", "i", "i"),
    Letter("й", "i", "y", "i"), Letter("к", "k", "k", "k"), Letter("қ", "q", "k", "k"),
    Letter("л", "l", "l", "l"), Letter("м", "m", "m", "m"), Letter("н", "n", "n", "n"),
    Letter("ң", "ñ", "ng", "n"), Letter("о", "o", "o", "o"), Letter("ө", "ö", "o", "o"),
    Letter("п", "p", "p", "p"), Letter("р", "r", "r", "r"), Letter("с", "s", "s", "s"),
    Letter("т", "t", "t", "t"), Letter("у", "u", "u", "u"), Letter("ұ", "ū", "u", "u"),
    Letter("ү", "ü", "u", "u"), Letter("ф", "f", "f", "f"), Letter("х", "h", "kh", "h"),
    Letter("һ", "h", "h", "h"), Letter("ц", "ts", "ts", "ts"), Letter("ч", "ç", "ch", "ch"),
    Letter("ш", "ş", "sh", "sh"), Letter("щ", "şş", "shch", "sh"), Letter("ъ", "", "", ""),
    Letter("ы", "y", "y", "i"), Letter("і", "ı", "i", "i"), Letter("ь", "", "", ""),
    Letter("э", "e", "e", "e"), Letter("ю", "iu", "yu", "iu"), Letter("я", "ia", "ya", "ia"),
)  # fmt: skip

#: Upper case in Kazakh Latin differs from ``str.upper()`` for the dotted/dotless pair.
_KK_LATIN_UPPER_FIRST: dict[str, str] = {"и": "İ", "й": "İ", "і": "I", "ё": "İo", "ю": "İu", "я": "İa"}

#: Latin letters of the Kazakh alphabets (2021: ä ğ ı ñ ö ū ü ş ç; 2018: á ǵ ı ń ó ú ý ş ç),
#: Turkish and others, and Cyrillic letters of neighbouring alphabets: their search-key reading.
#: In 2018, ý is Cyrillic у and ı is и/й, hence u and i.
FOLD_EXTRA: dict[str, str] = {
    "ş": "sh", "ç": "ch", "ı": "i", "ý": "u", "ú": "u", "ū": "u", "ü": "u", "ö": "o",
    "ó": "o", "ä": "a", "á": "a", "ñ": "n", "ń": "n", "ŋ": "n", "ğ": "g", "ǵ": "g",
    "ß": "ss", "æ": "ae", "ø": "o", "đ": "d", "ł": "l", "ў": "u", "ї": "i", "є": "e",
}  # fmt: skip
#: The same letters as the press writes them (their plain Latin digraphs).
PRESS_EXTRA: dict[str, str] = {
    "ş": "sh", "ç": "ch", "ı": "i", "ñ": "ng", "ğ": "g", "ä": "a", "ö": "o", "ü": "u", "ū": "u", "ý": "y",
}  # fmt: skip

#: What the search key does after letters are mapped, accents dropped and anything but a-z
#: and 0-9 removed: one spelling per sound, in this order (regular expressions that read the
#: same in Python and JavaScript; ``$1`` is the first group).
FOLD_REWRITES: tuple[tuple[str, str], ...] = (
    ("dzh|dj|zh", "j"),
    ("sh(?:ch|sh)", "sh"),  # щ: shch (press), şş (Kazakh Latin)
    ("kh", "h"),
    ("ng", "n"),  # ң: ng (press), ñ/ń (Kazakh Latin), н (Russian)
    ("gh", "g"),
    ("x", "h"),
    ("q", "k"),
    ("w", "u"),
    ("c(?=[eiy])", "ts"),
    ("c(?!h)", "k"),
    ("ch", "sh"),  # Kazakh has no ч: Чингис / Шыңғыс, Чокан / Шоқан
    ("y", "i"),
    ("^ie", "e"),  # Yerlan / Ерлан
    ("([aeiou])ie", "$1e"),  # Balayeva / Балаева
    ("([a-z])\\1+", "$1"),  # doubled letters: Kassym / Қасым (not digits: Article 33 is not Article 3)
)

_APOSTROPHES = "'’ʼ`‘ʻ"


def _py_rewrites() -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple((re.compile(pattern), re.sub(r"\$(\d)", r"\\\1", repl)) for pattern, repl in FOLD_REWRITES)


_FOLD_LETTERS: dict[str, str] = {**{row.cyrillic: row.fold for row in LETTERS}, **FOLD_EXTRA}
_PRESS_LETTERS: dict[str, str] = {row.cyrillic: row.press for row in LETTERS}
_KK_LATIN_LETTERS: dict[str, str] = {row.cyrillic: row.kk_latin for row in LETTERS}
_REWRITES = _py_rewrites()
_NOT_KEY = re.compile(r"[^a-z0-9]")


def _strip_marks(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.category(c).startswith("M"))


@lru_cache(maxsize=8192)
def fold_word(word: str) -> str:
    """Fold one word to lower-case ASCII with one spelling per sound (the search key of a word).

    Steps, the same in the view's JavaScript: NFC, lower case, letters through :data:`LETTERS`
    and :data:`FOLD_EXTRA`, accents dropped, anything but a-z and 0-9 dropped, then
    :data:`FOLD_REWRITES` in order. Russian -ov/-ev endings are kept (see :mod:`kg.names`).

    >>> [fold_word(w) for w in ("Yegizbayev", "Егізбаев", "Kassym", "Qasym", "Жомарт")]
    ['egizbaev', 'egizbaev', 'kasim', 'kasim', 'jomart']
    """
    w = unicodedata.normalize("NFC", word).lower()
    w = "".join(_FOLD_LETTERS.get(c, c) for c in w)
    w = _NOT_KEY.sub("", _strip_marks(w))
    for pattern, repl in _REWRITES:
        w = pattern.sub(repl, w)
    return w


def _is_word_char(c: str) -> bool:
    return unicodedata.category(c)[0] in "LNM" or c in _APOSTROPHES


def fold_text(text: str) -> str:
    """The search key of a text: each run of letters, digits and apostrophes folded, joined by a space.

    >>> fold_text("«БАЙТАҚ» партиясы"), fold_text("Baytaq party"), fold_text("Article 8")
    ('baitak partiasi', 'baitak parti', 'artikle 8')
    """
    words: list[str] = []
    current: list[str] = []
    for c in unicodedata.normalize("NFC", text) + " ":
        if _is_word_char(c):
            current.append(c)
        elif current:
            words.append(fold_word("".join(current)))
            current = []
    return " ".join(w for w in words if w)


def fold_spec() -> dict[str, Any]:
    """The search key's rules as data for the view's JavaScript (see ``_view_template.html``).

    >>> spec = fold_spec()
    >>> spec["letters"]["қ"], spec["rewrites"][0]
    ('k', ['dzh|dj|zh', 'j'])
    """
    return {
        "letters": dict(sorted(_FOLD_LETTERS.items())),
        "rewrites": [list(pair) for pair in FOLD_REWRITES],
        "apostrophes": _APOSTROPHES,
    }


def kk_latin(text: str) -> str:
    """Transliterate Kazakh Cyrillic to the official 2021 Kazakh Latin alphabet, keeping case.

    Letters outside Cyrillic pass through unchanged. The soft and hard signs are dropped.

    >>> kk_latin("Қасым-Жомарт Тоқаев")
    'Qasym-Jomart Toqaev'
    >>> kk_latin("Әміртаев, Шыңғыс Үсенқұл, Ұлытау, Һ")
    'Ämırtaev, Şyñğys Üsenqūl, Ūlytau, H'
    >>> kk_latin("«БАЙТАҚ» Ішкі істер")
    '«BAİTAQ» Işkı ıster'
    """
    out: list[str] = []
    for i, ch in enumerate(text):
        low = ch.lower()
        lat = _KK_LATIN_LETTERS.get(low)
        if lat is None:
            out.append(ch)
            continue
        if ch == low or not lat:
            out.append(lat)
            continue
        # Upper case: all capitals inside an all-capitals word, else capitalise the first letter.
        neighbours = text[max(i - 1, 0) : i] + text[i + 1 : i + 2]
        shouting = any(c.isalpha() and c.isupper() for c in neighbours) and not any(
            c.isalpha() and c.islower() for c in neighbours
        )
        first = _KK_LATIN_UPPER_FIRST.get(low, lat[:1].upper() + lat[1:])
        out.append(first[:1] + first[1:].upper() if shouting else first)
    return "".join(out)


_CYR_VOWELS = frozenset("аәеёиоөуұүыіэюяaeiou")


def romanize(text: str) -> str:
    """Write a Kazakh or Russian name in plain Latin letters, as the English-language press does.

    ``е`` after a vowel is ``ye`` (Amirtayev), ``ң`` is ``ng`` (``n`` before ``ғ``/``қ``: Shyngys);
    Kazakh Latin letters (ş, ğ, ñ...) become their plain digraphs; other text is kept.

    >>> romanize("Азаматхан Әміртаев"), romanize("Ерлан Қарин"), romanize("Фёдор Щукин")
    ('Azamatkhan Amirtayev', 'Erlan Karin', 'Fyodor Shchukin')
    """
    out: list[str] = []
    prev = ""
    text = unicodedata.normalize("NFC", text)
    for i, ch in enumerate(text):
        low = ch.lower()
        if low in _PRESS_LETTERS:
            lat = "ye" if low == "е" and prev in _CYR_VOWELS else _PRESS_LETTERS[low]
            if low == "ң" and text[i + 1 : i + 2].lower() in ("ғ", "г", "қ", "к"):
                lat = "n"  # Шыңғыс: Shyngys
        elif low in PRESS_EXTRA:
            lat = PRESS_EXTRA[low]
        else:
            out.append(ch)
            prev = low
            continue
        if ch != low and lat:
            lat = lat[0].upper() + lat[1:]
        out.append(lat)
        prev = low
    return _strip_marks_nfc("".join(out))


def _strip_marks_nfc(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


_RUSSIAN = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"
#: Latin spellings with no Russian letter of their own, or with several: the one to write.
_TO_CYRILLIC_CHOICE: dict[str, str] = {
    "y": "ы", "ye": "е", "c": "к", "h": "х", "j": "дж", "q": "к", "w": "у", "x": "кс",
}  # fmt: skip


@lru_cache(maxsize=1)
def _to_cyrillic_table() -> dict[str, str]:
    """The press column of :data:`LETTERS` read backwards, Russian letters only."""
    table: dict[str, str] = {}
    for row in LETTERS:
        if row.cyrillic in _RUSSIAN and row.press and row.press not in table:
            table[row.press] = row.cyrillic
    table.update(_TO_CYRILLIC_CHOICE)
    return table


def to_cyrillic(text: str) -> str:
    """A rough Latin-to-Russian-Cyrillic transliteration (the press column read backwards).

    Used for the Russian forms of invented names; each word is capitalised.

    >>> to_cyrillic("Zhan Kassymov"), to_cyrillic("Fyodor Shchukin"), to_cyrillic("Yulia")
    ('Жан Кассымов', 'Фёдор Щукин', 'Юлиа')
    """
    table = _to_cyrillic_table()
    longest = max(len(key) for key in table)
    words = []
    for word in text.split(" "):
        low, out, i = word.lower(), [], 0
        while i < len(low):
            for size in range(longest, 0, -1):
                piece = low[i : i + size]
                if len(piece) == size and piece in table:
                    out.append(table[piece])
                    i += size
                    break
            else:
                out.append(low[i])
                i += 1
        words.append("".join(out).capitalize())
    return " ".join(words)


# --- Case endings ---------------------------------------------------------------------------


class Ending(NamedTuple):
    """A Kazakh ending and what it marks."""

    text: str
    case: str  #: genitive, dative, accusative, locative (and its attribute), ablative, instrumental, possessive, plural
    after_possessive: bool = False  #: the form taken after a 3rd-person possessive (-ы/-і/-сы/-сі)


def _endings(case: str, words: str, *, after_possessive: bool = False) -> tuple[Ending, ...]:
    return tuple(Ending(w, case, after_possessive) for w in words.split())


#: The Kazakh case, possessive and plural endings, in one list.
KK_ENDINGS: tuple[Ending, ...] = (
    *_endings("genitive", "ның нің дың дің тың тің"),
    *_endings("dative", "ға ге қа ке"),
    *_endings("dative", "на не", after_possessive=True),
    *_endings("dative", "а е", after_possessive=True),  # also after 1st/2nd person possessives
    *_endings("accusative", "ны ні ды ді ты ті"),
    *_endings("accusative", "н", after_possessive=True),
    *_endings("locative", "да де та те"),
    *_endings("locative", "нда нде", after_possessive=True),
    # the locative made an attribute: "Қызылордадағы коалиция" (the coalition in Kyzylorda)
    *_endings("locative attribute", "дағы дегі тағы тегі"),
    *_endings("locative attribute", "ндағы ндегі", after_possessive=True),
    *_endings("ablative", "дан ден тан тен"),
    *_endings("ablative", "нан нен", after_possessive=True),  # also after м, н, ң
    *_endings("instrumental", "мен бен пен менен бенен пенен"),
    *_endings("possessive", "ы і сы сі"),
    *_endings(
        "possessive+case",
        "ының інің сының сінің ына іне сына сіне ында інде сында сінде "
        "ынан інен сынан сінен ымен імен сымен сімен ын ін сын сін",
    ),
    *_endings("plural", "лар лер дар дер тар тер"),
)

_CASES = frozenset({"genitive", "dative", "accusative", "locative", "locative attribute", "ablative", "instrumental"})


@lru_cache(maxsize=32)
def kk_endings(*, cases: frozenset[str] | None = None, min_length: int = 1) -> tuple[str, ...]:
    """Kazakh endings of the given cases (all when None), longest first.

    >>> kk_endings(cases=frozenset({"genitive"}))
    ('ның', 'нің', 'дың', 'дің', 'тың', 'тің')
    """
    chosen = [e.text for e in KK_ENDINGS if (cases is None or e.case in cases) and len(e.text) >= min_length]
    return tuple(sorted(dict.fromkeys(chosen), key=len, reverse=True))


#: Russian endings and what may replace them (nominative letters); "" means drop.
RU_ENDINGS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ою", ("а",)), ("ею", ("я",)), ("ой", ("а",)), ("ей", ("я", "ь", "й")),
    ("ом", ("",)), ("ем", ("", "й", "ь")), ("ым", ("",)), ("им", ("",)),
    ("а", ("",)), ("я", ("й", "ь")), ("у", ("", "а")), ("ю", ("й", "ь", "я")),
    ("е", ("", "а", "я", "й")), ("ы", ("а",)), ("и", ("а", "я", "ь", "й")),
)  # fmt: skip

#: Kazakh voiced stem ends that go back to voiceless without a vowel ending: Байтағы -> Байтақ.
KK_DEVOICE = {"ғ": "қ", "г": "к", "б": "п"}

_PATRONYMIC_OR_SURNAME = r"(ов|ев|ин|ова|ева|ина|ұлы|қызы|улы|кызы)$"

_KK_VOWELS = "аәеиоөұүыіэюяуё"
_KK_BACK_VOWELS = "аоұыяуюё"


def kk_front(word: str) -> bool:
    """Whether Kazakh endings after ``word`` take front vowels: they follow its last vowel; a word with no vowel
    takes back ones.

    >>> kk_front("кеңес"), kk_front("министр"), kk_front("комиссия"), kk_front("Парламент"), kk_front("ҚР")
    (True, True, False, True, False)
    """
    last = next((c for c in reversed(word.lower()) if c in _KK_VOWELS), "")
    return bool(last) and last not in _KK_BACK_VOWELS


def kk_nominative(name: str) -> str:
    """Undo a Kazakh case ending on the last word of a person's name (one guess, for a new actor).

    Unlike :func:`kg.names.base_forms` (every candidate, each checked against known actors),
    this picks one stem: only case endings of two letters or more, and only where the stem
    looks like a name (a surname ending, or -ай/-бек/-хан...) or the ending is long.

    >>> kk_nominative("Азаматхан Әміртаевтың"), kk_nominative("Алма Қарашқызына"), kk_nominative("Бекберген Керей")
    ('Азаматхан Әміртаев', 'Алма Қарашқызы', 'Бекберген Керей')
    >>> kk_nominative("Айдос Сарымға"), kk_nominative("Есбай Амангелді"), kk_nominative("Айдос Сарым")
    ('Айдос Сарым', 'Есбай Амангелді', 'Айдос Сарым')
    """
    words = name.split()
    if not words:
        return name
    last = words[-1]
    low = last.lower()
    if re.search(_PATRONYMIC_OR_SURNAME, low):
        return name
    for ending in kk_endings(cases=_CASES, min_length=2):
        if low.endswith(ending) and len(last) - len(ending) >= 4:
            stem = last[: -len(ending)]
            if ending in ("на", "не") and not re.search(r"(ы|і)$", stem.lower()):
                continue
            if (
                re.search(r"(ов|ев|ин|ова|ева|ина|ұлы|қызы|улы|кызы|ай|ей|ұл|бек|хан|жан)$", stem.lower())
                or len(ending) >= 3
            ):
                words[-1] = stem
                break
    else:
        # "Айдос Сарымға": a first name, then a surname with no surname's ending, in the dative after its last
        # consonant (not an accusative -ды/-ді: names end so, "Есбай Амангелді")
        dative = re.search(r"(?<=[бвгдзклмнпрстфхшжңқғ])(?:ға|ге|қа|ке)$", low)
        if dative and len(words) >= 2 and len(last) - 2 >= 4 and words[0][:1].isupper():
            words[-1] = last[:-2]
    return " ".join(words)


_AFTER_POSSESSIVE = frozenset(e.text for e in KK_ENDINGS if e.after_possessive)
#: Places whose name ends in "-стан", which reads as the ablative "-тан" after a stem.
_STAN_NAMES = frozenset(
    [
        "қазақстан",
        "түркістан",
        "өзбекстан",
        "қырғызстан",
        "тәжікстан",
        "түрікменстан",
        "ауғанстан",
        "пәкістан",
        "үндістан",
        "дағыстан",
        "татарстан",
        "башқұртстан",
    ]
)


def kk_base_phrase(name: str) -> str:
    """Undo a Kazakh case ending on the last word of an organisation's or a place's name.

    A possessive ending (-ы, -сы) stays: it belongs to the name ("партиясы", "одағы").

    >>> kk_base_phrase("«Ақ Ниет» ардагерлер қауымдастығының"), kk_base_phrase("Таразда"), kk_base_phrase("Астана")
    ('«Ақ Ниет» ардагерлер қауымдастығы', 'Тараз', 'Астана')
    >>> kk_base_phrase("Өскемен"), kk_base_phrase("Қызылордадағы"), kk_base_phrase("Шымкенттегі")
    ('Өскемен', 'Қызылорда', 'Шымкент')
    >>> kk_base_phrase("Көкшетау университеті"), kk_base_phrase("Көкшетау университетті")
    ('Көкшетау университеті', 'Көкшетау университет')
    >>> kk_base_phrase("ТҮРКІСТАН"), kk_base_phrase("Түркістанда"), kk_base_phrase("облыстан")
    ('ТҮРКІСТАН', 'Түркістан', 'облыс')
    """
    words = name.split(" ")
    last = words[-1]
    low = last.lower()
    if low in _STAN_NAMES:
        return name  # "Түркістан" is a name, not "Түркіс" + the ablative "-тан"
    for ending in kk_endings(cases=_CASES):
        if ending in ("а", "е"):
            continue  # 1st/2nd person forms: not in names of organisations and places
        if not low.endswith(ending) or len(last) - len(ending) < 3:
            continue
        if ending in ("мен", "бен", "пен") and len(last) - len(ending) < 5:
            continue  # Өскемен is a name, not Өске + мен
        stem = last[: -len(ending)]
        if ending in _AFTER_POSSESSIVE and not re.search(r"[ыі]$", stem.lower()):
            continue  # these follow a possessive: "одағына"
        if (ending[0] == "т" or ending in ("ды", "ді", "дың", "дің")) and stem[-1:].lower() in _CYR_VOWELS:
            continue  # a т- ending, or -ды/-дың, never follows a vowel: "университеті" is "университет" + "і"
        if (
            ending in ("да", "де", "та", "те", "ға", "ге", "қа", "ке")
            and len(words) > 1
            and re.search(r"[ыі]$", stem.lower())
        ):
            continue
        words[-1] = stem
        break
    return " ".join(words)
