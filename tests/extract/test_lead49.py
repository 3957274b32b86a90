"""The lead's changes of the forty-ninth session, from the errors of ``test59``, the part held out in the
forty-eighth session and tuning data since. Each is checked with the cases it leaves alone.
"""

from __future__ import annotations

from kg.extract.draft import Session

from . import _drafting


def _claimants(session: Session, text: str) -> dict[int, str]:
    d = _drafting.draft(session, text, outlet="lada-kz", date="2026-02-22")
    return {f.values["quantity"]: f.values["claimant"] for f in _drafting.facts(d, "claim")}


def test_a_quotation_with_a_saying_nested_the_russian_way_stays_its_speakers(session: Session):
    # test59/ru-lada-2026-02-22-zhusupov-new-philosophy: "Он рассказал, почему …:" then a quotation over a paragraph
    # with a saying nested in it the Russian way („…“), whose closing mark is the English opening one: the
    # quotation was read as opened there, three sentences after its speaker
    text = (
        "Бекзат Жусупов, как гражданин Казахстана, также собирается выразить гражданскую позицию. Он рассказал, "
        "почему пришло время внести изменения в основной закон:\n\n«С каждым годом меняются человек и общество. А "
        "это значит, что меняется и мировоззрение. Недаром говорят: „У традиции есть и прогрессивное, и устаревшее“. "
        "Со временем мы переосмысливаем даже те принципы. Основной закон — это не документ, который переписывают "
        "ежегодно. К примеру, Норвегия внесла в свою Конституцию изменения, США — 27 поправок. Франция корректировала "
        "Конституцию 10 раз."
    )
    assert _claimants(session, text) == {27: "bekzat-zhusupov", 10: "bekzat-zhusupov"}


def test_a_quotation_the_russian_nested_marks_close_is_closed(session: Session):
    # „…“ inside «…» opens and closes inside it: the outer quotation still closes with its own mark, and the
    # outlet's paragraph after it is the outlet's
    text = (
        "Бекзат Жусупов пришёл на участок референдума. Он рассказал:\n\n«Говорят: „Всему своё время“. Пора менять закон».\n\n"
        "Франция корректировала Конституцию 10 раз."
    )
    assert _claimants(session, text) == {10: "lada-kz"}


def test_changes_counted_right_after_the_figure_are_a_count():
    # test59/ru-lada-2026-02-22-zhusupov-new-philosophy: "около 200 изменений" was no figure, "27 поправок" was
    from kg.extract.patterns import find_quantities

    found = find_quantities("Норвегия внесла в свою Конституцию около 200 изменений, США — 27 поправок.", "ru")
    assert [(q[0], q[1], q[2]) for q in found] == [(200, "about", "изменений"), (27, "exactly", "поправок")]
    # kinds of changes are no count, nor a date before "изменения"
    assert find_quantities("В проекте можно выделить две разновидности изменений.", "ru") == []
    assert find_quantities("С 1 июля изменения вступят в силу.", "ru") == []


def test_a_figure_in_a_column_signed_at_its_end_is_its_authors(session: Session):
    # test59/kk-kenzhyloi-2026-02-03-burasheva-opinion: a resident's column, signed on its last line, was read as
    # the outlet's figure
    text = (
        "Бұл жоба кең қоғамдық талқылау арқылы әзірленгені ерекше қуантады. Екі мыңнан астам ұсыныстың қаралуы – "
        "халық үнінің ескерілгенінің нақты дәлелі.\nАйнагүл Бурашева, Жылыой ауданы тұрғыны"
    )
    d = _drafting.draft(session, text, outlet="ken-zhyloi", date="2026-02-03")
    assert [f.values["claimant"] for f in _drafting.facts(d, "claim", quantity=2000)] == ["aynagul-burasheva"]
    # an article that quotes someone else is no column of the one it ends with: the figure stays the outlet's
    text = (
        "Аудан әкімі Серік Жанов жиында сөз сөйледі. Екі мыңнан астам ұсыныстың қаралуы – халық үнінің "
        "ескерілгенінің нақты дәлелі.\nАйнагүл Бурашева, Жылыой ауданы тұрғыны"
    )
    d = _drafting.draft(session, text, outlet="ken-zhyloi", date="2026-02-03")
    assert "aynagul-burasheva" not in {f.values["claimant"] for f in _drafting.facts(d, "claim")}


