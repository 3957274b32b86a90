"""The nineteenth session's bodies of a person's post (kg/extract/bodies.py): a coalition named by its quoted name
and kind alone is the nationwide one (``NATIONWIDE``), and a body named by its level takes the place a sentence just
after it names (``SOURCES``' "later"); both from the census of the twenty-one tuning parts
(benchmarks/results/bodies19_census.txt), each pinned with its text from a tuning part, and the cases they must leave
alone.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from kg.extract.draft import Session

from ._drafting import draft
from ._drafting import names as _names
from ._drafting import posts as _posts


def _bodies(d, holder: str, role: str) -> set[str]:
    """Every name of every body ``holder`` holds ``role`` in."""
    return {n for h, r, o in _posts(d) if holder in h and r == role for n in (_names(d, o) or {o})}


@contextmanager
def _set(**values: object) -> Iterator[None]:
    """The body pass with some settings changed."""
    import kg.extract.bodies as bodies

    saved = {k: getattr(bodies, k) for k in values}
    for k, v in values.items():
        setattr(bodies, k, v)
    try:
        yield
    finally:
        for k, v in saved.items():
            setattr(bodies, k, v)


# ------------------------------------------------------------------ the nationwide coalition

SLOGAN = "«Әділетті және Прогрессивті Қазақстанның Халықтық Конституциясы үшін!»"
BAKANAS = (
    f"{SLOGAN} коалициясының мүшелері\n"
    "Бақанас ауылндағы М.Сенгірбаев педагогикалық ұжымымен кездесіп, 15 наурызда өтетін\n"
    "республикалық референдумға шығарылған жаңа Конституция жобасын талқылады.\n"
    "«Білім саласының қызметкерлері үшін жаңа Конституцияда маңызды кепілдіктер қарастырылған.\n"
    "Бұл – әрбір қазақстандық баланың мектеп табалдырығын аттауына мемлекет кепілдік\n"
    "береді деген сөз», – деді коалиция мүшесі Жайдары Алимбаева"
)


def test_a_coalition_named_by_its_slogan_alone_is_the_nationwide_one(session):
    """test14, kk-balqashoniri-2026-03-01-bakanas-teachers: the members of "«… үшін!» коалициясы" with no level word
    belong to the nationwide coalition (the gold's "«…» жалпыұлттық коалициясы"); off, the name stays as written."""
    with _set(NATIONWIDE=True):
        assert f"{SLOGAN} жалпыұлттық коалициясы" in _bodies(draft(session, BAKANAS), "alimba", "member")
    with _set(NATIONWIDE=False):  # a session of its own: the one above renamed its drafted coalition
        assert f"{SLOGAN} коалициясы" in _bodies(draft(Session(), BAKANAS, name="t2"), "alimba", "member")


def test_a_regional_coalition_stays_regional():
    """A coalition whose name says its level ("өңірлік") is a unit, never the nationwide one (a session of its own:
    the module's has drafted the nationwide coalition, which a linker may take the unit for)."""
    text = f"{SLOGAN} өңірлік коалициясының мүшесі Марат Сейітов кездесуде сөз сөйледі."
    with _set(NATIONWIDE=True):
        bodies = _bodies(draft(Session(), text, name="t3"), "seyit", "member")
    assert f"{SLOGAN} өңірлік коалициясы" in bodies
    assert not any("жалпыұлттық" in b for b in bodies)


# ------------------------------------------------------------------ the place a later sentence names

TARAZ = (
    "Жиын барысында қызметкерлерге жаңа реформаның мәні, өзектілігі және оның артықшылықтары кеңінен баяндалды. "
    "Қала әкімі Бақытжан Орынбеков Мемлекеттік маңызды құжаттағы өзгеріс–болашақ үшін маңызды қадам екенін атап "
    "өтті.\n"
    "Сондай-ақ, Тараз қаласы мәслихатының төрағасы Олжабай Кенжебек Мамашбайұлы Ата заңға ұсынылуы мүмкін "
    "өзгерістерге тоқталып, Конституциялық реформаны бекітетін референдум баршамыз үшін маңызды науқан екенін айтты."
)


def test_a_city_akim_takes_the_city_a_sentence_after_names(session):
    """test19, kk-08info-2026-02-20-taraz-power-station: "Қала әкімі Бақытжан Орынбеков", and "Тараз қаласы" in the
    next sentence: the akimat of Taraz; with the sources before the round, the bare "қала әкімдігі"."""
    with _set(SOURCES=("sentence", "recent", "later")):
        assert "Тараз қаласының әкімдігі" in _bodies(draft(session, TARAZ), "orynbekov", "akim")
    with _set(SOURCES=("sentence", "recent")):
        assert "Тараз қаласының әкімдігі" not in _bodies(draft(session, TARAZ, name="t2"), "orynbekov", "akim")


def test_two_cities_after_give_no_place(session):
    """Two cities named in the next sentence: no place is chosen."""
    text = (
        "Қала әкімі Бақытжан Орынбеков кездесуде сөз сөйледі.\n"
        "Кездесуге Тараз қаласы мен Шымкент қаласы мәслихаттарының депутаттары қатысты."
    )
    with _set(SOURCES=("sentence", "recent", "later")):
        bodies = _bodies(draft(session, text, name="t4"), "orynbekov", "akim")
    assert not any("Тараз" in b or "Шымкент" in b for b in bodies)
