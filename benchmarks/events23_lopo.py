"""Leave one tuning part out: do the twenty-third session's event readings (kg/extract/rules/events.py,
``events.READINGS23``) carry to a part they were not fitted on?

The readings, from the census of the events missed and drafted in excess on the twenty-four tuning parts
(``benchmarks/events23_census.py``, summed up in ``docs/extract.md``): ``held-participle`` (a Russian event noun after
"прошедшем" with the day or the town between: "На прошедшем вчера в Астане заседании"), ``kk-converb`` (a Kazakh
event noun before the converb "өтіп": "актив жиналысы өтіп, …"), ``chair-post`` (a Russian chair named after a post of
several words: "под руководством председателя регионального филиала партии «Ауыл» Кайрата Смагулова") and
``name-words`` (the reader's language of a Russian sentence that names "«Халық кеңесі»", ``reader.READINGS23``, with
the referendum read in its sentence's language alone). The earlier sessions' readings stay on in every choice. Every
tuning part (``benchmarks/_parts.py``; a held-out part is never read) is scored with each choice; then for each part
the choice is fitted on the OTHER parts alone (the best events F1 summed over them; a tie goes to all-facts
precision, then to the earlier choice) and scored on the part left out.

    $ python benchmarks/events23_lopo.py          # writes benchmarks/results/events23_lopo.txt
    $ python benchmarks/events23_lopo.py --parts test23 test24 -o -

This is a measurement, not a test: it prints figures and asserts nothing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._lopo import Component, main  # noqa: E402  (the one harness of these measurements)

HELD = ("held-participle", "kk-converb", "chair-post")
NEW = (*HELD, "name-words")


def _choose(choice: tuple[str, ...]) -> None:
    import kg.extract.reader as reader
    import kg.extract.rules.events as events

    events.READINGS23 = frozenset(choice)
    reader.READINGS23 = "name-words" in choice


def _shipped() -> tuple[str, ...]:
    import kg.extract.reader as reader
    import kg.extract.rules.events as events

    return tuple(r for r in NEW if r in events.READINGS23 and (r != "name-words" or reader.READINGS23))


COMPONENT = Component(
    title="the twenty-third session's event readings (events.READINGS23: meetings held in a participle or a converb, a "
    "chair after a long post, a Russian sentence's language)",
    fact="events",
    label="events",
    choices=((), *((r,) for r in NEW), HELD, NEW),
    choose=_choose,
    shipped=_shipped,
    command="python benchmarks/events23_lopo.py",
    output="events23_lopo.txt",
    before="main (none of them)",
    per_part=True,
)

if __name__ == "__main__":
    main(COMPONENT, description=__doc__.split("\n\n")[0])
