"""Leave one tuning part out: do the eighteenth session's second-round claimant readings
(``kg.extract.rules.claims.PASSES18B``: ``signed``, ``pronoun``, ``proposal``) carry to a part they were not fitted on?

They read a figure the sentence credits to no one and no speech before goes on with, which the rules left to the
outlet: ``signed`` (a quotation signed after its closing mark with a dash and a name, or opened after a heading
"Body:" or a post that speaks), ``pronoun`` ("In September 2025, he proposed …"), ``proposal`` (the sentence just
before has a person propose). Every tuning part (``benchmarks/_parts.py``; a held-out part is never read) is scored
with each choice; for each part the choice is fitted on the OTHER parts alone (the best claims F1 summed over them; a
tie goes to all-facts precision, then to the earlier choice, off) and scored on the part left out.

    $ python benchmarks/claims18b_lopo.py          # writes benchmarks/results/claims18b_lopo.txt (about 6 minutes)
    $ python benchmarks/claims18b_lopo.py --parts dev test20 -o -

This is a measurement, not a test: it prints figures and asserts nothing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._lopo import Component, main  # noqa: E402  (the one harness of these measurements)


def _choose(choice: tuple[str, ...]) -> None:
    import kg.extract.rules.claims as C

    C.PASSES18B = choice


def _shipped() -> tuple[str, ...]:
    import kg.extract.rules.claims as C

    return C.PASSES18B


COMPONENT = Component(
    title="the eighteenth session's second-round claimant readings (kg/extract/rules/claims.py PASSES18B)",
    fact="claims",
    label="claims",
    choices=(
        (),
        ("signed",),
        ("pronoun",),
        ("proposal",),
        ("signed", "pronoun"),
        ("signed", "pronoun", "proposal"),
    ),
    choose=_choose,
    shipped=_shipped,
    command="python benchmarks/claims18b_lopo.py",
    output="claims18b_lopo.txt",
    per_part=True,
)

if __name__ == "__main__":
    main(COMPONENT, description=__doc__.split("\n\n")[0])
