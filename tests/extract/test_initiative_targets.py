"""An initiative's target is what the words after its cue create (``initiatives.TARGETS``, benchmarks/initiative_census.py).

The sentences come from the tuning parts (each marked with its part and article). ``created``: the institutions
named after a word of creating in the initiative's sentence (the unicameral parliament, the post of vice-president)
are its targets, and a place may stand between "выступил" and "с инициативой". Guards: a unicameral parliament merely proposed
stays a proposal, a relative clause after the initiative's object is the object's, and with the component off
nothing here is drafted.
"""

from __future__ import annotations

import pytest

import kg.extract.rules.initiatives as initiatives

from ._drafting import draft, facts


def _initiated(d, initiator: str = "kassym-jomart-tokayev") -> set[str]:
    return {f.values["initiated"] for f in facts(d, "initiative", initiator=initiator)}


# test9/ru-mgorod-2026-01-20-vice-president
RAISED_AT = (
    "Президент Казахстана Касым-Жомарт Токаев выступил на заседании Национального курултая с инициативой учредить "
    "в стране пост вице-президента и закрепить его статус в Конституции."
)
# test13/ru-29ru-2026-02-01-russian-language-status
INCLUDING = (
    "Президент Касым-Жомарт Токаев инициировал реформы, включая создание однопалатного парламента и введение поста "
    "вице-президента, с референдумом намеченным на 2027 год."
)
# test3/ru-kommersant-2026-03-13-people-constitution
INITIATED_CHANGES = (
    "Президент республики Касым-Жомарт Токаев, инициировавший изменения, предложил создать однопалатный парламент "
    "вместо двухпалатного, а также вернуть должность вице-президента."
)


def test_an_initiative_raised_at_a_meeting_initiates_the_post_it_creates(session):
    assert "vice-president" in _initiated(draft(session, RAISED_AT, outlet="mgorod"))


def test_the_same_in_english(session):
    """Written for the wording of test9's mgorod, in English (no tuning part has it)."""
    text = (
        "President Kassym-Jomart Tokayev spoke at the session of the National Kurultai with the initiative to "
        "establish the post of vice president."
    )
    assert "vice-president" in _initiated(draft(session, text))


def test_reforms_including_the_creation_of_a_parliament_initiate_it(session):
    assert {"constitutional-reform-2025", "kurultai", "vice-president"} <= _initiated(draft(session, INCLUDING))


def test_who_initiated_the_changes_initiates_the_parliament_he_proposes(session):
    assert {"kurultai", "vice-president"} <= _initiated(draft(session, INITIATED_CHANGES, outlet="kommersant"))


def test_a_relative_clause_after_the_object_is_the_objects(session):
    """test3/en-gazetakg-2026-03-01-observers: the amendments propose the parliament; he initiated the reform."""
    d = draft(
        session,
        "The President of Kazakhstan, Kassym-Jomart Tokayev, initiated amendments that, among other things, propose "
        "a transition from a bicameral to a unicameral parliament.",
        outlet="gazeta-kg",
    )
    assert "kurultai" not in _initiated(d)


def test_a_unicameral_parliament_merely_proposed_stays_a_proposal(session):
    d = draft(session, "Касым-Жомарт Токаев предложил создать однопалатный парламент.")
    assert "kurultai" not in _initiated(d)


@pytest.mark.parametrize(
    ("text", "target"),
    [(RAISED_AT, "vice-president"), (INCLUDING, "kurultai")],
)
def test_off_drafts_none_of_them(session, monkeypatch, text, target):
    monkeypatch.setattr(initiatives, "TARGETS", ())
    assert target not in _initiated(draft(session, text))
