"""Render a projected graph as one self-contained, offline HTML page (vis-network).

The page inlines vis-network's JavaScript and CSS (taken from the installed
pyvis package), makes no network request, and carries its data as JSON in a
``<script type="application/json">`` element. Every string from the data is
put into the page with ``textContent``/``innerText`` or drawn on the canvas, so
labels, quotes and addresses are never parsed as HTML.

The input is the projection's columns (:func:`kg.projection.build`), or a networkx graph
with the attributes :func:`kg.projection.project` gives, read into such columns first::

    node: iri, type, label, labels, description, date, proposals, evidence
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
import functools
import gc
import html
import math
import operator
import os
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from json.encoder import encode_basestring_ascii
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.errors import KgError
from kg.lang import fold_spec, fold_text
from kg.projection import Item, Projection
from kg.view_group import GROUP_ABOVE, everything_positions, group_ui
from kg.view_group import page_columns as page_columns_of_groups
from kg.view_layout import WHO_PROPOSED_WHAT

if TYPE_CHECKING:  # pragma: no cover
    import networkx

# Okabe & Ito's colour-blind-safe palette; every type differs from every other by colour or shape
_OI = {
    "orange": "#E69F00",
    "sky": "#56B4E9",
    "green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "purple": "#CC79A7",
    "grey": "#999999",
    "black": "#000000",
}
NODE_TYPES: dict[str, tuple[str, str]] = {
    # type: (colour, vis-network shape)
    "person": (_OI["vermillion"], "dot"),
    "party": (_OI["blue"], "hexagon"),
    "party-unit": (_OI["sky"], "hexagon"),
    "state-body": (_OI["green"], "square"),
    "organisation": (_OI["green"], "triangleDown"),
    "platform": (_OI["orange"], "triangle"),
    "proposal": (_OI["yellow"], "diamond"),
    "provision": (_OI["purple"], "square"),
    "document": (_OI["grey"], "square"),
    "event": (_OI["orange"], "star"),
    "speech": (_OI["grey"], "triangle"),
    "reform": (_OI["sky"], "star"),
}
"""Colour (Okabe–Ito) and shape of each node type, in legend order."""

RELATIONS: dict[str, tuple[str, bool]] = {
    # relation: (colour, dashed)
    "proposed": (_OI["orange"], False),
    "targets": (_OI["purple"], False),
    "submitted via": (_OI["orange"], True),
    "claimed": ("#B59F00", False),
    "supports": (_OI["green"], False),
    "opposes": (_OI["vermillion"], False),
    "initiated": (_OI["green"], True),
    "holds post in": (_OI["blue"], False),
    "member of": (_OI["sky"], False),
    "spoke at": (_OI["grey"], False),
    "chaired": (_OI["blue"], True),
    "organised": (_OI["grey"], True),
    "part of": ("#BBBBBB", False),
    "addressed to": (_OI["black"], True),
}
"""Edge colour (Okabe–Ito) and dash of each relation, in filter order."""


LANGS = ("en", "ru", "kk")

_UI: dict[str, dict[str, str]] = {
    "en": {
        "search": "Search a name…",
        "types": "Node types",
        "relations": "Relations",
        "presets": "Views",
        "p_everything": "Everything",
        "p_proposals": "Who proposed what",
        "p_timeline": "Timeline",
        "p_focus": "Focus on the selected actor",
        "needselect": "Select a node first, then press Focus.",
        "asof": "As of",
        "latest": "latest",
        "sizeby": "Size by",
        "degree": "links",
        "proposals": "proposals",
        "save": "Save PNG (print size)",
        "evidence": "Sources",
        "nothing": "Click a node or a link to see its details and evidence.",
        "nomatch": "No match",
        "isolated": "Hide unconnected",
        "names": "Names",
        "links": "Links",
        "date": "Date",
        "source": "source",
        "shown": "shown",
        "noevidence": "No evidence recorded.",
        "hidden": "Filters were reset to show it.",
        "legend": "Legend",
        "close": "Close (Esc)",
        "legend_size": "Node size: number of links (or of proposals, see Size by).",
        "legend_labels": "Names of the most connected nodes are shown; zoom in or point at a node for the others.",
        "legend_edges": "A link's name shows when you point at it or select it; dashed lines are secondary relations.",
        "sources": "sources",
        "quotes": "quotes",
    },
    "ru": {
        "search": "Поиск по имени…",
        "types": "Типы узлов",
        "relations": "Связи",
        "presets": "Виды",
        "p_everything": "Всё",
        "p_proposals": "Кто что предложил",
        "p_timeline": "Хронология",
        "p_focus": "Фокус на выбранном участнике",
        "needselect": "Сначала выберите узел, затем нажмите «Фокус».",
        "asof": "На дату",
        "latest": "последняя",
        "sizeby": "Размер по",
        "degree": "связям",
        "proposals": "предложениям",
        "save": "Сохранить PNG (для печати)",
        "evidence": "Источники",
        "nothing": "Щёлкните узел или связь, чтобы увидеть подробности и источники.",
        "nomatch": "Не найдено",
        "isolated": "Скрыть несвязанные",
        "names": "Названия",
        "links": "Связи",
        "date": "Дата",
        "source": "источник",
        "shown": "показано",
        "noevidence": "Источник не указан.",
        "hidden": "Фильтры сброшены, чтобы показать узел.",
        "legend": "Легенда",
        "close": "Закрыть (Esc)",
        "legend_size": "Размер узла: число связей (или предложений, см. «Размер по»).",
        "legend_labels": "Показаны названия самых связанных узлов; остальные видны при увеличении или наведении.",
        "legend_edges": "Название связи видно при наведении или выборе; пунктир — второстепенные связи.",
        "sources": "источников",
        "quotes": "цитат",
    },
    "kk": {
        "search": "Атауы бойынша іздеу…",
        "types": "Түйін түрлері",
        "relations": "Байланыстар",
        "presets": "Көріністер",
        "p_everything": "Барлығы",
        "p_proposals": "Кім не ұсынды",
        "p_timeline": "Хронология",
        "p_focus": "Таңдалған қатысушыға назар",
        "needselect": "Алдымен түйінді таңдаңыз, содан кейін «Назар» басыңыз.",
        "asof": "Күні бойынша",
        "latest": "соңғы",
        "sizeby": "Өлшемі",
        "degree": "байланыс саны",
        "proposals": "ұсыныс саны",
        "save": "PNG сақтау (баспаға)",
        "evidence": "Дереккөздер",
        "nothing": "Толығырақ көру үшін түйінді немесе байланысты басыңыз.",
        "nomatch": "Табылмады",
        "isolated": "Байланыссыздарды жасыру",
        "names": "Атаулары",
        "links": "Байланыстар",
        "date": "Күні",
        "source": "дереккөз",
        "shown": "көрсетілді",
        "noevidence": "Дереккөз көрсетілмеген.",
        "hidden": "Түйінді көрсету үшін сүзгілер қалпына келтірілді.",
        "legend": "Шартты белгілер",
        "close": "Жабу (Esc)",
        "legend_size": "Түйін өлшемі: байланыс саны (немесе ұсыныс саны, «Өлшемі» бойынша).",
        "legend_labels": "Ең көп байланысты түйіндердің атаулары көрсетілген; қалғандары үлкейткенде немесе меңзерді апарғанда көрінеді.",
        "legend_edges": "Байланыс атауы меңзерді апарғанда немесе таңдағанда көрінеді; үзік сызық — қосалқы байланыстар.",
        "sources": "дереккөз",
        "quotes": "дәйексөз",
    },
}

_TYPE_CLASSES: dict[str, str] = {
    "person": "Person",
    "party": "PoliticalParty",
    "party-unit": "PartyUnit",
    "state-body": "StateBody",
    "organisation": "Organisation",
    "platform": "Platform",
    "proposal": "Proposal",
    "provision": "Provision",
    "document": "LegalDocument",
    "event": "Event",
    "speech": "Speech",
    "reform": "Reform",
}
"""The ontology class whose kk/ru/en labels name each node type."""


@functools.lru_cache(maxsize=1)
def ontology_labels() -> dict[str, dict[str, str]]:
    """``rdfs:label`` of every term of ``ontology/reform.ttl``, by local name and language.

    The one place the page reads names of classes from; when the projection carries the
    ontology's labels itself, only this function changes.

    >>> ontology_labels()["Proposal"]["kk"]
    'ұсыныс'
    """
    import pyoxigraph

    from kg.resources import ontology_dir

    label = "http://www.w3.org/2000/01/rdf-schema#label"
    out: dict[str, dict[str, str]] = {}
    with open(ontology_dir() / "reform.ttl", "rb") as f:
        for quad in pyoxigraph.parse(f, format=pyoxigraph.RdfFormat.TURTLE):
            if quad.predicate.value == label and isinstance(quad.object, pyoxigraph.Literal):
                local = re.split(r"[#/]", quad.subject.value)[-1]
                out.setdefault(local, {})[quad.object.language or "en"] = quad.object.value
    return out


def type_name(node_type: str, lang: str) -> str:
    """The name of a node type in ``lang``, from the ontology's label of its class.

    >>> type_name("party", "ru"), type_name("state-body", "en"), type_name("x", "kk")
    ('Политическая партия', 'State body', 'x')
    """
    if node_type not in _TYPE_CLASSES:
        return node_type
    labels = ontology_labels().get(_TYPE_CLASSES[node_type], {})
    name = labels.get(lang) or labels.get("en") or node_type
    return name[:1].upper() + name[1:]


# Relation names are the projection's, read from the actor to the fact (proposer → proposal);
# the ontology's properties mostly run the other way (rkg:proposedBy), so their labels would
# read backwards here.
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
_OTHER_RELATION = ("#aaaaaa", False)

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


# --- page data ---


def _page_items(items: list[Item]) -> list[tuple[str, str | None, str | None, str | None]]:
    """A fact's evidence as the page shows it: (outlet, date, quote, url), by date, outlet, url, quote."""
    out = [
        (
            "" if item[0] is None else str(item[0]),  # outlet
            None if item[1] is None or item[1] == "" else str(item[1]),  # date
            None if item[2] is None else str(item[2]),  # quote
            None if item[3] is None else str(item[3]),  # url
        )
        for item in items
    ]
    if len(out) > 1:
        out.sort(key=lambda e: (e[1] or "", e[0], e[3] or "", e[2] or ""))
    return out


