"""A write that fails (disk full, file too large, no permission) is one line, commits
nothing, leaves nothing behind once the next writer runs, and the index keeps working."""

from __future__ import annotations

import errno
import json
import os
import resource
import shutil
import subprocess
import sys

import pytest

import searchidx.engine.sidecar as sidecar_module
from conftest import ROOT, write
from searchidx import Index, Record
from searchidx.engine import merge
from searchidx.errors import IndexWriteError

QUERIES = ["harbour", "strike", '"harbour strike"', "*"]


def _records(prefix: str, n: int) -> list[Record]:
    return [
        Record(
            id=f"{prefix}{i}",
            path="",
            title=f"Note {prefix}{i}",
            body=f'Harbour strike note {prefix}{i}: "We stay out," said Mara Quill in Lisbon.',
        )
        for i in range(n)
    ]


def _answers(ix: Index) -> dict:
    return {q: sorted((h.id, round(h.score, 6)) for h in ix.search(q, limit=1000).hits) for q in QUERIES} | {
        "quotes": ix.quotes("*", limit=1000).total,
        "stats": ix.stats().documents,
    }


def _files(path) -> set[str]:
    return {p.name for p in path.iterdir()}


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    """An index of several small commits, so the next commit also merges."""
    path = tmp_path_factory.mktemp("write-failures") / "ix"
    with Index.create(path) as ix:
        for k in range(merge.MERGE_FACTOR - 1):
            ix.add_records(_records(f"c{k}-", 3))
        ix.delete(["c0-1"])
    return path


class _FailingFsync:
    """``os.fsync`` failing with ENOSPC at its ``n``th call: every durable write goes through
    it (segment files, sidecars, the table of contents, the directory)."""

    def __init__(self, n: int):
        self.n = n
        self.calls = 0
        self.real = os.fsync

    def __call__(self, fd):
        self.calls += 1
        if self.calls == self.n:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return self.real(fd)


def _count_fsyncs(path) -> int:
    counter = _FailingFsync(0)
    os.fsync, real = counter, os.fsync
    try:
        with Index.open(path) as ix:
            ix.add_records(_records("new-", 4))
    finally:
        os.fsync = real
    return counter.calls


def test_disk_full_at_every_point_of_a_merging_commit_changes_nothing(template, tmp_path):
    """Fail the n-th durable write of a commit that also merges, for every n: the write is
    an IndexWriteError and the index answers exactly as before, or (failing only once the
    new table of contents is in place) the commit is whole; the next writer cleans up."""
    probe = tmp_path / "probe"
    shutil.copytree(template, probe)
    points = _count_fsyncs(probe)
    assert points >= 6  # new segment and sidecar, merged segment and sidecar, TOC, directory
    with Index.open(template) as ix:
        before = _answers(ix)
    with Index.open(probe) as ix:
        after = _answers(ix)
    failures = 0
    for n in range(1, points + 1):
        path = tmp_path / f"ix{n}"
        shutil.copytree(template, path)
        files_before = _files(path)
        failing = _FailingFsync(n)
        os.fsync = failing
        try:
            with Index.open(path) as ix:
                try:
                    ix.add_records(_records("new-", 4))
                    committed = True
                except IndexWriteError as exc:
                    assert "No space left on device" in str(exc) and "nothing from this run" in str(exc)
                    committed = False
                    failures += 1
                os.fsync = failing.real
                assert _answers(ix) == (after if committed else before), n
                # The next writer sweeps what the failed one left, then works.
                ix.add_records(_records("after-", 2))
                assert ix.search("harbour", limit=1000).total == (after if committed else before)["stats"] + 2
        finally:
            os.fsync = failing.real
        leftovers = {f for f in _files(path) - files_before if f.endswith(".tmp") or ".toc." in f}
        assert not leftovers, (n, leftovers)
    # Only the directory sync after the table of contents' rename comes after the commit.
    assert failures == points - 1


