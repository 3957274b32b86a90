"""Where the bundled ontology, queries and sources live, installed or in a checkout.

A wheel carries them inside the package (``kg/_bundled/``); a source checkout keeps them at the
top of the repository, where people edit them. Both are found the same way.

>>> (ontology_dir() / "reform.ttl").is_file()
True
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from pathlib import Path

# Paths are text here: pathlib (with urllib.parse and ipaddress, ~3 ms) is imported only by the
# functions that return a Path, so a command that reads a named query or a store never pays for it.
_PACKAGE = os.path.dirname(os.path.realpath(__file__))


def bundled_dir(name: str) -> str:
    """The bundled folder ``name`` (``ontology``, ``queries``, ``sources``) as text."""
    for base in (os.path.join(_PACKAGE, "_bundled"), os.path.dirname(_PACKAGE)):
        folder = os.path.join(base, name)
        if os.path.isdir(folder):
            return folder
    raise FileNotFoundError(f"bundled folder '{name}' is missing from the installation; reinstall reform-kg")


def ontology_dir() -> Path:
    """The folder holding ``reform.ttl`` and ``shapes.ttl``."""
    from pathlib import Path

    return Path(bundled_dir("ontology"))


def queries_dir() -> Path:
    """The folder of named queries (``*.rq``)."""
    from pathlib import Path

    return Path(bundled_dir("queries"))


def sources_dir() -> Path:
    """The default sources: the actor registry, fact sheets and bundled texts."""
    from pathlib import Path

    return Path(bundled_dir("sources"))
