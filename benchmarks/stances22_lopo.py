"""Leave one tuning part out: do the twenty-second session's stance readings (kg/extract/rules/stances.py,
``_READINGS22``) carry to a part they were not fitted on?

The readings (``kg.extract.rules.stances._READINGS22``; every earlier reading as main ships it stays on in every
choice), from the census of the twenty-three tuning parts (``--errors`` of each part, classed by wording): a cue,
``concern`` ("have expressed concern that proposed amendments … would severely weaken", "… деп алаңдайды":
opposition); a target, ``proposed`` ("proposed amendments to Kazakhstan's Constitution" with no article refers back to
the text under discussion); and two guards, ``significance`` (a Kazakh "тарихи маңызын атап өтті" is a meeting's
topic, no evaluation) and ``earlier-vote`` (support given in the 2022 referendum is another reform's). Every tuning
part (``benchmarks/_parts.py``; a held-out part is never read) is scored with none, each alone, the cue with its
target, and all four; then for each part the choice is fitted on the OTHER parts alone (the best stance F1 summed over
them; a tie goes to all-facts precision, then to the earlier choice) and scored on the part left out.

    $ python benchmarks/stances22_lopo.py    # writes benchmarks/results/stances22_lopo.txt
    $ python benchmarks/stances22_lopo.py --parts dev test23 -o -

This is a measurement, not a test: it prints figures and asserts nothing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._lopo import Component, main  # noqa: E402  (the one harness of these measurements)
from kg.extract.rules.stances import _READINGS22, READINGS  # noqa: E402  (named where they live)

#: The readings main shipped before the session, on in every choice.
BASE = tuple(sorted(READINGS - set(_READINGS22)))


def _choose(choice: tuple[str, ...]) -> None:
    import kg.extract.rules.stances as stances

    stances.READINGS = frozenset(BASE + choice)


def _shipped() -> tuple[str, ...]:
    import kg.extract.rules.stances as stances

    return tuple(r for r in _READINGS22 if r in stances.READINGS)


COMPONENT = Component(
    title="the twenty-second session's stance readings (stances._READINGS22: concern, proposed, significance, "
    "earlier-vote)",
    fact="stances",
    label="stances",
    choices=((), *((r,) for r in _READINGS22), ("concern", "proposed"), _READINGS22),
    choose=_choose,
    shipped=_shipped,
    command="python benchmarks/stances22_lopo.py",
    output="stances22_lopo.txt",
    before="none of the session's readings (main before it)",
    per_part=True,
)


if __name__ == "__main__":
    main(COMPONENT, description=__doc__.split("\n\n")[0])
