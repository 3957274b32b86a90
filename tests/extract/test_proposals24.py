"""The twenty-fourth session's readings of proposals and initiatives (``proposals.READINGS24`` and
``initiatives.READINGS24``; benchmarks/proposals24_lopo.py), from the census of twenty-six tuning parts.

The sentences come from the tuning parts (each marked with its part and article) or are modelled on them. Each
reading is shown read right when on, as before when off, and refusing a near miss.
"""

from __future__ import annotations

import pytest

import kg.extract.rules.initiatives as initiatives
import kg.extract.rules.proposals as proposals

from ._drafting import draft, facts, real_text

TOKAYEV = "kassym-jomart-tokayev"
DRAFT = "draft-constitution-2026"
CURRENT = "constitution-1995"
SHIBUTOV = "marat-shibutov"

# test26/ru-zakon-2026-02-09-shibutov-dissolution (the whole article)
ZAKON = real_text("test26", "ru-zakon-2026-02-09-shibutov-dissolution")
# modelled on it: the next sentence names the articles without saying what the proposal is about
ZAKON_OTHER = ZAKON.replace("Это касается пунктов", "Отдельно обсуждались пункты")

# test26/ru-baq-2026-02-05-khodzhanazarov-tenge
BAQ = (
    "Председатель партии Respublica и депутат Мажилиса Парламента Республики Казахстан Айдарбек Ходжаназаров выступил "
    "с инициативой закрепить статус тенге как национальной валюты на уровне Конституции, передает BAQ.KZ."
)
# test26/ru-dayaz-2026-01-20-vice-president-initiative
DAYAZ = (
    "Президент Казахстана Касым-Жомарт Токаев выступил с инициативой создания института вице-президента Республики "
    "Казахстан."
)
# test9/ru-mgorod-2026-01-20-vice-president: a body between the verb and the cue is where it was raised
MGOROD = (
    "Президент Казахстана Касым-Жомарт Токаев выступил на заседании Национального курултая с инициативой учредить в "
    "стране пост вице-президента и закрепить его статус в Конституции."
)
# modelled on test4/ru-baq-2026-01-24-commission-first-meeting: a body after the cue is initiated
COMMISSION = "Глава государства Касым-Жомарт Токаев инициировал создание Конституционной комиссии."

# test26/ru-liter-2026-01-29-sarsembayev-new-constitution, its headline with the name of the article's body
LITER = "Министр юстиции Ерлан Сарсембаев предложил принять новую Конституцию РК."
# modelled on test9/ru-qazaq24-2026-01-30-sarym-vlast: the question of adopting one, on the one in force
QAZAQ24 = "Депутат Айдос Сарым предложил поставить вопрос о принятии новой Конституции."


# test5/ru-baq-2026-02-07-kim-volunteering, its third paragraph
BAQ_KIM = (
    "Депутат Мажилиса Вера Ким выступила на заседании комиссии.\n\n"
    '"С момента объявления сбора предложений в проект новой Конституции ко мне неоднократно поступали обращения от '
    'волонтерских организаций и самих добровольцев с просьбой дополнить 2 пункт статьи 31 словом "волонтерство". В '
    "этой связи предлагаю, чтобы в Казахстане, наряду с поощрением создания социального обеспечения и "
    'благотворительности, было закреплено поощрение волонтерства", – сказала она.'
)
# modelled on it: the sentence with the article not tied to the one with the proposal
BAQ_KIM_UNTIED = BAQ_KIM.replace("В этой связи предлагаю", "Кроме того, предлагаю")
# test26/kk-zakon-2026-02-07-kim-volunteering (the whole article)
ZAKON_KIM = real_text("test26", "kk-zakon-2026-02-07-kim-volunteering")
# modelled on it: the plural outside a quotation, no speaker to credit
PLURAL_UNQUOTED = "Осыған байланысты волонтерлікті конституция деңгейінде бекітуді ұсынамыз."


@pytest.fixture
def off():
    """The session's readings off, then back as shipped."""
    shipped, shipped_i = proposals.READINGS, initiatives.READINGS
    proposals.READINGS = tuple(r for r in shipped if r not in proposals.READINGS24)
    initiatives.READINGS = tuple(r for r in shipped_i if r not in initiatives.READINGS24)
    yield
    proposals.READINGS, initiatives.READINGS = shipped, shipped_i


