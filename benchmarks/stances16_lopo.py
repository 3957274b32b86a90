"""Leave one tuning part out: do the sixteenth pass's stance readings (kg/extract/rules/stances.py) carry to a part
they were not fitted on?

The readings (``kg.extract.rules.stances.READINGS``, beside the fifteenth pass's seven, which stay on in every
choice): ``demands`` (a text that answers or rests on society's demands, "сұраныстарына жауап береді", "основана
на запросах"), ``enshrined`` (a norm clearly or for the first time enshrined, "нақты бекітілген", "впервые на
конституционном уровне закреплены", "clearly enshrines"; "at the constitutional level" refers back to the text),
``signed`` (a column signed at its end: its author judges), ``outlet`` (an article that names and quotes no one and
reports no one's words: the outlet judges), ``founded`` (a body founded to support something, "реформаны қолдау
мақсатында коалиция құрылды"), ``by-agent`` ("a constitution backed by the country's government"), ``ballots``
(an exit poll's or the election commission's share is a count of ballots, no stance), ``content`` ("кепілдік
беріледі", what a text provides, is no praise), ``possessor`` ("Халық Президент бастамаларын қолдап отыр": the
post whose initiative is the object is no subject), ``headline-post`` ("Сенат депутаты: …": the headline's words
are the person named below with that post), and ``accusative`` (in ``kg/extract/rules/common.py``: a
Kazakh "-ты/-ті" is an accusative only after a voiceless consonant, so "ПАРЛАМЕНТАРИЗМ ИНСТИТУТЫ" and "Парламенті"
are subjects; off is the pattern before the pass, kept here). Every tuning part (``benchmarks/_parts.py``; a
held-out part is never read) is scored with none, each alone, and all of them; then for each part the choice is
fitted on the OTHER parts alone (the best stance F1 summed over them; a tie goes to all-facts precision, then to
the earlier choice) and scored on the part left out.

    $ python benchmarks/stances16_lopo.py          # writes benchmarks/results/stances16_lopo.txt (about 13 minutes)
    $ python benchmarks/stances16_lopo.py --parts dev test2 -o -

This is a measurement, not a test: it prints figures and asserts nothing.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._lopo import Component, main  # noqa: E402  (the one harness of these measurements)
from kg.extract.rules.stances import _READINGS15, _READINGS16  # noqa: E402  (the readings, named where they live)

#: The fifteenth pass's readings, on in every choice.
BASE = _READINGS15
NEW = (*_READINGS16, "accusative")
#: ``kg.extract.rules.common._ACCUSATIVE_KK`` before the pass (any "-ты/-ті" read as an accusative).
_ACCUSATIVE_BEFORE = re.compile(r"(?:ын|ін|ны|ні|ды|ді|ты|ті)$", re.IGNORECASE)


def _choose(choice: tuple[str, ...]) -> None:
    import kg.extract.rules.common as common
    import kg.extract.rules.stances as stances

    if not hasattr(_choose, "shipped_accusative"):
        _choose.shipped_accusative = common._ACCUSATIVE_KK  # type: ignore[attr-defined]
    stances.READINGS = frozenset(BASE + tuple(r for r in choice if r != "accusative"))
    common._ACCUSATIVE_KK = (
        _choose.shipped_accusative  # type: ignore[attr-defined]
        if "accusative" in choice
        else _ACCUSATIVE_BEFORE
    )


def _shipped() -> tuple[str, ...]:
    import kg.extract.rules.common as common
    import kg.extract.rules.stances as stances

    on = tuple(r for r in NEW if r in stances.READINGS)
    return on + (("accusative",) if common._ACCUSATIVE_KK.pattern != _ACCUSATIVE_BEFORE.pattern else ())


COMPONENT = Component(
    title="the sixteenth pass's stance readings (kg.extract.rules.stances.READINGS, and the Kazakh accusative)",
    fact="stances",
    label="stances",
    choices=((), *((r,) for r in NEW), NEW),
    choose=_choose,
    shipped=_shipped,
    command="python benchmarks/stances16_lopo.py",
    output="stances16_lopo.txt",
    before="none of the sixteenth pass's readings (main before the pass)",
    per_part=True,
)

if __name__ == "__main__":
    main(COMPONENT, description=__doc__.split("\n\n")[0])
