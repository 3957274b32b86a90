"""A local body's place (kg/extract/bodies.py): a maslikhat, an akimat drafted by its level alone gets the place
the text gives it — in the same sentence, in the sentence before, or the one place of its level the article names.

Sentences are written for the class (the census in benchmarks/results/bodies_census.txt names the tuning articles
they stand for); the guards pin where the pass must leave the body as it was.
"""

from __future__ import annotations

import pytest

from kg.errors import KgError
from kg.extract import bodies
from kg.extract.bodies import district_places, level_of, placed_name

from ._drafting import draft
from ._drafting import names as _names
from ._drafting import org_of as _org_of

# ---------------------------------------------------------------------------- in the pipeline


def test_kk_a_district_maslikhat_takes_the_district_the_article_named_before(session):
    """test10 kk-aqtobegazeti-2026-02-21-baiganin-aktiv ("аудандық мәслихат" before)."""
    d = draft(
        session,
        "Байғанин ауданының орталығында идеологиялық актив отырысы өтті. "
        "Кездесу барысында аудандық мәслихат төрағасы Сержан Марғұлан баяндама жасады.",
    )
    assert _names(d, _org_of(d, "serzhan-margulan", "chair")) >= {"Байғанин аудандық мәслихаты"}


def test_kk_a_district_akimat_takes_its_district_and_the_genitive(session):
    """test5 kk-syrboyi-2026-03-25-zhalagash-implementation ("аудан әкімдігі" before)."""
    d = draft(session, "Жалағаш ауданында жиын өтті. Бүгін аудан әкімі Ардақ Ибраимовтың төрағалығымен мәжіліс өтті.")
    assert _names(d, _org_of(d, "ardak-ibraimov", "akim")) >= {"Жалағаш ауданының әкімдігі"}


def test_kk_a_city_maslikhat_takes_the_city_named_in_the_locative_before(session):
    """test12 kk-astanatv-2026-02-13-regional-coalitions ("қалалық мәслихат" before)."""
    d = draft(
        session,
        "Референдум алдында Қызылордадағы аймақтық коалиция өз жұмысын бастады. "
        "Қалалық мәслихат төрағасы Ибадулла Құттықожаев кездесу өткізді.",
    )
    assert _names(d, _org_of(d, "ibadulla-kuttykozhayev", "chair")) >= {"Қызылорда қалалық мәслихаты"}


def test_ru_a_maslikhat_takes_the_district_in_the_genitive_after_it(session):
    """test12 ru-qaz365-2026-02-13-zhitikara-mine ("Маслихат" before)."""
    d = draft(session, "Перед коллективом выступил председатель маслихата Житикаринского района Нурлан Уразалинов.")
    assert _names(d, _org_of(d, "nurlan-urazalinov", "chair")) >= {"Маслихат Житикаринского района"}


def test_en_a_district_maslikhat_takes_the_district_of_its_sentence(session):
    """Written for the class: the district's name in the same sentence (a tagger reads it as a person)."""
    d = draft(
        session,
        "Asylzhan Zholdasbekov, chairman of the district maslikhat, spoke at the meeting in Zhanaqorgan District.",
    )
    assert _names(d, _org_of(d, "asylzhan-zholdasbekov", "chair")) == {"Zhanaqorgan District Maslikhat"}


# ---------------------------------------------------------------------------- guards: left as it was


def test_a_persons_name_after_district_is_no_district(session):
    """Guard: "маслихата района Нурлан Уразалинов" names no district; the body stays as the rule drafted it."""
    d = draft(session, "Председатель маслихата района Нурлан Уразалинов выступил перед коллективом.")
    assert _names(d, _org_of(d, "nurlan-urazalinov", "chair")) == {"Маслихат района", "Maslikhat rayona"}


def test_two_districts_named_as_often_give_none(session):
    """Guard: an article on two districts does not choose one for "аудандық мәслихат"."""
    d = draft(
        session,
        "Байғанин ауданы мен Мұғалжар ауданының өкілдері жиналды. "
        "Аудандық мәслихат төрағасы Сержан Марғұлан баяндама жасады.",
    )
    assert not any("Байғанин" in n or "Мұғалжар" in n for n in _names(d, _org_of(d, "serzhan-margulan", "chair")))


