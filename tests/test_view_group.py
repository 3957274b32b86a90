"""Grouping a large projection by organisation (kg.view_group), without a browser."""

from __future__ import annotations

import json
import math
import random
import re
from collections import Counter

import networkx as nx
import pytest
from _page import page_iris

from kg.projection import project
from kg.view import page_columns, render_html
from kg.view_group import (
    GROUP_ABOVE,
    disc_radius,
    group_graph,
    membership,
    place_groups,
    should_group,
    spiral,
)

XSS = "<img src=x onerror=alert(1)>"


def org_graph(order: list[str] | None = None) -> nx.MultiDiGraph:
    """Two parties, a unit of one, a state body; people with memberships and posts; their facts."""
    nodes = {
        "ex:party-a": ("party", "Party A"),
        "ex:party-b": ("party", XSS),
        "ex:unit-a1": ("party-unit", "Council of A"),
        "ex:body": ("state-body", "Parliament"),
        "ex:ann": ("person", "Ann"),
        "ex:bob": ("person", "Bob"),
        "ex:cat": ("person", "Cat"),
        "ex:dan": ("person", "Dan"),
        "ex:prop-1": ("proposal", "Fix article 1"),
        "ex:prop-2": ("proposal", "Fix article 2"),
        "ex:prop-3": ("proposal", "Fix article 3"),
        "ex:speech": ("speech", "Speech by Bob"),
        "ex:event": ("event", "Congress"),
        "ex:art-1": ("provision", "Article 1"),
        "ex:art-2": ("provision", "Article 2"),
        "ex:doc": ("document", "Draft"),
    }
    edges = [
        ("ex:ann", "ex:party-a", "member of", None),
        ("ex:ann", "ex:body", "holds post in", "2025-01-01"),  # member of wins over a post
        ("ex:bob", "ex:unit-a1", "holds post in", "2020-01-01"),
        ("ex:bob", "ex:body", "holds post in", "2024-06-01"),  # the latest post wins
        ("ex:cat", "ex:party-b", "member of", "2021-01-01"),
        ("ex:unit-a1", "ex:party-a", "part of", None),
        ("ex:ann", "ex:prop-1", "proposed", "2026-01-01"),
        ("ex:party-b", "ex:prop-2", "proposed", "2026-01-02"),
        ("ex:dan", "ex:prop-3", "proposed", "2026-01-03"),  # Dan has no organisation
        ("ex:bob", "ex:speech", "spoke at", "2026-01-04"),
        ("ex:speech", "ex:event", "part of", None),
        ("ex:unit-a1", "ex:event", "organised", "2026-01-04"),
        ("ex:cat", "ex:event", "chaired", "2026-01-04"),  # organised comes before chaired
        ("ex:prop-1", "ex:art-1", "targets", None),
        ("ex:prop-2", "ex:art-1", "targets", None),
        ("ex:prop-3", "ex:art-2", "targets", None),
        ("ex:art-1", "ex:doc", "part of", None),
        ("ex:art-2", "ex:doc", "part of", None),
    ]
    g = nx.MultiDiGraph()
    for v in order or list(nodes):
        kind, label = nodes[v]
        g.add_node(v, iri=v, type=kind, label=label, labels=[label])
    for u, v, relation, date in edges if order is None else sorted(edges, key=lambda e: order.index(e[0])):
        g.add_edge(u, v, relation=relation, label=relation, date=date, evidence=[])
    return g


def test_membership_follows_the_rules():
    m = membership(org_graph())
    assert m["ex:party-a"] == "ex:party-a" and m["ex:unit-a1"] == "ex:unit-a1" and m["ex:body"] == "ex:body"
    assert m["ex:ann"] == "ex:party-a"  # member of, before holds post in
    assert m["ex:bob"] == "ex:body"  # of two posts, the latest
    assert m["ex:cat"] == "ex:party-b"
    assert m["ex:dan"] == ("other", "person")
    assert m["ex:prop-1"] == "ex:party-a"  # a fact follows its main actor's group
    assert m["ex:prop-2"] == "ex:party-b"  # ... when the actor is an organisation too
    assert m["ex:prop-3"] == ("other", "proposal")  # ... and goes to "other" when the actor has none
    assert m["ex:speech"] == "ex:body"  # the speaker's group
    assert m["ex:event"] == "ex:unit-a1"  # organiser before chair
    assert m["ex:art-1"] == m["ex:art-2"] == ("other", "provision")
    assert m["ex:doc"] == ("other", "document")


