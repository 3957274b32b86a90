"""YAML that remembers where things are, so every source error can name its file and line.

Dates stay strings (``kg.sources`` checks them with a clear message) and a key given twice
in one mapping is an error rather than a silent overwrite.

>>> doc = loads("a: 1\\nb:\\n  c: x\\n", path="t.yaml")
>>> doc["b"]["c"], doc.line_of("b"), doc["b"].line_of("c")
('x', 2, 3)
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from kg.errors import SourceError


class Mapping(dict):
    """A dict with the 1-based line of itself and of each key."""

    path: str = ""
    line: int = 0
    key_lines: dict[str, int]

    def line_of(self, key: str) -> int:
        return self.key_lines.get(key, self.line)


class Sequence(list):
    """A list with the 1-based line of itself and of each item."""

    path: str = ""
    line: int = 0
    item_lines: list[int]

    def line_of(self, index: int) -> int:
        return self.item_lines[index] if index < len(self.item_lines) else self.line


class _Loader(yaml.SafeLoader):
    pass


# Dates stay text: a bad date must become our own clear error, not a crash in the parser.
_Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _construct_mapping(loader: _Loader, node: yaml.MappingNode) -> Mapping:
    result = Mapping()
    result.path = loader.name
    result.line = node.start_mark.line + 1
    result.key_lines = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if not isinstance(key, (str, int, float, bool)) or key is None:
            raise SourceError("a mapping key must be plain text", path=loader.name, line=key_node.start_mark.line + 1)
        key = str(key)
        if key in result:
            raise SourceError(
                f"key '{key}' appears twice in one mapping (first on line {result.key_lines[key]}); keep one",
                path=loader.name,
                line=key_node.start_mark.line + 1,
            )
        result[key] = loader.construct_object(value_node, deep=True)
        result.key_lines[key] = key_node.start_mark.line + 1
    return result


def _construct_sequence(loader: _Loader, node: yaml.SequenceNode) -> Sequence:
    result = Sequence(loader.construct_object(child, deep=True) for child in node.value)
    result.path = loader.name
    result.line = node.start_mark.line + 1
    result.item_lines = [child.start_mark.line + 1 for child in node.value]
    return result


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _construct_sequence)


def loads(text: str, *, path: str = "<string>") -> Any:
    """Parse YAML text; syntax errors become :class:`SourceError` with the line."""
    loader = _Loader(text)
    loader.name = path
    try:
        return loader.get_single_data()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        problem = exc.problem or exc.context or "malformed YAML"
        raise SourceError(f"malformed YAML: {problem} (check indentation, colons and quotes)", path=path, line=line) from None
    except yaml.YAMLError as exc:
        raise SourceError(f"malformed YAML: {exc}", path=path) from None
    finally:
        loader.dispose()


def load(path: str | Path) -> Any:
    """Read and parse a YAML file as UTF-8."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise SourceError("file not found", path=path) from None
    except UnicodeDecodeError as exc:
        raise SourceError(f"not UTF-8 text (byte {exc.start}); save the file as UTF-8", path=path) from None
    except OSError as exc:
        raise SourceError(f"cannot read: {exc.strerror}", path=path) from None
    return loads(text, path=str(path))
