"""Precision, twenty-fifth session: the dateline's city as the event's place, the minus sign as a quotation's dash.

Each test pins an extraction from a TUNING part (``tests/data/extract_real``: test27) that a reading of
``kg.extract.rules.events.READINGS25`` or ``kg.extract.speakers.CLOSERS25`` fixes, read from the part's own text,
with the reading off for contrast: ``dateline-place`` (an event of a later sentence that names no place is where the
lead's dateline was filed), ``implicit-dateline`` (the event a speech implies is there too) and ``minus-dash`` (the
minus sign typed for a dash opens and closes a quotation). Guards, written for them, pin what they must leave alone.
Measured in benchmarks/results/precision25_lopo.txt.
"""

from __future__ import annotations

import kg.extract.rules.events as events
import kg.extract.speakers as speakers
from kg.extract.draft import Session

from . import _drafting
from ._drafting import claimants as _claimants
from ._drafting import facts
from ._drafting import real_text as _text


def draft(text: str, *, outlet: str, date: str):
    return _drafting.draft(Session(), text, outlet=outlet, date=date)


def _only(monkeypatch, *names: str) -> None:
    """Every twenty-fifth-session reading off but ``names``."""
    monkeypatch.setattr(events, "READINGS25", frozenset(names) & {"dateline-place", "implicit-dateline"})
    monkeypatch.setattr(speakers, "CLOSERS25", tuple(n for n in names if n == "minus-dash"))


def _places(d) -> list[tuple[str, str]]:
    """Every drafted event or session as (date, place), sorted."""
    return sorted((f.values["date"], f.values.get("place", "")) for f in facts(d, "event") + facts(d, "session"))


# ---------------------------------------------------------------------------- dateline-place


def test_a_later_sentences_sitting_is_where_the_dateline_was_filed(monkeypatch):
    """test27 kk-kazinform-2026-02-12-ashimbayev-referendum: "АСТАНА. KAZINFORM – Сенат төрағасы Мәулен Әшімбаев …",
    the sitting named five sentences on with no place: Astana, as the sheet has it."""
    name = "kk-kazinform-2026-02-12-ashimbayev-referendum"
    _only(monkeypatch, "dateline-place")
    assert _places(draft(_text("test27", name), outlet="kazinform", date="2026-02-12")) == [("2026-02-12", "astana")]
    _only(monkeypatch)
    assert _places(draft(_text("test27", name), outlet="kazinform", date="2026-02-12")) == [("2026-02-12", "")]


def test_an_agencys_dateline_with_its_day(monkeypatch):
    """test27 en-tass-2026-02-03-karin-territorial-integrity: "ASTANA, February 3. /TASS/. … said state advisor Yerlan
    Karin at a regular meeting of the constitutional commission"."""
    name = "en-tass-2026-02-03-karin-territorial-integrity"
    _only(monkeypatch, "dateline-place")
    assert _places(draft(_text("test27", name), outlet="tass", date="2026-02-03")) == [("2026-02-03", "astana")]
    _only(monkeypatch)
    assert _places(draft(_text("test27", name), outlet="tass", date="2026-02-03")) == [("2026-02-03", "")]


def test_a_place_the_events_sentence_names_wins_over_the_dateline(monkeypatch):
    """Guard (modelled on test27's Kazinform reports): the sitting held in Karaganda is there, not in Astana."""
    _only(monkeypatch, "dateline-place", "implicit-dateline")
    text = (
        "Депутаттар жаңа Конституция жобасын талқылады\n"
        "АСТАНА. KAZINFORM – Мәжіліс депутаты Серік Егізбаев Конституция жобасы туралы пікір білдірді.\n"
        "Бұл туралы ол Қарағанды қаласында өткен партия активінің отырысында айтты."
    )
    assert _places(draft(text, outlet="kazinform", date="2026-01-26")) == [("2026-01-26", "karaganda")]


def test_a_dash_dateline_is_not_read(monkeypatch):
    """Guard: "ASTANA – …" (a dash, no full stop or comma after the city) is left as before: the held-out part once lost
    an event to a dash dateline's city (``events._DATELINE``)."""
    _only(monkeypatch, "dateline-place", "implicit-dateline")
    text = (
        "Karin on the draft\n"
        "ASTANA – The draft constitution protects the territorial integrity of the country.\n"
        "State advisor Yerlan Karin said so at a regular meeting of the constitutional commission."
    )
    assert _places(draft(text, outlet="tass", date="2026-02-03")) == [("2026-02-03", "")]


# ---------------------------------------------------------------------------- implicit-dateline


def test_the_event_a_speech_implies_is_where_the_dateline_was_filed(monkeypatch):
    """test27 kk-kazinform-2026-01-24-zhienbayev-halyk-kenesi: "АСТАНА. KAZINFORM – … Ержан Жиенбаев … ұсынылғанын
    баяндады": no meeting named, the speech's event is in Astana, as the sheet has it."""
    name = "kk-kazinform-2026-01-24-zhienbayev-halyk-kenesi"
    _only(monkeypatch, "implicit-dateline")
    assert _places(draft(_text("test27", name), outlet="kazinform", date="2026-01-24")) == [("2026-01-24", "astana")]
    _only(monkeypatch)
    assert _places(draft(_text("test27", name), outlet="kazinform", date="2026-01-24")) == [("2026-01-24", "")]


# ---------------------------------------------------------------------------- minus-dash


def test_a_quotation_opened_and_closed_by_the_minus_sign(monkeypatch):
    """test27 kk-kazinform-2026-01-28-azimova-first-draft: "− Қазір қолыңызда бірінші жоба ұсынылған. … Қазіргі
    уақытта 13 тұлғадан ұсыныстар келді. …, − деді Эльвира Әзімова …": the figure is hers, not the outlet's."""
    name = "kk-kazinform-2026-01-28-azimova-first-draft"
    _only(monkeypatch, "minus-dash")
    assert _claimants(draft(_text("test27", name), outlet="kazinform", date="2026-01-28"), 13) == {"elvira-azimova"}
    _only(monkeypatch)
    assert _claimants(draft(_text("test27", name), outlet="kazinform", date="2026-01-28"), 13) == {"kazinform"}


def test_a_minus_before_a_number_closes_no_quotation(monkeypatch):
    """Guard: "−15 градусқа" (a minus before digits, no space after it, no speech verb) opens and closes nothing: the
    paragraph's figure is credited as with the reading off."""
    text = (
        "Ұсыныстар әлі де келіп жатыр\n"
        "АСТАНА. KAZINFORM – Бұл туралы Конституциялық Сотының төрайымы Эльвира Әзімова айтты.\n"
        "Түнде ауа температурасы −15 градусқа дейін төмендеді. Қазіргі уақытта 13 тұлғадан ұсыныстар келді."
    )
    _only(monkeypatch, "minus-dash")
    on = _claimants(draft(text, outlet="kazinform", date="2026-01-28"), 13)
    _only(monkeypatch)
    assert on and on == _claimants(draft(text, outlet="kazinform", date="2026-01-28"), 13)
