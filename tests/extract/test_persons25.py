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


# ---------------------------------------------------------------- place-first-name and vice-chair

# test27, ru-minval-2026-01-29-espayeva-new-constitution
ESPAYEVA = (
    "Казахстану в рамках проводимых реформ необходима новая Конституция. Об этом заявила вице-председатель Мажилиса "
    "парламента республики Дания Еспаева."
)
ESPAYEVA_POST = ("daniya-espayeva", "deputy-chair", "mazhilis")


def _ru_readings(monkeypatch: pytest.MonkeyPatch, *on: str) -> None:
    import kg.extract.mentions as mentions
    import kg.extract.patterns as patterns

    monkeypatch.setattr(mentions, "READINGS25", frozenset(n for n in on if n == "place-first-name"))
    monkeypatch.setattr(patterns, "READINGS25", frozenset(n for n in on if n == "vice-chair"))
    patterns._posts.cache_clear()


def test_place_first_name_and_vice_chair_read_the_post(monkeypatch: pytest.MonkeyPatch) -> None:
    _ru_readings(monkeypatch, "place-first-name", "vice-chair")
    assert ESPAYEVA_POST in _posts(draft(Session(), ESPAYEVA))


def test_place_first_name_off_leaves_a_place_and_a_surname(monkeypatch: pytest.MonkeyPatch) -> None:
    _ru_readings(monkeypatch, "vice-chair")
    assert not _posts(draft(Session(), ESPAYEVA))
    _ru_readings(monkeypatch, "place-first-name")
    assert not _posts(draft(Session(), "Об этом заявила вице-председатель Мажилиса Дания Еспаева."))


def test_place_first_name_alone_reads_a_known_post(monkeypatch: pytest.MonkeyPatch) -> None:
    _ru_readings(monkeypatch, "place-first-name")
    text = "Об этом заявила заместитель председателя Мажилиса Дания Еспаева."
    assert ESPAYEVA_POST in _posts(draft(Session(), text))


def test_place_first_name_refuses_a_place_after_a_preposition(monkeypatch: pytest.MonkeyPatch) -> None:
    import kg.extract.mentions as mentions

    _ru_readings(monkeypatch, "place-first-name")
    found = [(m[2], m[3]) for m in mentions._tagged("Посол в Дании Еспаев заявил, что реформа нужна.", "ru")]
    assert ("person", "Дании Еспаев") not in found and not any(kind == "person" and "Дании" in n for kind, n in found)


def test_vice_chair_is_no_chair(monkeypatch: pytest.MonkeyPatch) -> None:
    _ru_readings(monkeypatch, "vice-chair")
    held = _posts(draft(Session(), "Вице-председатель Мажилиса Альберт Рау заявил, что реформа нужна."))
    assert held == [("albert-rau", "deputy-chair", "mazhilis")]
    _ru_readings(monkeypatch)
    assert ("albert-rau", "chair", "mazhilis") not in _posts(
        draft(Session(), "Вице-председатель Мажилиса Альберт Рау заявил, что реформа нужна.")
    )


# ---------------------------------------------------------------- comma-titled

# test20, kk-findhealthclinics-2026-02-17-semey-medical-university (shortened)
COALITION = (
    "Жиын барысында өңірлік коалиция мүшелері Семей медицина университетінің басқарма төрағасы – ректоры Алтай "
    "Дүсіпов, Абай облысы ардагерлер кеңесінің төрағасы Мұрат Алин сөз сөйледі."
)


def _memberships(monkeypatch: pytest.MonkeyPatch, *on: str) -> None:
    import kg.extract.rules.memberships as memberships

    monkeypatch.setattr(memberships, "READINGS25", frozenset(on))


def _members(text: str) -> set[str]:
    return {h for h, r, _ in _posts(draft(Session(), text)) if r == "member"}


def test_comma_titled_spreads_the_plural_post(monkeypatch: pytest.MonkeyPatch) -> None:
    _memberships(monkeypatch, "comma-titled")
    assert _members(COALITION) == {"altay-dusipov", "murat-alin"}


def test_comma_titled_off_stops_at_the_comma(monkeypatch: pytest.MonkeyPatch) -> None:
    _memberships(monkeypatch)
    assert _members(COALITION) == {"altay-dusipov"}


def test_comma_titled_needs_a_plural_post(monkeypatch: pytest.MonkeyPatch) -> None:
    _memberships(monkeypatch, "comma-titled")
    held = _posts(draft(Session(), "Мәжіліс депутаты Ерлан Саиров, облыс әкімі Мұрат Алин сөз сөйледі."))
    assert ("murat-alin", "deputy", "mazhilis") not in held
