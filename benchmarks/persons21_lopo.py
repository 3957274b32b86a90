"""Leave one tuning part out: do the twenty-first session's readings of persons and posts carry to a part they were
not fitted on?

Two switches: ``initials`` (``READINGS21`` in ``kg.extract.pipeline``) reads English initials that spell a body named
earlier in the article as that body ("Human Rights Watch …", then "adviser at HRW"); ``wrap`` (``READINGS21`` in
``kg.extract.reader``) joins, in a hard-wrapped text (five or more line
breaks inside sentences before a lower-case word), every line that ends in a word or a comma to the next, whatever
its first letter: "Minister of Justice, Yerlan⏎Sarsembayev proposed …" is one sentence, and the post finds its
holder.

Every tuning part (``benchmarks/_parts.py``; a held-out part is never read) is scored with each choice; then for each
part the choice is fitted on the OTHER parts alone — the best sum of persons F1 and person → post F1 over them (a tie
goes to all-facts precision, then to the simpler choice) — and scored on the part left out. The table gives, per part,
persons, person → post and all facts before (off) and after (the choice fitted without it), and the sums.

    $ python benchmarks/persons21_lopo.py        # writes benchmarks/results/persons21_lopo.txt
    $ python benchmarks/persons21_lopo.py --parts dev test23 -o -

This is a measurement, not a test: it prints figures and asserts nothing.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks._lopo import Choice  # noqa: E402
from benchmarks.persons17_lopo import _Both, main_both  # noqa: E402  (the persons-and-posts table, written once)


def _choose(choice: Choice) -> None:
    import kg.extract.pipeline as pipeline
    import kg.extract.reader as reader

    reader.READINGS21 = "wrap" in choice  # type: ignore[attr-defined]
    pipeline.READINGS21 = "initials" in choice  # type: ignore[attr-defined]


def _shipped() -> Choice:
    import kg.extract.pipeline as pipeline
    import kg.extract.reader as reader

    return tuple(x for x, on in (("initials", pipeline.READINGS21), ("wrap", reader.READINGS21)) if on)


COMPONENT = _Both(
    title="the twenty-first session's readings of initials and of hard-wrapped texts (READINGS21)",
    fact="person → post",
    label="person → post",
    choices=((), ("initials",), ("wrap",)),
    choose=_choose,
    shipped=_shipped,
    command="python benchmarks/persons21_lopo.py",
    output="persons21_lopo.txt",
)


if __name__ == "__main__":
    main_both(COMPONENT, __doc__.split("\n\n")[0], width=13)
