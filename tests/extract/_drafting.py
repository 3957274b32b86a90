"""What the tests of extraction rules share: one sentence drafted, and its facts of one type."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from kg.extract.draft import Draft, DraftFact, Session, extract_text

#: The real-news parts (tests read tuning parts only, by name).
REAL = Path(__file__).resolve().parent.parent / "data" / "extract_real"


def draft(
    session: Session, text: str, *, outlet: str = "kazinform", date: str = "2026-02-04", name: str = "t"
) -> Draft:
    """Draft ``text`` as one article of ``outlet`` published on ``date``."""
    return extract_text(text, name=name, outlet=outlet, date=date, session=session)


def facts(d: Draft, fact_type: str, **values: object) -> list[DraftFact]:
    """The drafted facts of ``fact_type`` whose values include ``values``."""
    return [f for f in d.facts if f.type == fact_type and all(f.values.get(k) == v for k, v in values.items())]


def posts(d: Draft) -> list[tuple[str, str, str]]:
    """The drafted memberships as sorted (holder, role, organisation)."""
    return sorted((f.values["holder"], f.values["role"], f.values["organisation"]) for f in facts(d, "membership"))


def names(d: Draft, actor_id: str) -> set[str]:
    """The names a drafted actor has, in every language (none when it was not drafted)."""
    return set(d.actors[actor_id].names.values()) if actor_id in d.actors else set()


def org_of(d: Draft, holder: str, role: str) -> str:
    """The organisation of the one membership drafted for ``holder`` in ``role``."""
    (post,) = facts(d, "membership", holder=holder, role=role)
    return post.values["organisation"]


def without_reading(monkeypatch, module: object, attr: str, reading: str) -> None:
    """``reading`` off in ``module``'s set of readings ``attr`` for the test (the set keeps its type)."""
    on = getattr(module, attr)
    monkeypatch.setattr(module, attr, type(on)(r for r in on if r != reading))


def real_text(part: str, name: str) -> str:
    """The text of article ``name`` in the real-news part ``part``."""
    return (REAL / part / "texts" / f"{name}.txt").read_text(encoding="utf-8")


def stances(d: Draft) -> set[tuple[str, str, str]]:
    """The drafted stances as (holder, target, polarity)."""
    return {(f.values["holder"], f.values["target"], f.values["polarity"]) for f in facts(d, "stance")}


def claimants(d: Draft, quantity: float) -> set[str]:
    """Who the drafted claims of ``quantity`` are credited to."""
    return {f.values["claimant"] for f in facts(d, "claim") if float(f.values["quantity"]) == quantity}


@contextmanager
def stance_readings_without(*readings: str) -> Iterator[None]:
    """The extractor with some of ``kg.extract.rules.stances.READINGS`` off for the block."""
    import kg.extract.rules.stances as stances_rules

    saved = stances_rules.READINGS
    stances_rules.READINGS = saved - set(readings)
    try:
        yield
    finally:
        stances_rules.READINGS = saved
