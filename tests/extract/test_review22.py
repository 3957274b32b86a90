"""Review mends of the twenty-second session's readings (issue #13): word forms, word boundaries and guards the first
versions lacked.

Each sentence is written for the test; every tuning part's output is the same with and without these mends.
"""

from __future__ import annotations

from kg.extract.rules import events

from ._drafting import draft, facts


def _contents(d) -> list[str]:
    return sorted(next(iter(f.values["content"].values())) for f in facts(d, "proposal"))


def test_a_russian_noun_in_ts_is_no_second_infinitive(session):
    """ "прозрачность и ответственность": nouns in "-ть", one proposal; "провести" is a verb in "-сти", a second."""
    one = "Депутат Мажилиса Айдос Сарым предложил повысить прозрачность и ответственность государственных органов."
    assert _contents(draft(session, one)) == ["повысить прозрачность и ответственность государственных органов"]
    two = "Депутат Мажилиса Айдос Сарым предложил упразднить Сенат и провести выборы в Курултай."
    assert _contents(draft(session, two)) == ["провести выборы в Курултай", "упразднить Сенат"]


def test_and_to_after_a_preposition_to_is_a_second_place_not_a_second_act(session):
    text = "Deputy Aidos Sarym proposed to transfer more powers to the Majilis and to regional maslikhats."
    assert _contents(draft(session, text)) == ["to transfer more powers to the Majilis and to regional maslikhats"]


def test_the_kurultai_held_is_the_national_one_only():
    """A party's founding congress ("құрылтай съезі", lower case) is no Kurultai; "Ұлттық құрылтай" is."""
    assert events._kurultai_held("«Жаңа партия» партиясының құрылтай съезі Астанада өтті.", "kk") is None
    assert events._kurultai_held("Ұлттық құрылтай Қызылордада өтті.", "kk") is not None


def test_selected_is_no_election():
    held = "The Kurultai, whose delegates were selected by regions, was held in Kyzylorda."
    assert events._kurultai_held(held, "en") is not None
    assert events._kurultai_held("The Kurultai elected its chair and was held in Kyzylorda.", "en") is None


def test_an_earlier_kurultai_recalled_is_no_gathering_held():
    assert events._kurultai_held("Предыдущий Курултай прошёл в Атырау.", "ru") is None
    assert events._kurultai_held("Курултай прошёл в Кызылорде.", "ru") is not None


def test_a_historic_document_after_a_significance_dwelt_on_is_still_support(session):
    """The significance is skipped, and the evaluation after it in the sentence is read."""
    text = "Партия төрағасы Азат Перуашев Конституцияның тарихи маңызын атап өтіп, оны тарихи құжат деп атады."
    assert [f.values["polarity"] for f in facts(draft(session, text), "stance")] == ["support"]


def test_a_share_before_a_preposition_is_no_quota(session):
    """ "8% при пороге в 5%": the party's result is a figure, not a quota (a preposition is no adjective)."""
    d = draft(session, "По данным ЦИК, партия «Ак жол» набрала 8% при пороге в 5%.")
    assert 8 in [f.values["quantity"] for f in facts(d, "claim")]
    d = draft(session, "According to the CEC, the Ak Zhol party won 8% above the threshold.", date="2026-03-20")
    assert [f.values["quantity"] for f in facts(d, "claim")] == [8]
