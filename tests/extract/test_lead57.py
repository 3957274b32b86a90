"""The lead's changes of the fifty-seventh session, from the errors of ``test67``, the part held out in the fifty-sixth
session and tuning data since, and of the parts before it. Each is checked with the cases it leaves alone.
"""

from __future__ import annotations

from kg.extract.draft import Session

from . import _drafting


def test_a_channel_on_a_platform_is_no_body(session: Session):
    # test67/ru-baq-2026-03-01-ashimbayev-campaign: "в своем Telegram-канале" drafted a body "Telegram-канале" and
    # gave it the support of the sentence
    text = (
        "Казахстанский политолог Данияр Ашимбаев в своем Telegram-канале подробно проанализировал ход агитационной "
        "кампании в поддержку проекта новой Конституции."
    )
    d = _drafting.draft(session, text, outlet="baq-kz")
    assert not [a for a in d.actors.values() if a.type != "person" and "telegram" in a.id]
    assert {h for h, _, _ in _drafting.stances(d)} <= {"daniyar-ashimbayev"}
    # a body whose name holds a platform's name is still a body
    d = _drafting.draft(
        session, "Компания Telegram Messenger Inc. поддержала проект новой Конституции.", outlet="baq-kz"
    )
    assert ("telegram-messenger-inc", "draft-constitution-2026", "support") in _drafting.stances(d)


def test_who_leads_a_delegation_of_a_body_leads_the_delegation(session: Session):
    # test67/ru-zakon-2026-02-18-shymkent-refinery: "Делегация Общенациональной коалиции … во главе с председателем
    # Мажилиса … Ерланом Кошановым" made him the head of the coalition
    name = "Общенациональной коалиции «За Народную Конституцию Справедливого и Прогрессивного Казахстана!»"
    d = _drafting.draft(
        session, f"Делегация {name} во главе с председателем Мажилиса Ерланом Кошановым посетила Шымкент."
    )
    assert [p for p in _drafting.posts(d) if p[1] == "head"] == []
    assert [p[1:] for p in _drafting.posts(d)] == [("chair", "mazhilis")]
    # the coalition itself led by him: its head, as before
    d = _drafting.draft(session, f"Члены {name} во главе с председателем Мажилиса Ерланом Кошановым посетили Шымкент.")
    assert [p for p in _drafting.posts(d) if p[1] == "head"]


def test_words_in_a_conversation_are_no_speech(session: Session):
    # test41/ru-rambler-2025-09-25-yuneman-senate and test40/en-orda-2025-09-09-abishev-address: words said in a
    # conversation with an outlet or a reporter drafted a speech (and the event of it)
    for text, lang_outlet in (
        (
            "Реформа поможет консолидировать общество. Об этом рассказал в разговоре с «Лентой.ру» политолог Роман "
            "Юнеман.",
            "lenta-ru",
        ),
        ("Orda.kz’s Gulnara Bazhkenova spoke with political scientist Gaziz Abishev about the speech.", "orda-kz"),
    ):
        d = _drafting.draft(session, text, outlet=lang_outlet)
        assert not _drafting.facts(d, "speech"), text
    # told at a meeting: a speech, as before
    d = _drafting.draft(session, "На заседании комиссии об этом рассказал политолог Роман Юнеман.", outlet="lenta-ru")
    assert _drafting.facts(d, "speech")


def test_the_presidents_residence_is_no_person(session: Session):
    # test51/ru-zakon-2026-01-06-karin-working-meeting: "по данным Акорды, Ерлан Карин проинформировал …" drafted a
    # person "Акорды", and the figures of Karin's report were credited to it
    text = (
        "Так, по данным Акорды, Ерлан Карин проинформировал главу государства о ходе работы. По его словам, на "
        "платформе e-Otinish получено порядка 500 предложений."
    )
    d = _drafting.draft(session, text, outlet="zakon-kz")
    assert not [a for a in d.actors.values() if a.type == "person" and "akord" in a.id]
    assert _drafting.claimants(d, 500) == {"erlan-karin"}


def test_a_state_adjective_opens_no_name(session: Session):
    # test39/en-qazinform-2026-01-13-working-group-fifth-meeting: "established by Presidential Decree" drafted a person
    # "Presidential Decree" as the initiator of the working group
    d = _drafting.draft(session, "The Working Group was established by Presidential Decree on October 8, 2025.")
    assert not [a for a in d.actors.values() if a.type == "person"]
    # a name after a post the adjective opens is read as before
    d = _drafting.draft(session, "Presidential aide Yerzhan Zhienbayev said the draft was ready.")
    assert _drafting.posts(d) == [("yerzhan-zhienbayev", "assistant-to-the-president", "republic-of-kazakhstan")]


def test_a_newspaper_named_by_its_kind_is_a_body(session: Session):
    # test58/ru-otyrar-2026-03-06-oncology-centre: "Бейсенкуль Нарымбетова, главный редактор газеты «Қызмет»:" drafted
    # no post: "газеты" stood between the post and the newspaper's quoted name
    for kind in ("газеты", "журнала"):
        d = _drafting.draft(
            session, f"Бейсенкуль Нарымбетова, главный редактор {kind} «Қызмет», отметила важность нормы."
        )
        assert [p[1] for p in _drafting.posts(d)] == ["editor-in-chief"], kind
        assert _drafting.org_of(d, "beysenkul-narymbetova", "editor-in-chief") == "kyzmet", kind
    # a newspaper's kind with no quoted name after it is no body, as before
    d = _drafting.draft(session, "Бейсенкуль Нарымбетова, главный редактор местной газеты, отметила важность нормы.")
    assert not _drafting.posts(d)


def test_a_kazakh_singular_post_before_two_names_joined_is_both(session: Session):
    # test14/kk-aqtobegazeti-2026-02-25-polyclinic-4: "қала мәслихатының депутаты Қайырбек Тоқтаров пен Нұржамал
    # Күлкенова" gave the post to the first name only
    text = "Кездесуге қала мәслихатының депутаты Қайырбек Тоқтаров пен Нұржамал Күлкенова қатысты."
    d = _drafting.draft(session, text, outlet="aktobe-gazeti")
    assert [p[:2] for p in _drafting.posts(d)] == [("kayyrbek-toktarov", "deputy"), ("nurzhamal-kulkenova", "deputy")]
    # a comma before a name with a post of its own keeps each post its holder's, as before
    text = "Кездесуге қала мәслихатының депутаты Қайырбек Тоқтаров, мектеп директоры Нұржамал Күлкенова қатысты."
    d = _drafting.draft(session, text, outlet="aktobe-gazeti")
    assert [p[:2] for p in _drafting.posts(d) if p[1] == "deputy"] == [("kayyrbek-toktarov", "deputy")]


def test_a_body_whose_post_is_the_subject_is_not_the_subject(session: Session):
    # test26/ru-kazinform-2026-02-07-perepechina-referendum: the headline "Заместитель председателя Сената поддержала
    # вынесение новой Конституции на всенародный референдум" gave the support to the Senate
    text = "Заместитель председателя Сената поддержала вынесение проекта новой Конституции на референдум."
    d = _drafting.draft(session, text)
    assert ("senate", "draft-constitution-2026", "support") not in _drafting.stances(d)
    # a post in the plural speaks for its body, as before
    for text in (
        "Представители Сената поддержали вынесение проекта новой Конституции на референдум.",
        "Проект новой Конституции поддержали депутаты Мажилиса.",
    ):
        d = _drafting.draft(session, text)
        assert {h for h, _, _ in _drafting.stances(d)} & {"senate", "mazhilis"}, text
