"""The failure patterns of real reports (issue #13), pinned with sentences of the dev set.

Each test feeds one or two sentences of a real report (``tests/data/extract_real/dev``; a few
built the same way where the dev set has no example in that language) and checks the drafted
fact: chains of posts, posts in bodies the registry lacks, outlets and dates from the header,
stances in lead sentences and through a faction, proposals with their article, initiatives,
figures credited to who says them, units named properly, the event's organiser.
"""

from __future__ import annotations

import pytest

from kg.extract.draft import Session, extract_text

from ._drafting import draft, facts

POST_WORDS = (
    "chair",
    "predsedatel",
    "zamestitel",
    "deputy",
    "member",
    "chlen",
    "torag",
    "sovetnik",
    "state",
    "pomoshchnik",
)


def one(d, fact_type, **values):
    found = facts(d, fact_type, **values)
    assert len(found) == 1, (fact_type, values, [(f.type, f.values) for f in d.facts])
    return found[0]


def memberships(d):
    return {(f.values["holder"], f.values["role"], f.values["organisation"]) for f in d.facts if f.type == "membership"}


# ---------------------------------------------------------------- chains of posts


def test_chain_of_posts_ru(session):
    d = draft(
        session,
        "Как пишет Акорда, Токаев принял председателя Конституционной комиссии – председателя "
        "Конституционного суда Эльвиру Азимову, заместителя председателя Конституционной комиссии – "
        "Государственного советника Ерлана Карина и члена Конституционной комиссии – помощника президента "
        "по правовым вопросам Ержана Жиенбаева.",
    )
    got = memberships(d)
    assert {
        ("elvira-azimova", "chair", "constitutional-reform-commission"),
        ("elvira-azimova", "chair", "constitutional-court"),
        ("erlan-karin", "deputy-chair", "constitutional-reform-commission"),
        ("erlan-karin", "state-counsellor", "republic-of-kazakhstan"),
        ("yerzhan-zhiyenbayev", "member", "constitutional-reform-commission"),
        ("yerzhan-zhiyenbayev", "assistant-to-the-president", "republic-of-kazakhstan"),
    } <= {(h.replace("erzhan-zhiyenbayev", "yerzhan-zhiyenbayev"), r, o) for h, r, o in got}
    assert not any(h == "elvira-azimova" and r == "deputy-chair" for h, r, _o in got)  # the old mistake
    assert not any(a.id.startswith(POST_WORDS) for a in d.actors.values())


def test_chain_of_posts_en():
    d = draft(
        Session(),
        "The final draft of the new Constitution was presented to President Tokayev by Chairperson of "
        "the Constitutional Commission and Constitutional Court Elvira Azimova, Deputy Chairperson of the "
        "Constitutional Commission and State Counselor Erlan Karin, and member of the Constitutional Commission "
        "and assistant to the Kazakh President on legal matters Yerzhan Zhienbayev.",
    )
    got = memberships(d)
    assert {
        ("elvira-azimova", "chair", "constitutional-reform-commission"),
        ("elvira-azimova", "chair", "constitutional-court"),
        ("erlan-karin", "deputy-chair", "constitutional-reform-commission"),
        ("erlan-karin", "state-counsellor", "republic-of-kazakhstan"),
        ("yerzhan-zhienbayev", "member", "constitutional-reform-commission"),
        ("yerzhan-zhienbayev", "assistant-to-the-president", "republic-of-kazakhstan"),
    } <= got
    assert not any(h == "elvira-azimova" and r == "deputy-chair" for h, r, _o in got)


def test_chain_of_posts_kk_with_a_faction(session):
    d = draft(
        session,
        "«Ақ жол» Демократиялық партиясының орталық кеңсесінде партияның Ұлттық кеңесінің Пленумы өтті. "
        "Жобаның негізгі ережелерін «Ақ жол» Демпартиясы фракциясының мүшесі, ҚР Парламенті Мәжілісінің "
        "вице-спикері Дания Еспаева таныстырды.",
    )
    got = memberships(d)
    assert ("daniya-espayeva", "member", "ak-zhol-faction") in got
    assert ("daniya-espayeva", "vice-speaker", "mazhilis") in got
    # The faction is named in its base form with its party, not by the inflected word.
    assert d.actors["ak-zhol-faction"].names["kk"] == "«Ақ жол» партиясының фракциясы"


