"""The twenty-third session on events (kg/extract/rules/events.py, ``events.READINGS23``; kg/extract/reader.py,
``reader.READINGS23``): a meeting held in a Russian participle or a Kazakh converb, a chair after a long post, and a
Russian sentence that names a Kazakh body read as Russian (the census of the twenty-four tuning parts, summed up in
docs/extract.md), pinned with texts from tuning parts, each with the reading off for contrast, and the near misses the
guards refuse.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from kg.extract.reader import detect_language, split_sentences

from ._drafting import draft, facts


@contextmanager
def _readings(*on: str) -> Iterator[None]:
    """``events.READINGS23`` set to ``on`` alone for the block (and the reader's with ``name-words``)."""
    import kg.extract.reader as reader
    import kg.extract.rules.events as events

    saved = events.READINGS23, reader.READINGS23
    events.READINGS23, reader.READINGS23 = frozenset(on), "name-words" in on
    try:
        yield
    finally:
        events.READINGS23, reader.READINGS23 = saved


def _events(d) -> list[tuple[str, str]]:
    """Every drafted event or session as (date, place), sorted."""
    return sorted((f.values["date"], f.values.get("place", "")) for f in facts(d, "event") + facts(d, "session"))


def _chairs(d) -> list[str]:
    return [f.values["chair"] for f in facts(d, "event") + facts(d, "session") if "chair" in f.values]


#: test23, ru-kazpravda-2026-03-10-observers-accredited: the sitting "held yesterday in Astana", named by a participle.
CRC = (
    "На прошедшем вчера в Астане заседании Центральной комиссии референдума под председательством главы ЦКР Нурлана "
    "Абдирова рассматривались вопросы аккредитации международных наблюдателей."
)

#: test6, kk-zakon-2026-02-02-abai-region-aktiv: the meeting "held, and" (the converb), chaired by the akim.
ABAI = (
    "2 ақпанда облыс әкімі Берік Уәлидің төрағалығымен актив жиналысы өтіп, Қазақстан Республикасының жаңа "
    "Конституциясының жобасы талқыланды."
)

#: test24, ru-kazpravda-2026-02-16-auyl-semey: a chair named after a post of five words.
AUYL = (
    "16 февраля 2026 года в области Абай под руководством председателя регионального филиала партии «Ауыл» Кайрата "
    "Смагулова состоялось расширенное заседание Политического совета."
)

#: test3, ru-kazinform-2026-01-20-halyk-kenesi-proposed: a Russian report that names «Халық кеңесі» five times.
HALYK = (
    "В Казахстане будет создана новая совещательная площадка «Халық кеңесі»\n\n"
    "На пятом Национальном курултае Президент Касым-Жомарт Токаев сообщил о создании новой совещательной площадки "
    "«Халық кеңесі», передает Kazinform.\n\n"
    "Халық кеңесі объединит опыт Ассамблеи народа и обеспечит представительство всех этносов и общественных групп.\n\n"
    "Президент подчеркнул, что статус и порядок формирования Халық кеңесі планируется закрепить отдельным разделом "
    "Конституции и специальным конституционным законом.\n\n"
    "В его состав войдут представители гражданского общества и общественных объединений. Деятельность Халық кеңесі "
    "будет осуществляться в строгом соответствии с Конституцией."
)


def test_a_russian_sitting_named_by_the_participle_held_with_its_day_and_town(session):
    with _readings("held-participle"):
        d = draft(session, CRC, outlet="kazpravda", date="2026-03-10", name="p1")
        assert _events(d) == [("2026-03-09", "astana")]
        assert len(_chairs(d)) == 1
    with _readings():
        d = draft(session, CRC, outlet="kazpravda", date="2026-03-10", name="p2")
        assert _events(d) == []


def test_the_participle_with_no_day_or_town_or_in_the_plural_is_no_meeting_held(session):
    with _readings("held-participle"):
        for k, text in enumerate(
            [
                # "at the sitting held last month": recalled, no day or town of its own
                "На прошедшем в прошлом месяце заседании комиссии рассматривались вопросы аккредитации наблюдателей.",
                # a series of sittings
                "На прошедших в Астане заседаниях комиссии рассматривались вопросы аккредитации наблюдателей.",
            ]
        ):
            d = draft(session, text, outlet="kazpravda", date="2026-03-10", name=f"p3-{k}")
            assert _events(d) == [], text


def test_a_kazakh_meeting_held_in_the_converb_with_its_chair(session):
    with _readings("kk-converb"):
        d = draft(session, ABAI, outlet="zakon-kz", date="2026-02-02", name="c1")
        assert _events(d) == [("2026-02-02", "")]
        assert _chairs(d) == ["berik-uali"]
    with _readings():
        d = draft(session, ABAI, outlet="zakon-kz", date="2026-02-02", name="c2")
        assert _events(d) == []


def test_the_converb_after_an_event_noun_in_another_case_is_no_meeting_held(session):
    with _readings("kk-converb"):
        # "passing from the meeting": the ablative, not a meeting held
        text = "Облыс әкімі Берік Уәли жиналыстан өтіп, сайлау учаскесіне барды."
        d = draft(session, text, outlet="zakon-kz", date="2026-02-02", name="c3")
        assert _events(d) == []


def test_a_russian_chair_named_after_a_long_post(session):
    with _readings("chair-post"):
        d = draft(session, AUYL, outlet="kazpravda", date="2026-02-16", name="h1")
        (chair,) = _chairs(d)
        assert "smagulov" in chair
    with _readings():
        d = draft(session, AUYL, outlet="kazpravda", date="2026-02-16", name="h2")
        assert _chairs(d) == []


def test_the_leader_of_a_mission_met_is_no_chair(session):
    # test4, ru-baq-2026-02-19-odihr-mission: who leads the mission met, in a sentence that names no meeting
    text = (
        "Председатель Конституционного Суда Эльвира Азимова встретилась с Миссией БДИПЧ ОБСЕ под руководством "
        "заместителя директора Департамента по выборам БДИПЧ ОБСЕ Улви Ахундлу."
    )
    with _readings("chair-post"):
        d = draft(session, text, outlet="baq-kz", date="2026-02-19", name="h3")
        assert _chairs(d) == []


def test_a_russian_paragraph_naming_the_peoples_council_reads_as_russian():
    with _readings("name-words"):
        assert {s.lang for s in split_sentences(HALYK)} == {"ru"}
        # a Kazakh sentence with the same name stays Kazakh: its other lower-case words are Kazakh
        assert detect_language("Халық кеңесі құрылатыны туралы Мемлекет басшысы Ұлттық құрылтайда айтты.") == "kk"
    with _readings():
        assert {s.lang for s in split_sentences(HALYK)} == {"kk"}


def test_the_kurultai_session_of_a_russian_report_naming_the_peoples_council(session):
    with _readings("name-words"):
        d = draft(session, HALYK, outlet="kazinform", date="2026-01-20", name="n1")
        assert [date for date, _place in _events(d)] == ["2026-01-20"]
    with _readings():
        d = draft(session, HALYK, outlet="kazinform", date="2026-01-20", name="n2")
        assert _events(d) == []
