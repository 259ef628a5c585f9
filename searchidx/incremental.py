"""What an indexing run changes, file by file and record by record, and what it reports.

Ids do not hold the path of the file a record came from (a record's own id is kept
as given), so the index keeps that path beside each record (``F.PATH``, the file's
real location) with two digests: the file's (``F.HASH``) and the record's own
(``F.RECORD_HASH``). A run then:

* skips a file whose digest every record from it still carries (unchanged);
* in a changed file, writes only the records whose digest differs, and removes the
  records the file no longer holds; when the file has bad records it removes none
  (a bad record may be the new version of one of them), and its new records carry no
  file digest, so the next run reads it again and reports the bad records again;
* lets a record replace any other with its id, wherever that one came from: the last
  one read wins, and every such replacement is reported with both places;
* prunes (``--prune``) the records whose file location is gone.
"""
from __future__ import annotations

import os
from pathlib import Path

from whoosh.reading import TermNotFound

from .building import BulkWriter, Placed
from .errors import IngestError
from .ingest import STDIN, SkippedFile
from .results import IndexReport
from .schema import F, Kind
from .tasks import SKIPPED, Prepared

#: The file digest of a location whose records carry different ones (some were rewritten).
MIXED = ""


class Holdings:
    """What the committed index holds per file location (read through a searcher opened
    when the lock was taken): the file digest, the records' ids and digests."""

    def __init__(self, searcher):
        self._searcher = searcher
        self._reader = searcher.reader()
        self._articles: set[int] | None = None

    def digests(self) -> dict[str, str]:
        """Location -> the file digest all its documents carry, or ``MIXED``. A quotation
        carries its article's digest (they are written together), so a location with one
        article costs a posting-list read and a stored-field read; one with more, one more
        posting-list read (of the digest's documents)."""
        reader = self._reader
        known: dict[str, str] = {}
        if F.PATH not in reader.indexed_field_names():
            return known
        articles = self._article_docs()
        for raw in reader.lexicon(F.PATH):
            docs = list(reader.postings(F.PATH, raw).all_ids())
            if not docs:
                continue  # every document of this location was deleted
            digest = reader.stored_fields(docs[0]).get(F.HASH, "")
            if digest and sum(d in articles for d in docs) > 1:
                if not set(reader.postings(F.HASH, digest).all_ids()).issuperset(docs):
                    digest = MIXED
            known[raw.decode("utf-8")] = digest
        return known

    def records(self, location: str) -> dict[str, str]:
        """Id -> record digest of the articles from ``location``."""
        reader = self._reader
        articles = self._article_docs()
        out = {}
        for docnum in reader.postings(F.PATH, location).all_ids():
            if docnum in articles:
                stored = reader.stored_fields(docnum)
                out[stored[F.ID]] = stored.get(F.RECORD_HASH) or ""
        return out

    def _article_docs(self) -> set[int]:
        if self._articles is None:
            try:
                self._articles = set(self._reader.postings(F.KIND, Kind.ARTICLE).all_ids())
            except TermNotFound:
                self._articles = set()
        return self._articles

    def location_of(self, rid: str) -> str | None:
        """Where the committed article ``rid`` came from, if the index holds it."""
        docnum = self._searcher.document_number(**{F.ID: rid, F.KIND: Kind.ARTICLE})
        return None if docnum is None else self._reader.stored_fields(docnum).get(F.PATH)


class Run:
    """Applies each file's outcome to the writer, in input order, and keeps the report."""

    def __init__(self, report: IndexReport, holdings: Holdings | None, known: dict[str, str]):
        self.report = report
        self.holdings = holdings
        self.known = known
        self.ids: dict[str, tuple[str, int]] = {}  # id -> (where, quotes) of the copy written in this run

    def error(self, exc: IngestError) -> None:
        self.report.errors.append(exc.to_dict() | {"message": str(exc)})

    def skip(self, item: SkippedFile) -> None:
        self.report.skipped += 1
        self.report.skips.append(item.to_dict())

    def failed(self, exc: IngestError) -> None:
        self.report.failed += 1
        self.error(exc)

    def apply(self, writer: BulkWriter, outcome: Prepared, placed: list[Placed]) -> None:
        report, src = self.report, outcome.src
        if outcome.error is not None:
            # Records written before the file failed go too: the index keeps what it held.
            writer.discard(placed)
            self.failed(outcome.error)
            return
        if outcome.status == SKIPPED:
            self.skip(SkippedFile(src.path, outcome.reason or "not read"))
            return
        for exc in outcome.record_errors:
            report.bad_records += 1
            self.error(exc)
        for rid, dropped, kept in outcome.duplicates:
            self._duplicate(rid, kept, dropped)
        if outcome.record_errors and not outcome.records_read:
            report.failed += 1  # not one record could be read; the index keeps what it held
            return
        known = src.location in self.known and src.location != STDIN
        if not known:
            report.added += 1
        elif placed or outcome.vanished:
            report.updated += 1
        else:
            report.unchanged += 1  # read again (its records' digests differ), found as it was
        report.kept += outcome.kept
        for rid in outcome.vanished:
            # Committed documents only: a copy written in this run from another file stays.
            writer.delete_by_term(F.ARTICLE_ID, rid)
            report.removed += 1
        for p, (rid, where) in zip(placed, outcome.written):
            earlier = self._replaces(rid, where, src.location, p.quotes)
            if earlier is not None:
                # Counted once: the report's records are what this run leaves in the index.
                report.records -= 1
                report.quotes -= earlier
            self.place(writer, p)

    def place(self, writer: BulkWriter, p: Placed) -> None:
        # An earlier version of this article goes, and its quotes with it.
        writer.delete_by_term(F.ARTICLE_ID, p.article_id)
        writer.placed(p)
        self.report.records += 1
        self.report.quotes += p.quotes

    def batch_record(self, rid: str, where: str, quotes: int = 0) -> int | None:
        """Note a record written in this run; when it replaces one written earlier in the run,
        report it and give that one's number of quotes."""
        earlier = self.ids.get(rid)
        self.ids[rid] = (where, quotes)
        if earlier is None:
            return None
        self._duplicate(rid, where, earlier[0])
        return earlier[1]

    def _replaces(self, rid: str, where: str, location: str, quotes: int) -> int | None:
        """Report a record replacing another with its id: one written earlier in this run
        (whose number of quotes is returned), or one the index holds from another file that
        is still there (one whose file is gone has moved, which is no duplicate)."""
        earlier = self.batch_record(rid, where, quotes)
        if earlier is not None or self.holdings is None:
            return earlier
        held = self.holdings.location_of(rid)
        if held is not None and held != location and held != STDIN and os.path.exists(held):
            self._duplicate(rid, where, f"{_shown(held)} (indexed before)")
        return None

    def _duplicate(self, rid: str, kept: str, dropped: str) -> None:
        self.report.duplicates.append({
            "id": rid, "kept": kept, "dropped": dropped,
            "message": f"id {rid!r} at {kept} replaces the record with that id at {dropped} (the later one is kept)"})


def _shown(location: str) -> str:
    try:
        return Path(location).relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return location
