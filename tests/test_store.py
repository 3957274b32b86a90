"""Persistent stores: build, reopen, and every bad store a user can point at (one clear line, exit 1)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, SEED, SEED_ARGS

from kg.errors import StoreError
from kg.store import build_store, open_store

ONE_LINE_ERROR = "Error: "


def assert_clean_failure(result, *words: str) -> None:
    assert result.exit_code == 1, result.output
    assert result.output.startswith(ONE_LINE_ERROR) and result.output.count("\n") == 1, result.output
    assert "Traceback" not in result.output
    for word in words:
        assert word in result.output, result.output


def leftovers(store_dir: Path) -> list[str]:
    """Temporary folders a build left beside the store (they start with a dot; the build lock file stays)."""
    return [
        p.name for p in store_dir.parent.iterdir() if p.name.startswith(".") and p.name != f".{store_dir.name}.lock"
    ]


@pytest.fixture
def built(tmp_path: Path) -> Path:
    target = tmp_path / "reform.oxigraph"
    build_store(list(SEED), store_dir=target)
    return target


def test_build_then_every_reading_command_takes_the_store(run, built: Path, tmp_path: Path):
    expected = run("query", "who-proposed-what", *SEED_ARGS).stdout
    assert run("query", "who-proposed-what", "--store", str(built)).stdout == expected
    stats = run("stats", "--store", str(built))
    assert stats.exit_code == 0 and stats.stdout.startswith("triples: ")
    exported = run("export", "--format", "nt", "--store", str(built))
    assert exported.exit_code == 0 and exported.stdout == run("export", "--format", "nt", *SEED_ARGS).stdout
    validated = run("validate", "--store", str(built))
    assert validated.exit_code == 0, validated.output
    # a store has no sheets to count: it said "ok: 0 source(s), 0 fact(s), 2528 triples ..."
    assert validated.stdout == f"ok: {len(open_store(built)):,} triples of {built} conform to the shapes\n"


def test_build_prints_one_line_when_not_on_a_terminal(run, tmp_path: Path):
    target = tmp_path / "s"
    result = run("build", *SEED, "--store", str(target))
    assert result.exit_code == 0
    assert result.output == f"built {target}: {len(open_store(target)):,} triples\n"


def test_rebuild_replaces_the_store_and_leaves_no_temporary_folders(built: Path, tiny_sources: Path):
    before = len(open_store(built))
    store = build_store([tiny_sources], store_dir=built)
    assert len(store) != before
    assert leftovers(built) == []


def test_a_failed_build_leaves_the_old_store_as_it_was(run, built: Path, tiny_sources: Path):
    before = run("export", "--format", "nt", "--store", str(built)).stdout
    sheet = next((tiny_sources).rglob("*.yaml"))
    sheet.write_text(sheet.read_text(encoding="utf-8") + "\n  - id: [broken\n", encoding="utf-8")
    result = run("build", str(tiny_sources), "--store", str(built))
    assert result.exit_code == 1 and "malformed YAML" in result.output
    assert run("export", "--format", "nt", "--store", str(built)).stdout == before
    assert leftovers(built) == []


def test_missing_store(run, tmp_path: Path):
    result = run("query", "who-proposed-what", "--store", str(tmp_path / "nowhere"))
    assert_clean_failure(result, "no such store folder", "kg build --store")
    with pytest.raises(StoreError, match="no such store folder"):
        open_store(tmp_path / "nowhere")


def test_a_file_or_an_empty_folder_is_not_a_store(run, tmp_path: Path):
    file = tmp_path / "file"
    file.write_text("x")
    refused = run("stats", "--store", str(file))  # click itself refuses a file for a folder option
    assert refused.exit_code == 2 and "is a file" in refused.output and "Traceback" not in refused.output
    with pytest.raises(StoreError, match="is a file"):
        open_store(file)
    empty = tmp_path / "empty"
    empty.mkdir()
    assert_clean_failure(run("stats", "--store", str(empty)), "empty")


def test_a_folder_of_other_things_is_not_a_store_and_build_will_not_touch_it(run, tmp_path: Path):
    folder = tmp_path / "documents"
    folder.mkdir()
    (folder / "notes.txt").write_text("mine")
    assert_clean_failure(run("query", "who-proposed-what", "--store", str(folder)), "not a store")
    assert_clean_failure(run("build", *SEED, "--store", str(folder)), "not empty", "nothing was changed")
    assert [p.name for p in folder.iterdir()] == ["notes.txt"]


def test_a_damaged_store(run, built: Path):
    (built / "CURRENT").write_text("garbage\n")
    assert_clean_failure(run("query", "who-proposed-what", "--store", str(built)), "damaged", "kg build --store")
    assert_clean_failure(run("export", "--store", str(built)), "damaged")
    rebuilt = run("build", *SEED, "--store", str(built))  # what the message advises works
    assert rebuilt.exit_code == 0, rebuilt.output
    assert run("stats", "--store", str(built)).exit_code == 0


def test_a_store_whose_data_files_are_garbage(run, built: Path):
    for data in built.iterdir():
        if data.suffix == ".sst":
            data.write_bytes(b"\0garbage" * 100)
    result = run("query", "who-proposed-what", "--store", str(built))
    assert result.exit_code == 1 and "Traceback" not in result.output and result.output.count("\n") == 1


def test_a_store_locked_by_another_process(run, built: Path):
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys; from pyoxigraph import Store; s = Store(sys.argv[1]); print('held', flush=True); sys.stdin.read()",
            str(built),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "held"
        before = run("export", "--format", "nt", "--store", str(built)).stdout  # reading still works
        assert_clean_failure(run("build", *SEED, "--store", str(built)), "locked by another process")
        with pytest.raises(StoreError, match="locked"):
            build_store(list(SEED), store_dir=built)
    finally:
        holder.stdin.close()
        holder.wait(30)
    assert run("export", "--format", "nt", "--store", str(built)).stdout == before
    assert leftovers(built) == []


def test_store_and_sources_together_are_refused(run, built: Path):
    result = run("query", "who-proposed-what", "--store", str(built), *SEED_ARGS)
    assert_clean_failure(result, "not both")


# ---------------------------------------------------------------- one build at a time, and no leftovers

# The pause polls stdin in short waits: a signal may reach one of the engine's threads, and then a
# blocking read in the main thread would never return to let Python run the SIGTERM handler.
PAUSED_BUILD = """
import select, sys
from kg.store import build_store

