"""The twenty-fourth session's stance readings (kg/extract/rules/stances.py, ``READINGS24``): from the census of the
twenty-six tuning parts (``test25`` and ``test26`` new), each pinned with its text from a tuning part (or a sentence
modelled on one), with the reading off for contrast, and the near misses its guard refuses.
"""

from __future__ import annotations

from kg.extract.draft import Session

from ._drafting import draft, real_text
from ._drafting import stance_readings_without as _without
from ._drafting import stances as _any_stance

# ------------------------------------------------------------------ headline-dash: "… – Серік Ақылбай"

AKYLBAY = "kk-kazinform-2026-02-05-akylbai-ustanym"
AKYLBAY_SUPPORTS = ("serik-akylbay", "draft-constitution-2026", "support")
SHIBUTOV = "ru-zakon-2026-02-09-shibutov-dissolution"
SHIBUTOV_SUPPORTS = ("marat-shibutov", "draft-constitution-2026", "support")
BODY_KK = "\nСерік Ақылбай ұлттық дискуссиялық клубтың отырысында сөз сөйледі."


def test_a_headline_closed_by_a_name_is_that_persons_support(session):
    """test25, kk-kazinform-2026-02-05-akylbai-ustanym: "Жаңа Конституция – мемлекеттің стратегиялық дамуының
    іргетасы – Серік Ақылбай": the headline is his claim about the new Constitution, no cue in it."""
    assert AKYLBAY_SUPPORTS in _any_stance(draft(session, real_text("test25", AKYLBAY), date="2026-02-05"))


def test_without_headline_dash_the_headline_places_no_stance():
    with _without("headline-dash"):
        found = _any_stance(draft(Session(), real_text("test25", AKYLBAY), date="2026-02-05"))
    assert AKYLBAY_SUPPORTS not in found


def test_a_russian_headline_closed_by_a_name(session):
    """test26, ru-zakon-2026-02-09-shibutov-dissolution: "Проект Основного закона готов для вынесения на всенародное
    голосование – Марат Шибутов"."""
    assert SHIBUTOV_SUPPORTS in _any_stance(draft(session, real_text("test26", SHIBUTOV), date="2026-02-09"))
    with _without("headline-dash"):
        assert SHIBUTOV_SUPPORTS not in _any_stance(
            draft(session, real_text("test26", SHIBUTOV), date="2026-02-09", name="t2")
        )


def test_a_negated_claim_is_no_support(session):
    text = "Жаңа Конституция жобасы мемлекеттің іргетасы емес – Серік Ақылбай" + BODY_KK
    assert not _any_stance(draft(session, text))


def test_a_claim_that_names_only_an_institution_places_no_stance(session):
    """Modelled on test13's "Құрылтай мен Халық кеңесіне заң шығару бастамасы құқығын беру … байлам –
    Ізмұхамбетов": no text nor reform named, so no target is guessed."""
    text = "Құрылтай мен Халық кеңесіне заң шығару бастамасы құқығын беру сараланған байлам – Серік Ақылбай" + BODY_KK
    assert not _any_stance(draft(session, text))


def test_a_title_with_a_colon_is_no_claim(session):
    """test12's "Qurultay rising: Kazakhstan redefines Parliament in landmark reform - László Vasa" is a title."""
    text = (
        "Проект Основного закона готов для вынесения на голосование: мнение – Марат Шибутов\n"
        "Свое мнение он озвучил на заседании Комиссии."
    )
    assert not _any_stance(draft(session, text))


def test_the_text_as_an_object_is_a_report_not_a_judgment(session):
    """test6's "Жаңа Конституция жобасын жалпыхалықтық референдумға шығаруды ұсынамын — Магеррамов" and "Жаңа
    Конституция тағдырын халық референдумда шешеді - Тоқаев": the text in the accusative is what someone acts on."""
    for claim in (
        "Жаңа Конституция жобасын референдумға шығаруды ұсынамын – Серік Ақылбай",
        "Жаңа Конституция тағдырын халық референдумда шешеді – Серік Ақылбай",
    ):
        assert AKYLBAY_SUPPORTS not in _any_stance(draft(session, claim + BODY_KK))


