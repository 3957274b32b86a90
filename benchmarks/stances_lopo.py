"""Leave one tuning part out: do the fifteenth pass's stance readings (kg/extract/rules/stances.py) carry to a part
they were not fitted on?

The pass has one fitted choice, which readings are on (``kg.extract.rules.stances.READINGS``): ``aimed`` (a text
aimed at strengthening, "направлены на модернизацию", "бағытталғанын", as praise), ``and-verb`` (a verb coordinated
after a "что" / "that" clause keeps the main subject), ``post`` (a post alone as the subject of a cue, its holder
named before; a capitalised word taken for a name is no subject), ``staff`` (the scholars or staff of a body: the
body), ``praise`` (an important novelty, an important step, values clearly expressed), ``plural`` (a Russian plural
group in "-ане" is nominative), ``time`` (a time after a reference back is no other text), ``cue`` ("выступил с
поддержкой"). Every tuning part
(``benchmarks/_parts.py``; a held-out part is never read) is scored with none, each alone, and all but ``staff``
(the set shipped); then for each part the choice is fitted on the OTHER parts alone (the best stance F1 summed over
them; a tie goes to all-facts precision, then to the earlier choice) and scored on the part left out. With no
reading on, the extractor is main's before the pass, so the last table (every part, off -> the set shipped) is
main -> this pass.

    $ python benchmarks/stances_lopo.py          # writes benchmarks/results/stances_lopo.txt (about 8 minutes)
    $ python benchmarks/stances_lopo.py --parts dev test2 -o -

This is a measurement, not a test: it prints figures and asserts nothing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._lopo import Component, main  # noqa: E402  (the one harness of these measurements)

ALL = ("aimed", "and-verb", "post", "praise", "plural", "time", "cue", "staff")


def _choose(choice: tuple[str, ...]) -> None:
    import kg.extract.rules.stances as stances

    stances.READINGS = frozenset(choice)


def _shipped() -> tuple[str, ...]:
    import kg.extract.rules.stances as stances

    return tuple(r for r in ALL if r in stances.READINGS)


COMPONENT = Component(
    title="the fifteenth pass's stance readings (kg.extract.rules.stances.READINGS)",
    fact="stances",
    label="stances",
    # off, each reading alone, then all but staff (the shipped set, the per-part table's "on"); staff is measured
    # alone (it only changes test11, where it adds a wrong stance)
    choices=((), *((r,) for r in ALL), ALL[:-1]),
    choose=_choose,
    shipped=_shipped,
    command="python benchmarks/stances_lopo.py",
    output="stances_lopo.txt",
    before="no reading (main before the pass)",
    per_part=True,
)

if __name__ == "__main__":
    main(COMPONENT, description=__doc__.split("\n\n")[0])
