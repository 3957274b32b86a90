"""The twenty-third session's second-round stance readings (kg/extract/rules/stances.py, ``_READINGS23B``): holders
the registry lacks, from the census of the twenty-four tuning parts, each pinned with its text from a tuning part (or
a sentence modelled on one), with the reading off for contrast, and the near misses its guard refuses.
"""

from __future__ import annotations

import re

from kg.extract.draft import Session
from kg.extract.mentions import Mention
from kg.extract.rules.stances import _object_before

from ._drafting import draft, real_text
from ._drafting import stance_readings_without as _without
from ._drafting import stances as _any_stance

# ------------------------------------------------------------------ staff-met: "врачи поддержали", the staff met

MEDICS = "ru-basnews-2026-03-01-oskemen-medics"


def _holders(found: set[tuple[str, str, str]]) -> set[str]:
    return {holder for holder, _target, _polarity in found}


def test_the_doctors_stand_for_the_centre_whose_staff_was_met(session):
    """test23, ru-basnews-2026-03-01-oskemen-medics: the headline's "в Усть-Каменогорске врачи поддержали проект
    новой Конституции" and "Представители коалиции встретились с коллективом Центра «Мать и дитя»": the Centre
    supports the draft (the gold's rule for a named body's collective)."""
    d = draft(session, real_text("test23", MEDICS), date="2026-03-01")
    (holder,) = _holders(_any_stance(d))
    assert "«Мать и дитя»" in " ".join(d.actors[holder].names.values())
    assert next((t, p) for h, t, p in _any_stance(d) if h == holder) == ("draft-constitution-2026", "support")


def test_without_staff_met_the_doctors_hold_nothing():
    with _without("staff-met", "unnamed-collective"):
        assert not _any_stance(draft(Session(), real_text("test23", MEDICS), date="2026-03-01"))


def test_two_bodies_met_leave_the_doctors_unplaced(session):
    """Two bodies' staff met: whose doctors are they? No body is guessed (nor `citizens`: the staff-met reading
    alone)."""
    text = (
        "В Усть-Каменогорске врачи поддержали проект новой Конституции. "
        "Представители коалиции встретились с коллективом Центра «Мать и дитя» и с коллективом клиники «Шипагер»."
    )
    with _without("unnamed-collective"):
        assert not _any_stance(draft(session, text))


def test_support_given_to_the_staff_is_no_subject(session):
    """ "медицина қызметкерлеріне қолдау" (the dative): the staff receive support, they give none."""
    text = (
        "Коалиция мүшелері «Шипагер» емханасы ұжымымен кездесті. "
        "Жаңа Конституция жобасы медицина қызметкерлеріне қолдау көрсетуді көздейді."
    )
    assert not _any_stance(draft(session, text))


# ------------------------------------------------------------------ unnamed-collective: "зиялы қауым өкілдері"

DIRECTORS = "kk-aqtobegazeti-2026-02-27-school-directors"


def test_school_directors_and_teachers_are_citizens(session):
    """test14, kk-aqtobegazeti-2026-02-27-school-directors: "… орта мектеп директорлары мен ұстаздары елімізде
    жүргізіліп жатқан Конституциялық реформаға қолдау білдіріп": an unnamed collective holder, the group
    `citizens`, and the reform its object (``kk-object``)."""
    found = _any_stance(draft(session, real_text("test14", DIRECTORS), date="2026-02-27"))
    assert found == {("citizens", "constitutional-reform-2025", "support")}


def test_without_unnamed_collective_no_stance():
    with _without("unnamed-collective"):
        assert not _any_stance(draft(Session(), real_text("test14", DIRECTORS), date="2026-02-27"))


def test_the_intelligentsia_supports_the_draft(session):
    """test21's headline: "Түркістанда өткен жиында зиялы қауым өкілдері Ата заңның жаңа жобасына қолдау білдірді"."""
    text = "Түркістанда өткен жиында зиялы қауым өкілдері Ата заңның жаңа жобасына қолдау білдірді"
    assert ("citizens", "draft-constitution-2026", "support") in _any_stance(draft(session, text))
    with _without("unnamed-collective"):
        assert not _any_stance(draft(session, text, name="t2"))


def test_russian_teachers_with_no_body(session):
    text = "В Актобе учителя поддержали проект новой Конституции."
    assert ("citizens", "draft-constitution-2026", "support") in _any_stance(draft(session, text))
    with _without("unnamed-collective"):
        assert not _any_stance(draft(session, text, name="t2"))


def test_students_are_not_made_citizens(session):
    """Students may be the youth or a university's: no unnamed collective is guessed."""
    text = "В Актобе студенты поддержали проект новой Конституции."
    assert "citizens" not in _holders(_any_stance(draft(session, text)))


# ------------------------------------------------------------------ kk-object: the Kazakh object before the cue


def test_the_kazakh_object_before_the_cue_wins():
    text = real_text("test14", DIRECTORS)
    with _without("kk-object"):
        assert _any_stance(draft(Session(), text, date="2026-02-27")) == {
            ("citizens", "draft-constitution-2026", "support")
        }


def _mention(text: str, words: str, kind: str) -> Mention:
    m = re.search(re.escape(words), text)
    assert m is not None
    return Mention(m.start(), m.end(), words, kind)


def _object(text: str) -> Mention | None:
    """The object ``_object_before`` reads before "қолдау" in ``text``, the reform named first and the draft after."""
    reform = re.match(r"Конституциялық\s+реформа\w*", text)
    assert reform is not None
    ms = [_mention(text, reform.group(), "reform"), _mention(text, "жаңа Ата заң жобасындағы", "document")]
    cue = re.search("қолдау", text)
    assert cue is not None
    found = _object_before(text, ms, cue)
    return found if found is None else Mention(found.start, found.end, found.text, found.kind)


def test_the_object_before_the_cue_in_the_dative():
    text = "Конституциялық реформаға қолдау білдіріп, жаңа Ата заң жобасындағы өзгерістерді талқылады."
    found = _object(text)
    assert found is not None and found.text == "Конституциялық реформаға"


def test_a_target_not_in_the_object_case_is_not_the_object():
    """A bare nominative before the cue is no object ("Конституциялық реформа қолдау тапты": the subject), nor one
    with a postposition between ("реформа туралы"): the target named after the cue stays."""
    assert _object("Конституциялық реформа қолдау тапты, жаңа Ата заң жобасындағы өзгерістер талқыланды.") is None
    assert (
        _object("Конституциялық реформа туралы қолдау білдіріп, жаңа Ата заң жобасындағы өзгерістерді айтты.") is None
    )
