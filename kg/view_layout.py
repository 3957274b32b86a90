"""Positions for the page's presets, computed in Python with a fixed seed (numpy, igraph).

One layout per question the page answers:

* ``everything``: stress majorization for small components, igraph's grid force layout for
  large ones (linear per iteration), components packed in rows; then a label-aware spreading
  step moves nodes until no two label boxes overlap (for graphs up to
  :data:`_SPREAD_UPTO` nodes; beyond that the page shows only the labels that fit);
* ``proposals`` (who proposed what): layered, proposers → proposals → provisions,
  documents and platforms, each layer ordered by the barycentre of its neighbours to
  avoid crossings;
* ``timeline``: one column per date, one lane per actor, the actor at the head of its lane;
* ``focus``: one actor in the middle, its neighbours around it grouped by relation, the
  next ring further out.

Boxes are estimated in page units for vis-network's 14-unit Arial labels, drawn centred
under the node; the page measures the real boxes and hides any label that would still
overlap another (see ``declutter`` in ``_view_template.html``).

Every function reads the projection's columns (:class:`kg.projection.Projection`; a networkx
graph is read into them first) and names nodes by their index in it: the page is written from
the same indices, with no graph of attribute dicts in between.

>>> import networkx as nx
>>> g = nx.MultiDiGraph()
>>> g.add_node("p", type="person", label="Ann"); g.add_node("q", type="proposal", label="Fix it")
>>> _ = g.add_edge("p", "q", relation="proposed")
>>> sorted(preset_layouts(g))
['everything', 'proposals', 'timeline']
>>> preset_layouts(g)["proposals"]["p"][0] < preset_layouts(g)["proposals"]["q"][0]
True
"""

from __future__ import annotations

import contextlib
import math
from collections import defaultdict
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from kg.projection import Projection

if TYPE_CHECKING:  # pragma: no cover
    import networkx

Point = tuple[float, float]

FONT_SIZE = 14
"""Label font size in page units (the page draws labels at this size at 100 % zoom)."""
_CHAR_WIDTH = 7.4
"""Mean advance of one character at FONT_SIZE (Arial / Liberation Sans, Latin and Cyrillic)."""
_LABEL_HEIGHT = FONT_SIZE + 8
_GAP = 10.0
"""Space kept between two boxes."""
_X_BIAS = 2.5
"""Labels are wide: prefer pushing sideways unless that costs this many times more than up or down."""
_SPREAD_UPTO = 800
"""Label-aware spreading (quadratic per step) runs on graphs up to this many nodes."""
MAX_LABEL_CHARS = 30
"""Longer labels are cut to this many characters on the canvas (the panel shows them whole)."""

WHO_PROPOSED_WHAT = ("proposed", "targets", "submitted via")
"""Relations kept by the "who proposed what" preset."""
_ACTOR_RELATIONS = ("proposed", "spoke at", "organised", "chaired", "claimed", "initiated", "supports", "opposes")
"""Relations that tie a dated fact to the actor whose timeline lane it goes in."""


def node_size(degree: int) -> float:
    """Radius of a node drawn with ``degree`` links (the page uses the same formula).

    >>> node_size(0), node_size(4), node_size(10_000)
    (8.0, 14.0, 30.0)
    """
    return min(30.0, 8.0 + 3.0 * math.sqrt(max(degree, 0)))


def label_box(label: str, size: float) -> tuple[float, float, float]:
    """(width, height, centre offset below the node centre) of a node with its label under it.

    >>> label_box("abc", 8.0)
    (32.2, 38.0, 11.0)
    """
    width = max(min(len(label), MAX_LABEL_CHARS) * _CHAR_WIDTH + 10.0, 2 * size)
    height = 2 * size + _LABEL_HEIGHT
    return (round(width, 1), height, _LABEL_HEIGHT / 2)


