"""Indexing many documents: worker processes each prepare documents and write them
into segments of their own, while this process keeps order, deletions and the commit.

Preparing a document (extraction, analysis) and writing its postings are both pure
CPU work, so both run in the workers; what comes back to this process is only where
each article landed (segment and document numbers) and, at the end, the finished
segments. This process alone talks to the Whoosh writer: it deletes the older
versions of what is re-indexed, marks an article added twice in one batch as
deleted in the segment holding the earlier copy, and commits the new segments with
the table of contents.
"""

from __future__ import annotations

import ctypes
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

from ..analysis import absorb_stems, drain_stems
from ..errors import SearchIdxError
from .arrays import Layout
from .segments import MAX_DOCS, MAX_POSTINGS, Group, SegmentBuilder
from .storage import DurableStorage

# Tasks handed to workers ahead of the results read back: enough to keep them busy,
# few enough that a huge record stream is never held in memory.
IN_FLIGHT_PER_WORKER = 4


@dataclass(frozen=True)
class Target:
    """Where new segments go; small and picklable, so workers can open it themselves."""

    index_dir: str
    indexname: str
    schema: Any  # the index's Whoosh schema
    layout: Layout
    max_postings: int = MAX_POSTINGS
    max_docs: int = MAX_DOCS


class Placed(NamedTuple):
    article_id: str
    quotes: int
    segment: str  # segment id
    docnums: list


class SegmentSink:
    """Groups in, segments out: a new segment whenever the current one holds enough postings,
    or would pass ``max_docs`` documents with the next group."""

    def __init__(self, target: Target):
        self.target = target
        self.storage = DurableStorage(target.index_dir)
        self.current: SegmentBuilder | None = None
        self.builders: list[SegmentBuilder] = []
        self.finished: list = []

    def add(self, group: Group) -> Placed:
        t = self.target
        if (
            self.current is not None
            and self.current.doc_count
            and self.current.doc_count + len(group.docs) > t.max_docs
        ):
            self.finished.append(self.current.finish())
            self.current = None
        if self.current is None:
            self.current = SegmentBuilder(self.storage, t.indexname, t.schema, Path(t.index_dir), t.layout)
            self.builders.append(self.current)
        b = self.current
        placed = Placed(group.article_id, group.quotes, b.segment.segment_id(), [b.add(d) for d in group.docs])
        if b.postings >= t.max_postings:
            self.finished.append(b.finish())
            self.current = None
        return placed

    def close(self) -> list:
        """The finished segments, on disk: their files are synced before anyone commits them."""
        if self.current is not None and self.current.doc_count:
            self.finished.append(self.current.finish())
        self.current = None
        self.storage.sync()
        return self.finished

    def discard(self) -> None:
        for b in self.builders:
            b.discard()


def _die_with_parent(parent: int) -> None:
    """End this worker when the process that started it dies, even by SIGKILL: a worker
    left behind kept writing into the index directory and held the caller's output open.
    Linux delivers a signal on the parent's death (``prctl``); elsewhere a thread watches."""
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):
            _watch_parent(parent)
    else:
        _watch_parent(parent)
    if os.getppid() != parent:  # the parent died before the signal was asked for
        os._exit(1)


_PR_SET_PDEATHSIG = 1


def _watch_parent(parent: int) -> None:
    def watch():
        while os.getppid() == parent:
            time.sleep(0.2)
        os._exit(1)

    threading.Thread(target=watch, name="searchidx-parent-watch", daemon=True).start()


def _work(target: Target, prepare: Callable, tasks, results, worker: int, abort, parent: int) -> None:
    _die_with_parent(parent)
    sink = SegmentSink(target)
    failed = False
    try:
        while (item := tasks.get()) is not None:
            if abort.is_set() or failed:
                continue  # read the rest, so the parent's pipe to this worker empties
            i, task = item
            try:
                outcome, groups = prepare(task)
                placed = [sink.add(g) for g in groups]  # made and written one at a time
                results.put(("item", i, outcome, placed))
            except Exception as exc:  # noqa: BLE001 - reported to the parent, which re-raises it
                failed = True
                sink.discard()
                _report(results, exc)
        if abort.is_set():
            sink.discard()
            results.put(("aborted", worker))
        elif not failed:
            # With its segments, the stems NLTK made here, for the index's stem table.
            results.put(("done", worker, sink.close(), drain_stems()))
        else:
            results.put(("aborted", worker))
    except BaseException as exc:  # noqa: BLE001
        sink.discard()
        _report(results, exc)


def _report(results, exc: BaseException) -> None:
    try:
        results.put(("error", exc))
    except Exception:  # an exception that cannot be pickled
        results.put(("error", SearchIdxError(f"indexing worker failed: {exc!r}")))


