"""The twenty-third session's stance readings (kg/extract/rules/stances.py, ``_READINGS23``): from the census of the
twenty-four tuning parts, each pinned with its text from a tuning part (or a sentence modelled on one), with the
reading off for contrast, and the near misses its guard refuses.
"""

from __future__ import annotations

from kg.extract.draft import Session

from ._drafting import draft, real_text
from ._drafting import stance_readings_without as _without
from ._drafting import stances as _any_stance

# ------------------------------------------------------------------ converb: "қолдай отырып", "поддерживая"

SAKENOV = "kk-govkz-2026-02-04-abai-district-maslikhat"
SAKENOV_SUPPORTS = ("d-m-sakenov", "draft-constitution-2026", "support")


def test_the_maslikhat_chair_supporting_the_proposed_changes_supports_the_draft(session):
    """test24, kk-govkz-2026-02-04-abai-district-maslikhat: "Д.М. Сакенов ұсынылған өзгерістерді қолдай отырып, …
    Құрылтай, Халық кеңесінің құрылуына … тоқтала отырып, … шақырды": the converb is support, the name before the
    passive participle its subject, the changes its object (not the People's Council named after it)."""
    found = _any_stance(draft(session, real_text("test24", SAKENOV), date="2026-02-04"))
    assert found == {SAKENOV_SUPPORTS}


def test_without_converb_no_stance():
    with _without("converb"):
        assert not _any_stance(draft(Session(), real_text("test24", SAKENOV), date="2026-02-04"))


def test_a_kazakh_converb_with_its_object(session):
    """Modelled on test24: the converb alone, a mention of the draft its object."""
    text = (
        "Абай аудандық мәслихатының төрағасы Д.М.Сакенов жаңа Конституция жобасын талқылады. "
        "Д.М. Сакенов жобаны қолдай отырып, депутаттарды түсіндірме жұмыстарына шақырды."
    )
    assert SAKENOV_SUPPORTS in _any_stance(draft(session, text))
    with _without("converb"):
        assert not _any_stance(draft(session, text, name="t2"))


def test_a_russian_adverbial_participle(session):
    text = "Аким области Ерлан Аккенженов, поддерживая проект новой Конституции, призвал жителей прийти на референдум."
    assert ("erlan-akkenzhenov", "draft-constitution-2026", "support") in _any_stance(draft(session, text))
    with _without("converb"):
        assert not _any_stance(draft(session, text, name="t2"))


def test_an_english_participle_with_the_text_as_its_object(session):
    text = "Akim Nurlan Bekov, supporting the draft Constitution, presented it to residents."
    assert ("nurlan-bekov", "draft-constitution-2026", "support") in _any_stance(draft(session, text))
    with _without("converb"):
        assert not _any_stance(draft(session, text, name="t2"))


def test_an_english_participle_with_another_object_is_no_stance(session):
    """ "supporting the socio-economic development" (test's wording from en-gazetakg-2026-02-01-draft-published):
    the object is no text, so the participle is read as no cue."""
    text = (
        "Akim Nurlan Bekov, supporting the socio-economic development of the regions, presented the draft Constitution."
    )
    assert not _any_stance(draft(session, text))


def test_a_negated_kazakh_converb_is_no_support(session):
    """ "қолдамай отырып" (not supporting) is no converb of support."""
    text = "Д.М.Сакенов жаңа Конституция жобасын талқылады. Д.М. Сакенов жобаны қолдамай отырып, сын айтты."
    assert SAKENOV_SUPPORTS not in _any_stance(draft(session, text))


# ------------------------------------------------------------------ passive-participle: "Сакенов ұсынылған …"

PASSIVE = (
    "Абай аудандық мәслихатының төрағасы Д.М.Сакенов жаңа Конституция жобасын талқылады. "
    "Д.М. Сакенов ұсынылған жобаны қолдайды."
)


def test_a_name_before_a_passive_participle_is_the_verbs_subject(session):
    assert SAKENOV_SUPPORTS in _any_stance(draft(session, PASSIVE))


def test_without_passive_participle_the_name_is_read_as_the_participles_agent(session):
    with _without("passive-participle"):
        assert SAKENOV_SUPPORTS not in _any_stance(draft(session, PASSIVE, name="t2"))


