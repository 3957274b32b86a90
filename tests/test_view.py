"""The offline page, without a browser: self-contained, escaped, deterministic (kg.view)."""

from __future__ import annotations

import json
import re

import networkx as nx
import pytest
from _page import outlets, page_iris

from kg.errors import KgError
from kg.view import page_columns, render_html, search_key, write_html
from kg.view_layout import layout

XSS_LABEL = "<img src=x onerror=alert(1)>"
XSS_ALT = '"><script>alert(1)</script>'


def small_graph() -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    g.add_node(
        "ex:z-party",
        iri="ex:z-party",
        type="party",
        label="Baytaq",
        labels=["Baytaq", "Байтақ"],
        description="A party",
        date=None,
        proposals=1,
    )
    g.add_node(
        "ex:a-person",
        iri="ex:a-person",
        type="person",
        label=XSS_LABEL,
        labels=[XSS_LABEL, XSS_ALT],
        description="</script><script>alert(2)</script>",
        date="2026-01-01",
        proposals=0,
    )
    g.add_node(
        "ex:m-proposal",
        iri="ex:m-proposal",
        type="proposal",
        label="Ecology & health",
        labels=["Ecology & health"],
        description="",
        date="2026-02-04",
        proposals=0,
    )
    g.add_edge(
        "ex:z-party",
        "ex:m-proposal",
        relation="proposed",
        label="proposed",
        date="2026-02-04",
        evidence=[{"outlet": "BAQ.KZ", "date": "2026-02-04", "quote": "ұсынды", "url": "javascript:alert(1)"}],
    )
    g.add_edge(
        "ex:a-person", "ex:z-party", relation="holds post in", label="holds post in: chair", date=None, evidence=[]
    )
    return g


def embedded_data(page: str) -> dict:
    match = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', page, flags=re.S)
    assert match
    return json.loads(match.group(1))


def test_page_is_self_contained():
    page = render_html(small_graph(), title="T")
    assert "<link" not in page
    assert not re.search(r"<script[^>]*\bsrc=", page)
    assert not re.search(r"""\b(?:src|href)\s*=\s*["']?(?:https?:)?//""", page)
    assert "@import" not in page
    assert "default-src 'none'" in page  # the CSP forbids any request the page might still try
    assert "vis.Network" in page and "vis-network" in page


def test_payloads_never_appear_as_markup():
    page = render_html(small_graph(), title='<b>"T"</b>')
    assert XSS_LABEL not in page
    assert "<script>alert" not in page
    assert "</script><script>" not in page
    assert "<title>&lt;b&gt;&quot;T&quot;&lt;/b&gt;</title>" in page
    assert "Ecology \\u0026 health" in page
    data = embedded_data(page)  # ... but the data holds them intact, to be shown as text
    assert XSS_LABEL in data["nodes"]["label"]
    assert data["title"] == '<b>"T"</b>'
    [evidence] = data["evidence"]
    assert evidence[3] == "javascript:alert(1)" and data["outlets"][evidence[0]] == "BAQ.KZ"


def test_nodes_follow_iri_order_and_links_name_them_by_index():
    data = page_columns(small_graph(), title="T")
    assert page_iris(data) == ["ex:a-person", "ex:m-proposal", "ex:z-party"]  # the page's ids: n0, n1, n2
    edges, relations = data["edges"], [r["relation"] for r in data["relations"]]
    assert list(zip(edges["from"], edges["to"], [relations[r] for r in edges["relation"]])) == [
        (0, 2, "holds post in"),
        (2, 1, "proposed"),
    ]


@pytest.mark.parametrize(
    ("iris", "base"),
    [
        (["https://example.org/id/a", "https://example.org/id/b"], "https://example.org/id/"),
        (["https://example.org/id/a", "https://example.org/id/b:c", "https://example.org/id/d"], ""),
        (["https://example.org/id/a", "urn:x:y"], ""),
        (["ex:a", "ex:b"], ""),
        (["https://example.org/id/only"], ""),
    ],
)
def test_every_iri_reads_back_as_the_page_expands_it(iris, base):
    """The page puts the base before a relative IRI but keeps one with a ':' whole, so no IRI
    may lose its base with a ':' left in it (tests/test_view_browser.py checks the page's reading)."""
    g = nx.MultiDiGraph()
    for iri in iris:
        g.add_node(iri, iri=iri, type="person", label=iri)
    data = page_columns(g, title="T")
    assert page_iris(data) == sorted(iris) and data["base"] == base


