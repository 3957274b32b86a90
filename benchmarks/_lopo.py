"""Leave one tuning part out: the one harness of the component measurements (``benchmarks/*_lopo.py``).

A component has a few choices (off first, then fewer settings before more). Every tuning part is scored with
each choice; then for each part the choice is fitted on the OTHER parts alone (the best F1 of the component's
fact type summed over them; a tie goes to all-facts precision, then to the earlier choice) and scored on the part
left out. The table gives, per part, the fact type's and all facts' P/R/F1 before (off) and after (the choice
fitted without it), the sums over all parts, every choice in sample, and the choice as the product ships it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable
from dataclasses import dataclass

from benchmarks._parts import REAL, add_parts_option, checked, publish
from kg.extract.evaluate import Score

Choice = tuple[str, ...]
Tally = tuple[int, int, int]
Scores = dict[tuple[str, Choice], dict[str, Tally]]


@dataclass(frozen=True)
class Component:
    """What a measurement script says about its component; the harness does the rest."""

    title: str  #: the first line's "Leave one tuning part out: …"
    fact: str  #: the fact type fitted, as ``kg extract --evaluate`` names it
    label: str  #: the fact type's column heading (22 characters at most)
    choices: tuple[Choice, ...]  #: off first, then the earlier the simpler (a tie goes to it)
    choose: Callable[[Choice], None]  #: sets a choice in the extractor
    shipped: Callable[[], Choice]  #: the choice as the product ships it (set again afterwards)
    command: str  #: the command that writes the results
    output: str  #: the results file, under benchmarks/results/
    before: str = "off"  #: what "before" is, in the third line
    per_part: bool = False  #: also every part off and fully on, in sample

    @property
    def kinds(self) -> tuple[str, ...]:
        """The fact type fitted and all facts (once, when the fact type is all facts: readings of several types)."""
        return tuple(dict.fromkeys((self.fact, "all facts")))


def module_switches(where: dict[str, str], attr: str) -> tuple[Callable[[Choice], None], Callable[[], Choice]]:
    """``choose`` and ``shipped`` for readings each switched by a set named ``attr`` in its own module (``where``:
    reading -> module path, in the order of the choices); the set keeps its type, a frozenset or a tuple."""
    import importlib

    readings = tuple(where)

    def modules() -> dict[str, object]:
        return {r: importlib.import_module(m) for r, m in where.items()}

    def choose(choice: Choice) -> None:
        found = modules()
        for module in set(found.values()):
            on = tuple(r for r in readings if r in choice and found[r] is module)
            setattr(module, attr, frozenset(on) if isinstance(getattr(module, attr), frozenset) else on)

    def shipped() -> Choice:
        found = modules()
        return tuple(r for r in readings if r in getattr(found[r], attr))

    return choose, shipped


def name(choice: Choice) -> str:
    return "+".join(choice) or "off"


def score_all(component: Component, parts: list[str]) -> Scores:
    """(part, choice) -> kind -> (tp, fp, fn), the component set back as shipped afterwards."""
    from kg.extract.evaluate import evaluate

    out: Scores = {}
    saved = component.shipped()
    try:
        for choice in component.choices:
            component.choose(choice)
            for part in parts:
                ev = evaluate([REAL / part])
                out[(part, choice)] = {
                    k: (ev.summary[k].tp, ev.summary[k].fp, ev.summary[k].fn) for k in component.kinds
                }
                print(f"  scored {part} with {name(choice)}", file=sys.stderr, flush=True)
    finally:
        component.choose(saved)
    return out


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    score = Score(tp, fp, fn)  # the evaluator's own precision, recall and F1
    return score.precision, score.recall, score.f1


def _sum(rows) -> Tally:
    tp, fp, fn = (sum(x[i] for x in rows) for i in range(3))
    return tp, fp, fn


def _cells(x: Tally, tally: bool) -> str:
    p, r, f = _prf(*x)
    return f"{p:.2f}  {r:.2f}  {f:.2f}" + (f" {x[0]}/{x[1]}/{x[2]}" if tally else "")


def fit(component: Component, scores: Scores, parts: list[str]) -> Choice:
    """The choice with the best F1 of the fact type summed over ``parts`` (then all-facts precision, then the
    earlier choice)."""

    def key(i_choice):
        i, choice = i_choice
        fact = _prf(*_sum([scores[(p, choice)][component.fact] for p in parts]))[2]
        prec = _prf(*_sum([scores[(p, choice)]["all facts"] for p in parts]))[0]
        return (round(fact, 6), round(prec, 6), -i)

    return max(enumerate(component.choices), key=key)[1]


def render(component: Component, parts: list[str], scores: Scores) -> str:
    kinds = component.kinds
    lines = [
        f"Leave one tuning part out: {component.title}",
        f"date: {dt.date.today().isoformat()}; parts: {', '.join(parts)}; command: {component.command}",
        f"before: {component.before}; after: the choice fitted on the other parts only, scored on the part left out",
        "",
        f"{'part':<8} {'fitted':<18} | {component.label + ' before':>22} | {'after':>22}"
        + (f" | {'all facts before':>22} | {'after':>22}" if len(kinds) > 1 else ""),
        f"{'':<8} {'':<18} | {'P     R     F1  tp/fp/fn':>22} | {'P     R     F1  tp/fp/fn':>22}"
        + (f" | {'P     R     F1':>22} | {'P     R     F1':>22}" if len(kinds) > 1 else ""),
    ]
    before: dict[str, list[Tally]] = {k: [] for k in kinds}
    after: dict[str, list[Tally]] = {k: [] for k in kinds}
    for part in parts:
        choice = fit(component, scores, [p for p in parts if p != part])
        cells = []
        for kind in kinds:
            b, a = scores[(part, ())][kind], scores[(part, choice)][kind]
            before[kind].append(b)
            after[kind].append(a)
            cells += [
                _cells(b, kind != "all facts" or len(kinds) == 1),
                _cells(a, kind != "all facts" or len(kinds) == 1),
            ]
        lines.append(f"{part:<8} {name(choice):<18} | " + " | ".join(f"{c:>22}" for c in cells))
    cells = [
        _cells(_sum(rows[kind]), kind != "all facts" or len(kinds) == 1) for kind in kinds for rows in (before, after)
    ]
    lines.append(f"{'sum':<8} {'':<18} | " + " | ".join(f"{c:>22}" for c in cells))
    lines += ["", "sums to four places (tp/fp/fn; P R F1):"]
    for kind in kinds:
        for when, rows in (("before", before[kind]), ("after", after[kind])):
            x = _sum(rows)
            p, r, f = _prf(*x)
            lines.append(f"  {kind:<14} {when:<7} {x[0]}/{x[1]}/{x[2]}  P {p:.4f}  R {r:.4f}  F1 {f:.4f}")
    lines += ["", f"in-sample, every choice on all the parts ({component.fact} tp/fp/fn F1; all facts P):"]
    for choice in component.choices:
        fact = _sum([scores[(p, choice)][component.fact] for p in parts])
        allf = _sum([scores[(p, choice)]["all facts"] for p in parts])
        lines.append(
            f"  {name(choice):<18} {fact[0]}/{fact[1]}/{fact[2]} F1 {_prf(*fact)[2]:.4f};"
            f" all facts P {_prf(*allf)[0]:.4f} R {_prf(*allf)[1]:.4f} F1 {_prf(*allf)[2]:.4f}"
        )
    lines.append(f"fitted on all parts: {name(fit(component, scores, parts))}")
    lines.append(f"the product's default: {name(component.shipped())}")
    if component.per_part:
        lines += _per_part(component, parts, scores)
    return "\n".join(lines) + "\n"


def _per_part(component: Component, parts: list[str], scores: Scores) -> list[str]:
    """Every part scored off and fully on (no fit): where the component changes anything."""
    full, fact = component.choices[-1], component.fact
    lines = [
        "",
        f"every part, off -> {name(full)} (in sample, no fit):",
        f"{'part':<8} | {fact + ' off':>24} | {name(full):>24} | {'all facts off':>16} | {name(full):>16}",
    ]
    for part in parts:
        a, b = scores[(part, ())], scores[(part, full)]
        lines.append(
            f"{part:<8} | {_cells(a[fact], True):>24} | {_cells(b[fact], True):>24} |"
            f" {_cells(a['all facts'], False):>16} | {_cells(b['all facts'], False):>16}"
        )
    return lines


def main(component: Component, argv: list[str] | None = None, *, description: str = "") -> None:
    """The measurement's command line: ``--parts`` and ``-o`` (``-``: print only)."""
    from benchmarks._parts import ROOT

    ap = argparse.ArgumentParser(description=description)
    add_parts_option(ap)
    ap.add_argument("-o", "--output", default=str(ROOT / "benchmarks" / "results" / component.output))
    args = ap.parse_args(argv)
    parts = checked(args.parts)
    publish(render(component, parts, score_all(component, parts)), args.output)
