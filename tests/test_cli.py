"""The seed questions and the error paths, through the kg command line."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import SEED_ARGS

ARTICLE_8_QUOTE = (
    "Осыған байланысты «БАЙТАҚ» партиясы Конституцияның 8-бабында «Экология және адам денсаулығы» "
    "ұғымын мемлекеттің базалық құндылығы ретінде жеке тармақпен бекітуді ұсынды."
)


def _json_rows(result) -> list[dict[str, str]]:
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    return [{k: v["value"] for k, v in row.items()} for row in data["results"]["bindings"]]


# ---------------------------------------------------------------- the seed questions


def test_who_proposed_what_table_names_baytaq_article_8_and_quote(run):
    result = run("query", "who-proposed-what", *SEED_ARGS)
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert '"Baytaq" Green Party of Kazakhstan' in out
    assert "Article 8 of the draft Constitution" in out
    assert "(1 row)" in out
    # the quote is wrapped in the table: compare without line breaks and padding
    flat = " ".join(out.split())
    assert ARTICLE_8_QUOTE in flat


def test_who_proposed_what_json_is_exact(run):
    rows = _json_rows(run("query", "who-proposed-what", *SEED_ARGS, "--format", "json"))
    assert len(rows) == 1
    row = rows[0]
    assert row["proposer"] == '"Baytaq" Green Party of Kazakhstan'
    assert row["provision"] == "Article 8 of the draft Constitution"
    assert row["proposal"].startswith('Enshrine "Ecology and human health" as a basic value of the state')
    assert row["date"] == "2026-02-04"
    assert row["outlet"] == "BAQ.KZ"
    assert row["evidence"] == ARTICLE_8_QUOTE


def test_who_proposed_what_in_kazakh(run):
    rows = _json_rows(run("query", "who-proposed-what", *SEED_ARGS, "--lang", "kk", "--format", "json"))
    assert rows[0]["proposer"] == "Қазақстанның «Байтақ» жасылдар партиясы"
    assert rows[0]["proposal"] == (
        "«Экология және адам денсаулығы» ұғымын мемлекеттің базалық құндылығы ретінде жеке тармақпен бекіту"
    )


def test_who_chaired(run):
    rows = _json_rows(run("query", "events", *SEED_ARGS, "--format", "json"))
    assert len(rows) == 1
    assert rows[0]["chair"] == "Azamatkhan Amirtayev"
    assert rows[0]["place"] == "Astana"
    assert rows[0]["format"] == "Mixed"
    assert rows[0]["date"] == "2026-02-04"
    assert rows[0]["organiser"] == "Political Council of the Baytaq party"
    assert rows[0]["about"] == "Draft new Constitution of the Republic of Kazakhstan"
    assert rows[0]["speeches"] == "6"


SPEAKERS = {
    "Azamatkhan Amirtayev": ('chair, "Baytaq" Green Party of Kazakhstan', None),
    "Bekbergen Kerey": (
        'executive secretary, "Baytaq" Green Party of Kazakhstan',
        "The Constitution: the balance between ecology and development",
    ),
    "Alma Karashkyzy": ("chair, Almaty city branch of the Baytaq party", "A human-centred model of the state"),
    "Murat Tashibayev": (
        'adviser to the chair, "Baytaq" Green Party of Kazakhstan',
        "International legal aspects of the constitutional reform in Kazakhstan",
    ),
    "Shyngys Usenkul": ("member, Political Council of the Baytaq party", None),
    "Sergey Kachanov": ("head, Primary organisation of the Baytaq party (not named in the report)", None),
}


def test_each_speaker_with_post_and_title(run):
    rows = _json_rows(run("query", "speeches", *SEED_ARGS, "--format", "json"))
    got = {r["speaker"]: (r.get("post"), r.get("title")) for r in rows}
    assert got == SPEAKERS


def test_speech_titles_in_kazakh(run):
    rows = _json_rows(run("query", "speeches", *SEED_ARGS, "--lang", "kk", "--format", "json"))
    titles = {r["speaker"]: r.get("title") for r in rows}
    assert titles["Бекберген Керей"] == "Конституция: экология мен даму арасындағы тепе-теңдік"
    assert titles["Алма Қарашқызы"] == "Адамға бағдарланған мемлекет моделі"
    assert titles["Мұрат Ташибаев"] == "Қазақстандағы конституциялық реформаның халықаралық-құқықтық аспектілері"
    on_behalf = {r["speaker"]: r.get("on_behalf_of") for r in rows}
    assert on_behalf["Шыңғыс Үсенқұл"] == "жастар"


def test_who_initiated_the_reform(run):
    rows = _json_rows(run("query", "initiatives", *SEED_ARGS, "--format", "json"))
    assert [(r["initiator"], r["initiated"]) for r in rows] == [
        ("Kassym-Jomart Tokayev", "Constitutional reform of Kazakhstan (2025–2026)")
    ]


def test_who_supports_the_draft_and_how(run):
    rows = _json_rows(run("query", "stances", *SEED_ARGS, "--format", "json"))
    got = sorted((r["holder"], r["stance"], r["degree"], r["toward"]) for r in rows)
    assert got == [
        (
            '"Baytaq" Green Party of Kazakhstan',
            "supports",
            "fully",
            "Draft new Constitution of the Republic of Kazakhstan",
        ),
        ("Sergey Kachanov", "supports", "fully", "Draft new Constitution of the Republic of Kazakhstan"),
    ]


def test_e_otinish_claim_who_said_it_and_to_which_body(run):
    rows = _json_rows(run("query", "claims", *SEED_ARGS, "--format", "json", "-p", "actor=azamatkhan-amirtayev"))
    seed = [r for r in rows if r["via"] == "e-Otinish" and r["date"] == "2026-02-04"]
    assert len(seed) == 1
    claim = seed[0]
    assert (claim["comparator"], claim["figure"], claim["unit"]) == ("more than", "1000", "proposals")
    assert claim["claimed_by"] == "Azamatkhan Amirtayev"
    assert claim["to"] == "Constitutional Reform Commission"
    assert "e-Otinish платформасы арқылы мыңнан астам ұсыныс түскені айтылды" in claim["evidence"]


def test_posts_of_every_person_in_the_seed(run):
    rows = _json_rows(run("query", "posts", "--format", "json", *SEED_ARGS))
    got = sorted((r["person"], r["role"], r["in"]) for r in rows)
    assert got == [
        ("Alma Karashkyzy", "chair", "Almaty city branch of the Baytaq party"),
        ("Azamatkhan Amirtayev", "chair", '"Baytaq" Green Party of Kazakhstan'),
        ("Bekbergen Kerey", "executive secretary", '"Baytaq" Green Party of Kazakhstan'),
        ("Kassym-Jomart Tokayev", "Head of State", "Republic of Kazakhstan"),
        ("Murat Tashibayev", "adviser to the chair", '"Baytaq" Green Party of Kazakhstan'),
        ("Sergey Kachanov", "head", "Primary organisation of the Baytaq party (not named in the report)"),
        ("Shyngys Usenkul", "member", "Political Council of the Baytaq party"),
    ]


def test_actor_query_needs_and_uses_its_parameter(run):
    missing = run("query", "actor")
    assert missing.exit_code == 1
    assert "needs --param actor=" in missing.stderr
    rows = _json_rows(run("query", "actor", "-p", "actor=sergey-kachanov", "--format", "json", *SEED_ARGS))
    kinds = sorted(r["fact_type"] for r in rows)
    assert kinds == ["membership", "speech", "stance"]  # the ontology's own labels
    kk = _json_rows(
        run("query", "actor", "-p", "actor=sergey-kachanov", "--lang", "kk", "--format", "json", *SEED_ARGS)
    )
    assert sorted(r["fact_type"] for r in kk) == ["мүшелік", "сөз", "ұстаным"]


def test_csv_and_tsv_follow_the_sparql_result_formats(run):
    out = run("query", "stances", *SEED_ARGS, "--format", "csv")
    assert out.exit_code == 0
    table = list(csv.reader(io.StringIO(out.stdout)))
    assert table[0] == ["holder", "stance", "degree", "toward", "date", "sources", "outlet", "reports", "evidence"]
    assert len(table) == 3
    tsv = run("query", "stances", *SEED_ARGS, "--format", "tsv")
    assert (
        tsv.stdout.splitlines()[0]
        == "?holder\t?stance\t?degree\t?toward\t?date\t?sources\t?outlet\t?reports\t?evidence"
    )


def test_ad_hoc_sparql_from_option_and_stdin(run):
    text = "PREFIX rkg: <https://w3id.org/reform-kg/ontology#> SELECT (COUNT(?p) AS ?n) WHERE { ?p a rkg:Proposal }"
    result = run("query", "--sparql", text, "--sources", "tests/data/tiny")
    assert result.stdout.splitlines()[:3] == ["n", "-", "1"]
    piped = run("query", "--sparql", "-", "--format", "csv", "--sources", "tests/data/tiny", input=text)
    assert piped.stdout.replace("\r\n", "\n") == "n\n1\n"


def test_query_from_a_file(run, tmp_path: Path):
    rq = tmp_path / "mine.rq"
    rq.write_text(
        "# title: Platforms\n# param: ?lang lang, optional, default en; labels\n"
        "PREFIX rkg: <https://w3id.org/reform-kg/ontology#>\n"
        "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
        "SELECT ?name WHERE { ?p a rkg:Platform ; skos:prefLabel ?name FILTER(LANG(?name) = ?lang) } ORDER BY ?name\n",
        encoding="utf-8",
    )
    result = run("query", str(rq), "--lang", "kk", "--format", "csv")
    assert result.exit_code == 0, result.output
    assert "e-Otinish платформасы" in result.stdout


def test_list_names_every_query_with_its_parameters(run):
    out = run("query", "--list").stdout
    for name in ("who-proposed-what", "speeches", "stances", "posts", "claims", "actor", "events", "initiatives"):
        assert f"\n{name}\n" in f"\n{out}\n"
    assert "-p actor=<actor>  (required)" in out


def test_output_file_is_written(run, tmp_path: Path):
    target = tmp_path / "answer.json"
    result = run("query", "who-proposed-what", *SEED_ARGS, "--format", "json", "-o", str(target))
    assert result.exit_code == 0
    assert json.loads(target.read_text(encoding="utf-8"))["head"]["vars"][0] == "proposer"


# ---------------------------------------------------------------- export, validate, stats


def test_export_turtle_is_byte_identical_and_parses_back(run, seed_store):
    import rdflib
    from rdflib.compare import isomorphic

    from kg.validate import to_rdflib

    first = run("export", *SEED_ARGS).stdout_bytes
    second = run("export", *SEED_ARGS).stdout_bytes
    assert first == second
    parsed = rdflib.Graph().parse(data=first, format="turtle")
    assert isomorphic(parsed, to_rdflib(seed_store))


@pytest.mark.parametrize("fmt,parser", [("nt", "nt"), ("json-ld", "json-ld"), ("trig", "trig"), ("xml", "xml")])
def test_export_other_formats_parse(run, fmt, parser):
    import rdflib

    data = run("export", "--format", fmt).stdout_bytes
    graph = (
        rdflib.Dataset().parse(data=data, format=parser)
        if fmt == "trig"
        else rdflib.Graph().parse(data=data, format=parser)
    )
    assert len(graph) > 500


def test_export_group_above_places_nodes_as_the_grouped_page(run):
    grouped = run("export", "--format", "graphml", "--group-above", "10").stdout
    assert 'attr.name="group"' in grouped and "<data" in grouped
    assert 'attr.name="group"' not in run("export", "--format", "graphml").stdout  # 10,000 by default


@pytest.mark.parametrize("fmt", ["turtle", "nt"])
def test_export_group_above_with_an_rdf_format_is_refused(run, fmt):
    """--group-above only lays out graphml/gexf: with an RDF format it would do nothing, so it is an error."""
    result = run("export", "--format", fmt, "--group-above", "5")
    assert result.exit_code == 1 and result.stdout == ""
    assert "--group-above applies to the graphml and gexf formats only" in result.stderr
    assert "drop --group-above, or export with --format graphml or gexf" in result.stderr
    assert "Traceback" not in result.output
    assert run("export", "--format", fmt).exit_code == 0  # its default does not trigger it


@pytest.mark.parametrize(
    ("options", "said"),
    [(("--lang", "kk"), "--lang applies"), (("--lang", "ru", "--group-above", "5"), "--lang and --group-above apply")],
)
def test_export_lang_with_an_rdf_format_is_refused(run, options, said):
    """--lang picks the labels of the graphml/gexf projection; RDF keeps every language, so it is an error there."""
    result = run("export", "--format", "turtle", *options)
    assert result.exit_code == 1 and result.stdout == ""
    assert f"{said} to the graphml and gexf formats only" in result.stderr
    assert "Traceback" not in result.output
    kk = run("export", "--format", "graphml", "--lang", "kk").stdout
    assert kk != run("export", "--format", "graphml").stdout  # it does change the projection's labels
    assert run("export", "--format", "graphml").stdout == run("export", "--format", "graphml", "--lang", "en").stdout


def test_export_to_file_in_a_separate_process_is_identical(tmp_path: Path):
    outputs = []
    for n in (1, 2):
        target = tmp_path / f"g{n}.ttl"
        subprocess.run([sys.executable, "-m", "kg", "export", "-o", str(target)], check=True, capture_output=True)
        outputs.append(target.read_bytes())
    assert outputs[0] == outputs[1]
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")], "temp files left behind"


def test_validate_the_default(run):
    result = run("validate")
    assert result.exit_code == 0
    assert result.stdout.startswith("ok: 1 source(s), 19 fact(s)") or result.stdout.startswith("ok: ")


def test_stats_counts_by_class_and_source(run):
    out = run("stats", "--format", "json", "--sources", "tests/data/tiny").stdout
    data = json.loads(out)
    assert data["classes"]["https://w3id.org/reform-kg/ontology#Proposal"] == 1
    assert data["sources"] == {"https://w3id.org/reform-kg/id/source/tiny-2026-01-01": 4}


@pytest.mark.parametrize("command", ["", "query", "export", "validate", "stats", "build"])
def test_every_command_has_help(run, command):
    result = run(*([command] if command else []), "--help")
    assert result.exit_code == 0
    assert "Usage:" in result.stdout


# ---------------------------------------------------------------- bad input: one line, no traceback


def _fails(result, *needles: str) -> str:
    assert result.exit_code != 0
    assert "Traceback" not in result.output
    message = result.stderr.strip()
    assert message.count("\n") == 0, message
    for needle in needles:
        assert needle in message, message
    return message


def test_unknown_query_name_suggests(run):
    _fails(run("query", "who-proposed"), "unknown query 'who-proposed'", "who-proposed-what")


def test_bad_param_syntax(run):
    _fails(run("query", "claims", *SEED_ARGS, "-p", "actor"), "bad --param 'actor'", "NAME=VALUE")


def test_undeclared_param(run):
    _fails(run("query", "claims", *SEED_ARGS, "-p", "colour=red"), "has no parameter 'colour'", "actor, lang")


def test_bad_date_param(run):
    _fails(run("query", "posts", "-p", "as_of=yesterday"), "--param as_of='yesterday'", "YYYY-MM-DD")


def test_unknown_actor_param(run):
    _fails(run("query", "claims", *SEED_ARGS, "-p", "actor=nobody-at-all-xyz"), "unknown actor")


@pytest.mark.parametrize(
    "sparql,needle",
    [
        ("SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }", "SERVICE is refused"),
        ("LOAD <http://127.0.0.1:9/data.ttl>", "LOAD is refused"),
        ("INSERT DATA { <urn:a> <urn:b> <urn:c> }", "updates"),
        ("SELECT * FROM <http://127.0.0.1:9/data.ttl> WHERE { ?s ?p ?o }", "FROM"),
        ("SELECT * WHERE { ?s ?p }", "syntax error"),
    ],
)
def test_unsafe_or_broken_sparql_is_refused(run, sparql, needle):
    _fails(run("query", "--sparql", sparql), needle)


def test_malformed_yaml_names_file_and_line(run, tiny_sources: Path):
    sheet = tiny_sources / "articles" / "tiny.yaml"
    sheet.write_text(
        sheet.read_text(encoding="utf-8").replace("    role: chair\n", "    role: [chair\n"), encoding="utf-8"
    )
    message = _fails(run("validate", str(tiny_sources)), "tiny.yaml:", "malformed YAML")
    assert message.startswith("Error: ")


def test_unknown_actor_id_names_line(run, tiny_sources: Path):
    sheet = tiny_sources / "articles" / "tiny.yaml"
    sheet.write_text(
        sheet.read_text(encoding="utf-8").replace("holder: ann-example", "holder: ann-exampel"), encoding="utf-8"
    )
    _fails(
        run("validate", str(tiny_sources)), "tiny.yaml:11:", "unknown actor 'ann-exampel'", "did you mean 'ann-example'"
    )


def test_quote_not_in_text_names_line(run, tiny_sources: Path):
    sheet = tiny_sources / "articles" / "tiny.yaml"
    sheet.write_text(
        sheet.read_text(encoding="utf-8").replace('"Its chair Ann Example"', '"Its chairwoman Ann Example"'),
        encoding="utf-8",
    )
    _fails(run("validate", str(tiny_sources)), "tiny.yaml:14:", "evidence quote not found", "verbatim")


def test_export_to_missing_folder_fails_and_writes_nothing(run, tmp_path: Path):
    target = tmp_path / "nope" / "graph.ttl"
    _fails(run("export", "-o", str(target)), "does not exist")
    assert not target.parent.exists()


def test_failed_build_leaves_existing_output_untouched(run, tiny_sources: Path, tmp_path: Path):
    target = tmp_path / "graph.ttl"
    target.write_text("previous export\n", encoding="utf-8")
    (tiny_sources / "articles" / "tiny.yaml").write_text("source: [\n", encoding="utf-8")
    _fails(run("export", "--sources", str(tiny_sources), "-o", str(target)), "malformed YAML")
    assert target.read_text(encoding="utf-8") == "previous export\n"
    assert [p.name for p in tmp_path.iterdir() if p.is_file()] == ["graph.ttl"]


def test_output_that_names_an_input_is_refused_and_the_input_kept(run, tiny_sources: Path, tmp_path: Path):
    """Before, `kg query q.rq -o q.rq` replaced the query with its answer, and
    `kg export --sources DIR -o DIR/articles/tiny.yaml` a fact sheet with Turtle (exit 0 both)."""
    query = tmp_path / "q.rq"
    query.write_text("SELECT ?s WHERE { ?s ?p ?o } ORDER BY ?s LIMIT 1\n", encoding="utf-8")
    before = query.read_bytes()
    src = ["--sources", str(tiny_sources)]
    _fails(run("query", str(query), *src, "-o", str(query)), "q.rq", "the query file", "nothing was written")
    assert query.read_bytes() == before
    sheet = tiny_sources / "articles" / "tiny.yaml"
    registry = tiny_sources / "actors.yaml"
    sheet_bytes, registry_bytes = sheet.read_bytes(), registry.read_bytes()
    _fails(run("export", *src, "-o", str(sheet)), "tiny.yaml", "a fact sheet or registry", "nothing was written")
    _fails(run("export", "--sources", str(sheet), "-o", str(sheet)), "a fact sheet or registry")
    _fails(run("query", "stances", *src, "-o", str(registry)), "a fact sheet or registry")
    _fails(run("view", *src, "--format", "html", "-o", str(registry)), "a fact sheet or registry")
    assert sheet.read_bytes() == sheet_bytes and registry.read_bytes() == registry_bytes
    # a new file beside the sources, or an earlier answer, is written as before
    assert run("export", *src, "-o", str(tiny_sources / "graph.ttl")).exit_code == 0
    assert run("export", *src, "-o", str(tiny_sources / "graph.ttl")).exit_code == 0


@pytest.mark.parametrize("facts", [[], ["--facts"]])
def test_a_threshold_that_is_not_a_number_is_a_usage_error(run, facts):
    """Before, `kg duplicates --threshold nan` passed click's 0-200 range (no comparison with NaN
    is true), listed nothing and exited 0: 'no probable duplicates'."""
    result = run("duplicates", *facts, "--threshold", "nan")
    assert result.exit_code == 2 and "'nan' is not a number." in result.stderr
    assert "no probable" not in result.output


@pytest.mark.parametrize(
    "args",
    [
        ["query", "--sparql", 'SELECT * WHERE { ?s ?p "\udcff" }'],
        ["push", "--endpoint", "http://127.0.0.1:9/\udcff"],
        ["push", "--endpoint", "http://127.0.0.1:9/", "--user", "\udcff", "--password", "x"],
    ],
)
def test_an_argument_that_is_not_utf8_is_named(run, args):
    """Bytes that are not UTF-8 in an argument reach Python as lone surrogates (U+DCFF for 0xFF);
    before, these ended with 'internal error: UnicodeEncodeError: … surrogates not allowed'."""
    message = _fails(run(*args), "holds bytes that are not UTF-8 text", "give values and file names in UTF-8")
    assert "internal error" not in message and "\\udcff" in message


def test_the_list_of_queries_goes_to_the_output_file(run, tmp_path: Path):
    """Before, `kg query --list -o list.txt` printed the list and wrote no file (exit 0)."""
    printed = run("query", "--list")
    target = tmp_path / "list.txt"
    written = run("query", "--list", "-o", str(target))
    assert written.exit_code == 0 and written.stdout == ""
    assert target.read_text(encoding="utf-8") == printed.stdout and "who-proposed-what" in printed.stdout


def test_store_and_sources_together_is_a_usage_error(run, tmp_path: Path):
    _fails(run("export", "--sources", "tests/data/tiny", "--store", str(tmp_path)), "not both")


# ---------------------------------------------------------------- errors that used to be "internal error"


def test_an_iri_with_a_bracket_as_actor_is_a_clear_error(run):
    result = run("query", "stances", "-p", "actor=http://example.org/a>b", *SEED_ARGS)
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: --param actor='http://example.org/a>b': not a valid IRI")
    assert "internal error" not in result.stderr


def test_the_same_over_http_is_a_400(tmp_path):
    import httpx
    from _net import uvicorn_app
    from conftest import SEED

    from kg.serve import make_app
    from kg.store import build_store

    with uvicorn_app(make_app(build_store(list(SEED)))) as url:
        answer = httpx.get(f"{url}/queries/stances", params={"actor": "http://example.org/a>b"})
    assert answer.status_code == 400 and "not a valid IRI" in answer.text


@pytest.mark.parametrize(
    "code,words",
    [
        ("ENOSPC", "no space left on the device; free some space or write somewhere else"),
        ("EROFS", "the file system is read-only; write somewhere else"),
        ("EIO", "input/output error"),
    ],
)
@pytest.mark.parametrize("where", ["write", "create"])
def test_a_failing_write_says_why_and_leaves_nothing(run, tmp_path, monkeypatch, code, words, where):
    import errno
    import os

    import kg.fileio

    def fail(*args, **kwargs):
        raise OSError(getattr(errno, code), os.strerror(getattr(errno, code)))

    if where == "write":
        monkeypatch.setattr(kg.fileio.os, "fsync", fail)  # the data does not reach the disk
    else:
        monkeypatch.setattr(kg.fileio, "_new_file", fail)  # the file cannot even be made
    out = tmp_path / "out.ttl"
    for args in (("export", "-o", str(out)), ("query", "who-proposed-what", "-o", str(out))):
        result = run(*args, *SEED_ARGS)
        assert result.exit_code == 1, args
        assert f"cannot write {out}: {words}" in result.stderr, result.stderr
        assert "internal error" not in result.stderr
    assert list(tmp_path.iterdir()) == []  # no temp file left behind


def test_a_full_disk_behind_standard_output_is_a_clear_error(run, monkeypatch):
    import errno

    from kg import cli

    class Full:
        def write(self, data):
            raise OSError(errno.ENOSPC, "No space left on device")

        def flush(self):
            pass

    monkeypatch.setattr(cli, "_binary_stdout", Full)
    result = run("export", *SEED_ARGS)
    assert result.exit_code == 1
    assert result.stderr == "Error: no space left on the device; free some space or write somewhere else\n"


def test_a_text_that_is_a_folder_is_a_clear_error(run, tiny_sources):
    sheet = tiny_sources / "articles" / "tiny.yaml"
    sheet.write_text(sheet.read_text(encoding="utf-8").replace("../texts/tiny.txt", "../texts"), encoding="utf-8")
    result = run("stats", "--sources", str(tiny_sources))
    assert result.exit_code == 1
    assert result.stderr.endswith("tiny.yaml:6: '../texts': text file is a folder, not a file\n"), result.stderr


@pytest.mark.parametrize("what", ["query", "sheet"])
def test_deep_nesting_is_a_clear_error(run, tiny_sources, what):
    if what == "query":
        deep = "SELECT * WHERE { FILTER(" + "(" * 3000 + "1" + ")" * 3000 + ") }"
        result = run("query", "--sparql", deep, *SEED_ARGS)
        expected = "the query nests brackets 3002 deep, over the limit of 64"
    else:
        (tiny_sources / "deep.yaml").write_text("a: " + "[" * 3000 + "]" * 3000 + "\n", encoding="utf-8")
        result = run("stats", "--sources", str(tiny_sources))
        expected = "deep.yaml:1: lists and mappings nest more than 64 levels deep"
    assert result.exit_code == 1
    assert expected in result.stderr and "internal error" not in result.stderr, result.stderr


def test_an_unexpected_recursion_error_is_still_a_clear_error(run, monkeypatch):
    import kg.cache

    def recurse(*args, **kwargs):
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(kg.cache, "cached_graph", recurse)
    result = run("stats")
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: the input is nested too deeply to handle")


# ---------------------------------------------------------------- time limit and Ctrl-C

RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE {?a ?b ?c.?d ?e ?f.?g ?h ?i}"


def _kg_process(*args: str) -> subprocess.Popen:
    """kg as its own process: a query past its limit ends the whole process (not an in-process run).

    Started as a terminal starts it, with Ctrl-C's signal at its default: a suite run from a background job (``cmd
    &`` in a script) passes SIGINT on ignored, and Python, then kg, would keep ignoring it."""
    import os
    import signal

    root = Path(__file__).resolve().parents[1]
    env = {**os.environ, "PYTHONPATH": str(root)}
    command = [sys.executable, "-m", "kg", *args]
    return subprocess.Popen(
        command,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        cwd=root,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )


def test_query_timeout_stops_a_runaway_query(run):
    import time

    started = time.monotonic()
    proc = _kg_process("query", "--sparql", RUNAWAY, "--timeout", "0.5", *SEED_ARGS)
    out, err = proc.communicate(timeout=60)  # the query alone would run for hours
    assert time.monotonic() - started < 30
    assert proc.returncode == 1 and out == b""
    assert err.decode().strip() == (
        "Error: the query ran longer than the time limit of 0.5 s and was stopped; "
        "narrow it, add a LIMIT, or give a longer --timeout"
    )
    ok = run("query", "--sparql", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "--timeout", "30", *SEED_ARGS)
    assert ok.exit_code == 0 and "(1 row)" in ok.stdout


HOG = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } ORDER BY ?a"  # sorts the cross product: ~0.2-0.5 GB/s


def test_query_max_memory_stops_a_query_that_fills_memory():
    """Without it, kg query grew to 5.8 GB (a 6 GB ulimit -v) in the 60 s of its default time limit (2026-12-02)."""
    import time

    started = time.monotonic()
    proc = _kg_process("query", "--sparql", HOG, "--max-memory", "64", *SEED_ARGS)
    out, err = proc.communicate(timeout=60)
    assert time.monotonic() - started < 30
    assert proc.returncode == 1 and out == b""
    assert err.decode().strip() == (
        "Error: the query needed more than the memory limit of 64 MB and was stopped; "
        "narrow it, add a LIMIT, or give a larger --max-memory"
    )


def test_query_limits_have_the_library_s_defaults():
    from kg.cli import cli
    from kg.graph import DEFAULT_MAX_MEMORY_MB, DEFAULT_TIMEOUT_S

    query = {option.name: option.default for option in cli.commands["query"].params}
    serve = {option.name: option.default for option in cli.commands["serve"].params}
    assert query["timeout_s"] == DEFAULT_TIMEOUT_S == 60
    assert query["max_memory_mb"] == serve["max_memory_mb"] == DEFAULT_MAX_MEMORY_MB == 1024
    from kg import serve as served

    assert served.DEFAULT_MAX_MEMORY_MB == DEFAULT_MAX_MEMORY_MB  # the library's kg.serve.serve() too


def _descendants(pid: int) -> list[int]:
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                parents[int(entry.name)] = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
    found, frontier = [], [pid]
    while frontier:
        parent = frontier.pop()
        kids = [child for child, ppid in parents.items() if ppid == parent]
        found += kids
        frontier += kids
    return found


def _busiest_other_thread_s(pid: int) -> float:
    """CPU seconds of the busiest thread of ``pid`` but its main thread: the one running a query."""
    import os

    tick = os.sysconf("SC_CLK_TCK")
    best = 0.0
    for task in Path(f"/proc/{pid}/task").iterdir():
        if task.name == str(pid):
            continue
        try:
            fields = (task / "stat").read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        best = max(best, (int(fields[11]) + int(fields[12])) / tick)  # utime + stime
    return best


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="watches the query's thread through /proc")
def test_ctrl_c_stops_a_running_query_at_once():
    import signal
    import time

    proc = _kg_process("query", "--sparql", RUNAWAY, *SEED_ARGS)
    try:
        give_up = time.monotonic() + 60
        while _busiest_other_thread_s(proc.pid) < 0.3:  # well into the query, which would run for hours
            assert proc.poll() is None, proc.stderr.read().decode()
            assert time.monotonic() < give_up, "the query never started"
            time.sleep(0.05)
        helpers = _descendants(proc.pid)
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=20)  # at once, in practice well under a second
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == 130
    assert err.decode().strip() == "interrupted"
    assert out == b""
    give_up = time.monotonic() + 10
    while any(Path(f"/proc/{pid}").exists() for pid in helpers) and time.monotonic() < give_up:
        time.sleep(0.05)
    assert not any(Path(f"/proc/{pid}").exists() for pid in helpers), "no process was left running"


def test_show_sparql_prints_the_text_that_runs(run, seed_store):
    """--show-sparql gives the exact text kg runs: the same rows come back from the engine directly."""
    from pyoxigraph import QueryResultsFormat

    shown = run("query", "stances", "-p", "actor=Байтақ", "--show-sparql", *SEED_ARGS)
    assert shown.exit_code == 0
    assert 'VALUES (?actor ?lang) { (<https://w3id.org/reform-kg/id/baytaq> "en") }' in shown.stdout
    direct = seed_store.query(shown.stdout).serialize(format=QueryResultsFormat.CSV).decode()
    answered = run("query", "stances", "-p", "actor=Байтақ", "-f", "csv", *SEED_ARGS)
    assert answered.stdout.replace("\r\n", "\n") == direct.replace("\r\n", "\n")
    refused = run("query", "--sparql", "SELECT * WHERE { SERVICE <http://x/> { ?s ?p ?o } }", "--show-sparql")
    assert refused.exit_code == 1 and "SERVICE is refused" in refused.stderr


# ---------------------------------------------------------------- what a command imports

HEAVY = ("rdflib", "networkx", "starlette", "uvicorn", "yaml", "pyvis", "rich", "rapidfuzz", "kg.worker", "kg.model")
_MODULES_AT_EXIT = """
import atexit, sys
atexit.register(lambda: print(" ".join(sorted(sys.modules)), file=sys.stderr))
sys.argv = ["kg", *sys.argv[1:]]
from kg.cli import cli
cli()
"""


def _modules_imported_by(*args: str, cache: Path) -> set[str]:
    import os

    root = Path(__file__).resolve().parents[1]
    env = {**os.environ, "PYTHONPATH": str(root), "KG_CACHE_DIR": str(cache)}
    done = subprocess.run(
        [sys.executable, "-c", _MODULES_AT_EXIT, *args], capture_output=True, text=True, env=env, cwd=root
    )
    assert done.returncode == 0, done.stderr
    return set(done.stderr.splitlines()[-1].split())


def test_help_and_a_query_import_no_heavy_library(tmp_path):
    """kg --help and a query pay only for what they use: no RDF library, graph library, server, YAML."""
    from conftest import SEED

    from kg.store import build_store

    store = tmp_path / "store"
    build_store(list(SEED), store_dir=store)
    cache = tmp_path / "cache"
    runs = {
        "--help": _modules_imported_by("--help", cache=cache),
        "query": _modules_imported_by(
            "query", "who-proposed-what", "-p", "actor=baytaq", "--store", str(store), cache=cache
        ),
        "stats": _modules_imported_by("stats", "--store", str(store), cache=cache),
    }
    _modules_imported_by("query", "who-proposed-what", *SEED_ARGS, cache=cache)  # builds the sources' cache
    runs["query, sources cached"] = _modules_imported_by("query", "who-proposed-what", *SEED_ARGS, cache=cache)
    for run, modules in runs.items():
        heavy = sorted({m for m in HEAVY if m in modules})
        assert heavy == [], f"kg {run} imported {heavy}"
    assert not {"pyoxigraph", "kg.graph", "kg.view_group", "shutil"} & runs["--help"]


@pytest.mark.parametrize("command", ["view", "export"])
def test_view_help_shows_the_grouping_default_it_does_not_import(run, command):
    from kg.view_group import GROUP_ABOVE

    result = run(command, "--help")
    assert result.exit_code == 0
    assert f"0: never group; {GROUP_ABOVE} by default." in " ".join(result.stdout.split())


@pytest.mark.parametrize("command", [["query", "who-proposed-what"], ["serve"], ["push", "http://127.0.0.1:9/sparql"]])
@pytest.mark.parametrize("value", ["inf", "1e300", "nan"])
def test_a_timeout_past_any_timer_is_a_usage_error(run, command, value):
    result = run(*command, "--timeout", value)
    assert result.exit_code == 2
    assert "--timeout" in result.output and "Traceback" not in result.output


def test_view_depth_is_bounded(run, tmp_path):
    """`kg view --focus baytaq --depth 100000000000000000000000` walked that many rings and never ended."""
    out = tmp_path / "v.html"
    result = run("view", "-o", str(out), "--focus", "baytaq", "--depth", str(10**23), *SEED_ARGS)
    assert result.exit_code == 2 and not out.exists()
    assert f"Invalid value for '--depth': {10**23} is not in the range 0<=x<=1000." in result.output
    assert run("view", "-o", str(out), "--focus", "baytaq", "--depth", "1000", *SEED_ARGS).exit_code == 0


def test_view_focus_on_an_empty_name_is_refused(run, tmp_path):
    """`kg view --focus ''` drew everything, as if no --focus had been given."""
    out = tmp_path / "v.html"
    _fails(
        run("view", "-o", str(out), "--focus", ""), "no actor named (an empty name); give an actor's id, IRI or name"
    )
    assert not out.exists()


@pytest.mark.parametrize("include", [",", "", " , "])
def test_view_with_no_node_type_named_is_a_usage_error(run, tmp_path, include):
    out = tmp_path / "v.html"
    result = run("view", "-o", str(out), "--include", include)
    assert result.exit_code == 2 and not out.exists()
    assert "--include" in result.output and "no node type named to include" in result.output
    assert "choose one or more of: person, party, party-unit, state-body," in result.output


def test_view_focus_on_a_news_outlet_says_it_is_one(run, tmp_path):
    """Outlets are the sources of the evidence, never nodes: no "check --include" hint that cannot help."""
    out = tmp_path / "v.html"
    result = run("view", "-o", str(out), "--focus", "kazinform")
    assert result.exit_code == 1 and not out.exists()
    assert "Kazinform (https://w3id.org/reform-kg/id/kazinform) is a news outlet" in result.output
    assert "--include" not in result.output and "Traceback" not in result.output


def test_view_title_of_bytes_the_shell_could_not_decode_is_a_clear_error(run, tmp_path):
    """A title from undecodable argv bytes (a lone surrogate) cannot go into a page: said so, nothing written."""
    out = tmp_path / "v.html"
    result = run("view", "-o", str(out), "--title", "Reform \udcff")
    assert result.exit_code == 1 and not out.exists()
    assert result.output == "Error: the title is not valid UTF-8 (at character 8); give it in UTF-8\n"


# ---------------------------------------------------------------- a new user's slips (qa pass)


def test_validate_and_build_of_a_folder_without_sheets_fail(run, tmp_path: Path):
    """A mistyped but existing folder used to print 'ok: 0 source(s)' and build a graph of the ontology alone."""
    empty = tmp_path / "drafts"
    empty.mkdir()
    _fails(run("validate", str(empty)), f"{empty}: no fact sheet or registry (*.yaml) found here")
    store = tmp_path / "store"
    _fails(run("build", str(empty), "--store", str(store)), "no fact sheet or registry")
    assert not store.exists()


def test_view_to_a_file_named_as_another_picture_fails_and_writes_nothing(run, tmp_path: Path):
    out = tmp_path / "reform.jpg"
    _fails(run("view", "-o", str(out)), "extension '.jpg'", ".html, .svg or .png")
    assert not out.exists()


def test_export_and_query_take_the_format_from_the_output_extension(run, tmp_path: Path):
    """`kg export -o reform.nt` wrote Turtle, and `kg query NAME -o answers.csv` a text table."""
    nt, csv_file, ttl = tmp_path / "reform.nt", tmp_path / "answers.csv", tmp_path / "forced.ttl"
    assert run("export", "-o", str(nt)).exit_code == 0
    assert nt.read_text(encoding="utf-8").startswith("<https://w3id.org/reform-kg/id/")
    assert run("query", "stances", "-p", "actor=baytaq", "-o", str(csv_file)).exit_code == 0
    assert csv_file.read_text(encoding="utf-8").startswith("holder,stance,")
    assert run("export", "--format", "nt", "-o", str(ttl)).exit_code == 0  # --format wins
    assert ttl.read_bytes() == nt.read_bytes()


@pytest.mark.parametrize("option", [["--format", "json"], ["--errors"], ["--no-outlet"]])
def test_extract_options_of_evaluate_alone_are_refused(run, tmp_path: Path, option):
    """`kg extract a.txt -f json` printed the YAML draft, as if -f had been read."""
    article = tmp_path / "a.txt"
    article.write_text("Партия төрағасы Азаматхан Әміртаев баяндама жасады.", encoding="utf-8")
    result = run("extract", str(article), "--outlet", "baq-kz", *option)
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert f"{option[0]} goes with --evaluate GOLD_DIR" in result.output


@pytest.mark.parametrize(
    "args, says",
    [
        (["build", "--store", ""], "Invalid value for '--store': the name is empty; give a folder name."),
        (["build", ""], "Invalid value for '[PATHS]...': the name is empty; give a file or folder name."),
        (["validate", ""], "Invalid value for '[PATHS]...': the name is empty; give a file or folder name."),
        (["stats", "--sources", ""], "Invalid value for '--sources': the name is empty; give a file or folder name."),
        (["synth", ""], "Invalid value for 'DIRECTORY': the name is empty; give a folder name."),
        (["export", "-o", ""], "the name is empty; give a file name, or '-' for standard output."),
        (["query", "who-proposed-what", "-o", ""], "the name is empty; give a file name, or '-' for standard output."),
        (["view", "-o", ""], "Invalid value for '-o' / '--output': the name is empty; give a file name."),
        (["extract", ""], "Invalid value for 'FILE_OR_DIR': the name is empty; give a file or folder name."),
        (["extract", "a.txt", "-o", ""], "Invalid value for '-o' / '--output': the name is empty; give a folder name."),
        (["extract", "--evaluate", ""], "the name is empty; give the folder of gold fact sheets and their texts."),
    ],
)
def test_an_empty_path_is_a_usage_error(run, tmp_path: Path, monkeypatch, args, says):
    """'' was the working folder (`kg build --store ''` left a '..lock' there, `kg validate ''` read every
    sheet under it) or no option at all (`-o ''` printed to the terminal, `kg extract -o ''` wrote nothing)."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text("Партия төрағасы Азаматхан Әміртаев баяндама жасады.", encoding="utf-8")
    result = run(*args)
    assert result.exit_code == 2 and says in result.stderr and result.stdout == ""
    assert [p.name for p in tmp_path.iterdir()] == ["a.txt"]


