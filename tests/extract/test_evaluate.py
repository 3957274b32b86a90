"""`kg extract --evaluate`: the gold sets validate, the scores reach the goals, the report reads well."""

from __future__ import annotations

import functools
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.errors import KgError
from kg.extract.evaluate import (
    Evaluation,
    Score,
    agreement,
    evaluate,
    format_evaluation,
    relation_items,
    score_article,
)

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "tests" / "data" / "extract_gold"
HELDOUT = ROOT / "tests" / "data" / "extract_heldout"
REAL = ROOT / "tests" / "data" / "extract_real"


@pytest.fixture(scope="module")
def gold():
    return evaluate([GOLD])


@pytest.mark.parametrize("folder", [GOLD, HELDOUT])
def test_gold_sets_are_valid_fact_sheets(folder):
    from kg.validate import validate

    report = validate([folder])
    assert report.conforms, report.problems


def test_gold_set_has_three_articles_per_language(gold):
    langs = [a.split("-")[0] for a in gold.articles]
    assert sorted(langs) == ["en"] * 3 + ["kk"] * 3 + ["ru"] * 3


def test_gold_set_reaches_the_goals(gold):
    assert gold.entity_micro.f1 >= 0.90
    assert gold.relation_micro.f1 >= 0.70
    assert set(gold.relations) >= {
        "membership",
        "speech",
        "proposal",
        "stance",
        "claim",
        "chair",
        "initiative",
        "event",
    }


def test_held_out_set_reaches_the_goals():
    result = evaluate([HELDOUT])
    assert result.entity_micro.f1 >= 0.90
    assert result.relation_micro.f1 >= 0.70


def test_seed_article_against_its_curated_sheet():
    result = evaluate([ROOT / "sources"])
    assert result.articles == ["baq-2026-02-04-baytaq-council"]  # the only sheet with its text
    assert result.entity_micro.f1 >= 0.90
    assert result.relation_micro.f1 >= 0.90


def test_the_seed_scores_one_on_every_fact_type():
    """The seed is the founding document: its extraction against its curated sheet must not silently slip.

    (Commit d0a3c46 lost one speech of it, 0.97, and no test noticed.)
    """
    result = evaluate([ROOT / "sources"])
    scores = {**result.entities, **result.relations, **result.summary}
    below = {kind: (s.precision, s.recall) for kind, s in scores.items() if (s.tp or s.fp or s.fn) and s.f1 < 1}
    assert below == {}, result.errors
    assert result.errors == []
    assert result.relations["speech"].tp == 6


def test_score_arithmetic():
    s = Score(tp=3, fp=1, fn=2)
    assert (s.precision, s.recall) == (0.75, 0.6)
    assert round(s.f1, 4) == 0.6667
    assert Score().f1 == 0.0


def test_relations_ignore_ids_of_facts_and_title_punctuation():
    facts = [
        ("report", {"speaker": "a", "title": {"kk": "«Жаңа кезең!»"}}),
        ("speech", {"speaker": "a", "title": {"kk": "жаңа кезең"}}),
    ]
    items = relation_items(facts, "kk", lambda v: v)
    assert items == {("speech", "a", "жаңа кезең"): 2}


def test_report_table(gold):
    text = format_evaluation(gold)
    assert text.startswith("9 gold article(s) (3 en, 3 kk, 3 ru): ")
    assert "by fact type" in text and "language kk" in text and "language en" in text
    assert "entities       precision  recall     F1  gold  found" in text
    assert "relations      precision  recall     F1  gold  found" in text
    assert text.count("  micro ") == 2
    assert "confidence     drafted  right  share" in text


def test_cli_evaluate_table_and_json():
    runner = CliRunner()
    result = runner.invoke(cli, ["extract", "--evaluate", str(ROOT / "sources")])
    assert result.exit_code == 0, result.output
    assert "1 gold article(s) (1 kk): baq-2026-02-04-baytaq-council" in result.output
    result = runner.invoke(cli, ["extract", "--evaluate", str(HELDOUT), "--format", "json"])
    data = json.loads(result.output)
    assert set(data) == {"articles", "entities", "relations", "summary", "by_language", "confidence"}
    assert set(data["by_language"]) == {"kk", "ru", "en"}
    assert data["relations"]["micro"]["f1"] >= 0.7
    assert runner.invoke(cli, ["extract", "x.txt", "--evaluate", str(GOLD)]).exit_code == 2