def test_abbreviation_before_a_name_ru(session):
    d = draft(
        session,
        "Основные положения проекта изложила член фракции Демпартии «Ак жол», Вице-спикер Мажилиса "
        "парламента РК Дания Еспаева.",
    )
    assert ("daniya-espayeva", "vice-speaker", "mazhilis") in memberships(d)
    assert ("daniya-espayeva", "member", "ak-zhol-faction") in memberships(d)


# ---------------------------------------------------------------- bodies the registry lacks


def test_post_in_an_unknown_body_kk(session):
    d = draft(
        session,
        "АСТАНА. KAZINFORM — Президент жанындағы Қазақстанның стратегиялық зерттеулер институтының "
        "директоры Жандос Шаймарданов жаңа Конституцияның жобасы жарияланғаннан бері пікірталас жанданғанын айтты.",
    )
    fact = one(d, "membership", role="director")
    body = d.actors[fact.values["organisation"]]
    assert body.names["kk"] == "Президент жанындағы Қазақстанның стратегиялық зерттеулер институты"
    assert not any(f.values.get("role") == "head-of-state" for f in d.facts)  # "Президент жанындағы" is no post


def test_post_in_an_unknown_body_ru(session):
    d = draft(
        session,
        "В рабочую группу, добавила глава института парламентаризма Наталья Пан, поступило порядка "
        "1,6 тысячи обращений граждан.",
    )
    fact = one(d, "membership", holder="natalya-pan", role="head")
    assert d.actors[fact.values["organisation"]].names["ru"] == "Институт парламентаризма"
    one(d, "claim", claimant="natalya-pan", quantity=1600, comparator="about")


@pytest.mark.parametrize(
    "text",
    [
        "Chairman of the Senate Maulen Ashimbayev opened the session.",
        "Maulen Ashimbayev, Chairman of the Senate, opened the session.",
    ],
)
def test_post_in_an_unknown_body_en(session, text):
    d = draft(session, text)
    fact = one(d, "membership", holder="maulen-ashimbayev", role="chair")
    assert d.actors[fact.values["organisation"]].names["en"] == "Senate"


def test_deputy_prosecutor_general_en(session):
    d = draft(
        session,
        "The eighth meeting of the Commission on Constitutional Reform was held in Astana, during which "
        "Deputy Prosecutor General of the Republic of Kazakhstan Zhandos Omiraliev proposed clarifying the "
        "understanding of Article 18 of the draft new Constitution in the Russian language.",
    )
    one(d, "membership", holder="zhandos-omiraliev", role="deputy-prosecutor-general")
    proposal = one(d, "proposal", proposer="zhandos-omiraliev")
    assert proposal.values["targets"] == "draft-constitution-2026-article-18"


# ---------------------------------------------------------------- outlets and dates


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("АСТАНА. KAZINFORM — Мемлекет басшысы Қасым-Жомарт Тоқаев сөз сөйледі.", "kazinform"),
        ("Токаеву рассказали о работе комиссии, передает корреспондент агентства Kazinform.", "kazinform"),
        ("Президенту рассказали о результатах работы Конституционной комиссии, сообщает Zakon.kz.", "zakon-kz"),
        (
            "ASTANA, Kazakhstan, January 28. Amendments will affect 84% of the text, Trend reports via Telegram.",
            "trend",
        ),
    ],
)
def test_outlet_from_dateline_or_attribution(session, text, outlet):
    d = extract_text(text, name="o", session=session)
    assert d.outlet == outlet


def test_a_quoted_source_is_not_the_outlet(session):
    d = extract_text(
        "Как пишет Акорда, Токаев принял председателя Конституционной комиссии Эльвиру Азимову.",
        name="o2",
        session=session,
        date="2026-01-30",
    )
    assert d.outlet == "unknown-outlet"


