"""The lead's changes of the sixty-second session, from the errors of ``test72``, the part held out in the sixty-first
session and tuning data since, and of the parts before it. Each is checked with the cases it leaves alone.
"""

from __future__ import annotations

from kg.extract.draft import Session

from . import _drafting


def test_an_academician_of_the_academy_holds_a_post(session: Session):
    # test72/kk-kazinform-2026-02-02-lokshin-science and test68/ru-baq-2026-01-24-kamzabekuly-secular: an academician
    # with the academy named was no post
    text = "Ұлттық ғылым академиясының академигі Вячеслав Локшин конституциялық реформаны қолдайтынын айтты."
    d = _drafting.draft(session, text)
    (post,) = _drafting.facts(d, "membership", holder="vyacheslav-lokshin", role="academician")
    assert "Ұлттық ғылым академиясы" in _drafting.names(d, post.values["organisation"])
    text = "Об этом заявил академик Национальной академии наук Дихан Камзабекулы."
    d = _drafting.draft(session, text)
    assert [(h, r) for h, r, _ in _drafting.posts(d)] == [("dikhan-kamzabekuly", "academician")]
    # "академик X" is a title, and "имени академика Е.А. Букетова" names a university: no post
    for text in (
        "Об этом заявил академик Дихан Камзабекулы.",
        "Конференция прошла в университете имени академика Е.А. Букетова, сообщил Дихан Камзабекулы.",
    ):
        assert not _drafting.facts(_drafting.draft(session, text), "membership"), text


def test_a_russian_he_that_consists_of_members_is_a_body_not_the_person_named_before(session: Session):
    # test72/ru-kazinform-2026-02-12-kurultai-elections-terms: "Он будет состоять из 145 депутатов" (the Kurultai) was
    # credited to the Head of State named two sentences before
    lead = "Выборы в Курултай Глава государства Касым-Жомарт Токаев должен объявить в течение месяца.\n\n"
    d = _drafting.draft(session, f"{lead}Курултай определен как высший орган. Он будет состоять из 145 депутатов.")
    assert _drafting.claimants(d, 145) == {"kazinform"}
    # "Он отметил, что …": the person named before, as before
    d = _drafting.draft(session, f"{lead}Он отметил, что Курултай составят 145 депутатов.")
    assert _drafting.claimants(d, 145) == {"kassym-jomart-tokayev"}


def test_a_decision_taken_in_the_passive_is_not_the_quotation_s_speaker_s(session: Session):
    # test72/ru-kazpravda-2026-01-24-commission-first-sitting: "Главой государства было принято решение о создании
    # Комиссии по Конституционной реформе», - сказала Эльвира Азимова" made Azimova the Commission's initiator
    text = (
        "«В этой связи Главой государства было принято решение о создании Комиссии по Конституционной реформе», - "
        "сказала Эльвира Азимова."
    )
    assert not _drafting.facts(_drafting.draft(session, text), "initiative")
    # a decision taken by a subject named: his initiative, as before
    text = "Президент Касым-Жомарт Токаев принял решение о создании Комиссии по Конституционной реформе."
    d = _drafting.draft(session, text)
    assert [f.values["initiator"] for f in _drafting.facts(d, "initiative")] == ["kassym-jomart-tokayev"]


def test_deputy_chairs_in_the_instrumental_plural_are_each_name_s_post(session: Session):
    # test72/ru-kazpravda-2026-01-24-commission-first-sitting: "Заместителями председателя Комиссии определены
    # Государственный советник Ерлан Карин и заместитель Премьер-министра – министр … Аида Балаева": only Karin
    # held the post (the plural was read in the nominative only, "Заместители")
    text = (
        "Состоялось первое заседание Комиссии по Конституционной реформе.\n\nЗаместителями председателя Комиссии "
        "определены Государственный советник Ерлан Карин и заместитель Премьер-министра – министр культуры и "
        "информации Аида Балаева."
    )
    d = _drafting.draft(session, text)
    assert {h for h, r, _ in _drafting.posts(d) if r == "deputy-chair"} == {"erlan-karin", "aida-balayeva"}
    # a singular post leads to its one holder, as before
    text = (
        "Состоялось первое заседание Комиссии по Конституционной реформе.\n\nЗаместитель председателя Комиссии "
        "Ерлан Карин и министр культуры и информации Аида Балаева выступили."
    )
    d = _drafting.draft(session, text)
    assert {h for h, r, _ in _drafting.posts(d) if r == "deputy-chair"} == {"erlan-karin"}


def test_a_body_after_a_capitalised_post_word_is_the_post_s_body(session: Session):
    # test72/ru-baq-2026-02-18-ank-forum: the tagger read "Председателя Ассамблеи народа" as one body, which the post
    # word dropped, and "Ассамблеи" was left as a surname: Azilkhanov held no post
    text = (
        "В работе форума приняли участие заместитель Председателя Ассамблеи народа Казахстана Марат Азильханов, "
        "депутаты Парламента."
    )
    d = _drafting.draft(session, text)
    (post,) = _drafting.facts(d, "membership", holder="marat-azilkhanov", role="deputy-chair")
    assert any(n.startswith("Ассамбле") for n in _drafting.names(d, post.values["organisation"]))
    # the post word in lower case, as before
    d = _drafting.draft(session, text.replace("Председателя", "председателя"))
    assert [(h, r) for h, r, _ in _drafting.posts(d)] == [("marat-azilkhanov", "deputy-chair")]