def remove_overlaps(
    pos: dict[Any, Point],
    boxes: dict[Any, tuple[float, float, float]],
    *,
    axes: str = "xy",
    iterations: int = 300,
) -> dict[Any, Point]:
    """Move nodes apart until no two boxes overlap (or ``iterations`` run out).

    Each overlapping pair is pushed apart along the axis where it overlaps least (only
    vertically with ``axes="y"``, which keeps columns and date axes in place), half the
    overlap each, as in the PRISM family of overlap-removal methods. Quadratic per step.

    >>> pos = remove_overlaps({"a": (0.0, 0.0), "b": (5.0, 0.0)}, {"a": (40, 20, 0), "b": (40, 20, 0)})
    >>> abs(pos["a"][0] - pos["b"][0]) >= 40 or abs(pos["a"][1] - pos["b"][1]) >= 20
    True
    """
    import numpy as np

    keys = list(pos)
    n = len(keys)
    if n < 2:
        return dict(pos)
    xy = np.array([pos[k] for k in keys], dtype=float)
    wh = np.array([(boxes[k][0] + _GAP, boxes[k][1] + _GAP) for k in keys], dtype=float)
    off = np.array([boxes[k][2] for k in keys], dtype=float)
    upper = np.triu(np.ones((n, n), dtype=bool), 1)
    for _ in range(iterations):
        cx, cy = xy[:, 0], xy[:, 1] + off
        dx = cx[None, :] - cx[:, None]
        dy = cy[None, :] - cy[:, None]
        ox = (wh[:, 0][:, None] + wh[:, 0][None, :]) / 2 - np.abs(dx)
        oy = (wh[:, 1][:, None] + wh[:, 1][None, :]) / 2 - np.abs(dy)
        hit = (ox > 0.01) & (oy > 0.01) & upper
        if not hit.any():
            break
        i, j = np.nonzero(hit)
        move = np.zeros((n, 2))
        if axes == "y":
            along_x = np.zeros(len(i), dtype=bool)
        else:
            along_x = ox[i, j] < oy[i, j] * _X_BIAS
        # ties (same point) are split by index so that the result is reproducible
        sx = np.where(dx[i, j] > 0, 1.0, np.where(dx[i, j] < 0, -1.0, 1.0))
        sy = np.where(dy[i, j] > 0, 1.0, np.where(dy[i, j] < 0, -1.0, 1.0))
        push_x = np.where(along_x, ox[i, j] / 2 + 0.5, 0.0) * sx
        push_y = np.where(along_x, 0.0, oy[i, j] / 2 + 0.5) * sy
        np.add.at(move[:, 0], j, push_x)
        np.add.at(move[:, 0], i, -push_x)
        np.add.at(move[:, 1], j, push_y)
        np.add.at(move[:, 1], i, -push_y)
        xy += move
    return {k: (float(x), float(y)) for k, (x, y) in zip(keys, xy)}


_STRESS_LAYOUT_UPTO = 200
"""Components up to this many nodes use stress majorization (best for small graphs, quadratic);
larger ones igraph's grid Fruchterman–Reingold (networkx's spring_layout took 3 s for 400 nodes)."""
_EDGE_LENGTH = 160.0
"""Typical (median) link length in page units."""

# --- everything: force layout ---


def layout(graph: networkx.MultiDiGraph | Projection, *, seed: int = 42) -> dict[Any, tuple[float, float]]:
    """Reproducible positions (page units) of every node, by its networkx key: :func:`positions`.

    >>> import networkx as nx
    >>> g = nx.MultiDiGraph([("a", "b"), ("b", "c"), ("x", "y")])
    >>> pos = layout(g)
    >>> pos == layout(g), sorted(pos)
    (True, ['a', 'b', 'c', 'x', 'y'])
    """
    net = Projection.of(graph)
    return dict(zip(net.keys, positions(net, seed=seed)))


