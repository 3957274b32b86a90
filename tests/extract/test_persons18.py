"""Eighteenth session on persons and posts: what the census of the twenty tuning parts called for.

Pinned extractions from the tuning parts (the sentences as `test9` … `test20` give them): a board
post chained to a university post before one name (two posts, one in the body's board and one in the body), a
general director and a first vice-rector, the head of the region as its akim, a Chief Justice as the court's chair, a
Russian unit named with its institute;
and guards for what must stay as it was (a board post alone, a plain director, the region head's deputy, the
readings off).
"""

from __future__ import annotations

import pytest

import kg.extract.en as en
import kg.extract.patterns as P
import kg.extract.rules.memberships as memberships

from ._drafting import draft
from ._drafting import names as _names
from ._drafting import posts as _posts


def _held(d, holder: str) -> dict[str, set[str]]:
    """role -> the names of the bodies the person whose id holds ``holder`` holds it in."""
    out: dict[str, set[str]] = {}
    for h, r, o in _posts(d):
        if holder in h:
            out.setdefault(r, set()).update(_names(d, o) or {o})
    return out


@pytest.fixture
def readings_off():
    """The readings of this session off, set back afterwards."""
    saved = memberships.READINGS18, P.READINGS18, en.READINGS18, en.READINGS23
    memberships.READINGS18 = P.READINGS18 = en.READINGS18 = False
    en.READINGS23 = frozenset()  # (a unit read as a body keeps its region too: the twenty-third session's ``units``)
    en.ORG_HEADS = en.org_heads()
    P._posts.cache_clear()
    yield
    memberships.READINGS18, P.READINGS18, en.READINGS18, en.READINGS23 = saved
    en.ORG_HEADS = en.org_heads()
    P._posts.cache_clear()


SEMEY = (
    "Кездесу барысында өңірлік коалиция мүшелері Семей медицина университетінің басқарма төрағасы – ректоры Алтай "
    "Дүсіпов, Абай облысы ардагерлер кеңесінің төрағасы Мұрат Алин өз пікірлерін білдірді."
)
KAZNU = (
    "Отырысты Басқарма төрағасының орынбасары – ҚазҰУ-дың бірінші проректоры Еркін Дүйсенов және заң факультетінің "
    "деканы Уәлихан Ахатов жүргізді."
)
RUDNY = (
    "Лекцию прочитали декан факультета Алибек Табулденов, а также член правления — проректор по вопросам инноваций и "
    "интернационализации Рудненского индустриального университета Айдын Сабитов."
)


def test_a_board_chair_and_rector_in_a_kazakh_chain(session):
    """`test20` kk-findhealthclinics: "… университетінің басқарма төрағасы – ректоры X" is the chair of the
    university's board and its rector (not a chair of "өңірлік коалиция мүшелері … басқармасы")."""
    d = draft(session, SEMEY, outlet="kazinform", date="2026-02-17")
    held = _held(d, "dusipov")
    assert "Семей медицина университетінің басқармасы" in held["chair"]
    assert "Семей медицина университеті" in held["rector"]
    assert "Абай облысы ардагерлер кеңесі" in _held(d, "alin")["chair"]


def test_a_deputy_chair_of_the_board_and_first_vice_rector(session):
    """`test20` kk-caravan KazNU: the body named after the dash ("ҚазҰУ-дың") names the board too; "бірінші
    проректоры" is a first vice-rector."""
    d = draft(session, KAZNU, outlet="caravan", date="2026-02-16")
    held = _held(d, "duysenov")
    assert "ҚазҰУ басқармасы" in held["deputy-chair"]
    assert "first-vice-rector" in held


def test_a_board_member_and_vice_rector_in_russian(session):
    """`test12` ru-kazinform Kostanay: "член правления — проректор … Рудненского индустриального университета X"."""
    d = draft(session, RUDNY, outlet="kazinform", date="2026-02-17")
    held = _held(d, "sabitov")
    assert "Правление Рудненского индустриального университета" in held["member"]
    assert "vice-rector" in held


def test_an_english_board_post_before_and_vice_rector(session):
    """`test9` en-eku: "X, Deputy Chair of the Board of … University and Vice-Rector for …": the body's name ends
    before "and Vice-Rector" (a second post), so the board post is read."""
    d = draft(
        session,
        "The meeting was moderated by Irina Rovnyakova, Deputy Chair of the Board of Sarsen Amanzholov East Kazakhstan "
        "University and Vice-Rector for Strategic Development and International Cooperation.",
        outlet="eku",
    )
    assert "Board of Sarsen Amanzholov East Kazakhstan University" in _held(d, "rovnyakova")["deputy-chair"]


