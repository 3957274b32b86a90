"""Fifteenth pass (issue #13): wordings `test17`'s errors showed the rules could not read, once it became tuning data.

Each sentence is written for the test after a construction of that part; guards pin what must stay unread.
"""

from __future__ import annotations

from ._drafting import draft, facts, names, posts

# ---------------------------------------------------------------------------- bodies named in straight quotes


def test_a_kazakh_body_named_in_straight_quotes_ends_a_chain_of_posts(session):
    """ "Облыстық мәслихат төрағасы, "… үшін!" облыстық коалициясының төрағасы X": both posts are X's; the quoted
    name's own "!" breaks no chain, and the coalition is named with its quotation (as «…» always was)."""
    d = draft(
        session,
        'Облыстық мәслихат төрағасы, "Әділетті Қазақстан үшін!" облыстық коалициясының төрағасы Мұрат Мұқаев '
        "жиында сөз алды.",
    )
    orgs = {o for h, r, o in posts(d) if h == "murat-mukayev" and r == "chair"}
    assert len(orgs) == 2
    assert any(any("Әділетті Қазақстан үшін" in n for n in names(d, o)) for o in orgs)


def test_the_constitution_called_ata_zang_is_no_persons_name_after_a_post(session):
    """ "Облыс әкімі Ата Заңның …": "Ата Заң" (the Basic Law) after a post is no holder's name."""
    d = draft(session, "Облыс әкімі Ата Заңның жаңа нұсқасында жұртшылықтың пікірі ескерілгенін атап өтті.")
    assert not [p for p in posts(d) if "ata" in p[0]]
    assert not any(a.type == "person" for a in d.actors.values())


# ---------------------------------------------------------------------------- Russian chains of posts


def test_a_russian_body_ends_where_the_next_post_of_the_chain_begins(session):
    """ "председатель областного маслихата и член Конституционной комиссии X": the maslikhat is not named
    "маслихат и член"; X chairs the one and is a member of the other."""
    d = draft(session, "Председатель областного маслихата и член Конституционной комиссии Болат Серікбаев выступил.")
    roles = {(r, o) for h, r, o in posts(d) if "serikbayev" in h or "serikbaev" in h}
    assert ("member", "constitutional-reform-commission") in roles
    chairs = [o for r, o in roles if r == "chair"]
    assert len(chairs) == 1 and not any(" и член" in n for n in names(d, chairs[0]))


def test_a_quoted_name_between_a_post_and_its_holder(session):
    """ "руководитель региональной палаты предпринимателей "Атамекен" X": the quote marks around the tagger's name
    stand in no way of the post's holder."""
    d = draft(session, 'В обсуждении участвовал руководитель палаты предпринимателей "Атамекен" Ренат Жумабаев.')
    assert [r for h, r, _ in posts(d) if "zhumabayev" in h or "zhumabaev" in h] == ["head"]


def test_a_russian_body_named_with_its_region_in_the_genitive(session):
    """ "председатель Совета аксакалов Мангистауской области X": the region ends the council's name."""
    d = draft(session, "На встрече выступил председатель Совета аксакалов Мангистауской области Онайбек Жаксылыков.")
    ((org,),) = [[o for h, r, o in posts(d) if r == "chair"]]
    assert any("Мангистауской области" in n for n in names(d, org))


def test_a_tagged_body_keeps_its_quote_marks(session):
    """ "бюро «Стан-Центр»": the drafted body is named «Стан-Центр», the key its other mentions share."""
    d = draft(session, "Руководитель аналитического бюро «Стан-Центр» Андрей Семенов прокомментировал проект.")
    ((org,),) = [[o for h, r, o in posts(d) if r == "head"]]
    assert any("«Стан-Центр»" in n for n in names(d, org))


# ---------------------------------------------------------------------------- English meetings and talks


