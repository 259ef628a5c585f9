"""SIGKILL the indexer (the parent process, or one of its workers) at random moments
and check what is left: no orphan workers, the lock free for the next writer, every
record present exactly once, and no temporary or unreferenced files.

    .venv/bin/python -m benchmarks.reliability.kills            # 24 kills (default)
    .venv/bin/python -m benchmarks.reliability.kills --kills 40 --seed 3

Each cycle rewrites every input file with a new edition marker word (so the run has
real work: every record is replaced), starts ``python -m searchidx index`` on it with
two workers, kills a process, then checks:

* after the kill: the index is the previous edition or the new one, wholly (never a
  mix, a loss or a duplicate);
* within 2 s no process of the killed run is alive (orphan workers);
* the next ``index`` run gets the lock within 1 s (``--lock-timeout 1``) and exits 0;
* after it: every record exactly once, all of the new edition, ``stats`` agree, and
  the index directory holds no ``*.toc.*``/``*.tmp`` file, no older table of
  contents and no segment file or sidecar the table of contents does not reference.

The input is generated here from invented words (never research data) and is over
``tasks.PARALLEL_MIN_BYTES`` so that the indexer starts worker processes.
``tests/test_crash.py`` runs a handful of these cycles; this module runs 20+ and
writes ``results/kills.json`` and ``results/kills.md``.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import asdict, dataclass, field
from pathlib import Path

from benchmarks.common import SPEAKERS, SYLLABLES, git_head

ROOT = Path(__file__).resolve().parents[2]
RESULTS = Path(__file__).resolve().parent / "results"
TAG_VAR = "SEARCHIDX_KILL_TAG"
INDEXNAME = "MAIN"

ORPHAN_DEADLINE = 2.0  # seconds after the parent's death by which its workers must be gone
LOCK_DEADLINE = 1.0  # the next writer must get the lock within this (its --lock-timeout)
# A run whose worker was killed must notice and stop on its own; past this it is killed.
PARENT_EXIT_DEADLINE = 30.0

_SPEAKERS = (*SPEAKERS, "Petra Holm", "Anselm Roke")


# -- the generated input ---------------------------------------------------------------


@dataclass
class Corpus:
    """Generated JSONL input: ``files`` files of ``per_file`` records under ``work/docs``."""

    work: Path
    files: int = 24
    per_file: int = 14
    seed: int = 7
    edition: int = 0
    ids: list = field(default_factory=list)
    bytes: int = 0

    @property
    def docs(self) -> Path:
        return self.work / "docs"

    def write(self, edition: int) -> None:
        """Every file rewritten: the same record ids, bodies with a new edition word.

        Long records of long invented lower-case words: the indexer's cost is mostly per
        word and per capitalised word (name finding), so this is the cheapest input per
        byte that still starts the workers."""
        self.edition = edition
        rng = random.Random(self.seed)
        vocab = sorted({"".join(rng.choice(SYLLABLES) for _ in range(rng.randint(4, 6))) for _ in range(300)})
        self.docs.mkdir(parents=True, exist_ok=True)
        ids, total = [], 0
        for f in range(self.files):
            lines = []
            for r in range(self.per_file):
                sentences = [" ".join(rng.choices(vocab, k=rng.randint(6, 12))) + "." for _ in range(45)]
                if r % 3 == 0:
                    said = " ".join(rng.choices(vocab, k=rng.randint(4, 8))).capitalize()
                    sentences.insert(rng.randint(0, 10), f'"{said}," said {rng.choice(_SPEAKERS)}.')
                sentences.append(f"{edition_word(edition)}.")
                rec = {
                    "id": f"f{f}-r{r}",
                    "title": f"Dispatch {f}-{r}",
                    "body": " ".join(sentences),
                    "date": f"2024-{1 + (f + r) % 12:02d}-{1 + r % 28:02d}",
                }
                lines.append(json.dumps(rec))
                ids.append(f"f{f}-r{r}")
            data = ("\n".join(lines) + "\n").encode()
            total += len(data)
            path = self.docs / f"f{f}.jsonl"
            tmp = path.with_suffix(".partial")
            tmp.write_bytes(data)
            tmp.replace(path)  # never let the indexer see half a file
        self.ids, self.bytes = sorted(ids), total


def edition_word(edition: int) -> str:
    return f"edition{edition}x"


# -- processes -------------------------------------------------------------------------


def index_argv(index_dir: str = "ix", lock_timeout: float | None = None, procs: int = 2) -> list[str]:
    argv = [sys.executable, "-m", "searchidx", "index", "docs", "--index", index_dir, "--procs", str(procs), "--json"]
    if lock_timeout is not None:
        argv += ["--lock-timeout", str(lock_timeout)]
    return argv


def start(argv: list[str], work: Path, tag: str) -> subprocess.Popen:
    env = dict(os.environ, **{TAG_VAR: tag})
    env.pop("SEARCHIDX_INDEX", None)
    out = open(work / f"run-{tag}.out", "wb")
    err = open(work / f"run-{tag}.err", "wb")
    try:
        return subprocess.Popen(argv, cwd=work, env=env, stdout=out, stderr=err)
    finally:
        out.close()
        err.close()


def output_of(work: Path, tag: str) -> tuple[str, str]:
    def read(suffix):
        p = work / f"run-{tag}.{suffix}"
        return p.read_text(errors="replace") if p.exists() else ""

    return read("out"), read("err")


def is_alive(pid: int) -> bool:
    """Running or sleeping; a zombie (dead, not yet reaped) is not alive."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except (FileNotFoundError, ProcessLookupError, PermissionError):
        return False
    return stat.rsplit(")", 1)[1].split()[0] not in ("Z", "X")


