"""kg.extract.ru: the subjects read from Natasha's parse, whatever shape the parse takes."""

from __future__ import annotations

from dataclasses import dataclass

from kg.extract.ru import subject_spans, subjects


class WalkedInACycle(Exception):
    pass


@dataclass
class Token:
    """A parsed token, as Natasha gives it; reading ``rel`` too often means a walk went round a cycle."""

    id: str
    head_id: str
    _rel: str
    start: int
    stop: int
    reads = 0

    @property
    def rel(self) -> str:
        Token.reads += 1
        if Token.reads > 10_000:
            raise WalkedInACycle(self.id)
        return self._rel


def test_heads_that_form_a_cycle_end_the_walk():
    """Natasha's parser made two tokens each other's heads in a real Russian sentence: a subject in
    such a cycle had its phrase walked for ever (12 GB in minutes). Each token is now visited once."""
    # "Депутаты маслихата поддержали проект": the subject (1_1) and the word under it (1_2) are each
    # other's heads, and the verb (1_3) has the object (1_4)
    tokens = [
        Token("1_1", "1_2", "nsubj", 0, 8),
        Token("1_2", "1_1", "nmod", 9, 18),
        Token("1_3", "1_0", "root", 19, 29),
        Token("1_4", "1_3", "obj", 30, 36),
    ]
    Token.reads = 0
    assert subject_spans(tokens) == ((9, 18, ((0, 18),)),)  # the subject's head is the other word of the cycle


def test_subjects_of_a_sentence():
    text = "Юристы и правозащитники раскритиковали проект."
    assert [(text[a:b], [text[s:e] for s, e in spans]) for a, b, spans in subjects(text)] == [
        ("раскритиковали", ["Юристы и правозащитники"])
    ]
    assert subjects("   ") == ()