class Build:
    """Runs ``prepare`` over tasks (in ``procs`` workers, or here when ``procs`` <= 1) and
    yields (outcome, placements) per task in input order; ``segments`` then holds the
    finished segments."""

    def __init__(self, target: Target, procs: int):
        self.target = target
        self.procs = procs
        self.segments: list = []

    def run(self, tasks: Iterable, prepare: Callable[[Any], tuple[Any, Iterable[Group]]]) -> Iterator:
        if self.procs <= 1:
            yield from self._run_here(tasks, prepare)
        else:
            yield from self._run_workers(tasks, prepare)

    def _run_here(self, tasks, prepare):
        sink = SegmentSink(self.target)
        try:
            for task in tasks:
                outcome, groups = prepare(task)
                placed = [sink.add(g) for g in groups]
                yield outcome, placed
            self.segments = sink.close()
        except BaseException:
            sink.discard()
            raise

    def _run_workers(self, tasks, prepare):
        import multiprocessing

        # Task i goes to worker i % procs, and segments are committed in worker order:
        # the same input always gives the same index, whatever the timing.
        n = self.procs
        queues = [multiprocessing.Queue() for _ in range(n)]
        results_q = multiprocessing.Queue()
        abort = multiprocessing.Event()
        workers = [
            multiprocessing.Process(
                target=_work, daemon=True, args=(self.target, prepare, queues[k], results_q, k, abort, os.getpid())
            )
            for k in range(n)
        ]
        for w in workers:
            w.start()
        pending: dict[int, tuple] = {}
        finished: dict[int, list] = {}
        it = enumerate(tasks)
        sent = received = next_out = 0
        exhausted = False
        try:
            while True:
                while not exhausted and sent - received < IN_FLIGHT_PER_WORKER * n:
                    item = next(it, None)
                    if item is None:
                        exhausted = True
                        for q in queues:
                            q.put(None)
                        break
                    queues[item[0] % n].put(item)
                    sent += 1
                if exhausted and received == sent and len(finished) == n:
                    break
                msg = self._receive(results_q, workers)
                if msg[0] == "item":
                    _, i, outcome, placed = msg
                    received += 1
                    pending[i] = (outcome, placed)
                    while next_out in pending:
                        yield pending.pop(next_out)
                        next_out += 1
                elif msg[0] == "done":
                    finished[msg[1]] = msg[2]
                    absorb_stems(msg[3])
                elif msg[0] == "error":
                    raise msg[1]
            self.segments = [seg for k in range(n) for seg in finished[k]]
        except BaseException:
            # Workers skip what is left and stop; waiting for them (rather than killing
            # one mid-read) leaves every pipe empty and no file being written afterwards.
            abort.set()
            if not exhausted:
                for q in queues:
                    q.put(None)
            self._wait(workers, results_q)
            raise
        finally:
            for w in workers:
                w.join(timeout=30)
                if w.is_alive():
                    w.terminate()
                    w.join()
            for q in queues:
                q.close()
                q.cancel_join_thread()

    @staticmethod
    def _wait(workers, results_q, timeout: float = 60.0) -> None:
        import queue

        deadline = time.monotonic() + timeout
        while any(w.is_alive() for w in workers) and time.monotonic() < deadline:
            try:
                results_q.get(timeout=0.1)  # keep their result pipes from filling
            except (queue.Empty, OSError, EOFError):
                pass

    @staticmethod
    def _receive(results_q, workers):
        import queue

        while True:
            try:
                return results_q.get(timeout=1.0)
            except queue.Empty:
                dead = [w for w in workers if w.exitcode not in (None, 0)]
                if dead:
                    raise SearchIdxError(f"an indexing worker died (exit code {dead[0].exitcode})") from None


class BulkWriter:
    """New documents as new segments, on top of a Whoosh writer that keeps deleting
    older documents and commits."""

    def __init__(self, writer, target: Target):
        self.writer = writer
        self.target = target
        self.builds: list[Build] = []
        self._where: dict[str, tuple[str, list]] = {}  # article id -> (segment id, docnums)
        self._dead: dict[str, list[int]] = {}  # segment id -> docnums replaced within this batch

    def delete_by_term(self, field: str, text: str) -> None:
        self.writer.delete_by_term(field, text)

    def build(self, procs: int) -> Build:
        b = Build(self.target, procs)
        self.builds.append(b)
        return b

    def discard(self, placed: list[Placed]) -> None:
        """Documents written for a file that then failed part way: deleted before commit."""
        for p in placed:
            self._dead.setdefault(p.segment, []).extend(p.docnums)

    def placed(self, p: Placed) -> None:
        """Note where an article landed; an earlier copy from this batch is deleted."""
        earlier = self._where.get(p.article_id)
        if earlier is not None:
            self._dead.setdefault(earlier[0], []).extend(earlier[1])
        self._where[p.article_id] = (p.segment, p.docnums)

    def commit(self) -> None:
        segments = [s for b in self.builds for s in b.segments]
        for seg in segments:
            for d in self._dead.get(seg.segment_id(), ()):
                seg.delete_document(d)

        policy = self.writer.policy

        def merge(writer, existing):
            return policy(writer, existing + segments)

        self.writer.commit(mergetype=merge)

    @property
    def is_closed(self) -> bool:
        return self.writer.is_closed

    def cancel(self) -> None:
        """Nothing of this batch is committed: the writer removes every file not in the
        committed table of contents (the new segments among them) and releases the lock."""
        self.writer.cancel()
