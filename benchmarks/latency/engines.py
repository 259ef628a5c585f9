"""One adapter per engine: ``build(...)`` an index in a directory, ``run(query)`` one query.

``run`` does what a search page does: the top 10 by relevance with a highlighted
snippet, the exact number of matches, and (``facets``) counts per speaker, place and
month over all matches. It returns ``(total, facets)`` for the hit-count checks.

Query translation (engine-neutral dict -> each engine's syntax) is in plain functions
(``whoosh_query``, ``fts5_match``, ``fts5_sql``, ``tantivy_query``) so tests can check it.
"""

from __future__ import annotations

import inspect
import sqlite3
import time
from datetime import datetime, timedelta
from pathlib import Path

FACETS = ("speaker", "place", "month")
LIMIT = 10


def dir_size(path: Path) -> int:
    path = Path(path)
    if path.is_file():
        return path.stat().st_size
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def _date_bounds(q: dict) -> tuple[str | None, str | None]:
    """ISO strings: inclusive ``since`` day start, exclusive day after ``until``
    (searchidx's --until covers its whole day)."""
    lo = q.get("since")
    hi = q.get("until")
    hi_excl = None
    if hi:
        hi_excl = (datetime.strptime(hi, "%Y-%m-%d") + timedelta(days=1)).strftime("%Y-%m-%d")
    return (lo or None), hi_excl


# -- searchidx ------------------------------------------------------------------------
def whoosh_query(q: dict) -> str:
    """searchidx (Whoosh) syntax: ``w``, ``"a b"``, ``"a b"~3``, ``a AND b``, ``a OR b``."""
    words, op = q["words"], q["op"]
    if op == "term":
        return words[0]
    if op == "phrase":
        slop = q.get("slop", 1)
        return f'"{" ".join(words)}"' + (f"~{slop}" if slop > 1 else "")
    if op in ("and", "or"):
        return f" {op.upper()} ".join(words)
    raise ValueError(f"unknown op {op!r}")


class SearchidxEngine:
    name = "searchidx"

    def __init__(self):
        self.ix = None

    @staticmethod
    def version() -> str:
        import whoosh

        return "whoosh " + ".".join(map(str, whoosh.__version__))

    def build(self, records, path: Path, procs: int | None = None) -> dict:
        from searchidx import Index

        self.ix = Index.create(path)
        kwargs = {}
        if procs and "procs" in inspect.signature(self.ix.add_records).parameters:
            kwargs["procs"] = procs
        started = time.perf_counter()
        report = self.ix.add_records(records, **kwargs)
        took = time.perf_counter() - started
        # Search as a fresh process would: reopen, so no writer state is left behind.
        self.ix.close()
        from searchidx import Index as _Index

        self.ix = _Index.open(path)
        return {"build_s": took, "procs": kwargs.get("procs", 1), "records": report.records, "quotes": report.quotes}

    def run(self, q: dict):
        text = whoosh_query(q)
        if q["target"] == "quotes":
            return self.ix.quotes(text, limit=LIMIT).total, None
        res = self.ix.search(
            text,
            speaker=q.get("speaker"),
            place=q.get("place"),
            since=q.get("since"),
            until=q.get("until"),
            facets=FACETS if q.get("facets") else (),
            limit=LIMIT,
        )
        facets = None
        if q.get("facets"):
            facets = {name: [(v, c) for v, c in res.facets[name]] for name in FACETS}
        return res.total, facets

    def close(self):
        if self.ix is not None:
            self.ix.close()


# -- SQLite FTS5 ----------------------------------------------------------------------
def _fts_word(w: str) -> str:
    return '"' + w.replace('"', '""') + '"'


def fts5_match(q: dict) -> str:
    """FTS5 MATCH string. Whoosh's ``"a b"~k`` (b at most k positions after a) becomes
    ``NEAR("a" "b", k-1)`` (at most k-1 tokens between, in either order)."""
    words, op = q["words"], q["op"]
    if op == "term":
        return _fts_word(words[0])
    if op == "phrase":
        slop = q.get("slop", 1)
        if slop <= 1:
            return '"' + " ".join(w.replace('"', '""') for w in words) + '"'
        return "NEAR(" + " ".join(_fts_word(w) for w in words) + f", {slop - 1})"
    if op in ("and", "or"):
        return f" {op.upper()} ".join(_fts_word(w) for w in words)
    raise ValueError(f"unknown op {op!r}")


