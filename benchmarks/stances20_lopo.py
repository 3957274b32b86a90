"""Leave one tuning part out: do the twentieth session's stance readings (kg/extract/rules/stances.py,
``_READINGS20``) carry to a part they were not fitted on?

The readings (``kg.extract.rules.stances._READINGS20``; every earlier reading as main ships it stays on in every
choice), from the census of the twenty-two tuning parts (``benchmarks/results/stances20_census_before.txt``): five
evaluations no lexicon read, ``timely`` ("өте дер кезінде жасалып жатқан қадам"), ``day-demand`` ("бүгінгі күн
талабы"), ``ready`` ("проект … готов для вынесения на референдум"), ``enables`` ("will make it possible to preserve
…") and ``devoted`` ("дамытуға арналып отыр"); and a cue, ``reception`` ("с энтузиазмом восприняли", "reacted
positively"); and a target, ``new-version`` ("the new version of the Constitution", "новая редакция": the draft, when
no mention names a target). Every tuning part (``benchmarks/_parts.py``; a held-out part is never read) is scored with
none, each alone and the six (with ``--new-version``: each of the seven alone, the six and all seven); then for each
part the choice is fitted on the OTHER parts alone (the best stance F1 summed over them; a tie goes to all-facts
precision, then to the earlier choice) and scored on the part left out.

    $ python benchmarks/stances20_lopo.py    # writes benchmarks/results/stances20_lopo.txt (18 minutes at load 7)
    $ python benchmarks/stances20_lopo.py --new-version    # stances20_lopo_new_version.txt (about 17 minutes at load 4)
    $ python benchmarks/stances20_lopo.py --parts dev test22 -o -

This is a measurement, not a test: it prints figures and asserts nothing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._lopo import Component, main  # noqa: E402  (the one harness of these measurements)
from kg.extract.rules.stances import _READINGS20, READINGS  # noqa: E402  (named where they live)

#: The readings main shipped before the session, on in every choice.
BASE = tuple(sorted(READINGS - set(_READINGS20)))
#: The six readings shipped on, and ``new-version`` (a target, off by default).
SIX = tuple(r for r in _READINGS20 if r != "new-version")


def _choose(choice: tuple[str, ...]) -> None:
    import kg.extract.rules.stances as stances

    stances.READINGS = frozenset(BASE + choice)


def _shipped() -> tuple[str, ...]:
    import kg.extract.rules.stances as stances

    return tuple(r for r in _READINGS20 if r in stances.READINGS)


def component(*, new_version: bool = False) -> Component:
    """The six readings shipped on (off, each alone, the six), or with ``new_version`` also the target reading
    (off, each of the seven alone, the six, all seven)."""
    readings = _READINGS20 if new_version else SIX
    return Component(
        title="the twentieth session's stance readings (stances._READINGS20: evaluations, reception"
        + (", new-version)" if new_version else ")"),
        fact="stances",
        label="stances",
        choices=((), *((r,) for r in readings), SIX, *((_READINGS20,) if new_version else ())),
        choose=_choose,
        shipped=_shipped,
        command="python benchmarks/stances20_lopo.py" + (" --new-version" if new_version else ""),
        output="stances20_lopo_new_version.txt" if new_version else "stances20_lopo.txt",
        before="none of the session's readings (main before it)",
        per_part=True,
    )


if __name__ == "__main__":
    with_new = "--new-version" in sys.argv
    if with_new:
        sys.argv.remove("--new-version")
    main(component(new_version=with_new), description=__doc__.split("\n\n")[0])
