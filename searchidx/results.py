"""What searches and indexing return: plain dataclasses with ``to_dict()``; no I/O."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Callable

from .timeparse import iso


@dataclass(eq=False)
class Hit:
    id: str
    title: str
    date: datetime | None
    speakers: list[str]
    places: list[str]
    score: float
    # The snippet is made on first access: highlighting re-analyses the body, and a
    # caller that only wants ids and counts should not pay for it.
    _snippet: str | Callable[[], str] = field(default="", repr=False)

    def __init__(self, id, title, date, speakers, places, score, snippet: str | Callable[[], str] = ""):
        self.id, self.title, self.date = id, title, date
        self.speakers, self.places, self.score = speakers, places, score
        self._snippet = snippet

    @property
    def snippet(self) -> str:
        if callable(self._snippet):
            self._snippet = self._snippet()
        return self._snippet

    def to_dict(self) -> dict:
        return {"id": self.id, "title": self.title, "date": iso(self.date),
                "speakers": self.speakers, "places": self.places,
                "score": round(self.score, 4), "snippet": self.snippet}


@dataclass
class FacetResult:
    values: list[tuple[str, int]]
    truncated: bool = False


class Facets(dict):
    """``facets["speaker"]`` is a list of (value, count); ``.truncated`` says which were cut."""

    def __init__(self, results: dict[str, FacetResult] | None = None):
        results = results or {}
        super().__init__({name: r.values for name, r in results.items()})
        self.truncated = {name: r.truncated for name, r in results.items()}

    def to_dict(self) -> dict:
        return {name: [{"value": v, "count": c} for v, c in values] for name, values in self.items()}


@dataclass
class Result:
    query: str
    total: int
    hits: list[Hit]
    facets: Facets = field(default_factory=Facets)
    took_ms: float = 0.0

    def to_dict(self) -> dict:
        return {"query": self.query, "total": self.total,
                "hits": [h.to_dict() for h in self.hits],
                "facets": self.facets.to_dict(), "took_ms": round(self.took_ms, 3)}


@dataclass
class Quote:
    text: str
    speaker: str | None
    date: datetime | None
    article_id: str
    title: str
    score: float = 0.0

    def to_dict(self) -> dict:
        return {"text": self.text, "speaker": self.speaker, "date": iso(self.date),
                "article_id": self.article_id, "title": self.title}


@dataclass
class QuoteResult:
    query: str
    total: int
    hits: list[Quote]
    took_ms: float = 0.0

    def __iter__(self):
        return iter(self.hits)

    def __len__(self):
        return len(self.hits)

    def __getitem__(self, i):
        return self.hits[i]

    def to_dict(self) -> dict:
        return {"query": self.query, "total": self.total, "hits": [q.to_dict() for q in self.hits]}


@dataclass
class IndexReport:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    deleted: int = 0
    failed: int = 0
    skipped: int = 0
    records: int = 0
    quotes: int = 0
    errors: list[dict] = field(default_factory=list)
    # Entries not read, each {"path", "reason", "message"}: counted in ``skipped``, not failures.
    skips: list[dict] = field(default_factory=list)
    took_ms: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.errors

    def to_dict(self) -> dict:
        return {"added": self.added, "updated": self.updated, "unchanged": self.unchanged,
                "deleted": self.deleted, "failed": self.failed, "skipped": self.skipped,
                "records": self.records, "quotes": self.quotes, "errors": self.errors,
                "skips": self.skips, "took_ms": round(self.took_ms, 3)}


@dataclass
class Stats:
    documents: int
    quotes: int
    speakers: int
    places: int
    first_date: datetime | None
    last_date: datetime | None
    size_bytes: int
    path: str
    segments: int = 0
    # Documents (articles and quotes) deleted or replaced whose space a merge has not yet reclaimed.
    deleted: int = 0

    def to_dict(self) -> dict:
        return {"path": self.path, "documents": self.documents, "quotes": self.quotes,
                "speakers": self.speakers, "places": self.places,
                "first_date": iso(self.first_date), "last_date": iso(self.last_date),
                "size_bytes": self.size_bytes, "segments": self.segments, "deleted": self.deleted}
