"""``python -m benchmarks.latency.threads INDEX [QUERY...]``: a thread-per-request server's
cost, measured as the ratio of a new thread's first query to a warm query, both in this
process on the same index (issue 12's bar: within 2x), and errors over many threads.

Each request runs on a thread of its own that ends after answering, as Flask's
``threaded=True`` or ``ThreadingHTTPServer`` do; the warm figure is the same queries
repeated on one thread.
"""

from __future__ import annotations

import argparse
import statistics
import threading
import time

DEFAULT_QUERIES = ["oil prices", '"interest rates"', "bank AND loan", "trade OR tariff", "coffee"]


def measure(index: str, queries: list[str], threads: int = 400, warm_rounds: int = 20) -> dict:
    from searchidx import Index

    with Index.open(index) as ix:
        for q in queries:
            ix.search(q, facets=["place"])
        warm = []
        for _ in range(warm_rounds):
            for q in queries:
                t = time.perf_counter()
                ix.search(q, facets=["place"])
                warm.append(time.perf_counter() - t)
        firsts: list[float] = []
        errors: list[str] = []

        def request(q: str) -> None:
            try:
                t = time.perf_counter()
                ix.search(q, facets=["place"])
                firsts.append(time.perf_counter() - t)
            except Exception as exc:  # noqa: BLE001 - counted
                errors.append(f"{type(exc).__name__}: {exc}")

        for n in range(threads):
            th = threading.Thread(target=request, args=(queries[n % len(queries)],))
            th.start()
            th.join()
    warm_ms = statistics.median(warm) * 1000
    first_ms = statistics.median(firsts) * 1000 if firsts else float("nan")
    return {
        "threads": threads,
        "errors": len(errors),
        "warm_median_ms": round(warm_ms, 3),
        "first_in_thread_median_ms": round(first_ms, 3),
        "ratio": round(first_ms / warm_ms, 2),
    }


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.latency.threads", description=__doc__)
    ap.add_argument("index")
    ap.add_argument("queries", nargs="*")
    ap.add_argument("--threads", type=int, default=400)
    args = ap.parse_args(argv)
    print(measure(args.index, args.queries or DEFAULT_QUERIES, args.threads))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
