"""Leave one tuning part out: do the twenty-fifth session's readings of persons and posts carry to a part they were
not fitted on?

The switches are the names in ``READINGS25`` (``kg.extract.reader``, ``kg.extract.mentions`` and
``kg.extract.patterns``): ``post-line`` keeps a headline that ends on a post word apart from a next line that opens on
a post word of its own ("… — депутат⏎Депутат Мажилиса Парламента Максат Толыкбай …"); ``place-first-name`` reads a
Russian place the tagger split off before a one-word surname as the first name ("… республики Дания Еспаева");
``vice-chair`` reads the Russian "вице-председатель" as a deputy chair; ``comma-titled``
(``kg.extract.rules.memberships``) gives a plural post to a name in its list that comes after a comma with a post of
its own ("коалиция мүшелері … ректоры X, … кеңесінің төрағасы Y": both members).

Every tuning part (``benchmarks/_parts.py``; a held-out part is never read) is scored with each choice; then for each
part the choice is fitted on the OTHER parts alone — the best sum of persons F1 and person → post F1 over them (a tie
goes to all-facts precision, then to the simpler choice) — and scored on the part left out.

    $ python benchmarks/persons25_lopo.py        # writes benchmarks/results/persons25_lopo.txt
    $ python benchmarks/persons25_lopo.py --parts dev test27 -o -

This is a measurement, not a test: it prints figures and asserts nothing.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks._lopo import Choice  # noqa: E402
from benchmarks.persons17_lopo import _Both, main_both  # noqa: E402  (the persons-and-posts table, written once)

#: Where each reading is switched.
_READER = ("post-line",)
_MENTIONS = ("place-first-name",)
_PATTERNS = ("vice-chair",)
_MEMBERSHIPS = ("comma-titled",)
_ALL = ("post-line", "place-first-name", "vice-chair", "comma-titled")


def _choose(choice: Choice) -> None:
    import kg.extract.mentions as mentions
    import kg.extract.patterns as patterns
    import kg.extract.reader as reader
    import kg.extract.rules.memberships as memberships

    reader.READINGS25 = frozenset(x for x in choice if x in _READER)  # type: ignore[attr-defined]
    memberships.READINGS25 = frozenset(x for x in choice if x in _MEMBERSHIPS)  # type: ignore[attr-defined]
    mentions.READINGS25 = frozenset(x for x in choice if x in _MENTIONS)  # type: ignore[attr-defined]
    patterns.READINGS25 = frozenset(x for x in choice if x in _PATTERNS)  # type: ignore[attr-defined]
    patterns._posts.cache_clear()


def _shipped() -> Choice:
    import kg.extract.mentions as mentions
    import kg.extract.patterns as patterns
    import kg.extract.reader as reader
    import kg.extract.rules.memberships as memberships

    on = set(reader.READINGS25) | set(mentions.READINGS25) | set(patterns.READINGS25) | set(memberships.READINGS25)
    return tuple(x for x in _ALL if x in on)


COMPONENT = _Both(
    title="the twenty-fifth session's readings of headlines, first names that are places, vice-chairs and titled lists (READINGS25)",
    fact="person → post",
    label="person → post",
    choices=(
        (),
        ("post-line",),
        ("place-first-name",),
        ("vice-chair",),
        ("comma-titled",),
        ("post-line", "vice-chair"),
        ("post-line", "place-first-name", "vice-chair"),
        _ALL,
    ),
    choose=_choose,
    shipped=_shipped,
    command="python benchmarks/persons25_lopo.py",
    output="persons25_lopo.txt",
)


if __name__ == "__main__":
    main_both(COMPONENT, __doc__.split("\n\n")[0], width=35)
