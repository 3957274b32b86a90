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


def test_a_datelines_city_is_marked_for_the_event_rules():
    """A dateline's place says where the report was filed (``how == "dateline"``), not always where the event was."""
    from kg.extract.draft import Session
    from kg.extract.mentions import find_mentions

    session = Session()
    text = "ASTANA – President Kassym-Jomart Tokayev spoke at the National Kurultai in Kyzylorda on Jan. 20."
    places = [
        (m.text, m.how) for m in find_mentions(text, "en", session.linker, session.gazetteer) if m.kind == "place"
    ]
    assert places == [("ASTANA", "dateline"), ("Kyzylorda", "registry")]
    text = "ҚЫЗЫЛОРДА. KAZINFORM - Бүгін партия кеңсесінде кездесу өтті."
    places = [
        (m.text, m.how) for m in find_mentions(text, "kk", session.linker, session.gazetteer) if m.kind == "place"
    ]
    assert places == [("ҚЫЗЫЛОРДА", "dateline")]


def test_a_kazakh_sentence_opener_and_the_ata_of_ata_zan_are_no_words_of_a_name():
    """A Kazakh opener: "Сондықтан Ата заңымызға …" ("so, to our Constitution …"): the connective and "Ата" of "Ата заң" named a
    person "Сондықтан Ата" who then proposed the amendments (test7, kk-qyzylordatv); a real name after an opener stays."""
    from kg.extract.mentions import _kk_name

    text = "Сондықтан Ата заңымызға осыған дейін енгізілген өзгертулерді ескерсек, жоба мүмкіндік береді."
    assert _kk_name(text, 0, len("Сондықтан Ата")) is None
    text = "Сондықтан Ерлан Қарин жобаны таныстырды."
    assert _kk_name(text, 0, len("Сондықтан Ерлан Қарин")) == (len("Сондықтан "), len("Сондықтан Ерлан Қарин"))
    d = extract_text(
        "Бүгін жұмыс тобының отырысы өтті. Сондықтан Ата заңымызға енгізілген өзгертулерді ескерсек, түзетулер "
        "жобасы жаңа Конституция туралы айтуға мүмкіндік береді.",
        name="t",
        outlet="kazinform",
        date="2026-01-19",
        session=Session(),
    )
    assert not [a for a in d.actors.values() if a.type == "person" and "Сондықтан" in (a.names.get("kk") or "")]
