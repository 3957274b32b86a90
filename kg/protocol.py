"""The SPARQL 1.1 Protocol's rules, apart from HTTP plumbing: what makes a query request, the dataset, the service description.

``kg serve`` serves one graph (its default graph) read-only. This module decides, from the
parameters of a request, which query it asks, over which dataset and in which ``format``, and
refuses what the protocol calls an error (two ``query`` parameters, a query both in the URL and in
the body, a dataset the server does not hold) before anything reaches the engine. A parameter that
takes one value given twice is refused in one way everywhere (:func:`given_twice`).

>>> ask = protocol_request([("query", "ASK {}")], [], graph=SERVED_GRAPH)
>>> ask.query
'ASK {}'
>>> protocol_request([("query", "ASK {}"), ("query", "ASK {}")], [], graph=SERVED_GRAPH)
Traceback (most recent call last):
...
kg.protocol.ProtocolError: the request holds 2 'query' parameters; send exactly one query
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

SERVED_GRAPH = "https://w3id.org/reform-kg/graph"
"""The name under which ``kg serve`` holds its graph (and ``kg push --graph`` suggests)."""

SD = "http://www.w3.org/ns/sparql-service-description#"
FORMATS_NS = "http://www.w3.org/ns/formats/"

# What the service description announces (W3C's format IRIs), per our format names.
RESULT_FORMAT_IRIS = {
    "json": "SPARQL_Results_JSON",
    "xml": "SPARQL_Results_XML",
    "csv": "SPARQL_Results_CSV",
    "tsv": "SPARQL_Results_TSV",
}
GRAPH_FORMAT_IRIS = {
    "turtle": "Turtle",
    "nt": "N-Triples",
    "xml": "RDF_XML",
    "json-ld": "JSON-LD",
}


class ProtocolError(Exception):
    """A request the protocol (or this read-only server) refuses: an HTTP status and a plain reason."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


@dataclass(frozen=True)
class ProtocolRequest:
    """What a request asks: the query text (``None``: none given), the dataset it names, and its
    ``format`` values (from the URL and the form, in order; none: the ``Accept`` header decides)."""

    query: str | None
    default_graphs: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()
    formats: tuple[str, ...] = ()


def given_twice(name: str, first: str, second: str) -> ProtocolError:
    """The 400 for a parameter that takes one value given twice: the last value must not win unseen
    (``kg query -p`` refuses a parameter given twice too). Every route of ``kg serve`` says it so.

    Only the first two values are shown, each cut short, however many and long they are.

    >>> print(given_twice("format", "csv", "json"))
    the parameter 'format' is given twice ('csv', 'json'); it takes one value: send it once
    """
    from kg.errors import shown

    return ProtocolError(
        400,
        f"the parameter {shown(name)} is given twice ({shown(first)}, {shown(second)}); it takes one value: send it once",
    )


def one_value_each(params: Iterable[tuple[str, str]], *, names: Iterable[str] | None = None) -> dict[str, str]:
    """The parameters as a dict, refusing one of ``names`` (any name when ``None``) given twice
    (:func:`given_twice`), even with the same value.

    :raises ProtocolError: 400, naming the parameter and its first two values.

    >>> one_value_each([("lang", "kk"), ("x", "1"), ("x", "2")], names=["lang"])
    {'lang': 'kk', 'x': '2'}
    >>> one_value_each([("lang", "en"), ("lang", "ru")])
    Traceback (most recent call last):
    ...
    kg.protocol.ProtocolError: the parameter 'lang' is given twice ('en', 'ru'); it takes one value: send it once
    """
    checked = None if names is None else frozenset(names)
    out: dict[str, str] = {}
    for name, value in params:
        if name in out and (checked is None or name in checked):
            raise given_twice(name, out[name], value)
        out[name] = value
    return out


def parse_query_string(data: bytes, *, errors: str = "replace") -> list[tuple[str, str]]:
    """The ``name=value`` pairs of a URL query string or form body, as :func:`urllib.parse.parse_qsl` gives
    them (``keep_blank_values``), decoded ten times faster for a long percent-encoded query.

    A 5 kB query is ~7.5 kB in a URL with ~1,000 ``%XX``; ``parse_qsl`` decodes those one by one
    in Python (~0.5 ms on the server's one event-loop thread). Here the C escape decoder does it,
    after ``%`` becomes ``\\x`` and every backslash is doubled, so nothing else reads as an escape.
    Input that is not ASCII, or holds a ``%`` not followed by two hex digits, goes to ``parse_qsl``.

    :param errors: how undecodable UTF-8 is treated (``"strict"`` raises :class:`UnicodeDecodeError`).

    >>> parse_query_string(b"query=SELECT+%3Fs%0A%7B%7D&format=&x")
    [('query', 'SELECT ?s\\n{}'), ('format', ''), ('x', '')]
    >>> parse_query_string(b"q=100%25+%zz")
    [('q', '100% %zz')]
    """
    import codecs
    import re
    from urllib.parse import parse_qsl

    if not data.isascii() or re.search(rb"%(?![0-9A-Fa-f]{2})", data):
        return parse_qsl(data.decode("latin-1"), keep_blank_values=True, encoding="utf-8", errors=errors)

    def decode(part: bytes) -> str:
        if b"%" not in part:
            return part.replace(b"+", b" ").decode("ascii")
        escaped = part.replace(b"+", b" ").replace(b"\\", b"\\\\").replace(b"%", b"\\x")
        return codecs.escape_decode(escaped)[0].decode("utf-8", errors)

    pairs = []
    for pair in data.split(b"&"):
        if pair:
            name, _, value = pair.partition(b"=")
            pairs.append((decode(name), decode(value)))
    return pairs


