"""What every thread's searcher of one index generation shares.

A searcher is per thread (Whoosh's searchers keep per-search state), but what the
posting arrays give is the same for every searcher of one committed generation: the
arrays themselves (already one memory map per segment), their statistics caches, facet
columns, the keyword lexicon and compiled queries. Built once per generation and shared,
a thread-per-request server's new thread answers its first query about as fast as a warm
one, instead of rebuilding all of it.

A ``Generation`` reads through a searcher of its own, opened for it and never used for a
thread's searching, so that no thread closing or replacing its searcher pulls files from
under another. It is closed when the index moves on and the last thread lets go of it
(or when the ``Index`` closes).
"""

from __future__ import annotations

import threading
import weakref
from pathlib import Path

from .engine.arrays import Layout, PostingsUnavailable
from .engine.postings import Postings
from .facets import DocColumns
from .query import KeywordLexicon

COMPILED_CACHE = 512


class Generation:
    """Posting arrays, facet columns, keyword lexicon and compiled queries of one generation."""

    def __init__(self, searcher, index_dir: Path, layout: Layout, keyword_fields: list[str], owns: bool = True):
        self.generation = generation_of(searcher)
        self.owns = owns  # False: reads through a thread's searcher, which is closed with that thread's state
        self._searcher = searcher
        self._index_dir = index_dir
        self._layout = layout
        self._keyword_fields = keyword_fields
        self._lock = threading.Lock()
        self._postings: Postings | None = None
        self._columns: DocColumns | None = None
        self._lexicon: KeywordLexicon | None = None
        self.compiled: dict = {}
        self._finalizer = weakref.finalize(self, _close_searcher, searcher) if owns else None

    @property
    def postings(self) -> Postings:
        if self._postings is None:
            with self._lock:  # built once: it maps every segment's arrays
                if self._postings is None:
                    self._postings = Postings(self._searcher, self._index_dir, self._layout)
        return self._postings

    @property
    def columns(self) -> DocColumns:
        if self._columns is None:
            with self._lock:
                if self._columns is None:
                    self._columns = DocColumns(self._searcher.reader(), self.postings)
        return self._columns

    @property
    def lexicon(self) -> KeywordLexicon:
        if self._lexicon is None:
            with self._lock:
                if self._lexicon is None:
                    # through a weak reference: the lexicon holding this generation would make a
                    # cycle, which keeps the mapped arrays open until a garbage collection runs
                    generation = weakref.ref(self)

                    def values(field: str) -> list[str] | None:
                        gen = generation()
                        return gen._field_values(field) if gen is not None else None

                    self._lexicon = KeywordLexicon(self._searcher.reader(), self._keyword_fields, values)
        return self._lexicon

    def _field_values(self, field: str) -> list[str] | None:
        """``field``'s stored values read from the posting arrays; None without them."""
        try:
            return self.postings.field_values(field)
        except PostingsUnavailable:
            return None

    def remember(self, key, value) -> None:
        """Keep a compiled query (the oldest goes past ``COMPILED_CACHE``)."""
        compiled = self.compiled
        if len(compiled) >= COMPILED_CACHE:
            try:
                compiled.pop(next(iter(compiled)))
            except (StopIteration, KeyError, RuntimeError):
                pass  # another thread trimmed it first
        compiled[key] = value

    def close(self) -> None:
        if self._postings is not None:
            self._postings.close()
        self._postings = self._columns = self._lexicon = None
        self.compiled = {}
        if self._finalizer is not None:
            self._finalizer()


def generation_of(searcher) -> int:
    """The committed generation a searcher reads (-1 for an index with no segments)."""
    gen = searcher.reader().generation()
    return -1 if gen is None else gen


def _close_searcher(searcher) -> None:
    if not getattr(searcher.ixreader, "is_closed", False):
        searcher.close()