def test_evaluate_needs_sheets_with_texts(tmp_path):
    with pytest.raises(KgError, match="no fact sheet or registry"):  # an empty folder
        evaluate([tmp_path])
    citation_only = ROOT / "sources" / "articles" / "kazinform-2026-02-11-egizbayev-urges-support.yaml"
    (tmp_path / citation_only.name).write_bytes(citation_only.read_bytes())
    with pytest.raises(KgError, match=f"no gold fact sheet with a bundled text \\(source 'text:'\\) under {tmp_path}"):
        evaluate([tmp_path])


# ---------------------------------------------------------------------------- scoring, by hand

TYPES = {
    "ann": "person",
    "bek": "person",
    "party": "party",
    "court": "state-body",
    "chair": "role",
    "draft": "document",
    "draft-art-8": "provision",
    "citizens": "group",
}


def _score(result, article, lang, gold, pred, canon=lambda v: v):
    score_article(result, article, lang, gold, pred, gold_type=TYPES.get, pred_type=TYPES.get, canon=canon)


def test_score_article_per_fact_type_and_language():
    """Two articles whose every number is known: one kk with a hit and a miss, one en with an extra."""
    result = Evaluation()
    member = ("membership", {"holder": "ann", "role": "chair", "organisation": "party"})
    stance = ("stance", {"holder": "party", "target": "draft", "polarity": "support"})
    claim = ("claim", {"claimant": "bek", "measure": {"kk": "x"}, "quantity": 87.15, "unit": {"kk": "пайыз"}})
    _score(
        result,
        "a",
        "kk",
        [member, stance, claim],
        [
            (*member, 0.9),
            ("stance", {"holder": "party", "target": "draft", "polarity": "oppose"}, 0.8),
            ("claim", {**claim[1], "unit": {"kk": "адам"}}, 0.6),
        ],
    )  # a count is not a share
    proposal = ("proposal", {"proposer": "bek", "targets": "draft-art-8", "content": {"en": "y"}})
    _score(result, "b", "en", [proposal], [(*proposal, 0.95), (*member, 0.5)])

    s = result.summary
    assert (s["person → post"].tp, s["person → post"].fp, s["person → post"].fn) == (1, 1, 0)
    assert (s["stances"].tp, s["stances"].fp, s["stances"].fn) == (0, 1, 1)
    assert (s["claims"].tp, s["claims"].fp, s["claims"].fn) == (0, 1, 1)
    assert (s["proposals & initiatives"].tp, s["proposals & initiatives"].fp) == (1, 0)
    assert (s["all facts"].tp, s["all facts"].fp, s["all facts"].fn) == (2, 3, 2)
    assert s["all facts"].precision == 0.4 and s["all facts"].recall == 0.5
    # persons: kk gold {ann, bek}, found {ann, bek}; en gold {bek}, found {bek, ann}
    assert (s["persons"].tp, s["persons"].fp, s["persons"].fn) == (3, 1, 0)
    kk, en = result.by_language["kk"], result.by_language["en"]
    assert (kk["all facts"].tp, kk["all facts"].fp, kk["all facts"].fn) == (1, 2, 2)
    assert (en["all facts"].tp, en["all facts"].fp, en["all facts"].fn) == (1, 1, 0)
    assert en["person → post"].precision == 0.0 and kk["person → post"].f1 == 1.0
    assert result.languages == {"a": "kk", "b": "en"}


def test_confidence_bands_count_the_drafted_facts_that_are_right():
    result = Evaluation()
    member = ("membership", {"holder": "ann", "role": "chair", "organisation": "party"})
    # the same fact drafted twice is right once: the surer draft takes the gold item
    _score(
        result,
        "a",
        "ru",
        [member],
        [
            (*member, 0.55),
            (*member, 0.92),
            ("stance", {"holder": "citizens", "target": "draft", "polarity": "support"}, 0.72),
        ],
    )
    bands = {b.label: (b.drafted, b.right) for b in result.bands}
    assert bands["0.9–1.0"] == (1, 1)
    assert bands["0.7–0.8"] == (1, 0)
    assert bands["0.5–0.6"] == (1, 0)
    assert sum(b.drafted for b in result.bands) == 3
    text = format_evaluation(result)
    assert "  0.9–1.0            1      1   1.00" in text
    assert "  all                3      1   0.33" in text
    # at or above each band's floor: what --min-confidence would keep, against the one gold fact
    floors = {b.low: (s.tp, s.fp, s.fn) for b, s in zip(result.bands, result.floors())}
    assert floors[0.9] == (1, 0, 0) and floors[0.7] == (1, 1, 0) and floors[0.0] == (1, 2, 0)
    assert "  0.7–0.8            1      0   0.00          ≥ 0.7      0.50   1.00   0.67" in text
    assert result.as_dict()["confidence"][2]["at_or_above"]["precision"] == 0.5