@pytest.mark.parametrize(
    "option, says",
    [
        (["--outlet", ""], "--outlet '' names no publisher (no letter or digit); give its registry id or name, "),
        (["--outlet", " - "], "--outlet ' - ' names no publisher"),
        (["--date", ""], "--date '' is not a real date; write YYYY-MM-DD, e.g. 2026-02-04"),
    ],
)
def test_extract_refuses_an_empty_outlet_or_date(run, tmp_path: Path, option, says):
    """`--outlet ''` and `--date ''` were ignored (an unknown outlet, the file's date), and `--outlet ' '`
    drafted a new outlet 'x' named ' '."""
    article = tmp_path / "a.txt"
    article.write_text("Партия төрағасы Азаматхан Әміртаев баяндама жасады.", encoding="utf-8")
    _fails(run("extract", str(article), "-o", str(tmp_path / "drafts"), *option), says)
    assert [p.name for p in tmp_path.iterdir()] == ["a.txt"]


def test_extract_evaluate_of_a_file_says_a_folder_is_expected(run, tmp_path: Path):
    """A file given to --evaluate was read as a sheet: "README.md:8: malformed YAML", or for a gold
    sheet "text file '../texts/…' is outside the sources"."""
    gold = Path(__file__).parent / "data" / "extract_gold"
    expected = "a file, where a gold set's folder is expected: a folder of fact sheets with their texts"
    sheet = next((gold / "articles").glob("*.yaml"))
    for given in (sheet, gold / "actors.yaml"):
        _fails(
            run("extract", "--evaluate", str(given)), f"{given}: {expected}", f"give the folder that holds it, {gold}"
        )
    for part in ("articles", "texts"):  # "text file '../texts/…' is outside the sources … give --sources too"
        _fails(
            run("extract", "--evaluate", str(gold / part)),
            f"{gold / part}: a part of a gold set, whose folder is {gold}; give that folder",
        )
    other = tmp_path / "notes.md"
    other.write_text("# notes\nkey: value: other\n", encoding="utf-8")
    _fails(
        run("extract", "--evaluate", str(other)),
        f"{other}: {expected}",
        "give such a folder, e.g. tests/data/extract_gold",
    )


