"""The lead's readings of the twenty-ninth session: an English headline in title case (``kg.extract.mentions
.READINGS29``'s ``title-case``), support a speaker notes (``kg.extract.rules.stances.READINGS29``'s
``noted-support``), and "выступил … автором" as acting as the author.

A headline that capitalises every word names no unknown person after a post: in "Kazakh President Strengthens
Authority with New Constitutional Reforms" (test30 en-elbalad-2026-02-15-strengthens-authority) the two capitalised
words after "President" are a verb and its object. Off, "Strengthens Authority" is drafted as a president.
"""

from __future__ import annotations

import pytest

import kg.extract.mentions as mentions
from kg.extract.draft import Session

from . import _drafting


def _on(monkeypatch, on: bool) -> None:
    monkeypatch.setattr(mentions, "READINGS29", frozenset({"title-case"} if on else ()))


@pytest.mark.parametrize(
    ("line", "headline"),
    [
        ("Kazakh President Strengthens Authority with New Constitutional Reforms", True),
        ("Tokayev Unveils New Kazakhstan’s Political Architecture at National Kurultai", True),
        # a sentence: a verb in lower case, or a full stop at its end
        ("Senate Chairman Ivan Petrov said the reform matters", False),
        ("President Tokayev Met Senate Chairman Maulen Ashimbayev In Astana.", False),
        # too short to tell
        ("Deputy Chairman Ivan Petrov", False),
    ],
)
def test_title_case_tells_a_headline(line, headline):
    assert mentions.title_case(line) is headline


def test_a_headline_in_title_case_names_no_unknown_person_after_a_post(session: Session, monkeypatch):
    text = _drafting.real_text("test30", "en-elbalad-2026-02-15-strengthens-authority")
    _on(monkeypatch, True)
    d = _drafting.draft(session, text, outlet="el-balad", date="2026-02-15")
    assert "strengthens-authority" not in d.actors
    assert all(holder != "strengthens-authority" for holder, _role, _org in _drafting.posts(d))
    _on(monkeypatch, False)
    d = _drafting.draft(session, text, outlet="el-balad", date="2026-02-15")
    assert d.actors["strengthens-authority"].type == "person"
    assert any(holder == "strengthens-authority" for holder, _role, _org in _drafting.posts(d))


def test_a_sentence_still_names_the_person_after_a_post(session: Session, monkeypatch):
    _on(monkeypatch, True)
    d = _drafting.draft(
        session, "Deputy Chairman of the Senate Ivan Petrovsky said the reform matters.", outlet="el-balad"
    )
    assert any(h.startswith("ivan-petrovsky") for h, _role, _org in _drafting.posts(d))


def test_acting_as_with_an_adjective_between_is_no_speech(session: Session):
    """ "выступил непосредственным автором" is acting as the author, as "выступил автором" is (test30
    ru-zakon-2026-02-26-karin-aktobe-architect): no speech of the President at the coalition's meeting."""
    lead = "В четверг члены коалиции встретились с активом области.\n"
    for role in ("автором", "непосредственным автором", "главным инициатором"):
        d = _drafting.draft(
            session,
            lead + f"По его словам, президент выступил {role} ключевых положений новой Конституции.",
            date="2026-02-26",
        )
        assert _drafting.facts(d, "speech") + _drafting.facts(d, "report") == [], role
    d = _drafting.draft(session, lead + "Президент выступил перед участниками встречи с докладом.", date="2026-02-26")
    assert [f.values["speaker"] for f in _drafting.facts(d, "report")] == ["kassym-jomart-tokayev"]


NOTED = {
    "ru": (
        "На третьем заседании Конституционной комиссии выступил депутат Мажилиса Елнур Бейсенбаев.\n"
        "Он отметил активное участие партии «AMANAT» в процессе реформ и поддержку инициатив Президента."
    ),
    "en": (
        "At the third sitting of the Constitutional Commission, Mazhilis deputy Elnur Beisenbayev spoke.\n"
        "He noted the active participation of the AMANAT party in the reforms and the support for the initiatives "
        "of the President."
    ),
}


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_support_a_speaker_notes_is_the_body_s_named_in_the_noted_phrase(session: Session, monkeypatch, lang):
    """test27 and test30 report the same sitting: the party supports the reform, not the deputy who noted it."""
    import kg.extract.rules.stances as stances

    d = _drafting.draft(session, NOTED[lang], date="2026-01-26")
    assert {h for h, _t, _p in _drafting.stances(d)} == {"amanat"}
    monkeypatch.setattr(stances, "READINGS29", ())
    d = _drafting.draft(session, NOTED[lang], date="2026-01-26")
    assert "amanat" not in {h for h, _t, _p in _drafting.stances(d)}