def test_the_lowest_floor_scores_as_the_relations_do():
    """An event with its chair is one drafted fact but two scored items: at floor 0.0 the floors agree
    with the relations' micro score (a wrong chair is an extra item, as there)."""
    result = Evaluation()
    event = ("session", {"date": "2026-02-04", "chair": "ann"})
    _score(
        result,
        "a",
        "kk",
        [event, ("stance", {"holder": "party", "target": "draft", "polarity": "support"})],
        [("session", {"date": "2026-02-04", "chair": "bek"}, 0.85), (*event, 0.5)],
    )
    micro = result.relation_micro
    assert (micro.tp, micro.fp, micro.fn) == (2, 2, 1)
    lowest = result.floors()[-1]
    assert (lowest.tp, lowest.fp, lowest.fn) == (micro.tp, micro.fp, micro.fn)
    assert sum(b.drafted for b in result.bands) == 2  # the band table still counts facts


def test_a_draft_actor_counts_as_the_gold_actor_it_stands_for():
    result = Evaluation()
    gold = [("membership", {"holder": "ann", "role": "chair", "organisation": "court"})]
    pred = [("membership", {"holder": "new-ann", "role": "chair", "organisation": "court"}, 0.9)]
    score_article(
        result,
        "a",
        "en",
        gold,
        pred,
        gold_type=TYPES.get,
        pred_type=lambda v: "person" if v == "new-ann" else TYPES.get(v),
        canon=lambda v: {"new-ann": "ann"}.get(v, v),
    )
    assert result.summary["person → post"].f1 == 1.0
    assert result.summary["persons"].f1 == 1.0


# ---------------------------------------------------------------------------- the real-article sets


def test_real_article_sets_are_valid_balanced_and_apart():
    from kg.sources import load_corpus
    from kg.validate import validate

    parts = {}
    for part in ("dev", "test"):
        report = validate([REAL / part])
        assert report.conforms, report.problems
        corpus = load_corpus([REAL / part])
        parts[part] = [s for s in corpus.sources if s.text is not None]
        assert all(s.url and s.url.startswith("http") for s in parts[part])
    langs = {part: sorted(s.language for s in sources) for part, sources in parts.items()}
    dev_counts = {lang: langs["dev"].count(lang) for lang in set(langs["dev"])}
    assert set(dev_counts) == {"en", "kk", "ru"} and len(set(dev_counts.values())) == 1, dev_counts
    assert dev_counts["en"] >= 15, dev_counts  # 10 per language at first, 5 more of other outlets and wordings
    assert langs["test"] == ["en"] * 5 + ["kk"] * 5 + ["ru"] * 5
    assert not {s.url for s in parts["dev"]} & {s.url for s in parts["test"]}
    assert not {s.text for s in parts["dev"]} & {s.text for s in parts["test"]}
    outlets = {s.outlet for sources in parts.values() for s in sources}
    assert len(outlets) >= 10
    readme = (REAL / "README.md").read_text(encoding="utf-8")
    for sources in parts.values():
        for s in sources:
            assert s.id in readme and s.url in readme  # provenance beside each excerpt
    assert "not shipped in the wheel" in readme


def test_wheel_is_built_from_kg_only():
    import tomllib

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    wheel = config["tool"]["hatch"]["build"]["targets"]["wheel"]
    assert wheel["packages"] == ["kg"]
    assert not any(str(k).startswith("tests") for k in wheel.get("force-include", {}))


def test_cli_evaluate_real_dev_set_per_language():
    result = CliRunner().invoke(cli, ["extract", "--evaluate", str(REAL / "dev")])
    assert result.exit_code == 0, result.output
    sheets = [p.name.split("-")[0] for p in (REAL / "dev" / "articles").glob("*.yaml")]
    en, kk, ru = (sheets.count(lang) for lang in ("en", "kk", "ru"))
    assert result.output.startswith(f"{len(sheets)} gold article(s) ({en} en, {kk} kk, {ru} ru): ")
    for heading in ("by fact type", "language kk", "language ru", "language en", "confidence"):
        assert heading in result.output


