"""Kazakh in the Latin script (the 2018 alphabet, Kazinform's Latin edition) is read into Cyrillic before extraction
(kg/extract/latin_kk.py)."""

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
    assert latin_kk.is_latin_kazakh(LATIN)
    # English, Cyrillic Kazakh, and an English text naming a Kazakh word or two are left alone
    english = "President Tokayev spoke at the Kurultai in Kyzylorda about the Májilis and the new Constitution today."
    assert not latin_kk.is_latin_kazakh(english)
    assert not latin_kk.is_latin_kazakh(CYRILLIC)
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
