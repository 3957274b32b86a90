"""Kazakh written in the Latin script (the 2018 alphabet with acute accents, or the 2021 one with umlauts), read into
Cyrillic before anything else.

Kazinform's Latin-script edition (qz.inform.kz) writes Kazakh in the alphabet of the 2018 decree: á, ǵ, ń, ó, ú, ý
and the dotless ı for ә, ғ, ң, ө, ү, у and и/й, q for қ, sh and ch for ш and ч. Everything that reads Kazakh here
reads Cyrillic, so such a text is converted first (by :func:`kg.extract.reader.article_from_text`), as a text in
the Arabic script is (:mod:`kg.extract.arabic_kk`).

The letters map one to one but for three: ı is й after a vowel and и after a consonant ("Sergeı" Сергей,
"Prezıdent" Президент), ıa and ıý are я and ю ("saıası" саяси, "revolıýtsııa" революция) but ıa after a consonant
is a loan's иа ("fılıal" филиал, "dıalog" диалог), and ts before ı or i is ц
(the loans "Konstıtýtsııa", "komıssııa": native words keep тс, "aıtsa" айтса). A capital I is і: the script writes
the capitals of і and и/й alike, and і opens more Kazakh words. The outlet's Latin name in a dateline ("ASTANA.
KAZINFORM –") stays as it is written.

The alphabet of 2021 (Adyrna's Latin edition: "Mäjılıs Spikerı Erlan Qoşanov") writes ә, ө, ү, ұ, ш as ä, ö, ü, ū, ş,
ғ and ң as ğ (or ǧ) and ñ (or ŋ), and swaps the dotted and dotless i: ı is і, i is и/й (й after a vowel, as above). It
has no letter for ц, я, ю: ia and iu are я and ю ("saiasi" саяси), and s before iia after a vowel or k is ц (the loans
"Konstitusiia", "koalisiia", "fraksiia"; "komissiia", "pensiia" keep с). A text is read by the alphabet whose own
letters it writes more of.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from typing import NamedTuple

__all__ = ["alphabet", "to_cyrillic"]

#: The letters only Kazakh in this alphabet writes (English writes none of them).
_MARKS = "áǵńóúýıÁǴŃÓÚÝ"
#: A text is Kazakh in the Latin script when it has no Cyrillic or Arabic letters to speak of and at least this share
#: of its letters are the alphabet's own marks (about one letter in eight in Kazinform's Latin texts).
MARK_SHARE = 0.03
_LETTERS = {
    "a": "а", "á": "ә", "b": "б", "c": "ц", "d": "д", "e": "е", "f": "ф", "g": "г", "ǵ": "ғ", "h": "х", "i": "і",
    "j": "ж", "k": "к", "l": "л", "m": "м", "n": "н", "ń": "ң", "o": "о", "ó": "ө", "p": "п", "q": "қ", "r": "р",
    "s": "с", "t": "т", "u": "ұ", "ú": "ү", "v": "в", "y": "ы", "ý": "у", "z": "з",
}  # fmt: skip
#: Words left as written: the outlet's Latin name ("KAZINFORM", "Qazinform"), a web address. ASCII-only matching, so
#: that the dotless ı of a Kazakh word ("ınformatsııa", информация) is never read as i.
_KEEP = re.compile(r"(?ai)^(?:(?:kaz|qaz)inform\w*|.*\.(?:kz|com|org|ru|net).*|https?:.*|www\..*)$")
_WORD = re.compile(r"[^\W\d_]+(?:[.:/][^\W\d_]+)*", re.UNICODE)


#: The letters of the 2021 alphabet that English writes none of, and those of them the 2018 alphabet has not.
_MARKS_2021 = "äğǧıñŋöşūüÄĞǦİÑŊÖŞŪÜ"
_OWN_2018 = set("áǵńóúýÁǴŃÓÚÝ")
_OWN_2021 = set(_MARKS_2021) - {"ı"}
#: Besides its own letters, a text in the 2021 alphabet writes one only Kazakh writes (Turkish, Azerbaijani and
#: Turkmen write ä, ğ, ö, ü, ş or ı too, never ū, ñ, ŋ or ǧ).
_KAZAKH_2021 = set("ūñŋǧŪÑŊǦ")


def alphabet(text: str) -> str | None:
    """The Latin alphabet ``text`` writes Kazakh in ("2018", "2021"), or None when it is not Kazakh in the Latin script.

    >>> alphabet("Parlamentke ótý mejesin qazirgi bes paıyz deńgeıinde qaldyrý kerek - Prezıdent")
    '2018'
    >>> alphabet("Mäjılıs Spikerı Erlan Qoşanov atap öttı: Jaŋa Konstitusiia – tarihi qūjat.")
    '2021'
    >>> alphabet("The President spoke at the Kurultai in Kyzylorda."), alphabet("Президент сөйледі.")
    (None, None)
    """
    counts = Counter(c for c in text if c.isalpha())  # each letter once: a text is read in one pass

    def of(letters: Iterable[str]) -> int:
        return sum(counts[c] for c in set(letters))

    total = counts.total()
    if not total:
        return None
    latin = sum(n for c, n in counts.items() if c.isascii() or c in _MARKS or c in _MARKS_2021)
    if latin < 0.9 * total:
        return None
    if of(_OWN_2021) > of(_OWN_2018):
        return "2021" if of(_KAZAKH_2021) and of(_MARKS_2021) >= MARK_SHARE * total else None
    return "2018" if of(_MARKS) >= MARK_SHARE * total else None


_LETTERS_2021 = {
    "a": "а", "ä": "ә", "b": "б", "c": "ц", "ç": "ч", "d": "д", "e": "е", "f": "ф", "g": "г", "ğ": "ғ", "ǧ": "ғ",
    "h": "х", "ı": "і", "i": "и", "j": "ж", "k": "к", "q": "қ", "l": "л", "m": "м", "n": "н", "ñ": "ң", "ŋ": "ң",
    "o": "о", "ö": "ө", "p": "п", "r": "р", "s": "с", "ş": "ш", "t": "т", "u": "у", "ū": "ұ", "ü": "ү", "v": "в",
    "w": "у", "y": "ы", "z": "з",
}  # fmt: skip
_VOWELS_2021 = set("aäeıioöuūüy")
#: ц in a loan the 2021 alphabet writes with s: "-ция" after a vowel or к ("Konstitusiia", "fraksiia"), in any case.
_TSIA = re.compile(r"(?<=[аеиоуұүыәөікАЕИОУҰҮЫӘӨІК])(с|С)(и|И)(я|Я)")


class _Alphabet(NamedTuple):
    """What reading a word of one Latin alphabet needs (:func:`_word`)."""

    letters: dict[str, str]
    vowels: frozenset[str]
    #: The letter that is и, or й after a vowel (2018: ı; 2021: i), and the letters after it that make я and ю.
    i: str
    ya_yu: tuple[str, str]
    #: Whether sh, ch are ш, ч and ts before ı or i is ц (2018).
    digraphs: bool
    #: Capitals whose lower() is not their letter: the 2021 capital I is ı, İ is i (lower() gives i and a dot).
    fold: dict[str, str]
    #: The last step on a word in Cyrillic (2021: ц restored in the loans).
    after: Callable[[str], str]


_ALPHABETS = {
    "2018": _Alphabet(_LETTERS, frozenset("aáeioóuúyýı"), "ı", ("a", "ý"), True, {}, lambda w: w),
    "2021": _Alphabet(
        _LETTERS_2021,
        frozenset(_VOWELS_2021),
        "i",
        ("a", "u"),
        False,
        {"I": "ı", "İ": "i"},
        lambda w: _TSIA.sub(lambda m: ("Ц" if m.group(1).isupper() else "ц") + m.group(2) + m.group(3), w),
    ),
}


def _word(word: str, a: _Alphabet) -> str:
    """One word of alphabet ``a`` in Cyrillic, each letter's case kept."""
    if _KEEP.match(word):
        return word
    out: list[str] = []
    low = "".join(a.fold.get(ch, ch.lower()[:1]) for ch in word)  # one character per letter
    i = 0
    while i < len(low):
        c, two, nxt = low[i], low[i : i + 2], low[i + 1 : i + 2]
        if a.digraphs and two in ("sh", "ch"):
            cyr, size = ("ш" if two == "sh" else "ч"), 2
        elif a.digraphs and two == "ts" and low[i + 2 : i + 3] in ("ı", "i"):
            cyr, size = "ц", 2
        elif c == a.i and nxt == a.ya_yu[0] and i > 0 and low[i - 1] not in a.vowels and low[i - 1] in a.letters:
            cyr, size = "и", 1  # a loan's иа after a consonant: "fılıal" филиал, "dıalog" диалог (fifty-sixth session)
        elif c == a.i and nxt in a.ya_yu:
            cyr, size = ("я" if nxt == a.ya_yu[0] else "ю"), 2
        elif c == a.i:
            cyr, size = ("й" if i > 0 and low[i - 1] in a.vowels else "и"), 1
        else:
            cyr, size = a.letters.get(c, word[i]), 1
        out.append(cyr.upper() if word[i].isupper() else cyr)
        i += size
    return a.after("".join(out))


