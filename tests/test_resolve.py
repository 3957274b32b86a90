"""Every actor resolves from any of its spellings, through the graph and the CLI.

The pure name functions are tested in tests/test_names.py; these tests go through the built
graph (its prefLabel/altLabel and kk-Latn labels), ``kg.resolve`` and the ``kg`` commands.
"""

from __future__ import annotations

import json

import pytest

from kg.errors import KgError
from kg.names import AmbiguousName, UnknownName
from kg.resolve import resolve_actor, resolve_name
from kg.vocab import ID, PREFIXES


@pytest.fixture(scope="module")
def store():
    from kg.store import build_store

    return build_store()


# Every person of the seed and of REFORM_FACTS, and the organisations, in Kazakh Cyrillic,
# Russian Cyrillic and Latin (English, the 2021 Kazakh Latin, older romanisations), with
# Kazakh and Russian case forms.
SPELLINGS: dict[str, list[str]] = {
    "azamatkhan-amirtayev": [
        "Азаматхан Әміртаев",
        "Азаматхан Амиртаев",
        "А. Амиртаев",
        "Азат Амиртаев",
        "Azamathan Ámirtaı",
        "Amirtayev",
        "Amirtaev",
        "Azamatkhan Amirtayev",
        "Azamathan Ämırtaev",
        "Әміртаев",
        "Амиртаев",
        "Әміртаевтың",
        "Әміртаевқа",
        "Амиртаева",
        "Амиртаеву",
        "Амиртаевым",
        "Amirtayev's",
    ],
    "kassym-jomart-tokayev": [
        "Қасым-Жомарт Тоқаев",
        "Касым-Жомарт Токаев",
        "Kassym-Jomart Tokayev",
        "Qasym-Jomart Toqaev",
        "Tokayev",
        "Tokaev",
        "Тоқаевтың",
        "Токаева",
        "Токаеву",
        "Қасым- Жомарт Тоқаев",
    ],
    "bekbergen-kerey": ["Бекберген Керей", "Bekbergen Kerey", "Керей", "Kerei"],
    "alma-karashkyzy": ["Алма Қарашқызы", "Алма Карашкызы", "Alma Karashkyzy", "Alma Qaraşqyzy"],
    "murat-tashibayev": ["Мұрат Ташибаев", "Мурат Ташибаев", "Murat Tashibayev", "Ташибаевтың", "Tashibaev"],
    "shyngys-usenkul": ["Шыңғыс Үсенқұл", "Шынгыс Усенкул", "Shyngys Usenkul", "Şyñğys Üsenqūl"],
    "sergey-kachanov": ["Сергей Качанов", "Sergey Kachanov", "Sergei Kachanov", "Качановтың", "Качанова"],
    "erlan-karin": ["Ерлан Қарин", "Ерлан Карин", "Erlan Karin", "Yerlan Karin", "Qarin", "Карину", "Қариннің"],
    "aida-balayeva": ["Аида Балаева", "Aida Balayeva", "Aida Balaeva", "Balayeva", "Балаевой", "Балаеваға"],
    "elvira-azimova": ["Эльвира Әзімова", "Эльвира Азимова", "Elvira Azimova", "Azimova", "Азимовой", "Әзімованың"],
    "mady-mirzagarayev": [
        "Мәди Мырзағараев",
        "Мади Мирзагараев",
        "Mady Mirzagarayev",
        "Madi Mirzagaraev",
        "Мирзагараева",
    ],
    "serik-egizbayev": [
        "Серік Егізбаев",
        "Серик Егизбаев",
        "Serik Egizbayev",
        "Serik Yegizbayev",
        "Егізбаевтың",
        "Егизбаеву",
    ],
    "nurlan-abdirov": ["Нұрлан Әбдіров", "Нурлан Абдиров", "Nurlan Abdirov", "Abdirov", "Абдирова", "Әбдіровтің"],
    "serik-bastemiyev": ["Серік Бастемиев", "Серик Бастемиев", "Serik Bastemiyev", "Bastemiev"],
    "d-m-sakenov": ["Д. М. Сәкенов", "Д. М. Сакенов", "D. M. Sakenov", "Sakenov", "Сакенова"],
    "d-k-khalel": ["Д. Қ. Халел", "Д. К. Халел", "D. K. Khalel", "Khalel", "Halel"],
    "baytaq": [
        "Қазақстанның «Байтақ» жасылдар партиясы",
        "Қазақстанның «БАЙТАҚ» жасылдар партиясы",
        "«БАЙТАҚ» партиясы",
        "«Байтақ» партиясы",
        "Байтақ",
        "партия «Байтақ»",
        "Байтак",
        "Казахстанская партия зелёных «Байтақ»",
        "Baytaq",
        "Baitaq",
        '"Baytaq" The Green Party of Qazaqstan',
        "«Байтақ» партиясының",
    ],
    "amanat": ["Аманат", "AMANAT", "Amanat party", "«AMANAT» партиясы", "партия «AMANAT»"],
    "ak-zhol": ["«Ақ жол» партиясы", "партия «Ак жол»", "Ak Zhol", "Ak Jol"],
    "auyl": ["«Ауыл» партиясы", "партия «Ауыл»", "Auyl", "Auyl party", "Ауыл"],
    "osdp": ["ОСДП", "ЖСДП", "OSDP", "Nationwide Social Democratic Party"],
    "peoples-party": [
        "Қазақстан Халық партиясы",
        "Народная партия Казахстана",
        "People's Party of Kazakhstan",
        "Халық партиясы",
    ],
    "respublica": ["Respublica", "«Respublica» партиясы"],
    "constitutional-reform-commission": [
        "Конституциялық комиссия",
        "Конституционная комиссия",
        "Constitutional Commission",
    ],
    "parliamentary-reform-working-group": [
        "Working Group on Parliamentary Reform",
        "Рабочая группа по парламентской реформе",
    ],
    "kurultai": ["Құрылтай", "Курултай", "Kurultai"],
    "national-kurultai": ["Ұлттық құрылтай", "Национальный курултай", "National Kurultai"],
    "halyk-kenesi": ["Халық Кеңесі", "Halyk Kenesi", "Народный совет Казахстана"],
    "mazhilis": ["Мәжіліс", "Мажилис", "Mazhilis", "Majilis"],
    "central-referendum-commission": ["Центральная референдумная комиссия", "Central Referendum Commission"],
    "republican-bar-association": ["Республиканская коллегия адвокатов", "Republican Bar Association"],
}


