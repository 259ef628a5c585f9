"""The index: create/open, write (add, update, prune, delete) and search.

One ``Index`` may be searched from several threads: each thread keeps its own
Whoosh searcher and reuses it until the index changes. ``Searcher.refresh()``
is never called: in every Whoosh fork it can return stale or duplicated
documents after an update, so a searcher that is out of date is reopened.
"""

from __future__ import annotations

import functools
import threading
import time
import weakref
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import orjson
from whoosh import index as windex
from whoosh.util.times import long_to_datetime

from .analysis import SnowballFilter, drain_stems
from .checks import check_ids, check_path, check_paths, check_procs, check_schema_name, check_seconds, checked_records
from .defaults import DATE_FACETS, DEFAULT_LOCK_TIMEOUT, DEFAULT_TIMEOUT, SHARDS_MANIFEST, SORTS
from .engine import manifest, whoosh_adapter
from .engine.arrays import Layout, PostingsUnavailable
from .engine.evaluate import NO_DATE, Evaluator
from .engine.matching import date_keys, match, ranked
from .engine.postings import Postings, segment_leaves, sidecar_path
from .engine.stems import StemTable, update_table
from .engine.storage import DurableStorage, WriteLock, committed_segments, sweep
from .engine.trust import check_index_dir
from .errors import (
    IndexExistsError,
    IndexLockedError,
    IndexNotFoundError,
    IndexUnreadableError,
    IndexWriteError,
    IngestError,
    InvalidArgumentError,
    SearchIdxError,
)
from .facets import DocColumns, make_facets
from .query import (
    KeywordLexicon,
    QueryCompiler,
    check_choice,
    check_count,
    check_date_option,
    check_direct,
    check_query,
    check_strings,
    conjoin,
    direct_filter,
    filter_values,
    filters,
)
from .querylimits import Budget, check_timeout
from .results import Facets, FilterMatch, Hit, IndexReport, Quote, QuoteResult, Result, Stats
from .schema import F, Kind, SchemaSpec, load_spec
from .shared import Generation, generation_of
from .snippets import make_snippet

if TYPE_CHECKING:  # the write side is imported when writing: a search never needs it
    from .engine.building import BulkWriter
    from .incremental import Holdings, Run
    from .progress import Progress
    from .records import Record
    from .tasks import FileJob
    from .writer import Writer

# Commits made in this process, per index directory: searchers of every Index object
# on that directory see them at once, without polling the directory.
_LOCAL_COMMITS: dict[str, int] = {}
_LOCAL_COMMITS_LOCK = threading.Lock()


def _writes(method):
    """A write's ``OSError`` (disk full, file too large, no permission) as one line: the
    writer has already been cancelled, so nothing was committed."""

    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        try:
            return method(self, *args, **kwargs)
        except OSError as exc:
            reason = exc.strerror or str(exc) or type(exc).__name__
            where = f" ({exc.filename})" if exc.filename else ""
            raise IndexWriteError(
                f"{self.path}: cannot write the index: {reason}{where}; nothing from this run was committed"
            ) from None

    return wrapper


#: A search matching fewer records than this gets a "did you mean" built from the index's
#: words: a misspelt word finds nothing or next to nothing, and the check costs a few
#: term lookups (more when a word is rare), which a search with results should not pay.
SUGGEST_BELOW = 3


