"""Kazakh named-entity tagging with a CRF trained on KazNERD.

The shipped model ``kg/extract/models/kaznerd_crf.crfsuite`` was trained on the
validation split of KazNERD (Yeshpanov, Khassanov and Varol, LREC 2022,
https://github.com/IS2AI/KazNERD, CC BY 4.0); see ``kaznerd_crf.json`` beside
it for the attribution, parameters and test scores. It tags the 25 KazNERD
classes (``PERSON``, ``GPE``, ``ORGANISATION``, ``POSITION``, ``DATE``, ...).

>>> [(e.text, e.type) for e in tag("Партия төрағасы Азаматхан Әміртаев баяндама жасады.")]
[('Партия төрағасы', 'POSITION'), ('Азаматхан Әміртаев', 'PERSON')]
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.errors import KgError

if TYPE_CHECKING:  # pragma: no cover
    import pycrfsuite

MODEL_NAME = "kaznerd_crf"

# A number with inner separators ("2,5", "12:30"), a "%" with its case ending
# ("%-ке", as KazNERD writes it), a word with inner hyphens or apostrophes
# ("Қасым-Жомарт", "1-інші"), or any other single non-space character.
_TOKEN_RE = re.compile(r"\d+(?:[.,:/]\d+)+(?:-\w+)?|%(?:-\w+)?|\w+(?:[-'’]\w+)*|\S")

_OPEN_QUOTES = frozenset("«“„‘‹")
_CLOSE_QUOTES = frozenset("»”’›")
_AMBIGUOUS_QUOTES = frozenset("\"'")

# Kazakh inflectional endings (plural, possessive, case), longest first; a
# stem keeps at least three letters. Used only to build the ``stem`` feature.
_SUFFIXES = tuple(
    sorted(
        [
            "лар",
            "лер",
            "дар",
            "дер",
            "тар",
            "тер",
            "ның",
            "нің",
            "дың",
            "дің",
            "тың",
            "тің",
            "ға",
            "ге",
            "қа",
            "ке",
            "на",
            "не",
            "ны",
            "ні",
            "ды",
            "ді",
            "ты",
            "ті",
            "да",
            "де",
            "та",
            "те",
            "нда",
            "нде",
            "дан",
            "ден",
            "тан",
            "тен",
            "нан",
            "нен",
            "мен",
            "бен",
            "пен",
            "ымыз",
            "іміз",
            "мыз",
            "міз",
            "ыңыз",
            "іңіз",
            "ңыз",
            "ңіз",
            "сы",
            "сі",
            "ы",
            "і",
            "ым",
            "ім",
            "м",
            "ың",
            "ің",
            "ң",
            "ша",
            "ше",
            "шы",
            "ші",
            "дағы",
            "дегі",
            "тағы",
            "тегі",
            "ндағы",
            "ндегі",
            "лық",
            "лік",
            "дық",
            "дік",
            "тық",
            "тік",
            "ов",
            "ев",
            "ова",
            "ева",
            "ин",
            "ина",
        ],
        key=len,
        reverse=True,
    )
)


@dataclass(frozen=True)
class Token:
    """A token of a text with its character offsets (``text[start:end]``)."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Entity:
    """A named-entity mention: its text, KazNERD class and character offsets."""

    text: str
    type: str
    start: int
    end: int


def tokenize(text: str) -> list[Token]:
    """Split ``text`` into tokens the way KazNERD does, keeping offsets.

    Punctuation and quotes are tokens of their own; hyphenated words and
    numbers with a case ending (``1-інші``) stay whole.

    >>> [t.text for t in tokenize("«Нұр Отан» партиясы, 2022-нші жыл.")]
    ['«', 'Нұр', 'Отан', '»', 'партиясы', ',', '2022-нші', 'жыл', '.']
    >>> tokenize("Астана.")[1]
    Token(text='.', start=6, end=7)
    """
    return [Token(m.group(), m.start(), m.end()) for m in _TOKEN_RE.finditer(text)]


