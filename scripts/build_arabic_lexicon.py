"""Build ``kg/extract/models/kk_arabic_lexicon.json``, the words the Arabic-script reader cannot spell by rule.

Every Cyrillic word of KazNERD (``IOB2_valid.txt`` and ``IOB2_test.txt``) and of the registry
(``sources/actors.yaml``, for the words KazNERD lacks) is written in the Arabic script (:func:`kg.extract.arabic_kk.from_cyrillic`);
for each Arabic spelling the usual Cyrillic word is kept when the letter rules would not give it — Russian
loans the rules do not mark as loans, and names, which the script writes without a capital. A word's case
is voted on away from a sentence's first word only. Two lists of Arabic spellings go beside them: the words
of persons' names (KazNERD's PERSON tokens, the registry's persons) and the words KazNERD writes in lower case,
so that the reader can tell a name it has never seen by its neighbour; and a name's spelling where the lexicon
reads its Arabic spelling as another word ("Аида" for the "айда" of a sentence), for a word before a surname::

    python scripts/build_arabic_lexicon.py --data ../shared/data/kaznerd

KazNERD: Yeshpanov, Khassanov and Varol (LREC 2022), https://github.com/IS2AI/KazNERD, licensed CC BY 4.0.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter, defaultdict
from pathlib import Path

import yaml

from kg.extract import arabic_kk

REPO_ROOT = Path(__file__).resolve().parent.parent
#: A word is kept with its capital when at least this share of its uses away from a sentence's start have one
#: ("Конституция", "Мемлекет басшысы" in the news; 0.5 left both in lower case).
CAPITAL_SHARE = 0.4
#: A word is a name's when its uses as a name are at least this many times its uses in lower case ("Серік" 8:2).
NAME_SHARE = 2
ATTRIBUTION = (
    "The word list is derived from KazNERD by Rustem Yeshpanov, Yerbolat Khassanov and Huseyin Atakan Varol "
    "(https://github.com/IS2AI/KazNERD), licensed under CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/), "
    "and from the names in this project's registry (sources/actors.yaml). Change: each word is written in the "
    "Arabic script; only the words whose Cyrillic form the letter rules do not give are kept, and of the words of "
    "persons' names and of the words written in lower case, their Arabic spelling alone; a name's spelling is kept "
    "where its Arabic spelling reads as another word."
)


def _kaznerd_tokens(data: Path) -> list[tuple[str, str, bool]]:
    """``(word, tag, first in its sentence)`` for every Cyrillic token of KazNERD."""
    out: list[tuple[str, str, bool]] = []
    for name in ("IOB2_valid.txt", "IOB2_test.txt"):
        first = True
        for line in (data / name).read_text(encoding="utf-8").splitlines():
            if not line.strip():
                first = True
                continue
            token, tag = line.rsplit(" ", 1)
            if arabic_kk.CYRILLIC_WORD.fullmatch(token):
                out.append((token, tag, first))
            first = False
    return out


def _kaznerd_words(data: Path) -> list[tuple[str, bool]]:
    """``(word, first in its sentence)`` for every Cyrillic token of KazNERD."""
    return [(token, first) for token, _, first in _kaznerd_tokens(data)]


def _name_words(data: Path, registry: Path) -> tuple[Counter[str], Counter[str], Counter[str]]:
    """How often each word is a person's name (KazNERD's PERSON tokens in capitals, the Kazakh names of the
    registry's persons) and in what spelling, and how often KazNERD writes it in lower case."""
    tokens = _kaznerd_tokens(data)
    lower = Counter(w for w, _, _ in tokens if w.islower())
    spelled = Counter(w for w, tag, _ in tokens if tag.endswith("PERSON") and w[:1].isupper())
    for actor in yaml.safe_load(registry.read_text(encoding="utf-8")).get("actors", []):
        if actor.get("type") == "person":
            labels = [actor.get("name", {}).get("kk", "")] + [a.get("kk", "") for a in actor.get("also", [])]
            spelled.update(w for w in arabic_kk.CYRILLIC_WORD.findall(" ".join(labels)) if w[:1].isupper())
    as_name: Counter[str] = Counter()
    for w, n in spelled.items():
        as_name[w.lower()] += n
    return as_name, spelled, lower