def test_according_to_the_body_by_its_kind_alone_is_the_body_named_before(session: Session):
    # test59/ru-baq-2026-02-22-five-countries-observers: "По данным комиссии" named no source, and the list of figures
    # after it was read as the outlet's
    text = (
        "Центральная комиссия референдума Республики Казахстан приняла постановление об аккредитации наблюдателей. По "
        "данным комиссии, аккредитация проведена на основании представления министерства.\nАккредитованы "
        "представители следующих стран:\n- Кыргызская Республика - 2\n- Республика Таджикистан - 1"
    )
    d = _drafting.draft(session, text, outlet="baq-kz", date="2026-02-22")
    assert {f.values["quantity"]: f.values["claimant"] for f in _drafting.facts(d, "claim")} == {
        2: "central-referendum-commission",
        1: "central-referendum-commission",
    }
    # a kind that names no body the article has named is no source: the figures stay the outlet's
    text = (
        "Наблюдатели прибудут на референдум. По данным комиссии, аккредитация проведена.\nАккредитованы "
        "представители следующих стран:\n- Кыргызская Республика - 2\n- Республика Таджикистан - 1"
    )
    d = _drafting.draft(session, text, outlet="baq-kz", date="2026-02-22")
    assert {f.values["claimant"] for f in _drafting.facts(d, "claim")} == {"baq-kz"}


def test_the_head_of_the_region_before_a_name_is_the_akim_of_the_region_reported_on(session: Session):
    # test59/ru-azattyqruhy-2026-02-16-vko-school-of-leaders: "Глава региона Нурымбет Сактаганов" held no post
    lead = "Участники проекта в Восточно-Казахстанской области обсудили проект новой Конституции. "
    d = _drafting.draft(session, lead + "Глава региона Нурымбет Сактаганов отметил, что изменения важны.")
    assert _drafting.posts(d) == [("nurymbet-saktaganov", "akim", "akimat-vostochno-kazakhstanskoy-oblasti")]
    # his deputy is no akim, and the post with no name after it names no one
    d = _drafting.draft(session, lead + "Заместитель главы региона Нурымбет Сактаганов отметил, что изменения важны.")
    assert "akim" not in {role for _h, role, _o in _drafting.posts(d)}
    d = _drafting.draft(session, lead + "Глава региона отметил, что изменения важны.")
    assert _drafting.posts(d) == []


def test_a_figure_like_a_year_counts_a_noun_after_plural_adjectives():
    # test59/ru-life09-2026-02-28-karaganda-youth-forum: "почти 2000 активных молодых людей" was read as a year
    from kg.extract.patterns import find_quantities

    found = find_quantities("В Караганде прошёл форум, объединивший почти 2000 активных молодых людей.", "ru")
    assert [(q[0], q[1], q[2]) for q in found] == [(2000, "about", "людей")]
    # a year stays a year, with adjectives after it too
    assert find_quantities("В 2000 году прошёл форум.", "ru") == []
    assert find_quantities("Конституция 1995 года действовала долго.", "ru") == []
    assert find_quantities("С 2026 новых избирательных участков не открывали.", "ru") == []


