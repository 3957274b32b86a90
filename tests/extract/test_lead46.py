"""The lead's changes of the forty-sixth session, from the errors of ``test56``, the part held out in the
forty-fifth session and tuning data since. Each is checked with the cases it leaves alone.
"""

from __future__ import annotations

from kg.extract.draft import Session

from . import _drafting


def test_a_post_whose_own_clause_runs_on_is_not_the_next_names(session: Session):
    # test56/kk-baq-2026-03-03-koshanov-atyrau: "Мәжіліс төрағасы жаңа Конституция … негізделгенін, ол Президент
    # Қасым-Жомарт Тоқаев …": the chairman of the Mazhilis is the clause's subject, named before; the President after
    # the comma holds no chair
    text = (
        "Мәжіліс төрағасы Ерлан Қошанов Атырау облысына барды. Мәжіліс төрағасы жаңа Конституция халықтың "
        "сұранысына негізделгенін, ол Президент Қасым-Жомарт Тоқаев жүргізіп отырған реформалардың жалғасы екенін "
        "атап өтті."
    )
    posts = _drafting.posts(_drafting.draft(session, text))
    assert ("kassym-jomart-tokayev", "chair", "mazhilis") not in posts
    assert ("kassym-jomart-tokayev", "head-of-state", "republic-of-kazakhstan") in posts
    # a chain of posts, each link after a comma, is still one holder's
    chain = "Мәжіліс депутаты, «AMANAT» партиясы фракциясының жетекшісі Ерлан Саиров жиында сөйледі."
    assert ("erlan-sairov", "deputy", "mazhilis") in _drafting.posts(_drafting.draft(session, chain, name="c"))
    # a body's name in lower case before the dash is no clause (test_persons25's sentence)
    named = (
        "Жиын барысында өңірлік коалиция мүшелері Семей медицина университетінің басқарма төрағасы – ректоры Алтай "
        "Дүсіпов сөз сөйледі."
    )
    assert ("altay-dusipov", "member", "ongirlik-koalitsiya") in _drafting.posts(
        _drafting.draft(session, named, name="n")
    )


def test_reforms_the_draft_continues_are_earlier_ones(session: Session):
    # test56/ru-zakon-2026-03-12-otarbayev-turkestan: "отметил важность политических реформ, инициированных главой
    # государства X" is the reform; test2's "является логическим продолжением политических реформ, инициированных …"
    # and test56/kk-baq-2026-03-03-koshanov-atyrau's "Президент X жүргізіп отырған жүйелі реформалардың дәйекті жалғасы"
    # are reforms the draft continues, earlier ones
    def initiated(text: str, name: str) -> set[tuple[str, str]]:
        facts = _drafting.facts(_drafting.draft(session, text, name=name), "initiative")
        return {(f.values["initiator"], f.values["initiated"]) for f in facts}

    reform = ("kassym-jomart-tokayev", "constitutional-reform-2025")
    noted = (
        "Заместитель акима области Ертай Алтаев отметил важность политических реформ, инициированных главой "
        "государства Касым-Жомартом Токаевым."
    )
    assert reform in initiated(noted, "n")
    continued = (
        "Данный документ является логическим продолжением политических реформ, инициированных Главой государства "
        "Касым-Жомартом Токаевым."
    )
    assert reform not in initiated(continued, "c")
    kazakh = "Ол Президент Қасым-Жомарт Тоқаев жүргізіп отырған жүйелі реформалардың дәйекті жалғасы екенін атап өтті."
    assert reform not in initiated(kazakh, "k")
    begun = "Президент Қасым-Жомарт Тоқаев бастаған реформалар жалғасуда."
    assert reform in initiated(begun, "b")


