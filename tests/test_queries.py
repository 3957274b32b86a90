"""Named queries as data: headers, parameters, safety checks, and answers through the Python API."""

from __future__ import annotations

import re

import pytest
from pyoxigraph import Literal, NamedNode

from kg.errors import QueryError
from kg.queries import bind_params, check_query, find_query, list_queries, run_sparql, with_values
from kg.resolve import run_named

QUERIES = list_queries()
REQUIRED = {"who-proposed-what", "speeches", "stances", "posts", "claims", "actor", "events"}


def test_the_required_queries_exist():
    assert {q.name for q in QUERIES} >= REQUIRED


@pytest.mark.parametrize("query", QUERIES, ids=[q.name for q in QUERIES])
def test_header_is_complete_and_params_appear_in_the_text(query):
    assert query.title and query.description and query.returns
    assert "ORDER BY" in query.text
    body = "\n".join(line for line in query.text.splitlines() if not line.startswith("#"))
    for param in query.params:
        assert re.search(rf"\?{param.name}\b", body), f"?{param.name} declared but unused"
    for column in query.returns:
        assert re.search(rf"\?{column}\b", body), f"?{column} in returns but not in the query"


@pytest.mark.parametrize("query", QUERIES, ids=[q.name for q in QUERIES])
def test_every_query_runs_on_the_tiny_graph(query, tiny_graph):
    given = {"actor": "example-party"} if any(p.name == "actor" and not p.optional for p in query.params) else {}
    result = run_named(tiny_graph, query, given)
    assert [v.value for v in result.variables]
    list(result)


def test_tiny_graph_answers():
    from pathlib import Path

    from kg.store import build_store

    store = build_store([Path(__file__).parent / "data" / "tiny"])
    rows = list(run_named(store, find_query("who-proposed-what")))
    assert [(r["proposer"].value, r["provision"].value) for r in rows] == [("Example Party", "Article 2 of the draft")]
    claims = list(run_named(store, find_query("claims")))
    assert [(c["figure"].value, c["comparator"].value, c["claimed_by"].value) for c in claims] == [
        ("50", "more than", "Ann Example")
    ]


def test_who_proposed_the_article_8_clause_python_api(seed_store):
    rows = list(run_named(seed_store, find_query("who-proposed-what"), {"target": "draft-constitution-2026-article-8"}))
    assert len(rows) == 1
    assert rows[0]["proposer"].value == '"Baytaq" Green Party of Kazakhstan'
    assert "Ecology and human health" in rows[0]["proposal"].value
    # the whole draft as target includes its articles
    assert len(list(run_named(seed_store, find_query("who-proposed-what"), {"target": "draft-constitution-2026"}))) == 1
    # a proposer with no proposals
    assert list(run_named(seed_store, find_query("who-proposed-what"), {"actor": "sergey-kachanov"})) == []


def test_actor_parameter_accepts_id_iri_and_label(seed_store):
    query = find_query("stances")
    for value in (
        "sergey-kachanov",
        "https://w3id.org/reform-kg/id/sergey-kachanov",
        "Sergey Kachanov",
        "Сергей Качанов",
    ):
        rows = list(run_named(seed_store, query, {"actor": value}))
        assert [r["holder"].value for r in rows] == ["Sergey Kachanov"], value


def test_parameters_are_bound_as_terms_not_text():
    query = find_query("posts")
    bound = bind_params(query, {"as_of": "2026-02-04", "lang": "kk"})
    assert bound == {
        "as_of": Literal("2026-02-04", datatype=NamedNode("http://www.w3.org/2001/XMLSchema#date")),
        "lang": Literal("kk"),
    }


