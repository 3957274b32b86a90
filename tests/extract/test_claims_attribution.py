"""Who a figure is credited to (issue #13, fifth pass on claims), pinned on passages of the real-news
tuning parts (``tests/data/extract_real/dev``, ``test2``, ``test3`` and ``test4``).

Each test quotes a sentence or a short passage verbatim from one of those excerpts (named beside it)
and checks what is drafted from it: the body whose data an article cites, the agency whose report an
outlet carries, where a reported speech ends, a post standing for its holder, and which counts are
figures. The gold of all four parts credits a figure a named person announces to that person, and a
body only when the text cites the body's own data or has the body speak.
"""

from __future__ import annotations

import pytest

from ._drafting import draft, facts


def claimants(d, quantity):
    return sorted(f.values["claimant"] for f in facts(d, "claim", quantity=quantity))


# ------------------------------------------------------------------ the data a body released


def test_data_from_a_body_are_the_bodys(session):
    # test4/en-monitoruldestiri-2026-03-16-tass-87-percent: "data from the Commission showed" after its chair spoke
    d = draft(
        session,
        "More than 87% of voters supported a new Kazakh Constitution in Sunday’s referendum, said the chairman of "
        "the Central Referendum Commission, Nurlan Abdirov. According to him, 87.15% of Kazakh nationals, or "
        "7,954,667 people, voted for the new Constitution, with 898,099 votes opposed. The voter turnout was "
        "73.12%, with 9,127,192 out of 12,482,613 eligible voters taking part, data from the Commission showed.",
        outlet="monitorul-de-stiri",
        date="2026-03-16",
    )
    assert claimants(d, 73.12) == ["central-referendum-commission"]
    assert claimants(d, 87.15) == ["nurlan-abdirov"]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # the citation of a body's data as ru and kk reports word it ("согласно данным", "мәліметіне сәйкес")
        (
            "Согласно данным Центральной избирательной комиссии, всего проголосовало 9 127 192 человека.",
            "central-election-commission",
        ),
        (
            "Орталық референдум комиссиясының мәліметіне сәйкес, дауыс беруге 9 127 192 адам қатысты.",
            "central-referendum-commission",
        ),
    ],
)
def test_data_according_to_a_body_in_russian_and_kazakh(session, text, body):
    d = draft(session, text, outlet="interfax", date="2026-03-17")
    assert claimants(d, 9127192) == [body]