def _targets(d, **values) -> list[object]:
    return sorted(str(f.values.get("targets")) for f in facts(d, "proposal", **values))


def test_concerns_reads_the_articles_the_next_sentence_names(session):
    d = draft(session, ZAKON, outlet="zakon-kz", date="2026-02-09")
    assert _targets(d, proposer=SHIBUTOV) == [f"{DRAFT}-article-46", f"{DRAFT}-article-62"]


def test_concerns_off_reads_no_target(session, off):
    d = draft(session, ZAKON, outlet="zakon-kz", date="2026-02-09")
    assert _targets(d, proposer=SHIBUTOV) == ["None", "None"]


def test_concerns_near_miss_articles_named_in_another_sentence(session):
    d = draft(session, ZAKON_OTHER, outlet="zakon-kz", date="2026-02-09")
    assert f"{DRAFT}-article-46" not in _targets(d, proposer=SHIBUTOV)


def _initiated(d) -> list[str]:
    return sorted(f.values["initiated"] for f in facts(d, "initiative"))


def test_raised_object_no_body_of_the_initiators_post(session):
    d = draft(session, BAQ, outlet="baq-kz", date="2026-02-05")
    assert _initiated(d) == []
    assert _targets(d) == [DRAFT]


def test_raised_object_no_body_in_a_posts_genitive(session):
    d = draft(session, DAYAZ, outlet="day-az", date="2026-01-20")
    assert _initiated(d) == ["vice-president"]


def test_raised_object_off_initiates_the_posts_bodies(session, off):
    assert _initiated(draft(session, BAQ, outlet="baq-kz", date="2026-02-05")) == ["mazhilis", "parliament"]
    assert "republic-of-kazakhstan" in _initiated(draft(session, DAYAZ, outlet="day-az", date="2026-01-20"))


@pytest.mark.parametrize(
    ("text", "initiated"), [(MGOROD, "vice-president"), (COMMISSION, "constitutional-reform-commission")]
)
def test_raised_object_near_miss_what_follows_the_cue_stays(session, text, initiated):
    d = draft(session, text, outlet="mgorod", date="2026-01-20")
    assert initiated in _initiated(d)


def test_adopt_new_reads_the_draft_proposed(session):
    d = draft(session, LITER, outlet="liter", date="2026-01-29")
    assert _targets(d) == [DRAFT]


def test_adopt_new_off_reads_the_constitution_in_force(session, off):
    d = draft(session, LITER, outlet="liter", date="2026-01-29")
    assert _targets(d) == [CURRENT]


def test_adopt_new_near_miss_the_question_of_adopting_one(session):
    d = draft(session, QAZAQ24, outlet="liter", date="2026-01-30")
    assert _targets(d) == [CURRENT]


def test_in_this_connection_reads_the_article_of_the_sentence_before(session):
    d = draft(session, BAQ_KIM, outlet="baq-kz", date="2026-02-07")
    assert _targets(d, proposer="vera-kim") == [f"{DRAFT}-article-31-2"]


def test_in_this_connection_off_reads_no_target(session, off):
    d = draft(session, BAQ_KIM, outlet="baq-kz", date="2026-02-07")
    assert _targets(d, proposer="vera-kim") == ["None"]


def test_in_this_connection_near_miss_a_sentence_not_tied_to_it(session):
    d = draft(session, BAQ_KIM_UNTIED, outlet="baq-kz", date="2026-02-07")
    assert f"{DRAFT}-article-31-2" not in _targets(d, proposer="vera-kim")


def test_first_plural_credits_the_speaker_of_the_quotation(session):
    d = draft(session, ZAKON_KIM, outlet="zakon-kz", date="2026-02-07")
    assert f"{DRAFT}-article-31-2" in _targets(d, proposer="vera-kim")


def test_first_plural_off_reads_only_the_headline(session, off):
    d = draft(session, ZAKON_KIM, outlet="zakon-kz", date="2026-02-07")
    assert _targets(d, proposer="vera-kim") == [DRAFT]


def test_first_plural_near_miss_no_quotation_no_speaker(session):
    d = draft(session, PLURAL_UNQUOTED, outlet="zakon-kz", date="2026-02-07")
    assert facts(d, "proposal") == []