class SearcherState:
    """What one thread's searcher needs beyond Whoosh: the generation's shared state
    (``shared.Generation``), and its own column readers and evaluator."""

    def __init__(self, index: Index, searcher):
        self._index = index
        self._searcher = searcher
        self._generation: Generation | None = None
        self._evaluator: Evaluator | None = None
        self._hits: Any = None  # Whoosh column readers, opened on first use
        self._bodies: Any = None
        self.checked_at = time.monotonic()
        self.seen_commits = _LOCAL_COMMITS.get(index._key, 0)

    @property
    def generation(self) -> Generation:
        if self._generation is None:
            self._generation = self._index._generation_of(self._searcher)
        return self._generation

    @property
    def postings(self) -> Postings:
        return self.generation.postings

    @property
    def columns(self) -> DocColumns:
        return self.generation.columns

    @property
    def lexicon(self) -> KeywordLexicon:
        return self.generation.lexicon

    def compiled(self, query: str, kind: str, fields, speaker, place, since, until):
        """(user query, full query with filters), kept per generation: both depend on its lexicon."""
        key = (query, kind, fields, _frozen(speaker), _frozen(place), str(since), str(until))
        generation = self.generation
        hit = generation.compiled.get(key)
        if hit is None:
            user_q = self._index._compiler.parse(query, self.lexicon, fields=fields)
            full = conjoin(user_q, filters(kind, self.lexicon, speaker, place, since, until))
            hit = (user_q, full)
            generation.remember(key, hit)
        return hit

    def hit_row(self, docnum: int) -> dict:
        if self._hits is None:
            self._hits = self._searcher.reader().column_reader(F.HIT)
        return orjson.loads(self._hits[docnum])

    def article_title(self, quote_row: dict) -> str:
        """The title of a quotation's article: stored once, in the article's own hit row
        (rows written before that carry it themselves)."""
        if "title" in quote_row:
            return quote_row["title"]
        article_id = quote_row["article_id"]
        try:
            # One term's postings (the article, unless some quotation's id is spelt the same).
            docnums = [int(d) for d in self.postings.ids_weights(F.ID, article_id)[0]]
        except PostingsUnavailable:
            found = self._searcher.document_number(**{F.ID: article_id, F.KIND: Kind.ARTICLE})
            docnums = [] if found is None else [found]
        for docnum in docnums:
            row = self.hit_row(docnum)
            if "speakers" in row:  # an article's row, not a quotation's
                return row["title"]
        return ""

    def body(self, docnum: int) -> str:
        if self._bodies is None:
            self._bodies = self._searcher.reader().column_reader(F.BODY)
        return self._bodies[docnum]

    def close(self) -> None:
        """Let go of the generation (closed by the index, or when its last user goes;
        one read through this state's own searcher closes now)."""
        if self._generation is not None and not self._generation.owns:
            self._generation.close()
        self._generation = self._evaluator = self._hits = self._bodies = None
        self._searcher = None

    @property
    def evaluator(self) -> Evaluator:
        if self._evaluator is None:
            spec = self._index.spec
            # Every field Whoosh scores with BM25F (those keeping lengths), so both paths agree.
            scored = {f.name for f in spec.fields if f.type in ("text", "keyword")}
            self._evaluator = Evaluator(
                self.postings,
                self._searcher,
                spec.pair_fields,
                scored,
                F.DATE,
                set(self._index._layout().positional_fields),
            )
        return self._evaluator


