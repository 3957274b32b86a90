"""Leave one tuning part out: do the claims passes of the fifteenth session (kg/extract/rules/claims.py, the
figure reading of kg/extract/patterns.py, a quotation's closer in kg/extract/speakers.py) carry to a part they were
not fitted on?

The passes, each a choice added to the one before (``kg.extract.rules.claims.PASSES`` and the flags named below):

* ``table``: a table's rows ("Абай облысы 73,84 %"), the total after it ("Жалпы …", "Всего …") and the sentence
  that goes on in the paragraph of the body's last figure continue the body's announcement;
* ``aside``: more of the outlet's asides ("To note, …", "Отметим, …", "Айта кетсек, …") continue no one's speech;
* ``reading`` (the figure reading, ``kg.extract.patterns``): more counted things (``UNITS_MORE``: committees,
  commissions, headquarters, coalitions, "71 участок", interviewers); a Kazakh part of a counted whole ("1896 дауыс
  берушінің 1052-сі"), a part whose noun is left out ("including 80 abroad", "из них 71 …") and a number to be
  ("the number of mandates … should be set at 145"), these three while ``MORE_FORMS``; "болса" after a figure no
  condition ("Мәжілісте 7 комитет, Сенатта 6 комитет болса, …": whereas);
* ``speaker``: a closing verb followed by the surname of the person named before closes their quotation though the
  tagger missed the name ("…, – деді Шиповских", ``kg.extract.speakers.SURNAME_CLOSES``); a Kazakh "Ол" of place or
  time ("Ол жерде", "Ол кезде", "Ол үшін") is no pronoun for the person named before (``patterns.PRONOUN_LEAD``);
* ``bound``: an upper bound ("fewer than 15 percent", "менее одного процента") is no claim.

Every tuning part (``benchmarks/_parts.py``; a held-out part is never read) is scored with each choice; for each
part the choice is fitted on the OTHER parts alone (the best claims F1 summed over them; a tie goes to all-facts
precision, then to the earlier choice) and scored on the part left out. The table gives, per part, claims and
all-facts P/R/F1 before (no pass) and after, the sums, and every part off and fully on.

    $ python benchmarks/claims_lopo.py          # writes benchmarks/results/claims_lopo.txt (about 4 minutes)
    $ python benchmarks/claims_lopo.py --parts dev test2 -o -

This is a measurement, not a test: it prints figures and asserts nothing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._lopo import Component, main  # noqa: E402  (the one harness of these measurements)

#: The passes read by the claims rule itself (``units`` is the figure reading's).
_RULE = ("table", "aside", "bound")


def _choose(choice: tuple[str, ...]) -> None:
    import kg.extract.patterns as P
    import kg.extract.rules.claims as C
    import kg.extract.speakers as S

    C.PASSES = tuple(x for x in choice if x in _RULE)
    reading = "reading" in choice
    P.UNIT_WORDS = (
        {lang: f"{words}|{P.UNITS_MORE[lang]}" for lang, words in P.UNIT_WORDS_BEFORE.items()}
        if reading
        else dict(P.UNIT_WORDS_BEFORE)
    )
    P.MORE_FORMS = reading
    P.THRESHOLD_AFTER["kk"] = _THRESHOLD_KK if reading else P.THRESHOLD_AFTER_KK_BEFORE
    S.SURNAME_CLOSES = "speaker" in choice
    P.PRONOUN_LEAD["kk"] = _PRONOUN_KK if "speaker" in choice else P.PRONOUN_LEAD_KK_BEFORE


def _shipped() -> tuple[str, ...]:
    import kg.extract.patterns as P
    import kg.extract.rules.claims as C
    import kg.extract.speakers as S

    reading = ("reading",) if P.UNIT_WORDS["en"].endswith(P.UNITS_MORE["en"]) and P.MORE_FORMS else ()
    return (
        tuple(x for x in C.PASSES if x != "bound")
        + reading
        + (("speaker",) if S.SURNAME_CLOSES else ())
        + (("bound",) if "bound" in C.PASSES else ())
    )


def _threshold_kk():
    import kg.extract.patterns as P

    return P.THRESHOLD_AFTER["kk"]


_THRESHOLD_KK = _threshold_kk()


def _pronoun_kk():
    import kg.extract.patterns as P

    return P.PRONOUN_LEAD["kk"]


_PRONOUN_KK = _pronoun_kk()


COMPONENT = Component(
    title="the claims passes of the fifteenth session (rules/claims.py, patterns.py, speakers.py)",
    fact="claims",
    label="claims",
    choices=(
        (),
        ("table",),
        ("table", "aside"),
        ("table", "aside", "reading"),
        ("table", "aside", "reading", "speaker"),
        ("table", "aside", "reading", "speaker", "bound"),
    ),
    choose=_choose,
    shipped=_shipped,
    command="python benchmarks/claims_lopo.py",
    output="claims_lopo.txt",
    before="no pass",
    per_part=True,
)

if __name__ == "__main__":
    main(COMPONENT, description=__doc__.split("\n\n")[0])
