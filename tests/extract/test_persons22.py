"""Twenty-second session on persons and posts: coalitions named by their level, and a Kazakh post of two bodies.

Pinned from the tuning parts: ``coalition`` (test20, en-vku-2026-03-02-youth-choice-concert: "Mukhtar Tolegen, the
rector of Amanzholov University and a member of the National Coalition"; test13,
kk-aikyn-2026-02-19-beknazarov-senators-regions: "Конституциялық комиссияның және жалпыұлттық коалицияның мүшесі")
reads an English coalition by its level as a body, not a person "National" and an anaphor (a Kazakh one only when the
article names it in full); ``and-bodies`` gives the Kazakh post after two
genitive bodies joined by "және" to both. Each reading is checked on, off, and against a near miss its guard refuses.
"""

from __future__ import annotations

import pytest

import kg.extract.pipeline as pipeline
import kg.extract.rules.memberships as memberships

from ._drafting import draft
from ._drafting import posts as _posts

# test20, en-vku-2026-03-02-youth-choice-concert
TOLEGEN = (
    "During the concert, Mukhtar Tolegen, the rector of Amanzholov University and a member of the National "
    "Coalition, took the stage."
)
# test13, kk-aikyn-2026-02-19-beknazarov-senators-regions (shortened; the second body named as a party)
BEKNAZAROV = (
    "Конституциялық заңнама комитетінің төрағасы, Конституциялық комиссияның және «Amanat» партиясының мүшесі "
    "Нұрлан Бекназаров жаңа Конституция жобасын талқылады."
)
# test18, en-enbekshiqazaq-2026-02-13-coalition-created
KOSHANOV = (
    "As the Speaker of the Majilis, Head of the Nationwide Coalition, Yerlan Koshanov, noted, the New Constitution is "
    "a truly historic document."
)


def _readings(monkeypatch: pytest.MonkeyPatch, *names: str) -> None:
    monkeypatch.setattr(pipeline, "READINGS22", frozenset(n for n in names if n == "coalition"))
    monkeypatch.setattr(memberships, "READINGS22", frozenset(n for n in names if n in ("and-bodies", "embassy")))


def _coalition_posts(text: str, session) -> list[tuple[str, str, str]]:
    return [p for p in _posts(draft(session, text)) if "coalition" in p[2] or "koalits" in p[2]]


def test_a_member_of_the_national_coalition(monkeypatch: pytest.MonkeyPatch, session) -> None:
    _readings(monkeypatch, "coalition")
    assert [(h, r) for h, r, _ in _coalition_posts(TOLEGEN, session)] == [("mukhtar-tolegen", "member")]


def test_coalition_off_holds_no_post_in_it(monkeypatch: pytest.MonkeyPatch, session) -> None:
    _readings(monkeypatch)
    assert _coalition_posts(TOLEGEN, session) == []


def test_the_coalition_alone_is_no_body_of_its_own(monkeypatch: pytest.MonkeyPatch, session) -> None:
    # near miss: "the Coalition" without its level is the anaphor it was, and a lower-case level is no name
    _readings(monkeypatch, "coalition")
    text = "Aigerim Saparova, a member of the Coalition and of the national coalition, took the stage."
    assert not any(o.startswith(("national", "coalition")) for _, _, o in _posts(draft(session, text)))


def test_the_nationwide_coalition_is_the_national_one(monkeypatch: pytest.MonkeyPatch, session) -> None:
    _readings(monkeypatch, "coalition")
    assert ("yerlan-koshanov", "head", "national-coalition") in _posts(draft(session, KOSHANOV))


def test_the_coalition_of_a_post_takes_no_stance(monkeypatch: pytest.MonkeyPatch, session) -> None:
    # "Head of the Nationwide Coalition, Yerlan Koshanov, noted …": the coalition is a complement, the speaker is he
    _readings(monkeypatch, "coalition")
    d = draft(session, KOSHANOV)
    assert not [f for f in d.facts if f.type == "stance" and "coalition" in str(f.values.get("holder"))]