def test_counts_are_in_data_attributes():
    page = render_html(small_graph(), title="T")
    assert 'data-node-count="3"' in page and 'data-edge-count="2"' in page


def test_rendering_is_deterministic():
    assert render_html(small_graph(), title="T") == render_html(small_graph(), title="T")


def test_legend_lists_present_types_and_relations_in_the_chosen_language():
    data = page_columns(small_graph(), title="T", lang="kk")
    assert [t["type"] for t in data["types"]] == ["person", "party", "proposal"]
    assert [t["name"] for t in data["types"]] == ["Тұлға", "Саяси партия", "Ұсыныс"]
    assert {r["relation"]: r["count"] for r in data["relations"]} == {"proposed": 1, "holds post in": 1}
    assert data["ui"]["save"] == "PNG сақтау (баспаға)"
    assert data["dates"] == ["2026-01-01", "2026-02-04"]


def test_unknown_language_falls_back_to_english():
    assert page_columns(small_graph(), title="T", lang="de")["lang"] == "en"


@pytest.mark.parametrize(
    "spellings",
    [
        ("Әміртаев", "Amirtayev", "Амиртаев", "амиртаев"),
        ("Байтақ", "Baytaq", "Байтак", "BAYTAQ"),
        ("Тоқаев", "Tokayev", "Токаев"),
        ("Қасым-Жомарт", "Kassym-Jomart", "Касым-Жомарт"),
        ("Шыңғыс Үсенқұл", "Shyngys Usenkul", "Шынгыс Усенкул"),
        ("Қарашқызы", "Karashkyzy", "Карашкызы"),
        ("Ташибаев", "Tashibayev"),
    ],
)
def test_search_key_folds_scripts_together(spellings):
    assert len({search_key(s) for s in spellings}) == 1, [search_key(s) for s in spellings]


def test_the_page_keeps_every_label_for_the_search():
    # the page searches the label and the others, folded with searchKey() (tests/test_view_browser.py
    # checks it agrees with search_key)
    nodes = page_columns(small_graph(), title="T")["nodes"]
    assert (nodes["label"][2], nodes["labels"][2]) == ("Baytaq", ["Байтақ"])


def test_evidence_is_shared_and_the_page_carries_the_columns():
    g = small_graph()
    ev = [{"outlet": "A", "date": "2026-01-01", "quote": "q", "url": "https://a.example/1"}]
    g.add_edge("ex:z-party", "ex:a-person", relation="supports", label="supports", evidence=ev)
    g.add_edge("ex:a-person", "ex:m-proposal", relation="supports", label="supports", evidence=ev)
    data = page_columns(g, title="T")
    relations = [r["relation"] for r in data["relations"]]
    edges = data["edges"]
    refs = [refs for r, refs in zip(edges["relation"], edges["evidence"]) if relations[r] == "supports"]
    assert refs[0] == refs[1] and len(data["evidence"]) == 2 and outlets(data, refs[0]) == ["A"]
    assert embedded_data(render_html(g, title="T")) == json.loads(json.dumps(data))


def test_the_presets_are_laid_out_before_the_evidence_is_read(seed_store, monkeypatch):
    """kg.projection reads the evidence's query on first use: the page lays out its presets
    first, while that query may still run."""
    import kg.view_layout
    from kg.projection import build

    net, pending = build(seed_store), []
    for name in ("positions", "layered", "timeline"):
        real = getattr(kg.view_layout, name)

        def spy(*args, _real=real, **kwargs):
            pending.append("_settle" in net.__dict__)
            return _real(*args, **kwargs)

        monkeypatch.setattr(kg.view_layout, name, spy)
    page_columns(net, title="T")
    assert pending == [True, True, True] and "_settle" not in net.__dict__


