"""Write fact sheets and actor registries as YAML people can read, byte for byte the same each time.

The one writer for ``kg extract``'s drafts and ``kg synth``'s corpora; :mod:`kg.yamlio` reads
what it writes back to the same data. The layout is fixed, so output is deterministic:

- block style, two spaces per level, keys in the order given;
- a mapping of plain values inside a list item or deeper is written on one line,
  ``name: {en: "Baytaq", kk: "Байтақ"}``; lists are blocks unless wrapped in :class:`Flow`;
- the items of a top-level list of mappings (``facts:``, ``actors:``) are separated by a blank
  line, and an empty list or mapping is written ``[]`` / ``{}``;
- ids, dates, enum values, paths and addresses are bare (``baq-kz``, ``2026-02-04``); anything
  else, and anything the reader would take for a number, boolean or null, is double-quoted with
  JSON escapes (plus YAML's own line breaks ``\\x85``, ``\\u2028``, ``\\u2029`` escaped);
- a ``header`` and a ``footer`` are comment lines, as drafts carry for their reviewer.

>>> print(dumps({"source": {"id": "baq-kz-1", "date": "2026-02-04", "draft": True},
...              "facts": [{"id": "f1", "quantity": 12, "name": {"en": "Ak Zhol", "number": "12"}}]},
...             header=["A draft: review it."]), end="")
# A draft: review it.
<BLANKLINE>
source:
  id: baq-kz-1
  date: 2026-02-04
  draft: true
<BLANKLINE>
facts:
  - id: f1
    quantity: 12
    name: {en: "Ak Zhol", number: "12"}
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping, Sequence
from functools import lru_cache
from typing import Any

import yaml

__all__ = ["Flow", "dumps", "scalar"]


class Flow(list):
    """A list to write on one line: ``[a, b]``."""


_BARE = re.compile(r"[a-z0-9_./][a-z0-9_./:@+%~-]*")
_ESCAPE = re.compile("[\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]")


class _Resolver(yaml.resolver.Resolver):
    """YAML's implicit types as kg's reader sees them (dates stay text; see kg.yamlio)."""


_Resolver.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.resolver.Resolver.yaml_implicit_resolvers.items()
}


@lru_cache(maxsize=65536)
def _bare_ok(text: str) -> bool:
    """Whether ``text`` can be written without quotes and read back as the same text."""
    if not _BARE.fullmatch(text) or text.endswith(":") or "://" not in text and ":" in text:
        return False
    return _reads_as_text(text)


@lru_cache(maxsize=65536)
def _reads_as_text(text: str) -> bool:
    """Whether YAML reads ``text`` unquoted as text (not a number, boolean or null)."""
    return _Resolver().resolve(yaml.ScalarNode, text, (True, False)) == "tag:yaml.org,2002:str"


def _quote(text: str) -> str:
    out = json.dumps(text, ensure_ascii=False)
    return _ESCAPE.sub(lambda m: f"\\u{ord(m.group()):04x}", out)


def scalar(value: Any) -> str:
    """One plain value as YAML text.

    >>> [scalar(v) for v in ("baq-kz", "2026-02-04", "12", "yes", "Ak Zhol", 3, 0.85, True, None)]
    ['baq-kz', '2026-02-04', '"12"', '"yes"', '"Ak Zhol"', '3', '0.85', 'true', 'null']
    """
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isnan(value) or math.isinf(value):
            raise ValueError(f"cannot write {value!r} in a source file")
        return repr(value)
    text = str(value)
    return text if _bare_ok(text) else _quote(text)


def _key(key: Any) -> str:
    text = str(key)
    return text if re.fullmatch(r"[A-Za-z_][A-Za-z0-9_-]*", text) and _reads_as_text(text) else _quote(text)


def _is_plain(value: Any) -> bool:
    return value is None or isinstance(value, (str, int, float, bool))


def _inline(value: Any) -> str:
    if isinstance(value, Mapping):
        return "{" + ", ".join(f"{_key(k)}: {_inline(v)}" for k, v in value.items()) + "}"
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_inline(v) for v in value) + "]"
    return scalar(value)


def _fits_inline(value: Any, depth: int) -> bool:
    if isinstance(value, Flow):
        return True
    if isinstance(value, Mapping):
        return depth >= 2 and bool(value) and all(_is_plain(v) for v in value.values())
    return not isinstance(value, (list, tuple))


def _mapping(data: Mapping, indent: int, depth: int, out: list[str], *, first_prefix: str = "") -> None:
    pad = " " * indent
    for n, (key, value) in enumerate(data.items()):
        lead = first_prefix if n == 0 and first_prefix else pad
        _entry(f"{lead}{_key(key)}:", value, indent, depth, out)


def _entry(head: str, value: Any, indent: int, depth: int, out: list[str]) -> None:
    if isinstance(value, (Mapping, list, tuple)) and not value:
        out.append(f"{head} {'{}' if isinstance(value, Mapping) else '[]'}")
    elif _fits_inline(value, depth + 1):
        out.append(f"{head} {_inline(value)}")
    elif isinstance(value, Mapping):
        out.append(head)
        _mapping(value, indent + 2, depth + 1, out)
    else:
        out.append(head)
        spaced = depth == 0 and all(isinstance(item, Mapping) and item for item in value)
        _items(value, indent + 2, depth + 1, out, spaced=spaced)


def _items(items: Sequence, indent: int, depth: int, out: list[str], *, spaced: bool) -> None:
    pad = " " * indent
    for item in items:
        if isinstance(item, Mapping) and item and not _fits_inline(item, depth):
            _mapping(item, indent + 2, depth + 1, out, first_prefix=f"{pad}- ")
        elif isinstance(item, (Mapping, list, tuple)) and not item:
            out.append(f"{pad}- {'{}' if isinstance(item, Mapping) else '[]'}")
        elif isinstance(item, (list, tuple)) and not isinstance(item, Flow):
            raise ValueError("a list directly inside a list cannot be written as a block; wrap it in Flow")
        else:
            out.append(f"{pad}- {_inline(item)}")
        if spaced:
            out.append("")


def dumps(doc: Mapping[str, Any], *, header: Sequence[str] = (), footer: Sequence[str] = ()) -> str:
    """``doc`` as YAML text, with ``header`` and ``footer`` as comment lines (see the module's rules).

    :raises ValueError: for a value YAML sources cannot hold (NaN, a list directly in a list).
    """
    out: list[str] = [f"# {line}".rstrip() for line in header]
    for key, value in doc.items():
        block = isinstance(value, (Mapping, list, tuple)) and bool(value) and not _fits_inline(value, 1)
        if out and (block or out[-1].startswith("#")) and out[-1] != "":
            out.append("")
        _entry(f"{_key(key)}:", value, 0, 0, out)
    while out and out[-1] == "":
        out.pop()
    if footer:
        out.append("")
        out += [f"# {line}".rstrip() for line in footer]
    return "\n".join(out) + "\n"
