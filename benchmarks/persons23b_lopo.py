"""Leave one tuning part out: do the twenty-third session's second-round readings of party branches and central
offices carry to a part they were not fitted on?

The switches are the names in ``READINGS23B`` (``kg.extract.patterns``, ``kg.extract.actors`` and
``kg.extract.rules.memberships``): ``central-office``
reads a party's central office beside its party as a unit ("… партиясы Орталық аппаратының жетекшісі X", not a person
"Орталық"); ``branch-words`` reads two more Russian wordings of a branch ("Карагандинского областного регионального
филиала", "филиала партии «Amanat» Мангистауской области"); ``branch-name`` names a drafted Russian branch with its
region as the party names it ("Региональный филиал партии «Ауыл» по области Абай", "Мангистауский областной филиал
партии «Amanat»"); ``kind-led`` (``kg.extract.rules.memberships``) reads who heads a body named by its kind at a
sentence's start ("The committee is chaired by X": the Constitutional Reform Committee named before).

Every tuning part (``benchmarks/_parts.py``; a held-out part is never read) is scored with each choice; then for each
part the choice is fitted on the OTHER parts alone — the best sum of persons F1 and person → post F1 over them (a tie
goes to all-facts precision, then to the simpler choice) — and scored on the part left out.

    $ python benchmarks/persons23b_lopo.py        # writes benchmarks/results/persons23b_lopo.txt
    $ python benchmarks/persons23b_lopo.py --parts test5 test24 -o -

This is a measurement, not a test: it prints figures and asserts nothing.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks._lopo import Choice  # noqa: E402
from benchmarks.persons17_lopo import _Both, main_both  # noqa: E402  (the persons-and-posts table, written once)

#: Where each reading is switched.
_PATTERNS = ("central-office", "branch-words")
_ACTORS = ("branch-name",)
_MEMBERSHIPS = ("kind-led",)
_ALL = ("central-office", "branch-words", "branch-name", "kind-led")


def _choose(choice: Choice) -> None:
    import kg.extract.actors as actors
    import kg.extract.patterns as patterns
    import kg.extract.rules.memberships as memberships

    patterns.READINGS23B = frozenset(x for x in choice if x in _PATTERNS)  # type: ignore[attr-defined]
    actors.READINGS23B = frozenset(x for x in choice if x in _ACTORS)  # type: ignore[attr-defined]
    memberships.READINGS23B = frozenset(x for x in choice if x in _MEMBERSHIPS)  # type: ignore[attr-defined]


def _shipped() -> Choice:
    import kg.extract.actors as actors
    import kg.extract.patterns as patterns
    import kg.extract.rules.memberships as memberships

    on = set(patterns.READINGS23B) | set(actors.READINGS23B) | set(memberships.READINGS23B)
    return tuple(x for x in _ALL if x in on)


COMPONENT = _Both(
    title="the twenty-third session's second-round readings of party branches, central offices and bodies by kind (READINGS23B)",
    fact="person → post",
    label="person → post",
    choices=(
        (),
        ("central-office",),
        ("branch-words",),
        ("branch-name",),
        ("kind-led",),
        _ALL,
    ),
    choose=_choose,
    shipped=_shipped,
    command="python benchmarks/persons23b_lopo.py",
    output="persons23b_lopo.txt",
)


if __name__ == "__main__":
    main_both(COMPONENT, __doc__.split("\n\n")[0], width=24)