def test_every_preset_places_its_nodes():
    data = page_columns(small_graph(), title="T")
    by_key = {p["key"]: p for p in data["presets"]}
    assert list(by_key) == ["everything", "proposals", "timeline"]
    assert len(by_key["everything"]["pos"]) == 2 * 3  # x and y of each node
    assert by_key["proposals"]["nodes"] == [1, 2]  # the party and its proposal
    assert len(by_key["proposals"]["pos"]) == 2 * 2
    assert [p["name"] for p in page_columns(small_graph(), title="T", lang="ru")["presets"]][1] == "Кто что предложил"


def test_focus_preset_opens_the_page_on_the_actor():
    data = page_columns(small_graph(), title="T", focus="ex:z-party")
    focus = data["presets"][-1]
    assert focus["key"] == "focus" and focus["centre"] == 2 and data["start"] == "focus"
    at = focus["nodes"].index(2)
    assert focus["pos"][2 * at : 2 * at + 2] == [0, 0]


def test_palette_is_okabe_ito_and_every_type_is_distinct():
    from kg.view import NODE_TYPES

    okabe_ito = {"#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#999999", "#000000"}
    assert {colour for colour, _ in NODE_TYPES.values()} <= okabe_ito
    assert len(set(NODE_TYPES.values())) == len(NODE_TYPES)


def test_type_names_come_from_the_ontology():
    data = page_columns(small_graph(), title="T", lang="ru")
    assert [t["name"] for t in data["types"]] == ["Персона", "Политическая партия", "Предложение"]


def test_layout_is_reproducible_and_keeps_islands_close():
    g = nx.MultiDiGraph()
    g.add_edges_from([("a", "b"), ("b", "c"), ("c", "a"), ("x", "y")])
    g.add_node("lonely")
    first, second = layout(g), layout(g)
    assert first == second
    xs = [x for x, _ in first.values()]
    ys = [y for _, y in first.values()]
    assert max(xs) - min(xs) < 2000 and max(ys) - min(ys) < 2000
    assert len(set(first.values())) == len(first)


def test_layout_of_a_large_graph_is_spread():
    # speed is measured by benchmarks/view_bench.py, not asserted here
    g = nx.gnm_random_graph(1500, 2500, seed=3, directed=True)
    pos = layout(nx.MultiDiGraph(g))
    assert len(set(pos.values())) > 1400


def test_write_html_is_atomic_and_utf8(tmp_path):
    target = tmp_path / "view.html"
    assert write_html(small_graph(), target, title="Байтақ") == target
    page = target.read_text(encoding="utf-8")
    assert "<title>Байтақ</title>" in page
    assert [p.name for p in tmp_path.iterdir()] == ["view.html"]


def test_write_html_into_a_missing_folder_is_a_kg_error(tmp_path):
    with pytest.raises(KgError, match="does not exist"):
        write_html(small_graph(), tmp_path / "nope" / "view.html", title="T")


def test_empty_graph_renders():
    page = render_html(nx.MultiDiGraph(), title="Empty")
    assert 'data-node-count="0"' in page


def test_a_fact_node_carries_its_own_sources():
    g = small_graph()
    own = [{"outlet": "Kazinform", "date": "2026-02-05", "quote": "ұсыныс", "url": "https://kazinform.example/1"}]
    g.nodes["ex:m-proposal"]["evidence"] = own
    data = page_columns(g, title="T")
    proposal = page_iris(data).index("ex:m-proposal")
    assert outlets(data, data["nodes"]["evidence"][proposal]) == ["Kazinform"]
    assert data["nodes"]["evidence"] == [0, [1], 0]


