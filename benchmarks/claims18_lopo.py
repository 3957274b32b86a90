"""Leave one tuning part out: does the eighteenth session's figure reading (``kg.extract.patterns.UNITS_18``:
enterprises, companies, plants, schools, colleges and universities counted) carry to a part it was not fitted on?

Every tuning part (``benchmarks/_parts.py``; a held-out part is never read) is scored with the reading off and on;
for each part the choice is fitted on the OTHER parts alone (the best claims F1 summed over them; a tie goes to
all-facts precision, then to the earlier choice, off) and scored on the part left out.

    $ python benchmarks/claims18_lopo.py          # writes benchmarks/results/claims18_lopo.txt (about 5 minutes)
    $ python benchmarks/claims18_lopo.py --parts dev test20 -o -

This is a measurement, not a test: it prints figures and asserts nothing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._lopo import Component, main  # noqa: E402  (the one harness of these measurements)


def _choose(choice: tuple[str, ...]) -> None:
    import kg.extract.patterns as P

    P.UNIT_WORDS = {
        lang: f"{words}|{P.UNITS_18[lang]}" if choice else words for lang, words in P.UNIT_WORDS_BEFORE18.items()
    }


def _shipped() -> tuple[str, ...]:
    import kg.extract.patterns as P

    return ("units18",) if P.UNITS_18["en"] in P.UNIT_WORDS["en"] else ()


COMPONENT = Component(
    title="the eighteenth session's figure reading (kg/extract/patterns.py UNITS_18)",
    fact="claims",
    label="claims",
    choices=((), ("units18",)),
    choose=_choose,
    shipped=_shipped,
    command="python benchmarks/claims18_lopo.py",
    output="claims18_lopo.txt",
    per_part=True,
)

if __name__ == "__main__":
    main(COMPONENT, description=__doc__.split("\n\n")[0])
