"""Render a projected graph as one self-contained, offline HTML page (vis-network).

The page inlines vis-network's JavaScript and CSS (taken from the installed
pyvis package), makes no network request, and carries its data as JSON in a
``<script type="application/json">`` element. Every string from the data is
put into the page with ``textContent``/``innerText`` or drawn on the canvas, so
labels, quotes and addresses are never parsed as HTML.

The input is the networkx graph built by :func:`kg.projection.project`::

    node: iri, type, label, labels, description, date, proposals
    edge: relation, label, date, evidence=[{outlet, date, quote, url}]

>>> import networkx as nx
>>> g = nx.MultiDiGraph()
>>> g.add_node("ex:a", iri="ex:a", type="person", label="A", labels=["A"])
>>> g.add_node("ex:p", iri="ex:p", type="proposal", label="P", labels=["P"])
>>> _ = g.add_edge("ex:a", "ex:p", relation="proposed", label="proposed")
>>> page = render_html(g, title="Demo")
>>> 'data-node-count="2"' in page and "<link" not in page and "<script src" not in page
True
"""

from __future__ import annotations

import contextlib
import html
import json
import math
import re
from pathlib import Path
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from kg.errors import KgError
from kg.lang import fold_spec, fold_text

if TYPE_CHECKING:  # pragma: no cover
    import networkx

NODE_TYPES: dict[str, tuple[str, str]] = {
    # type: (colour, vis-network shape)
    "person": ("#e15759", "dot"),
    "party": ("#4e79a7", "hexagon"),
    "party-unit": ("#a0cbe8", "hexagon"),
    "state-body": ("#59a14f", "square"),
    "organisation": ("#8cd17d", "triangleDown"),
    "platform": ("#f28e2b", "triangle"),
    "proposal": ("#edc948", "diamond"),
    "provision": ("#b07aa1", "square"),
    "document": ("#9c755f", "square"),
    "event": ("#ff9da7", "star"),
    "speech": ("#bab0ac", "triangle"),
    "reform": ("#76b7b2", "star"),
}
"""Colour and shape of each node type, in legend order."""

RELATIONS: dict[str, str] = {
    "proposed": "#d37a00",
    "targets": "#b07aa1",
    "submitted via": "#f28e2b",
    "claimed": "#c9a227",
    "supports": "#3d8b37",
    "opposes": "#c0392b",
    "initiated": "#76b7b2",
    "holds post in": "#4e79a7",
    "member of": "#7f9fc4",
    "spoke at": "#9c8fb0",
    "chaired": "#5b6f8f",
    "organised": "#8c7a5b",
    "part of": "#999999",
    "addressed to": "#777777",
}
"""Edge colour of each relation, in filter order."""

WHO_PROPOSED_WHAT = ("proposed", "targets", "submitted via")
"""Relations kept by the "who proposed what" preset."""

LANGS = ("en", "ru", "kk")

