"""Leave one tuning part out: do the twenty-fourth session's stance readings (kg/extract/rules/stances.py,
``READINGS24``) carry to a part they were not fitted on?

The readings (``kg.extract.rules.stances.READINGS24``; every earlier reading as main ships it stays on in every
choice), from the census of the twenty-six tuning parts (``test25`` and ``test26`` new): ``headline-dash`` (a headline
closed by "– Name" is that person's claim: "Жаңа Конституция – … іргетасы – Серік Ақылбай", support of the text it
names), ``with-adjective`` ("выступила с широкой поддержкой проекта": any adjective in the cue of the instrumental),
``kk-content`` (a guard: "волонтерлерді қолдау ұсынысына", the Kazakh noun of support whose own object is a norm's or a
proposal's content, no stance). Every tuning part (``benchmarks/_parts.py``; a held-out part is never read) is scored
with none, each alone and all; then for each part the choice is fitted on the OTHER parts alone (the best stance F1
summed over them; a tie goes to all-facts precision, then to the earlier choice) and scored on the part left out.

    $ python benchmarks/stances24_lopo.py    # writes benchmarks/results/stances24_lopo.txt
    $ python benchmarks/stances24_lopo.py --parts test25 test26 -o -

This is a measurement, not a test: it prints figures and asserts nothing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._lopo import Component, main  # noqa: E402  (the one harness of these measurements)
from kg.extract.rules.stances import READINGS, READINGS24  # noqa: E402  (named where they live)

#: The readings main shipped before the session, on in every choice.
BASE = tuple(sorted(READINGS - set(READINGS24)))


def _choose(choice: tuple[str, ...]) -> None:
    import kg.extract.rules.stances as stances

    stances.READINGS = frozenset(BASE + choice)


def _shipped() -> tuple[str, ...]:
    import kg.extract.rules.stances as stances

    return tuple(r for r in READINGS24 if r in stances.READINGS)


COMPONENT = Component(
    title="the twenty-fourth session's stance readings (stances.READINGS24: " + ", ".join(READINGS24) + ")",
    fact="stances",
    label="stances",
    choices=((), *((r,) for r in READINGS24), *((READINGS24,) if len(READINGS24) > 1 else ())),
    choose=_choose,
    shipped=_shipped,
    command="python benchmarks/stances24_lopo.py",
    output="stances24_lopo.txt",
    before="none of the session's readings (main before it)",
    per_part=True,
)


if __name__ == "__main__":
    main(COMPONENT, description=__doc__.split("\n\n")[0])
