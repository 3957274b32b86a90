"""What ``kg serve --memory`` costs at start: the time to copy a store into memory, and the memory it holds.

    $ python benchmarks/bench_memory.py                          # 100000,300000,1000000 triples
    $ python benchmarks/bench_memory.py --sizes 100000 --repeat 3

For each size it writes a synthetic corpus (``kg synth``, about 19 triples a fact) and builds a
store from it (``kg build --store``). Then, ``--repeat`` times, a fresh process opens the store as
``kg serve --store DIR`` does (:func:`kg.store.open_store`) and copies it into memory as
``--memory`` does (:func:`kg.store.copy_to_memory`), and reports:

- ``copy``: the seconds the copy took (the median of the runs; the start-up ``--memory`` adds);
- ``RSS open``: the process's resident memory with the store open on disk (what serving without
  ``--memory`` holds before any query);
- ``peak``: the process's peak resident memory (``VmHWM``) by the end of the copy;
- ``added``: ``peak`` minus ``RSS open``, the memory ``--memory`` costs at its peak, and ``held``: what
  stays resident once the copy is made (``VmRSS`` after it minus ``RSS open``);
- per million triples: ``copy`` and ``added`` divided by the store's size in millions.

This is a benchmark, not a test: it prints figures and asserts nothing. The machine's load average
is printed before and after: other work on the machine slows the copy (the memory figures do not
depend on it).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRIPLES_PER_FACT = 19  # kg synth --help: about 19 triples a fact once built


def _status_mb(field: str) -> float:
    """A ``/proc/self/status`` memory figure (``VmRSS``, ``VmHWM``) in MB."""
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    raise RuntimeError(f"no {field} in /proc/self/status")


def measure_copy(store_dir: str) -> dict:
    """Run in a fresh process: open the store read-only, copy it into memory, and say what it cost."""
    import gc

    from kg.store import copy_to_memory, open_store

    store = open_store(store_dir)
    gc.collect()
    opened = _status_mb("VmRSS")
    started = time.perf_counter()
    memory = copy_to_memory(store)
    seconds = time.perf_counter() - started
    return {
        "triples": len(memory),
        "seconds": seconds,
        "rss_open_mb": opened,
        "peak_mb": _status_mb("VmHWM"),
        "rss_after_mb": _status_mb("VmRSS"),
    }


def _kg(*args: str) -> None:
    """Run ``python -m kg ARGS`` from this checkout; its error is raised with its words."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-m", "kg", *args], cwd=ROOT, env=env, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"kg {' '.join(args)} failed:\n{done.stderr}")


def _copy_in_child(store_dir: str) -> dict:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    done = subprocess.run(
        [sys.executable, __file__, "--child", store_dir], cwd=ROOT, env=env, capture_output=True, text=True
    )
    if done.returncode != 0:
        raise SystemExit(f"the copy of {store_dir} failed:\n{done.stderr}")
    return json.loads(done.stdout)


def _load() -> str:
    one, five, fifteen = os.getloadavg()
    return f"{one:.1f} {five:.1f} {fifteen:.1f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="100000,300000,1000000", help="triples, comma-separated (about)")
    parser.add_argument("--repeat", type=int, default=3, help="copies measured per size (fresh process each)")
    parser.add_argument("--child", metavar="STORE", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(measure_copy(args.child)))
        return
    sizes = [int(size) for size in args.sizes.split(",")]
    stamp = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    print(f"kg serve --memory: copy of an on-disk store into memory; {stamp}; {os.cpu_count()} CPUs")
    print(f"load average (1, 5, 15 min) before: {_load()}")
    header = f"{'triples':>10} {'copy':>8} {'RSS open':>9} {'peak':>8} {'added':>8} {'held':>8} {'s / M triples':>14} {'MB / M triples':>15}  load"
    print(header)
    with tempfile.TemporaryDirectory(prefix="kg-bench-memory-") as tmp:
        for size in sizes:
            corpus, store = Path(tmp, f"corpus-{size}"), Path(tmp, f"store-{size}")
            _kg("synth", str(corpus), "--facts", str(max(1, size // TRIPLES_PER_FACT)))
            _kg("build", str(corpus), "--store", str(store))
            runs = [_copy_in_child(str(store)) for _ in range(args.repeat)]
            triples = runs[0]["triples"]
            seconds = statistics.median(run["seconds"] for run in runs)
            opened = statistics.median(run["rss_open_mb"] for run in runs)
            peak = statistics.median(run["peak_mb"] for run in runs)
            added = peak - opened
            held = statistics.median(run["rss_after_mb"] for run in runs) - opened
            millions = triples / 1e6
            print(
                f"{triples:>10,} {seconds:>7.2f}s {opened:>6.0f} MB {peak:>5.0f} MB {added:>5.0f} MB {held:>5.0f} MB "
                f"{seconds / millions:>13.2f}s {added / millions:>12.0f} MB  {_load()}",
                flush=True,
            )
            for path in (corpus, store):
                subprocess.run(["rm", "-rf", str(path)], check=True)
    print(
        f"copy: median of {args.repeat} runs, each in a fresh process; peak = VmHWM; added = peak - RSS with the store open"
    )
    print(f"load average (1, 5, 15 min) after: {_load()}")


if __name__ == "__main__":
    main()