def test_a_large_component_is_laid_out_from_the_seed_alone():
    """Components above 200 nodes go to igraph, which draws from Python's random: seeded, then restored."""
    import random

    g = nx.MultiDiGraph(nx.gnm_random_graph(400, 700, seed=5, directed=True))
    random.seed(123)
    before = random.getstate()
    first = layout(g)
    assert random.getstate() == before
    random.seed(999)  # another global state changes nothing
    assert layout(g) == first
    assert layout(g, seed=7) != first


def test_degrees_count_every_link_as_networkx_does():
    from kg.projection import Projection
    from kg.view_layout import degrees

    g = nx.MultiDiGraph([("a", "b"), ("a", "b"), ("b", "c"), ("c", "c")])
    g.add_node("lonely")
    net = Projection.of(g)
    assert dict(zip(net.keys, degrees(net))) == dict(g.degree())


def test_presets_read_from_the_columns_lay_out_as_from_the_networkx_graph(seed_store):
    """kg view lays out the projection's columns (kg.projection.build) without a networkx graph:
    the same positions as the graph project() makes, read back into columns."""
    from kg.projection import Projection, build
    from kg.view_layout import layered, positions, proposal_nodes, radial, timeline, timeline_nodes

    net = build(seed_store)
    again = Projection.of(net.graph())
    assert again.iri == net.iri and sorted(zip(again.src, again.dst)) == sorted(zip(net.src, net.dst))
    assert positions(again) == positions(net)
    chosen = proposal_nodes(net)
    assert chosen and chosen == proposal_nodes(again) and layered(again, chosen) == layered(net, chosen)
    chosen = timeline_nodes(net)
    assert chosen and timeline(again, chosen) == timeline(net, chosen)
    centre = net.iri.index("https://w3id.org/reform-kg/id/baytaq")
    assert radial(again, centre) == radial(net, centre)


@pytest.mark.parametrize("enabled", [True, False])
def test_writing_a_page_leaves_the_cycle_collector_as_it_was(tmp_path, seed_store, enabled):
    """kg view pauses the collector while it builds (see kg.view._gc_paused), then puts it back."""
    import gc

    from kg.view import write_view

    was = gc.isenabled()
    try:
        (gc.enable if enabled else gc.disable)()
        write_view(seed_store, tmp_path / "v.html")
        assert gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()


@pytest.mark.parametrize("first", ["older", "newer"])
def test_links_equal_but_for_their_evidence_keep_one_order(first):
    """Two facts of one relation between the same nodes on one date: their evidence decides the order."""
    ev = {
        "older": {"outlet": "A", "date": "2026-01-01", "quote": "q1", "url": None},
        "newer": {"outlet": "B", "date": "2026-01-02", "quote": "q2", "url": None},
    }
    g = nx.MultiDiGraph()
    g.add_node("ex:a", iri="ex:a", type="person", label="A")
    g.add_node("ex:b", iri="ex:b", type="party", label="B")
    for name in (first, "newer" if first == "older" else "older"):
        g.add_edge("ex:a", "ex:b", key=name, relation="supports", label="supports", evidence=[ev[name]])
    d = page_columns(g, title="T")
    assert [outlets(d, refs) for refs in d["edges"]["evidence"]] == [["A"], ["B"]]


def _json_reference(data) -> str:
    """The page's JSON as the standard library writes it, escaped for a <script> as kg.view does."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    for raw, escaped in (
        ("<", "\\u003c"),
        (">", "\\u003e"),
        ("&", "\\u0026"),
        ("\u2028", "\\u2028"),
        ("\u2029", "\\u2029"),
    ):
        text = text.replace(raw, escaped)
    return text


@pytest.mark.parametrize(
    "options",
    [{}, {"lang": "kk", "focus": "baytaq"}, {"lang": "ru", "group_above": 20}],
    ids=["en", "kk-focus", "ru-grouped"],
)
def test_page_data_json_is_the_standard_librarys_text(seed_store, options):
    """The page's data is written by orjson (three times faster at 10,000 nodes): byte for byte
    the text json.dumps gives, for the default graph's pages and for every character and number kind."""
    import numpy as np

    from kg.projection import build
    from kg.view import _json_for_script

    options = dict(options)
    net = build(seed_store, lang=options.get("lang", "en"), focus=options.pop("focus", None))
    data = page_columns(net, title="T <&>", focus=net.centre, **options)
    assert _json_for_script(data) == _json_reference(data)
    every = "".join(chr(i) for i in range(0x110000) if not 0xD800 <= i <= 0xDFFF)
    odd = {
        "ж": every,
        "a": [0, -0.0, 0.1, 2.5, -1234.5, 1e15, 1e16, 1e22, 123456.7, None, True, False, np.float64(0.3)],
    }
    assert _json_for_script(odd) == _json_reference(odd)