def test_an_active_participle_still_has_its_own_agent(session):
    """ "Конституциялық комиссия ұсынған … жобасын": the commission put it forward, the party supports it (the
    active participle's agent is no holder)."""
    text = "Қазақстан Халық партиясы Конституциялық комиссия ұсынған жаңа Конституция жобасын толық қолдайды."
    found = _any_stance(draft(session, text))
    assert ("peoples-party", "draft-constitution-2026", "support") in found
    assert not any(h == "constitutional-reform-commission" for h, _, _ in found)


# ------------------------------------------------------------------ content-object: "support for national culture"

AYU = "en-ayu-2026-02-18-turkestan-coalition"
NURBEK_SUPPORTS = ("saiassat-nurbek", "draft-constitution-2026", "support")


def test_support_for_science_is_what_the_text_provides(session):
    """test11, en-ayu-2026-02-18-turkestan-coalition: "He stressed that the new Constitution places special emphasis
    on human capital development, support for science and innovation, and the family institution": the draft's
    content; the gold holds no stance of Nurbek's from it."""
    assert NURBEK_SUPPORTS not in _any_stance(draft(session, real_text("test11", AYU), date="2026-02-18"))


def test_without_content_object_it_was_support():
    with _without("content-object"):
        assert NURBEK_SUPPORTS in _any_stance(draft(Session(), real_text("test11", AYU), date="2026-02-18"))


def test_support_for_adopting_the_constitution_is_still_support():
    """Modelled on test3's "have also declared their support for adopting the new Constitution" (en-kt-2026-02-07-
    azimova-4000): the object names the text."""
    text = "Legal scholar Sayasat Nurbek expressed support for adopting the new Constitution."
    assert ("sayasat-nurbek", "draft-constitution-2026", "support") in _any_stance(draft(Session(), text))


def test_support_for_the_draft_is_still_support():
    text = "Deputy Sayasat Nurbek expressed his support for the draft of the new Constitution."
    assert ("sayasat-nurbek", "draft-constitution-2026", "support") in _any_stance(draft(Session(), text))


# ------------------------------------------------------------------ object-back: the amendments right after the cue

HRW = (
    "Kazakhstan draws criticism over proposed constitutional amendments\n\n"
    "Human Rights Watch (HRW) on Monday raised concerns over proposed constitutional amendments in Kazakhstan, "
    "warning that the reforms could significantly weaken fundamental human rights protections."
)


def test_the_amendments_right_after_the_cue_are_its_target(session):
    """test13, en-jurist-2026-02-16-hrw-concerns: the concern is over the proposed amendments (the draft), not the
    reforms named in the warning after them."""
    found = _any_stance(draft(session, HRW, date="2026-02-16"))
    assert ("human-rights-watch", "draft-constitution-2026", "oppose") in found
    assert ("human-rights-watch", "constitutional-reform-2025", "oppose") not in found


def test_without_object_back_the_reform_named_later_wins():
    with _without("object-back"):
        found = _any_stance(draft(Session(), HRW, date="2026-02-16"))
    assert ("human-rights-watch", "constitutional-reform-2025", "oppose") in found


def test_amendments_to_another_text_leave_the_target_as_it_was(session):
    """ "proposed amendments to the Tax Code" are another text (_OTHER_OBJECT): the reform named later stays."""
    text = (
        "Kazakhstan draws criticism over proposed amendments\n\n"
        "Human Rights Watch (HRW) on Monday raised concerns over proposed amendments to the Tax Code, warning that the "
        "reforms could significantly weaken fundamental human rights protections."
    )
    assert ("human-rights-watch", "draft-constitution-2026", "oppose") not in _any_stance(draft(session, text))


def test_the_kazakh_object_is_before_the_verb():
    """test24's Sakenov with ``object-back`` off: the People's Council named after the converb is taken instead."""
    with _without("object-back"):
        found = _any_stance(draft(Session(), real_text("test24", SAKENOV), date="2026-02-04"))
    assert SAKENOV_SUPPORTS not in found


