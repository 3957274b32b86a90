"""The parts of the real-news set (``tests/data/extract_real``), listed once for every measurement script.

Tuning parts may be read, censused and fitted on; held-out parts are scored by the lead alone, never read for
rules. A part moves from held out to tuning only after it has been scored once after a pass.
"""

from __future__ import annotations

from pathlib import Path

REAL = Path(__file__).resolve().parent.parent / "tests" / "data" / "extract_real"
#: The tuning parts, in order.
TUNING = ("dev", *(f"test{i}" for i in range(2, 15)))
#: Never read by a census or a fit.
HELD_OUT = frozenset({"test", "test15"})
