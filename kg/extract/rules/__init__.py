"""Stage 4, facts: one rule module per fact type, each with ``apply(doc, n)`` for sentence ``n``.

:data:`RULES` is the order they run in for every sentence: posts first (so "Партия төрағасы"
later in the sentence names its holder), then the event (speeches refer to it), then the
initiative, speech, proposal, stance and claim rules.
"""

from __future__ import annotations

from collections.abc import Callable

from kg.extract.doc import ArticleDoc
from kg.extract.rules import (
    claims,
    events,
    initiatives,
    memberships,
    proposals,
    speeches,
    stances,
)

__all__ = ["RULES"]

RULES: tuple[Callable[[ArticleDoc, int], None], ...] = (
    memberships.apply,
    events.apply,
    initiatives.apply,
    speeches.apply,
    proposals.apply,
    stances.apply,
    claims.apply,
)
