"""Two person → post components built after the census of missed posts (``benchmarks/results/post_census.txt``).

A degree, a title or a profession between a post and its name (``kg.extract.patterns.DESCRIPTORS``) is read past:
"декан факультета …, кандидат исторических наук X" is X's post, as "декан факультета … X" is.

Off by default: left out one tuning part at a time it gained nothing (``benchmarks/results/post_lopo.txt``).
The sentences stand for the tuning articles the census (``benchmarks/results/post_census.txt``, class "degree, title
or profession between") found; each names its article. The guards pin what must stay as it was: a post word is never
taken for a descriptor, a descriptor is never a post, and the first name after a post keeps it.

An English chamber's deputy is a post whatever follows it (``kg.extract.patterns.CHAMBER_DEPUTY``, on by default:
left out one part at a time it gained three posts and lost none, ``benchmarks/results/post_lopo_chamber.txt``).
"""

from __future__ import annotations

import pytest

from kg.extract import patterns as P
from kg.extract.rules import memberships

from ._drafting import draft
from ._drafting import posts as _posts


def _roles(d, holder: str) -> set[str]:
    return {r for h, r, _ in _posts(d) if holder in h}


@pytest.fixture(params=["on", "off"])
def lexicon(request, monkeypatch):
    """Each test of what the component fixes runs with it on (must pass) and off, the default (must not)."""
    monkeypatch.setattr(memberships, "DESCRIPTOR_LANGS", ("kk", "ru", "en") if request.param == "on" else ())
    return request.param


@pytest.fixture
def on(monkeypatch):
    """The component on in every language (it is off by default: see the module's docstring)."""
    monkeypatch.setattr(memberships, "DESCRIPTOR_LANGS", ("kk", "ru", "en"))


# ---------------------------------------------------------------------------- what it fixes


def test_ru_a_degree_between_the_dean_and_his_name(session, lexicon):
    """test12 ru-kazinform-2026-02-17-kostanay-lecture."""
    d = draft(
        session,
        "Открыл лекцию декан факультета социально-гуманитарных наук, кандидат исторических наук Алибек Табулденов.",
    )
    assert ("dean" in _roles(d, "tabuldenov")) == (lexicon == "on")


def test_kk_a_degree_and_a_title_inside_a_chain_of_posts(session, lexicon):
    """test10 kk-aqtobegazeti-2026-02-27-kaznu-textbook: the board's chair, before a degree and "профессор"."""
    d = draft(
        session,
        "Оқулықты әл-Фараби атындағы ҚазҰУ басқарма төрағасы, ректор, филология ғылымдарының докторы, профессор, "
        "Конституциялық комиссия мүшесі Жансейіт Түймебаев таныстырды.",
    )
    assert "member" in _roles(d, "tuymebayev")  # the last post of the chain, before as after
    assert ("chair" in _roles(d, "tuymebayev")) == (lexicon == "on")


def test_en_a_degree_between_a_name_and_the_post_after_it(session, lexicon):
    """test12 en-farabi-2026-02-10-physics-round-table."""
    d = draft(
        session,
        "Gulmira Sharifovna Yar-Mukhammedova, Doctor of Physical and Mathematical Sciences, Professor of the "
        "Department of Solid State Physics and New Materials Technology, gave a talk.",
    )
    assert ("professor" in _roles(d, "mukhammedova")) == (lexicon == "on")


def test_kk_a_profession_between_the_post_and_the_name(session, lexicon):
    """test11 kk-aqtobegazeti-2026-02-27-philharmonic-coalition ("мүшесі, ақын Г.Әбішқызы"; the name is written in
    full here: a name of initials is drafted by no rule yet). A lower-case profession was read past before the
    lexicon too (a descriptor of the rules before): the same with it on or off."""
    d = draft(session, "Кездесуде Қазақстан Жазушылар одағының мүшесі, ақын Гүлнар Әбішқызы өлең оқыды.")
    assert "member" in _roles(d, "abishkyzy")


def test_kk_an_honorary_title_between_the_post_and_the_name(session, lexicon):
    """test11 kk-aqtobegazeti-2026-02-27-philharmonic-coalition ("директоры, ҚР еңбек сіңірген қайраткері С.Қамиев";
    the name in full)."""
    d = draft(
        session,
        "Т.Ахтанов атындағы облыстық драма театры директоры, ҚР еңбек сіңірген қайраткері Серік Қамиев сөз сөйледі.",
    )
    assert ("director" in _roles(d, "kamiyev")) == (lexicon == "on")