def test_placeholder_outlet_never_claims(session):
    d = extract_text(
        "Более двух тысяч предложений поступило от казахстанцев по содержанию Конституции.",
        name="o3",
        session=session,
        date="2026-01-30",
    )
    assert d.outlet == "unknown-outlet"
    assert not facts(d, "claim")
    d = draft(session, "Более двух тысяч предложений поступило от казахстанцев по содержанию Конституции.")
    one(d, "claim", claimant="kazinform", quantity=2000, comparator="more-than")


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "АСТАНА, 20 янв — Sputnik. Назвать новый парламент Курултаем предложил Касым-Жомарт Токаев в 2026 году.",
            "2026-01-20",
        ),
        (
            "The next meeting of the commission\n06.02.2026 12:46:47 195\nThe eighth meeting was held on 1 March 2025.",
            "2026-02-06",
        ),
        (
            "ASTANA, Kazakhstan, January 28. Proposed amendments will affect 84% of the text in 2026, Trend reports.",
            "2026-01-28",
        ),
    ],
)
def test_publication_date_from_the_header(session, text, date):
    assert extract_text(text, name="d", session=session).date == date


def test_no_publication_date_from_a_quotation_or_a_later_sentence(session):
    d = extract_text(
        "Токаев подписал указ. «К 15 марта 2026 года всё будет готово», – сказал он.", name="d2", session=session
    )
    assert d.date != "2026-03-15"
    assert any("--date" in n for n in d.notes)


# ---------------------------------------------------------------- stances


def test_stance_of_coordinated_groups_kk(session):
    d = draft(
        session,
        "Саяси партиялар, республикалық және өңірлік қоғамдық ұйымдар жаңа Конституция қабылдау "
        "жөніндегі бастамаға қолдау білдірді.",
    )
    one(d, "stance", holder="political-parties", target="draft-constitution-2026", polarity="support")
    one(d, "stance", holder="public-associations", target="draft-constitution-2026", polarity="support")


def test_stance_in_a_lead_sentence_ru(session):
    d = draft(
        session,
        "AMANAT: Новая Конституция – это ответ на запросы общества\n"
        "Фракция выразила полную поддержку проекту Основного закона и заявила о готовности включиться в его разъяснение\n"
        "В день обнародования проекта Новой Конституции в Мажилисе состоялось собрание Фракции партии AMANAT.",
    )
    stance = one(d, "stance", holder="amanat-faction", target="draft-constitution-2026", polarity="support")
    assert stance.values.get("degree") == "fully"


def test_stance_praised_en(session):
    d = draft(
        session,
        "The final draft of the new Constitution was presented to President Tokayev. Tokayev praised the "
        "commission’s work, noting the draft reflects current social values.",
    )
    one(d, "stance", holder="kassym-jomart-tokayev", target="draft-constitution-2026", polarity="support")


def test_stance_of_citizens_in_a_kazakh_clause(session):
    d = draft(session, "Осылайша, референдум нәтижелері ел азаматтарының жаңа Конституцияны қолдайтынын көрсетті.")
    one(d, "stance", holder="citizens", target="draft-constitution-2026", polarity="support")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            (
                "В центральном офисе Демократической партии «Ак жол» состоялся Пленум Национального совета партии, участники "
                "которого обсудили предложение Парламентской фракции о поддержке проекта новой Конституции, передает "
                "корреспондент Kazpravda.kz"
            ),
            "ru",
        ),
        (
            (
                "«Ақ жол» Демократиялық партиясының орталық кеңсесінде партияның Ұлттық кеңесінің Пленумы өтті. Онда қатысушылар "
                "Парламенттік фракцияның Жаңа Конституция жобасын қолдау жөніндегі ұсынысын талқылады, деп хабарлайды BAQ.KZ."
            ),
            "kk",
        ),
    ],
)
def test_stance_and_proposal_through_a_faction(text, lang):
    d = draft(Session(), text)
    one(d, "stance", holder="ak-zhol-faction", target="draft-constitution-2026", polarity="support")
    one(d, "proposal", proposer="ak-zhol-faction", targets="draft-constitution-2026")
    assert not facts(d, "stance", holder="kazpravda")
    # The event's organiser is who held it (the National Council), not the party named first.
    (event,) = [f for f in d.facts if f.type in ("event", "session")]
    assert event.values["organiser"] == "ak-zhol-national-council"
    label = d.actors["ak-zhol-national-council"].names[lang]
    assert label == {"ru": "Национальный совет партии «Ак жол»", "kk": "«Ақ жол» партиясының Ұлттық кеңесі"}[lang]


