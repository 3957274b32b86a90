"""Eighteenth pass (issue #13): speeches and events `test20`'s errors showed the rules could not read, once it became
tuning data.

Each sentence is written for the test after a construction of a tuning part; guards pin what must stay unread.
"""

from __future__ import annotations

from ._drafting import draft, facts


def _speakers(d) -> list[str]:
    return sorted(f.values["speaker"] for f in facts(d, "speech") + facts(d, "report"))


# ---------------------------------------------------------------------------- speakers listed after the verb


def test_each_of_those_listed_after_spoke_speaks(session):
    """ "На мероприятии выступили председатель …, государственный советник …, заместитель …" (test20's coalition
    session): each named after the plural verb spoke, not only the last."""
    d = draft(
        session,
        "В Астане состоялось итоговое заседание коалиции. На мероприятии выступили председатель Мажилиса Ерлан "
        "Кошанов, государственный советник Ерлан Карин, министр культуры и информации Аида Балаева и другие.",
        outlet="zakon-kz",
        date="2026-03-13",
    )
    assert _speakers(d) == ["aida-balayeva", "erlan-karin", "erlan-koshanov"]


def test_initials_do_not_end_the_list_of_speakers(session):
    """ "Перед коллективом выступили … Нурлан Уразалинов и заместитель акима района Ф.Г. Балашов" (test12): the
    dots of the initials end no list."""
    d = draft(
        session,
        "На шахте прошла встреча с коллективом. Перед коллективом выступили председатель маслихата района Нурлан "
        "Уразалинов и заместитель акима района Ф.Г. Балашов.",
        outlet="zakon-kz",
        date="2026-02-13",
    )
    assert len(_speakers(d)) == 2


def test_speaking_out_for_something_is_no_list_of_speakers(session):
    """Guard: "выступили с поддержкой", "выступили против", "выступили организаторами" give no speech."""
    for text in (
        "Депутаты Ерлан Кошанов и Аида Балаева выступили с поддержкой проекта.",
        "Ерлан Кошанов и Аида Балаева выступили организаторами форума.",
    ):
        d = draft(session, text, outlet="zakon-kz", date="2026-03-13")
        assert _speakers(d) == [], text


# ---------------------------------------------------------------------------- a heading, then a speaker a line


def test_speakers_one_a_line_under_their_heading_speak(session):
    """ "Спикеры:", then "Эдуард Полетаев, руководитель …;" one a line (test20's press conference)."""
    d = draft(
        session,
        "В пресс-центре проходит пресс-конференция о новой Конституции.\n\n"
        "Спикеры:\n\n"
        "Эдуард Полетаев, руководитель общественного фонда «Мир Евразии»;\n\n"
        "Максим Крамаренко, руководитель Института евразийской политики.",
        outlet="zakon-kz",
        date="2026-02-18",
    )
    assert _speakers(d) == ["eduard-poletayev", "maksim-kramarenko"]


def test_names_on_lines_with_no_heading_do_not_speak(session):
    """Guard: lines that open with a name and a post, under no heading of speakers, are no talks."""
    d = draft(
        session,
        "В пресс-центре прошла встреча.\n\n"
        "Участники:\n\n"
        "Эдуард Полетаев, руководитель общественного фонда «Мир Евразии»;\n\n"
        "Максим Крамаренко, руководитель Института евразийской политики.",
        outlet="zakon-kz",
        date="2026-02-18",
    )
    assert _speakers(d) == []


# ---------------------------------------------------------------------------- a view given at a meeting


def test_a_view_given_at_a_meeting_is_a_talk(session):
    """ "На заседании Конституционной комиссии депутат Мажилиса X выступил с оценкой хода реформы" (test20)."""
    d = draft(
        session,
        "На заседании Конституционной комиссии депутат Мажилиса Магеррам Магеррамов выступил с оценкой хода "
        "конституционной реформы.",
        outlet="zakon-kz",
        date="2026-01-29",
    )
    assert _speakers(d) == ["magerram-magerramov"]


