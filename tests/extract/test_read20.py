"""Twentieth pass (issue #13): speeches `test22`'s errors showed the rules could not read, once it became tuning data.

Each sentence is written for the test after a construction of a tuning part; guards pin what must stay unread.
"""

from __future__ import annotations

from ._drafting import draft, facts


def _speakers(d) -> list[str]:
    return sorted(f.values["speaker"] for f in facts(d, "speech") + facts(d, "report"))


# ---------------------------------------------------------------------------- a pronoun after the opening clause


def test_a_pronoun_after_the_opening_clause_speaks(session):
    """ "Выступая на заседании Конституционной комиссии, он заявил" after the person was named (test22's Mazhilis
    deputy on marriage)."""
    d = draft(
        session,
        "Депутат мажилиса Ерлан Кошанов сообщил, что в Конституции предлагается закрепить понятие семьи. "
        "Выступая на заседании Конституционной комиссии, он заявил, что это важно.",
        outlet="kazinform",
        date="2026-01-24",
    )
    assert _speakers(d) == ["erlan-koshanov"]


def test_a_pronoun_after_an_english_opening_clause_speaks(session):
    d = draft(
        session,
        "Senate Speaker Maulen Ashimbayev visited Shymkent. Speaking at the regional forum, he noted the role of the "
        "draft Constitution.",
        outlet="kazinform",
        date="2026-02-10",
    )
    assert _speakers(d) == ["maulen-ashimbayev"]


def test_words_to_the_press_after_the_clause_are_no_speech(session):
    """Guard: "Speaking to journalists, he said" is a statement to the press (`dev`'s Senate Speaker), in either
    language."""
    for lang_text in (
        "Senate Speaker Maulen Ashimbayev commented on the plans. Speaking to journalists, he said the talk was "
        "premature.",
        "Спикер Сената Маулен Ашимбаев прокомментировал планы. Выступая перед журналистами, он заявил, что это рано.",
    ):
        assert _speakers(draft(session, lang_text, outlet="orda", date="2025-12-01")) == []


# ---------------------------------------------------------------------------- "earlier today"


def test_earlier_today_is_the_same_day(session):
    """ "Earlier today, Qazinform reported that President … delivered a speech at a ceremony" (test22's Women's Day
    ceremony): the day's speech, not an earlier event's."""
    d = draft(
        session,
        "Earlier today, Qazinform reported that President Kassym-Jomart Tokayev delivered a speech at a ceremony "
        "dedicated to International Women's Day.",
        outlet="kazinform",
        date="2026-03-06",
    )
    assert _speakers(d) == ["kassym-jomart-tokayev"]


def test_earlier_alone_stays_an_earlier_event(session):
    """Guard: "Earlier, … delivered a speech" tells of an event before the article's."""
    d = draft(
        session,
        "Earlier, Qazinform reported that President Kassym-Jomart Tokayev delivered a speech at a ceremony "
        "dedicated to International Women's Day.",
        outlet="kazinform",
        date="2026-03-06",
    )
    assert _speakers(d) == []


# ---------------------------------------------------------------------------- an address with its adjectives


def test_an_address_with_several_adjectives_is_a_speech(session):
    """ "delivered a wide-ranging and strategically significant address at the National Kurultai" (test22's Khyber
    Mail)."""
    d = draft(
        session,
        "On 20 January 2026, President Kassym-Jomart Tokayev delivered a wide-ranging and strategically significant "
        "address at the National Kurultai held in Kyzylorda.",
        outlet="kazinform",
        date="2026-01-21",
    )
    assert _speakers(d) == ["kassym-jomart-tokayev"]


def test_an_effort_to_address_is_no_speech(session):
    """Guard: "made a serious effort to address the problems": the verb "address", no speech."""
    d = draft(
        session,
        "Akim Yerlan Koshanov made a serious effort to address the problems of the district's schools.",
        outlet="kazinform",
        date="2026-01-21",
    )
    assert _speakers(d) == []


# ---------------------------------------------------------------------------- "chaired by the president,"


def test_the_president_before_a_comma_chairs(session):
    """ "The expanded government meeting, chaired by the president, has become a traditional format … and is held once
    a year" (test22's MTS report): the post alone before a comma is the Head of State."""
    d = draft(
        session,
        "Tokayev emphasized the need for a new Constitution. The expanded government meeting, chaired by the "
        "president, has become a traditional format for working with the cabinet and is held once a year.",
        outlet="kazinform",
        date="2026-02-10",
    )
    assert [f.values.get("chair") for f in facts(d, "event")] == ["kassym-jomart-tokayev"]


def test_the_first_president_before_a_comma_holds_no_post(session):
    """Guard: "Kazakhstan's first president, Nursultan Nazarbayev, …" (test16's Qalampir) is a title of the past."""
    d = draft(
        session,
        "Kazakhstan's first president, Nursultan Nazarbayev, along with his family members, lost the privileges.",
        outlet="kazinform",
        date="2026-01-21",
    )
    assert facts(d, "membership") == []
