"""One error hierarchy, so the CLI can turn every expected failure into one clear line."""

from __future__ import annotations

import reprlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
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

    def __reduce__(self):
        """Pickled with every field it has, never by calling ``__init__`` again: so an error crosses
        from a worker process (:mod:`kg.worker`) whole, with its path and line, whatever arguments
        its class's ``__init__`` takes (``AmbiguousName(name, candidates)`` could not be rebuilt).

        >>> import pickle
        >>> str(pickle.loads(pickle.dumps(SourceError("expected a date", path="a.yaml", line=3))))
        'a.yaml:3: expected a date'
        """
        return (_rebuilt, (type(self), self.args, self.__dict__))


def _rebuilt(cls: type[KgError], args: tuple, fields: dict) -> KgError:
    """A :class:`KgError` of class ``cls`` made again from its ``args`` and fields, without its ``__init__``."""
    error = cls.__new__(cls, *args)
    error.args = args
    error.__dict__.update(fields)
    return error


class SourceError(KgError):
    """A fact sheet or the actor registry is malformed or inconsistent."""


class QueryError(KgError):
    """A query is unknown, malformed, unsafe, or given bad parameters."""


class StoreError(KgError):
    """A persistent store is missing, locked or corrupt."""


class EndpointError(KgError):
    """A remote SPARQL endpoint could not be reached or refused the request."""


class _Short(reprlib.Repr):
    """``reprlib`` with dispatch by ``isinstance``: the YAML loader's dict and list subclasses
    would otherwise fall back to the full ``repr``."""

    def repr1(self, x, level):
        for kind, method in (
            (str, self.repr_str),
            (dict, self.repr_dict),
            (list, self.repr_list),
            (tuple, self.repr_tuple),
        ):
            if isinstance(x, kind):
                return method(x, level)
        return super().repr1(x, level)


_SHORT = _Short()
_SHORT.maxlevel, _SHORT.maxdict, _SHORT.maxlist, _SHORT.maxtuple = 2, 4, 4, 4
_SHORT.maxstring = _SHORT.maxother = 78


def shown(value: object, limit: int = 80) -> str:
    """A value as an error message shows it: its ``repr``, never longer than ``limit`` characters.

    Inputs are untrusted: a message must not grow with them (a YAML alias bomb expands to 10¹⁰
    items), so only the first items and characters are ever looked at.

    >>> shown("ab")
    "'ab'"
    >>> shown(list(range(10**6)))
    '[0, 1, 2, 3, ...]'
    >>> len(shown("x" * 10**6)) <= 80
    True
    """
    text = _SHORT.repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


_OS_HINTS = {
    "ENOSPC": "no space left on the device; free some space or write somewhere else",
    "EDQUOT": "the disk quota is used up; free some space or write somewhere else",
    "EROFS": "the file system is read-only; write somewhere else",
    "EACCES": "permission denied; write somewhere you may write, or change the permissions",
    "EPERM": "operation not permitted; write somewhere you may write, or change the permissions",
    "EISDIR": "it is a folder, not a file; give a file name",
    "ENOTDIR": "a part of the path is not a folder",
    "ENAMETOOLONG": "the file name is too long",
    "EMFILE": "too many open files; close other programs or raise the limit (ulimit -n)",
    "EIO": "input/output error: the disk or the network file system failed",
}


def os_problem(exc: OSError) -> str:
    """What an operating-system error means for the user, with what to do about it.

    >>> import errno
    >>> os_problem(OSError(errno.ENOSPC, "No space left on device", "out.ttl"))
    'out.ttl: no space left on the device; free some space or write somewhere else'
    """
    import errno

    name = errno.errorcode.get(exc.errno or 0, "")
    what = _OS_HINTS.get(name) or (exc.strerror or str(exc) or type(exc).__name__)
    return f"{exc.filename}: {what}" if exc.filename else what


class QueryTimeout(QueryError):
    """A query ran past its time limit and was stopped."""


class QueryOutOfMemory(QueryError):
    """A query needed more memory than its limit and was stopped (``kg query --max-memory``, ``max_memory_mb``)."""
