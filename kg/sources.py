"""Read the hand-written sources: the actor registry and one YAML fact sheet per news report.

Everything a person can get wrong is checked here, before any RDF is made, and reported as a
:class:`~kg.errors.SourceError` naming the file and line: malformed YAML, unknown or duplicate
ids, references to actors that are not in the registry, bad dates, missing fields, and
evidence quotes that do not appear verbatim in the report's text.

>>> corpus = load_corpus()
>>> "baytaq-article-8-ecology-and-health" in {f.id for f in corpus.facts if f.type == "proposal"}
True
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
import os
import re
from collections.abc import Iterator, Mapping
from collections.abc import Sequence as Seq
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg import resources, schema, yamlio
from kg.errors import SourceError, shown

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
MAX_TEXT_BYTES = 5 * 1024 * 1024
"""The largest report text (``text:``) read, in bytes; a long news article is under 100 KB."""
MAX_FACTS = 10_000
"""The most facts one sheet may hold."""
MAX_QUOTES = 100
"""The most evidence quotes one fact may hold."""
MAX_SHEET_QUOTES = 10_000
"""The most evidence quotes one sheet may hold in all: each is looked for in the whole text (a few ms
in 5 MB), so 10,000 facts of 100 quotes each would take half an hour to check."""
LANGS = ("kk", "ru", "en")
LANG_TAG = re.compile(r"^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$")

AGENT_TYPES, ORGANISATION_TYPES, ACTOR_TYPES, LEGAL_TYPES, EVENT_TYPES = (
    schema.AGENT_TYPES,
    schema.ORGANISATION_TYPES,
    schema.ACTOR_TYPES,
    schema.LEGAL_TYPES,
    schema.EVENT_TYPES,
)

ACTOR_FIELDS = {"id", "type", "name", "also", "gender", "part_of", "number", "status", "description"}
SOURCE_FIELDS = {
    "id",
    "outlet",
    "date",
    "date_basis",
    "language",
    "url",
    "url_kind",
    "text",
    "title",
    "description",
    "draft",
}
#: How a publication date is known: printed on the report, taken from an index, or approximate.
DATE_BASES = ("printed", "index", "approximate")
#: What ``url`` is: the report's own address, or only the outlet's home page (weaker evidence).
URL_KINDS = ("article", "outlet")
ATTRIBUTIONS = ("stated", "inferred")
FACT_KEY = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*/[a-z0-9]+(?:-[a-z0-9]+)*$")


@dataclass(frozen=True)
class Ref:
    """A field that names a registry entry, optionally of certain types."""

    types: frozenset[str] = ACTOR_TYPES


@dataclass(frozen=True)
class FactRef:
    """A field that names another fact of the same sheet, of certain types."""

    types: frozenset[str]


@dataclass(frozen=True)
class Enum:
    values: tuple[str, ...]


TEXT, TEXTS, DATE, NUMBER = schema.TEXT, schema.TEXTS, schema.DATE, schema.NUMBER
PLAIN = "plain"


def _check_spec(f: schema.Field) -> Any:
    """How :func:`_parse_value` checks one schema field."""
    if f.kind == schema.REF:
        return Ref(f.targets)
    if f.kind == schema.FACT:
        return FactRef(f.targets)
    if f.kind == schema.ENUM:
        return Enum(f.words)
    return f.kind


class _FieldTables(Mapping[str, dict[str, Any]]):
    """``FACT_FIELDS[type][field]``: the sheet checks, derived from :data:`kg.schema.FACT_TYPES` on use."""

    def __getitem__(self, name: str) -> dict[str, Any]:
        return {f.name: _check_spec(f) for f in schema.FACT_TYPES[name].fields}

    def __iter__(self) -> Iterator[str]:
        return iter(schema.FACT_TYPES)

    def __len__(self) -> int:
        return len(schema.FACT_TYPES)


class _Required(Mapping[str, tuple[str, ...]]):
    """``REQUIRED[type]``: the fields a sheet must give, from the schema."""

    def __getitem__(self, name: str) -> tuple[str, ...]:
        return schema.FACT_TYPES[name].required

    def __iter__(self) -> Iterator[str]:
        return iter(schema.FACT_TYPES)

    def __len__(self) -> int:
        return len(schema.FACT_TYPES)


FACT_FIELDS: Mapping[str, dict[str, Any]] = _FieldTables()
REQUIRED: Mapping[str, tuple[str, ...]] = _Required()
COMMON_FACT_FIELDS = set(schema.COMMON_FIELDS)


@dataclass
class Actor:
    """A registry entry: a person, organisation, place, platform, document, role…"""

    id: str
    type: str
    names: dict[str, str]
    also: list[tuple[str, str]] = field(default_factory=list)
    gender: str | None = None
    part_of: str | None = None
    number: str | None = None
    status: str | None = None
    description: dict[str, str] = field(default_factory=dict)
    path: str = ""
    line: int = 0

    def label(self, lang: str = "en") -> str:
        """The preferred label in ``lang``, falling back to en, kk, ru."""
        for code in (lang, "en", "kk", "ru", *self.names):
            if code in self.names:
                return self.names[code]
        return self.id


@dataclass
class Source:
    """One news report: who published it, when, in which language, where, and its text if bundled."""

    id: str
    outlet: str
    date: str
    language: str
    url: str | None = None
    text: str | None = None
    text_path: str | None = None
    title: dict[str, str] = field(default_factory=dict)
    description: dict[str, str] = field(default_factory=dict)
    draft: bool = False
    date_basis: str | None = None
    url_kind: str = "article"
    path: str = ""
    line: int = 0

    @property
    def digest(self) -> str | None:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest() if self.text is not None else None


@dataclass
class Fact:
    """One statement of a source, with its checked fields and its evidence quotes."""

    id: str
    type: str
    source: Source
    values: dict[str, Any]
    quotes: list[str]
    date: str | None = None
    path: str = ""
    line: int = 0
    field_lines: dict[str, int] = field(default_factory=dict)
    #: ``<source-id>/<fact-id>`` of the fact this report also states (its evidence joins that fact).
    same_as: str | None = None
    #: ``inferred`` when the speaker is taken from the context, not named in the sentence.
    attribution: str | None = None

    def line_of(self, key: str) -> int:
        """The line of one field, for error messages."""
        return self.field_lines.get(key, self.line)

    @property
    def key(self) -> str:
        """``<source-id>/<fact-id>``: how other sheets and decisions name this fact."""
        return f"{self.source.id}/{self.id}"

    def ref_key(self, value: str) -> str:
        """The key of a fact this one names in a ``fact`` field (same sheet unless it has a '/')."""
        return value if "/" in value else f"{self.source.id}/{value}"


@dataclass
class Corpus:
    """Everything the graph is built from."""

    actors: dict[str, Actor]
    sources: list[Source]
    facts: list[Fact]
    #: Review decisions read from ``decisions.yaml`` files (see :func:`apply_decisions`).
    decisions: list[Decision] = field(default_factory=list)
    #: Merged actor id -> canonical actor id, from ``same_as`` decisions.
    merged: dict[str, str] = field(default_factory=dict)
    #: Fact key (``<source-id>/<fact-id>``) -> the key of the one fact it states (itself when alone).
    canonical: dict[str, str] = field(default_factory=dict)

    def groups(self) -> dict[str, list[Fact]]:
        """Canonical key -> every fact entry that states it, the canonical one first, then by key."""
        out: dict[str, list[Fact]] = {}
        for fact in self.facts:
            out.setdefault(self.canonical.get(fact.key, fact.key), []).append(fact)
        for key, members in out.items():
            members.sort(key=lambda f: (f.key != key, f.key))
        return out

    def not_same(self) -> set[frozenset[str]]:
        """The pairs a reviewer said are different actors (``not_same``)."""
        return {frozenset((d.a, d.b)) for d in self.decisions if d.kind == "not_same"}


@dataclass(frozen=True)
class Decision:
    """A reviewer's judgement on two registry ids: ``same_as`` (merge) or ``not_same`` (keep apart)."""

    kind: str
    a: str
    b: str
    note: str | None = None
    reviewer: str | None = None
    date: str | None = None
    path: str = ""
    line: int = 0


