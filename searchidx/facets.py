"""Facet counts over every match of a search, not only the page shown.

Each facet is a small class: ``count(columns, docnums)`` returns values with
counts, most frequent first, cut to ``limit`` with a ``truncated`` flag.
Counting works on per-document value ids held in numpy arrays (one
``bincount`` per facet), built once per searcher.
"""

from __future__ import annotations

from datetime import datetime

import numpy as np

from .defaults import DATE_FACETS
from .errors import InvalidArgumentError
from .results import FacetResult
from .schema import SchemaSpec

DEFAULT_LIMIT = 10
# A histogram is read whole: ten years of months before it is cut.
DATE_DEFAULT_LIMIT = 120


class DocColumns:
    """Per-document facet values of one searcher, built lazily per field from its postings."""

    def __init__(self, reader, postings):
        self.reader = reader
        self.postings = postings
        self.doc_count = reader.doc_count_all()
        self._keywords: dict[str, tuple[list[str], np.ndarray, np.ndarray]] = {}
        self._months: np.ndarray | None = None

    def keyword(self, field: str) -> tuple[list[str], np.ndarray, np.ndarray]:
        """(values, doc ids, value ids): one pair of ids per (document, value)."""
        if field not in self._keywords:
            values: list[str] = []
            docs: list[np.ndarray] = []
            if field in self.reader.indexed_field_names():
                for raw in self.reader.lexicon(field):
                    ids, _w = self.postings.ids_weights(field, raw)
                    if len(ids):
                        values.append(raw.decode("utf-8"))
                        docs.append(ids)
            doc_ids = np.concatenate(docs) if docs else np.empty(0, np.int64)
            value_ids = np.repeat(np.arange(len(docs), dtype=np.int64), [len(d) for d in docs])
            self._keywords[field] = (values, doc_ids, value_ids)
        return self._keywords[field]

    def months(self) -> np.ndarray:
        """Months since year 0 (year * 12 + month - 1) per document, -1 where undated."""
        if self._months is None:
            raw = self.postings.dates()
            months = np.full(self.doc_count, -1, dtype=np.int64)
            # Raw values are microseconds since datetime.min; undated documents hold the maximum.
            valid = raw < _MAX_USECS
            days = (raw[valid] // np.uint64(_USECS_PER_DAY)).astype(np.int64)
            dates = np.datetime64("0001-01-01", "D") + days.astype("timedelta64[D]")
            months[valid] = dates.astype("datetime64[M]").astype(np.int64) + 1970 * 12
            self._months = months
        return self._months


_USECS_PER_DAY = 86_400_000_000
_MAX_USECS = np.uint64((datetime(9999, 12, 31) - datetime.min).days * _USECS_PER_DAY)


def _top(values: list[str], counts: np.ndarray, limit: int, by_value: bool = False) -> FacetResult:
    nonzero = np.flatnonzero(counts)
    if by_value:
        order = nonzero  # values are already in chronological order
    else:
        # Most frequent first; ties alphabetically, so output is stable.
        order = sorted(nonzero, key=lambda i: (-counts[i], values[i]))
    truncated = len(order) > limit
    if by_value and truncated:
        order = order[-limit:]  # the most recent periods
    else:
        order = order[:limit]
    return FacetResult([(values[i], int(counts[i])) for i in order], truncated)


class Facet:
    name: str

    def __init__(self, limit: int = DEFAULT_LIMIT):
        self.limit = limit

    def count(self, columns: DocColumns, docnums: np.ndarray) -> FacetResult:
        raise NotImplementedError


class KeywordFacet(Facet):
    """A multi-valued keyword field; a document counts once for each of its values."""

    def __init__(self, field: str, limit: int = DEFAULT_LIMIT):
        super().__init__(limit)
        self.name = self.field = field

    def count(self, columns: DocColumns, docnums: np.ndarray) -> FacetResult:
        values, doc_ids, value_ids = columns.keyword(self.field)
        if not values or not len(docnums):
            return FacetResult([], False)
        matched = np.zeros(columns.doc_count, dtype=bool)
        matched[docnums] = True
        counts = np.bincount(value_ids[matched[doc_ids]], minlength=len(values))
        return _top(values, counts, self.limit)


class DateFacet(Facet):
    """A histogram of publication dates by ``year`` or ``month``, in chronological order."""

    def __init__(self, granularity: str, limit: int = DEFAULT_LIMIT):
        super().__init__(limit)
        self.name = self.granularity = granularity

    def count(self, columns: DocColumns, docnums: np.ndarray) -> FacetResult:
        months = columns.months()[docnums]
        months = months[months >= 0]
        if not len(months):
            return FacetResult([], False)
        keys = months // 12 if self.granularity == "year" else months
        first = int(keys.min())
        counts = np.bincount(keys - first)
        if self.granularity == "year":
            labels = [f"{first + i:04d}" for i in range(len(counts))]
        else:
            labels = [f"{(first + i) // 12:04d}-{(first + i) % 12 + 1:02d}" for i in range(len(counts))]
        return _top(labels, counts, self.limit, by_value=True)


def facet_names(spec: SchemaSpec) -> tuple[str, ...]:
    """The fields the schema marks ``facet = true``, then the date histograms."""
    return spec.facet_names


def make_facets(names, spec: SchemaSpec, limit: int | None = None) -> list[Facet]:
    """Facets by name; ``limit`` (default 10 values, 120 periods) caps each one."""
    if limit is not None and limit < 1:
        raise InvalidArgumentError(f"facet limit must be at least 1, got {limit}")
    known = facet_names(spec)
    facets: list[Facet] = []
    for name in names or ():
        if name not in known:
            raise InvalidArgumentError(f"unknown facet {name!r}; choose from {', '.join(known)}")
        if name in DATE_FACETS:
            facets.append(DateFacet(name, limit or DATE_DEFAULT_LIMIT))
        else:
            facets.append(KeywordFacet(name, limit or DEFAULT_LIMIT))
    return facets
