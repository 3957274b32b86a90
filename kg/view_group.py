"""Group a large projection by organisation, so that the page first draws one node per group.

Beyond :data:`GROUP_ABOVE` nodes a page that draws everything is a grey cloud that takes
seconds to draw; ``kg view`` then opens on groups instead (``--group-above``):

* every organisation (party, party unit or faction, state body, other organisation) is a
  group, holding itself;
* a person joins the group of the organisation it is a member of, else the one it holds a
  post in (the latest such link, then the organisation's IRI, decides between several);
* a proposal, speech or event joins its main actor's group (who proposed it, spoke, organised
  or chaired it, in that order);
* everything else, and facts of actors without a group, go to one "other" group per kind.

A group is drawn as a disc whose area grows with its members; clicking it on the page
replaces the disc by its members, laid out inside it (a sunflower spiral: the organisation
in the middle, then people, events, speeches, proposals), and links between groups are
drawn once per pair of groups, with their count. Everything here is computed in Python
and deterministic: the same graph gives the same groups, order and positions.

>>> import networkx as nx
>>> g = nx.MultiDiGraph()
>>> g.add_node("ex:p", iri="ex:p", type="party", label="P")
>>> g.add_node("ex:a", iri="ex:a", type="person", label="A")
>>> g.add_node("ex:q", iri="ex:q", type="proposal", label="Q")
>>> g.add_node("ex:d", iri="ex:d", type="document", label="D")
>>> _ = g.add_edge("ex:a", "ex:p", relation="member of")
>>> _ = g.add_edge("ex:a", "ex:q", relation="proposed")
>>> _ = g.add_edge("ex:q", "ex:d", relation="targets")
>>> grouping = group_graph(g, lang="en")
>>> [(grp.label, grp.members) for grp in grouping.groups]
[('P', ['ex:p', 'ex:a', 'ex:q']), ('Other: Legal document', ['ex:d'])]
>>> grouping.links
[(0, 1, 1)]
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from kg.projection import Projection

if TYPE_CHECKING:  # pragma: no cover
    import networkx

GROUP_ABOVE = 10_000
"""``kg view`` groups a projection with more nodes than this (``--group-above``; 0: never)."""

ORGANISATION_TYPES = ("party", "party-unit", "state-body", "organisation")
"""Node types that head a group of their own."""
_MEMBERSHIP = ("member of", "holds post in")
"""Relations that put a person in an organisation's group, preferred in this order."""
_MAIN_ACTOR = ("proposed", "spoke at", "organised", "chaired")
"""Relations from a fact's main actor, preferred in this order."""
FACT_TYPES = ("proposal", "speech", "event")
"""Node types that follow their main actor's group."""
_RING_ORDER = ("person", "event", "speech", "proposal")
"""Members are placed from the middle outwards in this order of types (the organisation first)."""

SPACING = 36.0
"""Distance unit of the spiral: neighbouring members sit about 1.8 × this apart (nodes are 8–30 wide)."""
_GOLDEN_ANGLE = math.pi * (3.0 - math.sqrt(5.0))

_OTHER = {"en": "Other: {}", "ru": "Прочие: {}", "kk": "Басқалары: {}"}


_UI: dict[str, dict[str, str]] = {
    "en": {
        "groups": "Groups",
        "group": "group",
        "members": "members",
        "expand": "Expand group",
        "collapse": "Collapse group",
        "collapse_all": "Collapse all groups",
        "in_group": "In group",
        "group_links": "links",
        "legend_group": "Group (dashed circle)",
        "legend_groups": (
            "Above {n} nodes the page first draws groups: each dashed circle is an organisation with its "
            "members (people, and the proposals, speeches and events of its people), in the colour of the "
            "organisation's type and as large as its membership. Click a circle, or Enter on its button in "
            "the panel, to draw its members in its place; a grey line between circles counts their links."
        ),
    },
    "ru": {
        "groups": "Группы",
        "group": "группа",
        "members": "участников",
        "expand": "Раскрыть группу",
        "collapse": "Свернуть группу",
        "collapse_all": "Свернуть все группы",
        "in_group": "В группе",
        "group_links": "связей",
        "legend_group": "Группа (пунктирный круг)",
        "legend_groups": (
            "Если узлов больше {n}, страница сначала рисует группы: каждый пунктирный круг — организация "
            "со своими участниками (люди, а также предложения, выступления и события её людей), цвета "
            "типа организации и тем больше, чем больше участников. Щёлкните круг или нажмите Enter на его "
            "кнопке в панели, чтобы нарисовать участников на его месте; серая линия между кругами — число связей."
        ),
    },
    "kk": {
        "groups": "Топтар",
        "group": "топ",
        "members": "мүше",
        "expand": "Топты ашу",
        "collapse": "Топты жинау",
        "collapse_all": "Барлық топтарды жинау",
        "in_group": "Тобы",
        "group_links": "байланыс",
        "legend_group": "Топ (үзік сызықты шеңбер)",
        "legend_groups": (
            "Түйіндер {n}-нан көп болса, бет алдымен топтарды салады: әр үзік сызықты шеңбер — ұйым және "
            "оның мүшелері (адамдар, сондай-ақ олардың ұсыныстары, сөздері мен іс-шаралары), ұйым түрінің "
            "түсімен, мүшелері көп болған сайын үлкенірек. Мүшелерін оның орнына салу үшін шеңберді басыңыз "
            "немесе панельдегі батырмасында Enter басыңыз; шеңберлер арасындағы сұр сызық — байланыс саны."
        ),
    },
}


