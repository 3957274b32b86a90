"""Leave one tuning part out: do the lead's readings of the thirty-second session carry to a part they were not fitted
on?

The readings, from the thirty-four tuning parts (``test33`` and ``test34`` new, their errors read first, then each
kind found there counted across every part and kept only where the sheets that have the wording agree):
``medium-case`` (``kg.extract.rules.common.READINGS32``: a Kazakh channel's, newspaper's or site's name before its
kind in an oblique case, "Jibek Joly арнасының … бағдарламасында мәлімдеді", is where the words were said, never the
clause's subject), ``dateline-source`` and ``survey-share`` (``kg.extract.rules.claims.READINGS32``: the dateline's
outlet is no head of a source phrase that names the body that ran a survey, "KAZINFORM - «Қоғамдық пікір» зерттеу
институты жүргізген сауалнама нәтижесіне сәйкес"; a share with no source of its own in an article reporting a survey
is the surveyor's) and ``also-impersonal`` (``kg.extract.rules.proposals.READINGS32``: an impersonal proposal in a
sentence that opens by adding to the one before, "Сонымен қатар, … ұсынылды", is the proposal of that sentence's
proposer). They are of three fact types, so the choice is fitted on all facts' F1. Every tuning part
(``benchmarks/_parts.py``; a held-out part is never read) is scored with none, each alone, and all four; then for each part
the choice is fitted on the OTHER parts alone (the best all-facts F1 summed over them; a tie goes to all-facts
precision, then to the earlier choice) and scored on the part left out.

    $ python benchmarks/lead32_lopo.py    # writes benchmarks/results/lead32_lopo.txt (about ten minutes)
    $ python benchmarks/lead32_lopo.py --parts test33 test34 -o -

This is a measurement, not a test: it prints figures and asserts nothing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._lopo import Component, main, module_switches  # noqa: E402  (the one harness of these measurements)

#: Where each reading lives: the module and its READINGS32.
WHERE = {
    "medium-case": "kg.extract.rules.common",
    "dateline-source": "kg.extract.rules.claims",
    "survey-share": "kg.extract.rules.claims",
    "also-impersonal": "kg.extract.rules.proposals",
}
ALL = tuple(WHERE)


_choose, _shipped = module_switches(WHERE, "READINGS32")


COMPONENT = Component(
    title="the lead's readings of the thirty-second session (" + ", ".join(ALL) + ")",
    fact="all facts",
    label="all facts",
    choices=((), *((r,) for r in ALL), ALL),
    choose=_choose,
    shipped=_shipped,
    command="python benchmarks/lead32_lopo.py",
    output="lead32_lopo.txt",
    before="none of the session's readings (main before it)",
    per_part=True,
)


if __name__ == "__main__":
    main(COMPONENT, description=__doc__.split("\n\n")[0])
