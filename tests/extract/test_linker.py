"""The linker reads a body's name with or without the home state's name, as kg.names does (one place:
:class:`kg.names.StateNames`, the state as the registry names it)."""

from __future__ import annotations

import pytest

from kg.extract.linker import Linker
from kg.sources import Actor, load_corpus

FEDERATION = Actor(
    "federation-of-trade-unions",
    "association",
    {
        "kk": "Қазақстан Республикасы Кәсіподақтар федерациясы",
        "ru": "Федерация профсоюзов Республики Казахстан",
        "en": "Federation of Trade Unions of the Republic of Kazakhstan",
    },
)


@pytest.fixture(scope="module")
def bundled():
    return dict(load_corpus().actors)


@pytest.mark.parametrize(
    "name",
    [
        "Қазақстан Кәсіподақтар федерациясы",
        "ҚР Кәсіподақтар федерациясы",
        "Федерация профсоюзов Казахстана",
        "Федерация профсоюзов РК",
        "Federation of Trade Unions of Kazakhstan",
        "Kazakhstan's Federation of Trade Unions",
    ],
)
def test_a_short_form_links_to_the_registry_body(bundled, name):
    linker = Linker(actors={**bundled, FEDERATION.id: FEDERATION})
    assert linker.resolve(name, "organisation") == FEDERATION.id


@pytest.mark.parametrize(
    ("first", "then"),
    [
        ("Қазақстан Кәсіподақтар федерациясы", "Кәсіподақтар федерациясы"),
        ("Федерация профсоюзов Казахстана", "Федерация профсоюзов"),
        ("Federation of Trade Unions of Kazakhstan", "Federation of Trade Unions"),
    ],
)
def test_a_drafted_body_is_found_again_without_the_state_name(bundled, first, then):
    linker = Linker(actors=bundled)
    assert linker.resolve(first, "organisation") is None
    drafted = linker.add("association", first, "kk")
    assert linker.resolve(then, "organisation") == drafted


def test_home_name(bundled):
    linker = Linker(actors=bundled)
    assert linker.home_name("Қазақстан Республикасының") and linker.home_name("РК") and linker.home_name("Kazakhstan")
    assert not linker.home_name("Қазақстан Кәсіподақтар федерациясы")
    assert not linker.home_name("Кыргызстан")


def test_the_state_comes_from_the_registry_not_the_code():
    """Another country's registry: its own state's name is left out, Kazakhstan's is not (nor is anything
    with no registry at all)."""
    moldova = {
        "republic-of-moldova": Actor(
            "republic-of-moldova", "state-body", {"ru": "Республика Молдова", "en": "Republic of Moldova"}
        ),
        "parliament-md": Actor(
            "parliament-md",
            "state-body",
            {"ru": "Парламент Республики Молдова", "en": "Parliament of the Republic of Moldova"},
        ),
        "government-md": Actor("government-md", "state-body", {"en": "Government of the Republic of Moldova"}),
    }
    linker = Linker(actors=moldova)
    assert linker.resolve("Moldova's Parliament", "organisation") == "parliament-md"
    assert linker.resolve("Парламент Молдовы", "organisation") == "parliament-md"
    assert linker.bare("Парламент Казахстана") is None
    assert Linker(actors={}).bare("Парламент Казахстана") is None
