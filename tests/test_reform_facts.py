"""The whole reform of ../shared/reference/REFORM_FACTS.md is in the default graph and queryable.

Each test asks one question of the reference sheet through the named queries (the library
API, and the CLI where the output matters) and checks the answer, its date and who said it.
"""

from __future__ import annotations

import csv
import io
import json

import pytest

from kg.queries import find_query, list_queries
from kg.resolve import run_named

LANGS = ("kk", "ru", "en")


@pytest.fixture(scope="module")
def reform_store():
    """The default graph: the seed article and every fact sheet made from REFORM_FACTS."""
    from kg.store import build_store

    return build_store()


def rows(store, name: str, **params: str) -> list[dict[str, str]]:
    result = run_named(store, find_query(name), params)
    columns = [v.value for v in result.variables]
    return [{c: s[c].value for c in columns if s[c] is not None} for s in result]


def _csv(result) -> list[dict[str, str]]:
    assert result.exit_code == 0, result.output
    return list(csv.DictReader(io.StringIO(result.stdout)))


# ---------------------------------------------------------------- the build


def test_default_graph_validates_and_keeps_the_seed_quotes():
    from kg.sources import load_corpus
    from kg.validate import validate

    report = validate()
    assert report.conforms, [str(p) for p in report.problems]
    corpus = load_corpus()
    seed = [f for f in corpus.facts if f.source.id == "baq-2026-02-04-baytaq-council"]
    assert len(seed) == 19 and all(f.quotes for f in seed)
    others = [f for f in corpus.facts if f.source.id != "baq-2026-02-04-baytaq-council"]
    assert len(others) > 70 and not any(f.quotes for f in others)
    assert all(f.source.url and f.source.text is None for f in others)


def test_every_cited_report_has_a_sheet():
    from kg.sources import load_corpus

    urls = {s.url for s in load_corpus().sources if s.url}
    for url in (
        "https://qazinform.com/news/draft-of-new-constitution-of-kazakhstan-released-d8a976",
        "https://inbusiness.kz/ru/author_news/novaya-konstituciya-ot-parlamentskoj-reformy-k-politicheskoj-modernizacii",
        "https://gazeta.kg/en/policy/165106-v-kazahstane-opublikovali-proekt-novoj-konstitucii",
        "https://eliteplusmagazine.com",
        "https://qazinform.com/news/how-kazakhstans-proactive-civic-engagement-drives-constitutional-reform-378f23",
        "https://khabar.kz/ru/news/obshchestvo/182266-narodnaya-partiya-kazakhstana-podderzhala-proekt-novoj-konstitutsii",
        "https://rus.baq.kz",
        "https://kazpravda.kz",
        "https://sozmedia.kz",
        "https://elordainfo.kz",
        "https://oz.inform.kz",
        "https://gov.kz",
        "https://khabar.kz/kk/news/kogam/182630-kharagandyda-zhana-konstytutsyia-zhobasy-talkhylandy",
        "https://ar.inform.kz",
        "https://qazinform.com/news/tokayev-to-issue-decree-on-republican-referendum-for-new-constitution-1eb651",
        "https://stratfor.com",
        "https://qazinform.com",
        "https://monitoruldestiri.ro",
        "https://echofm.online/news/8715",
        "https://open.kg",
        "https://rtvi.com",
        "https://baytaq.kz",
    ):
        assert url in urls, url
    # a cut-short address leads nowhere: only the outlet's site is given, and said to be only that
    sources = {s.id: s for s in load_corpus().sources}
    assert sources["kazinform-2026-01-29-mirzagarayev-new-constitution"].url_kind == "outlet"
    home_pages = {s.id for s in sources.values() if s.url and s.url.count("/") == 2}
    assert home_pages == {s.id for s in sources.values() if s.url_kind == "outlet"} and len(home_pages) == 15


def test_every_publication_date_says_how_it_is_known():
    from kg.sources import load_corpus

    bases = {s.id: s.date_basis for s in load_corpus().sources}
    assert None not in bases.values()
    assert bases["baq-2026-02-04-baytaq-council"] == "printed"
    assert sum(b == "approximate" for b in bases.values()) == 11  # the gov.kz factsheet prints no date


