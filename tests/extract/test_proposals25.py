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


# test26/kk-baq-2026-02-09-abenov-dissolution (the whole article)
ABENOV = real_text("test26", "kk-baq-2026-02-09-abenov-dissolution")
FACTION = "amanat-faction"
# modelled on test2/kk-kazinform-2026-02-11-auyl-referendum: a party's name the quotation marks hold alone
AUYL = "«Ауыл» партиясы жаңа Конституция жобасын референдумға шығаруды ұсынды."
# modelled on ABENOV: a share of the text, not an ordinal, before the article named
ABENOV_SHARE = ABENOV.replace("46-шы және 62-баптың «Президент", "мәтіннің 84% және 62-баптың «Президент")


@pytest.fixture
def off(monkeypatch):
    """The session's readings off, then back as shipped (and the thirtieth session's ``infinitive-object``, which
    reads no subject after "предложил закрепить" either)."""
    import kg.extract.rules.common as common

    monkeypatch.setattr(common, "READINGS30", frozenset())
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


def test_quoted_wording_reads_the_faction_not_the_president_quoted(session):
    d = draft(session, ABENOV, outlet="baq-kz", date="2026-02-09")
    assert (FACTION, f"{DRAFT}-article-62") in _proposals(d)
    assert "kassym-jomart-tokayev" not in {who for who, _ in _proposals(d)}


def test_quoted_wording_off_reads_the_president_quoted(session, off):
    d = draft(session, ABENOV, outlet="baq-kz", date="2026-02-09")
    assert FACTION not in {who for who, _ in _proposals(d)}


def test_quoted_wording_near_miss_a_name_the_quotation_marks_hold_alone(session):
    d = draft(session, AUYL, outlet="kazinform", date="2026-02-11")
    assert ("auyl", DRAFT) in _proposals(d)


def test_ordinal_list_reads_both_articles(session):
    d = draft(session, ABENOV, outlet="baq-kz", date="2026-02-09")
    assert {(FACTION, f"{DRAFT}-article-46"), (FACTION, f"{DRAFT}-article-62")} <= set(_proposals(d))


def test_ordinal_list_off_reads_the_article_named_alone(session):
    shipped = proposals.READINGS
    proposals.READINGS = tuple(r for r in shipped if r != "ordinal-list")
    try:
        d = draft(session, ABENOV, outlet="baq-kz", date="2026-02-09")
    finally:
        proposals.READINGS = shipped
    assert [t for who, t in _proposals(d) if who == FACTION] == [f"{DRAFT}-article-62"]


def test_ordinal_list_near_miss_a_share_is_no_article(session):
    d = draft(session, ABENOV_SHARE, outlet="baq-kz", date="2026-02-09")
    assert (FACTION, f"{DRAFT}-article-62") in _proposals(d)
    assert not any(t.endswith("-article-84") for _, t in _proposals(d))
