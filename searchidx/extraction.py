"""Files -> records -> extraction, without indexing (what ``searchidx extract`` prints)."""

from __future__ import annotations

from collections.abc import Iterator

from .errors import IngestError
from .extract import extract
from .ingest import SkippedFile, check_fields, iter_entries, iter_files, read_bytes, skip_reason
from .records import Record
from .timeparse import iso


def record_extraction(rec: Record) -> dict:
    ex = extract(rec.body, rec.date)
    return {
        "id": rec.id,
        "title": rec.title,
        "author": rec.author,
        "date": iso(rec.date),
        "speakers": ex.speakers,
        "places": ex.places,
        "dates": ex.dates,
        # each piece of a quotation with its own span; pieces of one quotation share "quotation"
        "quotes": [
            {
                "text": q.text,
                "start": q.start,
                "end": q.end,
                "speaker": q.speaker,
                "speaker_start": q.speaker_start,
                "speaker_end": q.speaker_end,
                "date": q.date,
                "direct": q.direct,
                "kind": q.kind,
                "role": q.role,
                "quotation": q.quotation,
            }
            for q in ex.quotes
        ],
        "place_mentions": [
            {"text": m.text, "start": m.start, "end": m.end, "place": m.place} for m in ex.place_mentions
        ],
        "date_mentions": [{"text": m.text, "start": m.start, "end": m.end, "value": m.value} for m in ex.date_mentions],
    }


def iter_extractions(
    paths: list[str], stdin=None, follow_links: bool = False, fields=None
) -> Iterator[dict | SkippedFile | IngestError]:
    """One extraction dict per record, in input order; a ``SkippedFile`` for each entry
    not read (and why), an ``IngestError`` for each file that cannot be read and for each
    bad record (the file's other records are still extracted). ``fields`` maps record
    parts to columns as in ``Index.add_paths``. Records are extracted as they are read.
    """
    fields = check_fields(fields)
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
            for entry in iter_entries(src, data, fields):
                yield entry.item if isinstance(entry.item, IngestError) else record_extraction(entry.item)
        except IngestError as exc:
            yield exc
