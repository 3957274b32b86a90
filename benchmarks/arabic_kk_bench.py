"""How well Kazakh in the Arabic script is read: the tuning parts' Kazakh texts written in it, then read back.

No tuning part holds an Arabic-script text, so each Kazakh text is written in the Arabic script by
:func:`kg.extract.arabic_kk.from_cyrillic` (as the Arabic-script editions of Egemen Qazaqstan and Kazinform
write it: no capitals, the hamza before front words) and read back as ``kg extract`` reads it. Prints the share
of words read back letter for letter (and ignoring case), and the Kazakh articles' scores drafted from the
Cyrillic and from the Arabic-script texts::

    python benchmarks/arabic_kk_bench.py [--parts dev test2 ...] [--output benchmarks/results/arabic_kk_bench.txt]
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._parts import REAL, add_parts_option, checked, publish  # noqa: E402
from kg.extract import arabic_kk, reader  # noqa: E402
from kg.extract.evaluate import SUMMARY_KINDS, Score, evaluate  # noqa: E402

_WORD = re.compile(r"[а-яёәғқңөұүһі]+(?:-[а-яёәғқңөұүһі]+)*", re.IGNORECASE)


def _kk_texts(parts: list[str]) -> list[str]:
    texts = []
    for part in parts:
        for path in sorted((REAL / part / "texts").glob("*.txt")):
            text = path.read_text(encoding="utf-8")
            if reader.detect_language(text) == "kk":
                texts.append(text)
    return texts


def cyrillic_parts(parts: list[str]) -> list[str]:
    """The parts whose Kazakh texts are all in Cyrillic (test28's are in the Arabic script already: ``kg extract
    --evaluate`` scores them as written)."""
    return [
        p
        for p in parts
        if not any(arabic_kk.is_arabic(t.read_text(encoding="utf-8")) for t in (REAL / p / "texts").glob("*.txt"))
    ]


def word_accuracy(texts: list[str]) -> tuple[int, int, int]:
    """``(words, read back exactly, read back ignoring case)`` over ``texts``."""
    words = exact = caseless = 0
    for text in texts:
        back = arabic_kk.to_cyrillic(arabic_kk.from_cyrillic(text))
        a, b = _WORD.findall(text), _WORD.findall(back)
        if len(a) != len(b):  # a word lost or split: count the text's words as wrong
            words += len(a)
            continue
        for x, y in zip(a, b, strict=True):
            words += 1
            exact += x == y
            caseless += x.lower() == y.lower()
    return words, exact, caseless


def _kk_scores(parts: list[str], *, arabic: bool) -> dict[str, tuple[float, float, float]]:
    original = reader.article_from_text

    def in_arabic(text: str, **kwargs):  # the Kazakh texts as an Arabic-script edition prints them
        if reader.detect_language(text) == "kk":
            text = arabic_kk.from_cyrillic(text)
        return original(text, **kwargs)

    reader.article_from_text = in_arabic if arabic else original  # type: ignore[assignment]
    kk: dict[str, Score] = {}
    try:
        for part in parts:  # one part at a time: each has its own registry
            for kind, score in evaluate([REAL / part]).by_language.get("kk", {}).items():
                kk.setdefault(kind, Score()).add(score)
    finally:
        reader.article_from_text = original  # type: ignore[assignment]
    return {kind: (kk[kind].precision, kk[kind].recall, kk[kind].f1) for kind in SUMMARY_KINDS if kind in kk}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_parts_option(parser)
    parser.add_argument("--output", default="-", help="file for the results (default: standard output only)")
    args = parser.parse_args()
    parts = cyrillic_parts(checked(args.parts))
    texts = _kk_texts(parts)
    t0 = time.perf_counter()
    words, exact, caseless = word_accuracy(texts)
    took = time.perf_counter() - t0
    lines = [
        f"# {len(texts)} Kazakh texts of {len(parts)} tuning parts, written in the Arabic script and read back",
        f"words {words:,}: read back exactly {exact / words:.4f}, ignoring case {caseless / words:.4f} "
        f"({took:.2f} s for both directions)",
        "",
        f"{'Kazakh articles':24} {'Cyrillic P/R/F1':>20} {'Arabic script P/R/F1':>22}",
    ]
    cyr, ara = _kk_scores(parts, arabic=False), _kk_scores(parts, arabic=True)
    for kind in cyr:
        c, a = cyr[kind], ara.get(kind, (0.0, 0.0, 0.0))
        lines.append(f"  {kind:22} {c[0]:6.2f} {c[1]:6.2f} {c[2]:6.2f}   {a[0]:6.2f} {a[1]:6.2f} {a[2]:6.2f}")
    publish("\n".join(lines) + "\n", args.output)


if __name__ == "__main__":
    main()
