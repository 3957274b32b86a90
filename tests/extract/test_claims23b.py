"""Claims, twenty-third session, second round: the speech carried to a sentence that tells no one's words.

Each test pins an extraction from a TUNING part (``tests/data/extract_real``: test7, test15, test19, test23, test24)
that a reading of ``kg.extract.rules.claims.READINGS23B`` fixes, read from the part's own text, with the reading off
for contrast: ``said-before`` (after "Об этом заявил X", the next paragraph is not X's speech going on),
``present-state`` ("The Kazakh parliament currently consists of …" after a person's speech: the outlet's),
``impersonal-plan`` ("Поправки планируется внести в 77 статей": a plan no one is said to hold), ``dated-ends`` (a new
paragraph opened by the outlet's dated record ends the speech before it) and ``list-heading`` (a list item's bare
figure counts its heading's noun). Guards, with sentences written for them, pin what they must leave alone.
Measured in benchmarks/results/claims23b_lopo.txt.
"""

from __future__ import annotations

import kg.extract.rules.claims as claims
from kg.extract.draft import Session

from . import _drafting
from ._drafting import claimants as _claimants
from ._drafting import real_text as _text


def draft(text: str, *, outlet: str, date: str):
    return _drafting.draft(Session(), text, outlet=outlet, date=date)


def _only(monkeypatch, *names: str) -> None:
    """Every second-round reading off but ``names``."""
    monkeypatch.setattr(claims, "READINGS23B", frozenset(names))


# ---------------------------------------------------------------------------- said-before


def test_the_paragraph_after_a_sentence_that_credits_what_came_before(monkeypatch):
    """test15 ru-mir24-2026-03-13-csto-observers: "… высоко оценили уровень подготовки … Об этом заявил глава миссии
    Улукбек Узакбаев. ¶ Всего за голосованием будут наблюдать 359 экспертов из 30 стран.": the outlet's count."""
    name = "ru-mir24-2026-03-13-csto-observers"
    _only(monkeypatch, "said-before")
    d = draft(_text("test15", name), outlet="mir24", date="2026-03-13")
    assert _claimants(d, 359) == _claimants(d, 30) == {"mir24"}
    _only(monkeypatch)
    d = draft(_text("test15", name), outlet="mir24", date="2026-03-13")
    assert _claimants(d, 359) == _claimants(d, 30) == {"ulukbek-uzakbayev"}


def test_a_sentence_that_tells_the_occasion_too_opens_an_account(monkeypatch):
    """Guard (dev kk-baq-2026-02-11-eshmuratov-expert-club): "Бұл туралы … Арман Ешмұратов «Ашық саясат» сараптамалық
    клубының … айтты. ¶ … Оның құрамында 130-дан астам адам бар, қазірдің өзінде 12 отырыс өткізілген.": a long
    sentence that tells the occasion opens his account, which goes on."""
    _only(monkeypatch, "said-before")
    d = draft(_text("dev", "kk-baq-2026-02-11-eshmuratov-expert-club"), outlet="baq-kz", date="2026-02-11")
    assert _claimants(d, 130) == _claimants(d, 12) == {"arman-eshmuratov"}


# ---------------------------------------------------------------------------- present-state


def test_the_present_state_after_a_persons_speech_is_the_outlets(monkeypatch):
    """test24 en-elbalad-2026-01-20-kurultai-reforms: "… a structure designed to be “streamlined and functional.” The
    Kazakh parliament currently consists of a 98-member Assembly (Majlis) and a 40-member Senate …": the outlet's."""
    name = "en-elbalad-2026-01-20-kurultai-reforms"
    _only(monkeypatch, "present-state")
    d = draft(_text("test24", name), outlet="el-balad", date="2026-01-20")
    assert _claimants(d, 98) == {"el-balad"} and "el-balad" in _claimants(d, 40)
    _only(monkeypatch)
    d = draft(_text("test24", name), outlet="el-balad", date="2026-01-20")
    assert _claimants(d, 98) == {"kassym-jomart-tokayev"}


def test_a_bodys_report_of_the_present_goes_on(monkeypatch):
    """Guard (a body's report, as test18 ru-kursiv-2026-03-15-voters-abroad): "В настоящее время продолжают работу 59
    участков" after the ministry's figures stays the ministry's; and a person's figure with no "currently" stays
    theirs."""
    _only(monkeypatch, "present-state")
    d = draft(_text("test18", "ru-kursiv-2026-03-15-voters-abroad"), outlet="kursiv", date="2026-03-15")
    assert _claimants(d, 59) == {"ministry-of-foreign-affairs"}
    text = (
        "Президент Касым-Жомарт Токаев заявил, что парламент станет однопалатным.\n\n"
        "Новый парламент будет состоять из 145 депутатов."
    )
    d = draft(text, outlet="kazinform", date="2026-01-20")
    assert _claimants(d, 145) == {"kassym-jomart-tokayev"}


