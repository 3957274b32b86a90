"""Leave one tuning part out: do the twenty-fourth session's English readings of persons, posts and events carry to
a part they were not fitted on?

The switches are the names in ``READINGS24`` of ``kg.extract.en`` (``quoted-name``: a short quoted name is a body's,
never a person's — "the Center for Expert Initiatives “Oy Ordo”", "head of the “Association of Russian, Slavic and
Cossack Organizations”"), ``kg.extract.rules.memberships`` (``whom``: "X, whom Y appointed head of Z" appoints X;
``titled-led``: "The commission will be led by Chair of the Constitutional Court X", a title between "led by" and the
name) and ``kg.extract.rules.events`` (``headline-place``: the report's first event, placed nowhere in its sentence,
is where the headline says: "… Presented in Madrid", "В Семее …").

Every tuning part (``benchmarks/_parts.py``; a held-out part is never read) is scored with each choice; then for each
part the choice is fitted on the OTHER parts alone — the best sum of persons F1, person → post F1 and events F1 over
them (a tie goes to all-facts precision, then to the simpler choice) — and scored on the part left out.

    $ python benchmarks/english24_lopo.py        # writes benchmarks/results/english24_lopo.txt
    $ python benchmarks/english24_lopo.py --parts test25 test26 -o -

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

#: The fact types fitted (their F1 summed), then all facts.
KINDS = ("persons", "person → post", "events", "all facts")
#: Where each reading is switched.
_EN = ("quoted-name",)
_MEMBERSHIPS = ("whom", "titled-led")
_EVENTS = ("headline-place",)
_ALL = ("quoted-name", "whom", "titled-led", "headline-place")


def _choose(choice: Choice) -> None:
    import kg.extract.en as en
    import kg.extract.rules.events as events
    import kg.extract.rules.memberships as memberships

    en.READINGS24 = frozenset(x for x in choice if x in _EN)  # type: ignore[attr-defined]
    memberships.READINGS24 = frozenset(x for x in choice if x in _MEMBERSHIPS)  # type: ignore[attr-defined]
    # the other helpers' readings in the same set keep their shipped state
    events.READINGS24 = frozenset(x for x in choice if x in _EVENTS) | (events.READINGS24 - set(_EVENTS))  # type: ignore[attr-defined]


def _shipped() -> Choice:
    import kg.extract.en as en
    import kg.extract.rules.events as events
    import kg.extract.rules.memberships as memberships

    on = set(en.READINGS24) | set(memberships.READINGS24) | set(events.READINGS24)  # filtered by _ALL below
    return tuple(x for x in _ALL if x in on)


class _Three(Component):
    @property
    def kinds(self) -> tuple[str, ...]:  # type: ignore[override]
        return KINDS


COMPONENT = _Three(
    title="the twenty-fourth session's English readings of persons, posts and events (READINGS24)",
    fact="person → post",
    label="person → post",
    choices=(
        (),
        ("quoted-name",),
        ("whom",),
        ("titled-led",),
        ("headline-place",),
        ("quoted-name", "whom", "titled-led"),
        _ALL,
    ),
    choose=_choose,
    shipped=_shipped,
    command="python benchmarks/english24_lopo.py",
    output="english24_lopo.txt",
)


def fit_three(scores: Scores, parts: list[str]) -> Choice:
    """The choice with the best persons F1 + person → post F1 + events F1 summed over ``parts`` (then all-facts P,
    then the earlier choice)."""

    def key(i_choice):
        i, choice = i_choice
        f = sum(_prf(*_sum([scores[(p, choice)][k] for p in parts]))[2] for k in KINDS[:3])
        prec = _prf(*_sum([scores[(p, choice)]["all facts"] for p in parts]))[0]
        return (round(f, 6), round(prec, 6), -i)

    return max(enumerate(COMPONENT.choices), key=key)[1]


def render(parts: list[str], scores: Scores, *, width: int = 40) -> str:
    lines = [
        f"Leave one tuning part out: {COMPONENT.title}",
        f"date: {dt.date.today().isoformat()}; parts: {', '.join(parts)}; command: {COMPONENT.command}",
        "before: off; after: the choice fitted on the other parts only (persons F1 + person → post F1 + events F1),"
        " scored on the part left out",
        "",
        f"{'part':<8} {'fit':<{width}} | " + " | ".join(f"{k + ' before':>24} | {'after':>24}" for k in KINDS),
    ]
    before: dict[str, list] = {k: [] for k in KINDS}
    after: dict[str, list] = {k: [] for k in KINDS}
    for part in parts:
        choice = fit_three(scores, [p for p in parts if p != part])
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
    for choice in COMPONENT.choices:
        row = []
        for k in KINDS:
            x = _sum([scores[(p, choice)][k] for p in parts])
            row.append(f"{k} {x[0]}/{x[1]}/{x[2]} F1 {_prf(*x)[2]:.4f} P {_prf(*x)[0]:.4f}")
        lines.append(f"  {name(choice):<{width}} " + "; ".join(row))
    lines.append(f"fitted on all parts: {name(fit_three(scores, parts))}")
    lines.append(f"the product's default: {name(COMPONENT.shipped())}")
    return "\n".join(lines) + "\n"


def main() -> None:
    """The measurement's command line: ``--parts`` and ``-o`` (``-``: print only)."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_parts_option(ap)
    ap.add_argument("-o", "--output", default=str(ROOT / "benchmarks" / "results" / COMPONENT.output))
    args = ap.parse_args()
    parts = checked(args.parts)
    publish(render(parts, score_all(COMPONENT, parts)), args.output)


if __name__ == "__main__":
    main()
