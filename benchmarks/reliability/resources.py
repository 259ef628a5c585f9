"""Descriptors, mapped files and memory over 1,000 commits in one process.

    .venv/bin/python -m benchmarks.reliability.resources                 # 1,000 commits
    .venv/bin/python -m benchmarks.reliability.resources --commits 200

One index, one process, the way a long-running embedder uses it: a one-record commit
(ids cycle over 200, so most commits replace a record; every tenth commit also deletes
one), then a search, a date-sorted faceted search, a quote search and ``stats()``.
Every 50 commits: open descriptors (``/proc/self/fd``), mappings of index files (and
of deleted ones, which hold disk space), RSS, segments, deleted documents and the mean
commit time of the window. Then the index is opened, searched and closed 200 times.
The garbage collector runs as usual (this is what a real process sees).

Bar: flat within 5% -- descriptors and RSS at every sample from commit 100 on no more
than 5% above their value at commit 100; after ``close()`` descriptors back to the
baseline before the index was opened.
Writes ``results/resources.json`` and ``results/resources.md``.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.common import git_head

ROOT = Path(__file__).resolve().parents[2]
RESULTS = Path(__file__).resolve().parent / "results"
BAR = 0.05
WARM = 100


def fds() -> int:
    return len(os.listdir("/proc/self/fd"))


def rss_kib() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def maps_under(path: Path) -> tuple[int, int]:
    """(index files mapped, of which deleted)."""
    root = str(path.resolve())
    files, deleted = set(), set()
    for line in Path("/proc/self/maps").read_text().splitlines():
        parts = line.split(maxsplit=5)
        if len(parts) == 6 and parts[5].startswith(root):
            files.add(parts[5])
            if parts[5].endswith("(deleted)"):
                deleted.add(parts[5])
    return len(files), len(deleted)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--commits", type=int, default=1000)
    ap.add_argument("--every", type=int, default=50)
    ap.add_argument("--reopens", type=int, default=200)
    ap.add_argument("--out", default=str(RESULTS))
    args = ap.parse_args(argv)

    from searchidx import Index, Record

    work = Path(tempfile.mkdtemp(prefix="searchidx-resources-")).resolve()
    path = work / "ix"

    def record(n: int) -> Record:
        return Record(
            id=f"r{n % 200}",
            path="",
            title=f"Note {n}",
            body=f'Harbour note {n} from the quay at dawn. "The quay stays open," said Mara Quill.',
        )

    def use(ix) -> None:
        ix.search("harbour", limit=5).to_dict()
        ix.search("*", sort="date", limit=3, facets=("speaker",))
        ix.quotes("quay", limit=3).to_dict()
        ix.stats()

    try:
        with Index.create(work / "warm") as ix:  # one-off loads (gazetteers, imports) before the baseline
            for n in range(3):
                ix.add_records([record(n)])
                use(ix)
        baseline = {"fds": fds(), "rss_kib": rss_kib()}
        samples = []
        error = None
        ix = Index.create(path)
        window_t = 0.0
        t_all = time.perf_counter()
        try:
            for n in range(1, args.commits + 1):
                t0 = time.perf_counter()
                ix.add_records([record(n)])
                if n % 10 == 0:
                    ix.delete([f"r{(n - 5) % 200}"])
                window_t += time.perf_counter() - t0
                use(ix)
                if n % args.every == 0:
                    s = ix.stats()
                    mapped, mapped_deleted = maps_under(path)
                    samples.append(
                        {
                            "commit": n,
                            "fds": fds(),
                            "rss_kib": rss_kib(),
                            "mapped": mapped,
                            "mapped_deleted": mapped_deleted,
                            "segments": s.segments,
                            "deleted": s.deleted,
                            "documents": s.documents,
                            "size_bytes": s.size_bytes,
                            "commit_ms": round(window_t / args.every * 1000, 2),
                        }
                    )
                    window_t = 0.0
                    print(samples[-1], flush=True)
        except Exception as exc:  # noqa: BLE001 - running out of descriptors is a finding
            error = f"commit {n}: {exc!r}"
            print(error, flush=True)
        finally:
            ix.close()
        after_close = {"fds": fds(), "rss_kib": rss_kib(), "mapped": maps_under(path)[0]}
        elapsed = time.perf_counter() - t_all

        reopen_fds = []
        for k in range(args.reopens):
            with Index.open(path) as ix2:
                use(ix2)
            if (k + 1) % 50 == 0:
                reopen_fds.append({"reopens": k + 1, "fds": fds(), "rss_kib": rss_kib()})
    finally:
        shutil.rmtree(work, ignore_errors=True)

    warm = next((s for s in samples if s["commit"] >= WARM), samples[0] if samples else None)
    last = samples[-1] if samples else None
    growth = {}
    if warm and last:
        later = [s for s in samples if s["commit"] >= warm["commit"]]
        for k in ("fds", "rss_kib"):
            growth[k] = round(last[k] / warm[k] - 1, 4)  # at the end
            growth[k + "_max"] = round(max(s[k] for s in later) / warm[k] - 1, 4)  # at the worst sample
    result = {
        "benchmark": "resources",
        "when": time.strftime("%Y-%m-%dT%H:%M:%S"),
        "commit": git_head(),
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version()},
        "commits_asked": args.commits,
        "error": error,
        "elapsed_s": round(elapsed, 1),
        "baseline": baseline,
        "samples": samples,
        "after_close": after_close,
        "reopens": reopen_fds,
        "growth_after_warmup": growth,
        "bar": BAR,
        "meets_bar": bool(growth)
        and error is None
        and all(v <= BAR for v in growth.values())
        and after_close["fds"] == baseline["fds"],
    }
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    (out / "resources.json").write_text(json.dumps(result, indent=1) + "\n")
    lines = [
        "# Resources over many commits in one process",
        "",
        f"Run {result['when']} at `{result['commit']}`, {result['machine']['cpus']} CPUs, Python "
        f"{result['machine']['python']}: {len(samples) * args.every if samples else 0} of {args.commits} one-record "
        f"commits with searches between, {result['elapsed_s']} s{'; stopped: ' + error if error else ''}.",
        "",
        f"Bar: descriptors and RSS at every sample from commit {WARM} on within {BAR:.0%} of their value there; "
        f"descriptors back to "
        f"the baseline after close(). **{'Met' if result['meets_bar'] else 'Not met'}.**",
        "",
        f"- Baseline before opening: {baseline['fds']} descriptors, {baseline['rss_kib'] / 1024:.1f} MiB RSS.",
        f"- Growth from commit {warm['commit'] if warm else '-'}: at the end descriptors "
        f"{growth.get('fds', 0):+.1%}, RSS {growth.get('rss_kib', 0):+.1%}; at the worst sample descriptors "
        f"{growth.get('fds_max', 0):+.1%}, RSS {growth.get('rss_kib_max', 0):+.1%}.",
        f"- After close(): {after_close['fds']} descriptors ({after_close['fds'] - baseline['fds']:+d} against the "
        f"baseline), {after_close['mapped']} index files still mapped.",
        f"- Open/search/close x{args.reopens}: descriptors "
        + ", ".join(f"{r['fds']} after {r['reopens']}" for r in reopen_fds)
        + ".",
        "",
        "| commit | descriptors | RSS MiB | mapped (deleted) | segments | deleted docs | live | size B | commit ms |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for s in samples:
        lines.append(
            f"| {s['commit']} | {s['fds']} | {s['rss_kib'] / 1024:.1f} | {s['mapped']} ({s['mapped_deleted']}) | "
            f"{s['segments']} | {s['deleted']} | {s['documents']} | {s['size_bytes']:,} | {s['commit_ms']} |"
        )
    (out / "resources.md").write_text("\n".join(lines) + "\n")
    print("\n".join(lines[:12]))
    return 0 if result["meets_bar"] else 1


if __name__ == "__main__":
    sys.exit(main())
