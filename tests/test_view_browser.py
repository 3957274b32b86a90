"""The page in a real browser (Debian's chromium through playwright), opened from file://.

Skipped when /usr/bin/chromium or playwright is missing; CI installs both (see .ci/run).
"""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest

from kg.projection import project
from kg.view import search_key, write_html
from kg.vocab import ID

from kg.browser import CHROMIUM, launch
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
def browser():
    with sync_api.sync_playwright() as p:
        browser = launch(p)
        yield browser
        browser.close()


class Opened:
    """A page opened from file://, recording requests, console errors and dialogs."""

    def __init__(self, browser, path: Path) -> None:
        self.url = path.resolve().as_uri()
        self.context = browser.new_context(viewport={"width": 1400, "height": 900}, accept_downloads=True)
        self.page = self.context.new_page()
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("console", lambda m: m.type in ("error", "warning") and self.errors.append(f"{m.type}: {m.text}"))
        self.page.on("pageerror", lambda e: self.errors.append(f"pageerror: {e}"))
        self.page.on("dialog", self._dialog)
        self.page.goto(self.url)
        self.page.wait_for_function("window.kgView && window.kgView.stabilised", timeout=30_000)

    def _dialog(self, dialog) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def js(self, expression: str, arg=None):
        return self.page.evaluate(expression, arg)

    def panel(self) -> str:
        return self.js("kgView.panelText()")


@pytest.fixture(scope="module")
def seed_projection(seed_store):
    return project(seed_store)


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
    labels += ["Әміртаев", "Ámirtaı", "Shchukin", "Цой", "Ёлкин", "Yuliya", "Qasym-Jomart", "x²"]
    assert seed_page.js("(ls) => ls.map(kgView.searchKey)", labels) == [search_key(label) for label in labels]


def click_edge(opened: Opened, edge_id: str) -> None:
    """Focus the edge, then click its middle with the mouse, as a reader would."""
    opened.js("(id) => { const e = kgView.edgeEndpoints(id); kgView.network.fit({nodes: e, animation: false}); }", edge_id)
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
    seed_page.page.click("#kg-preset")
    ids = set(seed_page.js("kgView.visibleNodeIds()"))
    iris = {seed_page.js("(id) => kgView.node(id).iri", i) for i in ids}
    assert iris == {BAYTAQ, PROPOSAL, ARTICLE_8}
    assert seed_page.js("kgView.visibleEdgeCount()") == 2
    seed_page.page.click("#kg-all")
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
    sizes = seed_page.js("([a, b]) => [kgView.network.body.nodes[a].options.size, kgView.network.body.nodes[b].options.size]", [node, other])
    assert sizes[0] > sizes[1]


def test_save_png(seed_page):
    with seed_page.page.expect_download() as info:
        seed_page.page.click("#kg-save")
    download = info.value
    assert download.suggested_filename == "Who-proposed-what.png"
    assert Path(download.path()).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_still_offline_and_quiet_after_all_that(seed_page):
    assert seed_page.requests == [seed_page.url]
    assert seed_page.errors == []
    assert seed_page.dialogs == []


def test_kazakh_page(browser, seed_store, tmp_path):
    path = write_html(project(seed_store, lang="kk"), tmp_path / "kk.html", title="Кім не ұсынды", lang="kk")
    opened = Opened(browser, path)
    try:
        assert opened.page.text_content("#kg-title") == "Кім не ұсынды"
        assert opened.page.text_content("#kg-preset") == "Кім не ұсынды"
        assert opened.js("(q) => kgView.search(q)", "Amirtayev") == opened.js("(iri) => kgView.nodeId(iri)", AMIRTAYEV)
        assert "Азаматхан Әміртаев" in opened.panel()
        assert opened.errors == [] and opened.requests == [opened.url]
    finally:
        opened.context.close()


# ---------------------------------------------------------------- hostile data


@pytest.fixture(scope="module")
def hostile_path(tmp_path_factory) -> Path:
    g = nx.MultiDiGraph()
    g.add_node("ex:x", iri="ex:x", type="person", label=XSS_LABEL, labels=[XSS_LABEL, XSS_ALT],
               description='<img src=y onerror=alert(3)> "><script>alert(4)</script>', date=None, proposals=0)
    g.add_node("ex:p", iri="ex:p", type="party", label='Party"><svg onload=alert(5)>', labels=["Party"],
               description="", date=None, proposals=1)
    g.add_edge("ex:p", "ex:x", relation="supports", label="<b onmouseover=alert(6)>supports</b>", date=None,
               evidence=[
                   {"outlet": "<script>alert(7)</script>", "date": None, "quote": XSS_ALT, "url": "javascript:alert(1)"},
                   {"outlet": "Fine", "date": "2026-02-04", "quote": None, "url": "https://example.org/a?b=<c>"},
                   {"outlet": "Data", "date": None, "quote": None, "url": "data:text/html,<script>alert(8)</script>"},
               ])
    return write_html(g, tmp_path_factory.mktemp("hostile") / "hostile.html", title='</title><script>alert(9)</script>')


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