# ---------------------------------------------------------------- serve: start-up


def test_serve_refuses_a_host_that_is_not_an_address_before_anything_else(run, monkeypatch):
    """A misspelt --host: one line naming it and what to give, before the graph loads (it printed the
    start-up line, "at http://not a host:7700/ … Ctrl-C stops.", and then "choose another --port")."""

    def no_graph(*args):
        raise AssertionError("the graph was loaded for a host that is refused")

    monkeypatch.setattr("kg.cli._graph", no_graph)
    result = run("serve", "--host", "not a host")
    assert result.exit_code == 1
    assert result.stderr == (
        "Error: --host 'not a host' is not an IP address or a host name; give an address of this machine "
        "(127.0.0.1, ::1, or 0.0.0.0 for every interface) or a name it resolves itself, such as localhost\n"
    )


def test_serve_on_an_address_not_of_this_machine_says_so_and_announces_nothing(run):
    """192.0.2.1 (TEST-NET-1, never a local address): the bind fails, and the error blames the address, not the
    port; the start-up line is not printed (it was, before the bind)."""
    result = run("serve", "--host", "192.0.2.1", "--max-concurrent", "1", *SEED_ARGS)
    assert result.exit_code == 1
    assert "kg serve:" not in result.stderr and "Ctrl-C" not in result.stderr
    assert result.stderr.endswith(
        "Error: cannot listen on 192.0.2.1: it is not an address of this machine; give one of its own "
        "(127.0.0.1, ::1, or 0.0.0.0 for every interface)\n"
    )
    assert "--port" not in result.stderr


