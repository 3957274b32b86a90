"""Thirteenth pass on posts (issue #13): coverage from language knowledge, not from one part's errors.

Each test pins an entry of the inventory of posts news names in Kazakh, Russian and English, or a way a post is
attached to a name (a copula, a verb of heading, a bracket, a Kazakh body between a name and its post), with a
sentence written for it (no sentence is copied from the data). Guards say so: they pin what must stay unread.
"""

from __future__ import annotations

import pytest

from ._drafting import draft
from ._drafting import names as _names
from ._drafting import posts as _posts


def _roles(d, holder: str) -> set[str]:
    """The roles drafted for the person whose id holds ``holder`` (a surname: the session's earlier articles may
    have drafted the person under another spelling of the first name)."""
    return {r for h, r, _ in _posts(d) if holder in h}


def _post_of(d, holder: str, role: str) -> set[str]:
    """The names of the body ``holder`` holds ``role`` in (the one such membership)."""
    (org,) = [o for h, r, o in _posts(d) if holder in h and r == role]
    return _names(d, org) or {org}


# ---------------------------------------------------------------------------- new post words


@pytest.mark.parametrize(
    ("text", "holder", "role"),
    [
        # dean
        ("Dean of the Faculty of Law of Turan University Aigerim Sadykova said so.", "sadykova", "dean"),
        ("Айгерим Садыкова, декан юридического факультета университета «Туран», отметила это.", "sadykova", "dean"),
        ("«Тұран» университеті заң факультетінің деканы Әйгерім Садықова мұны айтты.", "sadykova", "dean"),
        # judge
        ("Bolat Nurlanov, a judge of the Supreme Court, took part.", "nurlanov", "judge"),
        ("Судья Верховного суда Болат Нурланов принял участие.", "nurlanov", "judge"),
        ("Жоғарғы сот судьясы Болат Нұрланов талқылауға қатысты.", "nurlanov", "judge"),
        # research fellow, its rank kept as every sheet with a ranked fellow keeps it (thirty-second session)
        (
            "Dana Omarova, a leading researcher at the Institute of Philosophy, spoke.",
            "omarova",
            "leading-research-fellow",
        ),
        ("Старший научный сотрудник Института философии Дана Омарова выступила.", "omarova", "senior-research-fellow"),
        ("Философия институтының аға ғылыми қызметкері Дана Омарова сөз сөйледі.", "omarova", "senior-research-fellow"),
        ("Dana Omarova, a researcher at the Institute of Philosophy, spoke.", "omarova", "research-fellow"),
        # editor-in-chief
        ("Вячеслав Абрамов, главный редактор Vlast.kz, прокомментировал голосование.", "abramov", "editor-in-chief"),
        ("Vlast.kz порталының бас редакторы Вячеслав Абрамов пікір білдірді.", "abramov", "editor-in-chief"),
        # spokesperson
        ("Aibek Smadiyarov, spokesperson for the Foreign Ministry, answered questions.", "smadiyarov", "spokesperson"),
        (
            "Сыртқы істер министрлігінің ресми өкілі Айбек Смадияров сұрақтарға жауап берді.",
            "smadiyarov",
            "spokesperson",
        ),
        # associate professor (доцент)
        (
            "Доцент кафедры конституционного права Гульнар Тулегенова разъяснила статью.",
            "tulegenova",
            "associate-professor",
        ),
        # the head of an office: "начальник", "бастығы"
        ("Начальник управления юстиции Алматы Серик Ахметов выступил.", "akhmetov", "head"),
        ("Алматы қаласы әділет департаментінің бастығы Серік Ахметов сөз сөйледі.", "akhmetov", "head"),
        # the leader of a party
        ("Лидер партии «Республика» Айдарбек Ходжаназаров сказал это.", "khodzhanazarov", "head"),
        # a professor whose university's name opens on adjectives
        ("Профессор Евразийского национального университета Данияр Касымов разъяснил статью.", "kasymov", "professor"),
    ],
)
def test_a_post_word_of_the_inventory_is_read(session, text, holder, role):
    """Written for the inventory: each post word, with its body, gives its holder the post."""
    assert role in _roles(draft(session, text), holder)


