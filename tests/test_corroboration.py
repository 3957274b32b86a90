"""One real-world fact, one node: each report adds its evidence (kg.sources.link_facts, kg.model).

A sheet states a fact another sheet already gives with ``same_as: <source-id>/<fact-id>``; the
fact keeps the first sheet's IRI, gains one evidence node per report, and details on which the
reports differ stay attributed, so the review query can show the disagreement.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.errors import SourceError
from kg.queries import find_query, run_named
from kg.sources import load_corpus
from kg.store import build_store, serialize
from kg.vocab import ID

A = """\
source:
  id: a-report
  outlet: baq-kz
  date: 2026-02-04
  date_basis: printed
  language: en
  url: https://example.org/a
facts:
  - id: session
    type: session
    name: {en: Council session}
    date: 2026-02-04
    organiser: baytaq-political-council
    chair: azamatkhan-amirtayev
  - id: article-8
    type: proposal
    proposer: baytaq
    content: {en: Put ecology into Article 8}
    event: session
  - id: figure
    type: claim
    claimant: baytaq
    measure: {en: proposals}
    quantity: 1000
"""

B = """\
source:
  id: b-report
  outlet: kazpravda
  date: 2026-02-05
  date_basis: index
  language: ru
  url: https://example.org/b
facts:
  - id: the-session
    type: session
    same_as: a-report/session
    name: {ru: Заседание совета}
    date: 2026-02-05
  - id: speech
    type: speech
    speaker: azamatkhan-amirtayev
    event: a-report/session
"""

C = """\
source:
  id: c-report
  outlet: sozmedia
  date: 2026-02-04
  language: kk
  url: https://sozmedia.kz
  url_kind: outlet
facts:
  - id: session
    type: session
    same_as: b-report/the-session
  - id: proposal
    type: proposal
    same_as: a-report/article-8
    attribution: inferred
