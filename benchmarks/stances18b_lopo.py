"""Leave one tuning part out: do the eighteenth session's second-round stance holder readings
(kg/extract/rules/stances.py, ``_READINGS18B``) carry to a part they were not fitted on?

The readings (``kg.extract.rules.stances._READINGS18B``, read by ``stances.closing_speaker``; every earlier reading as
main ships it stays on in every choice): ``said-surname`` (a quotation's close naming its speaker by a surname alone,
"…, - деді Шиповских", "— сказал Карин", "said Nurmukhanov", "Rystina said …": the one person the article named in
full before with that surname) and ``said-post`` (by a post alone, "…қолдаймын, − деді Мәдениет министрі", "— сказал
аким области", "said the minister": the one person drafted before with that post), ``headline-name`` (a headline
"Аида Балаева: …" names the speaker of the sentences below it in an article that names no one else) and ``councils``
(the public councils named by their kind in the plural, "Общественные советы поддержали …", a group of
``kg.extract.patterns.GROUPS``). Every tuning part
(``benchmarks/_parts.py``; a held-out part is never read) is scored with none, each alone and both; then for each part
the choice is fitted on the OTHER parts alone (the best stance F1 summed over them; a tie goes to all-facts
precision, then to the earlier choice) and scored on the part left out.

    $ python benchmarks/stances18b_lopo.py          # writes benchmarks/results/stances18b_lopo.txt (about 6 minutes)
    $ python benchmarks/stances18b_lopo.py --parts dev test10 -o -

This is a measurement, not a test: it prints figures and asserts nothing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._lopo import Component, main  # noqa: E402  (the one harness of these measurements)
from kg.extract import patterns as P  # noqa: E402
from kg.extract.rules.stances import _READINGS18B, READINGS  # noqa: E402  (named where they live)

#: The readings main shipped before the round, on in every choice.
BASE = tuple(sorted(READINGS - set(_READINGS18B)))
NEW = (*_READINGS18B, "councils")
#: The groups as the product ships them, and without the public councils (main before the round).
_GROUPS = list(P.GROUPS)
_GROUPS_BEFORE = [g for g in _GROUPS if g[0] != "public-councils"]


def _choose(choice: tuple[str, ...]) -> None:
    import kg.extract.rules.stances as stances

    stances.READINGS = frozenset(BASE + tuple(r for r in choice if r != "councils"))
    P.GROUPS = list(_GROUPS if "councils" in choice else _GROUPS_BEFORE)


def _shipped() -> tuple[str, ...]:
    import kg.extract.rules.stances as stances

    on = set(stances.READINGS) | ({"councils"} if any(g[0] == "public-councils" for g in P.GROUPS) else set())
    return tuple(r for r in NEW if r in on)


COMPONENT = Component(
    title="the eighteenth session's second-round stance holders (stances._READINGS18B: a speaker after the close)",
    fact="stances",
    label="stances",
    choices=((), *((r,) for r in NEW), NEW),
    choose=_choose,
    shipped=_shipped,
    command="python benchmarks/stances18b_lopo.py",
    output="stances18b_lopo.txt",
    before="none of the round's readings (main before it)",
    per_part=True,
)

if __name__ == "__main__":
    main(COMPONENT, description=__doc__.split("\n\n")[0])