def test_serve_on_a_busy_port_never_announces_a_server(run):
    """The start-up line comes once the socket is bound: a busy port gets only the error."""
    import socket

    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen(1)
        port = busy.getsockname()[1]
        result = run("serve", "--port", str(port), "--max-concurrent", "1", *SEED_ARGS)
    assert result.exit_code == 1
    assert result.stderr == (
        f"Error: cannot listen on 127.0.0.1:{port}: the port is in use (another server holds it); "
        "choose another --port, or stop that server\n"
    )


def test_serve_on_a_busy_port_fails_before_the_graph_loads_or_a_worker_starts(run, monkeypatch):
    """The port is bound first: a busy one is refused before the graph loads and before any query worker
    is forked (they were both done first, then the bind failed), with one check of --host (there were three)."""
    import os
    import socket

    import kg.serve
    import kg.worker

    checked = []
    check_host = kg.serve.check_host
    monkeypatch.setattr(kg.serve, "check_host", lambda host: checked.append(host) or check_host(host))
    monkeypatch.setattr("kg.cli._graph", lambda *args: pytest.fail("the graph was loaded"))
    monkeypatch.setattr(kg.worker.QueryPool, "__init__", lambda *a, **k: pytest.fail("workers were started"))
    forked = []
    monkeypatch.setattr(os, "fork", lambda: forked.append(1) or pytest.fail("a process was forked"))
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen(1)
        port = busy.getsockname()[1]
        result = run("serve", "--port", str(port), "--memory", "--store", "no-such-store")
    assert result.exit_code == 1 and forked == [] and checked == ["127.0.0.1"]
    assert result.stderr == (
        f"Error: cannot listen on 127.0.0.1:{port}: the port is in use (another server holds it); "
        "choose another --port, or stop that server\n"
    )