def test_summing_up_a_meeting_is_a_talk_at_it_and_names_its_place(session):
    """ "Summing up the results of the meeting of the working group … in Astana, President X stated": a speech at
    that meeting, held in Astana (as ru "подводя итоги … на заседании")."""
    d = draft(
        session,
        "Summing up the results of the meeting of the working group on parliamentary reform in Astana, "
        "President Kassym-Jomart Tokayev stated that the discussion had matured.",
        date="2026-01-19",
    )
    assert facts(d, "speech", speaker="kassym-jomart-tokayev")
    (event,) = [f for f in d.facts if f.type == "event"]
    assert event.values.get("place") == "astana"


def test_reporting_on_a_groups_work_is_a_talk(session):
    d = draft(session, "Today State Counselor Erlan Karin reported on the work of the commission.")
    assert facts(d, "speech", speaker="erlan-karin")


def test_an_address_delivered_months_before_is_no_event_of_the_report(session):
    """ "his Address to the Nation delivered last September", recalled in a January report: no address that day."""
    d = draft(
        session,
        "President Kassym-Jomart Tokayev said he follows the debates that began after his Address to the Nation "
        "delivered last September.",
        date="2026-01-19",
    )
    assert not [f for f in d.facts if f.type == "event"]
    assert not facts(d, "speech")


def test_an_address_of_the_reports_day_is_still_its_event(session):
    """Guard: the address the report is about stays its event."""
    d = draft(
        session,
        "President Kassym-Jomart Tokayev delivered his address to the nation today in Astana.",
        date="2025-09-08",
    )
    assert facts(d, "speech", speaker="kassym-jomart-tokayev")


# ---------------------------------------------------------------------------- initiatives and proposals


def test_instructing_the_establishment_of_a_body_is_an_initiative(session):
    """ "X instructed the establishment of a constitutional commission", as ru "поручил создать"."""
    d = draft(session, "President Kassym-Jomart Tokayev instructed the establishment of a constitutional commission.")
    assert facts(d, "initiative", initiator="kassym-jomart-tokayev", initiated="constitutional-reform-commission")


def test_a_body_that_will_prepare_proposed_changes_proposes_nothing(session):
    """ "The commission will prepare proposed changes to the basic law": "proposed" is the object's adjective."""
    d = draft(session, "The constitutional commission will prepare proposed changes to the country's basic law.")
    assert not facts(d, "proposal")


def test_a_body_that_proposed_changes_still_proposes(session):
    """Guard: "proposed changes to" after its subject is the verb."""
    d = draft(session, "The constitutional commission proposed changes to Article 9 of the draft Constitution.")
    assert facts(d, "proposal", proposer="constitutional-reform-commission")


def test_presenting_data_in_kazakh_is_no_proposal(session):
    """ "… туралы мәліметті ұсынды" (presented the data on turnout) offers no proposal."""
    d = draft(
        session,
        "Орталық референдум комиссиясы референдумға азаматтардың келуі туралы мәліметті ұсынды.",
        date="2026-03-15",
    )
    assert not facts(d, "proposal")


# ---------------------------------------------------------------------------- a quoted name closed by "!"


def test_a_quoted_name_ending_in_an_exclamation_mark_ends_no_sentence(session):
    """ "член общенациональной коалиции «… Казахстана!» Айгуль Сеитова": the name's "!" ends no sentence, so the post
    reaches its holder; and the body is named with its level, the national coalition."""
    d = draft(
        session,
        "Выступила член общенациональной коалиции «За Народную Конституцию Справедливого и Прогрессивного "
        "Казахстана!» Айгуль Сеитова.",
    )
    ((org,),) = [[o for h, r, o in posts(d) if "seitova" in h and r == "member"]]
    assert any(n.lower().startswith("общенациональная коалиция «") for n in names(d, org))


def test_a_quoted_sentence_ending_in_an_exclamation_mark_still_ends_one():
    """Guard: "заявил: «Мы готовы!» Затем …" is two sentences."""
    from kg.extract.reader import split_sentences

    assert len(split_sentences("Он заявил: «Мы готовы!» Затем депутаты ушли.", lang="ru")) == 2


# ---------------------------------------------------------------------------- posts and talks written for the test


