"""A grouped page in a real browser (Debian's chromium through playwright), opened from file://.

The seed graph is grouped by setting --group-above low: the page must first draw only the
groups, expand one in place on a click, collapse it from the panel with the keyboard, and
expand the right group when the search finds a member inside a collapsed one.
"""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest
from _browser import Opened

from kg.browser import CHROMIUM
from kg.projection import project
from kg.view import write_html
from kg.vocab import ID

sync_api = pytest.importorskip("playwright.sync_api")
pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason=f"{CHROMIUM} is not installed"),
]

BAYTAQ = ID + "baytaq"
AMIRTAYEV = ID + "azamatkhan-amirtayev"
XSS = "<img src=x onerror=alert(1)>"


@pytest.fixture
def grouped(browser, seed_projection, tmp_path):
    path = write_html(seed_projection, tmp_path / "grouped.html", title="Grouped", group_above=10)
    opened = Opened(browser, path)
    yield opened
    opened.context.close()


def test_first_draw_shows_only_the_groups(grouped, seed_projection):
    groups = grouped.js("kgView.groupCount()")
    assert groups > 3
    drawn = grouped.drawn()
    assert drawn == {f"g{k}" for k in range(groups)}
    # the page still holds every node, for the search and the panel
    assert grouped.js("kgView.nodeCount()") == seed_projection.number_of_nodes()
    members = [m for k in range(groups) for m in grouped.js("(g) => kgView.groupMembers(g)", f"g{k}")]
    assert sorted(members) == sorted(f"n{i}" for i in range(seed_projection.number_of_nodes()))
    # links between groups are drawn with their count, none of the projection's own links
    assert grouped.js("kgView.visibleEdgeIds().every(id => id.startsWith('a:'))")
    assert grouped.js("kgView.visibleEdgeIds().length") > 0
    assert "Groups" in grouped.page.text_content("#kg-groups")
    # names are folded for the search after the first draw, in slices, without being asked
    for _ in range(200):  # polled from here: the page's CSP forbids the eval of wait_for_function's polling
        if grouped.js("kgView.folded === true"):
            break
        grouped.page.wait_for_timeout(50)
    assert grouped.js("kgView.folded === true")
    assert grouped.js("kgView.node('n0').keys.length") >= 1
    assert grouped.errors == [] and grouped.requests == [grouped.url] and grouped.dialogs == []


def test_click_expands_a_group_in_place_and_the_panel_collapses_it(grouped):
    party = grouped.js("(n) => kgView.groupOf(n)", grouped.node(BAYTAQ))
    members = set(grouped.js("(g) => kgView.groupMembers(g)", party))
    assert len(members) > 3
    camera = grouped.js("[kgView.network.getViewPosition(), kgView.network.getScale()]")
    point = grouped.js("(g) => kgView.nodeDomPoint(g)", party)
    grouped.page.mouse.click(point["x"], point["y"])
    drawn = grouped.drawn()
    assert members <= drawn and party not in drawn
    assert {x for x in drawn if x.startswith("n")} == members  # the other groups stay closed
    assert grouped.js("[kgView.network.getViewPosition(), kgView.network.getScale()]") == camera  # in place
    # members sit inside the disc the group was drawn as
    inside = grouped.js(
        """(g) => { const b = kgView.node(g), net = kgView.network;
             return kgView.groupMembers(g).every(id => { const p = net.getPositions([id])[id];
               return Math.hypot(p.x - b.x, p.y - b.y) <= b.radius; }); }""",
        party,
    )
    assert inside
    # links inside the group are drawn as themselves; each link leaving it goes to a closed group
    assert grouped.js("kgView.visibleEdgeIds().some(id => id.startsWith('e'))")
    panel = grouped.js("kgView.panelText()")
    assert "Baytaq" in panel and "Collapse group" in panel
    grouped.page.focus("#kg-panel button.group-toggle")
    grouped.page.keyboard.press("Enter")
    drawn = grouped.drawn()
    assert party in drawn and not (members & drawn)
    assert "Expand group" in grouped.js("kgView.panelText()")
    grouped.page.keyboard.press("Enter")  # and open again, from the same button
    assert members <= grouped.drawn()
    assert grouped.errors == []


