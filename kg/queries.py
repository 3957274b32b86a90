"""Named SPARQL queries: find them, read their headers, check them, bind parameters, run them.

A query file starts with a comment header::

    # title: Who proposed what
    # description: Every proposal with its proposer, target and evidence.
    # param: ?actor actor, optional; limits to one proposer
    # param: ?lang lang, optional, default en; label language
    # returns: ?proposerLabel ?content ?targetLabel ...

Parameters are bound as RDF terms (Oxigraph ``substitutions``), never pasted into the text,
and every query is checked before it reaches the engine: ``SERVICE``, ``LOAD``, ``FROM`` and
updates are refused, because the engine would otherwise fetch from the network or change data.

>>> q = find_query("who-proposed-what")
>>> [p.name for p in q.params]
['actor', 'target', 'lang']
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg import resources
from kg.errors import QueryError

PARAM_KINDS = ("actor", "iri", "string", "date", "integer", "lang")
_HEADER = re.compile(r"^#\s*(title|description|param|returns)\s*:\s*(.*)$")
_PARAM = re.compile(r"^\?(?P<name>[A-Za-z_][A-Za-z0-9_]*)\s+(?P<kind>\w+)(?P<rest>.*)$")


@dataclass(frozen=True)
class Param:
    """A declared parameter: ``# param: ?name kind[, optional][, default X][; doc]``."""

    name: str
    kind: str
    optional: bool = False
    default: str | None = None
    doc: str = ""


@dataclass(frozen=True)
class NamedQuery:
    """A query file and what its header says about it."""

    name: str
    path: Path
    text: str
    title: str = ""
    description: str = ""
    params: tuple[Param, ...] = ()
    returns: tuple[str, ...] = field(default_factory=tuple)


def parse_header(text: str, *, path: Path) -> dict[str, Any]:
    """Read the ``# key: value`` lines at the top of a query file.

    >>> h = parse_header("# title: T\\n# param: ?actor actor, optional; who\\nSELECT", path=Path("q.rq"))
    >>> h["title"], h["params"][0]
    ('T', Param(name='actor', kind='actor', optional=True, default=None, doc='who'))
    """
    title = ""
    description: list[str] = []
    params: list[Param] = []
    returns: tuple[str, ...] = ()
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.startswith("#"):
            if line.strip():
                break
            continue
        match = _HEADER.match(line)
        if not match:
            continue
        key, value = match.group(1), match.group(2).strip()
        if key == "title":
            title = value
        elif key == "description":
            description.append(value)
        elif key == "returns":
            returns = tuple(v.lstrip("?") for v in value.split())
        else:
            params.append(_parse_param(value, path=path, line=number))
    return {"title": title, "description": " ".join(description), "params": tuple(params), "returns": returns}


def _parse_param(value: str, *, path: Path, line: int) -> Param:
    spec, _, doc = value.partition(";")
    match = _PARAM.match(spec.strip())
    if not match or match.group("kind") not in PARAM_KINDS:
        raise QueryError(
            f"bad '# param:' line; write '# param: ?name KIND[, optional][, default X]; what it does' "
            f"with KIND one of {', '.join(PARAM_KINDS)}",
            path=path, line=line,
        )
    optional = False
    default = None
    for part in (p.strip() for p in match.group("rest").split(",")):
        if part == "optional":
            optional = True
        elif part.startswith("default "):
            default = part[len("default "):].strip()
            optional = True
    return Param(match.group("name"), match.group("kind"), optional, default, doc.strip())


