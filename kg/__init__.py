"""reform-kg: a knowledge graph of who proposed what in a constitutional reform, with evidence."""

__version__ = "0.1.0"
