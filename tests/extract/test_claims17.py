"""Claims, seventeenth session: a report the text opens with, a figure said of in a clause, a speech that goes on, more
counted things.

Each test pins an extraction from a TUNING part (``tests/data/extract_real``: test5, test6, test10, test11, test19)
that the passes of ``kg.extract.rules.claims.PASSES`` (``complement``, ``report``, ``chain``) and the reading of
``kg.extract.patterns`` (``UNITS_17``, ``FORMS_17``) fix, read from the part's own text; guards pin what they must
leave alone. Measured in benchmarks/results/claims_lopo17.txt.
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


def draft(text: str, *, outlet: str = "kazinform", date: str = "2026-03-13"):
    return _drafting.draft(Session(), text, outlet=outlet, date=date)


# ---------------------------------------------------------------------------- a report the text opens with


def test_a_text_that_opens_with_according_to_him_is_his_report():
    """test19 en-qazinform-2026-03-13-256-organizations: the excerpt opens "According to him, …" (its headline named
    the speaker), then his quotation closes with "emphasized Abdirov"; the figures of the paragraphs after it, which
    no one else says, continue his report: 71,000 members, 5,800 seminars, 256 organisations, 11 and 245 of them."""
    d = draft(_text("test19", "en-qazinform-2026-03-13-256-organizations"))
    for figure in (71000, 5800, 256, 11, 245):
        (who,) = _claimants(d, figure)
        assert "abdirov" in who, figure


def test_he_said_before_anyone_is_named_is_the_speaker_named_next():
    """test11 en-qazinform-2026-01-20-khalyk-kenesi-126: "He said …" before the text names anyone, then "Kassym-Jomart
    Tokayev emphasized …": the Council's 126 members (42 of each block) four paragraphs on are the President's."""
    d = draft(_text("test11", "en-qazinform-2026-01-20-khalyk-kenesi-126"), date="2026-01-20")
    assert _claimants(d, 126) == {"kassym-jomart-tokayev"}
    assert _claimants(d, 42) == {"kassym-jomart-tokayev"}


def test_a_pronoun_before_the_speaker_is_named_is_not_a_name_in_a_quotation():
    """test5 en-qazinform-2026-02-25-cis-observers: "“Our meeting with the Chairman …, Nurlan Abdirov, …,” he said",
    "According to him, …": "he" is the mission's head named later ("As Yevgeny Kozyak noted"), not Abdirov, whom the
    quotation names; the mission's 100 observers are Kozyak's."""
    d = draft(_text("test5", "en-qazinform-2026-02-25-cis-observers"), date="2026-02-25")
    (who,) = _claimants(d, 100)
    assert "kozyak" in who


def test_currently_ends_the_report():
    """Guard, test6 en-mtskg-2025-09-08-unicameral-2027: the text opens "According to him, …" (Tokayev's report), but
    "Currently, the parliament … consists of two chambers" is the outlet's background: the Mazhilis's 70% and 30% are
    the outlet's; the planned 145 mandates stay his."""
    d = draft(_text("test6", "en-mtskg-2025-09-08-unicameral-2027"), outlet="mts-kg", date="2025-09-08")
    assert _claimants(d, 70) == {"mts-kg"}
    assert _claimants(d, 30) == {"mts-kg"}
    assert _claimants(d, 145) == {"kassym-jomart-tokayev"}


def test_a_text_that_names_its_speaker_first_is_no_report():
    """Guard: a text that names someone before its pronoun ("Karin met … He said …") is read as before: the outlet's
    figures after the outlet's aside stay the outlet's."""
    text = (
        "State Counsellor Erlan Karin met the deputies.\n\n"
        "He said that the Working Group had met twice.\n\n"
        "The meeting was held in Astana. The hall was full. The talks went on for long.\n\n"
        "The Kurultai will have 145 deputies.\n"
    )
    assert _claimants(draft(text), 145) == {"kazinform"}


# ---------------------------------------------------------------------------- a body said of, not saying


def test_a_body_after_said_that_is_no_speaker():
    """test19 en-kt-2026-02-27-brussels-shanyraq-dialogues: "The Kazakh diplomat underlined that a Working Group on
    parliamentary reform had been established, followed by a Constitutional Commission comprising 130 members": the
    group is said of, not the speaker; the 130 members go on with the ambassador's report."""
    d = draft(_text("test19", "en-kt-2026-02-27-brussels-shanyraq-dialogues"), outlet="kt-kz", date="2026-02-27")
    (who,) = _claimants(d, 130)
    assert "vassilenko" in who or "vasilenko" in who


def test_a_body_before_its_verb_still_speaks():
    """Guard: "The Central Referendum Commission reported that 256 organizations …": the commission before the verb is
    the speaker."""
    d = draft("The Central Referendum Commission reported that 256 organizations have been accredited.")
    assert _claimants(d, 256) == {"central-referendum-commission"}


