"""The twenty-fifth session's stance reading (kg/extract/rules/stances.py, ``READINGS25``): from the census of the
twenty-seven tuning parts (``test27`` new), pinned with its texts from tuning parts, with the reading off for
contrast, and the near misses its guard refuses.
"""

from __future__ import annotations

from kg.extract.draft import Session

from ._drafting import draft, real_text
from ._drafting import stance_readings_without as _without
from ._drafting import stances as _any_stance

# ------------------------------------------------------------------ step-toward: "a step towards building …"

VASILENKO = "en-kt-2026-02-25-vassilenko-lille"
VASILENKO_SUPPORTS = ("roman-vassilenko", "draft-constitution-2026", "support")
BEKTENOV = "en-silkway-2026-02-03-bektenov-science"
BEKTENOV_SUPPORTS = ("olzhas-bektenov", "draft-constitution-2026", "support")


def test_a_step_towards_building_a_state_is_praise_of_the_text(session):
    """test21, en-kt-2026-02-25-vassilenko-lille: "The new constitutional model is a deliberate step towards building
    a more open, accountable, and just state"."""
    assert VASILENKO_SUPPORTS in _any_stance(draft(session, real_text("test21", VASILENKO), date="2026-02-25"))


def test_without_step_toward_the_step_places_no_stance():
    with _without("step-toward"):
        found = _any_stance(draft(Session(), real_text("test21", VASILENKO), date="2026-02-25"))
    assert VASILENKO_SUPPORTS not in found


def test_a_progressive_document_oriented_toward_the_future(session):
    """test27, en-silkway-2026-02-03-bektenov-science: "«The draft new Constitution is a progressive document oriented
    toward the future …» Bektenov noted"."""
    assert BEKTENOV_SUPPORTS in _any_stance(draft(session, real_text("test27", BEKTENOV), date="2026-02-03"))
    with _without("step-toward"):
        assert BEKTENOV_SUPPORTS not in _any_stance(
            draft(session, real_text("test27", BEKTENOV), date="2026-02-03", name="t2")
        )


def test_a_step_towards_a_place_is_no_praise(session):
    """The step must lead to an act of building or securing: "a step towards the podium" judges nothing."""
    text = (
        "Prime Minister Olzhas Bektenov spoke about the draft new Constitution. "
        "He took a step towards the podium, Bektenov noted."
    )
    assert BEKTENOV_SUPPORTS not in _any_stance(draft(session, text, date="2026-02-03"))


def test_a_step_towards_building_with_no_text_named_places_no_stance(session):
    """Modelled on test12's "Open sessions are a step toward … engaging them": no text named, no target guessed."""
    text = "Open sessions are a step towards building trust, Prime Minister Olzhas Bektenov said."
    assert not _any_stance(draft(session, text, date="2026-02-03"))


# ------------------------------------------------------------------ headline-made: "… жобасы әзірленді — Name"

AZIMOVA = "kk-kazinform-2026-01-28-azimova-first-draft"
AZIMOVA_SUPPORTS = ("elvira-azimova", "draft-constitution-2026", "support")
AKYLBAY_SUPPORTS = ("serik-akylbay", "draft-constitution-2026", "support")
BODY_KK = "\nСерік Ақылбай ұлттық дискуссиялық клубтың отырысында сөз сөйледі."


def test_a_headline_that_reports_the_draft_prepared_is_no_support(session):
    """test27, kk-kazinform-2026-01-28-azimova-first-draft: "Түзетулер енген Конституцияның алғашқы жобасы әзірленді —
    Эльвира Әзімова": what was done to the text, reported, no judgment of it."""
    assert AZIMOVA_SUPPORTS not in _any_stance(draft(session, real_text("test27", AZIMOVA), date="2026-01-28"))


def test_without_headline_made_the_report_is_read_as_support():
    with _without("headline-made"):
        found = _any_stance(draft(Session(), real_text("test27", AZIMOVA), date="2026-01-28"))
    assert AZIMOVA_SUPPORTS in found


def test_a_headline_that_judges_the_draft_is_still_support(session):
    """The twenty-fourth session's wording ("Жаңа Конституция – … іргетасы – Серік Ақылбай") is no report of making:
    the guard leaves it, and a Russian "проект опубликован – Name" is refused as the Kazakh one."""
    text = "Жаңа Конституция жобасы – мемлекеттің стратегиялық дамуының іргетасы – Серік Ақылбай" + BODY_KK
    assert AKYLBAY_SUPPORTS in _any_stance(draft(session, text))
    report = "Проект новой Конституции опубликован – Марат Шибутов\nОн выступил на заседании."
    assert ("marat-shibutov", "draft-constitution-2026", "support") not in _any_stance(
        draft(session, report, name="t2")
    )