def test_a_hostile_value_cannot_change_the_query(seed_store):
    text = "SELECT ?x WHERE { BIND(?v AS ?x) } ORDER BY ?x"
    hostile = Literal('x") } SERVICE <http://127.0.0.1:9/> { ?a ?b ?c } #')
    rows = list(run_sparql(seed_store, text, {"v": hostile}))
    assert rows[0]["x"] == hostile
    assert "SERVICE <http" in with_values(text, {"v": hostile})  # inside a string literal only
    # the check reads the author's text; the bound text would be refused (the word is in it), which
    # is why values are bound after the check, where they can only be terms
    assert check_query(text) == "SELECT"
    with pytest.raises(QueryError, match="SERVICE is refused"):
        check_query(with_values(text, {"v": hostile}))


@pytest.mark.parametrize(
    "value,kind",
    [("not a date", "as_of"), ("english", "lang")],
)
def test_bad_values_are_refused(value, kind):
    with pytest.raises(QueryError, match=f"--param {kind}="):
        bind_params(find_query("posts"), {kind: value})


@pytest.mark.parametrize(
    "text",
    [
        "SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }",
        "SELECT * WHERE { SERVICE SILENT <http://127.0.0.1:9/> { ?s ?p ?o } }",
        "SELECT * WHERE { ?s ?p ?o OPTIONAL { SERVICE <http://127.0.0.1:9/> { ?s ?q ?r } } }",
        "ASK { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }",
        "CONSTRUCT { ?s ?p ?o } WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }",
        "LOAD <http://127.0.0.1:9/x.ttl>",
        "LOAD SILENT <http://127.0.0.1:9/x.ttl> INTO GRAPH <urn:g>",
        "CLEAR ALL",
        "DELETE WHERE { ?s ?p ?o }",
        "SELECT * FROM NAMED <http://127.0.0.1:9/x> WHERE { GRAPH ?g { ?s ?p ?o } }",
    ],
)
def test_unsafe_queries_are_refused(text):
    with pytest.raises(QueryError, match="refused"):
        check_query(text)


def test_query_forms_are_recognised():
    assert check_query("ASK { ?s ?p ?o }") == "ASK"
    assert check_query("CONSTRUCT WHERE { ?s ?p ?o }") == "CONSTRUCT"
    assert check_query("DESCRIBE <urn:x>") == "DESCRIBE"


def test_with_values_needs_a_where_group():
    with pytest.raises(QueryError, match="no 'WHERE"):
        with_values("DESCRIBE <urn:x>", {"v": Literal("x")})


def test_errors_in_a_query_file_name_the_file_and_its_line(tmp_path, tiny_graph):
    """Before, they named the line of the text the engine runs (the 16 PREFIX lines kg adds, and
    expanded shorthands, before the author's): 'SPARQL syntax error at line 20' of a 5-line
    file, without its name; 'FROM is refused (line 20, …)' the same."""
    from kg.queries import load_query

    broken = tmp_path / "broken.rq"
    broken.write_text(
        "# title: t\nSELECT ?s ?label WHERE {\n  LABEL(?s AS ?label)\n  FILTER(?s = )\n}\n", encoding="utf-8"
    )
    with pytest.raises(QueryError) as caught:
        run_named(tiny_graph, load_query(broken))
    assert str(caught.value).startswith(f"{broken}:4: SPARQL syntax error at column 3: ")
    refused = tmp_path / "refused.rq"
    refused.write_text('# title: t\nSELECT ?s WHERE {\n  ?s ?p ?o\n  FILTER(?o = "data from x")\n}\n', encoding="utf-8")
    with pytest.raises(QueryError, match=rf"^{re.escape(str(refused))}: FROM is refused \(line 4, column 21\)"):
        load_query(refused)


def test_a_byte_order_mark_before_a_query_is_not_part_of_it(tmp_path, tiny_graph):
    """Before, a .rq file or standard input saved with a UTF-8 byte-order mark (as Windows editors
    save) was refused: 'SPARQL syntax error at line 17, column 1: Expected {SelectQuery | …}'."""
    import io

    from kg.queries import load_query, read_query_text

    text = "# title: A BOM first\nSELECT ?s WHERE { ?s ?p ?o } ORDER BY ?s LIMIT 1\n"
    path = tmp_path / "bom.rq"
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    query = load_query(path)
    assert query.title == "A BOM first" and len(list(run_named(tiny_graph, query))) == 1
    assert read_query_text(io.BytesIO(b"\xef\xbb\xbf" + text.encode("utf-8"))) == text


