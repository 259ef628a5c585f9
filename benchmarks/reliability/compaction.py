"""Does the index stay writable and compact through many small commits and edits?

    .venv/bin/python -m benchmarks.reliability.compaction            # all four scenarios
    .venv/bin/python -m benchmarks.reliability.compaction --only edits --rounds 3

Scenarios (records generated here from invented words; never research data):

* ``cli`` -- the 5-commit reproduction of issue 9: five one-record JSONL files indexed
  one ``searchidx index`` run at a time, then 25 more runs (new one-record files, then
  edits of earlier ones). Every run must exit 0 and the index hold every record once.
* ``commits`` -- 100 one-record commits through the library (``add_records``), every
  seventh followed by a delete; segments, deleted documents and size after each.
* ``edits`` -- the bar: a 2,000-record JSONL file, then 10 rounds of editing 1% of its
  records and re-indexing it. Size on disk after the last round must be <= 1.1x a fresh
  build of the final content (the file is replaced whole on every round, so an index
  that never reclaims holds 11 copies).
* ``rounds`` -- 22 update rounds over 50 files of 40 records, each round editing 1% of
  the records (a few files); stored against live documents, and size against a fresh
  build (issue 9 measured 26,756 stored for 6,648 live).

Writes ``results/compaction.json`` and ``results/compaction.md``.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.common import SPEAKERS, SYLLABLES, git_head

ROOT = Path(__file__).resolve().parents[2]
RESULTS = Path(__file__).resolve().parent / "results"
SIZE_BAR = 1.10


class Words:
    def __init__(self, seed: int):
        self.rng = random.Random(seed)
        self.vocab = sorted(
            {"".join(self.rng.choice(SYLLABLES) for _ in range(self.rng.randint(2, 4))) for _ in range(2000)}
        )

    def body(self, n_sentences: int = 5) -> str:
        rng = self.rng
        out = [" ".join(rng.choices(self.vocab, k=rng.randint(6, 12))).capitalize() + "." for _ in range(n_sentences)]
        if rng.random() < 0.3:
            said = " ".join(rng.choices(self.vocab, k=rng.randint(4, 8))).capitalize()
            out.insert(rng.randint(0, len(out)), f'"{said}," said {rng.choice(SPEAKERS)}.')
        return " ".join(out)

    def record(self, rid: str) -> dict:
        return {
            "id": rid,
            "title": " ".join(self.rng.choices(self.vocab, k=3)).title(),
            "body": self.body(),
            "date": f"2024-{self.rng.randint(1, 12):02d}-{self.rng.randint(1, 28):02d}",
        }


def write_jsonl(path: Path, records: list[dict]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r) + "\n" for r in records))


def stats_of(ix) -> dict:
    s = ix.stats()
    return {
        "documents": s.documents,
        "quotes": s.quotes,
        "segments": s.segments,
        "deleted": s.deleted,
        "stored": s.documents + s.quotes + s.deleted,
        "size_bytes": s.size_bytes,
    }


def check_ids(ix, expected: set[str]) -> dict:
    hits = [h.id for h in ix.search("*", limit=len(expected) + 1000).hits]
    return {
        "found": len(hits),
        "duplicates": len(hits) - len(set(hits)),
        "missing": len(expected - set(hits)),
        "extra": len(set(hits) - expected),
    }


def fresh_build(folder: Path, work: Path, name: str) -> dict:
    """A new index of the same files, built in one run (the size to compare against)."""
    from searchidx import Index

    path = work / name
    shutil.rmtree(path, ignore_errors=True)
    with Index.create(path) as ix:
        ix.add_paths([folder])
        return stats_of(ix)


# -- scenarios -------------------------------------------------------------------------


def scenario_cli(work: Path, runs: int = 30) -> dict:
    words = Words(1)
    docs, ix_dir = work / "cli-docs", work / "cli-ix"
    out = []
    expected: set[str] = set()
    env = dict(os.environ)
    env.pop("SEARCHIDX_INDEX", None)
    for n in range(runs):
        if n < 20:
            name = f"note{n}.jsonl"  # runs 1-20: a new one-record file each
        else:
            name = f"note{n % 20}.jsonl"  # runs 21-: an earlier file edited
        write_jsonl(docs / name, [words.record(name.removesuffix(".jsonl"))])
        expected.add(name.removesuffix(".jsonl"))
        p = subprocess.run(
            [sys.executable, "-m", "searchidx", "index", f"cli-docs/{name}", "--index", "cli-ix", "--json"],
            cwd=work,
            env=env,
            capture_output=True,
            text=True,
        )
        row = {"run": n + 1, "file": name, "rc": p.returncode, "error": p.stderr.strip()[-300:] if p.returncode else ""}
        st = subprocess.run(
            [sys.executable, "-m", "searchidx", "stats", "--index", "cli-ix", "--json"],
            cwd=work,
            env=env,
            capture_output=True,
            text=True,
        )
        if st.returncode == 0:
            s = json.loads(st.stdout)
            row.update({k: s.get(k) for k in ("documents", "segments", "deleted", "size_bytes")})
        out.append(row)
        print(
            f"  cli run {n + 1}: rc {p.returncode} {row.get('documents')} docs {row.get('segments')} segments "
            f"{row.get('deleted')} deleted",
            flush=True,
        )
    from searchidx import Index

    with Index.open(ix_dir) as ix:
        ids = check_ids(ix, expected)
        final = stats_of(ix)
    fresh = fresh_build(docs, work, "cli-fresh")
    return {
        "runs": out,
        "failed_runs": sum(r["rc"] != 0 for r in out),
        "ids": ids,
        "final": final,
        "fresh": fresh,
        "size_ratio": round(final["size_bytes"] / fresh["size_bytes"], 3),
        "ok": all(r["rc"] == 0 for r in out) and ids["duplicates"] == ids["missing"] == ids["extra"] == 0,
    }


def scenario_commits(work: Path, commits: int = 100) -> dict:
    from searchidx import Index, Record

    words = Words(2)
    alive: set[str] = set()
    rows = []
    t0 = time.perf_counter()
    error = None
    with Index.create(work / "commits-ix") as ix:
        try:
            for n in range(commits):
                r = words.record(f"r{n}")
                ix.add_records([Record(id=f"r{n}", path="", title=r["title"], body=r["body"])])
                alive.add(f"r{n}")
                if n % 7 == 3:
                    ix.delete([f"r{n - 2}"])
                    alive.discard(f"r{n - 2}")
                if n % 10 == 9:
                    rows.append({"commit": n + 1, **stats_of(ix)})
        except Exception as exc:  # noqa: BLE001 - a failing commit is the finding
            error = f"commit {n + 1}: {exc!r}"
        ids = check_ids(ix, alive)
        final = stats_of(ix)
        ix.optimize()
        optimized = stats_of(ix)
    return {
        "commits": commits,
        "error": error,
        "elapsed_s": round(time.perf_counter() - t0, 2),
        "samples": rows,
        "ids": ids,
        "final": final,
        "after_optimize": optimized,
        "max_segments": max(r["segments"] for r in rows) if rows else None,
        "ok": error is None and ids["duplicates"] == ids["missing"] == ids["extra"] == 0,
    }


def scenario_edits(work: Path, records: int = 2000, rounds: int = 10, share: float = 0.01) -> dict:
    from searchidx import Index

    words = Words(3)
    folder = work / "edits-docs"
    data = [words.record(f"e{i}") for i in range(records)]
    write_jsonl(folder / "archive.jsonl", data)
    expected = {f"e{i}" for i in range(records)}
    rows = []
    rng = random.Random(30)
    t0 = time.perf_counter()
    with Index.create(work / "edits-ix") as ix:
        ix.add_paths([folder])
        rows.append({"round": 0, **stats_of(ix)})
        for rnd in range(1, rounds + 1):
            for i in rng.sample(range(records), max(1, int(records * share))):
                data[i] = dict(words.record(f"e{i}"), id=f"e{i}")
            write_jsonl(folder / "archive.jsonl", data)
            report = ix.add_paths([folder])
            rows.append({"round": rnd, "updated": report.updated, **stats_of(ix)})
            print(f"  edit round {rnd}: {rows[-1]}", flush=True)
        ids = check_ids(ix, expected)
        final = stats_of(ix)
        fresh = fresh_build(folder, work, "edits-fresh")
        ratio = final["size_bytes"] / fresh["size_bytes"]
        ix.optimize()
        optimized = stats_of(ix)
    return {
        "records": records,
        "rounds": rounds,
        "edited_per_round": max(1, int(records * share)),
        "size_ratio_max_over_rounds": round(max(r["size_bytes"] for r in rows) / fresh["size_bytes"], 3),
        "elapsed_s": round(time.perf_counter() - t0, 2),
        "samples": rows,
        "ids": ids,
        "final": final,
        "fresh": fresh,
        "size_ratio": round(ratio, 3),
        "bar": SIZE_BAR,
        "meets_bar": ratio <= SIZE_BAR,
        "after_optimize": optimized,
        "size_ratio_after_optimize": round(optimized["size_bytes"] / fresh["size_bytes"], 3),
    }


def scenario_rounds(work: Path, files: int = 50, per_file: int = 40, rounds: int = 22, share: float = 0.01) -> dict:
    from searchidx import Index

    words = Words(4)
    folder = work / "rounds-docs"
    data = {f: [words.record(f"p{f}-x{j}") for j in range(per_file)] for f in range(files)}
    for f, recs in data.items():
        write_jsonl(folder / f"part{f:03d}.jsonl", recs)
    total = files * per_file
    rng = random.Random(40)
    rows = []
    t0 = time.perf_counter()
    with Index.create(work / "rounds-ix") as ix:
        ix.add_paths([folder])
        rows.append({"round": 0, **stats_of(ix)})
        for rnd in range(1, rounds + 1):
            touched = set()
            for k in rng.sample(range(total), max(1, int(total * share))):
                f, j = divmod(k, per_file)
                data[f][j] = dict(words.record(f"p{f}-x{j}"), id=f"p{f}-x{j}")
                touched.add(f)
            for f in touched:
                write_jsonl(folder / f"part{f:03d}.jsonl", data[f])
            report = ix.add_paths([folder])
            rows.append({"round": rnd, "updated": report.updated, **stats_of(ix)})
        final = stats_of(ix)
        fresh = fresh_build(folder, work, "rounds-fresh")
    live = final["documents"] + final["quotes"]
    return {
        "files": files,
        "records": total,
        "rounds": rounds,
        "elapsed_s": round(time.perf_counter() - t0, 2),
        "samples": rows,
        "final": final,
        "fresh": fresh,
        "stored_per_live": round(final["stored"] / live, 3),
        # Against the final content's fresh build (the content's size barely changes between rounds).
        "size_ratio_max_over_rounds": round(max(r["size_bytes"] for r in rows) / fresh["size_bytes"], 3),
        "size_ratio": round(final["size_bytes"] / fresh["size_bytes"], 3),
        "bar": SIZE_BAR,
        "meets_bar": final["size_bytes"] / fresh["size_bytes"] <= SIZE_BAR,
    }


SCENARIOS = {"cli": scenario_cli, "commits": scenario_commits, "edits": scenario_edits, "rounds": scenario_rounds}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--only", choices=sorted(SCENARIOS), action="append")
    ap.add_argument("--rounds", type=int, default=None, help="edit rounds for the 'edits' scenario (default 10)")
    ap.add_argument("--out", default=str(RESULTS))
    args = ap.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="searchidx-compaction-")).resolve()
    results = {}
    cwd = os.getcwd()
    os.chdir(work)  # ids are paths relative to the working directory
    try:
        for name in args.only or list(SCENARIOS):
            print(f"{name} ...", flush=True)
            t0 = time.perf_counter()
            kwargs = {"rounds": args.rounds} if name == "edits" and args.rounds else {}
            try:
                results[name] = SCENARIOS[name](work, **kwargs)
            except Exception as exc:  # noqa: BLE001 - record and go on with the others
                import traceback

                results[name] = {"error": "".join(traceback.format_exception(exc))[-3000:]}
            results[name]["took_s"] = round(time.perf_counter() - t0, 1)
    finally:
        os.chdir(cwd)
        shutil.rmtree(work, ignore_errors=True)
    summary = {
        "benchmark": "compaction",
        "when": time.strftime("%Y-%m-%dT%H:%M:%S"),
        "commit": git_head(),
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version()},
        "scenarios": results,
    }
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    name = "compaction" if not args.only else "compaction-" + "-".join(sorted(args.only))
    (out / f"{name}.json").write_text(json.dumps(summary, indent=1) + "\n")
    md = render(summary)
    (out / f"{name}.md").write_text(md)
    print(md)
    return 0


def render(summary: dict) -> str:
    r = summary["scenarios"]
    lines = [
        "# Compaction: many small commits and edits",
        "",
        f"Run {summary['when']} at `{summary['commit']}`, {summary['machine']['cpus']} CPUs, "
        f"Python {summary['machine']['python']}.",
        "",
        "| scenario | bar | measured |",
        "|---|---|---|",
    ]
    if "cli" in r:
        c = r["cli"]
        if "error" in c and "runs" not in c:
            lines.append(f"| one-record files, one CLI run each | every run exits 0 | error: {c['error'][-200:]!r} |")
        else:
            f = c["final"]
            lines.append(
                f"| {len(c['runs'])} CLI runs, one one-record file each (5-commit reproduction and on) | "
                f"every run exits 0, every record once | {c['failed_runs']} failed runs; ids {c['ids']}; "
                f"final {f['segments']} segments, {f['deleted']} deleted, {f['size_bytes']:,} B "
                f"({c['size_ratio']}x a fresh build) |"
            )
    if "commits" in r:
        c = r["commits"]
        if "final" in c:
            f = c["final"]
            lines.append(
                f"| 100 one-record commits, deletes interleaved | writable throughout, segments bounded | "
                f"{'error: ' + c['error'] if c['error'] else 'all commits ok'}; ids {c['ids']}; at most "
                f"{c['max_segments']} segments; final {f['segments']} segments, {f['deleted']} deleted, "
                f"{f['size_bytes']:,} B; after optimize {c['after_optimize']['segments']} segment, "
                f"{c['after_optimize']['size_bytes']:,} B |"
            )
        else:
            lines.append(f"| 100 one-record commits | writable | error: {c.get('error', '')[-200:]!r} |")
    if "edits" in r:
        c = r["edits"]
        if "final" in c:
            f = c["final"]
            lines.append(
                f"| 2,000-record JSONL, {c['rounds']} rounds editing 1% | size <= {SIZE_BAR}x a fresh build | "
                f"**{c['size_ratio']}x** ({f['size_bytes']:,} B vs {c['fresh']['size_bytes']:,} B; "
                f"{f['stored']:,} stored for {f['documents'] + f['quotes']:,} live documents, "
                f"{f['segments']} segments); at most {c['size_ratio_max_over_rounds']}x after any round; "
                f"{c['size_ratio_after_optimize']}x after optimize |"
            )
        else:
            lines.append(f"| 2,000-record JSONL edits | <= {SIZE_BAR}x | error: {c.get('error', '')[-200:]!r} |")
    if "rounds" in r:
        c = r["rounds"]
        if "final" in c:
            f = c["final"]
            lines.append(
                f"| 50 files x 40 records, {c['rounds']} rounds editing 1% | size <= {SIZE_BAR}x a fresh "
                f"build | **{c['size_ratio']}x**; {f['stored']:,} stored for "
                f"{f['documents'] + f['quotes']:,} live documents ({c['stored_per_live']} per live), "
                f"{f['segments']} segments; at most {c['size_ratio_max_over_rounds']}x after any round "
                f"(against the final fresh build) |"
            )
        else:
            lines.append(f"| update rounds | <= {SIZE_BAR}x | error: {c.get('error', '')[-200:]!r} |")
    for name in ("edits", "rounds"):
        c = r.get(name, {})
        if c.get("samples"):
            lines += [
                "",
                f"`{name}` per round: stored documents / segments / size",
                "",
                "| round | live | stored | deleted | segments | size B |",
                "|---|---|---|---|---|---|",
            ]
            for s in c["samples"]:
                lines.append(
                    f"| {s['round']} | {s['documents'] + s['quotes']} | {s['stored']} | {s['deleted']} | "
                    f"{s['segments']} | {s['size_bytes']:,} |"
                )
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.exit(main())
