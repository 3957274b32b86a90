"""Leave one tuning part out: does a person → post component carry to a part it was not fitted on?

Two components, each off or on (``--component``):

* ``readings16`` (the default): the readings the sixteenth session's census called for
  (``kg.extract.rules.memberships.READINGS16``: a Kazakh post taken "болып" before its holder, the Mazhilis and the
  Senate named by description, a deputy whose chamber the chain names, a body's members listed after a verb of
  joining; ``kg.extract.patterns.READINGS16``: a party's or a coalition's representative as its member, a chief biy;
  ``kg.extract.bodies.SAME_HOLDER``: a bare body as the placed one its holder holds the same post in); results in
  ``benchmarks/results/post_lopo16.txt``;
* ``chamber-deputy``: an English chamber's deputy whatever follows it ("X, a Majilis deputy and Head of …",
  ``kg.extract.patterns.CHAMBER_DEPUTY``); results in ``benchmarks/results/post_lopo_chamber.txt``.

A third, reading past a degree, a title or a profession between a post and its name, gained nothing and stays on
branch ``experiment/post-descriptors`` (its results: ``benchmarks/results/post_lopo.txt``).

Every tuning part (``benchmarks/_parts.py``; ``dev``, ``test2`` … ``test13`` when the results file was written; a
held-out part is never read) is scored with each choice; then for each part the choice is fitted on the OTHER
parts alone (the best person → post F1 summed over them; a tie goes to all-facts precision, then to off)
and scored on the part left out. The table gives, per part, person → post and all-facts P/R/F1 before
(none) and after (the choice fitted without it), and the sums over all parts.

    $ python benchmarks/post_lopo.py          # writes benchmarks/results/post_lopo16.txt (about 4 minutes)
    $ python benchmarks/post_lopo.py --component chamber-deputy
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


def _choose16(choice: tuple[str, ...]) -> None:
    import kg.extract.bodies as bodies
    import kg.extract.patterns as P
    import kg.extract.rules.memberships as memberships

    memberships.READINGS16 = P.READINGS16 = bodies.SAME_HOLDER = bool(choice)
    P._posts.cache_clear()


def _shipped16() -> tuple[str, ...]:
    import kg.extract.rules.memberships as memberships

    return ("on",) if memberships.READINGS16 else ()


READINGS16 = Component(
    title="the sixteenth session's readings of posts (memberships.READINGS16 and the switches it goes with)",
    fact="person → post",
    label="person → post",
    choices=((), ("on",)),
    choose=_choose16,
    shipped=_shipped16,
    command="python benchmarks/post_lopo.py",
    output="post_lopo16.txt",
    per_part=True,
)

COMPONENT = Component(
    title="an English chamber's deputy whatever follows it (patterns.CHAMBER_DEPUTY)",
    fact="person → post",
    label="person → post",
    choices=((), ("on",)),
    choose=_choose,
    shipped=_shipped,
    command="python benchmarks/post_lopo.py --component chamber-deputy",
    output="post_lopo_chamber.txt",
    per_part=True,
)

COMPONENTS = {"readings16": READINGS16, "chamber-deputy": COMPONENT}

if __name__ == "__main__":
    argv = sys.argv[1:]
    name = "readings16"
    if "--component" in argv:
        at = argv.index("--component")
        name = argv[at + 1]
        del argv[at : at + 2]
    main(COMPONENTS[name], argv, description=__doc__.split("\n\n")[0])
