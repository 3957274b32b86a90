"""The lead's readings of the thirtieth session (each module's ``READINGS30``), each from an error of
``test31``, the part held out in the twenty-ninth session and tuning data since: a Russian infinitive's object is no
subject (``infinitive-object``), the Constitution's new edition is the draft (``edition``), an English "suggests that" before a verb of fact proposes nothing
(``suggests-fact``), the Kazakh participle "ұсынған" names what it proposed after it (``kk-participle``), and a
headline that calls an institution of the reform necessary is its speaker's support (``institution-need``). Each is
checked on and off; a figure foreseen ("could reach 200") is a claim with no switch.
"""

from __future__ import annotations

import pytest

import kg.extract.mentions as mentions
import kg.extract.rules.common as common
import kg.extract.rules.initiatives as initiatives
import kg.extract.rules.proposals as proposals
import kg.extract.rules.stances as stances
from kg.extract.draft import Session

from . import _drafting

#: Where each reading is switched.
_MODULE = {
    "edition": mentions,
    "infinitive-object": common,
    "said-after": common,
    "suggests-fact": proposals,
    "kk-participle": initiatives,
    "institution-need": stances,
}


def _without(monkeypatch, reading: str) -> None:
    _drafting.without_reading(monkeypatch, _MODULE[reading], "READINGS30", reading)


def _proposers(d) -> set[str]:
    return {f.values["proposer"] for f in _drafting.facts(d, "proposal")}


@pytest.mark.parametrize(
    ("part", "name"),
    [
        # "В качестве нового института предлагаю создать Қазақстанның Халық Кеңесі – Народный Совет Казахстана."
        ("test31", "ru-caravan-2026-01-20-tokayev-people-council"),
        # "… предложено создать Қазақстанның Халық Кеңесі." (a passive with no agent)
        ("test31", "ru-almatytv-2026-01-24-zhienbaev-vice-president"),
    ],
)
def test_a_body_after_a_russian_infinitive_is_what_is_created_not_who_proposes(
    session: Session, monkeypatch, part, name
):
    text = _drafting.real_text(part, name)
    assert "halyk-kenesi" not in _proposers(_drafting.draft(session, text, date="2026-01-20"))
    _without(monkeypatch, "infinitive-object")
    assert "halyk-kenesi" in _proposers(_drafting.draft(session, text, date="2026-01-20"))


def test_who_closes_the_quotation_still_proposes_after_an_infinitive(session: Session):
    """ "«… предлагаю создать Қазақстанның Халық Кеңесі – Народный Совет Казахстана», – заявил Токаев": the object
    is left out, the speaker after the quotation's close is still the subject (test31
    ru-zakon-2026-01-20-poletaev-halyk-kenesi)."""
    text = _drafting.real_text("test31", "ru-zakon-2026-01-20-poletaev-halyk-kenesi")
    d = _drafting.draft(session, text, date="2026-01-20")
    assert {(f.values["initiator"], f.values["initiated"]) for f in _drafting.facts(d, "initiative")} == {
        ("kassym-jomart-tokayev", "halyk-kenesi")
    }


@pytest.mark.parametrize(
    ("text", "proposes"),
    [
        # an inference: a verb of fact in the clause
        ("Political analyst Dosym Satpayev suggests that the president and his circle are exploring options.", False),
        ("Analyst Dosym Satpayev suggested that the parties were losing their influence.", False),
        # a proposal: a bare verb in the clause
        ("Deputy Aidos Sarym suggested that the Commission add a clause to Article 5.", True),
        ("Deputy Aidos Sarym suggested amending Article 5.", True),
    ],
)
def test_suggests_that_before_a_verb_of_fact_proposes_nothing(session: Session, monkeypatch, text, proposes):
    assert bool(_drafting.facts(_drafting.draft(session, text), "proposal")) is proposes
    _without(monkeypatch, "suggests-fact")
    assert _drafting.facts(_drafting.draft(session, text), "proposal")