def _ev_json(item: tuple[str, str | None, str | None, str | None]) -> str:
    """An evidence row's tie-break key: the text ``json.dumps`` gives its dict with sorted keys, written
    by json's own string encoder (``json.dumps`` made an encoder per call, 7x slower).

    >>> import json
    >>> item = ("Outlet", None, 'a "q" ж', "https://x")
    >>> _ev_json(item) == json.dumps(dict(zip(("outlet", "date", "quote", "url"), item)), sort_keys=True)
    True
    """
    outlet, date, quote, url = item
    return f'{{"date": {_json_text(date)}, "outlet": {_json_text(outlet)}, "quote": {_json_text(quote)}, "url": {_json_text(url)}}}'


def _json_text(value: str | None) -> str:
    return "null" if value is None else encode_basestring_ascii(value)


def page_columns(
    graph: networkx.MultiDiGraph | Projection,
    *,
    title: str,
    lang: str = "en",
    seed: int = 42,
    focus: Any | None = None,
    depth: int | None = None,
    start: str | None = None,
    group_above: int | None = None,
) -> dict[str, Any]:
    """The document the page reads (``DATA``): nodes, edges, evidence, presets with positions, legend, strings.

    Column by column, as the page reads it: a node is its index (IRI order), an edge's ends are
    node indices, types, relations and outlets are indices into their lists, IRIs under the
    common base lose it (unless one would keep a ':', which the page reads as a whole IRI),
    a label equal to its relation's name is 0, missing values are 0, an
    edge's ``evidence`` holds indices into the shared ``evidence`` rows (a fact's evidence is
    shared by all the links it makes), and each preset's positions are one flat list. The page
    expands it on load. ``focus`` is a node's networkx key (an IRI, for a projection).

    >>> d = page_columns(Projection(), title="T")
    >>> sorted(d["nodes"]), d["base"]
    (['date', 'degree', 'description', 'evidence', 'iri', 'label', 'labels', 'proposals', 'type'], '')
    """
    from kg.view_layout import (
        degrees,
        label_boxes,
        layered,
        name_keys,
        proposal_nodes,
        radial,
        timeline,
        timeline_nodes,
    )

    net = Projection.of(graph)
    lang = lang if lang in LANGS else "en"
    li = LANGS.index(lang)
    group_above = GROUP_ABOVE if group_above is None else group_above
    ui = {**_UI[lang], **group_ui(lang, group_above)}
    n = len(net.iri)
    centre = net.index(focus) if focus is not None else None
    degree = degrees(net)
    kinds = [kind or "other" for kind in net.type]
    labels = net.label

    # ---- presets, first: the evidence's query may still run (kg.projection reads it on first use)
    def preset(key: str, members: Any, pos: Any, **extra: Any) -> dict[str, Any]:
        if members is None:
            chosen: Iterable[int] = range(n)
        else:
            chosen = sorted(members)
        # every layout rounds its coordinates to 0.1 (tests check); whole numbers go as ints
        flat = [int(c) if c == int(c) else c for v in chosen for c in pos[v]]
        return {
            "key": key,
            "name": ui["p_" + key],
            "nodes": None if members is None else list(chosen),
            "pos": flat,
            **extra,
        }

    # beyond group_above nodes the page opens on groups, and "everything" places nodes inside them
    everything, grouping = everything_positions(net, seed=seed, group_above=group_above, lang=lang)
    presets = [preset("everything", None, everything)]
    # both lesser presets sort nodes by name and stack their label boxes: made once for all nodes
    keys, boxes = name_keys(net), label_boxes(net, range(n), degree)
    chosen = proposal_nodes(net)
    pos = layered(net, chosen, keys=keys, boxes=boxes)
    presets.append(preset("proposals", chosen, pos, relations=list(WHO_PROPOSED_WHAT)))
    chosen = timeline_nodes(net)
    pos, ticks = timeline(net, chosen, keys=keys, boxes=boxes)
    presets.append(preset("timeline", pos, pos, ticks=[[x, d] for x, d in ticks]))
    if centre is not None:
        pos = radial(net, centre, depth=2 if depth is None else depth)
        presets.append(preset("focus", pos, pos, centre=centre))

    # ---- each fact's evidence as the page shows it, once per list
    shown: dict[int, list[tuple[str, str | None, str | None, str | None]]] = {}

    def items_of(at: int) -> list[tuple[str, str | None, str | None, str | None]]:
        found = shown.get(at)
        if found is None:
            found = shown[at] = _page_items(net.evidence[at]) if at >= 0 else []
        return found

    # ---- links, sorted by ends, relation, label and date; the evidence's JSON text decides between
    # links equal on all of these (two facts of one relation between the same nodes on one date)
    relation_of = net.relation
    link_labels = [label or relation for label, relation in zip(net.link_label, relation_of)]
    link_dates = net.link_date
    heads = sorted(zip(net.src, net.dst, relation_of, link_labels, [d or "" for d in link_dates], range(len(net.src))))
    order = [h[5] for h in heads]
    # ties on every field but the index (rare): the evidence decides; runs of equal heads found in C
    fields = [h[:5] for h in heads]
    tied = [i for i, same in enumerate(map(operator.eq, fields, fields[1:]), 1) if same]
    at = 0
    while at < len(tied):
        start_at = end = tied[at]
        while at < len(tied) and tied[at] == end:
            at, end = at + 1, end + 1
        run = order[start_at - 1 : end]
        run.sort(key=lambda j: [_ev_json(e) for e in items_of(net.link_evidence[j])])
        order[start_at - 1 : end] = run

    # ---- evidence rows, numbered in link order, then node order: the output depends on the graph only
    number: dict[tuple[str, str | None, str | None, str | None], int] = {}
    refs_of: dict[int, list[int]] = {}

    def refs(at: int) -> list[int]:
        found = refs_of.get(at)
        if found is None:  # a row seen first is numbered next (len(number) is read before it is added)
            found = refs_of[at] = [number.setdefault(item, len(number)) for item in items_of(at)]
        return found

    link_evidence = net.link_evidence
    edge_refs = [refs(link_evidence[j]) for j in order]
    node_refs = [refs(at) if at >= 0 else 0 for at in net.node_evidence]
    evidence = list(number)  # in numbering order (dicts keep insertion order)

    # ---- legend
    type_count = Counter(kinds)  # one pass, not one per type
    types = [t for t in NODE_TYPES if t in type_count] + sorted(type_count.keys() - set(NODE_TYPES))
    relation_count = Counter(relation_of)
    relations = [r for r in RELATIONS if r in relation_count] + sorted(relation_count.keys() - set(RELATIONS))
    dates = sorted({d for d in net.date if d} | {d for d in link_dates if d})
    type_index = {t: i for i, t in enumerate(types)}
    rel_index = {r: i for i, r in enumerate(relations)}
    names = {r: _RELATION_NAMES[r][li] if r in _RELATION_NAMES else r for r in relations}

    iris = net.iri
    base = os.path.commonprefix(iris) if n > 1 else ""
    base = base[: base.rfind("/") + 1] if "/" in base else ""
    cut = len(base)
    if cut and any(":" in iri[cut:] for iri in iris):  # the page reads a relative IRI with a ':' as a whole one
        base, cut = "", 0
    outlets = sorted({e[0] for e in evidence})
    outlet_index = {o: i for i, o in enumerate(outlets)}
    # the links' columns in page order, from their sorted heads (links tied above differ in no column)
    froms, tos, sorted_relations, sorted_labels, sorted_dates = list(zip(*heads))[:5] if heads else [()] * 5
    # each node's other names (its label is sent once, in "label")
    extra_labels = [[x for x in others if x and x != label] or 0 for label, others in zip(labels, net.labels)]
    return {
        "title": title,
        "lang": lang,
        "ui": ui,
        "types": [
            {
                "type": t,
                "name": type_name(t, lang),
                "colour": NODE_TYPES.get(t, _OTHER_TYPE)[0],
                "shape": NODE_TYPES.get(t, _OTHER_TYPE)[1],
                "count": type_count[t],
            }
            for t in types
        ],
        "relations": [
            {
                "relation": r,
                "name": names[r],
                "colour": RELATIONS.get(r, _OTHER_RELATION)[0],
                "dashed": RELATIONS.get(r, _OTHER_RELATION)[1],
                "count": relation_count[r],
            }
            for r in relations
        ],
        "presets": presets,
        "start": start if start in {p["key"] for p in presets} else "focus" if centre is not None else "everything",
        "fold": fold_spec(),
        "dates": dates,
        "base": base,
        "nodes": {
            "iri": [iri[cut:] for iri in iris],
            "type": list(map(type_index.__getitem__, kinds)),
            "label": labels,
            "labels": extra_labels,
            "description": net.description,
            "date": [d or 0 for d in net.date],
            "proposals": net.proposals,
            "degree": degree,
            "evidence": [r or 0 for r in node_refs],
        },
        "edges": {
            "from": list(froms),
            "to": list(tos),
            "relation": [rel_index[r] for r in sorted_relations],
            "label": [0 if x == r or x == names[r] else x for r, x in zip(sorted_relations, sorted_labels)],
            "date": [d or 0 for d in sorted_dates],
            "evidence": edge_refs,
        },
        "outlets": outlets,
        "evidence": [[outlet_index[o], d or 0, q or 0, u or 0] for o, d, q, u in evidence],
        **({"groups": page_columns_of_groups(grouping)} if grouping else {}),
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
    fmt: str = "html",
    preset: str | None = None,
    group_above: int | None = None,
) -> Projection:
    """Project ``store`` (see :func:`kg.projection.build`) and write its page or picture to ``path``.

    This is all of ``kg view``: ``fmt`` ``html`` writes the page (opening on ``preset``),
    ``svg`` and ``png`` a picture of ``preset`` (see :func:`write_picture`); beyond
    ``group_above`` nodes the page opens on groups (:mod:`kg.view_group`). Returns the
    projection (its :meth:`~kg.projection.Projection.graph` is the networkx graph).

    >>> import tempfile, pathlib
    >>> from kg.store import build_store
    >>> out = pathlib.Path(tempfile.mkdtemp()) / "view.html"
    >>> g = write_view(build_store(), out, focus="baytaq", depth=1)
    >>> f'data-node-count="{g.number_of_nodes()}"' in out.read_text(encoding="utf-8")
    True
    """
    from kg.projection import build

    if fmt not in PICTURE_FORMATS:
        raise KgError(f"unknown format {fmt!r}; choose one of: {', '.join(PICTURE_FORMATS)}")
    if preset is not None and preset not in PRESETS:
        raise KgError(f"unknown preset {preset!r}; choose one of: {', '.join(PRESETS)}")
    if preset == "focus" and focus is None:
        raise KgError("the focus preset needs a focus actor (--focus ACTOR)")
    title = title or DEFAULT_TITLES.get(lang, DEFAULT_TITLES["en"])
    if not title.isascii():
        try:
            title.encode("utf-8")
        except UnicodeEncodeError as exc:  # bytes the shell could not decode: a page cannot hold them
            raise KgError(f"the title is not valid UTF-8 (at character {exc.start + 1}); give it in UTF-8") from None
    with _gc_paused():  # one pause for projection and page: each restart costs a young collection of all they made
        graph = build(store, lang=lang, focus=focus, depth=depth, include=include)
        centre = graph.centre  # the focus as build() resolved it
        if fmt == "html":
            write_html(
                graph, path, title=title, lang=lang, focus=centre, depth=depth, start=preset, group_above=group_above
            )
    if fmt != "html":
        write_picture(
            graph,
            path,
            fmt=fmt,
            title=title,
            lang=lang,
            focus=centre,
            depth=depth,
            preset=preset or ("focus" if centre else "everything"),
            group_above=group_above,
        )
    return graph


