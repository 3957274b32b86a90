"""Posts of foreign states and nominative adjectives (issue #13, precision).

A president, prime minister or minister named with another country is that country's, never the
Republic's; a country's name before a person's is never part of the person; a body whose name is
already in the nominative keeps its adjective ("Областной маслихат", never "Областная маслихат").
"""

from __future__ import annotations

import pytest

from kg.extract.patterns import foreign_state
from kg.extract.ru import _words_after_preposition
from kg.extract.rules.memberships import ru_nominative

from ._drafting import draft, facts


@pytest.mark.parametrize(
    "text",
    [
        "President of Kyrgyzstan Sadyr Japarov said the reform was of interest to the region.",
        "Президент Кыргызстана Садыр Жапаров заявил, что реформа интересна региону.",
        "Қырғызстан Президенті Садыр Жапаров реформа өңір үшін маңызды екенін айтты.",
    ],
)
def test_a_foreign_president_is_his_states(session, text):
    d = draft(session, text)
    (post,) = facts(d, "membership", holder="sadyr-japarov")
    assert post.values["role"] == "president"  # a foreign head of state: the gold parts' "president"
    assert post.values["organisation"] == "kyrgyzstan"
    assert d.actors["kyrgyzstan"].names["en"] == "Kyrgyzstan"
    assert not facts(d, "membership", organisation="republic-of-kazakhstan")


def test_foreign_prime_ministers_and_ministers(session):
    d = draft(session, "Prime Minister of Uzbekistan Abdulla Aripov said the reform was of interest to the region.")
    assert [(f.values["role"], f.values["organisation"]) for f in facts(d, "membership")] == [
        ("prime-minister", "uzbekistan")
    ]
    d = draft(session, "Министр иностранных дел России Сергей Лавров заявил, что реформа интересна региону.")
    assert [(f.values["role"], f.values["organisation"]) for f in facts(d, "membership")] == [("minister", "russia")]
    d = draft(session, "Президент Российской Федерации Владимир Путин заявил, что реформа интересна региону.")
    assert [f.values["organisation"] for f in facts(d, "membership")] == ["russia"]


def test_the_republics_own_posts_stay_its(session):
    d = draft(session, "President of Kazakhstan Kassym-Jomart Tokayev said the reform was needed.")
    assert [f.values["organisation"] for f in facts(d, "membership", role="head-of-state")] == [
        "republic-of-kazakhstan"
    ]
    assert foreign_state(" Казахстана", "ru", before=False) is None
    assert foreign_state(" of Kazakhstan", "en", before=False) is None


def test_a_country_is_never_a_person_en(session):
    d = draft(session, "Vice President of the United States JD Vance said the reform was of interest.")
    assert [(f.values["holder"], f.values["role"], f.values["organisation"]) for f in facts(d, "membership")] == [
        ("jd-vance", "vice-president", "united-states")
    ]
    assert d.actors["jd-vance"].names["en"] == "JD Vance"
    assert not any(a.type == "person" and "United" in a.names.get("en", "") for a in d.actors.values())
    d = draft(session, "Prime Minister of the United Kingdom Keir Starmer said the reform was of interest.")
    assert [f.values["holder"] for f in facts(d, "membership")] == ["keir-starmer"]


def test_a_country_is_never_a_person_ru(session):
    # "Штатов" ends like a surname: the country is still no person, and the name after it is the holder
    d = draft(session, "Вице-президент Соединённых Штатов Джей Ди Вэнс заявил, что реформа интересна.")
    assert [(f.values["role"], f.values["organisation"]) for f in facts(d, "membership")] == [
        ("vice-president", "united-states")
    ]
    (post,) = facts(d, "membership")
    assert d.actors[post.values["holder"]].names["ru"] == "Джей Ди Вэнс"
    assert not any(a.type == "person" and "Штат" in a.names.get("ru", "") for a in d.actors.values())


@pytest.mark.parametrize(
    ("phrase", "nominative"),
    [
        ("Областной маслихат", "Областной маслихат"),
        ("Городской маслихат", "Городской маслихат"),
        ("областной акимат", "Областной акимат"),
        ("районный акимат", "Районный акимат"),
        ("областного маслихата", "Областной маслихат"),
        ("Областной избирательной комиссии", "Областная избирательная комиссия"),
        ("Высшей школы", "Высшая школа"),
    ],
)
def test_a_nominative_adjective_is_kept_ru(phrase, nominative):
    assert ru_nominative(phrase) == nominative


def test_a_nominative_body_is_drafted_as_written_ru(session):
    d = draft(session, "Секретарь Городской маслихат Алматы Иван Петров поддержал реформу.")
    names = {a.names.get("ru") for a in d.actors.values()}
    # the city after it is a word of its name since the seventh pass ("Союз писателей Казахстана")
    assert "Городской маслихат Алматы" in names
    assert not any(n and n.startswith("Городская маслихат") for n in names)
    assert _words_after_preposition("Областная маслихат", "Областной маслихат") == "Областной маслихат"
