"""The lead's readings of the twenty-ninth session: an English headline in title case (``kg.extract.mentions
.READINGS29``'s ``title-case``).

A headline that capitalises every word names no unknown person after a post: in "Kazakh President Strengthens
Authority with New Constitutional Reforms" (test30 en-elbalad-2026-02-15-strengthens-authority) the two capitalised
words after "President" are a verb and its object. Off, "Strengthens Authority" is drafted as a president.
"""

from __future__ import annotations

import pytest

import kg.extract.mentions as mentions
from kg.extract.draft import Session

from . import _drafting


def _on(monkeypatch, on: bool) -> None:
    monkeypatch.setattr(mentions, "READINGS29", frozenset({"title-case"} if on else ()))


@pytest.mark.parametrize(
    ("line", "headline"),
    [
        ("Kazakh President Strengthens Authority with New Constitutional Reforms", True),
        ("Tokayev Unveils New Kazakhstan’s Political Architecture at National Kurultai", True),
        # a sentence: a verb in lower case, or a full stop at its end
        ("Senate Chairman Ivan Petrov said the reform matters", False),
        ("President Tokayev Met Senate Chairman Maulen Ashimbayev In Astana.", False),
        # too short to tell
        ("Deputy Chairman Ivan Petrov", False),
    ],
)
def test_title_case_tells_a_headline(line, headline):
    assert mentions.title_case(line) is headline


def test_a_headline_in_title_case_names_no_unknown_person_after_a_post(session: Session, monkeypatch):
    text = _drafting.real_text("test30", "en-elbalad-2026-02-15-strengthens-authority")
    _on(monkeypatch, True)
    d = _drafting.draft(session, text, outlet="el-balad", date="2026-02-15")
    assert "strengthens-authority" not in d.actors
    assert all(holder != "strengthens-authority" for holder, _role, _org in _drafting.posts(d))
    _on(monkeypatch, False)
    d = _drafting.draft(session, text, outlet="el-balad", date="2026-02-15")
    assert d.actors["strengthens-authority"].type == "person"
    assert any(holder == "strengthens-authority" for holder, _role, _org in _drafting.posts(d))


def test_a_sentence_still_names_the_person_after_a_post(session: Session, monkeypatch):
    _on(monkeypatch, True)
    d = _drafting.draft(
        session, "Deputy Chairman of the Senate Ivan Petrovsky said the reform matters.", outlet="el-balad"
    )
    assert any(h.startswith("ivan-petrovsky") for h, _role, _org in _drafting.posts(d))


def test_acting_as_with_an_adjective_between_is_no_speech(session: Session):
    """ "выступил непосредственным автором" is acting as the author, as "выступил автором" is (test30
    ru-zakon-2026-02-26-karin-aktobe-architect): no speech of the President at the coalition's meeting."""
    lead = "В четверг члены коалиции встретились с активом области.\n"
    for role in ("автором", "непосредственным автором", "главным инициатором"):
        d = _drafting.draft(
            session,
            lead + f"По его словам, президент выступил {role} ключевых положений новой Конституции.",
            date="2026-02-26",
        )
        assert _drafting.facts(d, "speech") + _drafting.facts(d, "report") == [], role
    d = _drafting.draft(session, lead + "Президент выступил перед участниками встречи с докладом.", date="2026-02-26")
    assert [f.values["speaker"] for f in _drafting.facts(d, "report")] == ["kassym-jomart-tokayev"]