def test_serve_on_a_busy_port_leaves_no_process_behind(tmp_path):
    """The real command on a busy port: exit 1, one line, no traceback, and no process of its session left
    (a worker would outlive the command in its session)."""
    import os
    import socket

    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[1]))
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen(1)
        port = busy.getsockname()[1]
        done = subprocess.Popen(
            [sys.executable, "-m", "kg", "serve", "--port", str(port), *SEED_ARGS],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
            cwd=tmp_path,
            start_new_session=True,
        )
        stdout, stderr = done.communicate(timeout=120)
    assert done.returncode == 1 and stdout == b""
    assert stderr.decode() == (
        f"Error: cannot listen on 127.0.0.1:{port}: the port is in use (another server holds it); "
        "choose another --port, or stop that server\n"
    )
    left = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                if os.getsid(int(entry)) == done.pid:
                    left.append(int(entry))
            except (ProcessLookupError, PermissionError):
                continue
    assert left == []


def _start_up_lines(run, monkeypatch, host: str) -> list[str]:
    """What ``kg serve --host HOST --port 0`` says on standard error as it starts (the server is not run)."""
    import kg.serve

    def serve(graph, *, bound, on_listening, **options):
        try:
            on_listening(bound.host, bound.port)
        finally:
            bound.close()

    monkeypatch.setattr(kg.serve, "serve", serve)
    result = run("serve", "--host", host, "--port", "0", *SEED_ARGS)
    assert result.exit_code == 0, result.output
    return result.stderr.splitlines()


