"""The lead's changes of the sixtieth session, from the errors of ``test70``, the part held out in the fifty-ninth
session and tuning data since, and of the parts before it. Each is checked with the cases it leaves alone.
"""

from __future__ import annotations

from kg.extract.draft import Session

from . import _drafting


def test_a_first_deputy_prosecutor_general_is_a_post_of_its_own(session: Session):
    # test70/ru-energycity-2026-02-05-umiraliev-article-18: "Первый заместитель генерального прокурора Казахстана
    # Жандос Умиралиев" was drafted a deputy prosecutor general, as a first deputy secretary-general is not
    cases = [
        ("Первый заместитель генерального прокурора Казахстана Жандос Умиралиев высказал предложение.", "ru"),
        ("ҚР Бас прокурорының бірінші орынбасары Жандос Өмірәлиев ұсыныс айтты.", "kk"),
        ("First Deputy Prosecutor General Zhandos Omiraliev made a proposal.", "en"),
    ]
    for text, lang in cases:
        d = _drafting.draft(session, text)
        assert [(r, o) for _, r, o in _drafting.posts(d)] == [
            ("first-deputy-prosecutor-general", "prosecutor-generals-office")
        ], lang
        # without "first", the deputy, as before
        plain = text.replace("Первый заместитель", "Заместитель").replace("бірінші ", "").replace("First ", "")
        d = _drafting.draft(session, plain)
        assert [(r, o) for _, r, o in _drafting.posts(d)] == [
            ("deputy-prosecutor-general", "prosecutor-generals-office")
        ], lang


def test_a_plural_post_then_a_colon_is_held_by_each_name_listed(session: Session):
    # test70/ru-kazpravda-2026-02-06-kaznu-hearings: "депутаты Мажилиса РК: Унзила Шапак, Ермурат Бапи, Ерлан Саиров,
    # судьи, …": none of the three was drafted
    text = (
        "В работе мероприятия приняли участие депутаты Мажилиса РК: Унзила Шапак, Ермурат Бапи, Ерлан Саиров, судьи, "
        "представители государственных органов."
    )
    d = _drafting.draft(session, text)
    assert _drafting.posts(d) == [
        ("erlan-sairov", "deputy", "mazhilis"),
        ("ermurat-bapi", "deputy", "mazhilis"),
        ("unzila-shapak", "deputy", "mazhilis"),
    ]
    # a singular post before a colon is a heading, not an apposition
    d = _drafting.draft(session, "Депутат Мажилиса: Унзила Шапак выступила на встрече.")
    assert not _drafting.posts(d)


def test_a_russian_faculty_or_committee_named_by_its_adjective_then_its_body_is_the_post_s_body(session: Session):
    # test70/ru-kazpravda-2026-02-06-kaznu-hearings: "декан юридического факультета КазНУ Уалихан Ахатов" was drafted
    # a dean of KazNU
    d = _drafting.draft(session, "Круглый стол открыл декан юридического факультета КазНУ Уалихан Ахатов.")
    (post,) = _drafting.facts(d, "membership", holder="ualikhan-akhatov", role="dean")
    assert _drafting.names(d, post.values["organisation"]) >= {"Юридический факультет КазНУ"}
    # test70/ru-kazpravda-2026-01-19-baimenov-kurultai: a committee so named, drafted as the hub before
    d = _drafting.draft(
        session,
        "Мы побеседовали с председателем управляющего комитета Астанинского хаба государственной службы Алиханом "
        "Байменовым.",
    )
    (post,) = _drafting.facts(d, "membership", role="chair")
    assert _drafting.names(d, post.values["organisation"]) >= {
        "Управляющий комитет Астанинского хаба государственной службы"
    }
    # a department named by its noun, as before
    d = _drafting.draft(
        session, "Заместитель директора департамента животноводства Министерства сельского хозяйства Иван Петров."
    )
    (post,) = _drafting.facts(d, "membership", holder="ivan-petrov")
    assert "департамент" in " ".join(_drafting.names(d, post.values["organisation"])).lower()


def test_a_round_table_opened_by_a_named_person_is_his_speech(session: Session):
    # test70/ru-kazpravda-2026-02-06-kaznu-hearings: "Круглый стол открыл декан … Уалихан Ахатов, отметив, что …"
    text = "Круглый стол открыл декан Уалихан Ахатов, отметив, что основа проекта ясна."
    d = _drafting.draft(session, text)
    assert [f.values["speaker"] for f in _drafting.facts(d, "speech")] == ["ualikhan-akhatov"]
    # a round table opened, with no one opening it, is no speech
    d = _drafting.draft(session, "Круглый стол открылся в университете, декан Уалихан Ахатов был среди гостей.")
    assert not _drafting.facts(d, "speech")


def test_a_post_after_a_name_in_a_party_named_by_its_kind_then_its_quoted_name(session: Session):
    # test70/ru-baq-2026-02-27-nuralin-annual-leave: "Асылбек Нуралин, член партии "Народная партия Казахстана"" drafted
    # no post: the name in quotes is the party's mention, "партии" before it stood between the post and its body
    for quoted in ('"Народная партия Казахстана"', "«Народная партия Казахстана»"):
        d = _drafting.draft(session, f"На этот вопрос ответил Асылбек Нуралин, член партии {quoted}.")
        assert _drafting.posts(d) == [("asylbek-nuralin", "member", "peoples-party")], quoted
    # the kind with no quoted name after it is no body of the post
    d = _drafting.draft(session, "На этот вопрос ответил Асылбек Нуралин, член партии с 2010 года.")
    assert not _drafting.posts(d)


def test_words_told_to_a_channel_are_no_speech(session: Session):
    # test70/ru-tv7-2026-02-13-magerramov-ten-thousand: "Об этом 7-му каналу рассказал депутат Мажилиса Магеррам
    # Магеррамов" drafted a speech at an event of the report's day, as an interview is not
    text = "Об этом {} рассказал депутат Мажилиса Магеррам Магеррамов."
    for told in ("7-му каналу", "агентству Kazinform"):
        d = _drafting.draft(session, text.format(told))
        assert not _drafting.facts(d, "speech") and not _drafting.facts(d, "event"), told
    # at a meeting, a speech, as before
    d = _drafting.draft(session, text.format("на заседании"))
    assert [f.values["speaker"] for f in _drafting.facts(d, "speech")] == ["magerram-magerramov"]


def test_a_russian_speech_noun_with_its_owner_is_the_owner_s_speech_not_the_subject_s(session: Session):
    # test69/ru-zakon-2026-01-20-ashimbayev-kurultai-speech: the political scientist who commented on "выступления
    # президента Касым-Жомарта Токаева на V заседании" was drafted the speaker
    text = (
        "Политолог Данияр Ашимбаев прокомментировал задержки с публикацией текста сегодняшнего выступления "
        "президента Касым-Жомарта Токаева на V заседании Национального курултая."
    )
    d = _drafting.draft(session, text, date="2026-01-20")
    assert [f.values["speaker"] for f in _drafting.facts(d, "speech")] == ["kassym-jomart-tokayev"]
    # the subject who speaks himself, as before
    d = _drafting.draft(session, "Политолог Данияр Ашимбаев выступил на V заседании Национального курултая.")
    assert [f.values["speaker"] for f in _drafting.facts(d, "speech")] == ["daniyar-ashimbayev"]