# ---------------------------------------------------------------- small checks


def _where(node: Any, key: str | int | None = None) -> dict[str, Any]:
    path = getattr(node, "path", None)
    if key is None:
        return {"path": path, "line": getattr(node, "line", None)}
    if isinstance(node, yamlio.Mapping):
        return {"path": path, "line": node.line_of(str(key))}
    if isinstance(node, yamlio.Sequence) and isinstance(key, int):
        return {"path": path, "line": node.line_of(key)}
    return {"path": path, "line": getattr(node, "line", None)}


def _mapping(value: Any, what: str, where: dict[str, Any]) -> yamlio.Mapping:
    if not isinstance(value, yamlio.Mapping):
        raise SourceError(f"{what} must be a mapping of 'key: value' lines", **where)
    return value


def _only_fields(node: yamlio.Mapping, allowed: set[str], what: str) -> None:
    """Refuse a key that is not a field of ``what``, naming the fields there are."""
    for key in node:
        if key not in allowed:
            raise SourceError(
                f"unknown {what} field '{key}'; expected one of: {', '.join(sorted(allowed))}", **_where(node, key)
            )


def _slug(value: Any, what: str, where: dict[str, Any]) -> str:
    if not isinstance(value, str) or not SLUG.match(value):
        raise SourceError(
            f"{what} {shown(value)} is not a valid id; use lowercase letters, digits and dashes, e.g. 'baytaq-article-8'",
            **where,
        )
    return value


def parse_date(value: Any, *, what: str, where: dict[str, Any]) -> str:
    """Check a date written as YYYY-MM-DD (or YYYY-MM for a month) and return it as text.

    >>> parse_date("2026-02-04", what="date", where={})
    '2026-02-04'
    >>> parse_date("2026-02-30", what="date", where={"path": "a.yaml", "line": 3})
    Traceback (most recent call last):
    ...
    kg.errors.SourceError: a.yaml:3: date '2026-02-30' is not a real date; write YYYY-MM-DD, e.g. 2026-02-04
    """
    text = str(value) if isinstance(value, (str, int)) else None
    try:
        if text and re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            dt.date.fromisoformat(text)
            return text
        if text and re.fullmatch(r"\d{4}-\d{2}", text):
            dt.date.fromisoformat(text + "-01")
            return text
    except ValueError:
        pass
    raise SourceError(f"{what} {shown(value)} is not a real date; write YYYY-MM-DD, e.g. 2026-02-04", **where)