def test_serve_warns_by_the_address_bound_not_by_the_spelling_of_host(run, monkeypatch):
    """The exposure warning and the --allow-host note follow the address bound: loopback names other than
    'localhost' itself (localhost., LOCALHOST, kg.localhost: bound to 127.0.0.1 with no lookup) were warned
    about as exposed, and '0' (every interface, 0.0.0.0) lacked the note that clients need --allow-host."""
    for host in ("127.0.0.1", "localhost", "localhost.", "LOCALHOST", "kg.localhost", "[::1]"):
        lines = _start_up_lines(run, monkeypatch, host)
        assert len(lines) == 1 and lines[0].startswith("kg serve: "), (host, lines)
    for host in ("0.0.0.0", "0"):
        lines = _start_up_lines(run, monkeypatch, host)
        assert lines[0] == f"warning: listening on {host}: anyone who can reach this address can query the graph"
        assert lines[-1] == "note: clients must reach it by a name given with --allow-host (the Host header is checked)"


def test_serve_memory_without_a_store_is_a_usage_error(run, monkeypatch):
    """--memory copies a --store into memory: alone it did nothing, silently; now it says what to do."""
    monkeypatch.setattr("kg.cli._graph", lambda *args: pytest.fail("the graph was loaded"))
    result = run("serve", "--memory")
    assert result.exit_code == 2
    assert "--memory copies a --store into memory; give --store DIR with it, or leave it out" in result.stderr
    helped = " ".join(run("serve", "--help").stdout.split())
    assert "With --store: copy the store into memory first" in helped and "Without --store it is refused" in helped


def test_serve_memory_with_a_store_copies_it_and_goes_on(run, tmp_path, monkeypatch):
    """With --store, --memory is taken: the store is copied, and the copy is what is served."""
    from conftest import SEED

    import kg.serve
    import kg.store

    assert run("build", *SEED, "--store", str(tmp_path / "s")).exit_code == 0
    copies, served = [], []
    copy_to_memory = kg.store.copy_to_memory
    monkeypatch.setattr(kg.store, "copy_to_memory", lambda store: copies.append(copy_to_memory(store)) or copies[-1])

    def serve(graph, *, bound, **options):
        served.append(graph.store)
        bound.close()

    monkeypatch.setattr(kg.serve, "serve", serve)
    result = run("serve", "--memory", "--store", str(tmp_path / "s"), "--port", "0", "--max-concurrent", "1")
    assert result.exit_code == 0, result.output
    assert len(copies) == 1 and served == copies and len(copies[0]) > 500
