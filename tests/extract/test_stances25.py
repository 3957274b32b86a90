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
