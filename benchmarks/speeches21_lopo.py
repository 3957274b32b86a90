"""Leave one tuning part out: do the twenty-first session's speech readings (kg/extract/rules/speeches.py,
``speeches.READINGS21``) carry to a part they were not fitted on?

The readings, from the census ``benchmarks/results/speeches21_census.txt``: ``ru-participle`` ("Выступавшие на
заседании академики X, Y, Z": each spoke), ``kk-conducted`` ("Іс-шараны X жүргізіп": who conducts the event speaks),
``kk-pronoun`` ("Диалогта сөз сөйлеген ол": the pronoun after the participle is the person named before),
``ru-proposal-at-meeting`` ("С таким предложением выступила X на девятом заседании Комиссии": voiced at the
sitting, a talk), ``en-addressing`` ("Addressing the first meeting of the Commission, X noted") and ``kk-at-event`` (a Kazakh
"тоқталды" / "атап өтті" at a meeting the sentence names, or "жиналғандарға"). Every tuning part
(``benchmarks/_parts.py``; a held-out part is never read) is scored with each choice; then for each part the choice
is fitted on the OTHER parts alone (the best speeches F1 summed over them; a tie goes to all-facts precision, then to
the earlier choice) and scored on the part left out.

    $ python benchmarks/speeches21_lopo.py          # writes benchmarks/results/speeches21_lopo.txt (about 8 minutes)
    $ python benchmarks/speeches21_lopo.py --parts dev test23 -o -

This is a measurement, not a test: it prints figures and asserts nothing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._lopo import Component, main  # noqa: E402  (the one harness of these measurements)

NEW = ("ru-participle", "kk-conducted", "kk-pronoun", "ru-proposal-at-meeting", "en-addressing")
AT_EVENT = ("kk-at-event",)


def _choose(choice: tuple[str, ...]) -> None:
    import kg.extract.rules.speeches as speeches

    speeches.READINGS21 = frozenset(choice)


def _shipped() -> tuple[str, ...]:
    import kg.extract.rules.speeches as speeches

    return tuple(r for r in NEW + AT_EVENT if r in speeches.READINGS21)


COMPONENT = Component(
    title="the twenty-first session's speech readings (speeches.READINGS21: more wordings of a talk at the event)",
    fact="speeches",
    label="speeches",
    choices=(
        (),
        ("ru-participle",),
        ("kk-conducted",),
        ("kk-pronoun",),
        ("ru-proposal-at-meeting",),
        ("en-addressing",),
        AT_EVENT,
        NEW,
        NEW + AT_EVENT,
    ),
    choose=_choose,
    shipped=_shipped,
    command="python benchmarks/speeches21_lopo.py",
    output="speeches21_lopo.txt",
    before="main (none of them)",
    per_part=True,
)

if __name__ == "__main__":
    main(COMPONENT, description=__doc__.split("\n\n")[0])
