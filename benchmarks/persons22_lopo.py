"""Leave one tuning part out: do the twenty-second session's readings of persons and posts carry to a part they were
not fitted on?

The switches are the names in ``READINGS22`` (``kg.extract.pipeline`` and ``kg.extract.rules.memberships``):
``coalition`` reads a coalition named by its level alone in English or Kazakh ("a member of the National Coalition",
"жалпыұлттық коалицияның мүшесі X") as a body, not a person "National" and an anaphor; ``and-bodies`` gives a Kazakh
post after two bodies joined by "және" to both ("Конституциялық комиссияның және «Amanat» партиясының мүшесі X");
``embassy`` gives an English bare "Ambassador X" the one embassy of Kazakhstan the article names ("held at the Embassy
of Kazakhstan in Bulgaria", then "Ambassador Viktor Temirbayev presented …").

Every tuning part (``benchmarks/_parts.py``; a held-out part is never read) is scored with each choice; then for each
part the choice is fitted on the OTHER parts alone — the best sum of persons F1 and person → post F1 over them (a tie
goes to all-facts precision, then to the simpler choice) — and scored on the part left out. The table gives, per part,
persons, person → post and all facts before (off) and after (the choice fitted without it), and the sums.

    $ python benchmarks/persons22_lopo.py        # writes benchmarks/results/persons22_lopo.txt
    $ python benchmarks/persons22_lopo.py --parts test16 test18 -o -

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
_PIPELINE = ("coalition",)
_MEMBERSHIPS = ("and-bodies", "embassy")


def _choose(choice: Choice) -> None:
    import kg.extract.pipeline as pipeline
    import kg.extract.rules.memberships as memberships

    pipeline.READINGS22 = frozenset(x for x in choice if x in _PIPELINE)  # type: ignore[attr-defined]
    memberships.READINGS22 = frozenset(x for x in choice if x in _MEMBERSHIPS)  # type: ignore[attr-defined]


def _shipped() -> Choice:
    import kg.extract.pipeline as pipeline
    import kg.extract.rules.memberships as memberships

    on = set(pipeline.READINGS22) | set(memberships.READINGS22)
    return tuple(x for x in (*_PIPELINE, *_MEMBERSHIPS) if x in on)


COMPONENT = _Both(
    title="the twenty-second session's readings of coalitions by their level and of posts of two bodies (READINGS22)",
    fact="person → post",
    label="person → post",
    choices=(
        (),
        ("coalition",),
        ("and-bodies",),
        ("embassy",),
        ("coalition", "embassy"),
        ("coalition", "and-bodies", "embassy"),
    ),
    choose=_choose,
    shipped=_shipped,
    command="python benchmarks/persons22_lopo.py",
    output="persons22_lopo.txt",
)


if __name__ == "__main__":
    main_both(COMPONENT, __doc__.split("\n\n")[0], width=24)
