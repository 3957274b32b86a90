"""The lead's changes of the forty-fifth session, from the errors of ``test55``, the part held out in the
forty-fourth session and tuning data since. Each is checked with the cases it leaves alone.
"""

from __future__ import annotations

from kg.extract.draft import Session

from . import _drafting


def test_a_body_where_an_event_was_led_is_not_led_by_its_chair(session: Session):
    # test55/ru-kazpravda-2026-02-06-fprk-discussion: "В Федерации профсоюзов Республики Казахстан под руководством
    # Председателя ФПРК, члена Конституционной комиссии X состоялось мероприятие": the tagger cuts the federation's
    # name, and X headed neither "Республики Казахстан" nor the federation by that cue: X led the event, two posts
    # between the cue and the name
    led = (
        "В Федерации профсоюзов Республики Казахстан под руководством Председателя ФПРК, члена Конституционной "
        "комиссии Сатыбалды Даулеталина состоялось мероприятие, посвященное обсуждению проекта новой Конституции."
    )
    d = _drafting.draft(session, led, date="2026-02-06")
    (chair,) = {f.values["holder"] for f in _drafting.facts(d, "membership", role="member")}
    assert chair.startswith("satybald")
    assert not _drafting.facts(d, "membership", role="head")
    assert [f.values.get("chair") for f in _drafting.facts(d, "event")] == [chair]
    # the sitting of a faction led by its head: the faction is where, its head stated as a post
    faction = (
        "На заседании фракции «Ауыл» партиясы» под руководством депутата Мажилиса, руководителя фракции Серика "
        "Егизбаева депутаты обсудили проект изменений в Конституцию."
    )
    assert ("serik-egizbayev", "head", "auyl") not in _drafting.posts(_drafting.draft(session, faction, name="f"))
    # a body that is the subject is still headed by who leads it
    mission = (
        "Миссия наблюдателей СНГ под руководством первого заместителя председателя Исполнительного комитета СНГ "
        "Сергея Иванова прибыла в Астану."
    )
    assert ("sergey-ivanov", "head", "sng") in _drafting.posts(_drafting.draft(session, mission, name="m"))
