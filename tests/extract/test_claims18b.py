"""Claims, eighteenth session, second round: who a figure the sentence credits to no one belongs to.

Each test pins an extraction from a TUNING part (``tests/data/extract_real``: test10, test12, test15) that the
readings of ``kg.extract.rules.claims.PASSES18B`` (``signed``, ``pronoun``; ``proposal`` is off) fix, read from the part's own
text; guards, with sentences written for them, pin what they must leave to the outlet. Measured in
benchmarks/results/claims18b_lopo.txt.
"""

from __future__ import annotations

import kg.extract.rules.claims as C
from kg.extract.draft import Session

from . import _drafting
from ._drafting import claimants as _claimants
from ._drafting import real_text as _text


def draft(text: str, *, outlet: str, date: str):
    return _drafting.draft(Session(), text, outlet=outlet, date=date)


# ---------------------------------------------------------------------------- signed


def test_a_quotation_signed_after_it_is_the_signers():
    """test12 ru-otyrar-2026-02-20-abden-shymkent: "«… слово человек-гражданин встречается 83 раза. …«, — Каракат
    Абден, депутат мажилиса": the quotation is signed after its closing mark (typed the wrong way round) with a dash
    and her name, no verb; its 83 is hers, not the outlet's."""
    d = draft(_text("test12", "ru-otyrar-2026-02-20-abden-shymkent"), outlet="otyrar", date="2026-02-20")
    (who,) = _claimants(d, 83)
    assert "abden" in who


def test_a_quotation_after_a_heading_is_the_headings_body():
    """test15 ru-otyrar-2026-02-20-narymbetov-textile-workers: a paragraph "Конституционный суд РК:", then a
    quotation: its 10 thousand opinions are the Court's."""
    d = draft(_text("test15", "ru-otyrar-2026-02-20-narymbetov-textile-workers"), outlet="otyrar", date="2026-02-20")
    assert _claimants(d, 10000) == {"constitutional-court"}


def test_an_unsigned_quotation_stays_the_outlets():
    """Guard: a quotation that no one signs or introduces ("«…», — пишет издание" names no person) is left to the
    outlet as before."""
    text = (
        "Референдум пройдёт в марте.\n\n"
        "«В обсуждении приняли участие более 3 тысяч человек. Это много», — отмечается в материале.\n"
    )
    d = draft(text, outlet="otyrar", date="2026-02-20")
    assert _claimants(d, 3000) == {"otyrar"}


# ---------------------------------------------------------------------------- pronoun


def test_a_pronoun_after_an_opening_phrase_is_the_person_named_before():
    """test10 en-disinfomd-2026-02-03-84-percent: "The document was drafted as part of a reform by President Tokaev.
    In September 2025, he proposed …, warning that … about 40 articles": the 40 articles are the President's."""
    d = draft(_text("test10", "en-disinfomd-2026-02-03-84-percent"), outlet="disinfo-md", date="2026-02-03")
    assert _claimants(d, 40) == {"kassym-jomart-tokayev"}


def test_a_pronoun_that_speaks_of_nothing_stays_the_outlets(monkeypatch):
    """Guard: "In January, he visited 20 regions" has a pronoun subject but no verb of speaking or proposing: the
    figure is the outlet's (with the twenty-second session's ``visited`` off, which reads no figure there)."""
    monkeypatch.setattr(C, "READINGS22", C.READINGS22 - {"visited"})
    text = "Deputy Aidos Sarym met voters in Astana.\n\nIn January, he visited 20 regions of the country.\n"
    d = draft(text, outlet="kazinform", date="2026-02-03")
    assert _claimants(d, 20) == {"kazinform"}


# ---------------------------------------------------------------------------- proposal


def test_the_sentence_after_a_proposal_goes_on_with_it(monkeypatch):
    """With the ``proposal`` reading (off by default: it loses test3's and test6's figures), test12 kk-azattyq-2026-01-20-kyzylorda-kurultai: "Тоқаев ел парламентін «Құрылтай» деп атауды ұсынды. Заң
    шығарушы органда 145 мандат болып, …": the 145 mandates continue the President's proposal."""
    text = _text("test12", "kk-azattyq-2026-01-20-kyzylorda-kurultai")
    assert _claimants(draft(text, outlet="azattyq", date="2026-01-20"), 145) == {"azattyq"}
    monkeypatch.setattr(C, "PASSES18B", (*C.PASSES18B, "proposal"))
    assert _claimants(draft(text, outlet="azattyq", date="2026-01-20"), 145) == {"kassym-jomart-tokayev"}


def test_a_proposal_in_another_paragraph_does_not_go_on(monkeypatch):
    """Guard, with the ``proposal`` reading: a proposal that ends its paragraph does not carry to the next paragraph's figure."""
    monkeypatch.setattr(C, "PASSES18B", (*C.PASSES18B, "proposal"))
    text = "Депутат Айдос Сарым предложил сократить число комитетов.\n\nВ парламенте работают 98 депутатов.\n"
    d = draft(text, outlet="kazinform", date="2026-02-03")
    assert _claimants(d, 98) == {"kazinform"}
