"""The lead's changes of the sixty-first session, from the errors of ``test71``, the part held out in the sixtieth
session and tuning data since, and of the parts before it. Each is checked with the cases it leaves alone.
"""

from __future__ import annotations

from kg.extract.draft import Session
from kg.extract.reader import split_sentences

from . import _drafting


def test_a_kazakh_party_wing_with_a_quoted_name_is_the_post_s_body(session: Session):
    # test71/kk-aqtobegazeti-2026-02-19-tedx-forum: "«Жастар рухы» жастар қанатының төрағасы Ақерке Искандерова" was no
    # post at all: "Жастар" inside the quotes was read as the youth
    text = "Форумға «Amanat» партиясы жанындағы «Жастар рухы» жастар қанатының төрағасы Ақерке Искандерова қатысты."
    d = _drafting.draft(session, text)
    (post,) = _drafting.facts(d, "membership", holder="akerke-iskanderova", role="chair")
    assert "«Жастар рухы» жастар қанаты" in _drafting.names(d, post.values["organisation"])
    # "Қанат", a first name, is no wing
    d = _drafting.draft(session, "Облыс әкімі Қанат Бозымбаев «Нұр Отан» қанатымен кездесті.")
    assert _drafting.posts(d) == [("kanat-bozymbayev", "akim", "oblys-akimdigi")]


def test_a_kazakh_body_named_by_a_list_of_fields_keeps_the_chain_of_posts_before_it(session: Session):
    # test71/kk-aqtobegazeti-2026-02-09-apk-expert-council: "кеңесінің төрағасы, Философия, саясаттану және дінтану
    # институтының бас директоры Айгүл Садвокасова": the comma inside the institute's name broke the chain, and the
    # chair was lost
    text = (
        "Өз сөзінде Ғылыми-сарапшылық кеңесінің төрағасы, Философия, саясаттану және дінтану институтының бас "
        "директоры Айгүл Садвокасова сөйледі."
    )
    d = _drafting.draft(session, text)
    assert [r for _, r, _ in _drafting.posts(d)] == ["chair", "general-director"]
    # without "және" after it the comma is a link, and a link with no post still breaks the chain, as before
    text = "Өз сөзінде кеңестің төрағасы, Философия, саясаттану институтының бас директоры Айгүл Садвокасова сөйледі."
    d = _drafting.draft(session, text)
    assert [r for _, r, _ in _drafting.posts(d)] == ["general-director"]


def test_a_full_name_read_before_is_the_person_where_the_tagger_misreads_it_later(session: Session):
    # test71/kk-aqtobegazeti-2026-02-19-tedx-forum: "Жолдас Батырхан өз сөзінде …" was tagged a surname and a place,
    # and his speech was lost
    text = (
        "Форумға облыс әкімінің орынбасары Жолдас Батырхан қатысты. Жолдас Батырхан өз сөзінде конституциялық "
        "реформаның негізгі бағыттарына тоқталып, ел алдында тұрған тарихи шешімнің маңызын атап өтті."
    )
    d = _drafting.draft(session, text)
    assert [f.values["speaker"] for f in _drafting.facts(d, "speech")] == ["zholdas-batyrkhan"]
    # test36/ru-zakon-2026-03-05-zhaidarman-league: "Есен Елеукен" read as a place in a later sentence
    text = (
        "Министр туризма и спорта Есен Елеукен посетил игру. С приветственным словом к присутствующим в зале "
        "выступил Есен Елеукен."
    )
    d = _drafting.draft(session, text)
    assert [f.values["speaker"] for f in _drafting.facts(d, "speech")] == ["esen-eleuken"]
    # never named before as a person (a new run, which knows no one the runs before drafted): as before, no speaker
    d = _drafting.draft(Session(), "Жолдас Батырхан өз сөзінде реформаның маңызын атап өтті.")
    assert not _drafting.facts(d, "speech")


def test_the_reform_then_the_verb_of_starting_then_who_started_it_is_an_initiative(session: Session):
    # test71/ru-oboz-2026-02-10-russian-language-word: "Конституционную реформу запустил президент Казахстана
    # Касым-Жомарт Токаев" drafted no initiative, as "запустил реформу" did
    d = _drafting.draft(session, "Конституционную реформу запустил президент Казахстана Касым-Жомарт Токаев.")
    assert [(f.values["initiator"], f.values["initiated"]) for f in _drafting.facts(d, "initiative")] == [
        ("kassym-jomart-tokayev", "constitutional-reform-2025")
    ]
    # a reform started with no one named after the verb: none
    d = _drafting.draft(session, "Конституционную реформу запустили в прошлом году.")
    assert not _drafting.facts(d, "initiative")