def children(pid: int) -> list[int]:
    kids = []
    try:
        tasks = list(Path(f"/proc/{pid}/task").glob("*/children"))
    except OSError:
        return kids  # the process ended while its threads were listed
    for f in tasks:
        try:
            kids += [int(x) for x in f.read_text().split()]
        except OSError:
            pass
    return kids


def _cmdline(pid: int) -> bytes:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return b""


def descendants(pid: int) -> list[int]:
    out, todo = [], children(pid)
    while todo:
        c = todo.pop()
        out.append(c)
        todo += children(c)
    return out


_HELPERS = (b"resource_tracker", b"forkserver", b"semaphore_tracker")


def workers_of(pid: int) -> list[int]:
    """The indexing workers: live descendants of the parent (forked, or started through a
    fork server), not multiprocessing's own helper processes."""
    return [c for c in descendants(pid) if is_alive(c) and not any(h in _cmdline(c) for h in _HELPERS)]


def tagged(tag: str) -> list[int]:
    """Live processes started by a run with this tag (the parent and anything it forked)."""
    needle = f"{TAG_VAR}={tag}".encode()
    found = []
    for d in Path("/proc").iterdir():
        if not d.name.isdigit():
            continue
        try:
            env = (d / "environ").read_bytes()
        except OSError:
            continue
        if needle in env.split(b"\0") and is_alive(int(d.name)):
            found.append(int(d.name))
    return sorted(found)


def wait_gone(tag: str, deadline: float) -> tuple[list[int], float]:
    """Poll until no process of the run is alive or the deadline passes: (left, seconds)."""
    t0 = time.monotonic()
    while True:
        left = tagged(tag)
        waited = time.monotonic() - t0
        if not left or waited >= deadline:
            return left, waited
        time.sleep(0.02)


def kill_all(pids: list[int]) -> None:
    for pid in pids:
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass


# -- the index on disk -----------------------------------------------------------------