def test_a_first_deputy_chair_is_a_deputy_chair_not_the_chair(session):
    """Written for the inventory: "төрағасының бірінші орынбасары" (the chair's first deputy) was read as "төрағасы"."""
    d = draft(session, "«Аманат» партиясы төрағасының бірінші орынбасары Ерлан Қошанов сөз сөйледі.")
    assert _roles(d, "koshanov") == {"deputy-chair"}


def test_the_foreign_ministry_is_the_ministry_of_foreign_affairs(session):
    """Written for the class: "Foreign Ministry" names the one ministry the other languages name."""
    d = draft(session, "Aibek Smadiyarov, spokesperson for the Foreign Ministry, answered questions.")
    assert _post_of(d, "smadiyarov", "spokesperson") >= {"Ministry of Foreign Affairs"}


def test_a_kazakh_body_with_a_dot_in_its_name_keeps_it(session):
    """Written for the class: "Vlast.kz порталының" is one body, not "kz порталы"."""
    d = draft(session, "Vlast.kz порталының бас редакторы Вячеслав Абрамов пікір білдірді.")
    assert _post_of(d, "abramov", "editor-in-chief") == {"Vlast.kz порталы", "Vlast.kz portaly"}


@pytest.mark.parametrize(
    "text",
    [
        "Political scientist Dimash Alzhanov said the draft was rushed.",
        "Политолог Димаш Альжанов заявил, что проект поспешен.",
        "Саясаттанушы Димаш Әлжанов жобаның асығыс екенін айтты.",
        "Researchers say the draft is balanced, Dimash Alzhanov wrote.",
        "Experts will judge the draft, Dimash Alzhanov said.",
    ],
)
def test_a_profession_is_no_post(session, text):
    """A guard (passes before and after): a profession, "researchers" without a body, or the verb "judge"."""
    assert _posts(draft(session, text)) == []


# ---------------------------------------------------------------------------- ways a post is attached to a name


@pytest.mark.parametrize(
    ("text", "holder", "role"),
    [
        # a copula
        ("Marat Suleimenov is the vice-rector of Narxoz University.", "marat-sule", "vice-rector"),
        ("Marat Suleimenov serves as director of the Institute of Parliamentarism.", "marat-sule", "director"),
        ("Марат Сулейменов, являющийся директором Института парламентаризма, выступил.", "marat-sule", "director"),
        ("Марат Сулейменов занимает должность директора Института парламентаризма.", "marat-sule", "director"),
        # a verb of heading, present tense
        ("Marat Suleimenov heads the Institute of Parliamentarism.", "marat-sule", "head"),
        ("Marat Suleimenov chairs the Constitutional Commission.", "marat-sule", "chair"),
        ("Марат Сулейменов возглавляет Институт парламентаризма.", "marat-sule", "head"),
        ("Марат Сулейменов руководит Институтом парламентаризма.", "marat-sule", "head"),
        # a post in brackets after the name
        ("Marat Suleimenov (rector of Narxoz University) welcomed the guests.", "marat-sule", "rector"),
        ("Марат Сулейменов (директор Института парламентаризма) приветствовал гостей.", "marat-sule", "director"),
        # Kazakh: the body between the name and its post
        ("Марат Сүлейменов – Парламентаризм институтының директоры.", "marat-sule", "director"),
        ("Марат Сүлейменов (Парламентаризм институтының директоры) баяндама жасады.", "marat-sule", "director"),
    ],
)
def test_a_way_of_attaching_a_post_is_read(session, text, holder, role):
    """Written for the inventory of attachments: the post goes to the name before it."""
    assert role in _roles(draft(session, text), holder)


def test_two_posts_after_one_copula_are_both_the_names(session):
    """Written for the class: "является членом … и депутатом …" gives the name both posts."""
    d = draft(session, "Иван Петров является членом партии «Аманат» и депутатом Мажилиса.")
    assert _roles(d, "petrov") == {"member", "deputy"}