def test_claims_keep_every_digit_of_large_figures():
    facts = [("claim", {"claimant": "a", "measure": {"kk": "x"}, "quantity": q}) for q in (7954667, 7954666, 87.15)]
    items = relation_items(facts, "kk", lambda v: v)
    assert set(items) == {
        ("claim", "a", "7954667", "count"),
        ("claim", "a", "7954666", "count"),
        ("claim", "a", "87.15", "count"),
    }


def test_no_outlet_leaves_the_outlet_to_the_text(monkeypatch):
    """--no-outlet: the extractor gets the sheet's date but not its outlet."""
    from kg.extract.draft import Session

    seen = []
    original = Session.extract

    def spy(self, article, **kw):
        seen.append((kw.get("outlet"), kw.get("date")))
        return original(self, article, **kw)

    monkeypatch.setattr(Session, "extract", spy)
    evaluate([HELDOUT], give_outlet=False)
    assert seen and all(outlet is None and date for outlet, date in seen)
    seen.clear()
    result = CliRunner().invoke(cli, ["extract", "--evaluate", str(HELDOUT), "--no-outlet"])
    assert result.exit_code == 0, result.output
    assert seen and all(outlet is None for outlet, _ in seen)
    seen.clear()
    evaluate([HELDOUT])
    assert {outlet for outlet, _ in seen} == {"example-wire"}


#: The frozen parts in the order they were made; each is checked against every part before it.
_PARTS = ("dev", "test", *(f"test{n}" for n in range(2, 74)))


#: The parts made short of the balance, with what they hold at least and why (each README's "Departures"): test73's
#: helper (the sixty-second session) checked about 240 addresses in some 50 searches, nine in ten held by a part and the
#: Kazakh ones nearly all; the new Kazakh pages copied held texts or covered the 2022 and 2024 referendums.
_SHORT_PARTS = {"test73": ({"kk": 3, "ru": 8}, 16)}


@functools.cache
def _addresses_and_texts(part: str) -> tuple[frozenset[str | None], frozenset[str | None]]:
    """A part's addresses and texts, read once for all the parts after it (the check was quadratic in loads)."""
    from kg.sources import load_corpus

    sources = [s for s in load_corpus([REAL / part]).sources if s.text is not None]
    return frozenset(s.url for s in sources), frozenset(s.text for s in sources)


@pytest.mark.parametrize(
    ("part", "earlier"), [(part, _PARTS[:i]) for i, part in enumerate(_PARTS) if i >= 2], ids=_PARTS[2:]
)
def test_later_frozen_test_parts_are_valid_balanced_apart_and_documented(part, earlier):
    """test2 … test73 validate, hold no text without a sheet, have at least 6 excerpts per language (from test52 on,
    8 Kazakh and 8 Russian, 18 in all: the corpus's English is used up; fewer where ``_SHORT_PARTS`` says why) from 8
    outlets, share no address or text with the parts before them, and name each excerpt's provenance and the freeze in
    their README."""
    from collections import Counter

    from kg.sources import load_corpus
    from kg.validate import validate

    folder = REAL / part
    report = validate([folder])
    assert report.conforms, report.problems
    corpus = load_corpus([folder])
    sources = [s for s in corpus.sources if s.text is not None]
    assert all(s.url and s.url.startswith("http") for s in sources)
    # every text is a sheet's: an excerpt swapped out leaves none behind
    assert {p.stem for p in (folder / "texts").iterdir()} == {s.id for s in sources}
    langs = Counter(s.language for s in sources)
    # From test52 on the corpus holds no English page a part has not: 122 English addresses checked in the
    # forty-first session, none new and usable. A part holds 8 Kazakh and 8 Russian excerpts, 18 in all.
    least = {"kk": 6, "ru": 6, "en": 6} if int(part.removeprefix("test")) < 52 else {"kk": 8, "ru": 8}
    least, total = _SHORT_PARTS.get(part, (least, 18))
    assert all(langs[lang] >= n for lang, n in least.items()) and sum(langs.values()) >= total, langs
    assert len({s.outlet for s in sources}) >= 8
    assert {f.type for f in corpus.facts} >= {"membership", "speech", "stance", "proposal", "initiative", "claim"}
    for other in earlier:
        urls, texts = _addresses_and_texts(other)
        assert not {s.url for s in sources} & urls, other
        assert not {s.text for s in sources} & texts, other
    readme = (folder / "README.md").read_text(encoding="utf-8")
    for s in sources:
        assert f"{part}/{s.id}" in readme and s.url in readme  # provenance beside each excerpt
    assert "not shipped in the wheel" in readme and "Frozen" in readme


