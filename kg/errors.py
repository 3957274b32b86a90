"""One error hierarchy, so the CLI can turn every expected failure into one clear line."""

from __future__ import annotations

from pathlib import Path


class KgError(Exception):
    """Base class for every error the user can act on.

    ``path`` and ``line`` (1-based) say where the problem is, when it has a place.

    >>> str(KgError("expected a date", path="sources/a.yaml", line=3))
    'sources/a.yaml:3: expected a date'
    """

    def __init__(self, message: str, *, path: str | Path | None = None, line: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = str(path) if path is not None else None
        self.line = line

    def __str__(self) -> str:
        where = self.path or ""
        if where and self.line:
            where = f"{where}:{self.line}"
        return f"{where}: {self.message}" if where else self.message


class SourceError(KgError):
    """A fact sheet or the actor registry is malformed or inconsistent."""


class QueryError(KgError):
    """A query is unknown, malformed, unsafe, or given bad parameters."""


class StoreError(KgError):
    """A persistent store is missing, locked or corrupt."""


class EndpointError(KgError):
    """A remote SPARQL endpoint could not be reached or refused the request."""
