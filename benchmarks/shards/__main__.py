"""Build Reuters-21578 into a sharded index with 1 and 2 local Dask workers, then time the
same queries on one index and on the shards (in this process, and as Dask tasks), and
count differences between them. Writes benchmarks/results/shards.{json,md}.

    python -m benchmarks.shards [--shards 2] [--repeat 15]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import tempfile
import time
from pathlib import Path

import orjson

ROOT = Path(__file__).resolve().parents[2]
REUTERS = ROOT.parent / "shared" / "data" / "reuters21578"
RESULTS = ROOT / "benchmarks" / "results"

QUERIES = [
    ("oil", {}),
    ('"interest rates"', {}),
    ("bank AND (loan OR credit)", {}),
    ("export*", {"facets": ["place"]}),
    ("*", {"facets": ["place", "year"], "limit": 0}),
    ("grain NOT wheat", {"sort": "date"}),
    ("trade", {"offset": 20, "limit": 10}),
    ("title:dollar", {}),
]


def _same(a, b) -> bool:
    ha = [(h.id, h.score) for h in a.hits]
    hb = [(h.id, h.score) for h in b.hits]
    return (
        [i for i, _ in ha] == [i for i, _ in hb]
        and all(abs(x - y) <= 1e-9 for (_, x), (_, y) in zip(ha, hb))
        and a.total == b.total
        and dict(a.facets) == dict(b.facets)
    )


def _latency(ix, repeat: int, fresh: bool = False) -> dict:
    """Median ms per query; ``fresh``: a sharded index's cached global statistics are
    dropped before each search, so each pays its statistics round trip."""
    out = {}
    for q, opts in QUERIES:
        ix.search(q, **opts)  # warm
        times = []
        for _ in range(repeat):
            if fresh:
                ix._stats_cache.clear()
            t = time.perf_counter()
            ix.search(q, **opts)
            times.append((time.perf_counter() - t) * 1000)
        out[f"{q} {opts}" if opts else q] = statistics.median(times)
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shards", type=int, default=2)
    ap.add_argument("--repeat", type=int, default=15)
    args = ap.parse_args()
    if not REUTERS.exists():
        print(f"skipped: {REUTERS} not present")
        return
    from distributed import Client, LocalCluster

    from searchidx import Index
    from searchidx.shards import ShardedIndex

    work = Path(tempfile.mkdtemp(prefix="bench-shards-"))
    result: dict = {"corpus": "reuters21578", "shards": args.shards, "cpus": os.cpu_count(), "build_s": {}}
    try:
        t = time.perf_counter()
        with Index.create(work / "single") as ix:
            rep = ix.add_paths([str(REUTERS)], procs=1)
        result["build_s"]["single index, 1 process"] = time.perf_counter() - t
        result["records"] = rep.records
        for workers in (1, 2):
            with (
                LocalCluster(
                    n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None
                ) as lc,
                Client(lc) as client,
            ):
                path = work / f"sharded-{workers}"
                t = time.perf_counter()
                with ShardedIndex.create(path, args.shards) as sx:
                    srep = sx.add_paths([str(REUTERS)], cluster=client)
                result["build_s"][f"{args.shards} shards, {workers} worker(s)"] = time.perf_counter() - t
                assert srep.records == rep.records, (srep.records, rep.records)
        b = result["build_s"]
        result["speedup_2_vs_1_workers"] = (
            b[f"{args.shards} shards, 1 worker(s)"] / b[f"{args.shards} shards, 2 worker(s)"]
        )
        with Index.open(work / "single") as ix, Index.open(work / "sharded-2") as sx:
            result["differences"] = sum(not _same(ix.search(q, **o), sx.search(q, **o)) for q, o in QUERIES)
            result["latency_ms"] = {
                "single": _latency(ix, args.repeat),
                "sharded in-process": _latency(sx, args.repeat, fresh=True),
            }
        with (
            LocalCluster(
                n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None
            ) as lc,
            Client(lc) as client,
            ShardedIndex.open(work / "sharded-2", cluster=client) as cx,
        ):
            result["latency_ms"]["2 Dask workers, statistics fetched"] = _latency(cx, args.repeat, fresh=True)
            result["latency_ms"]["2 Dask workers, statistics cached"] = _latency(cx, args.repeat)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "shards.json").write_bytes(orjson.dumps(result, option=orjson.OPT_INDENT_2))
    (RESULTS / "shards.md").write_text(_markdown(result))
    print(_markdown(result))


def _markdown(r: dict) -> str:
    lines = [
        f"# Sharded index on Dask: Reuters-21578 ({r['records']:,} records, {r['shards']} shards, {r['cpus']} CPUs)",
        "",
        "| build | seconds |",
        "|---|---:|",
    ]
    lines += [f"| {k} | {v:.1f} |" for k, v in r["build_s"].items()]
    lines += [
        "",
        f"Two workers against one: {r['speedup_2_vs_1_workers']:.2f}x. "
        f"Differences from one index over {len(QUERIES)} queries: {r['differences']}.",
        "",
        "| query (median ms) | " + " | ".join(r["latency_ms"]) + " |",
        "|---|" + "---:|" * len(r["latency_ms"]),
    ]
    for q in next(iter(r["latency_ms"].values())):
        lines.append(f"| `{q}` | " + " | ".join(f"{r['latency_ms'][m][q]:.1f}" for m in r["latency_ms"]) + " |")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    main()