def stem(word: str) -> str:
    """Lowercase ``word`` and strip Kazakh inflectional endings, greedily.

    A crude stem, used as a word-cluster feature: it over-strips some words
    but maps the inflected forms of a name to the same string.

    >>> stem("Астанадағы"), stem("Астананың"), stem("Назарбаевтың"), stem("ел")
    ('аста', 'аста', 'назарба', 'ел')
    """
    current = word.lower()
    changed = True
    while changed:
        changed = False
        for suffix in _SUFFIXES:
            if current.endswith(suffix) and len(current) - len(suffix) >= 3:
                current = current[: -len(suffix)]
                changed = True
                break
    return current


def shape(word: str) -> str:
    """Return the short shape of ``word``: runs of X, x, d and other characters.

    >>> shape("Қасым-Жомарт"), shape("2022-нші"), shape("ЕАЭО")
    ('Xx-Xx', 'd-x', 'X')
    """
    out: list[str] = []
    for char in word:
        if char.isupper():
            kind = "X"
        elif char.isalpha():
            kind = "x"
        elif char.isdigit():
            kind = "d"
        else:
            kind = char
        if not out or out[-1] != kind:
            out.append(kind)
    return "".join(out)


def _normalise_quotes(words: Sequence[str]) -> list[str]:
    """Map every quote mark to KazNERD's « or », alternating for straight quotes."""
    out: list[str] = []
    inside = False
    for word in words:
        if word in _OPEN_QUOTES or (word in _AMBIGUOUS_QUOTES and not inside):
            out.append("«")
            inside = True
        elif word in _CLOSE_QUOTES or word in _AMBIGUOUS_QUOTES:
            out.append("»")
            inside = False
        else:
            out.append(word)
    return out


def _word_features(word: str) -> dict[str, str | bool]:
    """Return the context-free properties of one word (shared by its neighbours)."""
    lower = word.lower()
    return {
        "w": lower,
        "st": stem(word),
        "sh": shape(word),
        "s3": lower[-3:],
        "t": word[:1].isupper(),
        "u": word.isupper() and len(word) > 1,
        "d": word.isdigit(),
        "hd": any(c.isdigit() for c in word),
        "p": not any(c.isalnum() for c in word),
    }


def _token_features(words: Sequence[str], props: Sequence[dict[str, str | bool]], i: int) -> list[str]:
    """Return the CRF feature strings of token ``i`` given all the words."""
    word = words[i]
    lower = word.lower()
    own = props[i]
    feats = ["b", f"w={lower}", f"st={own['st']}", f"sh={own['sh']}", f"len={min(len(word), 12)}"]
    feats.extend(f"p{n}={lower[:n]}" for n in range(1, 5) if len(lower) >= n)
    feats.extend(f"s{n}={lower[-n:]}" for n in range(1, 5) if len(lower) >= n)
    if len(lower) > 5:
        feats.append(f"p5={lower[:5]}")
    for flag in ("t", "u", "d", "hd", "p"):
        if own[flag]:
            feats.append(flag)
    if own["t"] and i > 0 and words[i - 1] not in (".", "«", "—", "–", ":", "?", "!"):
        feats.append("tmid")
    if "-" in word:
        feats.append("hy")
        feats.append(f"hyx={lower.split('-', 1)[1]}")
    if word in ("«", "»"):
        feats.append("q")
    if i == 0:
        feats.append("BOS")
    if i == len(words) - 1:
        feats.append("EOS")
    if _inside_quotes(words, i):
        feats.append("inq")
    for offset in (-2, -1, 1, 2):
        j = i + offset
        if not 0 <= j < len(words):
            feats.append(f"{offset}:pad")
            continue
        other = props[j]
        feats.append(f"{offset}:w={other['w']}")
        feats.append(f"{offset}:st={other['st']}")
        feats.append(f"{offset}:sh={other['sh']}")
        if other["t"]:
            feats.append(f"{offset}:t")
        if abs(offset) == 1:
            feats.append(f"{offset}:s3={other['s3']}")
    if i > 0:
        feats.append(f"-1|0={props[i - 1]['w']}|{lower}")
    if i < len(words) - 1:
        feats.append(f"0|1={lower}|{props[i + 1]['w']}")
    return feats


