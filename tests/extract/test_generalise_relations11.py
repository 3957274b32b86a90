"""Proposals, stances and claims in real news (issue #13), eleventh pass: classes that recur across the tuning parts.

Each test takes its sentences from a tuning part (``tests/data/extract_real/{dev,test2,...,test9}``), named beside
it, or is a sentence written for the test in the style of the class, in another language. Guards pin what was right
before the pass and must stay right.
"""

from __future__ import annotations

from kg.extract.draft import Session

from . import _drafting
from ._drafting import facts


def draft(text, *, outlet="kazinform", date="2026-02-04"):
    return _drafting.draft(Session(), text, outlet=outlet, date=date)


def proposals(d):
    return {(f.values["proposer"], f.values.get("targets")) for f in facts(d, "proposal")}


def claims(d):
    return {(f.values["claimant"], f.values["quantity"]) for f in facts(d, "claim")}


# ---------------------------------------------------------------- a proposal in the first person is the speaker's


def test_i_consider_it_necessary_to_propose_is_the_speaker_s_proposal_en():
    # test9/en-qazinform-2026-02-11-azimova-referendum-proposal: "I … to propose …,” Azimova said" is Azimova's,
    # not the Commission's named in the clause before ("Since the Commission is …")
    d = draft(
        '"Since the Commission is an advisory and consultative structure under the President, I consider it '
        "necessary, taking into account the opinion of the majority, to propose to the Head of State to submit the "
        "revised draft of the new Constitution to a republican referendum,” Azimova said.\n\n"
        "She noted that the referendum would enable every citizen of Kazakhstan to express their position.\n",
        date="2026-02-11",
    )
    assert ("elvira-azimova", "draft-constitution-2026") in proposals(d)
    assert not any(p == "constitutional-reform-commission" for p, _ in proposals(d))


def test_i_would_like_to_propose_after_a_body_is_the_speaker_s_en():
    # guard, written for the class (passes on main too): the body before "I" is not the proposer
    d = draft(
        "“The Mazhilis has done a great deal of work. I would like to propose that Article 5 of the new "
        "Constitution be supplemented,” Aidos Sarym said.\n",
    )
    assert ("aidos-sarym", "draft-constitution-2026-article-5") in proposals(d)
    assert not any(p == "mazhilis" for p, _ in proposals(d))


def test_my_proposals_to_three_articles_are_the_speaker_s_kk():
    # test9/kk-aqtobegazeti-2026-02-23-karabasova-articles: "— … 3, 23 және 33-баптарға өз ұсыныстарымды
    # енгіздім" in the paragraph after the person named: one proposal per article
    d = draft(
        "Жиында сөз сөйлеген Лаура Қарабасова қабылданғалы отырған Ата Заң жобасында ғылым мен білім саласына "
        "ерекше көңіл бөлінгенін жеткізді.\n"
        "— Конституциялық реформа жөніндегі комиссия мүшесі ретінде 3, 23 және 33-баптарға өз ұсыныстарымды "
        "енгіздім.\n",
        outlet="aqtobe-gazeti",
        date="2026-02-23",
    )
    got = proposals(d)
    for article in (3, 23, 33):
        assert ("laura-karabasova", f"draft-constitution-2026-article-{article}") in got


def test_a_third_person_proposal_keeps_its_subject_en():
    # guard (test2/en-qazinform-2026-01-30-first-draft-article-4): "Karin proposed to enshrine …" stays Karin's
    d = draft(
        "Just yesterday, Commission Deputy Chairman Erlan Karin proposed to enshrine at the constitutional level the "
        "clause that sovereignty belongs to the people.\n",
        date="2026-01-30",
    )
    assert ("erlan-karin", "draft-constitution-2026") in proposals(d)


def test_i_in_a_quotation_of_someone_else_s_proposal_does_not_take_it_en():
    # guard: "I" far before a verb whose own subject is named between them: the named subject proposes
    d = draft(
        "“I think that the Auyl party proposed to put the draft to a referendum,” Aidos Sarym said.\n",
    )
    assert not any(p == "aidos-sarym" for p, _ in proposals(d))


# ---------------------------------------------------------------- "По словам депутата": the post names the source


def test_according_to_the_deputy_is_the_deputy_named_before_ru():
    # test9/ru-kazinform-2026-02-07-rozhin-jibek-joly: "По словам депутата, … поступило более 4 тысяч предложений"
    # (Kazakh "Депутаттың айтуынша, …" was read so; Russian and English were not): the deputy, not the outlet
    d = draft(
        "Телеканал Jibek Joly продолжает обсуждение Конституционной реформы. Депутат Мажилиса Парламента РК, член "
        "Конституционной комиссии Максим Рожин рассказал, какие вопросы обсуждаются на заседаниях, передает "
        "корреспондент агентства Kazinform.\n\n"
        "Фото: Jibek Joly\n\n"
        "По словам депутата, до сегодняшнего дня от граждан поступило более 4 тысяч предложений касательно "
        "Конституционной реформы.\n",
        date="2026-02-07",
    )
    assert claims(d) == {("maksim-rozhin", 4000)}


