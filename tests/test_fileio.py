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
