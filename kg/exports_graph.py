"""Write a projection (see :mod:`kg.projection`) as GraphML or GEXF, for Gephi, Cytoscape and yEd.

Both formats hold only scalar attributes, so lists and dicts (``labels``, ``evidence``)
are written as JSON text and missing values (``date`` of None) are left out. Nodes
and edges are written in a fixed order, so the same graph gives the same bytes.

Both also carry the page's drawing, so Gephi and yEd open the graph as ``kg view`` lays
it out ("everything" preset): GEXF as ``viz:position``, ``viz:color``, ``viz:size`` and
``viz:shape``; GraphML as the ``x``, ``y``, ``size``, ``r``, ``g``, ``b`` attributes Gephi's
GraphML importer reads (and yEd's Properties Mapper can map), plus ``color`` as #RRGGBB.
Beyond ``group_above`` nodes (as ``kg view --group-above``, 10,000 by default) the page opens
on groups of organisations; the positions are then those of its expanded groups (each node
inside its organisation's disc, :mod:`kg.view_group`) and every node carries its ``group``
(the organisation's IRI, or ``other:TYPE``).

>>> import networkx as nx
>>> g = nx.MultiDiGraph()
>>> g.add_node("ex:a", iri="ex:a", type="person", label="Әміртаев", labels=["Әміртаев"], date=None, proposals=0)
>>> g.add_node("ex:b", iri="ex:b", type="party", label="Baytaq", labels=["Baytaq"], date=None, proposals=1)
>>> _ = g.add_edge("ex:a", "ex:b", relation="holds post in", label="holds post in: chair", date="2026-02-04",
...                evidence=[{"outlet": "BAQ.KZ", "date": "2026-02-04", "quote": "…", "url": None}])
>>> b"Baytaq" in graph_bytes(g, "graphml") and b"BAQ.KZ" in graph_bytes(g, "gexf")
True
"""

from __future__ import annotations

import io
import json
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.errors import KgError

if TYPE_CHECKING:  # pragma: no cover
    import networkx

GRAPH_FORMATS = ("graphml", "gexf")
"""Formats :func:`graph_bytes` can write."""


def _scalar(value: Any) -> Any:
    if isinstance(value, bool | int | float | str):
        return value
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def flatten(graph: networkx.MultiDiGraph) -> networkx.MultiDiGraph:
    """A copy with scalar attributes only, nodes sorted by id and edges by (source, target, key).

    >>> import networkx as nx
    >>> g = nx.MultiDiGraph()
    >>> g.add_node("b", labels=["x", "y"], date=None)
    >>> g.add_node("a")
    >>> f = flatten(g)
    >>> list(f.nodes), f.nodes["b"]
    (['a', 'b'], {'labels': '["x", "y"]'})
    """
    import networkx as nx

    flat = nx.MultiDiGraph()
    flat.graph.update({k: _scalar(v) for k, v in sorted(graph.graph.items()) if v is not None})
    for node in sorted(graph.nodes, key=str):
        flat.add_node(node, **{k: _scalar(v) for k, v in sorted(graph.nodes[node].items()) if v is not None})
    edges = sorted(graph.edges(keys=True, data=True), key=lambda e: (str(e[0]), str(e[1]), str(e[2])))
    for u, v, key, data in edges:
        flat.add_edge(u, v, key=key, **{k: _scalar(x) for k, x in sorted(data.items()) if x is not None})
    return flat


_GEXF_SHAPES = {
    "dot": "disc",
    "square": "square",
    "triangle": "triangle",
    "triangleDown": "triangle",
    "diamond": "diamond",
}


