"""Leave one tuning part out: do the twenty-third session's second-round stance readings
(kg/extract/rules/stances.py, ``_READINGS23B``) carry to a part they were not fitted on?

The readings (``kg.extract.rules.stances._READINGS23B``; every earlier reading as main ships it stays on in every
choice), from the census of the twenty-four tuning parts (the missed stances whose holder the registry lacks):
``staff-met`` (the people of a trade as the subject of a cue, "врачи поддержали проект новой Конституции", stand for
the one body whose staff the article met, "встретились с коллективом Центра «Мать и дитя»"). Every tuning part
(``benchmarks/_parts.py``; a held-out part is never read) is scored with none, each alone and all; then for each part
the choice is fitted on the OTHER parts alone (the best stance F1 summed over them; a tie goes to all-facts
precision, then to the earlier choice) and scored on the part left out.

    $ python benchmarks/stances23b_lopo.py    # writes benchmarks/results/stances23b_lopo.txt
    $ python benchmarks/stances23b_lopo.py --parts test23 -o -

This is a measurement, not a test: it prints figures and asserts nothing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._lopo import Component, main  # noqa: E402  (the one harness of these measurements)
from kg.extract.rules.stances import _READINGS23B, READINGS  # noqa: E402  (named where they live)

#: The readings main shipped before the round, on in every choice.
BASE = tuple(sorted(READINGS - set(_READINGS23B)))


def _choose(choice: tuple[str, ...]) -> None:
    import kg.extract.rules.stances as stances

    stances.READINGS = frozenset(BASE + choice)


def _shipped() -> tuple[str, ...]:
    import kg.extract.rules.stances as stances

    return tuple(r for r in _READINGS23B if r in stances.READINGS)


COMPONENT = Component(
    title="the twenty-third session's second-round stance readings (stances._READINGS23B: "
    + ", ".join(_READINGS23B)
    + ")",
    fact="stances",
    label="stances",
    choices=((), *((r,) for r in _READINGS23B), *((_READINGS23B,) if len(_READINGS23B) > 1 else ())),
    choose=_choose,
    shipped=_shipped,
    command="python benchmarks/stances23b_lopo.py",
    output="stances23b_lopo.txt",
    before="none of the round's readings (main before it)",
    per_part=True,
)


if __name__ == "__main__":
    main(COMPONENT, description=__doc__.split("\n\n")[0])