@pytest.mark.parametrize(
    "text",
    [
        "Marat Suleimenov was the rector of Narxoz University until 2020.",
        "Ivan Petrov is a political scientist at the Institute of Philosophy.",
        "Ерлан Қарин, Алматы қаласы әкімдігінің өкілдері қатысты.",
        "Жиынға Ерлан Қарин, Мәжіліс депутаттары және облыс әкімі қатысты.",
    ],
)
def test_no_post_from_a_past_copula_a_profession_or_a_list(session, text):
    """Guards: a past copula tells a post held once; a profession is no post; Kazakh words of a list with
    "және" or a plural post between a name and a post are no body of that name's."""
    d = draft(session, text)
    assert not [p for p in _posts(d) if any(n in p[0] for n in ("marat-sule", "petrov", "karin"))]


# ---------------------------------------------------------------------------- bodies the registry lacks


@pytest.mark.parametrize(
    ("text", "holder", "role", "body"),
    [
        ("Мәдениет вице-министрі Қанат Ысқақов сөз сөйледі.", "yskakov", "deputy-minister", "Мәдениет министрлігі"),
        ("Әділет министрі Ерлан Сәрсембаев жобаны таныстырды.", "sarsembayev", "minister", "Әділет министрлігі"),
        (
            "Облыстық корей этномәдени бірлестігінің төрағасы Виктор Ким сөз сөйледі.",
            "kim",
            "chair",
            "Облыстық корей этномәдени бірлестігі",
        ),
        (
            "Қазақстан Республикасы Шахмат федерациясының төрағасы Дархан Ерғалиев сөз сөйледі.",
            "ergaliyev",
            "chair",
            "Қазақстан Республикасы Шахмат федерациясы",
        ),
        (
            "Президент Федерации шахмат Казахстана Дархан Ергалиев выступил.",
            "ergaliyev",
            "president",
            "Федерация шахмат Казахстана",
        ),
        ("Darkhan Yergaliyev, President of the Chess Federation, spoke.", "ergaliyev", "president", "Chess Federation"),
    ],
)
def test_a_body_by_its_head_noun_is_drafted_with_the_post(session, text, holder, role, body):
    """Written for the inventory: a ministry's field in the Kazakh nominative ("Мәдениет", was read as a state's
    name), and bodies named by head nouns the rules lacked (бірлестігі, федерациясы, Федерация, Federation); a
    body in the Republic keeps the Republic in its name and is never the Republic. (Two of the six, the English
    and the Russian federation, were read before through the tagger's mention: they pin what stays.)"""
    d = draft(session, text)
    assert body in _post_of(d, holder, role)


# ---------------------------------------------------------------------------- units and names of bodies


def test_a_post_in_a_bodys_board_is_in_the_board(session):
    """Written for the class: "Chairman of the Board of X" holds the chair of X's board, a body of its own."""
    d = draft(session, "Chairman of the Board of Halyk Bank Umut Shayakhmetova spoke at the forum.")
    assert _post_of(d, "shayakhmetova", "chair") == {"Board of Halyk Bank"}


def test_a_board_before_a_name_is_no_part_of_the_name(session):
    """Written for the class: "the X Board Ivan Petrov" was one person, "Board Ivan Petrov"."""
    d = draft(session, "Chairman of the ABC Board Ivan Sergeyev spoke at the forum.")
    assert [h for h, _, _ in _posts(d)] == ["ivan-sergeyev"]
    assert _post_of(d, "sergeyev", "chair") == {"ABC Board"}


def test_a_board_whose_body_runs_on_into_the_next_post_is_left_out(session):
    """A guard: a body's mention that runs on into the next post names no board. Since the eighteenth session
    (``kg.extract.en.READINGS18``) the mention ends before "and Vice-Rector" (a second post), so the board of the
    university is read, as the gold of `test9` has it."""
    import kg.extract.en as en

    d = draft(
        session,
        "Irina Petrova, Deputy Chair of the Board of Sarsen Amanzholov East Kazakhstan University and Vice-Rector for "
        "Strategic Development, spoke.",
    )
    boards = [o for h, r, o in _posts(d) if "petrova" in h and "board" in o]
    assert boards == (["board-of-sarsen-amanzholov-east-kazakhstan-university"] if en.READINGS18 else [])


