"""Leave one tuning part out: do the twenty-fourth session's precision readings (kg/extract/rules/claims.py and
kg/extract/rules/events.py ``READINGS24``) carry to a part they were not fitted on?

The readings, from the census of the extra claims, events, speeches and organisations on the twenty-six tuning parts
(test24, test25 and test26 first), each a wording that tells no fact: ``provision-number`` (a clause's number before
the numbered article it belongs to, "пунктов 2, 4, 8 статьи 46", "дополнить 2 пункт статьи 31": no count),
``dotted-clock`` (a time of day with a dot, "Өңір бойынша 16.00-ге дейін дауыс берді:": no count) and
``recalled-modifier`` (the curated National Kurultai session recalled days later in a modifier of what was announced
there, "the initiatives announced by the Head of State at the 5th session", "анонсированным на V Национальном
курултае": no event the report tells). Every tuning part (``benchmarks/_parts.py``; a held-out part is never read) is
scored with each choice; then for each part the choice is fitted on the OTHER parts alone (the best all-facts F1
summed over them, as the readings span three fact types; a tie goes to all-facts precision, then to the earlier
choice) and scored on the part left out.

    $ python benchmarks/precision24_lopo.py          # writes benchmarks/results/precision24_lopo.txt (about 25 minutes)
    $ python benchmarks/precision24_lopo.py --parts test25 test26 -o -

This is a measurement, not a test: it prints figures and asserts nothing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._lopo import Component, main  # noqa: E402  (the one harness of these measurements)

CLAIMS = ("provision-number", "dotted-clock")
EVENTS = ("recalled-modifier",)
ALL = (*CLAIMS, *EVENTS)


def _choose(choice: tuple[str, ...]) -> None:
    import kg.extract.rules.claims as claims
    import kg.extract.rules.events as events

    claims.READINGS24 = frozenset(r for r in choice if r in CLAIMS)
    # the English readings in the same set (benchmarks/english24_lopo.py) keep their shipped state
    events.READINGS24 = frozenset(r for r in choice if r in EVENTS) | (events.READINGS24 - set(EVENTS))


def _shipped() -> tuple[str, ...]:
    import kg.extract.rules.claims as claims
    import kg.extract.rules.events as events

    return tuple(r for r in ALL if r in claims.READINGS24 | events.READINGS24)


COMPONENT = Component(
    title="the twenty-fourth session's precision readings (claims.READINGS24, events.READINGS24)",
    fact="all facts",
    label="all facts (fitted)",
    choices=((), *((r,) for r in ALL), ALL),
    choose=_choose,
    shipped=_shipped,
    command="python benchmarks/precision24_lopo.py",
    output="precision24_lopo.txt",
    before="main (none of them)",
    per_part=True,
)

if __name__ == "__main__":
    main(COMPONENT, description=__doc__.split("\n\n")[0])
