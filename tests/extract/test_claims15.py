"""Claims, fifteenth session: who gives a table's figures, the outlet's asides, more counted things.

Each test pins an extraction from a TUNING part (``tests/data/extract_real``: test8, test11, test13, test17, dev)
that the passes of ``kg.extract.rules.claims.PASSES`` and ``kg.extract.patterns.UNITS_MORE`` fix, read from the
part's own text; guards pin what they must leave alone. Measured in benchmarks/results/claims_lopo.txt.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.extract import patterns as P
from kg.extract.draft import Session

from . import _drafting
from ._drafting import facts

REAL = Path(__file__).resolve().parent.parent / "data" / "extract_real"


def _text(part: str, name: str) -> str:
    return (REAL / part / "texts" / f"{name}.txt").read_text(encoding="utf-8")


def _claimants(d, quantity) -> set[str]:
    return {f.values["claimant"] for f in facts(d, "claim") if float(f.values["quantity"]) == quantity}


def draft(text: str, *, outlet: str = "kazinform", date: str = "2026-03-15"):
    return _drafting.draft(Session(), text, outlet=outlet, date=date)


# ---------------------------------------------------------------------------- a table's rows are the body's


def test_table_of_regional_turnout_is_the_commission_s():
    """test17 kk-turkystan-2026-03-15-turnout-18h: the Central Referendum Commission put out the regions' turnout;
    every row of the table under "… төмендегідей:", the total after it ("Жалпы …") and the share that goes on in
    its paragraph ("Ол … 70,98 пайызын құрады") are the commission's, not the outlet's."""
    d = draft(_text("test17", "kk-turkystan-2026-03-15-turnout-18h"))
    crc = "central-referendum-commission"
    for row in (70.27, 71.08, 66.9, 81.07, 91.8, 82.03, 56.72, 32.82, 74.44):  # the rows past the 4 sentences' reach
        assert _claimants(d, row) == {crc}, row
    assert _claimants(d, 8845280) == {crc}  # "Жалпы сағат 18.00-дегі жағдай бойынша … 8 845 280 азаматы"
    assert _claimants(d, 70.98) == {crc}  # "Ол тізімге енгізілген азаматтардың 70,98 пайызын құрады."


def test_table_with_no_announcing_body_stays_the_outlet_s():
    """Guard: rows of a table that no body announced are the outlet's own figures."""
    text = "Облыстардағы жағдай төмендегідей:\n\nАбай облысы 73,84 %\n\nАқмола облысы 77,72 %\n"
    d = draft(text)
    assert _claimants(d, 73.84) == {"kazinform"}
    assert _claimants(d, 77.72) == {"kazinform"}


@pytest.mark.parametrize(
    "row",
    ["Абай облысы 73,84 %", "Шымкент қаласы 74,44 %.", "Astana – 56.72 percent", "Алматы: 32,82%"],
)
def test_a_row_of_a_table_is_an_item(row):
    from kg.extract.rules import claims as C

    assert C._item(row)


@pytest.mark.parametrize(
    "sentence",
    ["Абай облысында 73,84 % азамат дауыс берді.", "Turnout reached 56.72 percent in Astana", "Жалпы " + "сөз " * 20],
)
def test_a_clause_that_goes_on_past_its_figure_is_no_row(sentence):
    """Guard: a clause that goes on past its figure (or has none) is no row of a table (a short clause that ends
    with its figure reads as one; only a list's head, a sentence ending with ":", makes rows of it)."""
    from kg.extract.rules import claims as C

    assert not C._item(sentence)


# ---------------------------------------------------------------------------- the outlet's asides


def test_to_note_is_the_outlet_s_aside():
    """test8 en-qazinform-2026-02-24-openness-referendum: "To note, 12,416,759 citizens … are eligible" after the
    President's words is the outlet's aside, Kazinform's figure, not a continuation of his speech."""
    d = draft(_text("test8", "en-qazinform-2026-02-24-openness-referendum"), date="2026-02-24")
    assert _claimants(d, 12416759) == {"kazinform"}


def test_notably_goes_on_with_the_speaker():
    """Guard, dev en-trend-2026-01-28-84-percent: "Notably, two new sections … have been introduced" goes on with
    what Nurmukhanov "highlighted" in the sentence before; "Notably" is no aside."""
    d = draft(_text("dev", "en-trend-2026-01-28-84-percent"), outlet="trend", date="2026-01-28")
    (who,) = _claimants(d, 2)
    assert "nurmukhanov" in who


# ---------------------------------------------------------------------------- more counted things


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        # test13 ru-almatanews-2026-03-16-preliminary-results
        ("ru", "В день референдума было открыто 10 388 участков, а также 71 участок при представительствах.", 71),
        # test11 kk-aikyn-2026-03-20-amanat-staffs
        ("kk", "Республика бойынша барлығы 218 штаб жұмыс істеді.", 218),
        # test11 ru-kazpravda-2026-02-13-turkestan-coalition
        ("ru", "При филиалах партий создано 18 региональных коалиций.", 18),
        # test17 kk-baq-2026-01-20-shipovskikh-three-issues
        ("kk", "Парламенті 145 депутаттан және 8 комитеттен тұратын болады.", 8),
        # test11 kk-kazinform-2026-03-05-pavlodar-500-thousand
        ("kk", "535 комиссия құрылып, оларда 3 мыңнан астам адам жұмыс істеп жатыр.", 535),
        # test14 en-ckhq-2026-01-21-steppe-governance
        ("en", "The authorities plan to revise more than 40 provisions of the fundamental law.", 40),
    ],
)
def test_more_counted_things(lang, text, figure):
    assert figure in [q[0] for q in P.find_quantities(text, lang)]