def test_evidence_kind_says_quote_or_citation(reform_store):
    from kg.queries import run_sparql

    text = """PREFIX rkg: <https://w3id.org/reform-kg/ontology#>
    SELECT ?kind (COUNT(*) AS ?n) WHERE { ?e rkg:evidenceKind ?kind } GROUP BY ?kind ORDER BY ?kind"""
    counts = {r["kind"].value: int(r["n"].value) for r in run_sparql(reform_store, text)}
    # one evidence node per fact and source; its quotes are selectors on it
    quotes = """PREFIX oa: <http://www.w3.org/ns/oa#>
    SELECT (COUNT(*) AS ?n) WHERE { ?e oa:hasSelector/oa:exact ?q }"""
    assert [int(r["n"].value) for r in run_sparql(reform_store, quotes)] == [24]
    assert counts["quote"] == 19 and counts["citation"] > 30 and counts["outlet"] > 20


# ---------------------------------------------------------------- the questions


def test_who_proposed_a_unicameral_parliament_and_when(reform_store):
    found = [r for r in rows(reform_store, "who-proposed-what") if "unicameral" in r["proposal"]]
    first = found[0]
    assert (first["proposer"], first["date"], first["outlet"]) == ("Kassym-Jomart Tokayev", "2025-09-08", "Kazinform")
    assert first["event"] == "President Tokayev's annual Address to the Nation (2025)"
    assert first["provision"] == "Constitution of the Republic of Kazakhstan (1995)"


def test_unicameral_proposal_through_the_cli(run):
    got = _csv(run("query", "who-proposed-what", "-p", "actor=Тоқаев", "--format", "csv"))
    assert [(r["date"], r["proposal"]) for r in got] == [
        ("2025-09-08", "Move to a unicameral (single-chamber) parliament")
    ]


def test_who_chairs_the_constitutional_commission(reform_store):
    posts = rows(reform_store, "posts", organisation="constitutional-reform-commission")
    by_role: dict[str, set[str]] = {}
    for r in posts:
        by_role.setdefault(r["role"], set()).add(r["person"])
        assert r.get("start") == "2026-01-21"
    assert by_role["chair"] == {"Elvira Azimova"}
    assert by_role["deputy chair"] == {"Erlan Karin", "Aida Balayeva"}
    assert by_role["member"] == {
        "Amanat party",
        "Ak Zhol Democratic Party of Kazakhstan",
        "Auyl People's Democratic Patriotic Party",
        "Nationwide Social Democratic Party",
        "People's Party of Kazakhstan",
        "Respublica party",
    }


def test_the_chair_and_deputies_hold_other_posts(reform_store):
    def held(actor: str) -> set[tuple[str, str]]:
        return {(r["role"], r["in"]) for r in rows(reform_store, "posts", actor=actor)}

    assert ("chair", "Constitutional Court") in held("Azimova")
    assert ("State Counsellor", "Republic of Kazakhstan") in held("Karin")
    assert {
        ("Deputy Prime Minister", "Government of the Republic of Kazakhstan"),
        ("minister", "Ministry of Culture and Information"),
    } <= held("Balayeva")
    assert ("chair", "Republican Bar Association") in held("Mirzagarayev")
    assert {("deputy", "Mazhilis of Parliament"), ("chair", "Auyl People's Democratic Patriotic Party")} <= held(
        "Egizbayev"
    )
    assert ("chair", "Central Referendum Commission") in held("Abdirov")
    assert ("chair", "Abai district maslikhat (Karaganda region)") in held("Sakenov")
    khalel = rows(reform_store, "posts", actor="Khalel")
    assert [(r["role"], r["in"], r["part_of"]) for r in khalel] == [
        ("executive secretary", "Abai district branch of the Amanat party", "Amanat party")
    ]


