"""HTTP load benchmark: ``searchidx serve`` against Datasette serving the same documents.

    .venv/bin/pip install -e '.[bench]'
    .venv/bin/python -m benchmarks.http [--seconds 20] [--clients 16] [--workdir DIR]

Both servers get the same Reuters-21578 documents (read with searchidx's Reuters
reader; speakers and places as searchidx extracted them) and the same queries (the
``term``, ``and`` and ``phrase2`` queries of ``benchmarks/latency/queries/reuters-v1.json``,
in the same order), from ``--clients`` concurrent keep-alive HTTP clients (httpx, one
asyncio process) for ``--seconds`` after a warm-up. Two scenarios:

* ``search``: the ten best hits with a highlighted snippet and the total.
  searchidx: ``/api/search?q=Q``. Datasette: a canned query over an FTS5 table,
  ``ORDER BY rank LIMIT 10`` with ``snippet()`` and a ``count(*)`` subquery.
* ``facets``: ten hits, the total and speaker and place counts over every match.
  searchidx: ``/api/search?q=Q&facet=speaker&facet=place``. Datasette: its table view,
  ``/reuters/docs.json?_search=Q&_searchmode=raw&_facet_array=speakers&_facet_array=places&_size=10``
  (Datasette lists table search hits in rowid order, not by rank).

Datasette runs with ``suggest_facets`` off and its time limits raised to 10 s (so that it
computes every facet rather than giving up after 200 ms), otherwise with its defaults
(3 SQL threads); searchidx as ``searchidx serve`` runs (4 search threads, warmed up before it
listens). Both are started as their commands, with uvicorn's access log sent to /dev/null.
The index and the SQLite file are built once in ``--workdir`` and reused.
Results: ``benchmarks/results/http.json`` and ``.md``.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import socket
import sqlite3
import statistics
import subprocess
import sys
import time
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RESULTS = ROOT / "benchmarks" / "results"
QUERY_TYPES = ("term", "and", "phrase2")
CANNED = """select docs.id, docs.title, docs.date, docs.speakers, docs.places,
  snippet(docs_fts, 1, '<mark>', '</mark>', '…', 24) as snippet,
  (select count(*) from docs_fts where docs_fts match :q) as total
