"""Claims, twenty-sixth session: the figure readings of ``kg.extract.patterns.READINGS26``.

``billion``: a figure before the scale word of a thousand millions ("214 billion tenge", "1,2 млрд тенге",
"3 миллиард теңге") is read with its scale; off, it is the bare number before the word. The sentence is test27
en-silkway-2026-02-03-bektenov-science's; guards, written for them, pin what the reading leaves alone. Measured in
benchmarks/results/claims26_lopo.txt.
"""

from __future__ import annotations

import pytest

import kg.extract.patterns as P
import kg.extract.rules.claims as claims
from kg.extract.draft import Session

from . import _drafting


def _only(monkeypatch, *names: str) -> None:
    monkeypatch.setattr(P, "READINGS26", frozenset(names))


# ---------------------------------------------------------------------------- billion


@pytest.mark.parametrize(
    ("text", "lang", "value", "unit"),
    [
        (
            "funding for science … has increased 3.5-fold, reaching 214 billion tenge this year",
            "en",
            214 * 10**9,
            "tenge",
        ),
        ("на науку выделено 1,2 млрд тенге", "ru", 1_200_000_000, "тенге"),
        ("ғылымға 3 миллиард теңге бөлінді", "kk", 3 * 10**9, "теңге"),
    ],
)
def test_a_figure_before_billion_is_read_with_its_scale(monkeypatch, text, lang, value, unit):
    """test27 en-silkway-2026-02-03-bektenov-science ("reaching 214 billion tenge"), and the same scale word in
    Russian and Kazakh: the thousand millions, not the bare number."""
    _only(monkeypatch, "billion")
    q = P.parse_quantity(text, lang)
    assert q is not None and q[0] == value and q[2] == unit
    _only(monkeypatch)
    q = P.parse_quantity(text, lang)
    assert q is not None and q[0] != value


def test_million_and_thousand_are_as_before(monkeypatch):
    """Guard: the scale words read before (million, тысяч) keep their values with the reading on."""
    _only(monkeypatch, "billion")
    assert P.parse_quantity("12.4 million voters", "en")[0] == 12_400_000
    assert P.parse_quantity("более 2 тысяч предложений", "ru")[0] == 2000


def test_a_word_that_only_begins_like_billion_is_no_scale(monkeypatch):
    """Guard: "billionaires" and "миллиардер" are people, no scale of the figure before them."""
    _only(monkeypatch, "billion")
    for text, lang in (("5 billionaires", "en"), ("3 миллиардера", "ru")):
        q = P.parse_quantity(text, lang)
        assert q is None or q[0] < 10


# ---------------------------------------------------------------------------- body-count


def _about(d, quantity: float) -> set:
    return {f.values.get("about") for f in _drafting.facts(d, "claim") if f.values.get("quantity") == quantity}


def _draft(part: str, name: str, outlet: str, date: str):
    return _drafting.draft(Session(), _drafting.real_text(part, name), outlet=outlet, date=date)


def _body_count(monkeypatch, on: bool) -> None:
    monkeypatch.setattr(claims, "READINGS26", frozenset({"body-count"} if on else ()))


def test_the_bare_commission_noun_is_the_commission_the_article_names(monkeypatch):
    """test27 kk-basnews-2026-01-21-commission-composition: "Комиссияға шамамен 130 адам кірді.": the 130 people are
    the Constitutional Reform Commission's, which the article names before ("Конституциялық комиссияның құрамы")."""
    name = "kk-basnews-2026-01-21-commission-composition"
    _body_count(monkeypatch, True)
    assert _about(_draft("test27", name, "basnews", "2026-01-21"), 130) == {"constitutional-reform-commission"}
    _body_count(monkeypatch, False)
    assert _about(_draft("test27", name, "basnews", "2026-01-21"), 130) == {None}


def test_the_commission_named_last_before_the_figure(monkeypatch):
    """test19 en-kt-2026-02-27-brussels-shanyraq-dialogues: "a Working Group on parliamentary reform had been
    established, followed by a Constitutional Commission comprising 130 members": the Commission, the body named last
    before the figure, not the Working Group."""
    name = "en-kt-2026-02-27-brussels-shanyraq-dialogues"
    _body_count(monkeypatch, True)
    assert _about(_draft("test19", name, "kt", "2026-02-27"), 130) == {"constitutional-reform-commission"}
    _body_count(monkeypatch, False)
    assert _about(_draft("test19", name, "kt", "2026-02-27"), 130) == {None}


def test_a_bare_commission_the_article_never_names_is_no_body(monkeypatch):
    """Guard (test15 ru-otyrar-2026-02-20-narymbetov-textile-workers): "была создана комиссия из 130 человек" in an
    article that names no commission: which one is not told, so nothing is guessed."""
    _body_count(monkeypatch, True)
    d = _draft("test15", "ru-otyrar-2026-02-20-narymbetov-textile-workers", "otyrar", "2026-02-20")
    assert _about(d, 130) == {None}


def test_the_commission_that_is_the_source_is_not_what_is_counted(monkeypatch):
    """Guard, written for it: "Центральная комиссия референдума сообщила, что явка составила 73 процента.": the
    commission is the claimant, the turnout is no count of it; the contrast: "… провела заседание. В состав комиссии
    входят 15 человек.", its members."""
    _body_count(monkeypatch, True)
    said = "Центральная комиссия референдума сообщила, что явка составила 73 процента."
    d = _drafting.draft(Session(), said, outlet="kazinform", date="2026-03-16")
    assert {f.values.get("claimant") for f in _drafting.facts(d, "claim")} == {"central-referendum-commission"}
    assert _about(d, 73) == {None}
    members = "Центральная комиссия референдума провела заседание. В состав комиссии входят 15 человек."
    d = _drafting.draft(Session(), members, outlet="kazinform", date="2026-03-16")
    assert _about(d, 15) == {"central-referendum-commission"}


def test_commissions_counted_are_no_body(monkeypatch):
    """Guard (test16 en-adyrna-2026-03-15-polling-stations-closed): "According to him, 13 precinct commissions abroad
    had completed their work, with more than 7,358 Kazakhstani citizens voting.": the commissions are what the figure
    counts, not the Central Referendum Commission the article names."""
    _body_count(monkeypatch, True)
    d = _draft("test16", "en-adyrna-2026-03-15-polling-stations-closed", "adyrna", "2026-03-15")
    assert _about(d, 13) == _about(d, 7358) == {None}
    counted = "13 участковые комиссии"
    assert claims._COUNTED_NOUN.fullmatch(counted, 2, counted.index("комиссии"))
