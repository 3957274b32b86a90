"""The lead's changes of the fifty-second session, from the errors of ``test62``, the part held out in the fifty-first
session and tuning data since, and of the parts before it. Each is checked with the cases it leaves alone.
"""

from __future__ import annotations

from kg.extract.draft import Session

from . import _drafting


def test_according_to_his_data_names_the_person_before_as_the_source(session: Session):
    # test62/kk-zakon-2026-02-23-almaty-isabekov-lists: "Оның дерегі бойынша" (according to his data) was not read as
    # "Оның дерегінше": the figures after it stayed the outlet's
    text = (
        "Алматы әкімдігі аппаратының жетекшісі Ерлан Исабеков жиынға қатысты. "
        "{lead}, қалада 654 сайлау учаскесі жұмыс істейді."
    )
    for lead in ("Оның дерегі бойынша", "Оның деректері бойынша", "Оның мәліметі бойынша", "Оның дерегінше"):
        d = _drafting.draft(session, text.format(lead=lead), outlet="zakon-kz", date="2026-02-23")
        assert _drafting.claimants(d, 654) == {"erlan-isabekov"}, lead
    d = _drafting.draft(session, text.format(lead="Жоспар бойынша"), outlet="zakon-kz", date="2026-02-23")
    assert _drafting.claimants(d, 654) == {"zakon-kz"}  # a plan, no one's data: the outlet's figure