def _text_map(value: Any, what: str, where: dict[str, Any]) -> dict[str, str]:
    if isinstance(value, str):
        raise SourceError(f"{what} needs a language for each text, e.g. '{{en: ..., kk: ...}}'", **where)
    node = _mapping(value, what, where)
    out: dict[str, str] = {}
    for lang, text in node.items():
        if not LANG_TAG.match(lang):
            raise SourceError(f"{what}: {shown(lang)} is not a language tag; use kk, ru or en", **_where(node, lang))
        if not isinstance(text, str) or not text.strip():
            raise SourceError(f"{what} in {shown(lang)} must be non-empty text", **_where(node, lang))
        out[lang] = " ".join(text.split())
    if not out:
        raise SourceError(f"{what} is empty; give at least an English text", **where)
    return out


# ---------------------------------------------------------------- registry


def _parse_actor(node: Any, where: dict[str, Any]) -> Actor:
    node = _mapping(node, "an actor", where)
    _only_fields(node, ACTOR_FIELDS, "actor")
    if "id" not in node:
        raise SourceError("actor has no 'id'", **_where(node))
    actor_id = _slug(node["id"], "actor id", _where(node, "id"))
    kind = node.get("type")
    if kind not in ACTOR_TYPES:
        raise SourceError(
            f"actor '{actor_id}' has type {shown(kind)}; expected one of: {', '.join(sorted(ACTOR_TYPES))}",
            **_where(node, "type" if "type" in node else None),
        )
    if "name" not in node:
        raise SourceError(f"actor '{actor_id}' has no 'name'; give at least 'name: {{en: ...}}'", **_where(node))
    names = _text_map(node["name"], f"name of '{actor_id}'", _where(node, "name"))
    if "en" not in names:
        raise SourceError(f"actor '{actor_id}' has no English name; add 'en:' under 'name'", **_where(node, "name"))
    also: list[tuple[str, str]] = []
    raw_also = node.get("also") or []
    if not isinstance(raw_also, list):
        raise SourceError(f"'also' of '{actor_id}' must be a list of {{lang: text}}", **_where(node, "also"))
    for i, item in enumerate(raw_also):
        for lang, text in _text_map(item, f"alternative name of '{actor_id}'", _where(raw_also, i)).items():
            also.append((lang, text))
    gender = node.get("gender")
    if gender is not None and gender not in ("male", "female"):
        raise SourceError(f"gender of '{actor_id}' must be male or female", **_where(node, "gender"))
    part_of = node.get("part_of")
    if part_of is not None:
        part_of = _slug(part_of, "part_of", _where(node, "part_of"))
    return Actor(
        id=actor_id,
        type=kind,
        names=names,
        also=also,
        gender=gender,
        part_of=part_of,
        number=str(node["number"]) if "number" in node else None,
        status=str(node["status"]) if "status" in node else None,
        description=_text_map(node["description"], "description", _where(node, "description"))
        if "description" in node
        else {},
        **_where(node),
    )


def _parse_registry(doc: yamlio.Mapping, path: str) -> list[Actor]:
    items = doc["actors"]
    if not isinstance(items, yamlio.Sequence):
        raise SourceError("'actors' must be a list of entries starting with '- id: ...'", **_where(doc, "actors"))
    return [_parse_actor(item, _where(items, i)) for i, item in enumerate(items)]


# ---------------------------------------------------------------- fact sheets


def read_text(name: Any, sheet: Path, roots: Seq[Path], where: dict[str, Any]) -> str:
    """The report text a sheet names in ``text:``, read only from a regular file inside ``roots``.

    Sheets are untrusted: ``text: ../../../etc/passwd`` would let the quote check probe any
    file, ``/dev/zero`` fill memory and a FIFO hang. So the path (after symbolic links) must lie
    inside a folder given as sources (or the folder of a file given), and the file must be a
    regular file of at most :data:`MAX_TEXT_BYTES`.
    """
    if not isinstance(name, str) or not name.strip():
        raise SourceError(f"'text' must be the path of a text file, not {shown(name)}", **where)
    target = (sheet.parent / name).resolve()
    inside = [root.resolve() for root in roots]
    if not any(target.is_relative_to(root) for root in inside):
        folders = ", ".join(shown(str(root)) for root in inside[:3])
        raise SourceError(
            f"text file {shown(name)} is outside the sources ({folders}); keep texts in the folder given with "
            "--sources (e.g. sources/texts/), or give their folder with --sources too",
            **where,
        )
    from kg.fileio import read_bounded  # not at import: `kg query` on a cached graph reads no text

    try:
        data = read_bounded(target, MAX_TEXT_BYTES, what="text file", error=SourceError)
    except SourceError as exc:
        hint = " (the path is relative to this sheet)" if "not found" in exc.message else ""
        raise SourceError(f"{shown(name)}: {exc.message}{hint}", **where) from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise SourceError(f"text file {shown(name)} is not UTF-8; convert it first", **where) from None


def is_web_address(value: Any) -> bool:
    """Whether ``value`` is an http(s) address, as a source's ``url`` must be."""
    return isinstance(value, str) and re.match(r"^https?://\S+$", value) is not None


