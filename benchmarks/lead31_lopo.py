"""Leave one tuning part out: do the lead's readings of the thirty-first session carry to a part they were not fitted
on?

The readings, from the thirty-two tuning parts (``test32`` new, its errors read first, then each kind found in it
counted across every part and kept only where the sheets that have the wording agree): ``talk-more``
(``kg.extract.rules.speeches.READINGS31``: addressing, greeting or summing up a meeting as _TALK does not read it,
"Приветствуя участников экспертной встречи, X отметил", "Обращаясь к акмолинцам, …", "К участникам встречи обратился
…", "Жиынды қорытындылаған X", "кездесуге қатысушыларға ілтипат білдіріп", "Основные положения проекта презентовала …",
"он подвел итоги …", "представил конкретные предложения") and
``whole-text`` (``kg.extract.rules.proposals.READINGS31``: the new Constitution or the whole reform as the thing
proposed, "Tokayev Proposes a New Constitutional Architecture", "предложив новую Конституцию, …", is no proposal). They are of two fact types, so the choice is fitted on all facts' F1. Every tuning part
(``benchmarks/_parts.py``; a held-out part is never read) is scored with none, each alone, and both; then for each part
the choice is fitted on the OTHER parts alone (the best all-facts F1 summed over them; a tie goes to all-facts
precision, then to the earlier choice) and scored on the part left out.

    $ python benchmarks/lead31_lopo.py    # writes benchmarks/results/lead31_lopo.txt (about six minutes)
    $ python benchmarks/lead31_lopo.py --parts test25 test30 test32 -o -

This is a measurement, not a test: it prints figures and asserts nothing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._lopo import Component, main, module_switches  # noqa: E402  (the one harness of these measurements)

#: Where each reading lives: the module and its READINGS31.
WHERE = {
    "talk-more": "kg.extract.rules.speeches",
    "whole-text": "kg.extract.rules.proposals",
}
ALL = tuple(WHERE)


_choose, _shipped = module_switches(WHERE, "READINGS31")


COMPONENT = Component(
    title="the lead's readings of the thirty-first session (" + ", ".join(ALL) + ")",
    fact="all facts",
    label="all facts",
    choices=((), *((r,) for r in ALL), ALL),
    choose=_choose,
    shipped=_shipped,
    command="python benchmarks/lead31_lopo.py",
    output="lead31_lopo.txt",
    before="none of the session's readings (main before it)",
    per_part=True,
)


if __name__ == "__main__":
    main(COMPONENT, description=__doc__.split("\n\n")[0])
