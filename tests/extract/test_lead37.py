"""The lead's changes of the thirty-seventh session, from the errors of ``test43`` and ``test44``, the parts held out in
the thirty-sixth session and tuning data since. Each is checked with the cases it leaves alone.
"""

from __future__ import annotations

from kg.extract.draft import Session

from . import _drafting


def test_a_kazakh_possessive_lead_of_data_or_judgment_stands_for_the_person_named_before(session: Session):
    # test44/kk-kazinform-2026-02-03-shaimardanov-survey (Arabic script): "Оның дерегінше, респонденттердің 65 пайызы
    # …" ("by his data") is the director's figure, as "Оның айтуынша" is, not the outlet's
    d = _drafting.draft(
        session,
        _drafting.real_text("test44", "kk-kazinform-2026-02-03-shaimardanov-survey"),
        outlet="kazinform",
        date="2026-02-03",
    )
    assert _drafting.claimants(d, 65) == {"zhandos-shaymardanov"}
    # with no one named before it, the figure stays the outlet's
    alone = "Оның дерегінше, респонденттердің 65 пайызы өзгерістер өміріне оң әсер етеді деп сенеді."
    assert _drafting.claimants(_drafting.draft(session, alone, outlet="kazinform", name="t2"), 65) == {"kazinform"}
