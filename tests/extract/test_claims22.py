"""Claims, twenty-second session: readings from the census of twenty-three tuning parts.

Each test pins an extraction from a TUNING part (``tests/data/extract_real``: test11, test12, test13, test15,
test16, test23) that a reading fixes, read from the part's own text, with the reading off for contrast:
``kg.extract.patterns.COUNTED22`` (``count``: Kazakh nouns the lexicon lacked; ``number-of``: a Russian figure that
is the predicate of "число / количество X") and ``kg.extract.rules.claims.READINGS22`` (``two``: the pair a relation
names; ``top``: a ranking; ``name-modifier``: a name that modifies a noun is no subject; ``president``: the bare
title is the head of state the article named; ``quota``: a share a rule sets) and ``kg.extract.speakers.CLOSERS22``
(``post-name``: a quotation closed by a post and its holder's name). Guards, with sentences written for them, pin what they must leave
alone. Measured in benchmarks/results/claims22_lopo.txt.
"""

from __future__ import annotations

import kg.extract.patterns as P
import kg.extract.rules.claims as claims
import kg.extract.speakers as speakers
from kg.extract.draft import Session

from . import _drafting
from ._drafting import claimants as _claimants
from ._drafting import facts
from ._drafting import real_text as _text


def draft(text: str, *, outlet: str, date: str):
    return _drafting.draft(Session(), text, outlet=outlet, date=date)


def read(text: str, lang: str) -> list[tuple]:
    return [q[:3] for q in P.find_quantities(text, lang)]


def _only(monkeypatch, *names: str) -> None:
    """Every twenty-second session reading off but ``names``."""
    monkeypatch.setattr(P, "COUNTED22", tuple(n for n in ("count", "number-of") if n in names))
    monkeypatch.setattr(speakers, "CLOSERS22", tuple(n for n in ("post-name",) if n in names))
    monkeypatch.setattr(
        claims, "READINGS22", frozenset(n for n in names if n not in ("count", "number-of", "post-name"))
    )


# ---------------------------------------------------------------------------- count


def test_an_articles_clauses_are_counted(monkeypatch):
    """test12 kk-azattyq-2026-02-05-journalists-article-23: "Бұл бап 3 тармақтан тұрады", "6 тармақ болып
    жазылған": the outlet's counts of clauses."""
    name = "kk-azattyq-2026-02-05-journalists-article-23"
    _only(monkeypatch, "count")
    d = draft(_text("test12", name), outlet="azattyq", date="2026-02-05")
    assert _claimants(d, 3) == {"azattyq"}
    assert _claimants(d, 6) == {"azattyq"}
    _only(monkeypatch)
    d = draft(_text("test12", name), outlet="azattyq", date="2026-02-05")
    assert _claimants(d, 3) == set() and _claimants(d, 6) == set()


def test_kazakh_nouns_of_count(monkeypatch):
    """Principles, in words: read with ``count`` only; a chair's deputies are left (test2, test12: a body to come,
    whose figures the claimant rules give the outlet)."""
    _only(monkeypatch, "count")
    assert read("Жаңа Конституция жобасында он бір қағидаттың ішінде", "kk") == [(11, "exactly", "қағидаттың")]
    assert read("Жаңа парламентте төрағаның үш орынбасары болады", "kk") == []
    _only(monkeypatch)
    assert read("Жаңа Конституция жобасында он бір қағидаттың ішінде", "kk") == []


def test_a_clause_numbered_is_no_count(monkeypatch):
    """Guard: "3-тармағы", "2 тармағы" (the possessive) number a clause of an article."""
    _only(monkeypatch, "count")
    assert read("31-баптың 3-тармағы өзгерді", "kk") == []
    assert read("31-баптың 2 тармағы өзгерді", "kk") == []


# ---------------------------------------------------------------------------- number-of


def test_a_number_that_is_the_predicate_of_the_number_of(monkeypatch):
    """test13 ru-vestisemey-2026-01-20-kurultai-name and test23 ru-meduza-2026-02-11-new-constitution-explained."""
    _only(monkeypatch, "number-of")
    text = "В итоге было высказано мнение, что общее количество мандатов должно составлять 145."
    assert read(text, "ru") == [(145, "exactly", "мандатов")]
    assert read("Число заместителей председателя — три", "ru") == [(3, "exactly", "заместителей")]
    text = "количество депутатов сократится с нынешних 148 до 145"
    assert read(text, "ru") == [(148, "exactly", "депутатов"), (145, "exactly", "депутатов")]
    _only(monkeypatch)
    assert read("Число заместителей председателя — три", "ru") == []
    assert read(text, "ru") == []


def test_the_number_of_counts_its_own_noun(monkeypatch):
    """Guard: the noun of the "число" the figure is the predicate of, not the sentence's first; a year between
    them is no predicate."""
    _only(monkeypatch, "number-of")
    text = "Число участков — 10 500, а число наблюдателей составит 300"
    assert read(text, "ru") == [(10500, "exactly", "участков"), (300, "exactly", "наблюдателей")]
    assert read("Число мандатов в 2022 году — 98", "ru") == []


