"""The lead's changes of the thirty-ninth session, from the errors of ``test47`` and ``test48``, the parts held out in
the thirty-eighth session and tuning data since. Each is checked with the cases it leaves alone.
"""

from __future__ import annotations

from kg.extract.draft import Session

from . import _drafting


def test_a_state_named_in_two_words_is_no_person_between_an_ambassadors_post_and_his_name(session: Session):
    # test47/en-dknews-2026-01-29-gulf-research-center: "Saudi Arabia" was read as a person's name and hid the
    # ambassador's
    text = (
        "The Ambassador of Kazakhstan to Saudi Arabia, Madiyar Menilbekov, held a meeting with Abdulaziz Sager, "
        "Chairman of the Gulf Research Center."
    )
    posts = set(_drafting.posts(_drafting.draft(session, text, date="2026-01-29")))
    assert ("madiyar-menilbekov", "ambassador") in {(h, r) for h, r, _o in posts}
    assert not any("saudi" in h for h, _r, _o in posts)
    # a one-word state was read so already: "the Ambassador of Kazakhstan to Romania, E. Ali,"
    one = "The Ambassador of Kazakhstan to Romania, E. Ali, held a meeting in Bucharest."
    assert {(h, r) for h, r, _o in _drafting.posts(_drafting.draft(session, one, name="t2"))} == {
        ("e-ali", "ambassador")
    }


def test_an_initial_before_an_accented_double_surname_is_a_name_and_a_foreign_senator_no_senators_post(
    session: Session,
):
    # test47/en-enbekshiqazaq-2026-02-08-romanian-senator: "K. Niculescu-Țâgârlaș" was no name (the initials' pattern
    # read ASCII letters only); found, his "Senator of the Romanian Parliament" is no post in the Senate
    text = (
        "On February 5, 2026, in Bucharest, the Ambassador of Kazakhstan to Romania, E. Ali, held a meeting with the "
        "Senator of the Romanian Parliament, Chairman of the «Kazakh-Romanian Interparliamentary Friendship Group», "
        "K. Niculescu-Țâgârlaș, during which they discussed the draft Constitution."
    )
    posts = _drafting.posts(_drafting.draft(session, text, date="2026-02-08"))
    assert {(h, r) for h, r, _o in posts if h == "k-niculescu-tagarlas"} == {("k-niculescu-tagarlas", "chair")}
    # a senator of Kazakhstan's Parliament, or one with no body named, sits in the Senate
    for n, home in enumerate(
        (
            "Senator of the Parliament of Kazakhstan Ivan Petrov said the draft is sound.",
            "The Senator of the Kazakh Parliament Olga Ivanova said the draft is sound.",
            "Senator Olga Ivanova said the draft is sound.",
        )
    ):
        posts = _drafting.posts(_drafting.draft(session, home, name=f"t{n}"))
        assert {(r, o) for _h, r, o in posts} == {("deputy", "senate")}, home


def test_associate_before_a_professors_title_is_no_part_of_the_name(session: Session):
    # test48/en-enbekshiqazaq-2026-02-17-miras-human-capital: "PhD, Associate Professor Gulzada Shinet" drafted a person
    # "Associate Professor Gulzada Shinet" (the title's first word was no title word)
    text = (
        "A meeting was held at Miras University in Shymkent. The meeting was chaired by PhD, Associate Professor "
        "Gulzada Shinet. In her speech, she noted that the Constitution marks a new stage."
    )
    d = _drafting.draft(session, text, date="2026-02-17")
    assert "gulzada-shinet" in d.actors and not any("associate" in a for a in d.actors)
    assert _drafting.facts(d, "speech", speaker="gulzada-shinet")
    # an agency named "Associated Press" is still no person
    assert "associated-press" not in _drafting.draft(session, "Associated Press reported it.", name="t2").actors


def test_an_english_first_deputy_minister_keeps_the_rank_in_the_ministry(session: Session):
    # test48/en-dknews-2026-02-01-gender-quota-reform: the rank is the post, as test33's and test48's sheets keep it
    text = (
        "These issues were at the center of a meeting between First Deputy Minister of Foreign Affairs of the Republic "
        "of Kazakhstan Yerzhan Ashikbayev and the head of the UN Women Country Office."
    )
    posts = _drafting.posts(_drafting.draft(session, text, date="2026-02-01"))
    assert ("yerzhan-ashikbayev", "first-deputy-minister", "ministry-of-foreign-affairs") in posts
    # a deputy minister with no rank stays one, in the ministry his field names
    plain = "Deputy Minister of Justice Alma Mukanova presented the amendments."
    assert _drafting.posts(_drafting.draft(session, plain, name="t2")) == [
        ("alma-mukanova", "deputy-minister", "ministry-of-justice")
    ]