def test_groups_are_ordered_and_hold_every_node_once():
    g = org_graph()
    grouping = group_graph(g)
    labels = [grp.label for grp in grouping.groups]
    assert labels == [
        "Parliament",
        "Party A",
        XSS,
        "Council of A",
        "Other: Person",
        "Other: Proposal",
        "Other: Provision",
        "Other: Legal document",
    ]
    members = [v for grp in grouping.groups for v in grp.members]
    assert sorted(members) == sorted(g.nodes)
    assert all(grouping.groups[grouping.of[v]].members.count(v) == 1 for v in g.nodes)
    body = grouping.groups[0]
    assert body.members == ["ex:body", "ex:bob", "ex:speech"]  # the organisation first, then people, then facts
    assert [grp.kind for grp in grouping.groups][-4:] == ["person", "proposal", "provision", "document"]


def test_links_between_groups_are_counted_once_per_pair():
    g = org_graph()
    grouping = group_graph(g)
    expected: Counter[tuple[int, int]] = Counter()
    for u, v in g.edges():
        a, b = grouping.of[u], grouping.of[v]
        if a != b:
            expected[(min(a, b), max(a, b))] += 1
    assert grouping.links == sorted((a, b, c) for (a, b), c in expected.items())
    assert all(a < b for a, b, _ in grouping.links)
    # internal links (Ann -> her proposal inside Party A) are not drawn between groups
    party_a = next(i for i, grp in enumerate(grouping.groups) if grp.label == "Party A")
    assert (party_a, party_a) not in {(a, b) for a, b, _ in grouping.links}
    provisions = next(i for i, grp in enumerate(grouping.groups) if grp.label == "Other: Provision")
    docs = next(i for i, grp in enumerate(grouping.groups) if grp.label == "Other: Legal document")
    assert (provisions, docs, 2) in grouping.links


def test_grouping_does_not_depend_on_insertion_order():
    first = group_graph(org_graph())
    shuffled = list(org_graph().nodes)
    random.Random(7).shuffle(shuffled)
    second = group_graph(org_graph(shuffled))
    assert [(grp.label, grp.members, grp.centre, grp.radius) for grp in first.groups] == [
        (grp.label, grp.members, grp.centre, grp.radius) for grp in second.groups
    ]
    assert first.links == second.links and first.positions == second.positions


def test_discs_do_not_overlap_and_members_stay_inside_their_disc(seed_store):
    g = project(seed_store)
    grouping = group_graph(g)
    groups = grouping.groups
    for i, a in enumerate(groups):
        for b in groups[:i]:
            assert math.dist(a.centre, b.centre) >= a.radius + b.radius - 0.2, (a.label, b.label)
        for v in a.members:
            assert math.dist(grouping.positions[v], a.centre) <= a.radius
    assert set(grouping.positions) == set(g.nodes)


def test_disc_area_grows_with_members_and_the_spiral_fills_it():
    assert disc_radius(400) > disc_radius(100) > disc_radius(1)
    points = spiral(200)
    assert points[0] == (0.0, 0.0) and len(set(points)) == 200
    nearest = min(math.dist(p, q) for i, p in enumerate(points) for q in points[:i])
    assert nearest > 40  # nodes are at most 30 wide
    assert max(math.hypot(*p) for p in points) < disc_radius(200)


