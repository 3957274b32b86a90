"""Claims, twenty-sixth session: the figure readings of ``kg.extract.patterns.READINGS26``.

``billion``: a figure before the scale word of a thousand millions ("214 billion tenge", "1,2 млрд тенге",
"3 миллиард теңге") is read with its scale; off, it is the bare number before the word. The sentence is test27
en-silkway-2026-02-03-bektenov-science's; guards, written for them, pin what the reading leaves alone. Measured in
benchmarks/results/claims26_lopo.txt.
"""

from __future__ import annotations

import pytest

import kg.extract.patterns as P


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
