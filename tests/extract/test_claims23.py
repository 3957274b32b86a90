"""Claims, twenty-third session: readings from the census of twenty-four tuning parts.

Each test pins an extraction from a TUNING part (``tests/data/extract_real``: test7, test10, test24) that a reading
of ``kg.extract.rules.claims.READINGS23`` fixes, read from the part's own text, with the reading off for contrast:
``elided`` (a figure whose counted noun is left out goes on counting the figure's before it), ``dated`` (a sentence
that dates what it tells is the outlet's record, not the reported speech before it going on) and ``of-name`` (an
outlet named with "of" in the lead's formula, "The Times of Central Asia reports"). Guards, with sentences written
for them, pin what they must leave alone. Measured in benchmarks/results/claims23_lopo.txt.
"""

from __future__ import annotations

import kg.extract.rules.claims as claims
from kg.extract.draft import Session

from . import _drafting
from ._drafting import claimants as _claimants
from ._drafting import facts
from ._drafting import real_text as _text


def draft(text: str, *, outlet: str, date: str):
    return _drafting.draft(Session(), text, outlet=outlet, date=date)


def _only(monkeypatch, *names: str) -> None:
    """Every twenty-third session reading off but ``names``."""
    monkeypatch.setattr(claims, "READINGS23", frozenset(names))


def _units(d, quantity: float) -> set[str]:
    return {
        f.values["unit"]["ru" if "ru" in f.values["unit"] else "en"]
        for f in facts(d, "claim")
        if float(f.values["quantity"]) == quantity
    }


# ---------------------------------------------------------------------------- elided


def test_a_part_that_opens_the_next_sentence(monkeypatch):
    """test24 ru-newsasia-2026-03-16-cis-observers: "… посетила 205 избирательных участков. Из них 193 расположены
    непосредственно в Казахстане и еще 12 — в зарубежных …": the outlet's 193 and 12 polling stations."""
    name = "ru-newsasia-2026-03-16-cis-observers"
    _only(monkeypatch, "elided")
    d = draft(_text("test24", name), outlet="news-asia", date="2026-03-16")
    assert _claimants(d, 193) == {"news-asia"} and _claimants(d, 12) == {"news-asia"}
    assert _units(d, 193) == _units(d, 205)  # the unit of "205 избирательных участков"
    _only(monkeypatch)
    d = draft(_text("test24", name), outlet="news-asia", date="2026-03-16")
    assert _claimants(d, 193) == set() and _claimants(d, 12) == set()
    assert _claimants(d, 205) == {"news-asia"}


def test_a_bare_predicate_figure_goes_on_counting(monkeypatch):
    """test24 en-astanatimes-2026-01-30-volunteers-forum: "While there were 50,000 volunteers in Kazakhstan in 2020,
    today there are already 300,000,” Tokayev said": his 300,000 volunteers."""
    name = "en-astanatimes-2026-01-30-volunteers-forum"
    _only(monkeypatch, "elided")
    d = draft(_text("test24", name), outlet="astana-times", date="2026-01-30")
    assert _claimants(d, 300000) == {"kassym-jomart-tokayev"}
    assert _units(d, 300000) == {"volunteers"}
    assert _claimants(d, 2020) == set()  # "in 2020": a year
    _only(monkeypatch)
    d = draft(_text("test24", name), outlet="astana-times", date="2026-01-30")
    assert _claimants(d, 300000) == set()


def test_a_figure_with_a_noun_of_its_own_or_no_figure_before_is_left(monkeypatch):
    """Guards: a figure that counts a noun of its own ("20 regional front offices"), a figure after no figure ("Из
    них 12" with no figure in the sentence before), after a share ("87% …, today there are 90"), a year, a number
    with no cue ("in Article 5, …") are not read as going on counting."""
    _only(monkeypatch, "elided")
    for text, outlet in (
        ("Проект обсудили в Астане. Из них 12 — за рубежом.", "kazinform"),
        ("Явка составила 73%. Из них 12 — за рубежом.", "kazinform"),
        ("There were 50,000 volunteers in 2020, and the forum opened in 2026.", "astana-times"),
        ("There were 50,000 volunteers, as Article 5 says.", "astana-times"),
        ("There were 50 volunteers; today there are already 20 regional front offices.", "astana-times"),
    ):
        d = draft(text, outlet=outlet, date="2026-03-16")
        assert _claimants(d, 12) == _claimants(d, 2026) == _claimants(d, 5) == _claimants(d, 20) == set(), text


# ---------------------------------------------------------------------------- dated


