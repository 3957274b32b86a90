"""Claims, proposals and stances in real news (issue #13), eighth pass: classes that recur across the tuning parts.

Each test takes its sentences from a tuning part (``tests/data/extract_real/{dev,test2,...,test6}``) and pins one
general mechanism (what English counts, who "he also" is, which body reports), not one wording.
"""

from __future__ import annotations

from kg.extract.draft import Session

from . import _drafting
from ._drafting import facts


def draft(text, *, outlet="kazinform", date="2026-02-04"):
    return _drafting.draft(Session(), text, outlet=outlet, date=date)


def claimants(d, quantity):
    return {f.values["claimant"] for f in facts(d, "claim", quantity=quantity)}


def test_english_counts_laws_codes_representatives_observers_and_mandates():
    # test5/en-trend-2025-10-14-working-group-first-meeting: "at least 10 constitutional laws and more than 50 codes
    # and laws" in the President's quotation; "at least" with no condition in its sentence is a reported minimum
    d = draft(
        "Kazakhstan’s parliamentary reform will affect around 40 articles of the Constitution, said President "
        "Kassym-Jomart Tokayev.\n\n"
        "“These changes will touch approximately 40 articles of the Constitution. After that, at least 10 "
        "constitutional laws and more than 50 codes and laws will need to be brought into alignment,” he said.\n",
        outlet="trend",
        date="2025-10-14",
    )
    assert claimants(d, 10) == {"kassym-jomart-tokayev"}
    assert claimants(d, 50) == {"kassym-jomart-tokayev"}


def test_english_representatives_are_counted_for_who_says_them():
    # test5/en-qazinform-2026-01-28-ponomaryov-khalyk-kenesi: "42 representatives", "130 representatives"
    d = draft(
        "Majilis deputy Sergey Ponomaryov unveiled the structure of the future Khalyk Kenesi, Qazinform News Agency "
        "reports.\n"
        "In his words, the Khalyk Kenesi will consist of 126 people - 42 representatives of ethnocultural "
        "associations, 42 - from regional maslikhats.\n",
        date="2026-01-28",
    )
    assert claimants(d, 42) == claimants(d, 126) and len(claimants(d, 42)) == 1
    assert "ponomar" in next(iter(claimants(d, 42)))


def test_a_cap_and_a_condition_stay_rules_not_figures():
    # test2/en-fergana-2026-01-20-kurultai-name: "no more than three deputies" is a cap the proposal sets; "at least"
    # beside a condition or a share of the vote is a threshold
    d = draft(
        "Under the proposal, the speaker of parliament would have no more than three deputies.\n"
        "The referendum is valid if at least 50 percent of voters take part, Tokayev said.\n",
        outlet="fergana",
    )
    assert not facts(d, "claim", quantity=3)
    assert not facts(d, "claim", quantity=50)


def test_he_also_stated_is_the_person_named_before_not_a_body_after_the_verb():
    # test6/en-mtskg-2025-09-08-unicameral-2027: "He also stated that … the National Kurultai …": the figure of the
    # next sentence goes on with Tokayev, not with the Kurultai named after the verb
    d = draft(
        "“I expect that the discussion will take at least a year,” Tokayev noted.\n"
        "He also stated that the Assembly of the People of Kazakhstan and the National Kurultai have completed their "
        "functions.\n"
        "The new parliament will consist of 145 mandates, with a term of office of 5 years.\n",
        outlet="mts-kg",
        date="2025-09-08",
    )
    assert claimants(d, 145) == {"kassym-jomart-tokayev"}


def test_a_ministry_that_reports_is_the_source_not_the_outlet():
    # test5/en-kt-2026-02-17-diplomatic-corps-briefing: "…, Ministry of Foreign Affairs of the Republic of Kazakhstan
    # reports": a body by its name, though the registry lacks it; an outlet's name in the same place stays the outlet's
    d = draft(
        "Approximately 80 representatives of diplomatic missions attended the event, Ministry of Foreign Affairs of "
        "the Republic of Kazakhstan reports.\n",
        outlet="kt-kz",
        date="2026-02-17",
    )
    found = claimants(d, 80)
    assert len(found) == 1 and next(iter(found)).startswith("ministry-of-foreign-affairs")
    d = draft(
        "Approximately 80 representatives of diplomatic missions attended the event, Kazinform News Agency reports.\n"
    )
    assert "ministry" not in " ".join(claimants(d, 80))


def test_a_kazakh_proposal_noun_keeps_its_genitive_author_across_what_it_is_about():
    # test5/kk-baq-2025-09-08-sarym-year-of-discussion: "Тоқаевтың Жолдауында айтылған бір палаталы Парламент құру
    # туралы ұсынысына": the Parliament named in between is what is proposed, not another author; Sarym, who gives
    # his opinion on it, proposes nothing
    d = draft(
        "Мәжіліс депутаты Айдос Сарым Мемлекет басшысы Қасым-Жомарт Тоқаевтың Жолдауында айтылған бір палаталы "
        "Парламент құру туралы ұсынысына қатысты өз пікірін білдірді, деп хабарлайды BAQ.KZ тілшісі.\n",
        outlet="baq-kz",
        date="2025-09-08",
    )
    assert {f.values["proposer"] for f in facts(d, "proposal")} == {"kassym-jomart-tokayev"}