def _parse_source(node: Any, sheet: Path, where: dict[str, Any], roots: Seq[Path] = ()) -> Source:
    node = _mapping(node, "'source'", where)
    _only_fields(node, SOURCE_FIELDS, "source")
    for key in ("id", "outlet", "date", "language"):
        if key not in node:
            raise SourceError(f"source has no '{key}'", **_where(node))
    language = node["language"]
    if not isinstance(language, str) or not LANG_TAG.match(language):
        raise SourceError(
            f"source language {shown(language)} is not a language tag; use kk, ru or en", **_where(node, "language")
        )
    text = text_path = None
    if node.get("text") is not None:
        text = read_text(node["text"], sheet, roots or (sheet.parent,), _where(node, "text"))
        text_path = str(node["text"])
    url = node.get("url")
    if url is not None and not is_web_address(url):
        raise SourceError(f"source url {shown(url)} must be an http(s) address", **_where(node, "url"))
    if text is None and url is None:
        raise SourceError(
            "a source needs its text (text: FILE) or its address (url: https://...) as evidence", **_where(node)
        )
    for key, allowed in (("date_basis", DATE_BASES), ("url_kind", URL_KINDS)):
        if key in node and node[key] not in allowed:
            raise SourceError(
                f"source {key} is {node[key]!r}; expected one of: {', '.join(allowed)}", **_where(node, key)
            )
    if node.get("url_kind") == "outlet" and url is None:
        raise SourceError(
            "'url_kind: outlet' says the url is the outlet's home page, but there is no url", **_where(node, "url_kind")
        )
    draft = node.get("draft", False)
    if not isinstance(draft, bool):
        raise SourceError("'draft' must be true or false", **_where(node, "draft"))
    return Source(
        id=_slug(node["id"], "source id", _where(node, "id")),
        outlet=_slug(node["outlet"], "outlet", _where(node, "outlet")),
        date=parse_date(node["date"], what="source date", where=_where(node, "date")),
        language=language,
        url=url,
        text=text,
        text_path=text_path,
        title=_text_map(node["title"], "title", _where(node, "title")) if "title" in node else {},
        description=_text_map(node["description"], "description", _where(node, "description"))
        if "description" in node
        else {},
        draft=draft,
        date_basis=node.get("date_basis"),
        url_kind=node.get("url_kind", "article"),
        **_where(node),
    )


def _check_quote(quote: Any, source: Source, where: dict[str, Any]) -> str:
    if not isinstance(quote, str) or not quote.strip():
        raise SourceError("an evidence quote must be non-empty text", **where)
    if source.text is None:
        raise SourceError(
            f"source '{source.id}' has no bundled text, so a quote cannot be checked; "
            "remove 'evidence' (the source's address and date are the evidence) or add 'text:'",
            **where,
        )
    if quote not in source.text:
        squeezed = " ".join(quote.split())
        hint = (
            "it matches only with different spacing: copy the spaces exactly"
            if squeezed in " ".join(source.text.split())
            else "copy it verbatim from the text, with the same letters, spaces and quote marks"
        )
        short = quote if len(quote) <= 60 else quote[:57] + "..."
        raise SourceError(f"evidence quote not found in {source.text_path}: {shown(short)}; {hint}", **where)
    return quote


def _parse_value(kind: Any, value: Any, what: str, where: dict[str, Any]) -> Any:
    if isinstance(kind, FactRef) and isinstance(value, str) and FACT_KEY.match(value):
        return value  # a fact of another sheet: '<source-id>/<fact-id>'
    if isinstance(kind, (Ref, FactRef)):
        return _slug(value, what, where)
    if isinstance(kind, Enum):
        if value not in kind.values:
            raise SourceError(f"{what} is {shown(value)}; expected one of: {', '.join(kind.values)}", **where)
        return value
    if kind == TEXT:
        return _text_map(value, what, where)
    if kind == TEXTS:
        if not isinstance(value, yamlio.Sequence):
            raise SourceError(f"{what} must be a list of {{lang: text}}", **where)
        return [_text_map(item, what, _where(value, i)) for i, item in enumerate(value)]
    if kind == DATE:
        return parse_date(value, what=what, where=where)
    if kind == NUMBER:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise SourceError(f"{what} must be a number, e.g. 1000 or 73.12 (no thousands separators)", **where)
        if isinstance(value, float) and not math.isfinite(value):  # YAML's .nan, .inf, and 1.0e999
            raise SourceError(f"{what} must be a finite number, e.g. 1000 or 73.12, not {value}", **where)
        return value
    return value