def test_a_russian_object_right_after_the_cue():
    """The Russian wording: "выразил поддержку предлагаемым изменениям, отметив, что конституционная реформа …"."""
    text = (
        "Проект новой Конституции опубликован.\n\n"
        "Депутат Мажилиса Ерлан Саиров выразил поддержку предлагаемым изменениям, отметив, что конституционная "
        "реформа укрепит парламент."
    )
    assert _any_stance(draft(Session(), text)) == {("erlan-sairov", "draft-constitution-2026", "support")}
    with _without("object-back"):
        assert _any_stance(draft(Session(), text)) == {("erlan-sairov", "constitutional-reform-2025", "support")}


def test_a_russian_support_of_enterprise_is_no_stance():
    """ "поддержку предпринимательства": a content of support, as "support for national culture"."""
    text = "Аким Ерлан Аккенженов выразил поддержку предпринимательства, отметив роль проекта новой Конституции."
    assert not _any_stance(draft(Session(), text))
    with _without("content-object"):
        assert _any_stance(draft(Session(), text))


def test_support_among_the_youth_is_no_content_object():
    """ "поддержку среди молодёжи": who gives it, not its object; the guard does not read a preposition."""
    text = "Проект новой Конституции получил поддержку среди молодёжи, отметил Ерлан Аккенженов."
    assert _any_stance(draft(Session(), text)) == _without_content_object(text)


def _without_content_object(text: str) -> set[tuple[str, str, str]]:
    with _without("content-object"):
        return _any_stance(draft(Session(), text))


# ------------------------------------------------------------------ proposed-text: "the proposed Constitution"

ZAMIN = (
    "Kazakhstan held a nationwide referendum on March 15 on a draft of a new Constitution. President Kassym-Jomart "
    "Tokayev cast his ballot in Astana.\n\n"
    "After voting, Tokayev said the day would be decisive for the country’s destiny and called the proposed "
    "Constitution a historic document."
)
ZAMIN_SUPPORTS = ("kassym-jomart-tokayev", "draft-constitution-2026", "support")


def test_the_proposed_constitution_called_historic_is_the_draft():
    """test23, en-zamin-2026-03-15-tokayev-cast-ballot: "called the proposed Constitution a historic document"."""
    assert ZAMIN_SUPPORTS in _any_stance(draft(Session(), ZAMIN, date="2026-03-15"))


def test_without_proposed_text_no_target():
    with _without("proposed-text"):
        assert ZAMIN_SUPPORTS not in _any_stance(draft(Session(), ZAMIN, date="2026-03-15"))


def test_the_proposed_constitution_of_another_country_is_no_target():
    """ "the proposed Constitution of Kyrgyzstan" is another text (_OTHER_OBJECT)."""
    text = ZAMIN.replace("the proposed Constitution a", "the proposed Constitution of Kyrgyzstan a")
    assert ZAMIN_SUPPORTS not in _any_stance(draft(Session(), text, date="2026-03-15"))


def test_the_readings_are_listed_and_on_by_default():
    import kg.extract.rules.stances as stances

    assert set(stances._READINGS23) == {
        "converb",
        "passive-participle",
        "content-object",
        "object-back",
        "proposed-text",
    }
    assert set(stances._READINGS23) <= stances.READINGS


def test_a_reduced_relative_supports_the_noun_before_it():
    """test15, en-diplomaticaffairs-2026-02-12-referendum-decree: "The proposed Constitution … introduces major
    political changes, including replacing … with a presidential republic supported by a stronger and more
    influential Parliament": the republic is supported, not the text the sentence refers back to."""
    text = (
        "Kazakhstan sets a referendum on the draft Constitution.\n\n"
        "The proposed Constitution consists of 96 articles and introduces major political changes, including "
        "replacing the super-presidential model with a presidential republic supported by a stronger and more "
        "influential Parliament."
    )
    assert not _any_stance(draft(Session(), text))


def test_a_constitution_backed_by_the_government_is_still_its_stance():
    """test18's "approved a new constitution backed by the country's government": the noun before the participle is
    the text, a mention, so the guard does not apply."""
    text = "Kazakh voters have approved a new constitution backed by the country’s government in a referendum."
    assert ("government", "draft-constitution-2026", "support") in _any_stance(draft(Session(), text))
