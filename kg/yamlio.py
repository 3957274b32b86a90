"""YAML that remembers where things are, so every source error can name its file and line.

Dates stay strings (``kg.sources`` checks them with a clear message) and a key given twice
in one mapping is an error rather than a silent overwrite. Sources are untrusted input, so a
file is read only when it is a regular file of at most :data:`MAX_FILE_BYTES`, lists and
mappings nest at most :data:`MAX_DEPTH` levels, and aliases of lists and mappings (``*name``,
the stuff of "billion laughs" bombs) are refused.

>>> doc = loads("a: 1\\nb:\\n  c: x\\n", path="t.yaml")
>>> doc["b"]["c"], doc.line_of("b"), doc["b"].line_of("c")
('x', 2, 3)
"""

from __future__ import annotations

import gc
import re
from pathlib import Path
from typing import Any

import yaml

from kg.errors import SourceError, shown


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
    kg_depth = 0  # how many lists and mappings enclose the node being built


# Dates stay text: a bad date must become our own clear error, not a crash in the parser.
_Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


_STR = "tag:yaml.org,2002:str"
MAX_DEPTH = 64
"""How deeply lists and mappings may nest in a source file (a fact sheet needs about six levels)."""
MAX_FILE_BYTES = 16 * 1024 * 1024
"""The largest YAML source file read, in bytes (the bundled sheets are a few kilobytes each)."""


def _construct(loader: _Loader, node: yaml.Node, line: int) -> Any:
    """A plain text scalar directly (most of a fact sheet), anything else through the loader.

    The reader refuses control characters in the file; a double-quoted escape that makes one
    is refused here, so none reaches the graph (where it would break XML exports).

    A node built before is an alias (``*name``): refused, since a few of them nested expand a
    small file to billions of items.
    """
    if node.__class__ is yaml.ScalarNode and node.tag == _STR:
        if node.style == '"' and (bad := _NOT_TEXT.search(node.value)):  # made by an escape: \0, \x01, \uD800
            raise SourceError(
                f"the escape in this double-quoted text makes the character #x{ord(bad.group()):04x} "
                "(a control character, or no character at all), which a source may not hold; remove it",
                path=loader.name,
                line=node.start_mark.line + 1,
            )
        return node.value
    if node in loader.constructed_objects or node in loader.recursive_objects:
        raise SourceError(
            f"an alias (*name) repeats what is anchored (&name) on line {node.start_mark.line + 1}; "
            "aliases are refused in sources: write the value out",
            path=loader.name,
            line=line,
        )
    return loader.construct_object(node, deep=True)


def _deeper(loader: _Loader, node: yaml.Node) -> None:
    depth = loader.kg_depth + 1
    if depth > MAX_DEPTH:
        raise SourceError(_too_deep(), path=loader.name, line=node.start_mark.line + 1)
    loader.kg_depth = depth


def _too_deep() -> str:
    return f"lists and mappings nest more than {MAX_DEPTH} levels deep here; a source needs only a few levels"


def _construct_mapping(loader: _Loader, node: yaml.MappingNode) -> Mapping:
    result = Mapping()
    result.path = loader.name
    result.line = node.start_mark.line + 1
    result.key_lines = {}
    _deeper(loader, node)
    for key_node, value_node in node.value:
        key = _construct(loader, key_node, key_node.start_mark.line + 1)
        if not isinstance(key, (str, int, float, bool)) or key is None:
            raise SourceError("a mapping key must be plain text", path=loader.name, line=key_node.start_mark.line + 1)
        key = str(key)
        if key in result:
            raise SourceError(
                f"key '{key}' appears twice in one mapping (first on line {result.key_lines[key]}); keep one",
                path=loader.name,
                line=key_node.start_mark.line + 1,
            )
        result[key] = _construct(loader, value_node, key_node.start_mark.line + 1)
        result.key_lines[key] = key_node.start_mark.line + 1
    loader.kg_depth -= 1
    return result


def _construct_sequence(loader: _Loader, node: yaml.SequenceNode) -> Sequence:
    _deeper(loader, node)
    result = Sequence(_construct(loader, child, node.start_mark.line + 1) for child in node.value)
    loader.kg_depth -= 1
    result.path = loader.name
    result.line = node.start_mark.line + 1
    result.item_lines = [child.start_mark.line + 1 for child in node.value]
    return result


def _construct_int(loader: _Loader, node: yaml.ScalarNode) -> int:
    """An integer, or a :class:`SourceError` with the line when Python will not convert it
    (a decimal of more than 4,300 digits: ``sys.get_int_max_str_digits``)."""
    try:
        return yaml.constructor.SafeConstructor.construct_yaml_int(loader, node)
    except ValueError:
        digits = sum(c.isdigit() for c in node.value)
        raise SourceError(
            f"the number {shown(node.value, 24)} has {digits:,} digits, more than a source needs; "
            "write a real figure, or put the value in quotes if it is text",
            path=loader.name,
            line=node.start_mark.line + 1,
        ) from None


