"""Kazakh written in the Arabic script (töte jazu), read into Cyrillic before anything else.

Kazakhs in China and the Arabic-script editions of Egemen Qazaqstan and Kazinform write Kazakh in the
Arabic script. Everything that reads Kazakh here (patterns, the CRF, the registry) reads Cyrillic, so a
text in that script is converted first (by :func:`kg.extract.reader.article_from_text`), the way a cp1251 file
is converted to UTF-8.

The script gives each sound one letter but leaves four vowel pairs (а/ә, о/ө, ұ/ү, ы/і) to the word: a
word with front vowels carries the hamza ``ٴ`` before it unless it holds е, к or г, which are front in
themselves. Russian loans (парламент, коалиция) hold е or к beside back vowels: a loan that shows a mark
no Kazakh word has (ф, в, ч, ц, two consonants first, two vowels side by side) is read with its own vowels.
The script has no capitals, so a lexicon drawn from KazNERD and the registry's names
(``models/kk_arabic_lexicon.json``: the words whose usual Cyrillic form the letter rules do not give, names
and unmarked loans with their capitals; built by ``scripts/build_arabic_lexicon.py``) settles those words,
and a word beside a name that KazNERD never writes in lower case is read as a name too.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

from kg.lang import kk_front

#: A text is in the Arabic script when at least this share of its letters are Arabic letters.
ARABIC_SHARE = 0.5
LEXICON_NAME = "kk_arabic_lexicon.json"

_HAMZA = "\u0674"  # ٴ, written before a word whose vowels are front
# The letters with the hamza above them, as one code point: the front vowel itself.
_WITH_HAMZA = {
    "\u0675": "\u0627",
    "\u0676": "\u0648",
    "\u0677": "\u06c7",
    "\u0678": "\u0649",
    "\u0623": "\u0627",  # أ ؤ ئ: the Arabic letters with the hamza, as NFC writes alef, waw, yeh + U+0654
    "\u0624": "\u0648",
    "\u0626": "\u0649",
}
# Variants seen in the wild, read as the letter of the standard alphabet.
_VARIANTS = {"\u06a9": "\u0643", "\u06cc": "\u0649", "\u0647": "\u06d5", "\u0621": _HAMZA, "\u0654": _HAMZA}
# Letter -> (back reading, front reading).
_VOWELS = {"\u0627": ("а", "ә"), "\u0648": ("о", "ө"), "\u06c7": ("ұ", "ү"), "\u0649": ("ы", "і")}
_LETTERS = {
    "\u0628": "б",
    "\u06c6": "в",
    "\u06af": "г",
    "\u0639": "ғ",
    "\u062f": "д",
    "\u06d5": "е",
    "\u062c": "ж",
    "\u0632": "з",
    "\u0643": "к",
    "\u0642": "қ",
    "\u0644": "л",
    "\u0645": "м",
    "\u0646": "н",
    "\u06ad": "ң",
    "\u067e": "п",
    "\u0631": "р",
    "\u0633": "с",
    "\u062a": "т",
    "\u06cb": "у",
    "\u0641": "ф",
    "\u062d": "х",
    "\u06be": "һ",
    "\u0686": "ч",
    "\u0634": "ш",
}
_YEH = "\u064a"  # ي: и, or й after a vowel that closes its syllable
_FRONT_LETTERS = frozenset("\u06d5\u0643\u06af")  # е, к, г: front in themselves
_BACK_LETTERS = frozenset("\u0642\u0639")  # қ, ғ: never in a front word
_VOWEL_LETTERS = frozenset(_VOWELS) | {"\u06d5", _YEH}
_PUNCTUATION = str.maketrans(
    {"\u060c": ",", "\u061b": ";", "\u061f": "?", "\u066a": "%", **{chr(0x0660 + i): str(i) for i in range(10)}}
    | {chr(0x06F0 + i): str(i) for i in range(10)}
)
_ARABIC_LETTER = "\u0621-\u064a\u0654\u066e-\u06d5\u06ee\u06ef\u06fa-\u06fc\u0674"
_WORD = re.compile(f"[{_ARABIC_LETTER}]+")
#: A run of Cyrillic letters: a word of Kazakh Cyrillic (the lexicon's builder reads KazNERD's words with it too).
CYRILLIC_WORD = re.compile(r"[а-яёәғқңөұүһі]+", re.IGNORECASE)
_SENTENCE_START = re.compile(r"(?:^|[.!?…]\s+|\n\s*|[«\"“])([а-яёәғқңөұүһі])", re.MULTILINE)

# Cyrillic -> Arabic, for the lexicon's keys and for tests (front vowels take the back letter plus the hamza).
_TO_ARABIC = {
    "а": "\u0627",
    "ә": "\u0627",
    "о": "\u0648",
    "ө": "\u0648",
    "ұ": "\u06c7",
    "ү": "\u06c7",
    "ы": "\u0649",
    "і": "\u0649",
    "и": _YEH,
    "й": _YEH,
    "ё": _YEH + "\u0648",
    "э": "\u06d5",
    "ю": _YEH + "\u06cb",
    "я": _YEH + "\u0627",
    "ц": "\u062a\u0633",
    "щ": "\u0634",
    "ъ": "",
    "ь": "",
    **{cyr: ar for ar, cyr in _LETTERS.items()},
}
_FRONT_CYRILLIC = frozenset("әөүі")
_FRONT_IN_THEMSELVES = frozenset("екгэ")


def is_arabic(text: str) -> bool:
    """Whether ``text`` is written mostly in Arabic letters.

    >>> is_arabic("قازاقستان رەسپۋبليكاسى"), is_arabic("Қазақстан Республикасы")
    (True, False)
    """
    letters = [c for c in text if c.isalpha()]
    arabic = sum(1 for c in letters if "\u0600" <= c <= "\u06ff")
    return bool(letters) and arabic >= ARABIC_SHARE * len(letters)


def from_cyrillic(text: str) -> str:
    """Kazakh Cyrillic written in the Arabic script (the lexicon's keys; tests and the benchmark): the hamza before a
    word with front vowels but no е, к, г, and none beside қ, ғ either, as the Arabic-script editions write them
    (төрағасы: توراعاسى; 145 of the 147 words with қ or ғ in test28's Kazakh texts have no hamza).

    >>> from_cyrillic("Қазақстан Республикасы")
    'قازاقستان رەسپۋبليكاسى'
    >>> from_cyrillic("бірлік"), from_cyrillic("әділ")
    ('بىرلىك', 'ٴادىل')
    """

    def word(m: re.Match[str]) -> str:
        w = m.group(0).lower()
        front = any(c in _FRONT_CYRILLIC for c in w) and not any(c in _FRONT_IN_THEMSELVES or c in "қғ" for c in w)
        w = w.replace("ия", "я").replace("ию", "ю")  # конституция: كونستيتۋتسيا, one yeh
        return (_HAMZA if front else "") + "".join(_TO_ARABIC.get(c, c) for c in w)

    out = CYRILLIC_WORD.sub(word, text)
    return out.replace(",", "\u060c").replace(";", "\u061b").replace("?", "\u061f")


def key(word: str) -> str:
    """The lexicon's key for an Arabic-script word: variants to the standard letters, one hamza first.

    >>> key("ٵدىل") == key("ٴادىل") == "ٴادىل"
    True
    """
    w = "".join(_VARIANTS.get(c, c) for c in word)
    front = _HAMZA in w or any(c in _WITH_HAMZA for c in w)
    w = "".join(_WITH_HAMZA.get(c, c) for c in w).replace(_HAMZA, "")
    return _HAMZA + w if front else w


# The instrumental ending -мен/-бен/-пен has one form: its е says nothing of the word's vowels (ұжымымен).
_INSTRUMENTAL = re.compile("[\u0645\u0628\u067e]\u06d5\u0646$")
# A Russian loan: a letter Kazakh words lack (ф, в, ч), ц (тс before и), р or л or two consonants first, or
# two vowels side by side: no Kazakh word has any of these.
_TSI = "\u062a\u0633\u064a"  # тс before и: ц
_V = "\u0627\u0648\u06c7\u0649\u06d5"  # the vowel letters but и (ي) and у (ۋ)
_LOAN = re.compile(f"[\u0641\u06c6\u0686]|{_TSI}|^[\u0631\u0644]|^[^{_V}\u064a\u06cb]{{2}}|[{_V}]{{2}}")


def _front(k: str) -> bool:
    """Whether the key's vowels are front: the hamza, or е, к, г without қ, ғ (and not in -мен alone)."""
    if k.startswith(_HAMZA):
        return True
    w = k[: -len(m.group(0))] if (m := _INSTRUMENTAL.search(k)) and len(k) > 3 else k
    return any(c in _FRONT_LETTERS for c in w) and not any(c in _BACK_LETTERS for c in w)


def _loan(w: str) -> str | None:
    """A Russian loan's reading, or None for a word with no mark of one (see ``_LOAN``): а and о as themselves
    (Russian has no ә, ө, and no Kazakh ending holds them), ц, -ия, and each ы/і by the vowel before it, as
    Kazakh endings follow a loan's last vowel (референдумның, прогрессивті)."""
    if not _LOAN.search(w):
        return None
    out: list[str] = []
    i = 0
    while i < len(w):
        c, after = w[i], w[i + 1 : i + 2]
        if w.startswith(_TSI, i):
            out.append("ц")
            i += 2
            continue
        if c == _YEH:
            after_vowel = i > 0 and w[i - 1] in _VOWEL_LETTERS
            if after in ("\u0627", "\u06cb"):  # я, ю; и before them after a consonant (-ия, -ию)
                out.append(("" if after_vowel or i == 0 else "и") + ("я" if after == "\u0627" else "ю"))
                i += 2
                continue
            out.append("й" if after_vowel else "и")
        elif c in ("\u0649", "\u06c7"):
            out.append(_VOWELS[c][kk_front("".join(out))])
        elif c in _VOWELS:
            out.append(_VOWELS[c][0])
        else:
            out.append(_LETTERS.get(c, c))
        i += 1
    return "".join(out)


def _by_letters(k: str) -> str:
    """The reading of a key by the letter rules alone (lower case)."""
    front = _front(k)
    w = k.lstrip(_HAMZA)
    if not k.startswith(_HAMZA) and (loan := _loan(w)) is not None:
        return loan
    out = []
    for i, c in enumerate(w):
        if c in _VOWELS:
            out.append(_VOWELS[c][front])
        elif c == _YEH:
            out.append("й" if i > 0 and w[i - 1] in _VOWEL_LETTERS else "и")  # KazNERD has no vowel-и-vowel
        else:
            out.append(_LETTERS.get(c, c))
    return "".join(out)


@cache
def _lexicon_data() -> dict:
    return json.loads((Path(__file__).resolve().parent / "models" / LEXICON_NAME).read_text(encoding="utf-8"))


@cache
def _lexicon() -> dict[str, str]:
    return dict(_lexicon_data()["words"])


@cache
def _word_classes() -> tuple[frozenset[str], frozenset[str]]:
    """The keys of words that are parts of persons' names, and of words KazNERD writes in lower case."""
    data = _lexicon_data()
    return frozenset(data["names"]), frozenset(data["common"])


@cache
def _name_forms() -> dict[str, str]:
    """A name's spelling for the keys the lexicon reads otherwise ("Аида" for ايدا, which is "айда" in a sentence)."""
    return dict(_lexicon_data().get("name_forms", {}))


#: A Russian-style surname's ending (-ов, -ев, -ова, -ева), perhaps with a case ending: the word is a name.
_SURNAME = re.compile("(?:\u0648|\u06d5)\u06c6(?:\u0627)?(?:[^\u06c6]{0,5})$")
#: A surname in -ин (-ина) with a case ending, and a patronymic in -ұлы, -қызы: the word is a name too.
_CASE = "(?:\u0646\u0649\u06ad|\u062a\u0649\u06ad|\u0639\u0627|\u0642\u0627|\u0646\u0649|\u062a\u0649|\u062f\u0627|\u062a\u0627|\u0645\u06d5\u0646|\u067e\u06d5\u0646|\u0628\u06d5\u0646)?"
_NAME_ENDING = re.compile(f"(?:\u064a\u0646(?:\u0627)?{_CASE}|.\u06c7\u0644\u0649|.\u0642\u0649\u0632\u0649)$")
_MIN_STEM = 4
#: Longer runs of letters are no word: they are read by the letter rules alone, so a text with no spaces stays linear.
_MAX_WORD = 40


def _suffix(stem: str, rest: str) -> str:
    """``rest`` (an ending in Arabic letters) read with the vowels of the Cyrillic ``stem`` it follows."""
    return _by_letters((_HAMZA if kk_front(stem) else "") + rest)


def word_to_cyrillic(word: str) -> str:
    """One Arabic-script word in Cyrillic: the lexicon's form; else a lexicon stem (a loan or a name) and its
    ending read with the stem's vowels; else the letter rules'.

    >>> word_to_cyrillic("كەلدى"), word_to_cyrillic("ٴادىل"), word_to_cyrillic("قازاقستان")
    ('келді', 'әділ', 'Қазақстан')
    >>> word_to_cyrillic("دەپۋتاتتارمەن"), word_to_cyrillic("جيەنباەۆتىڭ")
    ('депутаттармен', 'Жиенбаевтың')
    """
    return _read(key(word))


def _read(k: str) -> str:
    """The Cyrillic of the lexicon key ``k`` (see :func:`word_to_cyrillic`)."""
    if len(k) > _MAX_WORD:
        return _by_letters(k)
    lexicon = _lexicon()
    if k in lexicon:
        return lexicon[k]
    for end in range(len(k) - 1, _MIN_STEM - 1, -1):
        stem = lexicon.get(k[:end])
        # a stem the rules misread, or a loan with its capital (Конституцияны)
        if stem and (stem.lower() != _by_letters(k[:end]) or (stem[:1].isupper() and _LOAN.search(k[:end]))):
            return stem + _suffix(stem, k[end:])
    return _by_form(k) or _by_letters(k)


def _by_form(k: str) -> str | None:
    """A name read by its form (-ов, -ев, -ин, -ұлы, -қызы), with its capital; None for any other word."""
    if _TSI in k:  # ц: a loan (медицина), not a name in -ин
        return None
    surname = _SURNAME.search(k)
    if surname:
        # The vowel before -ев is а (Тоқаев, Жиенбаев; the script may write its й, ەگىزبايەۆ), and the ending goes
        # with it: Тоқаевтың. The а of -ова, -ева is а, and an ending after it back: Ақылбекованың.
        head, tail = k[: surname.start()], k[surname.start() :]
        stem = re.sub("[аә]й?$", "а", _by_letters(head))
        name, rest, harmony = stem + _by_letters(tail[:2]).replace("ө", "о"), tail[2:], stem
        if rest.startswith("\u0627"):  # -ова, -ева
            name, rest = name + "а", rest[1:]
            harmony = name
        out = name + _suffix(harmony, rest)
        return out[:1].upper() + out[1:]
    ending = _NAME_ENDING.search(k) if len(k) >= 5 else None
    if ending:  # Отыншин, Мұхтарұлы, Әлиқызы: the ending is read as itself, whatever the stem's vowels
        tail = k[ending.start() + 1 :]
        head = _by_letters(k[: ending.start() + 1])
        if tail.startswith("\u06c7\u0644\u0649"):
            out = head + "ұлы"
        elif tail.startswith("\u0642\u0649\u0632\u0649"):
            out = head + "қызы"
        else:  # -ин, -ина and a case ending
            rest = tail[1:]  # after ي ن
            out = _by_letters(k[: ending.start()]) + "ин" + _suffix("ина" if rest[:1] == "\u0627" else "ин", rest)
        return out[:1].upper() + out[1:]
    return None


#: Abbreviations with no vowel that are written in lower case (units); any other such word is an acronym (ҚР, ЖШС).
_LOWER_ABBREVIATIONS = frozenset({"млн", "млрд", "трлн", "км", "кг", "см", "мм", "тг", "жж", "тт", "бб"})
#: A dot right after a one-letter word, then a space: an initial ("с. ақылбай") when no dot comes before the letter
#: (not "т.б.", "and so on").
_INITIAL_DOT = re.compile(r"\.\s")
_INITIAL = re.compile(r"(?<![\w-])([а-яёәғқңөұүһі])\.(?=\s*[А-ЯЁӘҒҚҢӨҰҮҺІ])")  # "н. Назарбаев": an initial
_AFTER_CAPITAL = re.compile(r"(?<![\w-])([А-ЯЁӘҒҚҢӨҰҮҺІ][\w]*)-([а-яёәғқңөұүһі])(\w*)")  # Қасым-Жомарт


def _acronym(k: str, word: str) -> str:
    """A word with no vowel letter (ҚР, ЖШС, СҚО) in capitals, but for units (млн)."""
    if len(k) > 1 and not any(c in _VOWEL_LETTERS or c == _HAMZA for c in k) and word not in _LOWER_ABBREVIATIONS:
        return word.upper()
    return word


#: A word read as a name beside a name has at least this many letters (no particle or conjunction).
_MIN_NAME = 3


def _names_beside_names(text: str, words: list[re.Match[str]], keys: list[str], readings: list[str]) -> None:
    """Capitalise, in place, a word beside a name (a name word of KazNERD or the registry; before a name by its
    form, never after it: "Қарабасова қабылданғалы" is a verb) or right after an initial ("деді с. ақылбай") when
    KazNERD never writes it in lower case: "айдос сарым" is Айдос Сарым, "серік ақылбай" Серік Ақылбай, but
    "депутат айдос" stays a deputy."""
    if all(len(k) > _MAX_WORD for k in keys):  # no word at all (see _MAX_WORD)
        return
    names, common = _word_classes()
    lexicon = _lexicon()
    word = [len(k.lstrip(_HAMZA)) >= _MIN_NAME and len(k) <= _MAX_WORD for k in keys]
    first = [w and k in names for w, k in zip(word, keys)]  # a first name, or a surname before or after one
    surname = [w and k not in lexicon and _by_form(k) is not None for w, k in zip(word, keys)]  # a first name before
    initial = [
        len(k) == 1 and _INITIAL_DOT.match(text, m.end()) is not None and text[m.start() - 1 : m.start()] != "."
        for m, k in zip(words, keys)
    ]
    forms = _name_forms()
    for i, k in enumerate(keys):
        reading = readings[i]
        if k in forms and _before_surname(text, words, keys, readings, i):
            readings[i] = forms[k]  # "ايدا بالايەۆا" is Аида Балаева, though ايدا is "айда" in a sentence
            continue
        if not word[i] or not reading.islower() or k in common or k in lexicon:
            continue
        before = i > 0 and first[i - 1] and not text[words[i - 1].end() : words[i].start()].strip()
        before = before or (i > 0 and initial[i - 1] and text[words[i - 1].end() : words[i].start()].strip() == ".")
        after = (
            i + 1 < len(words)
            and (first[i + 1] or surname[i + 1])
            and not text[words[i].end() : words[i + 1].start()].strip()
        )
        if before or after:
            readings[i] = reading[:1].upper() + reading[1:]


def _before_surname(text: str, words: list[re.Match[str]], keys: list[str], readings: list[str], i: int) -> bool:
    """Whether word ``i`` stands right before a surname by its form (-ов, -ев, -ин, -ұлы, -қызы) read with its
    capital, across a space only: the place of a first name."""
    if i + 1 >= len(words) or text[words[i].end() : words[i + 1].start()].strip():
        return False
    return readings[i + 1][:1].isupper() and _by_form(keys[i + 1]) is not None


def _first_names_after_posts(text: str, words: list[re.Match[str]], keys: list[str], readings: list[str]) -> None:
    """Capitalise, in place, a word between a post and a name (a surname by its form, or a name word): "төрағасы
    мереке Құлкенов" is Мереке Құлкенов, "министрі саясат Нұрбек" Саясат Нұрбек, though мереке (a holiday) and
    саясат (politics) are common words; a post names its holder next."""
    if len(words) < 3 or all(len(k) > _MAX_WORD for k in keys):
        return
    names, _ = _word_classes()
    forms = _name_forms()
    for w in range(1, len(words) - 1):
        after = keys[w + 1]
        if not readings[w].islower() or len(keys[w]) < _MIN_NAME or not readings[w + 1][:1].isupper():
            continue
        if not (after in names or _by_form(after) is not None) or not _spaced(text, words, w - 1, w + 1):
            continue
        if _post_ends_before(text, words, readings, w):
            readings[w] = forms.get(keys[w]) or readings[w][:1].upper() + readings[w][1:]


#: The words of a post read before a name, at most (a post's own words and its body's).
_POST_WORDS = 4
#: Readings of the thirty-fourth session (``benchmarks/lead34_lopo.py`` switches them): ``post-pair``, two words right
#: after a post, the second one no word KazNERD or the lexicon knows, are the holder's name (:func:`_pair_after_posts`).
READINGS34: frozenset[str] = frozenset({"post-pair"})


def _spaced(text: str, words: list[re.Match[str]], first: int, last: int) -> bool:
    """Whether words ``first`` … ``last`` stand apart by spaces only (no punctuation between them)."""
    return all(not text[words[i].end() : words[i + 1].start()].strip() for i in range(first, last))


def _post_ends_before(text: str, words: list[re.Match[str]], readings: list[str], w: int) -> bool:
    """Whether a post, read in the words just before word ``w`` and with the word itself, ends right before it and
    goes on into none of it ("төрағасының орынбасары": the deputy, no name)."""
    from kg.extract import patterns

    first = max(0, w - _POST_WORDS)  # the post's words just before, as read: "Жазушылар одағының төрағасы"
    before = "".join(
        text[words[k - 1].end() : words[k].start()] + readings[k] if k > first else readings[k] for k in range(first, w)
    )
    posts = patterns.find_posts(before + text[words[w - 1].end() : words[w].start()] + readings[w], "kk")
    return any(post.end == len(before) for post in posts) and not any(post.end > len(before) for post in posts)


#: An ending a name right after its post does not take (it is in the nominative): a case, a plural, a participle.
_INFLECTED = re.compile(
    r"(?:ға|ге|қа|ке|на|не|ны|ні|ын|ін|ды|ді|ты|ті|да|де|та|те|дан|ден|тан|тен|нан|нен|мен|бен|пен|ның|нің|дың|дің|"
    r"тың|тің|лар|лер|дар|дер|тар|тер)$"
)
#: A post's noun alone, which the post patterns read only with its body: "депутат", "академигі", "сенаторы".
_POST_NOUN = re.compile(r"(?:депутат|сенатор|академик|академигі|профессор|ректор|директор)(?:ы|і)?")


def _pair_after_posts(text: str, words: list[re.Match[str]], keys: list[str], readings: list[str]) -> None:
    """(reading ``post-pair``) Capitalise, in place, two words after a post when the second is no word KazNERD or the
    lexicon knows: "депутаты ермұрат бапи" is Ермұрат Бапи, "академигі сұраған дурвудхан" Сұраған Дурвудхан, "депутат
    еркін әбіл" Еркін Әбіл; a post names its holder next, and a word known to neither is a name."""
    if "post-pair" not in READINGS34 or len(words) < 3 or all(len(k) > _MAX_WORD for k in keys):
        return
    _, common = _word_classes()
    lexicon = _lexicon()
    for w in range(1, len(words) - 1):
        second = keys[w + 1]
        if not (readings[w].islower() and readings[w + 1].islower()) or min(len(keys[w]), len(second)) < _MIN_NAME:
            continue
        if second in common or second in lexicon or len(second) > _MAX_WORD or not _spaced(text, words, w - 1, w + 1):
            continue
        if _INFLECTED.search(readings[w + 1]):
            continue  # "тек реформаларға", "қызметін реттейтін": a word inflected as a name after a post is not
        if _post_ends_before(text, words, readings, w) or _POST_NOUN.fullmatch(readings[w - 1]):
            readings[w] = readings[w][:1].upper() + readings[w][1:]
            readings[w + 1] = readings[w + 1][:1].upper() + readings[w + 1][1:]


def _second_part(m: re.Match[str]) -> str:
    """The second part of a hyphenated word after a capital: a name's (Қасым-Жомарт), or a word KazNERD never writes
    in lower case, opens with a capital; a common word after anything else does not (Премьер-министрдің, ЖШС-ның)."""
    names, common = _word_classes()
    first, rest = m.group(1), m.group(2) + m.group(3)
    if key(from_cyrillic(first.lower())) in names or key(from_cyrillic(rest)) not in common:
        rest = rest[:1].upper() + rest[1:]
    return f"{first}-{rest}"


def to_cyrillic(text: str) -> str:
    """Kazakh in the Arabic script, in Cyrillic; sentences, initials, acronyms, the second part of a
    hyphenated name and a word beside a name open with a capital (the script has none).

    >>> to_cyrillic("پارتيا ٴتوراعاسى ٴسوز سويلەدى.")
    'Партия төрағасы сөз сөйледі.'
    >>> to_cyrillic("قر پرەزيدەنتى ن. نازارباەۆ 5 ملن")
    'ҚР Президенті Н. Назарбаев 5 млн'
    """
    text = text.translate(_PUNCTUATION)
    words = list(_WORD.finditer(text))
    keys = [key(m.group(0)) for m in words]
    readings = [_acronym(k, _read(k)) for k in keys]
    _names_beside_names(text, words, keys, readings)
    _first_names_after_posts(text, words, keys, readings)
    _pair_after_posts(text, words, keys, readings)
    pieces, at = [], 0
    for m, reading in zip(words, readings, strict=True):
        pieces.append(text[at : m.start()] + reading)
        at = m.end()
    out = "".join(pieces) + text[at:]
    out = _AFTER_CAPITAL.sub(_second_part, out)
    out = _INITIAL.sub(lambda m: m.group(1).upper() + ".", out)
    return _SENTENCE_START.sub(lambda m: m.group(0)[:-1] + m.group(1).upper(), out)