def leftovers(index_dir: Path) -> list[str]:
    """Files in the index directory that a clean index would not hold."""
    from whoosh import index as windex

    from searchidx.engine import manifest, stems

    ix = windex.open_dir(str(index_dir))
    try:
        generation = ix.latest_generation()
        segments = {s.segment_id() for s in ix._segments()}
    finally:
        ix.close()
    found = []
    for p in sorted(index_dir.iterdir()):
        name = p.name
        if name in (f"{INDEXNAME}_WRITELOCK", manifest.NAME, stems.NAME):
            continue
        toc = re.fullmatch(rf"_{INDEXNAME}_(\d+)\.toc", name)
        seg = re.match(rf"({INDEXNAME}_[a-z0-9]+)\.", name)
        if toc:
            if int(toc[1]) != generation:
                found.append(f"{name} (older table of contents; current is generation {generation})")
        elif ".toc." in name or name.endswith(".tmp") or ".tmp" in name:
            found.append(f"{name} (temporary file)")
        elif seg:
            if seg[1] not in segments:
                found.append(f"{name} (segment {seg[1]} is not in the table of contents)")
        else:
            found.append(f"{name} (unexpected)")
    return found


def index_state(index_dir: Path, expected_ids: list[str], edition: int | None = None) -> dict:
    """What the index holds: counts, duplicates, missing and extra ids, editions seen."""
    from searchidx import Index

    with Index.open(index_dir) as ix:
        res = ix.search("*", limit=len(expected_ids) + 1000)
        ids = [h.id for h in res.hits]
        st = ix.stats()
        editions = {}
        for e in {edition, (edition or 0) - 1} if edition is not None else ():
            if e >= 0:
                editions[e] = ix.search(edition_word(e), limit=0).total
        quotes = ix.quotes("*", limit=0).total
    seen = set(ids)
    return {
        "total": res.total,
        "hits": len(ids),
        "duplicates": len(ids) - len(seen),
        "missing": sorted(set(expected_ids) - seen)[:5],
        "n_missing": len(set(expected_ids) - seen),
        "extra": sorted(seen - set(expected_ids))[:5],
        "n_extra": len(seen - set(expected_ids)),
        "documents": st.documents,
        "quotes": st.quotes,
        "quote_total": quotes,
        "segments": st.segments,
        "deleted": st.deleted,
        "editions": editions,
    }


def state_problems(state: dict, n: int, quotes: int, editions_ok) -> list[str]:
    problems = []
    if state["duplicates"]:
        problems.append(f"{state['duplicates']} duplicated records")
    if state["n_missing"]:
        problems.append(f"{state['n_missing']} records lost, e.g. {state['missing']}")
    if state["n_extra"]:
        problems.append(f"{state['n_extra']} unexpected records, e.g. {state['extra']}")
    if not (state["total"] == state["hits"] == state["documents"] == n):
        problems.append(
            f"counts disagree: search total {state['total']}, hits {state['hits']}, "
            f"stats.documents {state['documents']}, expected {n}"
        )
    if not (state["quotes"] == state["quote_total"] == quotes):
        problems.append(f"quotes: stats {state['quotes']}, quotes('*') {state['quote_total']}, expected {quotes}")
    if not editions_ok(state["editions"]):
        problems.append(f"records of mixed or wrong editions: {state['editions']}")
    return problems


# -- one cycle -------------------------------------------------------------------------


@dataclass
class Timing:
    """Phases of an uninterrupted run, seconds from its start."""

    total: float = 0.0
    workers_start: float | None = None  # first worker seen
    workers_end: float | None = None  # last worker gone (commit follows)


@dataclass
class KillRecord:
    n: int
    target: str  # "parent" or "worker"
    mode: str  # "random", "commit", "toc", "build"
    planned_s: float
    killed_s: float | None = None
    phase: str = ""  # startup / build / commit / toc-write / finished (not killed)
    toc_temp_at_kill: bool = False
    parent_exit_code: int | None = None
    parent_exit_s: float | None = None  # after a worker kill: how long until the parent stopped
    parent_message: str = ""
    orphans: list = field(default_factory=list)
    orphan_s: float = 0.0
    after_kill: str = ""  # "old" / "new" edition, or what was wrong
    next_rc: int | None = None
    next_s: float | None = None
    next_lock_error: bool = False
    lost: int = 0
    duplicated: int = 0
    leftover_files: list = field(default_factory=list)
    segments: int = 0
    deleted: int = 0
    problems: list = field(default_factory=list)