def test_the_kazakh_participle_names_the_institution_it_proposed_after_it(session: Session, monkeypatch):
    """ "Мемлекет басшысы Қасым-Жомарт Тоқаев Ұлттық құрылтайда ұсынған негізгі жаңашылдықтардың бірі – Қазақстанда
    вице-президент лауазымын енгізу" (test31 kk-kazinform-2026-01-20-abishev-vice-president): his initiative of the
    vice-presidency, not a proposal whose content is "Ұлттық құрылтайда"."""
    text = _drafting.real_text("test31", "kk-kazinform-2026-01-20-abishev-vice-president")
    d = _drafting.draft(session, text, date="2026-01-20")
    assert {f.values["initiated"] for f in _drafting.facts(d, "initiative")} == {"vice-president"}
    assert not _drafting.facts(d, "proposal")
    _without(monkeypatch, "kk-participle")
    d = _drafting.draft(session, text, date="2026-01-20")
    assert not _drafting.facts(d, "initiative")
    assert _proposers(d) == {"kassym-jomart-tokayev"}


def test_a_headline_that_calls_an_institution_necessary_is_its_speaker_s_support(session: Session, monkeypatch):
    """ "Вице-президент институты саяси жүйені теңгеру үшін қажет – Ғазиз Әбішев" (test31
    kk-kazinform-2026-01-20-abishev-vice-president): the possessive "институты" is no accusative."""
    text = _drafting.real_text("test31", "kk-kazinform-2026-01-20-abishev-vice-president")
    stance = ("gaziz-abishev", "vice-president", "support")
    assert stance in _drafting.stances(_drafting.draft(session, text, date="2026-01-20"))
    _without(monkeypatch, "institution-need")
    assert stance not in _drafting.stances(_drafting.draft(session, text, date="2026-01-20"))


@pytest.mark.parametrize(
    "headline",
    [
        # named as an object, in the accusative: no judgment of it
        "Вице-президент институтын енгізу үшін реформа қажет – Ғазиз Әбішев",
        # no necessity said
        "Вице-президент институты саяси жүйені өзгертеді – Ғазиз Әбішев",
    ],
)
def test_an_institution_named_otherwise_in_a_headline_places_no_stance(session: Session, headline):
    text = headline + "\n\nСаясаттанушы Ғазиз Әбішев сұхбат берді."
    assert not _drafting.stances(_drafting.draft(session, text, date="2026-01-20"))


def test_a_figure_foreseen_is_a_claim(session: Session):
    """ "the number of deputies could reach 200" (test31 en-trend-2025-11-28-no-presidential-quota)."""
    d = _drafting.draft(session, "Kassym-Jomart Tokayev said the number of deputies could reach 200.")
    assert _drafting.claimants(d, 200) == {"kassym-jomart-tokayev"}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # test10 kk-qaz365-2026-03-10-zhaidarman (its first sentence): the state's name is inside the text's
        # (English "the Constitution" alone is read as the draft already, with the reading off too)
        (
            "kk",
            "Елордада «Жайдарман» жастар лигасының өкілдері Қазақстан Республикасы Конституциясының жаңа редакциясын "
            "қолдайтындарын білдірді.",
        ),
        ("ru", "Депутат Мажилиса Ерлан Саиров поддержал новую редакцию Конституции."),
        ("en", "Mazhilis deputy Yerlan Sairov supported the new version of the Constitution."),
    ],
)
def test_the_constitution_s_new_edition_is_the_draft(session: Session, monkeypatch, lang, text):
    def targets(d):
        return {target for _holder, target, _polarity in _drafting.stances(d)}

    assert targets(_drafting.draft(session, text)) == {"draft-constitution-2026"}
    _without(monkeypatch, "edition")
    assert lang == "en" or "draft-constitution-2026" not in targets(_drafting.draft(session, text))