# ---------------------------------------------------------------------------- impersonal-plan


def test_a_plan_no_one_holds_is_the_outlets(monkeypatch):
    """test23 ru-meduza-2026-02-11-new-constitution-explained: "… объяснял Токаев 20 января 2026 года. … ¶ Поправки
    планируется внести в 77 статей, что составляет 84% всего текста Конституции.": the outlet's 77 and 84%; and
    test19 ru-sko24-2026-02-03-sko-discussion: "Изначально предполагалось, что поправки коснутся около 40 статей".
    """
    name = "ru-meduza-2026-02-11-new-constitution-explained"
    _only(monkeypatch, "impersonal-plan")
    d = draft(_text("test23", name), outlet="meduza", date="2026-02-11")
    assert _claimants(d, 77) == _claimants(d, 84) == {"meduza"}
    d = draft(_text("test19", "ru-sko24-2026-02-03-sko-discussion"), outlet="sko24", date="2026-02-03")
    assert _claimants(d, 40) == {"sko24"}
    _only(monkeypatch)
    d = draft(_text("test23", name), outlet="meduza", date="2026-02-11")
    assert _claimants(d, 77) == _claimants(d, 84) == {"kassym-jomart-tokayev"}


def test_a_plan_with_a_subject_is_not_impersonal():
    """Guard: a subject that is planned or expected ("336 observers are planned to participate", "Ожидается 100
    наблюдателей") is no impersonal plan; "it is planned to", "предполагается, что" are."""
    assert not claims.impersonal_plan("A total of 336 international observers are planned to participate.", "en")
    assert not claims.impersonal_plan("Ожидается 100 наблюдателей.", "ru")
    assert claims.impersonal_plan("It is planned to amend 77 articles.", "en")
    assert claims.impersonal_plan("Предполагается, что поправки коснутся 40 статей.", "ru")


# ---------------------------------------------------------------------------- dated-ends


def test_a_dated_record_opening_a_paragraph_ends_the_speech(monkeypatch):
    """test23 en-zamin-2026-03-15-tokayev-cast-ballot: "… the president noted that the next presidential election
    would be held on schedule in 2029 … ¶ The referendum is being conducted under a presidential decree signed on
    February 11 this year. … The proposed reform would introduce … a unicameral Kurultai consisting of 145
    deputies.": the outlet's 145."""
    name = "en-zamin-2026-03-15-tokayev-cast-ballot"
    _only(monkeypatch, "dated-ends")
    d = draft(_text("test23", name), outlet="zamin", date="2026-03-15")
    assert _claimants(d, 145) == {"zamin"}
    _only(monkeypatch)
    d = draft(_text("test23", name), outlet="zamin", date="2026-03-15")
    assert _claimants(d, 145) == {"kassym-jomart-tokayev"}


def test_an_undated_paragraph_goes_on_with_the_speech(monkeypatch):
    """Guard: a new paragraph that dates nothing ("The new parliament will consist of 145 mandates.") still goes on
    with the speech before it."""
    _only(monkeypatch, "dated-ends")
    text = (
        "President Kassym-Jomart Tokayev said that the parliament would become unicameral.\n\n"
        "The new parliament will consist of 145 mandates, with a term of office of 5 years."
    )
    d = draft(text, outlet="kazinform", date="2026-01-20")
    assert _claimants(d, 145) == {"kassym-jomart-tokayev"}


# ---------------------------------------------------------------------------- list-heading


def test_a_list_items_bare_figure_counts_its_headings_noun(monkeypatch):
    """test7 ru-orda-2026-03-16-preliminary-results: "Испорченные бюллетени: ¶ • Оба варианта — 127 868. ¶ •
    Неустановленного образца — 146 558.": the commission's ballots, read at all only with the reading on."""
    name = "ru-orda-2026-03-16-preliminary-results"
    _only(monkeypatch, "list-heading")
    d = draft(_text("test7", name), outlet="orda-kz", date="2026-03-16")
    assert _claimants(d, 127868) == _claimants(d, 146558) == {"central-election-commission"}
    _only(monkeypatch)
    d = draft(_text("test7", name), outlet="orda-kz", date="2026-03-16")
    assert _claimants(d, 127868) == _claimants(d, 146558) == set()


def test_an_item_with_no_label_or_a_heading_with_a_figure_is_left(monkeypatch):
    """Guards: an item with no label before its figure ("• 127 868."), a heading that is a sentence with a figure of
    its own ("В 2026 году ЦИК сообщила о 5 нарушениях:") give no unit."""
    _only(monkeypatch, "list-heading")
    for text in (
        "Испорченные бюллетени:\n\n• 127 868.",
        "В 2026 году ЦИК сообщила о 5 нарушениях:\n\n• Оба варианта — 127 868.",
    ):
        d = draft(text, outlet="orda-kz", date="2026-03-16")
        assert _claimants(d, 127868) == set(), text