# ---------------------------------------------------------------------------- president


def test_the_presidents_bare_title_is_the_head_of_state(monkeypatch):
    """test13 ru-vestisemey-2026-01-20-kurultai-name: "— …, — сказал Президент." after "Президент Казахстана
    Касым-Жомарт Токаев предложил …": his figures, not a new person "Президент"."""
    name = "ru-vestisemey-2026-01-20-kurultai-name"
    _only(monkeypatch, "number-of", "president")
    d = draft(_text("test13", name), outlet="vestisemey", date="2026-01-20")
    assert _claimants(d, 3) == {"kassym-jomart-tokayev"}
    assert _claimants(d, 145) == {"kassym-jomart-tokayev"}
    _only(monkeypatch, "number-of")
    d = draft(_text("test13", name), outlet="vestisemey", date="2026-01-20")
    assert _claimants(d, 3) != {"kassym-jomart-tokayev"}


def test_a_title_with_no_holder_named_stays(monkeypatch):
    """Guard: an article that names no head of state leaves the figure where it was."""
    text = "Парламент обсудил проект.\n\n— В составе будут работать 145 депутатов, — сказал Президент.\n"
    _only(monkeypatch, "president")
    on = {f.values["claimant"] for f in facts(draft(text, outlet="vestisemey", date="2026-01-20"), "claim")}
    _only(monkeypatch)
    off = {f.values["claimant"] for f in facts(draft(text, outlet="vestisemey", date="2026-01-20"), "claim")}
    assert on == off


# ---------------------------------------------------------------------------- name-modifier


def test_a_name_that_modifies_a_noun_is_no_subject(monkeypatch):
    """test15 en-024sata-2026-03-25-bulgarian-view: "The Tokayev Structure is a very new regulation (the
    adjustments have an effect on 77 articles, …)": the outlet's figures, not Tokayev's."""
    name = "en-024sata-2026-03-25-bulgarian-view"
    _only(monkeypatch, "name-modifier")
    d = draft(_text("test15", name), outlet="024sata", date="2026-03-25")
    assert _claimants(d, 77) == {"024sata"}
    _only(monkeypatch)
    d = draft(_text("test15", name), outlet="024sata", date="2026-03-25")
    assert _claimants(d, 77) == {"kassym-jomart-tokayev"}


def test_the_subject_named_stays_the_subject(monkeypatch):
    """Guard: "Tokayev Signs …" (no "the" before the name) and "the President Tokayev" keep their subject."""
    m = type("M", (), {"start": 0, "end": 7})()
    _only(monkeypatch, "name-modifier")
    assert not claims._names_a_thing("Tokayev Signs a decree on 145 deputies", m, "en")
    assert claims._names_a_thing("The Tokayev Structure has 77 articles"[4:], m, "en") is False
    text = "The Tokayev Structure has 77 articles"
    m.start, m.end = 4, 11
    assert claims._names_a_thing(text, m, "en")
    assert not claims._names_a_thing("The Tokayev said 77", m, "en")


# ---------------------------------------------------------------------------- two, top


def test_the_pair_a_relation_names_is_no_count(monkeypatch):
    """test23 ru-nsn-2026-02-12-zatulin-russian-language: "… пойдут на пользу отношениям двух стран, рассказал …
    Затулин": no figure."""
    name = "ru-nsn-2026-02-12-zatulin-russian-language"
    _only(monkeypatch, "two")
    assert _claimants(draft(_text("test23", name), outlet="nsn", date="2026-02-12"), 2) == set()
    _only(monkeypatch)
    assert _claimants(draft(_text("test23", name), outlet="nsn", date="2026-02-12"), 2) != set()


def test_two_countries_counted_stay_a_count(monkeypatch):
    """Guard: "наблюдатели из двух стран", "екі елдің өкілдері" count; "екі ел арасындағы" does not."""
    _only(monkeypatch, "two")
    assert not claims._pair("Прибыли наблюдатели из двух стран", 23, "ru")
    assert not claims._pair("Екі елдің өкілдері келді", 0, "kk")
    assert claims._pair("Екі ел арасындағы қатынас", 0, "kk")
    _only(monkeypatch)
    assert not claims._pair("Екі ел арасындағы қатынас", 0, "kk")


def test_a_ranking_is_no_count(monkeypatch):
    """test16 en-adyrna-2026-03-15-polling-stations-closed: "The top three regions in terms of voter turnout
    were …": no figure; "three regions" with no "top" stays one."""
    text = "Adyrna reports. The top three regions in terms of voter turnout were Kyzylorda, Turkestan and Abai."
    _only(monkeypatch, "top")
    assert _claimants(draft(text, outlet="adyrna", date="2026-03-15"), 3) == set()
    near = "Adyrna reports. Observers from three regions arrived to see the vote."
    assert _claimants(draft(near, outlet="adyrna", date="2026-03-15"), 3) == {"adyrna"}
    _only(monkeypatch)
    assert _claimants(draft(text, outlet="adyrna", date="2026-03-15"), 3) == {"adyrna"}