class Harness:
    def __init__(self, work: Path, files: int = 24, per_file: int = 14, seed: int = 7):
        self.work = Path(work)
        self.corpus = Corpus(self.work, files=files, per_file=per_file, seed=seed)
        self.index_dir = self.work / "ix"
        self.rng = random.Random(seed)
        self.timing = Timing()
        self.quotes = 0
        self.edition = 0
        self.tags: list[str] = []  # one per process started, to clean up only our own

    def _tag(self) -> str:
        tag = uuid.uuid4().hex
        self.tags.append(tag)
        return tag

    def cleanup(self) -> None:
        """Kill whatever our runs left alive (never anyone else's processes)."""
        for tag in self.tags:
            kill_all(tagged(tag))

    # The first build, uninterrupted: the reference counts and the phase timings.
    def baseline(self) -> Timing:
        self.corpus.write(0)
        from searchidx import tasks as documents

        assert self.corpus.bytes > documents.PARALLEL_MIN_BYTES, "input too small for worker processes"
        self.timing = self._timed_run()
        state = index_state(self.index_dir, self.corpus.ids, 0)
        self.quotes = state["quotes"]
        if state["documents"] != len(self.corpus.ids) or state["duplicates"] or not self.quotes:
            raise RuntimeError(f"baseline build is wrong: {state}")
        return self.timing

    def _timed_run(self) -> Timing:
        tag = self._tag()
        t0 = time.monotonic()
        p = start(index_argv(), self.work, tag)
        timing = Timing()
        while p.poll() is None:
            now = time.monotonic() - t0
            if workers_of(p.pid):
                if timing.workers_start is None:
                    timing.workers_start = now
                timing.workers_end = None
            elif timing.workers_start is not None and timing.workers_end is None:
                timing.workers_end = now
            time.sleep(0.003)
        timing.total = time.monotonic() - t0
        out, err = output_of(self.work, tag)
        if p.returncode != 0:
            raise RuntimeError(f"index run failed ({p.returncode}): {err[-2000:]}")
        return timing

    def plan(self, target: str, mode: str) -> float:
        """Seconds after start (mode random/build) or after the workers are gone (commit)."""
        t = self.timing
        if mode == "random":
            return self.rng.uniform(0.05, 1.0) * t.total
        if mode == "build":
            start_, end = t.workers_start or 0.0, t.workers_end or t.total
            return self.rng.uniform(0.0, 0.8) * (end - start_)  # after the first worker appears
        if mode == "commit":
            end = t.workers_end or t.total
            return self.rng.uniform(0.0, 1.0) * max(t.total - end, 0.01)
        return 0.0  # toc: as soon as a temporary table of contents appears

    def cycle(self, n: int, target: str, mode: str, at: float | None = None) -> KillRecord:
        """One kill and its checks. ``at``: seconds (after the start for mode random, after
        the first worker appears for build, after the workers are gone for commit);
        default drawn at random over that phase of the baseline run."""
        self.edition += 1
        edition = self.edition
        self.corpus.write(edition)
        rec = KillRecord(n=n, target=target, mode=mode, planned_s=self.plan(target, mode) if at is None else at)
        tag = self._tag()
        old_tocs = {x for x in _listdir(self.index_dir) if ".toc." in x}
        t0 = time.monotonic()
        p = start(index_argv(), self.work, tag)
        seen_workers = False
        workers_gone_at = first_worker_at = None
        victim = None
        while True:
            now = time.monotonic() - t0
            if p.poll() is not None:
                rec.phase = "finished"
                break
            kids = workers_of(p.pid)
            if kids:
                seen_workers = True
                workers_gone_at = None
                if first_worker_at is None:
                    first_worker_at = now
            elif seen_workers and workers_gone_at is None:
                workers_gone_at = now
            if mode == "random":
                due = now >= rec.planned_s
            elif mode == "build":
                due = bool(kids) and now - first_worker_at >= rec.planned_s
            elif mode == "commit":
                due = workers_gone_at is not None and now - workers_gone_at >= rec.planned_s
            else:  # toc
                due = workers_gone_at is not None and any(
                    ".toc." in x and x not in old_tocs for x in _listdir(self.index_dir)
                )
            if due:
                if target == "parent":
                    victim = p.pid
                elif kids:
                    victim = self.rng.choice(kids)
            if victim is not None:
                listing = _listdir(self.index_dir)
                rec.toc_temp_at_kill = any(".toc." in x and x not in old_tocs for x in listing)
                rec.phase = (
                    "toc-write"
                    if rec.toc_temp_at_kill
                    else "build"
                    if kids
                    else "commit"
                    if seen_workers
                    else "startup"
                )
                os.kill(victim, signal.SIGKILL)
                rec.killed_s = round(now, 4)
                break
            time.sleep(0.0005 if mode == "toc" and workers_gone_at is not None else 0.003)
        if victim is None:  # the run finished before the planned moment
            p.wait()
        elif target == "parent":
            p.wait()
            rec.parent_exit_code = p.returncode
        else:
            t_kill = time.monotonic()
            try:
                p.wait(timeout=PARENT_EXIT_DEADLINE)
            except subprocess.TimeoutExpired:
                rec.problems.append(
                    f"after a worker was killed the parent did not stop within {PARENT_EXIT_DEADLINE:g} s"
                )
                p.kill()
                p.wait()
            rec.parent_exit_code = p.returncode
            rec.parent_exit_s = round(time.monotonic() - t_kill, 3)
            rec.parent_message = output_of(self.work, tag)[1].strip()[-300:]
            if p.returncode == 0:
                rec.problems.append("the parent exited 0 although a worker was killed")
        left, waited = wait_gone(tag, ORPHAN_DEADLINE)
        rec.orphans, rec.orphan_s = left, round(waited, 3)
        if left:
            rec.problems.append(f"{len(left)} orphan process(es) of the killed run alive {ORPHAN_DEADLINE:g} s later")

        # All or nothing: the killed run's commit happened wholly or not at all.
        n_ids = len(self.corpus.ids)
        try:
            state = index_state(self.index_dir, self.corpus.ids, edition)
            ed = state["editions"]
            rec.after_kill = "new" if ed.get(edition) == n_ids else "old" if ed.get(edition - 1) == n_ids else str(ed)
            rec.problems += [
                f"after the kill: {x}"
                for x in state_problems(state, n_ids, self.quotes, lambda e: sorted(e.values()) == [0, n_ids])
            ]
        except Exception as exc:  # noqa: BLE001 - a damaged index is what this looks for
            rec.after_kill = f"unreadable: {exc!r}"
            rec.problems.append(f"after the kill the index cannot be read: {exc!r}")

        # The next writer, while any orphans still live: the lock must come within 1 s.
        tag2 = self._tag()
        t1 = time.monotonic()
        p2 = start(index_argv(lock_timeout=LOCK_DEADLINE), self.work, tag2)
        p2.wait()
        rec.next_rc, rec.next_s = p2.returncode, round(time.monotonic() - t1, 3)
        err2 = output_of(self.work, tag2)[1]
        rec.next_lock_error = "lock" in err2
        if p2.returncode != 0:
            rec.problems.append(f"next index run exited {p2.returncode}: {err2.strip()[-300:]}")
        kill_all(left + tagged(tag))  # free what the orphans hold, then finish the update
        if p2.returncode != 0:
            p3 = start(index_argv(), self.work, self._tag())
            p3.wait()
            if p3.returncode != 0:
                rec.problems.append(f"index run after freeing the orphans exited {p3.returncode}")
        rest, _ = wait_gone(tag2, ORPHAN_DEADLINE)
        if rest:
            rec.problems.append(f"the next run left {len(rest)} process(es) behind")
            kill_all(rest)

        state = index_state(self.index_dir, self.corpus.ids, edition)
        rec.lost, rec.duplicated = state["n_missing"], state["duplicates"]
        rec.segments, rec.deleted = state["segments"], state["deleted"]
        rec.problems += [
            f"after the next run: {x}"
            for x in state_problems(
                state, n_ids, self.quotes, lambda e: e.get(edition) == n_ids and e.get(edition - 1, 0) == 0
            )
        ]
        rec.leftover_files = leftovers(self.index_dir)
        if rec.leftover_files:
            rec.problems.append(f"left in the index directory after the next run: {rec.leftover_files[:6]}")
        for f in self.work.glob("run-*.out"):
            f.unlink()
        for f in self.work.glob("run-*.err"):
            f.unlink()
        return rec


