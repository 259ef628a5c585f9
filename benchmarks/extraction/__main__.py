"""``python -m benchmarks.extraction``: every extraction metric, its speed, and the report.

Reads the development data in ../shared/data (never copied into the repo),
prints a Markdown table, and writes ``benchmarks/results/extraction.json``,
``benchmarks/results/extraction.md`` and the table in ``benchmarks/README.md``.
"""

from __future__ import annotations

import argparse
import platform
import sys
import time
from pathlib import Path

import orjson

from . import dates, ieer, invented, news, places, quotes, reuters, seed, timeml

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
RESULTS = ROOT / "benchmarks" / "results"
README = ROOT / "benchmarks" / "README.md"
BEGIN, END = "<!-- extraction:begin -->", "<!-- extraction:end -->"

BARS = {  # the issues' bars on held-out sets (scored by ../shared/scoring); dev should clear them
    "quote_recall": 0.95,
    "attributed_precision": 0.95,
    "speaker_accuracy_on_found": 0.92,
    "news_quote_recall": 0.92,
    "news_speaker_on_found": 0.88,
    "news_speaker_when_given": 0.92,
    "indirect_recall": 0.60,
    "indirect_precision": 0.85,
    "place_f1": 0.85,
    "date_value_f1": 0.80,
    "reuters_seconds": 60.0,
}


def throughput(data: Path, limit: int | None = None) -> dict:
    """Words per second extracting every Reuters-21578 body on one core."""
    from searchidx.extract import extract
    from searchidx.ingest import iter_files, read_bytes, read_file

    records = []
    for src in iter_files([str(data / "reuters21578")]):
        if hasattr(src, "location"):
            records.extend(read_file(src, read_bytes(src)) or [])
    records = records[:limit] if limit else records
    extract('Warm-up: the gazetteer loads once, "he said" on Friday in Paris.', None)
    words = sum(len(r.body.split()) for r in records)
    started = time.perf_counter()
    for r in records:
        extract(r.body, r.date)
    seconds = time.perf_counter() - started
    return {
        "records": len(records),
        "words": words,
        "seconds": round(seconds, 2),
        "words_per_second": round(words / seconds) if seconds else 0,
    }


def run(data: Path, limit: int | None = None) -> dict:
    out = {"python": platform.python_version(), "machine": platform.machine(), "date": time.strftime("%Y-%m-%d")}
    out["quotes_dev"] = quotes.evaluate(data, limit, split="dev")
    out["quotes_train"] = quotes.evaluate(data, limit, split="train")
    out["scorer_dev"] = quotes.scorer_evaluate(data, limit, split="dev")
    out["scorer_train"] = quotes.scorer_evaluate(data, limit, split="train")
    out["news_bbc_samples"] = {
        name: news.evaluate(data, news.sample_path(file)) for name, file, _n, _first in news.SAMPLES
    }
    out["news_ieer_samples"] = {
        name: ieer.evaluate(data, ieer.sample_path(file)) for name, file, _n, _f in ieer.SAMPLES
    }
    out["news_wsj_samples"] = {
        name: timeml.evaluate(data, timeml.sample_path(file)) for name, file, _n, _f in timeml.SAMPLES
    }
    out["news_reuters_samples"] = {
        name: reuters.evaluate(data, reuters.sample_path(file)) for name, file, _n, _f in reuters.SAMPLES
    }
    out["news_invented_samples"] = {
        name: invented.evaluate(invented.sample_path(file)) for name, file, *_ in invented.SAMPLES
    }
    out["places_testa"] = places.evaluate(data, limit, split="eng.testa")
    out["places_train"] = places.evaluate(data, limit, split="eng.train")
    out["dates"] = dates.evaluate(data, limit)
    out["seed"] = seed.evaluate(data.parent)
    out["throughput"] = throughput(data, limit and limit * 20)
    return out


