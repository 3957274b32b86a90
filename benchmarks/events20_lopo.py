"""Leave one tuning part out: do the twentieth session's event readings (kg/extract/rules/events.py,
``events.READINGS``) carry to a part they were not fitted on?

The readings, from the census ``benchmarks/results/events20_census.txt`` (which place of a sentence is the event's):
``web-address`` (a town in a web address, "со ссылкой на Kyzylorda-news.kz", is no place), ``settlement`` (a place
named by its settlement's word after a venue, "в доме культуры … поселка Шиели", is where), ``where-not-whose`` (of a
Kazakh sentence's places the one in the locative is the event's, not the one in the genitive: "Көкшетау қаласының
іргесіндегі Краснояр ауылында"; the Kazakh sentence before lends its place only in the locative),
``town-over-region`` (of a sentence's places the town, not the region whose activists came: "В Талдыкоргане …
состоялась встреча с активом области Жетысу"; the same meeting named again in a town replaces a region), ``venue-town``
(a town in the genitive after its venue is where: "в конгресс-холле Туркестана") and ``eve`` ("Накануне прошло
собрание": the day before the report). The nineteenth session's ``curated-place`` stays on in every
choice. Every tuning part (``benchmarks/_parts.py``; a held-out part is never read) is scored with each choice; then
for each part the choice is fitted on the OTHER parts alone (the best events F1 summed over them; a tie goes to
all-facts precision, then to the earlier choice) and scored on the part left out.

    $ python benchmarks/events20_lopo.py          # writes benchmarks/results/events20_lopo.txt (about 14 minutes)
    $ python benchmarks/events20_lopo.py --parts dev test22 -o -

This is a measurement, not a test: it prints figures and asserts nothing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._lopo import Component, main  # noqa: E402  (the one harness of these measurements)

BEFORE = ("curated-place",)
NEW = ("web-address", "settlement", "where-not-whose", "town-over-region", "venue-town")
EVE = ("eve",)


def _choose(choice: tuple[str, ...]) -> None:
    import kg.extract.rules.events as events

    events.READINGS = frozenset(BEFORE + choice)


def _shipped() -> tuple[str, ...]:
    import kg.extract.rules.events as events

    return tuple(r for r in NEW + EVE if r in events.READINGS)


COMPONENT = Component(
    title="the twentieth session's event readings (events.READINGS: which place of a sentence is the event's)",
    fact="events",
    label="events",
    choices=(
        (),
        ("web-address", "settlement"),
        ("where-not-whose",),
        ("town-over-region", "venue-town"),
        EVE,
        NEW,
        NEW + EVE,
    ),
    choose=_choose,
    shipped=_shipped,
    command="python benchmarks/events20_lopo.py",
    output="events20_lopo.txt",
    before="main (curated-place only)",
    per_part=True,
)

if __name__ == "__main__":
    main(COMPONENT, description=__doc__.split("\n\n")[0])
