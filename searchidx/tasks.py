"""The per-file and per-batch work that indexing runs in worker processes.

Reading a file, extracting its records, building their documents and analysing
them into postings is pure CPU work on one file, so the indexing workers
(``engine/building.py``) run ``file_task`` and ``records_task`` while the caller's
process keeps order and commits.

A file is read record by record. A bad record is reported and skipped, and the
file's other records are still indexed; a record whose digest equals what the index
holds for it from this file is not extracted again (a changed 2,000-record file with
one edited record costs one extraction); within a file, the last record with an id wins.

Each file read ends with one more document, its marker (``kind`` ``MARKER``, never an
article or a quote: searches, counts and deletes by id never see it), holding the file's
location and the digest of the bytes read: ``file_digest``, or ``partial_digest`` of it
when the file had bad records. ``incremental.py`` decides from the marker whether a file
is read at all. No marker is written for standard input, for a file that failed, or for
one whose every record was bad: the index keeps what it held, old marker included.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from itertools import islice

from .documents import to_documents
from .engine.segments import Group, analyze_group
from .errors import IngestError
from .extract import extract
from .ingest import (
    STDIN,
    Entry,
    SourceFile,
    file_digest,
    iter_entries,
    multi_record,
    read_bytes,
    record_digest,
    skip_reason,
)
from .records import Record
from .schema import F, SchemaSpec

SKIPPED, DOCUMENTS, FAILED = "skipped", "documents", "failed"
# Below this much input, starting processes costs more than it saves.
PARALLEL_MIN_BYTES = 2_000_000
# How the marker of a file read with bad records starts (``partial_digest``).
PARTIAL = "partial"
#: The ``kind`` of a file's marker document (never an article or a quote).
MARKER = "file"


def partial_digest(digest: str) -> str:
    """What the marker of a file read with bad records holds: never equal to a file digest
    (so the file is read again, to report its bad records again), yet telling whether its
    bytes changed since."""
    return f"{PARTIAL}:{digest}"


@dataclass
class FileJob:
    src: SourceFile
    # What the index holds from this file, as record id -> record digest; None for a file
    # the index has nothing from (its records are all written).
    known: dict[str, str] | None
    data: bytes | None  # already read (standard input), else read by the worker
    spec: SchemaSpec
    fields: Mapping[str, str] = field(default_factory=dict)
    # Told the bytes read so far after each record, when the job runs in the calling process.
    on_record: Callable[[int], None] | None = None
    # The digest the file's marker holds (None: no marker, or standard input): a file whose
    # marker is ``partial_digest`` of its digest now is only checked for its bad records.
    marker: str | None = None


@dataclass
class Prepared:
    """What became of one file: small, it goes back to the writing process."""

    src: SourceFile
    status: str
    digest: str | None = None
    error: IngestError | None = None  # the file as a whole could not be read
    reason: str | None = None  # why a SKIPPED file was not read
    # One (id, where) per group handed on, in order: where is "path:line" or "path (record N)".
    written: list[tuple[str, str]] = field(default_factory=list)
    kept: int = 0  # records the index already holds as they are
    # The kept records, as (id, where): a copy of one written in this run from another
    # file must give way to it (the last record read wins).
    kept_ids: list[tuple[str, str]] = field(default_factory=list)
    record_errors: list[IngestError] = field(default_factory=list)
    # Records of this file dropped for a later one with the same id: (id, dropped where, kept where).
    duplicates: list[tuple[str, str, str]] = field(default_factory=list)
    # Ids the index holds from this file that it no longer has (only when every record read).
    vanished: list[str] = field(default_factory=list)
    # The digest of the marker written after the records (the last group), if one was.
    marker: str | None = None
    # Read only for its bad records (its marker says it was read as it is now): nothing written.
    recheck: bool = False
    checked: int = 0  # good records seen when rechecking (for progress)

    @property
    def records_read(self) -> int:
        return len(self.written) + self.kept


def file_task(job: FileJob) -> tuple[Prepared, Iterator[Group]]:
    """A file's outcome and its analysed groups, made one record at a time as they are
    consumed (written into a segment where they were made), so a large file is never
    held analysed in memory whole. The outcome is complete once the groups are.

    A file that cannot be read at all stops the groups and turns the outcome into a
    failure: the groups already written must then be discarded by the caller, and the
    index keeps what it held for the file.
    """
    src = job.src
    try:
        data = job.data if job.data is not None else read_bytes(src)
        digest = file_digest(src, data, job.fields)
        reason = skip_reason(src, data)
        if reason is not None:
            return Prepared(src, SKIPPED, digest, reason=reason), iter(())
    except IngestError as exc:
        return Prepared(src, FAILED, error=exc), iter(())
    prepared = Prepared(src, DOCUMENTS, digest)
    return prepared, _file_groups(job, prepared, data)


def _file_groups(job: FileJob, prepared: Prepared, data: bytes) -> Iterator[Group]:
    src = prepared.src
    try:
        if job.marker is not None and job.marker == partial_digest(prepared.digest) and _recheck(job, prepared, data):
            return  # as it was read before: its bad records are reported again, nothing is written
        yield from _record_groups(job, prepared, data)
    except IngestError as exc:
        prepared.status, prepared.error = FAILED, exc
        return
    if src.location == STDIN or (prepared.record_errors and not prepared.records_read):
        return  # standard input is read every time; a file of bad records only fails
    mark = partial_digest(prepared.digest) if prepared.record_errors else prepared.digest
    if mark != job.marker:
        prepared.marker = mark
        yield analyze_group(job.spec, "", {F.KIND: MARKER, F.PATH: src.location, F.HASH: mark}, [])


def _recheck(job: FileJob, prepared: Prepared, data: bytes) -> bool:
    """Read a file for its bad records only; False (nothing kept) when it has none after all
    (read by another version of the readers), so that it is read in full."""
    for entry in iter_entries(prepared.src, data, job.fields):
        if job.on_record is not None:
            job.on_record(entry.offset)
        if isinstance(entry.item, IngestError):
            prepared.record_errors.append(entry.item)
        else:
            prepared.checked += 1
    if not prepared.record_errors:
        prepared.checked = 0
        return False
    prepared.recheck = True
    return True


def _record_groups(job: FileJob, prepared: Prepared, data: bytes) -> Iterator[Group]:
    src, known = prepared.src, job.known or {}
    # A file of many records is read twice: first for the ids and digests only (which
    # record of each id is the last, which changed), then for the records to write.
    plan = _plan(job, data, prepared) if multi_record(src) else None
    if plan is not None and not plan:
        return  # nothing changed: the second reading is not needed
    digest = prepared.digest  # each record keeps the digest of the file version it came from
    read_ids = set()
    for entry in iter_entries(src, data, job.fields):
        rec = entry.item
        if job.on_record is not None:
            job.on_record(entry.offset)
        if isinstance(rec, IngestError):
            if plan is None:
                prepared.record_errors.append(rec)
            continue
        if plan is not None:
            if entry.position not in plan:
                continue  # unchanged, or a record replaced by a later one of the same id
            record_hash = plan[entry.position]
        else:
            read_ids.add(rec.id)
            record_hash = record_digest(rec)
            if known.get(rec.id) == record_hash:
                prepared.kept += 1
                prepared.kept_ids.append((rec.id, _where(src, entry)))
                continue
        prepared.written.append((rec.id, _where(src, entry)))
        yield _group(job.spec, rec, src.location, digest, record_hash)
    if plan is None and not prepared.record_errors:
        prepared.vanished = [rid for rid in known if rid not in read_ids]


def _plan(job: FileJob, data: bytes, prepared: Prepared) -> dict[int, str]:
    """First reading of a file of many records: the positions of the records to write
    (the last of each id, when its digest differs from the index's) with their digests;
    fills the outcome's errors, duplicates, kept count and vanished ids."""
    src, known = job.src, job.known or {}
    last: dict[str, tuple[int, str, str]] = {}  # id -> (position, where, digest)
    for entry in iter_entries(src, data, job.fields):
        rec = entry.item
        if isinstance(rec, IngestError):
            prepared.record_errors.append(rec)
            continue
        where = _where(src, entry)
        earlier = last.get(rec.id)
        if earlier is not None:
            prepared.duplicates.append((rec.id, earlier[1], where))
        last[rec.id] = (entry.position, where, record_digest(rec))
    plan = {}
    for rid, (position, where, digest) in last.items():
        if known.get(rid) == digest:
            prepared.kept += 1
            prepared.kept_ids.append((rid, where))
        else:
            plan[position] = digest
    if not prepared.record_errors:
        # A bad record may be the new version of one the index holds: keep them all then.
        prepared.vanished = [rid for rid in known if rid not in last]
    return plan


def _where(src: SourceFile, entry: Entry) -> str:
    return f"{src.path}:{entry.line}" if entry.line is not None else f"{src.path} ({entry.where})"


def file_procs(jobs: list[FileJob], procs: int | None) -> int:
    """Worker processes worth starting for these files (1: work in this process)."""
    procs = procs if procs is not None else (os.cpu_count() or 1)
    if procs <= 1 or len(jobs) < 2 or sum(job_size(job) for job in jobs) < PARALLEL_MIN_BYTES:
        return 1
    return min(procs, len(jobs))


def record_batches(records, spec: SchemaSpec, batch: int = 256):
    it = iter(records)
    while chunk := list(islice(it, batch)):
        yield spec, chunk


def records_task(batch: tuple[SchemaSpec, list[Record]]) -> tuple[None, list[Group]]:
    spec, records = batch
    return None, [_group(spec, rec, rec.path or rec.id, "", record_digest(rec)) for rec in records]


def warm_up() -> None:
    """Load the extraction gazetteers once, before worker processes fork and share them."""
    extract("warm up", None)


def _group(spec: SchemaSpec, rec: Record, location: str, digest: str, record_hash: str) -> Group:
    article, quotes = to_documents(spec, rec, location, digest)
    article[F.RECORD_HASH] = record_hash
    return analyze_group(spec, rec.id, article, quotes)


def job_size(job: FileJob) -> int:
    """The bytes a job reads (for deciding on workers, and for progress)."""
    if job.data is not None:
        return len(job.data)
    if job.src.location == STDIN:
        return 0
    try:
        return os.path.getsize(job.src.location)
    except OSError:
        return 0