def test_opposition_and_criticism(session):
    d = draft(session, "Юристы раскритиковали проект новой Конституции.", date="2026-02-01")
    one(d, "stance", holder="lawyers", target="draft-constitution-2026", polarity="oppose")
    d = draft(session, "The Steppe Lawyers' Guild opposes Article 76 of the draft Constitution.")
    one(d, "stance", polarity="oppose", target="draft-constitution-2026-article-76")


# ---------------------------------------------------------------- proposals and initiatives


def test_proposal_with_its_article_kk_ru(session):
    d = draft(
        session,
        "Одақ Конституция жобасының 8-бабына «таза қоршаған орта құқығы» ұғымын қосуды ұсынады. "
        "«Жасыл Одақ» қауымдастығы өз ұсынысын жолдады.",
    )
    assert any(f.values.get("targets") == "draft-constitution-2026-article-8" for f in facts(d, "proposal"))
    d = draft(session, "Депутат Ерлан Садыков предложил дополнить статью 9 проекта Конституции нормой о языке.")
    one(d, "proposal", proposer="erlan-sadykov", targets="draft-constitution-2026-article-9")


def test_proposals_of_coordinated_groups_about_this_provision(session):
    d = draft(
        session,
        "Article 14, paragraph 2 of the draft states that human rights and freedoms are inherent in every "
        "person. Many citizens and experts have suggested strengthening this provision.",
    )
    one(d, "proposal", proposer="citizens", targets="draft-constitution-2026-article-14-2")
    one(d, "proposal", proposer="experts", targets="draft-constitution-2026-article-14-2")


def test_proposal_by_the_members_of_a_commission(session):
    d = draft(
        session,
        "Эльвира Азимова доложила о работе Конституционной комиссии. В связи c этим члены комиссии высказали мнение, что "
        "данный проект надо рассматривать как проект новой Конституции, и предложили опубликовать его.",
    )
    one(d, "proposal", proposer="constitutional-reform-commission", targets="draft-constitution-2026")


RAISED_KK = (
    "Мемлекет басшысы Қасым-Жомарт Тоқаев Ұлттық құрылтайдың V отырысында «Құрылтай» атты бір палаталы парламентке көшуді, "
    "вице-президент лауазымын қайтарып, заң шығару бастамасын көтеруге хақылы «Халық кеңесін» құру бастамасын көтерді."
)


@pytest.mark.parametrize(
    ("text", "initiated"),
    [
        (RAISED_KK, "halyk-kenesi"),
        (RAISED_KK, "vice-president"),
        (
            (
                "21 қаңтарда Мемлекет басшысы Қасым-Жомарт Тоқаев Конституциялық реформа жөніндегі комиссия құру туралы Жарлыққа "
                "қол қойды."
            ),
            "constitutional-reform-commission",
        ),
        (
            "He said that the Working Group was established on October 8, 2025 by a decree of President Kassym-Jomart Tokayev.",
            "parliamentary-reform-working-group",
        ),
        (
            "Конституционная реформа проводится по инициативе Главы государства Касым-Жомарта Токаева.",
            "constitutional-reform-2025",
        ),
    ],
)
def test_initiatives(session, text, initiated):
    d = draft(session, text)
    one(d, "initiative", initiator="kassym-jomart-tokayev", initiated=initiated)


def test_initiative_of_the_head_of_state_named_elsewhere(session):
    text = "Конституциялық реформа Мемлекет басшысының бастамасымен басталды."
    # "Мемлекет басшысы" with no name anywhere in the excerpt names no one (annotation rules)
    assert not facts(draft(session, text), "initiative")
    d = draft(session, "Қасым-Жомарт Тоқаев Ұлттық құрылтайда сөз сөйледі. " + text)
    one(d, "initiative", initiator="kassym-jomart-tokayev", initiated="constitutional-reform-2025")


# ---------------------------------------------------------------- claims


def test_claim_in_a_quotation_goes_to_its_speaker_kk(session):
    d = draft(
        session,
        "— Азаматтардың ұсыныстары «е-Өтініш» платформасына әлі де түсіп жатыр. Қазір олардың жалпы "
        "саны 4 мыңнан асты. Адвокаттар қауымдастығынан ұсыныстар да аз емес, — деді Жандос Шаймарданов.",
    )
    claim = one(d, "claim", quantity=4000, comparator="more-than")
    assert claim.values["claimant"] == "zhandos-shaymardanov" and claim.values["via"] == "e-otinish"


