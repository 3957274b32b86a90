"""Russian named entities with Natasha (slovnet's news NER and morphology, navec embeddings).

The models ship inside the PyPI packages ``navec`` and ``slovnet`` (through ``natasha``): no
torch, nothing downloaded at run time. They are loaded once, on first use, and only here.
Each entity comes with its normal (nominative) form, e.g. ``Азаматхана Амиртаева`` ->
``Азаматхан Амиртаев``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from kg.errors import KgError

__all__ = ["NerSpan", "entities"]


@dataclass(frozen=True)
class NerSpan:
    """An entity found by a tagger: offsets in the text given, ``PER``/``ORG``/``LOC``, normal form."""

    start: int
    end: int
    type: str
    normal: str


@lru_cache(maxsize=1)
def _models() -> dict[str, Any]:
    try:
        from natasha import MorphVocab, NewsEmbedding, NewsMorphTagger, NewsNERTagger, Segmenter
    except ImportError as exc:  # pragma: no cover - depends on the installation
        raise KgError(f"Russian extraction needs the 'natasha' package ({exc}); pip install natasha") from None
    embedding = NewsEmbedding()
    return {
        "segmenter": Segmenter(),
        "morph": NewsMorphTagger(embedding),
        "ner": NewsNERTagger(embedding),
        "vocab": MorphVocab(),
    }


def entities(text: str) -> list[NerSpan]:
    """Persons, organisations and places in Russian ``text``, with offsets and normal forms.

    >>> [(e.type, e.normal) for e in entities("Выступил Бекберген Керей из Астаны.")]
    [('PER', 'Бекберген Керей'), ('LOC', 'Астана')]
    """
    if not text.strip():
        return []
    from natasha import Doc

    models = _models()
    doc = Doc(text)
    doc.segment(models["segmenter"])
    doc.tag_morph(models["morph"])
    doc.tag_ner(models["ner"])
    out: list[NerSpan] = []
    for span in doc.spans:
        try:
            span.normalize(models["vocab"])
            normal = span.normal or span.text
        except Exception:  # noqa: BLE001 - normalisation is a nicety; keep the surface form
            normal = span.text
        out.append(NerSpan(span.start, span.stop, span.type, normal))
    return out