def test_a_legal_form_then_a_quoted_name_is_one_body(session):
    """Written for the class: "the NJSC "Name"" is the body "NJSC "Name"", never "NJSC" alone."""
    d = draft(session, 'Chairman of the NJSC "Institute of Applied Research" Ivan Sergeyev spoke.')
    (org,) = _post_of(d, "sergeyev", "chair")
    assert "Institute of Applied Research" in org


def test_an_outlet_named_by_its_address_is_the_body_of_its_editor(session):
    """Written for the inventory: "editor-in-chief of diplo.news" names the outlet by its address."""
    d = draft(session, "Gudrun Meyer, Editor-in-Chief of diplo.news, said so.")
    assert _post_of(d, "meyer", "editor-in-chief") == {"diplo.news"}


def test_a_russian_region_named_by_its_adjective_is_the_articles_region(session):
    """Written for the class: "Павлодарском областном филиале" names the region of "аким области" after it (an
    adjective before "областной", in any case, counted as the region "Павлодарская")."""
    d = draft(session, "В Павлодарском областном филиале партии прошла встреча. Аким области Асаин Байханов выступил.")
    assert "Акимат Павлодарской области" in _post_of(d, "baykhanov", "akim")


@pytest.mark.parametrize(
    ("text", "holder", "body"),
    [
        (
            "Әл-Фараби атындағы ҚазҰУ басқарма төрағасы Жансейіт Түймебаев сөз сөйледі.",
            "tuymebayev",
            "Әл-Фараби атындағы ҚазҰУ басқармасы",
        ),
        ("«Қазақтелеком» АҚ басқарма төрағасы Бағдат Мусин сөз сөйледі.", "musin", "«Қазақтелеком» АҚ басқармасы"),
    ],
)
def test_a_kazakh_board_chair_is_the_chair_of_the_board(session, text, holder, body):
    """Written for the inventory: "X басқарма төрағасы" chairs X's board ("X басқармасы"), a body of its own (never
    the company its quoted name names); the name a body is named after ("Әл-Фараби атындағы") is a word of it."""
    d = draft(session, text)
    assert body in _post_of(d, holder, "chair")


def test_a_board_of_a_body_named_by_its_kind_alone_is_left_out(session):
    """A guard: "Университеттің Басқарма Төрағасы X" names no body this rule can name."""
    d = draft(session, "Университеттің Басқарма Төрағасы Лаура Қарабасова сөз сөйледі.")
    assert not [o for h, r, o in _posts(d) if "karabasova" in h]


@pytest.mark.parametrize(
    ("text", "holder", "role"),
    [
        ("Ivan Sergeyev, also a member of the Constitutional Commission, spoke.", "sergeyev", "member"),
        ("Иван Сергеев, также член Конституционной комиссии, выступил.", "sergeyev", "member"),
        ("Иван Сергеев, работающий в должности директора Института парламентаризма, выступил.", "sergeyev", "director"),
    ],
)
def test_an_apposition_opened_by_also_or_a_verb_of_working(session, text, holder, role):
    """Written for the inventory: "also", "также" before a post in apposition; "работающий в должности"."""
    assert role in _roles(draft(session, text), holder)


def test_members_in_the_plural_give_every_name_after_them_the_post(session):
    """Written for the inventory: "Члены комиссии X и Y" are both members ("члены" was no post)."""
    d = draft(session, "Члены Конституционной комиссии Иван Сергеев и Анна Сидорова выступили.")
    assert {h for h, r, _ in _posts(d) if r == "member"} >= {"ivan-sergeyev", "anna-sidorova"}