def test_claims_of_a_pronoun_and_a_continued_report_en(session):
    d = draft(
        session,
        "Proposed amendments will affect 84% of the text of the Kazakhstan Constitution, Deputy Chairman "
        "of the Constitutional Court Bakyt Nurmukhanov said, Trend reports.\n"
        "He highlighted that the draft of the updated Constitution comprises a Preamble, 11 sections, and 104 articles.\n"
        "The amendments and additions encompass all sections of the Constitution, with changes being made to 77 articles.",
        outlet="trend",
    )
    for quantity in (84, 11, 104, 77):
        one(d, "claim", claimant="bakyt-nurmukhanov", quantity=quantity)
    one(d, "membership", holder="bakyt-nurmukhanov", role="deputy-chair", organisation="constitutional-court")


def test_claims_according_to_a_person_ru():
    d = draft(
        Session(),
        "Документ состоит из Преамбулы, 11 разделов и 95 статей.\n"
        "По словам заместителя председателя Конституционного суда Бакыта Нурмуханова, новая Конституция "
        "состоит из Преамбулы, 11 разделов и 95 статей.",
        outlet="mgorod",
    )
    speaker = one(d, "membership", role="deputy-chair", organisation="constitutional-court").values["holder"]
    assert d.actors[speaker].names["ru"] == "Бакыт Нурмуханов"  # not the genitive "Бакыта"
    for quantity in (11, 95):
        one(d, "claim", claimant=speaker, quantity=quantity)
    assert not facts(d, "claim", claimant="mgorod")  # the headline's figure is the speaker's


def test_no_figures_from_dates_durations_or_article_numbers(session):
    d = draft(session, "Дауыс беру 15 наурызда таңғы 7-00-ден кешкі 20-20-ге дейін өтеді, 8-бап бойынша, бес жыл.")
    assert not facts(d, "claim")


@pytest.mark.parametrize(
    "text",
    [
        "Бір палаталы Парламент туралы бастаманы халық қолдап отыр — Президент",
        (
            "According to him, the initiative to shift to a unicameral parliament, announced by the Head of State on "
            "8 September last year, was backed by the majority of the country's citizens."
        ),
    ],
)
def test_stance_on_the_unicameral_initiative_in_a_headline_or_a_passive(session, text):
    d = draft(session, text)
    one(d, "stance", holder="citizens", target="constitutional-reform-2025", polarity="support")


def test_a_cited_source_claims_its_figure_and_a_post_is_no_name():
    d = draft(
        Session(),
        "Developed over 12 meetings, the draft of the new Constitution incorporates proposals submitted via "
        "the eGov and e-Otinish portals, as well as recommendations from the Parliamentary Reform Working Group, "
        "Akorda reported.\nEarlier, Assistant to the President for Legal Affairs Yerzhan Zhienbayev spoke on the "
        "proposed amendments.",
        outlet="astana-times",
    )
    claim = one(d, "claim", quantity=12)
    assert d.actors[claim.values["claimant"]].names["en"] == "Akorda"
    one(d, "membership", holder="yerzhan-zhienbayev", role="assistant-to-the-president")
    assert not any(a.id.startswith("legal") for a in d.actors.values())


def test_the_organiser_of_a_numbered_session_is_not_the_outlet(session):
    d = draft(
        session,
        "ҚЫЗЫЛОРДА. KAZINFORM — Бұл туралы Мемлекет басшысы Қасым-Жомарт Тоқаев Қызылорда қаласында өтіп "
        "жатқан Ұлттық құрылтайдың V отырысында айтты.",
    )
    (event,) = [f for f in d.facts if f.type in ("event", "session")]
    assert event.values["organiser"] == "national-kurultai"
    assert event.values["place"] == "kyzylorda"


