"""Census of the person → post facts the extractor misses on the tuning parts, classed by wording.

For every tuning part (``benchmarks/_parts.py``; never a held-out part) the extractor is scored as ``kg extract
--evaluate`` does. Each gold membership whose holder is a person and that the draft lacks is looked at:

* **drafted state**: is the person drafted at all (named by any drafted fact)? Is a membership drafted for that
  person, and with what role and body (the same role in another body, another role)? Is the body drafted as an
  actor (named by any drafted fact)? Is the body in the bundled registry?
* **post seen**: do the post rules (``kg.extract.patterns.find_posts``) read a post word of the gold role, or any
  post word, in the gold evidence?
* **wording**, the first class that applies, in this order:

  - ``led by (no post word)``: "headed by", "led by", "под руководством", "басшылығымен" and no post word;
  - ``list after one plural post``: a plural post ("депутаттары", "members") before two or more names;
  - ``ambassador or envoy``: an ambassador's or a permanent representative's post (its body is an embassy);
  - ``degree, title or profession between``: an academic degree, an honorary title or a profession stands
    between the post and the name ("декан …, кандидат исторических наук X", "директоры, ҚР еңбек сіңірген
    қайраткері X", "X, Doctor of … Sciences, Professor of …");
  - ``chain of posts``: two or more post words in the evidence (joined by a comma, a dash, "and");
  - ``no post word read``: no post word at all in the evidence;
  - ``caption or signature line``: the name and its post on lines of their own, or in capitals;
  - ``post before the name`` / ``post after the name`` (apposition).

* **name form**: initials ("С.Қамиев", "Ф.Г. Балашов") or a surname first with a patronymic ("Биханова Ақжарқын
  Орынбековна"): forms the person rules read less well.

    $ python benchmarks/post_census.py                       # writes benchmarks/results/post_census.txt
    $ python benchmarks/post_census.py --parts dev test2 -o -    # print only

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

from benchmarks._parts import (  # noqa: E402  (the parts, listed once)
    REAL,
    add_parts_option,
    checked,
    publish,
    table_by_language,
)

CLASSES = (
    "led by (no post word)",
    "list after one plural post",
    "ambassador or envoy",
    "degree, title or profession between",
    "chain of posts",
    "no post word read",
    "caption or signature line",
    "post before the name",
    "post after the name",
)
LANGS = ("kk", "ru", "en")

_LED = re.compile(
    r"(?i)\b(?:led|headed|chaired)\s+by\b|под\s+(?:руководством|председательством)|басшылығымен|бастаған|төрағалығымен"
)
#: Written for the census alone (not the extractor's lists): what may stand between a post and a name and is no
#: post. Degrees ("кандидат исторических наук", "ғылымдарының докторы", "Doctor of … Sciences", "PhD"), academic
#: titles ("профессор", "доцент", "академик"), honorary titles ("еңбек сіңірген қайраткері", "заслуженный …"),
#: and a few professions ("ақын", "журналист", "poet").
_DESCRIPTOR = re.compile(
    r"(?i)(?:кандидат|доктор)\w*\s+\w+\s+наук|ғылымдарының\s+(?:кандидаты|докторы)|"
    r"(?:doctor|candidate)\s+of\s+[\w\s]{3,60}?sciences|\bPhD\b|профессор\w*|доцент\w*|академик\w*|"
    r"еңбек\s+сіңірген|заслуженн\w+|почётн\w+|почетн\w+|құрметті|honou?red\s+\w+|"
    r"(?<![\w-])(?:ақын|жазушы|журналист\w*|поэт\w*|писател\w*|poet|writer|journalist)(?![\w-])"
)
_INITIALS = re.compile(r"(?<![\w-])[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]\.\s?(?:[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]\.\s?)?[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w-]+")
_PATRONYMIC = re.compile(r"(?<![\w-])[А-ЯЁӘҒҚҢӨҰҮҺІ]\w+(?:ович|евич|овна|евна|ұлы|қызы|улы|кызы)(?![\w-])")
_WORD = re.compile(r"\w+")


_DRAFTED_AS = ("same role, other body", "same body, other role", "other role and body", "none")
_WRONG = ("same role, other body", "same body, other role", "other post of a gold holder", "holder has no gold post")
#: The drafted person → post facts the gold lacks, filled by :func:`census` (one row each).
WRONG: list[dict] = []


def _clause(article: str, quote: str, names: list[str]) -> str:
    """The words around the holder's name in the article: from the quote's place, out to a full stop, a semicolon,
    a colon or a bracket, at most 200 characters either side of the name (so a chain of posts the gold splits into
    one quote per post is seen whole)."""
    at = article.find(quote) if quote else -1
    if at < 0:
        return ""
    window = article[max(0, at - 200) : at + len(quote) + 200]
    off = max(0, at - 200)
    inside = _name_at(quote, names)  # the name in the quote, else the nearest before it in the window
    span = (inside[0] + at - off, inside[1] + at - off) if inside else _name_at(window, names)
    if span is None:
        return quote
    lo = max((m.end() for m in re.finditer(r"[;:!?()\n]|(?<![A-ZА-ЯЁӘҒҚҢӨҰҮҺІ])\.\s", window[: span[0]])), default=0)
    stop = re.search(r"[;:!?()\n]|(?<![A-ZА-ЯЁӘҒҚҢӨҰҮҺІ])\.(?:\s|$)", window[span[1] :])
    hi = span[1] + stop.start() if stop else len(window)
    lo = min(lo, at - off)
    hi = max(hi, at - off + len(quote))
    return window[lo:hi].strip()


def _stems(name: str) -> list[str]:
    return [w.casefold()[:5] for w in _WORD.findall(name) if len(w) > 2]


def _name_at(evidence: str, names: list[str]) -> tuple[int, int] | None:
    """Where the holder's name stands in the evidence: the span of the words that share a stem with a name."""
    stems = {s for n in names for s in _stems(n)}
    hits = [m for m in _WORD.finditer(evidence) if len(m.group()) > 2 and m.group().casefold()[:5] in stems]
    # initials glued to a surname ("С.Қамиев") or a word the stems miss: the surname's own stem
    return (hits[0].start(), hits[-1].end()) if hits else None