def positions(net: Projection, *, seed: int = 42) -> list[Point]:
    """Compute reproducible positions (page units) for every node, by index.

    Each connected component is laid out on its own, with stress majorization up to
    :data:`_STRESS_LAYOUT_UPTO` nodes and igraph's grid Fruchterman–Reingold above
    (linear per iteration, so 10,000 nodes take well under a second); then the
    components are packed in rows, largest first, so that small islands sit next
    to the main network rather than far out of view.
    """
    import igraph

    n = len(net.iri)
    pairs = sorted({(a, b) if a < b else (b, a) for a, b in zip(net.src, net.dst) if a != b})
    # components (igraph's search, in C), each as its nodes in order (the first is its lowest) and its links
    membership = igraph.Graph(n=n, edges=pairs).connected_components().membership
    members: dict[int, list[int]] = defaultdict(list)
    for v, c in enumerate(membership):
        members[c].append(v)
    links: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for pair in pairs:
        links[membership[pair[0]]].append(pair)
    components = sorted(members, key=lambda c: (-len(members[c]), members[c][0]))
    with _one_blas_thread():  # threaded LAPACK is ~60x slower on small matrices (eigh of 84 nodes: 33 ms vs 0.5 ms)
        blocks = [_component_layout(members[c], links[c], seed=seed) for c in components]
    # a label is drawn centred under its node, about 7 units a character at the page's font
    half = [min(len(label), 60) * 3.6 for label in net.label]
    coords = _pack(blocks, half, gap=_EDGE_LENGTH / 2)
    if n <= _SPREAD_UPTO:
        pos = compact(dict(sorted(coords.items())), label_boxes(net, range(n)))
        return [(round(x, 1), round(y, 1)) for x, y in (pos[v] for v in range(n))]
    return [(round(x, 1), round(y, 1)) for x, y in (coords[v] for v in range(n))]


