"""Leave one tuning part out: do the claims passes of the seventeenth session (kg/extract/rules/claims.py and the
figure reading of kg/extract/patterns.py) carry to a part they were not fitted on? (``--fifteenth``: the passes of the
fifteenth session, as measured then.)

The seventeenth session's passes, each a choice added to the one before (``kg.extract.rules.claims.PASSES``, with
``table`` and ``aside`` on throughout, and the flags named below):

* ``complement``: a body named after "said that" / "сообщил, что" opens the clause said and is no subject ("The
  Kazakh diplomat underlined that a Working Group … had been established, … 130 members": the diplomat's);
* ``report``: a text that opens with a pronoun for its speaker before it names anyone ("According to him, …", "He
  said …", "“…,” he said") is the report of the person it names next as a speaker, until the outlet's aside
  ("Earlier, …", "Currently, …"): the pronoun is that person, and figures no one else says are theirs;
* ``chain``: a figure that continues the reported speech just before carries it two sentences further ("In total,
  14,230 …" then "A total of 336 observers …" two sentences on);
* ``reading17`` (``kg.extract.patterns``, ``kg.extract.mentions``): gatherings, lengths and money counted
  (``UNITS_17``: seminars, trainings, lectures, forums, metres, tenge); a figure's parts listed after a colon that add
  up to it ("256 organizations …: 11 via … and 245 through …") and the Kazakh "800-дей" (about 800), both while
  ``FORMS_17``; a region's body before the region's abbreviation ("сообщает акимат СКО", ``REGION_BODIES``).

The fifteenth session's passes (``--fifteenth``):

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

    $ python benchmarks/claims_lopo.py          # writes benchmarks/results/claims_lopo17.txt (about 6 minutes)
    $ python benchmarks/claims_lopo.py --fifteenth   # writes benchmarks/results/claims_lopo.txt
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

    C.PASSES = tuple(x for x in choice if x in _RULE) + tuple(x for x in C.PASSES if x in _RULE17)
    reading = "reading" in choice
    more17 = P.UNITS_17["en"] in P.UNIT_WORDS["en"]  # the seventeenth session's reading as it stands
    P.UNIT_WORDS = {
        lang: words + (f"|{P.UNITS_MORE[lang]}" if reading else "") + (f"|{P.UNITS_17[lang]}" if more17 else "")
        for lang, words in P.UNIT_WORDS_BEFORE.items()
    }
    P.MORE_FORMS = reading
    P.THRESHOLD_AFTER["kk"] = _THRESHOLD_KK if reading else P.THRESHOLD_AFTER_KK_BEFORE
    S.SURNAME_CLOSES = "speaker" in choice
    P.PRONOUN_LEAD["kk"] = _PRONOUN_KK if "speaker" in choice else P.PRONOUN_LEAD_KK_BEFORE


def _shipped() -> tuple[str, ...]:
    import kg.extract.patterns as P
    import kg.extract.rules.claims as C
    import kg.extract.speakers as S

    reading = ("reading",) if P.UNITS_MORE["en"] in P.UNIT_WORDS["en"] and P.MORE_FORMS else ()
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


COMPONENT15 = Component(
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

#: The passes of the seventeenth session read by the claims rule.
_RULE17 = ("complement", "report", "chain")


def _choose17(choice: tuple[str, ...]) -> None:
    import kg.extract.mentions as M
    import kg.extract.patterns as P
    import kg.extract.rules.claims as C

    C.PASSES = ("table", "aside") + tuple(x for x in choice if x in _RULE17)
    reading = "reading17" in choice
    P.UNIT_WORDS = {
        lang: f"{words}|{P.UNITS_17[lang]}" if reading else words for lang, words in P.UNIT_WORDS_BEFORE17.items()
    }
    P.FORMS_17 = reading
    M.REGION_BODIES = reading


def _shipped17() -> tuple[str, ...]:
    import kg.extract.mentions as M
    import kg.extract.patterns as P
    import kg.extract.rules.claims as C

    reading = P.UNITS_17["en"] in P.UNIT_WORDS["en"] and P.FORMS_17 and M.REGION_BODIES
    return tuple(x for x in _RULE17 if x in C.PASSES) + (("reading17",) if reading else ())


COMPONENT = Component(
    title="the claims passes of the seventeenth session (rules/claims.py, patterns.py)",
    fact="claims",
    label="claims",
    choices=(
        (),
        ("complement",),
        ("complement", "report"),
        ("complement", "report", "chain"),
        ("complement", "report", "chain", "reading17"),
    ),
    choose=_choose17,
    shipped=_shipped17,
    command="python benchmarks/claims_lopo.py",
    output="claims_lopo17.txt",
    before="the passes of the fifteenth session only (table, aside, reading, speaker)",
    per_part=True,
)

if __name__ == "__main__":
    fifteenth = "--fifteenth" in sys.argv
    argv = [a for a in sys.argv[1:] if a != "--fifteenth"]
    main(COMPONENT15 if fifteenth else COMPONENT, argv, description=__doc__.split("\n\n")[0])
