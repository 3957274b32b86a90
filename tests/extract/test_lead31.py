"""The lead's readings of the thirty-first session (each module's ``READINGS31``), from the errors of ``test32``, the
part held out in the thirtieth session and tuning data since, each kept only where every tuning sheet that has the
wording agrees: ways of addressing a meeting are a talk given at it (``talk-more``), and the new Constitution itself
proposed is no proposal (``whole-text``). Each is checked on and off.
"""

from __future__ import annotations

import pytest

import kg.extract.rules.proposals as proposals
import kg.extract.rules.speeches as speeches
from kg.extract.draft import Session

from . import _drafting

#: Where each reading is switched.
_MODULE = {"talk-more": speeches, "whole-text": proposals}


def _without(monkeypatch, reading: str) -> None:
    _drafting.without_reading(monkeypatch, _MODULE[reading], "READINGS31", reading)


def _speakers(d) -> set[str]:
    return {f.values["speaker"] for f in _drafting.facts(d, "speech")}


@pytest.mark.parametrize(
    ("part", "name", "date", "speaker"),
    [
        # "Приветствуя участников экспертной встречи, Маулен Ашимбаев отметил, что …"
        ("test30", "ru-kazpravda-2026-02-13-ashimbayev-almaty", "2026-02-13", "maulen-ashimbayev"),
        # "К участникам встречи обратился председатель РОО «Ассамблея жастары» Тимур Джумурбаев."
        ("test25", "ru-kazpravda-2026-02-13-student-assembly", "2026-02-13", "timur-dzhumurbayev"),
        # "Обращаясь к акмолинцам, председатель Мажилиса Ерлан Кошанов обратил особое внимание …"
        ("test30", "ru-kazpravda-2026-02-23-koshanov-akmola", "2026-02-23", "erlan-koshanov"),
        # "Жиынды қорытындылаған Ербол Қарашөкеев өңір халқын … шақырды."
        ("test32", "kk-jambylinfo-2026-02-01-karashokeev-merke", "2026-02-01", "erbol-karashokeyev"),
        # "… алқалы жиынды аталған жоғары оқу орнының ректоры Сағынтай Елубаев ашып, жүргізді."
        ("test29", "kk-arkaazhary-2026-03-02-kokshetau-students", "2026-03-02", "sagyntay-elubayev"),
        # "Мәулен Әшімбаев кездесуге қатысушыларға ілтипат білдіріп, …"
        ("test30", "kk-aqtobegazeti-2026-02-13-ashimbayev-almaty", "2026-02-13", "maulen-ashimbayev"),
        # "Основные положения проекта презентовала член фракции "Ак жол", вице-спикер Мажилиса … Дания Еспаева."
        ("test28", "ru-baq-2026-02-04-akzhol-plenum", "2026-02-04", "daniya-espayeva"),
        # "На пленарном заседании он подвел итоги Национального курултая в Кызылорде"
        ("test29", "ru-baq-2026-01-21-koshanov-kurultai-name", "2026-01-21", "erlan-koshanov"),
        # "Сегодня Бакыт Нурмуханов представил конкретные предложения."
        ("test3", "ru-kazinform-2026-02-07-nurmukhanov-proposals", "2026-02-07", "bakyt-nurmukhanov"),
    ],
)
def test_addressing_or_greeting_a_meeting_is_a_talk_given_at_it(
    session: Session, monkeypatch, part, name, date, speaker
):
    text = _drafting.real_text(part, name)
    assert speaker in _speakers(_drafting.draft(session, text, date=date))
    _without(monkeypatch, "talk-more")
    assert speaker not in _speakers(_drafting.draft(session, text, date=date))


@pytest.mark.parametrize(
    "text",
    [
        # many summing up: the sheets leave it ("участники встречи подвели итоги")
        "Участники встречи подвели итоги разъяснительной кампании.",
        # an appeal to the residents, not a talk (`dev`)
        "Аким Астаны Женис Касымбек обратился к жителям столицы и призвал принять участие в референдуме.",
    ],
)
def test_summing_up_by_many_or_an_appeal_is_no_talk(session: Session, text):
    assert _speakers(_drafting.draft(session, text)) == set()


@pytest.mark.parametrize(
    ("part", "name", "date"),
    [
        # "Kazakhstan's President Tokayev Proposes Major Constitutional Overhaul"
        ("test32", "en-gayaone-2026-02-10-government-session", "2026-02-10"),
        # "Tokayev Proposes a New Constitutional Architecture"
        ("test11", "en-timesca-2026-01-22-new-architecture", "2026-01-22"),
        # "И вот наш президент Касым- Жомарт Токаев предлагает народу Конституцию Нового и Справедливого Казахстана."
        ("test28", "ru-ng-2026-02-27-historian-opinion", "2026-02-27"),
        # "Как отметил Кырыкбаев, глава государства, предложив новую Конституцию, фактически изменил …"
        ("test30", "ru-zakon-2026-03-11-kyrykbayev-author", "2026-03-11"),
    ],
)
def test_the_new_constitution_itself_proposed_is_no_proposal(session: Session, monkeypatch, part, name, date):
    text = _drafting.real_text(part, name)

    def whole(d):
        return [
            f
            for f in _drafting.facts(d, "proposal")
            if f.values.get("targets") in ("draft-constitution-2026", "constitution-1995")
        ]

    assert whole(_drafting.draft(session, text, date=date)) == []
    _without(monkeypatch, "whole-text")
    assert whole(_drafting.draft(session, text, date=date)) != []


def test_what_is_done_with_the_draft_is_still_proposed(session: Session):
    d = _drafting.draft(session, "Депутат Айдос Сарым предложил проект Конституции вынести на всенародный референдум.")
    assert [f.values["proposer"] for f in _drafting.facts(d, "proposal")] == ["aydos-sarym"]
