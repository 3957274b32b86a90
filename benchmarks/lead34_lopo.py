"""Leave one tuning part out: do the lead's readings of the thirty-fourth session carry to a part they were not fitted
on?

The readings, from the thirty-eight tuning parts (``test37`` and ``test38`` new, their errors read first, then each
kind found there counted across every part and kept only where the sheets that have the wording agree):
``global-trends`` (``kg.extract.rules.stances.READINGS34``: a change called in line with global trends is praised,
"the transition to a unicameral Parliament fully aligns with international trends"), ``public-support`` (the same
module: support a public adjective owns, "received broad public support", is the group `citizens`'), ``post-pair``
(``kg.extract.arabic_kk.READINGS34``: two words after a post in Arabic-script Kazakh, the second known to neither
KazNERD nor the lexicon, are the holder's name, "депутаты ермұрат бапи"), ``unnamed-speaker``
(``kg.extract.rules.events.READINGS34``: the address of a head of state the excerpt never names is no one's speech)
and ``document-word`` (``kg.extract.mentions.READINGS34``: a place the tagger finds in a word of the Constitution,
"Конституциядағы", is no place). They touch stances, speeches, events and the names under every fact, so the choice
is fitted on all facts' F1. Every tuning part (``benchmarks/_parts.py``; a held-out part is never read) is scored with
none, each alone, and all five; then for each part the choice is fitted on the OTHER parts alone (the best all-facts
F1 summed over them; a tie goes to all-facts precision, then to the earlier choice) and scored on the part left out.

    $ python benchmarks/lead34_lopo.py    # writes benchmarks/results/lead34_lopo.txt (about six minutes)
    $ python benchmarks/lead34_lopo.py --parts test37 test38 -o -

This is a measurement, not a test: it prints figures and asserts nothing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._lopo import Component, main, module_switches  # noqa: E402  (the one harness of these measurements)

#: Where each reading lives: the module and its READINGS34.
WHERE = {
    "global-trends": "kg.extract.rules.stances",
    "public-support": "kg.extract.rules.stances",
    "post-pair": "kg.extract.arabic_kk",
    "unnamed-speaker": "kg.extract.rules.events",
    "document-word": "kg.extract.mentions",
}
ALL = tuple(WHERE)


_choose, _shipped = module_switches(WHERE, "READINGS34")


COMPONENT = Component(
    title="the lead's readings of the thirty-fourth session (" + ", ".join(ALL) + ")",
    fact="all facts",
    label="all facts",
    choices=((), *((r,) for r in ALL), ALL),
    choose=_choose,
    shipped=_shipped,
    command="python benchmarks/lead34_lopo.py",
    output="lead34_lopo.txt",
    before="none of the session's readings (main before it)",
    per_part=True,
)


if __name__ == "__main__":
    main(COMPONENT, description=__doc__.split("\n\n")[0])