def group_ui(lang: str, group_above: int | None) -> dict[str, str]:
    """The page's words for groups in ``lang`` (merged into the page's other words).

    >>> group_ui("ru", 10_000)["legend_groups"].startswith("Если узлов больше 10\\u00a0000")
    True
    """
    words = dict(_UI.get(lang, _UI["en"]))
    count = f"{int(group_above or 0):,}".replace(",", "\u00a0" if lang != "en" else ",")
    words["legend_groups"] = words["legend_groups"].format(n=count)
    return words


@dataclass
class Group:
    """One group: its head (an organisation node, or None for an "other" group) and members."""

    key: str
    label: str
    kind: str
    head: Any | None
    members: list[Any] = field(default_factory=list)
    radius: float = 0.0
    centre: tuple[float, float] = (0.0, 0.0)


@dataclass
class Grouping:
    """The groups of a graph, which group each node is in, links between groups, and positions.

    ``links`` holds ``(group, group, count)`` with the first index the smaller; ``positions``
    places every node of the graph inside its group's disc. Nodes are indices of a
    :class:`kg.projection.Projection` (:func:`group`) or networkx keys (:func:`group_graph`).
    """

    groups: list[Group]
    of: dict[Any, int]
    links: list[tuple[int, int, int]]
    positions: dict[Any, tuple[float, float]]


def should_group(node_count: int, group_above: int | None) -> bool:
    """Whether a page of ``node_count`` nodes opens on groups (``group_above`` 0 or None: never).

    >>> should_group(10_001, 10_000), should_group(10_000, 10_000), should_group(10**6, 0)
    (True, False, False)
    """
    return bool(group_above) and node_count > int(group_above or 0)


def everything_positions(
    net: Projection, *, seed: int = 42, group_above: int | None = None, lang: str = "en"
) -> tuple[list[tuple[float, float]], Grouping | None]:
    """The "everything" preset's positions (by node index), and its grouping when the page opens on groups.

    The one place that decides it, for the page (:func:`kg.view.page_columns`) and for the
    GraphML/GEXF drawing (:mod:`kg.exports_graph`), so the two always agree. ``group_above``
    None is :data:`GROUP_ABOVE`; the positions do not depend on ``lang`` (only the groups' names do).
    """
    if should_group(net.number_of_nodes(), GROUP_ABOVE if group_above is None else group_above):
        grouping = group(net, lang=lang, seed=seed)
        return [grouping.positions[v] for v in range(net.number_of_nodes())], grouping
    from kg.view_layout import positions

    return positions(net, seed=seed), None


def membership(graph: networkx.MultiDiGraph | Projection) -> dict[Any, Any]:
    """The group key of every node (by networkx key): an organisation node, or ``("other", type)``.

    Deterministic: ties between several organisations are broken by the link's date (the
    latest wins), then by the organisation's IRI.

    >>> import networkx as nx
    >>> g = nx.MultiDiGraph()
    >>> for v, t in [("u1", "party-unit"), ("u2", "party-unit"), ("a", "person"), ("b", "person")]:
    ...     g.add_node(v, iri=v, type=t)
    >>> _ = g.add_edge("a", "u2", relation="holds post in", date="2020-01-01")
    >>> _ = g.add_edge("a", "u1", relation="holds post in", date="2024-01-01")
    >>> _ = g.add_edge("b", "u2", relation="holds post in")
    >>> _ = g.add_edge("b", "u1", relation="member of")
    >>> m = membership(g)
    >>> m["a"], m["b"], m["u1"]
    ('u1', 'u1', 'u1')
    """
    net = Projection.of(graph)
    keys = net.keys
    return {keys[v]: k if isinstance(k, tuple) else keys[k] for v, k in enumerate(_membership(net))}


