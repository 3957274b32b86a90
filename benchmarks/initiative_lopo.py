"""Leave one tuning part out: do an initiative's created targets (kg/extract/rules/initiatives.py) carry to a part
they were not fitted on?

The component has one fitted choice, ``kg.extract.rules.initiatives.TARGETS``: off (the extractor before it),
``created`` (the institutions the words after an initiative's cue create are its targets: "с инициативой учредить
пост вице-президента", "инициировал реформы, включая создание однопалатного парламента"); a second reading,
``decree`` ("was established by Decree of the President"), gained nothing left out and is measured on branch
``experiment/initiative-decree`` (its table is ``benchmarks/results/initiative_lopo.txt``). Every tuning part
(``benchmarks/_parts.py``; a held-out part is never read) is scored with each choice; then for each part the choice
is fitted on the OTHER parts alone (the best proposals & initiatives F1 summed over them; a tie goes to all-facts
precision, then to the smaller set) and scored on the part left out. The table gives, per part, proposals &
initiatives and all-facts P/R/F1 before (off) and after (the choice fitted without it), and the sums over all parts.

    $ python benchmarks/initiative_lopo.py          # writes benchmarks/results/initiative_lopo.txt (about 3 minutes)
    $ python benchmarks/initiative_lopo.py --parts dev test2 -o -

This is a measurement, not a test: it prints figures and asserts nothing.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks._parts import HELD_OUT, REAL, TUNING  # noqa: E402  (the parts, listed once)
from kg.extract.evaluate import Score  # noqa: E402
from kg.fileio import write_atomic  # noqa: E402

#: The choices fitted, fewest sources first (a tie goes to the first).
CHOICES: tuple[tuple[str, ...], ...] = ((), ("created",))
FACT = "proposals & initiatives"
KINDS = (FACT, "all facts")


def _name(choice: tuple[str, ...]) -> str:
    return "+".join(choice) or "off"


def score_all(parts: list[str]) -> dict[tuple[str, tuple[str, ...]], dict[str, tuple[int, int, int]]]:
    """(part, choice) -> kind -> (tp, fp, fn)."""
    import kg.extract.rules.initiatives as initiatives
    from kg.extract.evaluate import evaluate

    out = {}
    saved = initiatives.TARGETS
    try:
        for choice in CHOICES:
            initiatives.TARGETS = choice
            for part in parts:
                ev = evaluate([REAL / part])
                out[(part, choice)] = {k: (ev.summary[k].tp, ev.summary[k].fp, ev.summary[k].fn) for k in KINDS}
                print(f"  scored {part} with {_name(choice)}", file=sys.stderr, flush=True)
    finally:
        initiatives.TARGETS = saved
    return out


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    score = Score(tp, fp, fn)  # the evaluator's own precision, recall and F1
    return score.precision, score.recall, score.f1


def _sum(rows) -> tuple[int, int, int]:
    tp, fp, fn = (sum(x[i] for x in rows) for i in range(3))
    return tp, fp, fn


def fit(scores, parts: list[str]) -> tuple[str, ...]:
    """The choice with the best proposals & initiatives F1 summed over ``parts`` (then all-facts precision, then
    the smaller set)."""

    def key(i_choice):
        i, choice = i_choice
        post = _prf(*_sum([scores[(p, choice)][FACT] for p in parts]))[2]
        prec = _prf(*_sum([scores[(p, choice)]["all facts"] for p in parts]))[0]
        return (round(post, 6), round(prec, 6), -i)

    return max(enumerate(CHOICES), key=key)[1]


def render(parts: list[str], scores) -> str:
    lines = [
        "Leave one tuning part out: an initiative's created targets (kg/extract/rules/initiatives.py TARGETS)",
        f"date: {dt.date.today().isoformat()}; parts: {', '.join(parts)}; command: python benchmarks/initiative_lopo.py",
        "before: off; after: the set fitted on the other parts only, scored on the part left out",
        "",
        f"{'part':<8} {'fitted':<18} | {'proposals+init. before':>22} | {'after':>22} | {'all facts before':>22} |"
        f" {'after':>22}",
        f"{'':<8} {'':<18} | {'P     R     F1  tp/fp/fn':>22} | {'P     R     F1  tp/fp/fn':>22} |"
        f" {'P     R     F1':>22} | {'P     R     F1':>22}",
    ]
    before = {k: [] for k in KINDS}
    after = {k: [] for k in KINDS}
    for part in parts:
        choice = fit(scores, [p for p in parts if p != part])
        cells = []
        for kind in KINDS:
            b, a = scores[(part, ())][kind], scores[(part, choice)][kind]
            before[kind].append(b)
            after[kind].append(a)
            for x in (b, a):
                p, r, f = _prf(*x)
                cells.append(f"{p:.2f}  {r:.2f}  {f:.2f}" + (f" {x[0]}/{x[1]}/{x[2]}" if kind != "all facts" else ""))
        lines.append(f"{part:<8} {_name(choice):<18} | " + " | ".join(f"{c:>22}" for c in cells))
    cells = []
    for kind in KINDS:
        for x in (_sum(before[kind]), _sum(after[kind])):
            p, r, f = _prf(*x)
            cells.append(f"{p:.2f}  {r:.2f}  {f:.2f}" + (f" {x[0]}/{x[1]}/{x[2]}" if kind != "all facts" else ""))
    lines.append(f"{'sum':<8} {'':<18} | " + " | ".join(f"{c:>22}" for c in cells))
    lines.append("")
    lines.append("sums to four places (tp/fp/fn; P R F1):")
    for kind in KINDS:
        for when, rows in (("before", before[kind]), ("after", after[kind])):
            x = _sum(rows)
            p, r, f = _prf(*x)
            lines.append(f"  {kind:<14} {when:<7} {x[0]}/{x[1]}/{x[2]}  P {p:.4f}  R {r:.4f}  F1 {f:.4f}")
    lines.append("")
    lines.append("in-sample, every choice on all the parts (proposals & initiatives tp/fp/fn F1; all facts P):")
    for choice in CHOICES:
        post = _sum([scores[(p, choice)][FACT] for p in parts])
        allf = _sum([scores[(p, choice)]["all facts"] for p in parts])
        lines.append(
            f"  {_name(choice):<18} {post[0]}/{post[1]}/{post[2]} F1 {_prf(*post)[2]:.4f};"
            f" all facts P {_prf(*allf)[0]:.4f} R {_prf(*allf)[1]:.4f} F1 {_prf(*allf)[2]:.4f}"
        )
    import kg.extract.rules.initiatives as initiatives

    lines.append(f"fitted on all parts: {_name(fit(scores, parts))}")
    lines.append(f"the product's default (TARGETS): {_name(initiatives.TARGETS)}")
    return "\n".join(lines) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--parts", nargs="*", default=list(TUNING), help="tuning parts (default: all)")
    ap.add_argument("-o", "--output", default=str(ROOT / "benchmarks" / "results" / "initiative_lopo.txt"))
    args = ap.parse_args()
    bad = [p for p in args.parts if p in HELD_OUT]
    if bad:
        raise SystemExit(f"{', '.join(bad)}: held out, never scored here")
    text = render(args.parts, score_all(args.parts))
    sys.stdout.write(text)
    if args.output != "-":
        write_atomic(args.output, text.encode("utf-8"))
        print(f"written: {args.output}")


if __name__ == "__main__":
    main()