def fts5_sql(q: dict) -> tuple[str, list]:
    """``FROM ... WHERE ...`` over the documents matching ``q`` (and its filters), with params."""
    if q["target"] == "quotes":
        return "FROM qfts WHERE qfts MATCH ?", [fts5_match(q)]
    where = ["fts MATCH ?"]
    params: list = [fts5_match(q)]
    if q.get("speaker"):
        # A correlated EXISTS keeps the full-text match driving the plan; "rowid IN (...)"
        # let SQLite start from the label and probe MATCH row by row (p95 of 0.5 s at 20k).
        where.append("EXISTS (SELECT 1 FROM doc_speaker WHERE doc = fts.rowid AND value = ?)")
        params.append(q["speaker"])
    if q.get("place"):
        where.append("EXISTS (SELECT 1 FROM doc_place WHERE doc = fts.rowid AND value = ?)")
        params.append(q["place"])
    lo, hi = _date_bounds(q)
    if lo:
        where.append("docs.date >= ?")
        params.append(lo)
    if hi:
        where.append("docs.date < ?")
        params.append(hi)
    return "FROM fts JOIN docs ON docs.rowid = fts.rowid WHERE " + " AND ".join(where), params


FTS5_SCHEMA = """
CREATE VIRTUAL TABLE fts USING fts5(title, body, tokenize='porter unicode61');
CREATE TABLE docs(rowid INTEGER PRIMARY KEY, id TEXT NOT NULL, date TEXT, month TEXT);
CREATE TABLE doc_speaker(doc INTEGER NOT NULL, value TEXT NOT NULL);
CREATE TABLE doc_place(doc INTEGER NOT NULL, value TEXT NOT NULL);
CREATE VIRTUAL TABLE qfts USING fts5(body, tokenize='porter unicode61');
CREATE TABLE quotes(rowid INTEGER PRIMARY KEY, doc INTEGER NOT NULL, date TEXT);
"""
FTS5_INDEXES = """
CREATE INDEX docs_date ON docs(date);
CREATE INDEX doc_speaker_value ON doc_speaker(value, doc);
CREATE INDEX doc_speaker_doc ON doc_speaker(doc, value);
CREATE INDEX doc_place_value ON doc_place(value, doc);
CREATE INDEX doc_place_doc ON doc_place(doc, value);
"""


