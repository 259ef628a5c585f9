"""The record that ingest produces and extraction, indexing and output consume."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass
class Record:
    id: str
    path: str
    title: str
    body: str
    author: str | None = None
    date: datetime | None = None  # naive UTC; Whoosh drops tzinfo silently
    source: str | None = None
    url: str | None = None
    # Labels given by the source (JSONL speaker/place lists, Reuters PLACES/PEOPLE).
    meta: dict = field(default_factory=dict)
    # Hash of the file the record came from; unchanged files are skipped on re-index.
    content_hash: str = ""
