"""Leave one tuning part out: do the twenty-fourth session's readings of proposals and initiatives
(kg/extract/rules/proposals.py ``READINGS24``, kg/extract/rules/initiatives.py ``READINGS24``) carry to a part they
were not fitted on?

The readings, each a choice of its own: ``concerns`` (a proposal with no target whose next sentence in the paragraph
opens by saying what it is about, "Это касается … статьи 46 … статьи 62", targets the articles it names, one proposal
per article), ``adopt-new`` (the new Constitution a Russian infinitive of adopting takes, "предложил принять новую
Конституцию", is the draft proposed, not the Constitution in force), ``in-this-connection`` (a proposal whose sentence
opens by tying itself to the one before, "В этой связи предлагаю …", "Осыған байланысты …", targets the article that
sentence names, with its paragraph: "2 пункт статьи 31"), ``first-plural`` (the verb of proposing in the first person
plural in a quotation, "… бекітуді ұсынамыз", is the speaker's), ``raised-object`` (what an initiative raised initiates
stands after its cue in Russian and English: a body in the initiator's post before it, "депутат Мажилиса … X выступил с
инициативой закрепить …", or in a post's genitive after it, "института вице-президента Республики Казахстан", is not
initiated); then all five. Every earlier reading stays on in every choice. Every tuning part
(``benchmarks/_parts.py``; a held-out part is never read) is scored with each choice; then for each part the choice is
fitted on the OTHER parts alone (the best proposals & initiatives F1 summed over them; a tie goes to all-facts
precision, then to the earlier choice) and scored on the part left out.

    $ python benchmarks/proposals24_lopo.py          # writes benchmarks/results/proposals24_lopo.txt (about 20 minutes)
    $ python benchmarks/proposals24_lopo.py --parts test26 test25 -o -

This is a measurement, not a test: it prints figures and asserts nothing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._lopo import Component, main  # noqa: E402  (the one harness of these measurements)
from kg.extract.rules.initiatives import READINGS as INITIATIVE_READINGS  # noqa: E402
from kg.extract.rules.initiatives import READINGS24 as INITIATIVE_READINGS24  # noqa: E402
from kg.extract.rules.proposals import READINGS, READINGS24  # noqa: E402  (named where they live)

#: The session's readings: those of proposals.py, then those of initiatives.py.
NEW = (*READINGS24, *INITIATIVE_READINGS24)
#: The readings main shipped before the session, on in every choice.
BASE = tuple(r for r in READINGS if r not in READINGS24)
BASE_I = tuple(r for r in INITIATIVE_READINGS if r not in INITIATIVE_READINGS24)


def _choose(choice: tuple[str, ...]) -> None:
    import kg.extract.rules.initiatives as initiatives
    import kg.extract.rules.proposals as proposals

    proposals.READINGS = (*BASE, *(r for r in choice if r in READINGS24))
    initiatives.READINGS = (*BASE_I, *(r for r in choice if r in INITIATIVE_READINGS24))


def _shipped() -> tuple[str, ...]:
    import kg.extract.rules.initiatives as initiatives
    import kg.extract.rules.proposals as proposals

    return tuple(r for r in NEW if r in (*proposals.READINGS, *initiatives.READINGS))


COMPONENT = Component(
    title="the twenty-fourth session's readings of proposals and initiatives (READINGS24 of proposals, initiatives)",
    fact="proposals & initiatives",
    label="proposals+init.",
    choices=((), *((r,) for r in NEW), NEW),
    choose=_choose,
    shipped=_shipped,
    command="python benchmarks/proposals24_lopo.py",
    output="proposals24_lopo.txt",
    before="none of the session's readings (main before it)",
    per_part=True,
)

if __name__ == "__main__":
    main(COMPONENT, description=__doc__.split("\n\n")[0])