class Index:
    def __init__(self, path: str | Path, whoosh_index, spec: SchemaSpec):
        self.path = Path(path)
        self._ix = whoosh_index
        self.spec = spec
        self.schema = whoosh_index.schema
        self._compiler = QueryCompiler(spec, self.schema)
        # Query words are stemmed through the index's stem table first (engine/stems.py).
        table = StemTable(self.path)
        for name in self.schema.names():
            for part in getattr(self.schema[name].analyzer, "items", ()):
                if isinstance(part, SnowballFilter):
                    part.table = table
        self._key = str(self.path.resolve())
        self._local = threading.local()
        self._searchers: weakref.WeakSet = weakref.WeakSet()
        self._generation: Generation | None = None  # the latest generation's shared state
        self._generation_lock = threading.Lock()
        self._closed = False
        self._layout_cache: Layout | None = None

    # -- opening -----------------------------------------------------------------
    @classmethod
    def create(cls, path: str | Path, schema: str = "news") -> Index:
        """Make a new, empty index at ``path`` (a new or empty directory) with the schema
        ``schema/<schema>.toml``; IndexExistsError if one is there already."""
        # Before any index is read (here, not at import): Whoosh unpickles its files, and a
        # crafted pickle runs code. Process-wide from then on; README, "An index is trusted input".
        whoosh_adapter.install()
        path = Path(check_path("path", path))
        schema = check_schema_name(schema)
        if path.is_dir():
            check_index_dir(path)
        if path.exists() and _index_exists(path):
            raise IndexExistsError(f"{path}: an index already exists here")
        if path.exists() and (not path.is_dir() or any(path.iterdir())):
            # Never scatter index files among someone's documents.
            raise IndexExistsError(f"{path}: exists and is not an empty directory; choose another --index")
        spec = load_spec(schema)
        try:
            path.mkdir(parents=True, exist_ok=True)
            ix = DurableStorage(str(path)).create_index(spec.to_whoosh())
            manifest.write(path, spec, layout_of(spec))
            return cls(path, ix, spec)
        except OSError as exc:
            raise IndexWriteError(f"{path}: cannot create the index: {exc.strerror or exc}") from None

    @classmethod
    def open(cls, path: str | Path, create: bool = False, schema: str = "news") -> Index:
        """Open the index at ``path`` (``create=True``: make it when absent). Unreadable,
        damaged or foreign directories are a one-line SearchIdxError with a hint."""
        whoosh_adapter.install()
        path = Path(check_path("path", path))
        schema = check_schema_name(schema)
        if path.is_dir():
            check_index_dir(path)
        if (path / SHARDS_MANIFEST).is_file():  # a sharded index (searchidx.shards)
            from .shards import ShardedIndex

            return ShardedIndex.open(path, schema=schema)  # type: ignore[return-value]
        # Opening reads the table of contents: it is not read once before to ask whether
        # there is one (``_index_exists``). None of this index's name: no index here.
        ix = None
        if path.is_dir() and _has_toc(path):
            try:
                ix = DurableStorage(str(path)).open_index()
            except windex.EmptyIndexError:
                pass
            except SearchIdxError as exc:  # a refusal (an untrusted pickle) says why itself
                raise _at(path, exc) from None
            except Exception as exc:  # noqa: BLE001 - a damaged table of contents fails in many ways
                raise IndexUnreadableError(f"{path}: cannot open the index: {exc}") from None
        if ix is None:
            if create:
                return cls.create(path, schema)
            raise IndexNotFoundError(f"{path}: no searchidx index here")
        spec = load_spec(schema)
        present = set(ix.schema.names())  # Whoosh reads the table of contents for each ``schema``
        missing = [name for name in F.ALL if name not in present]
        if missing:
            raise IndexUnreadableError(f"{path}: index lacks fields {', '.join(missing)} (built by an older version)")
        # Built with today's schema and layout? (An index from before manifests has none,
        # and gets one from its next writer.)
        manifest.check(path, spec, layout_of(spec))
        _sweep_if_idle(path, ix)
        return cls(path, ix, spec)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def close(self) -> None:
        for s in list(self._searchers):
            _close_searcher(s)
        self._searchers = weakref.WeakSet()
        self._local = threading.local()
        with self._generation_lock:
            if self._generation is not None:
                self._generation.close()
            self._generation = None
        self._closed = True
        self._ix.close()

    # -- reading -----------------------------------------------------------------
    def _searcher(self, fresh: bool = False):
        """This thread's searcher, reopened (never refreshed) when the index changed;
        ``fresh``: check the directory now, not within the next ``RECHECK_SECONDS``."""
        if self._closed:
            raise InvalidArgumentError(f"{self.path}: index is closed")
        local = self._local
        s = getattr(local, "searcher", None)
        if s is not None and fresh:
            s._searchidx.checked_at = -float("inf")
        if s is None or not self._current(s):
            opened = self._open_searcher()
            local.searcher = opened
            self._searchers.add(opened)
            if s is not None:
                _close_searcher(s)
            s = opened
        return s

    def _open_searcher(self):
        """A new searcher with its generation's posting arrays mapped. A commit deletes the
        files of the segments it merged away; one that lands between opening the table of
        contents and mapping the arrays (mapped, they stay readable) leaves this searcher
        without them: the newer generation is opened instead. Arrays still to be built (an
        index from an earlier version) are built by the first search that needs them."""
        for attempt in range(3):
            try:
                opened = self._ix.searcher()
            except IndexUnreadableError:
                # A merge's commit deleted a segment's files between reading the table
                # of contents and opening the segment: the next try reads the newer one.
                if attempt == 2:
                    raise
                continue
            opened._searchidx = SearcherState(self, opened)
            present = all(sidecar_path(self.path, leaf).exists() for leaf, _base in segment_leaves(opened.reader()))
            if present:
                try:
                    _ = opened._searchidx.generation.postings
                    return opened
                except PostingsUnavailable:
                    pass  # deleted since the check
            if attempt == 2 or generation_of(opened) == self._ix.latest_generation():
                return opened
            _close_searcher(opened)
        raise AssertionError("unreachable")

    def _generation_of(self, searcher) -> Generation:
        """The shared state of ``searcher``'s generation: the one kept, or one built now
        through a searcher opened for it (when the index has moved on again since
        ``searcher`` opened, a generation of its own that is not kept)."""
        gen = generation_of(searcher)
        with self._generation_lock:
            kept = self._generation
            if kept is not None and kept.generation == gen:
                return kept
            own = self._ix.searcher()
            made = Generation(own, self.path, self._layout(), self._keyword_fields())
            if made.generation != gen:
                made.close()
                # Not shared: read through the thread's own searcher, closed with it.
                return Generation(searcher, self.path, self._layout(), self._keyword_fields(), owns=False)
            if kept is None or kept.generation < gen:
                self._generation = made  # the old one closes when its last user lets go
            return made

    # Another process's commit is noticed within this many seconds; this process's own
    # commits (from any Index object) at once. Checking the directory on every query cost
    # more than a term lookup.
    RECHECK_SECONDS = 0.05

    def _current(self, s) -> bool:
        state: SearcherState = s._searchidx
        now = time.monotonic()
        local_gen = _LOCAL_COMMITS.get(self._key, 0)
        if state.seen_commits == local_gen and now - state.checked_at < self.RECHECK_SECONDS:
            return True
        fresh = s.up_to_date()
        if fresh:
            state.checked_at, state.seen_commits = now, local_gen
        return fresh

    def _keyword_fields(self) -> list[str]:
        return [f.name for f in self.spec.fields if f.type == "keyword"]

    def _layout(self) -> Layout:
        """What each segment's posting arrays hold (``layout_of``)."""
        if self._layout_cache is None:
            self._layout_cache = layout_of(self.spec)
        return self._layout_cache

    def _committed(self) -> None:
        with _LOCAL_COMMITS_LOCK:
            _LOCAL_COMMITS[self._key] = _LOCAL_COMMITS.get(self._key, 0) + 1
        # Open the new segments' postings now, so the first search does not pay for it.
        try:
            _ = self._searcher()._searchidx.postings
        except (PostingsUnavailable, OSError):
            pass  # searches fall back to Whoosh, or retry; the commit itself is done

    # -- writing -----------------------------------------------------------------
    def _writer(self, lock_timeout: float) -> Writer:
        """A Whoosh writer holding this index's lock, after removing what killed writers
        left behind; its ``commit`` merges by ``merge_policy``."""
        from whoosh.codec.whoosh3 import W3Codec

        from .engine.merge import merge_policy
        from .writer import Writer

        lock_timeout = check_seconds("lock_timeout", lock_timeout)
        lock = WriteLock(self.path, self._ix.indexname)
        if not lock.acquire(lock_timeout):
            raise IndexLockedError(f"{self.path}: {lock.owner()} holds the index lock (waited {lock_timeout:g}s)")
        try:
            toc = self._ix._read_toc()
            sweep(self.path, self._ix.indexname, {seg.segment_id() for seg in toc.segments})
            if not (self.path / manifest.NAME).exists():
                manifest.write(self.path, self.spec, self._layout())  # an index from before manifests
            writer = Writer(self._ix, _lk=False, codec=W3Codec())  # its own segment stays empty
        except BaseException:
            lock.release()
            raise
        # Whoosh's writer releases its lock when it commits or cancels; the segment it makes
        # for documents added through it is never used, so its files need no syncing.
        writer.writelock = lock
        writer.storage.volatile.add(writer.newsegment.segment_id())
        writer.policy = merge_policy(self.path, self._layout())
        return writer

    @_writes
    def add_paths(
        self,
        paths: Sequence[str | Path],
        prune: bool = False,
        lock_timeout: float = DEFAULT_LOCK_TIMEOUT,
        stdin=None,
        procs: int | None = None,
        follow_links: bool = False,
        fields=None,
        progress: Callable[[Progress], None] | None = None,
    ) -> IndexReport:
        """Index files and folders (see ``searchidx.ingest`` for the formats read).

        Unchanged files are skipped (each file read leaves a marker, invisible to searches,
        holding its digest; see ``searchidx.incremental``); in a changed file only the
        records that changed are extracted again, and records it no longer holds are
        removed. A record with an id
        of its own keeps it; one without gets ``NAME`` or ``NAME#LINE`` from its path as
        named (``bbc/tech/001.txt``). A file that cannot be read, and every bad record,
        is reported in ``errors`` (file, line, reason): the file's other records are still
        indexed and nothing the index held for a bad record is lost. ``fields`` names the
        column holding a part of a record (``{"body": "full_article"}``) in CSV and JSON.
        ``progress`` is called with a ``Progress`` as files and records are read. Reading
        and extraction run in ``procs`` worker processes (default: one per core) while
        this process writes the index.
        """
        from .incremental import Holdings, Run
        from .ingest import check_fields
        from .progress import Tracker
        from .tasks import file_procs, file_task, job_size, warm_up

        started = time.perf_counter()
        report = IndexReport()
        paths, procs, fields = check_paths(paths), check_procs(procs), check_fields(fields)
        if progress is not None and not callable(progress):
            raise InvalidArgumentError(f"progress must be a callable or None, got {type(progress).__name__}")
        writer = self._bulk_writer(lock_timeout)
        try:
            holdings = Holdings(self._searcher(fresh=True))  # as committed when the lock was taken
            known = holdings.digests()  # location -> its marker's digest (None: no marker)
            run = Run(report, holdings, known)
            jobs, seen = self._path_jobs(paths, follow_links, stdin, fields, holdings, known, run)
            workers = file_procs(jobs, procs)
            sizes = [job_size(job) for job in jobs]
            tracker = Tracker(progress, len(jobs), sum(sizes)) if progress is not None and jobs else None
            if tracker is not None and workers == 1:
                for job in jobs:
                    job.on_record = tracker.hook()  # in this process: progress record by record
            if workers > 1:
                warm_up()
            # Not zip(): the build must run to its end, where it finishes its segments.
            for n, (outcome, placed) in enumerate(writer.build(workers).run(jobs, file_task)):
                run.apply(writer, outcome, placed)
                if tracker is not None:
                    tracker.file_done(sizes[n], outcome.records_read + outcome.checked + len(outcome.record_errors))
            run.finish(writer)
            pruned, gone = self._prune(writer, holdings, known, seen) if prune else (0, 0)
            report.deleted += pruned
        except BaseException:
            writer.cancel()
            raise
        if run.changed or gone:
            self._commit(writer)
        else:
            writer.cancel()
        report.took_ms = (time.perf_counter() - started) * 1000
        return report

    def _path_jobs(
        self,
        paths: list[str],
        follow_links: bool,
        stdin,
        fields: dict,
        holdings: Holdings,
        known: dict[str, str | None],
        run: Run,
    ) -> tuple[list[FileJob], set[str]]:
        """The files to read, and every location met. A file the index holds anything from
        is read here first: one whose marker holds its digest is unchanged and goes no
        further; any other goes with the ids and digests of the records the index holds
        from it, and its marker's digest (one read with bad records, as it is now, is only
        re-checked for them)."""
        from .ingest import STDIN, SkippedFile, file_digest, iter_files, read_bytes
        from .tasks import FileJob

        jobs: list[FileJob] = []
        seen: set[str] = set()
        for src in iter_files(paths, follow_links=follow_links, exclude=(str(self.path),)):
            if isinstance(src, IngestError):
                run.failed(src)
                continue
            if isinstance(src, SkippedFile):
                run.skip(src)
                continue
            seen.add(src.location)
            held = src.location in known and src.location != STDIN
            marker = known.get(src.location) if held else None
            try:
                # A file without a marker is read whatever its digest: no need to take it first.
                data = read_bytes(src, stdin) if src.location == STDIN or marker is not None else None
            except IngestError as exc:
                run.failed(exc)
                continue
            if not held:
                jobs.append(FileJob(src, None, data, self.spec, fields))
            elif marker is not None and data is not None and file_digest(src, data, fields) == marker:
                run.report.unchanged += 1
            else:
                jobs.append(FileJob(src, holdings.records(src.location), None, self.spec, fields, marker=marker))
        return jobs, seen

    @_writes
    def add_records(
        self, records: Iterable[Record], lock_timeout: float = DEFAULT_LOCK_TIMEOUT, procs: int | None = None
    ) -> IndexReport:
        """Index records built in code (an embedder's own reader); same ids replace, and a
        later record of a batch replaces an earlier one with its id (both in ``duplicates``).
        With ``procs`` > 1, extraction runs in that many worker processes."""
        from .incremental import Run
        from .tasks import record_batches, records_task, warm_up

        started = time.perf_counter()
        report = IndexReport()
        procs = check_procs(procs)
        records = checked_records(records)  # each checked as the batch reaches it
        writer = self._bulk_writer(lock_timeout)
        run = Run(report, None, {})
        try:
            procs = procs if procs is not None else 1
            if procs > 1:
                warm_up()
            n = 0
            for _none, placed in writer.build(procs).run(record_batches(records, self.spec), records_task):
                for p in placed:
                    n += 1
                    run.batch_record(p.article_id, f"record {n}")
                    run.place(writer, p)
                    report.added += 1
            run.finish(writer)  # the committed copies of what was replaced
        except BaseException:
            writer.cancel()
            raise
        self._commit(writer)
        report.took_ms = (time.perf_counter() - started) * 1000
        return report

    def _bulk_writer(self, lock_timeout: float) -> BulkWriter:
        from .engine.building import BulkWriter, Target

        writer = self._writer(lock_timeout)
        return BulkWriter(writer, Target(str(self.path), writer.indexname, self.schema, self._layout()))

    def _commit(self, writer) -> None:
        """Commit (merging as the writer's policy says); on any failure nothing is committed,
        what was written is removed and the lock is released."""
        try:
            writer.commit()
        except BaseException:
            if not writer.is_closed:
                writer.cancel()
            raise
        # The words this run stemmed, for searches to stem without NLTK (a cache: best effort).
        update_table(self.path, drain_stems())
        self._committed()

    def _prune(self, writer, holdings: Holdings, known: dict[str, str | None], seen: set[str]) -> tuple[int, int]:
        """Delete what the index holds from every location that is gone (its records and its
        marker); returns how many of them held records, and how many there were. Every record keeps its file's
        location (its id need not name it): a location that is gone takes its records,
        wherever their ids say they came from."""
        from .ingest import STDIN

        gone = [loc for loc in known if loc != STDIN and loc not in seen and not Path(loc).exists()]
        with_records = sum(holdings.has_records(loc) for loc in gone)
        for loc in gone:
            writer.delete_by_term(F.PATH, loc)
        return with_records, len(gone)

    @_writes
    def prune(self, lock_timeout: float = DEFAULT_LOCK_TIMEOUT) -> int:
        """Remove records whose files no longer exist (and those files' markers); returns
        how many files' records went."""
        from .incremental import Holdings

        writer = self._writer(lock_timeout)
        try:
            holdings = Holdings(self._searcher(fresh=True))
            removed, gone = self._prune(writer, holdings, holdings.digests(), set())
        except BaseException:
            writer.cancel()
            raise
        if gone:
            self._commit(writer)
        else:
            writer.cancel()
        return removed

    @_writes
    def delete(self, ids: Iterable[str], lock_timeout: float = DEFAULT_LOCK_TIMEOUT) -> int:
        """Delete articles (and their quotes) by id; returns how many articles were found."""
        ids = check_ids(ids)
        if not ids:
            return 0
        writer = self._writer(lock_timeout)
        try:
            s = self._searcher(fresh=True)
            found = [i for i in dict.fromkeys(ids) if s.document_number(**{F.ID: i, F.KIND: Kind.ARTICLE}) is not None]
            for i in found:
                writer.delete_by_term(F.ARTICLE_ID, i)
        except BaseException:
            writer.cancel()
            raise
        if found:
            self._commit(writer)
        else:
            writer.cancel()
        return len(found)

    @_writes
    def optimize(self, lock_timeout: float = DEFAULT_LOCK_TIMEOUT) -> None:
        """Merge every segment into one, reclaiming the space of deleted and replaced documents."""
        from .engine.merge import merge_policy

        writer = self._writer(lock_timeout)
        writer.policy = merge_policy(self.path, self._layout(), everything=True)
        self._commit(writer)

    # -- searching ---------------------------------------------------------------
    def search(
        self,
        query: str,
        speaker=None,
        place=None,
        since=None,
        until=None,
        facets: Sequence[str] = (),
        sort: str = "relevance",
        limit: int = 10,
        offset: int = 0,
        facet_limit: int | None = None,
        timeout: float | None = DEFAULT_TIMEOUT,
        snippets: bool = True,
    ) -> Result:
        """Articles matching ``query``, best first (or newest first with ``sort="date"``), with
        ``total`` and facet counts over every match; ``limit=0`` gives only those. ``speaker``
        and ``place`` values (and ``speaker:``/``place:`` in the query) match a person by any name
        the index holds for them and a place by its aliases; ``Result.matches`` says what each
        value matched, with suggestions for one that matched nothing. Each hit carries a
        highlighted snippet of its body, made here (``snippets=False`` skips them). A search
        still running after ``timeout`` seconds (None: no limit) stops with SearchTimeoutError."""
        started = time.perf_counter()
        query, speaker, place, since, until, sort, limit, offset, budget = _search_args(
            query, speaker, place, since, until, sort, limit, offset, timeout
        )
        wanted = make_facets(
            check_strings("facets", facets),
            self.spec,
            None if facet_limit is None else check_count("facet_limit", facet_limit, 1),
        )
        s = self._searcher()
        state: SearcherState = s._searchidx
        user_q, full = state.compiled(query, Kind.ARTICLE, None, speaker, place, since, until)
        matches = _filter_matches(self, state, query, None, speaker, place)
        ids, scores = match(s, state, full, budget)
        page = ranked(s, state, ids, scores, sort, offset, limit)
        terms = self._highlight_terms(s, user_q) if snippets and page else frozenset()
        hits = []
        for docnum, score in page:
            budget.check()
            row = state.hit_row(docnum)
            snippet = make_snippet(state.body(docnum), terms, self.schema[F.BODY].analyzer) if snippets else ""
            hits.append(
                Hit(
                    id=row["id"],
                    title=row["title"],
                    date=_from_iso(row["date"]),
                    speakers=row["speakers"],
                    places=row["places"],
                    score=score,
                    snippet=snippet,
                )
            )
        facet_results = Facets({f.name: _count_facet(f, state.columns, ids, budget) for f in wanted})
        undated = None
        if since is not None or until is not None or sort == "date" or any(f.name in DATE_FACETS for f in wanted):
            undated = self._undated(s, state, query, speaker, place, since, until, ids, budget)
        # A misspelt word finds nothing or next to nothing (``ukrane``).
        suggestion = None
        if len(ids) < SUGGEST_BELOW:
            from .suggest import suggest

            suggestion = suggest(self, query)
        return Result(
            query=query,
            total=len(ids),
            hits=hits,
            facets=facet_results,
            took_ms=(time.perf_counter() - started) * 1000,
            matches=matches,
            undated=undated,
            suggestion=suggestion,
        )

    def _undated(self, s, state: SearcherState, query: str, speaker, place, since, until, ids, budget: Budget) -> int:
        """How many records the search matches, or would without its date range, that have
        no date: a range, date order and date facets cannot place them, and should say so."""
        if since is not None or until is not None:
            _user_q, loose = state.compiled(query, Kind.ARTICLE, None, speaker, place, None, None)
            ids, _scores = match(s, state, loose, budget)
        return int(np.count_nonzero(date_keys(s, state, ids) < 0))

    def _highlight_terms(self, s, q) -> frozenset:
        """The body terms a query looks for, prefixes and wildcards expanded to the words
        the index holds (as many as the query's expansion limit)."""
        # Leaf by leaf: Whoosh's compound ``existing_terms`` reuses its ``fieldname`` argument
        # as a loop variable, so after a title leaf it skips every body leaf.
        found: set = set()
        for leaf in q.leaves():
            if leaf.field() != F.BODY:
                continue
            try:
                found.update(leaf.existing_terms(s.reader(), phrases=True, expand=True))
            except Exception:  # noqa: BLE001 - highlighting is best effort; the terms as written
                found.update(leaf.iter_all_terms())
        return frozenset(
            text.decode("utf-8") if isinstance(text, bytes) else text for field, text in found if field == F.BODY
        )

    def quotes(
        self,
        query: str,
        speaker=None,
        place=None,
        since=None,
        until=None,
        limit: int = 10,
        offset: int = 0,
        sort: str = "relevance",
        timeout: float | None = DEFAULT_TIMEOUT,
        direct: bool | None = None,
    ) -> QuoteResult:
        """Quotations matching ``query`` (in the quote's own words), with speaker and article;
        ``direct=True`` keeps quoted words only, ``False`` reported speech only, None both.
        Stops with SearchTimeoutError after ``timeout`` seconds (None: no limit)."""
        started = time.perf_counter()
        query, speaker, place, since, until, sort, limit, offset, budget = _search_args(
            query, speaker, place, since, until, sort, limit, offset, timeout
        )
        direct = check_direct(direct)
        s = self._searcher()
        state: SearcherState = s._searchidx
        user_q, full = state.compiled(query, Kind.QUOTE, (F.BODY,), speaker, place, since, until)
        matches = _filter_matches(self, state, query, (F.BODY,), speaker, place)
        if direct is not None:
            full = conjoin(full, direct_filter(direct))
        ids, scores = match(s, state, full, budget)
        page = ranked(s, state, ids, scores, sort, offset, limit)
        total = len(ids)
        hits = []
        for docnum, score in page:
            budget.check()
            row = state.hit_row(docnum)
            hits.append(
                Quote(
                    text=row["text"],
                    speaker=row["speaker"],
                    date=_from_iso(row["date"]),
                    article_id=row["article_id"],
                    title=state.article_title(row),
                    score=score,
                    direct=_is_direct(row),
                    kind=row.get("kind"),
                    role=row.get("role"),
                )
            )
        return QuoteResult(
            query=query, total=total, hits=hits, took_ms=(time.perf_counter() - started) * 1000, matches=matches
        )

    def stats(self) -> Stats:
        s = self._searcher()
        state: SearcherState = s._searchidx
        articles, _w = state.postings.ids_weights(F.KIND, Kind.ARTICLE)
        quotes, _w = state.postings.ids_weights(F.KIND, Kind.QUOTE)
        speakers = self._distinct(state.columns, F.SPEAKER, articles)
        places = self._distinct(state.columns, F.PLACE, articles)
        dates = state.postings.dates()[articles]
        dated = dates[dates != NO_DATE]
        first = last = None
        if len(dated):
            first, last = (long_to_datetime(int(v)) for v in (dated.min(), dated.max()))
        size = sum(f.stat().st_size for f in self.path.rglob("*") if f.is_file())
        reader = s.reader()
        return Stats(
            documents=len(articles),
            quotes=len(quotes),
            speakers=speakers,
            places=places,
            first_date=first,
            last_date=last,
            size_bytes=size,
            path=str(self.path),
            segments=len(segment_leaves(reader)),
            deleted=reader.doc_count_all() - reader.doc_count(),
        )

    @staticmethod
    def _distinct(columns: DocColumns, field: str, docnums: np.ndarray) -> int:
        values, doc_ids, value_ids = columns.keyword(field)
        if not values or not len(docnums):
            return 0
        matched = np.zeros(columns.doc_count, dtype=bool)
        matched[docnums] = True
        return int(len(np.unique(value_ids[matched[doc_ids]])))