def _parse_fact(node: Any, source: Source, where: dict[str, Any]) -> Fact:
    node = _mapping(node, "a fact", where)
    if "id" not in node:
        raise SourceError("fact has no 'id'", **_where(node))
    fact_id = _slug(node["id"], "fact id", _where(node, "id"))
    kind = node.get("type")
    if kind not in FACT_FIELDS:
        raise SourceError(
            f"fact '{fact_id}' has type {shown(kind)}; expected one of: {', '.join(sorted(FACT_FIELDS))}",
            **_where(node, "type" if "type" in node else None),
        )
    spec = FACT_FIELDS[kind]
    values: dict[str, Any] = {}
    for key, value in node.items():
        if key in COMMON_FACT_FIELDS and key not in spec:
            continue
        if key not in spec:
            raise SourceError(
                f"unknown field '{key}' for a {kind}; expected one of: {', '.join(sorted(spec))}", **_where(node, key)
            )
        values[key] = _parse_value(spec[key], value, f"'{key}' of '{fact_id}'", _where(node, key))
    same_as = node.get("same_as")
    if same_as is not None and (not isinstance(same_as, str) or not FACT_KEY.match(same_as)):
        raise SourceError(
            f"'same_as' of '{fact_id}' is {same_as!r}; write '<source-id>/<fact-id>', "
            "e.g. 'baq-2026-02-04-baytaq-council/session'",
            **_where(node, "same_as"),
        )
    if same_as is None:  # a fact known from another sheet needs only what this report adds
        for key in REQUIRED[kind]:
            if key not in values:
                raise SourceError(f"{kind} '{fact_id}' has no '{key}' (required)", **_where(node))
    attribution = node.get("attribution")
    if attribution is not None and attribution not in ATTRIBUTIONS:
        raise SourceError(
            f"'attribution' of '{fact_id}' is {attribution!r}; expected one of: {', '.join(ATTRIBUTIONS)}",
            **_where(node, "attribution"),
        )
    raw_quotes = node.get("evidence")
    quotes: list[str] = []
    if raw_quotes is None:
        if source.text is not None:
            raise SourceError(
                f"fact '{fact_id}' has no evidence; add 'evidence:' with a verbatim quote from {source.text_path}",
                **_where(node),
            )
    elif isinstance(raw_quotes, yamlio.Sequence):
        if len(raw_quotes) > MAX_QUOTES:
            raise SourceError(
                f"fact '{fact_id}' has {len(raw_quotes):,} evidence quotes, over the limit of "
                f"{MAX_QUOTES}; keep the few that show it",
                **_where(node, "evidence"),
            )
        quotes = [_check_quote(q, source, _where(raw_quotes, i)) for i, q in enumerate(raw_quotes)]
    else:
        quotes = [_check_quote(raw_quotes, source, _where(node, "evidence"))]
    date = parse_date(node["date"], what="date", where=_where(node, "date")) if "date" in node else None
    confidence = node.get("confidence")
    if confidence is not None and (
        isinstance(confidence, bool) or not isinstance(confidence, (int, float)) or not 0 <= confidence <= 1
    ):
        raise SourceError(f"'confidence' of '{fact_id}' must be a number from 0 to 1", **_where(node, "confidence"))
    return Fact(
        id=fact_id,
        type=kind,
        source=source,
        values=values,
        quotes=quotes,
        date=date,
        field_lines=dict(node.key_lines),
        same_as=same_as,
        attribution=attribution if attribution != "stated" else None,
        **_where(node),
    )


def _quote_count(item: Any) -> int:
    """How many evidence quotes a fact entry holds, before it is checked."""
    evidence = item.get("evidence") if isinstance(item, yamlio.Mapping) else None
    return len(evidence) if isinstance(evidence, yamlio.Sequence) else int(evidence is not None)


def _parse_sheet(doc: yamlio.Mapping, sheet: Path, roots: Seq[Path] = ()) -> tuple[Source, list[Fact]]:
    for key in doc:
        if key not in ("source", "facts"):
            raise SourceError(
                f"unknown top-level key '{key}'; a fact sheet has 'source:' and 'facts:'", **_where(doc, key)
            )
    if "source" not in doc:
        raise SourceError("fact sheet has no 'source:' block", **_where(doc))
    source = _parse_source(doc["source"], sheet, _where(doc, "source"), roots)
    items = doc.get("facts") or yamlio.Sequence()
    if not isinstance(items, yamlio.Sequence):
        raise SourceError("'facts' must be a list of entries starting with '- id: ...'", **_where(doc, "facts"))
    if len(items) > MAX_FACTS:
        raise SourceError(
            f"{len(items):,} facts in one sheet, over the limit of {MAX_FACTS:,}; split the sheet",
            **_where(doc, "facts"),
        )
    quotes = sum(_quote_count(item) for item in items)
    if quotes > MAX_SHEET_QUOTES:
        raise SourceError(
            f"{quotes:,} evidence quotes in one sheet, over the limit of {MAX_SHEET_QUOTES:,} (each is looked "
            "for in the whole text); keep the few that show each fact, or split the sheet",
            **_where(doc, "facts"),
        )
    facts = [_parse_fact(item, source, _where(items, i)) for i, item in enumerate(items)]
    seen: dict[str, Fact] = {}
    for fact in facts:
        if fact.id in seen:
            raise SourceError(
                f"duplicate fact id '{fact.id}' (first on line {seen[fact.id].line}); fact ids must be unique in a sheet",
                path=fact.path,
                line=fact.line,
            )
        seen[fact.id] = fact
    return source, facts


# ---------------------------------------------------------------- the corpus