def test_a_kazakh_coalition_by_its_level_alone_stays_as_read(monkeypatch: pytest.MonkeyPatch, session) -> None:
    # near miss: with no full name in the article a Kazakh level-only coalition is left to the anaphor
    text = "Кеше жалпыұлттық коалицияның мүшесі Нұрлан Бекназаров жаңа Конституция жобасын талқылады."
    _readings(monkeypatch)
    off = _posts(draft(session, text))
    _readings(monkeypatch, "coalition")
    assert _posts(draft(session, text)) == off


def test_a_post_of_two_bodies_joined_by_and(monkeypatch: pytest.MonkeyPatch, session) -> None:
    _readings(monkeypatch, "and-bodies")
    members = {o for h, r, o in _posts(draft(session, BEKNAZAROV)) if h == "nurlan-beknazarov" and r == "member"}
    assert members == {"constitutional-reform-commission", "amanat"}


def test_and_bodies_off_gives_the_post_to_the_nearer_body(monkeypatch: pytest.MonkeyPatch, session) -> None:
    _readings(monkeypatch)
    members = {o for h, r, o in _posts(draft(session, BEKNAZAROV)) if h == "nurlan-beknazarov" and r == "member"}
    assert members == {"amanat"}


def test_a_post_before_and_keeps_its_own_body(monkeypatch: pytest.MonkeyPatch, session) -> None:
    # near miss: "Мәжілістің төрағасы және …": a post stands before "және", so the chamber holds no membership
    _readings(monkeypatch, "and-bodies")
    text = "Мәжілістің төрағасы және «Amanat» партиясының мүшесі Ерлан Қошанов сөйледі."
    assert ("erlan-koshanov", "member", "mazhilis") not in _posts(draft(session, text))


# test10, en-kt-2026-03-11-sofia-roundtable (shortened)
SOFIA = (
    "A roundtable discussion on the new Constitution was held at the Embassy of Kazakhstan in Bulgaria, Ministry of "
    "Foreign Affairs of the Republic of Kazakhstan reports.\n\n"
    "In his remarks, Ambassador Viktor Temirbayev presented the key priorities of the draft Constitution.\n"
)


def test_a_bare_ambassador_heads_the_embassy_named(monkeypatch: pytest.MonkeyPatch, session) -> None:
    _readings(monkeypatch, "embassy")
    posts = _posts(draft(session, SOFIA))
    assert ("viktor-temirbayev", "ambassador", "embassy-of-kazakhstan-in-bulgaria") in posts


def test_embassy_off_a_bare_ambassador_holds_no_post(monkeypatch: pytest.MonkeyPatch, session) -> None:
    _readings(monkeypatch)
    assert not [p for p in _posts(draft(session, SOFIA)) if p[0] == "viktor-temirbayev"]


def test_another_states_ambassador_heads_no_kazakh_embassy(monkeypatch: pytest.MonkeyPatch, session) -> None:
    # near miss: "Bulgarian Ambassador X" in the same article is another state's
    monkeypatch.setattr(memberships, "READINGS22", frozenset({"embassy"}))
    text = SOFIA.replace("Ambassador Viktor Temirbayev", "Bulgarian Ambassador Ivan Petrov")
    assert not [p for p in _posts(draft(session, text)) if p[0] == "ivan-petrov"]


def test_two_embassies_named_give_a_bare_ambassador_none(monkeypatch: pytest.MonkeyPatch, session) -> None:
    # near miss: with two embassies named the bare post says not which one it heads
    monkeypatch.setattr(memberships, "READINGS22", frozenset({"embassy"}))
    text = SOFIA.replace("reports.", "reports, with the Embassy of Kazakhstan in Romania.")
    assert not [p for p in _posts(draft(session, text)) if p[0] == "viktor-temirbayev"]
