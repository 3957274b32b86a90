"""Leave one tuning part out: do the twenty-second session's readings of proposals (kg/extract/rules/proposals.py
``READINGS22``) carry to a part they were not fitted on?

The readings, each a choice of its own, then all together: ``reform-target`` (a proposal whose target would be the
reform itself is its proposer's initiative, no proposal), ``second-infinitive`` (a second infinitive joined to the
proposed one, "предложил упразднить, а нижнюю переименовать …", is a second proposal with its own target),
``apposition`` (a person with a body's post between commas before the verb proposes, not the body). Every earlier
reading stays on in every choice. Every tuning part (``benchmarks/_parts.py``; a held-out part is never read) is
scored with each choice; then for each part the choice is fitted on the OTHER parts alone (the best proposals &
initiatives F1 summed over them; a tie goes to all-facts precision, then to the earlier choice) and scored on the part
left out.

    $ python benchmarks/proposals22_lopo.py          # writes benchmarks/results/proposals22_lopo.txt (about 8 minutes)
    $ python benchmarks/proposals22_lopo.py --parts test13 test16 -o -

This is a measurement, not a test: it prints figures and asserts nothing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._lopo import Component, main  # noqa: E402  (the one harness of these measurements)
from kg.extract.rules.proposals import READINGS, READINGS22  # noqa: E402  (named where they live)

#: The readings main shipped before the session, on in every choice.
BASE = tuple(r for r in READINGS if r not in READINGS22)


def _choose(choice: tuple[str, ...]) -> None:
    import kg.extract.rules.proposals as proposals

    proposals.READINGS = (*BASE, *choice)


def _shipped() -> tuple[str, ...]:
    import kg.extract.rules.proposals as proposals

    return tuple(r for r in READINGS22 if r in proposals.READINGS)


COMPONENT = Component(
    title="the twenty-second session's readings of proposals (proposals.READINGS22)",
    fact="proposals & initiatives",
    label="proposals+init.",
    choices=((), *((r,) for r in READINGS22), READINGS22),
    choose=_choose,
    shipped=_shipped,
    command="python benchmarks/proposals22_lopo.py",
    output="proposals22_lopo.txt",
    before="none of the session's readings (main before it)",
    per_part=True,
)

if __name__ == "__main__":
    main(COMPONENT, description=__doc__.split("\n\n")[0])