def _yaml_files(paths: Seq[Path]) -> list[Path]:
    files: list[Path] = []
    for path in paths:
        if path.is_dir():  # a folder may hold texts only: the texts of a sheet named beside it
            files.extend(sorted(p for p in path.rglob("*.yaml") if p.is_file()))
            files.extend(sorted(p for p in path.rglob("*.yml") if p.is_file()))
        elif path.exists():
            files.append(path)
        else:
            raise SourceError("no such file or directory", path=path)
    if not files:  # a wrong folder would pass validation and build an empty graph
        raise SourceError(
            "no fact sheet or registry (*.yaml) found here; give the folder or file that holds them",
            path=", ".join(map(str, paths)),
        )
    unique: list[Path] = []  # a file given twice (a folder and a sheet in it, a link) is read once
    seen: set[str] = set()
    for file in files:
        real = os.path.realpath(file)
        if real not in seen:
            seen.add(real)
            unique.append(file)
    return unique


def _check_references(corpus: Corpus) -> None:
    actors = corpus.actors
    for actor in actors.values():
        if actor.part_of is not None and actor.part_of not in actors:
            raise SourceError(f"'{actor.id}' is part_of unknown id '{actor.part_of}'", path=actor.path, line=actor.line)
    for source in corpus.sources:
        outlet = actors.get(source.outlet)
        if outlet is None:
            raise SourceError(
                f"unknown outlet '{source.outlet}'; add it to the actor registry with type: outlet",
                path=source.path,
                line=source.line,
            )
    by_sheet: dict[str, dict[str, Fact]] = {}
    for fact in corpus.facts:
        by_sheet.setdefault(fact.source.id, {})[fact.id] = fact
    for fact in corpus.facts:
        spec = FACT_FIELDS[fact.type]
        for key, value in fact.values.items():
            kind = spec[key]
            if isinstance(kind, Ref):
                named = actors.get(value)
                if named is None:
                    hint = _near(value, actors)
                    raise SourceError(
                        f"'{key}' of '{fact.id}' names unknown actor '{value}'"
                        + (f"; did you mean '{hint}'?" if hint else "; add it to the actor registry first"),
                        path=fact.path,
                        line=fact.line_of(key),
                    )
                if named.type not in kind.types:
                    raise SourceError(
                        f"'{key}' of '{fact.id}' must name a {' or '.join(sorted(kind.types))}, "
                        f"but '{value}' is a {named.type}",
                        path=fact.path,
                        line=fact.line_of(key),
                    )
            elif isinstance(kind, FactRef):
                source_id, _, fact_id = fact.ref_key(value).partition("/")
                target = by_sheet.get(source_id, {}).get(fact_id)
                if target is None or target.type not in kind.types:
                    where_to = "this sheet" if "/" not in value else f"sheet '{source_id}'"
                    raise SourceError(
                        f"'{key}' of '{fact.id}' names '{value}', which is not an event fact of {where_to}",
                        path=fact.path,
                        line=fact.line_of(key),
                    )


def _near(value: str, actors: dict[str, Actor]) -> str | None:
    import difflib

    close = difflib.get_close_matches(value, list(actors), n=1, cutoff=0.75)
    return close[0] if close else None


def load_corpus(paths: Seq[str | Path] | None = None) -> Corpus:
    """Load and check the registry and fact sheets under ``paths`` (the bundled sources by default).

    When ``paths`` hold no registry, the bundled one is used, so a new fact sheet can name
    known actors without copying them. A registry that says ``extends: bundled`` (as the
    drafts of ``kg extract`` do) adds its actors to the bundled registry, or to the full
    registry given with it.

    :raises SourceError: on the first problem found, with its file and line.
    """
    given = [Path(p) for p in paths] if paths else [resources.sources_dir()]
    registries: list[tuple[Path, yamlio.Mapping]] = []
    sheets: list[tuple[Path, yamlio.Mapping]] = []
    decision_docs: list[tuple[Path, yamlio.Mapping]] = []
    roots = [path if path.is_dir() else path.parent for path in given]  # where texts may be read
    for file in _yaml_files(given):
        doc = yamlio.load(file)
        if not isinstance(doc, yamlio.Mapping):
            raise SourceError(
                "expected a registry ('actors:') or a fact sheet ('source:' and 'facts:')", path=file, line=1
            )
        if "actors" in doc:
            registries.append((file, doc))
        elif set(doc) and set(doc) <= DECISION_KINDS:
            decision_docs.append((file, doc))
        else:
            sheets.append((file, doc))
    default = resources.sources_dir() / "actors.yaml"
    for _file, doc in registries:
        if doc.get("extends", "bundled") != "bundled":
            raise SourceError(
                "'extends' can only be 'bundled' (the registry shipped with kg)", **_where(doc, "extends")
            )
    # Extension registries (kg extract's drafts) need a full one: the bundled, unless one is given.
    if all("extends" in doc for _file, doc in registries):
        registries.insert(0, (default, yamlio.load(default)))
        bundled = resources.sources_dir() / DECISIONS_FILE
        if not decision_docs and bundled.is_file():
            decision_docs.append((bundled, yamlio.load(bundled)))
    actors: dict[str, Actor] = {}
    for file, doc in registries:
        for actor in _parse_registry(doc, str(file)):
            if actor.id in actors:
                first = actors[actor.id]
                raise SourceError(
                    f"duplicate actor id '{actor.id}' (first at {first.path}:{first.line}); ids must be unique",
                    path=actor.path,
                    line=actor.line,
                )
            actors[actor.id] = actor
    sources: list[Source] = []
    facts: list[Fact] = []
    source_ids: dict[str, Source] = {}
    for file, doc in sheets:
        source, sheet_facts = _parse_sheet(doc, file, roots)
        if source.id in source_ids or source.id in actors:
            raise SourceError(
                f"duplicate source id '{source.id}'; every report needs its own id", path=source.path, line=source.line
            )
        source_ids[source.id] = source
        sources.append(source)
        facts.extend(sheet_facts)
    corpus = Corpus(actors=actors, sources=sources, facts=facts)
    _check_references(corpus)
    decisions = [d for file, doc in decision_docs for d in _parse_decisions(doc)]
    return link_facts(apply_decisions(corpus, decisions))


