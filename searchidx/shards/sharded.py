"""``ShardedIndex``: one index made of N ordinary searchidx indexes (shards), written and
searched in this process or on a Dask distributed cluster, answering as one index would.

Search is Elasticsearch's "DFS query then fetch": (1) each shard reports the query's
term statistics, summed into global ones (``stats.py``); (2) each shard scores its
matches with them and returns its best ``offset + limit`` with facet counts over all
its matches and its total; the pages are merged by score, ties as one index breaks
them (by the order records came in, which one index's document numbers follow), and
counts summed; (3) the page's hits are read from the shards holding them.
"""

from __future__ import annotations

import os
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..checks import check_ids, check_path, check_paths, check_schema_name
from ..defaults import DATE_FACETS, DEFAULT_LOCK_TIMEOUT, DEFAULT_TIMEOUT
from ..errors import IndexExistsError, IndexNotFoundError, InvalidArgumentError, SearchIdxError
from ..facets import _top, make_facets
from ..ingest import STDIN, IngestError, SkippedFile, check_fields, iter_files, read_bytes, record_digest
from ..query import (
    KeywordLexicon,
    QueryCompiler,
    check_count,
    check_direct,
    check_strings,
    conjoin,
    direct_filter,
    filter_values,
    filters,
)
from ..records import Record
from ..results import Facets, IndexReport, QuoteResult, Result, Stats
from ..schema import F, Kind, load_spec
from . import layout as manifest
from . import shard as sh
from .stats import GlobalStats


@dataclass
class ShardedResult(Result):
    """A search of a sharded index: ``partial`` when shards that could not answer were left out."""

    partial: bool = False
    failed_shards: tuple = ()

    def to_dict(self) -> dict:
        return super().to_dict() | {"partial": self.partial, "failed_shards": list(self.failed_shards)}


@dataclass
class ShardedQuoteResult(QuoteResult):
    partial: bool = False
    failed_shards: tuple = ()

    def to_dict(self) -> dict:
        return super().to_dict() | {"partial": self.partial, "failed_shards": list(self.failed_shards)}


#: A page of at most this many hits per shard is read by the query phase on a cluster.
INLINE_FETCH = 50
#: Searches tried with a fresh lexicon when shards change under them.
LEXICON_TRIES = 3
#: Queries whose global statistics are kept (until a shard changes).
STATS_CACHED = 1024


class ShardUnavailableError(SearchIdxError):
    """A shard could not answer (search with ``partial_ok=True`` to leave it out)."""


# -- where shard work runs --------------------------------------------------------------------


class LocalRunner:
    """Shard phases in this process, on shards opened here."""

    remote = False

    def __init__(self, index: ShardedIndex):
        self.index = index

    def run(self, calls: list[tuple[int, str, tuple]]) -> list:
        out = []
        for shard, phase, args in calls:
            try:
                out.append(sh.PHASES[phase](self.index._shard(shard), *args))
            except Exception as exc:  # noqa: BLE001 - reported per shard (partial results)
                out.append(_Failed(shard, exc))
        return out

    def close(self) -> None:
        pass


