"""Twenty-third session on persons and posts, second round: a party's central office, two more wordings of a branch,
and a branch named with its region.

Pinned from the tuning parts: ``central-office`` (test24, kk-baq-2026-02-02-zhsdp-political-council: "Жалпыұлттық
социал-демократиялық партиясы Орталық аппаратының жетекшісі Мақсұт Насибулов", where "Орталық" was read as a person;
test23, kk-aqtobegazeti-2026-02-19-orash-youth-meeting: "«Ауыл» партиясының орталық аппарат басшысының орынбасары
Нұрхат Ораш"); ``branch-words`` (test5, ru-kazpravda-2026-02-10-auyl-karaganda: "председатель Карагандинского
областного регионального филиала партии"; test21, ru-lada-2026-03-11-karasaev-amanat: "председатель филиала партии
«Amanat» Мангистауской области Нурбек Карасаев");
``branch-name`` (test24, ru-kazpravda-2026-02-16-auyl-semey: "в области Абай под руководством председателя
регионального филиала партии «Ауыл» Кайрата Смагулова"). Each reading is checked on, off, and against a near miss its
guard refuses.
"""

from __future__ import annotations

import pytest

import kg.extract.actors as actors
import kg.extract.patterns as patterns
import kg.extract.rules.memberships as memberships
from kg.extract.draft import Session

from ._drafting import draft, names
from ._drafting import posts as _posts

# test24, kk-baq-2026-02-02-zhsdp-political-council
NASIBULOV = (
    "Жалпыұлттық социал-демократиялық партиясы Орталық аппаратының жетекшісі Мақсұт Насибулов партия ұсынған бірқатар "
    "өзгерістер Конституция жобасына енгізілгенін атады."
)
# test23, kk-aqtobegazeti-2026-02-19-orash-youth-meeting
ORASH = "Басқосуға «Ауыл» партиясының орталық аппарат басшысының орынбасары Нұрхат Ораш Астанадан арнайы келген."
# test5, ru-kazpravda-2026-02-10-auyl-karaganda (the party named, as the article names it in its headline)
NIKONOVICH = (
    "Открывший заседание председатель Карагандинского областного регионального филиала партии «Ауыл» Руслан "
    "Никонович выступил с докладом."
)
# test21, ru-lada-2026-03-11-karasaev-amanat
KARASAEV = (
    "Так, председатель филиала партии «Amanat» Мангистауской области Нурбек Карасаев подчеркнул своевременность "
    "изменений."
)
# test24, ru-kazpravda-2026-02-16-auyl-semey
SMAGULOV = (
    "16 февраля 2026 года в области Абай под руководством председателя регионального филиала партии «Ауыл» Кайрата "
    "Смагулова состоялось расширенное заседание Политического совета."
)


def _readings(monkeypatch: pytest.MonkeyPatch, *on: str) -> None:
    monkeypatch.setattr(patterns, "READINGS23B", frozenset(n for n in on if n in ("central-office", "branch-words")))
    monkeypatch.setattr(actors, "READINGS23B", frozenset(n for n in on if n == "branch-name"))


@pytest.fixture
def fresh() -> Session:
    """A session of its own: a branch drafted by an earlier test keeps the name it was drafted with."""
    return Session()


def _held(text: str, session, holder: str) -> list[tuple[str, str]]:
    return [(r, o) for h, r, o in _posts(draft(session, text)) if h == holder]


# ---------------------------------------------------------------- central-office


def test_a_central_office_is_a_unit_of_its_party(monkeypatch: pytest.MonkeyPatch, session) -> None:
    _readings(monkeypatch, "central-office")
    assert _held(NASIBULOV, session, "maksut-nasibulov") == [("head", "osdp-central-office")]
    assert _held(ORASH, session, "nurkhat-orash") == [("deputy-head", "auyl-central-office")]


def test_central_office_off_reads_a_person_ortalyq(monkeypatch: pytest.MonkeyPatch, session) -> None:
    _readings(monkeypatch)
    assert _held(NASIBULOV, session, "maksut-nasibulov") == []
    assert _held(ORASH, session, "nurkhat-orash") == []


def test_a_central_office_of_no_party_is_none(monkeypatch: pytest.MonkeyPatch, session) -> None:
    # near miss: a ministry's central office names no party beside it
    _readings(monkeypatch, "central-office")
    text = "Министрліктің орталық аппаратының басшысы Ерлан Сапаров жиынға қатысты."
    assert not [o for _h, _r, o in _posts(draft(session, text)) if o.endswith("central-office")]


# ---------------------------------------------------------------- branch-words


def test_a_regional_branch_with_two_level_words(monkeypatch: pytest.MonkeyPatch, fresh: Session) -> None:
    _readings(monkeypatch, "branch-words", "branch-name")
    d = draft(fresh, NIKONOVICH)
    (org,) = [o for h, r, o in _posts(d) if h == "ruslan-nikonovich" and r == "chair"]
    assert "Карагандинский областной региональный филиал партии «Ауыл»" in names(d, org)


