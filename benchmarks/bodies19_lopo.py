"""Leave one tuning part out: does the nineteenth session's "later" place source (kg/extract/bodies.py) carry to a
part it was not fitted on?

A post's body the rules drafted by its level alone ("Қала әкімі", "аудан әкімі", "аким района") is named with its
place by :func:`kg.extract.bodies.place_bodies`, which reads the sources of ``bodies.SOURCES``; main ships
"sentence" (the post's sentence) and "recent" (the nearest sentence before it naming one place of the level), on in
every choice here. The choices add ``later`` (the nearest of the next three sentences naming places of the level:
one place, it; more, none) and ``nationwide`` (``bodies.NATIONWIDE``: a coalition drafted by its quoted name and kind
alone, "«… үшін!» коалициясы", "коалиция «За …»", named as the nationwide one), each alone and both. Every tuning part (``benchmarks/_parts.py``; a held-out
part is never read) is scored with each; then for each part the choice is fitted on the OTHER parts alone (the best
person → post F1 summed over them; a tie goes to all-facts precision, then to the earlier choice) and scored on the
part left out.

    $ python benchmarks/bodies19_lopo.py          # writes benchmarks/results/bodies19_lopo.txt (about 4 minutes)
    $ python benchmarks/bodies19_lopo.py --parts dev test10 -o -

This is a measurement, not a test: it prints figures and asserts nothing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._lopo import Component, main  # noqa: E402  (the one harness of these measurements)

#: The sources main shipped before the round, on in every choice.
BASE = ("sentence", "recent")
NEW = ("later", "nationwide")


def _choose(choice: tuple[str, ...]) -> None:
    import kg.extract.bodies as bodies

    bodies.SOURCES = BASE + (("later",) if "later" in choice else ())
    bodies.NATIONWIDE = "nationwide" in choice


def _shipped() -> tuple[str, ...]:
    import kg.extract.bodies as bodies

    on = set(bodies.SOURCES) | ({"nationwide"} if bodies.NATIONWIDE else set())
    return tuple(s for s in NEW if s in on)


COMPONENT = Component(
    title="the nineteenth session's bodies (bodies.SOURCES 'later'; bodies.NATIONWIDE)",
    fact="person → post",
    label="person → post",
    choices=((), ("later",), ("nationwide",), NEW),
    choose=_choose,
    shipped=_shipped,
    command="python benchmarks/bodies19_lopo.py",
    output="bodies19_lopo.txt",
    before="sentence+recent (main before the round)",
    per_part=True,
)

if __name__ == "__main__":
    main(COMPONENT, description=__doc__.split("\n\n")[0])
