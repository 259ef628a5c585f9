"""Query-latency benchmark: searchidx against SQLite FTS5 (and tantivy when installed).

Run ``python -m benchmarks.latency --corpus reuters``; see ``benchmarks/README.md``.
Modules: ``corpora`` (documents, read from ../shared at run time or generated),
``queries`` (fixed, versioned query sets), ``engines`` (one adapter per engine),
``worker`` (one engine's build and timed queries in its own process),
``reference`` (brute-force counts that explain hit-count disagreements),
``report`` (statistics, Markdown, plots).
"""
