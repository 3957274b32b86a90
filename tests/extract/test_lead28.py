"""The lead's readings of the twenty-eighth session: initials in Cyrillic (``kg.extract.pipeline.READINGS28``'s
``cyrillic-initials``) and a headline's source after a spaced hyphen (``kg.extract.rules.claims.READINGS28``'s
``spaced-hyphen``).

Kazakh and Russian initials that spell a body the article named before are that body, so a post before them names
its holder: "Председатель ФПРК отметил" after "председателя Федерации профсоюзов РК … Сатыбалды Даулеталина" is
Dauletalin speaking (test29 ru-kazpravda-2026-02-05-dauletalin-dialogue; test10's Kazakh report of the same meeting
writes ҚРКФ). Off, ФПРК is a new body of its own (Russian) or no mention at all (Kazakh), and the quotation's figure
goes to that body or to the outlet.
"""

from __future__ import annotations

import pytest

import kg.extract.pipeline as pipeline
from kg.extract.draft import Session

from . import _drafting

RU = (
    "Вчера под руководством председателя Федерации профсоюзов РК, члена конституционной комиссии Сатыбалды "
    "Даулеталина состоялась диалоговая площадка по обсуждению проекта новой Конституции.\n"
    "Открывая мероприятие, Председатель ФПРК отметил историческую значимость конституционной реформы.\n"
    "«За этот период по конституционной реформе поступило около 2000 предложений от граждан."
)
KK = (
    "Сәрсенбі күні Қазақстан Республикасы Кәсіподақтар федерациясының Төрағасы Сатыбалды Дәулеталиннің "
    "жетекшілігімен кездесу өтті.\n"
    "Іс-шараны аша отырып, ҚРКФ Төрағасы конституциялық реформаның тарихи маңыздылығын атап өтті.\n"
    "«Осы кезең ішінде конституциялық реформа бойынша ел азаматтарынан 2000-ға жуық ұсыныс түсті."
)


def _on(monkeypatch, on: bool) -> None:
    monkeypatch.setattr(pipeline, "READINGS28", frozenset({"cyrillic-initials"} if on else ()))


def _spoke(d, quantity: float) -> set[str]:
    return _drafting.claimants(d, quantity) | {f.values["speaker"] for f in _drafting.facts(d, "speech")}


@pytest.mark.parametrize(("text", "who"), [(RU, "satybaldy-dauletalina"), (KK, "satybaldy-dauletalin")])
def test_initials_of_a_body_named_before_are_that_body(monkeypatch, text, who):
    """The chair named before speaks, and the quotation he opens is his; off, it is a body's or the outlet's."""
    _on(monkeypatch, True)
    d = _drafting.draft(Session(), text, outlet="kazpravda", date="2026-02-05")
    assert _spoke(d, 2000) == {who}
    _on(monkeypatch, False)
    d = _drafting.draft(Session(), text, outlet="kazpravda", date="2026-02-05")
    assert who not in _drafting.claimants(d, 2000)


def test_spelled_reads_each_word_and_a_word_in_capitals_whole():
    assert pipeline._spelled("Федерации профсоюзов РК") == "ФПРК"
    assert pipeline._spelled("Мақсұт Нәрікбаев атындағы университет") == "МНУ"


def test_initials_no_body_named_before_spells_are_left_as_read(monkeypatch):
    """Guard: "ЦИК" with no body named before whose words spell it, and initials before the body is named, are read
    as without the reading."""
    text = (
        "Председатель ФПРК отметил значимость реформы.\n"
        "Позже председатель Федерации профсоюзов РК Сатыбалды Даулеталин выступил на площадке. Об этом сообщил ЦИК."
    )
    _on(monkeypatch, True)
    on = _drafting.draft(Session(), text)
    _on(monkeypatch, False)
    off = _drafting.draft(Session(), text)
    assert [(f.type, f.values) for f in on.facts] == [(f.type, f.values) for f in off.facts]


def test_a_headline_closed_by_a_spaced_hyphen_and_a_name_gives_their_figures(monkeypatch):
    """``spaced-hyphen``: test29 kk-kazinform-2026-02-07-karin-130-drafters' headline (read from the Arabic script,
    whose editions print the dash as a hyphen). On, its figures are Karin's, as after a dash; off, the outlet's."""
    import kg.extract.rules.claims as claims

    text = "Жаңа Конституцияны 30 жыл бұрынғыдай 12 адам емес, 130 адам әзірлеп жатыр - Ерлан Қарин"
    monkeypatch.setattr(claims, "READINGS28", frozenset({"spaced-hyphen"}))
    assert _drafting.claimants(_drafting.draft(Session(), text), 130) == {"erlan-karin"}
    monkeypatch.setattr(claims, "READINGS28", frozenset())
    assert _drafting.claimants(_drafting.draft(Session(), text), 130) == {"kazinform"}


def test_a_hyphen_inside_a_word_or_with_no_space_after_it_is_no_dash(monkeypatch):
    """Guard: "Қасым-Жомарт" and "2026-2027" join words; only a hyphen spaced on both sides is a dash."""
    import kg.extract.rules.claims as claims

    monkeypatch.setattr(claims, "READINGS28", frozenset({"spaced-hyphen"}))
    assert claims._TRAILING_SOURCE_HYPHEN.search("130 адам әзірлеп жатыр - Ерлан Қарин").group("head") == "Ерлан Қарин"
    assert claims._TRAILING_SOURCE_HYPHEN.search("Мемлекет басшысы Қасым-Жомарт Тоқаев") is None
    assert claims._TRAILING_SOURCE_HYPHEN.search("жоспар 2026 -2027 жылдарға") is None


def test_a_kazakh_ministry_field_in_lower_case_names_the_ministry(monkeypatch):
    """``lower-field`` (memberships): "мәдениет және ақпарат министрі Аида Балаева", as some outlets write it and as
    the Arabic script (no capitals) is read, is the Minister of Culture and Information; off, no minister is drafted.
    Guard: a lower-case word that opens no ministry's name ("бүгін") is no field."""
    import kg.extract.rules.memberships as memberships

    text = "ҚР Премьер-министрінің орынбасары – мәдениет және ақпарат министрі Аида Балаева сөз сөйледі."
    monkeypatch.setattr(memberships, "READINGS28", frozenset({"lower-field"}))
    d = _drafting.draft(Session(), text)
    assert ("aida-balayeva", "minister", "ministry-of-culture-and-information") in _drafting.posts(d)
    assert memberships._KK_FIELD_LOWER.search("жиынға бүгін министрі ") is None
    monkeypatch.setattr(memberships, "READINGS28", frozenset())
    d = _drafting.draft(Session(), text)
    assert not [p for p in _drafting.posts(d) if p[1] == "minister"]