"""


def _corpus(tmp_path: Path, **sheets: str) -> Path:
    folder = tmp_path / "sheets"
    folder.mkdir(exist_ok=True)
    for name, text in sheets.items():
        (folder / f"{name}.yaml").write_text(text, encoding="utf-8")
    return folder


@pytest.fixture
def three(tmp_path):
    return _corpus(tmp_path, a=A, b=B, c=C)


def test_three_reports_of_one_session_make_one_node(three):
    corpus = load_corpus([three])
    assert corpus.canonical["c-report/session"] == "a-report/session"
    assert corpus.canonical["b-report/the-session"] == "a-report/session"
    store = build_store([three])
    rows = list(run_named(store, find_query("events")))
    assert len(rows) == 1
    row = rows[0]
    assert (row["event"].value, row["sources"].value, row["speeches"].value) == ("Council session", "3", "1")
    assert set(row["reports"].value.split("; ")) == {
        "BAQ.KZ 2026-02-04",
        "Kazakhstanskaya Pravda 2026-02-05 (index date)",
        "Söz media 2026-02-04 (home page)",
    }
    # the Russian name comes from the second report; the English one stays the first report's
    ru = list(run_named(store, find_query("events"), {"lang": "ru"}))
    assert ru[0]["event"].value == "Заседание совета"


def test_each_report_keeps_its_own_details_and_evidence(three):
    store = build_store([three])
    fact = ID + "a-report/session"
    text = f"""
    PREFIX rkg: <https://w3id.org/reform-kg/ontology#>
    PREFIX schema: <https://schema.org/>
    PREFIX oa: <http://www.w3.org/ns/oa#>
    SELECT ?src ?kind ?date WHERE {{
      <{fact}> rkg:evidence ?e . ?e oa:hasSource ?src ; rkg:evidenceKind ?kind .
      OPTIONAL {{ ?e schema:startDate ?date }}
    }} ORDER BY ?src"""
    got = [
        (r["src"].value.rsplit("/", 1)[-1], r["kind"].value, r["date"].value if r["date"] else None)
        for r in store.query(text)
    ]
    assert got == [
        ("a-report", "citation", "2026-02-04"),
        ("b-report", "citation", "2026-02-05"),
        ("c-report", "outlet", None),
    ]
    # the fact itself keeps one date (the first report's), nothing is overwritten
    dates = [r["d"].value for r in store.query(f"SELECT ?d WHERE {{ <{fact}> <https://schema.org/startDate> ?d }}")]
    assert dates == ["2026-02-04"]


def test_review_shows_the_disagreement_and_single_source_facts(three):
    store = build_store([three])
    result = run_named(store, find_query("review"))
    names = [v.value for v in result.variables]
    rows = [{n: (row[n].value if row[n] is not None else None) for n in names} for row in result]
    disagree = [r for r in rows if r["problem"].startswith("sources disagree")]
    assert [(r["what"], r["detail"]) for r in disagree if "start" in r["problem"].lower()] == [
        ("Council session", "2026-02-04 (BAQ.KZ) / 2026-02-05 (Kazakhstanskaya Pravda)")
    ] or [(r["what"], set(r["detail"].split(" / "))) for r in disagree if "start" in r["problem"].lower()] == [
        ("Council session", {"2026-02-04 (BAQ.KZ)", "2026-02-05 (Kazakhstanskaya Pravda)"})
    ]
    single = {r["what"] for r in rows if r["problem"] == "one source"}
    assert single == {"proposals", "Azamatkhan Amirtayev"}  # the claim, and the speech (named by its speaker)
    only = list(run_named(store, find_query("review"), {"issue": "disagreement"}))
    assert only and all(r["problem"].value.startswith("sources disagree") for r in only)


def test_the_proposal_is_listed_once_with_both_sources_and_an_inferred_attribution(three):
    store = build_store([three])
    rows = list(run_named(store, find_query("who-proposed-what")))
    assert len(rows) == 1 and rows[0]["sources"].value == "2"
    assert rows[0]["event"].value == "Council session"
    evidence = list(run_named(store, find_query("evidence"), {"fact": ID + "a-report/article-8"}))
    assert [(r["outlet"].value, r["attribution"].value if r["attribution"] else None) for r in evidence] == [
        ("BAQ.KZ", None),
        ("Söz media", "inferred"),
    ]


def test_merged_graph_validates_and_exports_byte_stable(three):
    from kg.validate import validate

    report = validate([three])
    assert report.conforms, [str(p) for p in report.problems]
    assert serialize(build_store([three]), "nt") == serialize(build_store([three]), "nt")
    assert b"_:" not in serialize(build_store([three]), "nt")


# ---------------------------------------------------------------- bad references: file:line, exit != 0

BAD = [
    (
        "c",
        C.replace("same_as: b-report/the-session", "same_as: b-report/no-such-fact"),
        11,
        "same_as names unknown fact 'b-report/no-such-fact'; facts of 'b-report': speech, the-session",
    ),
    ("c", C.replace("same_as: b-report/the-session", "same_as: c-report/session"), 11, "'session' is same_as itself"),
    ("c", C.replace("same_as: b-report/the-session", "same_as: nowhere/session"), 11, "there is no source 'nowhere'"),
    (
        "c",
        C.replace("same_as: b-report/the-session", "same_as: a-report/article-8"),
        11,
        "'c-report/session' is a session and 'a-report/article-8' a proposal: facts of different types cannot be one",
    ),
    ("c", C.replace("same_as: b-report/the-session", "same_as: the-session"), 11, "write '<source-id>/<fact-id>'"),
    (
        "c",
        C.replace(
            "    type: proposal\n    same_as: a-report/article-8\n",
            "    type: proposal\n    same_as: a-report/article-8\n",
        ).replace(
            "  - id: proposal",
            "  - id: proposal2\n    type: proposal\n    same_as: a-report/article-8\n  - id: proposal",
        ),
        15,
        "of one report are the same fact",
    ),
]


@pytest.mark.parametrize("name,text,line,message", BAD, ids=[b[3][:40] for b in BAD])
def test_bad_reference_is_one_line_with_file_and_line(tmp_path, name, text, line, message, run):
    folder = _corpus(tmp_path, a=A, b=B, **{name: text})
    with pytest.raises(SourceError) as caught:
        load_corpus([folder])
    assert message in str(caught.value)
    assert caught.value.line == line and str(caught.value.path).endswith(f"{name}.yaml")
    result = run("validate", str(folder))
    assert result.exit_code != 0
    assert result.stderr.strip().count("\n") == 0 and f"{name}.yaml:{line}:" in result.stderr


def test_a_cycle_is_refused(tmp_path):
    a = A.replace("    type: session\n    name:", "    type: session\n    same_as: c-report/session\n    name:")
    folder = _corpus(tmp_path, a=a, b=B, c=C)
    with pytest.raises(SourceError) as caught:
        load_corpus([folder])
    assert "same_as cycle: a-report/session -> c-report/session -> b-report/the-session -> a-report/session" in str(
        caught.value
    )


def test_differing_figures_stay_separate_claims(tmp_path):
    d = C.replace(
        "  - id: session\n    type: session\n    same_as: b-report/the-session\n",
        "  - id: figure\n    type: claim\n    same_as: a-report/figure\n    quantity: 2000\n",
    )
    folder = _corpus(tmp_path, a=A, b=B, c=d)
    with pytest.raises(SourceError) as caught:
        load_corpus([folder])
    assert "differing figures stay separate claims" in str(caught.value)


# ---------------------------------------------------------------- judgements in decisions.yaml


def test_a_decision_joins_two_facts_and_a_conflicting_one_is_refused(tmp_path):
    b = B.replace("    same_as: a-report/session\n", "")
    folder = _corpus(tmp_path, a=A, b=b)
    assert len(list(run_named(build_store([folder]), find_query("events")))) == 2
    (folder / "decisions.yaml").write_text("same_as:\n  - [a-report/session, b-report/the-session]\n", encoding="utf-8")
    (folder / "actors.yaml").write_text(
        (Path(__file__).parents[1] / "sources" / "actors.yaml").read_text(encoding="utf-8"), encoding="utf-8"
    )
    rows = list(run_named(build_store([folder]), find_query("events")))
    assert [(r["event"].value, r["sources"].value) for r in rows] == [("Council session", "2")]
    (folder / "decisions.yaml").write_text(
        "same_as:\n  - [a-report/session, b-report/the-session]\nnot_same:\n  - [b-report/the-session, a-report/session]\n",
        encoding="utf-8",
    )
    with pytest.raises(SourceError) as caught:
        load_corpus([folder])
    assert caught.value.line == 4 and "delete one of the two" in str(caught.value)


def test_not_same_against_a_sheet_same_as_is_refused(tmp_path, three):
    (three / "decisions.yaml").write_text("not_same:\n  - [a-report/session, c-report/session]\n", encoding="utf-8")
    (three / "actors.yaml").write_text(
        (Path(__file__).parents[1] / "sources" / "actors.yaml").read_text(encoding="utf-8"), encoding="utf-8"
    )
    with pytest.raises(SourceError) as caught:
        load_corpus([three])
    assert caught.value.line == 2 and "judged not the same, but same_as" in str(caught.value)


def test_a_decision_mixing_an_actor_and_a_fact_is_refused(tmp_path, three):
    (three / "decisions.yaml").write_text("not_same:\n  - [baytaq, c-report/session]\n", encoding="utf-8")
    (three / "actors.yaml").write_text(
        (Path(__file__).parents[1] / "sources" / "actors.yaml").read_text(encoding="utf-8"), encoding="utf-8"
    )
    with pytest.raises(SourceError) as caught:
        load_corpus([three])
    assert caught.value.line == 2 and "not one of each" in str(caught.value)


# ---------------------------------------------------------------- finding copies: kg duplicates --facts


def _unlinked(tmp_path: Path) -> Path:
    b = B.replace("    same_as: a-report/session\n", "").replace(
        "    name: {ru: Заседание совета}\n", "    name: {ru: Заседание совета, en: Session of the council}\n"
    )
    b = b.replace("    date: 2026-02-05\n", "    date: 2026-02-05\n    organiser: baytaq-political-council\n")
    c = C.replace(
        "    same_as: b-report/the-session\n",
        "    name: {en: Extended council session}\n    date: 2026-02-04\n    organiser: baytaq\n",
    )
    c = c.replace(
        "  - id: proposal\n    type: proposal\n    same_as: a-report/article-8\n    attribution: inferred\n",
        "  - id: figure\n    type: claim\n    claimant: baytaq\n    measure: {en: proposals received}\n    quantity: 2000\n",
    )
    return _corpus(tmp_path, a=A, b=b, c=c)


def test_duplicate_facts_are_found_with_score_and_reason(tmp_path):
    from kg.fact_duplicates import fact_duplicates

    folder = _unlinked(tmp_path)
    pairs = {(p.a, p.b): p for p in fact_duplicates(load_corpus([folder]))}
    ab = pairs[("a-report/session", "b-report/the-session")]
    assert ab.type == "session" and ab.score >= 60
    assert (
        "dates a day apart" in ab.why
        and "same organiser baytaq-political-council" in ab.why
        and "similar words" in ab.why
    )
    ac = pairs[("a-report/session", "c-report/session")]
    assert "organiser baytaq-political-council / baytaq: one is part of the other" in ac.why
    # differing figures are separate claims, never proposed as one
    assert not any(p.type == "claim" for p in pairs.values())


def test_judged_pairs_leave_the_list(tmp_path, run):
    folder = _unlinked(tmp_path)
    (folder / "actors.yaml").write_text(
        (Path(__file__).parents[1] / "sources" / "actors.yaml").read_text(encoding="utf-8"), encoding="utf-8"
    )
    (folder / "decisions.yaml").write_text(
        "not_same:\n  - [a-report/session, b-report/the-session]\n", encoding="utf-8"
    )
    out = run("duplicates", "--facts", "--sources", str(folder), "--format", "json")
    assert out.exit_code == 0, out.output
    import json

    listed = {(p["a"], p["b"]) for p in json.loads(out.stdout)}
    assert ("a-report/session", "b-report/the-session") not in listed and (
        "a-report/session",
        "c-report/session",
    ) in listed
    everything = json.loads(run("duplicates", "--facts", "--all", "--sources", str(folder), "--format", "json").stdout)
    assert ("a-report/session", "b-report/the-session") in {(p["a"], p["b"]) for p in everything}
    (folder / "decisions.yaml").write_text(
        "same_as:\n  - [a-report/session, b-report/the-session]\n  - [a-report/session, c-report/session]\n",
        encoding="utf-8",
    )
    assert run("duplicates", "--facts", "--sources", str(folder)).stdout.strip() == "no probable duplicate facts"


def test_the_default_data_has_no_unjudged_duplicate_facts(run):
    assert run("duplicates", "--facts").stdout.strip() == "no probable duplicate facts"


def test_a_problem_on_a_report_s_evidence_points_at_that_report_s_entry(three):
    from kg.validate import source_locations

    where = source_locations(load_corpus([three]))
    assert where[ID + "a-report/session"].endswith("a.yaml:9")
    assert where[ID + "a-report/session/evidence/c-report"].endswith("c.yaml:9")
    assert ID + "c-report/session" not in where  # no such node: it is a-report's session


D = """\
source:
  id: d-report
  outlet: sozmedia
  date: 2026-02-10
  language: en
  url: https://example.org/d
