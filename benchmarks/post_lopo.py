"""Leave one tuning part out: does a person → post component carry to a part it was not fitted on?

The component: an English chamber's deputy whatever follows it ("X, a Majilis deputy and Head of …",
``kg.extract.patterns.CHAMBER_DEPUTY``); its choice is off or on. A second component, reading past a degree, a
title or a profession between a post and its name, gained nothing and stays on branch
``experiment/post-descriptors`` (its results: ``benchmarks/results/post_lopo.txt``).

Every tuning part (``benchmarks/_parts.py``; ``dev``, ``test2`` … ``test13`` when the results file was written; a
held-out part is never read) is scored with each choice; then for each part the choice is fitted on the OTHER
parts alone (the best person → post F1 summed over them; a tie goes to all-facts precision, then to off)
and scored on the part left out. The table gives, per part, person → post and all-facts P/R/F1 before
(none) and after (the choice fitted without it), and the sums over all parts.

    $ python benchmarks/post_lopo.py          # writes benchmarks/results/post_lopo_chamber.txt (about 3 minutes)
    $ python benchmarks/post_lopo.py --parts dev test2 -o -

This is a measurement, not a test: it prints figures and asserts nothing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._lopo import Component, main  # noqa: E402  (the one harness of these measurements)


def _choose(choice: tuple[str, ...]) -> None:
    import kg.extract.patterns as P

    P.CHAMBER_DEPUTY = bool(choice)
    P._posts.cache_clear()  # the posts of a sentence are cached: read them again


def _shipped() -> tuple[str, ...]:
    import kg.extract.patterns as P

    return ("on",) if P.CHAMBER_DEPUTY else ()


COMPONENT = Component(
    title="an English chamber's deputy whatever follows it (patterns.CHAMBER_DEPUTY)",
    fact="person → post",
    label="person → post",
    choices=((), ("on",)),
    choose=_choose,
    shipped=_shipped,
    command="python benchmarks/post_lopo.py",
    output="post_lopo_chamber.txt",
    per_part=True,
)

if __name__ == "__main__":
    main(COMPONENT, description=__doc__.split("\n\n")[0])
