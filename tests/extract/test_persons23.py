"""Twenty-third session on persons and posts: academic degrees, a university's units, senior lecturers, and the
adviser of a body's head.

Pinned from the tuning parts: ``degree`` (test16, kk-arkaazhary-2026-02-21-mysyralimova-krasnoyar: "… ректорының
кеңесшісі, тарих ғылымдарының кандидаты Аманбай Сейітқасымов"; test12, ru-kazinform-2026-02-17-kostanay-lecture:
"декан факультета …, кандидат исторических наук Алибек Табулденов, старший преподаватель … Индира Талтанова") blanks a
degree between a post and its holder; ``units`` (test24, en-ksu-2026-02-20-science-innovation-priorities: "Dean of the
Faculty of Social and Human Sciences, …"; test12) reads a university's unit as a body's name in English and a Russian
unit in lower case between a post and its holder; ``lecturer`` reads a senior lecturer as a post; ``adviser-of-head``
(test11, test16: "… университеті ректорының кеңесшісі X") makes a rector's adviser an adviser in the university.
Each reading is checked on, off, and against a near miss its guard refuses.
"""

from __future__ import annotations

import pytest

import kg.extract.en as en
import kg.extract.patterns as patterns
import kg.extract.pipeline as pipeline
import kg.extract.rules.memberships as memberships

from ._drafting import draft, facts
from ._drafting import posts as _posts

# test16, kk-arkaazhary-2026-02-21-mysyralimova-krasnoyar
SEIITKASYMOV = (
    "Сондай-ақ, шараға Көкшетау қалалық мәслихатының төрағасы Дастан Әкімов және Шоқан Уәлиханов атындағы Көкшетау "
    "университеті ректорының кеңесшісі, тарих ғылымдарының кандидаты Аманбай Сейітқасымов қатысты."
)
# test12, ru-kazinform-2026-02-17-kostanay-lecture (shortened)
TABULDENOV_RU = (
    "Спикерами выступили декан факультета социально-гуманитарных наук, кандидат исторических наук Алибек Табулденов, "
    "старший преподаватель кафедры теории государства и права Индира Талтанова."
)
# test24, en-ksu-2026-02-20-science-innovation-priorities
TABULDENOV_EN = (
    "Dean of the Faculty of Social and Human Sciences, Candidate of Historical Sciences Alibek Tabuldenov, highlighted "
    "the historical significance of the upcoming referendum."
)


def _readings(monkeypatch: pytest.MonkeyPatch, *names: str) -> None:
    monkeypatch.setattr(pipeline, "READINGS23", frozenset(n for n in names if n == "degree"))
    monkeypatch.setattr(en, "READINGS23", frozenset(n for n in names if n == "units"))
    monkeypatch.setattr(en, "ORG_HEADS", en.org_heads())
    monkeypatch.setattr(patterns, "READINGS23", frozenset(n for n in names if n == "lecturer"))
    patterns._posts.cache_clear()
    monkeypatch.setattr(memberships, "READINGS23", frozenset(n for n in names if n in ("adviser-of-head", "units")))


@pytest.fixture(autouse=True)
def _posts_read_again():
    """The post words are cached by sentence: read them again after each test's switches."""
    yield
    patterns._posts.cache_clear()


def _held(text: str, session, holder: str) -> list[tuple[str, str]]:
    return [(r, o) for h, r, o in _posts(draft(session, text)) if h == holder]


# ---------------------------------------------------------------- degree


def test_a_degree_between_a_post_and_its_holder(monkeypatch: pytest.MonkeyPatch, session) -> None:
    # the university keeps the name it is named after ("Шоқан Уәлиханов атындағы …"), read as a body's words
    _readings(monkeypatch, "degree", "adviser-of-head")
    assert _held(SEIITKASYMOV, session, "amanbay-seyitkasymov") == [
        ("adviser", "ualikhanov-atyndagy-kokshetau-universiteti")
    ]


def test_degree_off_cuts_the_university_short(monkeypatch: pytest.MonkeyPatch, session) -> None:
    _readings(monkeypatch, "adviser-of-head")
    assert _held(SEIITKASYMOV, session, "amanbay-seyitkasymov") == [("adviser", "kokshetau-universiteti")]


def test_a_russian_degree_keeps_a_list_of_posts_apart(monkeypatch: pytest.MonkeyPatch, session) -> None:
    # the degree and its comma gone, "X, старший преподаватель … Y" is a list: the lecturer is Y, not X
    _readings(monkeypatch, "degree", "units", "lecturer")
    held = _posts(draft(session, TABULDENOV_RU))
    assert [r for h, r, _ in held if h == "alibek-tabuldenov"] == ["dean"]
    assert [r for h, r, _ in held if h == "indira-taltanova"] == ["senior-lecturer"]


def test_degree_off_gives_the_dean_no_post(monkeypatch: pytest.MonkeyPatch, session) -> None:
    _readings(monkeypatch, "units", "lecturer")
    assert "dean" not in [r for h, r, _ in _posts(draft(session, TABULDENOV_RU)) if h == "alibek-tabuldenov"]


