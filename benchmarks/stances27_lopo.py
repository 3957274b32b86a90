"""Leave one tuning part out: do the twenty-seventh session's stance readings (kg/extract/rules/stances.py,
``READINGS27``) carry to a part they were not fitted on?

The readings (``kg.extract.rules.stances.READINGS27``; every earlier reading as main ships it stays on in every
choice), from the census of the twenty-eight tuning parts (``test28`` new): ``persecuted`` (a guard: a category of
people in the object of a verb or noun of persecution, "the intimidation and arrest of journalists, lawyers, and
social media users who have voiced criticism", holds no stance), ``core-value`` ("the core values of the draft
Constitution lie in …", "ключевым принципом проекта новой Конституции является …": the text's core named, praise),
``according-body`` ("…, according to Human Rights Watch": a body named whole as a judgment's source holds it). Every
tuning part (``benchmarks/_parts.py``; a held-out part is never read) is scored with none, each alone and all three;
then for each part the choice is fitted on the OTHER parts alone (the best stance F1 summed over them; a tie goes to
all-facts precision, then to the earlier choice) and scored on the part left out.

    $ python benchmarks/stances27_lopo.py    # writes benchmarks/results/stances27_lopo.txt
    $ python benchmarks/stances27_lopo.py --parts test3 test20 test28 -o -

This is a measurement, not a test: it prints figures and asserts nothing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._lopo import Component, main  # noqa: E402  (the one harness of these measurements)
from kg.extract.rules.stances import READINGS, READINGS27  # noqa: E402  (named where they live)

#: The readings main shipped before the session, on in every choice.
BASE = tuple(sorted(READINGS - set(READINGS27)))


def _choose(choice: tuple[str, ...]) -> None:
    import kg.extract.rules.stances as stances

    stances.READINGS = frozenset(BASE + choice)


def _shipped() -> tuple[str, ...]:
    import kg.extract.rules.stances as stances

    return tuple(r for r in READINGS27 if r in stances.READINGS)


COMPONENT = Component(
    title="the twenty-seventh session's stance readings (stances.READINGS27: " + ", ".join(READINGS27) + ")",
    fact="stances",
    label="stances",
    choices=((), *((r,) for r in READINGS27), READINGS27),
    choose=_choose,
    shipped=_shipped,
    command="python benchmarks/stances27_lopo.py",
    output="stances27_lopo.txt",
    before="none of the session's readings (main before it)",
    per_part=True,
)


if __name__ == "__main__":
    main(COMPONENT, description=__doc__.split("\n\n")[0])