# ---------------------------------------------------------------- review decisions

DECISIONS_FILE = "decisions.yaml"
DECISION_KINDS = frozenset({"same_as", "not_same"})
DECISION_FIELDS = {"ids", "note", "reviewer", "date"}


def _parse_decisions(doc: yamlio.Mapping) -> list[Decision]:
    """Read ``same_as:`` and ``not_same:`` lists; each item is ``[id_a, id_b]`` or
    ``{ids: [id_a, id_b], note: ..., reviewer: ..., date: YYYY-MM-DD}``."""
    out: list[Decision] = []
    for kind in sorted(DECISION_KINDS):
        items = doc.get(kind)
        if items is None:
            continue
        if not isinstance(items, yamlio.Sequence):
            raise SourceError(f"'{kind}' must be a list of pairs, e.g. '- [id-a, id-b]'", **_where(doc, kind))
        for i, item in enumerate(items):
            where = _where(items, i)
            extra: dict[str, Any] = {}
            if isinstance(item, yamlio.Mapping):
                for key in item:
                    if key not in DECISION_FIELDS:
                        raise SourceError(
                            f"unknown decision field '{key}'; expected one of: {', '.join(sorted(DECISION_FIELDS))}",
                            **_where(item, key),
                        )
                if "date" in item:
                    extra["date"] = parse_date(item["date"], what="decision date", where=_where(item, "date"))
                for key in ("note", "reviewer"):
                    if key in item:
                        extra[key] = " ".join(str(item[key]).split())
                item = item.get("ids")
            if not isinstance(item, list) or len(item) != 2:
                raise SourceError(
                    f"a '{kind}' decision names exactly two actor ids or two facts, e.g. '- [id-a, id-b]' "
                    "or '- [source-a/fact, source-b/fact]'",
                    **where,
                )
            facts = [isinstance(v, str) and bool(FACT_KEY.match(v)) for v in item]
            if any(facts) and not all(facts):
                raise SourceError(
                    f"a '{kind}' decision names two actors or two facts ('<source-id>/<fact-id>'), not one of each",
                    **where,
                )
            a, b = item if all(facts) else (_slug(v, "actor id", where) for v in item)
            if a == b:
                raise SourceError(f"a '{kind}' decision needs two different ids, not '{a}' twice", **where)
            out.append(Decision(kind, a, b, **extra, **where))
    return out


def apply_decisions(corpus: Corpus, decisions: Seq[Decision]) -> Corpus:
    """Check review decisions against the registry and merge ``same_as`` pairs.

    For ``same_as: [a, b]``, ``a`` is canonical: ``b``'s labels become alternative labels of
    ``a``, every reference to ``b`` (facts, outlets, ``part_of``) now names ``a``, and
    ``corpus.merged`` maps ``b`` to ``a`` (the graph then says ``b owl:sameAs a``).
    ``not_same`` pairs are only recorded (``kg duplicates`` leaves them out).

    :raises SourceError: for an unknown id, a pair both same and not same, or actors that
        cannot be one (different types or genders).
    """
    actors = corpus.actors
    merged: dict[str, str] = {}
    all_decisions = list(decisions)
    decisions = [d for d in decisions if "/" not in d.a]  # facts are linked by link_facts

    def canonical(actor_id: str) -> str:
        while actor_id in merged:
            actor_id = merged[actor_id]
        return actor_id

    same = {frozenset((d.a, d.b)) for d in decisions if d.kind == "same_as"}
    for d in decisions:
        for actor_id in (d.a, d.b):
            if actor_id not in actors:
                hint = _near(actor_id, actors)
                raise SourceError(
                    f"{d.kind} names unknown actor '{actor_id}'" + (f"; did you mean '{hint}'?" if hint else ""),
                    path=d.path,
                    line=d.line,
                )
        if d.kind == "not_same" and frozenset((d.a, d.b)) in same:
            raise SourceError(
                f"'{d.a}' and '{d.b}' are both same_as and not_same; delete one of the two lines",
                path=d.path,
                line=d.line,
            )
    for d in decisions:
        if d.kind != "same_as":
            continue
        keep_id, drop_id = canonical(d.a), canonical(d.b)
        if keep_id == drop_id:
            continue
        keep, drop = actors[keep_id], actors[drop_id]
        if keep.type != drop.type:
            raise SourceError(
                f"cannot merge '{drop_id}' ({drop.type}) into '{keep_id}' ({keep.type}): the types differ",
                path=d.path,
                line=d.line,
            )
        if keep.gender and drop.gender and keep.gender != drop.gender:
            raise SourceError(
                f"cannot merge '{drop_id}' into '{keep_id}': one is {drop.gender}, the other {keep.gender}",
                path=d.path,
                line=d.line,
            )
        labels = {(lang, text) for lang, text in keep.names.items()} | set(keep.also)
        for lang, text in [*drop.names.items(), *drop.also]:
            if (lang, text) not in labels:
                labels.add((lang, text))
                keep.also.append((lang, text))
        keep.gender = keep.gender or drop.gender
        keep.part_of = keep.part_of or drop.part_of
        keep.number = keep.number if keep.number is not None else drop.number
        keep.status = keep.status if keep.status is not None else drop.status
        keep.description = {**drop.description, **keep.description}
        del actors[drop_id]
        merged[drop_id] = keep_id
    if merged:
        for actor in actors.values():
            if actor.part_of is not None:
                actor.part_of = canonical(actor.part_of)
                if actor.part_of == actor.id:
                    actor.part_of = None
        for source in corpus.sources:
            source.outlet = canonical(source.outlet)
        for fact in corpus.facts:
            spec = FACT_FIELDS[fact.type]
            for key, value in fact.values.items():
                if isinstance(spec.get(key), Ref):
                    fact.values[key] = canonical(value)
    corpus.decisions = all_decisions
    corpus.merged = {old: canonical(old) for old in merged}
    return corpus


