"""The eighteenth session's second round on stance holders (kg/extract/rules/stances.py, ``_READINGS18B``, and the
public councils in patterns.GROUPS): holders the census of the twenty tuning parts found missed
(benchmarks/results/stances_census18_after.txt), each pinned with its text from a tuning part, and the cases the
readings must leave alone.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from ._drafting import draft, facts


def _stances(d) -> set[tuple[str, str, str]]:
    """The drafted stances as (holder, target, polarity)."""
    return {(f.values["holder"], f.values["target"], f.values["polarity"]) for f in facts(d, "stance")}


def _held_by(d, holder: str) -> set[tuple[str, str]]:
    """(target, polarity) of the stances whose holder's id holds ``holder``."""
    return {(t, p) for h, t, p in _stances(d) if holder in h}


@contextmanager
def _without(reading: str) -> Iterator[None]:
    """The extractor with one of the readings off (``councils``: the public councils left out of patterns.GROUPS)."""
    import kg.extract.patterns as P
    import kg.extract.rules.stances as stances

    saved, saved_groups = stances.READINGS, P.GROUPS
    if reading == "councils":
        P.GROUPS = [g for g in saved_groups if g[0] != "public-councils"]
    else:
        stances.READINGS = saved - {reading}
    try:
        yield
    finally:
        stances.READINGS, P.GROUPS = saved, saved_groups


DRAFT = ("draft-constitution-2026", "support")


# ------------------------------------------------------------------ said-post: "− деді Мәдениет министрі"


MINISTER = (
    "Аида Балаева Ата заң өзгерістерін «Конституцияның жаңа жобасы» деп қарастыруды ұсынды\n"
    "АСТАНА. KAZINFORM — Премьер-министр орынбасары — Мәдениет және ақпарат министрі Аида Балаева Конституциялық "
    "комиссияның бесінші отырысында ұсынылған түзетулер мәтінін «Конституцияның жаңа редакциясы» деп емес, "
    "«Конституцияның жаңа жобасы» деп қарастыруды ұсынды.\n"
    "− Жан-жақты талқылаулар мен ұсыныстарды саралай келе, кеше таныстырылған мәтінді «Конституцияның жаңа "
    "редакциясы» деп емес, «Конституцияның жаңа жобасы» деп қарастыру ұсынысын қолдаймын, − деді Мәдениет министрі."
)


def test_a_quotation_closed_by_a_post_is_its_holders(session):
    """test10, kk-kazinform-2026-01-29-balayeva-new-draft: "қолдаймын, − деді Мәдениет министрі" (a minus sign for
    the dash): the minister named in full before supports the draft; without the reading no stance."""
    assert DRAFT in _held_by(draft(session, MINISTER), "balayeva")
    with _without("said-post"):
        assert DRAFT not in _held_by(draft(session, MINISTER, name="t2"), "balayeva")


def test_a_post_that_no_one_drafted_names_no_holder(session):
    """ "− деді Президент": a post no one was drafted with before, and a capitalised word that is no one's surname."""
    text = MINISTER.replace("Мәдениет министрі.", "Президент.").replace(
        "Премьер-министр орынбасары — Мәдениет және ақпарат министрі Аида Балаева", "Аида Балаева"
    )
    assert DRAFT not in _held_by(draft(session, text, name="t3"), "balayeva")


# ------------------------------------------------------------------ said-surname: "- деді Шиповских"


def test_a_quotation_closed_by_a_surname_is_the_person_named_before(session):
    """The pattern of test17, kk-baq-2026-01-20-shipovskikh-three-issues ("- деді Шиповских", a surname alone after
    the close), with a support the rules read: the senator named in full before holds it."""
    text = (
        "Сенатор Геннадий Шиповских Ұлттық құрылтайда айтылған мәселелер туралы айтты.\n"
        "Біз жаңа Конституция жобасын толық қолдаймыз, - деді Шиповских."
    )
    assert DRAFT in _held_by(draft(session, text, name="t4"), "shipovskikh")


def test_a_surname_two_persons_share_names_no_one(session):
    """A surname alone that ends two full names the article gave is neither's: the reading adds nothing to what the
    rules drafted without it (the paragraph's last named person, as before)."""
    text = (
        "Сенатор Геннадий Шиповских пен депутат Анна Шиповских Ұлттық құрылтайда айтылған мәселелер туралы айтты.\n"
        "Біз жаңа Конституция жобасын толық қолдаймыз, - деді Шиповских."
    )
    with _without("said-surname"):
        before = _stances(draft(session, text, name="t9"))
    assert _stances(draft(session, text, name="t10")) == before
    assert ("gennadiy-shipovskikh", *DRAFT) not in before


# ------------------------------------------------------------------ headline-name: "Аида Балаева: …"


HEADLINE = (
    "Аида Балаева: Зайырлы мемлекет – дінді жоққа шығару емес, жауапкершілік аясын айқындау\n"
    "Жобадағы өзгерістер қолданыстағы нормаларды күшейте түседі.\n"
    "ҚР Премьер-министрінің орынбасары – Мәдениет және ақпарат министрі Аида Балаева жаңа Конституция жобасындағы "
    "мемлекеттің зайырлылық сипатын нығайтатын нормаларға қатысты түсініктеме берді, деп хабарлайды BAQ.KZ тілшісі."
)


def test_a_headline_names_the_speaker_of_the_line_below(session):
    """test13, kk-baq-2026-03-02-balayeva-secular-state: the subtitle "Жобадағы өзгерістер … күшейте түседі" under
    "Аида Балаева: …" is her praise of the draft; without the reading no one judges it."""
    assert _held_by(draft(session, HEADLINE, outlet="baq-kz"), "balayeva") == {DRAFT}
    with _without("headline-name"):
        assert _held_by(draft(session, HEADLINE, outlet="baq-kz", name="t5"), "balayeva") == set()


def test_a_headline_that_opens_with_a_body_names_no_speaker(session):
    """ "Конституциялық комиссия: …" (test3's kind of headline) names a body and a topic, no speaker."""
    text = HEADLINE.replace("Аида Балаева: Зайырлы", "Конституциялық комиссия: Зайырлы", 1)
    assert _held_by(draft(session, text, outlet="baq-kz", name="t6"), "komissiya") == set()
    assert not any(h for h, _t, _p in _stances(draft(session, text, outlet="baq-kz", name="t7")) if "balayeva" in h)


# ------------------------------------------------------------------ councils: "Общественные советы поддержали …"


COUNCILS = (
    "Общественные советы поддержали проект новой Конституции\n"
    "В Астане состоялось заседание Координационного центра общественных советов при Министерстве культуры и "
    "информации, сообщает Kazpravda.kz"
)


def test_the_public_councils_named_by_their_kind_support_the_draft(session):
    """test8, ru-kazpravda-2026-02-18-public-councils: the headline's plural "Общественные советы" is the group of
    public councils; without it, no stance (the adjective was taken for a name)."""
    assert DRAFT in _held_by(draft(session, COUNCILS, outlet="kazpravda"), "public-councils")
    with _without("councils"):
        assert _held_by(draft(session, COUNCILS, outlet="kazpravda", name="t8"), "public-councils") == set()


def test_a_public_council_in_the_singular_is_no_group():
    """ "общественного совета акимата": one council, a body of its own, not the group."""
    import kg.extract.patterns as P

    (ru,) = [table["ru"] for gid, _labels, table in P.GROUPS if gid == "public-councils"]
    assert ru.search("Общественные советы поддержали")
    assert not ru.search("председатель общественного совета акимата")
