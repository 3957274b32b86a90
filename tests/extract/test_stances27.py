"""The twenty-seventh session's stance readings (kg/extract/rules/stances.py, ``READINGS27``): from the census of the
twenty-eight tuning parts (``test28`` new), pinned with tuning texts, each with the reading on and off for contrast,
and the near misses their guards refuse. ``persecuted`` ships on; ``core-value`` and ``according-body`` ship off and
are switched on here.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from kg.extract.draft import Session

from ._drafting import draft, real_text
from ._drafting import stance_readings_without as _without
from ._drafting import stances as _any_stance


@contextmanager
def _with(*readings: str) -> Iterator[None]:
    """The extractor with some of ``READINGS27`` on for the block (``core-value`` and ``according-body`` ship on since the
    fortieth session; the block holds for a switch set either way)."""
    import kg.extract.rules.stances as stances_rules

    saved = stances_rules.READINGS
    stances_rules.READINGS = saved | set(readings)
    try:
        yield
    finally:
        stances_rules.READINGS = saved


def _holders(found: set[tuple[str, str, str]]) -> set[str]:
    return {holder for holder, _target, _polarity in found}


# ------------------------------------------------------------------ persecuted: "the arrest of journalists, lawyers …"

HRW_GRIP = "en-newsytoday-2026-02-16-hrw-tightening-grip"
HRW_CONCERNS = "en-newsdirectory3-2026-02-16-hrw-rights-concerns"
LAWYERS_OPPOSE = ("lawyers", "draft-constitution-2026", "oppose")


def test_a_category_arrested_for_its_criticism_holds_no_stance():
    """test28, en-newsytoday-2026-02-16-hrw-tightening-grip: "the intimidation and arrest of journalists, lawyers, and
    social media users who have voiced criticism of the draft constitution": the report's victims, no stance."""
    assert LAWYERS_OPPOSE not in _any_stance(draft(Session(), real_text("test28", HRW_GRIP), date="2026-02-16"))


def test_without_persecuted_the_victims_are_drafted_as_holders():
    with _without("persecuted"):
        found = _any_stance(draft(Session(), real_text("test28", HRW_GRIP), date="2026-02-16"))
    assert LAWYERS_OPPOSE in found


def test_the_verb_of_persecution_as_a_participle_is_refused_too():
    """test3, en-newsdirectory3-2026-02-16-hrw-rights-concerns: "police reportedly intimidating and arresting
    journalists, lawyers, and social media users who have publicly criticized the proposed amendments"; Human Rights
    Watch's own criticism stays."""
    found = _any_stance(draft(Session(), real_text("test3", HRW_CONCERNS), date="2026-02-16"))
    assert LAWYERS_OPPOSE not in found
    assert ("human-rights-watch", "draft-constitution-2026", "oppose") in found
    with _without("persecuted"):
        assert LAWYERS_OPPOSE in _any_stance(draft(Session(), real_text("test3", HRW_CONCERNS), date="2026-02-16"))


def test_a_person_imprisoned_over_his_criticism_still_holds_it():
    """test4's wording (the sheet holds his stance): "activist Ermek Narimbay was imprisoned for two months over his
    Facebook posts criticizing the draft": a person named, and the persecution follows the name."""
    found = _any_stance(draft(Session(), real_text("test4", "en-bestgiftweb-2026-02-15-grip-on-power")))
    assert ("ermek-narimbay", "draft-constitution-2026", "oppose") in found


def test_lawyers_who_criticise_with_no_persecution_before_them_hold_the_criticism():
    """The near miss: the same list as the subject, no verb of persecution before it, is read as before."""
    text = "Journalists, lawyers, and bloggers have voiced criticism of the draft constitution."
    assert "lawyers" in _holders(_any_stance(draft(Session(), text, date="2026-02-16")))


# ------------------------------------------------------------------ core-value: "the core values of the draft … lie in"

BALAYEVA = "ru-pikirmedia-2026-03-10-kazkat-plant"
BALAYEVA_SUPPORTS = ("aida-balayeva", "draft-constitution-2026", "support")


def test_the_text_s_key_principle_named_is_praise():
    """test20, ru-pikirmedia-2026-03-10-kazkat-plant: "Аида Балаева подчеркнула, что ключевым принципом проекта новой
    Конституции является приоритет прав, свобод и безопасности человека"."""
    with _with("core-value"):
        found = _any_stance(draft(Session(), real_text("test20", BALAYEVA), date="2026-03-10"))
    assert BALAYEVA_SUPPORTS in found


def test_without_core_value_the_principle_places_no_stance():
    with _without("core-value"):
        found = _any_stance(draft(Session(), real_text("test20", BALAYEVA), date="2026-03-10"))
    assert BALAYEVA_SUPPORTS not in found


def test_the_core_values_lie_in_is_read_in_english():
    """Modelled on test5's "the core values of the draft Constitution lie in its focus on citizens' well-being"."""
    text = (
        "Mazhilis Chairman Yerlan Koshanov met residents of Shymkent. "
        "Yerlan Koshanov said the core values of the draft Constitution lie in its focus on citizens' well-being."
    )
    with _with("core-value"):
        found = _any_stance(draft(Session(), text, date="2026-02-28"))
    assert ("yerlan-koshanov", "draft-constitution-2026", "support") in found


def test_key_values_enshrined_with_no_copula_are_a_topic():
    """test8's and test13's wording: "Particular attention was given to enshrining the key values of the new
    Constitution – sovereignty, …": no copula after the text, a topic, not a judgment."""
    text = (
        "Ambassador Gulsara Arystankulova spoke at the round table in Paris. "
        "Particular attention was given to enshrining the key values of the new Constitution, said Arystankulova."
    )
    with _with("core-value"):
        found = _any_stance(draft(Session(), text, date="2026-02-17"))
    assert not found


# ------------------------------------------------------------------ according-body: "…, according to Human Rights Watch"

HRW_OPPOSES = ("human-rights-watch", "draft-constitution-2026", "oppose")


def test_a_judgment_credited_to_a_rights_group_is_its_stance():
    """test28, en-newsytoday-2026-02-16-hrw-tightening-grip: "concerns are mounting that the proposed changes will
    significantly weaken checks on executive power …, according to Human Rights Watch"."""
    with _with("according-body"):
        found = _any_stance(draft(Session(), real_text("test28", HRW_GRIP), date="2026-02-16"))
    assert HRW_OPPOSES in found


def test_without_according_body_no_one_holds_the_concern():
    with _without("according-body"):
        found = _any_stance(draft(Session(), real_text("test28", HRW_GRIP), date="2026-02-16"))
    assert HRW_OPPOSES not in found


def test_a_body_inside_a_post_is_not_credited():
    """test5, en-silkway-2026-02-28-coalition-shymkent: "According to the Mazhilis Speaker, the core values of the
    draft Constitution lie in …": the Speaker is a person; the Mazhilis, which the phrase does not close on, is no
    judge (drafted as one when the guard is taken away)."""
    text = real_text("test5", "en-silkway-2026-02-28-coalition-shymkent")
    with _with("according-body", "core-value"):
        found = _any_stance(draft(Session(), text, date="2026-02-28"))
    assert "mazhilis" not in _holders(found)
