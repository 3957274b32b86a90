"""Kazakh in the Arabic script (töte jazu) is read into Cyrillic before extraction (kg/extract/arabic_kk.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.extract import arabic_kk
from kg.extract.draft import Session
from kg.extract.reader import article_from_text, read_article
from kg.sources import load_corpus

ROOT = Path(__file__).resolve().parents[2]
SENTENCE = "Партия төрағасы Азаматхан Әміртаев Конституцияның 8-бабына ұсыныс жасады."


@pytest.mark.parametrize(
    ("arabic", "cyrillic"),
    [
        ("ٴماجىلىس", "Мәжіліс"),  # the hamza: every vowel front
        ("كەلدى", "келді"),  # е and к make the word front without the hamza
        ("قازاقستاندا", "Қазақстанда"),  # қ: back
        ("كونستيتۋتسيا", "Конституция"),  # a Russian loan, from the lexicon, with its capital
        ("كونستيتۋتسيانى", "Конституцияны"),  # a loan's stem from the lexicon, its ending by the stem's vowels
        ("دەپۋتاتتارمەن", "депутаттармен"),
        ("توقاەۆتىڭ", "Тоқаевтың"),  # a surname in -ев: а before it, a capital, a back ending
        ("ەگىزبايەۆ", "Егізбаев"),  # the script may write the й of -аев
        ("توراعاسى", "төрағасы"),  # front vowels beside ғ: the editions write no hamza (test28), the lexicon knows it
        ("ٴتوراعاسى", "төрағасы"),  # and a writer who keeps the hamza
        ("اقىلبەكوۆانىڭ", "Ақылбекованың"),  # -ова: its а is а, and the ending after it back
        ("جۇمابەكين", "Жұмабекин"),  # a surname in -ин: a capital
        ("جۇمابەكينمەن", "Жұмабекинмен"),
        ("ساتىبالدىۇلى", "Сатыбалдыұлы"),  # a patronymic in -ұлы
        ("ٴسوز", "сөз"),
        ("باي", "бай"),  # ي after a vowel closing its syllable: й
    ],
)
def test_words_are_read_with_their_vowels_loans_and_names(arabic: str, cyrillic: str) -> None:
    assert arabic_kk.word_to_cyrillic(arabic) == cyrillic


@pytest.mark.parametrize(
    ("cyrillic", "wrong"),
    [
        ("коалиция", "көәлитсиә"),  # two vowels side by side, ц: a loan, а and о as themselves
        ("референдумның", "референдумнің"),  # ф: a loan; the ending follows its last vowel
        ("прогрессивті", "прөгрессивті"),  # two consonants first, в: the ending front after и
        ("медицина", "Медитсина"),  # ц: a loan, not a surname in -ин
        ("ұжымымен", "үжімімен"),  # the е of -мен says nothing of the word's vowels
        ("зайырлы", "заиырлы"),  # ي after a vowel is й, before a vowel too
    ],
)
def test_loans_the_instrumental_and_y_between_vowels_are_read_by_rule(cyrillic: str, wrong: str) -> None:
    """None of these words is in the lexicon: the letter rules read them (a loan by its marks)."""
    k = arabic_kk.key(arabic_kk.from_cyrillic(cyrillic))
    assert k not in arabic_kk._lexicon()
    assert arabic_kk.word_to_cyrillic(arabic_kk.from_cyrillic(cyrillic)) == cyrillic != wrong


def test_a_word_beside_a_name_is_a_name_when_kaznerd_never_writes_it_in_lower_case() -> None:
    read = arabic_kk.to_cyrillic
    # Сарым and Ақылбай are in neither KazNERD nor the registry: their neighbour Айдос, Серік, a surname in -ев
    # tells that they are names.
    assert read(arabic_kk.from_cyrillic("Депутат Айдос Сарым айтты.")) == "Депутат Айдос Сарым айтты."
    assert read(arabic_kk.from_cyrillic("заңгер Серік Ақылбай")) == "Заңгер Серік Ақылбай"
    # a first name before a surname by its form; no word after one (a verb form KazNERD lacks)
    assert read(arabic_kk.from_cyrillic("депутаты Елнұр Бейсенбаев")).split()[1][:1] == "Е"
    assert read(arabic_kk.from_cyrillic("Лаура Қарабасова қабылданғалы")).endswith("Қарабасова қабылданғалы")
    # a common word beside a name stays in lower case, and so does one across a comma
    assert read(arabic_kk.from_cyrillic("Бүгін депутат Айдос айтты, сарым")) == "Бүгін депутат Айдос айтты, сарым"


def test_a_word_after_an_initial_is_a_surname_so_the_quotation_closes_on_a_name() -> None:
    """Ақылбай is in neither KazNERD nor the registry; the initial before it says it is a name (test28's
    kk-kazinform-2026-02-12-akylbay-peoples-constitution: "- деді с." had ended a sentence, the quotation had no
    speaker and its figure went to the outlet)."""
    read = arabic_kk.to_cyrillic
    assert read(arabic_kk.from_cyrillic("Заң жазылды, - деді С. Ақылбай.")) == "Заң жазылды, - деді С. Ақылбай."
    # a common word after a letter is no surname, so the letter is no initial: "бөлімнің а. тармағы" (item a.)
    assert read(arabic_kk.from_cyrillic("Бөлімнің а. тармағы")).startswith("Бөлімнің а. ")


def test_a_name_that_the_lexicon_reads_as_a_word_is_the_name_before_a_surname() -> None:
    """ايدا is "айда" (in the month) in a sentence, داستان "дастан" (an epic): before a surname by its form it is the
    name, Аида Балаева (the Minister of Culture, lost in six tuning parts' Kazakh texts written in the script)."""
    read = arabic_kk.to_cyrillic
    assert read(arabic_kk.from_cyrillic("министрі Аида Балаева айтты")) == "Министрі Аида Балаева айтты"
    assert read(arabic_kk.from_cyrillic("әкім Дастан Рыспеков")) == "Әкім Дастан Рыспеков"
    # not before a surname: the word the lexicon gives
    assert read(arabic_kk.from_cyrillic("Наурыз айда өтеді")) == "Наурыз айда өтеді"
    assert read(arabic_kk.from_cyrillic("Ежелгі дастан бар")) == "Ежелгі дастан бар"


def test_variant_letters_and_the_hamza_written_on_the_letter_are_the_same_word() -> None:
    # ٵ (alef with the hamza) and ٴا are one spelling; ک (keheh) is the same к as ك.
    assert arabic_kk.word_to_cyrillic("ٵدىل") == arabic_kk.word_to_cyrillic("ٴادىل") == "әділ"
    assert arabic_kk.word_to_cyrillic("کەلدى") == "келді"


def test_a_text_reads_with_sentence_capitals_arabic_punctuation_and_digits() -> None:
    text = "ٴماجىلىس دەپۋتاتى ٴسوز سويلەدى، ول ٢٠٢٦ جىلى ٴۇش ۇسىنىس جاسادى. «بۇل ماڭىزدى» - دەدى ول؟"
    assert arabic_kk.to_cyrillic(text) == (
        "Мәжіліс депутаты сөз сөйледі, ол 2026 жылы үш ұсыныс жасады. «Бұл маңызды» - деді ол?"
    )


def test_a_word_with_front_vowels_beside_q_or_gh_is_written_without_the_hamza() -> None:
    """As the Arabic-script editions write it (145 of 147 such words in test28's Kazakh texts)."""
    assert arabic_kk.from_cyrillic("төрағасы") == "توراعاسى"
    assert arabic_kk.from_cyrillic("сөз") == "ٴسوز"


def test_the_round_trip_keeps_a_sentence() -> None:
    assert arabic_kk.to_cyrillic(arabic_kk.from_cyrillic(SENTENCE)) == SENTENCE


def test_initials_acronyms_and_hyphenated_names_get_their_capitals_units_do_not() -> None:
    text = arabic_kk.from_cyrillic("ҚР Президенті Қасым-Жомарт Тоқаев пен Н. Назарбаев 5 млн теңге туралы айтты.")
    assert arabic_kk.to_cyrillic(text) == "ҚР Президенті Қасым-Жомарт Тоқаев пен Н. Назарбаев 5 млн теңге туралы айтты."


def test_a_word_between_a_post_and_a_name_is_the_first_name() -> None:
    """мереке (a holiday) and саясат (politics) are common words; after a post and before a surname or a name they
    are first names (test23's and test9's Kazakh texts written in the script). Not between a post and a name: as the
    lexicon reads it."""
    read = arabic_kk.to_cyrillic
    assert read(arabic_kk.from_cyrillic("одағының төрағасы Мереке Құлкенов")) == "Одағының төрағасы Мереке Құлкенов"
    assert read(arabic_kk.from_cyrillic("білім министрі Саясат Нұрбек")) == "Білім министрі Саясат Нұрбек"
    assert read(arabic_kk.from_cyrillic("Ұлттық мереке Құлкенов")).endswith("мереке Құлкенов")  # no post before it
    assert read(arabic_kk.from_cyrillic("төрағасы мереке туралы")).endswith("мереке туралы")  # no name after it
    # a word that goes on with the post is no name: "төрағасының орынбасары" is the deputy
    assert read(arabic_kk.from_cyrillic("Сенат төрағасының орынбасары Асқар Шәкіров")) == (
        "Сенат төрағасының орынбасары Асқар Шәкіров"
    )


def test_a_surname_with_front_vowels_is_read_by_its_form_too() -> None:
    """ٴابىلوۆ is Әбілов (test14's rector), not "әбілөв": -ов, -ев say a surname whatever the stem's vowels."""
    read = arabic_kk.to_cyrillic
    assert read(arabic_kk.from_cyrillic("ректоры Талғар Әбілов")) == "Ректоры Талғар Әбілов"
    assert read(arabic_kk.from_cyrillic("Өтебаевтың сөзі")) == "Өтебаевтың сөзі"


def test_a_common_word_after_a_hyphen_keeps_its_lower_case_unless_a_name_comes_before() -> None:
    """ "Премьер-Министрінің" had been read so, and the post "Премьер-министрінің орынбасары" was lost; a name's
    second part still opens with a capital."""
    read = arabic_kk.to_cyrillic
    assert read(arabic_kk.from_cyrillic("ҚР Премьер-министрінің орынбасары")) == "ҚР Премьер-министрінің орынбасары"
    assert read(arabic_kk.from_cyrillic("ЖШС-ның директоры")) == "ЖШС-ның директоры"
    assert read(arabic_kk.from_cyrillic("Президент Қасым-Жомарт")) == "Президент Қасым-Жомарт"


def test_cyrillic_and_latin_texts_are_left_alone() -> None:
    assert not arabic_kk.is_arabic(SENTENCE)
    assert not arabic_kk.is_arabic("The Mazhilis deputy backed the draft; ٴماجىلىس is its name.")
    assert arabic_kk.is_arabic(arabic_kk.from_cyrillic(SENTENCE))


def test_an_arabic_script_article_is_read_in_cyrillic_as_kazakh_with_a_note(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(arabic_kk.from_cyrillic(SENTENCE) + "\n", encoding="utf-8")
    article = read_article(path)
    assert article.text.strip() == SENTENCE
    assert article.lang == "kk"
    assert "converted Kazakh from the Arabic script (töte jazu) to Cyrillic" in article.notes


def test_facts_are_drafted_from_the_arabic_script_as_from_cyrillic() -> None:
    """The draft of the Arabic-script text holds the facts of the Cyrillic one, quoting the Cyrillic reading."""

    def facts(text: str) -> list[tuple]:
        draft = Session(load_corpus()).extract(article_from_text(text), name="a", outlet="baq-kz", date="2026-02-04")
        return sorted((f.type, sorted((k, str(v)) for k, v in f.values.items())) for f in draft.facts)

    cyrillic = facts(SENTENCE)
    assert any(t == "proposal" for t, _ in cyrillic)
    assert facts(arabic_kk.from_cyrillic(SENTENCE)) == cyrillic


def test_the_lexicon_keeps_its_attribution_and_only_words_the_rules_miss() -> None:
    data = json.loads((ROOT / "kg" / "extract" / "models" / arabic_kk.LEXICON_NAME).read_text(encoding="utf-8"))
    assert "KazNERD" in data["attribution"] and "CC BY 4.0" in data["attribution"]
    assert all(arabic_kk._by_letters(k) != v for k, v in data["words"].items())
    assert data["names"] == sorted(data["names"]) and arabic_kk.key(arabic_kk.from_cyrillic("Айдос")) in data["names"]
    assert (
        data["common"] == sorted(data["common"]) and arabic_kk.key(arabic_kk.from_cyrillic("айтты")) in data["common"]
    )
    # a name's spelling only where the lexicon or the letters read the key otherwise
    forms = data["name_forms"]
    assert forms[arabic_kk.key(arabic_kk.from_cyrillic("Аида"))] == "Аида"
    assert all(v != data["words"].get(k, arabic_kk._by_letters(k)) for k, v in forms.items())


def test_a_run_of_letters_too_long_for_a_word_is_read_by_the_letter_rules_alone(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A text with no spaces is one run of letters: searching its prefixes in the lexicon would be quadratic."""

    def no_lexicon() -> dict[str, str]:
        raise AssertionError("the lexicon was searched for a 200,000-letter word")

    monkeypatch.setattr(arabic_kk, "_lexicon", no_lexicon)
    out = arabic_kk.to_cyrillic("قازاق" * 40_000)
    assert out == "Қ" + ("қазақ" * 40_000)[1:]