def _membership(net: Projection) -> list[int | tuple[str, str]]:
    """:func:`membership` by node index: the organisation's index, or ``("other", type)``."""
    kinds = [kind or "other" for kind in net.type]
    iri = net.iri
    n = len(kinds)
    out: list[int | tuple[str, str] | None] = [
        v if kind in ORGANISATION_TYPES else None for v, kind in enumerate(kinds)
    ]
    best: list[tuple[Any, ...] | None] = [None] * n
    main: list[list[tuple[int, str, int]]] = [[] for _ in range(n)]
    for u, v, relation, date in zip(net.src, net.dst, net.relation, net.link_date):
        if relation in _MEMBERSHIP:
            if kinds[u] != "person" or kinds[v] not in ORGANISATION_TYPES:
                continue
            # smaller is better: preferred relation, latest date, then IRI
            rank = (_MEMBERSHIP.index(relation), _negated(date or ""), iri[v], v)
            if best[u] is None or rank[:3] < best[u][:3]:  # type: ignore[index]
                best[u] = rank
        elif relation in _MAIN_ACTOR:
            main[v].append((_MAIN_ACTOR.index(relation), iri[u], u))
    for v, kind in enumerate(kinds):
        if kind == "person":
            found = best[v]
            out[v] = found[3] if found is not None else ("other", kind)
    for v, kind in enumerate(kinds):
        if out[v] is not None:
            continue
        grp: int | tuple[str, str] = ("other", kind)
        if kind in FACT_TYPES:
            actors = sorted(a for a in main[v] if isinstance(out[a[2]], int))
            if actors:
                grp = out[actors[0][2]]  # type: ignore[assignment]
        out[v] = grp
    return out  # type: ignore[return-value]


def _negated(text: str) -> tuple[int, ...]:
    """A sort key that orders strings from the last to the first (``""`` last of all)."""
    return tuple(-ord(c) for c in text) + (0,) if text else (1,)


def group_graph(
    graph: networkx.MultiDiGraph | Projection, *, lang: str = "en", seed: int = 42, layout_groups: bool = True
) -> Grouping:
    """:func:`group`, its nodes named by their networkx keys."""
    net = Projection.of(graph)
    grouping = group(net, lang=lang, seed=seed, layout_groups=layout_groups)
    keys = net.keys
    for grp in grouping.groups:
        grp.members = [keys[v] for v in grp.members]
        grp.head = keys[grp.head] if grp.head is not None else None
    grouping.of = {keys[v]: i for v, i in grouping.of.items()}
    grouping.positions = {keys[v]: xy for v, xy in grouping.positions.items()}
    return grouping


def group(net: Projection, *, lang: str = "en", seed: int = 42, layout_groups: bool = True) -> Grouping:
    """Group ``net`` (see :func:`membership`), count links between groups, and place everything.

    Groups come in a fixed order: organisations by IRI, then "other" groups in the order of
    node types. Positions are in page units: the groups' discs are packed without overlap,
    linked groups side by side (:func:`place_groups`), and each group's members fill its disc
    (:func:`spiral`); ``layout_groups`` False leaves the groups unplaced (no positions).
    """
    from kg.view import NODE_TYPES, type_name
    from kg.view_layout import degrees

    keys = _membership(net)
    iri = net.iri
    kinds = [kind or "other" for kind in net.type]
    type_order = {t: i for i, t in enumerate(NODE_TYPES)}
    heads = sorted({k for k in keys if isinstance(k, int)}, key=lambda v: (iri[v], v))
    others = sorted(
        {k for k in keys if isinstance(k, tuple)}, key=lambda k: (type_order.get(k[1], len(type_order)), k[1])
    )
    template = _OTHER.get(lang, _OTHER["en"])
    groups: list[Group] = []
    for head in heads:
        groups.append(Group(key=iri[head], label=net.label[head] or iri[head], kind=kinds[head], head=head))
    for _, kind in others:
        groups.append(Group(key="other:" + kind, label=template.format(type_name(kind, lang)), kind=kind, head=None))
    index: dict[Any, int] = {v: i for i, v in enumerate(heads)}
    index.update({k: len(heads) + i for i, k in enumerate(others)})
    of = {v: index[k] for v, k in enumerate(keys)}
    degree = degrees(net)
    rings = {t: i for i, t in enumerate(_RING_ORDER)}
    for v in sorted(range(len(iri)), key=lambda v: (iri[v], v)):
        groups[of[v]].members.append(v)
    for grp in groups:
        grp.members.sort(
            key=lambda v: (
                v != grp.head,
                rings.get(kinds[v], len(rings) + type_order.get(kinds[v], 0)),
                -degree[v],
                iri[v],
            )
        )
        grp.radius = disc_radius(len(grp.members))
    counts: dict[tuple[int, int], int] = defaultdict(int)
    for u, v in zip(net.src, net.dst):
        a, b = of[u], of[v]
        if a != b:
            counts[(min(a, b), max(a, b))] += 1
    links = [(a, b, c) for (a, b), c in sorted(counts.items())]
    positions: dict[Any, tuple[float, float]] = {}
    if layout_groups:
        centres = place_groups(groups, links, seed=seed)
        for grp, centre in zip(groups, centres):
            grp.centre = centre
            for v, (dx, dy) in zip(grp.members, spiral(len(grp.members))):
                positions[v] = (round(centre[0] + dx, 1), round(centre[1] + dy, 1))
    return Grouping(groups=groups, of=of, links=links, positions=positions)