def test_a_commission_named_is_no_count():
    """Guard: "Комиссия" after no number, and a numbered body ("№143 учаскелік комиссия"), count nothing."""
    assert [q[0] for q in P.find_quantities("Комиссия жұмысын бастады.", "kk")] == []
    assert 143 not in [q[0] for q in P.find_quantities("№143 учаскелік комиссия жұмыс істеді.", "kk")]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # test16 kk-qyzylqoga-2026-03-15-station-143
        ("Тіркелген 1896 дауыс берушінің 1052-сі, яғни 55,49 пайызы өз таңдауларын жасады.", 1052),
        # test9 kk-aqtobegazeti-2026-02-23-karabasova-articles
        ("Конституциялық кеңеске түскен 10 мың ұсыныстың 1500-і Ақтөбе өңірінен жолданды.", 1500),
    ],
)
def test_a_kazakh_part_of_a_counted_whole(text, figure):
    """The part of a whole counted just before it, in the genitive singular after its figure."""
    assert figure in [q[0] for q in P.find_quantities(text, "kk")]


def test_a_kazakh_part_needs_a_counted_whole():
    """Guard: "-і" after a figure with no counted whole before it ("2026 жылдың 15-і") is no part of a count."""
    assert 15 not in [q[0] for q in P.find_quantities("Референдум наурыздың 15-і күні өтті.", "kk")]


# ---------------------------------------------------------------------------- a quotation's closer


def test_whereas_and_a_surname_that_closes_the_quotation():
    """test17 kk-baq-2026-01-20-shipovskikh-three-issues: "Мәжілісте 7 комитет, Сенатта 6 комитет болса, …" sets one
    clause against the next (no condition), and the paragraph closed by "– деді Шиповских" (a surname the tagger
    missed) is the senator's: 7 and 6 committees are his."""
    d = draft(_text("test17", "kk-baq-2026-01-20-shipovskikh-three-issues"), outlet="baq-kz", date="2026-01-20")
    for figure in (145, 8, 7, 6):
        (who,) = _claimants(d, figure)
        assert "shipovskikh" in who, figure


def test_a_condition_stays_a_threshold():
    """Guard: a condition read before the figure ("егер … 50 пайыздан астамы … болса") is still no claim."""
    d = draft("Егер сайлаушылардың 50 пайыздан астамы дауыс берсе, референдум өтті деп есептеледі.")
    assert not _claimants(d, 50)


@pytest.mark.parametrize(
    ("lang", "text", "figure", "unit"),
    [
        # test17 en-qazinform-2026-02-23-eligible-voters
        (
            "en",
            "10,411 polling stations will be open at large, including 80 abroad at Kazakhstan’s diplomatic missions.",
            80,
            "polling stations",
        ),
        ("ru", "Поступило 500 предложений, из них 71 касается выборов.", 71, "предложений"),
    ],
)
def test_a_part_with_its_noun_left_out(lang, text, figure, unit):
    """A part of the figure just before ("including 80 abroad") is counted in its unit."""
    assert (figure, unit) in [(q[0], q[2]) for q in P.find_quantities(text, lang)]


def test_a_kazakh_there_is_no_pronoun_for_a_person():
    """test15 kk-qyzyljartv-2026-02-14-sko-referendum-commission: "Ол жерде 3 мыңнан астам комиссия мүшелері қызмет
    етеді" — "Ол жерде" is "there", no pronoun for the person named before: the outlet's figure."""
    d = draft(_text("test15", "kk-qyzyljartv-2026-02-14-sko-referendum-commission"), outlet="qyzyljar-tv")
    assert _claimants(d, 3000) == {"qyzyljar-tv"}


def test_a_kazakh_he_is_still_the_person_named_before():
    """Guard: "Ол … атап өтті" is still the person named before."""
    text = "Сенатор Геннадий Шиповских сөз сөйледі. Ол 145 депутат сайланатынын атап өтті."
    (who,) = _claimants(draft(text), 145)
    assert "shipovskikh" in who


def test_a_number_to_be():
    """test17 en-caspianpost-2026-01-25-berikbayev-kurultai: "the total number of parliamentary mandates, by general
    consensus, should be set at 145" counts 145."""
    text = "He noted that the total number of parliamentary mandates, by general consensus, should be set at 145."
    assert 145 in [q[0] for q in P.find_quantities(text, "en")]


def test_a_time_set_is_no_number_to_be():
    """Guard: a figure set at with no "number of" before it ("the meeting should be set at 10") is not read so."""
    assert [q[0] for q in P.find_quantities("The meeting should be set at 10.", "en")] == []
