"""The lead's changes of the fifty-sixth session, from the errors of ``test66``, the part held out in the fifty-fifth
session and tuning data since, and of the parts before it. Each is checked with the cases it leaves alone.
"""

from __future__ import annotations

from kg.extract.draft import Session

from . import _drafting


def test_a_dash_glued_to_the_post_after_a_name(session: Session):
    # test66/ru-zerendi-2026-02-20-dyusenova-maslikhat: a column signed "Жанна Дюсенова -депутат Зерендинского
    # районного маслихата" drafted no post: the dash glued to "депутат" hid it
    for sign in ("Жанна Дюсенова -депутат", "Жанна Дюсенова - депутат", "Жанна Дюсенова, депутат"):
        d = _drafting.draft(session, f"Призываю всех прийти на референдум.\n{sign} Зерендинского районного маслихата")
        assert _drafting.org_of(d, "zhanna-dyusenova", "deputy"), sign
    # a glued dash before a word that is no post stays a dash: no post, and nothing else moves
    d = _drafting.draft(session, "Призываю всех прийти на референдум.\nЖанна Дюсенова -житель Зеренды")
    assert not [f for f in d.facts if f.type == "membership"]


def test_a_size_is_no_count(session: Session):
    # test66/ru-kazpravda-2026-02-20-hockey-match-action: "флаг размером 12×24 метра" drafted a claim of 24 metres
    text = "На трибунах развернули государственный флаг размером 12×24 метра. В акции участвовали 500 человек."
    d = _drafting.draft(session, text, outlet="kazpravda")
    assert {f.values["quantity"] for f in _drafting.facts(d, "claim")} == {500}
    d = _drafting.draft(session, "На трибунах развернули флаг длиной 24 метра.", outlet="kazpravda")
    assert {f.values["quantity"] for f in _drafting.facts(d, "claim")} == {24}  # one figure alone: as before


def test_a_meeting_named_before_the_verb_of_presenting(session: Session):
    # test45/ru-lada-2026-01-26-imasheva-miranda and test53/ru-1newsaz-2026-01-30-nurmukhanov-first-draft: the meeting
    # before "представила" / "презентовал" drafted no speech, as it did after the verb
    for text, who in (
        (
            "Идею на втором заседании Комиссии по конституционной реформе представила депутат Мажилиса Снежанна Имашева.",
            "snezhanna-imasheva",
        ),
        (
            "Проект представлен на заседании комиссии, документ презентовал заместитель председателя Конституционного "
            "суда Бакыт Нурмуханов.",
            "bakyt-nurmukhanov",
        ),
    ):
        d = _drafting.draft(session, text)
        assert _drafting.facts(d, "speech", speaker=who), text
    # presented with no meeting named: no talk, as before
    d = _drafting.draft(session, "Идею представила депутат Мажилиса Снежанна Имашева в интервью.")
    assert not _drafting.facts(d, "speech")


def test_a_speech_named_by_its_owners_post_and_name(session: Session):
    # test47/ru-reportaz-2026-01-22-kurultai-analysis: "Выступление Президента Казахстана Касым-Жомарта Токаева на
    # заседании Национального курултая …" drafted no speech: the post stood between the noun and its owner
    text = (
        "Выступление Президента Казахстана Касым-Жомарта Токаева на заседании Национального курултая в Кызылорде "
        "20 января 2026 года стало важным событием."
    )
    d = _drafting.draft(session, text)
    assert _drafting.facts(d, "speech", speaker="kassym-jomart-tokayev")
    # words between that are no post: no owner ("Речь шла о письме …": a letter's, not a speech)
    d = _drafting.draft(session, "Речь шла о письме Касым-Жомарта Токаева на заседании курултая.")
    assert not _drafting.facts(d, "speech")


def test_a_loans_ia_after_a_consonant_in_the_latin_script():
    # test61/kk-egemenlat-2026-02-13-ulytau-coalition: "fılıalynyń" read as "филялының", so no branch's post was drafted
    from kg.extract.latin_kk import to_cyrillic

    assert to_cyrillic("oblystyq fılıalynyń tóraǵasy", "2018") == "облыстық филиалының төрағасы"
    assert to_cyrillic("dıalog sotsıal materıal", "2018") == "диалог социал материал"
    assert to_cyrillic("filial", "2021") == "филиал"
    # я after a vowel, after и, and opening a word, and ю after a consonant: as before
    assert to_cyrillic("saıası partııasy ıaǵnı revolıýtsııa", "2018") == "саяси партиясы яғни революция"
    assert to_cyrillic("saiasi koalisiia", "2021") == "саяси коалиция"


def test_branch_chairs_in_the_latin_script(session: Session):
    text = (
        "«Aýyl» partııasy Ulytaý oblystyq fılıalynyń tóraǵasy Abzal Jıenbaev, «Aq jol» partııasy Ulytaý oblystyq "
        "fılıalynyń tóraǵasy Álibek Isın birlese jumys isteýge daıyn ekenin aıtty."
    )
    d = _drafting.draft(session, text, outlet="egemen-kz", date="2026-02-13")
    assert {(h, r) for h, r, _o in _drafting.posts(d)} == {("abzal-zhiyenbayev", "chair"), ("alibek-isin", "chair")}
