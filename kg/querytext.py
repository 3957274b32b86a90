"""The text of a named query: PREFIX lines and two shorthands, written once and added on loading.

Query files under ``queries/`` declare no PREFIX lines (:func:`kg.vocab.sparql_prologue` adds
them all) and use two shorthands, each on a line of its own, which expand to plain SPARQL
(so ``kg query --show`` prints text any SPARQL engine runs):

``LABEL(?x AS ?out)`` / ``LABEL(?x rkg:content AS ?out)``
    the text of ``?x`` (``skos:prefLabel`` unless a predicate is given) in the language
    ``?lang``, else English. One lookup per term: a second OPTIONAL on the same variable only
    binds when the first found nothing.

``LINK(?f schema:location ?place AS ?where)``
    an optional link and the label of what it names (``?lang``, else English), never binding
    ``?place`` to a stray node when the link is missing.

``PROVENANCE(?f)`` / ``PROVENANCE(?f rkg:Proposal)``
    the sources of fact ``?f`` (of that class, when given: the lists are then made for those
    facts only): ``?sources`` (how many), ``?outlet`` (their outlets, in
    ``?lang``), ``?reports`` (each outlet with its date; ``(home page)`` when only the outlet's
    address is known, ``(index date)`` / ``(approx. date)`` when the date was not printed) and
    ``?evidence`` (every quote). It adds the aggregates to the SELECT line, so the query
    groups by its other columns and gives one row per fact.

>>> print(expand("SELECT ?a WHERE {\\n  LABEL(?x AS ?a)\\n}"))
SELECT ?a WHERE {
  OPTIONAL { ?x skos:prefLabel ?a FILTER(LANG(?a) = ?lang) }
  OPTIONAL { ?x skos:prefLabel ?a FILTER(LANG(?a) = "en") }
}
"""

from __future__ import annotations

import re

from kg.errors import QueryError
from kg.vocab import sparql_prologue

_LABEL = re.compile(
    r"^(?P<indent>\s*)LABEL\(\s*(?P<subject>\?\w+)\s+(?:(?P<predicate>[\w-]*:[\w-]+)\s+)?AS\s+(?P<out>\?\w+)\s*\)\s*$"
)
_LINK = re.compile(
    r"^(?P<indent>\s*)LINK\(\s*(?P<subject>\?\w+)\s+(?P<predicate>[\w-]*:[\w-]+)\s+(?P<object>\?\w+)\s+AS\s+(?P<out>\?\w+)\s*\)\s*$"
)
_PROVENANCE = re.compile(r"^(?P<indent>\s*)PROVENANCE\(\s*(?P<fact>\?\w+)(?:\s+(?P<cls>[\w-]*:[\w-]+))?\s*\)\s*$")
_SELECT = re.compile(r"^(?P<head>\s*SELECT\s+(?:DISTINCT\s+)?)(?P<rest>.*)$", re.IGNORECASE)

PROVENANCE_COLUMNS = (
    "(SAMPLE(?sources__) AS ?sources) (SAMPLE(?outlet__) AS ?outlet) (SAMPLE(?report__) AS ?reports) "
    "(SAMPLE(?quotes__) AS ?evidence)"
)


def label_lines(subject: str, out: str, *, predicate: str = "skos:prefLabel", indent: str = "  ") -> list[str]:
    """The label-with-fallback pattern: ``?lang`` first, then English."""
    return [
        f"{indent}OPTIONAL {{ {subject} {predicate} {out} FILTER(LANG({out}) = ?lang) }}",
        f'{indent}OPTIONAL {{ {subject} {predicate} {out} FILTER(LANG({out}) = "en") }}',
    ]


def link_lines(subject: str, predicate: str, obj: str, out: str, *, indent: str = "  ") -> list[str]:
    """An optional link, then the label of its object, without ever binding a stray object.

    The link is repeated inside each label OPTIONAL on purpose: a FILTER in a nested group
    cannot see ``?lang`` (SPARQL evaluates groups bottom-up), one in a top-level OPTIONAL can.
    """
    link = f"{subject} {predicate} {obj} ."
    return [f"{indent}OPTIONAL {{ {subject} {predicate} {obj} }}"] + [
        line.replace("OPTIONAL { ", f"OPTIONAL {{ {link} ", 1) for line in label_lines(obj, out, indent=indent)
    ]


_LANGS = ("en", "kk", "ru")
_MARKS = (
    'IF(COALESCE(?basis__, "") = "index", " (index date)", IF(COALESCE(?basis__, "") = "approximate", " (approx. date)", "")),'
    ' IF(COALESCE(?scope__, "") = "outlet", " (home page)", "")'
)


