"""Statistics, hit-count comparison, Markdown tables, plots and the README section."""

from __future__ import annotations

import json
import re
from pathlib import Path

import numpy as np

from .queries import TYPES

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results"
README = HERE.parent / "README.md"
SECTION = "## Query latency"
ENGINE_ORDER = ("searchidx", "fts5", "tantivy")


def summarize(worker: dict) -> dict:
    """Per-type latency statistics of one engine's worker output (warm = median of repeats)."""
    out = {}
    by: dict[str, list[dict]] = {}
    for r in worker["queries"]:
        by.setdefault(r["type"], []).append(r)
    for qtype, rows in by.items():
        warm = np.array([float(np.median(r["ms"])) for r in rows if r["ms"]])
        cold = np.array([r["cold_ms"] for r in rows if not r["error"]])
        if not len(warm):
            out[qtype] = {"n": 0, "errors": len(rows)}
            continue
        out[qtype] = {
            "n": len(warm),
            "errors": sum(1 for r in rows if r["error"]),
            "median_ms": float(np.median(warm)),
            "p95_ms": float(np.percentile(warm, 95)),
            "p99_ms": float(np.percentile(warm, 99)),
            "mean_ms": float(warm.mean()),
            "qps": float(len(warm) / (warm.sum() / 1000)),
            "cold_median_ms": float(np.median(cold)),
        }
    return out


def compare(
    queries: list[dict], workers: dict[str, dict], reference=None, explain_per_type: int = 25, examples: int = 5
) -> dict:
    """Hit-count agreement of every engine with FTS5, per type, with classified examples."""
    if "fts5" not in workers:
        return {}
    base = {r["id"]: r for r in workers["fts5"]["queries"]}
    out: dict = {}
    for name, w in workers.items():
        if name == "fts5":
            continue
        per_type: dict = {}
        for q, r in zip(queries, w["queries"]):
            b = base[r["id"]]
            t = per_type.setdefault(
                q["type"], {"n": 0, "disagree": 0, "errors": 0, "reasons": {}, "examples": [], "explained": 0}
            )
            t["n"] += 1
            if r["error"] or b["error"]:
                t["errors"] += 1
                continue
            if r["total"] == b["total"]:
                continue
            t["disagree"] += 1
            ex = {"id": q["id"], "query": _describe(q), name: r["total"], "fts5": b["total"]}
            if reference is not None and name == "searchidx" and t["explained"] < explain_per_type:
                t["explained"] += 1
                c = reference.classify(q, r["total"], b["total"])
                t["reasons"][c["reason"]] = t["reasons"].get(c["reason"], 0) + 1
                ex.update(reason=c["reason"], reference=c["reference"])
            if len(t["examples"]) < examples or ex.get("reason") == "searchidx-wrong":
                t["examples"].append(ex)
        for t in per_type.values():
            t["rate"] = t["disagree"] / t["n"] if t["n"] else 0.0
        out[name] = per_type
    return out


def _describe(q: dict) -> str:
    from .engines import whoosh_query

    parts = [whoosh_query(q)]
    for key in ("speaker", "place"):
        if q.get(key):
            parts.append(f"{key}={q[key]!r}")
    if q.get("since"):
        parts.append(f"{q['since']}..{q['until']}")
    if q.get("facets"):
        parts.append("+facets")
    if q["target"] == "quotes":
        parts.insert(0, "quotes:")
    return " ".join(parts)


# -- Markdown --------------------------------------------------------------------------
def _fmt(x, digits=2) -> str:
    if x is None:
        return "–"
    if x >= 100:
        return f"{x:,.0f}"
    if x >= 10:
        return f"{x:.1f}"
    return f"{x:.{digits}f}"