def test_the_working_group_and_who_led_it(reform_store):
    karin = rows(reform_store, "posts", actor="erlan-karin", organisation="parliamentary-reform-working-group")
    assert [(r["role"], r["start"]) for r in karin] == [("head", "2025-10-08")]
    started = rows(reform_store, "initiatives", actor="kassym-jomart-tokayev")
    assert ("Working Group on Parliamentary Reform", "2025-10-08") in {(r["initiated"], r["date"]) for r in started}
    assert ("Constitutional Reform Commission", "2026-01-21") in {(r["initiated"], r["date"]) for r in started}
    meetings = {r["event"]: r for r in rows(reform_store, "events")}
    first = meetings["First meeting of the Working Group on Parliamentary Reform"]
    assert (first["date"], first["organiser"]) == ("2025-10-14", "Working Group on Parliamentary Reform")


def test_posts_as_of_a_date(reform_store):
    def karin(as_of: str) -> set[tuple[str, str]]:
        return {(r["role"], r["in"]) for r in rows(reform_store, "posts", actor="erlan-karin", as_of=as_of)}

    assert ("head", "Working Group on Parliamentary Reform") in karin("2025-12-01")
    assert ("deputy chair", "Constitutional Reform Commission") not in karin("2025-12-01")
    assert ("deputy chair", "Constitutional Reform Commission") in karin("2026-02-01")
    assert karin("2025-01-01") == {("State Counsellor", "Republic of Kazakhstan")}


def test_which_parties_supported_the_draft_and_when(reform_store):
    stances = rows(reform_store, "stances", target="draft-constitution-2026")
    supporters = {(r["holder"], r["date"]) for r in stances if r["stance"] == "supports"}
    assert {
        ("People's Party of Kazakhstan", "2026-02-02"),
        ('"Baytaq" Green Party of Kazakhstan', "2026-02-04"),
        ("Auyl People's Democratic Patriotic Party", "2026-02-10"),
        ("Serik Egizbayev", "2026-02-11"),
        ("D. M. Sakenov", "2026-02-04"),
    } <= supporters
    # the other reports of the session only say they reported it: the stance rests on BAQ.KZ
    outlets = [r["outlet"] for r in stances if r["holder"] == '"Baytaq" Green Party of Kazakhstan']
    assert outlets == ["BAQ.KZ"]


def test_claims_timeline_keeps_differing_figures_side_by_side(reform_store):
    timeline = [(r["date"], r["figure"], r["claimed_by"]) for r in rows(reform_store, "claims")]
    assert timeline == sorted(timeline, key=lambda t: t[0])
    proposals = [t for t in timeline if t[1] in ("1000", "2000", "4000")]
    assert proposals == [
        ("2026-01", "2000", "Kazinform"),
        ("2026-02-04", "1000", "Azamatkhan Amirtayev"),
        ("2026-02-05", "4000", "Elvira Azimova"),
    ]


def test_claims_timeline_through_the_cli(run):
    got = _csv(run("query", "claims", "--format", "csv"))
    side_by_side = {
        r["figure"]: (r["date"], r["comparator"], r["claimed_by"], r["via"], r["to"], r["outlet"]) for r in got
    }
    assert side_by_side["2000"] == (
        "2026-01",
        "more than",
        "Kazinform",
        "e-Otinish",
        "Working Group on Parliamentary Reform",
        "Kazinform",
    )
    assert side_by_side["1000"] == (
        "2026-02-04",
        "more than",
        "Azamatkhan Amirtayev",
        "e-Otinish",
        "Constitutional Reform Commission",
        "BAQ.KZ",
    )
    assert side_by_side["4000"] == (
        "2026-02-05",
        "more than",
        "Elvira Azimova",
        "",
        "Constitutional Reform Commission",
        "Kazinform",
    )


def test_other_figures_are_dated_claims(reform_store):
    claims = {(r["figure"], r["unit"]): r for r in rows(reform_store, "claims")}
    assert claims[("130", "members")]["date"] == "2026-01-21"
    # stated at the fifth Kurultai, which the gazeta.kg sheet names same_as the gov.kz factsheet's (dated to the day)
    assert (claims[("40", "articles")]["date"], claims[("40", "articles")]["comparator"]) == ("2026-01-20", "about")
    assert claims[("77", "articles")]["comparator"] == "about"
    assert claims[("84", "percent")]["date"] == "2026-02-12"
    assert claims[("12", "meetings")]["date"] == "2026-02-11"