_UI: dict[str, dict[str, str]] = {
    "en": {
        "search": "Search a name…", "types": "Node types", "relations": "Relations",
        "preset": "Who proposed what", "all": "Show everything", "asof": "As of",
        "latest": "latest", "sizeby": "Size by", "degree": "links", "proposals": "proposals",
        "save": "Save PNG", "evidence": "Evidence", "nothing": "Click a node or a link to see its details and evidence.",
        "nomatch": "No match", "isolated": "Hide unconnected", "names": "Names", "links": "Links",
        "date": "Date", "source": "source", "shown": "shown", "noevidence": "No evidence recorded.",
        "hidden": "Filters were reset to show it.",
    },
    "ru": {
        "search": "Поиск по имени…", "types": "Типы узлов", "relations": "Связи",
        "preset": "Кто что предложил", "all": "Показать всё", "asof": "На дату",
        "latest": "последняя", "sizeby": "Размер по", "degree": "связям", "proposals": "предложениям",
        "save": "Сохранить PNG", "evidence": "Источники", "nothing": "Щёлкните узел или связь, чтобы увидеть подробности и источники.",
        "nomatch": "Не найдено", "isolated": "Скрыть несвязанные", "names": "Названия", "links": "Связи",
        "date": "Дата", "source": "источник", "shown": "показано", "noevidence": "Источник не указан.",
        "hidden": "Фильтры сброшены, чтобы показать узел.",
    },
    "kk": {
        "search": "Атауы бойынша іздеу…", "types": "Түйін түрлері", "relations": "Байланыстар",
        "preset": "Кім не ұсынды", "all": "Барлығын көрсету", "asof": "Күні бойынша",
        "latest": "соңғы", "sizeby": "Өлшемі", "degree": "байланыс саны", "proposals": "ұсыныс саны",
        "save": "PNG сақтау", "evidence": "Дереккөздер", "nothing": "Толығырақ көру үшін түйінді немесе байланысты басыңыз.",
        "nomatch": "Табылмады", "isolated": "Байланыссыздарды жасыру", "names": "Атаулары", "links": "Байланыстар",
        "date": "Күні", "source": "дереккөз", "shown": "көрсетілді", "noevidence": "Дереккөз көрсетілмеген.",
        "hidden": "Түйінді көрсету үшін сүзгілер қалпына келтірілді.",
    },
}

_TYPE_NAMES: dict[str, tuple[str, str, str]] = {
    # type: (en, ru, kk)
    "person": ("Person", "Персона", "Тұлға"),
    "party": ("Party", "Партия", "Партия"),
    "party-unit": ("Party unit", "Подразделение партии", "Партия бөлімшесі"),
    "state-body": ("State body", "Госорган", "Мемлекеттік орган"),
    "organisation": ("Organisation", "Организация", "Ұйым"),
    "platform": ("Platform", "Платформа", "Платформа"),
    "proposal": ("Proposal", "Предложение", "Ұсыныс"),
    "provision": ("Provision", "Положение", "Ереже"),
    "document": ("Document", "Документ", "Құжат"),
    "event": ("Event", "Событие", "Оқиға"),
    "speech": ("Speech", "Выступление", "Сөз сөйлеу"),
    "reform": ("Reform", "Реформа", "Реформа"),
}

_RELATION_NAMES: dict[str, tuple[str, str, str]] = {
    "proposed": ("proposed", "предложил", "ұсынды"),
    "targets": ("targets", "касается", "қатысты"),
    "submitted via": ("submitted via", "подано через", "арқылы жіберілді"),
    "claimed": ("claimed", "заявил", "мәлімдеді"),
    "supports": ("supports", "поддерживает", "қолдайды"),
    "opposes": ("opposes", "против", "қарсы"),
    "initiated": ("initiated", "инициировал", "бастамашы болды"),
    "holds post in": ("holds post in", "занимает пост в", "қызмет атқарады"),
    "member of": ("member of", "член", "мүшесі"),
    "spoke at": ("spoke at", "выступил на", "сөз сөйледі"),
    "chaired": ("chaired", "председательствовал", "төрағалық етті"),
    "organised": ("organised", "организовал", "ұйымдастырды"),
    "part of": ("part of", "часть", "бөлігі"),
    "addressed to": ("addressed to", "адресовано", "жолданды"),
}

_OTHER_TYPE = ("#cccccc", "dot")
_OTHER_RELATION = "#aaaaaa"
_FAST_LAYOUT_FROM = 500
"""From this many nodes on, use the grid force layout instead of networkx's spring_layout."""
_STRESS_LAYOUT_UPTO = 200
"""Components up to this many nodes use stress majorization (best for small graphs)."""
_EDGE_LENGTH = 160.0
"""Typical (median) link length in page units."""

# --- search keys: kg.lang's fold, shipped to the page as data (DATA.fold) ---


