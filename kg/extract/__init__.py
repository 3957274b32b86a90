"""Extraction of facts from news text: tokenising, named-entity tagging."""