def test_a_dated_event_is_the_outlets_record(monkeypatch):
    """test10 en-bondaz-2026-06-30-final-joint-session: "Tokayev spoke at the final joint session … ¶ On March 15, a
    referendum on the new Constitution was held, with 87.15% of voters supporting the changes.": the outlet's, not
    the President's speech going on."""
    name = "en-bondaz-2026-06-30-final-joint-session"
    _only(monkeypatch, "dated")
    d = draft(_text("test10", name), outlet="bond-az", date="2026-06-30")
    assert _claimants(d, 87.15) == {"bond-az"}
    _only(monkeypatch)
    d = draft(_text("test10", name), outlet="bond-az", date="2026-06-30")
    assert _claimants(d, 87.15) == {"kassym-jomart-tokayev"}


def test_an_undated_figure_still_goes_on_with_the_speech(monkeypatch):
    """Guard (dev ru-sputnik-2026-01-20-kurultai-name): "В его составе будут работать 145 депутатов …" after the
    President's speech dates nothing: his, as before."""
    _only(monkeypatch, "dated")
    d = draft(_text("dev", "ru-sputnik-2026-01-20-kurultai-name"), outlet="sputnik", date="2026-01-20")
    assert "kassym-jomart-tokayev" in _claimants(d, 145)
    assert claims.dated("The new parliament will consist of 145 mandates, with a term of 5 years.", "en") is False
    assert claims.dated("The Commission was formed in January 2026 with 130 members.", "en") is True
    assert claims.dated("15 наурыз күні барлығы 521 учаске жұмыс істейді.", "kk") is True


# ---------------------------------------------------------------------------- of-name


def test_an_outlet_named_with_of(monkeypatch):
    """test7 en-qazinform-2026-02-15-foreign-media-review: "…, The Times of Central Asia reports." in the lead; its
    figures further on ("A working group reviewed more than 2,000 proposals, and a 130-member Constitutional
    Commission was formed in January 2026.") are that outlet's, not "Central Asia"'s."""
    name = "en-qazinform-2026-02-15-foreign-media-review"
    _only(monkeypatch, "dated", "of-name")
    d = draft(_text("test7", name), outlet="kazinform", date="2026-02-15")
    assert _claimants(d, 2000) == _claimants(d, 130) == {"times-of-central-asia"}
    _only(monkeypatch, "dated")
    d = draft(_text("test7", name), outlet="kazinform", date="2026-02-15")
    assert _claimants(d, 2000) == _claimants(d, 130) == {"central-asia"}


def test_a_name_without_of_is_kept():
    """Guard: a name the formula found whole, and a lowercase "of" before it, are left as they are."""
    assert claims._of_name("…, Kazinform reports.", "Kazinform") == "Kazinform"
    assert claims._of_name("…, as one of Trend reports.", "Trend") == "Trend"


# ---------------------------------------------------------------------------- first-person


def test_an_unnamed_first_person_account_is_the_outlets(monkeypatch):
    """test24 ru-qarajalnews-2026-02-02-akzhol-joint-sitting: "Рассказал однопартийцам о своём участии …, а также о
    нашей с Данией Еспаевой … работе … ¶ Как известно, … было направлено более 600 предложений, ещё более 1600 … Наша
    Демократическая партия «Ак жол» направила в рабочую группу более 50 предложений.": the account's speaker is not
    named, its figures are the outlet's, not the party's whose sitting the lead reports."""
    name = "ru-qarajalnews-2026-02-02-akzhol-joint-sitting"
    _only(monkeypatch, "first-person")
    d = draft(_text("test24", name), outlet="qarajal-news", date="2026-02-02")
    assert _claimants(d, 600) == _claimants(d, 1600) == _claimants(d, 50) == {"qarajal-news"}
    _only(monkeypatch)
    d = draft(_text("test24", name), outlet="qarajal-news", date="2026-02-02")
    assert _claimants(d, 600) == _claimants(d, 1600) == _claimants(d, 50) == {"ak-zhol"}


def test_a_named_persons_first_person_account_stays_theirs(monkeypatch):
    """Guard: a person's report going on in the first person ("Ерлан Карин рассказал … ¶ Наша рабочая группа …") is
    still theirs; the reading only parts an account from a body."""
    _only(monkeypatch, "first-person")
    text = (
        "Государственный советник Ерлан Карин рассказал о работе рабочей группы.\n\n"
        "Наша рабочая группа рассмотрела более 2000 предложений граждан."
    )
    d = draft(text, outlet="kazinform", date="2026-02-02")
    assert _claimants(d, 2000) == {"erlan-karin"}
