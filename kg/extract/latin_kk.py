"""Kazakh written in the Latin script (the 2018 alphabet with acute accents), read into Cyrillic before anything else.

Kazinform's Latin-script edition (qz.inform.kz) writes Kazakh in the alphabet of the 2018 decree: á, ǵ, ń, ó, ú, ý
and the dotless ı for ә, ғ, ң, ө, ү, у and и/й, q for қ, sh and ch for ш and ч. Everything that reads Kazakh here
reads Cyrillic, so such a text is converted first (by :func:`kg.extract.reader.article_from_text`), as a text in
the Arabic script is (:mod:`kg.extract.arabic_kk`).

The letters map one to one but for three: ı is й after a vowel and и after a consonant ("Sergeı" Сергей,
"Prezıdent" Президент), ıa and ıý are я and ю ("saıası" саяси, "revolıýtsııa" революция), and ts before ı or i is ц
(the loans "Konstıtýtsııa", "komıssııa": native words keep тс, "aıtsa" айтса). A capital I is і: the script writes
the capitals of і and и/й alike, and і opens more Kazakh words. The outlet's Latin name in a dateline ("ASTANA.
KAZINFORM –") stays as it is written.
"""

from __future__ import annotations

import re

__all__ = ["is_latin_kazakh", "to_cyrillic"]

#: The letters only Kazakh in this alphabet writes (English writes none of them).
_MARKS = "áǵńóúýıÁǴŃÓÚÝ"
#: A text is Kazakh in the Latin script when it has no Cyrillic or Arabic letters to speak of and at least this share
#: of its letters are the alphabet's own marks (about one letter in eight in Kazinform's Latin texts).
MARK_SHARE = 0.03
_VOWELS = set("aáeioóuúyýıAÁEIOÓUÚYÝ")
_LETTERS = {
    "a": "а", "á": "ә", "b": "б", "c": "ц", "d": "д", "e": "е", "f": "ф", "g": "г", "ǵ": "ғ", "h": "х", "i": "і",
    "j": "ж", "k": "к", "l": "л", "m": "м", "n": "н", "ń": "ң", "o": "о", "ó": "ө", "p": "п", "q": "қ", "r": "р",
    "s": "с", "t": "т", "u": "ұ", "ú": "ү", "v": "в", "y": "ы", "ý": "у", "z": "з",
}  # fmt: skip
#: Words left as written: the outlet's Latin name ("KAZINFORM", "Qazinform"), a web address. ASCII-only matching, so
#: that the dotless ı of a Kazakh word ("ınformatsııa", информация) is never read as i.
_KEEP = re.compile(r"(?ai)^(?:(?:kaz|qaz)inform\w*|.*\.(?:kz|com|org|ru|net).*|https?:.*|www\..*)$")
_WORD = re.compile(r"[^\W\d_]+(?:[.:/][^\W\d_]+)*", re.UNICODE)


def is_latin_kazakh(text: str) -> bool:
    """Whether ``text`` is Kazakh in the Latin script.

    >>> is_latin_kazakh("Parlamentke ótý mejesin qazirgi bes paıyz deńgeıinde qaldyrý kerek - Prezıdent")
    True
    >>> is_latin_kazakh("The President spoke at the Kurultai in Kyzylorda."), is_latin_kazakh("Президент сөйледі.")
    (False, False)
    """
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return False
    latin = sum(1 for c in letters if c.isascii() or c in _MARKS)
    marks = sum(1 for c in letters if c in _MARKS)
    return latin >= 0.9 * len(letters) and marks >= MARK_SHARE * len(letters)


def _word(word: str) -> str:
    """One word in Cyrillic, each letter's case kept."""
    if _KEEP.match(word):
        return word
    out: list[str] = []
    low = word.lower()
    i = 0
    while i < len(word):
        c, two, nxt = low[i], low[i : i + 2], low[i + 1 : i + 2]
        if two in ("sh", "ch"):
            cyr, size = ("ш" if two == "sh" else "ч"), 2
        elif two == "ts" and low[i + 2 : i + 3] in ("ı", "i"):
            cyr, size = "ц", 2
        elif c == "ı" and nxt in ("a", "ý"):
            cyr, size = ("я" if nxt == "a" else "ю"), 2
        elif c == "ı":
            cyr, size = ("й" if i > 0 and word[i - 1] in _VOWELS else "и"), 1
        else:
            cyr, size = _LETTERS.get(c, word[i]), 1
        out.append(cyr.upper() if word[i].isupper() else cyr)
        i += size
    return "".join(out)


def to_cyrillic(text: str) -> str:
    """``text``, Kazakh in the Latin script, in Cyrillic; punctuation, digits and spacing as they were.

    >>> to_cyrillic("QYZYLORDA. KAZINFORM – Bul týraly Ulttyq quryltaıdyń V otyrysynda Memleket basshysy málim etti.")
    'ҚЫЗЫЛОРДА. KAZINFORM – Бұл туралы Ұлттық құрылтайдың V отырысында Мемлекет басшысы мәлім етті.'
    >>> to_cyrillic("Konstıtýtsııalyq komıssııa saıası partııalardyń usynystaryn qarady, – dedi Sergeı Ponomarev.")
    'Конституциялық комиссия саяси партиялардың ұсыныстарын қарады, – деді Сергей Пономарев.'
    """
    return _WORD.sub(lambda m: m.group() if _roman(m.group()) else _word(m.group()), text)


def _roman(word: str) -> bool:
    """A Roman numeral ("V otyrysynda"): a number, not a word."""
    return bool(re.fullmatch(r"[IVXLC]+", word)) and len(word) <= 4
