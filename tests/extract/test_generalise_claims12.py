"""Who says a figure (issue #13, twelfth pass): the claimant from the structure of the source phrase.

One mechanism, :func:`kg.extract.rules.claims.source_head`: the head of the phrase that names a figure's source —
the body or person inside "according to …" / "по данным …" up to the clause's comma, before a Kazakh
"… мәліметке сәйкес" / "… хабарлауынша", after a verb of announcing "в X" ("озвучили в ЦИК"), or after a
headline's trailing dash ("… — ЦИК") — is the claimant, and a body's data are carried to the next figures
that name no source of their own. Sentences written for the test in each language, and some from the
tuning parts (test7, test10).
"""

from __future__ import annotations

import pytest

from kg.extract.draft import Session

from . import _drafting
from ._drafting import facts

CEC = "central-election-commission"


def draft(text, *, outlet="kazinform", date="2026-03-16"):
    return _drafting.draft(Session(), text, outlet=outlet, date=date)


def claimants(d, quantity):
    return {f.values["claimant"] for f in facts(d, "claim", quantity=quantity)}


# ---------------------------------------------------------------- the head deep inside the phrase


@pytest.mark.parametrize(
    ("text", "quantity"),
    [
        # test10/en-genevatimes-2026-03-17-final-results
        (
            "According to the information announced at a briefing held by the Central Election Commission of "
            "Kazakhstan, 87.15% of citizens who participated in the referendum supported the draft.",
            87.15,
        ),
        (
            "According to figures released on Monday at a press conference of the Central Election Commission, "
            "turnout reached 73.1%.",
            73.1,
        ),
        (
            "По информации, озвученной на брифинге Центральной избирательной комиссии, явка составила 73,1 %.",
            73.1,
        ),
        (
            "Орталық сайлау комиссиясы брифингте жариялаған мәліметке сәйкес, референдумға сайлаушылардың "
            "73,1 пайызы қатысты.",
            73.1,
        ),
    ],
    ids=["en-briefing", "en-press-conference", "ru-briefing", "kk-briefing"],
)
def test_the_head_of_a_long_source_phrase_is_the_claimant(text, quantity):
    d = draft(text)
    assert claimants(d, quantity) == {CEC}


def test_a_bodys_data_go_on_to_the_next_figures_en():
    # test10/en-genevatimes-2026-03-17-final-results: three sentences continue the briefing
    d = draft(
        "According to the information announced at a briefing held by the Central Election Commission, 87.15% "
        "of voters supported the draft. In total, 7,954,667 people voted in favor.\n\n"
        "At the same time, 9.83% of voters, or 898,099 people, voted against the proposed document.",
        outlet="genevatimes",
    )
    for quantity in (87.15, 7954667, 9.83, 898099):
        assert claimants(d, quantity) == {CEC}, quantity


# ---------------------------------------------------------------- headlines, and "озвучили в X"


def test_a_headlines_trailing_source_is_the_claimant_ru():
    # test10/ru-echofm-2026-03-16-87-percent: "87,15 % граждан Казахстана одобрили новую Конституцию — ЦИК"
    d = draft(
        "87,15 % граждан Казахстана одобрили новую Конституцию — ЦИК\n\n"
        "ЦИК Республики Казахстан озвучил предварительные результаты референдума.\n\n"
        "Общее число граждан, имеющих право голосовать, составило 12 482 613 человек. 73,12 % из них пришли "
        "на избирательные участки.",
        outlet="echo-fm",
    )
    for quantity in (87.15, 12482613, 73.12):
        assert claimants(d, quantity) == {CEC}, quantity


def test_a_headlines_trailing_source_is_the_claimant_en():
    d = draft("Turnout in the referendum reached 73.1% – Central Election Commission", outlet="genevatimes")
    assert claimants(d, 73.1) == {CEC}


def test_announced_in_a_body_then_headless_data_ru():
    # test7/ru-orda-2026-03-16-preliminary-results: the body renamed ("Центральной комиссии") is the one named before
    d = draft(
        "Предварительные результаты голосования по новой Конституции озвучили в ЦИК\n\n"
        "В Центральной комиссии озвучили предварительные итоги голосования на референдуме, сообщает Orda.kz.\n\n"
        "По предварительным данным, за принятие новой Конституции проголосовали 7 954 667 граждан. Это 87,15 % "
        "от числа проголосовавших.",
        outlet="orda-kz",
    )
    for quantity in (7954667, 87.15):
        assert claimants(d, quantity) == {CEC}, quantity


# ---------------------------------------------------------------- guards: what was right stays right


def test_an_opinion_is_not_carried_to_the_next_figures_ru():
    # test10/ru-mailru-2026-02-10-volunteering-tenth-sitting: "по мнению членов комиссии" is no announcement
    d = draft(
        "Проект, по мнению членов комиссии, уже готов к вынесению на референдум.\n"
        "5 тысяч предложений от граждан — и не «для галочки».\n"
        "По словам главы Конституционной комиссии Эльвиры Азимовой, в комиссию поступило около 5 тысяч предложений.",
        outlet="mail-ru",
    )
    assert "constitutional-reform-commission" not in claimants(d, 5000)


def test_a_cited_text_is_no_source_en():
    d = draft("According to the draft published by the Commission, the Kurultai will have 145 deputies.")
    assert CEC not in claimants(d, 145)


def test_a_person_deep_in_the_phrase_ru():
    d = draft("По данным, которые привёл вице-премьер Ерлан Карин, поступило более 3 тысяч предложений.")
    assert claimants(d, 3000) == {"erlan-karin"}
