"""How far two annotators agree on the same texts: the ceiling a held-out score is read against.

A second annotator annotates a part's texts again without seeing its sheets; this scores the second annotation
against the first with the tables of ``kg extract --evaluate`` (:func:`kg.extract.evaluate.agreement`: sheets paired
by source id, the second set's actor ids mapped onto the first's by name). It runs no extraction, so it reads a
held-out part's sheets without scoring the extractor on them.

    $ python benchmarks/annotator_agreement.py tests/data/extract_real/test35 \
          tests/data/extract_real/agreement/test35    # writes benchmarks/results/annotator_agreement.txt
    $ python benchmarks/annotator_agreement.py FIRST SECOND -o -

This is a measurement, not a test: it prints figures and asserts nothing.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._parts import ROOT, publish  # noqa: E402  (the repository's root on the path first)
from kg.errors import KgError  # noqa: E402
from kg.extract.evaluate import agreement, format_evaluation  # noqa: E402

#: Where the results go unless ``-o`` says otherwise.
OUTPUT = ROOT / "benchmarks" / "results" / "annotator_agreement.txt"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("first", type=Path, help="the first annotation (a gold folder), taken as the reference")
    parser.add_argument("second", type=Path, help="the second annotation of the same texts (a gold folder)")
    parser.add_argument("-o", "--output", default=str(OUTPUT), help="results file ('-': print only)")
    args = parser.parse_args(argv)
    try:
        result = agreement(args.first, args.second)
        stamp = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
        table = format_evaluation(result).split("\nconfidence")[0].rstrip()  # all its facts are sure: no bands
        head = f"# annotator agreement, {stamp}: {args.second} scored against {args.first}\n\n"
        publish(head + table + "\n", args.output)
    except KgError as error:  # a folder that is no gold set, or a results file that cannot be written
        print(f"error: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
