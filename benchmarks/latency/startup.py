"""Whole-process wall time of one-off ``searchidx search`` commands (issue 12's start-up bar).

Each command runs as a fresh process, as a user at a shell runs it: interpreter start-up, imports,
opening the index, the search and rendering all count. The same run times two baselines on the same
machine, so a reader can tell the machine's speed from searchidx's: ``python -c pass`` (the
interpreter alone) and ``python -c "import numpy"`` (the heaviest import searchidx needs).

Run: ``python -m benchmarks.latency.startup --index /path/to/reuters-index [--runs 21]``; build the
index first with ``searchidx index ../shared/data/reuters21578 --index /path/to/reuters-index``.
The commands alternate run by run, so a burst of load on the machine falls on all of them alike.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

QUERIES: list[tuple[str, list[str]]] = [
    ("term", ["oil"]),
    ("and", ["oil prices"]),
    ("phrase", ['"crude oil"']),
    ("place filter", ["trade", "--place", "Japan"]),
    ("speaker filter", ["*", "--speaker", "Volcker"]),
    ("json", ["oil", "--json"]),
]


def _bin(name: str) -> str:
    return str(Path(sys.executable).with_name(name))


def _time(cmd: list[str]) -> float:
    started = time.perf_counter()
    done = subprocess.run(cmd, capture_output=True)
    took = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed: {done.stderr.decode(errors='replace').strip()}")
    return took


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.latency.startup", description=__doc__)
    ap.add_argument("--index", required=True, help="an index built from Reuters-21578")
    ap.add_argument("--runs", type=int, default=21)
    args = ap.parse_args(argv)
    if not Path(args.index).is_dir():
        raise SystemExit(f"{args.index}: no such index folder")
    searchidx = _bin("searchidx")
    cmds: dict[str, list[str]] = {
        "python -c pass": [sys.executable, "-c", "pass"],
        "python -c 'import numpy'": [sys.executable, "-c", "import numpy"],
        "searchidx --help": [searchidx, "--help"],
    }
    for name, q in QUERIES:
        cmds[f"search: {name}"] = [searchidx, "search", "--index", args.index, *q]
    times: dict[str, list[float]] = {k: [] for k in cmds}
    for c in cmds.values():
        _time(c)  # one untimed run: the file cache warm, as for a user's second command
    for _ in range(args.runs):
        for k, c in cmds.items():
            times[k].append(_time(c))
    print(f"{args.runs} runs each; wall time in seconds")
    print("| command | median | p90 | min | max |\n|---|---:|---:|---:|---:|")
    for k, ts in times.items():
        ts.sort()
        p90 = ts[min(len(ts) - 1, int(0.9 * len(ts)))]
        print(f"| {k} | {statistics.median(ts):.3f} | {p90:.3f} | {ts[0]:.3f} | {ts[-1]:.3f} |")
    searches = [statistics.median(v) for k, v in times.items() if k.startswith("search:")]
    print(f"\nmedian of the search medians: {statistics.median(searches):.3f} s (bar: 0.25 s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