def test_a_russian_count_with_its_case_ending_is_a_figure(session: Session):
    # test72/ru-reportaz-2026-02-11-final-draft-presented: "по результатам 12-ти заседаний" was no claim
    text = "Эльвира Азимова доложила, что по результатам 12-ти заседаний комиссией был разработан итоговый проект."
    d = _drafting.draft(session, text)
    assert _drafting.claimants(d, 12) == {"elvira-azimova"}
    # an ordinal's ending is none, as before ("12-й статьи")
    d = _drafting.draft(session, "Эльвира Азимова доложила, что норма 12-й статьи сохранена.")
    assert not _drafting.facts(d, "claim")


def test_others_fears_spoken_of_are_no_opposition(session: Session):
    # test72/ru-kazpravda-2026-02-04-bazarbek-land-fake: "высказался об опасениях казахстанцев по поводу … проекте
    # новой Конституции" (he answers the fears) was his opposition to the draft
    text = (
        "Депутат Бахытжан Базарбек высказался об опасениях казахстанцев по поводу одной из статей в проекте новой "
        "Конституции."
    )
    assert not _drafting.stances(_drafting.draft(session, text))
    # fears voiced: his, as before
    text = "Депутат Бахытжан Базарбек выразил опасения по поводу проекта новой Конституции."
    assert _drafting.stances(_drafting.draft(session, text)) == {
        ("bakhytzhan-bazarbek", "draft-constitution-2026", "oppose")
    }


def test_kazakh_deputy_chairs_appointed_in_the_plural_are_each_name_s_post(session: Session):
    # test17/kk-zakon-2026-01-24-first-meeting-opened: "Комиссия төрағасының орынбасарлары болып мемлекеттік кеңесші
    # Ерлан Қарин және премьер-министрдің орынбасары – Мәдениет және ақпарат министрі Аида Балаева болып айқындалды"
    # drafted neither deputy chair (the verb follows the last name; the second name's body opens its own post)
    text = (
        "Астанада Конституциялық реформа жөніндегі комиссияның алғашқы отырысы басталды\nКомиссия төрағасының "
        "орынбасарлары болып мемлекеттік кеңесші Ерлан Қарин және премьер-министрдің орынбасары – Мәдениет және "
        "ақпарат министрі Аида Балаева болып айқындалды."
    )
    d = _drafting.draft(session, text)
    assert {h for h, r, _ in _drafting.posts(d) if r == "deputy-chair"} == {"erlan-karin", "aida-balayeva"}
    # test19: a plural post's own names, then "және" and another's post: that one holds only its own
    text = (
        "Облыстық мәслихат депутаттары Нұрлан Махамбетов пен Серік Әліпов және қалалық мәслихаттың төрағасы Анар "
        "Даржанова еңбеккерлерімен кездесті."
    )
    d = _drafting.draft(session, text)
    assert [r for h, r, _ in _drafting.posts(d) if h == "anar-darzhanova"] == ["chair"]
    # test58: another plural post opens another list
    text = (
        "Кездесуге өңірлік коалиция мүшелері Баймырза Қожамберлиев, Қайрат Ерназаров және аумақтық коалиция мүшелері "
        "Мұрат Тұрабаев, Нұргүл Шалекеева қатысты."
    )
    d = _drafting.draft(session, text)
    assert len({o for _, _, o in _drafting.posts(d)}) == 2


def test_professors_of_a_university_named_by_its_acronym_hold_the_post(session: Session):
    # test35/ru-kazpravda-2026-02-12-mnu-professors: "профессор MNU Марат Ахмади" and "члены Конституционной комиссии –
    # доктора юридических наук, профессора MNU Унзила Шапак, Индира Аубакирова" drafted no professor and no member
    text = (
        "Доктор PhD, профессор MNU Марат Ахмади рассказал о работе. Кроме того, члены Конституционной комиссии – "
        "доктора юридических наук, профессора MNU Унзила Шапак, Индира Аубакирова рассказали об итогах."
    )
    d = _drafting.draft(session, text)
    got = {(r, h) for h, r, _ in _drafting.posts(d)}
    assert {r for r, h in got if h == "marat-akhmadi"} == {"professor"}
    assert {r for r, h in got if h == "indira-aubakirova"} == {"professor", "member"}
    # "профессор X" with no institution is a title, as before, and the genitive "профессора MNU Марата Ахмади" is one
    # professor's post, no list's
    d = _drafting.draft(session, "Доктор PhD, профессор Марат Ахмади рассказал о работе.")
    assert not _drafting.posts(d)
    d = _drafting.draft(session, "Об этом рассказали со слов профессора MNU Марата Ахмади и депутата Ерлана Саирова.")
    assert [h for h, r, _ in _drafting.posts(d) if r == "professor"] == ["marat-akhmadi"]
