"""The lead's changes of the forty-ninth session, from the errors of ``test59``, the part held out in the
forty-eighth session and tuning data since. Each is checked with the cases it leaves alone.
"""

from __future__ import annotations

from kg.extract.draft import Session

from . import _drafting


def _claimants(session: Session, text: str) -> dict[int, str]:
    d = _drafting.draft(session, text, outlet="lada-kz", date="2026-02-22")
    return {f.values["quantity"]: f.values["claimant"] for f in _drafting.facts(d, "claim")}


def test_a_quotation_with_a_saying_nested_the_russian_way_stays_its_speakers(session: Session):
    # test59/ru-lada-2026-02-22-zhusupov-new-philosophy: "Он рассказал, почему …:" then a quotation over a paragraph
    # with a saying nested in it the Russian way („…“), whose closing mark is the English opening one: the
    # quotation was read as opened there, three sentences after its speaker
    text = (
        "Бекзат Жусупов, как гражданин Казахстана, также собирается выразить гражданскую позицию. Он рассказал, "
        "почему пришло время внести изменения в основной закон:\n\n«С каждым годом меняются человек и общество. А "
        "это значит, что меняется и мировоззрение. Недаром говорят: „У традиции есть и прогрессивное, и устаревшее“. "
        "Со временем мы переосмысливаем даже те принципы. Основной закон — это не документ, который переписывают "
        "ежегодно. К примеру, Норвегия внесла в свою Конституцию изменения, США — 27 поправок. Франция корректировала "
        "Конституцию 10 раз."
    )
    assert _claimants(session, text) == {27: "bekzat-zhusupov", 10: "bekzat-zhusupov"}


def test_a_quotation_the_russian_nested_marks_close_is_closed(session: Session):
    # „…“ inside «…» opens and closes inside it: the outer quotation still closes with its own mark, and the
    # outlet's paragraph after it is the outlet's
    text = (
        "Бекзат Жусупов пришёл на участок референдума. Он рассказал:\n\n«Говорят: „Всему своё время“. Пора менять закон».\n\n"
        "Франция корректировала Конституцию 10 раз."
    )
    assert _claimants(session, text) == {10: "lada-kz"}
