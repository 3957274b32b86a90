"""Leave one tuning part out: does reading what a figure counts from grammar, instead of from the unit lexicon alone,
carry to a part it was not fitted on?

The readings (``kg.extract.patterns.COUNTED20``): ``grammar`` (where the lexicon ``UNIT_WORDS`` reads nothing, the
noun after the figure as the language writes it: English up to two modifiers and a plural noun, "over 51,000 instances
were recorded"; Russian a noun in the plural or the genitive after adjectives, by Natasha's dictionary, "Свыше 70
предприятий"; Kazakh a noun, not a verb or a postposition, "27 мыңнан астам жас"), ``cued`` (the same, only in a
sentence with a cue of reporting: recorded, took part, зарегистрировано, приняли участие, тіркелді, қатысты …) and
``bare`` (a magnitude word with no number, "тысяч неравнодушных граждан", and "ни одной нормы" give no figure). Every
tuning part (``benchmarks/_parts.py``; a held-out part is never read) is scored with each choice; for each part the
choice is fitted on the OTHER parts alone (the best claims F1 summed over them; a tie goes to all-facts precision,
then to the earlier choice, off) and scored on the part left out.

    $ python benchmarks/claims20_lopo.py          # writes benchmarks/results/claims20_lopo.txt (about 15 minutes)
    $ python benchmarks/claims20_lopo.py --parts dev test22 -o -

This is a measurement, not a test: it prints figures and asserts nothing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._lopo import Component, main  # noqa: E402  (the one harness of these measurements)


def _choose(choice: tuple[str, ...]) -> None:
    import kg.extract.patterns as P

    P.COUNTED20 = choice


def _shipped() -> tuple[str, ...]:
    import kg.extract.patterns as P

    return tuple(P.COUNTED20)


COMPONENT = Component(
    title="what a figure counts, read from grammar (kg/extract/patterns.py COUNTED20: grammar, cued, bare)",
    fact="claims",
    label="claims",
    choices=((), ("bare",), ("cued",), ("grammar",), ("bare", "cued"), ("bare", "grammar")),
    choose=_choose,
    shipped=_shipped,
    command="python benchmarks/claims20_lopo.py",
    output="claims20_lopo.txt",
    per_part=True,
)

if __name__ == "__main__":
    main(COMPONENT, description=__doc__.split("\n\n")[0])