def load_query(path: str | Path) -> NamedQuery:
    """Read one ``.rq`` file."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise QueryError("query file not found", path=path) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise QueryError(f"cannot read query file: {exc}", path=path) from None
    header = parse_header(text, path=path)
    return NamedQuery(name=path.stem.replace("_", "-"), path=path, text=text, **header)


def list_queries(directory: Path | None = None) -> list[NamedQuery]:
    """All named queries, sorted by name."""
    directory = directory or resources.queries_dir()
    return sorted((load_query(p) for p in directory.glob("*.rq")), key=lambda q: q.name)


def find_query(name: str) -> NamedQuery:
    """A named query by name (``who-proposed-what``), or a ``.rq`` file by path."""
    if name.endswith(".rq") or "/" in name:
        return load_query(name)
    queries = {q.name: q for q in list_queries()}
    key = name.replace("_", "-")
    if key not in queries:
        import difflib

        near = difflib.get_close_matches(key, list(queries), n=3)
        hint = f"did you mean: {', '.join(near)}?" if near else f"known queries: {', '.join(queries)}"
        raise QueryError(f"unknown query '{name}'; {hint} (kg query --list shows them all)")
    return queries[key]


# ---------------------------------------------------------------- safety


def _walk(node: Any):
    from pyparsing import ParseResults
    from rdflib.plugins.sparql.parserutils import CompValue

    yield node
    if isinstance(node, CompValue):
        for value in node.values():
            yield from _walk(value)
    elif isinstance(node, (list, tuple, ParseResults)):
        for value in node:
            yield from _walk(value)


@functools.lru_cache(maxsize=512)
def check_query(text: str) -> str:
    """Refuse what could reach the network or change data; return the query form.

    :raises QueryError: for syntax errors, updates (including LOAD), SERVICE and FROM.

    >>> check_query("SELECT * WHERE { ?s ?p ?o }")
    'SELECT'
    >>> check_query("SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }")
    Traceback (most recent call last):
    ...
    kg.errors.QueryError: SERVICE is refused: queries run on the local graph only and may not call other endpoints
    """
    from pyparsing import ParseException
    from rdflib.plugins.sparql.parser import parseQuery, parseUpdate

    try:
        parsed = parseQuery(text)
    except ParseException as exc:
        try:
            update = parseUpdate(text)
        except Exception:
            raise QueryError(f"SPARQL syntax error at line {exc.lineno}, column {exc.col}: {exc.msg}") from None
        names = {getattr(n, "name", "") for n in _walk(update)}
        if "Load" in names:
            raise QueryError("LOAD is refused: it fetches documents from the network and changes data") from None
        raise QueryError("updates (INSERT, DELETE, LOAD, CLEAR, DROP, …) are refused: queries are read-only") from None
    except Exception as exc:  # rdflib raises a few other types on odd input
        raise QueryError(f"SPARQL syntax error: {exc}") from None
    form = "SELECT"
    for node in _walk(parsed):
        name = getattr(node, "name", "")
        if name == "ServiceGraphPattern":
            raise QueryError("SERVICE is refused: queries run on the local graph only and may not call other endpoints")
        if name == "DatasetClause":
            raise QueryError("FROM and FROM NAMED are refused: queries run on the local graph only (use GRAPH for named graphs)")
        if name in ("SelectQuery", "ConstructQuery", "AskQuery", "DescribeQuery"):
            form = name[: -len("Query")].upper()
    return form


# ---------------------------------------------------------------- parameters


def parse_param_args(pairs: list[str]) -> dict[str, str]:
    """``["actor=baytaq", "lang=kk"]`` to a dict; each item must be ``name=value``.

    >>> parse_param_args(["actor=baytaq"])
    {'actor': 'baytaq'}
    """
    out: dict[str, str] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        name = name.strip().lstrip("?")
        if not sep or not name:
            raise QueryError(f"bad --param {pair!r}; write --param NAME=VALUE, e.g. --param actor=baytaq")
        out[name] = value
    return out


def bind_params(
    query: NamedQuery,
    given: Mapping[str, str],
    *,
    resolve_actor: Callable[[str], str] | None = None,
) -> dict[str, Any]:
    """Turn ``--param`` values into RDF terms keyed by variable name.

    :raises QueryError: for an undeclared or missing parameter, or a value of the wrong kind.
    """
    from pyoxigraph import Literal, NamedNode

    declared = {p.name: p for p in query.params}
    for name in given:
        if name not in declared:
            takes = ", ".join(declared) or "no parameters"
            raise QueryError(f"query '{query.name}' has no parameter '{name}'; it takes: {takes}")
    bound: dict[str, Any] = {}
    for param in query.params:
        value = given.get(param.name, param.default)
        if value is None:
            if not param.optional:
                raise QueryError(f"query '{query.name}' needs --param {param.name}=… ({param.doc or param.kind})")
            continue
        where = f"--param {param.name}={value!r}"
        if param.kind == "actor":
            if resolve_actor is None and not re.match(r"^[a-z][a-z0-9+.-]*:[^\s<>\"{}|^`\\]+$", value):
                raise QueryError(f"{where}: an actor's IRI is needed here; ids and names are resolved by "
                                 "kg.Graph.query and kg.resolve.run_named")
            iri = resolve_actor(value) if resolve_actor else value
            bound[param.name] = NamedNode(iri)
        elif param.kind == "iri":
            if not re.match(r"^[a-z][a-z0-9+.-]*:[^\s<>\"{}|^`\\]+$", value):
                raise QueryError(f"{where}: expected an absolute IRI such as https://w3id.org/reform-kg/id/baytaq")
            bound[param.name] = NamedNode(value)
        elif param.kind == "date":
            try:
                dt.date.fromisoformat(value)
            except ValueError:
                raise QueryError(f"{where}: expected a date as YYYY-MM-DD") from None
            bound[param.name] = Literal(value, datatype=NamedNode("http://www.w3.org/2001/XMLSchema#date"))
        elif param.kind == "integer":
            if not re.fullmatch(r"-?\d+", value):
                raise QueryError(f"{where}: expected a whole number")
            bound[param.name] = Literal(value, datatype=NamedNode("http://www.w3.org/2001/XMLSchema#integer"))
        elif param.kind == "lang":
            if not re.fullmatch(r"[a-z]{2,3}", value):
                raise QueryError(f"{where}: expected a language code such as kk, ru or en")
            bound[param.name] = Literal(value)
        else:
            bound[param.name] = Literal(value)
    return bound


# ---------------------------------------------------------------- running


_WHERE = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)


def with_values(text: str, bindings: Mapping[str, Any]) -> str:
    """Bind variables by a ``VALUES`` block at the top of the first ``WHERE`` group.

    The terms are written in N-Triples syntax by the RDF library, so a value can never
    change the query's structure. Unbound parameters get no row and stay unbound.

    >>> from pyoxigraph import Literal
    >>> print(with_values("SELECT ?x WHERE { ?x ?p ?lang }", {"lang": Literal('en"}')}))
    SELECT ?x WHERE { VALUES (?lang) { ("en\\"}") }
     ?x ?p ?lang }
    """
    if not bindings:
        return text
    lines = text.split("\n")
    offset = 0
    for line in lines:
        match = None if line.lstrip().startswith("#") else _WHERE.search(line)
        if match:
            at = offset + match.end()
            names = " ".join(f"?{name}" for name in bindings)
            values = " ".join(str(term) for term in bindings.values())
            return f"{text[:at]} VALUES ({names}) {{ ({values}) }}\n{text[at:]}"
        offset += len(line) + 1
    raise QueryError("cannot bind parameters: the query has no 'WHERE {' group")


_LEXEMES = re.compile(
    r"""
      (?P<skip>
          \#[^\n\r]*                                         # a comment
        | '\'\'(?:(?:'|'')?(?:[^'\\]|\\.))*'\'\'             # long strings
        | "\"\"(?:(?:"|"")?(?:[^"\\]|\\.))*"\"\"
        | '(?:[^'\\\n\r]|\\.)*'                              # strings
        | "(?:[^"\\\n\r]|\\.)*"
        | <[^<>"{}|^`\\\x00-\x20]*>                          # an IRI
        | [?$][A-Za-z0-9_]+                                  # a variable
      )
    | (?P<prefix>(?:[A-Za-z_][A-Za-z0-9_-]*)?:)[A-Za-z_][A-Za-z0-9_-]*   # a prefixed name: keep the prefix
    | (?P<code>[^\#'"<?$:]+|[\s\S])                          # keywords, punctuation and the rest
    """,
    re.S | re.X,
)
_RISKY = re.compile(r"service|from|\\", re.I)


def plainly_safe(text: str) -> bool:
    """True when the query text cannot hold SERVICE or FROM: the engine may run it unchecked.

    A backslash anywhere sends the text to the full parse: SPARQL lets ``\\uXXXX`` escapes be
    expanded before tokenising (rdflib and some servers do), so an escaped quote could end a
    string early and bring a hidden SERVICE to life. Otherwise
    comments, strings, IRIs, variable names and local names are set aside, and what is left
    (keywords, prefixes, punctuation) must not contain 'service' or 'from'. The
    test errs on the safe side: text that fails it goes through :func:`check_query`'s full
    parse, which costs ~0.1-0.5 s per new text, while this costs well under a millisecond.

    >>> plainly_safe('SELECT ?from WHERE { ?s prov:wasDerivedFrom "service" } # FROM')
    True
    >>> plainly_safe('SELECT * WHERE { SERVICEex:x { ?s ?p ?o } }')
    False
    >>> plainly_safe('SELECT * WHERE { BIND("\\u0022 } SERVICE <http://x/> { ?s ?p ?o } #" AS ?x) }')
    False
    """
    if "\\" in text:
        return False
    code = []
    for match in _LEXEMES.finditer(text):
        if match.group("prefix") is not None:
            code.append(match.group("prefix"))
        elif match.group("code") is not None:
            code.append(match.group("code"))
    return not _RISKY.search("".join(code))


def run_sparql(store, text: str, bindings: Mapping[str, Any] | None = None):
    """Check a query, then run it on an Oxigraph store with variables bound as RDF terms."""
    text = with_values(text, bindings or {})
    if not plainly_safe(text):
        check_query(text)
    try:
        return store.query(text)
    except SyntaxError as exc:
        check_query(text)  # names updates, LOAD and SERVICE precisely when that is the problem
        raise QueryError(f"SPARQL syntax error: {exc}") from None
    except OSError as exc:
        raise QueryError(f"query failed: {exc}") from None


def run_named(store, query: NamedQuery, given: Mapping[str, str] | None = None, *,
              resolve_actor: Callable[[str], str] | None = None):
    """Run a named query with ``--param`` values; returns the engine's result object.

    Actor parameters are taken as IRIs unless ``resolve_actor`` turns names into IRIs: use
    :func:`kg.resolve.run_named` or :meth:`kg.Graph.query` for names.
    """
    bindings = bind_params(query, given or {}, resolve_actor=resolve_actor)
    return run_sparql(store, query.text, bindings)
