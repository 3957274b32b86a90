"""Leave one tuning part out: do the nineteenth session's stance readings (kg/extract/rules/stances.py,
``_READINGS19``) carry to a part they were not fitted on?

The readings (``kg.extract.rules.stances._READINGS19``; every earlier reading as main ships it stays on in every
choice), from the census of the twenty-one tuning parts (``benchmarks/results/stances19_census.txt``): three
evaluations no lexicon read, ``continuation`` ("the new Constitution is a legitimate continuation of …"),
``important`` ("изменения … очень важны", "аса маңызды құжат") and ``aimed-more`` ("is aimed at increasing the
effectiveness"); a holder, ``workforce`` ("Коллектив завода выразил поддержку": the one company the article named at
its workplace, "на заводе Allur"); and ``reform-mention``, outside the module (``kg.extract.patterns.DOCUMENT``, a
shared module): "the new constitutional reform" is a mention of the reform, no longer of the new text. Every tuning
part (``benchmarks/_parts.py``; a held-out part is never read) is scored with none, each alone and all five; then for
each part the choice is fitted on the OTHER parts alone (the best stance F1 summed over them; a tie goes to all-facts
precision, then to the earlier choice) and scored on the part left out.

    $ python benchmarks/stances19_lopo.py          # writes benchmarks/results/stances19_lopo.txt (about 6 minutes)
    $ python benchmarks/stances19_lopo.py --parts dev test21 -o -

This is a measurement, not a test: it prints figures and asserts nothing.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._lopo import Component, main  # noqa: E402  (the one harness of these measurements)
from kg.extract import patterns as P  # noqa: E402
from kg.extract.rules.stances import _READINGS19, READINGS  # noqa: E402  (named where they live)

#: The readings main shipped before the session, on in every choice.
BASE = tuple(sorted(READINGS - set(_READINGS19)))
NEW = (*_READINGS19, "reform-mention")
#: The English draft pattern as the product ships it, and as main had it before (without the guard against "the new
#: constitutional reform").
_GUARD = r"(?!al\s+reforms?\b)"
_DOCUMENT_EN = P.DOCUMENT["en"]
_DOCUMENT_EN_BEFORE = re.compile(_DOCUMENT_EN.pattern.replace(_GUARD, ""), _DOCUMENT_EN.flags)
assert _GUARD in _DOCUMENT_EN.pattern, 'patterns.DOCUMENT["en"] no longer holds the guard this measurement removes'


def _choose(choice: tuple[str, ...]) -> None:
    import kg.extract.rules.stances as stances

    stances.READINGS = frozenset(BASE + tuple(r for r in choice if r != "reform-mention"))
    P.DOCUMENT["en"] = _DOCUMENT_EN if "reform-mention" in choice else _DOCUMENT_EN_BEFORE


def _shipped() -> tuple[str, ...]:
    import kg.extract.rules.stances as stances

    on = set(stances.READINGS) | ({"reform-mention"} if _GUARD in P.DOCUMENT["en"].pattern else set())
    return tuple(r for r in NEW if r in on)


COMPONENT = Component(
    title="the nineteenth session's stance readings (stances._READINGS19: evaluations no lexicon read, a workforce)",
    fact="stances",
    label="stances",
    choices=((), *((r,) for r in NEW), NEW),
    choose=_choose,
    shipped=_shipped,
    command="python benchmarks/stances19_lopo.py",
    output="stances19_lopo.txt",
    before="none of the session's readings (main before it)",
    per_part=True,
)

if __name__ == "__main__":
    main(COMPONENT, description=__doc__.split("\n\n")[0])
