"""The sources' graph is built once and reused while nothing it was built from changes; never a stale answer."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import ROOT

from kg import cache
from kg.errors import SourceError

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


def count(store) -> int:
    return int(next(iter(store.query(COUNT)))["n"].value)


@pytest.fixture
def sources(tmp_path) -> Path:
    folder = tmp_path / "sources"
    shutil.copytree(ROOT / "tests" / "data" / "tiny", folder)
    return folder


@pytest.fixture
def builds(monkeypatch, tmp_path):
    """Count the builds from sources, with the cache in a fresh folder."""
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path / "cache"))
    import kg.store

    made = []
    real = kg.store.build_store

    def counted(*args, **kwargs):
        made.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(kg.store, "build_store", counted)
    return made


def test_the_second_open_reuses_the_first_build(sources, builds):
    first = cache.open_cached([sources])
    second = cache.open_cached([sources])
    assert len(builds) == 1
    assert count(first) == count(second) > 0


def test_an_edited_sheet_is_built_anew(sources, builds):
    before = count(cache.open_cached([sources]))
    sheet = sources / "articles" / "tiny.yaml"
    text = sheet.read_text(encoding="utf-8")
    sheet.write_text(text + "\n# an edit that changes the size\n", encoding="utf-8")
    cache.open_cached([sources])
    assert len(builds) == 2
    assert count(cache.open_cached([sources])) == before
    assert len(builds) == 2


def test_a_new_or_removed_sheet_is_seen(sources, builds):
    cache.open_cached([sources])
    extra = sources / "articles" / "copy.yaml"
    extra.write_text((sources / "articles" / "tiny.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    with pytest.raises(SourceError, match="duplicate source id"):
        cache.open_cached([sources])  # the new sheet was read, not the cached graph used
    extra.unlink()
    cache.open_cached([sources])  # the same files as the first build: its graph is current again
    assert len(builds) == 1


def test_a_link_loop_in_a_source_folder_stops_nothing(sources, builds):
    (sources / "loop").symlink_to("..", target_is_directory=True)  # the reader does not follow it either
    first = count(cache.open_cached([sources]))
    assert count(cache.open_cached([sources])) == first > 0
    assert len(builds) == 1


def test_a_file_that_cannot_be_read_during_the_walk_makes_the_entry_not_current(tmp_path):
    found: list[list] = []
    cache._walk(str(tmp_path / "gone"), found)
    assert found == [[str(tmp_path / "gone"), None, None]]


def test_a_changed_text_outside_the_folder_given_is_seen(sources, builds):
    given = [sources / "actors.yaml", sources / "articles" / "tiny.yaml"]
    cache.open_cached(given)
    cache.open_cached(given)
    text = next((sources / "texts").iterdir())
    text.write_text(text.read_text(encoding="utf-8") + "\nMore text.\n", encoding="utf-8")
    cache.open_cached(given)
    assert len(builds) == 2


def test_bad_sources_are_never_cached(sources, builds, tmp_path):
    sheet = sources / "articles" / "tiny.yaml"
    sheet.write_text(sheet.read_text(encoding="utf-8").replace("facts:", "facts: [oops", 1), encoding="utf-8")
    for _ in range(2):
        with pytest.raises(SourceError):
            cache.open_cached([sources])
    assert not any(p for p in (tmp_path / "cache").glob("*") if not p.name.startswith("."))


def test_off_and_unwritable_caches_still_answer(sources, builds, monkeypatch, tmp_path):
    monkeypatch.setenv("KG_CACHE_DIR", "off")
    assert count(cache.open_cached([sources])) > 0
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    monkeypatch.setenv("KG_CACHE_DIR", str(blocker / "cache"))
    assert count(cache.open_cached([sources])) > 0
    assert len(builds) == 2


@pytest.mark.parametrize("small", [cache.SMALL, 0], ids=["n-quads", "store"])
def test_a_damaged_entry_is_rebuilt(sources, builds, tmp_path, monkeypatch, small):
    monkeypatch.setattr(cache, "SMALL", small)
    before = count(cache.open_cached([sources]))
    assert count(cache.open_cached([sources])) == before and len(builds) == 1
    entry = next(p for p in (tmp_path / "cache").iterdir() if not p.name.startswith("."))
    kept = entry / ("graph.nq" if small else "store")
    assert kept.exists()
    if kept.is_dir():
        shutil.rmtree(kept)
    else:
        kept.write_bytes(b"<broken")
    assert count(cache.open_cached([sources])) == before
    assert len(builds) == 2
    assert kept.exists()


def test_the_name_index_is_kept_with_its_build(sources, builds, tmp_path):
    from kg.graph import Graph

    graph = Graph.load([sources])
    assert graph.resolver.index_file is not None and not graph.resolver.index_file.exists()
    actor = graph.resolve("Анна Пример")
    assert graph.resolver.index_file.exists()  # written beside the cached graph
    keys = graph.resolver.index_file.with_suffix(".keys")  # its exact keys, named with the same build
    assert keys.exists() and keys.parent == graph.resolver.index_file.parent
    again = Graph.load([sources])
    assert again.resolver.index_file == graph.resolver.index_file and again.resolve("Anna Primer") == actor
    sheet = sources / "articles" / "tiny.yaml"
    sheet.write_text(sheet.read_text(encoding="utf-8") + "\n# an edit\n", encoding="utf-8")
    rebuilt = Graph.load([sources])  # a new build: the old build's index is not used
    assert rebuilt.resolver.index_file != graph.resolver.index_file
    assert not rebuilt.resolver.index_file.exists()
    assert not rebuilt.resolver.index_file.with_suffix(".keys").exists()
    assert rebuilt.resolve("Anna Primer") == actor


def test_old_entries_are_pruned(builds, tmp_path, monkeypatch):
    monkeypatch.setattr(cache, "KEEP", 2)
    for n in range(4):
        folder = tmp_path / f"s{n}"
        shutil.copytree(ROOT / "tests" / "data" / "tiny", folder)
        cache.open_cached([folder])
    entries = [p for p in (tmp_path / "cache").iterdir() if not p.name.startswith(".")]
    assert len(entries) == 2


def test_leftovers_of_a_stopped_run_are_removed_once_old(tmp_path):
    tmp = tmp_path / ".abc.names.1f2e.tmp"
    tmp.write_bytes(b"half")
    new = tmp_path / ".0123.new-xyz"
    new.mkdir()
    kept = [tmp_path / "entry", tmp_path / "abc.names", tmp_path / ".names"]
    kept[0].mkdir()
    kept[1].write_bytes(b"index")
    kept[2].mkdir()
    cache.remove_leftovers(tmp_path)  # young: may belong to a run still writing
    assert tmp.exists() and new.exists()
    import time

    cache.remove_leftovers(tmp_path, now=time.time() + cache.LEFTOVER_AGE + 1)
    assert not tmp.exists() and not new.exists()
    assert all(path.exists() for path in kept)
