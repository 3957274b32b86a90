"""Census of the tuning parts' missed and extra persons and memberships (twenty-first session).

Every tuning part (``benchmarks/_parts.py``; a held-out part is never read) is scored with ``--errors``; each
missed or extra person and membership is classed by the article's language and by what went wrong:

* ``person, no fact``: a person of the gold drafted in no fact (most often: the post beside the name was lost);
* ``membership, person unread``: a missed membership whose holder is a missed person;
* ``membership, other body/post``: a missed membership whose holder got another membership in the article (the
  body or the post word read otherwise: "research-fellow" for "chief-research-fellow", the Duma for its committee);
* ``membership, none``: a missed membership whose holder, read as a person, got none in the article;
* extras likewise (``person, extra``; ``membership, extra, other of a missed``: the extra is a wrong reading of a
  missed one; ``membership, extra``: a post the gold does not give).

    $ python benchmarks/persons21_census.py          # writes benchmarks/results/persons21_census.txt
    $ python benchmarks/persons21_census.py --parts test23 -o -

This is a measurement, not a test: it prints figures and asserts nothing.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks._parts import REAL, add_parts_option, checked, publish  # noqa: E402


def _lang(article: str) -> str:
    return article.split("-")[0] if article[:3] in ("en-", "kk-", "ru-") else "?"


def census(parts: list[str]) -> tuple[Counter, list[str]]:
    from kg.extract.evaluate import evaluate

    counts: Counter = Counter()
    rows: list[str] = []
    for part in checked(parts):
        ev = evaluate([REAL / part])
        errs = [e for e in ev.errors if e[2] in ("missed", "extra")]
        missed_persons = {
            (article, what.split(": ", 1)[1])
            for article, kind, how, what in errs
            if kind == "entity" and how == "missed" and what.startswith("person: ")
        }
        found = {
            (article, what.split()[1])
            for article, kind, how, what in errs
            if kind == "relation" and how == "extra" and what.startswith("membership ")
        }
        missed_m = {
            (article, what.split()[1])
            for article, kind, how, what in errs
            if kind == "relation" and how == "missed" and what.startswith("membership ")
        }
        for article, kind, how, what in errs:
            lang = _lang(article)
            if kind == "entity" and what.startswith("person: "):
                cls = "person, no fact" if how == "missed" else "person, extra"
            elif kind == "relation" and what.startswith("membership "):
                holder = what.split()[1]
                if how == "missed":
                    if (article, holder) in missed_persons:
                        cls = "membership, person unread"
                    elif (article, holder) in found:
                        cls = "membership, other body/post"
                    else:
                        cls = "membership, none"
                else:
                    cls = (
                        "membership, extra, other of a missed" if (article, holder) in missed_m else "membership, extra"
                    )
            else:
                continue
            counts[(cls, lang)] += 1
            rows.append(f"{part:7} {cls:38} {article}: {how}: {what}")
        print(f"  read {part}", file=sys.stderr, flush=True)
    return counts, rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_parts_option(parser)
    parser.add_argument(
        "-o",
        "--output",
        default=str(ROOT / "benchmarks" / "results" / "persons21_census.txt"),
        help="results file ('-': print only)",
    )
    args = parser.parse_args()
    counts, rows = census(args.parts)
    classes = sorted({c for c, _ in counts}, key=lambda c: -sum(v for (k, _), v in counts.items() if k == c))
    head = [__doc__.split("\n\n")[0], "", f"{'class':38} {'en':>4} {'kk':>4} {'ru':>4} {'all':>5}"]
    for c in classes:
        by = [counts[(c, lang)] for lang in ("en", "kk", "ru")]
        head.append(f"{c:38} {by[0]:4} {by[1]:4} {by[2]:4} {sum(by):5}")
    text = "\n".join(head) + "\n\n" + "\n".join(rows) + "\n"
    publish(text, args.output, head="\n".join(head))


if __name__ == "__main__":
    main()