def test_kazakh_prosecutor_general(session):
    d = draft(session, "Бас прокурор Берік Асылов жиынға қатысты.")
    assert [r for h, r, _ in posts(d) if h == "berik-asylov"] == ["prosecutor-general"]


def test_head_of_the_presidential_administration(session):
    d = draft(session, "Head of the Presidential Administration Aibek Dadebay attended the meeting.")
    ((org,),) = [[o for h, r, o in posts(d) if "dadebay" in h and r == "head"]]
    assert "Presidential Administration" in names(d, org)


def test_a_university_named_after_someone_then_its_rectors_name(session):
    """ "Ректор КазНУ имени аль-Фараби Жансеит Туймебаев": the tagger's one organisation is the university, then the
    rector."""
    d = draft(session, "Ректор КазНУ имени аль-Фараби Жансеит Туймебаев принял участие во встрече.")
    ((org,),) = [[o for h, r, o in posts(d) if "tuymebayev" in h and r == "rector"]]
    assert names(d, org) >= {"КазНУ имени аль-Фараби"}


def test_a_kazakh_meeting_opened_with_its_opener_between_object_and_verb(session):
    """ "Шараны облыс әкімі X ашып": X opened the event, a talk at it."""
    d = draft(session, "Шараны облыс әкімі Асайын Байханов ашып, жаңа Конституцияның маңызын атап өтті.")
    assert facts(d, "speech", speaker="asayyn-baykhanov")


def test_the_peoples_council_by_its_english_name_is_the_registrys_body(session):
    """ "The People's Council was created on the initiative of President X": the registry's Halyk Kenesi."""
    d = draft(session, "The People's Council was created on the initiative of President Kassym-Jomart Tokayev.")
    assert facts(d, "initiative", initiator="kassym-jomart-tokayev", initiated="halyk-kenesi")


def test_an_english_akim_of_a_region_named_in_two_words(session):
    """ "the Akim of East Kazakhstan Region, X": the akimat of East Kazakhstan Region, not "of East"."""
    d = draft(session, "The meeting was attended by the Akim of East Kazakhstan Region, Nurymbet Saktaganov.")
    ((org,),) = [[o for h, r, o in posts(d) if "saktaganov" in h and r == "akim"]]
    assert names(d, org) == {"Akimat of East Kazakhstan Region"}


def test_a_kazakh_secondary_school_keeps_its_adjective(session):
    """ "орта мектебінің директоры": "орта" (secondary) is no locative that ends the school's name."""
    d = draft(session, "Қобда орта мектебінің директоры Айбек Аманғосов жаңа Конституция туралы айтты.")
    ((org,),) = [[o for h, r, o in posts(d) if "amangosov" in h and r == "director"]]
    assert any("орта мектеб" in n for n in names(d, org))


def test_a_headline_announcing_proposed_amendments_proposes_nothing(session):
    d = draft(session, "Tokayev Announces Proposed Kazakh Constitutional Amendments for National Referendum")
    assert not facts(d, "proposal")


def test_a_kazakh_name_with_a_patronymic_in_the_nominative_is_a_subject(session):
    """ "Гүлнар Сейітқызы Қасымова … қолдайтынын айтты": the name is kept without its patronymic, and is no oblique
    case for that: she holds the stance."""
    d = draft(session, "Кездесуде Гүлнар Сейітқызы Қасымова жаңа Конституцияны қолдайтынын айтты.")
    assert [f.values["holder"] for f in facts(d, "stance")] == ["gulnar-kasymova"]


# ---------------------------------------------------------------------------- initialled names and Kazakh lists


def test_an_initialled_kazakh_name_after_a_post_holds_it(session):
    """ "Облыс әкімі Н.Нұрғалиев": a name by its initial is no bare surname, and no oblique case for its spacing."""
    d = draft(session, "Облыс әкімі Н.Нұрғалиев тұрғындармен кездесті.")
    assert [r for h, r, _ in posts(d) if "nurgaliyev" in h] == ["akim"]


