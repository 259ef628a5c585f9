"""SIGKILL during ``searchidx index`` (issue 9: orphan workers holding the lock, temporary
table-of-contents files left behind; what held before must keep holding: no record lost
or duplicated, the index after a kill is the previous state or the new one, wholly).

Each test kills a real ``python -m searchidx index`` run over generated JSONL (over
``tasks.PARALLEL_MIN_BYTES``, so two worker processes run) and checks, through the
harness in ``benchmarks/reliability/kills.py`` (which runs 20+ kills as a benchmark):

* no process of the killed run is alive 2 s after the kill;
* the next ``index`` run gets the lock within 1 s (``--lock-timeout 1``) and exits 0;
* after it every record is present exactly once, of the newest content, and stats agree;
* the index directory holds no ``*.toc.*``/``*.tmp`` file, no older table of contents
  and no segment file or posting-array folder that the table of contents does not list.

The moments are drawn at random (seeded: ``SEARCHIDX_CRASH_SEED``) within the phase
aimed at, from the timings of an uninterrupted run measured first.
``SEARCHIDX_CRASH_KILLS`` adds that many parent kills at random moments of the run.
"""

from __future__ import annotations

import os

import pytest

from benchmarks.reliability.kills import Harness

SEED = int(os.environ.get("SEARCHIDX_CRASH_SEED", "5"))
EXTRA_KILLS = int(os.environ.get("SEARCHIDX_CRASH_KILLS", "0"))

pytestmark = pytest.mark.skipif(not os.path.isdir("/proc/self/task"), reason="needs Linux /proc")


@pytest.fixture(scope="module")
def harness(tmp_path_factory):
    h = Harness(tmp_path_factory.mktemp("crash"), seed=SEED)
    try:
        h.baseline()
        yield h
    finally:
        h.cleanup()


def _explain(records) -> str:
    lines = []
    for r in records:
        lines.append(
            f"kill {r.n}: SIGKILL {r.target} ({r.mode}) at {r.killed_s} s, phase {r.phase}, index after the "
            f"kill: {r.after_kill}, orphans {r.orphans}, next run rc {r.next_rc} in {r.next_s} s"
        )
        lines += [f"    {p}" for p in r.problems]
    return "\n".join(lines)


def _run(harness, plan):
    records = []
    for target, mode, fraction in plan:
        t = harness.timing
        if mode == "build":
            at = fraction * ((t.workers_end or t.total) - (t.workers_start or 0.0))
        elif mode == "commit":
            at = fraction * max(t.total - (t.workers_end or t.total), 0.0)
        else:
            at = fraction * t.total
        records.append(harness.cycle(len(records) + 1, target, mode, at=at))
    return records


def test_parent_killed_during_the_build_and_the_commit(harness):
    rng = harness.rng
    plan = [("parent", "build", rng.uniform(0.1, 0.7)), ("parent", "commit", rng.uniform(0.0, 0.3))]
    plan += [("parent", "random", rng.uniform(0.1, 0.8)) for _ in range(EXTRA_KILLS)]
    records = _run(harness, plan)
    report = _explain(records)
    # A run that ended before its planned moment proves nothing; the build and the commit
    # always last long enough for these fractions.
    assert all(r.killed_s is not None for r in records[:2]), report
    assert [p for r in records for p in r.problems] == [], report


def test_worker_killed_during_the_build(harness):
    records = _run(harness, [("worker", "build", harness.rng.uniform(0.1, 0.6))])
    report = _explain(records)
    assert records[0].killed_s is not None, report
    # The parent notices, stops with an error naming the dead worker, and commits nothing.
    assert records[0].parent_exit_code not in (0, None), report
    assert "worker" in records[0].parent_message, report
    assert records[0].after_kill == "old", report
    assert [p for r in records for p in r.problems] == [], report