@pytest.mark.parametrize(("actor_id", "name"), [(a, n) for a, names in SPELLINGS.items() for n in names])
def test_every_spelling_resolves_through_the_graph(store, actor_id, name):
    assert resolve_actor(store, name) == ID + actor_id


@pytest.mark.parametrize("actor_id", sorted(SPELLINGS))
def test_ids_and_iris_resolve(store, actor_id):
    assert resolve_actor(store, actor_id) == ID + actor_id
    assert resolve_actor(store, f"<{ID}{actor_id}>") == ID + actor_id


@pytest.mark.parametrize(
    ("name", "not_id"),
    [
        ("Азимов", "elvira-azimova"),  # male form of a female surname
        ("Elvira Azimov", "elvira-azimova"),
        ("Balayev", "aida-balayeva"),
        ("Балаев", "aida-balayeva"),
        ("Erlan Karimov", "erlan-karin"),  # a different surname
        ("Karimov", "erlan-karin"),
        ("Timur Karin", "erlan-karin"),  # a different person with the same surname
        ("Серик Бастемиев", "serik-egizbayev"),  # same given name, different people
        ("Serik Egizbayev", "serik-bastemiyev"),
        ("Ұлттық құрылтай", "kurultai"),  # the National Kurultai is not the new parliament
        ("Курултай", "national-kurultai"),
        ("Халық Кеңесі", "peoples-party"),
        ("Халық партиясы", "halyk-kenesi"),
        ("Amirbekov", "azamatkhan-amirtayev"),
    ],
)
def test_similar_names_of_different_actors_do_not_merge(store, name, not_id):
    assert not_id not in [m.actor_id for m in resolve_name(store, name)]


