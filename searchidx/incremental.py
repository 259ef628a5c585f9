"""What an indexing run changes, file by file and record by record, and what it reports.

Ids do not hold the path of the file a record came from (a record's own id is kept
as given), so every article keeps its file's real location (``F.PATH``), the digest
of the file version it was read from (``F.HASH``) and its own digest (``F.RECORD_HASH``).
Besides its records, each file read has one marker document (``tasks.MARKER``: its
location and the digest it was read with; never an article or a quote, so no search,
count or delete by id sees it). A run, per file location:

* skips a file whose marker holds its digest now: unchanged, not read;
* re-checks one whose marker is ``tasks.partial_digest`` of its digest now (it was read
  as it is, with bad records): its bad records are reported again, nothing is written;
* reads any other file (changed, new, or held without a marker: records from an index
  built before markers) with the ids and digests of the records the index holds from
  it, and writes only the records whose digest differs; it removes the records the
  file no longer holds, except when the file has bad records (a bad record may be the
  new version of one of them). The new marker replaces the old one; a file that fails,
  or whose every record is bad, keeps its old marker and records;
* lets a record replace any other with its id, wherever that one came from: the last
  one read wins (a record kept as it was included), and every such replacement is
  reported with both places;
* prunes (``--prune``) the records and the marker of every location that is gone.

Records added in code (``add_records``) have a location but no marker.
"""

from __future__ import annotations

import os
from pathlib import Path

from whoosh import query as wq
from whoosh.reading import TermNotFound

from .engine.building import BulkWriter, Placed
from .errors import IngestError
from .ingest import STDIN, SkippedFile
from .results import IndexReport
from .schema import F, Kind
from .tasks import MARKER, SKIPPED, Prepared


class Holdings:
    """What the committed index holds per file location (read through a searcher opened
    when the lock was taken): its marker's digest, the records' ids and digests."""

    def __init__(self, searcher):
        self._searcher = searcher
        self._reader = searcher.reader()
        self._articles: set[int] | None = None
        self._markers: dict[str, str] | None = None
        self._marker_docs: set[int] = set()

    def digests(self) -> dict[str, str | None]:
        """Every location the index holds anything from (records, a marker or both) -> the
        digest its marker holds, None for one without a marker (records from an index built
        before markers, or added in code). One stored-field read per marker; a location
        without one costs a posting-list read."""
        known: dict[str, str | None] = dict(self.markers())
        reader = self._reader
        if F.PATH not in reader.indexed_field_names():
            return known
        for raw in reader.lexicon(F.PATH):
            location = raw.decode("utf-8")
            if location not in known and self._live(location):
                known[location] = None
        return known

    def markers(self) -> dict[str, str]:
        """Location -> the digest its marker holds (the latest marker, should there be two)."""
        if self._markers is None:
            reader = self._reader
            latest: dict[str, tuple[int, str]] = {}
            self._marker_docs = self._kind_docs(MARKER)
            for docnum in sorted(self._marker_docs):
                stored = reader.stored_fields(docnum)
                latest[stored[F.PATH]] = (docnum, stored.get(F.HASH) or "")
            self._markers = {location: digest for location, (_d, digest) in latest.items()}
        return self._markers

    def has_records(self, location: str) -> bool:
        """Whether the index holds an article or a quote from ``location``."""
        self.markers()
        return self._live(location, skip=self._marker_docs)

    def records(self, location: str) -> dict[str, str]:
        """Id -> record digest of the articles from ``location``."""
        reader = self._reader
        articles = self._article_docs()
        out = {}
        try:
            docs = reader.postings(F.PATH, location).all_ids()
        except TermNotFound:
            return out
        for docnum in docs:
            if docnum in articles:
                stored = reader.stored_fields(docnum)
                out[stored[F.ID]] = stored.get(F.RECORD_HASH) or ""
        return out

    def _live(self, location: str, skip: set[int] = frozenset()) -> bool:
        try:
            return any(d not in skip for d in self._reader.postings(F.PATH, location).all_ids())
        except TermNotFound:
            return False

    def _kind_docs(self, kind: str) -> set[int]:
        try:
            return set(self._reader.postings(F.KIND, kind).all_ids())
        except TermNotFound:
            return set()

    def _article_docs(self) -> set[int]:
        if self._articles is None:
            self._articles = self._kind_docs(Kind.ARTICLE)
        return self._articles

    def location_of(self, rid: str) -> str | None:
        """Where the committed article ``rid`` came from, if the index holds it."""
        docnum = self._searcher.document_number(**{F.ID: rid, F.KIND: Kind.ARTICLE})
        return None if docnum is None else self._reader.stored_fields(docnum).get(F.PATH)