# ---------------------------------------------------------------------------- quota


def test_a_share_a_rule_sets_is_no_figure(monkeypatch):
    """test12 en-govkz-2026-01-22-malayev-osce: "The 30% quotas for youth, women and persons with disabilities on
    party lists as well as the 5% electoral threshold will remain in effect.": no figure anyone reports."""
    name = "en-govkz-2026-01-22-malayev-osce"
    _only(monkeypatch, "quota")
    d = draft(_text("test12", name), outlet="govkz", date="2026-01-22")
    assert _claimants(d, 30) == set() and _claimants(d, 5) == set()
    assert _claimants(d, 145) == {"kairat-malayev"}
    _only(monkeypatch)
    d = draft(_text("test12", name), outlet="govkz", date="2026-01-22")
    assert _claimants(d, 30) == {"kairat-malayev"}


def test_a_share_of_people_stays_a_figure(monkeypatch):
    """Guard: "30% of the seats", "5% of voters": the noun is not right after the figure."""
    _only(monkeypatch, "quota")
    text = "Kazinform reports. Women won 30% of the seats, and 5% of voters spoiled their ballots."
    d = draft(text, outlet="kazinform", date="2026-01-22")
    assert _claimants(d, 30) == {"kazinform"} and _claimants(d, 5) == {"kazinform"}


# ---------------------------------------------------------------------------- post-name


def test_a_quotation_closed_by_a_post_and_a_name(monkeypatch):
    """test11 kk-kazinform-2026-03-05-pavlodar-500-thousand: "— Облыс бойынша шамамен 900 миллион теңге …
    бөлінді. … қаржының 85%-ы — …, — деп түсіндірді Павлодар облыстық референдум комиссиясының төрағасы Гүлнар
    Аманжолова.": her figures; with the reading off, the post has no holder the article named and the figures
    are nobody's."""
    name = "kk-kazinform-2026-03-05-pavlodar-500-thousand"
    _only(monkeypatch, "post-name")
    d = draft(_text("test11", name), outlet="kazinform", date="2026-03-05")
    assert _claimants(d, 900_000_000) == {"gulnar-amanzholova"}
    assert _claimants(d, 85) == {"gulnar-amanzholova"}
    _only(monkeypatch)
    d = draft(_text("test11", name), outlet="kazinform", date="2026-03-05")
    assert _claimants(d, 900_000_000) == set() and _claimants(d, 85) == set()


def test_a_name_after_the_posts_comma_is_another_clauses(monkeypatch):
    """Guard: "— деді … комиссиясының төрағасы, содан кейін Гүлнар Аманжолова сөз алды.": the name is not right
    after the post, so the quotation stays the post's, its holder the article named before."""
    text = (
        "Павлодар облыстық референдум комиссиясының төрағасы Ерлан Сапаров жиында сөйледі.\n\n"
        "— Облыс бойынша 521 учаске жұмыс істейді, — деді Павлодар облыстық референдум комиссиясының төрағасы, "
        "содан кейін Гүлнар Аманжолова сөз алды.\n"
    )
    _only(monkeypatch, "post-name")
    assert _claimants(draft(text, outlet="kazinform", date="2026-03-05"), 521) == {"erlan-saparov"}


# ---------------------------------------------------------------------------- visited


def test_the_places_a_trip_went_to_are_no_figure(monkeypatch):
    """test9 en-qazinform-2026-01-26-yegizbayev-third-session ("a parliamentary group from the Auyl Party visited
    all 20 regions of the country") and test11 kk-aikyn-2026-03-20-amanat-staffs ("Партия Төрағасы Ерлан Қошанов 3
    өңірге барып, … кездесу өткізді"): narration, no figure anyone reports."""
    name = "kk-aikyn-2026-03-20-amanat-staffs"
    _only(monkeypatch, "visited")
    assert _claimants(draft(_text("test11", name), outlet="aikyn", date="2026-03-20"), 3) == set()
    text = "Kazinform reports. In January, a parliamentary group visited all 20 regions of the country."
    assert _claimants(draft(text, outlet="kazinform", date="2026-01-26"), 20) == set()
    _only(monkeypatch)
    assert _claimants(draft(_text("test11", name), outlet="aikyn", date="2026-03-20"), 3) == {"erlan-koshanov"}
    assert _claimants(draft(text, outlet="kazinform", date="2026-01-26"), 20) == {"kazinform"}


def test_places_counted_otherwise_stay_figures(monkeypatch):
    """Guard: "visited by 5,000 people", "observers from 30 countries visited", "3 өңірде 500 адам": not the places
    of a trip."""
    _only(monkeypatch, "visited")
    text = "Kazinform reports. The stations were visited by 5,000 people. Observers from 30 countries visited them."
    d = draft(text, outlet="kazinform", date="2026-01-26")
    assert _claimants(d, 5000) == {"kazinform"} and _claimants(d, 30) == {"kazinform"}
    assert not claims._visited("3 өңірде 500 адам қатысты", 0, 7, "өңірде", "kk")
