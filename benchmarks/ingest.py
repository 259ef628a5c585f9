"""Ingest benchmarks for issue 11: record-level re-indexing, and the BBC folder as it is.

    .venv/bin/python -m benchmarks.ingest                   # both
    .venv/bin/python -m benchmarks.ingest --only incremental --records 2000 --repeat 3

* ``incremental`` -- the bar: a 2,000-record JSONL file (records generated here from
  invented words and names; never research data) built from scratch, then one record
  edited and the file indexed again. The edit must cost under a tenth of the full
  build. Also timed: a run with nothing changed, and one with 1% of the records edited.
  Each time is the median of ``--repeat`` runs on fresh copies.
* ``bbc`` -- ``searchidx index ../shared/data/bbc`` through the command line: records,
  titles, skips and errors, and the wall time (skipped when the data is absent). Only
  counts and times are written, never the articles' text.

Writes ``results/ingest.json`` and ``results/ingest.md``.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import orjson

from benchmarks.common import SPEAKERS, SYLLABLES, git_head

ROOT = Path(__file__).resolve().parents[1]
RESULTS = Path(__file__).resolve().parent / "results"
BBC = ROOT.parent / "shared" / "data" / "bbc"
BAR = 0.10  # one edited record costs under a tenth of the full build

_PLACES = ("Bergen", "Lisbon", "Oslo", "Lima", "Nairobi", "Kyiv")


def records(n: int, seed: int = 11) -> list[dict]:
    """``n`` news-like records of invented words, with quotes, speakers, places and dates."""
    rng = random.Random(seed)
    vocab = sorted({"".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))) for _ in range(3000)})
    out = []
    for i in range(n):
        sentences = [" ".join(rng.choices(vocab, k=rng.randint(8, 16))).capitalize() + "." for _ in range(8)]
        said = " ".join(rng.choices(vocab, k=rng.randint(6, 10))).capitalize()
        sentences.insert(
            rng.randint(0, 8),
            f'"{said}," {rng.choice(SPEAKERS)} said in {rng.choice(_PLACES)} on {rng.randint(1, 28)} March.',
        )
        out.append(
            {
                "id": f"rec-{i:05d}",
                "title": " ".join(rng.choices(vocab, k=6)).capitalize(),
                "body": " ".join(sentences),
                "date": f"2024-03-{rng.randint(1, 28):02d}",
                "author": rng.choice(SPEAKERS),
            }
        )
    return out


def write_jsonl(path: Path, recs: list[dict]) -> None:
    path.write_bytes(b"".join(orjson.dumps(r) + b"\n" for r in recs))


def timed_run(ix_dir: Path, folder: Path, procs: int | None):
    from searchidx import Index

    with Index.open(ix_dir, create=True) as ix:
        started = time.perf_counter()
        report = ix.add_paths([folder], procs=procs)
        took = time.perf_counter() - started
    assert not report.errors, report.errors[:3]
    return took, report


def incremental(n: int, repeat: int, procs: int | None) -> dict:
    base = records(n)
    rows = {"full": [], "unchanged": [], "one": [], "one_percent": []}
    written = {}
    for r in range(repeat):
        with tempfile.TemporaryDirectory(prefix="sx-ingest-") as tmp:
            tmp = Path(tmp)
            folder = tmp / "feed"
            folder.mkdir()
            f = folder / "feed.jsonl"
            write_jsonl(f, base)
            took, rep = timed_run(tmp / "ix", folder, procs)
            rows["full"].append(took)
            written["full"] = rep.records
            took, rep = timed_run(tmp / "ix", folder, procs)
            rows["unchanged"].append(took)
            written["unchanged"] = rep.records
            edited = [dict(x) for x in base]
            edited[n // 2]["body"] += f" Edited in round {r}."
            write_jsonl(f, edited)
            took, rep = timed_run(tmp / "ix", folder, procs)
            rows["one"].append(took)
            written["one"] = (rep.records, rep.kept)
            for i in random.Random(r).sample(range(n), max(1, n // 100)):
                edited[i]["body"] += " A one percent edit."
            write_jsonl(f, edited)
            took, rep = timed_run(tmp / "ix", folder, procs)
            rows["one_percent"].append(took)
            written["one_percent"] = (rep.records, rep.kept)
    med = {k: round(statistics.median(v), 3) for k, v in rows.items()}
    return {
        "records": n,
        "repeat": repeat,
        "procs": procs,
        "seconds": med,
        "all_seconds": rows,
        "written": written,
        "ratio_one_edit": round(med["one"] / med["full"], 4),
        "ratio_one_percent": round(med["one_percent"] / med["full"], 4),
        "bar": BAR,
        "passes": med["one"] / med["full"] < BAR,
    }


def bbc() -> dict:
    if not BBC.is_dir():
        return {"absent": f"{BBC} not present"}
    with tempfile.TemporaryDirectory(prefix="sx-bbc-") as tmp:
        ix = Path(tmp) / "ix"
        cmd = [sys.executable, "-m", "searchidx", "index", str(BBC), "--index", str(ix), "--json"]
        started = time.perf_counter()
        proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
        took = time.perf_counter() - started
        report = orjson.loads(proc.stdout)
        started = time.perf_counter()
        again = orjson.loads(subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT).stdout)
        again_took = time.perf_counter() - started
        from searchidx import Index

        with Index.open(ix) as index:
            res = index.search("*", limit=5000)
            titled = sum(bool(h.title) for h in res.hits)
            ids_like_paths = sum(h.id.startswith("bbc/") and h.id.endswith(".txt") for h in res.hits)
            total = res.total
    return {
        "exit_code": proc.returncode,
        "seconds": round(took, 2),
        "records": report["records"],
        "quotes": report["quotes"],
        "files_added": report["added"],
        "skipped": report["skipped"],
        "skip_reasons": sorted({s["reason"] for s in report["skips"]}),
        "failed": report["failed"],
        "errors": len(report["errors"]),
        "indexed_articles": total,
        "with_titles": titled,
        "ids_bbc_relative": ids_like_paths,
        "rerun_seconds": round(again_took, 2),
        "rerun_unchanged": again["unchanged"],
        "cpus": os.cpu_count(),
    }


def render(r: dict) -> str:
    lines = [
        "# Ingest benchmarks (issue 11)",
        "",
        f"Machine: {r['machine']}; Python {r['python']}; code {r['code']}.",
        "",
        "| measure | bar | result |",
        "|---|---|---|",
    ]
    inc = r.get("incremental")
    if inc:
        s = inc["seconds"]
        lines += [
            f"| full build, {inc['records']:,}-record JSONL | - | {s['full']} s |",
            f"| re-index, nothing changed | - | {s['unchanged']} s ({inc['written']['unchanged']} records written) |",
            f"| re-index after editing 1 record | < {BAR:.0%} of the full build | **{s['one']} s = "
            f"{inc['ratio_one_edit']:.1%}** ({inc['written']['one'][0]} written, {inc['written']['one'][1]:,} "
            f"unchanged) {'pass' if inc['passes'] else 'FAIL'} |",
            f"| re-index after editing 1% of the records | - | {s['one_percent']} s = {inc['ratio_one_percent']:.1%} "
            f"({inc['written']['one_percent'][0]} written) |",
        ]
    b = r.get("bbc")
    if b and "absent" not in b:
        lines += [
            f"| `searchidx index ../shared/data/bbc` | 2,185 articles with titles, no skips | exit {b['exit_code']}: "
            f"**{b['records']:,} records**, {b['with_titles']:,} with titles, {b['errors']} errors, "
            f"{b['skipped']} skipped ({'; '.join(b['skip_reasons'])}) in {b['seconds']} s on {b['cpus']} CPUs |",
            f"| same command again | - | {b['rerun_unchanged']:,} files unchanged in {b['rerun_seconds']} s |",
        ]
    elif b:
        lines.append(f"| BBC folder | - | {b['absent']} |")
    lines += ["", f"Times are medians of {inc['repeat']} runs on fresh copies." if inc else ""]
    return "\n".join(lines) + "\n"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--only", choices=("incremental", "bbc"))
    ap.add_argument("--records", type=int, default=2000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--procs", type=int, default=None)
    args = ap.parse_args()
    out = {
        "machine": f"{platform.machine()} x{os.cpu_count()}",
        "python": platform.python_version(),
        "code": git_head(),
    }
    previous = RESULTS / "ingest.json"
    if args.only and previous.exists():  # one part re-measured: keep the other's last numbers
        out = {**json.loads(previous.read_text()), **out}
    if args.only in (None, "incremental"):
        out["incremental"] = incremental(args.records, args.repeat, args.procs)
    if args.only in (None, "bbc"):
        out["bbc"] = bbc()
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "ingest.json").write_text(json.dumps(out, indent=2) + "\n")
    (RESULTS / "ingest.md").write_text(render(out))
    print(render(out))
    inc = out.get("incremental")
    return 0 if inc is None or inc["passes"] else 1


if __name__ == "__main__":
    sys.exit(main())
