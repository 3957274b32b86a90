"""Leave one tuning part out: do the twenty-third session's readings of persons and posts carry to a part they were
not fitted on?

The switches are the names in ``READINGS23`` (``kg.extract.pipeline``, ``kg.extract.en``, ``kg.extract.patterns`` and
``kg.extract.rules.memberships``): ``degree`` blanks an academic degree between a post and its holder's name
("ректорының кеңесшісі, тарих ғылымдарының кандидаты X", "декан …, кандидат исторических наук X", "Dean …, Candidate
of Historical Sciences X"); ``units`` reads a university's units as heads of a body's name in English ("the Faculty of
Social and Human Sciences", not a person "Human Sciences"); ``lecturer`` reads a senior lecturer as a post ("аға
оқытушысы", "старший преподаватель", "senior lecturer"); ``adviser-of-head`` makes the adviser of a rector or a
director an adviser in the body they head ("… университеті ректорының кеңесшісі X").

Every tuning part (``benchmarks/_parts.py``; a held-out part is never read) is scored with each choice; then for each
part the choice is fitted on the OTHER parts alone — the best sum of persons F1 and person → post F1 over them (a tie
goes to all-facts precision, then to the simpler choice) — and scored on the part left out. The table gives, per part,
persons, person → post and all facts before (off) and after (the choice fitted without it), and the sums.

    $ python benchmarks/persons23_lopo.py        # writes benchmarks/results/persons23_lopo.txt
    $ python benchmarks/persons23_lopo.py --parts test12 test24 -o -

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
_PIPELINE = ("degree",)
_EN = ("units",)
_PATTERNS = ("lecturer",)
_MEMBERSHIPS = ("adviser-of-head", "units")
_ALL = ("degree", "units", "lecturer", "adviser-of-head")


def _choose(choice: Choice) -> None:
    import kg.extract.en as en
    import kg.extract.patterns as patterns
    import kg.extract.pipeline as pipeline
    import kg.extract.rules.memberships as memberships

    pipeline.READINGS23 = frozenset(x for x in choice if x in _PIPELINE)  # type: ignore[attr-defined]
    en.READINGS23 = frozenset(x for x in choice if x in _EN)  # type: ignore[attr-defined]
    en.ORG_HEADS = en.org_heads()  # type: ignore[attr-defined]
    patterns.READINGS23 = frozenset(x for x in choice if x in _PATTERNS)  # type: ignore[attr-defined]
    patterns._posts.cache_clear()
    memberships.READINGS23 = frozenset(x for x in choice if x in _MEMBERSHIPS)  # type: ignore[attr-defined]


def _shipped() -> Choice:
    import kg.extract.en as en
    import kg.extract.patterns as patterns
    import kg.extract.pipeline as pipeline
    import kg.extract.rules.memberships as memberships

    on = set(pipeline.READINGS23) | set(en.READINGS23) | set(patterns.READINGS23) | set(memberships.READINGS23)
    return tuple(x for x in _ALL if x in on)


COMPONENT = _Both(
    title="the twenty-third session's readings of degrees, units, lecturers and advisers of heads (READINGS23)",
    fact="person → post",
    label="person → post",
    choices=(
        (),
        ("degree",),
        ("units",),
        ("lecturer",),
        ("adviser-of-head",),
        ("degree", "units", "adviser-of-head"),
        _ALL,
    ),
    choose=_choose,
    shipped=_shipped,
    command="python benchmarks/persons23_lopo.py",
    output="persons23_lopo.txt",
)


if __name__ == "__main__":
    main_both(COMPONENT, __doc__.split("\n\n")[0], width=24)
