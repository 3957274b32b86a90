"""The twenty-seventh session's readings of proposals and initiatives (``proposals.READINGS27``,
``initiatives.READINGS27``; benchmarks/proposals27_lopo.py), from the census of twenty-eight tuning parts: the
Constitutional Commission created, named as "a commission" or by its creator's post or pronoun; an unnamed collective's
proposal with no target; an impersonal proposal whose source is a pronoun lead (``impersonal-source``, shipped off: it
gains on one part, so its tests turn it on).

The sentences come from the tuning parts (each marked with its part and article) or are modelled on them. Each
reading is shown read right when on, as before when off, and refusing a near miss.
"""

from __future__ import annotations

import pytest

import kg.extract.rules.initiatives as initiatives
import kg.extract.rules.proposals as proposals

from ._drafting import draft, facts

TOKAYEV = "kassym-jomart-tokayev"
COMMISSION = "constitutional-reform-commission"
CREATED = (TOKAYEV, COMMISSION)

# test10/en-disinfomd-2026-02-03-84-percent (two sentences of it)
LEADER = (
    "The document was drafted as part of a reform by President Kassym-Jomart Tokayev on the new Constitution. "
    "The next day, the Kazakh leader created a commission that drafted the document."
)
# test27/en-tass-2026-02-03-karin-territorial-integrity (modelled on two sentences of it)
DECREED = (
    "In September last year, President Kassym-Jomart Tokayev decided to transform the parliament, ordering that this "
    "be enshrined in the constitution. He also decreed to establish a commission to determine the date of the "
    "referendum."
)
# modelled on them: a commission named by what it is for is not the Constitutional Commission
INQUIRY = DECREED.replace("a commission to determine the date of the referendum", "a commission of inquiry")
# test28/en-fergana-2026-01-26-imasheva-assembly-speech (two sentences of it)
ANNOUNCED = (
    "A new version of the country’s basic law is being prepared as part of a parliamentary reform initiated by "
    "President Kassym-Jomart Tokayev. On Jan. 20, he announced the creation of the Constitutional Commission."
)
# modelled on it: "he" with a verb of welcoming, not of announcing or ordering the creation, stays unread
SAID = ANNOUNCED.replace("he announced the creation of", "he welcomed the creation of")
# test12/en-govkz-2026-01-22-malayev-osce (modelled on two sentences of it)
DECREE_OF_POST = (
    "Key aspects of the new Constitution were presented by President Kassym-Jomart Tokayev. In this regard, a special "
    "Commission on Constitutional Reform was established by Decree of the President of Kazakhstan."
)
# modelled on it: a decree of another post names no creator
DECREE_OF_MINISTER = DECREE_OF_POST.replace(
    "Decree of the President of Kazakhstan", "Decree of the Minister of Justice"
)


@pytest.fixture
def off():
    """The session's readings off, then back as shipped."""
    shipped = proposals.READINGS, initiatives.READINGS
    proposals.READINGS = tuple(r for r in shipped[0] if r not in proposals.READINGS27)
    initiatives.READINGS = tuple(r for r in shipped[1] if r not in initiatives.READINGS27)
    yield
    proposals.READINGS, initiatives.READINGS = shipped


# test19/en-enbekshiqazaq-2026-02-17-property-rights
PORTALS = (
    "A special working group was created, and citizens sent their proposals through the e-Otinish and eGov portals."
)
# test28/en-fergana-2026-01-26-imasheva-assembly-speech (its paragraph, the quotation closed by its speaker)
POSSESSIVE = (
    "“The article on citizens’ right to peaceful assembly also includes proposed clarifications. The grounds on which "
    "the exercise of this right may be restricted by law are being expanded,” Imasheva said."
)
# modelled on dev/en-enbekshiqazaq-2026-02-11-proposals-included: a collective's proposal on an article stays
ON_ARTICLE = "Many citizens suggested strengthening Article 14 of the draft Constitution."


# test27/kk-kazinform-2026-01-24-zhienbayev-halyk-kenesi (the lead's two sentences)
ACCORDING_TO_HIM = (
    "Президенттің құқықтық мәселелер жөніндегі көмекшісі Ержан Жиенбаев Халық кеңесінің жұмысы туралы Конституцияға "
    "қандай өзгерістер ұсынылғанын баяндады.\nОның айтуынша, Халық Кеңесінің мәртебесін Конституцияда бекіту "
    "мақсатында онда жеке бөлім көздеу ұсынылады."
)
# modelled on it: no pronoun lead, a body named before the impersonal verb is no source
NO_SOURCE = ACCORDING_TO_HIM.replace("Оның айтуынша, ", "")


@pytest.fixture
def source():
    """``impersonal-source`` on (shipped off: it gains on one part), then back as shipped."""
    shipped = proposals.READINGS
    proposals.READINGS = (*shipped, "impersonal-source")
    yield
    proposals.READINGS = shipped


def _proposals(d) -> list[tuple[str, str]]:
    return sorted((str(f.values["proposer"]), str(f.values.get("targets"))) for f in facts(d, "proposal"))


def _initiated(d) -> set[tuple[str, str]]:
    return {(str(f.values["initiator"]), str(f.values["initiated"])) for f in facts(d, "initiative")}


@pytest.mark.parametrize("text", [LEADER, DECREED, ANNOUNCED, DECREE_OF_POST])
def test_commission_created_read(session, text):
    assert CREATED in _initiated(draft(session, text))


@pytest.mark.parametrize("text", [LEADER, DECREED, ANNOUNCED, DECREE_OF_POST])
def test_commission_created_off(session, off, text):
    assert CREATED not in _initiated(draft(session, text))


@pytest.mark.parametrize("text", [INQUIRY, SAID, DECREE_OF_MINISTER])
def test_commission_created_near_miss(session, text):
    assert CREATED not in _initiated(draft(session, text))


@pytest.mark.parametrize("text", [PORTALS, POSSESSIVE])
def test_group_no_target_read(session, text):
    assert ("citizens", "None") not in _proposals(draft(session, text))


@pytest.mark.parametrize("text", [PORTALS, POSSESSIVE])
def test_group_no_target_off(session, off, text):
    assert ("citizens", "None") in _proposals(draft(session, text))


def test_group_no_target_near_miss(session):
    assert _proposals(draft(session, ON_ARTICLE)) == [("citizens", "draft-constitution-2026-article-14")]


def test_impersonal_source_read(session, source):
    assert [p for _, p in _proposals(draft(session, ACCORDING_TO_HIM))] == ["draft-constitution-2026"]


def test_impersonal_source_off(session):
    assert _proposals(draft(session, ACCORDING_TO_HIM)) == []


def test_impersonal_source_near_miss(session, source):
    assert _proposals(draft(session, NO_SOURCE)) == []
