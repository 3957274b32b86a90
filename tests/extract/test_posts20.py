"""The twentieth session's person → post readings, from the census of the twenty-two tuning parts
(benchmarks/results/posts20_census.txt): a Kazakh body's name matched with or without a genitive before its possessed
head (``kg.names.IZAFET``), and a Russian coalition named in lower case by its level (``kg.extract.org_names
.COALITIONS``), each pinned with its wording from a tuning part, and the cases they must leave alone.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from kg.extract import org_names
from kg.extract.draft import Session
from kg.names import NameIndex

from ._drafting import draft
from ._drafting import names as _names
from ._drafting import posts as _posts


def _bodies(d, holder: str, role: str) -> set[str]:
    """Every name of every body ``holder`` holds ``role`` in."""
    return {n for h, r, o in _posts(d) if holder in h and r == role for n in (_names(d, o) or {o})}


@contextmanager
def _coalitions(on: bool) -> Iterator[None]:
    saved = org_names.COALITIONS
    org_names.COALITIONS = on
    try:
        yield
    finally:
        org_names.COALITIONS = saved


# ------------------------------------------------------------------ a genitive before a possessed head

#: test22, kk-kazinform-2026-02-10-baigozhayev-almaty-region: the text's "Алматы облысы мәслихатының төрағасы" drafts
#: "Алматы облысы мәслихаты"; the gold names the body "Алматы облысының мәслихаты".
BODIES = [
    ("almaty-oblast-maslikhat", ["Алматы облысының мәслихаты"], None),
    ("abai-oblast-maslikhat", ["Абай облысы мәслихаты"], None),
]


@pytest.fixture
def izafet(monkeypatch):
    """The reading on (off by default: it gains one tuning part only)."""
    import kg.names as names

    monkeypatch.setattr(names, "IZAFET", True)


def test_a_body_named_without_the_genitive_meets_its_label_with_it(izafet):
    index = NameIndex(BODIES)
    assert index.resolve("Алматы облысы мәслихаты")[0].actor_id == "almaty-oblast-maslikhat"


def test_a_body_named_with_the_genitive_meets_its_label_without_it(izafet):
    index = NameIndex(BODIES)
    assert index.resolve("Абай облысының мәслихаты")[0].actor_id == "abai-oblast-maslikhat"


def test_the_reading_survives_a_saved_index(izafet):
    index = NameIndex.from_data(NameIndex(BODIES).to_data())
    assert index.resolve("Алматы облысы мәслихаты")[0].actor_id == "almaty-oblast-maslikhat"


def test_off_the_genitive_is_not_left_out(monkeypatch):
    import kg.names as names

    monkeypatch.setattr(names, "IZAFET", False)
    assert all(m.score < 95 for m in NameIndex(BODIES).resolve("Алматы облысы мәслихаты"))


def test_a_place_in_the_genitive_is_no_possessed_noun(izafet):
    """ "Оралдың әкімдігі" is Oral's akimat; "Орал әкімдігі" stays another name (the genitive is left out only after
    a possessive: "облысының", "ауданының")."""
    index = NameIndex([("oral-akimat", ["Оралдың әкімдігі"], None)])
    assert all(m.score < 95 for m in index.resolve("Орал әкімдігі"))


# ------------------------------------------------------------------ a Russian coalition by its level

MEKEYEV = (
    "Член областной коалиции Мангистауской области Елмурат Мекеев призвал всех активно принять участие в "
    "референдуме, который состоится 15 марта, и сделать свой выбор."
)
SHIELI = (
    "В доме культуры «Арман» поселка Шиели прошла встреча представителей территориальной коалиции района с "
    "ветеранами боевых действий, сообщает BAQ.kz.\n"
    "Главной темой собрания стал проект новой Конституции. В мероприятии участвовали руководитель коалиции Мурат "
    "Турабаев, а также Жибек Баймуратова и Ержан Абдешов."
)


@pytest.mark.parametrize("on", [True, False])
def test_a_member_of_a_regional_coalition_named_by_its_level(on):
    """test21, ru-lada-2026-02-28-mekeyev-coalition: "Член областной коалиции Мангистауской области X" is a member of
    the Mangystau regional coalition (the gold's "Мангистауская областная коалиция"); off, no post."""
    with _coalitions(on):
        found = _bodies(draft(Session(), MEKEYEV, outlet="lada-kz"), "mekeyev", "member")
    assert ("Мангистауская областная коалиция" in found) is on


def test_the_head_of_a_coalition_named_before_by_its_district(session):
    """test22, ru-baq-2026-02-23-shieli-veterans: "представителей территориальной коалиции района", then
    "руководитель коалиции X": the head of the district coalition (the gold's "районная коалиция")."""
    with _coalitions(True):
        assert "Районная коалиция" in _bodies(draft(session, SHIELI, outlet="baq-kz"), "turabayev", "head")


def test_a_coalition_named_in_the_plural_is_no_body():
    """ "региональных коалиций" (test11) names many bodies: no one is read."""
    with _coalitions(True):
        assert org_names.find_ru("при филиалах партий создано 18 региональных коалиций.") == []


def test_a_coalition_with_its_quoted_name_is_left_to_the_quoted_reading():
    """ "областная коалиция «За …»" (test12): the name is read as a lower-case level's coalition only up to the kind;
    the quoted name after it is the tagger's (the mention that runs through it wins)."""
    with _coalitions(True):
        (found,) = org_names.find_ru("начала работу областная коалиция «За Народную Конституцию»")
    assert found.name == "Областная коалиция"


# ------------------------------------------------------------------ a body attached to a body by "при"

ANARBAYEV = (
    "На встрече Кайрат Анарбаев, руководитель Научно-экспертной группы при Ассамблее народа Казахстана в Шымкенте, "
    "подробно рассказал об основных направлениях нового проекта Конституции."
)


@pytest.mark.parametrize("on", [True, False])
def test_a_body_keeps_the_body_it_is_attached_to_and_its_town(monkeypatch, on):
    """test9, ru-enbekshiqazaq-2026-02-10-shymkent-ethnocultural: the head of "Научно-экспертной группы при Ассамблее
    народа Казахстана в Шымкенте" heads the group of that name (the gold's); off, the group's name alone."""
    from kg.extract import mentions

    monkeypatch.setattr(mentions, "UNDER_BODY", on)
    found = _bodies(draft(Session(), ANARBAYEV, outlet="enbekshiqazaq"), "anarbayev", "head")
    name = "Научно-экспертная группа при Ассамблее народа Казахстана в Шымкенте"
    assert (name in found) is on
    assert on or "Научно-экспертная группа" in found


def test_a_one_word_attachment_is_read_as_before(session):
    """ "член Экспертного совета при Президенте РК" (test5): the attachment the earlier reading took, unchanged."""
    text = "Член Экспертного совета при Президенте РК Ерлан Алауханов выступил на встрече."
    assert "Экспертный совет при Президенте РК" in _bodies(draft(session, text), "alaukhanov", "member")