def test_noted_support_with_no_body_named_is_read_as_before(session: Session):
    """No body between the verb and the noun: the deputy's support, as the cue was read before the reading."""
    text = (
        "На третьем заседании Конституционной комиссии выступил депутат Мажилиса Елнур Бейсенбаев.\n"
        "Он отметил поддержку инициатив Президента."
    )
    d = _drafting.draft(session, text, date="2026-01-26")
    assert len(_drafting.stances(d)) == 1 and "amanat" not in {h for h, _t, _p in _drafting.stances(d)}


def test_an_english_verb_before_that_has_no_subject_after_it(session: Session, monkeypatch):
    """ "The title and concept of this position suggested that the president was …" (test30
    en-gazetakg-2026-01-22-vice-president-shadow): the president is the subject of the clause after "that", not the
    one who suggests."""
    import kg.extract.rules.common as common
    import kg.extract.rules.proposals as proposals

    text = (
        "Now Kassym-Jomart Tokayev proposes to restore this institution in a different format.\n"
        "The title and concept of this position suggested that the president was not without alternatives."
    )

    def contents(d):
        return [f.values["content"]["en"] for f in _drafting.facts(d, "proposal")]

    assert contents(_drafting.draft(session, text)) == ["to restore this institution in a different format"]
    monkeypatch.setattr(common, "READINGS29", frozenset())
    # the thirtieth session's "suggests that" before a verb of fact (test_lead30.py) reads it so too
    assert contents(_drafting.draft(session, text)) == ["to restore this institution in a different format"]
    monkeypatch.setattr(proposals, "READINGS30", frozenset())
    assert len(contents(_drafting.draft(session, text))) == 2


LISTS = {
    "colon": (
        "President Kassym-Jomart Tokayev has used the 5th session of the National Kurultai to outline a redesigned "
        "state architecture. The proposals go well beyond administrative reform: they include a shift to a unicameral "
        "parliament, the renaming of the future legislature as the “Kurultai”, the creation of a new People’s Council "
        "(Khalyk Kenesi) and the establishment of a Vice President, The Caspian Post reports."
    ),
    "aspects": (
        "The delegation informed the participating States of the reforms announced by President of Kazakhstan "
        "Kassym-Jomart Tokayev at the 5th National Kurultai.\n"
        "It was emphasized that the decision will be made by the people in the upcoming referendum.\n"
        "Key aspects of the upcoming political modernization will be the transition to a unicameral parliament, renamed "
        '"Kuryltai," the creation of a supreme advisory body – the People\'s Council as well as the position of Vice '
        "President."
    ),
}


def _initiated(d) -> set[str]:
    return {
        f.values["initiated"]
        for f in _drafting.facts(d, "initiative")
        if f.values["initiator"] == "kassym-jomart-tokayev"
    }


@pytest.mark.parametrize("kind", sorted(LISTS))
def test_the_head_of_state_s_proposals_listed_after_a_colon_or_as_key_aspects(session: Session, monkeypatch, kind):
    """test30 en-caspianpost-2026-01-22-kurultai-state-europe and test12 en-govkz-2026-01-22-malayev-osce: the
    institutions a list of his proposals names are the Head of State's initiatives, the Kurultai too when the list
    names it as the new parliament's name."""
    import kg.extract.rules.initiatives as initiatives

    d = _drafting.draft(session, LISTS[kind], outlet="caspian-post", date="2026-01-22")
    assert {"kurultai", "halyk-kenesi"} <= _initiated(d)
    # "the establishment of a Vice President" creates the post; "as well as the position of Vice President" names it
    assert ("vice-president" in _initiated(d)) is (kind == "colon")
    monkeypatch.setattr(initiatives, "READINGS29", ("colon-list",))
    d = _drafting.draft(session, LISTS[kind], outlet="caspian-post", date="2026-01-22")
    assert "kurultai" not in _initiated(d) and "halyk-kenesi" in _initiated(d)
    monkeypatch.setattr(initiatives, "READINGS29", ())
    d = _drafting.draft(session, LISTS[kind], outlet="caspian-post", date="2026-01-22")
    assert not {"kurultai", "halyk-kenesi"} & _initiated(d)


