"""Leave one tuning part out: does the twenty-eighth session's speech reading (kg/extract/rules/speeches.py,
``speeches.READINGS28``) carry to a part it was not fitted on?

The reading, from the census of ``--errors`` on test29, test28 and test27 (docs/extract.md): ``kk-explained``, a
Kazakh "түсіндірді" after what was explained ("… артықшылығын түсіндірді", "… қажет екенін түсіндірді"): a talk
where the article reports a meeting. Every tuning part (``benchmarks/_parts.py``; a held-out part is never read) is
scored with each choice; then for each part the choice is fitted on the OTHER parts alone (the best speeches F1
summed over them; a tie goes to all-facts precision, then to the earlier choice) and scored on the part left out.

    $ python benchmarks/speeches28b_lopo.py          # writes benchmarks/results/speeches28b_lopo.txt
    $ python benchmarks/speeches28b_lopo.py --parts test28 test29 -o -

This is a measurement, not a test: it prints figures and asserts nothing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._lopo import Component, main  # noqa: E402  (the one harness of these measurements)

NEW = ("kk-explained",)


def _choose(choice: tuple[str, ...]) -> None:
    import kg.extract.rules.speeches as speeches

    speeches.READINGS28 = frozenset(choice)


def _shipped() -> tuple[str, ...]:
    import kg.extract.rules.speeches as speeches

    return tuple(r for r in NEW if r in speeches.READINGS28)


COMPONENT = Component(
    title="the twenty-eighth session's speech reading (speeches.READINGS28: a Kazakh verb of explaining a topic)",
    fact="speeches",
    label="speeches",
    choices=((), NEW),
    choose=_choose,
    shipped=_shipped,
    command="python benchmarks/speeches28b_lopo.py",
    output="speeches28b_lopo.txt",
    before="main (off)",
    per_part=True,
)

if __name__ == "__main__":
    main(COMPONENT, description=__doc__.split("\n\n")[0])
