"""Twenty-fourth session on English persons, posts and events: a quoted name is a body's, "whom Y appointed", a title
between "led by" and the name, and the headline's place.

Pinned from the tuning parts: ``quoted-name`` (test25, en-qazinform-2025-09-09-shestakov-model: "Igor Shestakov, a
director at the Center for Expert Initiatives “Oy Ordo,”", where "Oy Ordo" was read as the director); ``whom``
(test25, en-newspravda-2026-02-20-decorative-russian: "local deputy Sergei Ponomarev, whom Tokayev appointed head of
the "Association of Russian, Slavic and Cossack Organizations.""); ``titled-led`` (test26,
en-qalampir-2026-01-21-commission-decree: "The commission will be led by Chair of the Constitutional Court Elvira
Azimova"); ``headline-place`` (test25, en-kt-2026-02-06-madrid-briefing: "Key Development Priorities of Kazakhstan
Presented in Madrid"). Each reading is checked on, off, and against a near miss its guard refuses.
"""

from __future__ import annotations

import pytest

import kg.extract.en as en
import kg.extract.rules.events as events
import kg.extract.rules.memberships as memberships
from kg.extract.draft import Session

from ._drafting import draft, facts
from ._drafting import posts as _posts

# test25, en-qazinform-2025-09-09-shestakov-model
SHESTAKOV = (
    "Igor Shestakov, a director at the Center for Expert Initiatives “Oy Ordo,” has commented on the proposal of "
    "President Kassym-Jomart Tokayev to establish a unicameral Parliament."
)
# test25, en-newspravda-2026-02-20-decorative-russian
PONOMAREV = (
    "Russian is losing its special status, according to a statement by local deputy Sergei Ponomarev, whom Tokayev "
    'appointed head of the "Association of Russian, Slavic and Cossack Organizations."'
)
# test26, en-qalampir-2026-01-21-commission-decree (shortened)
AZIMOVA = (
    "The president said that the Constitutional Commission would include more than 100 members. The commission will "
    "be led by Chair of the Constitutional Court Elvira Azimova."
)
# test25, en-kt-2026-02-06-madrid-briefing (shortened)
MADRID = (
    "Key Development Priorities of Kazakhstan Presented in Madrid\n"
    "Ambassador of Kazakhstan to Spain, Danat Mussayev, held a briefing for representatives of leading Spanish media "
    "outlets.\n"
    "Particular attention was paid to the constitutional reforms underway in Kazakhstan."
)


def _readings(monkeypatch: pytest.MonkeyPatch, *on: str) -> None:
    monkeypatch.setattr(en, "READINGS24", frozenset(n for n in on if n == "quoted-name"))
    monkeypatch.setattr(memberships, "READINGS24", frozenset(n for n in on if n in ("whom", "titled-led")))
    monkeypatch.setattr(events, "READINGS24", frozenset(n for n in on if n == "headline-place"))


def _held(text: str, holder: str) -> list[tuple[str, str]]:
    return [(r, o) for h, r, o in _posts(draft(Session(), text)) if h == holder]


# ---------------------------------------------------------------- quoted-name


def test_a_quoted_name_after_a_body_is_the_bodys(monkeypatch: pytest.MonkeyPatch) -> None:
    _readings(monkeypatch, "quoted-name")
    held = _held(SHESTAKOV, "igor-shestakov")
    assert [r for r, _o in held] == ["director"]
    assert "oy-ordo" in held[0][1]
    assert _held(SHESTAKOV, "oy-ordo") == []


def test_quoted_name_off_reads_a_director_oy_ordo(monkeypatch: pytest.MonkeyPatch) -> None:
    _readings(monkeypatch)
    assert _held(SHESTAKOV, "oy-ordo") == [("director", "center-for-expert-initiatives")]
    assert _held(SHESTAKOV, "igor-shestakov") == []


