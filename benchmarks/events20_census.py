"""Census of the events missed and drafted in excess on the tuning parts, the place and date pairs classed finer.

Built on ``benchmarks/events19_census.py`` (its pairing of a missed gold event with the extra drafted event of the
same article sharing most fields; its lone misses and extras), run with main before the round (``events.READINGS``:
the nineteenth session's ``curated-place`` only). What this census adds, for a pair that differs in its place or date:

* **place: gold has one, the draft none** — by where the article names the gold place (by its names' stems): in the
  event's own sentence, in the sentence before, in the dateline, elsewhere in the article, nowhere;
* **place: gold has none, the draft one** — by where the drafted place was read (the event's sentence, elsewhere),
  and its level;
* **place: another** — by the levels (region, district, town, country) of gold's place and the draft's: a region
  drafted where gold has the district or town, the reverse, another place of the same level;
* **date** — whether the draft's date or gold's is the publication date (a day's news) or a date the text gives.

The level of a place is read from its gold id (``…-region``, ``…-district``; a country by name), else "town".

    $ python benchmarks/events20_census.py                     # writes benchmarks/results/events20_census.txt
    $ python benchmarks/events20_census.py --parts test22 -o -

This reads the tuning parts only; it is a census, not a test, and asserts nothing.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks import events19_census as e19  # noqa: E402  (the pairing, read once)
from benchmarks._parts import REAL, census_main, table_by_language  # noqa: E402  (the parts, listed once)
from benchmarks.proposal_census import find_sentence  # noqa: E402

_COUNTRIES = frozenset({"estonia", "republic-of-kazakhstan", "kazakhstan", "turkey", "russia", "belgium", "france"})


def level(place: str) -> str:
    """region, district, country or town, read from a place id (gold's, or a new draft actor's)."""
    if not place:
        return "none"
    if re.search(r"-region$|oblast|oblys|облыс|област", place):
        return "region"
    if re.search(r"-district$|rayon|audan|район|аудан", place):
        return "district"
    if place in _COUNTRIES:
        return "country"
    return "town"


def _names(part: str) -> dict[str, list[str]]:
    """Place id -> its names in every language (the part's registry and the bundled one)."""
    import yaml

    out: dict[str, list[str]] = {}
    for path in (ROOT / "sources" / "actors.yaml", REAL / part / "actors.yaml"):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for a in data.get("actors", []) if isinstance(data, dict) else []:
            if a.get("type") != "place":
                continue
            forms = list((a.get("name") or {}).values())
            for also in a.get("also") or []:
                forms += list(also.values()) if isinstance(also, dict) else [also]
            out.setdefault(a["id"], []).extend(str(f) for f in forms)
    return out


def _stems(names: list[str]) -> list[str]:
    stems = []
    for name in names:
        word = re.split(r"[\s(]", name.strip())[0].casefold()
        if len(word) >= 3:
            stems.append(word[: max(4, len(word) - 3)])
    return stems


def _named_where(doc: Any, n: int | None, stems: list[str]) -> str:
    """Where the article names a place (by ``stems``), seen from the event's sentence ``n``."""
    sentences = doc.article.sentences

    def holds(k: int) -> bool:
        t = sentences[k].text.casefold()
        return any(re.search(r"(?<!\w)" + re.escape(s), t) for s in stems)

    if n is not None and holds(n):
        return "in the event's sentence"
    if n is not None and n > 0 and holds(n - 1):
        return "in the sentence before"
    if stems and sentences and re.match(r"\s*[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ-]{3,}[.,]", sentences[0].text) and holds(0):
        return "in the dateline"
    if any(holds(k) for k in range(len(sentences))):
        return "elsewhere in the article"
    return "not named"


def _refine(row: dict[str, Any], names: dict[str, list[str]]) -> str:
    """The finer class of a paired row (place and date); the events19 cause for every other row."""
    cause = row["cause"]
    if not cause.startswith("paired:") or "chair" in cause or row["kind"] != "missed":
        return cause
    g, p = row["item"], row["drafted"]
    doc, source = row["doc"], row["source"]
    classes = []
    if g[1] != p[1]:
        pub = source.date
        if p[1] == pub:
            classes.append("date: draft the publication date, gold one the text gives")
        elif g[1] == pub:
            classes.append("date: gold the publication date, draft one the text gives")
        else:
            classes.append("date: both from the text, another day")
    if g[2] != p[2]:
        n = find_sentence(doc.article.sentences, row["gquotes"].get(g) or [])
        if not p[2]:
            where = _named_where(doc, n, _stems(names.get(g[2], [g[2]])))
            classes.append(f"place: gold {level(g[2])}, draft none; gold's named {where}")
        elif not g[2]:
            f = row["pfacts"].get(p)
            k = f.sentence if f is not None else None
            drafted = names.get(p[2]) or [doc.linker.label(p[2], lang) for lang in ("kk", "ru", "en")]
            where = _named_where(doc, k, _stems([x for x in drafted if x]))
            classes.append(f"place: gold none, draft {level(p[2])} named {where}")
        else:
            lg, lp = level(g[2]), level(p[2])
            if lg == lp:
                classes.append(f"place: another {lg}")
            else:
                classes.append(f"place: draft {lp} for gold's {lg}")
    if g[3] != p[3]:
        classes.append("format")
    return " + ".join(classes)


def census(parts: list[str]) -> dict[str, Any]:
    """The rows of ``events19_census.census`` with main before the round (``curated-place`` on, this round's readings
    off), each classed finer."""
    found = e19.census(parts, readings=frozenset({"curated-place"}))
    names = {part: _names(part) for part in parts}
    for row in found["rows"]:
        row["class"] = _refine(row, names[row["part"]])
        for k in ("doc", "source", "pfacts", "gquotes"):
            row.pop(k, None)
    return found


def render(parts: list[str], found: dict[str, Any]) -> str:
    t, rows = found["totals"], found["rows"]
    gold = sum(t[(p, "gold")] for p in parts)
    drafted = sum(t[(p, "drafted")] for p in parts)
    right = sum(t[(p, "right")] for p in parts)
    lines = [
        "Census of events: missed and extra, the place and date pairs classed finer (benchmarks/events20_census.py;"
        " main before the round: events.READINGS = curated-place)",
        f"date: {dt.date.today().isoformat()}; parts: {', '.join(parts)}",
        "",
        f"event items (event and chair): gold {gold}, drafted {drafted}, right {right};"
        f" missed {gold - right}, extra {drafted - right}",
        "(a pair is one missed and one extra item: counted once below, as missed)",
        "",
        f"{'part':<8} {'gold':>5} {'drafted':>8} {'right':>6}",
    ]
    lines += [f"{p:<8} {t[(p, 'gold')]:>5} {t[(p, 'drafted')]:>8} {t[(p, 'right')]:>6}" for p in parts]
    lines.append("")
    counts = Counter(r["class"] for r in rows)
    lines += table_by_language("class", rows, "class", sorted(counts, key=lambda c: (-counts[c], c)))
    lines += ["every row (part, article, class; gold item -> drafted item; gold sentence / draft's why :: sentence):"]
    for r in sorted(rows, key=lambda r: (r["class"], r["part"], r["article"])):
        g = " ".join(map(str, r["item"])) if r["kind"] == "missed" else "-"
        d = " ".join(map(str, r["drafted"])) if r.get("drafted") else "-"
        lines.append(f"- {r['part']} {r['article']} | {r['class']} | {g} -> {d}")
        if r.get("gold"):
            lines.append(f"    gold:  {r['gold']}")
        if r.get("quote"):
            lines.append(f"    draft: {r['quote']}")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    census_main(census, render, "events20_census", __doc__)
