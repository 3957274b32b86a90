"""The lead's reading of the thirty-sixth session and its fixes, from the errors of ``test41`` and ``test42``, the parts
held out in the thirty-fifth session and tuning data since: a stance on the initiative named by the institution it
creates is on that institution (``reform-institution``, ``kg.extract.rules.stances.READINGS36``, shipped off); and
three fixes with no switch: a Kazakh body in the locative before a post is where, not whose post; "a unicameral
Parliament" initiated is the Kurultai; "the idea …, proposed at the initiative of X" is X's initiative, no proposal.
Each is checked with the cases it leaves alone.
"""

from __future__ import annotations

import kg.extract.rules.stances as stances
from kg.extract.draft import Session

from . import _drafting


def test_a_stance_on_the_initiative_of_a_unicameral_parliament_is_on_the_kurultai_when_switched_on(
    session: Session, monkeypatch
):
    # test41/ru-zakon-2025-09-08-akzhol-supports-unicameral (its headline); shipped off (the sheets split)
    text = 'Партия "Ак жол" поддержала инициативу о переходе к однопалатному Парламенту'
    assert _drafting.stances(_drafting.draft(session, text, outlet="zakon-kz", date="2025-09-08")) == {
        ("ak-zhol", "constitutional-reform-2025", "support")
    }
    monkeypatch.setattr(stances, "READINGS36", ("reform-institution",))
    assert _drafting.stances(_drafting.draft(session, text, outlet="zakon-kz", date="2025-09-08")) == {
        ("ak-zhol", "kurultai", "support")
    }
    # the reform named alone stays the reform
    plain = 'Партия "Ак жол" поддержала конституционную реформу'
    assert _drafting.stances(_drafting.draft(session, plain, outlet="zakon-kz", date="2025-09-08")) == {
        ("ak-zhol", "constitutional-reform-2025", "support")
    }


def test_a_kazakh_body_in_the_locative_before_a_post_is_where_not_whose(session: Session):
    # test42/kk-kazinform-2026-01-23-vice-president-institution: "at the National Kurultai, the Head of State …"
    text = (
        "Таяуда Қызылордада өткен Ұлттық құрылтайда Мемлекет басшысы Қасым-Жомарт Тоқаев елімізде вице-президент "
        "лауазымы бекітілетінін мәлімдеген еді."
    )
    d = _drafting.draft(session, text, outlet="kazinform", date="2026-01-23")
    assert ("kassym-jomart-tokayev", "head-of-state", "republic-of-kazakhstan") in _drafting.posts(d)
    assert not any(org == "national-kurultai" for _h, _r, org in _drafting.posts(d))
    # a body in the genitive before the post is still its body
    chair = _drafting.draft(session, "Ұлттық құрылтайдың төрағасы Қасым-Жомарт Тоқаев сөз сөйледі.", outlet="kazinform")
    assert _drafting.org_of(chair, "kassym-jomart-tokayev", "chair") == "national-kurultai"


def test_a_unicameral_parliament_proposed_at_the_initiative_of_the_head_of_state(session: Session):
    # test41/en-enbekshiqazaq-2026-01-15-ashimbaev-impactful-parliament
    text = (
        "The idea of creating a unicameral Parliament, proposed at the initiative of the Head of State Kassym-Jomart "
        "Tokayev, is a logical continuation of this modernization."
    )
    d = _drafting.draft(session, text, outlet="enbekshiqazaq", date="2026-01-15")
    assert [f.values["initiated"] for f in _drafting.facts(d, "initiative")] == ["kurultai"]
    assert _drafting.facts(d, "proposal") == []  # a participle names the idea proposed; no proposal is made here
    # the Parliament itself, named without "unicameral", stays the Parliament
    other = "The Parliament, at the initiative of President Kassym-Jomart Tokayev, adopted the law."
    initiated = [f.values["initiated"] for f in _drafting.facts(_drafting.draft(session, other), "initiative")]
    assert "kurultai" not in initiated
