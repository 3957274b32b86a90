"""The nineteenth session's stance readings (kg/extract/rules/stances.py, ``_READINGS19``, and the guard against "the
new constitutional reform" in patterns.DOCUMENT): stances the census of the twenty-one tuning parts found missed
(benchmarks/results/stances19_census.txt), each pinned with its text from a tuning part, and the cases the readings
must leave alone.
"""

from __future__ import annotations

from ._drafting import draft, facts
from ._drafting import stance_readings_without as _without


def _stances(d) -> set[tuple[str, str, str]]:
    """The drafted stances as (holder, target, polarity)."""
    return {(f.values["holder"], f.values["target"], f.values["polarity"]) for f in facts(d, "stance")}


def _held_by(d, holder: str) -> set[tuple[str, str]]:
    """(target, polarity) of the stances whose holder's id holds ``holder``."""
    return {(t, p) for h, t, p in _stances(d) if holder in h}


DRAFT = ("draft-constitution-2026", "support")
REFORM = ("constitutional-reform-2025", "support")


# ------------------------------------------------------------------ important: "на мой взгляд, очень важны"

MEKEYEV = (
    "Член областной коалиции Мангистауской области Елмурат Мекеев призвал всех активно принять участие в "
    "референдуме, который состоится 15 марта, и сделать свой выбор.\n\n"
    "Изменения, внесенные в Конституцию, на мой взгляд, очень важны."
)


def test_changes_very_important_in_ones_view_are_the_speakers_support(session):
    """test21, ru-lada-2026-02-28-mekeyev-coalition: "Изменения, внесенные в Конституцию, на мой взгляд, очень важны"
    after the coalition member's name: his support of the draft; without the reading no stance."""
    assert DRAFT in _held_by(draft(session, MEKEYEV), "mekeyev")
    with _without("important"):
        assert DRAFT not in _held_by(draft(session, MEKEYEV, name="t2"), "mekeyev")


def test_important_without_a_degree_is_not_read(session):
    """ "Важно отметить, что изменения …": a bare "важно" introduces a remark and judges nothing."""
    text = MEKEYEV.replace(
        "Изменения, внесенные в Конституцию, на мой взгляд, очень важны.",
        "Важно отметить, что изменения, внесенные в Конституцию, обсуждались на встрече.",
    )
    assert DRAFT not in _held_by(draft(session, text, name="t3"), "mekeyev")


# ------------------------------------------------------------------ continuation and aimed-more

ASANBEK = "\n".join(
    (
        (
            "Experts explained to entrepreneurs the main provisions of the constitutional reform in the Republic "
            "of Kazakhstan"
        ),
        "",
        (
            "Expert Erdaulet Asanbek noted that under the leadership of the Head of State Kassym-Jomart Tokayev, "
            "Kazakhstan has entered a new historical period of development. According to him, the updated "
            "Constitution defines new foundations for the political, legal and social development of the country."
            " Large-scale changes are a legitimate process arising from the demands of society and the "
            "requirements of the times."
        ),
        (
            '"The new Constitution is a legitimate continuation of the historical evolution of the Basic Law of '
            'our country and is aimed at increasing the effectiveness of the principle of "Strong President - '
            'Influential Parliament - Accountable Government". This is intended to limit the excessive '
            "concentration of power, strengthen the role of Parliament, develop local self-government, as well as"
            ' provide for the specific and effective protection of the rights and freedoms of citizens," said '
            "Erdaulet Asanbek."
        ),
    )
)


def test_a_legitimate_continuation_and_an_aim_are_the_experts_support(session):
    """test21, en-enbekshiqazaq-2026-02-12-kyrgy-bazaar: "The new Constitution is a legitimate continuation … and is
    aimed at increasing the effectiveness": the expert supports the draft, by either reading alone; by neither, no
    stance."""
    assert DRAFT in _held_by(draft(session, ASANBEK), "asanbek")
    with _without("aimed-more"):
        assert DRAFT in _held_by(draft(session, ASANBEK, name="t2"), "asanbek")
    with _without("continuation"):
        assert DRAFT in _held_by(draft(session, ASANBEK, name="t3"), "asanbek")
    with _without("continuation", "aimed-more"):
        assert DRAFT not in _held_by(draft(session, ASANBEK, name="t4"), "asanbek")


def test_a_reform_continuing_the_reforms_before_is_not_judged(session):
    """test20, en-qazinform-2026-01-30-zhiyenbayev-parliament-30-years: "The new constitutional reform of 2026 is a
    logical continuation of … reforms" places the reform in a series: no stance toward the draft (the words were read
    as "The new constitution" before the guard in patterns.DOCUMENT), nor one toward the reform."""
    text = (
        "Miras Zhiyenbayev, adviser to the chair of the university, answered our questions.\n"
        "The new constitutional reform of 2026 is a logical continuation of the entire set of political reforms "
        "initiated by the state back in 2019."
    )
    held = _held_by(draft(session, text), "zhiyenbayev")
    assert DRAFT not in held
    assert REFORM not in held


# ------------------------------------------------------------------ important in Kazakh: "аса маңызды құжат"


KAPANOV = (
    "Алдымен медициналық колледждің директоры Сәкен Қапанов сөз алып, ұжымның жобамен танысып шыққанын айтты.\n"
    "— Жаңа Конституция — еліміздің болашағына, оның тұрақтылығын нығайтуға бағытталған аса маңызды құжат. Біз де "
    "өз ұжымымызда жобаны талқылап, жиын ұйымдастырдық, — деді директор."
)


def test_a_very_important_document_is_the_directors_support(session):
    """test16, kk-aqtobegazeti-2026-02-23-medical-college: "Жаңа Конституция — … аса маңызды құжат", the director's
    words: his support of the draft."""
    assert DRAFT in _held_by(draft(session, KAPANOV), "kapanov")
    with _without("important"):
        assert DRAFT not in _held_by(draft(session, KAPANOV, name="t2"), "kapanov")


# ------------------------------------------------------------------ workforce: "Коллектив завода выразил поддержку"


ALLUR = (
    "На заводе Allur в Костанае состоялась встреча председателя совета директоров компании Андрея Лаврентьева с "
    "трудовым коллективом предприятия.\n\n"
    "В ходе встречи была подчеркнута важность новой Конституции как основы правового государства. Коллектив завода "
    "выразил поддержку проводимым реформам и предстоящему референдуму.\n\n"
    "Коллектив численностью более 5 тысяч человек поддержал проект новой Конституции."
)


def test_a_plants_workforce_is_the_company_named_at_its_workplace(session):
    """test21, ru-baq-2026-02-22-allur-lavrentyev: "Коллектив завода выразил поддержку проводимым реформам",
    "Коллектив … поддержал проект новой Конституции": the company named "на заводе Allur" supports both; without the
    reading neither."""
    held = _held_by(draft(session, ALLUR), "allur")
    assert {DRAFT, REFORM} <= held
    with _without("workforce"):
        assert not _held_by(draft(session, ALLUR, name="t2"), "allur")


def test_a_workforce_with_two_companies_named_has_no_holder(session):
    """Two companies named at their workplaces: the workforce is neither's."""
    text = ALLUR.replace("в Костанае", "и на заводе SaryarkaAvtoProm в Костанае")
    d = draft(session, text, name="t3")
    assert not _held_by(d, "allur")
    assert not _held_by(d, "saryarka")
