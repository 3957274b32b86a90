"""The lead's changes of the fifty-fourth session, from the errors of ``test64``, the part held out in the fifty-third
session and tuning data since, and of the parts before it. Each is checked with the cases it leaves alone.
"""

from __future__ import annotations

from kg.extract.draft import Session
from kg.extract.org_names import find_kk

from . import _drafting


def test_a_named_local_body_written_bare_takes_its_possessive(session: Session):
    # test64/kk-qaradala-2026-03-02-uighur-district-deputy: "Ұйғыр аудандық мәслихат депутаты" named the body
    # "Ұйғыр аудандық мәслихат", which matches no "… мәслихаты" the parts and the registry write
    text = "Ұйғыр аудандық мәслихат депутаты Атагельдиев Берікбай Тұрлыбекұлы"
    d = _drafting.draft(session, text, outlet="qaradala", date="2026-03-02")
    org = _drafting.org_of(d, "atageldiyev-berikbay-turlybekuly", "deputy")
    assert _drafting.names(d, org) >= {"Ұйғыр аудандық мәслихаты"}
    assert [o.name for o in find_kk("Кеше Ұйғыр аудандық мәслихатта сессия өтті.")] == ["Ұйғыр аудандық мәслихаты"]
    # a level alone names the article's local body, and an adjective that is no level is left as it is
    assert [o.name for o in find_kk("Кеше аудандық мәслихат депутаты сөйледі.")] == []
    assert [o.name for o in find_kk("Кеше Қазақстан Жоғарғы сот төрағасы сөйледі.")] == ["Қазақстан Жоғарғы сот"]


def test_a_town_in_the_genitive_opens_a_bodys_name_at_the_sentences_start(session: Session):
    # test64/kk-stepnogorskpress-2026-01-31-mothers-council: "Степногорск қаласының Аналар кеңесі …" opening the
    # text lost its town (the tagger knew no "Степногорск"), and the council's stance went to "Аналар кеңесі"
    text = "Степногорск қаласының Аналар кеңесі Конституцияның жобасын қолдайтынын білдіреді."
    assert [o.name for o in find_kk(text)] == ["Степногорск қаласының Аналар кеңесі"]
    d = _drafting.draft(session, text, outlet="stepnogorsk", date="2026-01-31")
    assert {holder for holder, _target, _kind in _drafting.stances(d)} == {"stepnogorsk-kalasynyng-analar-kengesi"}
    # a lower-case word after the town is no place's kind: the sentence's first word stays out
    assert [o.name for o in find_kk("Степногорск жастары Аналар кеңесі жобаны қолдайды.")] == ["Аналар кеңесі"]


def test_a_secretary_in_the_instrumental_with_yo_is_a_post(session: Session):
    # test64/ru-aqparatinfo-2026-01-21-commission-decree: "Секретарём комиссии определён … Айдар Жарылганов" drafted
    # no secretary: the instrumental was known written "Секретарем" alone
    lead = "Президент подписал указ о создании Конституционной комиссии. "
    for written in ("Секретарём", "Секретарем"):
        text = f"{lead}{written} комиссии назначен Айдар Жарылганов."
        d = _drafting.draft(session, text, outlet="aqparatinfo", date="2026-01-21")
        assert _drafting.org_of(d, "aydar-zharylganov", "secretary") == "constitutional-reform-commission", written
    d = _drafting.draft(session, f"{lead}Секретарёв Айдар выступил.", outlet="aqparatinfo", date="2026-01-21")
    assert not _drafting.facts(d, "membership", role="secretary")  # a surname that opens alike is no post


def test_a_discussion_held_is_an_event(session: Session):
    # test64/ru-kazpravda-2026-02-20-zhambyl-auyl-discussion: "Сегодня в Таразе состоится дискуссии среди членов …"
    # drafted no event: a discussion was one only with an adjective ("экспертная дискуссия")
    for verb, noun in (("состоится", "дискуссии"), ("состоялась", "дискуссия"), ("прошла", "дискуссия")):
        text = f"Сегодня в Таразе {verb} {noun} среди членов областного филиала партии «Ауыл»."
        d = _drafting.draft(session, text, outlet="kazpravda", date="2026-02-20")
        assert [f.values.get("place") for f in _drafting.facts(d, "event")] == ["taraz"], verb
    text = "Уже полгода в Казахстане идет масштабная дискуссия о Конституционной реформе."  # a debate going on
    d = _drafting.draft(session, text, outlet="kazpravda", date="2026-02-20")
    assert not _drafting.facts(d, "event")


