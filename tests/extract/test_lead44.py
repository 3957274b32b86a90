"""The lead's changes of the forty-fourth session, from the errors of ``test54``, the part held out in the
forty-third session and tuning data since. Each is checked with the cases it leaves alone. (Kazakh in the 2021 Latin
alphabet, the session's first change, is tested with the 2018 one in ``test_latin_kk.py``, the capitalised post words
no name with it, on the real Adyrna text.)
"""

from __future__ import annotations

from kg.extract import patterns as P
from kg.extract.draft import Session
from kg.extract.rules import claims as claims_rules

from . import _drafting


def test_an_interview_the_lead_names_by_a_post_is_with_the_one_person_named_before(session: Session):
    # test54/kk-kazinform-2026-02-01-peruashev-business-rights: "Бұл туралы депутат … сұхбатында мәлімдеді" names the
    # interview by a post alone; the answers' figures were the outlet's
    lead = (
        "Парламент реформасы Конституцияда бекітіледі – Азат Перуашев\n\n"
        "Мәжіліс депутаты Азат Перуашев жаңа реформаны осылай бағалады. "
        "Бұл туралы депутат Jibek Joly телеарнасына берген сұхбатында мәлімдеді.\n\n"
        "– Дайындық мерзімі мен жалпы жұмысына қалай баға бересіз?\n\n"
    )
    answer = "– Жоба кемінде алты ай бойы әзірленді. Конституциялық өзгерістерге қатысты 1600-ден аса ұсыныс түсті."
    d = _drafting.draft(session, lead + answer, date="2026-02-01")
    assert _drafting.claimants(d, 1600) == {"azat-peruashev"}
    # two persons named before the interview: which one it is with, the text does not say
    two = lead.replace("Азат Перуашев жаңа", "Азат Перуашев пен Ерлан Қошанов жаңа")
    assert _drafting.claimants(_drafting.draft(session, two + answer, name="t2"), 1600) == {"kazinform"}
    # no interview named in the lead: an answer to a lone question is still nobody's
    plain = lead.replace("Jibek Joly телеарнасына берген сұхбатында", "жиында")
    assert _drafting.claimants(_drafting.draft(session, plain + answer, name="t3"), 1600) == {"kazinform"}


def test_a_figure_whose_noun_the_contrast_after_it_gives(session: Session, monkeypatch):
    # test54/kk-kazinform-2026-02-01-peruashev-business-rights: "600-ден астам, ал … 1600-ден аса ұсыныс түсті"
    kk = "Парламенттік реформа бойынша 600-ден астам, ал конституциялық өзгерістерге қатысты 1600-ден аса ұсыныс түсті."
    ru = "По парламентской реформе поступило более 600, а по конституционным изменениям — более 1600 предложений."

    def counted(text: str, name: str) -> dict[float, tuple[str, str]]:
        d = _drafting.draft(session, text, name=name)
        return {
            float(f.values["quantity"]): (f.values["comparator"], next(iter(f.values["unit"].values())))
            for f in _drafting.facts(d, "claim")
        }

    assert counted(kk, "kk") == {600: ("more-than", "ұсыныс"), 1600: ("more-than", "ұсыныс")}
    assert counted(ru, "ru") == {600: ("more-than", "предложений"), 1600: ("more-than", "предложений")}
    # a share after the contrast gives no noun; a figure with no contrast after it stays alone
    share = "По первому вопросу поступило 600, а по второму — 45 процентов голосов."
    assert 600 not in counted(share, "share")
    alone = "Поступило более 600, по словам организаторов, и 1600 предложений."
    assert 600 not in counted(alone, "alone")
    _drafting.without_reading(monkeypatch, claims_rules, "READINGS44", "gapped")
    assert counted(kk, "off") == {1600: ("more-than", "ұсыныс")}


