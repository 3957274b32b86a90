"""Leave one tuning part out: do the twenty-third session's stance readings (kg/extract/rules/stances.py,
``_READINGS23``) carry to a part they were not fitted on?

The readings (``kg.extract.rules.stances._READINGS23``; every earlier reading as main ships it stays on in every
choice), from the census of the twenty-four tuning parts (``--errors`` of each part, classed by wording): a cue,
``converb`` (a support verb as an adverbial participle with its object: "ұсынылған өзгерістерді қолдай отырып",
"поддерживая", "supporting the draft Constitution"); a holder, ``passive-participle`` (a Kazakh passive participle
"ұсынылған" has no agent of its own: the name before it stays the verb's subject); a guard, ``content-object``
("support for national culture" is what a text provides, no stance); and two targets, ``object-back`` (a reference
back that is the cue's own object, "raised concerns over proposed constitutional amendments", "ұсынылған
өзгерістерді қолдай отырып", wins over a reform or an institution named after it) and ``proposed-text`` ("called the
proposed Constitution a historic document" refers to the text under discussion; its guard: a participle in a reduced
relative, "a presidential republic supported by a stronger Parliament", supports the noun before it). Every tuning part
(``benchmarks/_parts.py``; a held-out part is never read) is scored with none, each alone, the first four, and all
five; then for each part the choice is fitted on the OTHER parts alone (the best stance F1 summed over them; a tie
goes to all-facts precision, then to the earlier choice) and scored on the part left out.

    $ python benchmarks/stances23_lopo.py    # writes benchmarks/results/stances23_lopo.txt
    $ python benchmarks/stances23_lopo.py --parts test13 test24 -o -

This is a measurement, not a test: it prints figures and asserts nothing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._lopo import Component, main  # noqa: E402  (the one harness of these measurements)
from kg.extract.rules.stances import _READINGS23, READINGS  # noqa: E402  (named where they live)

#: The readings main shipped before the session, on in every choice.
BASE = tuple(sorted(READINGS - set(_READINGS23)))


def _choose(choice: tuple[str, ...]) -> None:
    import kg.extract.rules.stances as stances

    stances.READINGS = frozenset(BASE + choice)


def _shipped() -> tuple[str, ...]:
    import kg.extract.rules.stances as stances

    return tuple(r for r in _READINGS23 if r in stances.READINGS)


COMPONENT = Component(
    title="the twenty-third session's stance readings (stances._READINGS23: converb, passive-participle, "
    "content-object, object-back, proposed-text)",
    fact="stances",
    label="stances",
    choices=((), *((r,) for r in _READINGS23), _READINGS23[:4], _READINGS23),
    choose=_choose,
    shipped=_shipped,
    command="python benchmarks/stances23_lopo.py",
    output="stances23_lopo.txt",
    before="none of the session's readings (main before it)",
    per_part=True,
)


if __name__ == "__main__":
    main(COMPONENT, description=__doc__.split("\n\n")[0])
