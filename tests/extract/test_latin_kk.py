"""Kazakh in the Latin script (the 2018 alphabet, Kazinform's Latin edition; the 2021 one, Adyrna's) is read into
Cyrillic before extraction (kg/extract/latin_kk.py)."""

from __future__ import annotations

import pytest

from kg.extract import latin_kk
from kg.extract.draft import Session
from kg.extract.reader import article_from_text
from kg.sources import load_corpus

from . import _drafting

LATIN = "Partııa tóraǵasy Azamathan Ámirtaev Konstıtýtsııanyń 8-babyna usynys jasady."
CYRILLIC = "Партия төрағасы Азаматхан Әміртаев Конституцияның 8-бабына ұсыныс жасады."


@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [
        ("Sergeı", "Сергей"),  # ı after a vowel: й
        ("Prezıdent", "Президент"),  # after a consonant: и
        ("saıası", "саяси"),  # ıa: я
        ("revolıýtsııa", "революция"),  # ıý: ю; ts before ı: ц
        ("aıtsa", "айтса"),  # ts elsewhere: тс
        ("Memleket basshysy", "Мемлекет басшысы"),  # sh: ш
        ("QYZYLORDA", "ҚЫЗЫЛОРДА"),  # capitals kept
        ("Ulttyq quryltaıdyń", "Ұлттық құрылтайдың"),
        ("KAZINFORM", "KAZINFORM"),  # the outlet's Latin name, as written
        ("ınformatsııa", "информация"),  # a word with "inform" in it is no outlet's name
        ("V otyrysynda", "V отырысында"),  # a Roman numeral
    ],
)
def test_words_are_read_letter_by_letter_with_the_three_exceptions(latin: str, cyrillic: str) -> None:
    assert latin_kk.to_cyrillic(latin) == cyrillic


def test_only_kazakh_in_the_latin_script_is_converted() -> None:
    assert latin_kk.alphabet(LATIN) == "2018"
    # English, Cyrillic Kazakh, and an English text naming a Kazakh word or two are left alone
    english = "President Tokayev spoke at the Kurultai in Kyzylorda about the Májilis and the new Constitution today."
    assert latin_kk.alphabet(english) is None
    assert latin_kk.alphabet(CYRILLIC) is None
    article = article_from_text(LATIN)
    assert article.text == CYRILLIC and article.lang == "kk"
    assert "converted Kazakh from the Latin script (the 2018 alphabet) to Cyrillic" in article.notes
    assert article_from_text(english).text == english


def test_facts_are_drafted_from_the_latin_script_as_from_cyrillic() -> None:
    """The draft of the Latin-script text holds the facts of the Cyrillic one."""

    def facts(text: str) -> list[tuple]:
        draft = Session(load_corpus()).extract(article_from_text(text), name="a", outlet="baq-kz", date="2026-02-04")
        return sorted((f.type, sorted((k, str(v)) for k, v in f.values.items())) for f in draft.facts)

    cyrillic = facts(CYRILLIC)
    assert any(t == "proposal" for t, _ in cyrillic)
    assert facts(LATIN) == cyrillic


def test_a_real_latin_script_report_drafts_its_speaker_and_post(session: Session) -> None:
    # test41/kk-kazinform-2026-01-20-five-percent-threshold (tuning data): Kazinform's Latin edition
    text = _drafting.real_text("test41", "kk-kazinform-2026-01-20-five-percent-threshold")
    d = _drafting.draft(session, text, outlet="kazinform", date="2026-01-20")
    assert ("kassym-jomart-tokayev", "head-of-state", "republic-of-kazakhstan") in _drafting.posts(d)


LATIN_2021 = "Partiia töraǧasy Azamathan Ämırtaev Konstitusiianyŋ 8-babyna ūsynys jasady."


@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [
        ("Mäjılıs Spikerı Erlan Qoşanov", "Мәжіліс Спикері Ерлан Қошанов"),  # ä ı ş; ı is і here
        ("saiasi ūiym bailyǧy", "саяси ұйым байлығы"),  # i after a vowel: й; ia: я
        ("Jaŋa Konstitusiia", "Жаңа Конституция"),  # ŋ: ң; s before iia after a vowel: ц
        ("fraksiia komissiia pensiia", "фракция комиссия пенсия"),  # after к: ц; after s or n: с
        ("Iske İnternet", "Іске Интернет"),  # the capitals of ı and i
        ("töraǧasy törağasy tañba", "төрағасы төрағасы таңба"),  # ǧ or ğ, ŋ or ñ
    ],
)
def test_the_2021_alphabet_is_read_with_its_own_letters(latin: str, cyrillic: str) -> None:
    assert latin_kk.alphabet(latin + " " + LATIN_2021) == "2021"
    assert latin_kk.to_cyrillic(latin + " " + LATIN_2021) == cyrillic + " " + CYRILLIC


def test_turkish_and_turkmen_are_not_read_as_the_2021_alphabet() -> None:
    # Turkish writes ğ, ö, ü, ş, ı and ç, Turkmen ä, ň, ö, ü, ş and ý: neither ū, ñ, ŋ nor ǧ
    turkish = (
        "Kazakistan Cumhurbaşkanı Tokayev, yeni anayasa taslağının halkoyuna sunulacağını söyledi; öneriler görüşüldü."
    )
    turkmen = "Gazagystanyň Prezidenti täze Konstitusiýa boýunça geçirilen sala salşyga gatnaşyjylara ýüzlendi."
    for text in (turkish, turkmen):
        assert latin_kk.alphabet(text) is None
        assert article_from_text(text).text == text


def test_a_real_2021_alphabet_report_drafts_the_speaker_of_the_mazhilis(session: Session) -> None:
    # test54/kk-adyrna-2026-02-12-coalition-koshanov (tuning data): Adyrna's Latin edition
    text = _drafting.real_text("test54", "kk-adyrna-2026-02-12-coalition-koshanov")
    article = article_from_text(text)
    assert "converted Kazakh from the Latin script (the 2021 alphabet) to Cyrillic" in article.notes
    d = _drafting.draft(session, text, outlet="adyrna", date="2026-02-12")
    assert ("erlan-koshanov", "speaker", "mazhilis") in _drafting.posts(d)  # the bundled registry lacks him
