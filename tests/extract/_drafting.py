"""What the tests of extraction rules share: one sentence drafted, and its facts of one type."""

from __future__ import annotations

from kg.extract.draft import Draft, DraftFact, Session, extract_text


def draft(
    session: Session, text: str, *, outlet: str = "kazinform", date: str = "2026-02-04", name: str = "t"
) -> Draft:
    """Draft ``text`` as one article of ``outlet`` published on ``date``."""
    return extract_text(text, name=name, outlet=outlet, date=date, session=session)


def facts(d: Draft, fact_type: str, **values: object) -> list[DraftFact]:
    """The drafted facts of ``fact_type`` whose values include ``values``."""
    return [f for f in d.facts if f.type == fact_type and all(f.values.get(k) == v for k, v in values.items())]