def test_a_statement_with_no_meeting_stays_a_statement(session):
    """Guard: "Партия выступила с официальным заявлением в поддержку проекта" (test14): no meeting, no talk."""
    d = draft(
        session,
        "Депутат Магеррам Магеррамов выступил с заявлением в поддержку проекта Конституции.",
        outlet="zakon-kz",
        date="2026-02-02",
    )
    assert _speakers(d) == []


# ---------------------------------------------------------------------------- addressing the staff, opening a talk


def test_addressing_the_workers_is_a_talk(session):
    """ "Обращаясь к работникам предприятия, Аида Балаева подчеркнула" (test20's plant visit)."""
    d = draft(
        session,
        "На заводе состоялась встреча с трудовым коллективом. Обращаясь к работникам предприятия, Аида Балаева "
        "подчеркнула значение новой Конституции.",
        outlet="zakon-kz",
        date="2026-03-10",
    )
    assert _speakers(d) == ["aida-balayeva"]


def test_opening_a_discussion_is_a_talk(session):
    """ "Талқылауды аша отырып, Еркін Дүйсенов … атап өтті" (test20's round table)."""
    d = draft(
        session,
        "Университетте дөңгелек үстел өтті. Талқылауды аша отырып, Еркін Дүйсенов жаңа Конституцияның маңызын атап "
        "өтті.",
        outlet="zakon-kz",
        date="2026-02-16",
    )
    assert _speakers(d) == ["erkin-duysenov"]


# ---------------------------------------------------------------------------- events


def test_a_building_of_the_capital_places_the_meeting_in_astana(session):
    """ "Сегодня в столичном Доме дружбы состоялось заседание …" (test20)."""
    d = draft(
        session,
        "Сегодня в столичном Доме дружбы состоялось заседание научно-экспертного совета.",
        outlet="zakon-kz",
        date="2026-02-10",
    )
    assert [e.values.get("place") for e in facts(d, "event") + facts(d, "session")] == ["astana"]


def test_a_concert_held_is_an_event(session):
    """ "… a large-scale socio-cultural concert was held in support of the referendum" (test20; test10's and
    test18's concerts are events in their sheets too)."""
    d = draft(session, "A large concert was held in support of the referendum.", outlet="zakon-kz", date="2026-03-02")
    assert [e.values["date"] for e in facts(d, "event")] == ["2026-03-02"]


def test_support_voiced_at_a_session_is_a_talk(session):
    """ "На заседании Мажилиса депутат Казыбек Иса выступил с поддержкой проекта" (test12): a talk at the session."""
    d = draft(
        session,
        "На заседании Мажилиса депутат Казыбек Иса выступил с поддержкой проекта новой Конституции.",
        outlet="zakon-kz",
        date="2026-02-04",
    )
    assert _speakers(d) == ["kazybek-isa"]


# ---------------------------------------------------------------------------- a body named again by its kind


def test_a_body_named_before_its_quoted_name_is_the_one_its_short_name_points_at(session):
    """ "итоговое заседание Общенациональной коалиции «За …»", then "руководитель Общенациональной коалиции X"
    (test20): the Russian head stands before the quoted name; the short name is that body, not a new one."""
    d = draft(
        session,
        "В Астане состоялось итоговое заседание Общенациональной коалиции «За Народную Конституцию Справедливого и "
        "Прогрессивного Казахстана!». Открывая заседание, руководитель Общенациональной коалиции Ерлан Кошанов "
        "подчеркнул его значение.",
        outlet="zakon-kz",
        date="2026-03-13",
    )
    heads = [f.values["organisation"] for f in facts(d, "membership") if f.values.get("role") == "head"]
    assert len(heads) == 1 and "za-narodnuyu" in heads[0]


def test_a_bullet_line_between_does_not_end_the_list(session):
    """ "Speakers included:", "-", "Nurzada Abdibekovna Beissen, Dean of …;", "-", "Gulmira … Yar-Mukhammedova, …"
    (test12's round table): a bare bullet on a line of its own."""
    d = draft(
        session,
        "A round table discussion was held at the university.\n"
        "Speakers included:\n-\nNurzada Abdibekovna Beissen, Dean of the Faculty of Physics, Professor;\n-\n"
        "Gulmira Sharifovna Yar-Mukhammedova, Professor of the Department of Solid State Physics.",
        outlet="zakon-kz",
        date="2026-02-10",
    )
    assert len(_speakers(d)) == 2