def classify(evidence: str, lang: str, role: str, names: list[str]) -> str:
    """The wording class of a missed post (see the module docstring).

    >>> classify("декан факультета, кандидат исторических наук Алибек Табулденов", "ru", "dean",
    ...          ["Алибек Табулденов"])
    'degree, title or profession between'
    >>> classify("Deputy Prime Minister - Minister of Digital Development Zhaslan Madiev", "en",
    ...          "deputy-prime-minister", ["Zhaslan Madiev"])
    'chain of posts'
    """
    from kg.extract import patterns as P

    posts = P.find_posts(evidence, lang)
    own = [p for p in posts if p.role == role] or posts
    at = _name_at(evidence, names)
    if _LED.search(evidence) and not own:
        return "led by (no post word)"
    if own and at and own[0].end <= at[0] and P.PLURAL_POST.search(own[0].text.split()[-1]):
        rest = evidence[own[0].end :]
        if re.search(r"(?i)\b(?:and|и|мен|бен|пен)\b", rest):
            return "list after one plural post"
    if role in ("ambassador", "permanent-representative", "consul-general"):
        return "ambassador or envoy"
    if own and at:
        lo, hi = (own[0].end, at[0]) if own[0].end <= at[0] else (at[1], own[0].start)
        if _DESCRIPTOR.search(evidence[lo:hi]):
            return "degree, title or profession between"
    if len(posts) >= 2:
        return "chain of posts"
    if not posts:
        return "no post word read"
    if "\n" in evidence.strip() or (evidence.upper() == evidence and any(c.isalpha() for c in evidence)):
        return "caption or signature line"
    if at and own[0].end <= at[0]:
        return "post before the name"
    return "post after the name"