def test_an_initial_between_a_post_and_its_holder(session: Session):
    # test56/kk-aqtobegazeti-2026-02-23-intergas-coalition: "Мемлекет басшысы Қ.Тоқаев" (a Kazakh capital's initial
    # was no initial to the chain); test53/ru-kazpravda-2026-02-04-baytaq-council: "конституционной реформы,
    # инициированной Главой государства К.Токаевым" (the post and its initiative)
    head = ("kassym-jomart-tokayev", "head-of-state", "republic-of-kazakhstan")
    kazakh = "Мемлекет басшысы Қ.Тоқаев бастамашы болған реформалардың өзегі – Әділетті Қазақстан."
    assert head in _drafting.posts(_drafting.draft(session, kazakh, name="k"))
    russian = (
        "Лидер партии остановился на предпосылках конституционной реформы, инициированной Главой государства "
        "К.Токаевым и направленной на повышение эффективности законодательного процесса."
    )
    d = _drafting.draft(session, russian, name="r")
    assert head in _drafting.posts(d)
    initiated = {(f.values["initiator"], f.values["initiated"]) for f in _drafting.facts(d, "initiative")}
    assert ("kassym-jomart-tokayev", "constitutional-reform-2025") in initiated
    # a sentence's stop between the post and a name still breaks the chain
    apart = "Это сказал Президент. К. Тоқаев кейін сөйледі."
    assert head not in _drafting.posts(_drafting.draft(session, apart, name="a"))


def test_an_editor_is_a_post(session: Session):
    # test56/ru-zakon-2026-03-12-otarbayev-turkestan: "редактор газеты "Ордабасы оттары" Галымжан Зиябек" (the chief
    # editor was a post; the editor was none)
    ru = 'В ходе встречи выступил редактор газеты "Ордабасы оттары" Галымжан Зиябек.'
    assert [p[1:] for p in _drafting.posts(_drafting.draft(session, ru))] == [("editor", "ordabasy-ottary")]
    kk = 'Жиында "Ақиқат" газетінің редакторы Ерлан Сейітов сөйледі.'
    assert [p[1] for p in _drafting.posts(_drafting.draft(session, kk, name="k"))] == ["editor"]
    chief = 'Жиында "Ақиқат" газетінің бас редакторы Ерлан Сейітов сөйледі.'
    assert [p[1] for p in _drafting.posts(_drafting.draft(session, chief, name="c"))] == ["editor-in-chief"]


def test_a_line_that_ends_on_president_goes_on_with_the_name(session: Session):
    # test56/ru-kazpravda-2026-02-04-syzdykova-halyk-kenesi: "… – Народного совета Казахстана – Президент⏎Касым-Жомарт
    # Токаев инициировал …": one sentence, the post the name's
    from kg.extract.reader import split_sentences

    text = (
        "Создание новой платформы общенационального диалога – Народного совета Казахстана – Президент\n"
        "Касым-Жомарт Токаев инициировал на V заседании Национального курултая."
    )
    assert len(split_sentences(text)) == 1
    head = ("kassym-jomart-tokayev", "head-of-state", "republic-of-kazakhstan")
    assert head in _drafting.posts(_drafting.draft(session, text))
    # a line that opens on the post keeps a headline ending on one apart
    apart = "Слово – Президент\nПрезидент Касым-Жомарт Токаев выступил на заседании."
    assert len(split_sentences(apart)) == 2


def test_a_creation_put_before_its_initiator_is_what_he_initiated(session: Session):
    # test56/ru-kazpravda-2026-02-04-syzdykova-halyk-kenesi: "Создание … – Народного совета Казахстана – Президент X
    # инициировал на V заседании Национального курултая": the council, named before the cue, is its object
    def initiated(text: str, name: str) -> set[tuple[str, str]]:
        facts = _drafting.facts(_drafting.draft(session, text, name=name), "initiative")
        return {(f.values["initiator"], f.values["initiated"]) for f in facts}

    fronted = (
        "Создание новой платформы общенационального диалога – Народного совета Казахстана – Президент Касым-Жомарт "
        "Токаев инициировал на V заседании Национального курултая."
    )
    assert ("kassym-jomart-tokayev", "halyk-kenesi") in initiated(fronted, "f")
    # the initiator's own body before the cue is still no object
    own = "Депутат Мажилиса Ерлан Саиров инициировал обсуждение проекта на заседании."
    assert not {x for x in initiated(own, "o") if x[1] == "mazhilis"}
