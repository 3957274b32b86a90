"""The twentieth session's readings of proposals (``proposals.READINGS20``; benchmarks/proposals20_census.py and
benchmarks/proposals20_lopo.py): proposals drafted with no target where the gold has their holder's proposal on the
draft.

The sentences come from the tuning parts (each marked with its part and article). Guards: a proposal about the
parliament's name stays without a target, "also" after such a proposal takes none, a participle after a pronoun no
one named is no proposal, and with the readings off the fixed cases go back to what they were.
"""

from __future__ import annotations

import pytest

import kg.extract.rules.proposals as proposals

from ._drafting import draft, facts

TOKAYEV = "kassym-jomart-tokayev"
DRAFT = "draft-constitution-2026"

# test22/en-kazinform-2026-01-20-vice-president-position
KAZINFORM = (
    "President Kassym‑Jomart Tokayev announced a major new initiative, proposing the creation of the institution of "
    "Vice President of the Republic of Kazakhstan, to be enshrined in the Constitution.\n\n"
    "The Head of State also suggested abolishing the position of State Counselor, currently held by Yerlan Karin."
)
# test22/en-modernaz-2026-01-20-vice-president-post
MODERNAZ = (
    "Modern.az reports, citing local media, that Kazakhstan's President Kassym-Jomart Tokayev stated this while "
    "speaking at a meeting of the National Kurultai.\n"
    '"At the final meeting of the National Kurultai, I want to put forward a new, important proposal. The new proposal '
    "I am making will perfectly complement the entire political structure that we have methodically built over "
    'several years. "We are talking about the creation of the institution of Vice-President of the Republic of '
    'Kazakhstan and its inclusion in the Constitution," the head of state said.'
)
# test15/en-024sata-2026-03-25-bulgarian-view
SATA = (
    "It’s apparent that the chief of Kazakhstan, Kassym-Jomart Tokayev, who proposed such a formulation, advocates "
    "conventional household values."
)
# test22/ru-inbusiness-2026-02-12-drogovoz-referendum
DROGOVOZ = (
    "По мнению директора Центра аналитики и стратегических коммуникаций, решение главы государства провести референдум "
    "– это важный политический жест. Для граждан это сигнал о том, что новые правила игры предлагаются через "
    "процедуру, в которой последнее слово остаётся за обществом, – резюмировал Александр Дроговоз."
)
# test10/en-enbekshiqazaq-2026-02-10-abenov-articles-46-62
ABENOV = (
    "The draft of the new Constitution of Kazakhstan includes effective legal mechanisms to protect against artificial "
    "inaction and protracted institutional crisis scenarios. This was stated by Mazhilis deputy Murat Abenov in his speech at the tenth meeting of the Commission on "
    "Constitutional Reform.\n"
    "“I would also like to suggest that the members of the Commission introduce a clarification in the second "
    "paragraph of Article 62, instead of “appointing a candidate proposed by the President”, to “appointing each "
    "candidate proposed by the President”. This will allow to avoid inconsistencies in this article,” the deputy said."
)
# test3/en-openkg-2026-01-20-tokayev-rename-parliament
OPENKG = (
    "Tokayev proposed renaming the Parliament of Kazakhstan.\n\n"
    "Tokayev also proposed to abolish the presidential quota and the quota of the Assembly of the People of "
    "Kazakhstan, while maintaining quotas for women, youth, and people with disabilities."
)
# test11/en-qazinform-2026-01-20-khalyk-kenesi-126
QAZINFORM = (
    "He said the historical missions of the People’s Assembly of Kazakhstan and the Ulttyq Qurultay have been "
    "completed, suggesting the establishment of the People’s Council of Kazakhstan, Khalyk Kenesi."
)


@pytest.fixture
def off():
    """The session's readings off, then back as shipped."""
    shipped = proposals.READINGS
    proposals.READINGS = tuple(r for r in shipped if r not in proposals.READINGS20)
    yield
    proposals.READINGS = shipped


