"""Leave one tuning part out: do the twenty-third session's second-round claim readings (kg/extract/rules/claims.py
``READINGS23B``) carry to a part they were not fitted on?

The readings, from the census of the claims credited to the reported speech just before on the twenty-four tuning
parts (``benchmarks/claims23b_census.py``), each a wording that tells no one's words after a speech:
``said-before`` (after "Об этом заявил X", which credits the sentences before it, the next paragraph is the
outlet's: "Всего за голосованием будут наблюдать 359 экспертов …"), ``present-state`` ("The Kazakh parliament
currently consists of a 98-member Assembly …" after a person's speech: the outlet's), ``impersonal-plan`` (a plan no
one is said to hold: "Поправки планируется внести в 77 статей", "Изначально предполагалось, что …") and
``dated-ends`` (a new paragraph opened by the outlet's dated record of an event ends the speech before it). Every
tuning part (``benchmarks/_parts.py``; a held-out part is never read) is scored with each choice; then for each part
the choice is fitted on the OTHER parts alone (the best claims F1 summed over them; a tie goes to all-facts
precision, then to the earlier choice) and scored on the part left out.

    $ python benchmarks/claims23b_lopo.py          # writes benchmarks/results/claims23b_lopo.txt (about 20 minutes)
    $ python benchmarks/claims23b_lopo.py --parts test15 test23 -o -

This is a measurement, not a test: it prints figures and asserts nothing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._lopo import Component, main  # noqa: E402  (the one harness of these measurements)

ALL = ("said-before", "present-state", "impersonal-plan", "dated-ends", "list-heading")


def _choose(choice: tuple[str, ...]) -> None:
    import kg.extract.rules.claims as claims

    claims.READINGS23B = frozenset(choice)


def _shipped() -> tuple[str, ...]:
    import kg.extract.rules.claims as claims

    return tuple(r for r in ALL if r in claims.READINGS23B)


COMPONENT = Component(
    title="the twenty-third session's second-round claim readings (claims.READINGS23B)",
    fact="claims",
    label="claims",
    choices=((), *((r,) for r in ALL), ALL),
    choose=_choose,
    shipped=_shipped,
    command="python benchmarks/claims23b_lopo.py",
    output="claims23b_lopo.txt",
    before="main (none of them)",
    per_part=True,
)

if __name__ == "__main__":
    main(COMPONENT, description=__doc__.split("\n\n")[0])