def test_a_count_before_the_text_is_a_report(session):
    """test6's "Более 4 000 предложений поступило по проекту новой Конституции – Нурмуханов"."""
    text = "Более 4 000 предложений поступило по проекту новой Конституции – Марат Шибутов\nОн выступил на заседании."
    assert SHIBUTOV_SUPPORTS not in _any_stance(draft(session, text))


# ------------------------------------------------------------------ with-adjective: "выступила с широкой поддержкой"

ASSEMBLY = "ru-kazpravda-2026-02-13-student-assembly"


def test_support_with_an_adjective_in_the_instrumental(session):
    """Modelled on test25, ru-kazpravda-2026-02-13-student-assembly: "организация «Ассамблея жастары» выступила с
    широкой поддержкой проекта Конституции"."""
    text = "Партия «Ак жол» выступила с единодушной поддержкой проекта Конституции."
    assert ("ak-zhol", "draft-constitution-2026", "support") in _any_stance(draft(session, text))
    with _without("with-adjective"):
        assert not _any_stance(draft(session, text, name="t2"))


def test_the_assembly_of_youth_supports_the_draft(session):
    """test25's whole article: the organisation that came out with broad support holds it."""
    found = _any_stance(draft(session, real_text("test25", ASSEMBLY), date="2026-02-13"))
    with _without("with-adjective"):
        off = _any_stance(draft(session, real_text("test25", ASSEMBLY), date="2026-02-13", name="t2"))
    assert {t for t in found if t[1:] == ("draft-constitution-2026", "support")} - off


def test_with_broad_support_but_no_verb_of_speaking_is_no_stance(session):
    """ "с широкой поддержкой жителей" with no "выступил" is with someone's help, as "с поддержкой акимата" is."""
    text = "Концерт прошёл с широкой поддержкой жителей. Партия «Ак жол» провела акцию с широкой поддержкой проекта."
    assert not _any_stance(draft(session, text))


# ------------------------------------------------------------------ kk-content: "волонтерлерді қолдау ұсынысына"

NURMUKHANOV = "kk-zakon-2026-02-09-nurmukhanov-volunteering"
REFORM_SUPPORTED = ("constitutional-reform-2025", "support")


def _reform_supported(found: set[tuple[str, str, str]]) -> bool:
    return any(t[1:] == REFORM_SUPPORTED for t in found)


def test_support_of_volunteers_is_a_proposals_content(session):
    """test26, kk-zakon-2026-02-09-nurmukhanov-volunteering: "… Қазақстандағы волонтерлерді қолдау ұсынысына қатысты
    пікір білдірді": the proposal supports volunteers; the judge of the sitting holds no stance on the reform."""
    assert not _reform_supported(_any_stance(draft(session, real_text("test26", NURMUKHANOV), date="2026-02-09")))


def test_without_kk_content_the_extra_stance_returns():
    with _without("kk-content"):
        found = _any_stance(draft(Session(), real_text("test26", NURMUKHANOV), date="2026-02-09"))
    assert _reform_supported(found)


def test_support_expressed_after_the_noun_is_still_read(session):
    """test5's headline: "Парламенттегі партиялар бір палаталы жүйеге көшу мәселесін қолдау білдірді" — a verb of
    expressing after the noun."""
    text = "Парламенттегі партиялар бір палаталы жүйеге көшу мәселесін қолдау білдірді."
    assert _any_stance(draft(session, text))


def test_the_draft_as_the_nouns_object_is_still_read(session):
    text = "Мемлекеттік кеңесші Ерлан Қарин жаңа Конституция жобасын қолдау керектігін айтты."
    assert ("erlan-karin", "draft-constitution-2026", "support") in _any_stance(draft(session, text))
