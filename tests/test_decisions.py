"""Review decisions (sources/decisions.yaml): same_as merges two actors, not_same keeps them apart.

Each test writes a small registry, a citation-only fact sheet and a decisions file to
``tmp_path``, so a decision can be made, checked and undone by deleting its line.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.errors import SourceError
from kg.resolve import duplicates, resolve_actor
from kg.sources import load_corpus
from kg.vocab import ID

REGISTRY = """actors:
  - id: azamatkhan-amirtayev
    type: person
    gender: male
    name: {kk: Азаматхан Әміртаев, ru: Азаматхан Амиртаев, en: Azamatkhan Amirtayev}
  - id: a-amirtaev
    type: person
    name: {ru: А. Амиртаев, en: A. Amirtaev}
    also:
      - ru: Амиртаев А.
  - id: elvira-azimova
    type: person
    gender: female
    name: {ru: Эльвира Азимова, en: Elvira Azimova}
  - id: elvira-azimov
    type: person
    gender: male
    name: {ru: Эльвира Азимов, en: Elvira Azimov}
  - id: green-party
    type: party
    name: {en: Green Party}
  - id: some-outlet
    type: outlet
    name: {en: Some Outlet}
  - id: other-outlet
    type: outlet
    name: {en: Other Outlet}
  - id: draft
    type: document
    name: {en: The draft}
"""

SHEET_A = """source: {id: report-a, outlet: some-outlet, date: 2026-02-04, language: ru, url: 'https://example.org/a'}
facts:
  - id: claim
    type: claim
    claimant: a-amirtaev
    measure: {en: proposals}
    quantity: 1000
    comparator: more-than
  - id: chair
    type: membership
    holder: a-amirtaev
    role: chair
    organisation: green-party
"""

SHEET_B = """source: {id: report-b, outlet: other-outlet, date: 2026-02-05, language: en, url: 'https://example.org/b'}
facts:
  - id: stance
    type: stance
    holder: azamatkhan-amirtayev
    target: draft
    polarity: support
"""

ROLES = """
  - id: chair
    type: role
    name: {en: chair}
