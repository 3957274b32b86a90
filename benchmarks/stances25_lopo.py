"""Leave one tuning part out: does the twenty-fifth session's stance reading (kg/extract/rules/stances.py,
``READINGS25``) carry to a part it was not fitted on?

The reading (``kg.extract.rules.stances.READINGS25``; every earlier reading as main ships it stays on in every
choice), from the census of the twenty-seven tuning parts (``test27`` new): ``step-toward`` (a step towards a good,
or a text that faces the future, as the text's predicate: "a deliberate step towards building a more open … state",
"a progressive document oriented toward the future"). Every tuning part (``benchmarks/_parts.py``; a held-out part is
never read) is scored with none and with the reading; then for each part the choice is fitted on the OTHER parts
alone (the best stance F1 summed over them; a tie goes to all-facts precision, then to the earlier choice) and scored
on the part left out.

    $ python benchmarks/stances25_lopo.py    # writes benchmarks/results/stances25_lopo.txt
    $ python benchmarks/stances25_lopo.py --parts test21 test27 -o -

This is a measurement, not a test: it prints figures and asserts nothing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._lopo import Component, main  # noqa: E402  (the one harness of these measurements)
from kg.extract.rules.stances import READINGS, READINGS25  # noqa: E402  (named where they live)

#: The readings main shipped before the session, on in every choice.
BASE = tuple(sorted(READINGS - set(READINGS25)))


def _choose(choice: tuple[str, ...]) -> None:
    import kg.extract.rules.stances as stances

    stances.READINGS = frozenset(BASE + choice)


def _shipped() -> tuple[str, ...]:
    import kg.extract.rules.stances as stances

    return tuple(r for r in READINGS25 if r in stances.READINGS)


COMPONENT = Component(
    title="the twenty-fifth session's stance reading (stances.READINGS25: " + ", ".join(READINGS25) + ")",
    fact="stances",
    label="stances",
    choices=((), *((r,) for r in READINGS25), *((READINGS25,) if len(READINGS25) > 1 else ())),
    choose=_choose,
    shipped=_shipped,
    command="python benchmarks/stances25_lopo.py",
    output="stances25_lopo.txt",
    before="none of the session's readings (main before it)",
    per_part=True,
)


if __name__ == "__main__":
    main(COMPONENT, description=__doc__.split("\n\n")[0])