def census(parts: list[str]) -> list[dict]:
    """One row per missed gold person → post fact."""
    from kg.extract import patterns as P
    from kg.extract.evaluate import evaluate
    from kg.sources import load_corpus

    bundled = load_corpus()
    rows: list[dict] = []
    wrong = WRONG
    wrong.clear()
    for part in parts:
        gold_corpus = load_corpus([REAL / part])

        def on_article(source, facts, draft, mapping, part=part, gold_corpus=gold_corpus):
            lang = source.language
            article = source.text or ""

            def canon(v):
                return mapping.get(v, v)

            def actor(a):
                return gold_corpus.actors.get(a) or bundled.actors.get(a) or draft.actors.get(a)

            def label(a):
                x = actor(a)
                return x.label(lang) if x else a

            gold = [
                f for f in facts if f.type == "membership" and (actor(f.values["holder"]) or object()).type == "person"
            ]
            drafted = {}
            for f in draft.facts:
                if f.type == "membership":
                    v = f.values
                    drafted.setdefault((canon(v["holder"]), v["role"], canon(v["organisation"])), f)
            named = {canon(v) for f in draft.facts for v in f.values.values() if isinstance(v, str)}
            gold_keys = {(f.values["holder"], f.values["role"], f.values["organisation"]) for f in gold}
            for key, f in drafted.items():
                h, r, o = key
                who = actor(h)
                if key in gold_keys or who is None or who.type != "person":
                    continue
                theirs = [(gr, go) for gh, gr, go in gold_keys if gh == h]
                wrong.append(
                    {
                        "part": part,
                        "article": source.id,
                        "lang": lang,
                        "holder": h,
                        "role": r,
                        "body": o,
                        "body_label": label(o),
                        "class": "same role, other body"
                        if any(gr == r for gr, _ in theirs)
                        else "same body, other role"
                        if any(go == o for _, go in theirs)
                        else "other post of a gold holder"
                        if theirs
                        else "holder has no gold post",
                        "gold": [f"{gr} {label(go)}" for gr, go in sorted(theirs)],
                        "evidence": " | ".join(f.evidence)[:240] if hasattr(f, "evidence") else "",
                    }
                )
            for f in gold:
                key = (f.values["holder"], f.values["role"], f.values["organisation"])
                if key in drafted:
                    continue
                h, r, o = key
                evidence = " | ".join(f.quotes)
                person = actor(h)
                names = sorted(set(person.names.values())) if person else [h]
                mine = sorted((k[1], k[2]) for k in drafted if k[0] == h)
                if any(role == r for role, _ in mine):
                    drafted_as = "same role, other body"
                elif any(body == o for _, body in mine):
                    drafted_as = "same body, other role"
                elif mine:
                    drafted_as = "other role and body"
                else:
                    drafted_as = "none"
                posts = P.find_posts(evidence, lang)
                clause = _clause(article, f.quotes[0] if f.quotes else "", names)
                rows.append(
                    {
                        "part": part,
                        "article": source.id,
                        "lang": lang,
                        "holder": h,
                        "role": r,
                        "body": o,
                        "body_label": label(o),
                        "evidence": evidence,
                        "class": classify(clause or evidence, lang, r, names),
                        "person": h in named,
                        "drafted_as": drafted_as,
                        "mine": [f"{role} {label(body)}" for role, body in mine],
                        "body_drafted": o in named,
                        "body_registry": o in bundled.actors,
                        "post_seen": "gold role" if any(p.role == r for p in posts) else ("other" if posts else "none"),
                        "name_form": "initials"
                        if any(_INITIALS.search(n) for n in names) or _INITIALS.search(evidence)
                        else "surname first, patronymic"
                        if _PATRONYMIC.search(evidence)
                        else "plain",
                    }
                )

        evaluate([REAL / part], on_article=on_article)
        print(f"  read {part}", file=sys.stderr, flush=True)
    return rows