class Fts5Engine:
    name = "fts5"

    def __init__(self):
        self.db = None
        self.path = None

    @staticmethod
    def version() -> str:
        return "sqlite " + sqlite3.sqlite_version

    def build(self, docs, path: Path, procs: int | None = None) -> dict:
        path.mkdir(parents=True, exist_ok=True)
        self.path = path / "fts5.db"
        started = time.perf_counter()
        db = sqlite3.connect(self.path, isolation_level=None)
        db.executescript(FTS5_SCHEMA)
        db.execute("BEGIN")
        qrow = 0
        for rowid, d in enumerate(docs, start=1):
            date = d.date.isoformat() if d.date else None
            db.execute("INSERT INTO fts(rowid, title, body) VALUES (?, ?, ?)", (rowid, d.title, d.body))
            db.execute("INSERT INTO docs VALUES (?, ?, ?, ?)", (rowid, d.id, date, date[:7] if date else None))
            db.executemany("INSERT INTO doc_speaker VALUES (?, ?)", [(rowid, v) for v in dict.fromkeys(d.speakers)])
            db.executemany("INSERT INTO doc_place VALUES (?, ?)", [(rowid, v) for v in dict.fromkeys(d.places)])
            for text in d.quotes:
                qrow += 1
                db.execute("INSERT INTO qfts(rowid, body) VALUES (?, ?)", (qrow, text))
                db.execute("INSERT INTO quotes VALUES (?, ?, ?)", (qrow, rowid, date))
        for stmt in filter(str.strip, FTS5_INDEXES.split(";")):
            db.execute(stmt)  # executescript would commit the open transaction
        db.execute("INSERT INTO fts(fts) VALUES ('optimize')")
        db.execute("INSERT INTO qfts(qfts) VALUES ('optimize')")
        db.execute("COMMIT")
        db.execute("ANALYZE")
        db.close()
        took = time.perf_counter() - started
        self.open(self.path)
        return {"build_s": took, "procs": 1, "records": len(docs), "quotes": qrow}

    def open(self, path: Path) -> None:
        self.db = sqlite3.connect(path, isolation_level=None)
        self.db.execute("CREATE TEMP TABLE m(doc INTEGER PRIMARY KEY)")

    def run(self, q: dict):
        db = self.db
        where, params = fts5_sql(q)
        if q["target"] == "quotes":
            db.execute(
                "SELECT qfts.rowid, quotes.doc, snippet(qfts, 0, '<mark>', '</mark>', '…', 24) "
                "FROM qfts JOIN quotes ON quotes.rowid = qfts.rowid WHERE qfts MATCH ? "
                "ORDER BY bm25(qfts) LIMIT ?",
                (*params, LIMIT),
            ).fetchall()
            total = db.execute("SELECT COUNT(*) " + where, params).fetchone()[0]
            return total, None
        db.execute(
            "SELECT fts.rowid, docs.id, fts.title, docs.date, "
            "snippet(fts, 1, '<mark>', '</mark>', '…', 24) " + where + " ORDER BY bm25(fts, 2.0, 1.0) LIMIT ?",
            (*params, LIMIT),
        ).fetchall()
        if not q.get("facets"):
            return db.execute("SELECT COUNT(*) " + where, params).fetchone()[0], None
        db.execute("DELETE FROM m")
        db.execute("INSERT INTO m SELECT fts.rowid " + where, params)
        total = db.execute("SELECT COUNT(*) FROM m").fetchone()[0]
        facets = {}
        for name, table in (("speaker", "doc_speaker"), ("place", "doc_place")):
            facets[name] = db.execute(
                f"SELECT value, COUNT(*) AS c FROM {table} JOIN m USING (doc) "
                f"GROUP BY value ORDER BY c DESC, value LIMIT ?",
                (LIMIT,),
            ).fetchall()
        facets["month"] = db.execute(
            "SELECT docs.month, COUNT(*) FROM docs JOIN m ON m.doc = docs.rowid "
            "WHERE docs.month IS NOT NULL GROUP BY docs.month ORDER BY docs.month"
        ).fetchall()
        return total, facets

    def close(self):
        if self.db is not None:
            self.db.close()


# -- tantivy (optional) ---------------------------------------------------------------
def tantivy_available() -> bool:
    try:
        import tantivy  # noqa: F401
    except ImportError:
        return False
    return True


def tantivy_query(q: dict) -> str:
    """tantivy syntax; Whoosh's slop k (b within k positions after a) is tantivy's ~(k-1)."""
    words, op = q["words"], q["op"]
    if op == "term":
        return words[0]
    if op == "phrase":
        slop = q.get("slop", 1)
        return f'"{" ".join(words)}"' + (f"~{slop - 1}" if slop > 1 else "")
    return f" {op.upper()} ".join(words)


