"""The SPARQL 1.1 Protocol rules of kg/protocol.py: which parameters make a query, the dataset, the description."""

from __future__ import annotations

import pytest
from pyoxigraph import RdfFormat, parse, serialize

from kg.protocol import (
    SD,
    SERVED_GRAPH,
    ProtocolError,
    check_dataset,
    given_twice,
    one_value_each,
    parse_query_string,
    protocol_request,
    service_description,
)


def test_one_query_from_the_url_or_the_form():
    assert protocol_request([("query", "ASK {}")], []).query == "ASK {}"
    assert protocol_request([], [("query", "ASK {}")]).query == "ASK {}"
    assert protocol_request([], [], body_query="ASK {}").query == "ASK {}"
    assert protocol_request([("format", "csv")], []).query is None


@pytest.mark.parametrize(
    ("url", "form", "body"),
    [
        ([("query", "ASK {}"), ("query", "SELECT * {}")], [], None),
        ([("query", "ASK {}")], [("query", "ASK {}")], None),
        ([], [("query", "ASK {}"), ("query", "ASK {}")], None),
        ([("query", "ASK {}")], [], "ASK {}"),
    ],
)
def test_two_queries_are_400(url, form, body):
    with pytest.raises(ProtocolError) as caught:
        protocol_request(url, form, body_query=body)
    assert caught.value.status == 400
    assert "exactly one query" in caught.value.message


def test_the_format_values_come_from_the_url_and_the_form():
    """Before, only the URL's last format was read: a form's was ignored."""
    assert protocol_request([("query", "ASK {}"), ("format", "csv")], []).formats == ("csv",)
    assert protocol_request([("format", "csv")], [("query", "ASK {}"), ("format", "tsv")]).formats == ("csv", "tsv")
    assert protocol_request([("query", "ASK {}")], []).formats == ()


def test_a_parameter_given_twice_is_refused_in_one_way():
    assert one_value_each([("a", "1"), ("b", "2"), ("b", "3")], names={"a"}) == {"a": "1", "b": "3"}
    for params in ([("a", "1"), ("b", "2"), ("b", "3")], [("b", "2"), ("b", "2")]):
        with pytest.raises(ProtocolError) as caught:
            one_value_each(params)
        assert caught.value.status == 400 and "the parameter 'b' is given twice ('2', " in caught.value.message
    long = given_twice("x" * 10_000, "y" * 10_000, "z" * 10_000).message  # client values, shown cut short
    assert len(long) < 400 and long.endswith("; it takes one value: send it once")


def test_an_update_parameter_is_403():
    with pytest.raises(ProtocolError) as caught:
        protocol_request([], [("update", "CLEAR ALL")])
    assert caught.value.status == 403


def test_the_dataset_may_name_only_the_served_graph():
    check_dataset([SERVED_GRAPH, ""], [SERVED_GRAPH])
    asked = protocol_request([("query", "ASK {}"), ("default-graph-uri", SERVED_GRAPH)], [])
    assert asked.default_graphs == (SERVED_GRAPH,)
    for params in ([("default-graph-uri", "http://example.org/g")], [("named-graph-uri", "http://example.org/g")]):
        with pytest.raises(ProtocolError) as caught:
            protocol_request([("query", "ASK {}"), *params], [])
        assert caught.value.status == 400
        assert "<http://example.org/g> is not served here" in caught.value.message
        assert SERVED_GRAPH in caught.value.message


def test_a_long_graph_name_is_cut_in_the_message():
    with pytest.raises(ProtocolError) as caught:
        check_dataset(["http://example.org/" + "x" * 10_000], [])
    assert len(caught.value.message) < 600


def test_the_service_description_is_stable_rdf_without_blank_nodes():
    triples = service_description("http://127.0.0.1:7700/sparql", triples=42)
    assert triples == service_description("http://127.0.0.1:7700/sparql", triples=42)
    text = serialize(triples, format=RdfFormat.N_TRIPLES)
    assert b"_:" not in text
    parsed = {(str(t.subject), str(t.predicate), str(t.object)) for t in parse(text, format=RdfFormat.N_TRIPLES)}
    service = "<http://127.0.0.1:7700/sparql>"
    assert (service, f"<{SD}supportedLanguage>", f"<{SD}SPARQL11Query>") in parsed
    assert (service, f"<{SD}endpoint>", service) in parsed
    assert (service, f"<{SD}resultFormat>", "<http://www.w3.org/ns/formats/SPARQL_Results_CSV>") in parsed
    assert any(p == "<http://rdfs.org/ns/void#triples>" and o.startswith('"42"') for _, p, o in parsed)


def _parse_qsl_or_error(data: bytes, errors: str):
    from urllib.parse import parse_qsl

    try:
        return parse_qsl(data.decode("latin-1"), keep_blank_values=True, encoding="utf-8", errors=errors)
    except UnicodeDecodeError:
        return "UnicodeDecodeError"


def test_the_fast_query_string_parser_gives_what_parse_qsl_gives():
    import random

    pieces = [b"%", b"%2", b"%41", b"%e2%82%ac", b"%ff", b"%C3", b"+", b"&", b"=", b"\\", b"a", b"%zz", b"%%",
              b"\\x41", b" ", b"%5C", b"%3D", b"%26", b"\xc3\xa9", b"%0a", b"%00", b"%2B"]  # fmt: skip
    rng = random.Random(16)
    for _ in range(20_000):
        data = b"".join(rng.choice(pieces) for _ in range(rng.randint(0, 10)))
        for errors in ("replace", "strict"):
            try:
                got = parse_query_string(data, errors=errors)
            except UnicodeDecodeError:
                got = "UnicodeDecodeError"
            assert got == _parse_qsl_or_error(data, errors), data


def test_a_long_percent_encoded_query_decodes_exactly():
    from urllib.parse import urlencode

    text = 'PREFIX x: <http://e/#>\nSELECT ?s WHERE { ?s x:p "a\\\\b %41 + é" } # 100%\n' * 50
    assert parse_query_string(urlencode({"query": text, "format": "csv"}).encode()) == [
        ("query", text),
        ("format", "csv"),
    ]