def test_referendum_date_result_and_who_announced_it(reform_store):
    events = rows(reform_store, "events")
    decree = [r for r in events if r["event"] == "Decree calling a republican referendum on the new Constitution"]
    assert {(r["date"], r["organiser"]) for r in decree} == {("2026-02-11", "Kassym-Jomart Tokayev")}
    assert len(decree) == 1 and decree[0]["sources"] == "2"
    assert set(decree[0]["outlet"].split("; ")) == {"Kazinform", "Stratfor"}
    called = [r for r in events if r["event"].startswith("Republican referendum on the new Constitution")]
    assert {r["date"] for r in called} == {"2026-03-15"}
    result = {r["measure"]: r["figure"] for r in rows(reform_store, "claims", actor="Nurlan Abdirov")}
    assert result == {
        "referendum turnout": "73.12",
        "voters who took part": "9127192",
        "eligible voters": "12482613",
        "share of votes in favour of the new Constitution": "87.15",
        "votes in favour of the new Constitution": "7954667",
        "votes against the new Constitution": "898099",
    }
    assert {r["claimed_by"] for r in rows(reform_store, "claims", actor="Abdirov")} == {"Nurlan Abdirov"}
    day = [r for r in events if r["event"] == "The President declares 15 March Constitution Day"]
    assert [(r["date"], r["organiser"]) for r in day] == [("2026-03-15", "Kassym-Jomart Tokayev")]


def test_referendum_proposed_by_the_commission(reform_store):
    props = rows(reform_store, "who-proposed-what", actor="constitutional-reform-commission")
    referendum = [r for r in props if "referendum" in r["proposal"]]
    assert [(r["date"], r["addressee"]) for r in referendum] == [("2026-02-11", "Kassym-Jomart Tokayev")]
    assert {r["proposal"] for r in props} >= {
        "A unicameral parliament, the Kurultai",
        "Create the post of Vice-President",
        "A new Kazakhstan People's Council (Halyk Kenesi) with the right of legislative initiative",
    }


def test_timeline_events_all_present(reform_store):
    dates = {r["date"] for r in rows(reform_store, "events")}
    assert {
        "2022-09-24",
        "2025-09-08",
        "2025-10-14",
        "2026-01-20",
        "2026-01-29",
        "2026-01-31",
        "2026-02-02",
        "2026-02-04",
        "2026-02-05",
        "2026-02-10",
        "2026-02-11",
        "2026-02-12",
        "2026-03-15",
    } <= dates
    kurultai = [r for r in rows(reform_store, "events") if r["event"] == "Fifth session of the National Kurultai"]
    # one session, dated to the day by the gov.kz factsheet (gazeta.kg gives only the month and names it same_as)
    assert [(r["date"], r["place"]) for r in kurultai] == [("2026-01-20", "Kyzylorda")]


def test_mirzagarayev_proposes_a_new_constitution(reform_store):
    got = rows(reform_store, "who-proposed-what", actor="Мирзагараев")
    assert [(r["date"], r["proposal"], r["addressee"]) for r in got] == [
        (
            "2026-01-29",
            "Consider a new Constitution rather than amendments to the current one",
            "Constitutional Reform Commission",
        )
    ]


def test_article_8_proposals_from_elordainfo(reform_store):
    got = rows(reform_store, "who-proposed-what", target="draft-constitution-2026-article-8")
    # one proposal, two reports; Elorda Info's proposer (the Political Council) stays attributed to it
    assert [(r["proposer"], r["sources"], set(r["outlet"].split("; "))) for r in got] == [
        ('"Baytaq" Green Party of Kazakhstan', "2", {"BAQ.KZ", "Elorda Info"})
    ]
    review = rows(reform_store, "review", issue="disagreement")
    proposer = [r for r in review if r["problem"] == "sources disagree on proposed by"]
    assert [set(r["detail"].split(" / ")) for r in proposer] == [
        {"baytaq (BAQ.KZ)", "baytaq-political-council (Elorda Info)"}
    ]


def test_article_45_per_lawyer_bastemiyev(reform_store):
    got = rows(reform_store, "stances", actor="Bastemiyev")
    assert [(r["stance"], r["toward"], r["date"], r["outlet"]) for r in got] == [
        ("neutral", "Article 45(2) of the draft Constitution", "2026-02-26", "BAQ.KZ")
    ]