def _targets(d, **values) -> list[str | None]:
    return [f.values.get("targets") for f in facts(d, "proposal", **values)]


def test_a_participle_of_proposing_and_an_also_proposal_target_the_draft(session):
    d = draft(session, KAZINFORM, outlet="kazinform", date="2026-01-20")
    # the participle's proposal is about the text ("to be enshrined in the Constitution"); the one "also" suggested
    # in the next sentence goes with it, one more proposal on the same text
    assert _targets(d, proposer=TOKAYEV) == [DRAFT, DRAFT]
    assert [f.values["initiated"] for f in facts(d, "initiative", initiator=TOKAYEV)] == ["vice-president"]


def test_a_proposal_announced_takes_its_target_from_the_sentences_after(session):
    d = draft(session, MODERNAZ, outlet="modernaz", date="2026-01-20")
    assert _targets(d, proposer=TOKAYEV) == [DRAFT]


def test_a_proposed_formulation_is_the_drafts_text(session):
    d = draft(session, SATA, outlet="024sata", date="2026-03-25")
    assert _targets(d, proposer=TOKAYEV) == [DRAFT]


def test_i_would_also_like_to_suggest_is_the_speakers_proposal(session):
    d = draft(session, ABENOV, outlet="enbekshiqazaq", date="2026-02-10")
    assert _targets(d, proposer="murat-abenov") == ["draft-constitution-2026-article-62-2"]


def test_something_offered_through_a_procedure_is_no_proposal(session):
    d = draft(session, DROGOVOZ, outlet="inbusiness", date="2026-02-12")
    assert facts(d, "proposal") == []


def test_the_parliaments_name_and_what_is_also_proposed_after_it_keep_no_target(session):
    d = draft(session, OPENKG, outlet="openkg", date="2026-01-20")
    assert _targets(d, proposer=TOKAYEV) == [None, None]


def test_also_after_a_proposal_on_an_article_takes_no_article(session):
    text = (
        "Vera Kim proposed to amend Article 31 of the draft Constitution. "
        "Vera Kim also proposed renaming the parliament."
    )
    d = draft(session, text, outlet="kazinform", date="2026-02-07")
    assert set(_targets(d)) == {"draft-constitution-2026-article-31", None}


def test_a_participle_after_a_pronoun_no_one_named_is_no_proposal(session):
    d = draft(session, QAZINFORM, outlet="kazinform", date="2026-01-20")
    assert facts(d, "proposal") == []


def test_one_more_proposal_on_one_text_stays_apart_a_restatement_merges(session):
    more = (
        "Vera Kim proposed to enshrine the encouragement of volunteering in the Constitution. "
        "In addition, Vera Kim proposed to add the duty to protect nature to the Constitution."
    )
    d = draft(session, more, outlet="kazinform", date="2026-02-07")
    assert _targets(d) == [DRAFT, DRAFT]
    again = (
        "Vera Kim proposed to enshrine the encouragement of volunteering in the Constitution. "
        "According to Vera Kim, the encouragement of volunteering should be enshrined in the Constitution."
    )
    d = draft(session, again, outlet="kazinform", date="2026-02-07")
    assert _targets(d) == [DRAFT]


def test_with_the_readings_off_the_fixed_cases_are_as_before(session, off):
    d = draft(session, KAZINFORM, outlet="kazinform", date="2026-01-20")
    assert _targets(d, proposer=TOKAYEV) == [None]
    d = draft(session, MODERNAZ, outlet="modernaz", date="2026-01-20")
    assert _targets(d, proposer=TOKAYEV) == [None]
    d = draft(session, SATA, outlet="024sata", date="2026-03-25")
    assert _targets(d, proposer=TOKAYEV) == [None]
    d = draft(session, DROGOVOZ, outlet="inbusiness", date="2026-02-12")
    assert facts(d, "proposal") != []
