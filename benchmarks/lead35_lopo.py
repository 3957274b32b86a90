"""Leave one tuning part out: does the lead's reading of the thirty-fifth session carry to a part it was not fitted
on?

The reading, from the forty tuning parts (``test39`` and ``test40`` new, their errors read first, then each kind found
there counted across every part and kept only where the sheets that have the wording agree): ``before-draft``
(``kg.extract.rules.proposals.READINGS35``: a proposal reported before any draft Constitution existed, before the
Kurultai of 20 January 2026, is on none: "Tokayev on Monday proposed reversing major political reforms …", 8 September
2025). The session's other change, the year of a day written without one (``kg.extract.patterns.find_date``), is a
fix with no switch. The choice is fitted on all facts' F1. Every tuning part (``benchmarks/_parts.py``; a held-out
part is never read) is scored with and without it; then for each part the choice is fitted on the OTHER parts alone
(the best all-facts F1 summed over them; a tie goes to all-facts precision, then to the earlier choice) and scored on
the part left out.

    $ python benchmarks/lead35_lopo.py    # writes benchmarks/results/lead35_lopo.txt (about four minutes)
    $ python benchmarks/lead35_lopo.py --parts test39 test40 -o -

This is a measurement, not a test: it prints figures and asserts nothing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._lopo import Component, main, module_switches  # noqa: E402  (the one harness of these measurements)

#: Where each reading lives: the module and its READINGS35.
WHERE = {"before-draft": "kg.extract.rules.proposals"}
ALL = tuple(WHERE)


_choose, _shipped = module_switches(WHERE, "READINGS35")


COMPONENT = Component(
    title="the lead's reading of the thirty-fifth session (" + ", ".join(ALL) + ")",
    fact="all facts",
    label="all facts",
    choices=((), ALL),
    choose=_choose,
    shipped=_shipped,
    command="python benchmarks/lead35_lopo.py",
    output="lead35_lopo.txt",
    before="the reading off (the year of a day written without one read as shipped)",
    per_part=True,
)


if __name__ == "__main__":
    main(COMPONENT, description=__doc__.split("\n\n")[0])