def test_header_param_syntax_errors_name_the_line(tmp_path):
    from kg.queries import load_query

    path = tmp_path / "bad.rq"
    path.write_text("# title: Bad\n# param: ?who person\nSELECT * WHERE { ?s ?p ?o } ORDER BY ?s\n", encoding="utf-8")
    with pytest.raises(QueryError) as caught:
        load_query(path)
    assert caught.value.line == 2 and "KIND one of" in str(caught.value)


def test_an_escaped_quote_cannot_smuggle_service_past_the_check(seed_store):
    # SPARQL allows expanding \uXXXX before parsing: then \u0022 ends the string and SERVICE is live
    text = 'SELECT * WHERE { BIND("\\u0022 ) } SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } # " AS ?x) }'
    with pytest.raises(QueryError, match="SERVICE is refused|syntax error"):
        run_sparql(seed_store, text)


def test_relation_kind_and_comparator_names_come_from_the_ontology_in_the_requested_language(seed_store):
    claims = list(run_named(seed_store, find_query("claims"), {"lang": "kk"}))
    assert [c["comparator"].value for c in claims] == ["астам"]  # was "more than" whatever the language
    assert [c["outlet"].value for c in claims] == ["BAQ.KZ"]
    ru = list(run_named(seed_store, find_query("actor"), {"actor": "sergey-kachanov", "lang": "ru"}))
    # rkg terms are named by the ontology; org:member (not ours) by its local name
    assert sorted((r["relation"].value, r["fact_type"].value) for r in ru) == [
        ("member", "членство"),
        ("выступающий", "выступление"),
        ("позиция кого", "позиция"),
    ]


def test_outlets_are_printed_in_the_requested_language():
    from kg.store import build_store

    store = build_store()
    rows = list(run_named(store, find_query("initiatives"), {"lang": "kk"}))
    assert any("ҚазАқпарат" in r["outlet"].value for r in rows)


def test_query_files_declare_no_prefix_and_the_loader_adds_them():
    from kg.resources import queries_dir
    from kg.vocab import sparql_prologue

    for path in sorted(queries_dir().glob("*.rq")):
        raw = path.read_text(encoding="utf-8")
        assert "PREFIX" not in raw, path.name
        assert find_query(path.stem).text.startswith(sparql_prologue())