# ---------------------------------------------------------------------------- guards


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("MNU профессоры Айгүл Сәрсенова", "kk"),  # "профессоры": the post of the university named before it
        ("университеттің доценті Айгүл Сәрсенова", "kk"),
        ("профессор кафедры конституционного права Айгуль Сарсенова", "ru"),
        ("доцент Евразийского университета Айгуль Сарсенова", "ru"),
        ("a professor at Nazarbayev University, Aigul Sarsenova", "en"),
    ],
)
def test_a_post_word_is_never_a_descriptor(text, lang):
    assert P.descriptors(text, lang) == []


def test_off_by_default():
    """Left out one tuning part at a time the component gained nothing (benchmarks/results/post_lopo.txt)."""
    assert memberships.DESCRIPTOR_LANGS == ()


def test_a_degree_is_no_post(session, on):
    """Guard: a degree or a profession alone drafts no post (the annotation counts none)."""
    d = draft(session, "Кандидат исторических наук Алибек Табулденов и политолог Данияр Ашимбаев выступили.")
    assert _posts(d) == []


def test_the_first_name_after_a_post_keeps_it(session, on):
    """Guard: "председатель комиссии X, доктор юридических наук Y": the degree is Y's, the post is X's alone."""
    d = draft(
        session,
        "Выступили председатель Конституционного суда Эльвира Азимова, доктор юридических наук Асель Нурланова.",
    )
    assert "chair" in _roles(d, "azimova")
    assert _roles(d, "nurlanova") == set()


def test_the_lexicon_reads_each_language():
    """The spans, with the comma before each."""
    t = "ректор, филология ғылымдарының докторы, профессор, комиссия мүшесі"
    assert [t[a:b] for a, b in P.descriptors(t, "kk")] == [", филология ғылымдарының докторы", ", профессор"]
    t = "директор театра, заслуженный деятель искусств РК Серик Камиев"
    assert [t[a:b] for a, b in P.descriptors(t, "ru")] == [", заслуженный деятель искусств РК"]
    t = "X, Doctor of Physical and Mathematical Sciences, Professor of the Department"
    assert [t[a:b] for a, b in P.descriptors(t, "en")] == [", Doctor of Physical and Mathematical Sciences"]


# ---------------------------------------------------------------------------- an English chamber's deputy


@pytest.fixture(params=["on", "off"])
def chamber(request, monkeypatch):
    """The chamber's deputy on (the default: must pass) and off (must not); the posts' cache is cleared both ways."""
    monkeypatch.setattr(P, "CHAMBER_DEPUTY", request.param == "on")
    P._posts.cache_clear()
    yield request.param
    P._posts.cache_clear()


def test_en_a_majilis_deputy_and_the_head_of_a_faction(session, chamber):
    """test9 en-qazinform-2026-01-26-yegizbayev-third-session: both posts of the chain after the name."""
    d = draft(session, "Serik Yegizbayev, Majilis deputy and Head of the Auyl Party faction, spoke at the session.")
    assert (_roles(d, "egizbayev") == {"deputy", "head"}) == (chamber == "on")


def test_en_a_majilis_deputy_after_an_article(session, chamber):
    """test11 en-qazinform-2026-02-04-beissenbayev-consensus ("a Majilis deputy and Head of …")."""
    d = draft(
        session,
        "Yelnur Beissenbayev, a Majilis deputy and Head of the Amanat Party faction, outlined the key changes.",
    )
    assert ("deputy" in _roles(d, "beissenbayev")) == (chamber == "on")


def test_on_by_default():
    assert P.CHAMBER_DEPUTY is True


def test_a_chamber_deputy_with_no_name_is_no_ones_post(session):
    """Guard: "A Senate deputy called …" names no holder."""
    d = draft(session, "A Senate deputy called the draft a truly people's Constitution, the agency reported.")
    assert _posts(d) == []


def test_a_chambers_deputy_chairman_stays_a_deputy_chair(session):
    """Guard: "Majilis Deputy Chairman X" is the chamber's deputy chair, never a deputy."""
    d = draft(session, "Majilis Deputy Chairman Albert Rau opened the session.")
    assert _roles(d, "rau") == {"deputy-chair"}
