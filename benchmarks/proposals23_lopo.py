"""Leave one tuning part out: do the twenty-third session's readings of proposals and initiatives
(kg/extract/rules/proposals.py ``READINGS23``, ``others-changes`` in kg/extract/rules/initiatives.py ``READINGS``)
carry to a part they were not fitted on?

The readings, each a choice of its own: ``noun-infinitive`` (the Russian noun of proposing with
its author, then an infinitive, "предложение Токаева переименовать парламент в Курултай", is the author's proposal),
``noun-subject`` (a plural noun with its determiner before an English verb of proposing, "some political forces have
proposed …", is its subject: no agent after the verb proposes), ``proposal-noun`` (the English noun "proposal to …"
presented by its author, "the deputy also highlighted the proposal to enshrine …", "At the heart of President
Tokayev's speech was a proposal to …"), ``adjective`` ("new constitution" read inside "a new constitutional model" is
the draft's, not the Constitution in force replaced), ``constitution-word`` (a modal with the Constitution's word,
not a body's or the reform's, beside it names the draft: "the Constitution's preamble … should be rewritten"),
``others-changes`` ("the changes proposed by X" are the reform, X's initiative, only when X is the Head of State);
then all but ``constitution-word`` (as shipped), and all six. Every earlier reading stays on in every choice. Every
tuning part (``benchmarks/_parts.py``; a held-out part is never read) is scored with each choice; then for each part
the choice is fitted on the OTHER parts alone (the best proposals & initiatives F1 summed over them; a tie goes to
all-facts precision, then to the earlier choice) and scored on the part left out.

    $ python benchmarks/proposals23_lopo.py          # writes benchmarks/results/proposals23_lopo.txt (about 20 minutes)
    $ python benchmarks/proposals23_lopo.py --parts test24 test17 -o -

This is a measurement, not a test: it prints figures and asserts nothing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._lopo import Component, main  # noqa: E402  (the one harness of these measurements)
from kg.extract.rules.initiatives import READINGS as INITIATIVE_READINGS  # noqa: E402
from kg.extract.rules.proposals import READINGS, READINGS23  # noqa: E402  (named where they live)

#: The session's readings: those of proposals.py, then the one of initiatives.py.
NEW = (*READINGS23, "others-changes")
#: The readings shipped on (constitution-word off: one item for six wrong in the census).
ON = tuple(r for r in NEW if r != "constitution-word")
#: The readings main shipped before the session, on in every choice.
BASE = tuple(r for r in READINGS if r not in READINGS23)
BASE_I = tuple(r for r in INITIATIVE_READINGS if r != "others-changes")


def _choose(choice: tuple[str, ...]) -> None:
    import kg.extract.rules.initiatives as initiatives
    import kg.extract.rules.proposals as proposals

    proposals.READINGS = (*BASE, *(r for r in choice if r in READINGS23))
    initiatives.READINGS = (*BASE_I, *(r for r in choice if r == "others-changes"))


def _shipped() -> tuple[str, ...]:
    import kg.extract.rules.initiatives as initiatives
    import kg.extract.rules.proposals as proposals

    return tuple(r for r in NEW if r in (*proposals.READINGS, *initiatives.READINGS))


COMPONENT = Component(
    title="the twenty-third session's readings of proposals and initiatives (proposals.READINGS23, others-changes)",
    fact="proposals & initiatives",
    label="proposals+init.",
    choices=((), *((r,) for r in NEW), ON, NEW),
    choose=_choose,
    shipped=_shipped,
    command="python benchmarks/proposals23_lopo.py",
    output="proposals23_lopo.txt",
    before="none of the session's readings (main before it)",
    per_part=True,
)

if __name__ == "__main__":
    main(COMPONENT, description=__doc__.split("\n\n")[0])