def search_key(text: str) -> str:
    """Fold a name to a script-independent key for searching: :func:`kg.lang.fold_text`.

    The page's ``searchKey`` applies the same rules, received as data (:func:`kg.lang.fold_spec`
    in ``DATA.fold``), so a query typed in the page matches keys computed here.

    >>> search_key("Әміртаев") == search_key("Amirtayev") == search_key("Амиртаев")
    True
    >>> search_key("Байтақ"), search_key("Baytaq"), search_key("Article 8")
    ('baitak', 'baitak', 'artikle 8')
    """
    return fold_text(text)


def _external_name_key() -> Callable[[str], Any] | None:
    """``kg.names.name_key`` when that module exists, else None."""
    try:
        from kg.names import name_key  # type: ignore[attr-defined]
    except ImportError:
        return None
    return name_key


def _name_keys(labels: list[str], name_key: Callable[[str], Any] | None) -> list[str]:
    """Search keys of a node: our fold of each label, plus ``name_key`` of each label."""
    keys = {search_key(label) for label in labels}
    if name_key is not None:
        for label in labels:
            try:
                key = name_key(label)
            except Exception:  # noqa: BLE001 - an odd label must not break the page
                continue
            if key:
                keys.add(str(key).lower())
    keys.discard("")
    return sorted(keys)


# --- layout ---


def layout(graph: networkx.MultiDiGraph, *, seed: int = 42) -> dict[Any, tuple[float, float]]:
    """Compute reproducible positions (page units) for every node.

    Each connected component is laid out on its own, with networkx's
    ``spring_layout`` below 500 nodes and a grid force layout in numpy above
    (linear per iteration, so 5,000 nodes take about a second instead of
    minutes); then the components are packed in rows, largest first, so that
    small islands sit next to the main network rather than far out of view.

    >>> import networkx as nx
    >>> g = nx.MultiDiGraph([("a", "b"), ("b", "c"), ("x", "y")])
    >>> pos = layout(g)
    >>> pos == layout(g), sorted(pos)
    (True, ['a', 'b', 'c', 'x', 'y'])
    """
    import networkx as nx

    order = sorted(graph.nodes, key=lambda v: str(graph.nodes[v].get("iri", v)))
    index = {v: i for i, v in enumerate(order)}
    simple = nx.Graph()
    simple.add_nodes_from(range(len(order)))
    simple.add_edges_from(sorted({(min(index[u], index[v]), max(index[u], index[v])) for u, v in graph.edges() if u != v}))
    components = sorted((sorted(c) for c in nx.connected_components(simple)), key=lambda c: (-len(c), c[0]))
    blocks = [_component_layout(simple.subgraph(c), c, seed=seed) for c in components]
    # a label is drawn centred under its node, about 7 units a character at the page's font
    half = [min(len(str(graph.nodes[v].get("label") or "")), 60) * 3.6 for v in order]
    coords = _pack(blocks, half, gap=_EDGE_LENGTH / 2)
    return {order[i]: (round(x, 1), round(y, 1)) for i, (x, y) in sorted(coords.items())}