def test_a_candidate_of_no_science_is_kept() -> None:
    # near miss: a candidate for a post, a doctor by name, a science without its degree word stay as written
    for text, lang in (
        ("кандидат в депутаты Иван Петров", "ru"),
        ("Doctor Smith of the Academy of Sciences", "en"),
        ("заң ғылымдарының мәселелері", "kk"),
    ):
        assert pipeline.without_degrees(text, lang) == text


# ---------------------------------------------------------------- units


def test_a_faculty_is_a_body_not_a_person(monkeypatch: pytest.MonkeyPatch, session) -> None:
    _readings(monkeypatch, "degree", "units")
    held = _posts(draft(session, TABULDENOV_EN))
    assert [(h, r) for h, r, _ in held] == [("alibek-tabuldenov", "dean")]


def test_units_off_reads_human_sciences_as_a_person(monkeypatch: pytest.MonkeyPatch, session) -> None:
    _readings(monkeypatch, "degree")
    assert [h for h, r, _ in _posts(draft(session, TABULDENOV_EN)) if r == "dean"] == ["human-sciences"]


def test_a_russian_unit_between_a_post_and_its_holder(monkeypatch: pytest.MonkeyPatch, session) -> None:
    text = "На встрече выступил заведующий кафедрой, старший преподаватель кафедры теории государства и права Индира Талтанова."
    _readings(monkeypatch, "lecturer", "units")
    assert [r for r, _ in _held(text, session, "indira-taltanova")] == ["senior-lecturer"]
    _readings(monkeypatch, "lecturer")
    patterns._posts.cache_clear()
    assert _held(text, session, "indira-taltanova") == []


def test_a_verb_after_the_unit_ends_the_post(monkeypatch: pytest.MonkeyPatch, session) -> None:
    # near miss: the unit's clause has its verb, and the name after it is its object, not the post's holder
    text = "Старший преподаватель кафедры теории государства и права поблагодарил Индиру Талтанову за помощь."
    _readings(monkeypatch, "lecturer", "units")
    assert [r for _, r, _ in _posts(draft(session, text))] == []


# ---------------------------------------------------------------- lecturer


def test_a_senior_lecturer_is_a_post(monkeypatch: pytest.MonkeyPatch) -> None:
    _readings(monkeypatch, "lecturer")
    roles = {p.role for p in patterns.find_posts("Университеттің аға оқытушысы Индира Талтанова", "kk")}
    assert roles == {"senior-lecturer"}
    _readings(monkeypatch)
    assert patterns.find_posts("Университеттің аға оқытушысы Индира Талтанова", "kk") == []


def test_a_lecture_or_a_plain_lecturer_is_no_post(monkeypatch: pytest.MonkeyPatch) -> None:
    # near miss: a lecture, a lecturer of no rank, senior lecturers in the plural (no one holder)
    _readings(monkeypatch, "lecturer")
    for text, lang in (
        ("senior lecture by Indira Taltanova", "en"),
        ("университет оқытушысы Индира Талтанова", "kk"),
        ("senior lecturers of the university", "en"),
        ("старшая преподавательская ставка", "ru"),
    ):
        assert not [p for p in patterns.find_posts(text, lang) if p.role == "senior-lecturer"], text


# ---------------------------------------------------------------- adviser-of-head

# test11, kk-aqtobegazeti-2026-02-27-philharmonic-coalition (shortened)
MUKHTAROV = "Сондай-ақ Жұбанов атындағы Ақтөбе өңірлік университеті ректорының кеңесшісі С.Мұхтаров сөз сөйледі."


def test_a_rectors_adviser_is_an_adviser_in_the_university(monkeypatch: pytest.MonkeyPatch, session) -> None:
    _readings(monkeypatch, "adviser-of-head")
    (held,) = _held(MUKHTAROV, session, "s-mukhtarov")
    assert held[0] == "adviser" and "universiteti" in held[1]


def test_adviser_of_head_off_gives_no_post(monkeypatch: pytest.MonkeyPatch, session) -> None:
    _readings(monkeypatch)
    assert _held(MUKHTAROV, session, "s-mukhtarov") == []


def test_the_adviser_of_a_secretary_is_none(monkeypatch: pytest.MonkeyPatch, session) -> None:
    # near miss: a head the reading does not list (a secretary's adviser) gives no body; the Prime Minister's adviser
    # keeps the Government, as before
    _readings(monkeypatch, "adviser-of-head")
    text = "Сондай-ақ Ақтөбе университеті хатшысының кеңесшісі С.Мұхтаров сөз сөйледі."
    assert _held(text, session, "s-mukhtarov") == []
    d = draft(session, "Премьер-министрдің кеңесшісі Ералы Тоғжанов сөз сөйледі.")
    assert facts(d, "membership", holder="eraly-togzhanov", organisation="government")
