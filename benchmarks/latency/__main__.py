"""``python -m benchmarks.latency --corpus reuters``: see benchmarks/README.md, "Query latency"."""

from __future__ import annotations

import argparse
import json
import os
import platform
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from . import corpora, report
from . import queries as qmod
from .engines import tantivy_available

ORDER = ("fts5", "searchidx", "tantivy")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.latency", description=__doc__)
    ap.add_argument("--corpus", required=True, choices=corpora.CORPORA)
    ap.add_argument("--size", type=int, help="documents in the scale corpus (20000, 200000, 1000000)")
    ap.add_argument(
        "--engines", default="fts5,searchidx,tantivy", help="comma-separated; tantivy is skipped when not installed"
    )
    ap.add_argument(
        "--max-per-type",
        type=int,
        help="time only the first N queries of each type (quick runs; results not saved "
        "under results/ unless --out is given)",
    )
    ap.add_argument("--repeat", type=int, default=1, help="timed passes per query (default 1)")
    ap.add_argument("--procs", type=int, help="indexing processes/threads, passed to engines that take it")
    ap.add_argument(
        "--explain", type=int, default=25, help="disagreeing queries per type to classify by brute force (0: none)"
    )
    ap.add_argument(
        "--reference-max-docs",
        type=int,
        default=250_000,
        help="skip the brute-force classification above this many documents",
    )
    ap.add_argument(
        "--stream",
        action="store_true",
        help="scale corpus: searchidx indexes records as they are generated, so its peak "
        "RSS is the engine's own (its build time then includes generating them)",
    )
    ap.add_argument("--out", help="results folder (default benchmarks/latency/results)")
    ap.add_argument("--workdir", help="where indexes are built (default: a temporary folder)")
    ap.add_argument("--no-plots", action="store_true")
    args = ap.parse_args(argv)

    if args.corpus == "scale" and not args.size:
        ap.error("--corpus scale needs --size")
    key = corpora.corpus_key(args.corpus, args.size)
    if not corpora.available(args.corpus):
        print(f"skipped: the data for corpus {args.corpus!r} is not under {corpora.data_root()}")
        return 0

    engines = [e for e in ORDER if e in args.engines.split(",")]
    if "tantivy" in engines and not tantivy_available():
        print("tantivy: not installed, skipped (pip install tantivy)")
        engines.remove("tantivy")

    docs_cache: dict = {}

    def docs():
        if "docs" not in docs_cache:
            t = time.perf_counter()
            print(f"loading {key} and running extraction once ...", flush=True)
            docs_cache["docs"] = corpora.prepare(corpora.load(args.corpus, args.size))
            print(f"  {len(docs_cache['docs']):,} documents in {time.perf_counter() - t:.0f} s", flush=True)
        return docs_cache["docs"]

    queries = qmod.load_or_generate(key, docs)
    if args.max_per_type:
        queries = [q for qs in qmod.by_type(queries).values() for q in qs[: args.max_per_type]]
    per_type = max(len(v) for v in qmod.by_type(queries).values())
    out_dir = Path(args.out) if args.out else report.RESULTS
    save = bool(args.out) or not args.max_per_type
    tmp = Path(tempfile.mkdtemp(prefix="searchidx-latency-"))
    qfile = tmp / "queries.json"
    qfile.write_text(json.dumps({"queries": queries}), encoding="utf-8")

    workers: dict[str, dict] = {}
    env = dict(os.environ)
    root = str(Path(__file__).resolve().parents[2])
    env["PYTHONPATH"] = root + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    for name in engines:
        out_file = tmp / f"{name}.json"
        cmd = [
            sys.executable,
            "-m",
            "benchmarks.latency.worker",
            "--engine",
            name,
            "--corpus",
            args.corpus,
            "--queries",
            str(qfile),
            "--out",
            str(out_file),
            "--repeat",
            str(args.repeat),
        ]
        if args.size:
            cmd += ["--size", str(args.size)]
        if args.procs:
            cmd += ["--procs", str(args.procs)]
        if args.workdir:
            cmd += ["--workdir", args.workdir]
        if args.stream:
            cmd += ["--stream"]
        print(f"{name}: building and querying ({len(queries)} queries) ...", flush=True)
        t = time.perf_counter()
        proc = subprocess.run(cmd, cwd=root, env=env)
        if proc.returncode != 0 or not out_file.exists():
            print(f"{name}: worker failed (exit {proc.returncode}); left out of the results", flush=True)
            continue
        workers[name] = json.loads(out_file.read_text(encoding="utf-8"))
        w = workers[name]
        print(
            f"  build {w['build_s']:.1f} s, {w['docs_per_s']:.0f} docs/s; queries "
            f"{w['cold_pass_s']:.1f} s cold pass; total {time.perf_counter() - t:.0f} s",
            flush=True,
        )
    if not workers:
        print("no engine produced results")
        return 1

    reference = None
    n_docs = next(iter(workers.values()))["documents"]
    if args.explain and "searchidx" in workers and "fts5" in workers and n_docs <= args.reference_max_docs:
        disagreeing = _disagreeing(queries, workers, args.explain)
        if disagreeing:
            from .reference import Reference

            t = time.perf_counter()
            print(f"classifying {len(disagreeing)} hit-count disagreements by brute force ...", flush=True)
            reference = Reference(docs(), disagreeing)
            print(f"  reference built in {time.perf_counter() - t:.0f} s", flush=True)
    agreement = report.compare(queries, workers, reference, explain_per_type=args.explain)

    first = next(iter(workers.values()))
    result = {
        "corpus": args.corpus,
        "size": args.size,
        "corpus_key": key,
        "documents": n_docs,
        "queries_per_type": per_type,
        "query_set": qmod.query_path(key).name,
        "date": time.strftime("%Y-%m-%d"),
        "repeat": args.repeat,
        "environment": {
            "python": first["python"],
            "sqlite": sqlite3.sqlite_version,
            "platform": platform.platform(),
            "cpus": os.cpu_count(),
            "machine": platform.machine(),
        },
        "searchidx_commit": sorted({w.get("searchidx_commit") or "?" for w in workers.values()}),
        "engines": {},
        "agreement": agreement,
    }
    for name, w in workers.items():
        keep = {k: v for k, v in w.items() if k != "queries"}
        keep["latency"] = report.summarize(w)
        keep["errors"] = [{"id": r["id"], "error": r["error"]} for r in w["queries"] if r["error"]][:20]
        result["engines"][name] = keep
    md = report.markdown(result)
    print()
    print(md)
    if save:
        out_dir.mkdir(parents=True, exist_ok=True)
        (out_dir / f"{key}.json").write_text(json.dumps(result, indent=1, default=str) + "\n", encoding="utf-8")
        (out_dir / f"{key}.md").write_text(md, encoding="utf-8")
        if not args.no_plots:
            report.plot_distribution(result, workers, out_dir / f"{key}.png")
            if args.corpus == "scale":
                report.plot_scale(out_dir / "scale.png")
        if out_dir == report.RESULTS:
            report.update_readme()
        print(f"written: {out_dir}/{key}.json, .md" + ("" if args.no_plots else ", .png"))
    return 0


def _disagreeing(queries, workers, per_type: int) -> list[dict]:
    base = {r["id"]: r["total"] for r in workers["fts5"]["queries"]}
    taken: dict[str, int] = {}
    out = []
    for q, r in zip(queries, workers["searchidx"]["queries"]):
        if r["error"] or base.get(r["id"]) is None or r["total"] == base[r["id"]]:
            continue
        if taken.get(q["type"], 0) < per_type:
            taken[q["type"]] = taken.get(q["type"], 0) + 1
            out.append(q)
    return out


if __name__ == "__main__":
    sys.exit(main())