def table(r: dict) -> str:
    q, qt = r["quotes_dev"], r["quotes_train"]
    sd, st = r["scorer_dev"], r["scorer_train"]
    pl, pt = r["places_testa"]["exact"], r["places_train"]["exact"]
    d = r["dates"]
    t = r["throughput"]
    rows = [
        ("Quotes, PolNeAR (scorer's rules): quote recall", sd["quote_recall"], st["quote_recall"], ">= 0.95"),
        ("Quotes (scorer): attributed precision", sd["attributed_precision"], st["attributed_precision"], ">= 0.95"),
        (
            "Quotes (scorer): speaker right on found quotes",
            sd["speaker_accuracy_on_found"],
            st["speaker_accuracy_on_found"],
            ">= 0.92",
        ),
        (
            "Reported speech, PolNeAR non-quoted Content (scorer): recall",
            sd["indirect_recall"],
            st["indirect_recall"],
            ">= 0.60",
        ),
        ("Reported speech (scorer): precision", sd["indirect_precision"], st["indirect_precision"], ">= 0.85"),
        ("Quotes, PolNeAR (any overlap): quote recall", q["quote_recall"], qt["quote_recall"], ""),
        (
            "Quotes (any overlap): precision of quotes given a speaker",
            q["precision_with_speaker"],
            qt["precision_with_speaker"],
            "",
        ),
        (
            "Quotes (any overlap): speaker-mention accuracy on found quotes",
            q["speaker_mention_accuracy"],
            qt["speaker_mention_accuracy"],
            "",
        ),
        ("Places, CoNLL-2003 LOC exact span: precision", pl["precision"], pt["precision"], ""),
        ("Places: recall", pl["recall"], pt["recall"], ""),
        ("Places: F1", pl["f1"], pt["f1"], ">= 0.85"),
        ("Dates, TimeBank+AQUAINT DATE: span (overlap) F1", d["span"]["f1"], "", ""),
        ("Dates: value F1", d["value"]["f1"], "", ">= 0.80"),
        ("Seed article checks passed", f"{r['seed']['passed']}/{r['seed']['total']}", "", "all"),
        ("Throughput, all Reuters-21578 bodies, one core (words/s)", f"{t['words_per_second']:,}", "", ""),
        ("Reuters-21578 extraction time (s)", t["seconds"], "", "< 60"),
    ]
    lines = ["| metric | dev | train | bar (held-out) |", "|---|---|---|---|"]
    lines += [f"| {name} | {dev} | {train} | {bar} |" for name, dev, train, bar in rows]
    lines.append("")
    lines += bbc_table(r.get("news_bbc_samples") or {})
    lines.append("")
    lines += wire_table("US wire gold sample (IEER)", ieer.SAMPLES, r.get("news_ieer_samples") or {})
    lines.append("")
    lines += wire_table("WSJ, Xinhua, AP/NYT gold sample (TempEval-3)", timeml.SAMPLES, r.get("news_wsj_samples") or {})
    lines.append("")
    lines += wire_table(
        "Reuters wire gold sample (Reuters-21578)", reuters.SAMPLES, r.get("news_reuters_samples") or {}
    )
    lines.append("")
    lines += invented_table(r.get("news_invented_samples") or {})
    lines.append("")
    lines.append(
        f"Dev = PolNeAR `dev`, CoNLL `eng.testa`, all of TBAQ-cleaned, BBC gold "
        f"`benchmarks/extraction/gold/bbc-dev.json` (and `bbc-check.json`, annotated later as a check on "
        f"articles the rules were not written against); train = PolNeAR `train`, CoNLL `eng.train`. "
        f"Measured {r['date']} on Python {r['python']} ({r['machine']}), "
        f"{t['records']:,} records / {t['words']:,} words for throughput."
    )
    return "\n".join(lines)