def name_forms(data: Path, registry: Path, words: dict[str, str]) -> dict[str, str]:
    """Arabic key -> a name's spelling where the lexicon reads the key otherwise: "Аида" where ايدا is "айда" (in
    the month), "Дастан" where it is "дастан" (an epic). Before a surname it is the name that is meant."""
    _, spelled, _ = _name_words(data, registry)
    out: dict[str, tuple[int, str]] = {}
    for form, n in spelled.items():
        k = arabic_kk.key(arabic_kk.from_cyrillic(form))
        if form != words.get(k, arabic_kk._by_letters(k)) and (k not in out or (n, form) > out[k]):
            out[k] = (n, form)
    return {k: form for k, (_, form) in sorted(out.items())}


def word_classes(data: Path, registry: Path) -> tuple[list[str], list[str]]:
    """The Arabic keys of words that are parts of persons' names (KazNERD's PERSON tokens and the Kazakh
    names of the registry's persons), and of the words KazNERD writes in lower case: beside a name, a word of
    neither kind is read as a name too (the script has no capitals)."""
    as_name, _, lower = _name_words(data, registry)
    # A name that is a common word as often ("Берік", firm; "Азамат", citizen) tells nothing of its neighbour.
    names = {arabic_kk.key(arabic_kk.from_cyrillic(w)) for w, n in as_name.items() if lower[w] * NAME_SHARE <= n}
    common = {arabic_kk.key(arabic_kk.from_cyrillic(w)) for w in lower}
    return sorted(names), sorted(common)


#: A word with front vowels beside қ or ғ (төрағасы): the editions write it without the hamza, a few with it.
_MIXED = re.compile(r"[әөүі].*[қғ]|[қғ].*[әөүі]", re.IGNORECASE)
_FRONT_IN_THEMSELVES = re.compile(r"[екгэ]", re.IGNORECASE)


def build(data: Path, registry: Path) -> dict[str, str]:
    """Arabic key -> the Cyrillic word the letter rules miss."""
    words = _kaznerd_words(data)
    seen = {w.lower() for w, _ in words}
    # The registry's names only where KazNERD lacks the word: "Бірлік" the party is "бірлік" (unity) in a sentence.
    words += [
        (w, False)
        for w in arabic_kk.CYRILLIC_WORD.findall(registry.read_text(encoding="utf-8"))
        if w.lower() not in seen
    ]
    lower: dict[str, Counter[str]] = defaultdict(Counter)
    cased: dict[str, Counter[str]] = defaultdict(Counter)
    for w, first in words:
        k = arabic_kk.key(arabic_kk.from_cyrillic(w))
        lower[k][w.lower()] += 1
        if not k.startswith(arabic_kk._HAMZA) and _MIXED.search(w) and not _FRONT_IN_THEMSELVES.search(w):
            lower[arabic_kk._HAMZA + k][w.lower()] += 1  # төрағасы as a writer who keeps the hamza writes it
        if not first:
            cased[w.lower()][w] += 1
    out: dict[str, str] = {}
    for k, forms in sorted(lower.items()):
        word = forms.most_common(1)[0][0]
        capital = sum(n for form, n in cased[word].items() if form[:1].isupper())
        if capital and capital >= CAPITAL_SHARE * sum(cased[word].values()):
            word = max((form for form in cased[word] if form[:1].isupper()), key=lambda f: (cased[word][f], f))
        if word != arabic_kk._by_letters(k):
            out[k] = word
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--data", type=Path, required=True, help="folder with KazNERD's IOB2_valid.txt and IOB2_test.txt"
    )
    parser.add_argument("--registry", type=Path, default=REPO_ROOT / "sources" / "actors.yaml")
    parser.add_argument("--out", type=Path, default=REPO_ROOT / "kg" / "extract" / "models" / arabic_kk.LEXICON_NAME)
    args = parser.parse_args()
    words = build(args.data, args.registry)
    names, common = word_classes(args.data, args.registry)
    forms = name_forms(args.data, args.registry, words)
    text = json.dumps(
        {"attribution": ATTRIBUTION, "words": words, "names": names, "common": common, "name_forms": forms},
        ensure_ascii=False,
        indent=0,
        sort_keys=True,
    )
    tmp = args.out.with_suffix(".tmp")
    tmp.write_text(text + "\n", encoding="utf-8")
    tmp.replace(args.out)
    print(
        f"{len(words):,} words, {len(names):,} name words, {len(common):,} common words, {len(forms):,} name "
        f"spellings -> {args.out}"
    )


if __name__ == "__main__":
    main()
