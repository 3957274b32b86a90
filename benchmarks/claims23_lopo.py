"""Leave one tuning part out: do the twenty-third session's claim readings (kg/extract/rules/claims.py
``READINGS23``) carry to a part they were not fitted on?

The readings, from the census of the claims missed and extra on the twenty-four tuning parts (test24, held out until
this session, among them): ``elided`` (a figure in digits whose counted noun is left out goes on counting the figure
before it: "… 205 избирательных участков. Из них 193 …", "и еще 12 — в …", "today there are already 300,000"),
``dated`` (a sentence that dates what it tells, "On March 15, a referendum … was held, with 87.15% …", is the outlet's
record, not the reported speech before it going on), ``of-name`` (the outlet whose report the article carries, named
with "of" in its lead: "The Times of Central Asia reports") and ``first-person`` (a paragraph told in the first person
with no quotation, after a body's report, is an account whose speaker the text does not name: not the body's). Every
tuning part (``benchmarks/_parts.py``; a held-out part is never read) is scored with each choice; then for each part
the choice is fitted on the OTHER parts alone (the best claims F1 summed over them; a tie goes to all-facts
precision, then to the earlier choice) and scored on the part left out.

    $ python benchmarks/claims23_lopo.py          # writes benchmarks/results/claims23_lopo.txt (about 20 minutes)
    $ python benchmarks/claims23_lopo.py --parts dev test24 -o -

This is a measurement, not a test: it prints figures and asserts nothing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._lopo import Component, main  # noqa: E402  (the one harness of these measurements)

ALL = ("elided", "dated", "of-name", "first-person")


def _choose(choice: tuple[str, ...]) -> None:
    import kg.extract.rules.claims as claims

    claims.READINGS23 = frozenset(choice)


def _shipped() -> tuple[str, ...]:
    import kg.extract.rules.claims as claims

    return tuple(r for r in ALL if r in claims.READINGS23)


COMPONENT = Component(
    title="the twenty-third session's claim readings (claims.READINGS23)",
    fact="claims",
    label="claims",
    choices=((), *((r,) for r in ALL), ALL),
    choose=_choose,
    shipped=_shipped,
    command="python benchmarks/claims23_lopo.py",
    output="claims23_lopo.txt",
    before="main (none of them)",
    per_part=True,
)

if __name__ == "__main__":
    main(COMPONENT, description=__doc__.split("\n\n")[0])