def test_an_article_s_new_edition_is_no_draft(session: Session):
    d = _drafting.draft(session, "Депутат Мажилиса Ерлан Саиров поддержал новую редакцию статьи 9 Конституции.")
    assert {target for _h, target, _p in _drafting.stances(d)} != {"draft-constitution-2026"}


def test_an_outlet_named_by_its_web_address_is_the_outlet_s_formula(session: Session):
    """ "…, сообщает prosud.kz." (test31 ru-prosud-2026-01-20-halyk-kenesi): the outlet's formula, so the body named
    before the verb announced nothing and the figures after are the outlet's."""
    text = _drafting.real_text("test31", "ru-prosud-2026-01-20-halyk-kenesi")
    d = _drafting.draft(session, text, outlet="prosud-kz", date="2026-01-20")
    assert _drafting.claimants(d, 126) == {"prosud-kz"}


def test_a_body_that_presented_the_data_before_the_outlet_s_formula_is_their_source(session: Session):
    """ "Орталық референдум комиссиясы … мәліметті ұсынды, деп хабарлайды turkystan.kz." (test17
    kk-turkystan-2026-03-15-turnout-18h): the commission's figures, not the outlet's."""
    text = _drafting.real_text("test17", "kk-turkystan-2026-03-15-turnout-18h")
    d = _drafting.draft(session, text, outlet="turkystan-kz", date="2026-03-15")
    assert _drafting.claimants(d, 91.8) == {"central-referendum-commission"}


def test_a_hard_wrapped_line_goes_on_unless_it_is_short(session: Session, monkeypatch):
    """A hard-wrapped text (test23 en-caspiankz-2026-01-24-sarsembayev-special-regimes): "Minister of Justice,
    Yerlan⏎Sarsembayev proposed …" is one sentence; a line much shorter than the wrap width ends its paragraph
    (test14 kk-balqashoniri-2026-03-01-bakanas-teachers: "– деді коалиция мүшесі Жайдары Алимбаева⏎Мұғалімдер …")."""
    import kg.extract.reader as reader

    minister = _drafting.real_text("test23", "en-caspiankz-2026-01-24-sarsembayev-special-regimes")
    teachers = _drafting.real_text("test14", "kk-balqashoniri-2026-03-01-bakanas-teachers")
    d = _drafting.draft(session, minister, outlet="caspian-kz", date="2026-01-24")
    assert ("yerlan-sarsembayev", "minister", "ministry-of-justice") in _drafting.posts(d)
    assert any(f.values["proposer"] == "yerlan-sarsembayev" for f in _drafting.facts(d, "proposal"))
    d = _drafting.draft(session, teachers, outlet="balqash-oniri", date="2026-03-01")
    assert "zhaydary-alimbayeva" in {h for h, _r, _o in _drafting.posts(d)}
    monkeypatch.setattr(reader, "READINGS30", frozenset())
    d = _drafting.draft(session, minister, outlet="caspian-kz", date="2026-01-24")
    assert ("yerlan-sarsembayev", "minister", "ministry-of-justice") not in _drafting.posts(d)
    monkeypatch.setattr(reader, "READINGS21", True)  # the twenty-first session's reading, with no guard
    d = _drafting.draft(session, teachers, outlet="balqash-oniri", date="2026-03-01")
    assert "zhaydary-alimbayeva" not in {h for h, _r, _o in _drafting.posts(d)}  # "… Алимбаева Мұғалімдер" instead


def test_an_english_verb_of_saying_after_a_comma_has_its_speaker_after_it(session: Session, monkeypatch):
    """ "…, said President X" (as test31 en-trend-2025-10-14-working-group-global-trends opens): the statement before
    the comma has its own subject; who said it is named after the verb."""
    text = "The Mazhilis has 98 deputies, said President Kassym-Jomart Tokayev."
    assert _drafting.claimants(_drafting.draft(session, text), 98) == {"kassym-jomart-tokayev"}
    _without(monkeypatch, "said-after")
    assert _drafting.claimants(_drafting.draft(session, text), 98) == {"mazhilis"}
