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


# --- the drafts of a run, found by an index of their names


def test_a_draft_is_found_by_the_names_it_is_given_after_it_was_drafted(bundled):
    linker = Linker(actors=dict(bundled))
    first = linker.add("party", "Green Steppe Party", "en")
    assert linker.resolve("Жасыл дала партиясы", "organisation") is None  # not yet one of its names
    linker.name(first, {"kk": "Жасыл дала партиясы"})
    assert linker.resolve("Жасыл дала партиясы", "organisation") == first
    linker.name(first, {"en": "Green Steppe Party (GSP)"}, replace=True)
    assert linker.new[first].names["en"] == "Green Steppe Party (GSP)"
    assert linker.resolve("Green Steppe Party (GSP)", "organisation") == first


def test_drafts_sharing_a_name_are_found_in_the_order_they_were_drafted(bundled):
    """Among drafts one name fits, the first drafted of the kinds asked for answers, as a scan did."""
    linker = Linker(actors=dict(bundled))
    place = linker.add("place", "Zhanatas", "en", actor_id="zhanatas-place")
    body = linker.add("organisation", "Zhanatas", "en", actor_id="zhanatas-body")
    assert linker.resolve("Zhanatas", "place") == place
    assert linker.resolve("Zhanatas", "organisation") == body
    person = linker.add("person", "Айгерим Жұмабаева", "kk")
    assert linker.resolve("Жұмабаева", "person") == person  # a surname alone
    linker.add("person", "Динара Жұмабаева", "kk")
    assert linker.resolve("Жұмабаевой", "person") is None  # two drafted persons have it: neither


def test_a_draft_put_in_by_hand_is_found(bundled):
    """Drafts read from an earlier run's registry go into ``new`` directly (kg.extract.draft.Session)."""
    from kg.extract.linker import DraftActor

    linker = Linker(actors=dict(bundled))
    linker.add("party", "Green Steppe Party", "en")
    linker.resolve("Green Steppe Party", "organisation")
    linker.new["steppe-lawyers"] = DraftActor("steppe-lawyers", "association", {"en": "Steppe Lawyers Guild"})
    assert linker.resolve("Steppe Lawyers Guild", "organisation") == "steppe-lawyers"


def test_a_lookup_reads_the_drafts_its_name_may_mean_not_every_draft(bundled, monkeypatch):
    """With thousands of drafted actors (a batch of thousands of articles) a lookup folds its own
    name, not every draft's: 20,000 drafts took an article 2.2 s (0.07 s with none)."""
    import kg.extract.linker as linker_module

    linker = Linker(actors=dict(bundled))
    for i in range(3000):
        linker.add("organisation", f"Тестовый орган номер {i} Жанатас", "ru")
    assert (
        linker.resolve("Тестовый орган номер 2999 Жанатас", "organisation") == linker.new[next(reversed(linker.new))].id
    )
    real, calls = linker_module._key, []

    def counting(text: str) -> str:
        calls.append(text)
        return real(text)

    monkeypatch.setattr(linker_module, "_key", counting)
    for i in range(20):
        assert linker.resolve(f"Тестовый орган номер {i} Жанатас", "organisation") is not None
    assert len(calls) <= 20 * 3
