"""Files -> records -> extraction, without indexing (what ``searchidx extract`` prints)."""
from __future__ import annotations

from typing import Iterator

from .errors import IngestError
from .extract import extract
from .ingest import SkippedFile, iter_files, iter_records, read_bytes, skip_reason
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


def iter_extractions(paths: list[str], stdin=None,
                     follow_links: bool = False) -> Iterator[dict | SkippedFile | IngestError]:
    """One extraction dict per record, in input order; a ``SkippedFile`` for each entry
    not read (and why), an ``IngestError`` for each file that cannot be read.

    Records are extracted as they are read, so a file that fails part-way has given
    the records before the bad one, then its error.
    """
    for src in iter_files(paths, follow_links=follow_links):
        if isinstance(src, (IngestError, SkippedFile)):
            yield src
            continue
        try:
            data = read_bytes(src, stdin)
            reason = skip_reason(src, data)
            if reason is not None:
                yield SkippedFile(src.path, reason)
                continue
            for rec in iter_records(src, data):
                yield record_extraction(rec)
        except IngestError as exc:
            yield exc