def test_a_drafted_body_named_without_the_form_of_state_counts_as_the_gold_one(tmp_path):
    """test10's trade-union article drafts "Қазақстан Кәсіподақтар федерациясы"; the gold names it "Қазақстан
    Республикасы Кәсіподақтар федерациясы". The evaluator maps one to the other (kg.names reads a body's name
    with or without the state's), so its chair and its stance count."""
    import shutil

    part = Path("tests/data/extract_real/test10")
    name = "kk-baq-2026-02-09-trade-unions-tenth-sitting"
    (tmp_path / "articles").mkdir()
    (tmp_path / "texts").mkdir()
    shutil.copy(part / "actors.yaml", tmp_path / "actors.yaml")
    shutil.copy(part / "articles" / f"{name}.yaml", tmp_path / "articles")
    shutil.copy(part / "texts" / f"{name}.txt", tmp_path / "texts")
    result = evaluate([tmp_path])
    assert result.summary["organisations"].fn == 0
    assert result.summary["person → post"].recall == 1.0
    assert result.summary["stances"].tp >= 1


def test_a_drafted_acronym_or_a_body_named_without_its_namesake_counts_as_the_gold_one(tmp_path):
    """test58's "ректор КазНУ им. аль-Фараби" drafts a body "КазНУ им. аль-Фараби", test10's "ректор Казахского
    университета технологии и бизнеса" one without "имени К. Кулажанова"; the gold names them in full. The evaluator
    maps the one gold body the acronym spells (kg.names.spells), also in quotation marks after a legal form, or that
    bears the name without its namesake or quotes it before a legal form."""
    cases = [
        (
            "test58",
            "ru-kazpravda-2026-02-21-kaznu-legal-foundations",
            "zhanseit-tuimebayev rector kaznu",
            {"Казахский национальный университет": "Казахский государственный университет"},
        ),
        (
            "test10",
            "ru-liter-2026-03-04-kazutb-rector",
            "lyazzat-kemerbekovna rector kazutb",
            {"Казахский университет технологии и бизнеса": "Казахский университет экономики и бизнеса"},
        ),
        (  # the acronym quoted after a legal form: "НАО «ВКУ им. С. Аманжолова»"
            "test16",
            "ru-baq-2026-03-02-balayeva-oskemen",
            "mukhtar-tolegen rector amanzholov-university",
            {"Восточно-Казахстанский университет": "Западно-Казахстанский университет"},
        ),
        (  # the gold's name quoted before a legal form: "«Қазақстан заңгерлер одағы» РҚБ"
            "test11",
            "kk-arkaazhary-2026-02-14-akylbai-article-3",
            "serik-akylbay chair lawyers-union-of-kazakhstan",
            {"«Қазақстан заңгерлер одағы» РҚБ": "«Қазақстан адвокаттар одағы» РҚБ"},
        ),
    ]
    # a gold name the draft's does not spell, or that differs in a word, maps nothing
    _post_right_until_renamed(tmp_path, cases)


def test_a_drafted_maslikhat_or_akimat_counts_as_the_gold_one_of_its_place_or_level(tmp_path):
    """One maslikhat is "Маслихат Костанайской области" in test17's draft and "областной маслихат" in its gold,
    "областной маслихат" in test56's draft and "Актюбинский областной маслихат" in its gold; one akimat is "Акимат
    города Шымкент" and "Акимат Шымкента" in test16's. The evaluator maps the one gold local body of the same kind
    with the same place, or the same level where one gives no place (kg.extract.bodies.same_local_body)."""
    cases = [
        (
            "test17",
            "ru-zakon-2026-03-05-kostanay-roundtable",
            "sailaubek-yeshchanov chair oblast-maslikhat",
            {
                "областной маслихат": "районный маслихат",
                "облыстық мәслихат": "аудандық мәслихат",
                "regional maslikhat": "district maslikhat",  # another level
            },
        ),
        (
            "test56",
            "ru-kazpravda-2026-02-12-suyintayeva-ferroalloy",
            "gulkasima-suyintayeva chair aqtobe-regional-maslikhat",
            {
                "Актюбинский областной маслихат": "Актюбинский областной акимат",
                "Ақтөбе облыстық мәслихаты": "Ақтөбе облыстық әкімдігі",
                "Aqtobe Regional Maslikhat": "Aqtobe Regional Akimat",  # another kind
            },
        ),
        (
            "test16",
            "ru-kazinform-2026-02-02-shymkent-akimat",
            "gabit-syzdykbekov akim shymkent-akimat",
            {
                "Акимат Шымкента": "Акимат Туркестана",
                "Шымкент қаласының": "Түркістан қаласының",
                "Shymkent City": "Turkistan City",  # another place
            },
        ),
    ]
    _post_right_until_renamed(tmp_path, cases)


