"""Tests for kg.lang: one letter table, one ending list, one fold, used by every module that reads names."""

from __future__ import annotations

import pytest

from kg import lang, names, synth, view
from kg.extract import linker
from kg.lang import (
    LETTERS,
    fold_text,
    fold_word,
    kk_base_phrase,
    kk_latin,
    kk_nominative,
    romanize,
    to_cyrillic,
)

# The letters on which the modules disagreed before kg.lang: (a word with it, its press
# spelling, its Kazakh Latin 2018 spelling where it has one).
DISAGREED = [
    ("Фёдор", "Fyodor", "Fiodor"),
    ("Семёнов", "Semyonov", "Semionov"),
    ("Ерназарұлы Дәулет Ерғалиұлы", "Ernazaruly Daulet Ergaliuly", None),
    ("Айгүл", "Aigul", "Aıgúl"),
    ("Цой", "Tsoy", "Tsoı"),
    ("Щукин", "Shchukin", "Şşukin"),
    ("Ырысбек", "Yrysbek", None),
    ("Эльмира", "Elmira", None),
    ("Юлия", "Yuliya", "Iýlıa"),
    ("Яна", "Yana", "Ia na".replace(" ", "")),
    ("Әміртай", "Amirtai", "Ámirtaı"),
    ("Ғалым", "Galym", "Ǵalym"),
    ("Қасым", "Kassym", "Qasym"),
    ("Жаңа", "Zhanga", "Jańa"),
    ("Өскемен", "Oskemen", "Óskemen"),
    ("Ұлытау", "Ulytau", "Ulytaý"),
    ("Үсенқұл", "Usenkul", "Úsenqul"),
    ("Шаһар", "Shahar", "Şahar"),
    ("Ішкі", "Ishki", "Işki"),
]


@pytest.mark.parametrize(("cyrillic", "press", "latin2018"), DISAGREED, ids=[d[0] for d in DISAGREED])
def test_every_spelling_of_a_letter_folds_to_one_key(cyrillic, press, latin2018):
    spellings = [cyrillic, press, kk_latin(cyrillic), romanize(cyrillic)]
    if latin2018:
        spellings.append(latin2018)
    assert len({fold_text(s) for s in spellings}) == 1, {s: fold_text(s) for s in spellings}


def test_the_press_spelling_comes_from_the_table():
    assert romanize("Фёдор Щукин") == "Fyodor Shchukin"
    assert romanize("Шыңғыс Үсенқұл") == "Shyngys Usenkul"
    assert romanize("Азаматхан Әміртаев") == "Azamatkhan Amirtayev"
    assert romanize("Юлия Цой") == "Yuliya Tsoy"


def test_yo_is_yo_for_the_press_io_for_kazakh_latin_and_io_in_keys():
    row = next(r for r in LETTERS if r.cyrillic == "ё")
    assert (row.press, row.kk_latin, row.fold) == ("yo", "io", "io")
    assert fold_word("Ё") == fold_word("yo") == fold_word("io") == "io"


def test_russian_names_go_to_cyrillic_and_back():
    for name in ("Фёдор Щукин", "Жанна Хасенова", "Вячеслав Чернышёв"):
        assert to_cyrillic(romanize(name)) == name


def test_every_letter_has_all_three_readings_in_the_one_table():
    cyrillic = [r.cyrillic for r in LETTERS]
    assert len(cyrillic) == len(set(cyrillic)) == 42  # 33 Russian + 9 Kazakh letters
    assert all(row.press.isascii() for row in LETTERS)


def test_case_endings_are_one_list():
    kk = {e.text for e in lang.KK_ENDINGS}
    assert set(names._KK_ENDINGS) == kk
    # The linker's two guesses use subsets of the same list.
    assert set(lang.kk_endings(cases=lang._CASES)) <= kk
    assert kk_nominative("Ерлан Қаринмен") == "Ерлан Карин".replace("К", "Қ")
    assert kk_nominative("Айгүл Сейітовапенен") == "Айгүл Сейітова"  # -менен/-пенен: in the one list now
    assert kk_nominative("Айгүл Сейітова") == "Айгүл Сейітова"  # a surname form: left as is
    assert kk_base_phrase("«Байтақ» партиясымен") == "«Байтақ» партиясы"
    assert kk_base_phrase("Қарағандыдан") == "Қарағанды"


def test_every_module_uses_the_one_kit():
    """The modules that read or write names call kg.lang, not tables of their own."""
    assert names._fold_word is lang.fold_word
    assert names.kk_latin is lang.kk_latin
    assert linker.translit is lang.romanize
    assert linker.kk_nominative is lang.kk_nominative and linker.kk_base_phrase is lang.kk_base_phrase
    assert synth._translit is lang.to_cyrillic
    assert view.search_key("Шыңғыс Үсенқұл") == fold_text("Shyngys Usenkul")


def test_name_keys_meet_across_the_letters_that_disagreed():
    for cyrillic, press, latin2018 in DISAGREED:
        keys = {names.name_key(cyrillic), names.name_key(press)} | ({names.name_key(latin2018)} if latin2018 else set())
        assert len(keys) == 1, (cyrillic, keys)


def test_the_page_gets_the_fold_as_data():
    spec = lang.fold_spec()
    assert spec["letters"]["ң"] == "n" and spec["letters"]["ş"] == "sh"
    assert ["ng", "n"] in spec["rewrites"]