def test_baytaq_founding_congress(reform_store):
    got = rows(reform_store, "events", actor="baytaq")
    assert ("2022-09-24", "Founding congress of the Baytaq party") in {(r["date"], r["event"]) for r in got}


# ---------------------------------------------------------------- languages


def _run_all(store, lang: str) -> dict[str, list[dict[str, str]]]:
    out = {}
    for query in list_queries():
        params = {"lang": lang}
        if any(p.name == "actor" and not p.optional for p in query.params):
            params["actor"] = "baytaq"
        out[query.name] = rows(store, query.name, **params)
    return out


@pytest.fixture(scope="module")
def english(reform_store):
    return _run_all(reform_store, "en")


@pytest.mark.parametrize("lang", LANGS)
def test_every_query_answers_in_every_language_without_losing_rows_or_cells(reform_store, english, lang):
    answers = _run_all(reform_store, lang)
    for name, en_rows in english.items():
        got = answers[name]
        assert len(got) == len(en_rows), name
        for column in {c for r in en_rows for c in r}:
            filled_en = sum(1 for r in en_rows if r.get(column))
            filled = sum(1 for r in got if r.get(column))
            assert filled == filled_en, (name, column)


@pytest.mark.parametrize(
    ("lang", "holder", "toward"),
    [
        ("kk", "Қазақстан Халық партиясы", "Қазақстан Республикасы Конституциясының жаңа жобасы"),
        ("ru", "Народная партия Казахстана", "Проект новой Конституции Республики Казахстан"),
        ("en", "People's Party of Kazakhstan", "Draft new Constitution of the Republic of Kazakhstan"),
    ],
)
def test_labels_follow_the_language(run, lang, holder, toward):
    got = _csv(run("query", "stances", "-p", "actor=peoples-party", "--lang", lang, "--format", "csv"))
    assert [(r["holder"], r["toward"], r["date"]) for r in got] == [(holder, toward, "2026-02-02")]


@pytest.mark.parametrize(
    ("lang", "post"),
    [
        ("kk", "төраға, Конституциялық реформа жөніндегі комиссия"),
        ("ru", "председатель, Комиссия по конституционной реформе"),
        ("en", "chair, Constitutional Reform Commission"),
    ],
)
def test_actor_query_describes_posts_in_the_language(run, lang, post):
    got = _csv(run("query", "actor", "-p", "actor=Азимова", "--lang", lang, "--format", "csv"))
    assert post in {r["what"] for r in got}


@pytest.mark.parametrize("lang", LANGS)
def test_missing_language_falls_back_to_english(run, tmp_path, lang):
    (tmp_path / "actors.yaml").write_text(
        "actors:\n"
        "  - {id: en-only-party, type: party, name: {en: English-only Party}}\n"
        "  - {id: some-outlet, type: outlet, name: {en: Some Outlet}}\n"
        "  - {id: some-draft, type: document, name: {en: Some draft, ru: Некий проект}}\n",
        encoding="utf-8",
    )
    (tmp_path / "sheet.yaml").write_text(
        "source: {id: s, outlet: some-outlet, date: 2026-01-01, language: en, url: 'https://example.org/s'}\n"
        "facts:\n"
        "  - {id: st, type: stance, holder: en-only-party, target: some-draft, polarity: support}\n",
        encoding="utf-8",
    )
    got = _csv(run("query", "stances", "--sources", str(tmp_path), "--lang", lang, "--format", "csv"))
    assert [(r["holder"], r["toward"]) for r in got] == [
        ("English-only Party", "Некий проект" if lang == "ru" else "Some draft")
    ]


def test_json_output_of_a_kazakh_query_is_utf8(run):
    result = run("query", "claims", "-p", "actor=Әміртаевтың", "--lang", "kk", "--format", "json")
    assert result.exit_code == 0, result.output
    (row,) = json.loads(result.stdout)["results"]["bindings"]
    assert row["claimed_by"]["value"] == "Азаматхан Әміртаев"
    assert row["measure"]["value"] == "e-Otinish платформасы арқылы түскен ұсыныстар"
