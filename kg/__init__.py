"""reform-kg: a knowledge graph of who proposed what in a constitutional reform, with evidence.

The library's entry point is :class:`kg.Graph` (imported on first use, so ``kg --help`` stays fast).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

#: The one place the version is written: pyproject.toml reads it (hatch dynamic version).
__version__ = "0.1.0"

__all__ = ["Graph", "__version__"]

if TYPE_CHECKING:  # pragma: no cover
    from kg.graph import Graph


def __getattr__(name: str) -> Any:
    if name == "Graph":
        from kg.graph import Graph

        return Graph
    raise AttributeError(f"module 'kg' has no attribute {name!r}")
