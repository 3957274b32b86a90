"""Tests of the Kazakh NER tagger: tokenizer, shipped model, metadata and scorer."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.errors import KgError
from kg.extract import ner_kk
from kg.extract.ner_kk import Entity, Token, evaluate, model_path, score, spans, tag, tokenize

KAZNERD = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "kaznerd"

TINY_IOB2 = """\
Азаматхан B-PERSON
Әміртаев I-PERSON
Астанаға B-GPE
барды O
. O

2022 B-DATE
жылы I-DATE
« O
Нұр B-ORGANISATION
Отан I-ORGANISATION
» O

Ол O
келді O
. O

"""

# Predictions checked by hand against TINY_IOB2: the PERSON span is cut short,
# GPE and DATE are right, "Нұр Отан" gets the wrong type, "Ол" is spurious.
TINY_PREDICTED = {
    ("Азаматхан", "Әміртаев", "Астанаға", "барды", "."): ["B-PERSON", "O", "B-GPE", "O", "O"],
    ("2022", "жылы", "«", "Нұр", "Отан", "»"): ["B-DATE", "I-DATE", "O", "B-GPE", "I-GPE", "O"],
    ("Ол", "келді", "."): ["B-PERSON", "O", "O"],
}


def test_tokenize_offsets_match_text() -> None:
    text = 'Ол: «Нұр Отан» (партия), "Ақ жол" — 2,5 %-ке өсті.'
    tokens = tokenize(text)
    assert all(text[t.start : t.end] == t.text for t in tokens)
    assert [t.text for t in tokens] == [
        "Ол",
        ":",
        "«",
        "Нұр",
        "Отан",
        "»",
        "(",
        "партия",
        ")",
        ",",
        '"',
        "Ақ",
        "жол",
        '"',
        "—",
        "2,5",
        "%-ке",
        "өсті",
        ".",
    ]


def test_tokenize_keeps_hyphenated_words() -> None:
    assert tokenize("Қасым-Жомарт 1-інші") == [Token("Қасым-Жомарт", 0, 12), Token("1-інші", 13, 19)]


def test_tokenize_empty() -> None:
    assert tokenize("  \n") == []
    assert tag("") == []


def test_tag_finds_person() -> None:
    text = "Партия төрағасы Азаматхан Әміртаев баяндама жасады."
    entities = tag(text)
    assert Entity("Азаматхан Әміртаев", "PERSON", 16, 34) in entities
    assert all(text[e.start : e.end] == e.text for e in entities)


def test_tag_finds_astana() -> None:
    entities = tag("Кеше Астана қаласында халықаралық форум өтті.")
    places = [e for e in entities if e.type in ("GPE", "LOCATION")]
    assert [e.text for e in places] == ["Астана"]
    assert places[0].start == 5


def test_tag_straight_quotes_and_several_sentences() -> None:
    text = 'Президент Алматыға барды. Ол "Нұр Отан" партиясының съезіне қатысты.'
    entities = tag(text)
    assert any(e.text == "Алматыға" and e.type == "GPE" for e in entities)
    assert all(text[e.start : e.end] == e.text for e in entities)


def test_load_tagger_is_cached() -> None:
    assert ner_kk.load_tagger() is ner_kk.load_tagger()


def test_missing_model_raises(tmp_path: Path) -> None:
    with pytest.raises(KgError, match="NER model not found"):
        ner_kk.load_tagger(str(tmp_path / "none.crfsuite"))


def test_metadata_has_attribution() -> None:
    meta = json.loads(model_path(suffix=".json").read_text(encoding="utf-8"))
    assert model_path().stat().st_size < 10_000_000
    assert meta["model_file"] == model_path().name
    assert "Yeshpanov" in meta["citation"] and "Khassanov" in meta["citation"] and "Varol" in meta["citation"]
    assert "LREC 2022" in meta["citation"]
    assert meta["licence"]["name"] == "CC BY 4.0"
    assert meta["licence"]["url"] == "https://creativecommons.org/licenses/by/4.0/"
    assert meta["changes"] == "model derived from KazNERD; no changes to the data"
    assert meta["training_data"]["repository"] == "https://github.com/IS2AI/KazNERD"
    assert meta["training_data"]["commit"] == "bd4333d0f5952b9fafb2ef2ac2fefa0ad3c0333f"
    assert meta["scores"]["test"]["micro"]["f1"] >= 0.85
    assert {"c1", "c2", "max_iterations"} <= set(meta["parameters"])


def test_spans_seqeval_style() -> None:
    assert spans(["O", "I-GPE", "I-GPE", "B-GPE", "I-PERSON", "O"]) == [
        ("GPE", 1, 3),
        ("GPE", 3, 4),
        ("PERSON", 4, 5),
    ]
    assert spans([]) == []


def test_evaluate_hand_checked(tmp_path: Path) -> None:
    path = tmp_path / "tiny.txt"
    path.write_text(TINY_IOB2, encoding="utf-8")
    result = evaluate(path, tagger=lambda words: TINY_PREDICTED[tuple(words)])
    assert result["sentences"] == 3 and result["tokens"] == 14
    # 4 gold entities, 5 predicted, 2 right (GPE "Астанаға", DATE "2022 жылы").
    micro = result["micro"]
    assert micro["precision"] == pytest.approx(2 / 5)
    assert micro["recall"] == pytest.approx(2 / 4)
    assert micro["f1"] == pytest.approx(2 * 0.4 * 0.5 / 0.9)
    assert micro["support"] == 4
    per_type = result["per_type"]
    assert per_type["PERSON"] == {"precision": 0.0, "recall": 0.0, "f1": 0.0, "support": 1}
    assert per_type["GPE"]["precision"] == pytest.approx(0.5)
    assert per_type["GPE"]["recall"] == pytest.approx(1.0)
    assert per_type["GPE"]["f1"] == pytest.approx(2 / 3)
    assert per_type["DATE"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0, "support": 1}
    assert per_type["ORGANISATION"] == {"precision": 0.0, "recall": 0.0, "f1": 0.0, "support": 1}


def test_evaluate_with_model_counts_gold(tmp_path: Path) -> None:
    path = tmp_path / "tiny.txt"
    path.write_text(TINY_IOB2, encoding="utf-8")
    result = evaluate(path)
    assert result["micro"]["support"] == 4
    assert 0.0 <= result["micro"]["f1"] <= 1.0


def test_score_rejects_length_mismatch() -> None:
    with pytest.raises(ValueError):
        score([["O", "B-GPE"]], [["O"]])


def test_read_iob2_reports_bad_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.txt"
    path.write_text("Астана B-GPE\nбір екі үш\n", encoding="utf-8")
    with pytest.raises(KgError, match=r"bad\.txt:2: expected 'TOKEN TAG'"):
        evaluate(path)


@pytest.mark.skipif(not (KAZNERD / "IOB2_test.txt").is_file(), reason="KazNERD data not available")
def test_shipped_model_on_kaznerd_test() -> None:
    result = evaluate(KAZNERD / "IOB2_test.txt")
    assert result["sentences"] == 11307
    assert result["micro"]["support"] == 13508
    assert result["micro"]["f1"] >= 0.85


def test_a_kazakh_conjunction_is_no_word_of_a_name():
    # a headline in capitals (test15/kk-aqtobegazeti-…-zhetkergenova-opinion): the tagger read "ДАМУ МЕН" as a person
    from kg.extract.draft import Session
    from kg.extract.mentions import find_mentions

    session = Session()
    for text in ("ДАМУ МЕН ЖАҢҒЫРУДЫҢ НЕГІЗІ", "Жиынға Асқар Жұмабаев пен Дана Нұрланова қатысты."):
        persons = [m.text for m in find_mentions(text, "kk", session.linker, session.gazetteer) if m.kind == "person"]
        assert not [p for p in persons if set(p.casefold().split()) & {"мен", "бен", "пен", "және"}]
    persons = [
        m.text
        for m in find_mentions(
            "Жиынға Асқар Жұмабаев пен Дана Нұрланова қатысты.", "kk", session.linker, session.gazetteer
        )
        if m.kind == "person"
    ]
    assert {"Асқар Жұмабаев", "Дана Нұрланова"} <= set(persons)  # the names beside the conjunction stay


def test_a_time_of_day_is_no_name():
    # test16/kk-qyzylqoga-…-station-143: the tagger read "Сағат 14.00-дейін" ("until 14:00") as a person, who then
    # claimed the turnout; the sentence here is written for the test
    from kg.extract.draft import Session
    from kg.extract.mentions import _tagged, find_mentions

    session = Session()
    text = "Сағат 14.00-дейін №12 учаскелік комиссияға тіркелген 900 сайлаушының 400-і дауыс берді."
    assert [t[3] for t in _tagged(text, "kk") if t[2] == "person"] == ["Сағат 14.00-дейін"]  # what the tagger reads
    persons = [m for m in find_mentions(text, "kk", session.linker, session.gazetteer) if m.kind == "person"]
    # at most the capitalised word alone, a surname only if someone of that name was named before
    assert [(m.text, m.new.get("single")) for m in persons] in ([], [("Сағат", True)])


def test_a_surname_that_begins_as_a_post_word_stays_in_the_name():
    # test16/kk-arkaazhary-…-mysyralimova-krasnoyar: "Әкімов" begins as "Әкім" (akim) does; the sentence is written
    from kg.extract.draft import Session
    from kg.extract.mentions import find_mentions

    session = Session()
    text = "Жиынға қалалық мәслихаттың төрағасы Асқар Әкімов қатысты."
    persons = [
        m.new["name"] for m in find_mentions(text, "kk", session.linker, session.gazetteer) if m.kind == "person"
    ]
    assert "Асқар Әкімов" in persons
    # the post word itself is still no name: "Әкім Асқар Нұрланов" names Асқар Нұрланов
    text = "Жиынды аудан Әкімі Асқар Нұрланов ашты."
    persons = [
        m.new["name"] for m in find_mentions(text, "kk", session.linker, session.gazetteer) if m.kind == "person"
    ]
    assert "Асқар Нұрланов" in persons and not [p for p in persons if p.startswith("Әкім")]