def test_an_initialled_name_is_the_person_named_before_with_that_initial(session):
    """ "T.Mucunski" after "Timcho Mucunski": one person, who holds the stance (test6)."""
    d = draft(
        session,
        "The ambassador met Foreign Minister Timcho Mucunski. T.Mucunski positively assessed the reforms carried out.",
    )
    assert {f.values["holder"] for f in facts(d, "stance")} == {"timcho-mucunski"}


def test_a_kazakh_list_of_posts_then_names_gives_each_post_to_the_name_after_it(session):
    """ "… доцент С.Мұхтаров, Жазушылар одағының мүшесі, ақын Г.Әбішқызы, «Amanat» партиясының мүшесі, ЖШС директоры,
    қалалық мәслихат депутаты Ж.Жаңабай" (test11): each post after a name's comma opens the next item, and
    "депутаты" in a chain is no verb."""
    d = draft(
        session,
        "Кездесуге «Amanat» партиясының мүшесі, доцент С.Мұхтаров, Қазақстан Жазушылар одағының мүшесі, ақын "
        "Г.Әбішқызы, «Amanat» партиясының мүшесі, қалалық мәслихат депутаты Ж.Жаңабай қатысты.",
    )
    got = {(h.split("-")[-1], r, o) for h, r, o in posts(d)}
    assert ("zhangabay", "member", "amanat") in got
    assert not any(h == "abishkyzy" and o == "amanat" for h, _, o in got)


# ---------------------------------------------------------------------------- party branches named by no place


def test_a_branch_named_by_no_place_is_not_the_one_branch_the_registry_knows(session):
    """ "«Amanat» партиясы облыстық филиалының төрағасы X" in a report naming no region: a branch of its own, not the
    registry's Abai district branch (the party's one branch there)."""
    d = draft(
        session, "«Amanat» партиясы облыстық филиалының төрағасы Гүлмира Әбенова кездесуде сөз сөйледі.", name="b1"
    )
    ((org,),) = [[o for h, r, o in posts(d) if "abenova" in h and r == "chair"]]
    assert org != "amanat-abai-district-branch"


def test_a_russian_post_opening_the_sentence_is_no_branchs_place(session):
    """ "Председатель областного филиала партии «Amanat» X": "Председатель" is no place of the branch; X chairs it."""
    d = draft(
        session, "Председатель областного филиала партии «Amanat» Айгуль Сеитова выступила на встрече.", name="b2"
    )
    assert [r for h, r, _ in posts(d) if "seitova" in h] == ["chair"]


def test_an_english_post_in_a_partys_regional_branch(session):
    d = draft(session, "Chairman of the Amanat party's regional branch Aigul Seitova spoke at the meeting.", name="b3")
    assert [r for h, r, _ in posts(d) if "seitova" in h] == ["chair"]


def test_telling_a_meeting_is_a_talk_at_it(session):
    d = draft(session, "Tokayev told a government meeting on Tuesday that the referendum would be held on March 15.")
    assert facts(d, "speech", speaker="kassym-jomart-tokayev")


def test_a_russian_press_conference_is_where_it_was_said(session):
    """ "На пресс-конференции в Астане X сообщил …": the press conference is the event, held in Astana."""
    d = draft(session, "На пресс-конференции в Астане председатель ЦИК Нурлан Абдиров сообщил о готовности участков.")
    (event,) = [f for f in d.facts if f.type == "event"]
    assert event.values.get("place") == "astana"


def test_a_plural_noun_opening_the_sentence_is_no_region(session):
    """ "Тұрғындар облыс әкімі X-пен кездесті" (residents met the regional akim): no region named "Тұрғындар"."""
    d = draft(session, "Тұрғындар облыс әкімі Асайын Байхановпен кездесті.", name="r1")
    ((org,),) = [[o for h, r, o in posts(d) if r == "akim"]]
    assert not any("Тұрғындар" in n for n in names(d, org))


def test_it_was_suggested_names_no_proposer_after_it(session):
    """ "it was suggested renaming ‘Parliament’ into ‘Qurultay’": the Parliament, named after the cue, proposed
    nothing (test15)."""
    d = draft(session, "Moreover, it was suggested renaming ‘Parliament’ into ‘Qurultay’ in the draft Constitution.")
    assert not facts(d, "proposal", proposer="parliament")