def test_a_quoted_body_cut_at_its_comma_is_no_person(monkeypatch: pytest.MonkeyPatch) -> None:
    _readings(monkeypatch, "quoted-name")
    spans = en.entities(PONOMAREV)
    assert ("ORG", "Association of Russian, Slavic and Cossack Organizations") in {(e.type, e.normal) for e in spans}
    assert not any(e.type == "PER" and "Cossack" in e.normal for e in spans)


def test_a_quoted_sentence_keeps_its_persons(monkeypatch: pytest.MonkeyPatch) -> None:
    # near miss: a quotation with lower-case words is someone's words, not a name; the person inside stays
    _readings(monkeypatch, "quoted-name")
    text = "“Erlan Karin is right,” said Igor Shestakov, a director at the Center for Expert Initiatives."
    assert ("PER", "Erlan Karin") in {(e.type, e.normal) for e in en.entities(text)}


# ---------------------------------------------------------------- whom


def test_whom_appointed_gives_the_antecedent_the_post(monkeypatch: pytest.MonkeyPatch) -> None:
    _readings(monkeypatch, "quoted-name", "whom")
    held = _held(PONOMAREV, "sergei-ponomarev")
    assert [r for r, _o in held] == ["head"]
    assert "cossack" in held[0][1]


def test_whom_off_gives_no_post(monkeypatch: pytest.MonkeyPatch) -> None:
    _readings(monkeypatch, "quoted-name")
    assert _held(PONOMAREV, "sergei-ponomarev") == []


def test_whom_with_another_verb_gives_no_post(monkeypatch: pytest.MonkeyPatch) -> None:
    # near miss: "whom Tokayev praised" appoints no one
    _readings(monkeypatch, "quoted-name", "whom")
    text = "Deputy Sergei Ponomarev, whom Tokayev praised, met the head of the Association of Russian Organizations."
    assert not any(r == "head" for r, _o in _held(text, "sergei-ponomarev"))


# ---------------------------------------------------------------- titled-led


def test_a_title_between_led_by_and_the_name(monkeypatch: pytest.MonkeyPatch) -> None:
    _readings(monkeypatch, "titled-led")
    held = _held(AZIMOVA, "elvira-azimova")
    assert ("chair", "constitutional-reform-commission") in held
    assert ("chair", "constitutional-court") in held


def test_titled_led_off_gives_the_commission_no_chair(monkeypatch: pytest.MonkeyPatch) -> None:
    _readings(monkeypatch)
    assert ("chair", "constitutional-reform-commission") not in _held(AZIMOVA, "elvira-azimova")


def test_a_title_set_off_by_its_comma_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    # near miss: "the President of the Constitutional Court, Elvira Azimova" (an article and a comma: no title)
    _readings(monkeypatch, "titled-led")
    text = (
        "The president said that the Constitutional Commission would include more than 100 members. The commission "
        "will be led by the President of the Constitutional Court, Elvira Azimova."
    )
    assert ("chair", "constitutional-reform-commission") not in _held(text, "elvira-azimova")


# ---------------------------------------------------------------- headline-place


def _places(text: str) -> list[str | None]:
    d = draft(Session(), text, date="2026-02-06")
    return [f.values.get("place") for f in facts(d, "event")]


def test_the_headlines_place_is_the_events(monkeypatch: pytest.MonkeyPatch) -> None:
    _readings(monkeypatch, "headline-place")
    assert _places(MADRID) == ["madrid"]


def test_headline_place_off_places_the_briefing_nowhere(monkeypatch: pytest.MonkeyPatch) -> None:
    _readings(monkeypatch)
    assert _places(MADRID) == [None]


def test_a_headline_of_two_places_or_a_full_stop_gives_none(monkeypatch: pytest.MonkeyPatch) -> None:
    # near misses: two places in the headline (which one?), and a first line that is a sentence, not a headline
    _readings(monkeypatch, "headline-place")
    two = MADRID.replace("Presented in Madrid", "Presented in Astana and in Madrid", 1)
    stop = MADRID.replace("Presented in Madrid\n", "Presented in Madrid.\n", 1)
    assert _places(two) == [None]
    assert _places(stop) == [None]
