"""Census of the missed person → post facts whose holder is drafted: how the drafted body differs from the gold's.

For every tuning part (``benchmarks/_parts.py``; a held-out part is never read) the extractor is scored as
``kg extract --evaluate`` does. Each missed gold membership whose holder the draft has is paired with a drafted
membership of the same holder in the same article that the gold lacks (the same role first, then any), and the pair
is classed by how the two bodies differ:

* ``level only``: the drafted body is named by its level and kind alone ("аудан әкімдігі", "облыстық мәслихат",
  "Маслихат"), the gold's with its place;
* ``region/city left out``: otherwise, the gold body has a place the drafted one lacks ("ардагерлер кеңесі" | "Шымкент
  қалалық Ардагерлер кеңесі");
* ``region/city added``: the drafted body has a place the gold one lacks;
* ``short vs full name``: one name is the other's quoted name, or a short form of it (the gold's «…» name, a
  legal form beside it, "Republic of Kazakhstan" left out);
* ``unit vs parent``: one body is a unit of the other (a faculty and its university, a branch and its party, a
  chamber and its parliament), the words of one inside the other's;
* ``wrong body``: the names share no word: the draft took a body from another phrase;
* ``other``: the names differ otherwise;
* ``no body drafted``: the holder has no drafted post the gold lacks (the post word is read but no fact made, or
  the fact has another holder).

    $ python benchmarks/bodies19_census.py            # writes benchmarks/results/bodies19_census.txt
    $ python benchmarks/bodies19_census.py --after    # as shipped: benchmarks/results/bodies19_census_after.txt
    $ python benchmarks/bodies19_census.py --parts dev test2 -o -

This reads the tuning parts only; it is a census, not a test, and asserts nothing.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks._parts import REAL, add_parts_option, checked, publish  # noqa: E402  (the parts, listed once)
from benchmarks.bodies_census import _LOCAL, _label, _stems, place_stems  # noqa: E402  (the first census's stems and labels)

CLASSES = (
    "level only",
    "region/city left out",
    "region/city added",
    "short vs full name",
    "unit vs parent",
    "wrong body",
    "other",
    "no body drafted",
)
_QUOTE = re.compile(r"[«“\"]([^«»“”\"]+)[»”\"]")
_LEGAL = re.compile(
    r"(?i)^(?:рқб|рмқк|ркб|жшс|ао|тоо|рга|ргп|ргу|коммунал\w*|мемлекеттік|республикан\w*|"
    r"қоғамдық|общественн\w*|public|republic\w*|association|ассоциац\w*|бірлест\w*|jsc|llp|ngo|"
    r"қр|рк|қазақстан\w*|казахстан\w*|kazakhstan\w*|of|the|and|и|мен|республикасы|республики)$"
)
_LEVELS = re.compile(
    r"(?i)^(?:облыс\w*|аудан\w*|қала\w*|област\w*|район\w*|город\w*|регион\w*|region\w*|"
    r"district\w*|city|municipal\w*|oblast\w*|мәслихат\w*|маслихат\w*|maslikhat\w*|әкімдіг\w*|"
    r"әкімдік|акимат\w*|akimat\w*|филиал\w*|branch\w*|бөлім\w*|отдел\w*|department\w*)$"
)


def classify(drafted: str, gold: str, *, places: set[str]) -> str:
    """The class of a body pair: see the module docstring.

    >>> classify("city maslikhat", "Kyzylorda city maslikhat", places={"kyzyl"})
    'level only'
    >>> classify("Ардагерлер кеңесі", "Шымкент қалалық Ардагерлер кеңесі", places=set())
    'region/city left out'
    >>> classify("Faculty of Physics", "Al-Farabi Kazakh National University", places=set())
    'wrong body'
    """
    d, g = _stems(drafted), _stems(gold)
    if _LOCAL.search(gold) or _LOCAL.search(drafted):
        places = places | {
            w.casefold()[:5]
            for name in (gold, drafted)
            for w in re.findall(r"\w+", name)
            if w[:1].isupper() and not _LOCAL.match(w) and not _LEVELS.match(w)
        }
    lacks = [w for w in g if w not in d]
    extra = [w for w in d if w not in g]
    words = re.findall(r"\w+", drafted)
    if words and all(_LEVELS.match(w) for w in words):
        return "level only"
    if any(w in places for w in lacks) and not any(w in places for w in extra):
        return "region/city left out"
    if any(w in places for w in extra) and not any(w in places for w in lacks):
        return "region/city added"
    qd, qg = _QUOTE.findall(drafted), _QUOTE.findall(gold)
    if (qd or qg) and set(_stems(" ".join(qd or [drafted]))) & set(_stems(" ".join(qg or [gold]))):
        return "short vs full name"
    if all(_LEGAL.match(w) for w in re.findall(r"\w+", " ".join([*lacks, *extra]))):
        return "short vs full name"
    if not set(d) & set(g):
        return "wrong body"
    if not lacks or not extra:
        return "unit vs parent"
    return "other"


def census(parts: list[str]) -> list[dict]:
    """One row per missed gold post whose holder is drafted, with its class and the pair's names."""
    from kg.extract.evaluate import evaluate
    from kg.sources import load_corpus

    bundled = load_corpus()
    rows: list[dict] = []
    for part in parts:
        gold_corpus = load_corpus([REAL / part])
        places = place_stems(gold_corpus, bundled)

        def on_article(source, facts, draft, mapping, part=part, gold_corpus=gold_corpus, places=places):
            lang = source.language

            def canon(v):
                return mapping.get(v, v)

            gold = {
                (f.values["holder"], f.values["role"], f.values["organisation"])
                for f in facts
                if f.type == "membership"
            }
            pred = {}
            for f in draft.facts:
                if f.type == "membership":
                    v = f.values
                    pred[(canon(v["holder"]), v["role"], canon(v["organisation"]))] = f
            holders = {canon(f.values.get("holder")) for f in draft.facts if f.type == "membership"}
            people = {canon(a) for a in draft.actors} | holders
            missed = sorted(k for k in gold if k not in pred)
            extra = [k for k in pred if k not in gold]
            used: set = set()
            for h, r, o in missed:
                if h not in people and h not in {canon(m) for m in mapping}:
                    continue  # the holder is not drafted: a person's census, not this one
                mate = next((e for e in extra if e[0] == h and e[1] == r and e not in used), None)
                if mate is None:
                    mate = next((e for e in extra if e[0] == h and e not in used), None)
                gname = _label(bundled, gold_corpus, o, lang)
                row = {"part": part, "article": source.id, "lang": lang, "holder": h, "role": r, "gold": gname}
                if mate is None:
                    why = (
                        "(no post drafted for the holder)" if h not in holders else "(every other post drafted is gold)"
                    )
                    row.update(cls="no body drafted", drafted=why, text="", drafted_role="")
                    rows.append(row)
                    continue
                used.add(mate)
                fact = pred[mate]
                raw = fact.values["organisation"]
                dname = (
                    draft.actors[raw].label(lang) if raw in draft.actors else _label(bundled, gold_corpus, raw, lang)
                )
                row.update(
                    cls=classify(dname, gname, places=places),
                    drafted=dname + ("" if raw in draft.actors else " [registry]"),
                    drafted_role=mate[1],
                    text=" ".join(fact.evidence)[:240],
                )
                rows.append(row)

        evaluate([REAL / part], on_article=on_article)
        print(f"  censused {part}", file=sys.stderr, flush=True)
    return rows