def test_the_old_national_kurultai_is_no_name_of_the_new_parliament():
    import kg.extract.rules.initiatives as initiatives

    assert initiatives._KURULTAI_NAME.search("the renaming of the future legislature as the “Kurultai”")
    assert not initiatives._KURULTAI_NAME.search("the 5th session of the National Kurultai in Kyzylorda")


def test_a_plural_noun_reports_before_its_verb_names_no_outlet():
    """ "Official reports indicate record-breaking participation" (test14 en-thenewsguy-2026-03-18-historic-turnout):
    "Official" is no outlet whose report the article carries, so the turnout stays the article's own outlet's."""
    from kg.extract.draft import find_outlet
    from kg.extract.linker import Linker

    linker = Linker(actors={})
    assert find_outlet("Official reports indicate record-breaking participation rates.", linker) is None
    assert find_outlet("Voting ended at 8 p.m., Trend reports.", linker) == ("Trend", "attribution")


def test_a_name_in_an_english_lead_of_time_is_no_agent(session: Session, monkeypatch):
    """ "During the Kurultai, Tokayev proposed the creation of a vice presidential office" (test29
    en-elbalad-2026-01-20-kurultai-vice-president): the Kurultai is when, no proposer beside Tokayev."""
    import kg.extract.rules.common as common

    text = (
        "Kassym-Jomart Tokayev, the President of Kazakhstan, presented significant political reforms during the "
        "National Kurultai held on January 20 in Kyzylorda.\n"
        "During the Kurultai, Tokayev proposed the creation of a vice presidential office."
    )

    def proposers(d):
        return {f.values["proposer"] for f in _drafting.facts(d, "proposal")}

    assert "kurultai" not in proposers(_drafting.draft(session, text, date="2026-01-20"))
    monkeypatch.setattr(common, "READINGS29", frozenset({"that-clause"}))
    assert "kurultai" in proposers(_drafting.draft(session, text, date="2026-01-20"))
    # the text before the name: "During the " leads with a time, "Yesterday the deputies and " does not
    assert common._WHEN_LEAD.search("During the ") and not common._WHEN_LEAD.search("Yesterday the deputies and ")


def test_a_verb_in_an_english_title_case_headline_has_no_subject_after_it(session: Session, monkeypatch):
    """ "Kazakhstan Proposes Restrictions on Constitutional Provisions on Peaceful Assembly" (test28
    en-fergana-2026-01-26-imasheva-assembly-speech): "Peaceful Assembly" is the object's, no body that proposes."""
    import kg.extract.rules.common as common

    text = (
        "Kazakhstan Proposes Restrictions on Constitutional Provisions on Peaceful Assembly\nThe draft was published."
    )

    def proposers(d):
        return {f.values["proposer"] for f in _drafting.facts(d, "proposal")}

    assert "peaceful-assembly" not in proposers(_drafting.draft(session, text, date="2026-01-26"))
    monkeypatch.setattr(common, "READINGS29", frozenset({"that-clause", "when-lead"}))
    assert "peaceful-assembly" in proposers(_drafting.draft(session, text, date="2026-01-26"))


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        (
            "Speaking to AnewZ, Roza Bayramova, Senior Advisor of the AIR Centre, described Kazakhstan as a middle "
            "power with sufficient economic weight.",
            "anewz",
        ),
        (
            "Тенденции в жизни Казахстана заставляют сомневаться, рассказал депутат Госдумы Константин Затулин в "
            "беседе с НСН.",
            "nsn",
        ),
    ],
)
def test_words_said_to_an_outlet_are_no_talk(session: Session, monkeypatch, text, outlet):
    """test27 en-anewz-2026-02-13-bayramova-stability and test23 ru-nsn-2026-02-12-zatulin-russian-language: an
    interview given to the outlet itself is no speech at a meeting (nor the meeting a speech implies)."""
    import kg.extract.rules.speeches as speeches

    d = _drafting.draft(session, text, outlet=outlet, date="2026-02-13")
    assert _drafting.facts(d, "speech") == [] and _drafting.facts(d, "event") == []
    monkeypatch.setattr(speeches, "READINGS29", frozenset())
    d = _drafting.draft(session, text, outlet=outlet, date="2026-02-13")
    assert len(_drafting.facts(d, "speech")) == 1