def test_a_russian_byline_with_a_board_chain_after_the_name_holds_both_posts(session: Session):
    # test61/ru-kazpravda-2026-02-10-isakayev-education: "Ербол Исакаев, председатель правления – ректор Kozybayev
    # University", a byline with no verb, drafted no post (the chain was read only before a name)
    text = (
        "Фундамент образованного Казахстана\n\nЕрбол Исакаев, председатель правления – ректор Kozybayev University\n\n"
        "Проект новой Конституции – это стратегическая карта развития нации."
    )
    d = _drafting.draft(session, text)
    assert {(r, _drafting.names(d, o) >= {"Kozybayev University"}) for _, r, o in _drafting.posts(d)} == {
        ("chair", False),
        ("rector", True),
    }
    # a name after the chain is its holder, not the one before ("…, пресс-секретарь X, председатель правления –
    # ректор НАО «ВКУ им. С. Аманжолова» Мухтар Толеген": test16)
    text = (
        "Участие приняли пресс-секретарь Первого канала «Евразия» Полина Шиманская, председатель правления – ректор "
        "НАО «ВКУ им. С. Аманжолова» Мухтар Толеген."
    )
    d = _drafting.draft(session, text)
    assert {h for h, _, _ in _drafting.posts(d)} == {"polina-shimanskaya", "mukhtar-tolegen"}
    assert ("polina-shimanskaya", "rector") not in {(h, r) for h, r, _ in _drafting.posts(d)}


def test_a_paragraph_of_russian_words_and_latin_names_is_russian(session: Session):
    # "Ербол Исакаев, ректор Kozybayev University": more Latin letters than Cyrillic ones, all of them in names, and the
    # paragraph was read as English (no post)
    text = (
        "Фундамент Казахстана\n\nЕрбол Исакаев, ректор Kozybayev University\n\nПроект Конституции – это карта развития."
    )
    d = _drafting.draft(session, text)
    assert [(r, _drafting.names(d, o) >= {"Kozybayev University"}) for _, r, o in _drafting.posts(d)] == [
        ("rector", True)
    ]
    # a photo credit in Latin letters stays English, as before
    assert [s.lang for s in split_sentences("Проект Конституции – это карта развития.\n\nФото: kazpravda.kz")] == [
        "ru",
        "en",
    ]


def test_a_mazhilisman_after_an_opening_clause_is_the_deputy_named_before(session: Session):
    # test70/ru-kazinform-2026-02-09-abenov-vice-president: "Выступая на заседании Конституционной комиссии мажилисмен
    # отметил" (no comma after the clause) drafted no speech: "мажилисмен" named no one, nor did the clause end
    lead = "Институт вице-президента повысит узнаваемость Казахстана, сообщил депутат Мажилиса Мурат Абенов.\n\n"
    for said in ("комиссии мажилисмен", "комиссии, мажилисмен", "комиссии, парламентарий"):
        text = f"{lead}Выступая на заседании Конституционной {said} отметил, что Казахстан занял место средней державы."
        d = _drafting.draft(session, text)
        assert [f.values["speaker"] for f in _drafting.facts(d, "speech")] == ["murat-abenov"], said
    # a senator named before is no mazhilisman
    lead = lead.replace("депутат Мажилиса", "депутат Сената")
    d = _drafting.draft(session, f"{lead}Выступая на заседании Конституционной комиссии, мажилисмен отметил это.")
    assert not _drafting.facts(d, "speech")


def test_a_participle_of_proposing_after_a_quotation_s_closing_is_its_speaker_s_proposal(session: Session):
    # test69/ru-kazpravda-2026-01-29-duisenov-sovereignty: "«…», — отметил Дуйсенов, предложив закрепить новый вариант
    # пункта 1 статьи 3 Конституции" drafted no proposal (the participle was read only after a subject opening it)
    lead = "Первый проректор КазНУ Еркин Дуйсенов выступил на заседании комиссии.\n\n"
    quote = "«Единственным источником государственной власти является народ», — "
    d = _drafting.draft(
        session, f"{lead}{quote}отметил Дуйсенов, предложив закрепить новый вариант статьи 3 Конституции."
    )
    assert [f.values["proposer"] for f in _drafting.facts(d, "proposal")] == ["erkin-duysenov"]
    # a name after the quotation with no verb of saying before it is no proposer
    d = _drafting.draft(session, f"{lead}{quote}в ответ Дуйсенов, предложив закрепить новый вариант статьи 3.")
    assert not _drafting.facts(d, "proposal")