def test_votes_given_at_the_referendum_where_they_were_given_make_the_vote_the_event(session: Session, monkeypatch):
    # test54/kk-nayzakokshe-2026-03-15-akhmetzhanov-voted: the place of the vote between "дауыстарын" and "берді"
    voted = (
        "Марат Ахметжанов жұбайымен бірге референдумда өз дауыстарын облыс орталығындағы «Көкшетау» мәдениет "
        "сарайында орналасқан №18 сайлау учаскесінде берді."
    )
    (event,) = _drafting.facts(_drafting.draft(session, voted, date="2026-03-15"), "event")
    assert event.values["date"] == "2026-03-15"
    # votes to be given, and a call to give them, are no vote held (but for the fiftieth session's ``vote-day``, which
    # reads any naming of the referendum in a report of the vote's day as the vote held: tests/extract/test_lead50.py)
    from kg.extract.rules import events

    _drafting.without_reading(monkeypatch, events, "READINGS50", "vote-day")
    for k, text in enumerate(
        (
            "Тұрғындар референдумда өз дауыстарын №18 сайлау учаскесінде береді.",
            "Әкім ақмолалықтарды референдумда өз дауыстарын беруге шақырды.",
        )
    ):
        assert not _drafting.facts(_drafting.draft(session, text, name=f"t{k}", date="2026-03-15"), "event")


def test_a_second_part_after_al_counts_what_the_first_part_counts(session: Session, monkeypatch):
    # test54/kk-almatytv-2026-02-15-voters-stations: "Оның 9 мың 779-ы …, ал 634-і …" (of them 9,779 …, and 634 …)
    lead = "Ел аумағында 10 мың 413 сайлау учаскесі жұмыс істейді. "
    parts = "Оның 9 мың 779-ы тұрғылықты жері бойынша, ал 634-і уақытша мекен-жай бойынша құрылады."

    def quantities(text: str, name: str) -> set[float]:
        return {
            float(f.values["quantity"]) for f in _drafting.facts(_drafting.draft(session, text, name=name), "claim")
        }

    assert quantities(lead + parts, "t") == {10413, 9779, 634}
    # no partitive ending: not the same whole's part
    assert 634 not in quantities(lead + parts.replace("634-і", "634"), "t2")
    # a comma alone between the two partitives is read since the forty-fifth session (``part-of-prior``, test55's
    # "Олардың 6-сы аумақтық, 363-і учаскелік"); with that reading off, not
    comma = lead + parts.replace(", ал 634-і", ", 634-і")
    assert 634 in quantities(comma, "t3")
    _drafting.without_reading(monkeypatch, claims_rules, "READINGS45", "part-of-prior")
    assert 634 not in quantities(comma, "t3b")
    _drafting.without_reading(monkeypatch, claims_rules, "READINGS44", "parallel-part")
    assert quantities(lead + parts, "t4") == {10413, 9779}


def test_foreign_states_are_counted_in_any_case():
    # test54/kk-almatytv-2026-02-15-voters-stations "64 шет мемлекеттің аумағында", test53/kk-zakon-…-stations
    found = P.find_quantities("Сондай-ақ 64 шет мемлекеттің аумағында 82 референдум учаскесі ашылады.", "kk")
    assert [(q[0], q[2]) for q in found] == [(64, "шет мемлекеттің"), (82, "учаскесі")]
    assert [q[0] for q in P.find_quantities("Олар 62 шет елде дауыс береді.", "kk")] == [62]
    # a foreign language is no state
    assert not P.find_quantities("Мектепте 3 шет тілі оқытылады.", "kk")


def test_laws_and_judges_are_counted_in_kazakh():
    # test49/kk-baq-2026-01-20-ashimzhan-kurultai "26 заң қабылданды", test45/kk-baq-…-sarsembayev "10 судьясын"
    assert [(q[0], q[2]) for q in P.find_quantities("Құрылтай негізінде 26 заң қабылданды.", "kk")] == [(26, "заң")]
    found = P.find_quantities("Президент Конституциялық соттың 10 судьясын тағайындайды.", "kk")
    assert [(q[0], q[2]) for q in found] == [(10, "судьясын")]
    # a word that only begins as "заң" is none: "заңнама" (legislation)
    assert not P.find_quantities("Бұл 2 заңнама актісі.", "kk")