def test_source_lists_read_the_same_in_every_process():
    """Aggregated lists (outlets, reports, quotes, disagreements) are sorted before they are joined."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).parents[1]
    env = {**os.environ, "PYTHONPATH": str(root)}
    runs = [
        subprocess.run(
            [sys.executable, "-m", "kg", "query", name, "--format", "csv"],
            capture_output=True,
            env=env,
            cwd=root,
            timeout=120,
            check=True,
        ).stdout
        for name in ("events", "review", "events", "review")
    ]
    assert runs[0] == runs[2] and runs[1] == runs[3]
    assert b"BAQ.KZ; Elorda Info; Kazakhstanskaya Pravda; S\xc3\xb6z media" in runs[0]


# ---------------------------------------------------------------- one actor through the indexes


def test_lateral_optionals_wraps_every_optional_group_and_nothing_else():
    from kg.queries import lateral_optionals

    text = """SELECT * WHERE { ?f a ?t . # OPTIONAL { in a comment
  OPTIONAL { ?f <urn:x:OPTIONAL> "OPTIONAL {" . ?x ex:OPTIONAL ?y }
  optional{ ?f ?p ?o OPTIONAL { SELECT ?o (COUNT(?s) AS ?n) WHERE { ?s ?q ?o } GROUP BY ?o } }
  FILTER NOT EXISTS { ?f a ?u } }"""
    assert (
        lateral_optionals(text)
        == """SELECT * WHERE { ?f a ?t . # OPTIONAL { in a comment
  LATERAL { OPTIONAL { ?f <urn:x:OPTIONAL> "OPTIONAL {" . ?x ex:OPTIONAL ?y } }
  LATERAL { optional{ ?f ?p ?o LATERAL { OPTIONAL { SELECT ?o (COUNT(?s) AS ?n) WHERE { ?s ?q ?o } GROUP BY ?o } } } }
  FILTER NOT EXISTS { ?f a ?u } }"""
    )


@pytest.mark.parametrize(
    "text",
    [
        "SELECT * WHERE { ?s ?p ?o OPTIONAL { ?o ?q ?r }",  # a brace left open
        "SELECT * WHERE { ?s ?p ?o OPTIONAL { ?o ?q ?r } } }",  # one too many closed
        'SELECT * WHERE { ?s ?p "\\u007d" OPTIONAL { ?o ?q ?r } }',  # an escape: left to the engine
        "SELECT * WHERE { ?s ?p ?o }",
    ],
)
def test_lateral_optionals_leaves_what_it_cannot_read_plainly(text):
    from kg.queries import lateral_optionals

    assert lateral_optionals(text) == text


class _Spy:
    """A store that records the text the engine is given."""

    lateral = True  # it hands the text to Oxigraph

    def __init__(self, store):
        self.store, self.texts = store, []

    def query(self, text, **options):
        self.texts.append(text)
        return self.store.query(text, **options)


def test_a_query_bound_to_an_actor_runs_its_optionals_row_by_row(seed_store):
    query = find_query("who-proposed-what")
    spy = _Spy(seed_store)
    bindings = bind_params(query, {"actor": "https://w3id.org/reform-kg/id/azamatkhan-amirtayev"})
    list(run_sparql(spy, query.text, bindings))
    sent = spy.texts[-1]
    assert "LATERAL { OPTIONAL {" in sent and not re.search(r"(?<!LATERAL \{ )OPTIONAL \{", sent)
    # the binding opens the WHERE group, before the actor's own triple patterns
    where = sent.index("WHERE {")
    assert sent.index("VALUES (?actor ?lang)", where) < sent.index("rkg:proposedBy ?actor", where)
    list(run_sparql(spy, query.text, bind_params(query, {})))
    assert "LATERAL" not in spy.texts[-1]  # unbound: the engine's own plan, which reads each table once
    spy.lateral = False  # a remote endpoint or another engine: plain SPARQL 1.1
    list(run_sparql(spy, query.text, bindings))
    assert "LATERAL" not in spy.texts[-1]


def _answers(result) -> list[tuple]:
    """Rows as comparable tuples; a GROUP_CONCAT cell as its sorted parts (their order follows the plan)."""
    return sorted(
        tuple(tuple(sorted(re.split(" … |; ", v.value))) if v is not None else () for v in row) for row in result
    )


@pytest.mark.parametrize(
    "query", [q for q in QUERIES if any(p.kind == "actor" for p in q.params)], ids=lambda q: q.name
)
def test_row_by_row_optionals_give_the_same_answers(query, seed_store):
    from kg.queries import lateral_optionals

    actors = [
        row["a"]
        for row in seed_store.query(
            "SELECT DISTINCT ?a WHERE { ?f a <https://w3id.org/reform-kg/ontology#Fact> ; ?p ?a . ?a a ?c } ORDER BY ?a"
        )
    ]
    assert len(actors) > 10
    answered = 0
    for actor in actors:
        text = with_values(query.text, bind_params(query, {"actor": actor.value}))
        plain = _answers(seed_store.query(text))
        lateral = lateral_optionals(text)
        assert lateral != text
        assert _answers(seed_store.query(lateral)) == plain, actor
        answered += bool(plain)
    assert answered  # the comparison covered actors with answers, not only empty ones


# ---------------------------------------------------------------- engine text: same answers, driven by the bound IRI

IRI_QUERIES = [q for q in QUERIES if any(p.kind in ("actor", "iri") for p in q.params)]
_RKG = "https://w3id.org/reform-kg/ontology#"


def _csv(result) -> bytes:
    from pyoxigraph import QueryResultsFormat

    return result.serialize(format=QueryResultsFormat.CSV)


def _iri_values(store, query, actors: list[str], facts: list[str]) -> list[tuple[str, str]]:
    """Each IRI parameter of ``query`` with each value to bind it to: actors for actor parameters, facts for iri ones."""
    return [
        (p.name, v)
        for p in query.params
        if p.kind in ("actor", "iri")
        for v in (actors if p.kind == "actor" else facts)
    ]


def _same_answers_with_and_without_engine_text(store, query, name: str, value: str) -> bool:
    from kg.queries import bound_query, engine_text

    bindings = bind_params(query, {name: value})
    plain = bound_query(query.text, bindings)
    engine = engine_text(store, plain, bindings)
    assert engine != plain, f"{query.name} -p {name}: no rewrite"
    expected = _csv(store.query(plain))
    assert _csv(store.query(engine)) == expected, f"{query.name} -p {name}={value}"
    return expected.count(b"\n") > 1


def _terms(store, sparql: str) -> list[str]:
    return [row[0].value for row in store.query(sparql)]


@pytest.mark.parametrize("query", IRI_QUERIES, ids=lambda q: q.name)
def test_engine_text_gives_byte_identical_answers_for_every_actor_of_the_seed_graph(query, seed_store):
    """Every actor, target and fact of the default graph: the rewritten text (LATERAL groups, the
    driving sub-SELECT) answers exactly what the plain bound text answers, as CSV bytes."""
    actors = _terms(seed_store, f"SELECT DISTINCT ?a WHERE {{ ?f a <{_RKG}Fact> ; ?p ?a . ?a a ?c }} ORDER BY ?a")
    facts = _terms(seed_store, f"SELECT DISTINCT ?f WHERE {{ ?f a <{_RKG}Fact> ; <{_RKG}evidence> ?e }} ORDER BY ?f")
    assert len(actors) > 10 and len(facts) > 10
    answered = [
        _same_answers_with_and_without_engine_text(seed_store, query, name, value)
        for name, value in _iri_values(seed_store, query, actors, facts)
    ]
    assert any(answered)  # the comparison covered values with answers, not only empty ones


@pytest.fixture(scope="module")
def synthetic_store(tmp_path_factory):
    """A ~100 k-triple synthetic store (``kg synth --facts 5263``), built in memory."""
    from kg.store import build_store
    from kg.synth import synthesize

    corpus = tmp_path_factory.mktemp("synth100k") / "corpus"
    synthesize(corpus, facts=5263, seed=0)
    return build_store([corpus])


@pytest.mark.parametrize("query", IRI_QUERIES, ids=lambda q: q.name)
def test_engine_text_gives_byte_identical_answers_on_a_synthetic_100k_store(query, synthetic_store):
    """The busiest actors and targets (the heaviest rewrite), some quiet ones, and a few facts."""
    busiest = _terms(
        synthetic_store,
        f"SELECT ?a WHERE {{ ?f a <{_RKG}Fact> ; ?p ?a . ?a a ?c }} GROUP BY ?a ORDER BY DESC(COUNT(?f)) ?a LIMIT 4",
    )
    for role in ("initiator", "speaker", "heldBy", "claimedBy", "chairedBy"):  # the busiest in each role
        busiest += _terms(
            synthetic_store,
            f"SELECT ?a WHERE {{ ?f <{_RKG}{role}> ?a }} GROUP BY ?a ORDER BY DESC(COUNT(?f)) ?a LIMIT 1",
        )
    targets = _terms(
        synthetic_store,
        f"SELECT ?t WHERE {{ ?f <{_RKG}targets>|<http://www.w3.org/ns/marl#describesObject> ?t }} "
        "GROUP BY ?t ORDER BY DESC(COUNT(?f)) ?t LIMIT 2",
    )
    quiet = _terms(synthetic_store, f"SELECT DISTINCT ?a WHERE {{ ?f a <{_RKG}Fact> ; ?p ?a . ?a a ?c }} ORDER BY ?a")[
        ::997
    ]
    facts = _terms(synthetic_store, f"SELECT DISTINCT ?f WHERE {{ ?f a <{_RKG}Proposal> }} ORDER BY ?f")[::1499]
    answered = [
        _same_answers_with_and_without_engine_text(synthetic_store, query, name, value)
        for name, value in _iri_values(synthetic_store, query, busiest + targets + quiet, facts)
    ]
    assert any(answered)


def _without(text: str, opener: re.Pattern, close: str) -> str:
    """The text with every span that ``opener`` starts removed up to its balancing ``close`` bracket."""
    pairs = {"(": ")", "{": "}"}
    open_ = next(o for o, c in pairs.items() if c == close)
    while (match := opener.search(text)) is not None:
        depth, at = 0, match.end() - 1
        for at in range(match.end() - 1, len(text)):
            depth += {open_: 1, close: -1}.get(text[at], 0)
            if depth == 0:
                break
        text = text[: match.start()] + text[at + 1 :]
    return text


@pytest.mark.parametrize("query", IRI_QUERIES, ids=lambda q: q.name)
def test_a_bound_iri_is_matched_by_a_triple_pattern_not_only_by_a_filter(query, seed_store):
    """What the engine is given for a bound actor, target or fact, with every FILTER, OPTIONAL,
    EXISTS and the VALUES block taken out, still names the parameter: a triple pattern the
    engine can answer from its indexes matches it, not only a test on rows already found."""
    from kg.queries import bound_query, engine_text

    for param in (p for p in query.params if p.kind in ("actor", "iri")):
        bindings = bind_params(query, {param.name: "https://w3id.org/reform-kg/id/baytaq"})
        engine = engine_text(seed_store, bound_query(query.text, bindings), bindings)
        rest = _without(engine, re.compile(r"\bVALUES\s*\([^)]*\)\s*\{"), "}")
        rest = _without(rest, re.compile(r"\b(?:NOT\s+)?EXISTS\s*\{", re.IGNORECASE), "}")
        rest = _without(rest, re.compile(r"\bFILTER\s*\(", re.IGNORECASE), ")")
        rest = _without(rest, re.compile(r"\bOPTIONAL\s*\{", re.IGNORECASE), "}")
        body = "\n".join(line.split(" #")[0] for line in rest.splitlines() if not line.lstrip().startswith("#"))
        assert re.search(rf"\?{param.name}\b", body), f"{query.name}: ?{param.name} is matched only in a FILTER"


def test_lateral_wraps_a_sub_select_only_where_row_by_row_gives_the_same_answers():
    from kg.queries import lateral_optionals

    joined = "{ SELECT ?f (COUNT(?s) AS ?n) WHERE { ?f ?p ?s } GROUP BY ?f }"
    assert lateral_optionals(f"SELECT * WHERE {{ ?f a ?t . {joined} }}") == (
        f"SELECT * WHERE {{ ?f a ?t . LATERAL {{ {joined} }} }}"
    )
    left_alone = [
        f"SELECT * WHERE {{ ?f a ?t . {joined} UNION {{ ?f ?q ?r }} }}",  # a UNION operand
        f"SELECT * WHERE {{ ?f a ?t . {{ ?f ?q ?r }} UNION {joined} }}",
        "SELECT * WHERE { ?f a ?t . { SELECT ?f WHERE { ?f ?p ?s } LIMIT 1 } }",  # a limit would apply per row
        "SELECT * WHERE { ?f a ?t . { SELECT ?g WHERE { ?g ?p ?s } } }",  # joins on nothing seen before
        f"SELECT * WHERE {{ ?f a ?t FILTER EXISTS {joined} }}",  # not an element of its group
        f"SELECT * WHERE {joined}",
        "SELECT * WHERE { ?f a ?t OPTIONAL { SELECT ?f WHERE { ?f ?p ?s } OFFSET 2 } }",
    ]
    for text in left_alone:
        assert lateral_optionals(text) == text, text
    nested = f"SELECT * WHERE {{ ?f a ?t . {{ SELECT ?f WHERE {{ ?f a ?u . {joined} }} }} }}"
    assert lateral_optionals(nested).count("LATERAL") == 1  # the outer sub-SELECT only


def test_driven_puts_the_bound_iris_triples_first_and_only_for_a_top_level_filter():
    from kg.queries import bound_query, driven

    text = (
        "SELECT * WHERE {\n  ?f a ?t .\n"
        "  FILTER(!BOUND(?actor) || EXISTS { ?f <urn:p> ?actor })\n"
        "  FILTER(!BOUND(?lang) || EXISTS { ?f <urn:l> ?lang })\n"  # a literal: not driven
        "  OPTIONAL { ?f <urn:q> ?o FILTER(!BOUND(?other) || EXISTS { ?f <urn:r> ?other }) }\n}"
    )
    bindings = {"actor": NamedNode("urn:a"), "lang": Literal("en"), "other": NamedNode("urn:o")}
    out = driven(bound_query(text, bindings), bindings)
    head = out[: out.index("?f a ?t")]
    assert ") }\n  LATERAL { SELECT DISTINCT ?f ?actor WHERE { ?f <urn:p> ?actor } }\n" in head  # right after VALUES
    assert head.count("LATERAL") == 1
    assert driven(bound_query(text, {}), {}) == bound_query(text, {})


def test_a_per_actor_sub_select_is_narrowed_to_the_bound_actor_and_answered_once():
    from kg.queries import bound_query, engine_text

    text = (
        "SELECT * WHERE {\n  ?f <urn:by> ?actor .\n"
        "  OPTIONAL { SELECT ?actor (COUNT(?m) AS ?n) WHERE { ?m <urn:member> ?actor } GROUP BY ?actor }\n"
        "  OPTIONAL { SELECT ?actor (COUNT(?m) AS ?k) WHERE { OPTIONAL { ?m <urn:member> ?actor } } GROUP BY ?actor }\n}"
    )
    bindings = {"actor": NamedNode("urn:a")}
    out = engine_text(_Spy(None), bound_query(text, bindings), bindings)
    narrowed = (
        "  OPTIONAL { SELECT ?actor (COUNT(?m) AS ?n) WHERE { VALUES (?actor) { (<urn:a>) } ?m <urn:member> ?actor }"
    )
    assert narrowed in out  # narrowed, and a plain OPTIONAL: answered once, then joined
    # ?actor bound only inside an OPTIONAL of the sub-SELECT may be unbound there: left as it was, row by row
    assert "LATERAL { OPTIONAL { SELECT ?actor (COUNT(?m) AS ?k) WHERE { LATERAL { OPTIONAL {" in out


def test_lateral_triples_wraps_each_top_level_triples_block_after_a_lateral_group():
    from kg.queries import lateral_triples

    text = (
        "SELECT * WHERE { ?a ?b ?c . LATERAL { SELECT ?a WHERE { ?a ?x ?y } }\n"
        "  ?a <urn:p> ?d ; <urn:q> [ <urn:r> ?e ] .  # a comment after the block\n"
        "  FILTER(!BOUND(?z) || EXISTS { ?a ?p ?z })\n"
        "  ?d rkg:s ?f BIND((?f + 1) AS ?g) OPTIONAL { ?g ?h ?i } ?g ?j ?k\n"
        "  { ?k ?l ?m } UNION { ?k ?n ?m }\n}"
    )
    assert lateral_triples(text) == (
        "SELECT * WHERE { ?a ?b ?c . LATERAL { SELECT ?a WHERE { ?a ?x ?y } }\n"
        "  LATERAL { ?a <urn:p> ?d ; <urn:q> [ <urn:r> ?e ] . }  # a comment after the block\n"
        "  FILTER(!BOUND(?z) || EXISTS { ?a ?p ?z })\n"
        "  LATERAL { ?d rkg:s ?f } BIND((?f + 1) AS ?g) OPTIONAL { ?g ?h ?i } LATERAL { ?g ?j ?k }\n"
        "  { ?k ?l ?m } UNION { ?k ?n ?m }\n}"
    )
    assert lateral_triples("SELECT * WHERE { ?a ?b ?c OPTIONAL { ?c ?d ?e } ?e ?f ?g }").count("LATERAL") == 0


def test_a_query_file_that_is_a_folder_or_not_utf8_says_what_to_do(tmp_path):
    """`kg query some-folder` printed "[Errno 21] Is a directory"; a cp1251 file a codec's message."""
    from kg.queries import load_query

    with pytest.raises(QueryError, match=r"query file is a folder, not a file"):
        load_query(tmp_path)
    bad = tmp_path / "mine.rq"
    bad.write_bytes("# title: Кто\nSELECT * WHERE { ?s ?p ?o }\n".encode("cp1251"))
    with pytest.raises(QueryError, match=r"mine\.rq: not UTF-8 text \(byte 9\); save the file as UTF-8"):
        load_query(bad)


