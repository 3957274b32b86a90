"""Mentions: what a span of the taggers is taken for (kg/extract/mentions.py)."""

from __future__ import annotations

from kg.extract.draft import Session, extract_text

TEXT = (
    "Астана, 20 января 2026. Ректор Шигео Катсу заявил, что Университет Назарбаева поддерживает проект новой "
    "Конституции. Также Фонд Назарбаева поддержал проект. Проект поддержала вице-спикер Мажилиса Дания Еспаева."
)


def test_an_organisation_named_after_a_person_is_no_person_but_a_person_tagged_as_a_place_is():
    d = extract_text(TEXT, name="t", outlet="kazinform", date="2026-01-20", session=Session())
    people = {a.names.get("ru") for a in d.actors.values() if a.type == "person"}
    assert not {name for name in people if name and name.startswith(("Университет", "Фонд"))}
    assert "Дания Еспаева" in people