def test_a_post_and_a_dash_before_the_name_on_a_line_under_a_heading(session):
    """ "… кездесудің спикерлері жан-жақты таныстырды:", "• ҚР Парламенті Мәжілісінің депутаты – Павел Казанцев;"
    (test15): the heading ends in a colon; the line gives the post first."""
    d = draft(
        session,
        "Бүгін ауданда жаңа Конституция жобасын қоғамдық талқылау өтті.\n"
        "Конституция жобасының негізгі ережелерін кездесудің спикерлері жан-жақты таныстырды:\n"
        "• ҚР Парламенті Мәжілісінің депутаты – Павел Казанцев;",
        outlet="zakon-kz",
        date="2026-02-17",
    )
    assert _speakers(d) == ["pavel-kazantsev"]


# ---------------------------------------------------------------------------- "in their speeches"


def test_their_speeches_are_those_of_the_persons_named_before(session):
    """ "The event was also attended by … Yerbol Nurgaliev, and … Kuat Okasov. In their speeches, they emphasized
    …" (test13): a talk by each of the two."""
    d = draft(
        session,
        "Today, a meeting was held at the university. The event was also attended by the Deputy Akim of the region, "
        "Yerbol Nurgaliev, and the Head of the Department of Education, Kuat Okasov. In their speeches, they "
        "emphasized that the updated Constitution strengthens the social orientation of state policy.",
        outlet="zakon-kz",
        date="2026-02-27",
    )
    assert _speakers(d) == ["kuat-okasov", "yerbol-nurgaliev"]


def test_their_speeches_need_two_named_before(session):
    """Guard: one person named before is no "they"."""
    d = draft(
        session,
        "Today, a meeting was held at the university with Yerbol Nurgaliev. In their speeches, they emphasized the "
        "role of education.",
        outlet="zakon-kz",
        date="2026-02-27",
    )
    assert _speakers(d) == []


# ---------------------------------------------------------------------------- the opening, the main speaker


def test_who_is_heard_at_the_opening_ceremony_speaks(session):
    """ "Іс-шараның ашылу рәсімінде … директоры Айдос Төлеуканов кездесудің мақсатын атап өтті" (test14)."""
    d = draft(
        session,
        "Семейде жастар пікірталасы өтті. Іс-шараның ашылу рәсімінде жастар орталығының директоры Айдос Төлеуканов "
        "кездесудің мақсаты мен маңыздылығын атап өтті.",
        outlet="zakon-kz",
        date="2026-02-06",
    )
    assert _speakers(d) == ["aydos-toleukanov"]


def test_the_main_speaker_with_a_phrase_between_commas(session):
    """ "The main speaker of the meeting, participating online, was Marat Bashimov" (test9)."""
    d = draft(
        session,
        "A meeting was held at the university. The main speaker of the meeting, participating online, was Marat "
        "Bashimov.",
        outlet="zakon-kz",
        date="2026-02-06",
    )
    assert _speakers(d) == ["marat-bashimov"]


# ---------------------------------------------------------------------------- led, not chaired


def test_reforms_under_the_leadership_of_the_president_chair_no_meeting(session):
    """ "… transformations being implemented … under the leadership of President Kassym-Jomart Tokayev" (test20's
    embassy report): leading a reform is no chair of the article's event."""
    d = draft(
        session,
        "A meeting was held between the Ambassador of Kazakhstan to Mexico, Almurat Turganbekov, and the Director "
        "General of the Ministry of Foreign Affairs of Mexico.\n\nIt was emphasized that these reforms continue the "
        "transformations being implemented under the leadership of President Kassym-Jomart Tokayev.",
        outlet="zakon-kz",
        date="2026-02-24",
    )
    assert [e.values.get("chair") for e in facts(d, "event") + facts(d, "session") if e.values.get("chair")] == []


