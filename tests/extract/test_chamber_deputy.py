"""A person → post component built after the census of missed posts (``benchmarks/results/post_census.txt``): an
English chamber's deputy is a post whatever follows it (``kg.extract.patterns.CHAMBER_DEPUTY``, on by default: left out
one tuning part at a time it gained three posts and lost none, ``benchmarks/results/post_lopo_chamber.txt``).

A second component, reading past a degree, a title or a profession between a post and its name, gained nothing left
out and stays on branch ``experiment/post-descriptors`` with its tests.
"""

from __future__ import annotations

import pytest

from kg.extract import patterns as P

from ._drafting import draft
from ._drafting import posts as _posts


def _roles(d, holder: str) -> set[str]:
    return {r for h, r, _ in _posts(d) if holder in h}


# ---------------------------------------------------------------------------- an English chamber's deputy


@pytest.fixture(params=["on", "off"])
def chamber(request, monkeypatch):
    """The chamber's deputy on (the default: must pass) and off (must not); the posts' cache is cleared both ways."""
    monkeypatch.setattr(P, "CHAMBER_DEPUTY", request.param == "on")
    P._posts.cache_clear()
    yield request.param
    P._posts.cache_clear()


def test_en_a_majilis_deputy_and_the_head_of_a_faction(session, chamber):
    """test9 en-qazinform-2026-01-26-yegizbayev-third-session: both posts of the chain after the name."""
    d = draft(session, "Serik Yegizbayev, Majilis deputy and Head of the Auyl Party faction, spoke at the session.")
    assert (_roles(d, "egizbayev") == {"deputy", "head"}) == (chamber == "on")


def test_en_a_majilis_deputy_after_an_article(session, chamber):
    """test11 en-qazinform-2026-02-04-beissenbayev-consensus ("a Majilis deputy and Head of …")."""
    d = draft(
        session,
        "Yelnur Beissenbayev, a Majilis deputy and Head of the Amanat Party faction, outlined the key changes.",
    )
    assert ("deputy" in _roles(d, "beissenbayev")) == (chamber == "on")


def test_on_by_default():
    assert P.CHAMBER_DEPUTY is True


def test_a_chamber_deputy_with_no_name_is_no_ones_post(session):
    """Guard: "A Senate deputy called …" names no holder."""
    d = draft(session, "A Senate deputy called the draft a truly people's Constitution, the agency reported.")
    assert _posts(d) == []


def test_a_chambers_deputy_chairman_stays_a_deputy_chair(session):
    """Guard: "Majilis Deputy Chairman X" is the chamber's deputy chair, never a deputy."""
    d = draft(session, "Majilis Deputy Chairman Albert Rau opened the session.")
    assert _roles(d, "rau") == {"deputy-chair"}
