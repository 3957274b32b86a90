"""Leave one tuning part out: do the twentieth session's person → post readings carry to a part they were not fitted
on?

The readings (each a switch where its concept lives): ``izafet`` (``kg.names.IZAFET``: a Kazakh body's name matches a
label written with or without a genitive before its possessed head, "Алматы облысы мәслихаты" = "Алматы облысының
мәслихаты"; the evaluator's and the linker's name index both read so), ``coalitions``
(``kg.extract.org_names.COALITIONS``: a Russian coalition named in lower case by its level, "областной коалиции
Мангистауской области", "территориальной коалиции района", drafted as a body named in the nominative, "Мангистауская
областная коалиция", "Районная коалиция"; a level's coalition placed by ``kg.extract.bodies`` takes its place's
adjective) and ``under`` (``kg.extract.mentions.UNDER_BODY``: a Russian body the tagger found keeps the body it is
attached to by "при" and that body's town, "Научно-экспертная группа при Ассамблее народа Казахстана в Шымкенте", as
it kept a one-word attachment before, "при Президенте РК"). Every tuning part (``benchmarks/_parts.py``; a held-out
part is never read) is scored with every subset of them; then for each part the choice is fitted on the OTHER parts
alone (the best person → post F1 summed over them; a tie goes to all-facts precision, then to the earlier choice, the
smaller subset) and scored on the part left out.

    $ python benchmarks/posts20_lopo.py          # writes benchmarks/results/posts20_lopo.txt (about 10 minutes)
    $ python benchmarks/posts20_lopo.py --parts test22 -o -

This is a measurement, not a test: it prints figures and asserts nothing.
"""

from __future__ import annotations

import itertools
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._lopo import Component, main  # noqa: E402  (the one harness of these measurements)

NEW = ("izafet", "coalitions", "under")


#: Every subset of the readings, the smaller first: a fold that gains nothing on the other parts from a reading
#: fits the subset without it (a tie goes to the earlier choice), so no reading rides on another's gain.
CHOICES = tuple(c for k in range(len(NEW) + 1) for c in itertools.combinations(NEW, k))


def _choose(choice: tuple[str, ...]) -> None:
    import kg.names as names
    from kg.extract import mentions, org_names

    names.IZAFET = "izafet" in choice
    org_names.COALITIONS = "coalitions" in choice
    mentions.UNDER_BODY = "under" in choice


def _shipped() -> tuple[str, ...]:
    import kg.names as names
    from kg.extract import mentions, org_names

    return tuple(r for r, on in zip(NEW, (names.IZAFET, org_names.COALITIONS, mentions.UNDER_BODY)) if on)


COMPONENT = Component(
    title="the twentieth session's person → post readings (IZAFET, COALITIONS, UNDER_BODY)",
    fact="person → post",
    label="person → post",
    choices=CHOICES,
    choose=_choose,
    shipped=_shipped,
    command="python benchmarks/posts20_lopo.py",
    output="posts20_lopo.txt",
    before="none (main before the round)",
    per_part=True,
)

if __name__ == "__main__":
    main(COMPONENT, description=__doc__.split("\n\n")[0])
