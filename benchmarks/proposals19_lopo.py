"""Leave one tuning part out: do the nineteenth session's readings of proposals and initiatives
(kg/extract/rules/proposals.py ``READINGS19``, ``origin-initiative`` in kg/extract/rules/initiatives.py ``READINGS``)
carry to a part they were not fitted on?

The readings, each a choice of its own and all together: ``text-subject`` (a text that "proposes", "the draft
Constitution proposes …", is no one's proposal), ``current-text`` (a proposal to amend the text of the Constitution in
force, "amendments to 84% of the Constitution's text", "Ата заң өзгерістерін", targets it), ``named-body`` (a word of
the Constitution in the name of a body the proposal creates makes the draft no target), ``origin-initiative`` (the
institutions of the initiative a reform began with, "… бастамасынан бастау алды", are its author's initiatives, as
those of a proposal were); all but ``named-body`` (as shipped), and all four. Every earlier reading stays
on in every choice. Every tuning part (``benchmarks/_parts.py``; a held-out part is never read) is scored with each
choice; then for each part the choice is fitted on the OTHER parts alone (the best proposals & initiatives F1 summed
over them; a tie goes to all-facts precision, then to the earlier choice) and scored on the part left out.

    $ python benchmarks/proposals19_lopo.py          # writes benchmarks/results/proposals19_lopo.txt (about 8 minutes)
    $ python benchmarks/proposals19_lopo.py --parts dev test13 -o -

This is a measurement, not a test: it prints figures and asserts nothing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._lopo import Component, main  # noqa: E402  (the one harness of these measurements)
from kg.extract.rules.initiatives import READINGS as INITIATIVE_READINGS  # noqa: E402
from kg.extract.rules.proposals import READINGS, READINGS19  # noqa: E402  (named where they live)

NEW = (*READINGS19, "origin-initiative")
#: The readings shipped on (named-body off: it loses one item for one).
ON = tuple(r for r in NEW if r != "named-body")
#: The readings main shipped before the session, on in every choice.
BASE = tuple(r for r in READINGS if r not in READINGS19)
BASE_I = tuple(r for r in INITIATIVE_READINGS if r != "origin-initiative")


def _choose(choice: tuple[str, ...]) -> None:
    import kg.extract.rules.initiatives as initiatives
    import kg.extract.rules.proposals as proposals

    proposals.READINGS = (*BASE, *(r for r in choice if r in READINGS19))
    initiatives.READINGS = (*BASE_I, *(r for r in choice if r == "origin-initiative"))


def _shipped() -> tuple[str, ...]:
    import kg.extract.rules.initiatives as initiatives
    import kg.extract.rules.proposals as proposals

    return tuple(r for r in NEW if r in (*proposals.READINGS, *initiatives.READINGS))


COMPONENT = Component(
    title="the nineteenth session's readings of proposals and initiatives (proposals.READINGS19, origin-initiative)",
    fact="proposals & initiatives",
    label="proposals+init.",
    choices=((), *((r,) for r in NEW), NEW, ON),
    choose=_choose,
    shipped=_shipped,
    command="python benchmarks/proposals19_lopo.py",
    output="proposals19_lopo.txt",
    before="none of the session's readings (main before it)",
    per_part=True,
)

if __name__ == "__main__":
    main(COMPONENT, description=__doc__.split("\n\n")[0])