def _inside_quotes(words: Sequence[str], i: int) -> bool:
    """Whether token ``i`` lies between a « and its matching »."""
    for j in range(i - 1, -1, -1):
        if words[j] == "»":
            return False
        if words[j] == "«":
            return "»" in words[i + 1 :]
    return False


def features(tokens: Sequence[Token] | Sequence[str]) -> list[list[str]]:
    """Return the CRF features of each token of one sentence.

    ``tokens`` may be :class:`Token` objects or plain strings.

    >>> feats = features(["Астанада", "өтті"])
    >>> "st=аста" in feats[0], "1:w=өтті" in feats[0], "-1:w=астанада" in feats[1]
    (True, True, True)
    """
    words = _normalise_quotes([t.text if isinstance(t, Token) else t for t in tokens])
    props = [_word_features(w) for w in words]
    return [_token_features(words, props, i) for i in range(len(words))]


def read_iob2(path: str | Path) -> list[list[tuple[str, str]]]:
    """Read an IOB2 file (``TOKEN TAG`` lines, blank line between sentences).

    :raises KgError: when a line does not have exactly two fields.
    """
    sentences: list[list[tuple[str, str]]] = []
    current: list[tuple[str, str]] = []
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            line = line.rstrip("\n")
            if not line.strip():
                if current:
                    sentences.append(current)
                    current = []
                continue
            fields = line.split(" ")
            if len(fields) != 2:
                raise KgError(f"expected 'TOKEN TAG', got {line!r}", path=path, line=number)
            current.append((fields[0], fields[1]))
    if current:
        sentences.append(current)
    return sentences


def spans(tags: Sequence[str]) -> list[tuple[str, int, int]]:
    """Return the entity spans ``(type, first, last + 1)`` of an IOB2 tag sequence.

    As in seqeval's default mode, an ``I-`` tag that does not continue an
    entity of its type starts a new one.

    >>> spans(["B-PERSON", "I-PERSON", "O", "I-GPE", "B-GPE"])
    [('PERSON', 0, 2), ('GPE', 3, 4), ('GPE', 4, 5)]
    """
    out: list[tuple[str, int, int]] = []
    kind: str | None = None
    begin = 0
    for i, label in enumerate([*tags, "O"]):
        prefix, _, name = label.partition("-")
        continues = prefix == "I" and name == kind
        if kind is not None and not continues:
            out.append((kind, begin, i))
            kind = None
        if prefix in ("B", "I") and not continues:
            kind, begin = name, i
    return out


def _prf(correct: int, predicted: int, gold: int) -> dict[str, float | int]:
    """Return precision, recall, F1 and support from counts."""
    precision = correct / predicted if predicted else 0.0
    recall = correct / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "support": gold}


def score(gold: Iterable[Sequence[str]], predicted: Iterable[Sequence[str]]) -> dict[str, Any]:
    """Score predicted tag sequences against gold ones, by exact span and type.

    Returns ``{"micro": {...}, "per_type": {TYPE: {...}}}``, each entry with
    ``precision``, ``recall``, ``f1`` and ``support`` (gold entities).

    :raises ValueError: when a sentence has a different number of tags on each side.

    >>> s = score([["B-GPE", "O", "B-PERSON"]], [["B-GPE", "O", "B-GPE"]])
    >>> s["micro"]["precision"], s["per_type"]["PERSON"]["recall"]
    (0.5, 0.0)
    """
    counts: dict[str, list[int]] = {}  # type -> [correct, predicted, gold]
    for gold_tags, pred_tags in zip(gold, predicted, strict=True):
        if len(gold_tags) != len(pred_tags):
            raise ValueError(f"{len(pred_tags)} predicted tags for {len(gold_tags)} gold tags")
        gold_spans = set(spans(gold_tags))
        pred_spans = set(spans(pred_tags))
        for kind, *_ in gold_spans:
            counts.setdefault(kind, [0, 0, 0])[2] += 1
        for span in pred_spans:
            entry = counts.setdefault(span[0], [0, 0, 0])
            entry[1] += 1
            entry[0] += span in gold_spans
    totals = [sum(c[k] for c in counts.values()) for k in range(3)]
    return {
        "micro": _prf(*totals),
        "per_type": {kind: _prf(*counts[kind]) for kind in sorted(counts)},
    }


