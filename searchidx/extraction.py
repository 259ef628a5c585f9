"""Files -> records -> extraction, without indexing (what ``searchidx extract`` prints)."""
from __future__ import annotations

from typing import Iterator

from .errors import IngestError
from .extract import extract
from .ingest import iter_files, read_bytes, read_file
from .records import Record
from .timeparse import iso


def record_extraction(rec: Record) -> dict:
    ex = extract(rec.body, rec.date)
    return {
        "id": rec.id, "title": rec.title, "author": rec.author, "date": iso(rec.date),
        "speakers": ex.speakers, "places": ex.places, "dates": ex.dates,
        "quotes": [{"text": q.text, "start": q.start, "end": q.end, "speaker": q.speaker,
                    "speaker_start": q.speaker_start, "speaker_end": q.speaker_end, "date": q.date}
                   for q in ex.quotes],
        "place_mentions": [{"text": m.text, "start": m.start, "end": m.end, "place": m.place}
                           for m in ex.place_mentions],
        "date_mentions": [{"text": m.text, "start": m.start, "end": m.end, "value": m.value}
                          for m in ex.date_mentions],
    }


def iter_extractions(paths: list[str], stdin=None) -> Iterator[dict | IngestError]:
    """One extraction dict per record, or an IngestError per unreadable file, in input order."""
    for src in iter_files(paths):
        if isinstance(src, IngestError):
            yield src
            continue
        try:
            records = read_file(src, read_bytes(src, stdin))
        except IngestError as exc:
            yield exc
            continue
        for rec in records or ():
            yield record_extraction(rec)
