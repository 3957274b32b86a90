"""Reading raw articles: encodings, binary and empty files, languages, sentences with offsets."""

from __future__ import annotations

import pytest
from _hang import without_hanging

from kg.errors import KgError
from kg.extract.reader import article_from_text, decode, detect_language, read_article, split_sentences

KK = "Партия төрағасы Азаматхан Әміртаев «Жаңа кезең» тақырыбында баяндама жасады."
RU = "Председатель партии Азаматхан Амиртаев выступил с докладом."
EN = "Party chairman Azamatkhan Amirtayev gave a report."


def test_utf8_is_read_as_is():
    text, encoding, notes = decode(KK.encode("utf-8"))
    assert (text, encoding, notes) == (KK, "utf-8", [])


def test_utf8_bom_is_removed_with_a_note():
    text, encoding, notes = decode(b"\xef\xbb\xbf" + KK.encode("utf-8"))
    assert text == KK and encoding == "utf-8"
    assert notes == ["removed the UTF-8 byte-order mark"]


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_with_or_without_bom_is_converted(codec):
    text, encoding, notes = decode(RU.encode(codec))
    assert text == RU
    assert encoding.startswith("utf-16")
    assert any("UTF-16" in n for n in notes)


def test_cp1251_russian_is_converted_with_a_note():
    text, encoding, notes = decode(RU.encode("cp1251"))
    assert text == RU and encoding == "cp1251"
    assert notes == ["converted from cp1251 to UTF-8"]


def test_kz1048_kazakh_is_told_from_cp1251():
    text, encoding, _ = decode(KK.encode("kz1048"))
    assert text == KK and encoding == "kz1048"


def test_windows_line_ends_become_newlines():
    text, _, notes = decode("Бірінші.\r\nЕкінші.".encode())
    assert text == "Бірінші.\nЕкінші." and any("line ends" in n for n in notes)


@pytest.mark.parametrize("data", [b"%PDF-1.7\x00\x00\x01binary", bytes(range(256)) * 4, b"\x01\x02\x03\x04text" * 50])
def test_binary_data_is_refused(data):
    with pytest.raises(KgError, match="binary data, not text"):
        decode(data, path="article.pdf")


@pytest.mark.parametrize("data", [b"", b"   \n\t\n"])
def test_empty_file_is_refused(data):
    with pytest.raises(KgError, match="empty file"):
        decode(data)


@pytest.mark.parametrize("kind", ["fifo", "device"])
def test_a_pipe_or_a_device_is_refused_at_once(tmp_path, kind):
    """Before, `kg extract a-fifo.txt` and `kg extract /dev/zero` never ended (the file was opened
    and read to its end); now they are refused before anything is read."""
    import os

    path = tmp_path / "pipe.txt"
    if kind == "fifo":
        os.mkfifo(path)
    else:
        path = "/dev/zero"
    error = without_hanging(lambda: read_article(path))
    assert isinstance(error, KgError), f"read_article raised {error!r}"
    assert "not a regular file" in str(error) and str(path) in str(error)


def test_read_article_errors_name_the_file(tmp_path):
    with pytest.raises(KgError, match="no such file"):
        read_article(tmp_path / "missing.txt")
    with pytest.raises(KgError, match="is a folder"):
        read_article(tmp_path)
    (tmp_path / "empty.txt").write_bytes(b"")
    with pytest.raises(KgError, match=r"empty\.txt: empty file"):
        read_article(tmp_path / "empty.txt")
    with pytest.raises(KgError, match="unknown language"):
        read_article(tmp_path / "empty.txt", lang="de")


@pytest.mark.parametrize(("text", "lang"), [(KK, "kk"), (RU, "ru"), (EN, "en"), ("2026", "en")])
def test_detect_language(text, lang):
    assert detect_language(text) == lang


def test_russian_text_with_a_kazakh_name_stays_russian():
    assert detect_language("Выступил Қасым-Жомарт Токаев, глава государства, и другие участники заседания.") == "ru"


def test_mixed_languages_get_a_language_per_paragraph():
    article = article_from_text(f"{KK}\n{RU}\n{EN}")
    assert [s.lang for s in article.sentences] == ["kk", "ru", "en"]
    assert any(n.startswith("mixed languages") for n in article.notes)


def test_lang_option_overrides_detection():
    article = article_from_text(f"{KK}\n{RU}", lang="ru")
    assert article.lang == "ru" and {s.lang for s in article.sentences} == {"ru"}


def test_sentences_keep_offsets_and_spare_initials_and_abbreviations():
    text = "Жиын өтті.Оның айтуынша, А. Амиртаев т.б. сөйледі! Zh. Tokayev spoke.\nMr. Kerey agreed"
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == [
        "Жиын өтті.",
        "Оның айтуынша, А. Амиртаев т.б. сөйледі!",
        "Zh. Tokayev spoke.",
        "Mr. Kerey agreed",
    ]
    assert all(text[s.start : s.end] == s.text for s in sentences)
    assert [s.paragraph for s in sentences] == [0, 0, 0, 1]


def test_domain_names_are_not_sentence_ends():
    assert [s.text for s in split_sentences("деп хабарлайды BAQ.KZ. Келесі сөйлем.")] == [
        "деп хабарлайды BAQ.KZ.",
        "Келесі сөйлем.",
    ]