"""


@pytest.fixture
def sources(tmp_path: Path) -> Path:
    (tmp_path / "actors.yaml").write_text(REGISTRY + ROLES, encoding="utf-8")
    (tmp_path / "a.yaml").write_text(SHEET_A, encoding="utf-8")
    (tmp_path / "b.yaml").write_text(SHEET_B, encoding="utf-8")
    return tmp_path


def decide(folder: Path, text: str) -> Path:
    path = folder / "decisions.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def pairs(folder: Path, **options) -> set[tuple[str, str]]:
    return {(d.a, d.b) for d in duplicates(load_corpus([folder]), **options)}


# ---------------------------------------------------------------- without decisions


def test_duplicates_are_listed_for_review(sources, run):
    assert ("a-amirtaev", "azamatkhan-amirtayev") in pairs(sources)
    # female and male surname forms are never proposed as one person
    assert ("elvira-azimov", "elvira-azimova") not in pairs(sources)
    result = run("duplicates", "--sources", str(sources), "--format", "json")
    assert result.exit_code == 0, result.output
    (row,) = [r for r in json.loads(result.stdout) if r["b"] == "azamatkhan-amirtayev"]
    assert (row["a"], row["score"], row["label_b"]) == ("a-amirtaev", 100.0, "Azamatkhan Amirtayev")
    assert "surname and initials" in row["why"]


def test_table_output(sources, run):
    result = run("duplicates", "--sources", str(sources))
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["a", "b", "score", "why"]
    assert lines[2].startswith("a-amirtaev  azamatkhan-amirtayev  100    exact key match of 'A. Amirtaev'")


# ---------------------------------------------------------------- same_as


def test_same_as_merges_at_build_time(sources):
    decide(sources, "same_as:\n  - [azamatkhan-amirtayev, a-amirtaev]\n")
    corpus = load_corpus([sources])
    assert "a-amirtaev" not in corpus.actors
    assert corpus.merged == {"a-amirtaev": "azamatkhan-amirtayev"}
    keep = corpus.actors["azamatkhan-amirtayev"]
    assert {("ru", "А. Амиртаев"), ("en", "A. Amirtaev"), ("ru", "Амиртаев А.")} <= set(keep.also)
    assert keep.names["en"] == "Azamatkhan Amirtayev"
    facts = {f.id: f for f in corpus.facts}
    assert facts["claim"].values["claimant"] == "azamatkhan-amirtayev"
    assert facts["chair"].values["holder"] == "azamatkhan-amirtayev"
    assert ("a-amirtaev", "azamatkhan-amirtayev") not in pairs(sources)


def test_merged_actor_keeps_labels_sources_and_old_iri(sources, run):
    from kg.queries import run_sparql
    from kg.store import build_store

    decide(sources, "same_as:\n  - ids: [azamatkhan-amirtayev, a-amirtaev]\n    note: initials of the same man\n")
    store = build_store([sources])
    same = list(run_sparql(store, "SELECT ?a ?b WHERE { ?a <http://www.w3.org/2002/07/owl#sameAs> ?b }"))
    assert [(r["a"].value, r["b"].value) for r in same] == [(ID + "a-amirtaev", ID + "azamatkhan-amirtayev")]
    assert resolve_actor(store, "a-amirtaev") == ID + "azamatkhan-amirtayev"
    assert resolve_actor(store, ID + "a-amirtaev") == ID + "azamatkhan-amirtayev"
    assert resolve_actor(store, "А. Амиртаев") == ID + "azamatkhan-amirtayev"
    result = run("query", "actor", "-p", "actor=a-amirtaev", "--sources", str(sources), "--format", "json")
    assert result.exit_code == 0, result.output
    got = {(b["fact_type"]["value"], b["outlet"]["value"]) for b in json.loads(result.stdout)["results"]["bindings"]}
    assert got == {("claim", "Some Outlet"), ("membership", "Some Outlet"), ("stance", "Other Outlet")}
    resolved = json.loads(run("resolve", "a-amirtaev", "--sources", str(sources), "--format", "json").stdout)
    assert [(m["id"], m["why"]) for m in resolved] == [
        ("azamatkhan-amirtayev", "actor id 'a-amirtaev' was merged into 'azamatkhan-amirtayev' (same_as)")
    ]
    from kg.validate import validate

    assert validate([sources]).conforms


def test_deleting_the_line_undoes_the_merge(sources):
    decide(sources, "same_as:\n  - [azamatkhan-amirtayev, a-amirtaev]\n")
    assert "a-amirtaev" not in load_corpus([sources]).actors
    decide(sources, "same_as: []\n")
    corpus = load_corpus([sources])
    assert "a-amirtaev" in corpus.actors and corpus.merged == {}
    assert {f.id: f for f in corpus.facts}["claim"].values["claimant"] == "a-amirtaev"
    assert ("a-amirtaev", "azamatkhan-amirtayev") in pairs(sources)


def test_the_first_id_is_canonical(sources):
    decide(sources, "same_as:\n  - [a-amirtaev, azamatkhan-amirtayev]\n")
    corpus = load_corpus([sources])
    assert corpus.merged == {"azamatkhan-amirtayev": "a-amirtaev"}
    keep = corpus.actors["a-amirtaev"]
    assert keep.gender == "male" and ("kk", "Азаматхан Әміртаев") in keep.also
    assert {f.id: f for f in corpus.facts}["stance"].values["holder"] == "a-amirtaev"


def test_outlets_can_be_merged(sources):
    decide(sources, "same_as:\n  - [some-outlet, other-outlet]\n")
    corpus = load_corpus([sources])
    assert {s.outlet for s in corpus.sources} == {"some-outlet"}
    assert ("en", "Other Outlet") in corpus.actors["some-outlet"].also


# ---------------------------------------------------------------- not_same


def test_not_same_suppresses_a_pair(sources, run):
    decide(sources, "not_same:\n  - ids: [a-amirtaev, azamatkhan-amirtayev]\n    reviewer: ab\n    date: 2026-02-10\n")
    assert ("a-amirtaev", "azamatkhan-amirtayev") not in pairs(sources)
    assert ("a-amirtaev", "azamatkhan-amirtayev") in pairs(sources, include_decided=True)
    corpus = load_corpus([sources])
    (decision,) = corpus.decisions
    assert (decision.kind, decision.reviewer, decision.date) == ("not_same", "ab", "2026-02-10")
    assert "a-amirtaev" in corpus.actors  # nothing is merged
    every = run("duplicates", "--all", "--sources", str(sources), "--format", "json")
    assert any(r["a"] == "a-amirtaev" for r in json.loads(every.stdout))


def test_not_same_in_either_order(sources):
    decide(sources, "not_same:\n  - [azamatkhan-amirtayev, a-amirtaev]\n")
    assert ("a-amirtaev", "azamatkhan-amirtayev") not in pairs(sources)
    decide(sources, "not_same: []\n")
    assert ("a-amirtaev", "azamatkhan-amirtayev") in pairs(sources)


# ---------------------------------------------------------------- mistakes


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "same_as:\n  - [azamatkhan-amirtayev, a-amirtayev]\n",
            "decisions.yaml:2: same_as names unknown actor 'a-amirtayev'; did you mean 'a-amirtaev'?",
        ),
        (
            "same_as:\n  - [azamatkhan-amirtayev]\n",
            "decisions.yaml:2: a 'same_as' decision names exactly two actor ids",
        ),
        ("not_same:\n  - [draft, draft]\n", "needs two different ids, not 'draft' twice"),
        (
            "same_as:\n  - [a-amirtaev, azamatkhan-amirtayev]\nnot_same:\n  - [azamatkhan-amirtayev, a-amirtaev]\n",
            "decisions.yaml:4: 'azamatkhan-amirtayev' and 'a-amirtaev' are both same_as and not_same",
        ),
        (
            "same_as:\n  - [green-party, draft]\n",
            "cannot merge 'draft' (document) into 'green-party' (party): the types differ",
        ),
        (
            "same_as:\n  - [elvira-azimova, elvira-azimov]\n",
            "cannot merge 'elvira-azimov' into 'elvira-azimova': one is male, the other female",
        ),
        (
            "same_as:\n  - ids: [a-amirtaev, azamatkhan-amirtayev]\n    by: me\n",
            "decisions.yaml:3: unknown decision field 'by'",
        ),
        (
            "same_as:\n  - ids: [a-amirtaev, azamatkhan-amirtayev]\n    date: 2026-13-01\n",
            "decision date '2026-13-01' is not a real date",
        ),
        ("same_as: a-amirtaev\n", "'same_as' must be a list of pairs"),
    ],
)
def test_bad_decisions_name_the_line(sources, run, text, message):
    decide(sources, text)
    with pytest.raises(SourceError) as info:
        load_corpus([sources])
    assert message in str(info.value)
    result = run("validate", str(sources))
    assert result.exit_code == 1 and message in result.stderr


# ---------------------------------------------------------------- the bundled decisions


def test_bundled_decisions_apply_to_the_default_sources():
    corpus = load_corpus()
    assert corpus.not_same() >= {frozenset(("abai-district", "abai-district-maslikhat"))}
    assert corpus.merged == {}


def test_bundled_decisions_apply_when_the_bundled_registry_is_used(tmp_path):
    (tmp_path / "sheet.yaml").write_text(
        "source: {id: s, outlet: baq-kz, date: 2026-02-04, language: kk, url: 'https://example.org/s'}\nfacts: []\n",
        encoding="utf-8",
    )
    corpus = load_corpus([tmp_path])
    assert frozenset(("abai-district", "abai-district-maslikhat")) in corpus.not_same()