def test_a_kazakh_initiative_noun_with_a_name_between_stays_no_proposal():
    # test3/kk-baq-2026-02-02-auyl-faction: "Тоқаевтың Қазақстанда бірпалаталы Парламент құру жөніндегі
    # бастамасының негізінде": an initiative (rules/initiatives.py), no proposal beside it
    d = draft(
        "Конституциялық реформа Мемлекет басшысы Қасым-Жомарт Тоқаевтың Қазақстанда бірпалаталы Парламент құру "
        "жөніндегі бастамасының негізінде туындады.\n",
        outlet="baq-kz",
        date="2026-02-02",
    )
    assert not facts(d, "proposal")


def test_a_proposal_recalled_with_the_address_it_was_made_in_is_its_authors():
    # test5/en-astanatimes-2025-10-08-working-group-decree: "following the key proposal of transitioning Kazakhstan to
    # a unicameral parliament outlined in his Sept. 8 state-of-the-nation address": his, beside the initiative of the
    # working group the same sentence drafts
    d = draft(
        "ALMATY – President Kassym-Jomart Tokayev has signed a decree establishing a working group on parliamentary "
        "reform on Oct. 8, following the key proposal of transitioning Kazakhstan to a unicameral parliament "
        "outlined in his Sept. 8 state-of-the-nation address.\n",
        outlet="astanatimes",
        date="2025-10-08",
    )
    assert [f.values.get("targets") for f in facts(d, "proposal", proposer="kassym-jomart-tokayev")] == [None]
    assert facts(d, "initiative", initiator="kassym-jomart-tokayev")


def test_human_rights_advocates_who_warn_of_the_drafts_wording_oppose_the_draft():
    # test6/en-hivos-2026-02-16-civil-society-concerns: "Human rights advocates warn that such vague wording could
    # enable …": a group, a warning of what the text could do, and "such wording" refers back to the draft — not to
    # the Constitution in force it is compared with in the sentence before
    d = draft(
        "While the current Constitution clearly guarantees free speech and prohibits censorship, the draft introduces "
        "language stating that freedom of speech must not “infringe on public morality,” without defining that term. "
        "Human rights advocates warn that such vague wording could enable excessive or arbitrary restrictions and "
        "suppress critical voices.\n",
        outlet="hivos",
        date="2026-02-16",
    )
    stances = {(f.values["holder"], f.values["target"], f.values["polarity"]) for f in facts(d, "stance")}
    assert ("human-rights-defenders", "draft-constitution-2026", "oppose") in stances
    assert not any(target == "constitution-1995" for _h, target, _p in stances)


def test_a_warning_of_no_consequence_is_no_opposition():
    # dev/en-yenisafak-2025-09-08-unicameral-proposal: "Tokayev warned that the reform concerned is “very serious
    # issue”": a caution, not a stance against his own reform
    d = draft(
        "Tokayev warned that the reform concerned is “very serious issue” and requires thorough discussion in the civil "
        "sector, the expert community, and within the current parliament itself.\n",
        outlet="yenisafak",
        date="2025-09-08",
    )
    assert not facts(d, "stance", polarity="oppose")


def places(d):
    return [f.values.get("place") for f in d.facts if f.type in ("event", "session")]


def test_an_events_place_is_where_it_is_held_not_a_region_named_as_a_possessor():
    # test6/kk-egemen-2026-02-20-senators-regions: "Жамбыл облысы Қаратау қаласының тұрғындарымен … кездесті": the
    # meeting is with the town's residents, in the town; the region before it only says where the town is
    d = draft(
        "Сенатор Сәкен Арубаев Жамбыл облысы Қаратау қаласының тұрғындарымен, «Қазфосфат» ЖШС ұжымдарымен кездесті.\n",
        outlet="egemen",
        date="2026-02-20",
    )
    assert places(d) and all(p and "zhambyl" not in p for p in places(d))
    # test5/ru-kazpravda-2026-02-27-balayeva-machine-works: "министра … РК": the country in a post, not a place held at
    d = draft(
        "В цехе Западно-Казахстанского машиностроительного завода состоялась встреча членов Общенациональной "
        "коалиции под председательством заместителя Премьер-министра – министра культуры и информации РК Аиды "
        "Балаевой.\n",
        outlet="kazpravda",
        date="2026-02-27",
    )
    assert places(d) == [None]


def test_an_events_place_named_as_where_stays():
    # guards, each the parts' annotation: a city's aktiv meets in it (test6/ru-kazinform-2026-02-02-almaty-aktiv); a
    # live report's dateline (test2/kk-kazinform-2026-01-20-halyk-kenesi-126); "held in the southern city of"
    d = draft("Конституционную реформу обсудили на заседании актива города Алматы.\n", date="2026-02-02")
    assert places(d) == ["almaty"]
    d = draft(
        "ҚЫЗЫЛОРДА. KAZINFORM — Президент Қасым-Жомарт Тоқаев V Ұлттық құрылтайда жаңадан құрылатын Халық кеңесі "
        "туралы айтты.\n",
        date="2026-01-20",
    )
    assert "kyzylorda" in places(d)