def _at(path: Path, exc: SearchIdxError) -> SearchIdxError:
    """The same error, naming the index directory, its own hint kept."""
    try:
        err = type(exc)(f"{path}: {exc}")
    except TypeError:  # an error built from parts, not a message
        return exc
    err.hint = exc.hint
    return err


def _sweep_if_idle(path: Path, ix) -> None:
    """Remove what a killed writer left (half-written segments and tables of contents)
    when no writer is at work; a reader that cannot take the lock (a writer runs, or the
    directory is read-only) leaves it to the next writer."""
    lock = WriteLock(path, ix.indexname)
    try:
        if not lock.acquire(0):
            return
    except OSError:
        return
    try:
        committed = committed_segments(ix.storage, ix.indexname)
        if committed is not None:
            sweep(path, ix.indexname, committed)
    finally:
        lock.release()


def layout_of(spec: SchemaSpec) -> Layout:
    """What each segment's posting arrays hold for an index of ``spec``: every indexed
    field's postings and term texts (they are the segment's postings of record), word
    pairs, positions of text fields, and the lengths of every scored field (raw, so
    merges keep exact totals)."""
    indexed = [f.name for f in spec.fields if f.type in ("id", "text", "keyword", "datetime")]
    text = [f.name for f in spec.fields if f.type == "text"]
    keyword = [f.name for f in spec.fields if f.type == "keyword"]
    pairs = list(spec.pair_fields.values())
    return Layout(
        posting_fields=tuple(indexed + pairs),
        length_fields=tuple(text + keyword),
        date_field=F.DATE,
        positional_fields=tuple(text + pairs),
        pair_fields=tuple(spec.pair_fields.items()),
        text_fields=tuple(indexed),
        boosts=tuple((f.name, f.boost) for f in spec.fields if f.type == "text" and f.boost != 1.0),
    )