facts:
  - id: session
    type: session
    same_as: a-report/session
  - id: figure
    type: claim
    claimant: baytaq
    measure: {en: proposals}
    quantity: 1200
    event: session
"""


def test_a_claim_at_an_event_another_report_dates_takes_that_date(tmp_path):
    """A claim at a session this report names ``same_as`` is dated by the session (2026-02-04), not by the report
    (2026-02-10); a decision that joins two sessions dates it by the one that stands for both."""
    from kg.model import fact_date

    corpus = load_corpus([_corpus(tmp_path, a=A, d=D)])
    by_key = {f.key: f for f in corpus.facts}
    assert fact_date(by_key["d-report/figure"], by_key, corpus.canonical) == "2026-02-04"
    b = B.replace("    same_as: a-report/session\n", "") + (
        "  - id: count\n    type: claim\n    claimant: baytaq\n    measure: {en: proposals}\n    quantity: 900\n"
        "    event: the-session\n"
    )
    (tmp_path / "joined").mkdir()
    folder = _corpus(tmp_path / "joined", a=A, b=b)
    (folder / "decisions.yaml").write_text("same_as:\n  - [a-report/session, b-report/the-session]\n", encoding="utf-8")
    (folder / "actors.yaml").write_text(
        (Path(__file__).parents[1] / "sources" / "actors.yaml").read_text(encoding="utf-8"), encoding="utf-8"
    )
    corpus = load_corpus([folder])
    by_key = {f.key: f for f in corpus.facts}
    assert fact_date(by_key["b-report/count"], by_key, corpus.canonical) == "2026-02-04"
    assert fact_date(by_key["b-report/count"], by_key) == "2026-02-05"  # without the joins: the session it names