@pytest.mark.parametrize(
    ("name", "actor_id"),
    [
        ("Қазақстан Парламенті", "parliament"),
        ("ҚР Парламенті", "parliament"),
        ("Парламент Казахстана", "parliament"),
        ("Парламент РК", "parliament"),
        ("Parliament of Kazakhstan", "parliament"),
        ("Kazakhstan's Parliament", "parliament"),
        ("ҚР Үкіметі", "government"),
        ("Правительство Казахстана", "government"),
        ("Government of Kazakhstan", "government"),
        ("RK Government", "government"),
    ],
)
def test_a_body_resolves_with_a_short_form_of_the_state_name(store, name, actor_id):
    """The default graph's bodies carry the Republic's full name ("Парламент Республики Казахстан"); users write
    "Парламент Казахстана", "ҚР Парламенті", "Kazakhstan's Parliament"."""
    assert resolve_actor(store, name) == ID + actor_id


def test_kg_resolve_a_short_form_of_the_state_name(run):
    result = run("resolve", "Парламент Казахстана", "--format", "json")
    assert result.exit_code == 0, result.output
    (match,) = json.loads(result.stdout)
    assert (match["id"], match["score"]) == ("parliament", 100.0)
    assert "without the state's name" in match["why"]


def test_a_given_name_alone_is_not_enough(store):
    with pytest.raises(UnknownName) as info:
        resolve_actor(store, "Серик")
    assert {m.actor_id for m in info.value.suggestions} >= {"serik-egizbayev", "serik-bastemiyev"}


def test_unknown_name_suggests_candidates(store):
    with pytest.raises(
        UnknownName, match=r"unknown actor 'Erlan Karimov'; did you mean: erlan-karin \(Erlan Karin\)\?"
    ):
        resolve_actor(store, "Erlan Karimov")


def test_ambiguous_name_lists_candidates(tmp_path):
    from kg.store import build_store

    (tmp_path / "actors.yaml").write_text(
        "actors:\n"
        "  - {id: erlan-karin, type: person, gender: male, name: {kk: Ерлан Қарин, en: Erlan Karin}}\n"
        "  - {id: timur-karin, type: person, gender: male, name: {en: Timur Karin}}\n",
        encoding="utf-8",
    )
    with pytest.raises(AmbiguousName, match="ambiguous actor 'Karin': erlan-karin .*, timur-karin .*; give the id"):
        resolve_actor(build_store([tmp_path]), "Karin")


def test_kazakh_latin_labels_are_in_the_graph(store):
    from kg.names import kk_latin
    from kg.queries import run_sparql

    text = f"""SELECT ?s ?label WHERE {{
      {{ ?s <{PREFIXES["skos"]}prefLabel> ?label }} UNION {{ ?s <{PREFIXES["skos"]}altLabel> ?label }}
      FILTER NOT EXISTS {{ ?s a <{PREFIXES["rkg"]}Fact> }}
      FILTER NOT EXISTS {{ ?s a <{PREFIXES["rkg"]}Evidence> }}  # a report's details of a fact
      FILTER(STRSTARTS(STR(?s), "{ID}"))  # actors, not the ontology's own terms
    }}"""
    kazakh: dict[str, set[str]] = {}
    latin: dict[str, set[str]] = {}
    every: dict[str, set[str]] = {}
    for row in run_sparql(store, text):
        label = row["label"]
        every.setdefault(row["s"].value, set()).add(label.value)
        if label.language == "kk":
            kazakh.setdefault(row["s"].value, set()).add(label.value)
        elif (label.language or "").lower() == "kk-latn":
            latin.setdefault(row["s"].value, set()).add(label.value)
    assert len(kazakh) > 80
    for iri, texts in kazakh.items():
        for text in texts:
            if kk_latin(text) != text:
                # "Астана" is "Astana" in Kazakh Latin too: no second, equal label is added.
                assert kk_latin(text) in latin.get(iri, set()) or kk_latin(text) in every[iri], (iri, text)
    assert "Azamathan Ämırtaev" in latin[ID + "azamatkhan-amirtayev"]
    assert "Qasym-Jomart Toqaev" in latin[ID + "kassym-jomart-tokayev"]
    assert "Elvira Äzımova" in latin[ID + "elvira-azimova"]


