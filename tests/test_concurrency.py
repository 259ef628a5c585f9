"""Searches in other processes while a writer commits, deletes and merges: no search fails,
none sees a duplicate, and none sees part of a commit."""

from __future__ import annotations

import multiprocessing
import os
from collections import Counter

from searchidx import Index, Record

BATCH = 3


def _batch(n: int) -> list[Record]:
    # Every record of batch n says "batchN": a search for it finds all of them or none.
    return [
        Record(
            id=f"r{n}-{k}",
            path="",
            title=f"Batch {n}",
            body=f'Harbour note batch{n} part {k}. "We stay," said Mara Quill.',
        )
        for k in range(BATCH)
    ]


def _read(path, stop, out) -> None:
    searches = errors = duplicates = partial = 0
    first_error = ""
    with Index.open(path) as ix:
        while not stop.is_set():
            try:
                res = ix.search("harbour", limit=10_000)
                ids = [h.id for h in res.hits]
                duplicates += len(ids) != len(set(ids))
                per_batch = Counter(i.split("-")[0] for i in ids)
                partial += sum(1 for c in per_batch.values() if c != BATCH)
                [h.snippet for h in res.hits[:5]]
                [q.text for q in ix.quotes("stay", limit=5).hits]
                searches += 1
            except Exception as exc:  # noqa: BLE001 - counted, reported
                errors += 1
                first_error = first_error or f"{type(exc).__name__}: {exc}"
    out.put((searches, errors, duplicates, partial, first_error))


def test_searches_during_commits_and_merges_never_fail_or_see_part_of_a_commit(tmp_path):
    path = tmp_path / "ix"
    with Index.create(path) as ix:
        ix.add_records(_batch(0))
    ctx = multiprocessing.get_context("fork" if hasattr(os, "fork") else "spawn")
    stop, out = ctx.Event(), ctx.Queue()
    readers = [ctx.Process(target=_read, args=(path, stop, out)) for _ in range(2)]
    for r in readers:
        r.start()
    try:
        with Index.open(path) as ix:
            for n in range(1, 41):
                ix.add_records(_batch(n))
                if n % 5 == 0:
                    ix.delete([f"r{n - 3}-{k}" for k in range(BATCH)])
                if n % 13 == 0:
                    ix.optimize()
    finally:
        stop.set()
    results = [out.get(timeout=60) for _ in readers]
    for r in readers:
        r.join(timeout=60)
    for searches, errors, duplicates, partial, first_error in results:
        assert searches > 20
        assert errors == 0, first_error
        assert duplicates == 0 and partial == 0