@contextlib.contextmanager
def _gc_paused() -> Iterator[None]:
    """Pause Python's cycle collector while building: the projection and page make millions of
    small objects and no cycles, and the full collections they trigger cost 15 % of ``kg view``
    at 10,000 nodes (7.5 s of CPU with it, 6.3 s without). It runs again afterwards."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def _vis_assets() -> tuple[bytes, bytes]:
    """Return (javascript, css) of the vis-network copy shipped inside pyvis, without importing pyvis,
    as the UTF-8 bytes the page inlines (see :func:`_page_bytes`)."""
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
    # read as text (checked UTF-8, line ends made \n: the copy in pyvis has \r\n), inlined as bytes
    js = (folder / "vis-network.min.js").read_text(encoding="utf-8").encode("utf-8")
    css = (folder / "vis-network.css").read_text(encoding="utf-8").encode("utf-8")
    if b"</script" in js.lower() or b"</style" in css.lower():
        raise KgError(f"{folder}: vis-network assets cannot be inlined safely")
    return js, css


def _json_for_script(data: Any) -> str:
    """JSON that is safe inside a <script> element: <, > and & become \\u escapes.

    The text of :func:`_json_bytes_for_script`.

    >>> _json_for_script({"a": "</script><b>&"})
    '{"a":"\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e\\\\u0026"}'
    """
    return _json_bytes_for_script(data).decode("utf-8")


def _json_bytes_for_script(data: Any) -> bytes:
    """:func:`_json_for_script` as UTF-8 bytes, which the page is written in (no decoding and encoding again).

    Written by orjson: the same text as ``json.dumps(data, ensure_ascii=False, sort_keys=True,
    separators=(",", ":"))`` for the page's data (tests/test_view.py checks it), in a third of
    the time (0.03 s against 0.09 s for the 6.6 MB of a 10,573-node page). Its two differences
    never arise here: floats below 1e-4 (the page's numbers are rounded to 0.1) and NaN.
    """
    import orjson

    raw = orjson.dumps(data, default=_plain_float, option=orjson.OPT_SORT_KEYS)
    # escaped in the UTF-8 bytes (faster than in the text; these bytes are these characters only)
    return (
        raw.replace(b"<", b"\\u003c")
        .replace(b">", b"\\u003e")
        .replace(b"&", b"\\u0026")
        .replace("\u2028".encode(), b"\\u2028")
        .replace("\u2029".encode(), b"\\u2029")
    )


def _plain_float(value: Any) -> float:
    """A float subclass (numpy's float64) as json.dumps writes it; anything else stays refused."""
    if isinstance(value, float):
        return float(value)
    raise TypeError(f"{type(value).__name__} is not JSON serializable")


def render_html(
    graph: networkx.MultiDiGraph | Projection,
    *,
    title: str,
    lang: str = "en",
    seed: int = 42,
    focus: Any | None = None,
    depth: int | None = None,
    start: str | None = None,
    group_above: int | None = None,
) -> str:
    """Return the whole page as a string (UTF-8 text, no external resources).

    :param graph: a projection, see :func:`kg.projection.project`
    :param title: page title and heading (shown as text)
    :param lang: interface language, ``en``, ``ru`` or ``kk``
    :param seed: layout seed
    :param focus: a node of ``graph`` to add the "focus" preset around (and open the page on)
    :param depth: rings of the focus preset (default 2)
    :param start: the preset the page opens on (default: focus when given, else everything)
    :param group_above: open on groups of organisations beyond this many nodes (see
        :mod:`kg.view_group`; default :data:`kg.view_group.GROUP_ABOVE`, 0: never)
    :raises KgError: when vis-network cannot be found
    """
    return _page_bytes(
        graph, title=title, lang=lang, seed=seed, focus=focus, depth=depth, start=start, group_above=group_above
    ).decode("utf-8")


def _page_bytes(graph: networkx.MultiDiGraph | Projection, *, title: str, **options: Any) -> bytes:
    """:func:`render_html`'s page as the UTF-8 bytes :func:`write_html` writes: made from bytes
    (template, vis-network, the data's JSON), so megabytes of text are never decoded and encoded
    again (0.01 s of CPU at 5,000 nodes)."""
    data = page_columns(graph, title=title, **options)
    js, css = _vis_assets()
    template = (Path(__file__).with_name("_view_template.html")).read_text(encoding="utf-8").encode("utf-8")
    values = {
        b"LANG": html.escape(data["lang"], quote=True).encode("utf-8"),
        b"TITLE": html.escape(title, quote=True).encode("utf-8"),
        b"NODE_COUNT": str(len(data["nodes"]["iri"])).encode("utf-8"),
        b"EDGE_COUNT": str(len(data["edges"]["from"])).encode("utf-8"),
        b"VIS_CSS": css,
        b"VIS_JS": js,
        b"DATA": _json_bytes_for_script(data),
    }
    # one pass over the template only, so nothing inserted is substituted again
    return re.sub(rb"@@KG_([A-Z_]+)@@", lambda m: values[m.group(1)], template)


def write_html(
    graph: networkx.MultiDiGraph | Projection,
    path: str | Path,
    *,
    title: str,
    lang: str = "en",
    seed: int = 42,
    focus: Any | None = None,
    depth: int | None = None,
    start: str | None = None,
    group_above: int | None = None,
) -> Path:
    """Write :func:`render_html` to ``path`` atomically and return the path.

    The page is written to a temporary file in the same folder, then moved over ``path``.

    :raises KgError: when the folder does not exist or cannot be written
    """
    from kg.fileio import write_atomic

    path = Path(path)
    page = _page_bytes(
        graph, title=title, lang=lang, seed=seed, focus=focus, depth=depth, start=start, group_above=group_above
    )
    write_atomic(path, page)
    return path


# --- pictures: the page's view of one preset, as PNG or SVG ---

PICTURE_FORMATS = ("html", "svg", "png")
"""What ``kg view --format`` writes."""
PRESETS = ("everything", "proposals", "timeline", "focus")
"""The page's presets (``focus`` needs a focus actor)."""
_EXTENSIONS = {"": "html", ".html": "html", ".htm": "html", ".svg": "svg", ".png": "png"}


def view_output(output: str | None, fmt: str | None) -> tuple[str, str]:
    """The format and file ``kg view`` writes: ``fmt`` if given, else read from the extension of
    ``output`` (none is a page), and ``kg-view.FORMAT`` when no file is named.

    Any other extension is refused, so ``-o reform.jpg`` never holds an HTML page.

    >>> view_output("reform.PNG", None), view_output(None, "svg")
    (('png', 'reform.PNG'), ('svg', 'kg-view.svg'))
    """
    if fmt is None and output:
        suffix = Path(output).suffix.lower()
        fmt = _EXTENSIONS.get(suffix)
        if fmt is None:
            raise KgError(
                f"cannot tell what to write from the extension {suffix!r} of {output}; "
                "name the file .html, .svg or .png, or give --format html|svg|png"
            )
    fmt = fmt or "html"
    return fmt, output or f"kg-view.{fmt}"


_SHOWN = """(preset) => {
  kgView.setPreset(preset);
  const net = kgView.network, box = net.canvas.frame.canvas;
  const nodes = kgView.visibleNodeIds().map(id => {
    const b = net.body.nodes[id], n = kgView.node(id), label = b.options.label;
    return {id, x: b.x, y: b.y, size: b.options.size, type: n.type, label: label && label.trim() ? label : null};
  });
  const edges = kgView.visibleEdgeIds().map(id => { const e = kgView.edge(id); return {from: e.from, to: e.to, relation: e.relation}; });
  const tl = net.DOMtoCanvas({x: 0, y: 0}), br = net.DOMtoCanvas({x: box.clientWidth, y: box.clientHeight});
  return {nodes, edges, view: [tl.x, tl.y, br.x, br.y], font: kgView.labelFont, preset: kgView.preset()};
}"""


def write_picture(
    graph: networkx.MultiDiGraph | Projection,
    path: str | Path,
    *,
    fmt: str,
    title: str,
    lang: str = "en",
    preset: str = "everything",
    focus: Any | None = None,
    depth: int | None = None,
    size: tuple[int, int] = (1600, 1000),
    scale: int = 3,
    group_above: int | None = None,
) -> Path:
    """Write one preset of the page as a picture for reports, atomically.

    The page is opened in headless Chromium (Debian's, through playwright; see
    :mod:`kg.browser`), switched to ``preset`` and fitted, so the picture shows what a
    reader sees at first sight, labels chosen the same way. PNG is the page's own print-size
    export (``scale`` × the screen); SVG is drawn here from the nodes, links and labels the
    page shows, as vector shapes and text.

    :raises KgError: for an unknown format or preset, "focus" without a focus actor, or
        when playwright or Chromium is missing
    """
    from kg.fileio import write_atomic

    if fmt not in ("svg", "png"):
        raise KgError(f"unknown picture format {fmt!r}; choose svg or png (or html for the page)")
    if preset not in PRESETS:
        raise KgError(f"unknown preset {preset!r}; choose one of: {', '.join(PRESETS)}")
    if preset == "focus" and focus is None:
        raise KgError("the focus preset needs a focus actor (--focus ACTOR)")
    from concurrent.futures import ThreadPoolExecutor

    # playwright's sync API refuses to run where an asyncio loop runs (a notebook, another
    # playwright session): a thread of its own has none
    with ThreadPoolExecutor(max_workers=1) as pool:
        shown, png = pool.submit(
            _open_page,
            graph,
            title=title,
            lang=lang,
            focus=focus,
            depth=depth,
            preset=preset,
            size=size,
            scale=scale if fmt == "png" else 0,
            group_above=group_above,
        ).result()
    data = png if fmt == "png" else _svg(shown, title=title).encode("utf-8")
    path = Path(path)
    write_atomic(path, data)
    return path


def _open_page(
    graph, *, title, lang, focus, depth, preset, size, scale, group_above=None
) -> tuple[dict[str, Any], bytes]:
    import base64
    import tempfile

    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        raise KgError(
            "pictures need playwright: pip install 'reform-kg[picture]' (the browser is Debian's chromium)"
        ) from None
    from kg.browser import CHROMIUM, launch

    if not Path(CHROMIUM).exists():
        raise KgError(f"pictures need Chromium at {CHROMIUM}: apt-get install chromium, or set KG_CHROMIUM")
    with tempfile.TemporaryDirectory(prefix="kg-view-") as tmp:
        page_path = write_html(
            graph, Path(tmp) / "view.html", title=title, lang=lang, focus=focus, depth=depth, group_above=group_above
        )
        with sync_playwright() as p:
            browser = launch(p)
            try:
                page = browser.new_page(viewport={"width": size[0], "height": size[1]})
                page.goto(page_path.as_uri())
                page.wait_for_function("window.kgView && window.kgView.stabilised", timeout=300_000)
                shown = page.evaluate(_SHOWN, preset)
                png = b""
                if scale:
                    url = page.evaluate("(f) => kgView.pngDataUrl(f)", scale)
                    png = base64.b64decode(url.split(",", 1)[1])
            finally:
                browser.close()
    return shown, png


def _svg(shown: dict[str, Any], *, title: str) -> str:
    """An SVG of what the page shows: links as lines, nodes as their shapes, the page's labels.

    >>> shown = {"nodes": [{"id": "n0", "x": 0, "y": 0, "size": 8, "type": "party", "label": "A&B"}],
    ...          "edges": [], "view": [-50, -50, 50, 50], "font": 14}
    >>> svg = _svg(shown, title="<T>")
    >>> "<title>&lt;T&gt;</title>" in svg and ">A&amp;B</text>" in svg and "#0072B2" in svg
    True
    """
    from xml.sax.saxutils import escape

    left, top, right, bottom = shown["view"]
    font = shown.get("font") or 14
    where = {n["id"]: n for n in shown["nodes"]}
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        (
            f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="{left:.1f} {top:.1f} {right - left:.1f} {bottom - top:.1f}" '
            f'width="{right - left:.0f}" height="{bottom - top:.0f}" font-family="Arial, Liberation Sans, sans-serif">'
        ),
        f"<title>{escape(title)}</title>",
        f'<rect x="{left:.1f}" y="{top:.1f}" width="{right - left:.1f}" height="{bottom - top:.1f}" fill="#ffffff"/>',
    ]
    for e in shown["edges"]:
        a, b = where.get(e["from"]), where.get(e["to"])
        if a is None or b is None:
            continue
        colour, dashed = RELATIONS.get(e["relation"], _OTHER_RELATION)
        dash = ' stroke-dasharray="6 4"' if dashed else ""
        out.append(
            f'<line x1="{a["x"]:.1f}" y1="{a["y"]:.1f}" x2="{b["x"]:.1f}" y2="{b["y"]:.1f}" stroke="{colour}" stroke-width="1.2"{dash}/>'
        )
    for n in shown["nodes"]:
        colour, shape = NODE_TYPES.get(n["type"], _OTHER_TYPE)
        out.append(_svg_shape(shape, n["x"], n["y"], n["size"], colour))
    for n in shown["nodes"]:
        if n["label"]:
            y = n["y"] + n["size"] + 5 + font * 0.8
            out.append(
                f'<text x="{n["x"]:.1f}" y="{y:.1f}" font-size="{font:.1f}" text-anchor="middle" fill="#111" '
                f'stroke="#fff" stroke-width="{font / 4:.1f}" paint-order="stroke">{escape(n["label"])}</text>'
            )
    out.append("</svg>")
    return "\n".join(out) + "\n"


def _svg_shape(shape: str, x: float, y: float, r: float, colour: str) -> str:
    """One node as an SVG element, in vis-network's shape."""
    style = f'fill="{colour}" stroke="#333" stroke-width="1"'
    if shape == "dot":
        return f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}" {style}/>'
    if shape == "square":
        return f'<rect x="{x - r:.1f}" y="{y - r:.1f}" width="{2 * r:.1f}" height="{2 * r:.1f}" {style}/>'
    corners: list[tuple[float, float]] = {
        "diamond": [(0.0, -1.0), (1.0, 0.0), (0.0, 1.0), (-1.0, 0.0)],
        "triangle": [(0.0, -1.0), (0.87, 0.5), (-0.87, 0.5)],
        "triangleDown": [(0.0, 1.0), (0.87, -0.5), (-0.87, -0.5)],
        "hexagon": [(math.cos(a), math.sin(a)) for a in (k * math.pi / 3 for k in range(6))],
        "star": [
            (f * math.sin(k * math.pi / 5), -f * math.cos(k * math.pi / 5))
            for k, f in ((k, 1.0 if k % 2 == 0 else 0.45) for k in range(10))
        ],
    }.get(shape, [(0.0, -1.0), (1.0, 0.0), (0.0, 1.0), (-1.0, 0.0)])
    points = " ".join(f"{x + r * cx:.1f},{y + r * cy:.1f}" for cx, cy in corners)
    return f'<polygon points="{points}" {style}/>'
