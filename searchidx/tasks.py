"""The per-file and per-batch work that indexing runs in worker processes.

Reading a file, extracting its records, building their documents and analysing
them into postings is pure CPU work on one file, so the indexing workers
(``building.py``) run ``file_task`` and ``records_task`` while the caller's
process keeps order and commits.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from itertools import islice
from typing import Iterator

from .documents import to_documents
from .errors import IngestError
from .extract import extract
from .ingest import STDIN, SourceFile, content_hash, iter_records, read_bytes, skip_reason
from .records import Record
from .schema import SchemaSpec
from .segments import Group, analyze_group

UNCHANGED, SKIPPED, DOCUMENTS, FAILED = "unchanged", "skipped", "documents", "failed"
# Below this much input, starting processes costs more than it saves.
PARALLEL_MIN_BYTES = 2_000_000


@dataclass
class FileJob:
    src: SourceFile
    known_digest: str | None  # the hash indexed for this file, if any
    data: bytes | None  # already read (standard input), else read by the worker
    spec: SchemaSpec


@dataclass
class Prepared:
    src: SourceFile
    status: str
    digest: str | None = None
    error: IngestError | None = None
    reason: str | None = None  # why a SKIPPED file was not read


def file_task(job: FileJob) -> tuple[Prepared, Iterator[Group]]:
    """A file's outcome (small, goes back to the writing process) and its analysed groups,
    made one record at a time as they are consumed (written into a segment where they
    were made), so a large file is never held analysed in memory whole.

    A bad record met part way stops the groups and turns the outcome into a failure:
    the groups already written must then be discarded by the caller (a file is indexed
    whole or not at all).
    """
    src = job.src
    try:
        data = job.data if job.data is not None else read_bytes(src)
        digest = content_hash(data)
        if src.location != STDIN and job.known_digest == digest:
            return Prepared(src, UNCHANGED, digest), iter(())
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
        for rec in iter_records(src, data):
            yield _group(job.spec, rec, src.location, prepared.digest)
    except IngestError as exc:
        prepared.status, prepared.error = FAILED, exc


def file_procs(jobs: list[FileJob], procs: int | None) -> int:
    """Worker processes worth starting for these files (1: work in this process)."""
    procs = procs if procs is not None else (os.cpu_count() or 1)
    if procs <= 1 or len(jobs) < 2 or sum(_size(job) for job in jobs) < PARALLEL_MIN_BYTES:
        return 1
    return min(procs, len(jobs))


def record_batches(records, spec: SchemaSpec, batch: int = 256):
    it = iter(records)
    while chunk := list(islice(it, batch)):
        yield spec, chunk


def records_task(batch: tuple[SchemaSpec, list[Record]]) -> tuple[None, list[Group]]:
    spec, records = batch
    return None, [_group(spec, rec, rec.path or rec.id, "") for rec in records]


def warm_up() -> None:
    """Load the extraction gazetteers once, before worker processes fork and share them."""
    extract("warm up", None)


def _group(spec: SchemaSpec, rec: Record, location: str, digest: str) -> Group:
    return analyze_group(spec, rec.id, *to_documents(spec, rec, location, digest))


def _size(job: FileJob) -> int:
    if job.data is not None:
        return len(job.data)
    try:
        return os.path.getsize(job.src.location)
    except OSError:
        return 0