def test_an_english_unit_keeps_its_region(session):
    """`test13` en-vku: "the Head of the Department of Education of the East Kazakhstan Region, X"."""
    d = draft(
        session,
        "The meeting was attended by the Head of the Department of Education of the East Kazakhstan Region, Kuat "
        "Okasov, and teachers.",
        outlet="vku",
    )
    assert "Department of Education of the East Kazakhstan Region" in _held(d, "okasov")["head"]


def test_a_russian_unit_named_with_its_institute(session):
    """`test20` ru-mailru Sputnik: "руководитель Центра … Казахстанского института общественного развития" heads the
    centre named with its institute (two organisation mentions the tagger read apart)."""
    d = draft(
        session,
        "На пресс-конференции выступили Риззат Тасым, руководитель Центра изучения общественных процессов "
        "Казахстанского института общественного развития; Максим Крамаренко.",
        outlet="mailru",
    )
    assert (
        "Центр изучения общественных процессов Казахстанского института общественного развития"
        in _held(d, "tasym")["head"]
    )


def test_a_general_director(session):
    """`test20` en-kt Mexico and ru-kazpravda APK: a Director General, a "генеральный директор": their own post."""
    d = draft(
        session,
        "The Ambassador met the Director General for Africa at the Ministry of Foreign Affairs of Mexico, Anibal "
        "Gomez Toledo.",
        outlet="kt",
    )
    assert "general-director" in _held(d, "toledo")
    d = draft(
        session,
        "Об этом говорила генеральный директор Института философии, политологии и религиоведения Айгуль Садвокасова.",
        outlet="kazpravda",
    )
    assert set(_held(d, "sadvokasova")) == {"general-director"}


def test_the_head_of_the_region_is_its_akim(session):
    """`test15` kk-zakon Ulytau and kk-buqara: "өңір басшысы X" (the head of the region) is the region's akim; his
    deputy ("Өңір басшысының орынбасары", `test8`) is no akim."""
    d = draft(
        session,
        "Ұлытау облысында актив отырысы өтті. 2026 жылдың 2 ақпанында өңір басшысы Дастан Рыспековтің төрағалығымен "
        "облыстық актив отырысы өтті.",
        outlet="zakon",
    )
    assert "akim" in _held(d, "ryspekov")
    d = draft(session, "Өңір басшысының орынбасары Жүсіп Жұмағұловтың сөзінше, форум маңызды.", outlet="zakon")
    assert "akim" not in _held(d, "zhumagulov")


def test_a_chief_justice_chairs_the_court(session):
    """`test15` en-astanatimes: "Chief Justice of the Constitutional Court X" is the court's chair."""
    d = draft(
        session,
        "The Chair of the Constitutional Commission and Chief Justice of the Constitutional Court Elvira Azimova spoke.",
        outlet="astanatimes",
    )
    assert ("chair", "constitutional-court") in {(r, o) for h, r, o in _posts(d) if "azimova" in h}


def test_a_board_post_alone_and_a_plain_director_stay(session):
    """Guards: a board's chair with no university post after it, and a director, read as before."""
    d = draft(session, "Компания басқарма төрағасы Болат Сәрсенов жиынға қатысты.", outlet="kazinform")
    assert "rector" not in _held(d, "sarsenov")
    d = draft(session, "Директор школы-лицея Айгуль Нурланова выступила.", outlet="kazpravda")
    assert set(_held(d, "nurlanova")) == {"director"}


def test_the_readings_off(session, readings_off):
    """With the readings off the chain and the general director are read as before this session."""
    d = draft(session, SEMEY, outlet="kazinform", date="2026-02-17")
    assert "rector" not in _held(d, "dusipov")
    d = draft(
        session,
        "Об этом говорила генеральный директор Института философии, политологии и религиоведения Айгуль Садвокасова.",
        outlet="kazpravda",
    )
    assert "general-director" not in _held(d, "sadvokasova")
    d = draft(
        session,
        "The meeting was attended by the Head of the Department of Education of the East Kazakhstan Region, Kuat "
        "Okasov, and teachers.",
        outlet="vku",
    )
    assert _held(d, "okasov")["head"] == {"Department of Education"}
    d = draft(
        session,
        "На пресс-конференции выступили Риззат Тасым, руководитель Центра изучения общественных процессов "
        "Казахстанского института общественного развития; Максим Крамаренко.",
        outlet="mailru",
    )
    assert "Центр изучения общественных процессов" in _held(d, "tasym")["head"]