def test_members_without_names_stand_for_no_one_holder(session):
    """A guard: "члены комиссии предложили" after a member named before is the commission, not that member."""
    d = draft(
        session,
        "Токаев принял члена Конституционной комиссии Ержана Жиенбаева. Члены комиссии предложили опубликовать проект.",
    )
    assert not [f for f in d.facts if f.type == "proposal" and f.values.get("proposer") == "yerzhan-zhienbayev"]


# ---------------------------------------------------------------------------- a minister's field of several words


@pytest.mark.parametrize(
    ("text", "holder", "ministry"),
    [
        # the field runs up to a two-word name (written for test10/test14's "Minister of Artificial Intelligence and
        # Digital Development Zhaslan Madiev", whose person was never drafted)
        ("Minister of Digital Development Ivan Petrov said so.", "ivan-petrov", "Ministry of Digital Development"),
        (
            "Minister of Artificial Intelligence and Digital Development Ivan Petrov said so.",
            "ivan-petrov",
            "Ministry of Artificial Intelligence and Digital Development",
        ),
        ("Minister of Foreign Affairs Murat Nurlanov said so.", "murat-nurlanov", "Ministry of Foreign Affairs"),
        # a patronymic between the name and the surname
        ("Minister of Justice Yerlan Bolatuly Serikov said so.", "yerlan-serikov", "Ministry of Justice"),
    ],
)
def test_a_ministers_field_of_several_words_ends_where_the_name_begins(session, text, holder, ministry):
    d = draft(session, text, name="minister-field")
    assert [(h, r) for h, r, _ in _posts(d)] == [(holder, "minister")]
    ((_, _, org),) = _posts(d)
    assert ministry in _names(d, org)


def test_a_state_after_the_field_is_no_name(session):
    # "… of North Macedonia Timcho X": the state's name, then the person's
    d = draft(session, "Minister of Foreign Affairs and Foreign Trade of North Macedonia Timcho Mucunov arrived.")
    assert [h for h, _, _ in _posts(d)] == ["timcho-mucunov"]


def test_a_typeset_hyphen_in_a_post_reads_as_the_ascii_one(session):
    # "Editor‑in‑Chief" with U+2011 (written for test9/en-kt's editor-in-chief, whose post was never drafted)
    d = draft(session, "Gudrun Weber, Editor\u2011in\u2011Chief of diplo.news, underscored the importance.")
    assert _roles(d, "weber") == {"editor-in-chief"}
    assert "Gudrun Weber, Editor\u2011in\u2011Chief" in d.facts[0].evidence[0]  # the quote stays as written


@pytest.mark.parametrize(
    ("text", "holder", "role", "ministry"),
    [
        # the field's adjective in "-их"/"-его"/"-ей" (written for test12/ru-ulysmedia's deputy minister)
        ("Заместитель министра внутренних дел Санжар Нуров опроверг слухи.", "nurov", "deputy-minister",
         "Министерство внутренних дел"),
        ("Министр внутренних дел Ержан Сериков опроверг слухи.", "serikov", "minister", "Министерство внутренних дел"),
    ],
)  # fmt: skip
def test_a_russian_ministrys_field_with_any_adjective_ending(session, text, holder, role, ministry):
    d = draft(session, text, name="ru-field")
    assert _roles(d, holder) == {role}
    assert ministry in _post_of(d, holder, role)


@pytest.mark.parametrize(
    "text",
    [
        # the Central Referendum Commission by its initials and its other Russian word order (test12, test15)
        "Член ЦКР Иван Петров выступил с докладом.",
        "Член Центральной комиссии референдума Иван Петров выступил с докладом.",
        "CRC member Ivan Petrov made a report.",
    ],
)
def test_the_referendum_commission_by_its_initials_is_the_registrys(session, text):
    d = draft(session, text, name="crc")
    assert [(r, o) for h, r, o in _posts(d) if "petrov" in h] == [("member", "central-referendum-commission")]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        # a communal state institution's legal form after its quoted name (test15/kk-arkaazhary's «Қоғамдық келісім» КММ)
        ("Іс-шараға «Достық» КММ басшысы Қуаныш Ғибадатұлы Серіков қатысты.", "head"),
        ("Іс-шараға «Мирас» КМҚК директоры Қуаныш Серіков қатысты.", "director"),
    ],
)
def test_a_kazakh_state_institutions_legal_form_names_its_body(session, text, role):
    d = draft(session, text, name="kmm")
    assert [r for h, r, _ in _posts(d) if "serikov" in h] == [role]


