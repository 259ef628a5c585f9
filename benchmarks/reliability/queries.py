"""Hostile queries against Reuters-21578: every error typed, every search within its budget.

    .venv/bin/python -m benchmarks.reliability.queries                 # 10,000 queries (default)
    .venv/bin/python -m benchmarks.reliability.queries --queries 2000 --seed 3

Builds (once, cached under ``/tmp/searchidx-reliability-queries/``) an index of
``../shared/data/reuters21578`` with ``searchidx index``, then runs through the library:

* ``--queries`` fuzzed queries with the default time budget: grammar-made (words, wildcards,
  fuzzy marks, boosts, phrases, literals, ranges, fields real and not, operators, groups),
  raw hostile text, and fixed shares of 100 KB inputs, 1,000-deep nesting, open ranges,
  long wildcard chains and 4 KB conjunctions; a third with bad or odd options; a third of
  them through ``quotes``;
* ``--whoosh`` more of them with the array evaluator refused, so that Whoosh's own search
  (the fallback) answers, under the same budget;
* ``--cli`` of them through the command line (click's runner): exit code 0, 1 or 2, one
  line on error, never a traceback;
* the legitimate queries of ``benchmarks/latency`` (reuters-v1) and 4-letter prefixes of
  500 corpus words, to show how far a real query stays from each limit.

The bar: 0 exceptions other than ``SearchIdxError`` and 0 searches over the default time
budget. Writes ``results/queries.json`` and ``results/queries.md``.
"""

from __future__ import annotations

import argparse
import heapq
import json
import math
import os
import platform
import random
import subprocess
import sys
import time
import traceback
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RESULTS = Path(__file__).resolve().parent / "results"
CORPUS = ROOT.parent / "shared" / "data" / "reuters21578"
CACHE = Path("/tmp/searchidx-reliability-queries")
LATENCY_QUERIES = ROOT / "benchmarks" / "latency" / "queries" / "reuters-v1.json"
# A search stops at the first deadline check after its budget (every 256 terms or documents,
# every 4,096 steps of a Whoosh matcher) and then unwinds: "over budget" means later than this.
GRACE = 0.1

# -- the generator ----------------------------------------------------------------------------

HOSTILE_WORDS = [
    "AND",
    "OR",
    "NOT",
    "TO",
    "to",
    "and",
    "U.S.",
    "war's",
    "co-op",
    "12,000",
    "10:30",
    "é",
    "Ωmega",
    "日本",
    "ß",
    "İstanbul",
    "x\u200by",
    "\u0301",
    "“quote”",
    "‘x’",
    "a",
    "z",
]
FIELDS = [
    "title",
    "body",
    "speaker",
    "place",
    "date",
    "author",
    "source",
    "id",
    "kind",
    "hit",
    "path",
    "hash",
    "titel",
    "*",
    "_stored",
    "url",
    "body__pairs",
    "Title",
]
DATES = [
    "1987",
    "1987-02",
    "1987-03-01",
    "19870301",
    "2024",
    "1987-13",
    "bogus",
    "",
    " ",
    "0000",
    "9999",
    "1987-02-30",
    "19870301T1030",
]
PUNCT = list(":\"'()[]{}*?~^\\/!+-&|<>=@#$%,.;") + ["“", "”", "‘", "’", "«", "»", "\t", "\n", "\x00", "\u3000"]