def test_registry_names_every_actor_in_three_languages_and_people_with_gender():
    from kg.sources import load_corpus

    actors = load_corpus().actors
    for actor in actors.values():
        assert set(actor.names) == {"kk", "ru", "en"}, actor.id
        if actor.type == "person" and actor.id != "d-k-khalel":  # Khalel: initials, no gendered form
            assert actor.gender in ("male", "female"), actor.id


# ---------------------------------------------------------------- through the CLI


def test_kg_resolve_prints_id_label_score_why(run):
    result = run("resolve", "Әміртаевтың")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["id", "label", "score", "why"]
    assert lines[2].startswith(
        "azamatkhan-amirtayev  Азаматхан Әміртаев  95     case ending -тың stripped from 'Әміртаевтың'"
    )


def test_kg_resolve_json(run):
    result = run("resolve", "Amirtaev", "--format", "json")
    assert result.exit_code == 0, result.output
    (match,) = json.loads(result.stdout)
    assert (match["id"], match["score"]) == ("azamatkhan-amirtayev", 100.0)
    assert "exact key match of 'Amirtaev'" in match["why"]


def test_kg_resolve_fails_when_nothing_matches(run):
    result = run("resolve", "Zzyzx Qwerty")
    assert result.exit_code == 1
    assert "unknown actor 'Zzyzx Qwerty'" in result.stderr


def test_kg_resolve_unknown_with_suggestions(run):
    result = run("resolve", "Азимов")
    assert result.exit_code == 1
    assert "unknown actor 'Азимов'; did you mean:" in result.stderr
    assert "elvira-azimova" not in result.stderr


@pytest.mark.parametrize("name", ["Әміртаевтың", "Amirtaev", "Амиртаева", "Azamathan Ámirtaı"])
def test_query_accepts_any_spelling(run, name):
    ok = run("query", "who-proposed-what", "-p", f"actor={name}", "--format", "csv")
    assert ok.exit_code == 0, ok.output
    claims = run("query", "claims", "-p", f"actor={name}", "--format", "csv")
    assert claims.exit_code == 0, claims.output
    assert claims.stdout.splitlines()[1].startswith("2026-02-04,proposals received through e-Otinish,more than,1000,")


def test_query_with_an_unknown_actor_says_did_you_mean(run):
    result = run("query", "claims", "-p", "actor=Erlan Karimov")
    assert result.exit_code == 1
    assert "unknown actor 'Erlan Karimov'; did you mean: erlan-karin (Erlan Karin)?" in result.stderr


def test_kg_duplicates_on_the_reviewed_registry(run):
    result = run("duplicates")
    assert result.exit_code == 0, result.output
    assert result.stdout == "no probable duplicates\n"
    every = run("duplicates", "--all", "--format", "json")
    pairs = {(d["a"], d["b"]) for d in json.loads(every.stdout)}
    assert pairs == {
        ("draft-constitution-2026-article-45-2", "draft-constitution-2026-article-8"),
        ("constitution-1995", "draft-constitution-2026"),
        ("abai-district", "abai-district-maslikhat"),
    }


def test_resolve_and_duplicates_have_help(run):
    for command in ("resolve", "duplicates"):
        result = run(command, "--help")
        assert result.exit_code == 0 and "Examples:" in result.stdout


def test_resolve_errors_are_kg_errors():
    assert issubclass(UnknownName, KgError) and issubclass(AmbiguousName, KgError)


