"""Leave one tuning part out: do the eighteenth session's readings of persons and posts carry to a part they were not
fitted on?

Two switches (``READINGS18`` in ``kg.extract.rules.memberships`` with ``kg.extract.en``, and in
``kg.extract.patterns``): ``chain`` reads a board post joined by a dash or a comma to a university post before one
name ("Семей медицина университетінің басқарма төрағасы – ректоры X", "председатель правления – ректор … X") as two
posts, one in the body's board and one in the body, ends an English body's name before "and Vice-Rector" (a second
post), keeps a region in an English unit's name ("Department of Education of the East Kazakhstan Region") and names
a Russian unit with the body after it in the genitive ("Центр … Казахстанского института …");
``words`` reads new post words before the old ones: a general director ("бас директоры", "генеральный директор",
"Director General") and a first vice-rector as posts of their own (not a director, a vice-rector), "өңір басшысы"
(the head of the region) as the region's akim, and a Chief Justice as the chair of the court.

Every tuning part (``benchmarks/_parts.py``; a held-out part is never read) is scored with each choice; then for each
part the choice is fitted on the OTHER parts alone — the best sum of persons F1 and person → post F1 over them (a tie
goes to all-facts precision, then to the simpler choice) — and scored on the part left out. The table gives, per part,
persons, person → post and all facts before (off) and after (the choice fitted without it), and the sums.

    $ python benchmarks/persons18_lopo.py        # writes benchmarks/results/persons18_lopo.txt (about 5 minutes)
    $ python benchmarks/persons18_lopo.py --parts dev test20 -o -

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
    import kg.extract.en as en
    import kg.extract.patterns as P
    import kg.extract.rules.memberships as memberships

    memberships.READINGS18 = en.READINGS18 = "chain" in choice  # type: ignore[attr-defined]
    P.READINGS18 = "words" in choice  # type: ignore[attr-defined]
    P._posts.cache_clear()  # the posts of a sentence are cached: read them again


def _shipped() -> Choice:
    import kg.extract.patterns as P
    import kg.extract.rules.memberships as memberships

    return tuple(x for x, on in (("chain", memberships.READINGS18), ("words", P.READINGS18)) if on)


class _Both(Component):
    @property
    def kinds(self) -> tuple[str, ...]:  # type: ignore[override]
        return KINDS


COMPONENT = _Both(
    title="the eighteenth session's readings of persons and posts (READINGS18)",
    fact="person → post",
    label="person → post",
    choices=((), ("chain",), ("words",), ("chain", "words")),
    choose=_choose,
    shipped=_shipped,
    command="python benchmarks/persons18_lopo.py",
    output="persons18_lopo.txt",
)


def _fit(scores: Scores, parts: list[str]) -> Choice:
    """The choice with the best persons F1 + person → post F1 summed over ``parts`` (then all-facts P, then off)."""

    def key(i_choice):
        i, choice = i_choice
        f = sum(_prf(*_sum([scores[(p, choice)][k] for p in parts]))[2] for k in KINDS[:2])
        prec = _prf(*_sum([scores[(p, choice)]["all facts"] for p in parts]))[0]
        return (round(f, 6), round(prec, 6), -i)

    return max(enumerate(COMPONENT.choices), key=key)[1]


def render(parts: list[str], scores: Scores) -> str:
    lines = [
        f"Leave one tuning part out: {COMPONENT.title}",
        f"date: {dt.date.today().isoformat()}; parts: {', '.join(parts)}; command: {COMPONENT.command}",
        "before: off; after: the choice fitted on the other parts only (persons F1 + person → post F1), scored on the"
        " part left out",
        "",
        f"{'part':<8} {'fit':<13} | " + " | ".join(f"{k + ' before':>24} | {'after':>24}" for k in KINDS),
    ]
    before: dict[str, list] = {k: [] for k in KINDS}
    after: dict[str, list] = {k: [] for k in KINDS}
    for part in parts:
        choice = _fit(scores, [p for p in parts if p != part])
        cells = []
        for k in KINDS:
            b, a = scores[(part, ())][k], scores[(part, choice)][k]
            before[k].append(b)
            after[k].append(a)
            cells += [_cells(b, True), _cells(a, True)]
        lines.append(f"{part:<8} {name(choice):<13} | " + " | ".join(f"{c:>24}" for c in cells))
    cells = [_cells(_sum(rows[k]), True) for k in KINDS for rows in (before, after)]
    lines.append(f"{'sum':<8} {'':<13} | " + " | ".join(f"{c:>24}" for c in cells))
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
        lines.append(f"  {name(choice):<13} " + "; ".join(row))
    lines.append(f"fitted on all parts: {name(_fit(scores, parts))}")
    lines.append(f"the product's default: {name(_shipped())}")
    return "\n".join(lines) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_parts_option(ap)
    ap.add_argument("-o", "--output", default=str(ROOT / "benchmarks" / "results" / COMPONENT.output))
    args = ap.parse_args()
    parts = checked(args.parts)
    publish(render(parts, score_all(COMPONENT, parts)), args.output)


if __name__ == "__main__":
    main()
