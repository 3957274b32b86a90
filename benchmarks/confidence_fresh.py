"""What a drafted fact's confidence means on a part no rule was written from: each tuning part replayed as it was
first scored, held out, with the rules of that day.

Every part from ``test6`` on was held out when it was made and scored once by the lead with the rules of that
session's start before anything was fitted on it (``benchmarks/results/extract_test_parts.txt`` names the commit).
This checks out each such commit from git into a temporary worktree, drafts its part with that commit's code and
judges every drafted fact right or wrong as that commit's ``kg extract --evaluate`` did (the confidence table's
rule: the surest draft claims its gold item first). Summed over the parts, the share right per fact type and
confidence band is what a band meant on new text when it was drafted; beside it, the same parts drafted by the
rules of this checkout, which were fitted on them (in sample). A calibrated band has its share near its confidence
in the first column; the second shows how far fitting lifts it.

    $ python benchmarks/confidence_fresh.py    # writes benchmarks/results/confidence_fresh.txt (about 3 minutes)
    $ python benchmarks/confidence_fresh.py --parts test35 test36 -o -

It needs git and the repository's history (a shallow clone lacks the old commits: those parts are skipped and
named). This is a measurement, not a test: it prints figures and asserts nothing.
"""

from __future__ import annotations

import json
import sys

# (``--dump WORKTREE DATA PART…``) the worker, run inside an old checkout: its ``kg`` is imported before this
# checkout's, so nothing of this repository's code may be imported first.
if __name__ == "__main__" and len(sys.argv) > 1 and sys.argv[1] == "--dump":
    sys.path.insert(0, sys.argv[2])
    import kg.extract.evaluate as _old

    _score = _old.score_article
    _part = {"name": ""}

    def _judged(result, article, lang, gold_facts, pred_facts, *, gold_type, pred_type, canon=lambda v: v):
        from collections import Counter

        left = Counter(_old.relation_items(gold_facts, lang, canon))
        for fact_type, values, confidence in sorted(pred_facts, key=lambda f: -f[2]):
            items = _old.fact_items(fact_type, values, lang, canon)
            if not items:
                continue
            right = left[items[0]] > 0
            left[items[0]] -= right
            row = {"part": _part["name"], "lang": lang, "type": fact_type, "confidence": confidence, "right": right}
            print(json.dumps(row, ensure_ascii=False))
        return _score(
            result, article, lang, gold_facts, pred_facts, gold_type=gold_type, pred_type=pred_type, canon=canon
        )

    _old.score_article = _judged
    for _name in sys.argv[4:]:
        _part["name"] = _name
        _old.evaluate([f"{sys.argv[3]}/{_name}"])
    sys.exit(0)

import argparse  # noqa: E402
import datetime as dt  # noqa: E402
import subprocess  # noqa: E402
import tempfile  # noqa: E402
from collections import defaultdict  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks._parts import REAL, TUNING, checked, publish  # noqa: E402
from kg.extract.evaluate import BANDS, band_of  # noqa: E402  (the bands of the confidence table)

#: Each part's first scoring, held out: the commit whose rules scored it (the session's start, as
#: ``benchmarks/results/extract_test_parts.txt`` records it).
FIRST_SCORED = {
    "test6": "bae5808",
    "test7": "290ac7c",
    "test8": "03db470",
    "test9": "2cfa2f5",
    "test10": "8078ff4",
    "test11": "6f9bb6d",
    "test12": "1e76b6c",
    "test13": "f353480",
    "test14": "3a4f259",
    "test15": "802f394",
    "test16": "0021168",
    "test17": "e5d973a",
    "test18": "571d05c",
    "test19": "d2832e0",
    "test20": "b9936f4",
    "test21": "7dd4c0e",
    "test22": "80c66fa",
    "test23": "8d1c053",
    "test24": "b1214b6",
    "test25": "7f59432",
    "test26": "c1e476d",
    "test27": "4fe7eef",
    "test28": "1c8bfe4",
    "test29": "b1929b5",
    "test30": "be394d3",
    "test31": "e5addf4",
    "test32": "5232a5f",
    "test33": "5eb1e9d",
    "test34": "5eb1e9d",
    "test35": "172e2d2",
    "test36": "172e2d2",
    "test37": "2ec0e2e",
    "test38": "2ec0e2e",
    "test39": "8d07d0e",
    "test40": "8d07d0e",
    "test41": "dfcb245",
    "test42": "dfcb245",
    "test43": "0f2be26",
    "test44": "0f2be26",
    "test45": "1394b3b",
    "test46": "1394b3b",
    "test47": "a82ae04",
    "test48": "a82ae04",
    "test49": "4012490",
    "test50": "4012490",
    "test51": "b629631",
    "test52": "e714c0e",
    "test53": "c8cfbad",
    "test54": "b480a86",
    "test55": "572925a",
    "test56": "425278b",
    "test57": "4b33b3d",
    "test58": "a51cd6d",
    "test59": "7073c50",
    "test60": "2e4b204",
    "test61": "cb238ad",
    "test62": "98071c4",
    "test63": "660f11f",
    "test64": "de4cbc6",
    "test65": "6026c82",
    "test66": "229fc23",
    "test67": "69bf2a3",
    "test68": "ec07acd",
    "test69": "2ef053d",
    "test70": "b17342e",
    "test71": "8eab850",
    "test72": "83b1789",
}
#: Each replay's limit, in seconds (a part drafts in well under a minute).
TIMEOUT_S = 600


