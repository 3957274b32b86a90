"""The lead's changes of the fifty-ninth session, from the errors of ``test69``, the part held out in the fifty-eighth
session and tuning data since, and of the parts before it. Each is checked with the cases it leaves alone.
"""

from __future__ import annotations

from kg.extract.draft import Session

from . import _drafting


def _address_dates(d) -> list[str]:
    return [f.values["date"] for f in _drafting.facts(d, "event") if "Жолдау" in str(f.values.get("name"))]


def test_a_kazakh_day_of_september_voiced_before_its_ending_is_read(session: Session):
    # test51/kk-zakon-2025-10-30-karin-parliamentary-reform: "2025 жылдың 8 қыркүйегінде халыққа арнаған Жолдауы"
    # dated the address the report's day ("қыркүйек" voices its last letter before an ending; "жылдың" was not read)
    text = (
        "2025 жылдың 8 қыркүйегінде халыққа арнаған Жолдауы барысында Қасым-Жомарт Тоқаев Парламентті бір палаталы "
        "ету туралы ұсыныс білдірген болатын."
    )
    d = _drafting.draft(session, text, outlet="zakon-kz", date="2025-10-30")
    assert _address_dates(d) == ["2025-09-08"]
    # the other months, as before
    d = _drafting.draft(session, text.replace("8 қыркүйегінде", "8 қазанында"), outlet="zakon-kz", date="2025-10-30")
    assert _address_dates(d) == ["2025-10-08"]


def test_the_latest_or_a_months_address_recalled_without_its_day_is_no_event_of_the_report(session: Session):
    # test39/kk-baq-2025-10-10-zheksenbay-senate ("соңғы Жолдауында"), test48/kk-zakon-2025-11-28-no-presidential-quota
    # ("биылғы Жолдауында"), test66/ru-azattyqruhy-2026-02-15-unicameral-review ("В сентябрьском Послании"),
    # test31/en-trend-2025-11-28-no-presidential-quota ("In his September 2025 Address"): each an address dated the
    # report's day, with a speech at it
    cases = [
        ("Президент Қасым-Жомарт Тоқаев {} Жолдауында бір палаталы парламент құру бастамасын көтерді.", "kk"),
        ("В {}Послании народу Казахстана президент Касым-Жомарт Токаев назвал парламентскую реформу ключевой.", "ru"),
        ("In his {} Address to the People of Kazakhstan, Kassym-Jomart Tokayev proposed a reform.", "en"),
    ]
    recalled = {"kk": ("соңғы", "биылғы"), "ru": ("сентябрьском ",), "en": ("September 2025",)}
    on_the_day = {"kk": "халыққа", "ru": "", "en": "annual"}
    for text, lang in cases:
        for word in recalled[lang]:
            d = _drafting.draft(session, text.format(word), date="2025-11-28")
            assert not _drafting.facts(d, "event") and not _drafting.facts(d, "speech"), (lang, word)
        # an address of the report's day, as before
        d = _drafting.draft(session, text.format(on_the_day[lang]), date="2025-11-28")
        assert [f.values["date"] for f in _drafting.facts(d, "event")] == ["2025-11-28"], lang
    # a day before the month dates the address ("20 января", "8 September 2025"; not the adjective "январском")
    text = "{} Послании народу Казахстана президент Касым-Жомарт Токаев назвал парламентскую реформу ключевой."
    d = _drafting.draft(session, text.format("20 января в"), date="2026-01-25")
    assert [f.values["date"] for f in _drafting.facts(d, "event")] == ["2026-01-20"]
    d = _drafting.draft(session, text.format("В январском"), date="2026-01-25")
    assert not _drafting.facts(d, "event")
    d = _drafting.draft(
        session, "On 8 September 2025 in his Address to the People, Tokayev proposed a reform.", date="2025-11-28"
    )
    assert [f.values["date"] for f in _drafting.facts(d, "event")] == ["2025-09-08"]