def render(parts: list[str], rows: list[dict]) -> str:
    per = [sum(1 for r in rows if r["lang"] == lang) for lang in LANGS]
    out = [
        "Census of the person → post facts the extractor misses, by wording",
        f"parts: {', '.join(parts)} (tuning only); command: python benchmarks/post_census.py",
        f"missed gold person → post facts: {len(rows)} (kk {per[0]}, ru {per[1]}, en {per[2]})",
        "",
    ]
    out += table_by_language("wording (first class that applies)", rows, "class", CLASSES)
    out += table_by_language("person drafted (named by any fact)", rows, "person", (True, False))
    out += table_by_language("membership drafted for the person", rows, "drafted_as", _DRAFTED_AS)
    out += table_by_language("body drafted (named by any fact)", rows, "body_drafted", (True, False))
    out += table_by_language("body in the bundled registry", rows, "body_registry", (True, False))
    out += table_by_language(
        "post word the rules read in the evidence", rows, "post_seen", ("gold role", "other", "none")
    )
    out += table_by_language("name form", rows, "name_form", ("plain", "initials", "surname first, patronymic"))
    cross = Counter((r["class"], r["drafted_as"]) for r in rows)
    out.append("wording × membership drafted for the person (" + " / ".join(_DRAFTED_AS) + "):")
    for c in CLASSES:
        out.append(f"  {c:<38} " + " ".join(f"{cross[(c, d)]:>4}" for d in _DRAFTED_AS))
    out.append("")
    wper = [sum(1 for r in WRONG if r["lang"] == lang) for lang in LANGS]
    out.append(
        f"wrong (drafted, not in the gold) person → post facts: {len(WRONG)} (kk {wper[0]}, ru {wper[1]}, en {wper[2]})"
    )
    out += table_by_language("wrong, by what the gold has for the holder", WRONG, "class", _WRONG)
    out.append("missed facts (part/article [lang] holder role body — drafted for the person — evidence):")
    for r in sorted(rows, key=lambda r: (CLASSES.index(r["class"]), r["part"], r["article"], r["holder"])):
        flags = [
            "person drafted" if r["person"] else "person not drafted",
            "body drafted" if r["body_drafted"] else "body not drafted",
            "registry body" if r["body_registry"] else "body not in registry",
            f"post word: {r['post_seen']}",
            f"name: {r['name_form']}",
        ]
        out.append(f"  [{r['class']}] {r['part']}/{r['article']} [{r['lang']}] {r['holder']} {r['role']} {r['body']}")
        out.append(f"      {'; '.join(flags)}; drafted: {', '.join(r['mine']) or 'nothing'}")
        out.append(f"      text: {r['evidence'][:240]}")
    out.append("")
    out.append("wrong facts (part/article [lang] holder role body label — the gold's posts of the holder):")
    for r in sorted(WRONG, key=lambda r: (_WRONG.index(r["class"]), r["part"], r["article"], r["holder"])):
        out.append(f"  [{r['class']}] {r['part']}/{r['article']} [{r['lang']}] {r['holder']} {r['role']} {r['body']}")
        out.append(f"      body: {r['body_label']}; gold: {', '.join(r['gold']) or 'nothing'}")
    return "\n".join(out) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_parts_option(ap)
    ap.add_argument("-o", "--output", default=str(ROOT / "benchmarks" / "results" / "post_census.txt"))
    ap.add_argument(
        "--after",
        action="store_true",
        help="with the components as shipped (default: without them, the census before)",
    )
    ap.add_argument(
        "--main",
        action="store_true",
        help="the English chamber's deputy on, the sixteenth session's readings off (the census they were built from)",
    )
    args = ap.parse_args()
    _switch(on=args.after or args.main, readings=args.after)
    parts = checked(args.parts)
    rows = census(parts)
    text = render(parts, rows)
    flag = "--after" if args.after else "--main" if args.main else ""
    if flag:
        text = text.replace("post_census.py\n", f"post_census.py {flag}\n", 1)
    if flag and args.output.endswith("post_census.txt"):
        args.output = args.output.replace(
            "post_census.txt", "post_census_after.txt" if args.after else "post_census16.txt"
        )
    publish(text, args.output, head=text.split("\nmissed facts")[0])


def _switch(*, on: bool, readings: bool) -> None:
    """The components built after the censuses as shipped (``on``: the English chamber's deputy, the sixteenth
    session's readings), or off (the census before them)."""
    import kg.extract.bodies as bodies
    import kg.extract.patterns as P
    import kg.extract.rules.memberships as memberships

    P.CHAMBER_DEPUTY = on
    memberships.READINGS16 = P.READINGS16 = bodies.SAME_HOLDER = readings
    P._posts.cache_clear()


if __name__ == "__main__":
    main()