def markdown(result: dict) -> str:
    engines = [e for e in ENGINE_ORDER if e in result["engines"]]
    lines = [
        f"### {result['corpus_key']}: {result['documents']:,} documents, {result['queries_per_type']} queries per type",
        "",
    ]
    env = result["environment"]
    lines.append(
        f"Python {env['python']}, SQLite {env['sqlite']}, "
        + ", ".join(result["engines"][e]["engine_version"] for e in engines)
        + f"; {env['cpus']} CPUs; {result['date']}; searchidx at "
        + ", ".join(result.get("searchidx_commit") or ["?"])
        + ". Warm latency (ms, after one untimed pass), "
        "wall time around the library call; `× fts5` = searchidx median / FTS5 median; "
        "`≠ fts5` = share of queries whose exact hit count differs from FTS5."
    )
    lines.append("")
    head = ["type"]
    for e in engines:
        head += [f"{e} median", f"{e} p95", f"{e} p99", f"{e} q/s"]
    if "searchidx" in engines and "fts5" in engines:
        head += ["× fts5", "≠ fts5"]
    lines.append("| " + " | ".join(head) + " |")
    lines.append("|" + "|".join(["---"] + ["---:"] * (len(head) - 1)) + "|")
    for qtype in TYPES:
        row = [qtype]
        present = False
        for e in engines:
            s = result["engines"][e]["latency"].get(qtype)
            if s and s.get("n"):
                present = True
                row += [_fmt(s["median_ms"]), _fmt(s["p95_ms"]), _fmt(s["p99_ms"]), _fmt(s["qps"], 0)]
            else:
                row += ["–"] * 4
        if not present:
            continue
        if "searchidx" in engines and "fts5" in engines:
            a = result["engines"]["searchidx"]["latency"].get(qtype, {})
            b = result["engines"]["fts5"]["latency"].get(qtype, {})
            ratio = a.get("median_ms") / b["median_ms"] if a.get("median_ms") and b.get("median_ms") else None
            agree = result["agreement"].get("searchidx", {}).get(qtype)
            row += [f"{ratio:.1f}" if ratio else "–", f"{agree['rate']:.1%}" if agree else "–"]
        lines.append("| " + " | ".join(row) + " |")
    lines += [
        "",
        "| engine | build s | docs/s | index MiB | peak RSS MiB | RSS before build MiB | worker peak RSS MiB | procs |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for e in engines:
        r = result["engines"][e]
        lines.append(
            f"| {e} | {_fmt(r['build_s'])} | {_fmt(r['docs_per_s'], 0)} | "
            f"{_fmt(r['index_bytes'] / 2**20)} | {_fmt(r['peak_rss_mb'])} | {_fmt(r['rss_before_build_mb'])} "
            f"| {_fmt(r.get('peak_rss_children_mb') or None)} | {r.get('procs', 1)} |"
        )
    reasons = {}
    for t in result["agreement"].get("searchidx", {}).values():
        for k, v in t["reasons"].items():
            reasons[k] = reasons.get(k, 0) + v
    if reasons:
        lines += [
            "",
            "Hit-count disagreements searchidx vs FTS5 (classified sample, up to 25 per type): "
            + ", ".join(f"{k} {v}" for k, v in sorted(reasons.items(), key=lambda kv: -kv[1]))
            + ".",
        ]
    return "\n".join(lines) + "\n"


# -- plots -----------------------------------------------------------------------------
def plot_distribution(result: dict, workers: dict[str, dict], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    engines = [e for e in ENGINE_ORDER if e in workers]
    types = [t for t in TYPES if any(r["type"] == t for r in workers[engines[0]]["queries"])]
    fig, ax = plt.subplots(figsize=(max(10, len(types) * 0.9), 5.5))
    width = 0.8 / len(engines)
    colors = {"searchidx": "#d62728", "fts5": "#1f77b4", "tantivy": "#2ca02c"}
    for k, e in enumerate(engines):
        data = []
        for t in types:
            data.append(
                [float(np.median(r["ms"])) for r in workers[e]["queries"] if r["type"] == t and r["ms"]] or [np.nan]
            )
        pos = np.arange(len(types)) + (k - (len(engines) - 1) / 2) * width
        bp = ax.boxplot(
            data,
            positions=pos,
            widths=width * 0.9,
            whis=(1, 99),
            showfliers=False,
            patch_artist=True,
            manage_ticks=False,
        )
        for box in bp["boxes"]:
            box.set_facecolor(colors.get(e, "grey"))
            box.set_alpha(0.6)
        ax.plot([], [], color=colors.get(e, "grey"), lw=8, alpha=0.6, label=e)
    ax.set_yscale("log")
    ax.set_xticks(np.arange(len(types)))
    ax.set_xticklabels(types, rotation=45, ha="right")
    ax.set_ylabel("warm latency per query, ms (log; whiskers p1-p99)")
    ax.set_title(f"Query latency, {result['corpus_key']} ({result['documents']:,} documents)")
    ax.grid(axis="y", which="both", alpha=0.3)
    ax.legend()
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


SCALE_TYPES = ("term", "phrase2", "and", "term+facets", "date", "quote")


def plot_scale(path: Path, results: Path = RESULTS) -> bool:
    # Latency runs only: buildmem's "scale-<size>-build.json" holds a build, no engines.
    files = sorted(
        (p for p in results.glob("scale-*.json") if re.fullmatch(r"scale-\d+", p.stem)),
        key=lambda p: int(p.stem.split("-")[1]),
    )
    runs = [json.loads(p.read_text()) for p in files]
    if not runs:
        return False
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, (a1, a2) = plt.subplots(1, 2, figsize=(13, 5))
    styles = {"searchidx": "-", "fts5": "--", "tantivy": ":"}
    for e in ENGINE_ORDER:
        pts = [(r["documents"], r["engines"][e]) for r in runs if e in r["engines"]]
        if not pts:
            continue
        sizes = [p[0] for p in pts]
        for t in SCALE_TYPES:
            ys = [p[1]["latency"].get(t, {}).get("median_ms", np.nan) for p in pts]
            a1.plot(sizes, ys, styles[e], marker="o", label=f"{e} {t}")
        a2.plot(sizes, [p[1]["build_s"] for p in pts], styles[e], marker="o", label=e)
    for ax in (a1, a2):
        ax.set_xscale("log")
        ax.set_yscale("log")
        ax.set_xlabel("documents")
        ax.grid(which="both", alpha=0.3)
    a1.set_ylabel("median warm latency, ms")
    a1.set_title("Latency against corpus size (scale series)")
    a1.legend(fontsize=7, ncol=2)
    a2.set_ylabel("build time, s")
    a2.set_title("Build time against corpus size")
    a2.legend()
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return True


# -- README ----------------------------------------------------------------------------
INTRO = """\
`python -m benchmarks.latency` times searchidx against SQLite FTS5 (stdlib `sqlite3`,
`porter unicode61`) and, when the `tantivy` package is installed, tantivy, on the same
documents and the same queries, each engine in its own process (fixed order: FTS5,
searchidx, tantivy).

```sh
pip install -r benchmarks/latency/requirements.txt      # matplotlib; tantivy optional
python -m benchmarks.latency --corpus reuters           # Reuters-21578 (21,578 articles)
python -m benchmarks.latency --corpus speeches          # State of the Union + inaugural, paragraphs
python -m benchmarks.latency --corpus scale --size 20000   # also 200000, 1000000
python -m benchmarks.latency --corpus reuters --engines searchidx,fts5 --max-per-type 20  # quick look
```

Data is read from `../shared/data` (or `$SEARCHIDX_SHARED_DATA`) at run time; a corpus
whose data is absent is skipped with a message. The scale series is generated
deterministically from Reuters: word chains from its bigram model, its document
lengths, dates over 1980-1999, speakers and places drawn from its PEOPLE/PLACES label
frequencies, and a quotation in a quarter of the documents that have a speaker.

**Queries** (`benchmarks/latency/queries/<corpus>-v1.json`, generated with a fixed
seed when missing and then reused; 200 per type): `term` (equal numbers per log2
document-frequency bucket), `phrase2`, `phrase3` (n-grams from the text), `slop`
(`"a b"~k`, k = 2..4; FTS5 `NEAR("a" "b", k-1)`), `and`/`or` of 2-3 terms, `filter`
(term + speaker or place), `date` (term + 7/31/92/365-day range), the same eight
`+facets` (counts per speaker, place and month over all matches), and `quote`
(quotation search, terms and 2-word phrases). Every engine returns the top 10 by
relevance (BM25; title weighted 2) with a highlighted snippet and the exact total.

**Timing**: each query runs once untimed after the build (its time is kept as
`cold_median_ms` in the JSON), then once timed (`--repeat N` for more); latency is
wall time around the library call. Build time covers everything the engine does
to index the documents: for searchidx `Index.add_records` (extraction included);
FTS5 and tantivy index the speakers, places and quotes searchidx's extraction
found, computed once beforehand and not timed (`prepare_s` in the JSON). Peak RSS is
the benchmark process's `ru_maxrss` (the corpus in memory included, unless
`--stream`; `RSS before build` is the baseline); searchidx's indexing workers are
processes of their own, and `worker peak RSS` is the largest one's peak (the
processes together use at most the main peak plus `procs` times that). tantivy
indexes with one thread unless `--procs` says otherwise.

**Hit counts**: every engine's exact total is compared with FTS5's (`≠ fts5`).
Disagreements are classified against brute-force counts (`reference.py`):
`tokenizer` (searchidx keeps `U.S.`, `12,000`, `company's` as one token; FTS5
splits them), `stemmer` (Snowball vs Porter), `near-unordered` (FTS5's NEAR ignores
order, Whoosh's slop does not), `searchidx-wrong` (searchidx differs from a
brute-force count under its own analysis: a bug), `unexplained` (the reference
only approximates FTS5). Examples with both counts are in `results/<corpus>.json`.

Results: `benchmarks/latency/results/<corpus>.json` (environment, per-type stats,
per-engine build figures, agreement), `<corpus>.md`, `<corpus>.png` (latency
distribution per type and engine) and `scale.png` (latency and build time against
corpus size).
"""


def readme_section() -> str:
    parts = [SECTION, "", INTRO]
    order = {"reuters": 0, "speeches": 1}
    for md in sorted(RESULTS.glob("*.md"), key=lambda p: (order.get(p.stem, 2), _size(p.stem))):
        parts.append(md.read_text(encoding="utf-8"))
        png = md.with_suffix(".png")
        if png.exists():
            parts.append(f"![{md.stem} latency](latency/results/{png.name})\n")
    if (RESULTS / "scale.png").exists():
        parts.append("![scale series](latency/results/scale.png)\n")
    return "\n".join(parts)


def _size(stem: str) -> int:
    m = re.search(r"(\d+)$", stem)
    return int(m.group(1)) if m else 0


def update_readme(path: Path = README) -> None:
    """Write (or replace) only the ``## Query latency`` section of benchmarks/README.md."""
    section = readme_section().rstrip() + "\n"
    if not path.exists():
        path.write_text("# Benchmarks\n\n" + section, encoding="utf-8")
        return
    text = path.read_text(encoding="utf-8")
    start = text.find(SECTION + "\n")
    if start < 0:
        path.write_text(text.rstrip() + "\n\n" + section, encoding="utf-8")
        return
    nxt = re.search(r"^## ", text[start + len(SECTION) :], re.M)
    end = start + len(SECTION) + nxt.start() if nxt else len(text)
    path.write_text(text[:start] + section + ("\n" + text[end:] if nxt else ""), encoding="utf-8")
