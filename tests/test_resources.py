"""Open file descriptors and mapped files stay flat across commits and go with close()
(issue 9: 20 updates took a process from 40 to 758 descriptors, 734 still open after
``close()``).

Counts come from ``/proc/self/fd`` and ``/proc/self/maps``. Each test runs twice, so
that neither the garbage collector's timing nor its absence hides a leak, and both
runs are deterministic:

* ``gc-off``: the cycle collector is disabled. Descriptors must be closed explicitly
  (or freed with their last reference), not whenever the collector happens to run.
* ``gc-collect``: the collector runs, and a full collection precedes every count.
  Whatever the collector frees must give back what it held (a searcher collected
  without being closed must not leave its mapped files counted as in use).

A throwaway index is used once before the baseline is taken, so that one-off loads
(gazetteers, imports) are not counted as the index's.
"""

from __future__ import annotations

import gc
import os
from pathlib import Path

import pytest

from searchidx import Index, Record
from searchidx import tasks as documents

pytestmark = pytest.mark.skipif(not os.path.isdir("/proc/self/fd"), reason="needs Linux /proc")

COMMITS = 50
WARMUP = 5
# Open files follow the number of segments, which a merge policy keeps bounded but lets
# go up and down; a leak grows with every commit. The second half of the run may not
# hold more descriptors than the first half (after the warm-up) plus this.
SLACK = 8


_COLLECT = False


@pytest.fixture(autouse=True, params=["gc-off", "gc-collect"])
def gc_mode(request):
    global _COLLECT
    gc.collect()
    _COLLECT = request.param == "gc-collect"
    if not _COLLECT:
        gc.disable()
    try:
        yield request.param
    finally:
        gc.enable()
        _COLLECT = False


def sampled(n: int) -> bool:
    """Whether to count after step ``n``: every step, or every third when each count
    costs a full collection."""
    return not _COLLECT or n % 3 == 0


def peak(counts: dict, lo: int, hi: int) -> int:
    return max(v for n, v in counts.items() if lo <= n < hi)


def fds() -> int:
    if _COLLECT:
        gc.collect()
    return len(os.listdir("/proc/self/fd"))


def mapped_under(path: Path) -> list[str]:
    """Files under ``path`` this process has memory-mapped (deleted ones included)."""
    if _COLLECT:
        gc.collect()
    root = str(path.resolve())
    out = []
    for line in Path("/proc/self/maps").read_text().splitlines():
        parts = line.split(maxsplit=5)
        if len(parts) == 6 and parts[5].startswith(root):
            out.append(parts[5])
    return sorted(set(out))


def record(n: int) -> Record:
    return Record(
        id=f"r{n % 20}",
        path="",
        title=f"Note {n}",
        body=f'Harbour note {n} from the quay. "The quay stays open," said Mara Quill.',
    )


def use(ix: Index) -> None:
    """What a reader does between commits: search, page through, quotes, stats, snippets."""
    res = ix.search("harbour", limit=5)
    res.to_dict()  # snippets
    ix.search("*", sort="date", limit=3, facets=("speaker",))
    ix.quotes("quay", limit=3).to_dict()
    ix.stats()


def warm_up(path: Path) -> None:
    with Index.create(path) as ix:
        for n in range(3):
            ix.add_records([record(n)])
            use(ix)


def test_descriptors_stay_flat_across_commits_and_return_after_close(tmp_path):
    warm_up(tmp_path / "warm")
    baseline = fds()
    ix = Index.create(tmp_path / "ix")
    counts = {}
    for n in range(COMMITS):
        ix.add_records([record(n)])
        if n % 5 == 4:
            assert ix.delete([f"r{(n - 2) % 20}"]) == 1
        use(ix)
        if sampled(n):
            counts[n] = fds()
    ix.close()
    after = fds()
    half = (WARMUP + COMMITS) // 2
    first, second = peak(counts, WARMUP, half), peak(counts, half, COMMITS)
    assert second <= first + SLACK, f"descriptors grow with commits (baseline {baseline}): {counts}"
    assert after == baseline, f"{after - baseline} descriptors left open after close(); during the run: {counts}"


def test_open_search_close_fifty_times_leaves_nothing_open(tmp_path):
    path = tmp_path / "ix"
    with Index.create(path) as ix:
        for n in range(12):  # several segments
            ix.add_records([record(n)])
    warm_up(tmp_path / "warm")
    baseline = fds()
    after_close = []
    for n in range(50):
        with Index.open(path) as ix:
            use(ix)
        if sampled(n):
            after_close.append(fds() - baseline)
    assert after_close == [0] * len(after_close), f"descriptors left open after open/search/close: {after_close}"
    assert mapped_under(path) == []


def test_commits_with_worker_processes_leave_no_descriptors(tmp_path, monkeypatch):
    monkeypatch.setattr(documents, "PARALLEL_MIN_BYTES", 0)  # tiny files, workers anyway
    docs = tmp_path / "docs"
    docs.mkdir()
    warm_up(tmp_path / "warm")
    baseline = fds()
    counts = []
    with Index.create(tmp_path / "ix") as ix:
        for n in range(8):
            for f in range(3):
                (docs / f"f{f}.jsonl").write_text(
                    f'{{"id": "a{f}", "body": "Harbour round {n} file {f}."}}\n'
                    f'{{"id": "b{f}", "body": "\\"The quay stays open,\\" said Mara Quill in round {n}."}}\n'
                )
            report = ix.add_paths([docs], procs=2)
            assert report.updated + report.added == 3 and report.errors == []
            use(ix)
            counts.append(fds() - baseline)
        assert ix.search("*").total == 6
    assert fds() == baseline, f"descriptors left after close (per commit, above baseline: {counts})"
    assert max(counts[4:]) <= max(counts[1:4]) + SLACK, counts


def test_no_index_file_stays_mapped_after_close(tmp_path):
    """Posting arrays are memory-mapped; a mapping keeps a merged-away (deleted) file's
    disk space until it is unmapped, so close() must unmap, and commits may not pile up
    mappings of deleted files."""
    path = tmp_path / "ix"
    deleted_maps = {}
    with Index.create(path) as ix:
        for n in range(COMMITS):
            ix.add_records([record(n)])
            use(ix)
            if sampled(n):
                deleted_maps[n] = sum(m.endswith("(deleted)") for m in mapped_under(path))
    assert mapped_under(path) == [], "index files still mapped after close()"
    half = (WARMUP + COMMITS) // 2
    assert peak(deleted_maps, half, COMMITS) <= peak(deleted_maps, WARMUP, half) + SLACK, (
        f"mappings of deleted index files grow with commits: {deleted_maps}"
    )
