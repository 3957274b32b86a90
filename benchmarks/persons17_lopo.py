"""Leave one tuning part out: do the seventeenth session's readings of persons and posts carry to a part they were not
fitted on?

The component is one switch, off or on (``READINGS17`` in ``kg.extract.patterns``, ``kg.extract.reader``,
``kg.extract.mentions``, ``kg.extract.en``, ``kg.extract.rules.memberships`` and ``kg.extract.bodies``, with
``kg.extract.bodies.SHORT_AS_NAMED``): initials joined by dots end no sentence ("M.D. Zhumagulov"), a post word
ending a line joins the name on the next, initials with a digraph ("M.Zh. Kundakova"), a caption's quoted name keeps
its capital, a chief accountant, a company's legal form between a post and its name, a Kazakh body whose head is a
complex ("Телерадиокешенінің") and "бас" before a director, a department ("отдела") in Russian, a Kazakh post in the
instrumental before "бірге" read as no post of the name after it, a short body name as the body named in full before
it, and "Алматы облысы" as a region.

Every tuning part (``benchmarks/_parts.py``; a held-out part is never read) is scored off and on; then for each part
the choice is fitted on the OTHER parts alone — the best sum of persons F1 and person → post F1 over them (a tie goes
to all-facts precision, then to off) — and scored on the part left out. The table gives, per part, persons, person →
post and all facts before (off) and after (the choice fitted without it), and the sums.

    $ python benchmarks/persons17_lopo.py        # writes benchmarks/results/persons17_lopo.txt (about 5 minutes)
    $ python benchmarks/persons17_lopo.py --parts dev test19 -o -

This is a measurement, not a test: it prints figures and asserts nothing.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks._lopo import Choice, Component, Scores, _cells, _prf, _sum, name, score_all  # noqa: E402
from benchmarks._parts import add_parts_option, checked, publish  # noqa: E402

KINDS = ("persons", "person → post", "all facts")


def _choose(choice: Choice) -> None:
    import kg.extract.bodies as bodies
    import kg.extract.en as en
    import kg.extract.mentions as mentions
    import kg.extract.patterns as P
    import kg.extract.reader as reader
    import kg.extract.rules.memberships as memberships

    on = bool(choice)
    for module in (P, reader, mentions, en, memberships, bodies):
        module.READINGS17 = on  # type: ignore[attr-defined]
    bodies.SHORT_AS_NAMED = on
    P._posts.cache_clear()  # the posts of a sentence are cached: read them again


def _shipped() -> Choice:
    import kg.extract.rules.memberships as memberships

    return ("on",) if memberships.READINGS17 else ()


class _Both(Component):
    @property
    def kinds(self) -> tuple[str, ...]:  # type: ignore[override]
        return KINDS


COMPONENT = _Both(
    title="the seventeenth session's readings of persons and posts (READINGS17)",
    fact="person → post",
    label="person → post",
    choices=((), ("on",)),
    choose=_choose,
    shipped=_shipped,
    command="python benchmarks/persons17_lopo.py",
    output="persons17_lopo.txt",
)


def fit_both(component: Component, scores: Scores, parts: list[str]) -> Choice:
    """The choice with the best persons F1 + person → post F1 summed over ``parts`` (then all-facts P, then the earlier
    choice)."""

    def key(i_choice):
        i, choice = i_choice
        f = sum(_prf(*_sum([scores[(p, choice)][k] for p in parts]))[2] for k in KINDS[:2])
        prec = _prf(*_sum([scores[(p, choice)]["all facts"] for p in parts]))[0]
        return (round(f, 6), round(prec, 6), -i)

    return max(enumerate(component.choices), key=key)[1]


def render_both(component: Component, parts: list[str], scores: Scores, *, width: int = 4) -> str:
    """The table of a persons-and-posts measurement (``width``: of the fitted choice's column)."""
    lines = [
        f"Leave one tuning part out: {component.title}",
        f"date: {dt.date.today().isoformat()}; parts: {', '.join(parts)}; command: {component.command}",
        "before: off; after: the choice fitted on the other parts only (persons F1 + person → post F1), scored on the"
        " part left out",
        "",
        f"{'part':<8} {'fit':<{width}} | " + " | ".join(f"{k + ' before':>24} | {'after':>24}" for k in KINDS),
    ]
    before: dict[str, list] = {k: [] for k in KINDS}
    after: dict[str, list] = {k: [] for k in KINDS}
    for part in parts:
        choice = fit_both(component, scores, [p for p in parts if p != part])
        cells = []
        for k in KINDS:
            b, a = scores[(part, ())][k], scores[(part, choice)][k]
            before[k].append(b)
            after[k].append(a)
            cells += [_cells(b, True), _cells(a, True)]
        lines.append(f"{part:<8} {name(choice):<{width}} | " + " | ".join(f"{c:>24}" for c in cells))
    cells = [_cells(_sum(rows[k]), True) for k in KINDS for rows in (before, after)]
    lines.append(f"{'sum':<8} {'':<{width}} | " + " | ".join(f"{c:>24}" for c in cells))
    lines += ["", "sums to four places (tp/fp/fn; P R F1):"]
    for k in KINDS:
        for when, rows in (("before", before[k]), ("after", after[k])):
            x = _sum(rows)
            p, r, f = _prf(*x)
            lines.append(f"  {k:<14} {when:<7} {x[0]}/{x[1]}/{x[2]}  P {p:.4f}  R {r:.4f}  F1 {f:.4f}")
    lines += ["", "in-sample, every choice on all the parts (tp/fp/fn F1):"]
    for choice in component.choices:
        row = []
        for k in KINDS:
            x = _sum([scores[(p, choice)][k] for p in parts])
            row.append(f"{k} {x[0]}/{x[1]}/{x[2]} F1 {_prf(*x)[2]:.4f} P {_prf(*x)[0]:.4f}")
        lines.append(f"  {name(choice):<{width}} " + "; ".join(row))
    lines.append(f"fitted on all parts: {name(fit_both(component, scores, parts))}")
    lines.append(f"the product's default: {name(component.shipped())}")
    return "\n".join(lines) + "\n"


def main_both(component: Component, description: str, *, width: int = 4) -> None:
    """The measurement's command line: ``--parts`` and ``-o`` (``-``: print only)."""
    ap = argparse.ArgumentParser(description=description)
    add_parts_option(ap)
    ap.add_argument("-o", "--output", default=str(ROOT / "benchmarks" / "results" / component.output))
    args = ap.parse_args()
    parts = checked(args.parts)
    publish(render_both(component, parts, score_all(component, parts), width=width), args.output)


if __name__ == "__main__":
    main_both(COMPONENT, __doc__.split("\n\n")[0])