def test_an_election_commission_named_in_lower_case_by_its_level_is_a_body(session: Session):
    # test55/ru-alau-2026-03-03-kostanay-commission: "Председатель областной избирательной комиссии X" held no post,
    # the kind noun being an anaphor of no body
    from kg.extract.org_names import find_ru

    found = find_ru("Председатель областной избирательной комиссии Александр Малашко, в областной комиссии референдума")
    assert [(o.name, o.oblique) for o in found] == [
        ("Областная избирательная комиссия", True),
        ("Областная комиссия референдума", True),
    ]
    # a commission of no kind, or many, names no one body
    assert find_ru("председателя участковой комиссии Олега Валецкого и 14 участковых комиссий") == []
    text = (
        "В Костанайской области продолжается подготовка к референдуму. Председатель областной избирательной комиссии "
        "Александр Малашко на брифинге рассказал о подготовке."
    )
    assert [(h, r) for h, r, _o in _drafting.posts(_drafting.draft(session, text))] == [("aleksandr-malashko", "chair")]


def test_a_heading_that_names_a_statement_gives_the_figures_below_to_its_author(session: Session):
    # test53/kk-qaragandyhabary-2026-03-15-abroad-voting-opened: "… Арман Исетовтің хабарламасы" heads the deputy
    # minister's announcement, whose figures were read as the outlet's
    head = "Шетелдегі қазақстандықтар дауыс беруді бастады\n"
    text = (
        "Шетелдегі учаскелердің ашылуы туралы Сыртқы істер министрінің орынбасары Арман Исетовтің хабарламасы\n"
        "Референдум кезінде 71 референдум учаскесі жұмыс атқаратын болады.\nШетелдегі дауыс беретін "
        "қазақстандықтардың жалпы саны 14 380 адамды құрады."
    )
    d = _drafting.draft(session, head + text, outlet="qaragandy-habary", date="2026-03-15")
    assert {f.values["claimant"] for f in _drafting.facts(d, "claim")} == {"arman-isetov"}
    # a sentence that closes with a full stop is no heading: the figures stay the outlet's
    text = text.replace("хабарламасы\n", "хабарламасы жарияланды.\n")
    d = _drafting.draft(session, head + text, outlet="qaragandy-habary", date="2026-03-15")
    assert "arman-isetov" not in {f.values["claimant"] for f in _drafting.facts(d, "claim")}


def test_keeping_social_obligations_and_reflecting_values_are_praise(session: Session):
    # test38/ru-mgorod-2026-02-27-uralsk-clinic-coalition, test58/ru-kazpravda-2026-02-27-education-collegium
    for sentence in (
        "По словам Балаевой, новая Конституция сохраняет социальные обязательства государства.",
        "Аида Балаева отметила, что в проекте новой Конституции четко отражены значение и роль образования.",
    ):
        text = "Заместитель премьер-министра Аида Балаева провела встречу. " + sentence
        stances = _drafting.facts(_drafting.draft(session, text), "stance", holder="aida-balayeva")
        assert [(f.values["target"], f.values["polarity"]) for f in stances] == [
            ("draft-constitution-2026", "support")
        ], sentence
    # values the preamble is to reflect describe the text: no one's judgement
    text = (
        "Заместитель премьер-министра Аида Балаева провела встречу. Она рассказала, что в новой редакции преамбулы "
        "будут отражены национальные ценности."
    )
    assert _drafting.facts(_drafting.draft(session, text), "stance") == []


def test_a_meeting_with_the_staff_of_a_towns_college_is_held_in_the_town(session: Session):
    # test16/kk-aqtobegazeti-2026-02-23-medical-college: the town before the college's name was read as whose it is
    text = (
        "Коалиция өңірлік филиалының мүшелері Ақтөбе жоғары медициналық колледжі ұжымымен кездесті. Кездесуде жаңа "
        "Конституция жобасы талқыланды."
    )
    events = _drafting.facts(_drafting.draft(session, text, date="2026-02-23"), "event")
    assert [f.values.get("place") for f in events] == ["aktobe"]
    # the town's people, not a meeting held there, are no place of it
    text = "Коалиция мүшелері Ақтөбе тұрғындарының өтініштерін қарады. Кездесу өтті."
    events = _drafting.facts(_drafting.draft(session, text, date="2026-02-23"), "event")
    assert all(f.values.get("place") is None for f in events)
