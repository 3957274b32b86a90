"""Where the bundled ontology, queries and sources live, installed or in a checkout.

A wheel carries them inside the package (``kg/_bundled/``); a source checkout keeps them at the
top of the repository, where people edit them. Both are found the same way.

>>> (ontology_dir() / "reform.ttl").is_file()
True
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _bundled(name: str) -> Path:
    for base in (_PACKAGE / "_bundled", _PACKAGE.parent):
        if (base / name).is_dir():
            return base / name
    raise FileNotFoundError(f"bundled folder '{name}' is missing from the installation; reinstall reform-kg")


def ontology_dir() -> Path:
    """The folder holding ``reform.ttl`` and ``shapes.ttl``."""
    return _bundled("ontology")


def queries_dir() -> Path:
    """The folder of named queries (``*.rq``)."""
    return _bundled("queries")


def sources_dir() -> Path:
    """The default sources: the actor registry, fact sheets and bundled texts."""
    return _bundled("sources")
