"""Census of the person → post and organisation errors on the tuning parts, by cause (eighteenth session).

For every tuning part (``benchmarks/_parts.py``; never a held-out part) the extractor is scored as ``kg extract
--evaluate`` does. Each gold membership whose holder is a person and that the draft lacks (a missed post) is classed
by the first cause that applies:

* ``body named wrong``: the draft has the same holder and role in another body; subclassed by the drafted body's
  name against the gold's: ``level only`` (a body named by its level alone: "облыстық мәслихат", "аудан
  әкімдігі", "маслихат области" with no place), ``shorter than gold`` (every word of the drafted name is in the
  gold's: a parent or a place left out), ``coalition level`` (the national coalition against a regional one, or
  its headquarters), ``gold level only`` (the gold names the body by its level alone and the draft names the
  place: a gold convention), ``other``;
* ``post word wrong``: the same holder and body, another role (a chain split wrong, a general director read as a
  director);
* ``role and body wrong``: the holder has another post in another body;
* ``person, no post``: the person is drafted (named by any drafted fact) but holds no drafted post;
* ``person not drafted``.

Beside the cause, the wording of the gold evidence: ``chain`` (two or more post words the post rules read),
``initials`` (a name with initials), ``list`` (a plural post word before the names: "мүшелері", "члены",
"members") or ``plain``.

Each drafted post the gold lacks (an extra) that pairs with no missed post of its holder is classed: ``holder not a
gold person``, ``invented post`` (the gold has other posts for that holder, or none).

Organisation entities missed and extra are counted per article, with the extra ones that the draft named only as the
body of a post the gold holds elsewhere (``named wrong``).

(``READINGS18`` off by default — the census this session's readings were built from — or as shipped with ``--after``.)

    $ python benchmarks/persons18_census.py                 # writes benchmarks/results/persons18_census.txt
    $ python benchmarks/persons18_census.py --after         # as shipped: persons18_census_after.txt
    $ python benchmarks/persons18_census.py --parts test20 -o -

This reads the tuning parts only; it is a census, not a test, and asserts nothing.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks._parts import census_main, census_parts, table_by_language  # noqa: E402

CAUSES = ("body named wrong", "post word wrong", "role and body wrong", "person, no post", "person not drafted")
BODY = ("level only", "shorter than gold", "coalition level", "gold level only", "other", "-")
WORDING = ("chain", "initials", "list", "plain")
EXTRA = ("paired with a missed post", "holder not a gold person", "invented post")
_LEVEL = re.compile(
    r"(?i)^(?:(?:облыс\w*|аудан\w*|қала\w*|облast\w*|област\w*|город\w*|район\w*|regional|city|district|oblast|"
    r"маслихат\w*|мәслихат\w*|әкімдіг\w*|акимат\w*|akimat|maslikhat|қоғамдық|общественн\w*|public|кеңес\w*|совет\w*|"
    r"council|коалици\w*|коалиция\w*|coalition|штаб\w*|headquarters|the|of)\s*)+$"
)
_LIST = re.compile(r"(?i)мүшелері|депутаттары|члены|members|participants|участник\w+")
_INITIALS = re.compile(r"(?<![\w-])(?:[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][a-zа-яё]?\.\s?){1,2}\s?[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w-]+")
_WORD = re.compile(r"[^\W\d_]+")


def _words(label: str) -> set[str]:
    return {w.casefold()[:5] for w in _WORD.findall(label) if len(w) > 2}


def census(parts: list[str]) -> dict:
    from benchmarks._parts import REAL
    from kg.extract.evaluate import entity_items, relation_items
    from kg.extract.patterns import find_posts
    from kg.sources import load_corpus

    bundled = load_corpus()
    gold_by_part: dict[str, object] = {}
    out: dict = {"missed": [], "extra": [], "orgs": []}

    def on_article(part, source, facts, draft, mapping, doc):
        gold = gold_by_part.get(part) or gold_by_part.setdefault(part, load_corpus([REAL / part]))
        lang = source.language

        def actor(a):
            return gold.actors.get(a) or bundled.actors.get(a) or draft.actors.get(a)

        def label(a):
            x = actor(a)
            if not x:
                return a
            return x.names.get(lang) or next(iter(x.names.values()), a)

        def gtype(a):
            x = gold.actors.get(a) or bundled.actors.get(a)
            return x.type if x else None

        def ptype(a):
            x = draft.actors.get(a) or gold.actors.get(a) or bundled.actors.get(a)
            return x.type if x else None

        def canon(v):
            return mapping.get(v, v)

        gold_items = relation_items([(f.type, f.values) for f in facts], lang, lambda v: v)
        pred_items = relation_items([(f.type, f.values) for f in draft.facts], lang, canon)
        gold_m = {i for i in gold_items if i[0] == "membership" and gtype(i[1]) == "person"}
        pred_m = {i for i in pred_items if i[0] == "membership"}
        gold_e = entity_items([(f.type, f.values) for f in facts], gtype, lambda v: v)
        pred_e = entity_items([(f.type, f.values) for f in draft.facts], ptype, canon)
        pred_persons = {i for k, i in pred_e if k == "person"}
        gold_persons = {i for k, i in gold_e if k == "person"}
        evidence = {}
        for f in facts:
            if f.type == "membership":
                evidence[(f.values["holder"], f.values["role"], f.values["organisation"])] = " … ".join(f.quotes)
        missed = sorted(gold_m - pred_m)
        extra = sorted(pred_m - gold_m)
        paired: set = set()
        for _, h, role, org in missed:
            ev = evidence.get((h, role, org), "")
            same = [x for x in extra if x[1] == h]
            body = "-"
            if any(x[2] == role for x in same):
                cause = "body named wrong"
                x = next(x for x in same if x[2] == role)
                paired.add(x)
                dl, gl = label(x[3]), label(org)
                if "coalition" in org or "coalition" in x[3] or "koalits" in x[3]:
                    body = "coalition level"
                elif _LEVEL.match(dl):
                    body = "level only"
                elif _LEVEL.match(gl) or org.startswith(("oblast-", "city-", "district-")):
                    body = "gold level only"
                elif _words(dl) and _words(dl) <= _words(gl):
                    body = "shorter than gold"
                else:
                    body = "other"
                got = f"{x[2]} @ {x[3]} «{dl}»"
            elif any(x[3] == org for x in same):
                cause = "post word wrong"
                x = next(x for x in same if x[3] == org)
                paired.add(x)
                got = f"{x[2]} @ {x[3]}"
            elif same:
                cause = "role and body wrong"
                paired.update(same)
                got = "; ".join(f"{x[2]} @ {x[3]}" for x in same)
            elif h in pred_persons:
                cause, got = "person, no post", ""
            else:
                cause, got = "person not drafted", ""
            try:
                n_posts = len(find_posts(ev, lang))
            except Exception:  # noqa: BLE001  (a census reads what it can)
                n_posts = 0
            wording = (
                "chain"
                if n_posts > 1
                else "initials"
                if _INITIALS.search(ev)
                else "list"
                if _LIST.search(ev)
                else "plain"
            )
            out["missed"].append(
                {
                    "part": part,
                    "article": source.id,
                    "lang": lang,
                    "cause": cause,
                    "body": body,
                    "wording": wording,
                    "gold": f"{h} {role} @ {org} «{label(org)}»",
                    "got": got,
                    "key": (h, role, org),
                    "got_body": (x[3], label(x[3])) if cause == "body named wrong" else None,
                    "gold_label": label(org),
                    "evidence": ev,
                }
            )
        for x in extra:
            if x[1] not in {g[1] for g in gold_m} and gtype(x[1]) != "person" and x[1] not in gold_persons:
                kind = "holder not a gold person"
            elif x in paired:
                kind = "paired with a missed post"
            else:
                kind = "invented post"
            out["extra"].append(
                {
                    "part": part,
                    "article": source.id,
                    "lang": lang,
                    "kind": kind,
                    "item": f"{x[1]} {x[2]} @ {x[3]} «{label(x[3])}»",
                    "key": x[1:],
                }
            )
        gold_o = {i for k, i in gold_e if k == "organisation"}
        pred_o = {i for k, i in pred_e if k == "organisation"}
        body_of_extra = {x[3] for x in extra if x in paired}
        for o in sorted(gold_o - pred_o):
            out["orgs"].append(
                {"part": part, "article": source.id, "lang": lang, "kind": "missed", "org": f"{o} «{label(o)}»"}
            )
        for o in sorted(pred_o - gold_o):
            kind = "extra, named wrong" if o in body_of_extra else "extra"
            out["orgs"].append(
                {"part": part, "article": source.id, "lang": lang, "kind": kind, "org": f"{o} «{label(o)}»"}
            )

    census_parts(parts, on_article)
    return out


def render(parts: list[str], c: dict) -> str:
    missed, extra, orgs = c["missed"], c["extra"], c["orgs"]
    lines = [
        "Census of the person → post and organisation errors, by cause (eighteenth session)",
        f"parts: {', '.join(parts)} (tuning only); command: python benchmarks/persons18_census.py",
        f"missed gold person → post: {len(missed)}; drafted posts the gold lacks: {len(extra)}; organisations missed"
        f" {sum(o['kind'] == 'missed' for o in orgs)}, extra {sum(o['kind'] != 'missed' for o in orgs)}",
        "",
    ]
    lines += table_by_language("why a post was missed", missed, "cause", CAUSES)
    lines += table_by_language("body named wrong: how", [m for m in missed if m["body"] != "-"], "body", BODY[:-1])
    lines += table_by_language("wording of the gold evidence", missed, "wording", WORDING)
    lines += table_by_language("drafted posts the gold lacks", extra, "kind", EXTRA)
    lines += table_by_language("organisations", orgs, "kind", ("missed", "extra, named wrong", "extra"))
    by_part = Counter(m["part"] for m in missed)
    lines.append("missed posts by part: " + ", ".join(f"{p} {by_part[p]}" for p in parts))
    lines += ["", "missed posts (part/article [lang] cause; body; wording — gold → drafted):"]
    for m in sorted(missed, key=lambda m: (m["cause"], m["body"], m["part"], m["article"])):
        lines.append(f"  [{m['cause']}; {m['body']}; {m['wording']}] {m['part']}/{m['article']} [{m['lang']}]")
        lines.append(f"      gold: {m['gold']}")
        if m["got"]:
            lines.append(f"      drafted: {m['got']}")
        lines.append(f"      evidence: {m['evidence'][:220]}")
    lines += ["", "drafted posts the gold lacks:"]
    for x in sorted(extra, key=lambda x: (x["kind"], x["part"], x["article"])):
        lines.append(f"  [{x['kind']}] {x['part']}/{x['article']} [{x['lang']}] {x['item']}")
    lines += ["", "organisations missed or extra:"]
    for o in sorted(orgs, key=lambda o: (o["part"], o["article"], o["kind"])):
        lines.append(f"  [{o['kind']}] {o['part']}/{o['article']} [{o['lang']}] {o['org']}")
    return "\n".join(lines) + "\n"


def _readings(on: bool) -> None:
    import kg.extract.en as en
    import kg.extract.patterns as P
    import kg.extract.rules.memberships as memberships

    memberships.READINGS18 = en.READINGS18 = P.READINGS18 = on  # type: ignore[attr-defined]
    P._posts.cache_clear()


if __name__ == "__main__":
    after = "--after" in sys.argv
    if after:
        sys.argv.remove("--after")
    _readings(after)
    census_main(census, render, "persons18_census_after" if after else "persons18_census", __doc__)