def protocol_request(
    url_params: Sequence[tuple[str, str]],
    form_params: Sequence[tuple[str, str]],
    *,
    body_query: str | None = None,
    graph: str = SERVED_GRAPH,
) -> ProtocolRequest:
    """The query and dataset of one request, or :class:`ProtocolError`.

    :param url_params: the URL's parameters, in order, repeated names kept.
    :param form_params: the parameters of a form body (``application/x-www-form-urlencoded``).
    :param body_query: the body of a direct POST (``application/sparql-query``).
    :param graph: the IRI of the graph the server holds, the only one a dataset may name.
    :raises ProtocolError: 403 for an update; 400 for two queries or a dataset the server lacks.
    """
    params = [*url_params, *form_params]
    names = [name for name, _ in params]
    if "update" in names:
        raise ProtocolError(403, "updates are refused: this endpoint is read-only")
    queries = [value for name, value in params if name == "query"]
    if body_query is not None:
        queries.append(body_query)
    if len(queries) > 1:
        raise ProtocolError(400, f"the request holds {len(queries)} 'query' parameters; send exactly one query")
    default_graphs = tuple(value for name, value in params if name == "default-graph-uri")
    named_graphs = tuple(value for name, value in params if name == "named-graph-uri")
    check_dataset(default_graphs, named_graphs, graph=graph)
    formats = tuple(value for name, value in params if name == "format")  # kg.serve.negotiate reads them
    return ProtocolRequest(queries[0] if queries else None, default_graphs, named_graphs, formats)


def check_dataset(default_graphs: Iterable[str], named_graphs: Iterable[str], *, graph: str = SERVED_GRAPH) -> None:
    """Accept a protocol dataset only when it names the graph the server holds.

    The served graph is the endpoint's default graph: ``default-graph-uri`` may name it (clients
    such as YASGUI send it; an empty value means the default graph too). The server has no named
    graphs, so ``named-graph-uri`` may name only the served graph, which then stays the default.

    >>> check_dataset([SERVED_GRAPH], [])
    >>> check_dataset(["http://example.org/other"], [])
    Traceback (most recent call last):
    ...
    kg.protocol.ProtocolError: default-graph-uri <http://example.org/other> is not served here: this endpoint holds one graph, <https://w3id.org/reform-kg/graph>, as its default graph; name that graph or leave the parameter out
    """
    for name, values in (("default-graph-uri", default_graphs), ("named-graph-uri", named_graphs)):
        for value in values:
            if value.strip() and value.strip() != graph:
                shown = value if len(value) <= 200 else value[:200] + "…"
                raise ProtocolError(
                    400,
                    f"{name} <{shown}> is not served here: this endpoint holds one graph, <{graph}>, as its "
                    "default graph; name that graph or leave the parameter out",
                )


def service_description(endpoint: str, *, graph: str = SERVED_GRAPH, triples: int | None = None) -> list:
    """The SPARQL 1.1 Service Description of the endpoint at ``endpoint``, as pyoxigraph triples.

    No blank nodes: the dataset and graph get IRIs under the endpoint's address, so the
    description is the same bytes on every request.

    >>> from pyoxigraph import RdfFormat, serialize
    >>> text = serialize(service_description("http://127.0.0.1:7700/sparql"), format=RdfFormat.N_TRIPLES)
    >>> b"<http://www.w3.org/ns/sparql-service-description#SPARQL11Query>" in text
    True
    """
    from pyoxigraph import Literal, NamedNode, Triple

    rdf_type = NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    service, dataset, default = NamedNode(endpoint), NamedNode(f"{endpoint}#dataset"), NamedNode(f"{endpoint}#graph")

    def sd(term: str) -> NamedNode:
        return NamedNode(SD + term)

    out = [
        Triple(service, rdf_type, sd("Service")),
        Triple(service, sd("endpoint"), service),
        Triple(service, sd("supportedLanguage"), sd("SPARQL11Query")),
        Triple(service, sd("feature"), sd("EmptyGraphs")),
        Triple(service, sd("defaultDataset"), dataset),
        Triple(
            service,
            NamedNode("http://purl.org/dc/terms/title"),
            Literal("kg serve: a read-only SPARQL endpoint over the reform graph"),
        ),
        Triple(dataset, rdf_type, sd("Dataset")),
        Triple(dataset, sd("defaultGraph"), default),
        Triple(default, rdf_type, sd("Graph")),
        Triple(default, NamedNode("http://www.w3.org/2000/01/rdf-schema#seeAlso"), NamedNode(graph)),
    ]
    for name in sorted({*RESULT_FORMAT_IRIS.values(), *GRAPH_FORMAT_IRIS.values()}):
        out.append(Triple(service, sd("resultFormat"), NamedNode(FORMATS_NS + name)))
    if triples is not None:
        out.append(
            Triple(
                default,
                NamedNode("http://rdfs.org/ns/void#triples"),
                Literal(str(triples), datatype=NamedNode("http://www.w3.org/2001/XMLSchema#integer")),
            )
        )
    return sorted(out, key=str)
