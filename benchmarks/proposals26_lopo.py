"""Leave one tuning part out: do the twenty-sixth session's readings of proposals and initiatives (``READINGS26`` of
kg/extract/rules/proposals.py and initiatives.py) carry to a part they were not fitted on?

The readings, each a choice of its own: ``infinitive-list`` (kg/extract/rules/proposals.py: the verb of proposing
with a list of infinitives joined by commas alone, "предложил закрепить …, принять преамбулу …, внести в статью 31 …",
is one proposal per item, each with its own target), ``restated-article`` (kg/extract/rules/proposals.py: a proposal
on a whole text that its author's proposal on one of the text's articles restates, "Депутат Конституцияға
волонтерлікті ынталандыру туралы норма енгізуді ұсынды" then Article 31's, is dropped) and ``broad-reforms``
(kg/extract/rules/initiatives.py: reforms told in the plural with a word of scale, "the large-scale reforms initiated
by …", "launched a comprehensive reform agenda", are the Head of State's course at large, no initiative of the
constitutional reform); then the two that gain on two parts or more, and all three. Every earlier reading stays on in every choice. Every tuning part
(``benchmarks/_parts.py``; a held-out part is never read) is scored with each choice; then for each part the choice
is fitted on the OTHER parts alone (the best proposals & initiatives F1 summed over them; a tie goes to all-facts
precision, then to the earlier choice) and scored on the part left out.

    $ python benchmarks/proposals26_lopo.py          # writes benchmarks/results/proposals26_lopo.txt (about 20 minutes)
    $ python benchmarks/proposals26_lopo.py --parts test27 test26 -o -

This is a measurement, not a test: it prints figures and asserts nothing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._lopo import Component, main  # noqa: E402  (the one harness of these measurements)
from kg.extract.rules import initiatives, proposals  # noqa: E402  (the readings, named where they live)

#: The session's readings, of both modules.
NEW = (*proposals.READINGS26, *initiatives.READINGS26)
#: The readings that gain on two parts or more, the combination shipped (``infinitive-list`` gains on `test27` alone).
ON = ("restated-article", "broad-reforms")
#: The readings main shipped before the session, on in every choice.
BASE = {
    proposals: tuple(r for r in proposals.READINGS if r not in proposals.READINGS26),
    initiatives: tuple(r for r in initiatives.READINGS if r not in initiatives.READINGS26),
}


def _choose(choice: tuple[str, ...]) -> None:
    proposals.READINGS = (*BASE[proposals], *(r for r in choice if r in proposals.READINGS26))
    initiatives.READINGS = (*BASE[initiatives], *(r for r in choice if r in initiatives.READINGS26))


def _shipped() -> tuple[str, ...]:
    return tuple(r for r in NEW if r in proposals.READINGS or r in initiatives.READINGS)


COMPONENT = Component(
    title="the twenty-sixth session's readings of proposals and initiatives (READINGS26 of both)",
    fact="proposals & initiatives",
    label="proposals+init.",
    choices=((), *((r,) for r in NEW), ON, NEW),
    choose=_choose,
    shipped=_shipped,
    command="python benchmarks/proposals26_lopo.py",
    output="proposals26_lopo.txt",
    before="none of the session's readings (main before it)",
    per_part=True,
)

if __name__ == "__main__":
    main(COMPONENT, description=__doc__.split("\n\n")[0])
