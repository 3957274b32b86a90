"""The lead's readings of the thirty-third session (each module's ``READINGS33``), from the errors of ``test35`` and
``test36``, the parts held out in the thirty-second session and tuning data since: the referendum named with its day
in a report written after it is an event of that day (``recalled-day``); a Russian body the tagger names for its
members is the body, not the group inside it (``members-body``); a body after a state post's holder with "at" is
where the holder spoke (``venue``). Each is checked on and off; then the session's lexicon (sums in billions, "The
figure was announced … by X").
"""

from __future__ import annotations

import kg.extract.mentions as mentions
import kg.extract.rules.events as events
import kg.extract.rules.memberships as memberships
from kg.extract.draft import Session

from . import _drafting

#: Where each reading is switched.
_MODULE = {"recalled-day": events, "members-body": mentions, "venue": memberships}


def _without(monkeypatch, reading: str) -> None:
    _drafting.without_reading(monkeypatch, _MODULE[reading], "READINGS33", reading)


def _event_days(session: Session, text: str, date: str) -> list[str]:
    return [f.values["date"] for f in _drafting.facts(_drafting.draft(session, text, date=date), "event")]


def test_the_referendum_named_with_its_day_after_the_vote_is_an_event_of_that_day(session: Session, monkeypatch):
    # "In a nationwide referendum on March 15, over 87% of voters approved a new constitution for Kazakhstan." (a
    # report of the 16th; the share beside it no longer hides the vote)
    text = _drafting.real_text("test36", "en-timesca-2026-03-16-key-signal")
    assert _event_days(session, text, "2026-03-16") == ["2026-03-15"]
    # "Основной закон был принят на республиканском референдуме 15 марта." (a report of the 18th)
    russian = _drafting.real_text("test23", "ru-obk-2026-03-18-constitution-text-published")
    assert "2026-03-15" in _event_days(session, russian, "2026-03-18")
    _without(monkeypatch, "recalled-day")
    assert _event_days(session, text, "2026-03-16") == []
    assert "2026-03-15" not in _event_days(session, russian, "2026-03-18")


def test_a_referendum_to_come_or_recalled_without_its_day_is_no_event(session: Session):
    # before the vote, the day is the vote's to come; after it, a referendum named with no day stays unheld
    before = "15 марта в Казахстане состоится республиканский референдум по проекту новой Конституции."
    assert _event_days(session, before, "2026-03-05") == []
    after = "After the referendum, the new Constitution will take effect on July 1."
    assert _event_days(session, after, "2026-03-20") == []


def test_a_russian_body_named_for_its_members_is_the_body(session: Session, monkeypatch):
    # "… председатель Союза юристов Казахстана Серик Акылбай заявил …": the union's chair, not a chair of "Союз"
    text = _drafting.real_text("test35", "ru-baq-2026-01-24-akylbay-religion")
    d = _drafting.draft(session, text, outlet="baq-kz", date="2026-01-24")
    union = _drafting.org_of(d, "serik-akylbay", "chair")
    assert _drafting.names(d, union) >= {"Союз юристов Казахстана"}
    _without(monkeypatch, "members-body")
    d = _drafting.draft(session, text, outlet="baq-kz", date="2026-01-24")
    assert _drafting.names(d, _drafting.org_of(d, "serik-akylbay", "chair")) == {"Союз", "Soyuz"}


def test_the_group_alone_is_still_a_group(session: Session):
    # "Юристы страны поддержали …": the lawyers, no body named for them; "Союз юристов Казахстана поддержал …": the union
    d = _drafting.draft(session, "Юристы страны поддержали проект новой Конституции.", outlet="baq-kz")
    assert _drafting.stances(d) == {("lawyers", "draft-constitution-2026", "support")}
    d = _drafting.draft(session, "Союз юристов Казахстана поддержал проект новой Конституции.", outlet="baq-kz")
    (holder,) = {h for h, _t, _p in _drafting.stances(d)}
    assert _drafting.names(d, holder) >= {"Союз юристов Казахстана"}


def test_a_body_after_the_head_of_state_with_at_is_where_he_spoke(session: Session, monkeypatch):
    # "The ideas voiced by President Kassym-Jomart Tokayev at the National Kurultai reflect …": the head of state
    text = _drafting.real_text("test35", "en-dknews-2026-01-22-nu-experts-kurultai")
    d = _drafting.draft(session, text, outlet="dknews", date="2026-01-22")
    assert ("kassym-jomart-tokayev", "president", "national-kurultai") not in _drafting.posts(d)
    _without(monkeypatch, "venue")
    d = _drafting.draft(session, text, outlet="dknews", date="2026-01-22")
    assert ("kassym-jomart-tokayev", "president", "national-kurultai") in _drafting.posts(d)


def test_an_analyst_at_a_centre_keeps_the_centre(session: Session):
    # "regional analyst Roza Bayramova from the AIR Centre", "… at the AIR Centre": no state post, the body stays
    text = "Regional analyst Roza Bayramova at the AIR Centre said the changes could improve stability."
    assert ("roza-bayramova", "analyst", "air-centre") in _drafting.posts(_drafting.draft(session, text, outlet="x"))


def test_a_sum_in_billions_and_the_figure_announced_by_a_speaker(session: Session):
    # "… is preliminarily estimated at 20.8 billion tenge (KZT) … The figure was announced at a press conference by
    # Mikhail Bortnik, a member of Kazakhstan's Central Election Commission."
    text = _drafting.real_text("test36", "en-timesca-2026-02-15-referendum-cost")
    d = _drafting.draft(session, text, outlet="times-of-central-asia", date="2026-02-15")
    assert _drafting.claimants(d, 20_800_000_000) == {"mikhail-bortnik"}
    assert not _drafting.claimants(d, 20.8)
