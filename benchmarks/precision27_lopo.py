"""Leave one tuning part out: do the twenty-seventh session's precision readings (kg/extract/rules/events.py
``READINGS27``, kg/extract/rules/speeches.py ``READINGS27``, kg/extract/patterns.py ``READINGS27``) carry to a part
they were not fitted on?

The readings, from the census of the missed and extra events, claims and speeches on the twenty-eight tuning parts
(test28, test27 and test26 first; summed up in ``docs/extract.md``): ``plural`` (a Kazakh event noun in the plural,
"жалпы отырыстарда талқыланды", "кездесулер өтті", and a Russian sitting in the plural's own cases or counted by
"несколько", "на заседаниях", "несколько встреч": no one event), ``told-what`` (a Russian verb of telling whose object
is an indirect question, "рассказал, какие …", "О том, какие …, рассказал X": words told to the outlet, no talk),
``decimal-space`` ("68, 23%": one share, 68.23) and ``hyphen-month`` ("8-қазанда": a date, no count). Every tuning
part (``benchmarks/_parts.py``; a held-out part is never read) is scored with each choice; then for each part the
choice is fitted on the OTHER parts alone (the best all-facts F1 summed over them; a tie goes to all-facts precision,
then to the earlier choice) and scored on the part left out.

    $ python benchmarks/precision27_lopo.py          # writes benchmarks/results/precision27_lopo.txt
    $ python benchmarks/precision27_lopo.py --parts test9 test13 test28 -o -

This is a measurement, not a test: it prints figures and asserts nothing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._lopo import Component, main  # noqa: E402  (the one harness of these measurements)

EVENTS = ("plural",)
SPEECHES = ("told-what",)
FIGURES = ("decimal-space", "hyphen-month")
ALL = (*EVENTS, *SPEECHES, *FIGURES)


def _choose(choice: tuple[str, ...]) -> None:
    import kg.extract.patterns as patterns
    import kg.extract.rules.events as events
    import kg.extract.rules.speeches as speeches

    events.READINGS27 = frozenset(r for r in choice if r in EVENTS)
    speeches.READINGS27 = frozenset(r for r in choice if r in SPEECHES)
    patterns.READINGS27 = frozenset(r for r in choice if r in FIGURES)


def _shipped() -> tuple[str, ...]:
    import kg.extract.patterns as patterns
    import kg.extract.rules.events as events
    import kg.extract.rules.speeches as speeches

    on = events.READINGS27 | speeches.READINGS27 | patterns.READINGS27
    return tuple(r for r in ALL if r in on)


COMPONENT = Component(
    title="the twenty-seventh session's precision readings (events, speeches and patterns READINGS27)",
    fact="all facts",
    label="all facts (fitted)",
    choices=((), *((r,) for r in ALL), (*EVENTS, *SPEECHES), ALL),
    choose=_choose,
    shipped=_shipped,
    command="python benchmarks/precision27_lopo.py",
    output="precision27_lopo.txt",
    before="main (none of them)",
    per_part=True,
)

if __name__ == "__main__":
    main(COMPONENT, description=__doc__.split("\n\n")[0])
