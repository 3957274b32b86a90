"""Leave one tuning part out: does giving a bare local body its place (kg/extract/bodies.py) carry to a part
it was not fitted on?

The pass has one fitted choice, where it looks for a body's place (``kg.extract.bodies.SOURCES``): nowhere (the
extractor before the pass), the fact's sentence, the article, or the sentence then the article. Every tuning part
(``benchmarks/_parts.py``; ``dev``, ``test2`` … ``test12`` when the results file was written; a held-out part is
never read) is scored with each
choice; then for each part the choice is fitted on the OTHER parts alone (the best person → post F1 summed over
them; a tie goes to all-facts precision, then to the fewer sources) and scored on the part left out. The table
gives, per part, person → post and all-facts P/R/F1 before (no pass) and after (the choice fitted without it),
and the sums over all parts.

    $ python benchmarks/bodies_lopo.py          # writes benchmarks/results/bodies_lopo.txt (about 4 minutes)
    $ python benchmarks/bodies_lopo.py --parts dev test2 -o -

This is a measurement, not a test: it prints figures and asserts nothing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._lopo import Component, main  # noqa: E402  (the one harness of these measurements)


def _choose(choice: tuple[str, ...]) -> None:
    import kg.extract.bodies as bodies

    bodies.SOURCES = choice


def _shipped() -> tuple[str, ...]:
    import kg.extract.bodies as bodies

    return tuple(bodies.SOURCES)


COMPONENT = Component(
    title="a bare local body's place (kg/extract/bodies.py)",
    fact="person → post",
    label="person → post",
    # fewest sources first (a tie goes to the first)
    choices=(
        (),
        ("sentence",),
        ("recent",),
        ("article",),
        ("sentence", "recent"),
        ("sentence", "article"),
        ("sentence", "recent", "article"),
    ),
    choose=_choose,
    shipped=_shipped,
    command="python benchmarks/bodies_lopo.py",
    output="bodies_lopo.txt",
    before="no pass",
)

if __name__ == "__main__":
    main(COMPONENT, description=__doc__.split("\n\n")[0])
