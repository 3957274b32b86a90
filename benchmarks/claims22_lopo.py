"""Leave one tuning part out: do the twenty-second session's claim readings (kg/extract/rules/claims.py
``READINGS22``, kg/extract/patterns.py ``COUNTED22``, kg/extract/speakers.py ``CLOSERS22``) carry to a part they
were not fitted on?

The readings, from the census of the claims missed and extra on the twenty-three tuning parts: ``count`` (Kazakh
nouns a figure counts that the lexicon lacked: "3 тармақтан", "6 тармақ", "он бір қағидат"),
``number-of`` (a Russian figure that is the predicate of "число / количество X": "должно составлять 145", "— три",
"сократится с нынешних 148 до 145"), ``two`` (the pair a relation names, "отношениям двух стран", no count),
``top`` ("The top three regions", a ranking, no count), ``name-modifier`` ("The Tokayev Structure …": a name that
modifies a noun is no subject), ``president`` ("— сказал Президент.": the bare title is the head of state the
article named), ``quota`` ("The 30% quotas …", "the 5% electoral threshold": a share a rule sets, no figure),
``visited`` ("visited all 20 regions", "3 өңірге барып": the places of a trip, no figure) and ``post-name`` (a quotation closed by a post with the holder's name right after it, "— деп түсіндірді … комиссиясының
төрағасы Гүлнар Аманжолова": hers). Every tuning part (``benchmarks/_parts.py``; a held-out part is never read) is scored with each
choice; then for each part the choice is fitted on the OTHER parts alone (the best claims F1 summed over them; a tie
goes to all-facts precision, then to the earlier choice) and scored on the part left out.

    $ python benchmarks/claims22_lopo.py          # writes benchmarks/results/claims22_lopo.txt (about 20 minutes)
    $ python benchmarks/claims22_lopo.py --parts dev test23 -o -

This is a measurement, not a test: it prints figures and asserts nothing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._lopo import Component, main  # noqa: E402  (the one harness of these measurements)

#: Read in kg/extract/patterns.py (what a figure counts) …
FIGURES = ("count", "number-of")
#: … in kg/extract/rules/claims.py (no count, and who says it) …
CLAIMANT = ("two", "top", "name-modifier", "president", "quota", "visited")
#: … and in kg/extract/speakers.py (who closes a quotation).
CLOSERS = ("post-name",)
ALL = FIGURES + CLAIMANT + CLOSERS


def _choose(choice: tuple[str, ...]) -> None:
    import kg.extract.patterns as P
    import kg.extract.rules.claims as claims
    import kg.extract.speakers as speakers

    P.COUNTED22 = tuple(r for r in FIGURES if r in choice)
    claims.READINGS22 = frozenset(r for r in CLAIMANT if r in choice)
    speakers.CLOSERS22 = tuple(r for r in CLOSERS if r in choice)


def _shipped() -> tuple[str, ...]:
    import kg.extract.patterns as P
    import kg.extract.rules.claims as claims
    import kg.extract.speakers as speakers

    return tuple(r for r in ALL if r in P.COUNTED22 or r in claims.READINGS22 or r in speakers.CLOSERS22)


COMPONENT = Component(
    title="the twenty-second session's claim readings (claims.READINGS22, patterns.COUNTED22, speakers.CLOSERS22)",
    fact="claims",
    label="claims",
    choices=((), *((r,) for r in ALL), ALL),
    choose=_choose,
    shipped=_shipped,
    command="python benchmarks/claims22_lopo.py",
    output="claims22_lopo.txt",
    before="main (none of them)",
    per_part=True,
)

if __name__ == "__main__":
    main(COMPONENT, description=__doc__.split("\n\n")[0])