def to_cyrillic(text: str, script: str | None = None) -> str:
    """``text``, Kazakh in the Latin script, in Cyrillic; punctuation, digits and spacing as they were. ``script``:
    its alphabet as :func:`alphabet` gave it to the caller (else found here; "2018" when none is).

    >>> to_cyrillic("QYZYLORDA. KAZINFORM – Bul týraly Ulttyq quryltaıdyń V otyrysynda Memleket basshysy málim etti.")
    'ҚЫЗЫЛОРДА. KAZINFORM – Бұл туралы Ұлттық құрылтайдың V отырысында Мемлекет басшысы мәлім етті.'
    >>> to_cyrillic("Konstıtýtsııalyq komıssııa saıası partııalardyń usynystaryn qarady, – dedi Sergeı Ponomarev.")
    'Конституциялық комиссия саяси партиялардың ұсыныстарын қарады, – деді Сергей Пономарев.'
    """
    a = _ALPHABETS[script or alphabet(text) or "2018"]
    return _WORD.sub(lambda m: m.group() if _roman(m.group()) else _word(m.group(), a), text)


def _roman(word: str) -> bool:
    """A Roman numeral ("V otyrysynda"): a number, not a word."""
    return bool(re.fullmatch(r"[IVXLC]+", word)) and len(word) <= 4
