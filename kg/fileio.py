"""Write files whole or not at all: a temp file beside the target, then an atomic rename."""

from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, BinaryIO

from kg.errors import KgError, os_problem

if TYPE_CHECKING:  # pragma: no cover
    from pathlib import Path  # imported where used: `kg query` reads a query file and writes nothing


@contextlib.contextmanager
def atomic_writer(path: str | Path) -> Iterator[BinaryIO]:
    """Open a temp file next to ``path``; rename it over ``path`` only if the block succeeds.

    >>> import tempfile, pathlib
    >>> target = pathlib.Path(tempfile.mkdtemp()) / "out.txt"
    >>> with atomic_writer(target) as f:
    ...     _ = f.write(b"whole")
    >>> target.read_bytes()
    b'whole'
    """
    from pathlib import Path

    path = Path(path)
    try:
        kind = os.stat(path).st_mode  # after symbolic links: -o /dev/stdout is a link to a pipe or a terminal
    except OSError:
        kind = 0
    if stat.S_ISCHR(kind) or stat.S_ISFIFO(kind):  # a device or a pipe: a stream, whole or not is up to its reader
        with _stream(path) as handle:
            yield handle
        return
    if kind and not stat.S_ISREG(kind) and not stat.S_ISDIR(kind):
        raise KgError(f"cannot write {path}: it is not a file (a disk device or a socket?); give a file name")
    directory = path.parent if str(path.parent) else Path(".")
    if not directory.is_dir():
        raise KgError(f"cannot write {path}: {missing_folder(directory)}")
    try:
        fd, tmp = _new_file(directory, path.name)
    except OSError as exc:
        exc.filename = None
        raise KgError(f"cannot write {path}: {os_problem(exc)}") from None
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(exc, OSError) and not isinstance(exc, BrokenPipeError):  # ENOSPC, EROFS, EIO...
            exc.filename = None
            raise KgError(f"cannot write {path}: {os_problem(exc)}; nothing was written") from None
        raise


@contextlib.contextmanager
def _stream(path: Path) -> Iterator[BinaryIO]:
    """``path`` (a character device or a pipe) opened for writing as it is: renaming a file over it,
    as :func:`atomic_writer` does for files, would put a regular file in the place of ``/dev/null``."""
    try:
        handle = open(path, "wb")  # noqa: SIM115 - closed below, its errors become KgError
    except OSError as exc:
        exc.filename = None
        raise KgError(f"cannot write {path}: {os_problem(exc)}") from None
    try:
        with handle:
            yield handle
    except OSError as exc:
        if isinstance(exc, BrokenPipeError):
            raise
        exc.filename = None
        raise KgError(f"cannot write {path}: {os_problem(exc)}") from None


def check_not_input(output: str | Path, inputs: Iterable[tuple[str | Path, str, tuple[str, ...]]]) -> None:
    """Refuse to write ``output`` when it is a file the command reads, before anything is read.

    ``inputs`` are ``(path, what, suffixes)``: a file, or a folder standing for the files under
    it that end in one of ``suffixes`` (any file when there are none). Only an existing file is
    refused: a new file beside the sources, or an earlier answer, is written as before.

    >>> import tempfile, pathlib
    >>> sheet = pathlib.Path(tempfile.mkdtemp()) / "a.yaml"
    >>> _ = sheet.write_text("source: {}")
    >>> check_not_input(sheet, [(sheet.parent, "a fact sheet", (".yaml",))])
    Traceback (most recent call last):
    kg.errors.KgError: cannot write ...a.yaml: it is a fact sheet, which this command reads; give -o another file (nothing was written)
    """
    target = os.path.realpath(output)
    if not os.path.isfile(target):
        return
    for path, what, suffixes in inputs:
        real = os.path.realpath(path)
        if real == target or (
            os.path.isdir(real)
            and os.path.commonpath([real, target]) == real
            and (not suffixes or target.endswith(suffixes))
        ):
            raise KgError(
                f"cannot write {output}: it is {what}, which this command reads; give -o another file (nothing was written)"
            )


def missing_folder(directory: Path) -> str:
    """What is wrong with ``directory``, which is not a folder: missing, or a file in its place."""
    if directory.exists():
        return f"{directory} is a file, not a folder; give a path inside a folder"
    return f"folder {directory} does not exist; create it first"


def _new_file(directory: Path, name: str) -> tuple[int, str]:
    """A new file of our own beside the target, as ``tempfile.mkstemp`` makes one, without the
    ``tempfile`` module's imports (shutil, random, bz2, lzma: ~4 ms of every ``kg export -o``)."""
    for _attempt in range(100):
        tmp = os.path.join(directory, f".{name}.{os.urandom(6).hex()}.tmp")
        try:
            return os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0), 0o600), tmp
        except FileExistsError:
            continue
    raise FileExistsError(f"no free temporary name beside {name} in {directory}")


def write_atomic(path: str | Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically."""
    with atomic_writer(path) as handle:
        handle.write(data)


def read_bounded(path: str | Path, limit: int, *, what: str = "file", error: type[KgError] = KgError) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes; anything else is an ``error``
    (a :class:`~kg.errors.SourceError` for sources, a :class:`~kg.errors.QueryError` for queries).

    The file is opened without blocking and checked with ``fstat`` before it is read, so a
    FIFO, a device such as ``/dev/zero`` or a folder is refused at once instead of hanging or
    filling memory.
    """
    path = os.fspath(path)
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        raise error(f"{what} not found", path=path) from None
    except IsADirectoryError:
        raise error(f"{what} is a folder, not a file", path=path) from None
    except OSError as exc:
        raise error(f"cannot read the {what}: {exc.strerror}", path=path) from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise error(f"{what} is a folder, not a file", path=path)
        if not stat.S_ISREG(info.st_mode):
            raise error(f"{what} is not a regular file (a device, pipe or socket?)", path=path)
        if info.st_size > limit:
            raise error(f"{what} is {info.st_size:,} bytes, over the limit of {limit:,}", path=path)
    except BaseException:
        os.close(fd)
        raise
    with os.fdopen(fd, "rb") as handle:
        data = handle.read(limit + 1)
    if len(data) > limit:  # it grew while being read
        raise error(f"{what} is over the limit of {limit:,} bytes", path=path)
    return data