def bbc_table(samples: dict) -> list[str]:
    """One row per BBC gold sample: today's figures, and the speaker figure it gave the first
    time it was scored, before any rule was written from its errors (the unseen estimate)."""
    lines = [
        "| BBC gold sample | articles | quote recall | speaker right on found | right when given | "
        "first (unseen) speaker right on found |",
        "|---|---|---|---|---|---|",
    ]
    firsts = []
    for name, _file, n, first in news.SAMPLES:
        m = samples.get(name) or {}
        if first is not None:
            firsts.append(first)
        lines.append(
            f"| {name} | {n} | {m.get('quote_recall', '')} | {m.get('speaker_accuracy_on_found', '')} | "
            f"{m.get('speaker_precision_when_given', '')} | {first if first is not None else '(rules written on it)'} |"
        )
    if firsts:
        lines.append("")
        lines.append(
            f"Bars: recall >= 0.92, speaker right on found >= 0.88, right when given >= 0.92 (held out). "
            f"The {len(firsts)} unseen first scores range {min(firsts):.3f}-{max(firsts):.3f}, mean "
            f"{sum(firsts) / len(firsts):.3f}: today's figures on the same samples are tuned on them."
        )
    return lines


def wire_table(title: str, listed: list, samples: dict) -> list[str]:
    """One row per gold sample of another outlet (US wire news rebuilt from IEER, the Wall Street
    Journal from TimeBank), as ``bbc_table`` does for the BBC samples."""
    lines = [
        f"| {title} | articles | quote recall | speaker right on found | right when given | "
        "first (unseen) speaker right on found |",
        "|---|---|---|---|---|---|",
    ]
    for name, _file, n, first in listed:
        m = samples.get(name) or {}
        lines.append(
            f"| {name} | {n} | {m.get('quote_recall', '')} | {m.get('speaker_accuracy_on_found', '')} | "
            f"{m.get('speaker_precision_when_given', '')} | {first} |"
        )
    return lines


def invented_table(samples: dict) -> list[str]:
    """One row per set of articles we wrote in other outlets' manners (``invented``), with the
    speaker figures each gave before any rule was written from it."""
    lines = [
        "| Invented articles, other outlets' styles | articles | quote recall | speaker right on found | "
        "right when given | first (unseen) right on found | first right when given |",
        "|---|---|---|---|---|---|---|",
    ]
    for name, _file, n, first_found, first_given in invented.SAMPLES:
        m = samples.get(name) or {}
        lines.append(
            f"| {name} | {n} | {m.get('quote_recall', '')} | {m.get('speaker_accuracy_on_found', '')} | "
            f"{m.get('speaker_precision_when_given', '')} | {first_found} | {first_given} |"
        )
    return lines


def write_readme(md: str) -> None:
    text = README.read_text(encoding="utf-8") if README.exists() else "# Benchmarks\n"
    block = f"{BEGIN}\n{md}\n{END}"
    if BEGIN in text and END in text:
        head, rest = text.split(BEGIN, 1)
        text = head + block + rest.split(END, 1)[1]
    else:
        text = text.rstrip() + "\n\n## Extraction accuracy and speed\n\n" + block + "\n"
    README.write_text(text, encoding="utf-8")


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description="Extraction accuracy and speed on ../shared/data.")
    ap.add_argument("--data", type=Path, default=SHARED / "data")
    ap.add_argument("--limit", type=int, help="documents per data set, for a quick look (not written)")
    args = ap.parse_args(argv)
    if not args.data.exists():
        print(f"{args.data} not found: the development data lives in ../shared/data", file=sys.stderr)
        return 2
    result = run(args.data, args.limit)
    md = table(result)
    print(md)
    if args.limit is None:
        RESULTS.mkdir(parents=True, exist_ok=True)
        (RESULTS / "extraction.json").write_bytes(orjson.dumps(result, option=orjson.OPT_INDENT_2))
        (RESULTS / "extraction.md").write_text(md + "\n", encoding="utf-8")
        write_readme(md)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
