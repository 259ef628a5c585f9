"""One way to answer a query for ``search`` and ``quotes`` alike: every matching document
number with its score, then one ranking of them.

The posting-array evaluator answers the queries it implements; Whoosh's own matchers
answer the rest (and indexes whose arrays cannot be read), collecting every match with
its score the same way. Both paths then rank with ``top_k``, so a query gives the same
hits in the same order whichever path answered it (``tests/test_paths_equal.py``).
"""

from __future__ import annotations

from typing import Protocol

import numpy as np
from whoosh import query as wq
from whoosh.reading import TermNotFound
from whoosh.util.times import datetime_to_long

from ..querylimits import CHECK_EVERY, Budget, bound_expansions
from ..timeparse import parse_iso
from .arrays import PostingsUnavailable
from .evaluate import Unsupported, top_k


class Answerer(Protocol):
    """What matching needs of a searcher's state (``index.SearcherState``)."""

    @property
    def evaluator(self): ...

    @property
    def postings(self): ...

    def hit_row(self, docnum: int) -> dict: ...


def match(s, state: Answerer, q: wq.Query, budget: Budget) -> tuple[np.ndarray, np.ndarray]:
    """(ascending doc numbers ``q`` matches, their BM25F scores as float64)."""
    try:
        return state.evaluator.run(q, budget)
    except (Unsupported, PostingsUnavailable):
        return whoosh_match(s, bound_expansions(q, s.reader(), budget), budget)


def whoosh_match(s, q: wq.Query, budget: Budget) -> tuple[np.ndarray, np.ndarray]:
    """Every match of ``q`` by Whoosh's matchers, scored as ``Searcher.search`` scores
    (the top searcher's weighting and statistics over each segment), within ``budget``."""
    ids: list[int] = []
    scores: list[float] = []
    context = s.context()
    for sub, base in s.leaf_searchers():
        budget.check()
        try:
            m = q.matcher(sub, context)
        except TermNotFound:
            continue
        n = 0
        while m.is_active():
            ids.append(m.id() + base)
            scores.append(m.score())
            n += 1
            if not n % CHECK_EVERY:
                budget.check()
            m.next()
    return np.array(ids, dtype=np.int64), np.array(scores, dtype=np.float64)


def ranked(
    s, state: Answerer, ids: np.ndarray, scores: np.ndarray, sort: str, offset: int, limit: int
) -> list[tuple[int, float]]:
    """(doc number, score) of the page from ``offset``: best first, or newest first with
    ``sort="date"`` (undated last); ties by ascending doc number."""
    keys = date_keys(s, state, ids) if sort == "date" else scores
    return [(int(ids[i]), float(scores[i])) for i in top_k(ids, keys, offset + limit)[offset:]]


def date_keys(s, state: Answerer, ids: np.ndarray) -> np.ndarray:
    """Sort keys of ``ids`` by date: larger is newer, undated -1 (last)."""
    try:
        return state.postings.dates()[ids].astype(np.int64)  # undated (uint64 max) wraps to -1
    except PostingsUnavailable:
        # Every document's hit row holds its date (a quotation stores no fields of its own).
        out = np.full(len(ids), -1, dtype=np.int64)
        for n, docnum in enumerate(ids):
            text = state.hit_row(int(docnum)).get("date")
            value = parse_iso(text) if text else None
            if value is not None:
                out[n] = datetime_to_long(value)
        return out