@pytest.mark.parametrize(
    ("text", "role", "ministry"),
    [
        # test16/en-adyrna: a deputy minister's ministry by its field between "Deputy" and "Minister"
        ("Deputy Foreign Minister Ivan Petrov briefed reporters.", "deputy-minister", "Ministry of Foreign Affairs"),
        ("Deputy Justice Minister Ivan Petrov briefed reporters.", "deputy-minister", "Ministry of Justice"),
        # unchanged: the minister himself, and the Deputy Prime Minister
        ("Foreign Minister Ivan Petrov briefed reporters.", "minister", "Ministry of Foreign Affairs"),
        ("Deputy Prime Minister Ivan Petrov briefed reporters.", "deputy-prime-minister", None),
    ],
)
def test_an_english_deputy_ministers_field_names_the_ministry(session, text, role, ministry):
    d = draft(session, text, name="en-deputy-field")
    assert _roles(d, "petrov") == {role}
    if ministry is not None:
        assert ministry in _post_of(d, "petrov", role)


@pytest.mark.parametrize(
    "text",
    [
        # test16/ru-baq-…-balayeva-oskemen: the stops inside a quoted name ("им. С.") break no chain of posts
        "Участие приняли председатель правления – ректор НАО «КГУ им. С. Сейфуллина» Иван Петров и др.",
        "Участие приняли ректор НАО «КГУ им. С. Сейфуллина» Иван Петров и др.",
    ],
)
def test_a_quoted_names_own_stops_break_no_chain_of_posts(session, text):
    d = draft(session, text, name="quoted-stops")
    assert "rector" in _roles(d, "petrov")


def test_a_stop_outside_quotes_still_ends_the_chain(session):
    d = draft(session, "Выступил ректор НАО «КГУ». Иван Петров принял участие.", name="stop-outside")
    assert not _roles(d, "petrov")


@pytest.mark.parametrize(
    ("text", "org"),
    [
        # test12/ru-kazpravda-…-crc-session, test10/ru-mailru: "глава ЦКР", "глава Конституционной комиссии"
        ("Заседание прошло под председательством главы ЦКР Ивана Петрова.", "central-referendum-commission"),
        (
            "По словам главы Конституционной комиссии Ивана Петрова, работа завершена.",
            "constitutional-reform-commission",
        ),
        # a body, then who leads it (test16/ru-vedomosti: "комиссия во главе с председателем … Азимовой")
        ("Будет создана Конституционная комиссия во главе с Иваном Петровым.", "constitutional-reform-commission"),
    ],
)
def test_the_head_of_a_commission_is_its_chair(session, text, org):
    d = draft(session, text, name="commission-head")
    assert [(r, o) for h, r, o in _posts(d) if "petrov" in h] == [("chair", org)]


def test_the_head_of_a_department_stays_its_head(session):
    d = draft(session, "Глава департамента образования Иван Петров выступил на встрече.", name="department-head")
    assert [r for h, r, _ in _posts(d) if "petrov" in h] == ["head"]


@pytest.mark.parametrize(
    "text",
    [
        # test13/kk-baq-…-balayeva-secular-state: the Republic by its initials before the post
        "ҚР Премьер-министрінің орынбасары Иван Петров жиынға қатысты.",
        "Prime Minister of the Republic of Kazakhstan Ivan Petrov spoke.",
        "Заместитель Премьер-министра Иван Петров выступил.",
    ],
)
def test_a_prime_ministers_post_of_the_republic_is_in_the_government(session, text):
    d = draft(session, text, name="pm-government")
    assert [o for h, _, o in _posts(d) if "petrov" in h] == ["government"]
