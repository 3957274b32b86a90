"""The twenty-sixth session's English stance reading (kg/extract/rules/stances.py, ``READINGS26``, on as shipped since
the fortieth session):
from the census of the English texts of the twenty-seven tuning parts, pinned with a tuning text, switched on for the
test and off for the contrast, and the near misses its guard refuses.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from kg.extract.draft import Session

from ._drafting import draft, real_text, stance_readings_without
from ._drafting import stances as _any_stance


@contextmanager
def _with(*readings: str) -> Iterator[None]:
    """The extractor with some of ``READINGS26`` on for the block (whatever ships)."""
    import kg.extract.rules.stances as stances_rules

    saved = stances_rules.READINGS
    stances_rules.READINGS = saved | set(readings)
    try:
        yield
    finally:
        stances_rules.READINGS = saved


# ------------------------------------------------------------------ proposal-to: "supported proposals to move …"

LASTAYEV = "en-qazinform-2026-01-26-lastayev-right-to-life"
LASTAYEV_SUPPORTS = ("artur-lastayev", "draft-constitution-2026", "support")


def test_supporting_a_proposal_to_move_a_norm_is_support_of_the_text():
    """test27, en-qazinform-2026-01-26-lastayev-right-to-life: "Artur Lastayev also supported proposals to move
    guarantees of a fair trial to the section on fundamental human rights": the norm is the draft's."""
    with _with("proposal-to"):
        found = _any_stance(draft(Session(), real_text("test27", LASTAYEV), date="2026-01-26"))
    assert LASTAYEV_SUPPORTS in found


def test_without_proposal_to_no_text_is_named_and_no_stance_placed():
    with stance_readings_without("proposal-to"):
        found = _any_stance(draft(Session(), real_text("test27", LASTAYEV), date="2026-01-26"))
    assert LASTAYEV_SUPPORTS not in found


def test_a_proposal_to_amend_another_text_is_no_stance_on_the_draft():
    """The verb must write a norm into a text (enshrine, move, include …): "the proposal to amend the Tax Code" names
    another text, so the draft is not what is supported."""
    text = (
        "Ombudsman Artur Lastayev spoke about the new Constitution. "
        "Artur Lastayev also supported the proposal to amend the Tax Code."
    )
    with _with("proposal-to"):
        assert LASTAYEV_SUPPORTS not in _any_stance(draft(Session(), text, date="2026-01-26"))


def test_proposals_sent_to_a_body_are_no_norm():
    """ "supported proposals to the working group": whom the proposals went to, no norm written."""
    text = (
        "Ombudsman Artur Lastayev spoke about the new Constitution. "
        "Artur Lastayev also supported proposals to the working group on the budget."
    )
    with _with("proposal-to"):
        assert LASTAYEV_SUPPORTS not in _any_stance(draft(Session(), text, date="2026-01-26"))


def test_the_same_sentence_with_a_norm_written_is_read():
    """The contrast of the two near misses: "the proposal to enshrine the right to life" writes a norm."""
    text = (
        "Ombudsman Artur Lastayev spoke about the new Constitution. "
        "Artur Lastayev also supported the proposal to enshrine the right to life."
    )
    with _with("proposal-to"):
        assert LASTAYEV_SUPPORTS in _any_stance(draft(Session(), text, date="2026-01-26"))