# ---------------------------------------------------------------------------- a speech that goes on


def test_a_speech_goes_on_past_three_sentences_while_its_figures_do():
    """test10 en-astanatimes-2026-03-11-polling-stations-abroad: Zhetybayev's briefing goes on, figure by figure, past
    the three sentences after his name: "In total, 14,230 …", then two sentences on "A total of 336 international
    observers …" and "Additionally, 185 representatives …" are his."""
    d = draft(_text("test10", "en-astanatimes-2026-03-11-polling-stations-abroad"), outlet="astana-times")
    for figure in (14230, 336, 185):
        (who,) = _claimants(d, figure)
        assert "zhetybayev" in who, figure


def test_a_quoted_paragraph_goes_on_with_its_speaker():
    """test11 ru-kazinform-2026-01-30-egizbayev-ecology: "По словам С. Егизбаева, …" then a quoted paragraph of four
    sentences; the last, "Простой расчет показывает, что на каждую статью поступило более 20 предложений", is his."""
    d = draft(_text("test11", "ru-kazinform-2026-01-30-egizbayev-ecology"), date="2026-01-30")
    counts = [f for f in facts(d, "claim") if float(f.values["quantity"]) == 20 and "%" not in str(f.values["unit"])]
    assert {f.values["claimant"] for f in counts if "процент" not in f.values["unit"]["ru"]} == {"serik-egizbayev"}


# ---------------------------------------------------------------------------- more counted things


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        # test19 en-qazinform-2026-03-13-256-organizations
        ("en", "71,000 commission members of various levels participated in over 5,800 training seminars.", 5800),
        # test19 kk-zakon-2026-03-03-shymkent-mural
        ("kk", "Үйге салынған туындының биіктігі 14 метрді, ал, ені 10 метрді құрайды.", 14),
        ("kk", "Үйге салынған туындының биіктігі 14 метрді, ал, ені 10 метрді құрайды.", 10),
        ("ru", "В районе прошло 12 семинаров и 3 круглых стола.", 12),
    ],
)
def test_gatherings_and_lengths_are_counted(lang, text, figure):
    assert figure in [q[0] for q in P.find_quantities(text, lang)]


def test_parts_after_a_colon_that_add_up():
    """test19 en-qazinform-2026-03-13-256-organizations: "256 organizations have been accredited: 11 via the Central
    Referendum Commission and 245 through territorial commissions": 11 is counted in organisations."""
    found = P.find_quantities(
        "To date, 256 organizations have been accredited: 11 via the Central Referendum Commission and 245 through "
        "territorial commissions.",
        "en",
    )
    assert (11, "organizations") in [(q[0], q[2]) for q in found]


def test_numbers_after_a_colon_that_do_not_add_up_are_no_parts():
    """Guard: numbers after a colon that do not add up to the figure ("12 участков: адреса на улице 5 и 7") are not
    its parts."""
    found = P.find_quantities("Открыто 12 участков: на улицах Абая, 5 и Гоголя, 8.", "ru")
    assert [q[0] for q in found] == [12]


def test_a_kazakh_figure_of_about():
    """test12 kk-azattyq-2026-02-05-journalists-article-23: "800-дей адам қолдаған үндеу" is about 800 people."""
    found = P.find_quantities("800-дей адам қолдаған үндеудің авторлары бапты алмастырмауды сұрап отыр.", "kk")
    assert [(q[0], q[1], q[2]) for q in found] == [(800, "about", "адам")]


def test_a_region_s_akimat_abbreviated_announces():
    """test19 ru-qazaq24-2026-02-02-sko-joint-session: "…, сообщает акимат СКО" names the region's akimat (the region
    abbreviated), not a body called "СКО": the draft's 11 sections and 95 articles after it are the akimat's."""
    d = draft(_text("test19", "ru-qazaq24-2026-02-02-sko-joint-session"), outlet="qazaq24", date="2026-02-02")
    (who,) = _claimants(d, 95)
    assert "акимат СКО" in _drafting.names(d, who)


def _mentions(text: str) -> list[str]:
    from kg.extract.mentions import find_mentions

    session = Session()
    return [m.text for m in find_mentions(text, "ru", session.linker, session.gazetteer) if m.kind == "organisation"]


def test_a_region_abbreviated_is_its_akimat_only_after_the_word():
    """Guard: "акимат СКО" is one body; "В СКО депутаты …", with no body's kind before it, is not widened."""
    assert "акимат СКО" in _mentions("Об этом сообщает акимат СКО.")
    assert not any(m.startswith("акимат") for m in _mentions("В СКО депутаты поддержали проект."))
