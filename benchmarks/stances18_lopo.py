"""Leave one tuning part out: do the eighteenth pass's stance readings (kg/extract/rules/stances.py, and two mentions
in kg/extract/patterns.py) carry to a part they were not fitted on?

The readings (``kg.extract.rules.stances._READINGS18``, beside the fifteenth to seventeenth passes' readings as main
ships them, which stay on in every choice): ``updated`` ("жаңартылған Конституция", "обновлённая Конституция", "the
updated Constitution" are mentions of the new text: ``kg.extract.patterns.DOCUMENT_UPDATED``), ``unicameral`` ("a
unicameral parliamentary model", "a unicameral structure" name the Kurultai: ``kg.extract.patterns.UNICAMERAL``, which
the initiatives read too), ``time-demand`` ("Конституцияға өзгерістер енгізу – уақыт талабы", "веление времени", "a
demand of the times": praise; amending the Constitution named as an act is the reform), ``new-level`` ("жаңа деңгейге
көтереді", "жаңа кезеңін анықтайтын", "выведет на новый уровень", "will raise … to a new level", "opens a new
stage": praise), ``commitment`` ("демонстрирует стремление к …", "demonstrates a commitment to …": praise),
``strengthens`` ("усиливает защиту прав", "strengthens the social orientation": praise), ``who`` (an English relative
"who" before the opinion verb: the person named before it judges), ``byline`` (a column signed at its head) and
``opening`` ("In their speeches, they …": the persons just named). Every tuning part (``benchmarks/_parts.py``; a
held-out part is never read) is scored with none, each alone and all of them; then for each part the choice is fitted
on the OTHER parts alone (the best stance F1 summed over them; a tie goes to all-facts precision, then to the earlier
choice) and scored on the part left out.

    $ python benchmarks/stances18_lopo.py          # writes benchmarks/results/stances18_lopo.txt (about 8 minutes)
    $ python benchmarks/stances18_lopo.py --parts dev test20 -o -

This is a measurement, not a test: it prints figures and asserts nothing.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._lopo import Component, main  # noqa: E402  (the one harness of these measurements)
from kg.extract import patterns as P  # noqa: E402
from kg.extract.rules.stances import _READINGS18, READINGS  # noqa: E402  (named where they live)

#: The readings main shipped before the pass, on in every choice.
BASE = tuple(sorted(READINGS - set(_READINGS18)))
NEW = ("updated", "unicameral", *_READINGS18)
#: The mention of the updated Constitution as the product ships it; "off" swaps in a pattern that never matches.
_UPDATED = dict(P.DOCUMENT_UPDATED)
_NEVER = dict.fromkeys(_UPDATED, P.NEVER)
#: The unicameral parliament as the product ships it, and as main had it before the pass (English without "a
#: unicameral parliamentary model" and "a unicameral structure").
_UNICAMERAL = dict(P.UNICAMERAL)
_UNICAMERAL_BEFORE = {
    **_UNICAMERAL,
    "en": re.compile(r"\bunicameral\s+(?:parliament|model|legislature|system)\b", re.IGNORECASE),
}


def _choose(choice: tuple[str, ...]) -> None:
    import kg.extract.rules.stances as stances

    stances.READINGS = frozenset(BASE + tuple(r for r in choice if r != "updated"))
    P.DOCUMENT_UPDATED = dict(_UPDATED if "updated" in choice else _NEVER)
    P.UNICAMERAL = dict(_UNICAMERAL if "unicameral" in choice else _UNICAMERAL_BEFORE)


def _shipped() -> tuple[str, ...]:
    import kg.extract.rules.stances as stances

    on = set(stances.READINGS) | ({"updated"} if P.DOCUMENT_UPDATED["en"] is not P.NEVER else set())
    on |= {"unicameral"} if P.UNICAMERAL["en"] is _UNICAMERAL["en"] else set()
    return tuple(r for r in NEW if r in on)


COMPONENT = Component(
    title="the eighteenth pass's stance readings (stances._READINGS18, patterns.DOCUMENT_UPDATED and UNICAMERAL)",
    fact="stances",
    label="stances",
    choices=((), *((r,) for r in NEW), NEW),
    choose=_choose,
    shipped=_shipped,
    command="python benchmarks/stances18_lopo.py",
    output="stances18_lopo.txt",
    before="none of the eighteenth pass's readings (main before the pass)",
    per_part=True,
)

if __name__ == "__main__":
    main(COMPONENT, description=__doc__.split("\n\n")[0])
