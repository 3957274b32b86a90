"""Generalisation of the real-news rules (issue #13): wordings the dev set has only once or not at all.

Each test is a sentence built the way the dev reports are written, in a wording the rules were
not fitted to, and checks the drafted fact: a name after a body or a post inside one tagger
span, a senator's post, articles named in every form, a proposal by "Депутаты фракции …", and
numbers that are not figures (article numbers, counts of articles read as an article).
"""

from __future__ import annotations

import pytest

from kg.extract.draft import Session, extract_text


@pytest.fixture(scope="module")
def session():
    return Session()


def draft(session, text, *, outlet="kazinform", date="2026-02-04"):
    return extract_text(text, name="t", outlet=outlet, date=date, session=session)


def facts(d, fact_type, **values):
    return [f for f in d.facts if f.type == fact_type and all(f.values.get(k) == v for k, v in values.items())]


def test_a_name_after_a_body_in_one_tagger_span_ru(session):
    # Natasha tags "Мажилиса Айдос Сарым" as one person; the registry has "Мажилиса" as the body.
    d = draft(session, "Депутат Мажилиса Айдос Сарым предложил дополнить статью 9 проекта нормой о языке.")
    assert facts(d, "membership", holder="aydos-sarym", role="deputy", organisation="mazhilis")
    assert facts(d, "proposal", proposer="aydos-sarym", targets="draft-constitution-2026-article-9")
    assert not facts(d, "claim")  # "статью 9 проекта" is an article, not a figure


@pytest.mark.parametrize(
    "text",
    [
        "Сенатор Ольга Булавкина предложила изменить часть 2 статьи 45 проекта.",
        "Сенатор Ольга Булавкина 45-баптың 2-тармағын жаңа редакцияда жазуды ұсынды.",
        "Senator Olga Bulavkina proposed amending paragraph 2 of Article 45 of the draft.",
        "Senator Olga Bulavkina proposed amending Article 45(2) of the draft.",
    ],
)
def test_a_senator_proposes_an_article_paragraph(text):
    d = draft(Session(), text)
    (member,) = facts(d, "membership", holder="olga-bulavkina", role="deputy")
    assert d.actors[member.values["organisation"]].names["en"] == "Senate"
    assert facts(d, "proposal", proposer="olga-bulavkina", targets="draft-constitution-2026-article-45-2")
    assert "senator-olga-bulavkina" not in d.actors  # the post is not part of the name


def test_deputies_of_a_faction_come_forward_with_an_initiative_ru(session):
    d = draft(
        session,
        "Депутаты фракции «Ак жол» выступили с инициативой закрепить в статье 8 право на чистую окружающую среду.",
    )
    (proposal,) = facts(d, "proposal", targets="draft-constitution-2026-article-8")
    assert d.actors[proposal.values["proposer"]].type == "faction"


def test_a_count_of_articles_is_not_an_article_ru(session):
    d = draft(
        session,
        "«В реформе 2022 года были обновлены 33 статьи Конституции», – сказал Касым-Жомарт Токаев.",
    )
    assert facts(d, "claim", claimant="kassym-jomart-tokayev", quantity=33)
    assert "draft-constitution-2026-article-33" not in d.actors
