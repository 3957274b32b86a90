"""Leave one tuning part out: do the eighteenth session's readings of proposals and initiatives
(kg/extract/rules/proposals.py ``READINGS``, and ``launched`` in kg/extract/rules/initiatives.py ``READINGS``) carry
to a part they were not fitted on?

The readings, each a choice of its own and all together: ``impersonal`` (a proposal with no subject in reported
speech is the reporting speaker's), ``pronoun`` (the Kazakh "ол" opening a sentence is its verb of proposing's
subject), ``campaign`` (a call to support or to vote proposes nothing), ``acts`` (more acts a speaker says should be
done: abolish, rename, create, carry out, make; and "must"), ``parliamentary`` (a proposal of a parliamentary reform
targets no text), ``launched`` (a reform named with who started or leads it: "реформ, которые президент X
запустил", "under the leadership of President X"). Every tuning part (``benchmarks/_parts.py``; a held-out part is
never read) is scored with each choice; then for each part the choice is fitted on the OTHER parts alone (the best
proposals & initiatives F1 summed over them; a tie goes to all-facts precision, then to the earlier choice) and scored
on the part left out.

    $ python benchmarks/proposals18_lopo.py          # writes benchmarks/results/proposals18_lopo.txt (about 20 minutes)
    $ python benchmarks/proposals18_lopo.py --parts dev test20 -o -

This is a measurement, not a test: it prints figures and asserts nothing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._lopo import Component, main  # noqa: E402  (the one harness of these measurements)

READINGS = ("impersonal", "pronoun", "campaign", "acts", "parliamentary", "launched")
#: The seventeenth session's readings of initiatives, shipped before this session (always on here).
_BEFORE = ("words", "unveiled", "led-by", "origin", "listed", "this")


def _choose(choice: tuple[str, ...]) -> None:
    import kg.extract.rules.initiatives as initiatives
    import kg.extract.rules.proposals as proposals

    proposals.READINGS = tuple(r for r in choice if r != "launched")
    initiatives.READINGS = (*_BEFORE, *(r for r in choice if r == "launched"))


def _shipped() -> tuple[str, ...]:
    import kg.extract.rules.initiatives as initiatives
    import kg.extract.rules.proposals as proposals

    return (*proposals.READINGS, *(r for r in initiatives.READINGS if r == "launched"))


COMPONENT = Component(
    title="the eighteenth session's readings of proposals and initiatives (proposals.READINGS, initiatives launched)",
    fact="proposals & initiatives",
    label="proposals+init.",
    choices=((), *((r,) for r in READINGS), READINGS),
    choose=_choose,
    shipped=_shipped,
    command="python benchmarks/proposals18_lopo.py",
    output="proposals18_lopo.txt",
    per_part=True,
)

if __name__ == "__main__":
    main(COMPONENT, description=__doc__.split("\n\n")[0])
