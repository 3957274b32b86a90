"""Census of the persons the extractor misses or drafts wrongly on the tuning parts, and why.

For every tuning part (``benchmarks/_parts.py``; never a held-out part) the extractor is scored as ``kg extract
--evaluate`` does, with the extractor's mentions of each article kept. Each gold person no drafted fact names
(a missed person) is looked at:

(``READINGS17`` off by default — the census the session's readings were built from — or on with ``--after``.)

* **where the mention finder stands**: is the name found in the text at all (a word sharing the first five
  letters of a word of one of the person's labels)? Where it is, does a mention of the kind ``person`` cover it,
  a mention of another kind (an organisation, a place), or none?
* **why** (the first class that applies): ``no mention`` (the finder read nothing there), ``read as another
  kind``, ``mention, no fact uses it`` (the person is found but no rule ties them to a fact the gold keeps),
  ``mention, linked elsewhere`` (a person mention linked to another registry or gold actor);
* **name shape** of the text's words: ``initials`` ("M.D. Zhumagulov"), ``capitals`` ("ЕЛЕНА ВАВИЛОВА"),
  ``patronymic`` ("Кенжебек Мамашбайұлы", "Кемелевича"), ``surname alone`` (only one word of the name near
  each occurrence), ``plain``.

Each drafted person the gold lacks (a wrong person) is listed with the gold's nearest name, if any.

The person → post half of the census is :mod:`benchmarks.post_census` (run with the components as shipped):
its tables are appended, so one file says what is missed of both.

    $ python benchmarks/persons17_census.py           # the readings of this session off: persons17_census.txt
    $ python benchmarks/persons17_census.py --after   # as shipped: persons17_census_after.txt
    $ python benchmarks/persons17_census.py --parts test19 -o -

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

from benchmarks._parts import add_parts_option, census_parts, checked, publish, table_by_language  # noqa: E402

LANGS = ("kk", "ru", "en")
WHY = (
    "no mention",
    "read as another kind",
    "mention, linked elsewhere",
    "mention, no fact uses it",
    "name not in text",
)
SHAPES = ("initials", "capitals", "patronymic", "surname alone", "plain")
_WORD = re.compile(r"[^\W\d_]+")
_INITIALS = re.compile(r"(?<![\w-])(?:[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]\.\s?){1,3}\s?[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w-]+")
_PATRONYMIC = re.compile(r"(?i)\w+(?:ович|евич|овна|евна|ұлы|қызы|улы|кызы|ovich|evich|ovna|evna|uly|kyzy)\w{0,3}\b")


def _stems(names: list[str]) -> set[str]:
    return {w.casefold()[:5] for n in names for w in _WORD.findall(n) if len(w) > 2}


def _occurrences(text: str, stems: set[str]) -> list[tuple[int, int]]:
    """Runs of adjacent words (a space, a dot or a hyphen between) that share a stem with the names."""
    out: list[tuple[int, int]] = []
    for m in _WORD.finditer(text):
        if len(m.group()) > 2 and m.group().casefold()[:5] in stems:
            if out and re.fullmatch(r"[\s.\-]*(?:[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]\.\s?)*", text[out[-1][1] : m.start()]):
                out[-1] = (out[-1][0], m.end())
            else:
                out.append((m.start(), m.end()))
    return out


def _shape(text: str, spans: list[tuple[int, int]], names: list[str]) -> str:
    around = [text[max(0, a - 12) : b + 25] for a, b in spans]
    if any(_INITIALS.search(t) for t in around):
        return "initials"
    words = [text[a:b] for a, b in spans]
    if any(w.upper() == w and len(w) > 3 for w in words):
        return "capitals"
    if any(_PATRONYMIC.search(t) for t in around):
        return "patronymic"
    if spans and all(len(_WORD.findall(w)) == 1 for w in words) and any(len(_WORD.findall(n)) > 1 for n in names):
        return "surname alone"
    return "plain"


def census(parts: list[str]) -> tuple[list[dict], list[dict]]:
    """(missed persons, wrong persons), one row each."""
    from benchmarks._parts import REAL
    from kg.extract.evaluate import entity_items
    from kg.extract.linker import coarse_type
    from kg.sources import load_corpus

    bundled = load_corpus()
    missed: list[dict] = []
    wrong: list[dict] = []
    gold_by_part: dict[str, object] = {}

    def on_article(part, source, facts, draft, mapping, doc):
        gold_corpus = gold_by_part.get(part) or gold_by_part.setdefault(part, load_corpus([REAL / part]))
        lang = source.language
        text = source.text or ""

        def actor(a):
            return gold_corpus.actors.get(a) or bundled.actors.get(a) or draft.actors.get(a)

        def gtype(a):
            x = gold_corpus.actors.get(a) or bundled.actors.get(a)
            return x.type if x else None

        def ptype(a):
            x = draft.actors.get(a) or gold_corpus.actors.get(a) or bundled.actors.get(a)
            return x.type if x else None

        def canon(v):
            return mapping.get(v, v)

        gold_p = {i for k, i in entity_items([(f.type, f.values) for f in facts], gtype, lambda v: v) if k == "person"}
        pred_p = {i for k, i in entity_items([(f.type, f.values) for f in draft.facts], ptype, canon) if k == "person"}
        # the mentions the extractor saw, with offsets in the article
        ments = []
        for k, sent in enumerate(doc.article.sentences):
            for m in doc.mentions[k]:
                ments.append((sent.start + m.start, sent.start + m.end, m, k))
        for pid in sorted(gold_p - pred_p):
            person = actor(pid)
            names = (
                sorted(set(person.names.values()) | {t for _l, t in getattr(person, "also", ()) or ()})
                if person
                else [pid]
            )
            spans = _occurrences(text, _stems(names))
            kinds = []
            for a, b in spans:
                over = [m for s, e, m, _ in ments if s < b and a < e]
                kinds.append(over)
            if not spans:
                why = "name not in text"
            elif not any(kinds):
                why = "no mention"
            elif not any(m.kind == "person" for over in kinds for m in over):
                why = "read as another kind"
            elif any(
                m.kind == "person" and m.actor and gtype(m.actor) and canon(m.actor) != pid
                for over in kinds
                for m in over
            ):
                why = "mention, linked elsewhere"
            else:
                why = "mention, no fact uses it"
            seen = [
                f"{text[a:b]!r}→" + ",".join(f"{m.kind}:{m.text!r}" for m in over) if over else f"{text[a:b]!r}→-"
                for (a, b), over in zip(spans, kinds)
            ]
            missed.append(
                {
                    "part": part,
                    "article": source.id,
                    "lang": lang,
                    "person": pid,
                    "names": names,
                    "why": why,
                    "shape": _shape(text, spans, names),
                    "seen": seen[:4],
                    "context": [text[max(0, a - 60) : b + 60].replace("\n", "⏎") for a, b in spans[:2]],
                }
            )
        for pid in sorted(pred_p - gold_p):
            x = actor(pid)
            wrong.append(
                {
                    "part": part,
                    "article": source.id,
                    "lang": lang,
                    "person": pid,
                    "label": x.label(lang) if x else pid,
                    "gold_type": coarse_type(gtype(pid)) if gtype(pid) else "new",
                }
            )

    census_parts(parts, on_article)
    return missed, wrong


def render(parts: list[str], missed: list[dict], wrong: list[dict], command: str) -> str:
    per = [sum(1 for r in missed if r["lang"] == lang) for lang in LANGS]
    wper = [sum(1 for r in wrong if r["lang"] == lang) for lang in LANGS]
    out = [
        "Census of the persons the extractor misses or drafts wrongly, by cause",
        f"parts: {', '.join(parts)} (tuning only); command: {command}",
        f"missed gold persons: {len(missed)} (kk {per[0]}, ru {per[1]}, en {per[2]});"
        f" drafted persons the gold lacks: {len(wrong)} (kk {wper[0]}, ru {wper[1]}, en {wper[2]})",
        "",
    ]
    out += table_by_language("why missed (first that applies)", missed, "why", WHY)
    out += table_by_language("name shape in the text", missed, "shape", SHAPES)
    cross = Counter((r["why"], r["shape"]) for r in missed)
    out.append("why × shape (" + " / ".join(SHAPES) + "):")
    for w in WHY:
        out.append(f"  {w:<38} " + " ".join(f"{cross[(w, s)]:>4}" for s in SHAPES))
    out += ["", "missed persons (part/article [lang] person — why, shape — occurrences → mentions over them):"]
    for r in sorted(missed, key=lambda r: (WHY.index(r["why"]), r["part"], r["article"], r["person"])):
        out.append(f"  [{r['why']}; {r['shape']}] {r['part']}/{r['article']} [{r['lang']}] {r['person']}")
        out.append(f"      names: {' | '.join(r['names'])}")
        out.append(f"      seen: {' ; '.join(r['seen']) or '-'}")
        for c in r["context"]:
            out.append(f"      text: …{c}…")
    out += ["", "drafted persons the gold lacks (part/article [lang] id label — the gold's type of the id):"]
    for r in sorted(wrong, key=lambda r: (r["part"], r["article"], r["person"])):
        out.append(f"  {r['part']}/{r['article']} [{r['lang']}] {r['person']} {r['label']!r} ({r['gold_type']})")
    return "\n".join(out) + "\n"


def _switch(*, on: bool) -> None:
    """The seventeenth session's readings as shipped (``on``), or off: the census before them (the code of ``main``
    before the session's work; every change is behind these switches)."""
    import kg.extract.bodies as bodies
    import kg.extract.en as en
    import kg.extract.mentions as mentions
    import kg.extract.patterns as P
    import kg.extract.reader as reader
    import kg.extract.rules.memberships as memberships

    for module in (P, reader, mentions, en, memberships, bodies):
        module.READINGS17 = on  # type: ignore[attr-defined]
    bodies.SHORT_AS_NAMED = on
    P._posts.cache_clear()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_parts_option(ap)
    ap.add_argument("-o", "--output", default=str(ROOT / "benchmarks" / "results" / "persons17_census.txt"))
    ap.add_argument(
        "--after", action="store_true", help="with the session's readings on (default: off, the census before)"
    )
    ap.add_argument("--no-posts", action="store_true", help="leave out the person → post half")
    args = ap.parse_args()
    parts = checked(args.parts)
    command = "python benchmarks/persons17_census.py" + (" --after" if args.after else "")
    if args.after and args.output.endswith("persons17_census.txt"):
        args.output = args.output.replace("persons17_census.txt", "persons17_census_after.txt")
    _switch(on=args.after)
    missed, wrong = census(parts)
    text = render(parts, missed, wrong, command)
    head = text.split("\nmissed persons")[0]
    if not args.no_posts:
        import benchmarks.post_census as pc

        pc._switch(on=True, readings=True)  # the person → post components of earlier sessions as shipped
        posts = pc.render(parts, pc.census(parts)).replace(
            "python benchmarks/post_census.py\n", f"{command} (post half)\n", 1
        )
        text += "\n\n" + posts
        head += "\n\n" + posts.split("\nmissed facts")[0]
    publish(text, args.output, head=head)


if __name__ == "__main__":
    main()
