"""The parts of the real-news set (``tests/data/extract_real``), listed once for every measurement script.

Tuning parts may be read, censused and fitted on; held-out parts are scored by the lead alone, never read for
rules. A part moves from held out to tuning only after it has been scored once after a pass.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kg.fileio import write_atomic

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT / "tests" / "data" / "extract_real"
#: The tuning parts, in order.
TUNING = ("dev", *(f"test{i}" for i in range(2, 16)))
#: Never read by a census or a fit.
HELD_OUT = frozenset({"test", "test16"})


def add_parts_option(parser: argparse.ArgumentParser) -> None:
    """``--parts``: which tuning parts a measurement reads (all of them by default)."""
    parser.add_argument("--parts", nargs="*", default=list(TUNING), help="tuning parts to read (default: all)")


def checked(parts: list[str]) -> list[str]:
    """``parts``, or the run stops when one is held out: a measurement never reads a held-out part."""
    bad = [p for p in parts if p in HELD_OUT]
    if bad:
        raise SystemExit(f"{', '.join(bad)}: held out, never read here")
    return parts


def publish(text: str, output: str, *, head: str | None = None) -> None:
    """Write a measurement's results to ``output`` (``-``: standard output only) and print them, or only their
    ``head`` when that is given (a census's long listing stays in the file)."""
    if output == "-":
        sys.stdout.write(text)
        return
    write_atomic(output, text.encode("utf-8"))
    sys.stdout.write((text if head is None else head + "\n") + f"written: {output}\n")
