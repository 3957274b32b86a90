"""Leave one tuning part out: do the twenty-sixth session's claim readings (kg/extract/rules/claims.py and
kg/extract/patterns.py ``READINGS26``) carry to a part they were not fitted on?

The readings, from the census of the missed and extra claims and organisations on the twenty-seven tuning parts:
``body-count`` (a figure in a sentence that names a commission, by name or by the bare noun, is about it:
"Комиссияға шамамен 130 адам кірді", "a Constitutional Commission comprising 130 members"; the claim's ``about``
names the body, which the gold sheets count as an organisation) and ``billion`` (a figure before "млрд",
"миллиард", "billion" is read with its scale: "214 billion tenge" is 214,000,000,000, not 214). The fit is on
organisations (``body-count`` fills an organisation, ``billion`` a claim's value; both show in all facts). Every
tuning part (``benchmarks/_parts.py``; a held-out part is never read) is scored with each choice; then for each part
the choice is fitted on the OTHER parts alone (the best organisations F1 summed over them; a tie goes to all-facts
precision, then to the earlier choice) and scored on the part left out.

    $ python benchmarks/claims26_lopo.py          # writes benchmarks/results/claims26_lopo.txt (about 20 minutes)
    $ python benchmarks/claims26_lopo.py --parts test7 test27 -o -

This is a measurement, not a test: it prints figures and asserts nothing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._lopo import Component, main  # noqa: E402  (the one harness of these measurements)

ALL = ("body-count", "billion")


def _choose(choice: tuple[str, ...]) -> None:
    import kg.extract.patterns as patterns
    import kg.extract.rules.claims as claims

    claims.READINGS26 = frozenset(r for r in choice if r == "body-count")
    patterns.READINGS26 = frozenset(r for r in choice if r == "billion")


def _shipped() -> tuple[str, ...]:
    import kg.extract.patterns as patterns
    import kg.extract.rules.claims as claims

    return tuple(r for r in ALL if r in claims.READINGS26 | patterns.READINGS26)


COMPONENT = Component(
    title="the twenty-sixth session's claim readings (claims.READINGS26, patterns.READINGS26)",
    fact="organisations",
    label="organisations",
    choices=((), *((r,) for r in ALL), ALL),
    choose=_choose,
    shipped=_shipped,
    command="python benchmarks/claims26_lopo.py",
    output="claims26_lopo.txt",
    before="main (none of them)",
    per_part=True,
)

if __name__ == "__main__":
    main(COMPONENT, description=__doc__.split("\n\n")[0])
