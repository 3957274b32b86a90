"""Claims, nineteenth session: figures that were not read, and "the two countries" that counts nothing.

Each test pins an extraction from a TUNING part (``tests/data/extract_real``: test6, test20, test21) that the
nineteenth session's readings fix, read from the part's own text: ``kg.extract.patterns.UNITS_19`` (people counted by
their work or standing in law) and ``kg.extract.rules.claims.PASSES19``'s ``definite``; guards, with sentences written
for them, pin what they must leave alone. Measured in benchmarks/results/claims19_lopo.txt.
"""

from __future__ import annotations

import kg.extract.patterns as P
from kg.extract.draft import Session

from . import _drafting
from ._drafting import claimants as _claimants
from ._drafting import real_text as _text


def draft(text: str, *, outlet: str, date: str):
    return _drafting.draft(Session(), text, outlet=outlet, date=date)


# ---------------------------------------------------------------------------- units19


def test_an_attendance_of_medical_workers_is_the_outlets_figure():
    """test21 ru-otpannews-2026-03-01-munaily-hospital: "Во встрече приняли участие около 80 медицинских
    работников": workers are counted, and the attendance is the outlet's."""
    d = draft(_text("test21", "ru-otpannews-2026-03-01-munaily-hospital"), outlet="otpannews", date="2026-03-01")
    assert _claimants(d, 80) == {"otpannews"}


def test_teachers_and_school_directors_are_counted():
    """test21 ru-zakon-2026-03-09-akhmetzhanov-kokshetau: "более 23 тыс. педагогов" in the region and "более 500
    директоров школ, ректоров вузов, педагогов и студентов" in the hall, both the outlet's."""
    d = draft(_text("test21", "ru-zakon-2026-03-09-akhmetzhanov-kokshetau"), outlet="zakon-kz", date="2026-03-09")
    assert _claimants(d, 23000) == {"zakon-kz"}
    assert _claimants(d, 500) == {"zakon-kz"}


def test_people_counted_by_work_or_standing_in_law():
    """The words of ``UNITS_19`` in the three languages: workers, teachers, individuals fined, a commission's size."""
    read = lambda text, lang: [q[:3] for q in P.find_quantities(text, lang)]  # noqa: E731
    assert read("two individuals and one legal entity have already faced penalties", "en") == [
        (2, "exactly", "individuals")
    ]
    assert read("a 130-member Constitutional Commission was formed", "en") == [(130, "exactly", "-member")]
    assert read("Кездесуге 200-ден астам мұғалім қатысты.", "kk") == [(200, "more-than", "мұғалім")]
    assert read("Сегодня в области работают более 23 тыс. педагогов.", "ru") == [(23000, "more-than", "педагогов")]


def test_a_number_before_a_word_of_work_that_counts_nothing_stays_unread():
    """Guard: a school's number, a date and an age are no counts, whatever word follows them."""
    assert P.find_quantities("Директор школы № 12 встретился с родителями.", "ru") == []
    assert P.find_quantities("On 15 March teachers voted.", "en") == []


# ---------------------------------------------------------------------------- definite


def test_the_two_countries_count_nothing():
    """test6 en-kt-2026-02-24-north-macedonia-minister ("meetings of the Presidents and Foreign Ministers of the two
    countries") and test20 en-kt-2026-02-24-mexico-gomez-toledo ("between the two countries' foreign ministries"):
    the parties of a visit, named before, which nobody counts."""
    for part, name in (
        ("test6", "en-kt-2026-02-24-north-macedonia-minister"),
        ("test20", "en-kt-2026-02-24-mexico-gomez-toledo"),
    ):
        d = draft(_text(part, name), outlet="kt-kz", date="2026-02-24")
        assert _claimants(d, 2) == set(), name


def test_two_countries_without_the_article_are_still_counted():
    """Guard: "Observers from two countries arrived" (no "the") and "the 145 deputies" (no "two") are figures."""
    d = draft("Observers from two countries arrived in Astana on Monday.\n", outlet="kazinform", date="2026-03-10")
    assert _claimants(d, 2) == {"kazinform"}
    d = draft(
        "The new parliament will have the 145 deputies elected by party lists.\n", outlet="kazinform", date="2026-03-10"
    )
    assert _claimants(d, 145) == {"kazinform"}
