"""Leave one tuning part out: do the seventeenth session's readings of initiatives and proposals
(kg/extract/rules/initiatives.py ``READINGS``) carry to a part they were not fitted on?

The readings, each a choice of its own and all together: ``words`` (more words of creating: "the reintroduction of
the post", "появится должность", "shifting from a bicameral to a unicameral parliament"), ``unveiled`` (the reform
the Head of State unveils), ``led-by`` (a reform named with who leads or advances it, or a participle before it),
``origin`` (the proposal the reform began with), ``listed`` (the institutions a sentence lists as the proposals of
the Head of State named before; a unicameral parliament so listed is his proposal unless the sentence or the next
calls them initiatives), ``this`` (what the sentence before creates, announced by the Head of State). Every tuning part
(``benchmarks/_parts.py``; a held-out part is never read) is scored with each choice; then for each part the choice
is fitted on the OTHER parts alone (the best proposals & initiatives F1 summed over them; a tie goes to all-facts
precision, then to the earlier choice) and scored on the part left out.

    $ python benchmarks/proposals17_lopo.py          # writes benchmarks/results/proposals17_lopo.txt (about 25 minutes)
    $ python benchmarks/proposals17_lopo.py --parts dev test19 -o -

This is a measurement, not a test: it prints figures and asserts nothing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._lopo import Component, main  # noqa: E402  (the one harness of these measurements)

READINGS = ("words", "unveiled", "led-by", "origin", "listed", "this")


def _choose(choice: tuple[str, ...]) -> None:
    import kg.extract.rules.initiatives as initiatives

    initiatives.READINGS = choice


def _shipped() -> tuple[str, ...]:
    import kg.extract.rules.initiatives as initiatives

    return tuple(initiatives.READINGS)


COMPONENT = Component(
    title="the seventeenth session's readings of initiatives (kg/extract/rules/initiatives.py READINGS)",
    fact="proposals & initiatives",
    label="proposals+init.",
    choices=((), *((r,) for r in READINGS), READINGS),
    choose=_choose,
    shipped=_shipped,
    command="python benchmarks/proposals17_lopo.py",
    output="proposals17_lopo.txt",
    per_part=True,
)

if __name__ == "__main__":
    main(COMPONENT, description=__doc__.split("\n\n")[0])
