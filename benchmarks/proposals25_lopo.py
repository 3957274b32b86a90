"""Leave one tuning part out: do the twenty-fifth session's readings of proposals (kg/extract/rules/proposals.py
``READINGS25``) carry to a part they were not fitted on?

The readings, each a choice of its own: ``post-subject`` (a post's noun alone opening the sentence as the verb's
subject, "Депутат также предложил …", "The deputy proposed …", is the person named before, the Head of State for his
posts), ``body-name`` (a reform inside a body's name, "Конституциялық реформа комиссиясының отырысында", "Комиссии по
конституционной реформе", is no target), ``quoted-wording`` (a name inside a wording quoted in the sentence,
"«Президент таратады» деген тұжырымдамасын … өзгертуді ұсынады", is never the subject), ``ordinal-list`` (an ordinal
alone listed before an article named with its kind, "46-шы және 62-баптың", "30-я и 33-я статьи", is a second article);
then all four. Every earlier reading stays on in every choice. Every tuning part (``benchmarks/_parts.py``; a held-out
part is never read) is scored with each choice; then for each part the choice is fitted on the OTHER parts alone (the
best proposals & initiatives F1 summed over them; a tie goes to all-facts precision, then to the earlier choice) and
scored on the part left out.

    $ python benchmarks/proposals25_lopo.py          # writes benchmarks/results/proposals25_lopo.txt (about 20 minutes)
    $ python benchmarks/proposals25_lopo.py --parts test27 test26 -o -

This is a measurement, not a test: it prints figures and asserts nothing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._lopo import Component, main  # noqa: E402  (the one harness of these measurements)
from kg.extract.rules.proposals import READINGS, READINGS25  # noqa: E402  (named where they live)

#: The session's readings.
NEW = READINGS25
#: The readings main shipped before the session, on in every choice.
BASE = tuple(r for r in READINGS if r not in READINGS25)


def _choose(choice: tuple[str, ...]) -> None:
    import kg.extract.rules.proposals as proposals

    proposals.READINGS = (*BASE, *(r for r in choice if r in READINGS25))


def _shipped() -> tuple[str, ...]:
    import kg.extract.rules.proposals as proposals

    return tuple(r for r in NEW if r in proposals.READINGS)


COMPONENT = Component(
    title="the twenty-fifth session's readings of proposals (READINGS25 of proposals)",
    fact="proposals & initiatives",
    label="proposals+init.",
    choices=((), *((r,) for r in NEW), NEW),
    choose=_choose,
    shipped=_shipped,
    command="python benchmarks/proposals25_lopo.py",
    output="proposals25_lopo.txt",
    before="none of the session's readings (main before it)",
    per_part=True,
)

if __name__ == "__main__":
    main(COMPONENT, description=__doc__.split("\n\n")[0])
