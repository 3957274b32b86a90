"""The twenty-first session on speeches (kg/extract/rules/speeches.py, ``speeches.READINGS21``): more wordings of a
talk at the event (the census benchmarks/results/speeches21_census.txt), pinned with texts from tuning parts, each
with the reading off for contrast.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from ._drafting import draft, facts, names


@contextmanager
def _readings(*on: str) -> Iterator[None]:
    """``speeches.READINGS21`` set to ``on`` alone for the block."""
    import kg.extract.rules.speeches as speeches

    saved = speeches.READINGS21
    speeches.READINGS21 = frozenset(on)
    try:
        yield
    finally:
        speeches.READINGS21 = saved


def _speakers(d) -> set[str]:
    """Every drafted speaker's id and, for a new actor, its names."""
    out: set[str] = set()
    for f in facts(d, "speech"):
        out |= names(d, f.values["speaker"]) | {f.values["speaker"]}
    return out


#: test23, ru-kazpravda-2026-02-10-academics-support: five academicians named after the participle.
ACADEMICS = (
    "Выступавшие на заседании академики Владимир Школьник, Еренгайып Омаров, Тлеукен Ахметов, Ержан Кулдеев, "
    "Абдикерим Зейнуллин выразили уверенность в том, что впервые определение науки и инноваций как ключевой ценности "
    "в Конституции придаст новый импульс развитию страны."
)

#: test23, kk-aqtobegazeti-2026-02-06-academy-roundtable: who conducts the round table speaks at it.
CONDUCTED = (
    "2026 жылдың 6 ақпанында Ұлттық ғылым академиясының ұйымдастыруымен дөңгелек үстел өтті. Іс-шараны Академияның "
    "президенті Күрішбаев Ақылбек Қажығұлұлы жүргізіп, еліміздің дамуындағы тарихи кезең – Ата Заңға енгізілетін жаңа "
    "өзгерістердің мәні мен маңызына тоқталды."
)

#: test23, kk-baq-2026-02-28-amirtaev-ecology: "ол" after the participle is the person named before.
PRONOUN = (
    "Бұл туралы Байтақ партиясының төрағасы Азаматхан Әміртаев айтты. Диалогта сөз сөйлеген ол енді экология уақытша "
    "науқан емес, ұлттық деңгейдегі стратегиялық бағытқа айналатынын жеткізді."
)

#: test5, ru-baq-2026-02-07-kim-volunteering: a proposal voiced at the Commission's sitting.
PROPOSAL_AT_MEETING = (
    "С таким предложением выступила депутат Мажилиса Вера Ким на девятом заседании Комиссии по Конституционной "
    "реформе, передаёт BAQ.kz."
)


def test_the_persons_after_the_participle_each_spoke(session):
    with _readings("ru-participle"):
        d = draft(session, ACADEMICS, outlet="kazpravda", date="2026-02-10", name="a1")
        assert {"Владимир Школьник", "Еренгайып Омаров", "Тлеукен Ахметов", "Ержан Кулдеев", "Абдикерим Зейнуллин"} <= (
            _speakers(d)
        )
    with _readings():
        d = draft(session, ACADEMICS, outlet="kazpravda", date="2026-02-10", name="a2")
        assert len(facts(d, "speech")) <= 1


def test_who_conducts_the_event_speaks_at_it(session):
    with _readings("kk-conducted"):
        d = draft(session, CONDUCTED, outlet="aqtobegazeti", date="2026-02-06", name="c1")
        assert any("Күрішбаев" in n for n in _speakers(d))
    with _readings():
        d = draft(session, CONDUCTED, outlet="aqtobegazeti", date="2026-02-06", name="c2")
        assert not any("Күрішбаев" in n for n in _speakers(d))


def test_the_pronoun_after_the_participle_is_the_person_named_before(session):
    with _readings("kk-pronoun"):
        d = draft(session, PRONOUN, outlet="baq-kz", date="2026-02-28", name="p1")
        assert "azamatkhan-amirtayev" in _speakers(d)
    with _readings():
        d = draft(session, PRONOUN, outlet="baq-kz", date="2026-02-28", name="p2")
        assert not facts(d, "speech")


def test_a_proposal_voiced_at_the_sitting_is_a_talk_there(session):
    with _readings("ru-proposal-at-meeting"):
        d = draft(session, PROPOSAL_AT_MEETING, outlet="baq-kz", date="2026-02-07", name="k1")
        assert any("Вера Ким" in n for n in _speakers(d))
    with _readings():
        d = draft(session, PROPOSAL_AT_MEETING, outlet="baq-kz", date="2026-02-07", name="k2")
        assert not any("Вера Ким" in n for n in _speakers(d))


def test_a_statement_to_the_press_stays_no_speech(session):
    # test23, ru-nsn-2026-02-12-zatulin-russian-language has no such wording; a participle for a press statement
    # names no meeting: "Выступивший с заявлением для прессы X" stays a statement
    text = "Выступивший с заявлением для прессы депутат Мажилиса Ерлан Саиров сказал, что поправки нужны."
    with _readings("ru-participle"):
        d = draft(session, text, outlet="baq-kz", date="2026-02-07", name="z1")
        assert not facts(d, "speech")
