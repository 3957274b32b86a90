"""Leave one tuning part out: do the twenty-fifth session's precision readings (kg/extract/rules/events.py
``READINGS25``, kg/extract/speakers.py ``CLOSERS25``) carry to a part they were not fitted on?

The readings, from the census of the missed and extra events, claims, speeches and organisations on the twenty-seven
tuning parts (test27, test25 and test26 first): ``dateline-place`` (an event of a later sentence that names no place
is where the lead's dateline was filed: "АСТАНА. KAZINFORM – … Бұл туралы … комиссия отырысында айтты", "ASTANA,
February 3. /TASS/. … said … at a regular meeting of the constitutional commission"), ``implicit-dateline`` (the
event a speech implies when the report names none is there too) and ``minus-dash`` (the minus sign typed for a dash
opens and closes a quotation: "− … 13 тұлғадан ұсыныстар келді …, − деді Эльвира Әзімова"). Every tuning part
(``benchmarks/_parts.py``; a held-out part is never read) is scored with each choice; then for each part the choice is
fitted on the OTHER parts alone (the best all-facts F1 summed over them; a tie goes to all-facts precision, then to
the earlier choice) and scored on the part left out.

    $ python benchmarks/precision25_lopo.py          # writes benchmarks/results/precision25_lopo.txt
    $ python benchmarks/precision25_lopo.py --parts test25 test27 -o -

This is a measurement, not a test: it prints figures and asserts nothing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._lopo import Component, main  # noqa: E402  (the one harness of these measurements)

EVENTS = ("dateline-place", "implicit-dateline")
SPEAKERS = ("minus-dash",)
ALL = (*EVENTS, *SPEAKERS)


def _choose(choice: tuple[str, ...]) -> None:
    import kg.extract.rules.events as events
    import kg.extract.speakers as speakers

    events.READINGS25 = frozenset(r for r in choice if r in EVENTS)
    speakers.CLOSERS25 = tuple(r for r in choice if r in SPEAKERS)


def _shipped() -> tuple[str, ...]:
    import kg.extract.rules.events as events
    import kg.extract.speakers as speakers

    return tuple(r for r in ALL if r in events.READINGS25 or r in speakers.CLOSERS25)


COMPONENT = Component(
    title="the twenty-fifth session's precision readings (events.READINGS25, speakers.CLOSERS25)",
    fact="all facts",
    label="all facts (fitted)",
    choices=((), *((r,) for r in ALL), ALL),
    choose=_choose,
    shipped=_shipped,
    command="python benchmarks/precision25_lopo.py",
    output="precision25_lopo.txt",
    before="main (none of them)",
    per_part=True,
)

if __name__ == "__main__":
    main(COMPONENT, description=__doc__.split("\n\n")[0])