def _listdir(path: Path) -> list[str]:
    try:
        return os.listdir(path)
    except OSError:
        return []


# -- the benchmark ---------------------------------------------------------------------


def schedule(kills: int) -> list[tuple[str, str]]:
    """(target, mode) per kill: the parent at random moments (R), in the commit after the
    workers are gone (C) and at the table-of-contents write (T); a worker during the
    build (W). Every 12 kills: 5 R, 4 W, 2 C, 1 T, interleaved so a short run has each."""
    kinds = {"R": ("parent", "random"), "W": ("worker", "build"), "C": ("parent", "commit"), "T": ("parent", "toc")}
    pattern = "RWCTRWRCRWRW"
    return [kinds[pattern[i % len(pattern)]] for i in range(kills)]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--kills", type=int, default=24)
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--files", type=int, default=24)
    ap.add_argument("--per-file", type=int, default=14)
    ap.add_argument("--out", default=str(RESULTS))
    args = ap.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="searchidx-kills-"))
    h = Harness(work, files=args.files, per_file=args.per_file, seed=args.seed)
    try:
        timing = h.baseline()
        print(
            f"baseline: {len(h.corpus.ids)} records, {h.corpus.bytes / 1e6:.2f} MB, {h.quotes} quotes, "
            f"run {timing.total:.2f} s (workers {timing.workers_start}..{timing.workers_end})",
            flush=True,
        )
        plan = schedule(args.kills)
        records = []
        for i, (target, mode) in enumerate(plan, 1):
            rec = h.cycle(i, target, mode)
            records.append(rec)
            print(
                f"{i:3d} {target:6s} {mode:6s} at {rec.killed_s}s phase={rec.phase:9s} after={rec.after_kill:4s} "
                f"orphans={len(rec.orphans)} next_rc={rec.next_rc} next={rec.next_s}s lost={rec.lost} "
                f"dup={rec.duplicated} leftovers={len(rec.leftover_files)} problems={len(rec.problems)}",
                flush=True,
            )
        summary = summarize(records, h, timing)
        write_results(Path(args.out), summary, records)
        print(json.dumps(summary["totals"], indent=1))
        return 0 if summary["totals"]["cycles_with_problems"] == 0 else 1
    finally:
        h.cleanup()
        shutil.rmtree(work, ignore_errors=True)