def link_facts(corpus: Corpus) -> Corpus:
    """Join the fact entries that state one real-world fact: ``same_as`` in sheets and decisions.

    ``corpus.canonical`` maps every fact key to the key of the entry that stands for the fact (the
    end of its ``same_as`` chain; for a decision ``same_as: [a, b]``, ``a``'s). Nothing is
    overwritten: each entry keeps its own values, which become its source's evidence.

    :raises SourceError: (file and line) for a reference to a missing fact, a fact that names
        itself, a cycle, two facts of different types, two entries of one sheet, claims with
        different figures, or a pair judged both same and not the same.
    """
    by_key = {fact.key: fact for fact in corpus.facts}
    parent: dict[str, str] = {}
    for fact in corpus.facts:
        if fact.same_as is None:
            continue
        where: dict[str, Any] = {"path": fact.path, "line": fact.line_of("same_as")}
        if fact.same_as == fact.key:
            raise SourceError(f"'{fact.id}' is same_as itself; name the fact of another report", **where)
        if fact.same_as not in by_key:
            source_id = fact.same_as.partition("/")[0]
            known = sorted(f.id for f in corpus.facts if f.source.id == source_id)
            hint = f"; facts of '{source_id}': {', '.join(known)}" if known else f"; there is no source '{source_id}'"
            raise SourceError(f"same_as names unknown fact '{fact.same_as}'{hint}", **where)
        parent[fact.key] = fact.same_as

    def root(key: str, where: dict[str, Any] | None = None) -> str:
        seen = [key]
        while key in parent:
            key = parent[key]
            if key in seen:
                raise SourceError(
                    f"same_as cycle: {' -> '.join([*seen, key])}; one of them must be the fact itself", **(where or {})
                )
            seen.append(key)
        return key

    for fact in corpus.facts:
        root(fact.key, {"path": fact.path, "line": fact.line_of("same_as")})
    fact_decisions = [d for d in corpus.decisions if "/" in d.a]
    for d in fact_decisions:
        for key in (d.a, d.b):
            if key not in by_key:
                raise SourceError(f"{d.kind} names unknown fact '{key}'", path=d.path, line=d.line)
    for d in fact_decisions:
        if d.kind == "same_as":
            keep, drop = root(d.a), root(d.b)
            if keep != drop:
                _check_joinable(by_key[keep], by_key[drop], {"path": d.path, "line": d.line})
                parent[drop] = keep
    for d in fact_decisions:
        if d.kind == "not_same" and root(d.a) == root(d.b):
            raise SourceError(
                f"'{d.a}' and '{d.b}' are judged not the same, but same_as (in a sheet or here) makes them one fact; "
                "delete one of the two judgements",
                path=d.path,
                line=d.line,
            )
    canonical = {fact.key: root(fact.key) for fact in corpus.facts}
    seen_sources: dict[tuple[str, str], Fact] = {}
    for fact in corpus.facts:
        top = by_key[canonical[fact.key]]
        if fact is not top:
            _check_joinable(top, fact, {"path": fact.path, "line": fact.line_of("same_as")})
        first = seen_sources.setdefault((canonical[fact.key], fact.source.id), fact)
        if first is not fact:
            raise SourceError(
                f"'{first.id}' and '{fact.id}' of one report are the same fact; give it once, with all its quotes",
                path=fact.path,
                line=fact.line,
            )
    corpus.canonical = canonical
    return corpus


def _check_joinable(keep: Fact, other: Fact, where: dict[str, Any]) -> None:
    if keep.type != other.type:
        raise SourceError(
            f"'{other.key}' is a {other.type} and '{keep.key}' a {keep.type}: facts of different types cannot be one",
            **where,
        )
    if keep.type == "claim" and "quantity" in other.values and other.values["quantity"] != keep.values.get("quantity"):
        raise SourceError(
            f"'{other.key}' gives {other.values['quantity']} and '{keep.key}' {keep.values.get('quantity')}: "
            "differing figures stay separate claims; remove same_as",
            **where,
        )