class DaskRunner:
    """Shard phases on a cluster's workers. Each shard is held open by one Dask actor,
    placed round-robin over the workers, so a phase is one direct call per shard; an actor
    lost with its worker is made again (on any worker) and the call retried once."""

    #: Rounds cost milliseconds here: a small page comes back with the query phase.
    remote = True

    def __init__(self, index: ShardedIndex, client, owns: bool):
        self.index, self.client, self.owns = index, client, owns
        self._actors: dict[int, tuple] = {}  # shard -> (actor's future, actor)
        self._lock = threading.Lock()

    def _actor(self, shard: int):
        with self._lock:
            held = self._actors.get(shard)
            if held is None:
                workers = sorted(self.client.scheduler_info().get("workers", {}))
                # Dask refuses allow_other_workers without workers (none registered yet).
                where = {"workers": [workers[shard % len(workers)]], "allow_other_workers": True} if workers else {}
                future = self.client.submit(
                    sh.ShardActor,
                    str(self.index.shard_path(shard)),
                    actor=True,
                    pure=False,
                    **where,
                )
                # The actor lives as long as its future is held.
                held = self._actors[shard] = (future, future.result())
            return held[1]

    def _forget(self, shard: int) -> None:
        with self._lock:
            self._actors.pop(shard, None)

    def _call(self, shard: int, phase: str, args: tuple):
        try:
            return self._actor(shard).run(phase, *args)
        except Exception as exc:  # noqa: BLE001 - no worker to hold the actor: reported per shard
            return _Failed(shard, exc)

    def run(self, calls: list[tuple[int, str, tuple]]) -> list:
        pending = [self._call(shard, phase, args) for shard, phase, args in calls]
        out = []
        for (shard, phase, args), fut in zip(calls, pending):
            if isinstance(fut, _Failed):
                out.append(fut)
                continue
            try:
                out.append(fut.result())
            except SearchIdxError as exc:  # the shard answered with an error: no retry
                out.append(_Failed(shard, exc))
            except Exception:  # noqa: BLE001 - the actor's worker is gone: once more, elsewhere
                self._forget(shard)
                again = self._call(shard, phase, args)
                try:
                    out.append(again if isinstance(again, _Failed) else again.result())
                except Exception as exc:  # noqa: BLE001 - reported per shard (partial results)
                    self._forget(shard)
                    out.append(_Failed(shard, exc))
        return out

    def close(self) -> None:
        with self._lock:
            self._actors.clear()
        if self.owns:
            self.client.close()


class _Stale(Exception):
    """A shard changed since the generation a cached part of the search was read from."""


class _Recent:
    """The ``size`` most recently used entries of a mapping, safe across threads."""

    def __init__(self, size: int):
        self.size = size
        self._data: OrderedDict = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key):
        with self._lock:
            value = self._data.get(key)
            if value is not None:
                self._data.move_to_end(key)
            return value

    def put(self, key, value) -> None:
        with self._lock:
            self._data[key] = value
            self._data.move_to_end(key)
            while len(self._data) > self.size:
                self._data.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._data.clear()


@dataclass
class _Failed:
    shard: int
    error: BaseException


def connect(cluster):
    """A Dask client for ``cluster``: a ``distributed.Client`` as it is, or a scheduler address."""
    try:
        from distributed import Client
    except ImportError:
        raise InvalidArgumentError("--cluster needs Dask distributed: pip install 'searchidx[cluster]'") from None
    if isinstance(cluster, Client):
        return cluster, False
    try:
        return Client(str(cluster), timeout="20s"), True
    except OSError as exc:
        raise SearchIdxError(f"cannot reach the Dask scheduler at {cluster}: {exc}") from None


@contextmanager
def cluster_client(cluster=None, workers: int | None = None):
    """A client for ``cluster``, or for a local cluster of ``workers`` processes (one thread
    each; default one per core) started for the duration."""
    if cluster is not None:
        client, owns = connect(cluster)
        try:
            yield client
        finally:
            if owns:
                client.close()
        return
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise InvalidArgumentError(
            "a sharded index is built on Dask distributed: pip install 'searchidx[cluster]'"
        ) from None
    with (
        LocalCluster(
            n_workers=workers or os.cpu_count() or 1,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            host="127.0.0.1",
        ) as lc,
        Client(lc) as client,
    ):
        yield client


class _MergedReader:
    """The keyword values of every shard, with summed document frequencies: what
    ``KeywordLexicon`` reads, so filters compile as over one index."""

    def __init__(self, values: dict[str, dict[str, int]]):
        self._values = values

    def indexed_field_names(self):
        return [name for name, vals in self._values.items() if vals]

    def lexicon(self, field: str):
        return sorted(v.encode("utf-8") for v in self._values.get(field, {}))

    def doc_frequency(self, field: str, value) -> int:
        if isinstance(value, bytes):
            value = value.decode("utf-8")
        return self._values.get(field, {}).get(value, 0)