def summarize(records: list[KillRecord], h: Harness, timing: Timing) -> dict:
    killed = [r for r in records if r.killed_s is not None]
    phases: dict[str, int] = {}
    for r in records:
        phases[r.phase] = phases.get(r.phase, 0) + 1
    totals = {
        "cycles": len(records),
        "kills": len(killed),
        "parent_kills": sum(r.target == "parent" for r in killed),
        "worker_kills": sum(r.target == "worker" for r in killed),
        "phases": phases,
        "lost": sum(r.lost for r in records),
        "duplicated": sum(r.duplicated for r in records),
        "kills_leaving_orphans": sum(bool(r.orphans) for r in records),
        "orphan_processes": sum(len(r.orphans) for r in records),
        "next_writer_failed": sum(r.next_rc != 0 for r in records),
        "next_writer_lock_errors": sum(r.next_lock_error for r in records),
        "after_kill_not_whole": sum(r.after_kill not in ("old", "new") for r in records),
        "cycles_with_leftover_files": sum(bool(r.leftover_files) for r in records),
        "max_next_run_s": max((r.next_s or 0) for r in records) if records else 0,
        "max_parent_exit_after_worker_kill_s": max((r.parent_exit_s or 0) for r in records if r.target == "worker")
        if any(r.target == "worker" for r in records)
        else None,
        "cycles_with_problems": sum(bool(r.problems) for r in records),
    }
    return {
        "benchmark": "kills",
        "when": time.strftime("%Y-%m-%dT%H:%M:%S"),
        "commit": git_head(),
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version()},
        "input": {"records": len(h.corpus.ids), "bytes": h.corpus.bytes, "files": h.corpus.files, "quotes": h.quotes},
        "baseline_run_s": round(timing.total, 3),
        "baseline_workers_s": [timing.workers_start, timing.workers_end],
        "bars": {"lost": 0, "duplicated": 0, "orphans": 0, "next_writer_within_s": LOCK_DEADLINE},
        "totals": totals,
    }


