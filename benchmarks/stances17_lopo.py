"""Leave one tuning part out: do the seventeenth pass's stance readings (kg/extract/rules/stances.py) carry to a part
they were not fitted on?

The readings (``kg.extract.rules.stances._READINGS17``, beside the fifteenth and sixteenth passes' readings, which
stay on in every choice): ``anaphor-break`` ("Депутаттар …" on the line after a one-line paragraph that lists the
deputies' names; a post anaphor stands for the persons listed together, not a chair named after them), ``not-only``
(the new text "тек құқықтық құжат емес", "не только … документ", "not merely a … document": praise; a constitution in
general is no text of the reform), ``guarantee`` ("зор кепілдік", "надёжная гарантия", "a solid guarantee": praise),
``named-for`` (a body named for its support: "коалиция в поддержку проекта", "… қолдау жөніндегі штаб"),
``outlet-of`` (an English name after "of" or before "'s", and a law's passive "are declared to", name no speaker, for
the ``outlet`` reading), ``this-norm`` ("this norm", "these provisions" refer back to the text under discussion) and
``council`` (the People's Council the draft creates is an institution of the reform, as the Kurultai is; what its
proposer says of it is no stance). Every tuning part (``benchmarks/_parts.py``; a held-out part is never read) is
scored with none, each alone, all but ``named-for`` (whose one stance in sample is drafted under a name the part's
gold does not resolve) and all of them; then for each part the choice is fitted on the OTHER parts alone (the best stance F1 summed over them; a tie
goes to all-facts precision, then to the earlier choice) and scored on the part left out.

    $ python benchmarks/stances17_lopo.py          # writes benchmarks/results/stances17_lopo.txt (about 25 minutes)
    $ python benchmarks/stances17_lopo.py --parts dev test19 -o -

This is a measurement, not a test: it prints figures and asserts nothing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._lopo import Component, main  # noqa: E402  (the one harness of these measurements)
from kg.extract.rules.stances import _READINGS15, _READINGS16, _READINGS17  # noqa: E402  (named where they live)

#: The fifteenth and sixteenth passes' readings, on in every choice.
BASE = (*_READINGS15, *_READINGS16)
NEW = _READINGS17


def _choose(choice: tuple[str, ...]) -> None:
    import kg.extract.rules.stances as stances

    stances.READINGS = frozenset(BASE + choice)


def _shipped() -> tuple[str, ...]:
    import kg.extract.rules.stances as stances

    return tuple(r for r in NEW if r in stances.READINGS)


COMPONENT = Component(
    title="the seventeenth pass's stance readings (kg.extract.rules.stances._READINGS17)",
    fact="stances",
    label="stances",
    choices=((), *((r,) for r in NEW), tuple(r for r in NEW if r != "named-for"), NEW),
    choose=_choose,
    shipped=_shipped,
    command="python benchmarks/stances17_lopo.py",
    output="stances17_lopo.txt",
    before="none of the seventeenth pass's readings (main before the pass)",
    per_part=True,
)

if __name__ == "__main__":
    main(COMPONENT, description=__doc__.split("\n\n")[0])
