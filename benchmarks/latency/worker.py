"""One engine, one process: load the corpus, build the index, time every query.

Run by ``python -m benchmarks.latency`` (one subprocess per engine, so peak RSS and
caches are the engine's own); usable alone for profiling::

    python -m benchmarks.latency.worker --engine searchidx --corpus reuters \
        --queries benchmarks/latency/queries/reuters-v1.json --out /tmp/si.json

Timing: every query runs once untimed-for-the-report ("cold": first execution in the
process, right after the build, OS page cache warm), then ``--repeat`` timed passes
("warm"); latency is wall time (``perf_counter``) around the engine call, which
includes query translation and result/snippet building.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import resource
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

from . import corpora
from .engines import ENGINES


def rss_mb() -> float:
    """Current resident set size (Linux), in MiB."""
    try:
        with open("/proc/self/statm") as f:
            pages = int(f.read().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") / 2**20
    except OSError:
        return float("nan")


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def git_commit() -> str | None:
    """HEAD of the repository, "+dirty" when searchidx/ has uncommitted changes (read-only git)."""
    import subprocess

    root = Path(__file__).resolve().parents[2]
    try:
        head = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=root, capture_output=True, text=True, timeout=10
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--", "searchidx", "schema"],
            cwd=root,
            capture_output=True,
            text=True,
            timeout=10,
        ).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return None
    return (head + ("+dirty" if dirty else "")) or None


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="benchmarks.latency.worker")
    ap.add_argument("--engine", required=True, choices=sorted(ENGINES))
    ap.add_argument("--corpus", required=True, choices=corpora.CORPORA)
    ap.add_argument("--size", type=int)
    ap.add_argument("--queries", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--workdir")
    ap.add_argument("--procs", type=int)
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--keep-index", action="store_true")
    ap.add_argument(
        "--stream", action="store_true", help="searchidx on the scale corpus: index records as they are generated"
    )
    args = ap.parse_args(argv)

    queries = json.loads(Path(args.queries).read_text(encoding="utf-8"))["queries"]
    out: dict = {
        "engine": args.engine,
        "corpus": args.corpus,
        "size": args.size,
        "python": sys.version.split()[0],
        "sqlite": sqlite3.sqlite_version,
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
    }
    out["searchidx_commit"] = git_commit()
    engine = ENGINES[args.engine]()
    out["engine_version"] = engine.version()

    t = time.perf_counter()
    streamed = args.stream and args.engine == "searchidx" and args.corpus == "scale"
    # Streamed: records are generated while searchidx indexes them, so the process's peak
    # RSS is the engine's own, not the corpus's (build time then includes generating).
    records = corpora.generate_scale(args.size) if streamed else corpora.load(args.corpus, args.size)
    out["load_s"] = time.perf_counter() - t
    out["streamed"] = streamed
    if args.engine == "searchidx":
        source = records  # searchidx extracts speakers, places and quotes itself, timed
        out["prepare_s"] = 0.0
    else:
        t = time.perf_counter()
        source = corpora.prepare(records)  # the same extraction, once, untimed
        out["prepare_s"] = time.perf_counter() - t
    del records  # only ``source`` is kept, and dropped after the build
    out["documents"] = None if streamed else len(source)
    gc.collect()
    out["rss_before_build_mb"] = rss_mb()
    out["peak_rss_before_build_mb"] = peak_rss_mb()

    workdir = Path(args.workdir or tempfile.mkdtemp(prefix="searchidx-bench-"))
    index_dir = workdir / f"{args.engine}-{corpora.corpus_key(args.corpus, args.size)}"
    if index_dir.exists():
        shutil.rmtree(index_dir)
    try:
        build = engine.build(source, index_dir, procs=args.procs)
        out.update(build)
        if out["documents"] is None:
            out["documents"] = build["records"]
        out["docs_per_s"] = out["documents"] / build["build_s"] if build["build_s"] else None
        out["index_bytes"] = sum(f.stat().st_size for f in index_dir.rglob("*") if f.is_file())
        out["peak_rss_after_build_mb"] = peak_rss_mb()
        # Worker processes an engine started (searchidx's indexing workers): the largest
        # one's peak. Their sum is at most procs times this.
        out["peak_rss_children_mb"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        del source
        gc.collect()

        results = []
        t = time.perf_counter()
        for q in queries:  # cold pass
            started = time.perf_counter()
            try:
                total, facets = engine.run(q)
                error = None
            except Exception as exc:  # noqa: BLE001 - an engine's failure is a result
                total, facets, error = None, None, f"{type(exc).__name__}: {exc}"
            ms = (time.perf_counter() - started) * 1000
            results.append(
                {
                    "id": q["id"],
                    "type": q["type"],
                    "total": total,
                    "cold_ms": ms,
                    "ms": [],
                    "facets": facets,
                    "error": error,
                }
            )
        out["cold_pass_s"] = time.perf_counter() - t
        gc.collect()
        for _ in range(args.repeat):
            for q, r in zip(queries, results):
                if r["error"]:
                    continue
                started = time.perf_counter()
                engine.run(q)
                r["ms"].append((time.perf_counter() - started) * 1000)
        out["queries"] = results
        out["peak_rss_mb"] = peak_rss_mb()
        engine.close()
    finally:
        if not args.keep_index:
            shutil.rmtree(index_dir, ignore_errors=True)
            if not args.workdir:
                shutil.rmtree(workdir, ignore_errors=True)
    Path(args.out).write_text(json.dumps(out, default=str), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