def render(parts: list[str], rows: list[dict], flag: str = "") -> str:
    from benchmarks._parts import table_by_language

    out = [
        "Census of the missed person → post whose holder is drafted, by how the bodies differ (nineteenth session)",
        f"parts: {', '.join(parts)} (tuning only); command: python benchmarks/bodies19_census.py {flag}".rstrip(),
        f"missed posts with the holder drafted: {len(rows)}; paired with a drafted post the gold lacks: "
        f"{sum(1 for r in rows if r['cls'] != 'no body drafted')} "
        f"(same role {sum(1 for r in rows if r['cls'] != 'no body drafted' and r['drafted_role'] == r['role'])})",
        "",
    ]
    out += table_by_language("class", rows, "cls", CLASSES)
    out.append("pairs (class, part/article [lang]: holder role — drafted body | gold body — evidence):")
    for r in sorted(rows, key=lambda x: (CLASSES.index(x["cls"]), x["part"], x["article"])):
        role = r["role"] if r["drafted_role"] in ("", r["role"]) else f"{r['role']} (drafted: {r['drafted_role']})"
        out.append(f"  [{r['cls']}] {r['part']}/{r['article']} [{r['lang']}]: {r['holder']} {role}")
        out.append(f"      drafted: {r['drafted']}")
        out.append(f"      gold:    {r['gold']}")
        if r["text"]:
            out.append(f"      text:    {r['text']}")
    return "\n".join(out) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_parts_option(ap)
    ap.add_argument("-o", "--output", default=None)
    ap.add_argument("--after", action="store_true", help="as shipped (default: main before the round)")
    args = ap.parse_args()
    if not args.after:
        import kg.extract.bodies as bodies

        bodies.NATIONWIDE = False
    name = "bodies19_census_after.txt" if args.after else "bodies19_census.txt"
    parts = checked(args.parts)
    text = render(parts, census(parts), "--after" if args.after else "")
    args.output = args.output or str(ROOT / "benchmarks" / "results" / name)
    publish(text, args.output, head=text.split("\n\npairs")[0])


if __name__ == "__main__":
    main()
