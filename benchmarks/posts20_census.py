"""Census of the person → post errors on the twenty-two tuning parts, by what the extractor lacked (twentieth session).

The rows are :func:`benchmarks.persons18_census.census`'s (every missed gold person → post and every drafted one the
gold lacks, as shipped); this census classes each missed post by the first step of the extractor that failed:

* ``holder not found``: the person is not drafted;
* ``role not read``: the person is drafted, and the post rules (``kg.extract.patterns.find_posts``) read no post word
  of the gold role in the gold evidence, or the draft has the holder in another role;
* ``body missing``: the person is drafted and the gold role is read in the evidence, but no post is drafted for it
  (no body was drafted, or the fact went to no one);
* ``body not linked to the registry``: the right person and role in a body the draft made anew, linked neither to the
  bundled registry nor, by the evaluator's name index, to the gold part's actors, whose name differs from the gold
  body's only by inflection or transliteration (the same word stems: "Алматы облысы мәслихаты" | "Алматы облысының
  мәслихаты");
* ``body named differently``: the right person and role in another body (subclassed as
  ``persons18_census`` does: level only, shorter than gold, coalition level, gold level only, other).

Each drafted post the gold lacks is classed by the missed post it pairs with (its class), or as ``holder not a gold
person`` or ``invented post``. Beside each missed post: whether its gold body is in the bundled registry (the
extractor's; the gold part's own bodies are new to it and must be drafted from the text).

(This session's readings off by default — the census they were built from — or as shipped with ``--after``.)

    $ python benchmarks/posts20_census.py                 # writes benchmarks/results/posts20_census.txt
    $ python benchmarks/posts20_census.py --after         # as shipped: posts20_census_after.txt
    $ python benchmarks/posts20_census.py --parts test22 -o -

This reads the tuning parts only; it is a census, not a test, and asserts nothing.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks import persons18_census  # noqa: E402  (its rows, extended here)
from benchmarks._parts import census_main, table_by_language  # noqa: E402

CLASSES = (
    "holder not found",
    "role not read",
    "body missing",
    "body not linked to the registry",
    "body named differently",
)
EXTRA = (*CLASSES[1:], "holder not a gold person", "invented post")
_WORD = re.compile(r"[^\W\d_]+")
#: Words a body's name may have or lack and stay the same body (the state, a legal form, "of", "the").
_SKIP = re.compile(
    r"(?i)^(?:қр|рк|of|the|and|и|мен|республикасы\w*|республики|republic|kazakhstan|қазақстан\w*|казахстан\w*)$"
)


def stems(name: str) -> frozenset[str]:
    """A body name's word stems: the first four letters of each word of three letters or more, the state's name and
    function words left out.

    >>> stems("Алматы облысы мәслихаты") == stems("Алматы облысының мәслихаты")
    True
    """
    return frozenset(w.casefold()[:4] for w in _WORD.findall(name) if len(w) > 2 and not _SKIP.match(w))


def classify(row: dict, known: set[str]) -> str:
    """The class of one missed post (``persons18_census``'s row), see the module docstring."""
    cause = row["cause"]
    if cause == "person not drafted":
        return "holder not found"
    if cause in ("post word wrong", "role and body wrong"):
        return "role not read"
    if cause == "person, no post":
        from kg.extract.patterns import find_posts

        try:
            read = {p.role for p in find_posts(row["evidence"].replace(" … ", " "), row["lang"])}
        except Exception:  # noqa: BLE001  (a census reads what it can)
            read = set()
        return "body missing" if row["key"][1] in read else "role not read"
    body, label = row["got_body"]
    if body not in known and stems(label) == stems(row["gold_label"]):
        return "body not linked to the registry"
    return "body named differently"


def census(parts: list[str]) -> dict:
    from benchmarks._parts import REAL
    from kg.sources import load_corpus

    registry = set(load_corpus().actors)
    known = {part: registry | set(load_corpus([REAL / part]).actors) for part in parts}
    out = persons18_census.census(parts)
    for row in out["missed"]:
        row["cls"] = classify(row, known[row["part"]])
        row["registry"] = row["key"][2] in registry
    by_pair = {
        (m["part"], m["article"], m["key"][0], m["got_body"][0]): m["cls"] for m in out["missed"] if m["got_body"]
    }
    for x in out["extra"]:
        h, _, body = x["key"]
        paired = by_pair.get((x["part"], x["article"], h, body))
        x["cls"] = paired or (
            "holder not a gold person" if x["kind"] == "holder not a gold person" else "invented post"
        )
    return out


def render(parts: list[str], c: dict) -> str:
    missed, extra = c["missed"], c["extra"]
    lines = [
        "Census of the person → post errors, by what the extractor lacked (twentieth session)",
        f"parts: {', '.join(parts)} (tuning only); command: python benchmarks/posts20_census.py",
        f"missed gold person → post: {len(missed)}; drafted posts the gold lacks: {len(extra)}",
        "",
    ]
    lines += table_by_language("why a post was missed", missed, "cls", CLASSES)
    lines += table_by_language("missed: gold body in the registry", missed, "registry", (True, False))
    named = [m for m in missed if m["cls"] == "body named differently"]
    lines += table_by_language("body named differently: how", named, "body", persons18_census.BODY[:-1])
    lines += table_by_language("drafted posts the gold lacks", extra, "cls", EXTRA)
    cross = Counter((m["cls"], m["registry"]) for m in missed)
    lines.append("missed, class × gold body in the registry (yes / no):")
    lines += [f"  {k:<38} {cross[(k, True)]:>4} {cross[(k, False)]:>4}" for k in CLASSES]
    by_part = Counter(m["part"] for m in missed)
    lines.append("")
    lines.append("missed posts by part: " + ", ".join(f"{p} {by_part[p]}" for p in parts))
    lines += ["", "missed posts (class; persons18 cause; body — part/article [lang] — gold → drafted):"]
    for m in sorted(missed, key=lambda m: (CLASSES.index(m["cls"]), m["part"], m["article"])):
        reg = "registry" if m["registry"] else "not in registry"
        lines.append(f"  [{m['cls']}; {m['cause']}; {m['body']}; {reg}] {m['part']}/{m['article']} [{m['lang']}]")
        lines.append(f"      gold: {m['gold']}")
        if m["got"]:
            lines.append(f"      drafted: {m['got']}")
        lines.append(f"      evidence: {m['evidence'][:220]}")
    lines += ["", "drafted posts the gold lacks:"]
    for x in sorted(extra, key=lambda x: (EXTRA.index(x["cls"]), x["part"], x["article"])):
        lines.append(f"  [{x['cls']}] {x['part']}/{x['article']} [{x['lang']}] {x['item']}")
    return "\n".join(lines) + "\n"


def _readings(on: bool) -> None:
    """This session's readings as shipped (``benchmarks/posts20_lopo.py``), or all off as main had them before the
    round."""
    import kg.names as names
    from kg.extract import mentions, org_names

    if not on:
        names.IZAFET = org_names.COALITIONS = mentions.UNDER_BODY = False


if __name__ == "__main__":
    after = "--after" in sys.argv
    if after:
        sys.argv.remove("--after")
    _readings(after)
    census_main(census, render, "posts20_census_after" if after else "posts20_census", __doc__)
