"""Benchmark ``kg extract`` on the real-article dev set: articles per second, per language.

Loads the models once (Kazakh CRF, Natasha), warms up on one article per language, then drafts every
excerpt of ``tests/data/extract_real/dev`` (or the folders given) several times and prints
the figures: articles per second and milliseconds per article, overall and per language,
and the slowest article.

    $ python benchmarks/extract_bench.py                 # the dev set, 3 rounds
    $ python benchmarks/extract_bench.py --rounds 5 tests/data/extract_real/test
    $ python benchmarks/extract_bench.py --blas-threads 1   # numpy's BLAS on one thread
    $ python benchmarks/extract_bench.py --drafted 20000    # in a session with 20,000 actors drafted already

``kg extract FOLDER`` drafts a whole folder in one session, so the actors drafted for earlier
articles are there for later ones to link to (a batch of 10,000 articles drafts some 17,000).
``--drafted N`` drafts every article in one session that holds N synthetic drafted actors (half
bodies, half persons) before the clock starts: what each article costs late in such a batch.

Natasha's Russian models (slovnet) run on numpy; on a loaded 2-core machine OpenBLAS's own
threads compete with everything else, and ``--blas-threads 1`` (which sets
``OPENBLAS_NUM_THREADS``/``OMP_NUM_THREADS``/``MKL_NUM_THREADS`` before numpy loads) showed
Russian articles 1.7 s -> 0.26 s each on 2026-11-30 at load 10.

This is a benchmark, not a test: it prints figures and asserts nothing. The machine is
shared: say how loaded it was beside any figure you quote.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", nargs="*", default=[str(ROOT / "tests" / "data" / "extract_real" / "dev")])
    parser.add_argument("--rounds", type=int, default=3, help="times each article is drafted (default 3)")
    parser.add_argument(
        "--blas-threads",
        type=int,
        metavar="N",
        help="threads for numpy's BLAS (set before numpy loads; default: the library's own)",
    )
    parser.add_argument(
        "--drafted",
        type=int,
        default=0,
        metavar="N",
        help="draft every article in one session holding N drafted actors already (default: a new session each)",
    )
    args = parser.parse_args(argv)
    if args.blas_threads:
        for var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
            os.environ[var] = str(args.blas_threads)
        if "numpy" in sys.modules:
            sys.exit("--blas-threads must be set before numpy is imported")

    from kg.extract.draft import Session
    from kg.extract.reader import article_from_text
    from kg.sources import load_corpus

    t0 = time.perf_counter()
    gold = load_corpus([Path(f) for f in args.folders])
    sources = [s for s in gold.sources if s.text is not None]
    if not sources:
        sys.exit("no article with a bundled text under the given folders")
    bundled = load_corpus()
    firsts = {s.language: s for s in reversed(sources)}  # one article per language loads its model
    for s in firsts.values():
        Session(bundled).extract(
            article_from_text(s.text or "", lang="auto"), name="warm-up", outlet=s.outlet, date=s.date
        )
    print(
        f"setup (registry, models, one warm-up article per language): {time.perf_counter() - t0:.2f} s; "
        f"BLAS threads: {os.environ.get('OPENBLAS_NUM_THREADS', 'default')}; load average {os.getloadavg()[0]:.1f}"
    )

    shared = None
    if args.drafted:
        shared = Session(bundled)
        for i in range(args.drafted):
            if i % 2:
                shared.linker.add("organisation", f"Тестовый орган номер {i} города Жанатас", "ru")
            else:
                shared.linker.add("person", f"Иван{i} Петров{i}", "ru")
        print(f"one session for every article, {args.drafted:,} actors drafted in it before the first")

    per_article: dict[str, list[float]] = defaultdict(list)
    lang_of = {s.id: s.language for s in sources}
    chars = sum(len(s.text or "") for s in sources)
    for _ in range(max(1, args.rounds)):
        for s in sources:
            start = time.perf_counter()
            session = shared or Session(bundled)
            session.extract(article_from_text(s.text or "", lang="auto"), name=s.id, outlet=s.outlet, date=s.date)
            per_article[s.id].append(time.perf_counter() - start)

    def line(label: str, ids: list[str]) -> str:
        times = [statistics.median(per_article[i]) for i in ids]
        total = sum(times)
        return (
            f"  {label:<6} {len(ids):>4} {len(ids) / total:>10.1f} {1000 * total / len(ids):>9.1f}"
            f" {1000 * max(times):>9.1f}"
        )

    print(f"{len(sources)} articles, {chars:,} characters, {args.rounds} round(s); median time of each article")
    print(f"  {'lang':<6} {'n':>4} {'articles/s':>10} {'ms/article':>9} {'max ms':>9}")
    for lang in sorted(set(lang_of.values())):
        print(line(lang, [i for i in lang_of if lang_of[i] == lang]))
    print(line("all", list(lang_of)))
    slowest = max(per_article, key=lambda i: statistics.median(per_article[i]))
    print(f"slowest: {slowest} ({1000 * statistics.median(per_article[slowest]):.1f} ms)")


if __name__ == "__main__":
    main()
