"""The lead's changes of the thirty-seventh session, from the errors of ``test43`` and ``test44``, the parts held out in
the thirty-sixth session and tuning data since. Each is checked with the cases it leaves alone.
"""

from __future__ import annotations

import kg.extract.rules.stances as stances
from kg.extract.draft import Session

from . import _drafting


def test_a_kazakh_possessive_lead_of_data_or_judgment_stands_for_the_person_named_before(session: Session):
    # test44/kk-kazinform-2026-02-03-shaimardanov-survey (Arabic script): "Оның дерегінше, респонденттердің 65 пайызы
    # …" ("by his data") is the director's figure, as "Оның айтуынша" is, not the outlet's
    d = _drafting.draft(
        session,
        _drafting.real_text("test44", "kk-kazinform-2026-02-03-shaimardanov-survey"),
        outlet="kazinform",
        date="2026-02-03",
    )
    assert _drafting.claimants(d, 65) == {"zhandos-shaymardanov"}
    # with no one named before it, the figure stays the outlet's
    alone = "Оның дерегінше, респонденттердің 65 пайызы өзгерістер өміріне оң әсер етеді деп сенеді."
    assert _drafting.claimants(_drafting.draft(session, alone, outlet="kazinform", name="t2"), 65) == {"kazinform"}


def test_an_unsigned_news_text_s_praise_is_no_stance_of_its_outlet(session: Session, monkeypatch):
    # test43/kk-kazinform-2026-02-12-constitution-entry-into-force: a news lead that names no one; the sixteenth
    # pass's ``outlet`` reading gave its "анық жазылды" (clearly written) to the outlet. Off since this session.
    text = _drafting.real_text("test43", "kk-kazinform-2026-02-12-constitution-entry-into-force")
    assert _drafting.stances(_drafting.draft(session, text, outlet="kazinform", date="2026-02-12")) == set()
    monkeypatch.setattr(stances, "READINGS", stances.READINGS | {"outlet"})
    assert ("kazinform", "draft-constitution-2026", "support") in _drafting.stances(
        _drafting.draft(session, text, outlet="kazinform", date="2026-02-12", name="t2")
    )


def test_a_person_opening_a_kazakh_sentence_is_the_verb_s_subject_over_a_body_before_the_verb(session: Session):
    # test44/kk-qamshy-2026-02-09-shibutov-kurultai-dissolution (Arabic script, here in Cyrillic): "Парламент –
    # құрылтайды" is the object, its accusative on the apposition's last word
    shibutov = (
        "Саясаттанушы Марат Шибутов болашақ бір палаталы Парламент – құрылтайды басты кадрлық тағайындауларды "
        "бірнеше рет мақұлдаудан бас тартқан жағдайда тарату мүмкіндігі туралы норманы нақтырақ қалыптастыруды ұсынды."
    )
    # test33/kk-baq-2026-01-29-abenov-referendum-name: the commission names where, in "комиссия отырысында"
    abenov = (
        "Мәжіліс депутаты Мұрат Әбенов Конституциялық комиссия отырысында республикалық референдум атауын "
        "жалпыұлттық референдум деп өзгертуді ұсынды."
    )
    for text, who in ((shibutov, "marat-shibutov"), (abenov, "murat-abenov")):
        d = _drafting.draft(session, text, date="2026-02-09")
        assert [f.values["proposer"] for f in _drafting.facts(d, "proposal")] == [who]
    # test4/kk-zakon-2026-02-14-referendum-marathon: a verb in a clause another verb reports ("ұсынғанын атап
    # өтті") keeps that clause's own subject, the commission
    reported = (
        "Конституциялық комиссияның төрағасы Эльвира Әзімова талқылау қорытындысы бойынша комиссия жаңа "
        "Конституцияның жобасын жалпыхалықтық референдумға шығаруды ұсынғанын атап өтті."
    )
    d = _drafting.draft(session, reported, date="2026-02-14")
    assert [f.values["proposer"] for f in _drafting.facts(d, "proposal")] == ["constitutional-reform-commission"]


def test_a_body_s_bare_kind_stands_for_the_body_of_that_kind_named_before_it_in_its_sentence(session: Session):
    # test44/en-caspianpost-2026-02-11-march-15-vote: "Chair of the Constitutional Commission …, and Commission
    # member and Presidential Assistant … Yerzhan Zhiyenbayev": the Constitutional Commission, though the article
    # names the Central Election Commission more often
    text = _drafting.real_text("test44", "en-caspianpost-2026-02-11-march-15-vote")
    d = _drafting.draft(session, text, outlet="caspian-post", date="2026-02-11")
    assert _drafting.org_of(d, "yerzhan-zhiyenbayev", "member") == "constitutional-reform-commission"
    # with no body of that kind before it in its sentence, the one the article names most
    other = (
        "The Central Election Commission will oversee the referendum, the Central Election Commission said. The "
        "Constitutional Commission finished its work. Commission member Yerzhan Zhiyenbayev spoke to reporters."
    )
    d = _drafting.draft(session, other, outlet="caspian-post", date="2026-02-11", name="t2")
    assert _drafting.org_of(d, "yerzhan-zhiyenbayev", "member") == "central-election-commission"