def test_body_title_name_en(session):
    # The Astana Times, 2022-04-27 (https://astanatimes.com/2022/04/kazakh-president-announces-major-changes-in-political-party-system-in-pursuit-of-political-equality/)
    d = draft(
        session,
        "The President has resigned as the Chairman of Kazakhstan’s ruling party Amanat and nominated "
        "Mazhilis Speaker Yerlan Koshanov for the position of the Chairman of the Amanat party.",
    )
    one(d, "membership", holder="yerlan-koshanov", role="speaker", organisation="mazhilis")


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            (
                "On Feb. 11, members of the constitutional commission presented the results of their work on the draft "
                "Constitution to President Kassym-Jomart Tokayev."
            ),
            "2026-02-11",
        ),
        ("Как пишет Акорда, Токаев принял председателя Конституционной комиссии Эльвиру Азимову.", "2026-02-04"),
    ],
)
def test_a_meeting_with_the_head_of_state_is_an_event(session, text, date):
    d = draft(session, text)
    (event,) = facts(d, "event")
    assert event.values["date"] == date


def test_i_decided_to_create_goes_to_the_quotations_speaker(session):
    d = draft(
        session,
        '"Однако в ходе работы выяснилось, что количество поправок будет значительно больше. А в реформе 2022 '
        "года были обновлены 33 статьи Конституции. Поэтому я решил создать Конституционную комиссию. Завтра, "
        '21 января, я подпишу соответствующий указ", – озвучил Касым-Жомарт Токаев.',
        date="2026-01-20",
    )
    one(d, "initiative", initiator="kassym-jomart-tokayev", initiated="constitutional-reform-commission")
    one(d, "claim", claimant="kassym-jomart-tokayev", quantity=33)


def test_a_region_is_named_as_a_region(session):
    d = draft(
        session,
        "В ходе встречи членов коалиции с жителями области Абай государственный советник Ерлан Карин раскрыл "
        "детали подготовки проекта новой Конституции.",
        date="2026-03-03",
    )
    (event,) = [f for f in d.facts if f.type in ("event", "session")]
    assert d.actors[event.values["place"]].names["ru"] == "область Абай"
    one(d, "speech", speaker="erlan-karin")


def test_opening_the_session_is_a_speech(session):
    d = draft(
        session,
        "Бұл туралы Конституциялық реформалар жөніндегі комиссияның ХІІ отырысында Конституциялық сот "
        "төрағасы Эльвира Әзімова айтты.\n- Бүгінге дейін комиссияның атына 10 мыңнан астам өтініш келіп "
        "түскенін хабарлағым келеді, - деді отырысты ашқан Конституциялық сот төрағасы.",
        date="2026-02-11",
    )
    one(d, "speech", speaker="elvira-azimova")
    one(d, "claim", claimant="elvira-azimova", quantity=10000, comparator="more-than")


def test_a_body_named_by_its_subject_is_the_registry_body(session):
    d = draft(session, "The eighth meeting of the Commission on Constitutional Reform was held in Astana.")
    (event,) = facts(d, "event")
    assert event.values["organiser"] == "constitutional-reform-commission"


def test_a_surname_in_capitals_after_a_possessive_post_en():
    d = draft(
        Session(),
        "The President's assistant for legal issues, Yerzhan ZHIENBAEV, stated that the vice-president "
        "will be appointed by the president.",
    )
    fact = one(d, "membership", role="assistant-to-the-president", organisation="republic-of-kazakhstan")
    assert d.actors[fact.values["holder"]].names["en"] == "Yerzhan Zhienbaev"


def test_russian_holder_is_the_grammatical_subject(session):
    # The nearest name before the verb is not its subject: Natasha's syntax parser says who supported.
    d = draft(session, "Ерлан Карин сообщил, что проект новой Конституции поддержали юристы.")
    one(d, "stance", holder="lawyers", target="draft-constitution-2026", polarity="support")
    assert not facts(d, "stance", holder="erlan-karin")


def test_stance_through_a_coalition_ru(session):
    d = draft(
        session,
        'В ходе встречи членов Общенациональной коалиции "За народную Конституцию справедливого и '
        'прогрессивного Казахстана!" с жителями области Абай выступил Ерлан Карин.\n'
        "Коалиция поддержала проект новой Конституции.",
        date="2026-03-03",
    )
    stance = one(d, "stance", target="draft-constitution-2026", polarity="support")
    assert "За народную Конституцию" in d.actors[stance.values["holder"]].names["ru"]