class ShardedIndex:
    """The ``Index`` API (search, quotes, stats, delete, add_paths, add_records, optimize)
    over shards; ``cluster`` (a scheduler address or ``distributed.Client``) runs shard
    work as Dask tasks, else it runs in this process."""

    def __init__(self, path: Path, data: dict, spec, cluster=None):
        # Absolute: workers resolve shard paths from their own working directory.
        self.path = Path(path).absolute()
        self._manifest = data
        self.spec = spec
        self.shards = len(data["shards"])
        self._open: dict[int, object] = {}
        self._lock = threading.Lock()
        self._cluster = cluster
        self._lexicon_cache: tuple | None = None
        self._stats_cache = _Recent(STATS_CACHED)
        self._vocabulary_cache: tuple | None = None
        from ..index import layout_of

        self._layout = layout_of(spec)
        self.schema = spec.to_whoosh()
        self._compiler = QueryCompiler(spec, self.schema)
        if cluster is not None:
            client, owns = connect(cluster)
            self._runner = DaskRunner(self, client, owns)
        else:
            self._runner = LocalRunner(self)

    # -- opening -------------------------------------------------------------------
    @classmethod
    def create(cls, path, shards: int, schema: str = "news", cluster=None) -> ShardedIndex:
        from ..index import Index, layout_of

        path = Path(check_path("path", path))
        shards = check_count("shards", shards, 1)
        spec = load_spec(check_schema_name(schema))
        if path.exists() and (not path.is_dir() or any(path.iterdir())):
            raise IndexExistsError(f"{path}: exists and is not an empty directory; choose another --index")
        path.mkdir(parents=True, exist_ok=True)
        data = manifest.describe(spec, layout_of(spec), shards)
        for entry in data["shards"]:
            Index.create(path / entry["path"], schema).close()
        manifest.write(path, data)
        return cls(path, data, spec, cluster)

    @classmethod
    def open(cls, path, cluster=None, schema: str = "news") -> ShardedIndex:
        from ..index import layout_of

        path = Path(check_path("path", path))
        if not manifest.is_sharded(path):
            raise IndexNotFoundError(f"{path}: no sharded searchidx index here")
        data = manifest.read(path)
        spec = load_spec(check_schema_name(schema))
        manifest.check(data, path, spec, layout_of(spec))
        return cls(path, data, spec, cluster)

    @classmethod
    def open_or_create(cls, path, shards: int | None, cluster=None) -> ShardedIndex:
        if manifest.is_sharded(path):
            ix = cls.open(path, cluster)
            if shards is not None and shards != ix.shards:
                ix.close()
                raise InvalidArgumentError(
                    f"{path}: has {ix.shards} shards, not {shards}; resharding means indexing into a new directory"
                )
            return ix
        if shards is None:
            raise InvalidArgumentError(f"{path}: not a sharded index; give --shards N to create one")
        return cls.create(path, shards, cluster=cluster)

    def shard_path(self, n: int) -> Path:
        return self.path / self._manifest["shards"][n]["path"]

    def _shard(self, n: int):
        from ..index import Index

        with self._lock:
            ix = self._open.get(n)
            if ix is None:
                ix = self._open[n] = Index.open(self.shard_path(n))
            return ix

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def close(self) -> None:
        with self._lock:
            for ix in self._open.values():
                ix.close()
            self._open = {}
        self._runner.close()

    def _reopen_shards(self) -> None:
        with self._lock:
            for ix in self._open.values():
                ix.close()
            self._open = {}

    # -- writing -------------------------------------------------------------------
    def add_paths(
        self,
        paths: Sequence[str | Path],
        prune: bool = False,
        lock_timeout: float = DEFAULT_LOCK_TIMEOUT,
        stdin=None,
        procs: int | None = None,
        follow_links: bool = False,
        fields=None,
        progress: Callable | None = None,
        cluster=None,
    ) -> IndexReport:
        """Index files and folders into the shards: files are read on the cluster's workers
        (``cluster``, else this index's own cluster, else a local cluster of ``procs``
        worker processes, default one per core), each record goes to the shard of its id,
        and each shard is written by one task. As in one index, a file whose marker holds
        its digest is unchanged and not read; in a changed file, records the shards hold
        with the same digest are kept and records it no longer holds are removed; with
        ``prune``, what the shards hold from files that are gone is deleted."""
        from ..ingest import file_digest

        started = time.perf_counter()
        paths, fields = check_paths(paths), check_fields(fields)
        report = IndexReport()
        markers, with_records = self._holdings()
        known = set(markers) | with_records
        files, seen = [], set()
        for src in iter_files(paths, follow_links=follow_links, exclude=(str(self.path),)):
            if isinstance(src, IngestError):
                report.failed += 1
                report.errors.append(src.to_dict() | {"message": str(src)})
            elif isinstance(src, SkippedFile):
                report.skipped += 1
                report.skips.append(src.to_dict())
            else:
                seen.add(src.location)
                marker = markers.get(src.location) if src.location != STDIN else None
                try:
                    data = read_bytes(src, stdin) if src.location == STDIN or marker is not None else None
                except IngestError as exc:
                    report.failed += 1
                    report.errors.append(exc.to_dict() | {"message": str(exc)})
                    continue
                if marker is not None and file_digest(src, data, fields) == marker:
                    report.unchanged += 1
                    continue
                held = src.location in known and src.location != STDIN
                # Bytes read here travel only for standard input: a worker reads a file itself.
                files.append((len(files), src, data if src.location == STDIN else None, held))
        run = self._manifest.get("runs", 0) + 1
        cluster = (
            cluster if cluster is not None else (self._runner.client if isinstance(self._runner, DaskRunner) else None)
        )
        if files:
            with cluster_client(cluster, procs) as client:
                written = self._build(client, files, fields, run, lock_timeout, report, progress)
        else:
            written = []
        self._finish_run(run, written, report)
        if prune:
            gone = [loc for loc in known if loc != STDIN and loc not in seen and not Path(loc).exists()]
            report.deleted += self._drop_locations(sorted(gone), with_records, lock_timeout)
        report.took_ms = (time.perf_counter() - started) * 1000
        return report

    def _holdings(self) -> tuple[dict[str, str], set[str]]:
        """Every shard's file markers (location -> digest) and the locations records came from."""
        markers: dict[str, str] = {}
        with_records: set[str] = set()
        for part in self._phase([(n, "holdings", ()) for n in range(self.shards)], False, {}).values():
            markers.update(part["markers"])
            with_records.update(part["records"])
        return markers, with_records

    def _drop_locations(self, gone: list[str], with_records: set[str], lock_timeout: float) -> int:
        """Delete what every shard holds from ``gone``; how many of them held records."""
        if not gone:
            return 0
        counts = self._phase([(n, "drop_locations", (gone, lock_timeout)) for n in range(self.shards)], False, {})
        for n, records in counts.items():
            self._manifest["shards"][n]["records"] = records
        manifest.write(self.path, self._manifest)
        self._reopen_shards()
        return sum(loc in with_records for loc in gone)

    def _build(
        self,
        client,
        files: list,
        fields: dict,
        run: int,
        lock_timeout: float,
        report: IndexReport,
        progress: Callable | None = None,
    ) -> list:
        from distributed import as_completed

        from ..progress import Tracker

        workers = max(1, len(client.scheduler_info().get("workers", {})))
        sizes = _sizes(files)
        chunks = _chunks(files, sizes, workers * 4)
        reads = [client.submit(sh.read_files, chunk, fields, self.shards, run, pure=False) for chunk in chunks]
        writes = []
        names = sorted(client.scheduler_info().get("workers", {}))
        for n in range(self.shards):
            parts = [client.submit(sh.part_of, r, n, pure=False) for r in reads]
            # Spread over the workers: left to itself, Dask may put every shard's write
            # with the data, on one worker. Another takes it if that one is lost.
            where = {"workers": [names[n % len(names)]], "allow_other_workers": True} if names else {}
            writes.append(
                client.submit(sh.write_shard, str(self.shard_path(n)), parts, lock_timeout, pure=False, **where)
            )
        pending = {client.submit(sh.report_of, r, pure=False): i for i, r in enumerate(reads)}
        read_reports: list = [None] * len(reads)
        tracker = Tracker(progress, len(files), sum(sizes)) if progress is not None else None
        # Progress file by file as each reading task finishes (its files, their records).
        for future in as_completed(list(pending)):
            i = pending[future]
            rep = read_reports[i] = future.result()
            if tracker is not None:
                for number, _src, _data, _held in chunks[i]:
                    tracker.file_done(sizes[number], rep["records"].get(number, 0))
        written = client.gather(writes)
        for rep in read_reports:
            report.added += rep["read"] - rep["updated"]
            report.updated += rep["updated"]
            report.skipped += rep["skipped"]
            report.skips.extend(rep["skips"])
            report.failed += rep["failed"]
            report.bad_records += rep["bad_records"]
            report.errors.extend(rep["errors"])
            report.duplicates.extend(rep["duplicates"])
        return written

    def _finish_run(self, run: int, written: list, report: IndexReport) -> None:
        for n, out in enumerate(written):
            report.records += out["written"]
            report.quotes += out["quotes"]
            report.kept += out["kept"]
            report.removed += out.get("removed", 0)
            report.duplicates.extend(out["duplicates"])
            self._manifest["shards"][n]["records"] = out["records"]
        self._manifest["runs"] = run
        from .. import __version__

        self._manifest["searchidx"] = __version__
        manifest.write(self.path, self._manifest)
        self._reopen_shards()

    def add_records(
        self,
        records: Iterable[Record],
        lock_timeout: float = DEFAULT_LOCK_TIMEOUT,
        procs: int | None = None,
        cluster=None,
    ) -> IndexReport:
        """Index records built in code, each into the shard of its id (same ids replace)."""
        from ..checks import checked_records

        started = time.perf_counter()
        report = IndexReport()
        run = self._manifest.get("runs", 0) + 1
        parts: dict[int, list] = {}
        for n, rec in enumerate(checked_records(records)):
            location = rec.path or rec.id
            parts.setdefault(manifest.shard_of(rec.id, self.shards), []).append(
                ("r", 0, n, rec, location, "", record_digest(rec), [run, 0, n], f"record {n + 1}")
            )
        cluster = (
            cluster if cluster is not None else (self._runner.client if isinstance(self._runner, DaskRunner) else None)
        )
        if cluster is None:
            written = [
                sh.write_shard(str(self.shard_path(n)), [parts.get(n, [])], lock_timeout) for n in range(self.shards)
            ]
        else:
            with cluster_client(cluster) as client:
                written = client.gather(
                    [
                        client.submit(
                            sh.write_shard, str(self.shard_path(n)), [parts.get(n, [])], lock_timeout, pure=False
                        )
                        for n in range(self.shards)
                    ]
                )
        report.added = sum(len(p) for p in parts.values())
        self._finish_run(run, written, report)
        report.took_ms = (time.perf_counter() - started) * 1000
        return report

    def delete(self, ids: Iterable[str], lock_timeout: float = DEFAULT_LOCK_TIMEOUT) -> int:
        """Delete articles (and their quotes) by id, each in its shard."""
        ids = check_ids(ids)
        by_shard: dict[int, list[str]] = {}
        for i in dict.fromkeys(ids):
            by_shard.setdefault(manifest.shard_of(i, self.shards), []).append(i)
        return sum(self._shard(n).delete(group, lock_timeout=lock_timeout) for n, group in sorted(by_shard.items()))

    def optimize(self, lock_timeout: float = DEFAULT_LOCK_TIMEOUT) -> None:
        for n in range(self.shards):
            self._shard(n).optimize(lock_timeout=lock_timeout)

    def prune(self, lock_timeout: float = DEFAULT_LOCK_TIMEOUT) -> int:
        """Remove what the shards hold from files that no longer exist; returns how many
        files' records went."""
        markers, with_records = self._holdings()
        gone = [loc for loc in set(markers) | with_records if loc != STDIN and not Path(loc).exists()]
        return self._drop_locations(sorted(gone), with_records, lock_timeout)

    # -- searching -----------------------------------------------------------------
    def _phase(self, calls: list, partial_ok: bool, failed: dict, stale: bool = False) -> dict[int, object]:
        """Run one phase on the shards; a shard that fails is an error, or (``partial_ok``)
        is left out of this and every later phase. ``stale``: a shard that changed since
        the generation the call names raises ``_Stale`` (the caller searches afresh)."""
        out = {}
        for (shard, _p, _a), res in zip(calls, self._runner.run(calls)):
            if isinstance(res, _Failed):
                if stale and isinstance(res.error, sh.ShardChanged):
                    raise _Stale()
                if isinstance(res.error, sh.ShardChanged) or not partial_ok:
                    if (
                        isinstance(res.error, SearchIdxError)
                        and not partial_ok
                        and not isinstance(res.error, sh.ShardChanged)
                    ):
                        raise res.error
                    raise ShardUnavailableError(f"{self.shard_path(shard)}: shard cannot answer: {res.error}") from None
                failed[shard] = str(res.error)
            else:
                out[shard] = res
        return out

    def _forget_generations(self) -> None:
        """A shard changed: what was read from the shards' earlier generations goes."""
        self._lexicon_cache = None
        self._stats_cache.clear()

    def _live(self, failed: dict) -> list[int]:
        return [n for n in range(self.shards) if n not in failed]

    def _lexicon(self, partial_ok: bool, failed: dict) -> tuple[dict[int, int], KeywordLexicon]:
        """Every shard's keyword values merged (what speaker and place filters compile
        against), with the generation each shard had when they were read; kept until a
        search finds a shard at another generation."""
        cached = self._lexicon_cache
        if cached is not None:
            return cached
        parts = self._phase([(n, "keyword_values", ()) for n in self._live(failed)], partial_ok, failed)
        values: dict[str, dict[str, int]] = {}
        for part in parts.values():
            for name, vals in part["values"].items():
                into = values.setdefault(name, {})
                for v, df in vals.items():
                    into[v] = into.get(v, 0) + df
        out = (
            {n: part["generation"] for n, part in parts.items()},
            KeywordLexicon(_MergedReader(values), list(values)),
        )
        self._lexicon_cache = out
        return out

    def _ranked(
        self,
        kind: str,
        query: str,
        fields,
        speaker,
        place,
        since,
        until,
        sort,
        limit,
        offset,
        timeout,
        facets: list[str],
        want_undated: bool,
        direct,
        partial_ok: bool,
        snippets: bool = False,
    ):
        from ..index import _search_args

        query, speaker, place, since, until, sort, limit, offset, _budget = _search_args(
            query, speaker, place, since, until, sort, limit, offset, timeout
        )
        failed: dict[int, str] = {}
        want_undated = want_undated and (
            since is not None or until is not None or sort == "date" or any(f in DATE_FACETS for f in facets)
        )
        # Global statistics depend on the query, its filters and the shards' generations
        # only: a query searched again on unchanged shards reuses them (one round trip).
        stats_key = (kind, query, fields, repr(speaker), repr(place), since, until, direct)
        k = offset + limit
        for _attempt in range(LEXICON_TRIES):
            lex_gens, lex = self._lexicon(partial_ok, failed)
            user_q = self._compiler.parse(query, lex, fields=fields)
            full = conjoin(user_q, filters(kind, lex, speaker, place, since, until))
            loose = None
            if since is not None or until is not None:
                loose = conjoin(user_q, filters(kind, lex, speaker, place, None, None))
            if direct is not None:
                full = conjoin(full, direct_filter(direct))
            cached = None if partial_ok else self._stats_cache.get(stats_key)
            if cached is not None and cached[0] == lex_gens:
                gens, stats = cached
            else:
                # 1. global statistics (and each shard's generation)
                parts = self._phase(
                    [(n, "term_stats", ([full, loose], query, timeout)) for n in self._live(failed)],
                    partial_ok,
                    failed,
                )
                gens = {n: part["generation"] for n, part in parts.items()}
                if not all(lex_gens.get(n) == g for n, g in gens.items()):
                    self._forget_generations()  # a shard changed since its values were read
                    continue
                stats = GlobalStats()
                for part in parts.values():
                    stats.add(part)
                if not partial_ok:
                    self._stats_cache.put(stats_key, (gens, stats))
            # 2. query: each shard's best offset + limit, facet counts, total
            inline = (kind, user_q, snippets) if self._runner.remote and 0 < k <= INLINE_FETCH else None
            calls = [
                (n, "query", (full, loose, sort, k, facets, want_undated, stats, query, timeout, gens.get(n), inline))
                for n in self._live(failed)
            ]
            try:
                answers = self._phase(calls, partial_ok, failed, stale=True)
            except _Stale:
                self._forget_generations()
                continue
            break
        else:
            raise ShardUnavailableError(f"{self.path}: shards kept changing during the search; search again")
        pairs = self._compiler.keyword_values(query, fields) + filter_values(speaker, place)
        matches = tuple(lex.match(field, value)[0] for field, value in dict.fromkeys(pairs))
        candidates = []
        for n, ans in answers.items():
            for docnum, score, key, order in ans["top"]:
                candidates.append((-key, tuple(order), docnum, n, score))
        candidates.sort(key=lambda c: c[:3])
        page = candidates[offset : offset + limit]
        total = sum(a["total"] for a in answers.values())
        counts: dict[str, dict[str, int]] = {}
        for ans in answers.values():
            for name, values in ans["facets"].items():
                into = counts.setdefault(name, {})
                for v, c in values:
                    into[v] = into.get(v, 0) + c
        undated = sum(a["undated"] for a in answers.values()) if want_undated else None
        return query, user_q, matches, page, total, counts, undated, answers, failed

    def _fetch(
        self, kind: str, page: list, answers: dict, user_q, snippets: bool, partial_ok: bool, failed: dict
    ) -> list:
        if all("hits" in answers[n] for _k, _o, _d, n, _s in page):
            # Read with the query phase: each shard's hits are in its ``top`` order.
            read = {(n, top[0]): hit for n, ans in answers.items() for top, hit in zip(ans["top"], ans.get("hits", ()))}
            return [read[(n, docnum)] for _k, _o, docnum, n, _s in page]
        by_shard: dict[int, list] = {}
        for rank, (_k, _o, docnum, n, score) in enumerate(page):
            by_shard.setdefault(n, []).append((rank, docnum, score))
        calls = [
            (
                n,
                "fetch",
                (
                    kind,
                    [d for _r, d, _s in items],
                    [s for _r, _d, s in items],
                    answers[n]["generation"],
                    user_q,
                    snippets,
                ),
            )
            for n, items in by_shard.items()
        ]
        fetched = self._phase(calls, partial_ok, failed)
        hits: list = [None] * len(page)
        for n, items in by_shard.items():
            if n in fetched:
                for (rank, _d, _s), hit in zip(items, fetched[n]):
                    hits[rank] = hit
        return [h for h in hits if h is not None]

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
        partial_ok: bool = False,
    ) -> ShardedResult:
        """``Index.search`` over every shard, with the same hits, order, scores, totals and
        facet counts; ``partial_ok``: leave out shards that cannot answer (``partial``)."""
        started = time.perf_counter()
        wanted = make_facets(
            check_strings("facets", facets),
            self.spec,
            None if facet_limit is None else check_count("facet_limit", facet_limit, 1),
        )
        names = [f.name for f in wanted]
        query, user_q, matches, page, total, counts, undated, answers, failed = self._ranked(
            Kind.ARTICLE,
            query,
            None,
            speaker,
            place,
            since,
            until,
            sort,
            limit,
            offset,
            timeout,
            names,
            True,
            None,
            partial_ok,
            snippets,
        )
        hits = self._fetch(Kind.ARTICLE, page, answers, user_q, snippets, partial_ok, failed) if page else []
        suggestion = None
        from ..index import SUGGEST_BELOW

        if total < SUGGEST_BELOW:  # as one index: a misspelt word finds next to nothing
            from .suggest import suggest_sharded

            suggestion = suggest_sharded(self, query, partial_ok, failed)
        results = {}
        for f in wanted:
            values = counts.get(f.name, {})
            if f.name in DATE_FACETS:
                labels = sorted(values)
                results[f.name] = _top(
                    labels, np.array([values[v] for v in labels], dtype=np.int64), f.limit, by_value=True
                )
            else:
                labels = list(values)
                results[f.name] = _top(labels, np.array([values[v] for v in labels], dtype=np.int64), f.limit)
        return ShardedResult(
            query=query,
            total=total,
            hits=hits,
            facets=Facets(results),
            took_ms=(time.perf_counter() - started) * 1000,
            matches=matches,
            undated=undated,
            suggestion=suggestion,
            partial=bool(failed),
            failed_shards=tuple(sorted(failed)),
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
        partial_ok: bool = False,
    ) -> ShardedQuoteResult:
        started = time.perf_counter()
        direct = check_direct(direct)
        query, user_q, matches, page, total, _c, _u, answers, failed = self._ranked(
            Kind.QUOTE,
            query,
            (F.BODY,),
            speaker,
            place,
            since,
            until,
            sort,
            limit,
            offset,
            timeout,
            [],
            False,
            direct,
            partial_ok,
        )
        hits = self._fetch(Kind.QUOTE, page, answers, user_q, False, partial_ok, failed) if page else []
        return ShardedQuoteResult(
            query=query,
            total=total,
            hits=hits,
            took_ms=(time.perf_counter() - started) * 1000,
            matches=matches,
            partial=bool(failed),
            failed_shards=tuple(sorted(failed)),
        )

    def document(self, doc_id: str, extract_marks: bool = True):
        """The article ``doc_id`` with its quotes and marks (``searchidx.documentview``),
        read from the shard of its id; None when no shard holds it."""
        n = manifest.shard_of(doc_id, self.shards)
        return self._phase([(n, "document", (doc_id, extract_marks))], False, {})[n]

    def suggest(self, query: str) -> str | None:
        """Did you mean: ``query`` corrected from every shard's words (``searchidx.suggest``)."""
        from .suggest import suggest_sharded

        return suggest_sharded(self, query)

    def quote_ids(self, quotes) -> list:
        """``documentview.quote_ids``: each quote's id, asked of the shard holding its article."""
        by_shard: dict[int, list] = {}
        for i, q in enumerate(quotes):
            article_id, text = (q["article_id"], q["text"]) if isinstance(q, dict) else (q.article_id, q.text)
            by_shard.setdefault(manifest.shard_of(article_id, self.shards), []).append(
                (i, {"article_id": article_id, "text": text})
            )
        answers = self._phase([(n, "quote_ids", ([d for _i, d in items],)) for n, items in by_shard.items()], False, {})
        out: list = [None] * len(quotes)
        for n, items in by_shard.items():
            for (i, _d), qid in zip(items, answers[n]):
                out[i] = qid
        return out

    def vocabulary(self):
        """The text fields' vocabulary over every shard (document frequencies summed) and
        how many documents the shards hold: what speaker profiles weigh topics with."""
        from .suggest import vocabulary

        parts = self._phase([(n, "text_df", ([],)) for n in range(self.shards)], False, {})
        gens = {n: part["generation"] for n, part in parts.items()}
        vocab = vocabulary(self, self.schema[F.BODY].analyzer, gens, False, {})
        return vocab, sum(part["doc_count"] for part in parts.values())

    def stats(self) -> Stats:
        failed: dict = {}
        parts = self._phase([(n, "shard_stats", ()) for n in range(self.shards)], False, failed)
        speakers, places = set(), set()
        firsts, lasts = [], []
        for p in parts.values():
            speakers.update(p["speakers"])
            places.update(p["places"])
            if p["first"] is not None:
                firsts.append(p["first"])
                lasts.append(p["last"])
        size = sum(f.stat().st_size for f in self.path.rglob("*") if f.is_file())
        return Stats(
            documents=sum(p["documents"] for p in parts.values()),
            quotes=sum(p["quotes"] for p in parts.values()),
            speakers=len(speakers),
            places=len(places),
            first_date=sh.to_datetime(min(firsts)) if firsts else None,
            last_date=sh.to_datetime(max(lasts)) if lasts else None,
            size_bytes=size,
            path=str(self.path),
            segments=sum(p["segments"] for p in parts.values()),
            deleted=sum(p["deleted"] for p in parts.values()),
        )


def _sizes(files: list) -> list[int]:
    """Each file's size in bytes (0 when it cannot be told), by file number."""
    sizes = []
    for _num, src, data, _held in files:
        try:
            sizes.append(len(data) if data is not None else os.path.getsize(src.location))
        except OSError:
            sizes.append(0)
    return sizes


def _chunks(files: list, sizes: list[int], n: int) -> list[list]:
    """Consecutive runs of files of about equal size, at most ``n`` of them."""
    if not files:
        return []
    target = max(1, sum(sizes) // max(1, n))
    out, cur, acc = [], [], 0
    for item, size in zip(files, sizes):
        cur.append(item)
        acc += size
        if acc >= target:
            out.append(cur)
            cur, acc = [], 0
    if cur:
        out.append(cur)
    return out