def test_a_meeting_with_a_towns_youth_is_held_there(session: Session):
    # test58/ru-baq-2026-02-25-balayeva-petropavl-volunteers: "провели встречу с волонтерами и молодежью
    # Петропавловска" drafted the meeting with no place, as with its residents it had one
    for audience in ("молодежью", "общественностью", "жителями"):
        text = f"Члены коалиции провели встречу с волонтерами и {audience} Петропавловска."
        d = _drafting.draft(session, text, outlet="baq", date="2026-02-25")
        assert [f.values.get("place") for f in _drafting.facts(d, "event")] == ["petropavlovsk"], audience
    text = "Члены коалиции провели встречу с волонтерами и студентами Петропавловска."
    d = _drafting.draft(session, text, outlet="baq", date="2026-02-25")
    assert [f.values.get("place") for f in _drafting.facts(d, "event")] == [None]  # whose students: no place said


def test_a_meeting_with_representatives_and_a_town_named_as_whose(session: Session):
    # test57/kk-zakon-2026-02-13-kyzylorda-akim-veterans: "… әкімі ардагерлер және зиялы қауым өкілдерімен кездесті"
    # drafted no meeting ("өкілдерімен", with representatives, was no audience), and once drafted it took Kyzylorda,
    # the akim's, for where: a name ending like a locative ("Қызылорда") before "облысының" is in no case of its own
    text = "Қызылорда облысының әкімі ардагерлер және зиялы қауым өкілдерімен кездесті."
    d = _drafting.draft(session, text, outlet="zakon", date="2026-02-13")
    assert [f.values.get("place") for f in _drafting.facts(d, "event")] == [None]
    text = "Аудан әкімі Қызылордада зиялы қауым өкілдерімен кездесті."  # in the locative: where
    d = _drafting.draft(session, text, outlet="zakon", date="2026-02-13")
    assert [f.values.get("place") for f in _drafting.facts(d, "event")] == ["kyzylorda"]
    text = "Байғанин ауданының орталығы Қарауылкелдіде аудан әкімі зиялы қауым өкілдерімен кездесті."
    d = _drafting.draft(session, text, outlet="zakon", date="2026-02-13")
    (place,) = [f.values.get("place") for f in _drafting.facts(d, "event")]  # a bare "аудан" after it: where
    assert any(name.startswith("Қарауылкелді") for name in _drafting.names(d, place))


def test_dwelling_at_more_length_is_a_talk(session: Session):
    # test58/kk-aqtobegazeti-2026-02-20-cadets: "… іс-шарада Ербол Данағұлов … маңызына кеңірек тоқталды" drafted no
    # talk: "кеңірек" (at more length) was not among the adverbs of length that make "тоқталды" one
    text = "Іс-шарада Ербол Данағұлов жаңа Конституция жобасының мазмұны мен маңызына {how}тоқталды."
    d = _drafting.draft(session, text.format(how="кеңірек "), outlet="aqtobegazeti", date="2026-02-20")
    assert _drafting.facts(d, "speech", speaker="erbol-danagulov")
    d = _drafting.draft(session, text.format(how=""), outlet="aqtobegazeti", date="2026-02-20")
    assert not _drafting.facts(d, "speech")  # touched on: a statement, no talk


def test_a_deputy_prime_minister_named_by_the_post_alone_is_the_one_named_before(session: Session):
    # test34/ru-kazpravda-2026-02-27-balayeva-wku: "заместитель премьер-министра отметила, что проект новой
    # Конституции отражает …" named no one: a post without its body met no holder, though the lead named Balayeva
    lead = "Делегацию возглавила заместитель Премьер-министра – министр культуры и информации РК Аида Балаева. "
    text = (
        "В рамках встречи заместитель премьер-министра отметила, что проект новой Конституции отражает стратегический "
        "курс Казахстана на развитие экономики знаний и усиление роли человеческого капитала."
    )
    d = _drafting.draft(session, lead + text, outlet="kazpravda", date="2026-02-27")
    assert {holder for holder, _target, _kind in _drafting.stances(d)} == {"aida-balayeva"}
    # a post the lead did not name has no holder to stand for
    d = _drafting.draft(session, "Делегацию возглавил депутат Мажилиса Иван Петров. " + text, outlet="kazpravda")
    assert not _drafting.stances(d)
    text = text.replace("заместитель премьер-министра отметила", "заместитель акима отметил")
    d = _drafting.draft(session, "Делегацию возглавил заместитель акима области Иван Петров. " + text, outlet="x")
    assert not _drafting.stances(d)  # posts held in many bodies are left to the body named beside them
