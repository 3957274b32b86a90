"""Files are written whole or not at all, and no temporary file is left behind."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from kg.errors import KgError
from kg.fileio import atomic_writer, write_atomic


def test_a_write_replaces_the_file_whole_and_leaves_nothing_else(tmp_path):
    target = tmp_path / "out.ttl"
    write_atomic(target, b"first")
    write_atomic(target, b"second")
    assert target.read_bytes() == b"second"
    assert os.stat(target).st_mode & 0o777 == 0o644
    assert [p.name for p in tmp_path.iterdir()] == ["out.ttl"]


def test_a_failed_write_keeps_the_old_file(tmp_path):
    target = tmp_path / "out.ttl"
    write_atomic(target, b"old")
    with pytest.raises(RuntimeError), atomic_writer(target) as handle:
        handle.write(b"half")
        raise RuntimeError("stopped half-way")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.ttl"]


def test_a_missing_folder_is_a_clear_error(tmp_path):
    with pytest.raises(KgError, match="does not exist; create it first"):
        write_atomic(tmp_path / "no" / "out.ttl", b"x")


def test_a_file_in_place_of_the_folder_is_named_as_a_file(tmp_path: Path):
    """`-o notes.txt/out.ttl` said 'folder notes.txt does not exist' of a file that exists."""
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(KgError, match=r"notes\.txt is a file, not a folder; give a path inside a folder"):
        write_atomic(tmp_path / "notes.txt" / "out.ttl", b"x")
    assert (tmp_path / "notes.txt").read_text(encoding="utf-8") == "mine"


def test_a_device_or_a_pipe_is_written_to_not_replaced(tmp_path: Path):
    """Before, `-o /dev/null` (or a FIFO, or /dev/stdout, a link to one) had a temp file renamed over
    it: run as root, /dev/null became a regular file holding the export."""
    import threading

    null = tmp_path / "null"
    try:
        os.mknod(null, 0o666 | __import__("stat").S_IFCHR, os.makedev(1, 3))
    except PermissionError:
        null = None
    link = tmp_path / "link"
    link.symlink_to(null or "/dev/null")
    for target in [t for t in (null, link) if t is not None]:
        write_atomic(target, b"export")
        assert not os.path.isfile(target) and os.stat(target).st_rdev == os.makedev(1, 3)  # still the device
    assert link.is_symlink()
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()), daemon=True)
    reader.start()
    write_atomic(fifo, b"streamed")
    reader.join(10)
    assert got == [b"streamed"] and not os.path.isfile(fifo)
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []
