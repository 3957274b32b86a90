"""Leave one tuning part out: do the twenty-second session's event readings (kg/extract/rules/events.py,
``events.READINGS22``) carry to a part they were not fitted on?

The readings, from the census of the events missed and drafted in excess on the twenty-three tuning parts (summed
up in ``docs/extract.md``): ``referendum-held`` (the referendum as an event where a sentence says it was held or
voted in, in a vote day's report: "проголосовал на референдуме", "референдумда дауыс берді", "held a nationwide
referendum") and ``kurultai-held`` (the Kurultai named alone as a gathering held: "«судьбоносный» Курултай … прошёл в
Кызылорде", a session of the National Kurultai).
The earlier sessions' readings (``events.READINGS``) stay on in every choice. Every tuning part
(``benchmarks/_parts.py``; a held-out part is never read) is scored with each choice; then for each part the choice
is fitted on the OTHER parts alone (the best events F1 summed over them; a tie goes to all-facts precision, then to
the earlier choice) and scored on the part left out.

    $ python benchmarks/events22_lopo.py          # writes benchmarks/results/events22_lopo.txt
    $ python benchmarks/events22_lopo.py --parts dev test22 -o -

This is a measurement, not a test: it prints figures and asserts nothing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._lopo import Component, main  # noqa: E402  (the one harness of these measurements)

NEW = ("referendum-held", "kurultai-held")


def _choose(choice: tuple[str, ...]) -> None:
    import kg.extract.rules.events as events

    events.READINGS22 = frozenset(choice)


def _shipped() -> tuple[str, ...]:
    import kg.extract.rules.events as events

    return tuple(r for r in NEW if r in events.READINGS22)


COMPONENT = Component(
    title="the twenty-second session's event readings (events.READINGS22: more events held, and where)",
    fact="events",
    label="events",
    choices=((), ("referendum-held",), ("kurultai-held",), NEW),
    choose=_choose,
    shipped=_shipped,
    command="python benchmarks/events22_lopo.py",
    output="events22_lopo.txt",
    before="main (none of them)",
    per_part=True,
)

if __name__ == "__main__":
    main(COMPONENT, description=__doc__.split("\n\n")[0])
