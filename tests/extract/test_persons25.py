"""Twenty-fifth session on persons and posts: a headline that ends on a post word before a line that opens on one.

Pinned from the tuning parts: ``post-line`` (test27, ru-baq-2026-01-29-tolykbai-halyk-kenesi: "… инструмент участия
народа — депутат⏎Депутат Мажилиса Парламента Максат Толыкбай на заседании …", the headline's last word read as the
post broken before the next line's name). The reading is checked on, off, and against a near miss its guard refuses.
"""

from __future__ import annotations

import pytest

import kg.extract.reader as reader
from kg.extract.draft import Session

from ._drafting import draft
from ._drafting import posts as _posts

# test27, ru-baq-2026-01-29-tolykbai-halyk-kenesi (shortened)
TOLYKBAI = (
    "Халық кеңесі - не формальный орган, а инструмент участия народа — депутат\n"
    "Депутат Мажилиса Парламента Максат Толыкбай на заседании Конституционной комиссии подчеркнул, что в обновлённой "
    "Конституции любой гражданин Казахстана сможет участвовать в законотворчестве через Халық кеңесі, передает BAQ.KZ."
)
# test19, kk-aqtobegazeti-2026-03-01-karin-kostanay's wording: a post word ending a line before its holder's name
TAUAN = "Жиынға «Ақтөбе» медиахолдингінің бас директоры\nМұхамедқали Тауан барды."


def _readings(monkeypatch: pytest.MonkeyPatch, *on: str) -> None:
    monkeypatch.setattr(reader, "READINGS25", frozenset(on))


def _sentences(text: str) -> list[str]:
    return [s.text for s in reader.split_sentences(text)]


# ---------------------------------------------------------------- post-line


def test_post_line_keeps_the_headline_apart(monkeypatch: pytest.MonkeyPatch) -> None:
    _readings(monkeypatch, "post-line")
    assert _sentences(TOLYKBAI)[0].endswith("— депутат")
    assert ("maksat-tolykbay", "deputy", "mazhilis") in _posts(draft(Session(), TOLYKBAI))


def test_post_line_off_joins_the_headline_to_the_post(monkeypatch: pytest.MonkeyPatch) -> None:
    _readings(monkeypatch)
    assert _sentences(TOLYKBAI)[0].startswith("Халық кеңесі") and "Толыкбай" in _sentences(TOLYKBAI)[0]
    assert ("maksat-tolykbay", "deputy", "mazhilis") not in _posts(draft(Session(), TOLYKBAI))


def test_post_line_still_joins_a_post_to_the_name_line(monkeypatch: pytest.MonkeyPatch) -> None:
    _readings(monkeypatch, "post-line")
    assert len(_sentences(TAUAN)) == 1
