"""Leave one tuning part out: does the nineteenth session's event reading (kg/extract/rules/events.py,
``events.READINGS``) carry to a part it was not fitted on?

The reading: ``curated-place`` (a recalled session the curated facts date, "the address at the National Kurultai",
with no place in its sentence takes the curated session's place where the article names that place anywhere: the
census ``benchmarks/results/events19_census.txt`` found the gold sheets give the Kurultai's Kyzylorda exactly where
the article names the town). Every tuning part (``benchmarks/_parts.py``; a held-out part is never read) is scored
without and with it; then for each part the choice is fitted on the OTHER parts alone (the best events F1 summed over
them; a tie goes to all-facts precision, then to the earlier choice) and scored on the part left out.

    $ python benchmarks/events19_lopo.py          # writes benchmarks/results/events19_lopo.txt (about 4 minutes)
    $ python benchmarks/events19_lopo.py --parts dev test9 -o -

This is a measurement, not a test: it prints figures and asserts nothing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._lopo import Component, main  # noqa: E402  (the one harness of these measurements)

NEW = ("curated-place",)


def _choose(choice: tuple[str, ...]) -> None:
    import kg.extract.rules.events as events

    events.READINGS = frozenset(choice)


def _shipped() -> tuple[str, ...]:
    import kg.extract.rules.events as events

    return tuple(r for r in NEW if r in events.READINGS)


COMPONENT = Component(
    title="the nineteenth session's event reading (events.READINGS: a recalled curated session's place)",
    fact="events",
    label="events",
    choices=((), NEW),
    choose=_choose,
    shipped=_shipped,
    command="python benchmarks/events19_lopo.py",
    output="events19_lopo.txt",
    before="no reading (main before the round)",
    per_part=True,
)

if __name__ == "__main__":
    main(COMPONENT, description=__doc__.split("\n\n")[0])