def stage(name):
    if name == sys.argv[2]:
        print("paused", flush=True)
        while not select.select([sys.stdin], [], [], 0.05)[0]:
            pass
        sys.stdin.readline()

build_store(sys.argv[3:], store_dir=sys.argv[1], stage=stage)
print("built", flush=True)
"""
CHILD_ENV = {**os.environ, "PYTHONPATH": str(ROOT)}  # this checkout's kg, not the installed one


def paused_build(target: Path, at: str) -> subprocess.Popen:
    """A build in another process, stopped at stage ``at`` until a line comes on its stdin."""
    child = subprocess.Popen(
        [sys.executable, "-c", PAUSED_BUILD, str(target), at, *SEED],
        env=CHILD_ENV,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert child.stdout.readline().strip() == "paused", child.stderr.read()
    return child


def cli_build(target: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "kg", "build", *SEED, "--store", str(target)],
        env=CHILD_ENV,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


REFUSED = "another kg build is writing this store"


def test_a_second_build_of_the_same_store_is_refused_while_one_runs(tmp_path: Path):
    target = tmp_path / "reform.oxigraph"
    first = paused_build(target, "loading")
    try:
        second = cli_build(target)
        _, err = second.communicate(timeout=120)
        assert second.returncode == 1 and REFUSED in err and "Traceback" not in err, err
        assert err.count("\n") == 1
        with pytest.raises(StoreError, match=REFUSED):
            build_store(list(SEED), store_dir=target)
    finally:
        first.stdin.write("go\n")
        first.stdin.close()
        first.wait(120)
    assert first.returncode == 0 and first.stdout.read().strip() == "built"
    assert len(open_store(target)) > 0 and leftovers(target) == []
    again = cli_build(target)  # the lock went with the first build
    assert again.wait(120) == 0, again.stderr.read()


def test_two_builds_started_together_one_wins_the_other_is_refused_never_damaged(tmp_path: Path):
    target = tmp_path / "reform.oxigraph"
    for _ in range(3):
        builds = [cli_build(target), cli_build(target)]
        outcomes = [(b.wait(120), b.stderr.read()) for b in builds]
        for code, err in outcomes:  # which one wins is up to the scheduler; each says what happened
            assert (code, err) == (0, "") or (code == 1 and REFUSED in err), outcomes
        assert any(code == 0 for code, _ in outcomes)
        assert len(open_store(target)) > 0 and leftovers(target) == []


def test_a_killed_build_leaves_a_folder_that_the_next_build_removes(run, built: Path):
    before = run("export", "--format", "nt", "--store", str(built)).stdout
    child = paused_build(built, "writing")
    child.kill()  # SIGKILL: nothing in the process can tidy up
    child.wait(30)
    assert [name for name in leftovers(built) if ".building-" in name], "a killed build leaves its folder"
    assert run("export", "--format", "nt", "--store", str(built)).stdout == before  # the old store is intact
    rebuilt = run("build", *SEED, "--store", str(built))
    assert rebuilt.exit_code == 0, rebuilt.output
    assert leftovers(built) == []


def test_sigterm_stops_a_build_and_removes_its_folder(run, built: Path):
    before = run("export", "--format", "nt", "--store", str(built)).stdout
    child = paused_build(built, "writing")
    child.send_signal(signal.SIGTERM)
    assert child.wait(30) == 128 + signal.SIGTERM
    assert leftovers(built) == []
    assert run("export", "--format", "nt", "--store", str(built)).stdout == before
