"""The twenty-fifth session's readings of proposals (``proposals.READINGS25``; benchmarks/proposals25_lopo.py), from
the census of twenty-seven tuning parts.

The sentences come from the tuning parts (each marked with its part and article) or are modelled on them. Each
reading is shown read right when on, as before when off, and refusing a near miss.
"""

from __future__ import annotations

import pytest

import kg.extract.rules.proposals as proposals

from ._drafting import draft, facts, real_text

EGIZBAYEV = "serik-egizbayev"
DRAFT = "draft-constitution-2026"
CURRENT = "constitution-1995"

# test27/ru-7152-2026-01-26-egizbayev-ecology (the whole article)
ECOLOGY = real_text("test27", "ru-7152-2026-01-26-egizbayev-ecology")
# modelled on it: the deputy named with the post, the name says who
ECOLOGY_NAMED = ECOLOGY.replace("Депутат также предложил", "Депутат Мажилиса Ерлан Саиров также предложил")
# modelled on test24/ru-caravan-2026-01-21-bakhitkhanov-kurultai: a post of the Head of State is not the deputy
ECOLOGY_PRESIDENT = ECOLOGY.replace("Депутат также предложил", "Президент также предложил")

# test27/kk-kazinform-2026-01-26-egizbayev-environment (the whole article)
ENVIRONMENT = real_text("test27", "kk-kazinform-2026-01-26-egizbayev-environment")
# modelled on it: a proposal of reform itself, no body's name around it
REFORMS_KK = "Серік Егізбаев Конституциялық реформаны ұсынды."


@pytest.fixture
def off():
    """The session's readings off, then back as shipped."""
    shipped = proposals.READINGS
    proposals.READINGS = tuple(r for r in shipped if r not in proposals.READINGS25)
    yield
    proposals.READINGS = shipped


def _proposals(d) -> list[tuple[str, str]]:
    return sorted((str(f.values["proposer"]), str(f.values.get("targets"))) for f in facts(d, "proposal"))


def test_post_subject_reads_the_deputy_named_before(session):
    d = draft(session, ECOLOGY, outlet="outlet-7152-kz", date="2026-01-26")
    assert (EGIZBAYEV, f"{CURRENT}-article-31") in _proposals(d)
    assert (EGIZBAYEV, f"{CURRENT}-article-61") in _proposals(d)
    assert all(who == EGIZBAYEV for who, _ in _proposals(d))


def test_post_subject_off_reads_the_citizens_after_the_verb(session, off):
    d = draft(session, ECOLOGY, outlet="outlet-7152-kz", date="2026-01-26")
    assert ("citizens", f"{CURRENT}-article-31") in _proposals(d)


def test_post_subject_near_miss_a_name_after_the_post(session):
    d = draft(session, ECOLOGY_NAMED, outlet="outlet-7152-kz", date="2026-01-26")
    assert EGIZBAYEV not in {who for who, _ in _proposals(d)}


def test_post_subject_near_miss_the_president_is_not_the_deputy(session):
    d = draft(session, ECOLOGY_PRESIDENT, outlet="outlet-7152-kz", date="2026-01-26")
    assert EGIZBAYEV not in {who for who, _ in _proposals(d)}


def test_body_name_reads_the_draft_not_the_commissions_reform(session):
    d = draft(session, ENVIRONMENT, outlet="kazinform", date="2026-01-26")
    assert (EGIZBAYEV, DRAFT) in _proposals(d)


def test_body_name_off_reads_no_draft(session, off):
    d = draft(session, ENVIRONMENT, outlet="kazinform", date="2026-01-26")
    assert (EGIZBAYEV, DRAFT) not in _proposals(d)


def test_body_name_near_miss_the_reform_proposed_itself(session):
    d = draft(session, REFORMS_KK, outlet="kazinform", date="2026-01-26")
    assert (EGIZBAYEV, DRAFT) not in _proposals(d)
