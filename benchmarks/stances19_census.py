"""Census of the stances the extractor misses or adds on all the tuning parts (``dev``, ``test2`` … ``test21``),
classed by cause, for the nineteenth session's stance work.

The census itself is ``benchmarks/stances_census.py``'s (imported, not copied): each missed gold stance is classed
"no word recognised", "word seen, holder missing" (the holder placed and its kind given), "holder wrong", "target
wrong", "polarity wrong" or "sentence not found"; each extra one "polarity wrong", "target wrong", "holder wrong" or
"spurious". The totals per part head the file.

    $ python benchmarks/stances19_census.py          # writes benchmarks/results/stances19_census.txt
    $ python benchmarks/stances19_census.py --parts test21 -o -

This reads the tuning parts only; it is a census, not a test, and asserts nothing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._parts import census_main  # noqa: E402  (the parts, listed once)
from benchmarks.stances_census import census, render  # noqa: E402  (the one census of stances)

if __name__ == "__main__":
    census_main(census, render, "stances19_census", __doc__)
