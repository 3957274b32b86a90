"""Leave one tuning part out: does switching off the ``outlet`` reading of stances carry to a part it was not fitted
on?

The reading, of the sixteenth pass (``kg.extract.rules.stances``, in ``READINGS`` until the thirty-seventh session,
now in ``READINGS37_OFF``): an article that names, quotes and reports no one is the outlet's view, so an evaluation
in it ("the new Constitution strengthens the system of checks and balances") is the outlet's stance. The census of
the forty-four tuning parts (``test43`` and ``test44`` new) found its stances right 2 times in 11. The choice is
fitted on all facts' F1. Every tuning part (``benchmarks/_parts.py``; a held-out part is never read) is scored with
and without it; then for each part the choice is fitted on the OTHER parts alone (the best all-facts F1 summed over
them; a tie goes to all-facts precision, then to the earlier choice) and scored on the part left out.

    $ python benchmarks/lead37_lopo.py    # writes benchmarks/results/lead37_lopo.txt (about four minutes)
    $ python benchmarks/lead37_lopo.py --parts test43 test44 -o -

This is a measurement, not a test: it prints figures and asserts nothing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import kg.extract.rules.stances as stances  # noqa: E402
from benchmarks._lopo import Component, main  # noqa: E402  (the one harness of these measurements)

ALL = ("outlet",)


def _choose(choice: tuple[str, ...]) -> None:
    stances.READINGS = frozenset(stances.READINGS - set(ALL)) | set(choice)


def _shipped() -> tuple[str, ...]:
    return tuple(r for r in ALL if r in stances.READINGS)


COMPONENT = Component(
    title="the stances' outlet reading (switched off in the thirty-seventh session)",
    fact="all facts",
    label="all facts",
    choices=((), ALL),
    choose=_choose,
    shipped=_shipped,
    command="python benchmarks/lead37_lopo.py",
    output="lead37_lopo.txt",
    before="the reading off (as shipped since the thirty-seventh session)",
    per_part=True,
)


if __name__ == "__main__":
    main(COMPONENT, description=__doc__.split("\n\n")[0])
