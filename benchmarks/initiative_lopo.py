"""Leave one tuning part out: do an initiative's created targets (kg/extract/rules/initiatives.py) carry to a part
they were not fitted on?

The component has one fitted choice, ``kg.extract.rules.initiatives.TARGETS``: off (the extractor before it),
``created`` (the institutions the words after an initiative's cue create are its targets: "с инициативой учредить
пост вице-президента", "инициировал реформы, включая создание однопалатного парламента"); a second reading,
``decree`` ("was established by Decree of the President"), gained nothing left out and is measured on branch
``experiment/initiative-decree`` (its table is ``benchmarks/results/initiative_lopo.txt``). Every tuning part
(``benchmarks/_parts.py``; a held-out part is never read) is scored with each choice; then for each part the choice
is fitted on the OTHER parts alone (the best proposals & initiatives F1 summed over them; a tie goes to all-facts
precision, then to the smaller set) and scored on the part left out. The table gives, per part, proposals &
initiatives and all-facts P/R/F1 before (off) and after (the choice fitted without it), and the sums over all parts.

    $ python benchmarks/initiative_lopo.py          # writes benchmarks/results/initiative_lopo.txt (about 3 minutes)
    $ python benchmarks/initiative_lopo.py --parts dev test2 -o -

This is a measurement, not a test: it prints figures and asserts nothing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._lopo import Component, main  # noqa: E402  (the one harness of these measurements)


def _choose(choice: tuple[str, ...]) -> None:
    import kg.extract.rules.initiatives as initiatives

    initiatives.TARGETS = choice


def _shipped() -> tuple[str, ...]:
    import kg.extract.rules.initiatives as initiatives

    return tuple(initiatives.TARGETS)


COMPONENT = Component(
    title="an initiative's created targets (kg/extract/rules/initiatives.py TARGETS)",
    fact="proposals & initiatives",
    label="proposals+init.",
    choices=((), ("created",)),
    choose=_choose,
    shipped=_shipped,
    command="python benchmarks/initiative_lopo.py",
    output="initiative_lopo.txt",
)

if __name__ == "__main__":
    main(COMPONENT, description=__doc__.split("\n\n")[0])
