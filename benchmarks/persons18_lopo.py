"""Leave one tuning part out: do the eighteenth session's readings of persons and posts carry to a part they were not
fitted on?

Two switches (``READINGS18`` in ``kg.extract.rules.memberships`` with ``kg.extract.en``, and in
``kg.extract.patterns``): ``chain`` reads a board post joined by a dash or a comma to a university post before one
name ("Семей медицина университетінің басқарма төрағасы – ректоры X", "председатель правления – ректор … X") as two
posts, one in the body's board and one in the body, ends an English body's name before "and Vice-Rector" (a second
post), keeps a region in an English unit's name ("Department of Education of the East Kazakhstan Region") and names
a Russian unit with the body after it in the genitive ("Центр … Казахстанского института …");
``words`` reads new post words before the old ones: a general director ("бас директоры", "генеральный директор",
"Director General") and a first vice-rector as posts of their own (not a director, a vice-rector), "өңір басшысы"
(the head of the region) as the region's akim, and a Chief Justice as the chair of the court.

Every tuning part (``benchmarks/_parts.py``; a held-out part is never read) is scored with each choice; then for each
part the choice is fitted on the OTHER parts alone — the best sum of persons F1 and person → post F1 over them (a tie
goes to all-facts precision, then to the simpler choice) — and scored on the part left out. The table gives, per part,
persons, person → post and all facts before (off) and after (the choice fitted without it), and the sums.

    $ python benchmarks/persons18_lopo.py        # writes benchmarks/results/persons18_lopo.txt (about 5 minutes)
    $ python benchmarks/persons18_lopo.py --parts dev test20 -o -

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
    import kg.extract.en as en
    import kg.extract.patterns as P
    import kg.extract.rules.memberships as memberships

    memberships.READINGS18 = en.READINGS18 = "chain" in choice  # type: ignore[attr-defined]
    P.READINGS18 = "words" in choice  # type: ignore[attr-defined]
    P._posts.cache_clear()  # the posts of a sentence are cached: read them again


def _shipped() -> Choice:
    import kg.extract.patterns as P
    import kg.extract.rules.memberships as memberships

    return tuple(x for x, on in (("chain", memberships.READINGS18), ("words", P.READINGS18)) if on)


COMPONENT = _Both(
    title="the eighteenth session's readings of persons and posts (READINGS18)",
    fact="person → post",
    label="person → post",
    choices=((), ("chain",), ("words",), ("chain", "words")),
    choose=_choose,
    shipped=_shipped,
    command="python benchmarks/persons18_lopo.py",
    output="persons18_lopo.txt",
)


if __name__ == "__main__":
    main_both(COMPONENT, __doc__.split("\n\n")[0], width=13)