class TantivyEngine:
    name = "tantivy"

    def __init__(self):
        self.ix = self.qix = None

    @staticmethod
    def version() -> str:
        import importlib.metadata

        return "tantivy " + importlib.metadata.version("tantivy")

    def build(self, docs, path: Path, procs: int | None = None) -> dict:
        import tantivy

        threads = procs or 1
        sb = tantivy.SchemaBuilder()
        sb.add_text_field("id", stored=True, tokenizer_name="raw")
        sb.add_text_field("title", stored=True, tokenizer_name="en_stem")
        sb.add_text_field("body", stored=True, tokenizer_name="en_stem")
        sb.add_date_field("date", stored=True, indexed=True, fast=True)
        for name in FACETS:
            sb.add_text_field(name, stored=True, tokenizer_name="raw", fast=True)
        self.schema = sb.build()
        qb = tantivy.SchemaBuilder()
        qb.add_text_field("body", stored=True, tokenizer_name="en_stem")
        qb.add_text_field("article", stored=True, tokenizer_name="raw")
        self.qschema = qb.build()
        (path / "docs").mkdir(parents=True, exist_ok=True)
        (path / "quotes").mkdir(parents=True, exist_ok=True)
        started = time.perf_counter()
        ix = tantivy.Index(self.schema, path=str(path / "docs"))
        qix = tantivy.Index(self.qschema, path=str(path / "quotes"))
        w = ix.writer(heap_size=256_000_000, num_threads=threads)
        qw = qix.writer(heap_size=64_000_000, num_threads=1)
        nq = 0
        for d in docs:
            fields = {"id": d.id, "title": d.title, "body": d.body}
            if d.speakers:
                fields["speaker"] = list(dict.fromkeys(d.speakers))
            if d.places:
                fields["place"] = list(dict.fromkeys(d.places))
            if d.date:
                fields["date"] = d.date
                fields["month"] = d.date.strftime("%Y-%m")
            w.add_document(tantivy.Document(**fields))
            for text in d.quotes:
                qw.add_document(tantivy.Document(body=text, article=d.id))
                nq += 1
        w.commit()
        qw.commit()
        w.wait_merging_threads()
        qw.wait_merging_threads()
        took = time.perf_counter() - started
        ix.reload()
        qix.reload()
        self.ix, self.qix = ix, qix
        self.searcher, self.qsearcher = ix.searcher(), qix.searcher()
        return {"build_s": took, "procs": threads, "records": len(docs), "quotes": nq}

    def _query(self, q: dict):
        import tantivy

        if q["target"] == "quotes":
            return self.qix.parse_query(tantivy_query(q), ["body"])
        main = self.ix.parse_query(tantivy_query(q), ["title", "body"], field_boosts={"title": 2.0})
        must = [(tantivy.Occur.Must, main)]
        for name in ("speaker", "place"):
            if q.get(name):
                must.append((tantivy.Occur.Must, tantivy.Query.term_query(self.schema, name, q[name])))
        lo, hi = _date_bounds(q)
        if lo or hi:
            must.append(
                (
                    tantivy.Occur.Must,
                    tantivy.Query.range_query(
                        self.schema,
                        "date",
                        tantivy.FieldType.Date,
                        datetime.fromisoformat(lo) if lo else datetime(1, 1, 1),
                        datetime.fromisoformat(hi) if hi else datetime(9999, 1, 1),
                        include_lower=True,
                        include_upper=False,
                    ),
                )
            )
        return main if len(must) == 1 else tantivy.Query.boolean_query(must)

    def run(self, q: dict):
        import tantivy

        query = self._query(q)
        if q["target"] == "quotes":
            res = self.qsearcher.search(query, limit=LIMIT, count=True)
            for _, addr in res.hits:
                self.qsearcher.doc(addr)
            return res.count, None
        res = self.searcher.search(query, limit=LIMIT, count=True)
        gen = tantivy.SnippetGenerator.create(self.searcher, query, self.schema, "body")
        for _, addr in res.hits:
            doc = self.searcher.doc(addr)
            gen.snippet_from_doc(doc).to_html()
        facets = None
        if q.get("facets"):
            aggs = self.searcher.aggregate(
                query,
                {
                    "speaker": {"terms": {"field": "speaker", "size": LIMIT}},
                    "place": {"terms": {"field": "place", "size": LIMIT}},
                    "month": {"terms": {"field": "month", "size": 10_000}},
                },
            )
            facets = {name: [(b["key"], b["doc_count"]) for b in aggs[name]["buckets"]] for name in FACETS}
        return res.count, facets

    def close(self):
        pass


ENGINES = {"searchidx": SearchidxEngine, "fts5": Fts5Engine, "tantivy": TantivyEngine}
