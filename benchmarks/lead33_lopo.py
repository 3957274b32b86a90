"""Leave one tuning part out: do the lead's readings of the thirty-third session carry to a part they were not fitted
on?

The readings, from the thirty-six tuning parts (``test35`` and ``test36`` new, their errors read first, then each
kind found there counted across every part and kept only where the sheets that have the wording agree):
``recalled-day`` (``kg.extract.rules.events.READINGS33``: the referendum named with its own day in a report written
after it, "In a nationwide referendum on March 15, over 87% of voters approved …", is an event of that day),
``members-body`` (``kg.extract.mentions.READINGS33``: a Russian body the tagger names for its members, "председатель
Союза юристов Казахстана", is the body, not the group of lawyers inside it) and ``venue``
(``kg.extract.rules.memberships.READINGS33``: a body named after a state post's holder with "at" is where the holder
spoke, "President Kassym-Jomart Tokayev at the National Kurultai", not the post's body). They are of three fact types,
so the choice is fitted on all facts' F1. Every tuning part (``benchmarks/_parts.py``; a held-out part is never read)
is scored with none, each alone, and all three; then for each part the choice is fitted on the OTHER parts alone (the
best all-facts F1 summed over them; a tie goes to all-facts precision, then to the earlier choice) and scored on the
part left out.

    $ python benchmarks/lead33_lopo.py    # writes benchmarks/results/lead33_lopo.txt (about ten minutes)
    $ python benchmarks/lead33_lopo.py --parts test35 test36 -o -

This is a measurement, not a test: it prints figures and asserts nothing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._lopo import Component, main, module_switches  # noqa: E402  (the one harness of these measurements)

#: Where each reading lives: the module and its READINGS33.
WHERE = {
    "recalled-day": "kg.extract.rules.events",
    "members-body": "kg.extract.mentions",
    "venue": "kg.extract.rules.memberships",
}
ALL = tuple(WHERE)


_choose, _shipped = module_switches(WHERE, "READINGS33")


COMPONENT = Component(
    title="the lead's readings of the thirty-third session (" + ", ".join(ALL) + ")",
    fact="all facts",
    label="all facts",
    choices=((), *((r,) for r in ALL), ALL),
    choose=_choose,
    shipped=_shipped,
    command="python benchmarks/lead33_lopo.py",
    output="lead33_lopo.txt",
    before="none of the session's readings (main before it)",
    per_part=True,
)


if __name__ == "__main__":
    main(COMPONENT, description=__doc__.split("\n\n")[0])