#: How a duplicate report names a record the index held before the run.
INDEXED_BEFORE = " (indexed before)"


def marker_query(location: str) -> wq.Query:
    """The marker of ``location`` and nothing else (its records share only the location)."""
    return wq.And([wq.Term(F.KIND, MARKER), wq.Term(F.PATH, location)])


class Run:
    """Applies each file's outcome to the writer, in input order, and keeps the report.

    Committed copies of what this run replaces are deleted at its end (``finish``), not
    as it goes: a later file that keeps a record as the index holds it (not extracted
    again) must still win over a copy an earlier file wrote in this run."""

    def __init__(self, report: IndexReport, holdings: Holdings | None, known: dict[str, str | None]):
        self.report = report
        self.holdings = holdings
        self.known = known
        self.ids: dict[str, tuple[str, int]] = {}  # id -> (where, quotes) of the copy written in this run
        self.written: dict[str, Placed] = {}  # id -> where this run's copy landed, while it stands
        self.drop: set[str] = set()  # ids whose committed documents go at the end
        self.changed = False  # something to commit

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
            # Records written before the file failed go too: the index keeps what it held,
            # its marker included (none is written for a file that fails).
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
        if outcome.recheck:
            report.unchanged += 1  # read as it was before: its bad records again, nothing written
            return
        if outcome.record_errors and not outcome.records_read:
            report.failed += 1  # not one record could be read; the index keeps what it held
            return
        records = placed[:-1] if outcome.marker is not None else placed  # the marker comes last
        known = src.location in self.known and src.location != STDIN
        if not known:
            report.added += 1
        elif records or outcome.vanished:
            report.updated += 1
        else:
            report.unchanged += 1  # read again (its bytes changed, or it had no marker), found as it was
        report.kept += outcome.kept
        for rid in outcome.vanished:
            # Committed documents only: a copy written in this run from another file stays.
            self.drop.add(rid)
            report.removed += 1
        for rid, where in outcome.kept_ids:
            self._kept(writer, rid, where)
        for p, (rid, where) in zip(records, outcome.written):
            earlier = self._replaces(rid, where, src.location, p.quotes)
            if earlier is not None:
                # Counted once: the report's records are what this run leaves in the index.
                report.records -= 1
                report.quotes -= earlier
            self.place(writer, p)
        if outcome.marker is not None:
            # The new marker (written with the records) replaces the committed one.
            writer.writer.delete_by_query(marker_query(src.location))
            self.changed = True

    def place(self, writer: BulkWriter, p: Placed) -> None:
        # An earlier version of this article goes, and its quotes with it: a copy written in
        # this run at once, the committed one at the end.
        self.drop.add(p.article_id)
        writer.placed(p)
        self.written[p.article_id] = p
        self.report.records += 1
        self.report.quotes += p.quotes
        self.changed = True

    def finish(self, writer: BulkWriter) -> None:
        """Delete the committed documents of every record this run replaced or removed."""
        for rid in sorted(self.drop):
            writer.delete_by_term(F.ARTICLE_ID, rid)
        if self.drop:
            self.changed = True
        self.drop = set()

    def _kept(self, writer: BulkWriter, rid: str, where: str) -> None:
        """A record found as the index holds it from this file: when an earlier file wrote
        its id in this run, this later copy wins, and that one is dropped."""
        earlier = self.written.pop(rid, None)
        if earlier is None:
            return
        writer.discard([earlier])
        self.drop.discard(rid)  # the committed copy (this file's) stays
        dropped, quotes = self.ids.pop(rid)
        self.report.records -= 1
        self.report.quotes -= quotes
        # That copy did not replace this file's after all.
        self.report.duplicates = [
            d
            for d in self.report.duplicates
            if not (d["id"] == rid and d["kept"] == dropped and d["dropped"].endswith(INDEXED_BEFORE))
        ]
        self._duplicate(rid, where, dropped)

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
            self._duplicate(rid, where, f"{_shown(held)}{INDEXED_BEFORE}")
        return None

    def _duplicate(self, rid: str, kept: str, dropped: str) -> None:
        self.report.duplicates.append(
            {
                "id": rid,
                "kept": kept,
                "dropped": dropped,
                "message": f"id {rid!r} at {kept} replaces the record with that id at {dropped} (the later one is kept)",
            }
        )


def _shown(location: str) -> str:
    try:
        return Path(location).relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return location
