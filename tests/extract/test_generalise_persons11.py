"""Eleventh pass on persons, posts and bodies (issue #13): classes of failure that recur across the tuning parts.

Each test pins a mechanism with a sentence from a tuning part (named beside it) or one written for the purpose:
a committee's or a commission's name whose fields are joined by "and" and by the commas of a list (cut at the
first "and" or comma before), and who leads a body named by "во главе со" (only "во главе с" was read).
A few guards pin what must stay as it was; they say so.
"""

from __future__ import annotations

from kg.extract.en import entities

from ._drafting import draft, facts


def _posts(d):
    return sorted((f.values["holder"], f.values["role"], f.values["organisation"]) for f in facts(d, "membership"))


def _names(d, org):
    return set(d.actors[org].names.values()) if org in d.actors else set()


def _org_of(d, holder, role):
    (post,) = facts(d, "membership", holder=holder, role=role)
    return post.values["organisation"]


# ---------------------------------------------------------------------------- a body's fields joined by "and"


def test_a_committees_fields_joined_by_and_stay_in_its_name(session):
    """test9 en-eku-2026-02-06-amanzholov-university (drafted "Committee on Legislation" before)."""
    d = draft(
        session,
        "The main speaker of the meeting, participating online, was Marat Bashimov, a member of the Committee on "
        "Legislation and Judicial and Legal Reform of the Mazhilis of the Parliament of the Republic of Kazakhstan.",
    )
    org = _org_of(d, "marat-bashimov", "member")
    assert _names(d, org) == {"Committee on Legislation and Judicial and Legal Reform"}


def test_a_list_of_fields_with_commas_ends_at_its_and_and_the_name_after_it_stays_a_name(session):
    """test8 en-kt-2026-02-17-paris-roundtable: the commission's three fields, then the holder after a comma."""
    d = draft(
        session,
        "The keynote speaker of the event was Senator of the Parliament of Kazakhstan and Secretary of the "
        "Commission on Constitutional Legislation, the Judicial System and Law Enforcement Agencies, Yevgeny Bolgert.",
    )
    org = _org_of(d, "yevgeny-bolgert", "secretary")
    assert _names(d, org) == {
        "Commission on Constitutional Legislation, the Judicial System and Law Enforcement Agencies"
    }


def test_a_committees_fields_after_the_name_of_its_chair(session):
    """Written for the class: the post after the name, the committee's two fields, then the chamber."""
    d = draft(session, "Ivan Petrov, Chairman of the Committee on Finance and Budget of the Senate, said so.")
    assert _names(d, _org_of(d, "ivan-petrov", "chair")) == {"Committee on Finance and Budget"}


def test_the_holders_name_after_a_committees_fields_is_no_field(session):
    """Written for the class: the post before the name, the fields run on into the name of the holder."""
    d = draft(session, "Chairman of the Committee on Economic Reform and Regional Development Ivan Petrov said so.")
    assert _names(d, _org_of(d, "ivan-petrov", "chair")) == {"Committee on Economic Reform and Regional Development"}
    d = draft(session, "Chairman of the Committee on Economic Reform Ivan Petrov said so.")
    assert _names(d, _org_of(d, "ivan-petrov", "chair")) == {"Committee on Economic Reform"}


def test_a_second_post_after_and_opens_no_field(session):
    """A guard (passes before and after): "and Head of …" is the name's second post, not a field of the committee."""
    d = draft(session, "Ivan Petrov, Chairman of the Committee on Finance and Head of the Senate faction, said so.")
    assert _names(d, _org_of(d, "ivan-petrov", "chair")) == {"Committee on Finance"}


def test_a_person_after_and_is_no_field():
    """A guard (passes before and after): "The Commission on Constitutional Reform and Ivan Petrov"."""
    found = entities("The Commission on Constitutional Reform and Ivan Petrov discussed the draft.")
    assert [(e.type, e.normal) for e in found] == [
        ("ORG", "Commission on Constitutional Reform"),
        ("PER", "Ivan Petrov"),
    ]


# ---------------------------------------------------------------------------- "во главе со": who leads a body

# test9 ru-baq-2026-03-05-koshanov-pavlodar
_PAVLODAR = (
    "Представители Общенациональной коалиции «За Народную Конституцию Справедливого и Прогрессивного "
    "Казахстана!» во главе со Спикером Мажилиса Ерланом Кошановым встретились с жителями Павлодарской области."
)


def test_vo_glave_so_names_the_head_of_the_body_before_it(session):
    d = draft(session, _PAVLODAR, outlet="baq-kz")
    (head,) = facts(d, "membership", holder="erlan-koshanov", role="head")
    assert any("За Народную Конституцию" in name for name in _names(d, head.values["organisation"]))
    assert facts(d, "membership", holder="erlan-koshanov", organisation="mazhilis")  # his post stays his


def test_vo_glave_so_written_for_the_class(session):
    """Written for the class: "со" before a word opening on two consonants, a body with a quoted name."""
    d = draft(
        session,
        "Члены движения «Новый Парламент» во главе со Председателем Сената Иваном Петровым провели встречу.",
    )
    (head,) = facts(d, "membership", holder="ivan-petrov", role="head")
    assert any("Новый Парламент" in name for name in _names(d, head.values["organisation"]))


def test_vo_glave_s_stays(session):
    """A guard (passes before and after): dev ru-kazpravda-2026-02-16-zhambyl-supports, "во главе с"."""
    d = draft(
        session,
        "Члены Общенациональной Коалиции «За Народную Конституцию Справедливого и Прогрессивного Казахстана» во "
        "главе с Председателем Мажилиса Ерланом Кошановым приехали в Жамбылский регион.",
    )
    assert facts(d, "membership", holder="erlan-koshanov", role="head")