_INT = "tag:yaml.org,2002:int"
_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _construct_sequence)
_Loader.add_constructor(_INT, _construct_int)

_CLoader: type | None = None
if getattr(yaml, "__with_libyaml__", False):

    class _CLoader(yaml.CSafeLoader):  # type: ignore[no-redef]
        """The same loader on libyaml's parser: about ten times faster on large corpora."""

        kg_depth = 0

        def resolve(self, kind, value, implicit):  # the resolver's rules, without path resolvers (we have none)
            if kind is yaml.ScalarNode:
                if implicit[0]:
                    rules = self.yaml_implicit_resolvers
                    for tag, regexp in rules.get(value[0] if value else "", ()):
                        if regexp.match(value):
                            return tag
                    for tag, regexp in rules.get(None, ()):
                        if regexp.match(value):
                            return tag
                return self.DEFAULT_SCALAR_TAG
            if kind is yaml.SequenceNode:
                return self.DEFAULT_SEQUENCE_TAG
            return self.DEFAULT_MAPPING_TAG

    _CLoader.yaml_implicit_resolvers = _Loader.yaml_implicit_resolvers  # type: ignore[union-attr]
    _CLoader.add_constructor(  # type: ignore[union-attr]
        yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping
    )
    _CLoader.add_constructor(  # type: ignore[union-attr]
        yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _construct_sequence
    )
    _CLoader.add_constructor(_INT, _construct_int)  # type: ignore[union-attr]

# What PyYAML's pure-Python reader refuses; libyaml is laxer, so such text takes the slow path.
_NON_PRINTABLE = re.compile("[^\x09\x0a\x0d\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
# What an escape may not make: no XML 1.0 text holds these, and a lone surrogate is not UTF-8.
# (DEL and the C1 controls are XML characters: kg.yamlwrite escapes them, and they read back.)
_NOT_TEXT = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def loads(text: str, *, path: str = "<string>") -> Any:
    """Parse YAML text; syntax errors become :class:`SourceError` with the line.

    libyaml (PyYAML's C parser) reads the text when it is installed, with the same constructors,
    so values and lines are the same; any problem is re-read by the pure-Python parser, so error
    messages do not depend on which parser is installed.
    """
    if _CLoader is not None and not _NON_PRINTABLE.search(text):
        paused = gc.isenabled()
        gc.disable()  # a sheet makes many small objects and no cycles: skip collections while parsing
        loader = _CLoader(text)
        loader.name = path
        try:
            return loader.get_single_data()
        except (yaml.YAMLError, RecursionError):
            pass  # report it below, the same way as without libyaml (which stops at 1,000 levels)
        finally:
            loader.dispose()
            if paused:
                gc.enable()
    return _load_python(text, path)


def _load_python(text: str, path: str) -> Any:
    loader = None
    try:
        loader = _Loader(text)  # the reader checks for unprintable characters right here
        loader.name = path
        return loader.get_single_data()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        problem = exc.problem or exc.context or "malformed YAML"
        raise SourceError(
            f"malformed YAML: {problem} (check indentation, colons and quotes)", path=path, line=line
        ) from None
    except yaml.reader.ReaderError as exc:
        line = text.count("\n", 0, exc.position) + 1
        raise SourceError(
            f"unacceptable character #x{exc.character:04x} (a control character?); remove it or save the file as plain UTF-8 text",
            path=path,
            line=line,
        ) from None
    except yaml.YAMLError as exc:
        raise SourceError(f"malformed YAML: {exc}", path=path) from None
    except RecursionError:  # the pure-Python composer recurses: find the place with the flat event stream
        raise SourceError(_too_deep(), path=path, line=_too_deep_line(text)) from None
    finally:
        if loader is not None:
            loader.dispose()


def _too_deep_line(text: str) -> int | None:
    """The line where nesting first passes :data:`MAX_DEPTH`, read from parser events (no recursion)."""
    depth = 0
    try:
        for event in yaml.parse(text, Loader=yaml.SafeLoader):
            if isinstance(event, (yaml.SequenceStartEvent, yaml.MappingStartEvent)):
                depth += 1
                if depth > MAX_DEPTH:
                    return event.start_mark.line + 1 if event.start_mark else 1
            elif isinstance(event, (yaml.SequenceEndEvent, yaml.MappingEndEvent)):
                depth -= 1
    except yaml.YAMLError:
        return None
    return None


def load(path: str | Path) -> Any:
    """Read and parse a YAML file as UTF-8 (a regular file of at most :data:`MAX_FILE_BYTES`)."""
    path = Path(path)
    from kg.fileio import read_bounded  # not at import: `kg query` on a cached graph reads no sheet

    data = read_bounded(path, MAX_FILE_BYTES, error=SourceError)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise SourceError(f"not UTF-8 text (byte {exc.start}); save the file as UTF-8", path=path) from None
    return loads(text, path=str(path))