def test_branch_words_off_leaves_the_region_out_of_the_name(monkeypatch: pytest.MonkeyPatch, fresh: Session) -> None:
    _readings(monkeypatch, "branch-name")
    d = draft(fresh, NIKONOVICH)
    (org,) = [o for h, r, o in _posts(d) if h == "ruslan-nikonovich" and r == "chair"]
    assert "Карагандинский областной региональный филиал партии «Ауыл»" not in names(d, org)


def test_a_branch_whose_region_follows_the_party(monkeypatch: pytest.MonkeyPatch, session) -> None:
    _readings(monkeypatch, "branch-words", "branch-name")
    d = draft(Session(), KARASAEV)
    assert _held(KARASAEV, session, "nurbek-karasayev") == [("chair", "amanat-mangistau-branch")]
    assert "Мангистауский областной филиал партии «AMANAT»" in names(d, "amanat-mangistau-branch")
    _readings(monkeypatch, "branch-name")
    assert _held(KARASAEV, session, "nurbek-karasayev") == []


def test_a_bank_s_branch_is_no_party_s(monkeypatch: pytest.MonkeyPatch, session) -> None:
    # near miss: a branch of a bank, with its region after the bank's name
    _readings(monkeypatch, "branch-words", "branch-name")
    for text in (
        "Директор филиала банка «Халык» Мангистауской области Ерлан Сапаров подчеркнул своевременность изменений.",
    ):
        assert not [o for _h, _r, o in _posts(draft(session, text)) if o.endswith("-branch")]


# ---------------------------------------------------------------- branch-name


def test_a_branch_named_with_the_region_the_sentence_names(monkeypatch: pytest.MonkeyPatch, fresh: Session) -> None:
    _readings(monkeypatch, "branch-name")
    d = draft(fresh, SMAGULOV)
    assert "Региональный филиал партии «Ауыл» по области Абай" in names(d, "auyl-abay-branch")


def test_branch_name_off_names_no_region(monkeypatch: pytest.MonkeyPatch, fresh: Session) -> None:
    _readings(monkeypatch)
    d = draft(fresh, SMAGULOV)
    assert "Региональный филиал партии «Ауыл»" in names(d, "auyl-abay-branch")


def test_a_region_by_its_adjective_is_not_put_after(monkeypatch: pytest.MonkeyPatch, fresh: Session) -> None:
    # near miss: "в Павлодарской области": an adjective, never "по области Павлодарская"
    _readings(monkeypatch, "branch-name")
    text = (
        "В Павлодарской области под руководством председателя регионального филиала партии «Ауыл» Кайрата Смагулова "
        "состоялось заседание."
    )
    assert not any("по области" in n for _h, _r, o in _posts(draft(fresh, text)) for n in names(draft(fresh, text), o))


# ---------------------------------------------------------------- kind-led

# test24, en-tengritimes-2026-01-25-commission-first-meeting (shortened)
AZIMOVA = (
    "On January 24, 2026, the Constitutional Reform Committee held its first meeting in Astana. This meeting marks a "
    "new stage in the modernization of Kazakhstan's political system. The committee is chaired by Elvira Azimova, "
    "President of the Constitutional Court."
)


def _readings_led(monkeypatch: pytest.MonkeyPatch, *on: str) -> None:
    monkeypatch.setattr(memberships, "READINGS23B", frozenset(on))


def test_a_body_named_by_its_kind_then_who_chairs_it(monkeypatch: pytest.MonkeyPatch, session) -> None:
    _readings_led(monkeypatch, "kind-led")
    assert ("chair", "constitutional-reform-commission") in _held(AZIMOVA, session, "elvira-azimova")


def test_kind_led_off_gives_the_chair_no_body(monkeypatch: pytest.MonkeyPatch, session) -> None:
    _readings_led(monkeypatch)
    assert ("chair", "constitutional-reform-commission") not in _held(AZIMOVA, session, "elvira-azimova")


def test_a_kind_the_article_named_no_body_of_gives_none(monkeypatch: pytest.MonkeyPatch, session) -> None:
    # near miss: "the mission" refers to no body named before (a committee is); nor does a post stand between
    _readings_led(monkeypatch, "kind-led")
    for text in (
        "The Constitutional Reform Committee held its first meeting in Astana. The mission is led by Elvira Azimova.",
        "The Constitutional Reform Committee held its first meeting in Astana. The committee is chaired by the "
        "President of the Constitutional Court, Elvira Azimova.",
    ):
        assert ("chair", "constitutional-reform-commission") not in _held(text, session, "elvira-azimova")
        assert ("head", "constitutional-reform-commission") not in _held(text, session, "elvira-azimova")
