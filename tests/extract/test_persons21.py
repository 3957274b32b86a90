"""Twenty-first session on persons and posts: hard-wrapped texts read as written sentences.

Pinned from the tuning part `test23` (en-caspiankz-2026-01-24-sarsembayev-special-regimes, whose lines break
mid-sentence): a line ending in a word goes on on the next line though it opens with a capital, so the post before
the break finds its holder after it; and guards that a text not hard-wrapped keeps its line breaks, and that the
reading off (as shipped: it lost a person and a post leaving one part out) splits as before. The thirtieth session
ships it guarded by the wrap width (``reader.READINGS30``'s ``hard-wrap``, tests/extract/test_lead30.py).
"""

from __future__ import annotations

import pytest

import kg.extract.reader as reader

from ._drafting import draft
from ._drafting import posts as _posts

# test23, en-caspiankz-2026-01-24-sarsembayev-special-regimes (its opening lines, as wrapped)
WRAPPED = (
    "Speaking\nat a meeting of the Constitutional Commission, Minister of Justice, Yerlan\n"
    "Sarsembayev proposed enshrining special legal regimes for individual\n"
    "territories in the Basic Law, Kazpravda.kz reports.\n\n"
    "He\nrecalled that a presidential decree had already granted the city of Alatau the\n"
    "status of a priority development city, and that this status would last.\n\n"
    "He stated that this approach would\ninstitutionalize the mechanism and ensure legal predictability.\n"
)


@pytest.fixture
def wrap(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reader, "READINGS21", True)  # off as shipped (benchmarks/results/persons21_lopo.txt)


def _texts(text: str) -> list[str]:
    return [s.text for s in reader.split_sentences(text)]


def test_a_wrapped_name_stays_in_its_sentence(wrap: None) -> None:
    first = _texts(WRAPPED)[0]
    assert first.startswith("Speaking\nat a meeting") and first.endswith("Kazpravda.kz reports.")


def test_the_minister_after_the_wrap_holds_his_post(wrap: None, session) -> None:
    d = draft(session, WRAPPED)
    assert any("sarsembayev" in h and r == "minister" for h, r, _ in _posts(d))


def test_a_text_not_hard_wrapped_keeps_its_lines(wrap: None) -> None:
    text = "Constitutional reform\nThe commission met on Monday.\nErlan Karin spoke."
    assert _texts(text) == ["Constitutional reform", "The commission met on Monday.", "Erlan Karin spoke."]


def test_off_splits_as_before(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reader, "READINGS21", False)
    monkeypatch.setattr(reader, "READINGS30", frozenset())  # the thirtieth session's guarded form of the reading
    assert _texts(WRAPPED)[0].endswith("Minister of Justice, Yerlan")


# test23, en-ru24pro-2026-02-17-hrw-concerned (the body named in full, then by its initials)
HRW = (
    "Human Rights Watch have expressed concern that proposed amendments to Kazakhstan’s Constitution would weaken "
    "checks on executive power.\n\n"
    "“Genuine constitutional reform should strengthen rights protections,” said Mihra Rittmann, Central Asia adviser "
    "at HRW.\n"
)


def test_initials_name_the_body_named_before(monkeypatch: pytest.MonkeyPatch, session) -> None:
    import kg.extract.pipeline as pipeline

    monkeypatch.setattr(pipeline, "READINGS21", True)  # on as shipped since the fortieth session
    d = draft(session, HRW)
    assert any("rittmann" in h and r == "adviser" and "human-rights-watch" in o for h, r, o in _posts(d))


def test_initials_off_name_no_body(monkeypatch: pytest.MonkeyPatch, session) -> None:
    import kg.extract.pipeline as pipeline

    monkeypatch.setattr(pipeline, "READINGS21", False)
    assert not any("human-rights-watch" in o for _, _, o in _posts(draft(session, HRW)))