def test_a_meeting_held_under_the_leadership_of_its_chair(session):
    """Guard: "A meeting was held under the leadership of Akim X" names the meeting: X chairs it."""
    d = draft(
        session,
        "A meeting of the regional coalition was held under the leadership of Akim Yerbol Nurgaliev.",
        outlet="zakon-kz",
        date="2026-02-24",
    )
    assert [e.values.get("chair") for e in facts(d, "event") + facts(d, "session")] == ["yerbol-nurgaliev"]


# ---------------------------------------------------------------------------- where, and with whom: no organiser


def _organisers(d) -> list[str]:
    return [e.values.get("organiser") for e in facts(d, "event") + facts(d, "session") if e.values.get("organiser")]


def test_the_owner_of_the_plant_a_meeting_is_held_at_holds_no_meeting(session):
    """ "«Қазхром» трансұлттық компаниясы» акционерлік қоғамының зауытында … кездесу өтті" (test20): the plant is
    where the meeting is held, not who held it."""
    d = draft(
        session,
        "Ақтөбе қаласындағы «Қазхром» трансұлттық компаниясы» акционерлік қоғамының зауытында еңбек ұжымымен жаңа "
        "Конституция жобасын талқылауға арналған кездесу өтті.",
        outlet="zakon-kz",
        date="2026-02-16",
    )
    assert _organisers(d) == []


def test_the_mine_whose_workers_are_met_holds_no_meeting(session):
    """ "«Анненская» шахтасының жұмысшыларымен кездесу өтті" (test20): with its workers, not held by the mine."""
    d = draft(
        session,
        "Сәтбаев қаласындағы «Анненская» шахтасының жұмысшыларымен кездесу өтті.",
        outlet="zakon-kz",
        date="2026-03-10",
    )
    assert _organisers(d) == []


def test_a_body_that_holds_a_meeting_at_its_plant_still_holds_it(session):
    """Guard: "«Ауыл» партиясы жұмысшылармен кездесу өткізді": the party meets workers (no possessive), it holds the
    meeting."""
    d = draft(
        session,
        "«Ауыл» партиясы жұмысшылармен кездесу өткізді.",
        outlet="zakon-kz",
        date="2026-03-10",
    )
    assert len(_organisers(d)) == 1


def test_their_speeches_after_attended_by_two(session):
    """ "The meeting was attended by Senator X and Deputy Y. In their speeches, they …" (review): the agents of
    "attended by" are the two named before."""
    d = draft(
        session,
        "The meeting was attended by Senator Yerlan Sairov and Deputy Aidos Sarym. In their speeches, they "
        "emphasized the role of the new Constitution.",
        outlet="zakon-kz",
        date="2026-02-27",
    )
    assert _speakers(d) == ["aidos-sarym", "yerlan-sairov"]


# ---------------------------------------------------------------------------- a deputy's post stays a deputy's


def test_a_deputy_general_director_is_no_general_director():
    """Review: the eighteenth session's post words (general director, first vice-rector) are read first; a deputy's
    post before or after them stays the deputy's (or what it was before them)."""
    from kg.extract import patterns as P

    roles = {
        ("ru", "Заместитель генерального директора АО «Казахтелеком» Иван Петров"): "director",
        ("kk", "«Қазақтелеком» АҚ бас директорының орынбасары Асқар Асқаров"): "deputy-director",
        ("en", "Deputy Director General of the Institute Yerzhan Seitkali"): "deputy-director",
        ("ru", "Генеральный директор АО «Казахтелеком» Иван Петров"): "general-director",
    }
    for (lang, text), role in roles.items():
        assert [p.role for p in P.find_posts(text, lang)] == [role], text


def test_a_town_named_after_a_person_is_a_place(session):
    """ "Сәтбаев қаласындағы «Анненская» шахтасы" (test20): the tagger reads the town as a person; before "қаласы"
    it is a place."""
    from kg.extract.mentions import find_mentions

    text = (
        "Коалиция мүшелерінің облысқа сапары аясында Сәтбаев қаласындағы «Анненская» шахтасының жұмысшыларымен "
        "кездесу өтті."
    )
    ms = find_mentions(text, "kk", session.linker, session.gazetteer)
    assert [(m.text, m.kind) for m in ms if m.text == "Сәтбаев"] == [("Сәтбаев", "place")]