def write_results(out: Path, summary: dict, records: list[KillRecord]) -> None:
    out.mkdir(parents=True, exist_ok=True)
    data = dict(summary, kills=[{k: v for k, v in asdict(r).items()} for r in records])
    (out / "kills.json").write_text(json.dumps(data, indent=1, default=str) + "\n")
    t = summary["totals"]
    lines = [
        "# SIGKILL during indexing",
        "",
        f"Run {summary['when']} at `{summary['commit']}`, {summary['machine']['cpus']} CPUs, "
        f"Python {summary['machine']['python']}. Input: {summary['input']['records']} generated records "
        f"({summary['input']['bytes'] / 1e6:.2f} MB in {summary['input']['files']} JSONL files, "
        f"{summary['input']['quotes']} quotes); an uninterrupted run takes {summary['baseline_run_s']} s.",
        "",
        "| bar | measured |",
        "|---|---|",
        f"| records lost: 0 | {t['lost']} |",
        f"| records duplicated: 0 | {t['duplicated']} |",
        f"| kills leaving orphan processes (alive {ORPHAN_DEADLINE:g} s later): 0 | {t['kills_leaving_orphans']} "
        f"({t['orphan_processes']} processes) |",
        f"| next writer gets the lock within {LOCK_DEADLINE:g} s and exits 0 | failed {t['next_writer_failed']} of "
        f"{t['cycles']} ({t['next_writer_lock_errors']} lock errors) |",
        f"| index after the kill is the old or the new state, wholly | {t['cycles'] - t['after_kill_not_whole']} of {t['cycles']} |",
        f"| no temporary/unreferenced files after the next run | {t['cycles_with_leftover_files']} cycles with leftovers |",
        "",
        f"Kills: {t['kills']} ({t['parent_kills']} parent, {t['worker_kills']} worker); phase at the kill: "
        + ", ".join(f"{k} {v}" for k, v in sorted(t["phases"].items()))
        + ". Phase is read from what was "
        "observable at the kill: workers alive (build), workers gone (commit: deletions, merge, table of "
        "contents), a `*.toc.*` temporary present (toc-write), no worker seen yet (startup).",
        "",
        "`next s` is the whole next run (it re-indexes what the killed run did not commit); it ran with "
        f"`--lock-timeout {LOCK_DEADLINE:g}`, so a lock not free within {LOCK_DEADLINE:g} s makes it exit 1.",
        "",
        "| # | target | mode | at s | phase | after kill | orphans | next rc | next s | lost | dup | leftovers |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in records:
        lines.append(
            f"| {r.n} | {r.target} | {r.mode} | {r.killed_s} | {r.phase} | {r.after_kill} | {len(r.orphans)} | "
            f"{r.next_rc} | {r.next_s} | {r.lost} | {r.duplicated} | {len(r.leftover_files)} |"
        )
    problems = [(r.n, p) for r in records for p in r.problems]
    if problems:
        lines += ["", "## Problems", ""] + [f"- kill {n}: {p}" for n, p in problems[:60]]
    (out / "kills.md").write_text("\n".join(lines) + "\n")


if __name__ == "__main__":
    sys.exit(main())