def test_proposed_after_a_names_possessive_is_an_adjective_no_proposal(session: Session):
    # test48/en-caspianpost-2026-01-22-zabirova-parliamentary-model: "Zabirova examines how Kazakhstan's proposed
    # transition … could reshape governance" drafted her proposal
    text = (
        "Aigul Zabirova examines how Kazakhstan’s proposed transition to a new parliamentary model could reshape "
        "governance."
    )
    assert not _drafting.facts(_drafting.draft(session, text, date="2026-01-22"), "proposal")
    # the verb after a name is still a proposal
    verb = "Aigul Zabirova proposed a transition to a unicameral parliament."
    assert _drafting.facts(_drafting.draft(session, verb, name="t2"), "proposal", proposer="aigul-zabirova")


def test_assessing_the_draft_as_an_important_tool_is_support(session: Session):
    # test47/en-enbekshiqazaq-2026-02-08-romanian-senator
    text = (
        "During the conversation, K. Niculescu-Țâgârlaș assessed the new draft Constitution as an important tool for "
        "modernizing state institutions."
    )
    found = _drafting.stances(_drafting.draft(session, text, date="2026-02-08"))
    assert found == {("k-niculescu-tagarlas", "draft-constitution-2026", "support")}
    # an assessment with no judgment in it is none
    plain = "During the conversation, K. Niculescu-Țâgârlaș assessed the new draft Constitution as a whole."
    assert not _drafting.stances(_drafting.draft(session, plain, name="t2"))


def test_a_post_before_a_party_named_in_straight_quotes_after_an_adjective_reaches_its_holder(session: Session):
    # test41/ru-zakon-2025-09-08-akzhol-supports-unicameral: the registry's name "партии "Ак жол" ends before the
    # closing quote, which stood between the post and the name as a stray word
    text = 'Председатель демократической партии "Ак жол" Азат Перуашев опубликовал заявление.'
    posts = _drafting.posts(_drafting.draft(session, text, outlet="zakon-kz", date="2025-09-08"))
    assert posts == [("azat-peruashev", "chair", "ak-zhol")]
    # a verb between them still breaks the chain
    verb = 'Председатель демократической партии "Ак жол" поздравил Азата Перуашева.'
    assert not _drafting.posts(_drafting.draft(session, verb, name="t2", date="2025-09-08"))


def test_packages_of_reforms_are_counted(session: Session):
    # test45/ru-kazpravda-2026-02-25-aimagambetov-coalition, test39 and test41's working-group reports
    ru = (
        "«По инициативе Президента были реализованы четыре пакета политических реформ», – отметил депутат Мажилиса "
        "Асхат Аймагамбетов."
    )
    assert _drafting.claimants(_drafting.draft(session, ru, outlet="kazpravda", date="2026-02-25"), 4) == {
        "askhat-aymagambetov"  # the registry lacks him: the id is the romanised name
    }
    en = (
        "Erlan Karin said the reform continues the modernization. It includes the four packages of political reforms "
        "implemented between 2019 and 2021."
    )
    assert _drafting.claimants(_drafting.draft(session, en, name="t2", date="2026-01-13"), 4) == {"erlan-karin"}
    # a package with no number counts nothing
    bare = "Erlan Karin said the Commission will prepare a package of amendments."
    assert not _drafting.facts(_drafting.draft(session, bare, name="t3"), "claim")


def test_an_english_count_of_times_in_words_from_three_up_is_a_figure(session: Session):
    # test39/en-newvision-2025-09-08-afp-rolling-back, test39/en-aerocloud-2026-02-05-beisenbayev-kurultai
    text = "Kazakhstan has amended its constitution six times since independence from the Soviet Union in 1991."
    assert _drafting.claimants(_drafting.draft(session, text, outlet="afp", date="2025-09-08"), 6) == {"afp"}
    # "twice", "two times" and the Russian "два раза" in words stay a manner of speaking
    for n, plain in enumerate(("They met two times before the vote.", "Мы два раза обсуждали проект.")):
        assert not _drafting.facts(_drafting.draft(session, plain, name=f"t{n}", outlet="afp"), "claim")
