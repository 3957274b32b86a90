"""Census of person → post errors whose person and role are right but whose BODY differs.

For every tuning part (``benchmarks/_parts.py``; ``dev``, ``test2`` … ``test12`` when the results file was
written; never a held-out part) the extractor is scored as ``kg extract --evaluate`` does; each gold membership it misses is paired
with a drafted membership of the same holder and role that the gold lacks, and the pair is classed by how
the drafted body's name differs from the gold body's:

* ``too short``: the draft names part of the gold body ("faculty of physics" for "faculty of physics
  and technology");
* ``region/city missing``: what the draft lacks is a place ("city maslikhat" for "Kyzylorda city maslikhat");
* ``too long``: the draft's body swallowed more (the next apposition, "… and co-editor");
* ``registry actor``: the draft names a registry actor the gold does not use for that post;
* ``other``: the names differ otherwise.

    $ python benchmarks/bodies_census.py                      # writes benchmarks/results/bodies_census.txt
    $ python benchmarks/bodies_census.py --parts dev test2 -o -   # print only

This reads the tuning parts only; it is a census, not a test, and asserts nothing.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks._parts import REAL, add_parts_option, checked, publish  # noqa: E402  (the parts, listed once)

CLASSES = ("too short", "region/city missing", "too long", "registry actor", "other")

_WORD = re.compile(r"\w+")


def _stems(name: str) -> list[str]:
    """Lower-cased stems of a name's words (five letters: Kazakh and Russian case endings aside)."""
    return [w.casefold()[:5] for w in _WORD.findall(name) if len(w) > 1]


def place_stems(gold_corpus, bundled) -> set[str]:
    """The stems of every place name a part's gold registry or the bundled one holds."""
    return {
        s
        for a in [*gold_corpus.actors.values(), *bundled.actors.values()]
        if a.type in ("place", "city", "region", "district", "country")
        for name in a.names.values()
        for s in _stems(name)
    }


_LOCAL = re.compile(
    r"(?i)облыс|аудан|қала|мәслихат|әкімдіг|област|район|город|маслихат|акимат|region|district|city|oblast|maslikhat|akimat"
)


def classify(drafted: str, gold: str, *, new: bool, places: set[str]) -> str:
    """The class of a body pair: see the module docstring.

    >>> classify("city maslikhat", "Kyzylorda city maslikhat", new=True, places={"kyzyl"})
    'region/city missing'
    >>> classify("faculty of physics", "faculty of physics and technology", new=True, places=set())
    'too short'
    """
    if not new:
        return "registry actor"
    d, g = _stems(drafted), _stems(gold)
    # a capitalised word of a local body's gold name is its place ("Ақтөбе облыстық мәслихаты")
    if _LOCAL.search(gold):
        places = places | {w.casefold()[:5] for w in _WORD.findall(gold) if w[:1].isupper() and not _LOCAL.match(w)}
    lacks = [w for w in g if w not in d]
    extra = [w for w in d if w not in g]
    if lacks and not extra:
        return "region/city missing" if any(w in places for w in lacks) else "too short"
    if extra and not lacks:
        return "too long"
    if lacks and extra and any(w in places for w in lacks):
        return "region/city missing"
    return "other"