def test_disk_full_while_optimizing_leaves_the_segments_as_they_were(template, tmp_path):
    path = tmp_path / "ix"
    shutil.copytree(template, path)
    with Index.open(path) as ix:
        before, segments = _answers(ix), ix.stats().segments
        failing = _FailingFsync(3)
        os.fsync = failing
        try:
            with pytest.raises(IndexWriteError):
                ix.optimize()
        finally:
            os.fsync = failing.real
        assert _answers(ix) == before and ix.stats().segments == segments
        ix.optimize()
        assert _answers(ix) == before and ix.stats().segments == 1


def test_a_sidecar_that_cannot_be_written_fails_the_write_cleanly(template, tmp_path, monkeypatch):
    path = tmp_path / "ix"
    shutil.copytree(template, path)

    def no_room(*_a, **_k):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    with Index.open(path) as ix:
        before = _answers(ix)
        monkeypatch.setattr(sidecar_module.os, "replace", no_room)
        with pytest.raises(IndexWriteError, match="No space left"):
            ix.add_records(_records("new-", 2))
        monkeypatch.undo()
        assert _answers(ix) == before


def test_file_size_limit_is_one_line_and_exit_1_from_the_cli(tmp_path):
    """A real EFBIG: the CLI runs under a file-size limit too small for a segment."""
    docs = tmp_path / "docs"
    write(
        docs / "a.jsonl",
        "".join(json.dumps({"id": f"a{i}", "title": f"T{i}", "body": f"Harbour strike {i}"}) + "\n" for i in range(5)),
    )
    ix = tmp_path / "ix"
    ok = subprocess.run(
        [sys.executable, "-m", "searchidx", "index", str(docs), "--index", str(ix)],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert ok.returncode == 0, ok.stderr
    write(
        docs / "b.jsonl",
        "".join(
            json.dumps({"id": f"b{i}", "title": f"B{i}", "body": "harbour strike words " * 400}) + "\n"
            for i in range(200)
        ),
    )

    def limit():
        resource.setrlimit(resource.RLIMIT_FSIZE, (60_000, 60_000))

    failed = subprocess.run(
        [sys.executable, "-m", "searchidx", "index", str(docs), "--index", str(ix), "--procs", "1"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        preexec_fn=limit,
    )
    assert failed.returncode == 1
    lines = failed.stderr.strip().splitlines()
    assert len(lines) == 1 and "File too large" in lines[0] and "Traceback" not in failed.stderr, failed.stderr
    again = subprocess.run(
        [sys.executable, "-m", "searchidx", "search", "*", "--index", str(ix), "--json"],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert again.returncode == 0 and '"total":5' in again.stdout


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes to read-only directories")
def test_a_read_only_index_directory_is_a_clear_error(template, tmp_path):
    path = tmp_path / "ix"
    shutil.copytree(template, path)
    path.chmod(0o555)
    try:
        with Index.open(path) as ix:
            with pytest.raises(IndexWriteError, match="ermission denied"):
                ix.add_records(_records("new-", 1))
    finally:
        path.chmod(0o755)


def test_opening_an_index_sweeps_what_a_killed_writer_left(template, tmp_path):
    path = tmp_path / "ix"
    shutil.copytree(template, path)
    with Index.open(path) as ix:
        before = _answers(ix)
    committed = _files(path)
    left = [
        "_MAIN_99.toc.1733000000.5",
        "MAIN_zz9deadsegment.seg",
        "MAIN_zz9deadsegment.sidx",
        "MAIN_zz9deadsegment.sidx.k3j2.tmp",
        "_MAIN_0.toc",
    ]  # an older generation's TOC
    for name in left:
        (path / name).write_bytes(b"half written")
    (path / "MAIN.tmp").mkdir()
    with Index.open(path) as ix:
        assert _files(path) == committed
        assert _answers(ix) == before
