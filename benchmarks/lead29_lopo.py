"""Leave one tuning part out: do the lead's readings of the twenty-ninth session carry to a part they were not
fitted on?

The readings, from the thirty tuning parts (``test30`` new): ``title-case`` (``kg.extract.mentions.READINGS29``: an
English headline in title case names no unknown person after a post), ``noted-support``
(``kg.extract.rules.stances.READINGS29``: support a speaker notes is the one body the noted phrase names),
``that-clause``, ``when-lead`` and ``headline-object`` (``kg.extract.rules.common.READINGS29``: an English verb
followed by "that" has no subject after it; a name in an English lead of time or place, "During the Kurultai, …",
is no agent coordinated with the subject; a verb in an English title-case headline has no subject after it),
``to-outlet`` (``kg.extract.rules.speeches.READINGS29``: words said to an outlet, "Speaking to AnewZ", "в беседе с
НСН", are an interview, no talk),
``colon-list`` and ``named-kurultai`` (``kg.extract.rules.initiatives.READINGS29``: the Head of State's proposals
listed after a colon or as key aspects; the Kurultai kept when the list names it). Each is a different fact type's,
so the choice is fitted on all facts' F1. Every tuning part (``benchmarks/_parts.py``; a held-out part is never read)
is scored with none, each alone, ``colon-list`` with ``named-kurultai``, and all; then for each part the choice is
fitted on the OTHER parts alone (the best all-facts F1 summed over them; a tie goes to all-facts precision, then to
the earlier choice) and scored on the part left out.

    $ python benchmarks/lead29_lopo.py    # writes benchmarks/results/lead29_lopo.txt (about nine minutes)
    $ python benchmarks/lead29_lopo.py --parts test12 test27 test30 -o -

This is a measurement, not a test: it prints figures and asserts nothing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._lopo import Component, main, module_switches  # noqa: E402  (the one harness of these measurements)

#: Where each reading lives: the module and its READINGS29 (a frozenset or a tuple, as the module keeps it).
WHERE = {
    "title-case": "kg.extract.mentions",
    "noted-support": "kg.extract.rules.stances",
    "that-clause": "kg.extract.rules.common",
    "when-lead": "kg.extract.rules.common",
    "headline-object": "kg.extract.rules.common",
    "to-outlet": "kg.extract.rules.speeches",
    "colon-list": "kg.extract.rules.initiatives",
    "named-kurultai": "kg.extract.rules.initiatives",
}
ALL = tuple(WHERE)


_choose, _shipped = module_switches(WHERE, "READINGS29")


COMPONENT = Component(
    title="the lead's readings of the twenty-ninth session (" + ", ".join(ALL) + ")",
    fact="all facts",
    label="all facts",
    choices=(
        (),
        ("title-case",),
        ("noted-support",),
        ("that-clause",),
        ("when-lead",),
        ("headline-object",),
        ("to-outlet",),
        ("colon-list",),
        ("colon-list", "named-kurultai"),
        ALL,
    ),
    choose=_choose,
    shipped=_shipped,
    command="python benchmarks/lead29_lopo.py",
    output="lead29_lopo.txt",
    before="none of the session's readings (main before it)",
    per_part=True,
)


if __name__ == "__main__":
    main(COMPONENT, description=__doc__.split("\n\n")[0])
