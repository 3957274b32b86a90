"""The twenty-sixth session's readings of proposals and initiatives (``proposals.READINGS26``,
``initiatives.READINGS26``; benchmarks/proposals26_lopo.py), from the census of twenty-seven tuning parts.

The sentences come from the tuning parts (each marked with its part and article) or are modelled on them. Each
reading is shown read right when on, as before when off, and refusing a near miss; ``infinitive-list`` ships off (it
gains on one part), so its tests turn it on.
"""

from __future__ import annotations

import pytest

import kg.extract.rules.initiatives as initiatives
import kg.extract.rules.proposals as proposals

from ._drafting import draft, facts, real_text

EGIZBAYEV = "serik-egizbayev"
TOKAYEV = "kassym-jomart-tokayev"
DRAFT = "draft-constitution-2026"
CURRENT = "constitution-1995"
REFORM = "constitutional-reform-2025"

# test27/ru-7152-2026-01-26-egizbayev-ecology (the whole article)
ECOLOGY = real_text("test27", "ru-7152-2026-01-26-egizbayev-ecology")
# modelled on it: a participle after the comma, no infinitive opening a second item
PARTICIPLE = (
    "Серик Егизбаев предложил внести в статью 31 обязанность граждан по сохранению природы, закреплённую на уровне "
    "Конституции."
)

# test26/kk-zakon-2026-02-07-kim-volunteering (the whole article)
VOLUNTEERING = real_text("test26", "kk-zakon-2026-02-07-kim-volunteering")
KIM = "vera-kim"
# modelled on it: the headline's proposal about another matter than the article's paragraph
YOUTH = VOLUNTEERING.replace("волонтерлікті ынталандыру туралы норма", "мемлекеттік тілдің мәртебесі туралы бап")

# test10/en-qazinform-2025-12-20-kurultai-sections
LARGE_SCALE = (
    "According to the State Counselor, these positive developments are the direct result of the large-scale reforms "
    "initiated by Kazakh President Kassym-Jomart Tokayev."
)
# test13/en-govkz-2026-02-27-zagreb-roundtable
TRANSFORMATIONS = (
    "In his speech, Ambassador of Kazakhstan Daulet Batrashev noted that the constitutional reform was a logical "
    "continuation of the large-scale political transformations initiated by President Kassym-Jomart Tokayev."
)
# modelled on them: the constitutional reform itself, no word of scale
CONSTITUTIONAL = "The constitutional reform initiated by President Kassym-Jomart Tokayev was discussed at the forum."
# modelled on test9/en-timesunion-2026-01-21-kurultai-address: a word of scale before the constitutional reforms
SWEEPING = "In a major address, President Kassym-Jomart Tokayev unveiled sweeping constitutional reforms."


@pytest.fixture
def off():
    """The session's readings off, then back as shipped."""
    shipped = proposals.READINGS, initiatives.READINGS
    proposals.READINGS = tuple(r for r in shipped[0] if r not in proposals.READINGS26)
    initiatives.READINGS = tuple(r for r in shipped[1] if r not in initiatives.READINGS26)
    yield
    proposals.READINGS, initiatives.READINGS = shipped


@pytest.fixture
def listed():
    """``infinitive-list`` on (shipped off: it gains on one part), then back as shipped."""
    shipped = proposals.READINGS
    proposals.READINGS = (*shipped, "infinitive-list")
    yield
    proposals.READINGS = shipped


def _proposals(d) -> list[tuple[str, str]]:
    return sorted((str(f.values["proposer"]), str(f.values.get("targets"))) for f in facts(d, "proposal"))


def _initiated(d) -> set[tuple[str, str]]:
    return {(str(f.values["initiator"]), str(f.values["initiated"])) for f in facts(d, "initiative")}


def test_infinitive_list_reads_each_item(session, listed):
    d = draft(session, ECOLOGY, outlet="outlet-7152-kz", date="2026-01-26")
    got = _proposals(d)
    assert (EGIZBAYEV, DRAFT) in got  # "закрепить экологические ценности на уровне Конституции", "принять преамбулу"
    assert (EGIZBAYEV, f"{CURRENT}-article-31") in got
    assert (EGIZBAYEV, f"{CURRENT}-article-61") in got


def test_infinitive_list_off_reads_the_first_items_as_one(session):
    d = draft(session, ECOLOGY, outlet="outlet-7152-kz", date="2026-01-26")
    assert (EGIZBAYEV, DRAFT) not in _proposals(d)
    assert (EGIZBAYEV, f"{CURRENT}-article-31") in _proposals(d)


def test_infinitive_list_near_miss_a_participle_after_the_comma(session, listed):
    d = draft(session, PARTICIPLE, outlet="kazinform", date="2026-01-26")
    assert _proposals(d) == [(EGIZBAYEV, f"{CURRENT}-article-31")]


def test_restated_article_drops_the_headlines_proposal_on_the_draft(session):
    d = draft(session, VOLUNTEERING, outlet="zakon-kz", date="2026-02-07")
    assert _proposals(d) == [(KIM, f"{DRAFT}-article-31-2")]


def test_restated_article_off_keeps_both(session, off):
    d = draft(session, VOLUNTEERING, outlet="zakon-kz", date="2026-02-07")
    assert _proposals(d) == [(KIM, DRAFT), (KIM, f"{DRAFT}-article-31-2")]


def test_restated_article_near_miss_another_matter_stays(session):
    d = draft(session, YOUTH, outlet="zakon-kz", date="2026-02-07")
    assert (KIM, DRAFT) in _proposals(d)


@pytest.mark.parametrize("text", [LARGE_SCALE, TRANSFORMATIONS], ids=["large-scale", "transformations"])
def test_broad_reforms_initiate_no_reform(session, text):
    assert (TOKAYEV, REFORM) not in _initiated(draft(session, text))


@pytest.mark.parametrize("text", [LARGE_SCALE, TRANSFORMATIONS], ids=["large-scale", "transformations"])
def test_broad_reforms_off_read_the_reform(session, off, text):
    assert (TOKAYEV, REFORM) in _initiated(draft(session, text))


@pytest.mark.parametrize("text", [CONSTITUTIONAL, SWEEPING], ids=["no-scale", "sweeping-constitutional"])
def test_broad_reforms_near_miss_the_constitutional_reform_stays(session, text):
    assert (TOKAYEV, REFORM) in _initiated(draft(session, text))