def disc_radius(members: int) -> float:
    """Radius of the disc a group of ``members`` is drawn as, and its members fill.

    >>> disc_radius(1), disc_radius(100) < disc_radius(400) < 2 * disc_radius(100)
    (76.0, True)
    """
    return round(SPACING * math.sqrt(max(members, 1)) + 40.0, 1)


def spiral(count: int) -> list[tuple[float, float]]:
    """Offsets of ``count`` members from their group's centre: Vogel's sunflower spiral.

    The first member sits in the middle; each next one a golden angle further round and a
    little further out, so that members fill the disc evenly, about 1.8 × :data:`SPACING` apart.

    >>> spiral(3)
    [(0.0, 0.0), (-32.5, 29.8), (5.0, -56.7)]
    """
    out = [(0.0, 0.0)] if count else []
    for k in range(1, count):
        r = SPACING * math.sqrt(k + 0.5)
        a = k * _GOLDEN_ANGLE
        out.append((round(r * math.cos(a), 1), round(r * math.sin(a), 1)))
    return out


def place_groups(
    groups: list[Group], links: list[tuple[int, int, int]], *, seed: int = 42
) -> list[tuple[float, float]]:
    """Centres of the groups' discs: packed tight, no two overlapping, linked groups side by side.

    Groups are taken in an order where each next one is the unplaced group with the most
    links to those already placed (Prim's order on link counts; "other" groups, linked to
    almost everything, come last), and each disc is put against the front of those already
    packed, as close to their centre as it fits (the front-chain packing of Wang et al.,
    as in d3's ``packSiblings``): one pass, no force iterations. ``seed`` is kept for the
    signature of the other layouts; the packing uses no randomness.

    >>> g = [Group("a", "A", "party", "a", radius=100.0), Group("b", "B", "party", "b", radius=50.0)]
    >>> (ax, ay), (bx, by) = place_groups(g, [(0, 1, 3)])
    >>> math.dist((ax, ay), (bx, by)) >= 150
    True
    """
    import heapq

    n = len(groups)
    if n == 0:
        return []
    weight: list[dict[int, int]] = [{} for _ in range(n)]
    for a, b, c in links:
        if groups[a].head is not None and groups[b].head is not None:
            weight[a][b] = weight[a].get(b, 0) + c
            weight[b][a] = weight[b].get(a, 0) + c
    size = [len(g.members) for g in groups]
    order: list[int] = []
    done = [False] * n
    best = [0] * n
    heads = sorted((i for i in range(n) if groups[i].head is not None), key=lambda i: (-size[i], i))
    for root in heads:
        if done[root]:
            continue
        queue = [(0, -size[root], root)]
        while queue:
            _, _, i = heapq.heappop(queue)
            if done[i]:
                continue
            done[i] = True
            order.append(i)
            for j, w in weight[i].items():
                if not done[j] and w > best[j]:
                    best[j] = w
                    heapq.heappush(queue, (-w, -size[j], j))
    order += [i for i in range(n) if not done[i]]
    placed = _pack([groups[i].radius + SPACING / 4 for i in order])
    out = [(0.0, 0.0)] * n
    for i, xy in zip(order, placed):
        out[i] = xy
    xs, ys = [x for x, _ in out], [y for _, y in out]
    cx, cy = (min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2
    return [(round(x - cx, 1), round(y - cy, 1)) for x, y in out]


def _pack(radii: list[float]) -> list[tuple[float, float]]:
    """Front-chain circle packing (Wang et al. 2006; d3-hierarchy's ``packSiblings``), in order.

    >>> [(round(x), round(y)) for x, y in _pack([1.0, 1.0, 1.0])]
    [(-1, 0), (1, 0), (0, 2)]
    """
    n = len(radii)
    xs, ys, rs = [0.0] * n, [0.0] * n, list(radii)
    if n == 0:
        return []
    if n >= 2:
        xs[0], xs[1] = -rs[1], rs[0]
    if n >= 3:
        xs[2], ys[2] = _tangent(0, 1, 2, xs, ys, rs)
    if n <= 3:
        return list(zip(xs, ys))
    # the front chain as a circular doubly linked list of circle indices
    nxt, prv = [0] * n, [0] * n
    a, b, c = 0, 1, 2
    nxt[a], prv[c] = b, b
    nxt[b], prv[a] = c, c
    nxt[c], prv[b] = a, a

    def hits(i: int, j: int) -> bool:
        dr = rs[i] + rs[j] - 1e-6
        return dr > 0 and dr * dr > (xs[i] - xs[j]) ** 2 + (ys[i] - ys[j]) ** 2

    def score(i: int) -> float:
        j = nxt[i]
        ab = rs[i] + rs[j]
        dx = (xs[i] * rs[j] + xs[j] * rs[i]) / ab
        dy = (ys[i] * rs[j] + ys[j] * rs[i]) / ab
        return dx * dx + dy * dy

    i = 3
    while i < n:
        xs[i], ys[i] = _tangent(b, a, i, xs, ys, rs)
        # the nearest circle of the chain that the new one hits, ahead of b or behind a
        j, k, sj, sk = nxt[b], prv[a], rs[b], rs[a]
        moved = False
        while True:
            if sj <= sk:
                if hits(j, i):
                    b = j
                    nxt[a], prv[b] = b, a
                    moved = True
                    break
                sj += rs[j]
                j = nxt[j]
            else:
                if hits(k, i):
                    a = k
                    nxt[a], prv[b] = b, a
                    moved = True
                    break
                sk += rs[k]
                k = prv[k]
            if j == nxt[k]:
                break
        if moved:
            continue
        prv[i], nxt[i] = a, b
        nxt[a] = prv[b] = i
        b = i
        # the pair of the chain closest to the centre is where the next circle goes
        best, aa, c = a, score(a), nxt[i]
        while c != b:
            sc = score(c)
            if sc < aa:
                best, aa = c, sc
            c = nxt[c]
        a, b = best, nxt[best]
        i += 1
    return list(zip(xs, ys))


def _tangent(a: int, b: int, c: int, xs: list[float], ys: list[float], rs: list[float]) -> tuple[float, float]:
    """Centre of circle ``c`` touching circles ``a`` and ``b`` (d3's ``place(b, a, c)``)."""
    dx, dy = xs[b] - xs[a], ys[b] - ys[a]
    d2 = dx * dx + dy * dy
    if not d2:
        return xs[a] + rs[c], ys[a]
    a2 = (rs[a] + rs[c]) ** 2
    b2 = (rs[b] + rs[c]) ** 2
    if a2 > b2:
        x = (d2 + b2 - a2) / (2 * d2)
        y = math.sqrt(max(0.0, b2 / d2 - x * x))
        return xs[b] - x * dx - y * dy, ys[b] - x * dy + y * dx
    x = (d2 + a2 - b2) / (2 * d2)
    y = math.sqrt(max(0.0, a2 / d2 - x * x))
    return xs[a] + x * dx - y * dy, ys[a] + x * dy + y * dx


def page_columns(grouping: Grouping) -> dict[str, Any]:
    """The groups of :func:`group` (nodes by index, as the page's) as the page reads them
    (``DATA.groups``), column by column.

    ``of`` gives each node's group, in node order; ``head`` is the organisation's node index
    (-1 for "other"); ``links`` is a flat list of (group, group, count) triples.
    """
    by_index = sorted(grouping.of)
    return {
        "label": [g.label for g in grouping.groups],
        "kind": [g.kind for g in grouping.groups],
        "head": [g.head if g.head is not None else -1 for g in grouping.groups],
        "count": [len(g.members) for g in grouping.groups],
        "radius": [_short(g.radius) for g in grouping.groups],
        "pos": [_short(c) for g in grouping.groups for c in g.centre],
        "of": [grouping.of[v] for v in by_index],
        "links": [x for link in grouping.links for x in link],
    }


def _short(value: float) -> float | int:
    value = round(value, 1)
    return int(value) if value == int(value) else value
