"""``python -m benchmarks.latency.buildmem --size 1000000``: build time and peak memory
of indexing the generated scale corpus, with no queries.

The records are generated while searchidx indexes them, so no corpus sits in memory.
Memory is the resident set of this process and all its children (the indexing
workers) added up, sampled every 0.2 s: the peak of the whole build, not of one
process. Results go to ``results/scale-<size>-build.json`` and ``.md``.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import sys
import tempfile
import threading
import time
from pathlib import Path

from . import corpora
from .report import RESULTS
from .worker import git_commit


def tree_rss_mb(root: int) -> float:
    """Resident memory of ``root`` and its descendants, in MiB (Linux /proc)."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        pid, ppid = int(entry), int(fields[1])
        children.setdefault(ppid, []).append(pid)
        rss[pid] = int(fields[21])  # resident pages
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        total += rss.get(pid, 0)
        todo.extend(children.get(pid, ()))
    return total * os.sysconf("SC_PAGE_SIZE") / 2**20


class PeakSampler(threading.Thread):
    def __init__(self, interval: float = 0.2):
        super().__init__(daemon=True)
        self.interval, self.peak, self.stop = interval, 0.0, threading.Event()

    def run(self):
        me = os.getpid()
        while not self.stop.is_set():
            self.peak = max(self.peak, tree_rss_mb(me))
            self.stop.wait(self.interval)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.latency.buildmem", description=__doc__)
    ap.add_argument("--size", type=int, default=1_000_000)
    ap.add_argument("--procs", type=int, default=2)
    ap.add_argument("--workdir")
    ap.add_argument("--out", help="results folder (default benchmarks/latency/results)")
    args = ap.parse_args(argv)
    if not corpora.available("reuters"):
        print(f"skipped: Reuters-21578 (the scale corpus's model) is not under {corpora.data_root()}")
        return 0
    from searchidx import Index

    workdir = Path(args.workdir or tempfile.mkdtemp(prefix="searchidx-buildmem-"))
    path = workdir / f"searchidx-scale-{args.size}"
    shutil.rmtree(path, ignore_errors=True)
    model = corpora.ScaleModel(corpora.load_reuters())
    sampler = PeakSampler()
    sampler.start()
    base = tree_rss_mb(os.getpid())
    try:
        with Index.create(path) as ix:
            started = time.perf_counter()
            report = ix.add_records(corpora.generate_scale(args.size, model=model), procs=args.procs)
            took = time.perf_counter() - started
        sampler.stop.set()
        sampler.join()
        result = {
            "corpus": corpora.corpus_key("scale", args.size),
            "documents": report.records,
            "quotes": report.quotes,
            "procs": args.procs,
            "build_s": took,
            "docs_per_s": report.records / took,
            "peak_rss_total_mb": sampler.peak,
            "rss_before_build_mb": base,
            "segments": len(list(path.glob("*.sidx"))),
            "index_bytes": sum(f.stat().st_size for f in path.rglob("*") if f.is_file()),
            "date": time.strftime("%Y-%m-%d"),
            "python": sys.version.split()[0],
            "platform": platform.platform(),
            "cpus": os.cpu_count(),
            "searchidx_commit": git_commit(),
        }
    finally:
        sampler.stop.set()
        shutil.rmtree(path, ignore_errors=True)
        if not args.workdir:
            shutil.rmtree(workdir, ignore_errors=True)
    md = (
        f"### {result['corpus']}: build only, {result['documents']:,} documents\n\n"
        f"searchidx at {result['searchidx_commit']}, {args.procs} worker processes, records generated "
        f"while indexing; {result['date']}, Python {result['python']}, {result['cpus']} CPUs.\n\n"
        "| build s | docs/s | peak RSS, all processes, MiB | RSS before build MiB | segments | index MiB |\n"
        "|---:|---:|---:|---:|---:|---:|\n"
        f"| {took:,.0f} | {result['docs_per_s']:,.0f} | {sampler.peak:,.0f} | {base:,.0f} | "
        f"{result['segments']} | {result['index_bytes'] / 2**20:,.0f} |\n"
    )
    print(md)
    out = Path(args.out) if args.out else RESULTS
    out.mkdir(parents=True, exist_ok=True)
    (out / f"{result['corpus']}-build.json").write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    (out / f"{result['corpus']}-build.md").write_text(md, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
