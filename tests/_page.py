"""The page's document (kg.view.page_columns) read as the page's JavaScript reads it.

The page expands its columns on load (kg/_view_template.html, "data: expand the column-wise
document"); tests read the columns themselves, and take from here only what the page derives.
"""

from __future__ import annotations

from typing import Any


def page_iris(doc: dict[str, Any]) -> list[str]:
    """Each node's IRI as the page makes it: a relative IRI after the base, one with a ':' as it is."""
    return [iri if ":" in iri else doc["base"] + iri for iri in doc["nodes"]["iri"]]


def outlets(doc: dict[str, Any], refs: list[int]) -> list[str]:
    """The outlets of these evidence rows, as the page lists them."""
    return [doc["outlets"][doc["evidence"][k][0]] for k in refs]
