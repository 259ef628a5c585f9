"""What searches and indexing return: plain dataclasses with ``to_dict()``; no I/O."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from .timeparse import iso


@dataclass
class Hit:
    """One matching article. ``snippet`` is the body's best passage with the query's
    words in ``<mark>``, made during the search ("" when searched with ``snippets=False``)."""

    id: str
    title: str
    date: datetime | None
    speakers: list[str]
    places: list[str]
    score: float
    snippet: str = ""

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "title": self.title,
            "date": iso(self.date),
            "speakers": self.speakers,
            "places": self.places,
            "score": round(self.score, 4),
            "snippet": self.snippet,
        }


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


@dataclass(frozen=True)
class FilterMatch:
    """What one speaker or place value of a search (an option, or ``speaker:``/``place:``
    in the query) matched: the people or places it names, as the index holds them. A
    value matching nothing has no ``names``, and ``suggestions`` close to it if any."""

    field: str
    value: str
    names: tuple[str, ...]
    suggestions: tuple[str, ...] = ()


def matched_dict(matches: tuple[FilterMatch, ...]) -> dict:
    """``{FIELD: {VALUE: [NAME, ...]}}``; a value that matched nothing has ``[]``."""
    out: dict[str, dict[str, list[str]]] = {}
    for m in matches:
        out.setdefault(m.field, {})[m.value] = list(m.names)
    return out


def suggestions_dict(matches: tuple[FilterMatch, ...]) -> dict:
    """``{FIELD: {VALUE: [SUGGESTION, ...]}}`` for every value that matched nothing."""
    out: dict[str, dict[str, list[str]]] = {}
    for m in matches:
        if not m.names:
            out.setdefault(m.field, {})[m.value] = list(m.suggestions)
    return out


@dataclass
class Result:
    query: str
    total: int
    hits: list[Hit]
    facets: Facets = field(default_factory=Facets)
    took_ms: float = 0.0
    # What each speaker/place value matched, in the order given (query first, then options).
    matches: tuple[FilterMatch, ...] = ()
    # With --since/--until, date order or a date facet: how many matching records (ignoring
    # the date range) have no date, so cannot be placed; None when dates played no part.
    undated: int | None = None
    # A query built from the index's own words when the query's are rare or absent.
    suggestion: str | None = None

    def to_dict(self) -> dict:
        return {
            "query": self.query,
            "total": self.total,
            "hits": [h.to_dict() for h in self.hits],
            "facets": self.facets.to_dict(),
            "matched": matched_dict(self.matches),
            "suggestions": suggestions_dict(self.matches),
            "undated": self.undated,
            "suggestion": self.suggestion,
            "took_ms": round(self.took_ms, 3),
        }


@dataclass
class Quote:
    text: str
    speaker: str | None
    date: datetime | None
    article_id: str
    title: str
    score: float = 0.0
    # False for reported speech ("She said the plan would fail"), True for quoted words.
    direct: bool = True
    kind: str | None = None  # "person" or "organisation", where extraction says
    role: str | None = None  # "chief executive of Norvale", kept apart from the name

    def to_dict(self) -> dict:
        return {
            "text": self.text,
            "speaker": self.speaker,
            "date": iso(self.date),
            "article_id": self.article_id,
            "title": self.title,
            "direct": self.direct,
            "kind": self.kind,
            "role": self.role,
        }


@dataclass
class QuoteResult:
    query: str
    total: int
    hits: list[Quote]
    took_ms: float = 0.0
    matches: tuple[FilterMatch, ...] = ()

    def __iter__(self):
        return iter(self.hits)

    def __len__(self):
        return len(self.hits)

    def __getitem__(self, i):
        return self.hits[i]

    def to_dict(self) -> dict:
        return {
            "query": self.query,
            "total": self.total,
            "hits": [q.to_dict() for q in self.hits],
            "matched": matched_dict(self.matches),
            "suggestions": suggestions_dict(self.matches),
        }


@dataclass
class IndexReport:
    """What one indexing run did. Files: ``added`` (new to the index), ``updated`` (changed),
    ``unchanged``, ``deleted`` (gone, pruned), ``failed`` (nothing of them could be read; the
    index keeps what it held for them), ``skipped`` (not input: unknown types, documentation,
    other indexes, special files; each in ``skips``). Records: ``records`` written (new or
    changed), ``kept`` (in a changed file but unchanged, not rewritten), ``removed`` (no
    longer in their changed file), ``bad_records`` (skipped: each in ``errors`` with its
    line). ``duplicates`` lists each record dropped for a later one with the same id."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    deleted: int = 0
    failed: int = 0
    skipped: int = 0
    records: int = 0
    quotes: int = 0
    kept: int = 0
    removed: int = 0
    bad_records: int = 0
    # Files and records that could not be read, each {"path", "line", "reason", "message"}.
    errors: list[dict] = field(default_factory=list)
    # Entries not read, each {"path", "reason", "message"}: counted in ``skipped``, not failures.
    skips: list[dict] = field(default_factory=list)
    # Each {"id", "kept", "dropped", "message"}: where the record kept and the one dropped are.
    duplicates: list[dict] = field(default_factory=list)
    took_ms: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.errors

    def to_dict(self) -> dict:
        return {
            "added": self.added,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "deleted": self.deleted,
            "failed": self.failed,
            "skipped": self.skipped,
            "records": self.records,
            "quotes": self.quotes,
            "kept": self.kept,
            "removed": self.removed,
            "bad_records": self.bad_records,
            "errors": self.errors,
            "skips": self.skips,
            "duplicates": self.duplicates,
            "took_ms": round(self.took_ms, 3),
        }


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
        return {
            "path": self.path,
            "documents": self.documents,
            "quotes": self.quotes,
            "speakers": self.speakers,
            "places": self.places,
            "first_date": iso(self.first_date),
            "last_date": iso(self.last_date),
            "size_bytes": self.size_bytes,
            "segments": self.segments,
            "deleted": self.deleted,
        }