def test_search_expands_the_group_of_a_hit_and_selects_it(grouped):
    amirtayev = grouped.node(AMIRTAYEV)
    his = grouped.js("(n) => kgView.groupOf(n)", amirtayev)
    other = next(g for g in sorted(grouped.drawn()) if g != his)
    grouped.js("(g) => kgView.expandGroup(g)", other)
    assert amirtayev not in grouped.drawn()
    grouped.page.fill("#kg-search", "Әміртаев")
    grouped.page.press("#kg-search", "Enter")
    assert grouped.js("kgView.selected().nodes") == [amirtayev]
    drawn = grouped.drawn()
    assert amirtayev in drawn and his not in drawn
    assert set(grouped.js("kgView.expandedGroups()")) == {his, other}
    assert "Azamatkhan Amirtayev" in grouped.js("kgView.panelText()")
    assert grouped.js("kgView.preset()") == "everything"
    grouped.js("kgView.collapseAll()")
    assert grouped.drawn() == {f"g{k}" for k in range(grouped.js("kgView.groupCount()"))}


def test_other_views_are_not_grouped(grouped):
    grouped.js("kgView.setPreset('proposals')")
    drawn = grouped.drawn()
    assert drawn and all(x.startswith("n") for x in drawn)
    grouped.js("kgView.setPreset('everything')")
    assert all(x.startswith("g") for x in grouped.drawn())


def test_kazakh_grouped_page(browser, seed_store, tmp_path):
    path = write_html(project(seed_store, lang="kk"), tmp_path / "kk.html", title="Топтар", lang="kk", group_above=10)
    opened = Opened(browser, path)
    try:
        assert opened.page.text_content("#kg-groups-title") == "Топтар"
        assert "шеңбер" in opened.page.text_content("#kg-legend-groups")
        assert opened.page.text_content("#kg-collapse-all") == "Барлық топтарды жинау"
        g = sorted(opened.drawn())[0]
        opened.js("(g) => kgView.expandGroup(g)", g)
        first = opened.js("(g) => kgView.groupMembers(g)[0]", g)
        opened.js("(n) => kgView.selectNode(n)", first)
        assert "Топты жинау" in opened.js("kgView.panelText()")
        assert opened.errors == []
    finally:
        opened.context.close()


def test_hostile_group_names_show_as_text(browser, tmp_path):
    g = nx.MultiDiGraph()
    g.add_node("ex:p", iri="ex:p", type="party", label=XSS, labels=[XSS])
    g.add_node("ex:a", iri="ex:a", type="person", label="Ann", labels=["Ann"])
    g.add_node("ex:b", iri="ex:b", type="person", label='"><script>alert(2)</script>', labels=["B"])
    g.add_edge("ex:a", "ex:p", relation="member of", label="member of", evidence=[])
    g.add_edge("ex:b", "ex:a", relation="supports", label="supports", evidence=[])
    opened = Opened(browser, write_html(g, tmp_path / "x.html", title="X", group_above=1))
    try:
        party = opened.js("(n) => kgView.groupOf(n)", opened.node("ex:p"))
        point = opened.js("(g) => kgView.nodeDomPoint(g)", party)
        opened.page.mouse.click(point["x"], point["y"])
        assert XSS in opened.js("kgView.panelText()")
        assert opened.js("document.querySelectorAll('#kg-panel img, #kg-panel script').length") == 0
        assert opened.dialogs == [] and opened.errors == []
    finally:
        opened.context.close()


def test_picture_of_a_grouped_page_draws_the_groups(seed_projection, tmp_path):
    from kg.view import write_picture
    from kg.view_group import group_graph

    path = write_picture(seed_projection, tmp_path / "g.svg", fmt="svg", title="T", group_above=10)
    svg = path.read_text(encoding="utf-8")
    shapes = svg.count("<circle") + svg.count("<polygon") + svg.count("<rect") - 1  # less the background
    assert shapes == len(group_graph(seed_projection).groups)
    assert "<text" in svg
