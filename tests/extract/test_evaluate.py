"""`kg extract --evaluate`: the gold sets validate, the scores reach the goals, the report reads well."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.errors import KgError
from kg.extract.evaluate import Score, evaluate, format_evaluation, relation_items

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "tests" / "data" / "extract_gold"
HELDOUT = ROOT / "tests" / "data" / "extract_heldout"


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
    assert set(gold.relations) >= {"membership", "speech", "proposal", "stance", "claim", "chair", "initiative", "event"}


def test_held_out_set_reaches_the_goals():
    result = evaluate([HELDOUT])
    assert result.entity_micro.f1 >= 0.90
    assert result.relation_micro.f1 >= 0.70


def test_seed_article_against_its_curated_sheet():
    result = evaluate([ROOT / "sources"])
    assert result.articles == ["baq-2026-02-04-baytaq-council"]  # the only sheet with its text
    assert result.entity_micro.f1 >= 0.90
    assert result.relation_micro.f1 >= 0.90


def test_score_arithmetic():
    s = Score(tp=3, fp=1, fn=2)
    assert (s.precision, s.recall) == (0.75, 0.6)
    assert round(s.f1, 4) == 0.6667
    assert Score().f1 == 0.0


def test_relations_ignore_ids_of_facts_and_title_punctuation():
    facts = [("report", {"speaker": "a", "title": {"kk": "«Жаңа кезең!»"}}), ("speech", {"speaker": "a", "title": {"kk": "жаңа кезең"}})]
    items = relation_items(facts, "kk", lambda v: v)
    assert items == {("speech", "a", "жаңа кезең"): 2}


def test_report_table(gold):
    text = format_evaluation(gold)
    assert text.startswith("9 gold article(s): ")
    assert "entities       precision  recall     F1  gold  found" in text
    assert "relations      precision  recall     F1  gold  found" in text
    assert text.count("  micro ") == 2


def test_cli_evaluate_table_and_json():
    runner = CliRunner()
    result = runner.invoke(cli, ["extract", "--evaluate", str(ROOT / "sources")])
    assert result.exit_code == 0, result.output
    assert "1 gold article(s): baq-2026-02-04-baytaq-council" in result.output
    result = runner.invoke(cli, ["extract", "--evaluate", str(HELDOUT), "--format", "json"])
    data = json.loads(result.output)
    assert set(data) == {"articles", "entities", "relations"}
    assert data["relations"]["micro"]["f1"] >= 0.7
    assert runner.invoke(cli, ["extract", "x.txt", "--evaluate", str(GOLD)]).exit_code == 2


def test_evaluate_needs_sheets_with_texts(tmp_path):
    with pytest.raises(KgError, match="no gold fact sheet with a bundled text"):
        evaluate([tmp_path])
