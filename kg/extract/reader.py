"""Read a raw news article: decode its bytes, name its language, split it into sentences.

Articles arrive as UTF-8, but also as Windows code pages (cp1251 for Russian, KZ-1048 for
Kazakh) and UTF-16 with or without a byte-order mark. :func:`decode` accepts all of these and
says what it converted; it refuses empty files and binary data (a PDF, a Word file) with a
message the user can act on. :func:`detect_language` tells Kazakh from Russian by the letters
only Kazakh has (ә ғ қ ң ө ұ ү һ і), and :func:`split_sentences` keeps character offsets, so
every fact can quote its sentence verbatim.

>>> detect_language("Партия төрағасы баяндама жасады."), detect_language("Партия провела заседание.")
('kk', 'ru')
>>> [s.text for s in split_sentences("Отырыс өтті.Оның айтуынша, А. Амиртаев сөйледі. Бәрі жақсы!")]
['Отырыс өтті.', 'Оның айтуынша, А. Амиртаев сөйледі.', 'Бәрі жақсы!']
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import KgError
from kg.extract import arabic_kk, latin_kk
from kg.names import DIGRAPH_INITIALS

__all__ = [
    "MAX_ARTICLE_BYTES",
    "MAX_SENTENCE_CHARS",
    "Article",
    "Sentence",
    "cap_sentences",
    "decode",
    "detect_language",
    "read_article",
    "split_sentences",
]

#: The largest article file read: a news article is a few to a few dozen kilobytes; a bigger file is
#: not one article, and reading it would cost minutes.
MAX_ARTICLE_BYTES = 1_048_576  # 1 MiB
#: The longest sentence read as one: a longer run of text without a stop (a table, a list, a paste
#: with no punctuation) is cut at whitespace into pieces of at most this many characters, so the
#: rules' work on each sentence stays bounded.
MAX_SENTENCE_CHARS = 2_000

LANGS = ("kk", "ru", "en")
KK_LETTERS = frozenset("әғқңөұүһіӘҒҚҢӨҰҮҺІ")
#: Share of Kazakh-only letters among Cyrillic letters from which a text reads as Kazakh.
KK_SHARE = 0.02
#: Share of control characters from which bytes read as binary, not text.
CONTROL_SHARE = 0.01
# Bytes where KZ-1048 has a Kazakh letter and cp1251 a Serbian/Ukrainian one.
_KZ1048_BYTES = frozenset(b"\x8d\x8e\x9d\x9e\xa1\xa2\xa3\xa5\xaa\xaf\xb4\xba\xbc\xbd\xbe\xbf")
_CONTROL = frozenset(range(0x20)) - {0x09, 0x0A, 0x0B, 0x0C, 0x0D}


@dataclass(frozen=True)
class Sentence:
    """One sentence of an article: its text exactly as written and where it stands.

    ``text == article_text[start:end]``; ``lang`` is the language of its paragraph.
    """

    text: str
    start: int
    end: int
    paragraph: int
    lang: str


@dataclass
class Article:
    """A decoded article: its text, language, the encoding it came in and what was converted."""

    text: str
    lang: str
    encoding: str = "utf-8"
    notes: list[str] = field(default_factory=list)
    path: Path | None = None
    sentences: list[Sentence] = field(default_factory=list)


def _is_binary(data: bytes) -> bool:
    sample = data[:65536]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b in _CONTROL)
    return controls > CONTROL_SHARE * len(sample)


def _utf16_without_bom(data: bytes) -> str | None:
    """The byte order of BOM-less UTF-16 text, when one half of the bytes is almost all 0x00/0x04."""
    sample = data[: 65536 - (65536 % 2)]
    if len(data) % 2 or len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    share = lambda half: sum(1 for b in half if b in (0x00, 0x04)) / len(half)  # noqa: E731
    if share(odd) > 0.9 and share(even) < 0.5:
        return "utf-16-le"
    if share(even) > 0.9 and share(odd) < 0.5:
        return "utf-16-be"
    return None


def _cyrillic_share(text: str) -> float:
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return 0.0
    return sum(1 for c in letters if "\u0400" <= c <= "\u04ff") / len(letters)


def decode(data: bytes, *, path: str | Path | None = None) -> tuple[str, str, list[str]]:
    """Decode an article's bytes to text: ``(text, encoding, notes)``.

    UTF-8 (with or without BOM) is read as is; UTF-16 (BOM, or the tell-tale zero bytes),
    cp1251, KZ-1048 and cp1252 are converted with a note. Line ends become ``\\n`` and the
    text is put in Unicode NFC form, so quotes taken from it match the saved copy.

    :raises KgError: for an empty file, binary data, or text in an encoding not recognised.

    >>> decode("Сәлем".encode("utf-16"))[1:]
    ('utf-16', ['converted from UTF-16 to UTF-8'])
    >>> decode("Партия".encode("cp1251"))[:2]
    ('Партия', 'cp1251')
    >>> decode(b"%PDF-1.4\\x00\\x01\\x02")
    Traceback (most recent call last):
    ...
    kg.errors.KgError: this is binary data, not text (a PDF, a Word or image file?); save the article as plain text (UTF-8) first
    """
    notes: list[str] = []
    if not data.strip():
        raise KgError("empty file: there is no text to extract from", path=path)
    text: str | None = None
    encoding = "utf-8"
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
        notes.append("removed the UTF-8 byte-order mark")
    elif data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        encoding = "utf-32"
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        encoding = "utf-16"
    else:
        encoding = _utf16_without_bom(data) or "utf-8"
    if encoding != "utf-8":
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            raise KgError(
                f"the file looks like {encoding.upper()} but does not decode as it; save it as UTF-8", path=path
            ) from None
        notes.append(f"converted from {encoding.upper()} to UTF-8")
    else:
        if _is_binary(data):
            raise KgError(
                "this is binary data, not text (a PDF, a Word or image file?); save the article as plain text (UTF-8) first",
                path=path,
            )
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text, encoding = _decode_legacy(data, path)
            notes.append(f"converted from {encoding} to UTF-8")
    head = text[:65536]
    if sum(ord(c) in _CONTROL for c in head) > CONTROL_SHARE * len(head):
        raise KgError("this is binary data, not text; save the article as plain text (UTF-8) first", path=path)
    cleaned = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    cleaned = "".join(c for c in cleaned if ord(c) not in _CONTROL or c in "\t\n")
    if cleaned != text.replace("\r\n", "\n").replace("\r", "\n"):
        notes.append("normalised the text to Unicode NFC")
    if "\r" in text:
        notes.append("converted line ends to \\n")
    if not cleaned.strip():
        raise KgError("empty file: there is no text to extract from", path=path)
    return cleaned, encoding, notes


def _decode_legacy(data: bytes, path: str | Path | None) -> tuple[str, str]:
    """Decode bytes that are not UTF-8: a Cyrillic code page, else Western cp1252."""
    try:
        cyrillic = data.decode("cp1251")
    except UnicodeDecodeError:
        cyrillic = None
    if cyrillic is not None and _cyrillic_share(cyrillic) >= 0.5:
        kazakh_bytes = sum(1 for b in data if b in _KZ1048_BYTES)
        letters = sum(1 for c in cyrillic if c.isalpha())
        if kazakh_bytes and kazakh_bytes >= 0.005 * letters:
            return data.decode("kz1048"), "kz1048"
        return cyrillic, "cp1251"
    high = sum(1 for b in data if b >= 0x80)
    if high <= 0.05 * len(data):
        try:
            return data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            pass
    raise KgError(
        "the text is not UTF-8, UTF-16, cp1251 or KZ-1048; convert it to UTF-8 first (e.g. iconv -f ENCODING -t UTF-8)",
        path=path,
    )


def detect_language(text: str, *, default: str = "en") -> str:
    """``kk``, ``ru`` or ``en`` by the letters of ``text``; ``default`` when it has none.

    Cyrillic text is Kazakh when at least 2% of its Cyrillic letters are Kazakh-only letters.

    >>> detect_language("The party supports the draft."), detect_language("123", default="ru")
    ('en', 'ru')
    """
    cyrillic = kazakh = latin = 0
    common = common_kazakh = 0  # in words written in lower case: names ("Халық Кеңесі") quoted in Russian do not count
    named = False  # the word before opened with a capital and held a Kazakh letter ("Халық", "Ұлттық")
    for word in re.findall(r"[^\W\d_]+", text):
        lower = word[:1].islower()
        # (twenty-third session) "«Халық кеңесі»", "Ұлттық құрылтай": the lower-case word goes on a Kazakh name
        name_word, named = READINGS23 and lower and named, not lower and any(ch in KK_LETTERS for ch in word)
        for ch in word:
            if "\u0400" <= ch <= "\u04ff":
                cyrillic += 1
                kazakh += ch in KK_LETTERS
                common += lower
                common_kazakh += lower and not name_word and ch in KK_LETTERS
            elif ch.isascii() or "\u00c0" <= ch <= "\u024f":
                latin += 1
    if cyrillic + latin == 0:
        return default
    if cyrillic >= latin:
        if kazakh >= KK_SHARE * cyrillic and common >= 40 and common_kazakh <= 0.002 * common:
            return "ru"  # Kazakh letters only in names: a Russian text quoting "Халық Кеңесі"
        return "kk" if kazakh >= KK_SHARE * cyrillic else "ru"
    return "en"


# Words after which a full stop does not end a sentence (lower case, without the dot).
_ABBREVIATIONS = frozenset(
    [
        "т.б",
        "т.с.с",
        "т.с",
        "ж",
        "жж",
        "ғ",
        "б",
        "бб",
        "т",
        "тт",
        "ст",
        "им",
        "көш",
        "обл",
        "г",
        "гг",
        "т.е",
        "т.д",
        "т.п",
        "др",
        "пр",
        "ул",
        "стр",
        "см",
        "р",
        "руб",
        "тыс",
        "млн",
        "млрд",
        "mr",
        "mrs",
        "ms",
        "dr",
        "st",
        "prof",
        "no",
        "nos",
        "art",
        "arts",
        "vs",
        "etc",
        "e.g",
        "i.e",
        "inc",
        "ltd",
        "jr",
        "sr",
        "gen",
        "col",
        "sen",
        "rep",
        "p",
        "pp",
        "para",
        "cf",
        "approx",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "янв",
        "фев",
        "февр",
        "апр",
        "авг",
        "сен",
        "сент",
        "окт",
        "нояб",
        "дек",
    ]
)
_END = re.compile(r"[.!?…]+[»”\"')\]]*")
_OPENERS = "«“\"'(„"
#: A dateline's city in capitals at the start of a paragraph, before the outlet: "АСТАНА. KAZINFORM —".
_DATELINE = re.compile(r"\s*[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][A-ZА-ЯЁӘҒҚҢӨҰҮҺІ-]{2,}(?:\s+[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ-]{2,})?")
#: A dateline is at most this long: the test reads no further into a long paragraph at every stop.
_DATELINE_MAX = 64
#: Every stop reads a bounded span around it, never the whole paragraph (a regex anchored at the
#: paragraph's end, or a copy of what follows, made splitting quadratic: 7 s for one 30 KB paragraph).
#: A word cut at this width is longer than any abbreviation, so it reads the same.
_WORD_WINDOW = 2 + max(map(len, _ABBREVIATIONS))
_BLANKS = re.compile(r"[ \t]*")


def _word_before(text: str, dot: int) -> str:
    """The letters (and dots between letters: "т.б") just before ``text[dot]``, at most :data:`_WORD_WINDOW`.

    >>> _word_before("т.б. X", 3), _word_before("in 2025. X", 7), _word_before("a..b.", 4)
    ('т.б', '', 'b')
    """
    # a letter is what [^\W\d_] matches: alphanumeric, not a decimal digit
    low, i = max(0, dot - _WORD_WINDOW), dot
    while True:
        while i > low and text[i - 1].isalnum() and not text[i - 1].isdecimal():
            i -= 1
        if i == dot or i - 2 < low or text[i - 1] != "." or not (text[i - 2].isalnum() and not text[i - 2].isdecimal()):
            return text[i:dot]
        i -= 1


def _ends_sentence(text: str, dot: int, after: int) -> bool:
    """Whether the stop at ``text[dot]`` (ending at ``after``) closes a sentence."""
    blanks = _BLANKS.match(text, after)  # the first character after the blanks (no copy of the rest)
    at = blanks.end() if blanks else after
    if at == len(text) or text[at] == "\n":
        return True
    nxt = text[at]
    spaced = at > after
    if not (nxt.isupper() or nxt.isdigit() or nxt in _OPENERS):
        return False
    if text[dot] in "!?…":
        return not _name_ends_quoted(text, dot, after)
    before = _word_before(text, dot)
    if not spaced:
        # "өтті.Оның": a glued sentence needs a lower-case letter before the stop and
        # upper then lower case after it ("BAQ.KZ" and "e.g.X" are not sentence ends).
        return bool(before) and before[-1].islower() and at + 1 < len(text) and nxt.isupper() and text[at + 1].islower()
    if not before:
        return True
    if dot <= _DATELINE_MAX and _DATELINE.fullmatch(text, 0, dot):
        return False  # "ҚЫЗЫЛОРДА. KAZINFORM — …": the dateline's city opens the lead sentence
    if len(before) == 1 and before.isupper():
        return False  # an initial: "А. Амиртаев"
    if before.lower() in DIGRAPH_INITIALS and before[0].isupper():
        return False  # "Zh. Tokayev"
    if READINGS17 and _JOINED_INITIALS.fullmatch(before) and not _OPENER_WORD.match(text, at):
        # (seventeenth session) "M.D. Zhumagulov", "M.Zh. Kundakova", "Ж.Қ. Әлиев": initials joined by dots; not
        # "imposed by the U.S. The ministry replied" (a word that opens sentences follows)
        return False
    return before.lower() not in _ABBREVIATIONS


#: How far back a quoted name's opening mark is looked for (the longest names the parts hold are about 80 long).
_QUOTED_NAME_MAX = 120


def _name_ends_quoted(text: str, dot: int, after: int) -> bool:
    """Whether the "!" or "?" at ``text[dot]`` ends a name in quote marks that a lower-case word introduces
    ("член коалиции «За Народную Конституцию … Казахстана!» Айгуль Сеитова"), not a quoted sentence ("заявил:
    «Мы готовы!» Затем …"): the mark closes right after the stop, and its opening mark follows a word in lower case.

    >>> _name_ends_quoted("член коалиции «За Конституцию!» Айгуль Сеитова", 29, 31)
    True
    >>> _name_ends_quoted("Он сказал: «Мы готовы!» Затем ушёл.", 21, 23)
    False
    """
    closing = text[dot + 1 : after].lstrip("!?…")  # "…!!»": the marks after the stops
    if closing not in ("»", "”"):
        return False
    opening = text.rfind("«" if closing == "»" else "“", max(0, dot - _QUOTED_NAME_MAX), dot)
    if opening < 2 or any(c in text[opening + 1 : dot] for c in ".!?…»”"):
        return False
    return text[opening - 1] == " " and text[opening - 2].isalpha() and text[opening - 2].islower()


#: A line break inside a sentence, as hard-wrapped text has it: the line before ends without a stop and the
#: next begins in lower case ("According\nto X"), or the line ends with a word that never ends a sentence
#: ("Director of the Secretariat for the\nSustainable Development Goals"), or the next line opens with a company's legal
#: form ("Institute\nJSC"). A word broken by a hyphen stays broken ("ерек-\nшелігін"): the taggers read it so anyway.
_WRAP_WORDS: tuple[str, ...] = ("the", "of", "for", "at", "to", "and", "in", "on", "a", "an", "by", "with", "from")
_WRAP_WORDS += ("и", "в", "на", "по", "для", "при", "с", "мен", "және")
_WRAP = (
    r"(?<=[\w,])\n(?=[a-zа-яёәғқңөұүһі]|(?:JSC|LLP|LLC|Ltd|Inc|АО|ТОО)\b)|(?:"
    + "|".join(rf"(?<=\s{w})" for w in _WRAP_WORDS)
    + r")\n(?=\w)"
)
#: A paragraph: a run of lines joined by hard wraps.
_PARAGRAPH = re.compile(rf"(?:[^\n]|{_WRAP})+")

#: (seventeenth session) Initials joined by dots before the last one's stop: "M.D", "M.Zh", "Ж.Қ" (one capital, or a
#: capital and a small letter for a digraph, each). Read with ``READINGS17``.
_JOINED_INITIALS = re.compile(r"(?:[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][a-zа-яёәғқңөұүһі]?\.)+[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][a-zа-яёәғқңөұүһі]?")
#: Words that open an English sentence and are no surname after initials ("the U.S. The ministry …").
_OPENER_WORD = re.compile(
    r"(?:The|This|That|These|Those|It|Its|In|On|At|As|A|An|He|She|They|We|His|Her|Their|But|And|However|Meanwhile|"
    r"According|Earlier|Later|Today|Yesterday)(?![\w-])"
)
#: (seventeenth session) A line that ends on a post word in lower case, the next opening on a name of two capitalised
#: words: one sentence whose post the layout broke before its holder ("… медиахолдингінің бас директоры\nМұхамедқали
#: Тауан барды"). A headline ends on a post word before a name line rarely; a post never closes a sentence without its
#: stop. Read with ``READINGS17``.
_POST_END_WORDS = (
    "директоры", "төрағасы", "басшысы", "әкімі", "депутаты", "мүшесі", "хатшысы", "ректоры", "орынбасары",
    "меңгерушісі", "жетекшісі", "бухгалтері", "сенаторы",
    "директор", "председатель", "руководитель", "аким", "депутат", "сенатор", "ректор", "бухгалтер", "заместитель",
    "Президент", "президент", "Президенті",
)  # fmt: skip
_CAP_WORD = r"[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][a-zа-яёәғқңөұүһі]+(?:-[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][a-zа-яёәғқңөұүһі]+)?"
_POST_WRAP = re.compile(
    r"(?<![\w-])(?:" + "|".join(_POST_END_WORDS) + rf")[ \t]*(?P<nl>\n)(?={_CAP_WORD}[ \t]+{_CAP_WORD}(?![\w-]))"
)
#: (seventeenth session) A signature: a line that is a name alone (two or three capitalised words), then a line that
#: opens on a post word ("Умербаев Бауржан Досанович⏎Депутат районного маслихата"): one sentence, the post the name's.
_SIGNATURE = re.compile(
    rf"(?m)^{_CAP_WORD}(?:[ \t]+{_CAP_WORD}){{1,2}}[ \t]*(?P<nl>\n)(?=(?:Депутат|Директор|Председатель|Руководитель|"
    r"Аким|Ректор|Проректор|Декан|Заместитель|Член|Сенатор|Deputy|Director|Chair(?:man|woman|person)?|Head|Rector|"
    r"Vice[- ]Rector|Dean|Member|Senator)(?![\w-]))"
)
#: A word that ends as a surname or patronymic does (Kazakh, Russian, their Latin spellings).
_SURNAME = re.compile(
    r"[^\W\d_](?:ов|ев|ёв|ин|ын|ова|ева|ёва|ина|ына|ович|евич|овна|евна|ұлы|қызы|ov|ev|yev|ova|eva|yeva|ina|uly|kyzy)"
    r"(?![\w-])",
    re.IGNORECASE,
)
#: The seventeenth session's readings of the reader (``False`` turns them off): initials joined by dots end no
#: sentence, and a post word ending a line before a name line joins the two. Measured leaving one tuning part out with
#: the readings of :mod:`kg.extract.rules.memberships` (``benchmarks/persons17_lopo.py``).
READINGS17 = True
#: (twenty-first session) In a hard-wrapped text (at least :data:`_HARD_WRAPPED` line breaks inside sentences, the next
#: line in lower case), a line that ends in a word or a comma goes on on the next line whatever its first letter:
#: "Minister of Justice, Yerlan⏎Sarsembayev proposed …" is one sentence (``benchmarks/persons21_lopo.py``). Off: left
#: out one tuning part at a time it is fitted off on 22 parts and costs ``test14`` a person and a post.
READINGS21 = False
_HARD_WRAPPED = 5
#: (thirtieth session) ``hard-wrap``: :data:`READINGS21`'s reading, with a guard: a line shorter than four fifths of
#: the text's wrap width (the median length of its lines that go on in lower case) ends its paragraph, as "… – деді
#: коалиция мүшесі Жайдары Алимбаева⏎Мұғалімдер өз сұрақтарын қойып …" does (`test14`); "Minister of Justice,
#: Yerlan⏎Sarsembayev proposed …" (`test23`) is one sentence (``benchmarks/lead30_lopo.py``).
READINGS30: frozenset[str] = frozenset({"hard-wrap"})


def _line_length(text: str, newline: int) -> int:
    """The length of the line that ends at ``newline``."""
    return newline - (text.rfind("\n", 0, newline) + 1)


def _wrap_width(text: str) -> float:
    """Four fifths of the median length of the lines a hard-wrapped text breaks inside a sentence."""
    lengths = sorted(_line_length(text, m.start()) for m in _LOWER_WRAP.finditer(text))
    return 0.8 * lengths[len(lengths) // 2] if lengths else 0.0


#: (twenty-third session) Telling Russian from Kazakh, a lower-case word right after a capitalised word with a Kazakh
#: letter is part of a Kazakh name ("«Халық кеңесі»", "Ұлттық құрылтай" quoted in Russian), not Kazakh wording: a
#: Russian paragraph that names the People's Council four times reads as Russian. Off, with the events reading
#: ``name-words`` that turns it on (``benchmarks/events23_lopo.py``): on the tuning parts it changes one article
#: (`test3`), whose session it finds and whose speech and proposal the sheet lacks (all facts P falls).
READINGS23 = False
#: (twenty-fifth session) The twenty-fifth session's readings of the reader, by name (the LOPO script sets them):
#: ``post-line`` keeps a headline that ends on a post word ("… инструмент участия народа — депутат") apart from a
#: next line that opens on a post word of its own ("Депутат Мажилиса Парламента Максат Толыкбай …"): the next line
#: names its holder after its own post, so the two are not one post broken before its name
#: (``benchmarks/persons25_lopo.py``).
READINGS25: frozenset[str] = frozenset({"post-line"})
#: A line that opens on a post word, capitalised (any of :data:`_POST_END_WORDS`, or the signature's posts).
_POST_LINE = re.compile(
    r"(?:" + "|".join(w.capitalize() for w in _POST_END_WORDS) + r"|Депутат|Директор|Председатель|Руководитель|"
    r"Аким|Ректор|Проректор|Декан|Заместитель|Член|Сенатор|Вице-\w+)(?![\w-])"
)
#: A line ending in a letter or a comma, the next line not blank (nor a list's dash or bullet).
_WORD_WRAP = re.compile(r"(?<=[^\W\d_]|,)[ \t]*(?P<nl>\n)(?=[^\W\d_]|[«“\"(])")
#: A line break that hard-wrapped text has inside a sentence: the next line in lower case.
_LOWER_WRAP = re.compile(r"(?<=[\w,])\n(?=[a-zа-яёәғқңөұүһі])")


def split_sentences(text: str, *, lang: str | None = None) -> list[Sentence]:
    """Split ``text`` into sentences with offsets; a line break ends one, unless it only wraps a long line.

    Each paragraph gets its own language (by :func:`detect_language`) unless ``lang`` forces
    one; a Cyrillic paragraph too short to tell Kazakh from Russian takes the language of
    the whole text.

    >>> [(s.text, s.start, s.lang) for s in split_sentences("Төраға сөйледі.\\nThe party met.")]
    [('Төраға сөйледі.', 0, 'kk'), ('The party met.', 16, 'en')]
    """
    whole = lang or detect_language(text)
    out: list[Sentence] = []
    scan = text
    if READINGS17 and "\n" in text:
        # a name line has a surname ("Умербаев Бауржан Досанович"), a headline ("Новая Конституция") has none; a post
        # word ending a line (trailing blanks allowed) goes on with the name on the next
        cuts = [m.start("nl") for m in _SIGNATURE.finditer(text) if _SURNAME.search(m.group())]
        cuts += [
            m.start("nl")
            for m in _POST_WRAP.finditer(text)
            if "post-line" not in READINGS25 or not _POST_LINE.match(text, m.end("nl"))
        ]
        hard = "hard-wrap" in READINGS30
        if (READINGS21 or hard) and len(_LOWER_WRAP.findall(text)) >= _HARD_WRAPPED:
            width = _wrap_width(text) if hard else 0
            cuts += [m.start("nl") for m in _WORD_WRAP.finditer(text) if _line_length(text, m.start("nl")) >= width]
        if cuts:
            chars = list(text)
            for at in cuts:
                chars[at] = " "  # read as one line; the sentence keeps the text as written
            scan = "".join(chars)
    for number, para in enumerate(_PARAGRAPH.finditer(scan)):
        body = text[para.start() : para.end()]
        if not body.strip():
            continue
        para_lang = lang or detect_language(body, default=whole)
        if not lang and para_lang == "en" and whole != "en" and _lower_words_cyrillic(body):
            para_lang = whole  # "Ербол Исакаев, ректор Kozybayev University": more Latin letters, all in names
        if not lang and para_lang != whole and "en" not in (para_lang, whole):
            # Kazakh or Russian: a short paragraph may lack the letters that tell them apart.
            if sum(1 for c in body if c.isalpha()) < 25:
                para_lang = whole
        begin = 0
        for stop in _END.finditer(body):
            if _ends_sentence(body, stop.start(), stop.end()):
                out.extend(_piece(body, begin, stop.end(), para.start(), number, para_lang))
                begin = stop.end()
        out.extend(_piece(body, begin, len(body), para.start(), number, para_lang))
    return out


def _lower_words_cyrillic(text: str) -> bool:
    """Whether the words of ``text`` written in lower case hold more Cyrillic letters than Latin ones."""
    lower = [w for w in re.findall(r"[^\W\d_]+", text) if w[:1].islower()]
    cyrillic = sum(1 for w in lower for ch in w if "\u0400" <= ch <= "\u04ff")
    return cyrillic > sum(len(w) for w in lower) - cyrillic


def _piece(body: str, begin: int, end: int, offset: int, paragraph: int, lang: str) -> list[Sentence]:
    chunk = body[begin:end]
    lead = len(chunk) - len(chunk.lstrip())
    chunk = chunk.strip()
    if not chunk or not any(c.isalnum() for c in chunk):
        return []
    start = offset + begin + lead
    return [Sentence(chunk, start, start + len(chunk), paragraph, lang)]


def cap_sentences(sentences: list[Sentence], limit: int = MAX_SENTENCE_CHARS) -> tuple[list[Sentence], int]:
    """The sentences with each one over ``limit`` characters cut at whitespace (hard, where a piece has none)
    into pieces of at most ``limit``; and how many were cut. Offsets stay exact.

    >>> s = Sentence("aa bb cc", 10, 18, 0, "en")
    >>> [(p.text, p.start, p.end) for p in cap_sentences([s], limit=5)[0]]
    [('aa bb', 10, 15), ('cc', 16, 18)]
    """
    out: list[Sentence] = []
    cut = 0
    for s in sentences:
        if len(s.text) <= limit:
            out.append(s)
            continue
        cut += 1
        pos, text = 0, s.text
        while pos < len(text):
            end = len(text) if len(text) - pos <= limit else text.rfind(" ", pos + 1, pos + limit + 1)
            if end <= pos:
                space = max(text.rfind(c, pos + 1, pos + limit + 1) for c in "\t\u00a0")
                end = space if space > pos else pos + limit
            piece = text[pos:end]
            lead = len(piece) - len(piece.lstrip())
            piece = piece.strip()
            if piece:
                start = s.start + pos + lead
                out.append(Sentence(piece, start, start + len(piece), s.paragraph, s.lang))
            pos = end
    return out, cut


def read_article(path: str | Path, *, lang: str = "auto") -> Article:
    """Read and decode an article file, detect its language and split it into sentences.

    :param path: a plain-text file.
    :param lang: ``kk``, ``ru``, ``en``, or ``auto`` to detect the language of each paragraph.
    :raises KgError: when the file is missing, empty, binary or in an unknown encoding.
    """
    file = Path(path)
    if lang not in ("auto", *LANGS):
        raise KgError(f"unknown language {lang!r}; use kk, ru, en or auto")
    try:
        size = file.stat().st_size
        if size > MAX_ARTICLE_BYTES and file.is_file():
            raise KgError(
                f"the file is {size:,} bytes, over the limit of {MAX_ARTICLE_BYTES:,} bytes for one article: "
                "split it into one file per article",
                path=file,
            )
        if file.is_dir():
            raise IsADirectoryError
        if not file.is_file():  # a FIFO or a device would be read for ever
            raise KgError(
                "is not a regular file (a device, pipe or socket?); give a plain-text article file", path=file
            )
        from kg.fileio import read_bounded

        data = read_bounded(file, MAX_ARTICLE_BYTES, what="the article file")  # opened without blocking
    except FileNotFoundError:
        raise KgError("no such file", path=file) from None
    except IsADirectoryError:
        raise KgError("is a folder, not an article file", path=file) from None
    except OSError as exc:
        raise KgError(f"cannot read the file: {exc.strerror}", path=file) from None
    text, encoding, notes = decode(data, path=file)
    return article_from_text(text, lang=lang, encoding=encoding, notes=notes, path=file)


def article_from_text(
    text: str, *, lang: str = "auto", encoding: str = "utf-8", notes: list[str] | None = None, path: Path | None = None
) -> Article:
    """An :class:`Article` from text already decoded (see :func:`read_article`).

    >>> a = article_from_text("Партия төрағасы сөйледі. The chair spoke.")
    >>> a.lang, len(a.sentences)
    ('kk', 2)
    """
    if not text.strip():
        raise KgError("empty text: there is nothing to extract from", path=path)
    notes = list(notes or [])
    if arabic_kk.is_arabic(text):  # Kazakh in the Arabic script: read, quoted and saved in Cyrillic
        text = arabic_kk.to_cyrillic(text)
        notes.append("converted Kazakh from the Arabic script (töte jazu) to Cyrillic")
    elif alphabet := latin_kk.alphabet(text):  # Kazakh in the Latin script (Kazinform's, Adyrna's Latin editions)
        text = latin_kk.to_cyrillic(text, alphabet)
        notes.append(f"converted Kazakh from the Latin script (the {alphabet} alphabet) to Cyrillic")
    doc_lang = detect_language(text) if lang == "auto" else lang
    sentences, cut = cap_sentences(split_sentences(text, lang=None if lang == "auto" else lang))
    if cut:
        notes.append(f"{cut} sentence(s) over {MAX_SENTENCE_CHARS:,} characters cut at whitespace into shorter pieces")
    langs = {s.lang for s in sentences}
    if len(langs) > 1:
        counts = {code: sum(1 for s in sentences if s.lang == code) for code in sorted(langs)}
        notes.append("mixed languages: " + ", ".join(f"{n} sentence(s) in {code}" for code, n in counts.items()))
    return Article(text=text, lang=doc_lang, encoding=encoding, notes=notes, path=path, sentences=sentences)
