"""Leave one tuning part out: does the lead's reading of the thirty-sixth session carry to a part it was not fitted
on?

The reading, from the forty-two tuning parts (``test41`` and ``test42`` new, their errors read first, then each kind
found there counted across every part): ``reform-institution`` (``kg.extract.rules.stances.READINGS36``: a stance on
the initiative named by the institution it creates is on that institution, "Партия "Ак жол" поддержала инициативу о
переходе к однопалатному Парламенту" on the Kurultai). The session's other changes are fixes with no switch. The choice
is fitted on all facts' F1. Every tuning part (``benchmarks/_parts.py``; a held-out
part is never read) is scored with and without it; then for each part the choice is fitted on the OTHER parts alone
(the best all-facts F1 summed over them; a tie goes to all-facts precision, then to the earlier choice) and scored on
the part left out.

    $ python benchmarks/lead36_lopo.py    # writes benchmarks/results/lead36_lopo.txt (about four minutes)
    $ python benchmarks/lead36_lopo.py --parts test41 test42 -o -

This is a measurement, not a test: it prints figures and asserts nothing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._lopo import Component, main, module_switches  # noqa: E402  (the one harness of these measurements)

#: Where each reading lives: the module and its READINGS36.
WHERE = {"reform-institution": "kg.extract.rules.stances"}
ALL = tuple(WHERE)


_choose, _shipped = module_switches(WHERE, "READINGS36")


COMPONENT = Component(
    title="the lead's reading of the thirty-sixth session (" + ", ".join(ALL) + ")",
    fact="all facts",
    label="all facts",
    choices=((), ALL),
    choose=_choose,
    shipped=_shipped,
    command="python benchmarks/lead36_lopo.py",
    output="lead36_lopo.txt",
    before="the reading off (the session's fixes as shipped)",
    per_part=True,
)


if __name__ == "__main__":
    main(COMPONENT, description=__doc__.split("\n\n")[0])
