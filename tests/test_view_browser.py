"""The page in a real browser (Debian's chromium through playwright), opened from file://.

Skipped when /usr/bin/chromium or playwright is missing; CI installs both (see .ci/run).
"""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest
from _browser import Opened

from kg.browser import CHROMIUM
from kg.projection import project
from kg.view import search_key, write_html
from kg.vocab import ID

sync_api = pytest.importorskip("playwright.sync_api")
pytestmark = [
    pytest.mark.browser,  # pytest -m "not browser" leaves these out
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason=f"{CHROMIUM} is not installed"),
]

BAYTAQ = ID + "baytaq"
AMIRTAYEV = ID + "azamatkhan-amirtayev"
PROPOSAL = ID + "baq-2026-02-04-baytaq-council/baytaq-article-8-ecology-and-health"
ARTICLE_8 = ID + "draft-constitution-2026-article-8"
QUOTE = "«БАЙТАҚ» партиясы Конституцияның 8-бабында «Экология және адам денсаулығы» ұғымын"
XSS_LABEL = "<img src=x onerror=alert(1)>"
XSS_ALT = '"><script>alert(1)</script>'


@pytest.fixture(scope="module")
def seed_page_path(seed_projection, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("view") / "seed.html"
    return write_html(seed_projection, path, title="Who proposed what")


@pytest.fixture(scope="module")
def seed_opened(browser, seed_page_path):
    opened = Opened(browser, seed_page_path)
    yield opened
    opened.context.close()


@pytest.fixture
def seed_page(seed_opened):
    """The seed page, opened once per module and reset before each test."""
    seed_opened.js("kgView.reset()")
    return seed_opened


def test_offline_and_quiet(seed_page):
    seed_page.page.wait_for_timeout(300)
    assert seed_page.requests == [seed_page.url]
    assert seed_page.errors == []
    assert seed_page.dialogs == []


def test_counts_equal_the_projection(seed_page, seed_projection):
    n, m = seed_projection.number_of_nodes(), seed_projection.number_of_edges()
    assert seed_page.js("[kgView.nodeCount(), kgView.edgeCount()]") == [n, m]
    assert seed_page.js("[kgView.visibleNodeCount(), kgView.visibleEdgeCount()]") == [n, m]
    body = seed_page.page.locator("body")
    assert (body.get_attribute("data-node-count"), body.get_attribute("data-edge-count")) == (str(n), str(m))


def test_search_finds_the_same_actor_in_any_script(seed_page):
    expected = seed_page.js("(iri) => kgView.nodeId(iri)", AMIRTAYEV)
    for query in ("Әміртаев", "Amirtayev", "Амиртаев", "amirtayev", "Ámirtaı", "Азаматхан Әміртаев"):
        assert seed_page.js("(q) => kgView.search(q)", query) == expected, query
    assert seed_page.js("kgView.selected().nodes") == [expected]
    assert "Azamatkhan Amirtayev" in seed_page.panel()


def test_search_box_with_enter(seed_page):
    seed_page.page.fill("#kg-search", "Байтак")
    seed_page.page.press("#kg-search", "Enter")
    assert seed_page.js("kgView.selected().nodes") == [seed_page.js("(iri) => kgView.nodeId(iri)", BAYTAQ)]
    seed_page.page.fill("#kg-search", "nothing like this")
    seed_page.page.press("#kg-search", "Enter")
    assert seed_page.page.text_content("#kg-message") == "No match"


def test_search_keys_agree_with_python(seed_page, seed_projection):
    labels = sorted({label for _, d in seed_projection.nodes(data=True) for label in d["labels"]})
    labels += ["Әміртаев", "Ámirtaı", "Shchukin", "Цой", "Ёлкин", "Yuliya", "Qasym-Jomart", "x²", "Article 33", "2255"]
    assert seed_page.js("(ls) => ls.map(kgView.searchKey)", labels) == [search_key(label) for label in labels]


def click_edge(opened: Opened, edge_id: str) -> None:
    """Focus the edge, then click its middle with the mouse, as a reader would."""
    opened.js(
        "(id) => { const e = kgView.edgeEndpoints(id); kgView.network.fit({nodes: e, animation: false}); }", edge_id
    )
    opened.page.wait_for_timeout(100)
    point = opened.js("(id) => kgView.edgeDomPoint(id)", edge_id)
    opened.page.mouse.click(point["x"], point["y"])


@pytest.mark.parametrize("source,target,relation", [(BAYTAQ, PROPOSAL, "proposed"), (PROPOSAL, ARTICLE_8, "targets")])
def test_clicking_the_baytaq_article_8_edge_shows_its_evidence(seed_page, source, target, relation):
    [edge] = seed_page.js("([s, t, r]) => kgView.edgeIds(s, t, r)", [source, target, relation])
    click_edge(seed_page, edge)
    assert seed_page.js("kgView.selected().edges") == [edge]
    text = seed_page.panel()
    assert QUOTE in text
    assert "BAQ.KZ" in text and "2026-02-04" in text
    assert relation in text


def test_clicking_a_node_shows_its_details_and_links(seed_page):
    node = seed_page.js("(iri) => kgView.nodeId(iri)", BAYTAQ)
    seed_page.js("(id) => kgView.network.focus(id, {scale: 1.5, animation: false})", node)
    point = seed_page.js("(id) => kgView.nodeDomPoint(id)", node)
    seed_page.page.mouse.click(point["x"], point["y"])
    text = seed_page.panel()
    assert '"Baytaq" Green Party of Kazakhstan' in text
    assert "Байтақ" in text and "proposed" in text
    seed_page.page.get_by_role("button", name="→ proposed").click()
    assert QUOTE in seed_page.panel()


def test_who_proposed_what_preset(seed_page, seed_projection):
    seed_page.page.click("#kg-preset-proposals")
    ids = set(seed_page.js("kgView.visibleNodeIds()"))
    iris = {seed_page.js("(id) => kgView.node(id).iri", i) for i in ids}
    assert iris == {BAYTAQ, PROPOSAL, ARTICLE_8}
    assert seed_page.js("kgView.visibleEdgeCount()") == 2
    seed_page.page.click("#kg-preset-everything")
    assert seed_page.js("kgView.visibleNodeCount()") == seed_projection.number_of_nodes()


def test_type_and_relation_filters(seed_page, seed_projection):
    people = sum(1 for _, d in seed_projection.nodes(data=True) if d["type"] == "person")
    seed_page.page.locator("#kg-types input[value=person]").uncheck()
    assert seed_page.js("kgView.visibleNodeCount()") == seed_projection.number_of_nodes() - people
    seed_page.page.locator("#kg-types input[value=person]").check()
    spoke = sum(1 for *_, d in seed_projection.edges(data=True) if d["relation"] == "spoke at")
    seed_page.page.locator("#kg-relations input[value='spoke at']").uncheck()
    assert seed_page.js("kgView.visibleEdgeCount()") == seed_projection.number_of_edges() - spoke


def test_date_filter_hides_what_came_later(seed_page, seed_projection):
    undated = sum(1 for _, d in seed_projection.nodes(data=True) if not d["date"])
    seed_page.page.fill("#kg-asof", "2026-02-03")
    seed_page.page.dispatch_event("#kg-asof", "change")
    assert seed_page.js("kgView.visibleNodeCount()") == undated
    seed_page.js("kgView.setAsOf(null)")
    assert seed_page.js("kgView.visibleNodeCount()") == seed_projection.number_of_nodes()


def test_size_by_proposals(seed_page):
    node = seed_page.js("(iri) => kgView.nodeId(iri)", BAYTAQ)
    other = seed_page.js("(iri) => kgView.nodeId(iri)", AMIRTAYEV)
    seed_page.page.select_option("#kg-sizeby", "proposals")
    sizes = seed_page.js(
        "([a, b]) => [kgView.network.body.nodes[a].options.size, kgView.network.body.nodes[b].options.size]",
        [node, other],
    )
    assert sizes[0] > sizes[1]


def test_save_png_at_print_size(seed_page):
    with seed_page.page.expect_download() as info:
        seed_page.page.click("#kg-save")
    download = info.value
    assert download.suggested_filename == "Who-proposed-what.png"
    data = Path(download.path()).read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    canvas = seed_page.js(
        "(() => { const c = kgView.network.canvas.frame.canvas; return [c.clientWidth, c.clientHeight]; })()"
    )
    assert (width, height) == (canvas[0] * 3, canvas[1] * 3)
    # and the page's own canvas is back to its size
    assert seed_page.js("kgView.network.canvas.frame.canvas.width") == canvas[0]


def test_edge_labels_only_on_selection(seed_page):
    labelled = "kgView.visibleEdgeIds().filter(id => (kgView.network.body.edges[id].options.label || '').trim())"
    seed_page.page.mouse.move(1, 1)  # off the graph: nothing hovered
    seed_page.page.wait_for_timeout(50)
    assert seed_page.js(labelled) == []
    [edge] = seed_page.js("([s, t, r]) => kgView.edgeIds(s, t, r)", [BAYTAQ, PROPOSAL, "proposed"])
    seed_page.js("(id) => kgView.selectEdge(id)", edge)
    assert seed_page.js(labelled) == [edge]
    seed_page.page.keyboard.press("Escape")
    assert seed_page.js(labelled) == []


def test_panel_by_keyboard(seed_page):
    seed_page.js("(iri) => kgView.selectNode(kgView.nodeId(iri))", BAYTAQ)
    seed_page.page.focus("#kg-panel .close")
    names = []
    for _ in range(4):
        seed_page.page.keyboard.press("Tab")
        names.append(
            seed_page.js("document.activeElement.closest('#kg-panel') ? document.activeElement.textContent : null")
        )
    assert all(names) and any(n.startswith(("\u2192", "\u2190")) for n in names), names
    seed_page.page.keyboard.press("Enter")  # follows the focused link
    assert seed_page.panel() != ""
    seed_page.page.keyboard.press("Escape")
    assert seed_page.js("kgView.selected().nodes.length + kgView.selected().edges.length") == 0
    assert "Click a node" in seed_page.panel()


def test_presets_move_the_nodes(seed_page):
    node = seed_page.js("(iri) => kgView.nodeId(iri)", BAYTAQ)
    where = "(id) => { const p = kgView.network.getPositions([id])[id]; return [p.x, p.y]; }"
    everywhere = seed_page.js(where, node)
    seed_page.js("kgView.setPreset('proposals')")
    assert seed_page.js(where, node) != everywhere
    seed_page.js("kgView.setPreset('timeline')")
    assert seed_page.js("kgView.preset()") == "timeline"
    seed_page.js("kgView.setPreset('everything')")
    assert seed_page.js(where, node) == everywhere


def test_focus_on_the_selected_actor(seed_page, seed_projection):
    node = seed_page.js("(iri) => kgView.nodeId(iri)", BAYTAQ)
    seed_page.js("(id) => kgView.selectNode(id)", node)
    seed_page.page.click("#kg-preset-focus")
    assert seed_page.js("kgView.preset()") == "focus"
    assert seed_page.js("(id) => kgView.network.getPositions([id])[id]", node) == {"x": 0, "y": 0}
    assert seed_page.js("kgView.visibleNodeCount()") == len(set(nx.all_neighbors(seed_projection, BAYTAQ))) + 1


def test_still_offline_and_quiet_after_all_that(seed_page):
    assert seed_page.requests == [seed_page.url]
    assert seed_page.errors == []
    assert seed_page.dialogs == []


def test_kazakh_page(browser, seed_store, tmp_path):
    path = write_html(project(seed_store, lang="kk"), tmp_path / "kk.html", title="Кім не ұсынды", lang="kk")
    opened = Opened(browser, path)
    try:
        assert opened.page.text_content("#kg-title") == "Кім не ұсынды"
        assert opened.page.text_content("#kg-preset-proposals") == "Кім не ұсынды"
        assert opened.page.text_content("#kg-legend-title") == "Шартты белгілер"
        assert "Саяси партия" in opened.page.text_content("#kg-types")
        assert "ұсынды" in opened.page.text_content("#kg-relations")
        assert opened.js("(q) => kgView.search(q)", "Amirtayev") == opened.js("(iri) => kgView.nodeId(iri)", AMIRTAYEV)
        assert "Азаматхан Әміртаев" in opened.panel()
        assert opened.errors == [] and opened.requests == [opened.url]
    finally:
        opened.context.close()


def test_the_page_reads_back_every_iri(browser, tmp_path):
    """The page puts the common base before each IRI but keeps one with a ':' whole
    (tests/_page.py reads them so): an IRI whose local part holds a ':' keeps its base."""
    iris = ["https://example.org/id/a", "https://example.org/id/b:c", "https://example.org/id/d"]
    g = nx.MultiDiGraph()
    for iri in iris:
        g.add_node(iri, iri=iri, type="person", label=iri.rsplit("/", 1)[1])
    opened = Opened(browser, write_html(g, tmp_path / "iris.html", title="T"))
    try:
        assert opened.js("[0, 1, 2].map((i) => kgView.node('n' + i).iri)") == iris
        assert opened.errors == []
    finally:
        opened.context.close()


# ---------------------------------------------------------------- hostile data


@pytest.fixture(scope="module")
def hostile_path(tmp_path_factory) -> Path:
    g = nx.MultiDiGraph()
    g.add_node(
        "ex:x",
        iri="ex:x",
        type="person",
        label=XSS_LABEL,
        labels=[XSS_LABEL, XSS_ALT],
        description='<img src=y onerror=alert(3)> "><script>alert(4)</script>',
        date=None,
        proposals=0,
    )
    g.add_node(
        "ex:p",
        iri="ex:p",
        type="party",
        label='Party"><svg onload=alert(5)>',
        labels=["Party"],
        description="",
        date=None,
        proposals=1,
    )
    g.add_edge(
        "ex:p",
        "ex:x",
        relation="supports",
        label="<b onmouseover=alert(6)>supports</b>",
        date=None,
        evidence=[
            {"outlet": "<script>alert(7)</script>", "date": None, "quote": XSS_ALT, "url": "javascript:alert(1)"},
            {"outlet": "Fine", "date": "2026-02-04", "quote": None, "url": "https://example.org/a?b=<c>"},
            {"outlet": "Data", "date": None, "quote": None, "url": "data:text/html,<script>alert(8)</script>"},
        ],
    )
    return write_html(g, tmp_path_factory.mktemp("hostile") / "hostile.html", title="</title><script>alert(9)</script>")


def test_payloads_show_as_text_and_run_nothing(browser, hostile_path):
    opened = Opened(browser, hostile_path)
    try:
        page = opened.page
        assert page.text_content("#kg-title") == "</title><script>alert(9)</script>"
        assert opened.js("(q) => kgView.search(q)", "<img") == "n1"
        assert XSS_LABEL in opened.panel() and XSS_ALT in opened.panel()
        [edge] = opened.js("kgView.edgeIds('ex:p', 'ex:x', 'supports')")
        click_edge(opened, edge)
        text = opened.panel()
        assert "<script>alert(7)</script>" in text and XSS_ALT in text and "javascript:alert(1)" in text
        hrefs = page.eval_on_selector_all("#kg-panel a", "as => as.map(a => a.getAttribute('href'))")
        assert hrefs == ["https://example.org/a?b=%3Cc%3E"]
        # hover shows the description as text
        node = "n1"
        opened.js("(id) => kgView.network.focus(id, {scale: 1.5, animation: false})", node)
        point = opened.js("(id) => kgView.nodeDomPoint(id)", node)
        page.mouse.move(point["x"], point["y"])
        page.wait_for_selector("div.vis-tooltip", state="visible", timeout=5000)
        assert "<img src=y onerror=alert(3)>" in page.text_content("div.vis-tooltip")
        assert page.locator("img, svg, b, #kg-panel script").count() == 0
        page.wait_for_timeout(300)
        assert opened.dialogs == []
        assert opened.requests == [opened.url]
        assert opened.errors == []
    finally:
        opened.context.close()


# ---------------------------------------------------------------- legibility


LABEL_BOXES = """() => {
  const net = kgView.network, boxes = [];
  for (const id of kgView.visibleNodeIds()) {
    const label = net.body.nodes[id].labelModule;
    if (!label.elementOptions.label || !label.visible()) continue;  // what vis-network actually draws
    const z = label.size;
    boxes.push({id, left: z.left, top: z.top, right: z.left + z.width, bottom: z.top + z.height});
  }
  return {boxes, scale: net.getScale(), view: [net.DOMtoCanvas({x: 0, y: 0}), net.DOMtoCanvas({x: net.canvas.frame.canvas.clientWidth, y: net.canvas.frame.canvas.clientHeight})]};
}"""


def overlapping(boxes: list[dict]) -> list[tuple[str, str]]:
    return [
        (a["id"], b["id"])
        for i, a in enumerate(boxes)
        for b in boxes[i + 1 :]
        if a["left"] < b["right"] and b["left"] < a["right"] and a["top"] < b["bottom"] and b["top"] < a["bottom"]
    ]


@pytest.fixture(scope="module")
def default_page_path(tmp_path_factory) -> Path:
    from kg.store import build_store

    path = tmp_path_factory.mktemp("view") / "default.html"
    return write_html(project(build_store()), path, title="Who proposed what")


@pytest.mark.browser
@pytest.mark.parametrize("size", [(1600, 1000), (1280, 800)], ids=["1600x1000", "1280x800"])
def test_no_label_overlaps_another_at_first_fit(browser, default_page_path, size):
    """Every preset of the default graph: labels read from vis-network after the first fit, none overlapping."""
    context = browser.new_context(viewport={"width": size[0], "height": size[1]})
    page = context.new_page()
    try:
        page.goto(default_page_path.resolve().as_uri())
        page.wait_for_function("window.kgView && window.kgView.stabilised", timeout=30_000)
        centre = page.evaluate("(iri) => kgView.nodeId(iri)", BAYTAQ)
        for preset in ("everything", "proposals", "timeline", "focus"):
            if preset == "focus":
                page.evaluate("(id) => kgView.selectNode(id)", centre)
            page.evaluate("(p) => kgView.setPreset(p)", preset)
            page.evaluate("new Promise(r => requestAnimationFrame(() => r()))")
            found = page.evaluate(LABEL_BOXES)
            boxes, scale = found["boxes"], found["scale"]
            visible = page.evaluate("kgView.visibleNodeCount()")
            assert overlapping(boxes) == [], preset
            # legible: drawn at 10 px or more on screen, inside the view, and most of them
            font = page.evaluate("kgView.labelFont")
            assert font * scale >= 9.99, preset
            (left, top), (right, bottom) = [(p["x"], p["y"]) for p in found["view"]]
            assert all(b["left"] >= left - 1 and b["right"] <= right + 1 for b in boxes), preset
            assert all(b["top"] >= top - 1 and b["bottom"] <= bottom + 1 for b in boxes), preset
            assert len(boxes) >= min(visible, 20), (preset, len(boxes), visible)
            if preset == "proposals":
                assert len(boxes) == visible  # who proposed what: every name and every proposal
    finally:
        context.close()


@pytest.mark.browser
def test_important_labels_come_first(browser, default_page_path):
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    try:
        page.goto(default_page_path.resolve().as_uri())
        page.wait_for_function("window.kgView && window.kgView.stabilised", timeout=30_000)
        labelled = set(page.evaluate("kgView.labelledNodeIds()"))
        assert page.evaluate("(iri) => kgView.nodeId(iri)", BAYTAQ) in labelled  # the most proposals
        # zooming in makes room for more labels (they keep their size on screen)
        before = len(labelled)
        page.evaluate("kgView.network.moveTo({scale: kgView.network.getScale() * 3, animation: false})")
        page.evaluate("kgView.network.emit('zoom', {})")
        page.wait_for_timeout(400)
        zoomed = page.evaluate(LABEL_BOXES)
        assert overlapping(zoomed["boxes"]) == []
        assert page.evaluate("kgView.labelFont") * zoomed["scale"] <= 16.01
        assert before > 0 and len(zoomed["boxes"]) > 0
    finally:
        context.close()


# ---------------------------------------------------------------- pictures


@pytest.mark.browser
def test_pictures_of_a_preset(seed_store, tmp_path):
    import xml.etree.ElementTree as ET

    from kg.view import write_view

    png = tmp_path / "proposals.png"
    write_view(seed_store, png, fmt="png", preset="proposals")
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert int.from_bytes(data[16:20], "big") > 1600  # 3x the canvas, print size
    svg = tmp_path / "proposals.svg"
    write_view(seed_store, svg, fmt="svg", preset="proposals")
    root = ET.parse(svg).getroot()
    ns = "{http://www.w3.org/2000/svg}"
    texts = {t.text for t in root.iter(ns + "text")}
    # labels longer than 30 characters are cut on the canvas (the panel shows them whole)
    assert {"Article 8 of the draft Consti\u2026", '"Baytaq" Green Party of Kazak\u2026'} <= texts, texts
    assert len(list(root.iter(ns + "line"))) == 2  # proposed + targets, as the preset shows
    assert sorted(p.name for p in tmp_path.iterdir()) == ["proposals.png", "proposals.svg"]


def test_picture_errors_are_kg_errors(seed_store, tmp_path):
    from kg.errors import KgError
    from kg.view import write_view

    with pytest.raises(KgError, match="focus preset needs a focus actor"):
        write_view(seed_store, tmp_path / "x.svg", fmt="svg", preset="focus")
    with pytest.raises(KgError, match="unknown format"):
        write_view(seed_store, tmp_path / "x.pdf", fmt="pdf")
    assert list(tmp_path.iterdir()) == []


def test_a_proposal_lists_its_sources(seed_page):
    seed_page.js("(iri) => kgView.selectNode(kgView.nodeId(iri))", PROPOSAL)
    text = seed_page.panel()
    assert "Sources (1)" in text and QUOTE in text and "BAQ.KZ" in text
