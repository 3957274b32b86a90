"""The twentieth session's stance readings (kg/extract/rules/stances.py, ``_READINGS20``): stances the census of the
twenty-two tuning parts found missed (benchmarks/results/stances20_census_before.txt), each pinned with its text from a
tuning part, the readings that fix nothing in sample pinned with sentences written for them, and the cases the
readings must leave alone.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from ._drafting import draft, facts
from ._drafting import stance_readings_without as _without
from ._drafting import stances as _any_stance


def _held_by(d, holder: str) -> set[tuple[str, str]]:
    """(target, polarity) of the drafted stances whose holder's id holds ``holder``."""
    return {(f.values["target"], f.values["polarity"]) for f in facts(d, "stance") if holder in f.values["holder"]}


DRAFT = ("draft-constitution-2026", "support")


# ------------------------------------------------------------------ day-demand: "бүгінгі күн талабы"

BAIGOZHAYEV = (
    "Бұл туралы Алматы облысы мәслихатының төрағасы Қуат Байғожаев Конституциялық комиссияның XI отырысында айтты.\n"
    "— Цифрлық технология қоғамның барлық саласына араласып, күнделікті адам өмірінің ажырамас бөлігіне айналды. Ал "
    "жаңа Конституция жобасында азаматтардың цифрлық саладағы құқығын қорғау міндеті қарастырылғаны — бүгінгі "
    "күн талабы екені даусыз, — деді Қ. Байғожаев."
)


def test_a_demand_of_the_day_is_the_chairs_support(session):
    """test22, kk-kazinform-2026-02-10-baigozhayev-almaty-region: what the draft provides is "бүгінгі күн талабы", the
    maslikhat chair's words: his support of the draft; without the reading no stance."""
    assert DRAFT in _held_by(draft(session, BAIGOZHAYEV), "gozhayev")
    with _without("day-demand"):
        assert DRAFT not in _held_by(draft(session, BAIGOZHAYEV, name="t2"), "gozhayev")


def test_the_demand_of_the_day_to_be_met_is_no_judgment(session):
    """test6, kk-kazinform-2026-02-11-magerramov-referendum: "… бүгінгі заманның талабы мен … сын-қатерлерге сай
    үйлестірілуі тиіс" (the law must be made to meet them) judges nothing."""
    text = (
        "Мәжіліс депутаты Мағеррам Мағеррамов сұхбат берді.\n"
        "Еліміздің негізгі заңы бүгінгі заманның талабы мен ішкі-сыртқы сын-қатерлерге сай үйлестірілуі тиіс."
    )
    assert not _held_by(draft(session, text), "magerramov")


# ------------------------------------------------------------------ ready: "готов для вынесения на референдум"

SHIBUTOV = (
    "Политолог Марат Шибутов заявил о том, что проект новой Конституции готов для вынесения на всенародный "
    "референдум, передает корреспондент агентства Kazinform."
)


def test_a_draft_ready_for_the_referendum_is_the_analysts_support(session):
    """test22, ru-kazinform-2026-02-09-shibutov-tenth-session: "заявил о том, что проект новой Конституции готов для
    вынесения на всенародный референдум": the political scientist supports the draft."""
    assert DRAFT in _held_by(draft(session, SHIBUTOV), "shibutov")
    with _without("ready"):
        assert DRAFT not in _held_by(draft(session, SHIBUTOV, name="t2"), "shibutov")


@pytest.mark.parametrize(
    "text",
    [
        # test21, ru-lada-2026-03-11-karasaev-amanat: a region preparing
        "Аким Нурбек Карасаев заявил, что Мангистауская область готовится к референдуму по новой Конституции.",
        # test4, kk-azattyqruhy-2026-02-25-sirazhev: a region ready
        "Мәслихат депутаты Ерлан Сіражев Батыс Қазақстан облысы жаңа Конституция бойынша референдумға дайын екенін айтты.",
    ],
)
def test_a_region_ready_for_the_referendum_judges_no_text(session, text):
    """A region ready for (or preparing for) the referendum: no text is called ready, no stance."""
    assert not _any_stance(draft(session, text))


# ------------------------------------------------------------------ enables: "will make it possible to preserve"

STRATEGIC = (
    'Only in this way will we be recognized in the world as a truly constructive nation," the President said.\n\n'
    "The draft of the new Constitution will make it possible to preserve our cultural code and strengthen our "
    "national identity. Thus, the Supreme Law is intended to define the main path of the country's development, "
    "harmoniously combining tradition and progress, Tokayev noted."
)


def test_what_the_draft_makes_possible_is_the_presidents_support(session):
    """test22, en-kazinform-2026-03-06-strategic-potential: "The draft … will make it possible to preserve our
    cultural code and strengthen our national identity", Tokayev's words: his support of the draft."""
    assert DRAFT in _held_by(draft(session, STRATEGIC), "tokayev")
    with _without("enables"):
        assert DRAFT not in _held_by(draft(session, STRATEGIC, name="t2"), "tokayev")


def test_what_a_draft_should_make_possible_is_a_demand(session):
    """ "should make it possible to strengthen": a wish, not a judgment."""
    text = STRATEGIC.replace("will make it possible", "should make it possible")
    assert DRAFT not in _held_by(draft(session, text), "tokayev")


@pytest.mark.parametrize(
    "text",
    [
        "Депутат Арман Сейтов считает, что проект новой Конституции позволит укрепить государственность.",
        "Депутат Арман Сейтов жаңа Конституция жобасы мемлекеттілікті нығайтуға мүмкіндік береді деп есептейді.",
    ],
)
def test_what_the_draft_makes_possible_in_russian_and_kazakh(session, text):
    """Written for the reading: "позволит укрепить", "нығайтуға мүмкіндік береді" said of the draft."""
    assert DRAFT in _held_by(draft(session, text), "arman-se")