def _component_layout(nodes: list[int], pairs: list[tuple[int, int]], *, seed: int) -> dict[int, tuple[float, float]]:
    """Positions of one connected component (sorted nodes, sorted links), centred on 0, links ~_EDGE_LENGTH long."""
    n = len(nodes)
    if n == 1:
        return {nodes[0]: (0.0, 0.0)}
    if n == 2:
        return {nodes[0]: (-_EDGE_LENGTH / 2, 0.0), nodes[1]: (_EDGE_LENGTH / 2, 0.0)}
    local = {v: i for i, v in enumerate(nodes)}
    method = _stress_layout if n <= _STRESS_LAYOUT_UPTO else _force_layout
    ends = [(local[u], local[v]) for u, v in pairs]
    points = method(n, ends, seed=seed)  # in the order of nodes
    lengths = sorted([math.dist(points[a], points[b]) for a, b in ends])
    typical = max(lengths[len(lengths) // 2], 1e-9)
    cx = sum(x for x, _ in points) / n
    cy = sum(y for _, y in points) / n
    scale = _EDGE_LENGTH / typical
    return {v: ((x - cx) * scale, (y - cy) * scale) for v, (x, y) in zip(nodes, points)}


def _pack(
    blocks: list[dict[int, tuple[float, float]]], half: list[float], *, gap: float
) -> dict[int, tuple[float, float]]:
    """Place laid-out components in rows (shelf packing), in the given order.

    ``half[v]`` is half the width of node ``v``'s label, so that labels of
    neighbouring components do not overlap.
    """
    boxes = []
    for block in blocks:
        left = min(x - half[v] for v, (x, _) in block.items())
        right = max(x + half[v] for v, (x, _) in block.items())
        ys = [y for _, y in block.values()]
        boxes.append((left, min(ys), right - left, max(ys) - min(ys) + gap / 2))
    area = sum((w + gap) * (h + gap) for _, _, w, h in boxes)
    row_width = max([boxes[0][2] if boxes else 0.0, math.sqrt(area) * 1.3])
    out: dict[int, tuple[float, float]] = {}
    x = y = row_height = 0.0
    for block, (left, top, w, h) in zip(blocks, boxes):
        if x > 0 and x + w > row_width:
            x, y, row_height = 0.0, y + row_height + gap, 0.0
        for v, (px, py) in block.items():
            out[v] = (px - left + x, py - top + y)
        x += w + gap
        row_height = max(row_height, h)
    if out:
        cx = (min(p[0] for p in out.values()) + max(p[0] for p in out.values())) / 2
        cy = (min(p[1] for p in out.values()) + max(p[1] for p in out.values())) / 2
        out = {v: (px - cx, py - cy) for v, (px, py) in out.items()}
    return out


def compact(
    pos: dict[Any, Point], boxes: dict[Any, tuple[float, float, float]], *, rounds: int = 3
) -> dict[Any, Point]:
    """Shrink a layout towards its centre and remove the overlaps again, a few times.

    Removing overlaps only pushes nodes apart, so a force layout keeps its empty space;
    shrinking first lets the labels, not the link length, set the scale of the picture.
    """
    pos = remove_overlaps(pos, boxes)
    for _ in range(rounds if pos else 0):
        cx = sum(x for x, _ in pos.values()) / len(pos)
        cy = sum(y for _, y in pos.values()) / len(pos)
        pos = remove_overlaps({v: (cx + (x - cx) * 0.6, cy + (y - cy) * 0.6) for v, (x, y) in pos.items()}, boxes)
    return pos


def _one_blas_thread() -> contextlib.AbstractContextManager[Any]:
    """Limit BLAS to one thread: the layouts' matrices are small, and OpenBLAS threads only cost."""
    from threadpoolctl import threadpool_limits

    return threadpool_limits(limits=1, user_api="blas")


def _stress_layout(
    n: int, pairs: list[tuple[int, int]], *, seed: int, iterations: int = 300
) -> list[tuple[float, float]]:
    """Stress majorization (as in Graphviz neato): distances on the page follow hop counts.

    Starts from classical multidimensional scaling, then moves every node to the
    weighted average its neighbours' distances ask for (weights 1/d²).
    """
    import igraph
    import numpy as np

    # hop counts by igraph's breadth-first search in C (half of this function's time in Python);
    # a node out of reach counts 0, as it did when the search was written here
    hops = np.array(igraph.Graph(n=n, edges=pairs).distances(), dtype=float)
    hops[np.isinf(hops)] = 0.0
    # classical MDS start, with a little seeded jitter to split exact ties
    centre = np.eye(n) - 1.0 / n
    values, vectors = np.linalg.eigh(-0.5 * centre @ (hops**2) @ centre)  # see _one_blas_thread
    top = np.argsort(values)[::-1][:2]
    pos = vectors[:, top] * np.sqrt(np.maximum(values[top], 1e-9))
    for axis in (0, 1):  # eigenvectors have no sign of their own: fix one
        if pos[int(np.argmax(np.abs(pos[:, axis]))), axis] < 0:
            pos[:, axis] *= -1
    pos += np.random.default_rng(seed).normal(scale=0.05, size=(n, 2))
    weight = np.zeros((n, n))
    off = hops > 0
    weight[off] = hops[off] ** -2.0
    total = weight.sum(axis=1)[:, None]
    target = weight * hops
    # one n×n buffer for each step's distances, then its ratios: the same operations in the same
    # order as with a new array for each, so the same bits, in about 15 % less time
    c = np.empty((n, n))
    for _ in range(iterations):
        # x_i <- sum_j w_ij (x_j + d_ij (x_i - x_j) / |x_i - x_j|) / sum_j w_ij, as matrix products
        sq = (pos**2).sum(axis=1)
        np.add(sq[:, None], sq[None, :], out=c)
        c -= 2.0 * pos @ pos.T
        np.sqrt(np.maximum(c, 1e-12, out=c), out=c)  # the distances
        np.divide(target, c, out=c)
        new = (weight @ pos + c.sum(axis=1)[:, None] * pos - c @ pos) / total
        moved = np.abs(new - pos).max()
        pos = new
        if moved < 1e-3:
            break
    return [(float(x), float(y)) for x, y in pos]


def _force_layout(
    n: int, pairs: list[tuple[int, int]], *, seed: int, iterations: int = 150
) -> list[tuple[float, float]]:
    """Fruchterman–Reingold with grid repulsion, in igraph's C code, from seeded random places.

    About ten times faster than the same method in numpy (0.04 s for 1,800 nodes and 150
    iterations; 300 took twice as long for a picture no less crowded), so a 10,000-node
    page is laid out in a fraction of a second. igraph draws
    its random numbers from Python's ``random``, seeded here and restored afterwards, so
    the result depends on ``seed`` only.
    """
    import random

    import igraph
    import numpy as np

    # centred on 0, as igraph starts by itself: its grid covers about sqrt(n) around the origin
    start = ((np.random.default_rng(seed).random((n, 2)) - 0.5) * math.sqrt(n)).tolist()
    state = random.getstate()
    random.seed(seed)
    try:
        coords = igraph.Graph(n=n, edges=pairs).layout_fruchterman_reingold(seed=start, niter=iterations, grid=True)
    finally:
        random.setstate(state)
    return [(float(x), float(y)) for x, y in coords]


# --- helpers shared by the presets ---


def _rounded(pos: dict[Any, Point]) -> dict[Any, Point]:
    return {v: (round(x, 1), round(y, 1)) for v, (x, y) in pos.items()}


Boxes = dict[int, tuple[float, float, float]]
"""Each node's label box (see :func:`label_box`), by index."""


def label_boxes(net: Projection, nodes: Iterable[int], degree: list[int] | None = None) -> Boxes:
    """Each node's label box; ``degree`` (see :func:`degrees`) when the caller has it already."""
    degree = degrees(net) if degree is None else degree
    label = net.label
    # a box depends on the label's length (as :func:`label_box` cuts it) and the degree only:
    # made once per pair, as most nodes share one with others
    made: dict[tuple[int, int], tuple[float, float, float]] = {}
    boxes = {}
    for v in nodes:
        pair = (min(len(label[v]), MAX_LABEL_CHARS), degree[v])
        box = made.get(pair)
        if box is None:
            box = made[pair] = label_box(label[v], node_size(degree[v]))
        boxes[v] = box
    return boxes


def degrees(net: Projection) -> list[int]:
    """Every node's number of links (loops count twice), by index."""
    degree = [0] * len(net.iri)
    for v in net.src:
        degree[v] += 1
    for v in net.dst:
        degree[v] += 1
    return degree


def name_keys(net: Projection) -> list[tuple[str, str]]:
    """Each node's sort key by name, (folded label, IRI), computed once (a sort calls its key
    function once per item, and both lesser presets sort)."""
    return [(label.casefold(), iri) for label, iri in zip(net.label, net.iri)]


def _stack(column: list[Any], boxes: dict[Any, tuple[float, float, float]], x: float) -> dict[Any, Point]:
    """Nodes one under the other at ``x``, each taking its own box height, centred on y = 0."""
    heights = [boxes[v][1] + _GAP for v in column]
    y = -sum(heights) / 2
    out = {}
    for v, h in zip(column, heights):
        out[v] = (x, y + h / 2 - boxes[v][2])
        y += h
    return out


def _columns(
    layers: list[list[Any]], boxes: dict[Any, tuple[float, float, float]], *, max_rows: int
) -> dict[Any, Point]:
    """Lay out layers as columns left to right; a layer longer than ``max_rows`` wraps into several."""
    out: dict[Any, Point] = {}
    x = 0.0
    for layer in layers:
        if not layer:
            continue
        for start in range(0, len(layer), max_rows):
            column = layer[start : start + max_rows]
            width = max(boxes[v][0] for v in column)
            out.update(_stack(column, boxes, x + width / 2))
            x += width + 4 * _GAP
        x += 6 * _GAP
    return out


# --- who proposed what: layered ---


def proposal_nodes(net: Projection) -> set[int]:
    """The nodes of the "who proposed what" preset: ends of its relations' links."""
    return {w for u, v, r in zip(net.src, net.dst, net.relation) if r in WHO_PROPOSED_WHAT for w in (u, v)}


def layered(
    net: Projection,
    nodes: set[int],
    *,
    sweeps: int = 6,
    keys: list[tuple[str, str]] | None = None,
    boxes: Boxes | None = None,
) -> dict[int, Point]:
    """Proposers → proposals → what they target, each column ordered to avoid crossings.

    A node's layer: 1 for a proposal, 0 for one that proposed something, 2 for the rest.
    Layers are then reordered by the mean position of their neighbours (barycentre
    heuristic, alternating left-to-right and right-to-left sweeps). ``keys`` (:func:`name_keys`) and
    ``boxes`` (:func:`label_boxes`, of these nodes or more) when the caller has them already.
    """
    if not nodes:
        return {}
    links = list(zip(net.src, net.dst, net.relation))
    proposers = {u for u, _, r in links if r == "proposed"}
    kinds = net.type
    layer_of = {}
    for v in nodes:
        layer_of[v] = 1 if kinds[v] == "proposal" else 0 if v in proposers else 2
    near: dict[int, set[int]] = defaultdict(set)
    for u, v, r in links:
        if r in WHO_PROPOSED_WHAT and u in nodes and v in nodes and u != v:
            near[u].add(v)
            near[v].add(u)
    # each node's neighbours in other layers, in a fixed order (the mean below adds them up in it)
    across = {v: [w for w in near[v] if layer_of[w] != layer_of[v]] for v in nodes}
    keys = name_keys(net) if keys is None else keys
    # each layer by name, once: every sort below is stable and starts from this order, so it breaks
    # its ties by name without a (value, name) tuple per node and step
    by_name = [sorted((v for v in nodes if layer_of[v] == k), key=keys.__getitem__) for k in range(3)]
    # proposals by date first, so that the middle column reads in order when nothing else decides
    dates = net.date
    layers = [by_name[0], sorted(by_name[1], key=lambda v: dates[v] or "9999"), by_name[2]]
    # every node's place in its layer, updated for the one layer each step sorts
    index = {v: i for layer in layers for i, v in enumerate(layer)}
    at = index.__getitem__
    for sweep in range(sweeps):
        order = (0, 2, 1) if sweep % 2 == 0 else (1, 0, 2)
        for k in order:
            # the barycentre of each node's neighbours in the other layers (sums of ints: exact)
            centre = {v: sum(map(at, across[v])) / len(across[v]) if across[v] else index[v] for v in by_name[k]}
            layers[k] = sorted(by_name[k], key=centre.__getitem__)
            index.update(zip(layers[k], range(len(layers[k]))))
    boxes = label_boxes(net, nodes) if boxes is None else boxes
    rows = max(12, int(math.sqrt(len(nodes)) * 1.5))
    return _rounded(_columns(layers, boxes, max_rows=rows))


# --- timeline ---


def timeline_nodes(net: Projection) -> set[int]:
    """Dated nodes and the actors tied to them (see :data:`_ACTOR_RELATIONS`)."""
    dated = {v for v, d in enumerate(net.date) if d}
    actors = {
        w
        for u, v, r in zip(net.src, net.dst, net.relation)
        if r in _ACTOR_RELATIONS
        for w, other in ((u, v), (v, u))
        if other in dated and w not in dated
    }
    return dated | actors


def timeline(
    net: Projection,
    nodes: set[int],
    *,
    keys: list[tuple[str, str]] | None = None,
    boxes: Boxes | None = None,
) -> tuple[dict[int, Point], list[tuple[float, str]]]:
    """One column per date (in order), one lane per actor; returns positions and the axis ticks.

    A dated fact goes in the lane of its first actor (by name); facts with no actor share
    a last lane. The actor sits at the head of its lane, left of the first date.
    """
    date_of = net.date
    keys = name_keys(net) if keys is None else keys
    dated = sorted((v for v in nodes if date_of[v]), key=lambda v: (str(date_of[v]), keys[v]))
    if not dated:
        return {}, []
    # each dated fact's candidate actors, from one pass over the links
    candidates: dict[int, set[int]] = defaultdict(set)
    for u, v, r in zip(net.src, net.dst, net.relation):
        if r in _ACTOR_RELATIONS and u in nodes and v in nodes:
            if date_of[u] and not date_of[v]:  # a dated fact and its undated actor, either way round
                candidates[u].add(v)
            elif date_of[v] and not date_of[u]:
                candidates[v].add(u)
    actor_of: dict[int, int | None] = {
        v: min(candidates[v], key=keys.__getitem__) if candidates.get(v) else None for v in dated
    }
    actors: set[int] = {a for a in actor_of.values() if a is not None}
    lanes: list[int | None] = [*sorted(actors, key=keys.__getitem__), None]
    boxes = label_boxes(net, nodes) if boxes is None else boxes
    day = {v: str(date_of[v]) for v in dated}
    dates = sorted(set(day.values()))
    cells: dict[int | None, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    for v in dated:
        cells[actor_of[v]][day[v]].append(v)
    # column x from the widest box of each date; lane y from the tallest stack of each lane
    head = max([boxes[a][0] for a in lanes if a is not None] + [0.0])
    x = head + 6 * _GAP
    column_x = {}
    widths: dict[str, float] = defaultdict(float)
    for v in dated:
        widths[day[v]] = max(widths[day[v]], boxes[v][0])
    for date in dates:
        width = widths[date]
        column_x[date] = x + width / 2
        x += width + 2 * _GAP
    pos: dict[int, Point] = {}
    y = 0.0
    for lane in lanes:
        stacks = cells.get(lane, {})
        if lane is None and not stacks:
            continue
        lane_height = max(
            [sum(boxes[v][1] + _GAP for v in stack) for stack in stacks.values()]
            + [boxes[lane][1] + _GAP if lane is not None else 0.0]
        )
        if lane is not None:
            pos[lane] = (head / 2, y + lane_height / 2 - boxes[lane][2])
        for date, stack in stacks.items():
            top = y
            for v in stack:
                h = boxes[v][1] + _GAP
                pos[v] = (column_x[date], top + h / 2 - boxes[v][2])
                top += h
        y += lane_height + 2 * _GAP
    ticks = [(round(column_x[d], 1), d) for d in dates]
    return _rounded(pos), ticks


def _neighbours(net: Projection) -> list[list[tuple[int, str]]]:
    """Each node's (neighbour, relation) pairs: its outgoing links, then its incoming ones."""
    out: list[list[tuple[int, str]]] = [[] for _ in net.iri]
    into: list[list[tuple[int, str]]] = [[] for _ in net.iri]
    for u, v, r in zip(net.src, net.dst, net.relation):
        out[u].append((v, r))
        into[v].append((u, r))
    return [a + b for a, b in zip(out, into)]


# --- focus: radial ---


def radial(net: Projection, centre: int, *, depth: int = 2) -> dict[int, Point]:
    """``centre`` in the middle, ring k holding the nodes k links away, ring 1 grouped by relation.

    Rings are ellipses (labels are wide); a ring-2 node sits near the ring-1 node it is
    reached through. Overlaps left by the rings are then removed.
    """
    near = _neighbours(net)
    keys = name_keys(net)
    rings: list[list[int]] = [[centre]]
    parent: dict[int, tuple[float, str]] = {centre: (0.0, "")}
    seen = {centre}
    for k in range(1, depth + 1):
        frontier = []
        for u in rings[-1]:
            for w, rel in sorted(near[u], key=lambda t: (t[1], keys[t[0]])):
                if w not in seen:
                    seen.add(w)
                    frontier.append(w)
                    parent[w] = (float(len(frontier)), rel) if k == 1 else (parent[u][0], parent[u][1])
        if not frontier:
            break
        if k == 1:
            frontier.sort(key=lambda w: (parent[w][1], keys[w]))
        else:
            last = rings[-1]
            frontier.sort(key=lambda w: (last.index(_first_parent(near[w], last)), keys[w]))
        rings.append(frontier)
    boxes = label_boxes(net, seen)
    pos: dict[int, Point] = {centre: (0.0, 0.0)}
    radius = 0.0
    for k, ring in enumerate(rings[1:], start=1):
        # room along the ring for every box, and at least one box height more than the last ring
        need = sum(max(boxes[v][0], boxes[v][1]) + _GAP for v in ring) / (2 * math.pi) / 1.3
        radius = max(radius + 120.0, need, 160.0 * k)
        for i, v in enumerate(ring):
            angle = -math.pi / 2 + 2 * math.pi * (i + 0.5) / len(ring)
            pos[v] = (1.6 * radius * math.cos(angle), radius * math.sin(angle))
    return _rounded(remove_overlaps(pos, boxes) if len(pos) <= _SPREAD_UPTO else pos)


def _first_parent(near: list[tuple[int, str]], ring: list[int]) -> int:
    members = set(ring)
    for u, _ in sorted(near, key=lambda t: ring.index(t[0]) if t[0] in members else len(ring)):
        if u in members:
            return u
    return ring[0]


def preset_layouts(
    graph: networkx.MultiDiGraph | Projection, *, seed: int = 42, focus: Any | None = None, depth: int = 2
) -> dict[str, dict[Any, Point]]:
    """Positions of every preset by networkx key: ``everything``, ``proposals``, ``timeline`` and,
    with ``focus`` (a node's key), ``focus``."""
    net = Projection.of(graph)
    keys = net.keys
    out: dict[str, dict[Any, Point]] = {"everything": dict(zip(keys, positions(net, seed=seed)))}
    out["proposals"] = {keys[v]: p for v, p in layered(net, proposal_nodes(net)).items()}
    out["timeline"] = {keys[v]: p for v, p in timeline(net, timeline_nodes(net))[0].items()}
    centre = net.index(focus) if focus is not None else None
    if centre is not None:
        out["focus"] = {keys[v]: p for v, p in radial(net, centre, depth=depth).items()}
    return out