def test_evidence_tie_key_is_the_standard_librarys_text():
    """Links equal on every column are ordered by their evidence's JSON text: written by json's
    string encoder, byte for byte what json.dumps(sort_keys=True) gives, for every character."""
    from kg.view import _ev_json

    every = "".join(chr(i) for i in range(0x110000) if not 0xD800 <= i <= 0xDFFF)
    for item in [
        ("", None, None, None),
        ("BAQ.KZ", "2026-02-04", every, "https://x.kz/a?b=1&c"),
        (every, None, "", None),
    ]:
        expected = json.dumps(dict(zip(("outlet", "date", "quote", "url"), item)), sort_keys=True)
        assert _ev_json(item) == expected


@pytest.mark.parametrize("options", [{}, {"group_above": 20}, {"focus": "baytaq", "lang": "kk"}], ids=str)
def test_every_layout_gives_coordinates_rounded_to_a_tenth(seed_store, options):
    """The page writes the layouts' coordinates as they come (it rounded them again, 110,000 calls
    of round() at 10,000 nodes): every layout rounds its own to 0.1."""
    from kg.projection import build

    options = dict(options)
    net = build(seed_store, lang=options.get("lang", "en"), focus=options.pop("focus", None))
    big = nx.MultiDiGraph()  # past the label-spreading step's 800 nodes, and in many components
    for i in range(900):
        kind, date = ("person", None) if i % 3 else ("proposal", f"2026-01-{1 + i % 28:02}")
        big.add_node(f"ex:n{i:04}", iri=f"ex:n{i:04}", type=kind, label=f"N {i}", date=date)
        if i % 7:
            big.add_edge(
                f"ex:n{i:04}", f"ex:n{(i * 37) % 900:04}", relation="proposed", date=f"2026-01-{1 + i % 28:02}"
            )
    for data in (page_columns(net, title="T", focus=net.centre, **options), page_columns(big, title="T")):
        for preset in data["presets"]:
            assert preset["pos"] and all(round(c, 1) == c for c in preset["pos"]), preset["key"]
        for group in [data["groups"]] if "groups" in data else []:
            assert all(round(c, 1) == c for c in group["pos"] + group["radius"])


@pytest.mark.parametrize(
    ("output", "fmt", "expected"),
    [
        (None, None, ("html", "kg-view.html")),
        (None, "png", ("png", "kg-view.png")),
        ("reform.html", None, ("html", "reform.html")),
        ("Reform.HTM", None, ("html", "Reform.HTM")),
        ("reform", None, ("html", "reform")),
        ("out.v1/reform", None, ("html", "out.v1/reform")),
        ("reform.PNG", None, ("png", "reform.PNG")),
        ("reform.svg", None, ("svg", "reform.svg")),
        ("reform.jpg", "png", ("png", "reform.jpg")),  # --format given: it wins
    ],
)
def test_view_output_takes_the_format_from_the_extension(output, fmt, expected):
    from kg.view import view_output

    assert view_output(output, fmt) == expected


@pytest.mark.parametrize("output", ["reform.jpg", "reform.pdf", "notes.txt"])
def test_view_output_refuses_an_extension_it_cannot_write(output):
    """`kg view -o reform.jpg` wrote an HTML page named .jpg, which no picture viewer opens."""
    from kg.view import view_output

    with pytest.raises(KgError, match=r"cannot tell what to write from the extension '\.\w+'.*\.html, \.svg or \.png"):
        view_output(output, None)
