"""Leave one tuning part out: does the twenty-sixth session's English stance reading (kg/extract/rules/stances.py,
``READINGS26``) carry to a part it was not fitted on?

The reading, from the census of the English texts of the twenty-seven tuning parts: ``proposal-to`` (a support verb
whose object is a proposal to write a norm, "also supported proposals to move guarantees of a fair trial to the
section on …", refers back to the text under discussion). Every earlier reading main ships stays on in every choice.
Every tuning part (``benchmarks/_parts.py``; a held-out part is never read) is scored with none and with the reading;
then for each part the choice is fitted on the OTHER parts alone (the best stance F1 summed over them; a tie goes to
all-facts precision, then to the earlier choice) and scored on the part left out.

    $ python benchmarks/english26_lopo.py    # writes benchmarks/results/english26_lopo.txt
    $ python benchmarks/english26_lopo.py --parts test22 test27 -o -

This is a measurement, not a test: it prints figures and asserts nothing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._lopo import Component, main  # noqa: E402  (the one harness of these measurements)
from kg.extract.rules.stances import READINGS, READINGS26  # noqa: E402  (named where they live)

#: The readings main shipped before the session, on in every choice.
BASE = tuple(sorted(READINGS - set(READINGS26)))


def _choose(choice: tuple[str, ...]) -> None:
    import kg.extract.rules.stances as stances

    stances.READINGS = frozenset(BASE + choice)


def _shipped() -> tuple[str, ...]:
    import kg.extract.rules.stances as stances

    return tuple(r for r in READINGS26 if r in stances.READINGS)


COMPONENT = Component(
    title="the twenty-sixth session's English stance reading (stances.READINGS26: " + ", ".join(READINGS26) + ")",
    fact="stances",
    label="stances",
    choices=((), *((r,) for r in READINGS26)),
    choose=_choose,
    shipped=_shipped,
    command="python benchmarks/english26_lopo.py",
    output="english26_lopo.txt",
    before="none of the session's readings (main before it)",
    per_part=True,
)


if __name__ == "__main__":
    main(COMPONENT, description=__doc__.split("\n\n")[0])
