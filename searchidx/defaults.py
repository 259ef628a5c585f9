"""Defaults the command line shows in its help, kept apart from the engine so that
``searchidx --help`` never imports Whoosh, NumPy or NLTK."""

from __future__ import annotations

#: Seconds a search may run before it stops with ``SearchTimeoutError``.
DEFAULT_TIMEOUT = 10.0
#: Seconds a write waits for another writer's lock.
DEFAULT_LOCK_TIMEOUT = 10.0
#: Orders of search results.
SORTS = ("relevance", "date")
#: Date histograms every schema offers beside its ``facet = true`` fields.
DATE_FACETS = ("year", "month")
#: The parts of a record a CSV column or JSON key can hold (``--field PART=COLUMN``);
#: ``ingest/fields.py`` names their common spellings (tests hold the two equal).
RECORD_PARTS = ("id", "title", "body", "date", "author", "url", "source")
#: Analysis pipelines a text field may name (``analysis.ANALYZERS`` builds them).
ANALYZER_NAMES = ("stemming", "plain")
#: The file that makes a directory a sharded index (``searchidx.shards.MANIFEST``; tests
#: hold the two equal): looked for without importing the shards package.
SHARDS_MANIFEST = "searchidx-shards.json"
