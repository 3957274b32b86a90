"""The lead's readings of the thirty-second session (each module's ``READINGS32``), from the errors of ``test33`` and
``test34``, the parts held out in the thirty-first session and tuning data since: a Kazakh channel's name before its
kind in an oblique case is where words were said, not who said them (``medium-case``); a survey's body named after
a dateline is the source of its figures, and a share with no source of its own is the surveyor's
(``dateline-source``, ``survey-share``); an impersonal proposal that adds to the sentence before is that sentence's
proposer's (``also-impersonal``). Each is checked on and off.
"""

from __future__ import annotations

import kg.extract.rules.claims as claims
import kg.extract.rules.common as common
import kg.extract.rules.proposals as proposals
from kg.extract.draft import Session

from . import _drafting

#: Where each reading is switched.
_MODULE = {
    "medium-case": common,
    "dateline-source": claims,
    "survey-share": claims,
    "also-impersonal": proposals,
}


def _without(monkeypatch, reading: str) -> None:
    _drafting.without_reading(monkeypatch, _MODULE[reading], "READINGS32", reading)


def test_a_channel_named_where_the_words_were_said_is_not_who_said_them(session: Session, monkeypatch):
    # "Бұл туралы Мәжіліс депутаты Jibek Joly арнасының «Жаңа уақыт» … бағдарламасында мәлімдеді. ¶ – … 2 мыңнан
    # асып, 3 мыңға жуықтады. …": the deputy's figures, not the channel's
    text = _drafting.real_text("test34", "kk-kazinform-2026-01-29-egizbayev-ecology-value")
    d = _drafting.draft(session, text, date="2026-01-29")
    assert _drafting.claimants(d, 2000) == {"serik-egizbayev"}
    _without(monkeypatch, "medium-case")
    d = _drafting.draft(session, text, date="2026-01-29")
    assert _drafting.claimants(d, 2000) == {"jibek-joly"}


def test_the_channel_in_the_nominative_still_speaks(session: Session):
    # "Jibek Joly телеарнасы хабарлады": the channel is the subject (only an oblique case places the words)
    text = "Jibek Joly телеарнасы Конституция жобасына 3 мыңнан астам ұсыныс түскенін хабарлады."
    assert _drafting.claimants(_drafting.draft(session, text), 3000) == {"jibek-joly"}


_SURVEY = ("test33", "kk-kazinform-2026-02-22-survey-78-percent")


def _survey_claimants(session: Session) -> dict[float, set[str]]:
    d = _drafting.draft(session, _drafting.real_text(*_SURVEY), date="2026-02-22")
    return {q: _drafting.claimants(d, q) for q in (1200, 22.5, 78.8, 31.7)}


def test_the_body_that_ran_a_survey_after_the_dateline_is_the_source_of_its_figures(session: Session, monkeypatch):
    # "KAZINFORM - «Қоғамдық пікір» зерттеу институты жүргізген сауалнама нәтижесіне сәйкес, …": the institute's,
    # then "… 1200 респондент қатысты" and the shares after it ("Тек 22,5 пайызы …", "… 78,8 пайызы …")
    found = _survey_claimants(session)
    assert found[1200] == found[22.5] == found[78.8] == found[31.7] == {"kogamdyk-pikir"}
    _without(monkeypatch, "survey-share")
    found = _survey_claimants(session)
    assert found[1200] == {"kogamdyk-pikir"}
    assert found[22.5] == found[78.8] == {"kazinform"}
    _without(monkeypatch, "dateline-source")
    assert _survey_claimants(session)[1200] == {"kazinform"}


def test_an_impersonal_proposal_that_adds_to_the_one_before_is_its_proposers(session: Session, monkeypatch):
    # "Партияның Саяси кеңесі Ата заң жобасының 8-бабын … толықтыруды ұсынып, … ¶ Сонымен қатар, «Экология және адам
    # денсаулығы» ұғымын Конституциялық құндылық ретінде бекіту … ұсынылды."
    text = _drafting.real_text("test34", "kk-elordainfo-2026-02-04-baytaq-article-8")

    def proposed(d) -> list[str]:
        return [f.values["proposer"] for f in _drafting.facts(d, "proposal")]

    assert proposed(_drafting.draft(session, text)) == ["baytaq-political-council"] * 2
    _without(monkeypatch, "also-impersonal")
    assert proposed(_drafting.draft(session, text)) == ["baytaq-political-council"]


def test_an_impersonal_proposal_after_another_agent_is_not_carried_over(session: Session):
    # "Сонымен қатар, Мәжіліс … ұсынылды": an agent named before the cue; the sentence before's proposer is not meant
    text = _drafting.real_text("test34", "kk-elordainfo-2026-02-04-baytaq-article-8")
    assert "Сонымен қатар, «Экология" in text
    d = _drafting.draft(session, text.replace("Сонымен қатар, «Экология", "Сонымен қатар, Мәжіліс «Экология"))
    assert [f.values["proposer"] for f in _drafting.facts(d, "proposal")] == ["baytaq-political-council"]


def test_a_research_fellows_rank_is_the_post(session: Session):
    # every sheet with a ranked fellow keeps the rank: "бас ғылыми қызметкері Айгүл Забирова", "Senior Research Fellow
    # of the Institute for Geospatial Information … Tesema Khunduma"
    zabirova = _drafting.real_text("test23", "kk-baq-2026-02-06-zabirova-family-article")
    assert ("aygul-zabirova", "chief-research-fellow") in {
        (holder, role) for holder, role, _org in _drafting.posts(_drafting.draft(session, zabirova))
    }
    fakti = _drafting.real_text("test33", "en-fakti-2026-02-20-manifesto-of-sovereignty")
    roles = {role for _holder, role, _org in _drafting.posts(_drafting.draft(session, fakti))}
    assert "senior-research-fellow" in roles and "research-fellow" not in roles
    plain = "Научный сотрудник Института истории государства Асель Нурланова поддержала проект."
    assert {role for _h, role, _o in _drafting.posts(_drafting.draft(session, plain))} == {"research-fellow"}


def test_representatives_are_counted_in_russian_as_in_english(session: Session):
    # "В состав городской коалиции вошли около 200 представителей различных сфер и поколений."
    text = _drafting.real_text("test33", "ru-kazpravda-2026-02-16-kanalimov-city-coalition")
    assert _drafting.claimants(_drafting.draft(session, text, outlet="kazpravda"), 200) == {"kazpravda"}
