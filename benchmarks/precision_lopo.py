"""Leave one tuning part out: do the per-rule confidence caps (``kg.extract.draft.RULE_CAPS``) carry to a part they
were not fitted on?

Every tuning part (``benchmarks/_parts.py``; a held-out part is never read) is extracted once with the rule caps
off (the kind caps of ``kg.extract.draft.CAPS`` stay on), and every drafted fact is judged right or wrong as the
confidence table of ``kg extract --evaluate`` judges it (``benchmarks/precision_census.py``). Then for each part the
caps are fitted on the OTHER parts alone (:func:`fit`) and applied to the part left out. Summed over the parts left
out, before (no rule caps) and after (the caps fitted without the part):

* the share right per confidence band, and the mean confidence in it (a calibrated band has them close);
* the Brier score, the expected calibration error (ECE) and the AUC (the chance that a right fact is drafted
  with a higher confidence than a wrong one, ties half: how well ``--min-confidence`` drops the wrong first);
* all-facts precision, recall and F1 at each ``--min-confidence`` floor (at 0, the default, caps change nothing);
* a default floor fitted on the other parts (the best all-facts F1, then precision, then the lower floor): would
  leaving low facts out by default pay on a part not fitted on?

The fit on all the parts is printed as the table ``RULE_CAPS`` ships. Then the rule guards of the pass (an English
plural event noun drafts no event, ``kg.extract.rules.events._PLURAL``), off -> on where the other parts gain, and
every part extracted again as shipped (the same facts as without the caps).

    $ python benchmarks/precision_lopo.py          # writes benchmarks/results/precision_lopo.txt (about 3 minutes)
    $ python benchmarks/precision_lopo.py --parts dev test2 -o -

This is a measurement, not a test: it prints figures and asserts nothing.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks._parts import add_parts_option, checked, publish  # noqa: E402
from benchmarks.precision_census import Article, Fact, collect, guards_off  # noqa: E402
from kg.extract.evaluate import BANDS, Score, band_of  # noqa: E402

#: The weight (in facts) a cell's share is drawn toward its rule's, and a rule's toward all facts'.
WEIGHT = 10
#: Taken off the drawn share before it is rounded down to a step of 0.05.
MARGIN = 0.05
STEP = 0.05
FLOORS = (0.0, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8)
DEFAULT_FLOORS = (0.0, 0.3, 0.4, 0.5)

Cell = tuple[str, str, float]


def cell(f: Fact) -> Cell:
    return (f.type, f.rule, f.confidence)


def fit(facts: list[Fact]) -> dict[Cell, float]:
    """(type, rule, confidence drafted) -> cap, for the cells whose drawn share is below the confidence drafted."""
    facts = [f for f in facts if f.items]
    share_all = sum(f.right for f in facts) / len(facts)
    rules: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    cells: dict[Cell, list[int]] = defaultdict(lambda: [0, 0])
    for f in facts:
        for counts in (rules[(f.type, f.rule)], cells[cell(f)]):
            counts[0] += f.right
            counts[1] += 1
    caps = {}
    for key, (right, n) in cells.items():
        rr, nn = rules[key[:2]]
        share_rule = (rr + WEIGHT * share_all) / (nn + WEIGHT)
        share = (right + WEIGHT * share_rule) / (n + WEIGHT) - MARGIN
        cap = round(int(share / STEP + 1e-9) * STEP, 2)
        if cap < key[2]:
            caps[key] = cap
    return caps


def capped(f: Fact, caps: dict[Cell, float]) -> float:
    return min(f.confidence, caps.get(cell(f), f.confidence))


def calibration(facts: list[Fact], conf: dict[int, float]) -> dict:
    """Bands (drafted, right, summed confidence), Brier, ECE and AUC of ``facts`` under the confidences ``conf``."""
    facts = [f for f in facts if f.items]
    bands = {b: [0, 0, 0.0] for b in BANDS}
    for f in facts:
        c = conf[id(f)]
        row = bands[band_of(c)]
        row[0] += 1
        row[1] += f.right
        row[2] += c
    n = len(facts)
    brier = sum((conf[id(f)] - f.right) ** 2 for f in facts) / n
    ece = sum(abs(r - s) for _, r, s in bands.values()) / n
    pos = Counter(conf[id(f)] for f in facts if f.right)
    neg = Counter(conf[id(f)] for f in facts if not f.right)
    won = sum(pn * nn * (1.0 if p > q else 0.5 if p == q else 0.0) for p, pn in pos.items() for q, nn in neg.items())
    auc = won / (sum(pos.values()) * sum(neg.values())) if pos and neg else 0.0
    return {"bands": bands, "brier": brier, "ece": ece, "auc": auc, "n": n}


def at_floor(articles: list[Article], conf: dict[int, float], floor: float) -> Score:
    """All-facts items scored as ``--min-confidence floor`` would keep the facts (the evaluator's ``all facts``)."""
    score = Score()
    for a in articles:
        found: Counter = Counter()
        for f in a.facts:
            if conf[id(f)] >= floor:
                found.update(f.items)
        score.tp += sum((a.gold & found).values())
        score.fp += sum((found - a.gold).values())
        score.fn += sum((a.gold - found).values())
    return score


def _prf(s: Score) -> str:
    return f"P {s.precision:.4f} R {s.recall:.4f} F1 {s.f1:.4f} ({s.tp}/{s.fp}/{s.fn})"


def _fit_floor(articles: list[Article], conf: dict[int, float]) -> float:
    def key(i_floor):
        i, floor = i_floor
        s = at_floor(articles, conf, floor)
        return (round(s.f1, 6), round(s.precision, 6), -i)

    return max(enumerate(DEFAULT_FLOORS), key=key)[1]


def render(parts: list[str], articles: list[Article]) -> str:
    facts = [f for a in articles for f in a.facts]
    before = {id(f): f.confidence for f in facts}
    after: dict[int, float] = {}
    fitted: dict[str, dict[Cell, float]] = {}
    for part in parts:
        caps = fit([f for f in facts if f.part != part])
        fitted[part] = caps
        after.update({id(f): capped(f, caps) for f in facts if f.part == part})
    lines = [
        "Leave one tuning part out: the per-rule confidence caps (kg.extract.draft.RULE_CAPS)",
        f"date: {dt.date.today().isoformat()}; parts: {', '.join(parts)}; command: python benchmarks/precision_lopo.py",
        f"before: no rule caps (the kind caps CAPS on); after: the caps fitted on the other parts only (weight "
        f"{WEIGHT}, margin {MARGIN}), applied to the part left out",
        "",
        "calibration, summed over the parts left out:",
        f"  {'band':<6} {'before: drafted right share mean conf':>40} | {'after: drafted right share mean conf':>40}",
    ]
    cb, ca = calibration(facts, before), calibration(facts, after)
    for b in BANDS:
        cells = []
        for c in (cb, ca):
            n, r, s = c["bands"][b]
            cells.append(f"{n:>14} {r:>6} {r / n if n else 0:>6.2f} {s / n if n else 0:>10.2f}")
        lines.append(f"  {b:<6.1f} {cells[0]:>40} | {cells[1]:>40}")
    for name in ("brier", "ece", "auc"):
        lines.append(f"  {name:<6} {cb[name]:>40.4f} | {ca[name]:>40.4f}")
    lines += ["", "all facts at each --min-confidence floor, summed over the parts left out (tp/fp/fn):"]
    for floor in FLOORS:
        lines.append(
            f"  ≥ {floor:.1f}  before {_prf(at_floor(articles, before, floor))}"
            f"  after {_prf(at_floor(articles, after, floor))}"
        )
    lines += ["", "a default floor fitted on the other parts (best all-facts F1), with the caps fitted likewise:"]
    dropped, kept = Score(), Score()
    for part in parts:
        others = [a for a in articles if a.part != part]
        here = [a for a in articles if a.part == part]
        floor = _fit_floor(others, after)
        for total, fl in ((kept, 0.0), (dropped, floor)):
            total.add(at_floor(here, after, fl))
        lines.append(f"  {part:<7} floor {floor:.1f}")
    lines.append(f"  sum: no default floor {_prf(kept)}; the fitted floor {_prf(dropped)}")
    lines += [
        "",
        "every part (no fit needed at floor 0: caps change no fact; AUC and precision at ≥ 0.7 before → after):",
        f"  {'part':<7} {'all facts at 0':>44} {'AUC':>15} {'P ≥ 0.7':>15} {'caps':>5}",
    ]
    for part in parts:
        here = [a for a in articles if a.part == part]
        pf = [f for f in facts if f.part == part]
        a0 = at_floor(here, before, 0.0)
        auc = (calibration(pf, before)["auc"], calibration(pf, after)["auc"])
        p7 = (at_floor(here, before, 0.7).precision, at_floor(here, after, 0.7).precision)
        lines.append(
            f"  {part:<7} {_prf(a0):>44} {auc[0]:>6.3f} → {auc[1]:.3f} {p7[0]:>6.3f} → {p7[1]:.3f}"
            f" {len(fitted[part]):>5}"
        )
    lines += ["", "fitted on all the parts (kg.extract.draft.RULE_CAPS):"]
    for key, cap in sorted(fit(facts).items()):
        lines.append(f"    {key!r}: {cap},")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> None:
    import kg.extract.draft as draft

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_parts_option(ap)
    ap.add_argument("-o", "--output", default=str(ROOT / "benchmarks" / "results" / "precision_lopo.txt"))
    ap.add_argument("--quick", action="store_true", help="skip the second extraction, with the caps as shipped")
    args = ap.parse_args(argv)
    parts = checked(args.parts)
    shipped = draft.RULE_CAPS
    draft.RULE_CAPS = {}
    try:
        articles = collect(parts)
        if not args.quick:
            with guards_off():
                unguarded = collect(parts)
    finally:
        draft.RULE_CAPS = shipped
    text = render(parts, articles)
    if not args.quick:
        text += render_guards(parts, unguarded, articles)
        text += as_shipped(parts, articles, collect(parts))
    publish(text, args.output)


def _kinds(articles: list[Article]) -> dict[str, Score]:
    """All facts and events (with their chairs) scored with every fact kept."""
    conf = {id(f): 1.0 for a in articles for f in a.facts}
    events = [
        Article(
            a.part,
            a.article,
            Counter({k: n for k, n in a.gold.items() if k[0] in ("event", "chair")}),
            [f for f in a.facts if f.type in ("event", "session")],
        )
        for a in articles
    ]
    return {"all facts": at_floor(articles, conf, 0.0), "events": at_floor(events, conf, 0.0)}


def render_guards(parts: list[str], off: list[Article], on: list[Article]) -> str:
    """The guards off -> on, the choice fitted on the other parts (on when their all-facts F1 is not lower and their
    precision higher), scored on the part left out."""
    lines = [
        "",
        "the rule guards (an English plural event noun drafts no event), off -> fitted on the other parts:",
        f"  {'part':<7} {'fitted':<6} {'events before':>44} {'after':>44} {'all facts before':>44} {'after':>44}",
    ]
    sums: dict[tuple[str, str], Score] = {}
    for part in parts:
        others_off = _kinds([a for a in off if a.part != part])["all facts"]
        others_on = _kinds([a for a in on if a.part != part])["all facts"]
        use = others_on.f1 >= others_off.f1 and others_on.precision > others_off.precision
        before = _kinds([a for a in off if a.part == part])
        after = _kinds([a for a in (on if use else off) if a.part == part])
        cells = []
        for kind in ("events", "all facts"):
            for when, score in (("before", before[kind]), ("after", after[kind])):
                sums.setdefault((kind, when), Score()).add(score)
                cells.append(f"{_prf(score):>44}")
        lines.append(f"  {part:<7} {'on' if use else 'off':<6} " + " ".join(cells))
    for kind in ("events", "all facts"):
        lines.append(f"  sum {kind:<10} before {_prf(sums[(kind, 'before')])}  after {_prf(sums[(kind, 'after')])}")
    return "\n".join(lines) + "\n"


def as_shipped(parts: list[str], before: list[Article], after: list[Article]) -> str:
    """Every part extracted again with the caps as shipped: the facts drafted (their items) and all facts' scores
    must be the same as without the caps; the share right per band, in sample."""
    lines = ["", "every part as shipped (the caps fitted on all parts, in sample): same facts? all facts P/R/F1; bands"]
    for part in parts:
        b = [a for a in before if a.part == part]
        a = [x for x in after if x.part == part]
        same = [sorted(f.items for f in x.facts) for x in b] == [sorted(f.items for f in x.facts) for x in a]
        conf = {id(f): f.confidence for x in a for f in x.facts}
        cal = calibration([f for x in a for f in x.facts], conf)
        bands = " ".join(f"{lo:.1f}:{r}/{n}" for lo, (n, r, _) in cal["bands"].items() if n)
        lines.append(f"  {part:<7} {'same' if same else 'CHANGED':<8} {_prf(at_floor(a, conf, 0.0))}  {bands}")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    main()
