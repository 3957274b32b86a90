"""Leave one tuning part out: do the twentieth session's readings of proposals (kg/extract/rules/proposals.py
``READINGS20``) carry to a part they were not fitted on?

The readings, each a choice of its own, then together: ``participle`` (", proposing the creation of …": the main
clause's subject proposes), ``announced`` (a proposal announced with no content takes its content and target from the
next sentences), ``text-unit`` (a proposal about a wording, a norm, a chapter targets the draft), ``also`` ("also
suggested …" with no target is on the draft when its proposer's proposal just before is; "I would also like to
suggest …"), ``distinct`` (a proposal told as one more stays apart from its proposer's earlier one on the same text
when their contents differ), ``means`` ("предлагаются через процедуру" is no proposal); all but ``distinct``, and all
six. Every earlier reading stays on in every choice. Every tuning part (``benchmarks/_parts.py``; a held-out part is
never read) is scored with each choice; then for each part the choice is fitted on the OTHER parts alone (the best
proposals & initiatives F1 summed over them; a tie goes to all-facts precision, then to the earlier
choice) and scored on the part left out.

    $ python benchmarks/proposals20_lopo.py          # writes benchmarks/results/proposals20_lopo.txt (about 11 minutes)
    $ python benchmarks/proposals20_lopo.py --parts dev test22 -o -

This is a measurement, not a test: it prints figures and asserts nothing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._lopo import Component, main  # noqa: E402  (the one harness of these measurements)
from kg.extract.rules.proposals import READINGS, READINGS20  # noqa: E402  (named where they live)

#: The readings main shipped before the session, on in every choice.
BASE = tuple(r for r in READINGS if r not in READINGS20)
#: All but ``distinct`` (alone it drafts two wrong facts for two right ones).
SOME = tuple(r for r in READINGS20 if r != "distinct")


def _choose(choice: tuple[str, ...]) -> None:
    import kg.extract.rules.proposals as proposals

    proposals.READINGS = (*BASE, *choice)


def _shipped() -> tuple[str, ...]:
    import kg.extract.rules.proposals as proposals

    return tuple(r for r in READINGS20 if r in proposals.READINGS)


COMPONENT = Component(
    title="the twentieth session's readings of proposals (proposals.READINGS20)",
    fact="proposals & initiatives",
    label="proposals+init.",
    choices=((), *((r,) for r in READINGS20), SOME, READINGS20),
    choose=_choose,
    shipped=_shipped,
    command="python benchmarks/proposals20_lopo.py",
    output="proposals20_lopo.txt",
    before="none of the session's readings (main before it)",
    per_part=True,
)

if __name__ == "__main__":
    main(COMPONENT, description=__doc__.split("\n\n")[0])
