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