class Generator:
    """Seeded hostile queries and options; ``vocabulary`` holds real words of the index."""

    def __init__(self, seed: int, vocabulary: list[str]):
        self.r = random.Random(seed)
        self.vocabulary = vocabulary

    def word(self) -> str:
        r = self.r
        k = r.random()
        if k < 0.45:
            w = r.choice(self.vocabulary)
        elif k < 0.65:
            w = r.choice(HOSTILE_WORDS)
        elif k < 0.85:
            w = "".join(r.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(r.randint(1, 8)))
        else:
            w = "".join(r.choice(PUNCT + list("abc1")) for _ in range(r.randint(1, 4)))
        k = r.random()
        if k < 0.12:
            w += "*"
        elif k < 0.16:
            w = r.choice("*?") + w
        elif k < 0.2:
            w = w[:1] + "?" + w[1:]
        elif k < 0.24:
            w += "~" + r.choice(["", "1", "2", "9", "/1"])
        elif k < 0.28:
            w += "^" + r.choice(["2", "0.5", "", "x", "1e9"])
        return w

    def bound(self) -> str:
        r = self.r
        return r.choice(DATES) if r.random() < 0.4 else r.choice([self.word(), "", " ", "''", "'a b'"])

    def range(self) -> str:
        r = self.r
        sep = r.choice([" TO ", " TO ", "TO", " TO", "TO ", " to ", "  TO  "])
        return r.choice("[{") + self.bound() + sep + self.bound() + r.choice("]}")

    def clause(self, depth: int) -> str:
        r = self.r
        k = r.random()
        if depth > 0 and k < 0.2:
            return "(" + self.expr(depth - 1) + ")" + (r.choice(["", "^2"]) if r.random() < 0.2 else "")
        if k < 0.3:
            words = " ".join(self.word() for _ in range(r.randint(1, 4)))
            return '"' + words + '"' + (r.choice(["~1", "~3", "~40", "~0", "~"]) if r.random() < 0.3 else "")
        if k < 0.35:
            return "'" + self.word() + " " + self.word() + "'"
        if k < 0.45:
            return self.range()
        if k < 0.6:
            field = r.choice(FIELDS)
            if depth > 0 and r.random() < 0.5:
                value = self.clause(depth - 1)
            else:
                value = r.choice(DATES) if field == "date" else self.word()
            return field + ":" + value
        if k < 0.65:
            return "NOT " + self.clause(depth)
        return self.word()

    def expr(self, depth: int) -> str:
        r = self.r
        parts = [self.clause(depth)]
        for _ in range(r.randint(0, 4)):
            parts.append(r.choice(["AND", "OR", "ANDNOT", "ANDMAYBE", "REQUIRE", "", "NOT", "and"]))
            parts.append(self.clause(depth))
        return " ".join(p for p in parts if p)

    def raw(self, n: int) -> str:
        alphabet = PUNCT + list("abcxyz 1987 ") + ["TO", " AND ", " OR ", "NOT ", "title:", "date:"]
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def huge(self) -> str:
        """About 100 KB of one hostile shape."""
        r, n = self.r, 100_000
        shapes = [
            lambda: "a" * n,
            lambda: r.choice(self.vocabulary) * (n // 5),
            lambda: "a." * (n // 2),
            lambda: "a[" * (n // 2),
            lambda: " OR ".join(r.choice("abcdefghijklmnopqrstuvwxyz") + "*" for _ in range(n // 5)),
            lambda: " ".join(r.choice(self.vocabulary) for _ in range(n // 6)),
            lambda: '"' + " ".join(r.choice(self.vocabulary) for _ in range(n // 6)) + '"',
            lambda: self.raw(n),
            lambda: "'" * n,
            lambda: "(" * (n // 2) + ")" * (n // 2),
        ]
        return r.choice(shapes)()

    def deep(self) -> str:
        r = self.r
        d = r.choice([33, 100, 1000, 1000])
        inner = self.word()
        return r.choice(
            [
                lambda: "(" * d + inner + ")" * d,
                lambda: "NOT (" * d + inner + ")" * d,
                lambda: "title:(" * d + inner + ")" * d,
                lambda: "(a OR " * d + inner + ")" * d,
            ]
        )()

    def open_range(self) -> str:
        r = self.r
        field = r.choice(["", "title:", "body:", "speaker:", "place:", "date:", "id:", "source:", "author:"])
        low = r.choice(["a", "m", "oil", "1987", "1987-03", "", " ", "''"])
        return field + r.choice([f"[{low} TO]", f"[TO {low}]", f"{{{low} TO]", f"[ TO {low}}}", "[TO]", f"[{low} TO ]"])

    def chain(self) -> str:
        r = self.r
        n = r.choice([10, 50, 400, 800])
        op = r.choice([" OR ", " AND ", " "])
        return op.join(
            r.choice(
                [
                    r.choice("abcdefghijklmnopqrstuvwxyz") + "*",
                    r.choice(self.vocabulary)[:3] + "*",
                    "[a TO " + r.choice("bcdz") + "]",
                ]
            )
            for _ in range(n)
        )[:4096]

    def wide(self) -> str:
        """A conjunction or disjunction of real words just under the length limit."""
        r = self.r
        op = r.choice([" ", " OR ", " AND "])
        out = ""
        while len(out) < 4000:
            out += r.choice(self.vocabulary) + op
        return out[:4090].rsplit(" ", 1)[0].strip() or "oil"

    COMMON = [
        "the",
        "of",
        "to",
        "and",
        "in",
        "said",
        "a",
        "for",
        "it",
        "on",
        "is",
        "that",
        "by",
        "from",
        "at",
        "mln",
        "dlrs",
        "pct",
        "year",
        "company",
    ]

    def heavy(self) -> str:
        """Valid queries that make the engine work: common words, loose phrases, prefixes."""
        r = self.r
        c = self.COMMON
        return r.choice(
            [
                lambda: " ".join(r.sample(c, r.randint(3, 12))),
                lambda: " OR ".join(r.sample(c, r.randint(3, 12))),
                lambda: '"' + " ".join(r.sample(c, r.randint(2, 6))) + '"~' + str(r.choice([2, 10, 40, 200])),
                lambda: " OR ".join(r.choice(self.vocabulary)[:3] + "*" for _ in range(r.randint(2, 6))),
                lambda: "* OR NOT " + r.choice(c),
                lambda: r.choice(c) + " OR NOT (" + r.choice(c) + " AND " + r.choice(c) + ")",
                lambda: "title:[" + "".join(sorted(r.sample("abcdefgh", 2))) + " TO " + r.choice("ijklm") + "]",
                lambda: "date:[1987-03 TO] AND (" + " OR ".join(r.sample(c, 4)) + ")",
                lambda: " ".join('"' + " ".join(r.sample(c, 2)) + '"' for _ in range(r.randint(2, 20))),
            ]
        )()

    def query(self, kind: str) -> str:
        r = self.r
        if kind == "grammar":
            return self.expr(r.randint(0, 4))
        if kind == "raw":
            return self.raw(r.randint(0, 40))
        return getattr(self, kind)()

    BAD = [None, -1, 0, 1, 10, 10**9, "10", 1.5, True, math.nan, [], object(), b"x"]

    def options(self, quotes: bool) -> dict:
        r = self.r
        if r.random() > 0.33:
            return {}
        kw: dict = {}
        picks = {
            "limit": lambda: r.choice(self.BAD),
            "offset": lambda: r.choice(self.BAD),
            "speaker": lambda: r.choice([None, "Reagan", "Nobody Atall", ["Reagan", "x"], 5, [5], "", b"x"]),
            "place": lambda: r.choice([None, "Tokyo", ["Tokyo"], 3, {"a": 1}, "Atlantis"]),
            "since": lambda: r.choice([None, "1987", "1987-03", 1987, "bogus", "", "1987-13"]),
            "until": lambda: r.choice([None, "1987", "1987-03-31", 5.5, "x"]),
            "sort": lambda: r.choice(["date", "relevance", 5, None, "size"]),
            "timeout": lambda: r.choice([None, 0, -1, 0.001, 5, "5", True, math.inf, math.nan]),
        }
        if not quotes:
            picks["facets"] = lambda: r.choice(
                [("speaker",), "speaker", ("month", "year", "place"), (5,), None, ("colour",)]
            )
            picks["facet_limit"] = lambda: r.choice([None, 0, 1, "3", True, 2.5])
        for name in r.sample(sorted(picks), r.randint(1, 3)):
            kw[name] = picks[name]()
        return kw


# Shares of the query kinds (the rest is grammar-made).
PLAN = {"huge": 0.02, "deep": 0.03, "open_range": 0.04, "chain": 0.03, "wide": 0.02, "heavy": 0.1, "raw": 0.18}


def plan(n: int, r: random.Random) -> list[str]:
    kinds = []
    for kind, share in PLAN.items():
        kinds += [kind] * max(1, round(n * share))
    kinds += ["grammar"] * (n - len(kinds))
    r.shuffle(kinds)
    return kinds


# -- running --------------------------------------------------------------------------------


def build_index(index: Path, corpus: Path) -> float:
    """Index the corpus once; later runs reuse the cached index."""
    if (index / ".complete").exists():
        return 0.0
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "searchidx", "index", "--index", str(index), str(corpus)], check=True, cwd=ROOT
    )
    (index / ".complete").write_text("built\n")
    return time.perf_counter() - started


def effective_timeout(options: dict, default: float) -> float | None:
    """The budget a call ran under, when it was a valid one (else it was refused)."""
    if "timeout" not in options:
        return default
    t = options["timeout"]
    if t is None or isinstance(t, bool) or not isinstance(t, (int, float)) or math.isnan(t) or t <= 0:
        return None
    return None if math.isinf(t) else float(t)


class Tally:
    def __init__(self, default_timeout: float):
        self.default_timeout = default_timeout
        self.calls = 0
        self.outcomes: Counter = Counter()
        self.by_kind: dict[str, Counter] = {}
        self.unexpected: list[dict] = []
        self.over_budget: list[dict] = []
        self.times: list[float] = []
        self.default_budget_calls = 0
        self.past_default = 0  # calls on the default budget that ended after it, by any margin
        self.overshoot = 0.0  # the most any call ran past its budget
        self.slowest: list = []  # heap of (seconds, call number, record)

    def run(self, call, query: str, options: dict, kind: str, label: str) -> None:
        from searchidx.errors import SearchIdxError

        self.calls += 1
        started = time.perf_counter()
        try:
            call(query, **options)
            outcome = "ok"
        except SearchIdxError as exc:
            outcome = type(exc).__name__
            if "\n" in str(exc) or len(str(exc)) > 400:
                self.unexpected.append(self._record(label, kind, query, options, "long or multi-line message"))
        except Exception as exc:  # noqa: BLE001 - counting exactly these is the point
            outcome = "unexpected"
            frame = traceback.extract_tb(exc.__traceback__)[-1]
            self.unexpected.append(
                self._record(
                    label,
                    kind,
                    query,
                    options,
                    f"{type(exc).__name__}: {exc}"[:200],
                    f"{Path(frame.filename).name}:{frame.lineno}",
                )
            )
        elapsed = time.perf_counter() - started
        self.times.append(elapsed)
        if len(self.slowest) < 10 or elapsed > self.slowest[0][0]:
            heapq.heappush(self.slowest, (elapsed, self.calls, self._record(label, kind, query, options, outcome)))
            if len(self.slowest) > 10:
                heapq.heappop(self.slowest)
        self.outcomes[outcome] += 1
        self.by_kind.setdefault(kind, Counter())[outcome] += 1
        budget = effective_timeout(options, self.default_timeout)
        if "timeout" not in options:
            self.default_budget_calls += 1
            self.past_default += elapsed > budget
        if budget is not None and elapsed > budget:
            self.overshoot = max(self.overshoot, elapsed - budget)
            if elapsed > budget + GRACE:
                self.over_budget.append(
                    self._record(label, kind, query, options, f"{elapsed:.3f} s for a budget of {budget:g} s")
                )

    @staticmethod
    def _record(label, kind, query, options, what, where=None) -> dict:
        return {
            "call": label,
            "kind": kind,
            "query": query[:200],
            "query_chars": len(query),
            "options": {k: repr(v) for k, v in options.items()},
            "what": what,
            "where": where,
        }

    def summary(self) -> dict:
        times = sorted(self.times) or [0.0]
        pick = lambda q: times[min(len(times) - 1, int(q * len(times)))]  # noqa: E731
        return {
            "calls": self.calls,
            "default_budget_calls": self.default_budget_calls,
            "outcomes": dict(self.outcomes.most_common()),
            "by_kind": {k: dict(v.most_common()) for k, v in sorted(self.by_kind.items())},
            "unexpected_exceptions": len(self.unexpected),
            "over_budget": len(self.over_budget),
            "ended_past_default_budget": self.past_default,
            "max_overshoot_s": round(self.overshoot, 4),
            "seconds": {
                "median": round(pick(0.5), 4),
                "p99": round(pick(0.99), 4),
                "max": round(times[-1], 3),
                "total": round(sum(times), 1),
            },
            "unexpected_examples": self.unexpected[:25],
            "over_budget_examples": self.over_budget[:25],
            "slowest": [dict(r, seconds=round(t, 3)) for t, _n, r in sorted(self.slowest, reverse=True)],
        }


def fuzz_library(ix, gen: Generator, n: int, default_timeout: float, whoosh: bool = False) -> dict:
    from searchidx.engine.evaluate import Unsupported

    evaluator = ix._searcher()._searchidx.evaluator
    if whoosh:

        def refuse(q, budget=None):
            raise Unsupported("benchmark: Whoosh's own search")

        evaluator.run = refuse
    tally = Tally(default_timeout)
    try:
        for i, kind in enumerate(plan(n, gen.r), 1):
            quotes = gen.r.random() < 0.3
            query = gen.query(kind)
            options = gen.options(quotes)
            tally.run(ix.quotes if quotes else ix.search, query, options, kind, "quotes" if quotes else "search")
            if i % 1000 == 0:
                print(f"  {'whoosh' if whoosh else 'library'} {i}/{n}: {dict(tally.outcomes)}", flush=True)
    finally:
        evaluator.__dict__.pop("run", None)
    return tally.summary()


def fuzz_cli(index: Path, gen: Generator, n: int) -> dict:
    from click.testing import CliRunner

    from searchidx.cli import cli

    runner = CliRunner()
    codes: Counter = Counter()
    problems = []
    for kind in plan(n, gen.r):
        query = gen.query(kind)
        args = [gen.r.choice(["search", "quotes"]), query, "--index", str(index)]
        for _ in range(gen.r.randint(0, 2)):
            name, values = gen.r.choice(
                [
                    ("--limit", ["0", "1", "-1", "x", "10"]),
                    ("--offset", ["0", "5", "-2"]),
                    ("--speaker", ["Reagan", "Nobody Atall", ""]),
                    ("--since", ["1987", "bogus", "1987-13"]),
                    ("--timeout", ["5", "0", "-1", "nan", "inf", "x", "0.5"]),
                    ("--sort", ["date", "size"]),
                ]
            )
            args += [name, gen.r.choice(values)]
        result = runner.invoke(cli, args)
        codes[result.exit_code] += 1
        lines = result.output.strip().splitlines()
        bad = None
        if result.exit_code not in (0, 1, 2):
            bad = f"exit code {result.exit_code}"
        elif result.exception is not None and not isinstance(result.exception, SystemExit):
            bad = f"{type(result.exception).__name__}: {result.exception}"[:200]
        elif "Traceback" in result.output:
            bad = "traceback printed"
        elif result.exit_code == 1 and (len(lines) != 1 or not lines[0].startswith("Error: ")):
            bad = f"{len(lines)} lines of error"
        if bad:
            problems.append({"args": [a[:200] for a in args], "what": bad})
    return {
        "calls": n,
        "exit_codes": {str(k): v for k, v in sorted(codes.items())},
        "problems": len(problems),
        "problem_examples": problems[:25],
    }


def legitimate(ix) -> dict:
    """How far the latency benchmark's queries, and prefixes of real words, stay from the limits."""
    from benchmarks.latency.engines import whoosh_query
    from searchidx import querylimits
    from searchidx.querysyntax import LPAREN, RPAREN, tokenize

    used: list[int] = []
    original = querylimits.Budget.expand

    def counting(self, q, reader):
        terms = original(self, q, reader)
        used.append(self.max_terms - self.terms_left)
        return terms

    querylimits.Budget.expand = counting
    try:
        out = {}
        spec = json.loads(LATENCY_QUERIES.read_text(encoding="utf-8"))["queries"]
        texts = [(whoosh_query(q), q) for q in spec]
        rows = []
        for text, q in texts:
            used.clear()
            depth = level = 0
            for tok in tokenize(text):
                level += tok.kind == LPAREN
                level -= tok.kind == RPAREN
                depth = max(depth, level)
            started = time.perf_counter()
            error = None
            try:
                if q.get("target") == "quotes" or q["type"] == "quote":
                    ix.quotes(
                        text, speaker=q.get("speaker"), place=q.get("place"), since=q.get("since"), until=q.get("until")
                    )
                else:
                    ix.search(
                        text,
                        speaker=q.get("speaker"),
                        place=q.get("place"),
                        since=q.get("since"),
                        until=q.get("until"),
                        facets=("speaker", "place", "month") if q.get("facets") else (),
                    )
            except Exception as exc:  # noqa: BLE001
                error = f"{type(exc).__name__}: {exc}"[:200]
            rows.append((len(text), depth, max(used, default=0), time.perf_counter() - started, error))
        out["latency_queries"] = {
            "queries": len(rows),
            "errors": sum(1 for r in rows if r[4]),
            "max_chars": max(r[0] for r in rows),
            "max_depth": max(r[1] for r in rows),
            "max_expanded_terms": max(r[2] for r in rows),
            "max_seconds": round(max(r[3] for r in rows), 3),
            "error_examples": [r[4] for r in rows if r[4]][:5],
        }
        r = random.Random(5)
        s = ix._searcher()
        words = [t.decode() for t in s.reader().lexicon("body")]
        words = [w for w in words if len(w) >= 5 and w.isalpha()]
        prefixes = sorted({w[:4] for w in r.sample(words, min(500, len(words)))})
        rows = []
        for p in prefixes:
            used.clear()
            started = time.perf_counter()
            error = None
            try:
                ix.search(p + "*", facets=("place",))
            except Exception as exc:  # noqa: BLE001
                error = f"{type(exc).__name__}: {exc}"[:200]
            rows.append((max(used, default=0), time.perf_counter() - started, error))
        out["prefix_queries"] = {
            "queries": len(rows),
            "errors": sum(1 for x in rows if x[2]),
            "max_expanded_terms": max(x[0] for x in rows),
            "median_expanded_terms": sorted(x[0] for x in rows)[len(rows) // 2],
            "max_seconds": round(max(x[1] for x in rows), 3),
        }
        return out
    finally:
        querylimits.Budget.expand = original


def git_commit() -> str:
    try:
        return subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True, check=True
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def write_results(out: Path, report: dict) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / "queries.json").write_text(json.dumps(report, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    lib, wh, cli = report["library"], report["whoosh"], report["cli"]
    legit, limits = report["legitimate"], report["limits"]
    lines = [
        "### Hostile queries against Reuters-21578",
        "",
        f"{report['environment']}; {report['date']}; searchidx at {report['commit']}; seed {report['seed']}. "
        f"Default time budget {limits['DEFAULT_TIMEOUT']:g} s; limits: {limits['MAX_QUERY_CHARS']:,} characters, "
        f"nesting {limits['MAX_DEPTH']}, {limits['MAX_EXPANDED_TERMS']:,} expanded terms per query.",
        "",
        f"**Bar: {'met' if report['bar_met'] else 'NOT met'}** — exceptions other than SearchIdxError: "
        f"{lib['unexpected_exceptions'] + wh['unexpected_exceptions']} (library), {cli['problems']} (command line); "
        f"searches over their time budget (by more than {GRACE:g} s): {lib['over_budget'] + wh['over_budget']}.",
        "",
        "| run | calls | ok | typed errors | timeouts | other exceptions | over budget | ended past 10 s | "
        "most past budget s | median s | p99 s | max s |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name, t in (("library (arrays)", lib), ("Whoosh fallback", wh)):
        typed = sum(v for k, v in t["outcomes"].items() if k not in ("ok", "unexpected"))
        lines.append(
            f"| {name} | {t['calls']:,} | {t['outcomes'].get('ok', 0):,} | {typed:,} | "
            f"{t['outcomes'].get('SearchTimeoutError', 0)} | {t['unexpected_exceptions']} | "
            f"{t['over_budget']} | {t['ended_past_default_budget']} | {t['max_overshoot_s']} | "
            f"{t['seconds']['median']} | {t['seconds']['p99']} | {t['seconds']['max']} |"
        )
    lines += [
        "",
        f'"Ended past 10 s": calls on the default budget that returned or stopped after it, by any '
        f"margin; a stop comes at the first deadline check after the budget, so a search that stops "
        f'ends a few milliseconds past it. "Over budget": past it by more than {GRACE:g} s.',
    ]
    lines += [
        "",
        f"Command line: {cli['calls']} calls, exit codes {cli['exit_codes']}, problems {cli['problems']}.",
        "",
        "Outcomes by kind of query (library):",
        "",
        "| kind | outcomes |",
        "|---|---|",
    ]
    for kind, counts in lib["by_kind"].items():
        lines.append(f"| {kind} | " + ", ".join(f"{k} {v}" for k, v in counts.items()) + " |")
    lq, pq = legit["latency_queries"], legit["prefix_queries"]
    lines += [
        "",
        "Legitimate queries, against the limits:",
        "",
        f"- the {lq['queries']:,} queries of benchmarks/latency (reuters-v1): longest {lq['max_chars']} characters, "
        f"deepest nesting {lq['max_depth']}, most expanded terms {lq['max_expanded_terms']}, slowest "
        f"{lq['max_seconds']} s, errors {lq['errors']};",
        f"- `xxxx*` for {pq['queries']} 4-letter prefixes of corpus words: most expanded terms "
        f"{pq['max_expanded_terms']} (median {pq['median_expanded_terms']}), slowest {pq['max_seconds']} s, "
        f"errors {pq['errors']}.",
    ]
    if lib["unexpected_examples"] or wh["unexpected_examples"] or cli["problem_examples"]:
        lines += ["", "First unexpected exceptions:", ""]
        for ex in (lib["unexpected_examples"] + wh["unexpected_examples"])[:10]:
            lines.append(f"- {ex['call']} {ex['query'][:80]!r}: {ex['what']} at {ex['where']}")
        for ex in cli["problem_examples"][:10]:
            lines.append(f"- cli {ex['args'][:2]!r}: {ex['what']}")
    (out / "queries.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--queries", type=int, default=10_000, help="fuzzed library calls on the normal path")
    ap.add_argument("--whoosh", type=int, default=500, help="fuzzed library calls on Whoosh's fallback")
    ap.add_argument("--cli", type=int, default=300, help="fuzzed command-line calls")
    ap.add_argument("--seed", type=int, default=1987)
    ap.add_argument("--corpus", default=str(CORPUS))
    ap.add_argument("--index", default=str(CACHE / "reuters-ix"), help="cached index (built when absent)")
    ap.add_argument("--out", default=str(RESULTS))
    args = ap.parse_args(argv)

    from searchidx import Index, querylimits

    if not Path(args.corpus).exists():
        print(f"{args.corpus} not present (research data lives in ../shared)", file=sys.stderr)
        return 2
    index = Path(args.index)
    index.parent.mkdir(parents=True, exist_ok=True)
    built = build_index(index, Path(args.corpus))
    print(f"index {index} ({'built in %.0f s' % built if built else 'cached'})", flush=True)
    started = time.perf_counter()
    with Index.open(index) as ix:
        vocabulary = [t.decode() for t in ix._searcher().reader().lexicon("body")]
        vocabulary = random.Random(args.seed).sample([w for w in vocabulary if w.isalpha()], 3000)
        default = querylimits.DEFAULT_TIMEOUT
        print("legitimate queries ...", flush=True)
        legit = legitimate(ix)
        print(f"  {legit}", flush=True)
        print(f"{args.queries} fuzzed queries ...", flush=True)
        lib = fuzz_library(ix, Generator(args.seed, vocabulary), args.queries, default)
        print(f"{args.whoosh} fuzzed queries on Whoosh's path ...", flush=True)
        wh = fuzz_library(ix, Generator(args.seed + 1, vocabulary), args.whoosh, default, whoosh=True)
    print(f"{args.cli} command-line calls ...", flush=True)
    cli = fuzz_cli(index, Generator(args.seed + 2, vocabulary), args.cli)
    report = {
        "date": time.strftime("%Y-%m-%d"),
        "commit": git_commit(),
        "seed": args.seed,
        "environment": f"Python {platform.python_version()}, {os.cpu_count()} CPUs",
        "limits": {
            name: getattr(querylimits, name)
            for name in ("MAX_QUERY_CHARS", "MAX_DEPTH", "MAX_EXPANDED_TERMS", "DEFAULT_TIMEOUT")
        },
        "plan": PLAN,
        "library": lib,
        "whoosh": wh,
        "cli": cli,
        "legitimate": legit,
        "seconds": round(time.perf_counter() - started, 1),
    }
    report["bar_met"] = (
        lib["unexpected_exceptions"] == 0
        and wh["unexpected_exceptions"] == 0
        and cli["problems"] == 0
        and lib["over_budget"] == 0
        and wh["over_budget"] == 0
    )
    write_results(Path(args.out), report)
    print(json.dumps({k: report[k] for k in ("bar_met", "seconds")}), flush=True)
    print((Path(args.out) / "queries.md").read_text(encoding="utf-8"))
    return 0 if report["bar_met"] else 1


if __name__ == "__main__":
    sys.exit(main())