def test_an_id_or_iri_is_resolved_without_the_name_index(store, monkeypatch):
    import kg.resolve

    def no_index(_store):
        raise AssertionError("the name index was built for an id or IRI")

    monkeypatch.setattr(kg.resolve, "name_index", no_index)
    assert resolve_actor(store, "azamatkhan-amirtayev") == ID + "azamatkhan-amirtayev"
    assert resolve_actor(store, f"{ID}azamatkhan-amirtayev") == ID + "azamatkhan-amirtayev"
    with pytest.raises(AssertionError, match="name index"):
        resolve_actor(store, "Amirtaev")  # a name does need it


def test_an_id_that_is_not_an_actor_falls_back_to_the_names(store):
    assert resolve_actor(store, "amirtayev") == ID + "azamatkhan-amirtayev"  # not an id: a name


def test_an_exact_name_is_answered_from_the_saved_keys_without_reading_the_index(store, tmp_path, monkeypatch):
    import kg.resolve
    from kg.resolve import Resolver

    index_file = tmp_path / "names" / "b1.names"
    first = Resolver(store, index_file=index_file)
    assert first.actor("Amirtaev") == ID + "azamatkhan-amirtayev" and first.built  # built, both files written
    keys = index_file.with_suffix(".keys")
    assert index_file.is_file() and keys.is_file()
    assert not [p for p in index_file.parent.iterdir() if p.name.startswith(".")]  # written whole, no leftovers

    def no_index(*_args):
        raise AssertionError("the whole index was read")

    monkeypatch.setattr(kg.resolve, "_read_index", no_index)
    monkeypatch.setattr(kg.resolve, "name_index", no_index)
    again = Resolver(store, index_file=index_file)
    assert again.actor("Азаматхан Амиртаев") == ID + "azamatkhan-amirtayev" and not again.built
    with pytest.raises(AssertionError, match="whole index"):
        again.actor("Әміртаевтың")  # a case form needs the whole index


def test_a_damaged_keys_file_costs_a_read_of_the_index_and_is_written_anew(store, tmp_path):
    from kg.resolve import Resolver

    index_file = tmp_path / "b1.names"
    Resolver(store, index_file=index_file).actor("Amirtaev")
    keys = index_file.with_suffix(".keys")
    sound = keys.read_bytes()
    keys.write_bytes(sound[:20] + bytes([sound[20] ^ 1]) + sound[21:])  # one bit of its header changed
    for name in ("Amirtaev", "Sergey Kachanov", "baytaq", "Erlan Karin"):
        resolver = Resolver(store, index_file=index_file)
        assert resolver.actor(name) == resolve_actor(store, name)
    assert keys.read_bytes() == sound  # the index was read and the keys written anew


def test_saved_indexes_and_keys_are_bounded(store, tmp_path, monkeypatch):
    import kg.resolve
    from kg.resolve import Resolver

    monkeypatch.setattr(kg.resolve, "_KEEP_INDEXES", 3)
    for n in range(5):
        Resolver(store, index_file=tmp_path / f"b{n}.names").actor("Amirtaev")
    assert len(list(tmp_path.glob("*.names"))) == 3 and len(list(tmp_path.glob("*.keys"))) == 3


def test_merged_ids_read_from_the_indexes_are_the_ones_sparql_finds():
    import pyoxigraph

    from kg import resolve

    store = pyoxigraph.Store()
    same_as = pyoxigraph.NamedNode(PREFIXES["owl"] + "sameAs")
    for old, new in (("a-old", "a"), ("b-old", "b")):
        store.add(pyoxigraph.Quad(pyoxigraph.NamedNode(ID + old), same_as, pyoxigraph.NamedNode(ID + new)))
    named = pyoxigraph.NamedNode("http://example.org/g")  # a named graph is not the graph kg answers from
    store.add(pyoxigraph.Quad(pyoxigraph.NamedNode(ID + "c-old"), same_as, pyoxigraph.NamedNode(ID + "c"), named))

    class QueryOnly:  # a store without Oxigraph's indexes gets the SPARQL
        def query(self, text):
            return store.query(text)

    assert resolve._aliases(store) == resolve._aliases(QueryOnly()) == {"a-old": "a", "b-old": "b"}
