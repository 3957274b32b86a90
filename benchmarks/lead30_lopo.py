"""Leave one tuning part out: do the lead's readings of the thirtieth session carry to a part they were not fitted
on?

The readings, from the thirty-one tuning parts (``test31`` new, its errors read first): ``edition``
(``kg.extract.mentions.READINGS30``: the Constitution's new edition, "Конституциясының жаңа редакциясы", "новая
редакция Конституции", is the draft, the state's name inside it), ``hard-wrap`` (``kg.extract.reader.READINGS30``: a
hard-wrapped line goes on on the next unless it is much shorter than the wrap width), ``infinitive-object``
(``kg.extract.rules.common.READINGS30``: a Russian verb followed by an infinitive has no subject after it,
"предлагаю создать Қазақстанның Халық Кеңесі"; ``said-after``: an English verb of saying after a comma has its
speaker after it, "…, said President X"), ``suggests-fact`` (``kg.extract.rules.proposals.READINGS30``: an
English "suggests that" before a verb of fact proposes nothing), ``kk-participle``
(``kg.extract.rules.initiatives.READINGS30``: the Kazakh participle "ұсынған" names the institution it proposed after
it) and ``institution-need`` (``kg.extract.rules.stances.READINGS30``: a headline closed by a name that calls an
institution of the reform necessary is that person's support). They are of several fact types, so the choice is
fitted on all facts' F1. Every tuning part (``benchmarks/_parts.py``; a held-out part is never read) is scored with
none, each alone, and all; then for each part the choice is fitted on the OTHER parts alone (the best all-facts F1
summed over them; a tie goes to all-facts precision, then to the earlier choice) and scored on the part left out.
The session's mends with no switch (a figure foreseen, "could reach 200"; an outlet named by its lower-case web
address; "мәліметті ұсынды" as a body's announcement) are in every column.

    $ python benchmarks/lead30_lopo.py    # writes benchmarks/results/lead30_lopo.txt (about nine minutes)
    $ python benchmarks/lead30_lopo.py --parts test14 test23 test31 -o -

This is a measurement, not a test: it prints figures and asserts nothing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._lopo import Component, main, module_switches  # noqa: E402  (the one harness of these measurements)

#: Where each reading lives: the module and its READINGS30 (a frozenset or a tuple, as the module keeps it).
WHERE = {
    "edition": "kg.extract.mentions",
    "hard-wrap": "kg.extract.reader",
    "infinitive-object": "kg.extract.rules.common",
    "said-after": "kg.extract.rules.common",
    "suggests-fact": "kg.extract.rules.proposals",
    "kk-participle": "kg.extract.rules.initiatives",
    "institution-need": "kg.extract.rules.stances",
}
ALL = tuple(WHERE)


_choose, _shipped = module_switches(WHERE, "READINGS30")


COMPONENT = Component(
    title="the lead's readings of the thirtieth session (" + ", ".join(ALL) + ")",
    fact="all facts",
    label="all facts",
    choices=((), *((r,) for r in ALL), ALL),
    choose=_choose,
    shipped=_shipped,
    command="python benchmarks/lead30_lopo.py",
    output="lead30_lopo.txt",
    before="none of the session's readings (main before it)",
    per_part=True,
)


if __name__ == "__main__":
    main(COMPONENT, description=__doc__.split("\n\n")[0])