def _component_layout(component: Any, nodes: list[int], *, seed: int) -> dict[int, tuple[float, float]]:
    """Positions of one connected component, centred on 0, with a typical link _EDGE_LENGTH long."""
    import networkx as nx

    n = len(nodes)
    if n == 1:
        return {nodes[0]: (0.0, 0.0)}
    if n == 2:
        return {nodes[0]: (-_EDGE_LENGTH / 2, 0.0), nodes[1]: (_EDGE_LENGTH / 2, 0.0)}
    pairs = sorted((min(u, v), max(u, v)) for u, v in component.edges())
    if n <= _STRESS_LAYOUT_UPTO:
        local = {v: i for i, v in enumerate(nodes)}
        points = _stress_layout(n, [(local[u], local[v]) for u, v in pairs], seed=seed)
        raw = {v: points[local[v]] for v in nodes}
    elif n < _FAST_LAYOUT_FROM:
        ordered = nx.Graph()
        ordered.add_nodes_from(nodes)
        ordered.add_edges_from(pairs)
        pos = nx.spring_layout(ordered, seed=seed, iterations=100)
        raw = {v: (float(pos[v][0]), float(pos[v][1])) for v in nodes}
    else:
        local = {v: i for i, v in enumerate(nodes)}
        points = _grid_layout(n, [(local[u], local[v]) for u, v in pairs], seed=seed)
        raw = {v: points[local[v]] for v in nodes}
    lengths = sorted(math.dist(raw[u], raw[v]) for u, v in pairs)
    typical = max(lengths[len(lengths) // 2], 1e-9)
    cx = sum(x for x, _ in raw.values()) / n
    cy = sum(y for _, y in raw.values()) / n
    scale = _EDGE_LENGTH / typical
    return {v: ((x - cx) * scale, (y - cy) * scale) for v, (x, y) in raw.items()}


def _pack(blocks: list[dict[int, tuple[float, float]]], half: list[float], *, gap: float) -> dict[int, tuple[float, float]]:
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


def _one_blas_thread() -> contextlib.AbstractContextManager[Any]:
    """Limit BLAS to one thread when threadpoolctl is installed (small matrices gain nothing from more)."""
    try:
        from threadpoolctl import threadpool_limits
    except ImportError:
        return contextlib.nullcontext()
    return threadpool_limits(limits=1, user_api="blas")


def _stress_layout(n: int, pairs: list[tuple[int, int]], *, seed: int, iterations: int = 300) -> list[tuple[float, float]]:
    """Stress majorization (as in Graphviz neato): distances on the page follow hop counts.

    Starts from classical multidimensional scaling, then moves every node to the
    weighted average its neighbours' distances ask for (weights 1/d²).
    """
    import numpy as np

    neighbours: list[list[int]] = [[] for _ in range(n)]
    for u, v in pairs:
        neighbours[u].append(v)
        neighbours[v].append(u)
    hops = np.zeros((n, n))
    for start in range(n):
        seen = {start: 0}
        frontier = [start]
        while frontier:
            nxt = []
            for u in frontier:
                for v in neighbours[u]:
                    if v not in seen:
                        seen[v] = seen[u] + 1
                        nxt.append(v)
            frontier = nxt
        for v, d in seen.items():
            hops[start, v] = d
    # classical MDS start, with a little seeded jitter to split exact ties
    centre = np.eye(n) - 1.0 / n
    with _one_blas_thread():  # threaded LAPACK eigh is ~100x slower on a busy machine
        values, vectors = np.linalg.eigh(-0.5 * centre @ (hops**2) @ centre)
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
    for _ in range(iterations):
        # x_i <- sum_j w_ij (x_j + d_ij (x_i - x_j) / |x_i - x_j|) / sum_j w_ij, as matrix products
        sq = (pos**2).sum(axis=1)
        dist = np.sqrt(np.maximum(sq[:, None] + sq[None, :] - 2.0 * pos @ pos.T, 1e-12))
        c = target / dist
        new = (weight @ pos + c.sum(axis=1)[:, None] * pos - c @ pos) / total
        moved = np.abs(new - pos).max()
        pos = new
        if moved < 1e-3:
            break
    return [(float(x), float(y)) for x, y in pos]


def _grid_layout(n: int, pairs: list[tuple[int, int]], *, seed: int, iterations: int = 100) -> list[tuple[float, float]]:
    """Fruchterman–Reingold where each node is pushed by the mass of nearby grid cells (numpy).

    Repulsion comes from the centroid and node count of each cell in the 5×5
    block around a node (its own cell without itself), so an iteration costs
    O(nodes + links) however crowded a hub's neighbourhood gets.
    """
    import numpy as np

    rng = np.random.default_rng(seed)
    side = math.sqrt(n)
    pos = rng.random((n, 2)) * side * 2
    edges = np.array(pairs, dtype=np.int64).reshape(-1, 2)
    k = 1.0
    temperature = side / 5.0
    cool = temperature / (iterations + 1)
    offsets = [(dx, dy) for dx in range(-2, 3) for dy in range(-2, 3)]
    for _ in range(iterations):
        disp = np.zeros((n, 2))
        cell = k
        lo = pos.min(axis=0)
        span = pos.max(axis=0) - lo
        if (span[0] / cell + 1) * (span[1] / cell + 1) > 16 * n + 1024:
            cell = math.sqrt(span[0] * span[1] / (16 * n)) + 1e-9
        grid = np.floor((pos - lo) / cell).astype(np.int64) + 2
        width = int(grid[:, 1].max()) + 5
        cid = grid[:, 0] * width + grid[:, 1]
        size = (int(grid[:, 0].max()) + 5) * width
        mass = np.bincount(cid, minlength=size).astype(float)
        sum_x = np.bincount(cid, weights=pos[:, 0], minlength=size)
        sum_y = np.bincount(cid, weights=pos[:, 1], minlength=size)
        for dx, dy in offsets:
            other = cid + dx * width + dy
            m = mass[other]
            cx, cy = sum_x[other], sum_y[other]
            if dx == 0 and dy == 0:
                m = m - 1
                cx, cy = cx - pos[:, 0], cy - pos[:, 1]
            has = m > 0
            safe = np.where(has, m, 1.0)
            delta = pos - np.stack([cx / safe, cy / safe], axis=1)
            dist2 = np.maximum((delta**2).sum(axis=1), 0.01)
            push = np.where(has, m * k * k / dist2, 0.0)[:, None] * delta
            disp += push
        if len(edges):
            delta = pos[edges[:, 0]] - pos[edges[:, 1]]
            dist = np.sqrt((delta**2).sum(axis=1))
            pull = (dist / k)[:, None] * delta
            for axis in (0, 1):
                disp[:, axis] -= np.bincount(edges[:, 0], weights=pull[:, axis], minlength=n)
                disp[:, axis] += np.bincount(edges[:, 1], weights=pull[:, axis], minlength=n)
        disp -= 0.05 * (pos - pos.mean(axis=0))  # weak gravity keeps components together
        length = np.maximum(np.sqrt((disp**2).sum(axis=1)), 1e-9)
        pos += disp / length[:, None] * np.minimum(length, temperature)[:, None]
        temperature -= cool
    pos -= pos.mean(axis=0)
    return [(float(x), float(y)) for x, y in pos]


# --- page data ---


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def _date(value: Any) -> str | None:
    return None if value in (None, "") else str(value)


def _evidence(items: Any) -> list[dict[str, str | None]]:
    out = []
    for item in items or []:
        out.append(
            {
                "outlet": _text(item.get("outlet")),
                "date": _date(item.get("date")),
                "quote": None if item.get("quote") is None else str(item["quote"]),
                "url": None if item.get("url") is None else str(item["url"]),
            }
        )
    out.sort(key=lambda e: (e["date"] or "", e["outlet"] or "", e["url"] or "", e["quote"] or ""))
    return out


def page_data(graph: networkx.MultiDiGraph, *, title: str, lang: str = "en", seed: int = 42) -> dict[str, Any]:
    """Build the JSON document the page reads: nodes, edges, legend and interface strings.

    Node ids are opaque (``n0``, ``n1``, … in IRI order) and edge ids ``e0``, ``e1``, …

    >>> import networkx as nx
    >>> g = nx.MultiDiGraph()
    >>> g.add_node("ex:b", iri="ex:b", type="party", label="B")
    >>> g.add_node("ex:a", iri="ex:a", type="person", label="A")
    >>> _ = g.add_edge("ex:a", "ex:b", relation="member of", label="member of")
    >>> d = page_data(g, title="T")
    >>> [(n["id"], n["iri"]) for n in d["nodes"]], [(e["from"], e["to"]) for e in d["edges"]]
    ([('n0', 'ex:a'), ('n1', 'ex:b')], [('n0', 'n1')])
    """
    lang = lang if lang in LANGS else "en"
    li = LANGS.index(lang)
    positions = layout(graph, seed=seed)
    order = sorted(graph.nodes, key=lambda v: str(graph.nodes[v].get("iri", v)))
    ids = {v: f"n{i}" for i, v in enumerate(order)}
    degree = dict(graph.degree())
    name_key = _external_name_key()
    nodes = []
    for v in order:
        attrs = graph.nodes[v]
        label = _text(attrs.get("label")) or _text(attrs.get("iri", v))
        labels = [str(x) for x in (attrs.get("labels") or []) if x]
        if label not in labels:
            labels.insert(0, label)
        node_type = _text(attrs.get("type")) or "other"
        proposals = int(attrs.get("proposals") or 0)
        x, y = positions[v]
        nodes.append(
            {
                "id": ids[v],
                "iri": _text(attrs.get("iri", v)),
                "type": node_type,
                "label": label,
                "labels": labels,
                "keys": _name_keys(labels, name_key),
                "description": _text(attrs.get("description")),
                "date": _date(attrs.get("date")),
                "proposals": proposals,
                "degree": degree.get(v, 0),
                "x": x,
                "y": y,
            }
        )
    raw_edges = []
    for u, v, attrs in graph.edges(data=True):
        relation = _text(attrs.get("relation"))
        raw_edges.append(
            {
                "from": ids[u],
                "to": ids[v],
                "relation": relation,
                "label": _text(attrs.get("label")) or relation,
                "date": _date(attrs.get("date")),
                "evidence": _evidence(attrs.get("evidence")),
            }
        )
    raw_edges.sort(key=lambda e: (int(e["from"][1:]), int(e["to"][1:]), e["relation"], e["label"], e["date"] or "", json.dumps(e["evidence"], sort_keys=True)))
    edges = [{"id": f"e{i}", **e} for i, e in enumerate(raw_edges)]

    present_types = {n["type"] for n in nodes}
    types = [t for t in NODE_TYPES if t in present_types] + sorted(present_types - set(NODE_TYPES))
    present_relations = {e["relation"] for e in edges}
    relations = [r for r in RELATIONS if r in present_relations] + sorted(present_relations - set(RELATIONS))
    dates = sorted({n["date"] for n in nodes if n["date"]} | {e["date"] for e in edges if e["date"]})
    return {
        "title": title,
        "lang": lang,
        "ui": _UI[lang],
        "types": [
            {
                "type": t,
                "name": _TYPE_NAMES[t][li] if t in _TYPE_NAMES else t,
                "colour": NODE_TYPES.get(t, _OTHER_TYPE)[0],
                "shape": NODE_TYPES.get(t, _OTHER_TYPE)[1],
                "count": sum(1 for n in nodes if n["type"] == t),
            }
            for t in types
        ],
        "relations": [
            {
                "relation": r,
                "name": _RELATION_NAMES[r][li] if r in _RELATION_NAMES else r,
                "colour": RELATIONS.get(r, _OTHER_RELATION),
                "count": sum(1 for e in edges if e["relation"] == r),
            }
            for r in relations
        ],
        "preset": [r for r in WHO_PROPOSED_WHAT],
        "fold": fold_spec(),
        "dates": dates,
        "nodes": nodes,
        "edges": edges,
    }


# --- page ---


DEFAULT_TITLES = {
    "en": "Kazakhstan's constitutional reform: who proposed what",
    "ru": "Конституционная реформа Казахстана: кто что предложил",
    "kk": "Қазақстанның конституциялық реформасы: кім не ұсынды",
}
"""Page title of ``kg view`` when ``--title`` is not given."""


def write_view(
    store,
    path: str | Path,
    *,
    lang: str = "en",
    focus: str | None = None,
    depth: int | None = None,
    include: Iterable[str] | None = None,
    title: str | None = None,
) -> networkx.MultiDiGraph:
    """Project ``store`` (see :func:`kg.projection.project`) and write its page to ``path``; return the graph.

    This is all of ``kg view``.

    >>> import tempfile, pathlib
    >>> from kg.store import build_store
    >>> out = pathlib.Path(tempfile.mkdtemp()) / "view.html"
    >>> g = write_view(build_store(), out, focus="baytaq", depth=1)
    >>> f'data-node-count="{g.number_of_nodes()}"' in out.read_text(encoding="utf-8")
    True
    """
    from kg.projection import project

    graph = project(store, lang=lang, focus=focus, depth=depth, include=include)
    write_html(graph, path, title=title or DEFAULT_TITLES.get(lang, DEFAULT_TITLES["en"]), lang=lang)
    return graph


def _vis_assets() -> tuple[str, str]:
    """Return (javascript, css) of the vis-network copy shipped inside pyvis, without importing pyvis."""
    import importlib.util

    spec = importlib.util.find_spec("pyvis")
    if spec is None or not spec.submodule_search_locations:
        raise KgError("pyvis is not installed; it provides vis-network for `kg view` (pip install pyvis)")
    root = Path(next(iter(spec.submodule_search_locations)))
    candidates = sorted(
        {p.parent for p in root.glob("**/vis-*/vis-network.min.js")},
        key=lambda p: tuple(int(x) for x in re.findall(r"\d+", p.name)),
    )
    if not candidates:
        raise KgError(f"vis-network.min.js not found under {root}")
    folder = candidates[-1]
    js = (folder / "vis-network.min.js").read_text(encoding="utf-8")
    css = (folder / "vis-network.css").read_text(encoding="utf-8")
    if "</script" in js.lower() or "</style" in css.lower():
        raise KgError(f"{folder}: vis-network assets cannot be inlined safely")
    return js, css


def _json_for_script(data: Any) -> str:
    """JSON that is safe inside a <script> element: <, > and & become \\u escapes.

    >>> _json_for_script({"a": "</script><b>&"})
    '{"a": "\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e\\\\u0026"}'
    """
    text = json.dumps(data, ensure_ascii=False, sort_keys=True)
    return (
        text.replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def render_html(graph: networkx.MultiDiGraph, *, title: str, lang: str = "en", seed: int = 42) -> str:
    """Return the whole page as a string (UTF-8 text, no external resources).

    :param graph: a projection, see :func:`kg.projection.project`
    :param title: page title and heading (shown as text)
    :param lang: interface language, ``en``, ``ru`` or ``kk``
    :param seed: layout seed
    :raises KgError: when vis-network cannot be found
    """
    data = page_data(graph, title=title, lang=lang, seed=seed)
    js, css = _vis_assets()
    template = (Path(__file__).with_name("_view_template.html")).read_text(encoding="utf-8")
    values = {
        "LANG": html.escape(data["lang"], quote=True),
        "TITLE": html.escape(title, quote=True),
        "NODE_COUNT": str(len(data["nodes"])),
        "EDGE_COUNT": str(len(data["edges"])),
        "VIS_CSS": css,
        "VIS_JS": js,
        "DATA": _json_for_script(data),
    }
    # one pass over the template only, so nothing inserted is substituted again
    return re.sub(r"@@KG_([A-Z_]+)@@", lambda m: values[m.group(1)], template)


def write_html(graph: networkx.MultiDiGraph, path: str | Path, *, title: str, lang: str = "en", seed: int = 42) -> Path:
    """Write :func:`render_html` to ``path`` atomically and return the path.

    The page is written to a temporary file in the same folder, then moved over ``path``.

    :raises KgError: when the folder does not exist or cannot be written
    """
    from kg.fileio import write_atomic

    path = Path(path)
    page = render_html(graph, title=title, lang=lang, seed=seed)
    write_atomic(path, page.encode("utf-8"))
    return path