def provenance_lines(fact: str, indent: str = "  ", cls: str = "rkg:Fact") -> list[str]:
    """Each source of ``fact`` with its outlet, date, how well it is located, and the quotes.

    The lists are made in sub-selects that sort their input (by date, then outlet), so the same
    graph always gives the same text; a sub-select cannot see ``?lang``, so the outlets are
    listed in each of kk, ru and en and the requested one is picked outside. ``cls`` (the
    query's kind of fact) keeps the sub-selects to the facts the query can return.
    """
    outlet = " ".join(f'OPTIONAL {{ ?pub__ skos:prefLabel ?o_{l}__ FILTER(LANG(?o_{l}__) = "{l}") }}' for l in _LANGS)
    names = " ".join(f"BIND(COALESCE(?o_{l}__, ?o_en__, STR(?pub__)) AS ?n_{l}__)" for l in _LANGS)
    reports = " ".join(f'BIND(CONCAT(?n_{l}__, " ", STR(?published__), {_MARKS}) AS ?r_{l}__)' for l in _LANGS)
    lists = " ".join(
        f'(GROUP_CONCAT(DISTINCT ?n_{l}__; separator="; ") AS ?outlets_{l}__) '
        f'(GROUP_CONCAT(DISTINCT ?r_{l}__; separator="; ") AS ?reports_{l}__)'
        for l in _LANGS
    )
    columns = " ".join(f"?n_{l}__ ?r_{l}__" for l in _LANGS)

    def pick(name: str) -> str:
        return f'IF(?lang = "kk", ?{name}_kk__, IF(?lang = "ru", ?{name}_ru__, ?{name}_en__))'

    return [
        f"{indent}{{ SELECT {fact} (COUNT(DISTINCT ?src__) AS ?sources__) {lists} WHERE {{",
        f"{indent}  {{ SELECT {fact} ?src__ {columns} WHERE {{",
        f"{indent}    {fact} a {cls} ; prov:wasDerivedFrom ?src__ . ?src__ schema:publisher ?pub__ ; schema:datePublished ?published__ .",
        f"{indent}    {outlet}",
        f"{indent}    OPTIONAL {{ ?src__ rkg:addressScope ?scope__ }} OPTIONAL {{ ?src__ rkg:dateBasis ?basis__ }}",
        f"{indent}    {names}",
        f"{indent}    {reports}",
        f"{indent}  }} ORDER BY {fact} ?published__ ?n_en__ ?src__ }}",
        f"{indent}}} GROUP BY {fact} }}",
        f'{indent}OPTIONAL {{ SELECT {fact} (GROUP_CONCAT(?q__; separator=" … ") AS ?quotes__) WHERE {{',
        (
            f"{indent}  {{ SELECT DISTINCT {fact} ?sel__ ?q__ WHERE {{ {fact} a {cls} ; rkg:evidence/oa:hasSelector ?sel__ . "
            f"?sel__ oa:exact ?q__ }} ORDER BY {fact} ?sel__ }}"
        ),
        f"{indent}}} GROUP BY {fact} }}",
        f"{indent}BIND({pick('outlets')} AS ?outlet__)",
        f"{indent}BIND({pick('reports')} AS ?report__)",
    ]


def expand(text: str) -> str:
    """Expand ``LABEL(...)``, ``LINK(...)`` and ``PROVENANCE(...)`` lines; add the provenance columns to SELECT.

    :raises QueryError: for a ``PROVENANCE`` line in a query without a ``SELECT`` line before it.
    """
    return "\n".join(line for _origin, line in _expanded(text))


def _expanded(text: str) -> list[tuple[int, str]]:
    """:func:`expand`'s lines, each with the (1-based) line of ``text`` it comes from."""
    out: list[tuple[int, str]] = []
    provenance = False
    for origin, line in enumerate(text.split("\n"), start=1):
        if line.lstrip().startswith("#"):
            out.append((origin, line))
            continue
        label = _LABEL.match(line)
        if label:
            lines = label_lines(
                label["subject"], label["out"], predicate=label["predicate"] or "skos:prefLabel", indent=label["indent"]
            )
        elif link := _LINK.match(line):
            lines = link_lines(link["subject"], link["predicate"], link["object"], link["out"], indent=link["indent"])
        elif prov := _PROVENANCE.match(line):
            lines = provenance_lines(prov["fact"], prov["indent"], prov["cls"] or "rkg:Fact")
            provenance = True
        else:
            lines = [line]
        out += [(origin, piece) for piece in lines]
    if provenance:
        for i, (origin, line) in enumerate(out):
            select = None if line.lstrip().startswith("#") else _SELECT.match(line)
            if select:
                out[i] = (origin, f"{select['head']}{select['rest'].rstrip()} {PROVENANCE_COLUMNS}")
                break
        else:
            raise QueryError("PROVENANCE(...) needs a SELECT line to add its columns to")
    return out


def named_query_lines(raw: str) -> tuple[int, ...]:
    """For each line of :func:`named_query_text`, the line of the query file it comes from (0 for the
    prefixes kg adds), so an error in the engine's text is reported at the author's line.

    >>> text = "SELECT ?a WHERE {\\n  LABEL(?x AS ?a)\\n}"
    >>> named_query_lines(text)[-4:]
    (1, 2, 2, 3)
    """
    prologue = sparql_prologue().count("\n")
    return (0,) * prologue + tuple(origin for origin, _line in _expanded(raw))


def named_query_text(raw: str) -> str:
    """What the engine runs for a query file: every PREFIX, then the expanded text."""
    return sparql_prologue() + expand(raw)