def _dump(code: Path, parts: list[str]) -> list[dict]:
    """The judged drafts of ``parts`` by the checkout at ``code``; a replay that fails or runs past
    :data:`TIMEOUT_S` stops the run with its last line of error."""
    try:
        out = subprocess.run(
            [sys.executable, str(Path(__file__).resolve()), "--dump", str(code), str(REAL), *parts],
            cwd=code,
            capture_output=True,
            text=True,
            timeout=TIMEOUT_S,
            check=True,
        )
    except subprocess.TimeoutExpired:
        raise SystemExit(f"{', '.join(parts)}: the replay at {code} ran past {TIMEOUT_S} s") from None
    except subprocess.CalledProcessError as e:
        last = (e.stderr or "").strip().splitlines()[-1:] or ["no error output"]
        raise SystemExit(f"{', '.join(parts)}: the replay at {code} failed: {last[0]}") from None
    return [json.loads(line) for line in out.stdout.splitlines() if line.startswith("{")]


def replay(parts: list[str]) -> tuple[list[dict], list[str]]:
    """Each part's drafts as first scored (its commit checked out in a temporary worktree), and the parts whose commit
    this clone lacks."""
    by_commit: dict[str, list[str]] = defaultdict(list)
    for part in parts:
        by_commit[FIRST_SCORED[part]].append(part)
    rows: list[dict] = []
    missing: list[str] = []
    with tempfile.TemporaryDirectory(prefix="confidence-fresh-") as tmp:
        for commit, group in by_commit.items():
            tree = Path(tmp) / commit
            added = subprocess.run(
                ["git", "-C", str(ROOT), "worktree", "add", "--detach", "-q", str(tree), commit],
                capture_output=True,
                text=True,
            )
            if added.returncode != 0:
                missing += group
                continue
            try:
                rows += _dump(tree, group)
                print(f"  replayed {', '.join(group)} at {commit}", file=sys.stderr, flush=True)
            finally:
                subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)], check=False)
    return rows, missing


def table(fresh: list[dict], now: list[dict]) -> list[str]:
    """Right / drafted per fact type and band: first scoring (fresh) beside this checkout's rules (in sample)."""

    def counts(rows: list[dict]) -> dict[tuple[str, float], list[int]]:
        out: dict[tuple[str, float], list[int]] = defaultdict(lambda: [0, 0])
        for r in rows:
            for kind in (r["type"], "all facts"):
                cell = out[(kind, band_of(r["confidence"]))]
                cell[0] += int(r["right"])
                cell[1] += 1
        return out

    first, fitted = counts(fresh), counts(now)
    kinds = sorted({k for k, _ in first} | {k for k, _ in fitted}, key=lambda k: (k == "all facts", k))
    lines = [f"{'fact type':<12} {'band':>5} | {'first scoring (fresh)':>24} | {'this checkout (in sample)':>26}"]
    for kind in kinds:
        for b in BANDS:
            a, c = first.get((kind, b), [0, 0]), fitted.get((kind, b), [0, 0])
            if a[1] or c[1]:
                lines.append(f"{kind:<12} {b:>5.1f} | {_cell(a):>24} | {_cell(c):>26}")
        a = [sum(first.get((kind, b), [0, 0])[i] for b in BANDS) for i in (0, 1)]
        c = [sum(fitted.get((kind, b), [0, 0])[i] for b in BANDS) for i in (0, 1)]
        lines.append(f"{kind:<12} {'all':>5} | {_cell(a):>24} | {_cell(c):>26}")
    return lines


def _cell(counts: list[int]) -> str:
    right, drafted = counts
    return f"{right:4}/{drafted:<4} {right / drafted:.2f}" if drafted else "-"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--parts", nargs="*", default=[p for p in TUNING if p in FIRST_SCORED], help="parts to replay")
    ap.add_argument("-o", "--output", default=str(ROOT / "benchmarks" / "results" / "confidence_fresh.txt"))
    args = ap.parse_args(argv)
    parts = checked(args.parts)
    unknown = [p for p in parts if p not in FIRST_SCORED]
    if unknown:
        raise SystemExit(f"{', '.join(unknown)}: no first scoring recorded (FIRST_SCORED)")
    fresh, missing = replay(parts)
    now = _dump(ROOT, [p for p in parts if p not in missing])
    stamp = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    head = [
        f"# confidence on new text, {stamp}: {len(parts) - len(missing)} parts replayed as first scored "
        f"({len(fresh)} drafted, {sum(r['right'] for r in fresh)} right) beside this checkout's rules "
        f"({len(now)} drafted, {sum(r['right'] for r in now)} right)",
        "",
    ]
    if missing:
        head += [f"not replayed (their commit is not in this clone): {', '.join(missing)}", ""]
    publish("\n".join(head + table(fresh, now)) + "\n", args.output)
    return 0


if __name__ == "__main__":
    sys.exit(main())