def model_path(*, suffix: str = ".crfsuite") -> Path:
    """Return the path of the shipped model file (or, with ``suffix=".json"``, its metadata).

    >>> model_path().name
    'kaznerd_crf.crfsuite'
    """
    return Path(__file__).resolve().parent / "models" / f"{MODEL_NAME}{suffix}"


@lru_cache(maxsize=4)
def load_tagger(path: str | None = None) -> pycrfsuite.Tagger:
    """Open the CRF model at ``path`` (default: the shipped one), once per path.

    :raises KgError: when the model file is missing or unreadable.
    """
    import pycrfsuite

    file = Path(path) if path is not None else model_path()
    if not file.is_file():
        raise KgError("NER model not found", path=file)
    tagger = pycrfsuite.Tagger()
    try:
        tagger.open(str(file))
    except (OSError, ValueError) as error:
        raise KgError(f"cannot open NER model: {error}", path=file) from error
    return tagger


def tag_tokens(tokens: Sequence[Token] | Sequence[str], *, model: str | None = None) -> list[str]:
    """Return one IOB2 tag per token.

    >>> tag_tokens(["Астанада", "жиын", "өтті"])
    ['B-GPE', 'O', 'O']
    """
    if not tokens:
        return []
    return list(load_tagger(model).tag(features(tokens)))


def _sentences(tokens: Sequence[Token]) -> Iterator[Sequence[Token]]:
    """Split tokens into sentences after ``.``, ``!`` and ``?`` (the CRF saw one sentence at a time)."""
    begin = 0
    for i, token in enumerate(tokens):
        if token.text in (".", "!", "?") and (i + 1 == len(tokens) or tokens[i + 1].text not in (".", "!", "?")):
            yield tokens[begin : i + 1]
            begin = i + 1
    if begin < len(tokens):
        yield tokens[begin:]


def tag(text: str, *, model: str | None = None) -> list[Entity]:
    """Find the named entities in Kazakh ``text``, with character offsets.

    >>> [(e.text, e.type, e.start, e.end) for e in tag("Ол Астанаға барды.")]
    [('Астанаға', 'GPE', 3, 11)]
    """
    entities: list[Entity] = []
    for sentence in _sentences(tokenize(text)):
        labels = tag_tokens(sentence, model=model)
        for kind, first, last in spans(labels):
            start, end = sentence[first].start, sentence[last - 1].end
            entities.append(Entity(text[start:end], kind, start, end))
    return entities


def evaluate(
    path: str | Path,
    *,
    model: str | None = None,
    tagger: Callable[[list[str]], Sequence[str]] | None = None,
) -> dict[str, Any]:
    """Tag the sentences of an IOB2 file and score them (see :func:`score`).

    ``tagger`` maps a sentence's words to tags; by default the CRF at
    ``model`` (the shipped one unless given) does. The result also gives the
    number of ``sentences`` and ``tokens``.

    :raises KgError: when the file is malformed or the model is missing.
    """
    sentences = read_iob2(path)
    if tagger is None:

        def tagger(words: list[str]) -> Sequence[str]:
            return tag_tokens(words, model=model)

    gold = [[label for _, label in sentence] for sentence in sentences]
    predicted = [list(tagger([word for word, _ in sentence])) for sentence in sentences]
    result = score(gold, predicted)
    result["sentences"] = len(sentences)
    result["tokens"] = sum(len(s) for s in sentences)
    return result