def test_according_to_the_minister_is_the_minister_named_before_en():
    # written for the class, in English
    d = draft(
        "Minister of Justice Yerlan Sarsembayev met with the students of Astana.\n\n"
        "The meeting was held at the university.\n\n"
        "According to the minister, more than 3,000 proposals have been received from citizens.\n",
    )
    assert ("yerlan-sarsembayev", 3000) in claims(d)
    assert not any(c == "kazinform" for c, _ in claims(d))


def test_a_lead_noun_for_a_post_two_people_hold_credits_neither_ru():
    # guard: two deputies named before: "по словам депутата" says neither; the figure stays the outlet's
    d = draft(
        "Депутаты Мажилиса Максим Рожин и Аидос Сарым встретились с жителями Павлодара.\n\n"
        "По словам депутата, от граждан поступило более 4 тысяч предложений.\n",
    )
    assert not any(c in ("maksim-rozhin", "aidos-sarym") for c, _ in claims(d))


# ---------------------------------------------------------------- the namesake of an institution is no agent


def stances(d):
    return {(f.values["holder"], f.values["target"], f.values["polarity"]) for f in facts(d, "stance")}


def test_the_namesake_of_a_university_supports_nothing_kk():
    # test9/kk-24kz-2026-02-13-mnu-supports: "Мақсұт Нәрікбаев атындағы университет ұжымы … қолдады" is the
    # university's staff, not Maksut Narikbayev (who died in 2023)
    d = draft(
        "MNU ұжымы жаңа Конституция жобасын қолдады\n"
        "Мақсұт Нәрікбаев атындағы университет ұжымы жаңа Ата заң жобасын қолдады.\n",
        outlet="24-kz",
        date="2026-02-13",
    )
    assert not any(h == "maksut-narikbayev" for h, _t, _p in stances(d))


def test_the_namesake_of_a_university_proposes_nothing_ru():
    # guard, written for the class (passes on main too): "университет имени Абая предложил" is never Abai's
    d = draft("Казахский национальный педагогический университет имени Абая Кунанбаева предложил дополнить статью 5.\n")
    assert not any(f.values["proposer"].startswith("abai") for f in facts(d, "proposal"))


def test_the_rector_after_a_university_named_after_someone_proposes_en():
    # dev/en-enbekshiqazaq-2026-02-06-eighth-meeting: "Rector of Karaganda University named after E. Buketov, Nurlan
    # Dulatbekov, presented a proposal": the rector's (a guard: right before the pass, and stays right)
    d = draft(
        "Rector of Karaganda University named after E. Buketov, Nurlan Dulatbekov, presented a proposal that the "
        "new Constitution should enshrine academic freedom.\n",
        date="2026-02-06",
    )
    proposers = {f.values["proposer"] for f in facts(d, "proposal")}
    assert proposers and all("buketov" not in p for p in proposers)


# ---------------------------------------------------------------- representatives of a group or body hold its stance


def test_representatives_of_ethnocultural_associations_support_the_draft_ru():
    # test9/ru-enbekshiqazaq-2026-02-10-shymkent-ethnocultural: the group of public associations
    d = draft(
        "Представители этнокультурных ассоциаций в Шымкенте выразили поддержку новому проекту Конституции.\n",
        outlet="enbekshiqazaq",
        date="2026-02-10",
    )
    assert ("public-associations", "draft-constitution-2026", "support") in stances(d)


def test_representatives_of_ethnocultural_associations_support_the_draft_kk():
    # written for the class, in Kazakh: "этномәдени бірлестіктердің өкілдері … қолдау білдірді"
    d = draft("Облыстағы этномәдени бірлестіктердің өкілдері жаңа Конституция жобасына қолдау білдірді.\n")
    assert ("public-associations", "draft-constitution-2026", "support") in stances(d)


def test_representatives_of_ethnocultural_associations_support_the_draft_en():
    # written for the class, in English
    d = draft(
        "Representatives of ethnocultural associations of the Turkistan region expressed support for the draft of "
        "the new Constitution.\n"
    )
    assert ("public-associations", "draft-constitution-2026", "support") in stances(d)


def test_a_person_named_before_representatives_keeps_the_stance_ru():
    # guard: a named person who supports stays the holder; the representatives around him add nothing wrong
    d = draft("Аким области Дархан Сатыбалды поддержал проект новой Конституции.\n")
    assert {h for h, _t, _p in stances(d)} == {"darkhan-satybaldy"}
