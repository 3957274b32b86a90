"""Validation benchmark: `kg validate` time and peak memory against literal length and graph size.

    $ python benchmarks/bench_validate.py                          # 1,2,4 MB literals; 53,000 facts (~1 M triples)
    $ python benchmarks/bench_validate.py --literals 1,2 --facts 5000

Each step runs in its own process, so its peak memory (``ru_maxrss``) is its own:

- literal: the bundled graph with one proposal's ``rkg:content`` made N MB long, then
  ``validate(store=...)`` (the SHACL check of a built graph). Before validation went by chunks
  and term-by-term conversion, rdflib's N-Triples parser made this quadratic: 4.5/15/60 s for
  1/2/4 MB;
- synth: a ``kg synth`` corpus, first built (``build_store``, in memory) for the baseline, then
  validated end to end (``validate([corpus])``: sources read and checked, graph built, shapes
  checked in chunks).

This is a benchmark, not a test: it prints figures and asserts nothing. The machine's load
average is printed too: other work on the machine slows every figure alike.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def _peak_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# ---------------------------------------------------------------- workers (run in child processes)


def work_literal(megabytes: str) -> dict:
    from pyoxigraph import Literal, NamedNode, Quad

    from kg.store import build_store
    from kg.validate import validate

    store = build_store()
    content = NamedNode("https://w3id.org/reform-kg/ontology#content")
    quad = next(iter(store.quads_for_pattern(None, content, None)))
    store.remove(quad)
    text = "proposes " * int(float(megabytes) * 2**20 / 9)
    store.add(Quad(quad.subject, content, Literal(text, language="en")))
    started = time.perf_counter()
    report = validate(store=store)
    return {
        "seconds": time.perf_counter() - started,
        "peak_mb": _peak_mb(),
        "triples": report.triples,
        "conforms": report.conforms,
        "chars": len(text),
    }


def work_build(corpus: str) -> dict:
    from kg.store import build_store

    started = time.perf_counter()
    store = build_store([corpus])
    return {"seconds": time.perf_counter() - started, "peak_mb": _peak_mb(), "triples": len(store)}


def work_validate(corpus: str) -> dict:
    from kg.validate import validate

    started = time.perf_counter()
    report = validate([corpus])
    return {
        "seconds": time.perf_counter() - started,
        "peak_mb": _peak_mb(),
        "triples": report.triples,
        "conforms": report.conforms,
        "problems": len(report.problems),
    }


WORKERS = {"literal": work_literal, "build": work_build, "validate": work_validate}


def child(kind: str, arg: str) -> dict:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, __file__, "--worker", kind, arg], env=env, capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        raise SystemExit(f"{kind} {arg} failed:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


# ---------------------------------------------------------------- main


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--literals", default="1,2,4", help="literal sizes in MB, comma-separated")
    parser.add_argument("--facts", type=int, default=53_000, help="facts in the synthetic corpus (0: skip)")
    parser.add_argument("--worker", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        kind, arg = args.worker
        print(json.dumps(WORKERS[kind](arg)))
        return

    print(
        f"# {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, load average {os.getloadavg()[0]:.1f} "
        f"on {os.cpu_count()} CPUs"
    )
    print(f"{'case':<34}{'triples':>11}{'seconds':>10}{'peak MB':>10}  result")
    for size in [s for s in args.literals.split(",") if s]:
        r = child("literal", size)
        print(
            f"{f'validate, one {size} MB literal':<34}{r['triples']:>11,}{r['seconds']:>10.1f}{r['peak_mb']:>10.0f}  "
            f"{'conforms' if r['conforms'] else 'problems'}",
            flush=True,
        )
    if args.facts:
        with tempfile.TemporaryDirectory(prefix="bench-validate-") as tmp:
            corpus = Path(tmp) / "corpus"
            subprocess.run(
                [sys.executable, "-m", "kg", "synth", str(corpus), "--facts", str(args.facts)],
                env={**os.environ, "PYTHONPATH": str(ROOT)},
                check=True,
                capture_output=True,
            )
            built = child("build", str(corpus))
            print(
                f"{f'build, kg synth --facts {args.facts}':<34}{built['triples']:>11,}{built['seconds']:>10.1f}"
                f"{built['peak_mb']:>10.0f}  (baseline)",
                flush=True,
            )
            checked = child("validate", str(corpus))
            print(
                f"{f'validate, kg synth --facts {args.facts}':<34}{checked['triples']:>11,}"
                f"{checked['seconds']:>10.1f}{checked['peak_mb']:>10.0f}  "
                f"{'conforms' if checked['conforms'] else str(checked['problems']) + ' problems'}; "
                f"{checked['peak_mb'] / built['peak_mb']:.1f}x build's memory, "
                f"{checked['triples'] / checked['seconds']:,.0f} triples/s",
                flush=True,
            )


if __name__ == "__main__":
    main()