from docs_fts join docs on docs.rowid = docs_fts.rowid
where docs_fts match :q order by rank limit 10"""


def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# -- data --------------------------------------------------------------------------------


def build_index(path: Path, reuters: Path) -> dict:
    from searchidx import Index

    if path.exists():
        return {"reused": True}
    started = time.perf_counter()
    with Index.create(path) as ix:
        report = ix.add_paths([str(reuters)])
    return {"reused": False, "build_s": round(time.perf_counter() - started, 1), "records": report.records}


def build_sqlite(db_path: Path, index_path: Path) -> dict:
    """The same articles in SQLite: a ``docs`` table (speakers and places as JSON arrays, as
    searchidx extracted them) with an external-content FTS5 table Datasette searches."""
    if db_path.exists():
        return {"reused": True}
    from benchmarks.latency.corpora import load_reuters
    from searchidx import Index

    started = time.perf_counter()
    bodies = {r.id: r for r in load_reuters()}
    with Index.open(index_path) as ix:
        everything = ix.search("*", limit=len(bodies) + 1000, snippets=False, timeout=None)
    tmp = db_path.with_suffix(".tmp")
    tmp.unlink(missing_ok=True)
    db = sqlite3.connect(tmp, isolation_level=None)
    db.executescript("""
        CREATE TABLE docs(rowid INTEGER PRIMARY KEY, id TEXT UNIQUE NOT NULL, title TEXT, body TEXT,
                          date TEXT, speakers TEXT, places TEXT);
        CREATE VIRTUAL TABLE docs_fts USING fts5(title, body, content='docs', content_rowid='rowid',
                                                 tokenize='porter unicode61');
    """)
    db.execute("BEGIN")
    n = 0
    for hit in everything.hits:
        rec = bodies.get(hit.id)
        if rec is None:
            continue
        n += 1
        db.execute(
            "INSERT INTO docs VALUES (?, ?, ?, ?, ?, ?, ?)",
            (n, hit.id, hit.title, rec.body, hit.to_dict()["date"], json.dumps(hit.speakers), json.dumps(hit.places)),
        )
    db.execute("INSERT INTO docs_fts(rowid, title, body) SELECT rowid, title, body FROM docs")
    db.execute("INSERT INTO docs_fts(docs_fts) VALUES ('optimize')")
    db.execute("COMMIT")
    db.execute("ANALYZE")
    db.close()
    tmp.rename(db_path)
    return {"reused": False, "build_s": round(time.perf_counter() - started, 1), "records": n}


def load_queries() -> list[dict]:
    from benchmarks.latency.queries import query_path

    data = json.loads(query_path("reuters").read_text())
    queries = (
        [q for t in QUERY_TYPES for q in data["types"][t]]
        if isinstance(data.get("types"), dict)
        else [q for q in data["queries"] if q["type"] in QUERY_TYPES]
    )
    # Interleave the types so every stretch of the run has each kind.
    by_type = {t: [q for q in queries if q["type"] == t] for t in QUERY_TYPES}
    return [q for group in zip(*by_type.values()) for q in group]


def request_paths(queries: list[dict]) -> dict:
    from urllib.parse import urlencode

    from benchmarks.latency.engines import fts5_match, whoosh_query

    out = {"searchidx": {}, "datasette": {}}
    out["searchidx"]["search"] = [f"/api/search?{urlencode({'q': whoosh_query(q)})}" for q in queries]
    out["searchidx"]["facets"] = [
        f"/api/search?{urlencode([('q', whoosh_query(q)), ('facet', 'speaker'), ('facet', 'place')])}" for q in queries
    ]
    out["datasette"]["search"] = [
        f"/reuters/search.json?{urlencode({'q': fts5_match(q), '_shape': 'objects'})}" for q in queries
    ]
    out["datasette"]["facets"] = [
        "/reuters/docs.json?"
        + urlencode(
            [
                ("_search", fts5_match(q)),
                ("_searchmode", "raw"),
                ("_facet_array", "speakers"),
                ("_facet_array", "places"),
                ("_size", "10"),
                ("_shape", "objects"),
            ]
        )
        for q in queries
    ]
    return out


# -- servers -----------------------------------------------------------------------------


def start_searchidx(index_path: Path, port: int) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "searchidx", "serve", "--index", str(index_path), "--port", str(port)],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def start_datasette(db_path: Path, workdir: Path, port: int) -> subprocess.Popen:
    metadata_file = workdir / "datasette-metadata.json"
    # Datasette does not recognise this external-content FTS5 table by itself: name it.
    metadata_file.write_text(
        json.dumps(
            {
                "databases": {
                    "reuters": {
                        "queries": {"search": {"sql": CANNED}},
                        "tables": {"docs": {"fts_table": "docs_fts", "fts_pk": "rowid"}},
                    }
                }
            }
        )
    )
    exe = Path(sys.executable).with_name("datasette")
    return subprocess.Popen(
        [
            str(exe),
            "serve",
            str(db_path),
            "--port",
            str(port),
            "--host",
            "127.0.0.1",
            "--metadata",
            str(metadata_file),
            "--setting",
            "suggest_facets",
            "off",
            "--setting",
            "sql_time_limit_ms",
            "10000",
            "--setting",
            "facet_time_limit_ms",
            "10000",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def wait_ready(proc: subprocess.Popen, url: str, timeout: float = 120) -> None:
    import httpx

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited with status {proc.returncode}")
        try:
            if httpx.get(url, timeout=5).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.3)
    raise RuntimeError(f"{url} did not answer within {timeout} s")


def stop(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(15)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


# -- load --------------------------------------------------------------------------------


async def drive(base: str, paths: list[str], clients: int, seconds: float, warmup: float) -> dict:
    import httpx

    latencies: list[float] = []
    errors = 0
    statuses: dict[int, int] = {}
    counter = 0
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=60) as client:
        start = time.perf_counter()
        measure_from = start + warmup
        end = measure_from + seconds

        async def worker():
            nonlocal counter, errors
            while True:
                now = time.perf_counter()
                if now >= end:
                    return
                path = paths[counter % len(paths)]
                counter += 1
                t0 = time.perf_counter()
                try:
                    r = await client.get(path)
                    await r.aread()
                    status = r.status_code
                except httpx.HTTPError:
                    status = 0
                t1 = time.perf_counter()
                if t0 >= measure_from and t1 <= end:
                    latencies.append(t1 - t0)
                    statuses[status] = statuses.get(status, 0) + 1
                    if status != 200:
                        errors += 1

        await asyncio.gather(*(worker() for _ in range(clients)))
    latencies.sort()
    n = len(latencies)
    return {
        "requests": n,
        "errors": errors,
        "statuses": statuses,
        "requests_per_s": round(n / seconds, 1),
        "median_ms": round(statistics.median(latencies) * 1000, 1) if n else None,
        "p90_ms": round(latencies[int(0.90 * (n - 1))] * 1000, 1) if n else None,
        "p99_ms": round(latencies[int(0.99 * (n - 1))] * 1000, 1) if n else None,
        "max_ms": round(latencies[-1] * 1000, 1) if n else None,
    }


def versions() -> dict:
    out = {
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "cpus": os.cpu_count(),
        "machine": platform.machine(),
    }
    for pkg in ("searchidx", "whoosh-reloaded", "starlette", "uvicorn", "datasette", "httpx"):
        try:
            out[pkg] = metadata.version(pkg)
        except metadata.PackageNotFoundError:
            out[pkg] = None
    return out


def write_results(results: dict) -> None:
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "http.json").write_text(json.dumps(results, indent=2) + "\n")
    cfg = results["config"]
    lines = [
        "# HTTP load: searchidx serve vs Datasette (Reuters-21578)",
        "",
        f"{cfg['documents']:,} documents, {cfg['queries']} queries ({', '.join(QUERY_TYPES)}), "
        f"{cfg['clients']} concurrent keep-alive clients, {cfg['seconds']:g} s measured after "
        f"{cfg['warmup']:g} s warm-up, on {results['versions']['cpus']} CPUs (clients and server on the "
        "same machine). Generated by `python -m benchmarks.http`; method in its docstring.",
        "",
        "| scenario | server | requests/s | median ms | p90 ms | p99 ms | errors |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    for scenario, by_server in results["runs"].items():
        for server, r in by_server.items():
            lines.append(
                f"| {scenario} | {server} | {r['requests_per_s']} | {r['median_ms']} | {r['p90_ms']} | "
                f"{r['p99_ms']} | {r['errors']} |"
            )
    v = results["versions"]
    lines += [
        "",
        f"Versions: searchidx {v['searchidx']}, whoosh-reloaded {v['whoosh-reloaded']}, "
        f"starlette {v['starlette']}, uvicorn {v['uvicorn']}, datasette {v['datasette']}, "
        f"SQLite {v['sqlite']}, Python {v['python']}.",
        "",
    ]
    (RESULTS / "http.md").write_text("\n".join(lines))


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.http", description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=20.0, help="measured seconds per server and scenario")
    parser.add_argument("--warmup", type=float, default=4.0)
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--workdir", type=Path, default=Path(os.environ.get("TMPDIR", "/tmp")) / "searchidx-bench-http")
    parser.add_argument("--scenarios", nargs="+", default=["search", "facets"], choices=["search", "facets"])
    args = parser.parse_args(argv)

    from benchmarks.latency.corpora import reuters_dir

    reuters = reuters_dir()
    if not any(reuters.glob("*.sgm")):
        print(f"skipped: {reuters}: Reuters-21578 not present (research data lives in ../shared)")
        return 0
    try:
        import datasette  # noqa: F401
        import httpx  # noqa: F401
    except ImportError as exc:
        print(f"skipped: {exc.name} is not installed (pip install -e '.[bench,test]')")
        return 0

    args.workdir.mkdir(parents=True, exist_ok=True)
    index_path, db_path = args.workdir / "reuters-index", args.workdir / "reuters.db"
    log("building the searchidx index (reused when present)...")
    built = {"index": build_index(index_path, reuters)}
    log("building the SQLite FTS5 table (reused when present)...")
    built["sqlite"] = build_sqlite(db_path, index_path)
    documents = sqlite3.connect(db_path).execute("SELECT count(*) FROM docs").fetchone()[0]
    queries = load_queries()
    paths = request_paths(queries)

    runs: dict = {s: {} for s in args.scenarios}
    servers = {
        "searchidx": (lambda port: start_searchidx(index_path, port), "/api/stats"),
        "datasette": (lambda port: start_datasette(db_path, args.workdir, port), "/reuters.json"),
    }
    for name, (start, ready_path) in servers.items():
        port = free_port()
        proc = start(port)
        base = f"http://127.0.0.1:{port}"
        try:
            wait_ready(proc, base + ready_path)
            for scenario in args.scenarios:
                log(f"{name} / {scenario}: {args.clients} clients for {args.warmup:g}+{args.seconds:g} s ...")
                r = asyncio.run(drive(base, paths[name][scenario], args.clients, args.seconds, args.warmup))
                log(
                    f"  {r['requests_per_s']} req/s, median {r['median_ms']} ms, p99 {r['p99_ms']} ms, "
                    f"{r['errors']} errors"
                )
                runs[scenario][name] = r
        finally:
            stop(proc)
    results = {
        "config": {
            "documents": documents,
            "queries": len(queries),
            "query_types": list(QUERY_TYPES),
            "clients": args.clients,
            "seconds": args.seconds,
            "warmup": args.warmup,
            "datasette_settings": {"suggest_facets": "off", "sql_time_limit_ms": 10000, "facet_time_limit_ms": 10000},
            "searchidx_threads": 4,
        },
        "built": built,
        "versions": versions(),
        "runs": runs,
    }
    write_results(results)
    print((RESULTS / "http.md").read_text())
    return 0


if __name__ == "__main__":
    sys.exit(main())
