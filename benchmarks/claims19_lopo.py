"""Leave one tuning part out: do the nineteenth session's claims readings carry to a part they were not fitted on?

``units19`` (``kg.extract.patterns.UNITS_19``) counts people by their work or standing in law ("около 80 медицинских
работников", "более 23 тыс. педагогов", "500 директоров школ", "two individuals and one legal entity") and an English
size before its noun ("a 130-member commission"); ``units18`` adds the eighteenth session's workplaces and schools
(``UNITS_18``, off since that session), measured again on the twenty-one parts; ``heading`` (``kg.extract.rules.claims``
``PASSES19``) ends the reported speech at a section heading; ``definite`` (``PASSES19``) reads "the two countries" as
no count. Every tuning part (``benchmarks/_parts.py``; a held-out
part is never read) is scored with each choice; for each part the choice is fitted on the OTHER parts alone (the best
claims F1 summed over them; a tie goes to all-facts precision, then to the earlier choice, off) and scored on the part
left out.

    $ python benchmarks/claims19_lopo.py          # writes benchmarks/results/claims19_lopo.txt (about 12 minutes)
    $ python benchmarks/claims19_lopo.py --parts dev test21 -o -

This is a measurement, not a test: it prints figures and asserts nothing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._lopo import Component, main  # noqa: E402  (the one harness of these measurements)


def _choose(choice: tuple[str, ...]) -> None:
    import kg.extract.patterns as P
    import kg.extract.rules.claims as C

    more = [table for name, table in (("units18", P.UNITS_18), ("units19", P.UNITS_19)) if name in choice]
    P.UNIT_WORDS = {lang: "|".join([words, *(t[lang] for t in more)]) for lang, words in P.UNIT_WORDS_BEFORE19.items()}
    C.PASSES19 = tuple(name for name in ("definite", "heading") if name in choice)


def _shipped() -> tuple[str, ...]:
    import kg.extract.patterns as P
    import kg.extract.rules.claims as C

    units = tuple(
        name for name, t in (("units18", P.UNITS_18), ("units19", P.UNITS_19)) if t["en"] in P.UNIT_WORDS["en"]
    )
    return units + tuple(C.PASSES19)


COMPONENT = Component(
    title="the nineteenth session's claims readings (kg/extract/patterns.py UNITS_19, kg/extract/rules/claims.py PASSES19)",
    fact="claims",
    label="claims",
    choices=(
        (),
        ("units19",),
        ("definite",),
        ("heading",),
        ("units19", "definite"),
        ("units18", "units19", "definite"),
        ("units19", "definite", "heading"),
    ),
    choose=_choose,
    shipped=_shipped,
    command="python benchmarks/claims19_lopo.py",
    output="claims19_lopo.txt",
    per_part=True,
)

if __name__ == "__main__":
    main(COMPONENT, description=__doc__.split("\n\n")[0])