def test_what_is_initiated_is_the_reform_not_its_draft(session):
    """ "The new constitutional model completes the transformations initiated by Tokayev" and kin: an initiative of
    the reform, never of the draft's text (test14, test15; no part's gold has a document initiated)."""
    d = draft(session, "Kassym-Jomart Tokayev initiated the draft Constitution.", name="i2")
    assert not facts(d, "initiative", initiated="draft-constitution-2026")
    assert facts(d, "initiative", initiator="kassym-jomart-tokayev", initiated="constitutional-reform-2025")


def test_the_state_adjective_before_a_deputy_foreign_minister_is_no_field(session):
    """ "Kazakh Deputy Foreign Minister X": the Ministry of Foreign Affairs, not a "Ministry of Kazakh"."""
    d = draft(session, "Kazakh Deputy Foreign Minister Roman Vassilenko briefed diplomats in Astana.", name="m1")
    ((org,),) = [[o for h, r, o in posts(d) if "vassilenko" in h and r == "deputy-minister"]]
    assert names(d, org) == {"Ministry of Foreign Affairs"}


def test_a_presidential_aide(session):
    """ "Presidential aide X" (test15's "Presidential Aide Yerzhan Zhienbayev", as "presidential assistant")."""
    d = draft(session, "Presidential aide Yerzhan Zhienbayev explained the changes.", name="m2")
    assert [(r, o) for h, r, o in posts(d) if "zhienbayev" in h] == [
        ("assistant-to-the-president", "republic-of-kazakhstan")
    ]


def test_russian_shortened_posts(session):
    """ "Госсоветник", "Замминистра", "Замакима", "Замруководителя Администрации Президента": the posts in short (and
    "Администрации Президента" no person, though the tagger's words say so)."""
    got = set()
    for n, text in enumerate(
        [
            "Госсоветник Ерлан Карин выступил на заседании.",
            "Замминистра юстиции Ботагоз Жакселекова выступила.",
            "Замакима Алматы Ержан Ахметов выступил.",
            "Замруководителя Администрации Президента Айбек Дадебай выступил.",
        ]
    ):
        d = draft(session, text, name=f"s{n}")
        got |= {(r, min(names(d, o)) if names(d, o) else o) for _, r, o in posts(d)}
    assert {r for r, _ in got} == {"state-counsellor", "deputy-minister", "deputy-akim", "deputy-head"}
    assert ("deputy-head", "Administratsiya Prezidenta") in got  # (its transliteration sorts first)


def test_a_kazakh_first_deputy_is_a_deputy(session):
    """ "Облыс әкімінің бірінші орынбасары X": a deputy akim, not the akim."""
    d = draft(session, "Облыс әкімінің бірінші орынбасары Ержан Ахметов жиынға қатысты.", name="k1")
    assert [r for h, r, _ in posts(d) if "akhmetov" in h] == ["deputy-akim"]


def test_an_article_that_should_be_set_out_anew_is_a_proposal(session):
    """ "По словам X, статью 9 следует изложить в новой редакции": X proposes a change to Article 9."""
    d = draft(session, "По словам Айгуль Сеитовой, статью 9 следует изложить в новой редакции.", name="p1")
    assert [f.values.get("targets") for f in facts(d, "proposal") if "seitova" in f.values["proposer"]] == [
        "draft-constitution-2026-article-9"
    ]


def test_an_article_that_should_be_revised_is_a_proposal_in_kazakh_and_english(session):
    """ "9-бапты нақтылау қажет" after "X-тың пікірінше", "Article 9 should be revised" after "X said": X proposes a
    change to Article 9 (English names the article as the passive's subject, before the modal)."""
    for n, text in enumerate(
        [
            "Айгүл Сейтованың пікірінше, 9-бапты нақтылау қажет.",
            "Aigul Seitova said Article 9 should be revised.",
        ]
    ):
        d = draft(session, text, name=f"q{n}")
        assert [f.values.get("targets") for f in facts(d, "proposal")] == ["draft-constitution-2026-article-9"], text
