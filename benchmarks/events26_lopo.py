"""Leave one tuning part out: does the twenty-sixth session's event reading (kg/extract/rules/events.py,
``events.READINGS26``) carry to a part it was not fitted on?

The reading, from the census of the events and speeches missed and drafted in excess on the tuning parts (summed up in
``docs/extract.md``): ``vote-ended`` (the referendum as an event where a sentence says its voting ended: "республикалық
референдум аяқталды", "завершилось голосование на республиканском референдуме", "voting in the referendum ended").
The earlier sessions' readings stay on in every choice. Every tuning part (``benchmarks/_parts.py``; a held-out part
is never read) is scored with each choice; then for each part the choice is fitted on the OTHER parts alone (the best
events F1 summed over them; a tie goes to all-facts precision, then to the earlier choice) and scored on the part left
out.

    $ python benchmarks/events26_lopo.py          # writes benchmarks/results/events26_lopo.txt
    $ python benchmarks/events26_lopo.py --parts test12 test25 -o -

This is a measurement, not a test: it prints figures and asserts nothing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._lopo import Component, main  # noqa: E402  (the one harness of these measurements)

NEW = ("vote-ended",)


def _choose(choice: tuple[str, ...]) -> None:
    import kg.extract.rules.events as events

    events.READINGS26 = frozenset(choice)


def _shipped() -> tuple[str, ...]:
    import kg.extract.rules.events as events

    return tuple(r for r in NEW if r in events.READINGS26)


COMPONENT = Component(
    title="the twenty-sixth session's event reading (events.READINGS26: the referendum's voting said to have ended)",
    fact="events",
    label="events",
    choices=((), *((r,) for r in NEW)),
    choose=_choose,
    shipped=_shipped,
    command="python benchmarks/events26_lopo.py",
    output="events26_lopo.txt",
    before="main (none of them)",
    per_part=True,
)

if __name__ == "__main__":
    main(COMPONENT, description=__doc__.split("\n\n")[0])