# ------------------------------------------------------------------ devoted: "дамытуға арналып отыр"

SYRLYBAYEV = (
    "Шараға жоғары оқу орнының ректоры Марат Сырлыбаев бастаған профессорлық-оқытушылық құрам мен студенттер қауымы "
    "қатысып, онда жаңа конституциялық реформа бойынша өтетін референдум талқыланды.\n"
    "Биылғы жылғы 31 қаңтарда еліміз үшін маңызды құжат Конституцияның жаңа жобасы ұсынылды. Университет ректоры, "
    "ғалым ретінде, мен жаңа Конституция адам капиталын, білім, ғылым және инновацияларды одан әрі дамытуға арналып "
    "отыр деп бағалаймын."
)


def test_a_text_devoted_to_developing_is_the_rectors_support(session):
    """test14, kk-arkaazhary-2026-02-20-kokshetau-round-table: "мен жаңа Конституция адам капиталын … дамытуға арналып
    отыр деп бағалаймын": the rector supports the draft."""
    assert DRAFT in _held_by(draft(session, SYRLYBAYEV), "syrlybayev")
    with _without("devoted"):
        assert DRAFT not in _held_by(draft(session, SYRLYBAYEV, name="t2"), "syrlybayev")


def test_an_event_in_support_is_not_devoted_to_an_improvement(session):
    """ "қолдауға арналған концерт" is an event held in support (_DEDICATED), not a text devoted to an improvement."""
    text = "Өңірлік коалиция мүшесі Асқар Бекұлы жаңа Конституцияны қолдауға арналған концерт өткенін айтты."
    assert ("draft-constitution-2026", "oppose") not in _held_by(draft(session, text), "bekul")


# ------------------------------------------------------------------ reception and timely: written for the readings


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("Депутат Арман Сейтов с энтузиазмом воспринял проект новой Конституции.", "arman-se"),
        ("Professor Daniyar Abenov responded with enthusiasm to the draft of the new Constitution.", "abenov"),
        ("Профессор Данияр Әбенов жаңа Конституция жобасын ықыласпен қабылдады.", "abenov"),
    ],
)
def test_support_stated_as_reception(session, text, holder):
    """ "с энтузиазмом воспринял", "responded with enthusiasm", "ықыласпен қабылдады": support of the draft; without the
    reading none."""
    assert DRAFT in _held_by(draft(session, text), holder)
    with _without("reception"):
        assert DRAFT not in _held_by(draft(session, text, name="t2"), holder)


def test_a_guest_warmly_received_is_no_reception_of_a_text(session):
    """ "warmly received the delegation": a visit, no stance."""
    text = "Deputy Arman Seitov warmly received the delegation and spoke about the draft of the new Constitution."
    assert DRAFT not in _held_by(draft(session, text), "arman-se")


def test_a_timely_step_in_kazakh(session):
    """ "жаңа Конституция жобасы — өте дер кезінде жасалып жатқан қадам": a timely step, the speaker's support."""
    text = "— Жаңа Конституция жобасы — өте дер кезінде жасалып жатқан қадам, — деді депутат Арман Сейтов."
    assert DRAFT in _held_by(draft(session, text), "arman-se")
    with _without("timely"):
        assert DRAFT not in _held_by(draft(session, text, name="t2"), "arman-se")


def test_timely_alone_tells_when(session):
    """ "дер кезінде" with no step or decision tells when something was done: no stance."""
    text = "Депутат Арман Сейтов жаңа Конституция жобасы дер кезінде жарияланғанын айтты."
    assert DRAFT not in _held_by(draft(session, text), "arman-se")


# ------------------------------------------------------------------ new-version (off by default): the new text's other names


@contextmanager
def _with(*readings: str) -> Iterator[None]:
    """The extractor with some readings on that are off by default."""
    import kg.extract.rules.stances as stances

    saved = stances.READINGS
    stances.READINGS = saved | set(readings)
    try:
        yield
    finally:
        stances.READINGS = saved


def test_new_version_is_off_by_default():
    """``new-version`` is measured (benchmarks/results/stances20_lopo.txt) and left off."""
    import kg.extract.rules.stances as stances

    assert "new-version" in stances._READINGS20
    assert "new-version" not in stances.READINGS


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        # test15, en-qazinform-2026-02-21-karin-social-contract, its words given to a person named here
        (
            "State Counsellor Erlan Karin said that the new draft more clearly reflects our identity and the "
            "naturally formed social consensus.",
            "karin",
        ),
        ("Депутат Арман Сейтов выразил поддержку новой редакции Основного закона.", "arman-se"),
    ],
)
def test_the_new_text_named_otherwise_is_the_draft(session, text, holder, monkeypatch):
    """ "the new draft", "новая редакция Основного закона": the draft, with the reading on; without it no target is
    reached (a Kazakh "Ата заңның жаңа нұсқасы" is the draft without it already). The thirtieth session's ``edition``
    (kg.extract.mentions.READINGS30, tests/extract/test_lead30.py) names "новая редакция Основного закона" the draft
    where mentions are read, so it is off here."""
    import kg.extract.mentions as mentions

    monkeypatch.setattr(mentions, "READINGS30", frozenset())
    assert DRAFT not in _held_by(draft(session, text), holder)
    with _with("new-version"):
        assert DRAFT in _held_by(draft(session, text, name="t2"), holder)


def test_a_new_draft_law_is_not_the_new_text(session):
    """ "the new draft law on elections": another text, no target."""
    text = "Deputy Arman Seitov expressed support for the new draft law on elections."
    with _with("new-version"):
        assert DRAFT not in _held_by(draft(session, text), "arman-se")