def test_place_groups_packs_many_discs_without_overlap():
    from kg.view_group import Group

    rng = random.Random(3)
    groups = [Group(f"g{i}", f"G{i}", "party", f"g{i}", radius=rng.choice([76.0, 120.0, 400.0])) for i in range(300)]
    links = sorted({(a, b, 1) for a, b in ((rng.randrange(300), rng.randrange(300)) for _ in range(600)) if a < b})
    centres = place_groups(groups, links)
    assert centres == place_groups(groups, links)
    for i in range(300):
        for j in range(i):
            assert math.dist(centres[i], centres[j]) >= groups[i].radius + groups[j].radius - 0.2


@pytest.mark.parametrize(
    ("nodes", "above", "grouped"),
    [(10_001, GROUP_ABOVE, True), (10_000, GROUP_ABOVE, False), (5, 4, True), (5, 5, False), (10**6, 0, False)],
)
def test_threshold(nodes, above, grouped):
    assert should_group(nodes, above) is grouped


def embedded(page: str) -> dict:
    match = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', page, flags=re.S)
    assert match
    return json.loads(match.group(1))


def test_page_carries_groups_only_above_the_threshold():
    g = org_graph()
    n = g.number_of_nodes()
    assert "groups" not in page_columns(g, title="T")  # default: 10,000
    assert "groups" not in page_columns(g, title="T", group_above=n)
    assert "groups" not in page_columns(g, title="T", group_above=0)
    data = page_columns(g, title="T", group_above=n - 1)
    groups = data["groups"]
    grouping = group_graph(g)
    assert groups["label"] == [grp.label for grp in grouping.groups]
    assert groups["count"] == [len(grp.members) for grp in grouping.groups]
    assert sum(groups["count"]) == n
    ids = {iri: i for i, iri in enumerate(page_iris(data))}
    assert [groups["of"][ids[v]] for v in g.nodes] == [grouping.of[v] for v in g.nodes]
    assert groups["head"][0] == ids["ex:body"] and groups["head"][-1] == -1
    assert groups["links"] == [x for link in grouping.links for x in link]
    # "everything" places each node inside its group's disc
    [everything] = [p for p in data["presets"] if p["key"] == "everything"]
    pos = everything["pos"]
    for i, k in enumerate(groups["of"]):
        centre = groups["pos"][2 * k : 2 * k + 2]
        assert math.dist(pos[2 * i : 2 * i + 2], centre) <= groups["radius"][k] + 0.2


def test_grouped_page_is_deterministic_and_escaped():
    g = org_graph()
    page = render_html(g, title="T", group_above=3)
    assert page == render_html(org_graph(list(reversed(list(g.nodes)))), title="T", group_above=3)
    assert XSS not in page and "<img" not in page
    data = embedded(page)
    assert XSS in data["groups"]["label"]  # intact in the data, set as text by the page


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("en", ("Groups", "Other: Person")),
        ("ru", ("Группы", "Прочие: Персона")),
        ("kk", ("Топтар", "Басқалары: Тұлға")),
    ],
)
def test_group_words_follow_the_language(lang, words):
    data = page_columns(org_graph(), title="T", lang=lang, group_above=3)
    assert data["ui"]["groups"] == words[0]
    assert words[1] in data["groups"]["label"]
    assert "3" in data["ui"]["legend_groups"]
    for key in ("expand", "collapse", "collapse_all", "members", "in_group", "group_links", "legend_group"):
        assert data["ui"][key]


def test_cli_group_above(run, tmp_path):
    out = tmp_path / "v.html"
    result = run("view", "-o", str(out), "--group-above", "20")
    assert result.exit_code == 0, result.output
    data = embedded(out.read_text(encoding="utf-8"))
    assert "groups" in data and sum(data["groups"]["count"]) == len(data["nodes"]["label"])
    result = run("view", "-o", str(out), "--group-above", "0")
    assert result.exit_code == 0 and "groups" not in embedded(out.read_text(encoding="utf-8"))
    bad = run("view", "-o", str(out), "--group-above", "-1")
    assert bad.exit_code == 2 and "--group-above" in bad.output
    assert "--group-above" in run("view", "--help").output