def test_a_body_with_its_place_is_left_alone():
    assert level_of("Kyzylorda City Maslikhat", "en") is None
    assert level_of("Павлодарский областной филиал", "ru") is None
    assert level_of("Маслихат Житикаринского района", "ru") is None
    assert level_of("Қазақстан Заңгерлер одағы", "kk") is None  # no level, no local body
    # a place whose name ends like a dative or a locative is still a place
    assert level_of("Алға облыстық мәслихаты", "kk") is None
    assert level_of("Қызылорда облыстық мәслихаты", "kk") is None


def test_the_pass_off_drafts_as_before(session, monkeypatch):
    """With no sources (the choice "off" of benchmarks/bodies_lopo.py) the body is the rule's."""
    monkeypatch.setattr(bodies, "SOURCES", ())
    d = draft(session, "Перед коллективом выступил председатель маслихата Житикаринского района Нурлан Уразалинов.")
    assert _names(d, _org_of(d, "nurlan-urazalinov", "chair")) == {"Маслихат", "Maslikhat"}


# ---------------------------------------------------------------------------- the pieces, bounds and errors


@pytest.mark.parametrize(
    ("label", "lang", "level"),
    [
        ("аудандық мәслихат", "kk", "district"),
        ("аудан әкімдігі", "kk", "district"),
        ("Қарауылкелдіде аудан әкімдігі", "kk", "district"),  # a locative says where; it names no body
        ("қалалық мәслихат", "kk", "city"),
        ("облыстық мәслихат", "kk", "region"),
        ("Маслихат", "ru", "any"),
        ("Акимат области", "ru", "region"),
        ("Региональный филиал партии «Ауыл»", "ru", "region"),
        ("city maslikhat", "en", "city"),
    ],
)
def test_level_of(label, lang, level):
    assert level_of(label, lang) == level


def test_placed_names():
    assert placed_name("аудан әкімдігі", "district", "Жалағаш", "kk") == "Жалағаш ауданының әкімдігі"
    assert placed_name("облыстық мәслихат", "region", "Ақтөбе", "kk") == "Ақтөбе облыстық мәслихаты"
    assert placed_name("Акимат области", "region", "Павлодарская", "ru") == "Акимат Павлодарской области"
    assert placed_name("Маслихат", "city", "Шымкент", "ru") == "Маслихат города Шымкент"
    assert placed_name("the district akimat", "district", "Zhalagash", "en") == "Zhalagash District Akimat"


def test_places_are_bounded_and_read_in_one_pass():
    """A capitalised run of any length is no place past 40 letters; a long text is read without blowing up."""
    assert district_places("Ж" + "а" * 60 + " ауданының әкімі", "kk") == []
    text = ("Байғанин ауданының " * 2000).strip()
    assert set(district_places(text, "kk")) == {"Байғанин"}
    assert district_places("Бүгін аудан әкімі", "kk") == []  # "аудан" alone: no district named


def test_an_unknown_source_is_a_clear_error(session):
    from kg.extract.pipeline import new_doc
    from kg.extract.reader import article_from_text

    doc = new_doc(article_from_text("Маслихат."), session, "2026-02-04")
    with pytest.raises(KgError, match="unknown place source.*sentence, recent, article"):
        bodies.place_bodies(doc, ("dateline",))


def test_each_sentence_is_read_once_per_level_however_many_bodies_look_back(session, monkeypatch):
    """Bound: bare bodies late in a long article do not each read every sentence before them again."""
    calls = []
    real = bodies._places
    monkeypatch.setattr(
        bodies, "_places", lambda doc, k, level, lang: calls.append((k, level)) or real(doc, k, level, lang)
    )
    people = ["Сержан Марғұлан", "Әлжан Құрманғали", "Ардақ Ибраимов", "Айбек Көпенов"]
    text = "Жиын өтті. " * 200 + " ".join(f"Аудандық мәслихат депутаты {p} баяндама жасады." for p in people)
    d = draft(session, text)
    assert len([f for f in d.facts if f.type == "membership"]) >= 2
    assert len(calls) == len(set(calls)) <= 3 * 205