def census(parts: list[str]) -> tuple[list[tuple], Counter, Counter]:
    """Rows ``(part, article, lang, holder, role, class, drafted name, gold name, evidence, same role)``, the counts
    of the same-role pairs by (class, language), and the other-role pairs by language."""
    from kg.extract.evaluate import evaluate
    from kg.sources import load_corpus

    bundled = load_corpus()
    rows: list[tuple] = []
    pairs_other_role: Counter = Counter()
    for part in parts:
        gold_corpus = load_corpus([REAL / part])
        places = place_stems(gold_corpus, bundled)

        def on_article(source, facts, draft, mapping, part=part, gold_corpus=gold_corpus, places=places):
            lang = source.language
            gold = [f.values for f in facts if f.type == "membership"]
            pred = [(f.values, f) for f in draft.facts if f.type == "membership"]

            def canon(v):
                return mapping.get(v, v)

            gkeys = Counter((g["holder"], g["role"], g["organisation"]) for g in gold)
            pkeys = {(canon(v["holder"]), v["role"], canon(v["organisation"])): f for v, f in pred}
            missed = [k for k in gkeys if k not in pkeys]
            extra = [k for k in pkeys if k not in gkeys]
            used: set = set()
            for h, r, o in missed:
                mate = next((e for e in extra if e[0] == h and e[1] == r and e not in used), None)
                same_role = mate is not None
                if mate is None:
                    mate = next((e for e in extra if e[0] == h and e[2] != o and e not in used), None)
                    if mate is None:
                        continue
                    pairs_other_role[lang] += 1
                used.add(mate)
                fact = pkeys[mate]
                raw = fact.values["organisation"]
                is_new = raw in draft.actors
                dname = draft.actors[raw].label(lang) if is_new else _label(bundled, gold_corpus, raw, lang)
                gname = _label(bundled, gold_corpus, o, lang)
                cls = classify(dname, gname, new=is_new, places=places)
                ev = " ".join(fact.evidence)[:220]
                role = r if same_role else f"{r} (drafted: {mate[1]})"
                rows.append((part, source.id, lang, h, role, cls, dname, gname, ev, same_role))

        evaluate([REAL / part], on_article=on_article)
    counts = Counter((r[5], r[2]) for r in rows if r[9])
    return rows, counts, pairs_other_role


def _label(bundled, gold, actor_id: str, lang: str) -> str:
    actor = gold.actors.get(actor_id) or bundled.actors.get(actor_id)
    return actor.label(lang) if actor else actor_id


def render(parts: list[str], rows: list[tuple], counts: Counter, other_role: Counter, flag: str = "") -> str:
    langs = ("kk", "ru", "en")
    out = [
        "Census of person → post errors with the right person and role but another body",
        f"parts: {', '.join(parts)} (tuning only); command: python benchmarks/bodies_census.py {flag}".rstrip(),
        "",
        f"{'class':<22} {'kk':>4} {'ru':>4} {'en':>4} {'all':>5}",
    ]
    for cls in CLASSES:
        per = [counts[(cls, lang)] for lang in langs]
        out.append(f"{cls:<22} {per[0]:>4} {per[1]:>4} {per[2]:>4} {sum(per):>5}")
    tot = [sum(counts[(c, lang)] for c in CLASSES) for lang in langs]
    out.append(f"{'all':<22} {tot[0]:>4} {tot[1]:>4} {tot[2]:>4} {sum(tot):>5}")
    out.append("")
    out.append(
        "besides, missed gold posts paired with a drafted post of the same holder in ANOTHER role and body "
        "(not counted above; listed below with their role): "
        + ", ".join(f"{lang} {other_role[lang]}" for lang in langs)
    )
    out.append("")
    out.append("pairs (part / article: holder role — drafted body | gold body — evidence):")
    for part, art, _lang, h, r, cls, d, g, ev, _same in sorted(
        rows, key=lambda x: (not x[9], CLASSES.index(x[5]), x[0], x[1])
    ):
        out.append(f"  [{cls}] {part}/{art}: {h} {r}")
        out.append(f"      drafted: {d}")
        out.append(f"      gold:    {g}")
        out.append(f"      text:    {ev}")
    return "\n".join(out) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_parts_option(ap)
    ap.add_argument("-o", "--output", default=str(ROOT / "benchmarks" / "results" / "bodies_census.txt"))
    ap.add_argument(
        "--after",
        action="store_true",
        help="with the body-place pass as shipped (default: without it, the census before)",
    )
    args = ap.parse_args()
    if not args.after:
        import kg.extract.bodies as bodies

        bodies.SOURCES = ()
    parts = checked(args.parts)
    rows, counts, other_role = census(parts)
    text = render(parts, rows, counts, other_role, "--after" if args.after else "")
    publish(text, args.output, head=text.split("\n\npairs")[0])


if __name__ == "__main__":
    main()
