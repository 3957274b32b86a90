"""The parts of the real-news set (``tests/data/extract_real``), listed once for every measurement script.

Tuning parts may be read, censused and fitted on; held-out parts are scored by the lead alone, never read for
rules. A part moves from held out to tuning only after it has been scored once after a pass.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kg.fileio import write_atomic

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT / "tests" / "data" / "extract_real"
#: The tuning parts, in order.
TUNING = ("dev", *(f"test{i}" for i in range(2, 73)))
#: Never read by a census or a fit.
HELD_OUT = frozenset({"test", "test73"})


def add_parts_option(parser: argparse.ArgumentParser) -> None:
    """``--parts``: which tuning parts a measurement reads (all of them by default)."""
    parser.add_argument("--parts", nargs="*", default=list(TUNING), help="tuning parts to read (default: all)")


def checked(parts: list[str]) -> list[str]:
    """``parts``, or the run stops when one is held out: a measurement never reads a held-out part."""
    bad = [p for p in parts if p in HELD_OUT]
    if bad:
        raise SystemExit(f"{', '.join(bad)}: held out, never read here")
    return parts


def publish(text: str, output: str, *, head: str | None = None) -> None:
    """Write a measurement's results to ``output`` (``-``: standard output only) and print them, or only their
    ``head`` when that is given (a census's long listing stays in the file)."""
    if output == "-":
        sys.stdout.write(text)
        return
    write_atomic(output, text.encode("utf-8"))
    sys.stdout.write((text if head is None else head + "\n") + f"written: {output}\n")


def census_parts(parts: list[str], on_article: Callable[..., None]) -> None:
    """Score each of ``parts`` with :func:`kg.extract.evaluate.evaluate`, calling ``on_article(part, source,
    gold_facts, draft, mapping, doc)`` for each article with the extractor's :class:`~kg.extract.doc.ArticleDoc`
    of its draft kept, so that a census reads the mentions the rules saw."""
    import kg.extract.pipeline as pipeline
    from kg.extract.evaluate import evaluate

    docs: dict[int, Any] = {}
    original = pipeline.extract

    def keep(doc):
        out = original(doc)
        docs[id(doc.article)] = out
        return out

    pipeline.extract = keep
    try:
        for part in parts:

            def each(source, gold_facts, draft, mapping, part=part):
                on_article(part, source, gold_facts, draft, mapping, docs.pop(id(draft.article)))

            evaluate([REAL / part], on_article=each)
            print(f"  censused {part}", file=sys.stderr, flush=True)
    finally:
        pipeline.extract = original


def mention_ids(doc: Any, canon: Callable[[str], str]) -> list[set[str]]:
    """The actors each sentence's mentions stand for (as ``canon`` maps them to gold ids), by sentence."""
    from kg.extract.actors import actor

    sentences = doc.article.sentences

    def ids(k: int) -> set[str]:
        out = set()
        for m in doc.mentions[k]:
            try:
                a = actor(doc, m, k, sentences[k].lang)
            except Exception:  # noqa: BLE001  (a census reads what it can)
                a = m.actor
            if a:
                out.add(canon(a))
        return out

    return [ids(k) for k in range(len(sentences))]


def census_main(
    census: Callable[[list[str]], Any], render: Callable[[list[str], Any], str], name: str, doc: str
) -> None:
    """The command line of a census: ``--parts``, ``-o`` (``benchmarks/results/NAME.txt`` by default)."""
    ap = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    add_parts_option(ap)
    ap.add_argument("-o", "--output", default=str(ROOT / "benchmarks" / "results" / f"{name}.txt"))
    args = ap.parse_args()
    parts = checked(args.parts)
    publish(render(parts, census(parts)), args.output)


def table_by_language(title: str, rows: list[dict], key: str, values) -> list[str]:
    """A census's counts of ``rows`` by the value of ``key`` (one line per value, in ``values``' order), per language
    and in all."""
    out = [f"{title:<38} {'kk':>4} {'ru':>4} {'en':>4} {'all':>5}"]
    for v in values:
        per = [sum(1 for r in rows if r[key] == v and r["lang"] == lang) for lang in ("kk", "ru", "en")]
        out.append(f"  {str(v):<36} {per[0]:>4} {per[1]:>4} {per[2]:>4} {sum(per):>5}")
    return out + [""]