def _from_iso(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def _has_toc(path: Path) -> bool:
    return any(path.glob("_*.toc"))


def _index_exists(path: Path) -> bool:
    """Whether ``path`` holds an index; a damaged one is an error, not "no index"."""
    if not _has_toc(path):
        return False
    try:
        return windex.exists_in(str(path))
    except SearchIdxError as exc:
        raise _at(path, exc) from None
    except Exception as exc:  # noqa: BLE001 - Whoosh reads the TOC to answer, and it may be damaged
        raise IndexUnreadableError(f"{path}: cannot open the index: {exc}") from None


def _frozen(value):
    if value is None or isinstance(value, str):
        return value
    return tuple(value)


def _close_searcher(s) -> None:
    """Close a searcher and break the searcher <-> state cycle, so that its segment maps are
    freed when the last reference goes rather than whenever the cycle collector runs."""
    state = getattr(s, "_searchidx", None)
    if state is not None:
        state.close()
        s._searchidx = None
    if not getattr(s.ixreader, "is_closed", False):
        s.close()


def _check_page(limit, offset) -> tuple[int, int]:
    """``limit`` and ``offset`` as ints of at least 0 (bools, floats and strs refused)."""
    return check_count("limit", limit), check_count("offset", offset)


# -- search helpers: argument checks, and Whoosh's search within a budget --------------------


def _search_args(query, speaker, place, since, until, sort, limit, offset, timeout) -> tuple:
    """The options every search takes, checked (InvalidArgumentError) and normalised, and
    the search's budget."""
    query = check_query(query)
    limit, offset = _check_page(limit, offset)
    return (
        query,
        check_strings("speaker", speaker),
        check_strings("place", place),
        check_date_option("since", since),
        check_date_option("until", until),
        check_choice("sort", sort, SORTS),
        limit,
        offset,
        Budget(query, check_timeout(timeout)),
    )


def _count_facet(facet, columns: DocColumns, docnums: np.ndarray, budget: Budget):
    # A facet's first count builds the searcher's value columns: that is not interrupted
    # (it is kept for every later search), so the deadline is looked at before it only.
    budget.check()
    return facet.count(columns, docnums)


# -- what speaker/place filters matched, and quote rows ---------------------------------------


def _filter_matches(ix: Index, state: SearcherState, query: str, fields, speaker, place) -> tuple[FilterMatch, ...]:
    """What each speaker/place value of a search matched, query values first: the same
    answers the compiled query used (the lexicon keeps them), each value once."""
    pairs = ix._compiler.keyword_values(query, fields) + filter_values(speaker, place)
    return tuple(state.lexicon.match(field, value)[0] for field, value in dict.fromkeys(pairs))


def _is_direct(row: dict) -> bool:
    # A hit row without "direct" was written before reported speech was extracted: quoted words.
    return bool(row.get("direct", True))