def test_a_drafted_body_named_short_of_its_parent_or_place_counts_as_the_gold_one(tmp_path):
    """test29's draft names "OSCE Programme Office" where the gold has "… in Astana"; test20's "заң факультеті" where
    the gold has "ҚазҰУ заң факультеті" (a Kazakh parent comes first). The evaluator maps the one gold body whose name
    begins (in Kazakh: ends) with the draft's, unless the gold's gives a level the draft's lacks."""
    cases = [
        (
            "test29",
            "en-dknews-2026-02-17-osce-briefing",
            "alexey-rogov head osce-programme-office-astana",
            {"en: OSCE Programme Office in": "en: OSCE Centre in", "ru: Офис программ ОБСЕ": "ru: Центр ОБСЕ"},
        ),
        (
            "test20",
            "kk-caravan-2026-02-16-kaznu-round-table",
            "ualikhan-akhatov dean kaznu-law-faculty",
            {
                "kk: ҚазҰУ заң факультеті": "kk: ҚазҰУ заң институты",
                "ru: Юридический факультет": "ru: Юридический институт",
            },
        ),
    ]
    _post_right_until_renamed(tmp_path, cases)
    # test16's precinct "сайлау комиссиясы" is not "Орталық сайлау комиссиясы", which its gold also holds
    result = evaluate([_one_article_set(tmp_path / "test16", "test16", "kk-zhanaqorgan-2026-03-15-aral-station-44")])
    assert not [e for e in result.errors if "central-election-commission" in e[3]]


def _post_right_until_renamed(tmp_path: Path, cases: list[tuple[str, str, str, dict[str, str]]]) -> None:
    """For each (part, article, "holder role body", renaming): the post is right as the gold names its body, and
    missed once the gold's names are renamed so that the drafted body no longer stands for it."""
    for part, name, post, rename in cases:
        missed = ("relation", "missed", f"membership {post}")
        result = evaluate([_one_article_set(tmp_path / part, part, name)])
        assert missed not in [e[1:] for e in result.errors], part
        result = evaluate([_one_article_set(tmp_path / f"{part}-renamed", part, name, rename=rename)])
        assert missed in [e[1:] for e in result.errors], part


def _one_article_set(folder: Path, part: str, name: str, *, rename: dict[str, str] | None = None) -> Path:
    """A gold set of one tuning article, its words replaced by ``rename`` in its actors and its sheet."""
    source = REAL / part
    for sub in ("articles", "texts"):
        (folder / sub).mkdir(parents=True)
    (folder / "texts" / f"{name}.txt").write_bytes((source / "texts" / f"{name}.txt").read_bytes())
    for src, dst in ((source / "actors.yaml", folder / "actors.yaml"), (source / "articles" / f"{name}.yaml", None)):
        text = src.read_text(encoding="utf-8")
        for old, new in (rename or {}).items():
            text = text.replace(old, new)
        (dst or folder / "articles" / f"{name}.yaml").write_text(text, encoding="utf-8")
    return folder


def test_agreement_maps_the_second_annotators_ids_by_name_and_counts_what_differs(tmp_path):
    """Two annotations of one text: another id for the same person is no disagreement; another polarity is one fact
    each side has alone."""
    name = "ru-qazaq24-2026-02-10-satpayev-frankenstein"
    first = _one_article_set(tmp_path / "a", "test33", name)
    same = _one_article_set(tmp_path / "b", "test33", name, rename={"dosym-satpayev": "satpayev-d"})
    result = agreement(first, same)
    assert result.summary["all facts"].f1 == 1.0 and result.summary["stances"].tp == 1
    other = _one_article_set(
        tmp_path / "c", "test33", name, rename={"dosym-satpayev": "satpayev-d", "polarity: oppose": "polarity: support"}
    )
    stances = agreement(first, other).summary["stances"]
    assert (stances.tp, stances.fp, stances.fn) == (0, 1, 1)


def test_agreement_needs_a_shared_source(tmp_path):
    first = _one_article_set(tmp_path / "a", "test33", "ru-qazaq24-2026-02-10-satpayev-frankenstein")
    second = _one_article_set(tmp_path / "b", "test33", "ru-lada-2026-03-01-mukhanov-referendum")
    with pytest.raises(KgError, match="no source id in common with"):
        agreement(first, second)
