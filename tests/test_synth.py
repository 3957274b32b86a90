"""The synthetic corpus: our own source format, valid, reproducible; and the fast YAML path it exercises."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import ROOT

from kg.errors import KgError
from kg.synth import synthesize


def tree(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("synth") / "corpus"
    synthesize(out, facts=150, seed=7)
    return out


def test_same_seed_same_bytes_other_seed_other_corpus(corpus: Path, tmp_path: Path):
    again = tmp_path / "again"
    report = synthesize(again, facts=150, seed=7)
    assert tree(again) == tree(corpus)
    assert report.facts == 150 and report.files == len(tree(again))
    other = tmp_path / "other"
    synthesize(other, facts=150, seed=8)
    assert tree(other) != tree(corpus)


def test_it_is_our_source_format_and_valid_against_the_shapes(corpus: Path, run):
    from kg.sources import load_corpus

    loaded = load_corpus([corpus])
    assert len(loaded.facts) == 150
    kinds = {fact.type for fact in loaded.facts}
    assert {"membership", "proposal", "stance", "claim"} <= kinds and kinds & {"speech", "report"}
    assert all(source.url and source.text for source in loaded.sources)
    assert all(fact.quotes and all(q in fact.source.text for q in fact.quotes) for fact in loaded.facts)
    actor_types = {actor.type for actor in loaded.actors.values()}
    assert {"person", "party", "political-council", "provision", "document", "place", "outlet"} <= actor_types
    result = run("validate", str(corpus))
    assert result.exit_code == 0, result.output
    assert result.output.startswith(f"ok: {len(loaded.sources)} source(s), 150 fact(s)")


def test_named_queries_find_its_facts(corpus: Path, run):
    result = run("query", "who-proposed-what", "--sources", str(corpus), "-f", "csv")
    assert result.exit_code == 0
    assert len(result.stdout.splitlines()) > 10
    posts = run("query", "posts", "--sources", str(corpus), "-p", "as_of=2024-01-01", "-f", "csv")
    assert posts.exit_code == 0 and len(posts.stdout.splitlines()) > 1


def test_it_refuses_a_folder_in_use_and_leaves_nothing_behind(tmp_path: Path, run):
    used = tmp_path / "used"
    used.mkdir()
    (used / "mine.txt").write_text("keep")
    with pytest.raises(KgError, match="not an empty folder"):
        synthesize(used, facts=10)
    assert [p.name for p in tmp_path.iterdir()] == ["used"]
    result = run("synth", str(used), "--facts", "10")
    assert result.exit_code == 1 and result.output.count("\n") == 1
    made = run("synth", str(tmp_path / "new"), "--facts", "10", "--seed", "3")
    assert made.exit_code == 0 and made.stdout.startswith(f"wrote {tmp_path / 'new'}: ")
    assert "10 facts" in made.stdout


def test_fast_yaml_path_reads_exactly_what_the_python_parser_reads(corpus: Path):
    """libyaml does the parsing when available; values, types and line numbers must not change."""
    from kg import yamlio

    def plain(node):
        if isinstance(node, yamlio.Mapping):
            return ("map", node.line, node.key_lines, {k: plain(v) for k, v in node.items()})
        if isinstance(node, yamlio.Sequence):
            return ("seq", node.line, node.item_lines, [plain(v) for v in node])
        return (type(node).__name__, node)

    files = [corpus / "actors.yaml", *sorted(corpus.rglob("*.yaml"))[:20], *(ROOT / "sources").rglob("*.yaml")]
    for file in files:
        text = file.read_text(encoding="utf-8")
        assert plain(yamlio.loads(text, path=str(file))) == plain(yamlio._load_python(text, str(file))), file


@pytest.mark.parametrize(
    "text, message",
    [
        ("a: b: c\n", "t.yaml:1: malformed YAML: mapping values are not allowed here"),
        ("a: 1\na: 2\n", "t.yaml:2: key 'a' appears twice"),
        ("a: [1, 2\n", "t.yaml:2: malformed YAML"),
        ("a: 1\nb: \x07\n", "t.yaml:2: unacceptable character #x0007"),
    ],
)
def test_yaml_errors_are_the_same_one_line_messages(text: str, message: str):
    from kg import yamlio
    from kg.errors import SourceError

    with pytest.raises(SourceError) as caught:
        yamlio.loads(text, path="t.yaml")
    assert str(caught.value).startswith(message)
    assert "\n" not in str(caught.value)


def test_a_folder_it_may_not_write_in_is_named_not_its_temporary_folder(tmp_path: Path, monkeypatch):
    """`kg synth /sys/corpus` said "/sys/.corpus._n5v9erc: operation not permitted", a name the user never gave."""
    import errno
    import tempfile

    def refused(prefix: str, dir: Path) -> str:
        raise PermissionError(errno.EACCES, "Permission denied", str(Path(dir) / f"{prefix}abc"))

    monkeypatch.setattr(tempfile, "mkdtemp", refused)
    with pytest.raises(KgError) as caught:
        synthesize(tmp_path / "corpus", facts=5)
    assert str(caught.value) == (
        f"cannot write {tmp_path / 'corpus'}: permission denied; write somewhere you may write, or change the permissions"
    )


@pytest.mark.parametrize(
    "args, message",
    [
        (["--facts", "1000001"], "Invalid value for '--facts': 1000001 is not in the range 1<=x<=1000000."),
        (["--facts", str(10**12)], "is not in the range 1<=x<=1000000."),
        (["--facts", "0"], "Invalid value for '--facts': 0 is not in the range 1<=x<=1000000."),
        (["--seed", "-1"], "Invalid value for '--seed': -1 is not in the range x>=0."),
    ],
)
def test_sizes_and_seeds_out_of_range_are_usage_errors(tmp_path: Path, run, monkeypatch, args, message):
    """`kg synth --facts 10**12` wrote for days until the disk was full; a negative seed gave the corpus
    of the positive one (random.Random(-n) is random.Random(n))."""
    monkeypatch.setattr("kg.synth.synthesize", lambda *a, **k: pytest.fail("synthesize ran"))
    result = run("synth", str(tmp_path / "corpus"), *args)
    assert result.exit_code == 2 and message in result.output
    assert list(tmp_path.iterdir()) == []


def test_the_library_bounds_the_size_and_the_seed_too(tmp_path: Path):
    from kg.cli import MAX_SYNTH_FACTS
    from kg.synth import MAX_FACTS

    assert MAX_SYNTH_FACTS == MAX_FACTS
    with pytest.raises(KgError, match=r"^--facts must be from 1 to 1,000,000 \(about 19 M triples\), not 1,000,001$"):
        synthesize(tmp_path / "corpus", facts=MAX_FACTS + 1)
    with pytest.raises(KgError, match=r"^--seed must be 0 or more, not -3$"):
        synthesize(tmp_path / "corpus", facts=5, seed=-3)
    assert list(tmp_path.iterdir()) == []