def drawing(
    graph: networkx.MultiDiGraph, *, seed: int = 42, group_above: int | None = None
) -> dict[Any, tuple[float, float, float, str, str]]:
    """(x, y, size, colour, shape) of every node as the page draws it (the "everything" preset).

    Beyond ``group_above`` nodes (default :data:`kg.view_group.GROUP_ABOVE`; 0: never) the
    page's "everything" places each node inside its group's disc, and so does this.

    >>> import networkx as nx
    >>> g = nx.MultiDiGraph()
    >>> g.add_node("a", type="party", label="A")
    >>> drawing(g)
    {'a': (0.0, 0.0, 8.0, '#0072B2', 'hexagon')}
    """
    return _drawn(graph, seed=seed, group_above=group_above)[0]


def _drawn(
    graph: networkx.MultiDiGraph, *, seed: int = 42, group_above: int | None = None
) -> tuple[dict[Any, tuple[float, float, float, str, str]], dict[Any, str]]:
    """:func:`drawing`, and each node's group when the page opens on groups (else nothing): the
    organisation's IRI, or ``other:TYPE`` (language-neutral, so Gephi can partition by it)."""
    from kg.projection import Projection
    from kg.view import NODE_TYPES
    from kg.view_group import everything_positions
    from kg.view_layout import degrees, node_size

    net = Projection.of(graph)
    pos, grouping = everything_positions(net, seed=seed, group_above=group_above)
    keys = net.keys
    groups = {keys[v]: grouping.groups[i].key for v, i in grouping.of.items()} if grouping else {}
    degree = degrees(net)
    out = {}
    for v, (node, kind) in enumerate(zip(keys, net.type)):
        colour, shape = NODE_TYPES.get(kind, ("#CCCCCC", "dot"))
        out[node] = (float(pos[v][0]), float(pos[v][1]), node_size(degree[v]), colour, shape)
    return out, groups


def graph_bytes(graph: networkx.MultiDiGraph, fmt: str, *, group_above: int | None = None) -> bytes:
    """Serialise a projection as ``graphml`` or ``gexf`` (UTF-8 XML), with the page's drawing.

    :param group_above: as ``kg view --group-above``: beyond this many nodes the positions are
        those of the page's expanded groups and each node has a ``group`` attribute (default
        :data:`kg.view_group.GROUP_ABOVE`; 0: never)
    :raises KgError: for another format
    """
    import networkx as nx

    fmt = fmt.lower()
    if fmt not in GRAPH_FORMATS:
        raise KgError(f"unknown graph format {fmt!r}; choose one of: {', '.join(GRAPH_FORMATS)}")
    flat = flatten(graph)
    drawn, groups = _drawn(graph, group_above=group_above)
    for node, label in groups.items():
        flat.nodes[node]["group"] = label
    for node, (x, y, size, colour, shape) in drawn.items():
        r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
        if fmt == "graphml":
            flat.nodes[node].update(x=x, y=y, size=size, r=r, g=g, b=b, color=colour)
        else:
            flat.nodes[node]["viz"] = {
                "position": {"x": x, "y": -y, "z": 0.0},  # GEXF's y axis points up, the page's down
                "color": {"r": r, "g": g, "b": b, "a": 1.0},
                "size": size,
                "shape": _GEXF_SHAPES.get(shape, "disc"),
            }
    buffer = io.BytesIO()
    if fmt == "graphml":
        nx.write_graphml(flat, buffer, encoding="utf-8", prettyprint=True)
        return buffer.getvalue()
    nx.write_gexf(flat, buffer, encoding="utf-8", prettyprint=True)
    # the writer stamps today's date; leave it out so that output depends on the graph only
    return re.sub(rb' lastmodifieddate="[^"]*"', b"", buffer.getvalue(), count=1)


def write_graph(
    graph: networkx.MultiDiGraph, path: str | Path, fmt: str | None = None, *, group_above: int | None = None
) -> Path:
    """Write a projection to ``path`` atomically; the format defaults to the file's extension.

    :raises KgError: for an unknown format or a missing folder
    """
    from kg.fileio import write_atomic

    path = Path(path)
    fmt = fmt or path.suffix.lstrip(".")
    write_atomic(path, graph_bytes(graph, fmt, group_above=group_above))
    return path