def test_a_value_outside_a_params_choices_is_refused(seed_store):
    """`kg query review -p issue=disagreements` answered 0 rows, as if the graph had none."""
    review = find_query("review")
    assert next(p for p in review.params if p.name == "issue").choices == ("one source", "disagreement")
    assert str(bind_params(review, {"issue": "disagreement"})["issue"]) == '"disagreement"'
    with pytest.raises(
        QueryError, match=r"--param issue='disagreements': expected one of: 'one source', 'disagreement'"
    ):
        bind_params(review, {"issue": "disagreements"})


def test_a_query_file_is_bounded(tmp_path):
    """`kg query /dev/zero` filled memory and a FIFO hung: a query file is a regular file of at most 1 MiB."""
    import os

    from kg.queries import MAX_QUERY_BYTES, load_query

    with pytest.raises(QueryError, match=r"not a regular file \(a device, pipe or socket\?\)"):
        load_query("/dev/zero")
    fifo = tmp_path / "q.rq"
    os.mkfifo(fifo)
    with pytest.raises(QueryError, match="not a regular file"):
        load_query(fifo)
    big = tmp_path / "big.rq"
    big.write_text("SELECT * WHERE { ?s ?p ?o } #" + "x" * MAX_QUERY_BYTES, encoding="utf-8")
    with pytest.raises(QueryError, match=r"big\.rq: query file is [\d,]+ bytes, over the limit of 1,048,576"):
        load_query(big)


def test_query_text_from_a_stream_is_bounded():
    import io

    from kg.queries import MAX_QUERY_BYTES, read_query_text

    assert read_query_text(io.BytesIO("SELECT ?é {}".encode())) == "SELECT ?é {}"
    with pytest.raises(QueryError, match=r"standard input: the query is over the limit of 1,048,576 bytes"):
        read_query_text(io.BytesIO(b"#" * (MAX_QUERY_BYTES + 1)))
    with pytest.raises(QueryError, match=r"standard input: not UTF-8 text \(byte 0\)"):
        read_query_text(io.BytesIO(b"\xff"))


def test_a_parameter_given_twice_is_refused():
    """`-p actor=baytaq -p actor=auyl` answered for auyl alone, as if the first were not given."""
    from kg.queries import parse_param_args

    with pytest.raises(QueryError, match=r"--param actor given twice \('baytaq', 'auyl'\); a query takes one value"):
        parse_param_args(["actor=baytaq", "lang=kk", "actor=auyl"])
