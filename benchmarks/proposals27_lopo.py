"""Leave one tuning part out: do the twenty-seventh session's readings of proposals and initiatives (``READINGS27`` of
kg/extract/rules/proposals.py and initiatives.py) carry to a part they were not fitted on?

The readings, each a choice of its own: ``group-no-target`` (kg/extract/rules/proposals.py: an unnamed collective's
proposal with no text or article as its target, "citizens sent their proposals through the e-Otinish and eGov
portals", is none), ``bare-commission`` (kg/extract/rules/initiatives.py: a commission created with no name, "the
Kazakh leader created a commission that drafted the document", is, in an article about the Constitution, the
Constitutional Commission), ``creator-post`` (kg/extract/rules/initiatives.py: a body's creator named by a post, a
pronoun or a decree of the post, "On Jan. 20, he announced the creation of …", "was established by Decree of the
President of Kazakhstan") and ``impersonal-source`` (kg/extract/rules/proposals.py: an impersonal proposal whose
source is a pronoun lead, "Оның айтуынша, … көздеу ұсынылады", or a headline's lead person); then the two of
initiatives together, the three that gain on two parts or more, and all four. Every earlier reading stays on in
every choice. Every tuning part (``benchmarks/_parts.py``; a held-out part is never read) is scored with each
choice; then for each part the choice is fitted on the OTHER parts alone (the best proposals & initiatives F1 summed
over them; a tie goes to all-facts precision, then to the earlier choice) and scored on the part left out.

    $ python benchmarks/proposals27_lopo.py          # writes benchmarks/results/proposals27_lopo.txt (about 20 minutes)
    $ python benchmarks/proposals27_lopo.py --parts test28 test27 -o -

This is a measurement, not a test: it prints figures and asserts nothing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._lopo import Component, main  # noqa: E402  (the one harness of these measurements)
from kg.extract.rules import initiatives, proposals  # noqa: E402  (the readings, named where they live)

#: The session's readings, of both modules.
NEW = (*proposals.READINGS27, *initiatives.READINGS27)
#: The readings that gain on two parts or more, the combination shipped (``impersonal-source`` gains on `test27` alone).
ON = ("group-no-target", "bare-commission", "creator-post")
#: The readings main shipped before the session, on in every choice.
BASE = {
    proposals: tuple(r for r in proposals.READINGS if r not in proposals.READINGS27),
    initiatives: tuple(r for r in initiatives.READINGS if r not in initiatives.READINGS27),
}


def _choose(choice: tuple[str, ...]) -> None:
    proposals.READINGS = (*BASE[proposals], *(r for r in choice if r in proposals.READINGS27))
    initiatives.READINGS = (*BASE[initiatives], *(r for r in choice if r in initiatives.READINGS27))


def _shipped() -> tuple[str, ...]:
    return tuple(r for r in NEW if r in proposals.READINGS or r in initiatives.READINGS)


COMPONENT = Component(
    title="the twenty-seventh session's readings of proposals and initiatives (READINGS27 of both)",
    fact="proposals & initiatives",
    label="proposals+init.",
    choices=((), *((r,) for r in NEW), initiatives.READINGS27, ON, NEW),
    choose=_choose,
    shipped=_shipped,
    command="python benchmarks/proposals27_lopo.py",
    output="proposals27_lopo.txt",
    before="none of the session's readings (main before it)",
    per_part=True,
)

if __name__ == "__main__":
    main(COMPONENT, description=__doc__.split("\n\n")[0])
