"""What runs on one shard: reading input, writing a shard, and each phase of a sharded
search. Every function here runs in the caller's process (a sharded index searched
without a cluster) or as a Dask task on a worker (``on_shard`` opens the shard there,
once per worker process, and keeps it open for the next query)."""

from __future__ import annotations

import gc
import threading
from contextlib import contextmanager
from datetime import datetime

import numpy as np
import orjson
from whoosh.reading import TermNotFound
from whoosh.util.times import long_to_datetime

from ..documents import to_documents
from ..engine.arrays import PostingsUnavailable
from ..engine.evaluate import NO_DATE, Evaluator, Unsupported, top_k
from ..engine.matching import date_keys
from ..engine.postings import GlobalStatsView
from ..engine.segments import analyze_group
from ..errors import IngestError, SearchIdxError
from ..facets import DateFacet, KeywordFacet
from ..incremental import Holdings, Run, marker_query
from ..ingest import STDIN, file_digest, iter_entries, multi_record, read_bytes, record_digest, skip_reason
from ..querylimits import CHECK_EVERY, Budget, bound_expansions
from ..results import Hit, IndexReport, Quote
from ..schema import F, Kind
from ..shared import generation_of
from ..snippets import make_snippet
from ..suggest import TEXT_FIELDS, surface_forms, text_frequencies
from ..tasks import MARKER, partial_digest
from .layout import shard_of
from .stats import GlobalBM25F, GlobalStats, local_stats

#: A marker sorts after every record of its file, as ``tasks`` writes it.
MARKER_POSITION = 1 << 62
ALL_VALUES = 1 << 30


class ShardChanged(SearchIdxError):
    """A shard committed between the phases of one search."""


# -- reading input (on any worker) ------------------------------------------------------------


@contextmanager
def _gc_paused():
    """Cyclic garbage collection off while a task runs. A worker holds every record read
    until the shards are written, and extraction allocates fast, so collections kept
    walking that growing heap (13% of the time, measured with extraction in the reading
    tasks). The records hold no cycles worth collecting before the task ends."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def read_files(files: list, fields: dict, shards: int, run: int) -> dict:
    with _gc_paused():
        return _read_files(files, fields, shards, run)


def _read_files(files: list, fields: dict, shards: int, run: int) -> dict:
    """Read ``files`` ((file number, SourceFile, bytes or None, held) each; ``held``: the
    index holds something from it) into records routed to their shards:
    ``{"parts": {shard: [item...]}, "report": {...}}``. An item is
    ``("r", file number, position, record, location, file digest, record digest, order)``,
    ``("m", file number, MARKER_POSITION, location, marker digest)``, or, to every shard
    for a held file read whole, ``("c", file number, MARKER_POSITION, location)``: records
    the shard holds from there that were not read again are gone from the file. As in a
    single index, the last record of an id in a file wins, and a file's marker follows its
    records."""
    parts: dict[int, list] = {}
    rep = {
        "read": 0,
        "updated": 0,
        "skipped": 0,
        "skips": [],
        "failed": 0,
        "bad_records": 0,
        "errors": [],
        "duplicates": [],
        "records": {},  # file number -> records read from it (for progress)
    }
    for number, src, data, held in files:
        try:
            data = data if data is not None else read_bytes(src)
            digest = file_digest(src, data, fields)
            reason = skip_reason(src, data)
            if reason is not None:
                rep["skipped"] += 1
                rep["skips"].append({"path": src.path, "reason": reason, "message": f"{src.path}: {reason}"})
                continue
            last: dict[str, tuple] = {}
            errors = []
            for entry in iter_entries(src, data, fields):
                rec = entry.item
                if isinstance(rec, IngestError):
                    errors.append(rec)
                    continue
                where = f"{src.path}:{entry.line}" if entry.line is not None else f"{src.path} ({entry.where})"
                if rec.id in last and multi_record(src):
                    rep["duplicates"].append(
                        {
                            "id": rec.id,
                            "kept": where,
                            "dropped": last[rec.id][1],
                            "message": f"id {rec.id!r} at {where} replaces the record "
                            f"with that id at {last[rec.id][1]} (the later one is kept)",
                        }
                    )
                    del last[rec.id]  # the later one is kept, at its own place
                last[rec.id] = (entry.position, where, rec)
        except IngestError as exc:
            rep["failed"] += 1
            rep["errors"].append(exc.to_dict() | {"message": str(exc)})
            continue
        rep["records"][number] = len(last) + len(errors)
        for exc in errors:
            rep["bad_records"] += 1
            rep["errors"].append(exc.to_dict() | {"message": str(exc)})
        if errors and not last:
            rep["failed"] += 1
            continue
        rep["read"] += 1
        rep["updated"] += bool(held)
        if held and not errors and src.location != STDIN:
            for shard in range(shards):
                parts.setdefault(shard, []).append(("c", number, MARKER_POSITION, src.location))
        for position, where, rec in sorted(last.values(), key=lambda t: t[0]):
            item = (
                "r",
                number,
                position,
                rec,
                src.location,
                digest,
                record_digest(rec),
                [run, number, position],
                where,
            )
            parts.setdefault(shard_of(rec.id, shards), []).append(item)
        if src.location != STDIN:
            mark = partial_digest(digest) if errors else digest
            parts.setdefault(shard_of(src.location, shards), []).append(
                ("m", number, MARKER_POSITION, src.location, mark)
            )
    return {"parts": parts, "report": rep}


def part_of(read_result: dict, shard: int) -> list:
    return read_result["parts"].get(shard, [])


def report_of(read_result: dict) -> dict:
    return read_result["report"]


# -- writing a shard (one task per shard: its lock is respected) -------------------------------


def _group(spec, item):
    _r, _n, _p, rec, location, digest, record_hash, order, _where = item
    article, quotes = to_documents(spec, rec, location, digest)
    article[F.RECORD_HASH] = record_hash
    # Where the record came in the whole sharded index's input: the tie-break between
    # shards that one index's document numbers give (``ShardedIndex._merge``).
    article[F.HIT] = orjson.dumps(orjson.loads(article[F.HIT]) | {"order": order})
    for q in quotes:
        q[F.HIT] = orjson.dumps(orjson.loads(q[F.HIT]) | {"order": order})
    return analyze_group(spec, rec.id, article, quotes)


def write_shard(path: str, parts: list, lock_timeout: float) -> dict:
    with _gc_paused():
        return _write_shard(path, parts, lock_timeout)


def _write_shard(path: str, parts: list, lock_timeout: float) -> dict:
    """Write the items routed to one shard (from every reading task) in input order, as
    one commit. Idempotent: a record the shard holds with the same digest is kept as it
    is, and a marker it holds is not rewritten, so a task retried after its worker died
    (whether or not its commit happened) neither loses nor duplicates anything."""
    from ..index import Index

    items = sorted((it for part in parts for it in part), key=lambda it: (it[1], it[2]))
    counts = {}
    for it in items:
        if it[0] == "r":
            counts[it[3].id] = counts.get(it[3].id, 0) + 1
    complete = [it[3] for it in items if it[0] == "c"]
    items = [it for it in items if it[0] != "c"]
    out = {"written": 0, "kept": 0, "quotes": 0, "duplicates": [], "removed": 0}
    ix = Index.open(path, create=True)
    try:
        writer = ix._bulk_writer(lock_timeout)
        try:
            s = ix._searcher(fresh=True)
            markers = Holdings(s).markers()
            todo: list = []
            for it in items:
                if it[0] == "m":
                    if markers.get(it[3]) != it[4]:
                        todo.append(it)
                elif counts[it[3].id] == 1 and _held_digest(s, it[3].id) == it[6]:
                    out["kept"] += 1
                else:
                    todo.append(it)
            report = IndexReport()
            run = Run(report, None, {})
            holdings = Holdings(s)
            for location in complete:
                for rid in holdings.records(location):
                    if rid not in counts:  # not read again, from this file or any other
                        run.drop.add(rid)
                        out["removed"] += 1
            spec = ix.spec
            for it, placed in writer.build(1).run(
                todo, lambda it: (it, [_marker(spec, it)] if it[0] == "m" else [_group(spec, it)])
            ):
                if it[0] == "m":
                    writer.writer.delete_by_query(marker_query(it[3]))
                    run.changed = True
                    continue
                for p in placed:
                    run.batch_record(p.article_id, it[8])
                    run.place(writer, p)
            run.finish(writer)
        except BaseException:
            writer.cancel()
            raise
        if run.changed:
            ix._commit(writer)
        else:
            writer.cancel()
        out["written"], out["quotes"], out["duplicates"] = report.records, report.quotes, report.duplicates
        out["records"] = _count(ix)
    finally:
        ix.close()
    return out


def _marker(spec, item):
    return analyze_group(spec, "", {F.KIND: MARKER, F.PATH: item[3], F.HASH: item[4]}, [])


def _held_digest(s, rid: str) -> str | None:
    docnum = s.document_number(**{F.ID: rid, F.KIND: Kind.ARTICLE})
    return None if docnum is None else (s.reader().stored_fields(docnum).get(F.RECORD_HASH) or "")


def _count(ix) -> int:
    s = ix._searcher(fresh=True)
    try:
        return len(s._searchidx.postings.ids_weights(F.KIND, Kind.ARTICLE)[0])
    except PostingsUnavailable:
        return s.doc_frequency(F.KIND, Kind.ARTICLE)


# -- searching: the phases, on one shard -------------------------------------------------------


def keyword_values(ix) -> dict:
    """Every keyword field's values with their document frequencies, and the generation
    they were read from."""
    s = ix._searcher()
    reader = s.reader()
    out: dict[str, dict[str, int]] = {}
    indexed = set(reader.indexed_field_names())
    for name in ix._keyword_fields():
        values = out.setdefault(name, {})
        if name in indexed:
            for raw in reader.lexicon(name):
                values[raw.decode("utf-8")] = reader.doc_frequency(name, raw)
    return {"generation": generation_of(s), "values": out}


def text_df(ix, stems: list) -> dict:
    """How many documents hold each of ``stems`` in a text field (title or body), with the
    shard's generation and document count."""
    s = ix._searcher()
    reader = s.reader()
    fields = [f for f in TEXT_FIELDS if f in set(reader.indexed_field_names())]
    return {
        "generation": generation_of(s),
        "doc_count": s.doc_count(),
        "df": [sum(reader.doc_frequency(f, t) for f in fields) for t in stems],
    }


def quote_ids(ix, quotes: list) -> list:
    """``documentview.quote_ids`` of quotes (dicts) whose articles this shard holds."""
    from ..documentview import quote_ids as ids

    return ids(ix, quotes)


def document(ix, doc_id: str, extract_marks: bool) -> object:
    """The article ``doc_id`` with its quotes and marks (``documentview.document``)."""
    from ..documentview import document as view

    return view(ix, doc_id, extract_marks)


def text_vocabulary(ix) -> dict:
    """Every text-field term with its document frequency (for did-you-mean)."""
    return dict(text_frequencies(ix._searcher()))


def text_surface_forms(ix, term: str) -> tuple[dict, dict]:
    """How this shard's texts write ``term`` (``searchidx.suggest.surface_forms``)."""
    body, title = surface_forms(ix._searcher(), term, ix.schema[F.BODY].analyzer)
    return dict(body), dict(title)


def term_stats(ix, queries: list, query_text: str, timeout) -> dict:
    s = ix._searcher()
    out = local_stats(s, queries, Budget(query_text, timeout))
    out["generation"] = generation_of(s)
    return out


def _match(ix, s, q, stats: GlobalStats, budget: Budget) -> tuple[np.ndarray, np.ndarray]:
    """``matching.match`` with the sharded index's global statistics."""
    state = s._searchidx
    try:
        spec = ix.spec
        scored = {f.name for f in spec.fields if f.type in ("text", "keyword")}
        ev = Evaluator(
            GlobalStatsView(state.postings, stats),
            s,
            spec.pair_fields,
            scored,
            F.DATE,
            set(ix._layout().positional_fields),
        )
        return ev.run(q, budget)
    except (Unsupported, PostingsUnavailable):
        return _whoosh_match(s, bound_expansions(q, s.reader(), budget), stats, budget)


def _whoosh_match(s, q, stats: GlobalStats, budget: Budget):
    ids: list[int] = []
    scores: list[float] = []
    context = s.context(weighting=GlobalBM25F(stats))
    for sub, base in s.leaf_searchers():
        budget.check()
        try:
            m = q.matcher(sub, context)
        except TermNotFound:
            continue
        n = 0
        while m.is_active():
            ids.append(m.id() + base)
            scores.append(m.score())
            n += 1
            if not n % CHECK_EVERY:
                budget.check()
            m.next()
    return np.array(ids, dtype=np.int64), np.array(scores, dtype=np.float64)


def query(
    ix,
    full,
    loose,
    sort: str,
    k: int,
    facets: list,
    want_undated: bool,
    stats: GlobalStats,
    query_text: str,
    timeout,
    generation: int | None,
    inline: tuple | None = None,
) -> dict:
    """This shard's matches of ``full``: its total, its best ``k`` as (doc number, score, rank
    key, input order), every value count of ``facets`` over all its matches, and how many
    of the matches of ``loose`` (the query without its date range) are undated. With
    ``inline`` (kind, user query, snippets), the best ``k`` come read as hits too
    (``"hits"``), which spares a small page its fetch round trip."""
    budget = Budget(query_text, timeout)
    s = ix._searcher()
    gen = generation_of(s)
    if generation is not None and gen != generation:
        raise ShardChanged(f"{ix.path}: the shard changed during the search; search again")
    state = s._searchidx
    ids, scores = _match(ix, s, full, stats, budget)
    keys = date_keys(s, state, ids) if sort == "date" else scores
    pos = top_k(ids, keys, k)
    top = []
    for i in pos:
        docnum = int(ids[i])
        key = int(keys[i]) if sort == "date" else float(np.round(keys[i], 9))
        top.append((docnum, float(scores[i]), key, state.hit_row(docnum).get("order") or [0, 0, 0]))
    counts = {}
    for name in facets:
        budget.check()
        facet = DateFacet(name, ALL_VALUES) if name in ("year", "month") else KeywordFacet(name, ALL_VALUES)
        counts[name] = facet.count(state.columns, ids).values
    total = int(len(ids))
    undated = None
    if want_undated:
        if loose is not None:
            ids, _scores = _match(ix, s, loose, stats, budget)
        undated = int(np.count_nonzero(date_keys(s, state, ids) < 0))
    out = {"generation": gen, "total": total, "top": top, "facets": counts, "undated": undated}
    if inline is not None:
        kind, user_q, snippets = inline
        out["hits"] = _hits(ix, s, kind, [t[0] for t in top], [t[1] for t in top], user_q, snippets)
    return out


def fetch(ix, kind: str, docnums: list, scores: list, generation: int, user_q, snippets: bool) -> list:
    """The hits (articles) or quotes of ``docnums``, read from this shard."""
    s = ix._searcher()
    if generation_of(s) != generation:
        raise ShardChanged(f"{ix.path}: the shard changed during the search; search again")
    return _hits(ix, s, kind, docnums, scores, user_q, snippets)


def _hits(ix, s, kind: str, docnums: list, scores: list, user_q, snippets: bool) -> list:
    state = s._searchidx
    out: list = []
    if kind == Kind.ARTICLE:
        terms = ix._highlight_terms(s, user_q) if snippets and docnums else frozenset()
        for docnum, score in zip(docnums, scores):
            row = state.hit_row(docnum)
            snippet = make_snippet(state.body(docnum), terms, ix.schema[F.BODY].analyzer) if snippets else ""
            out.append(
                Hit(
                    id=row["id"],
                    title=row["title"],
                    date=_from_iso(row["date"]),
                    speakers=row["speakers"],
                    places=row["places"],
                    score=score,
                    snippet=snippet,
                )
            )
    else:
        for docnum, score in zip(docnums, scores):
            row = state.hit_row(docnum)
            out.append(
                Quote(
                    text=row["text"],
                    speaker=row["speaker"],
                    date=_from_iso(row["date"]),
                    article_id=row["article_id"],
                    title=state.article_title(row),
                    score=score,
                    direct=bool(row.get("direct", True)),
                    kind=row.get("kind"),
                    role=row.get("role"),
                )
            )
    return out


def shard_stats(ix) -> dict:
    st = ix.stats()
    s = ix._searcher()
    state = s._searchidx
    articles, _w = state.postings.ids_weights(F.KIND, Kind.ARTICLE)
    distinct = {}
    for name in (F.SPEAKER, F.PLACE):
        values, doc_ids, value_ids = state.columns.keyword(name)
        if not values or not len(articles):
            distinct[name] = []
            continue
        matched = np.zeros(state.columns.doc_count, dtype=bool)
        matched[articles] = True
        distinct[name] = [values[i] for i in np.unique(value_ids[matched[doc_ids]])]
    dates = state.postings.dates()[articles]
    dated = dates[dates != NO_DATE]
    return {
        "documents": st.documents,
        "quotes": st.quotes,
        "segments": st.segments,
        "deleted": st.deleted,
        "speakers": distinct[F.SPEAKER],
        "places": distinct[F.PLACE],
        "first": int(dated.min()) if len(dated) else None,
        "last": int(dated.max()) if len(dated) else None,
    }


def holdings(ix) -> dict:
    """What this shard holds per file location: ``markers`` (location -> the digest its
    marker holds: markers live in the shard of their location) and ``records`` (the
    locations it holds records from)."""
    held = Holdings(ix._searcher(fresh=True))
    locations = held.digests()
    return {"markers": held.markers(), "records": [loc for loc in locations if held.has_records(loc)]}


def drop_locations(ix, locations: list, lock_timeout: float) -> int:
    """Delete everything this shard holds from ``locations`` (their records and markers);
    returns how many records the shard holds then."""
    writer = ix._writer(lock_timeout)
    try:
        for location in locations:
            writer.delete_by_term(F.PATH, location)
    except BaseException:
        writer.cancel()
        raise
    ix._commit(writer)
    return _count(ix)


def delete(ix, ids: list, lock_timeout: float) -> int:
    return ix.delete(ids, lock_timeout=lock_timeout)


def optimize(ix, lock_timeout: float) -> None:
    ix.optimize(lock_timeout=lock_timeout)


def _from_iso(value):
    return datetime.fromisoformat(value) if value else None


def to_datetime(value):
    return None if value is None else long_to_datetime(value)


# -- on a Dask worker: shards opened once per worker process ----------------------------------

_OPEN: dict = {}
_OPEN_LOCK = threading.Lock()
PHASES = {
    "keyword_values": keyword_values,
    "term_stats": term_stats,
    "query": query,
    "fetch": fetch,
    "shard_stats": shard_stats,
    "holdings": holdings,
    "drop_locations": drop_locations,
    "text_df": text_df,
    "document": document,
    "quote_ids": quote_ids,
    "text_vocabulary": text_vocabulary,
    "surface_forms": text_surface_forms,
}


class ShardActor:
    """A shard held open on one Dask worker (a Dask actor): each search phase is one direct
    call from the client to the worker, with no scheduler in between, which takes a few
    milliseconds where a task round trip takes over ten."""

    def __init__(self, path: str):
        self.path = path

    def run(self, phase: str, *args):
        return on_shard(self.path, phase, *args)


def on_shard(path: str, phase: str, *args):
    """Run one search phase on the shard at ``path``, opened in this worker process once."""
    from ..index import Index

    with _OPEN_LOCK:
        ix = _OPEN.get(path)
        if ix is None:
            ix = _OPEN[path] = Index.open(path)
    return PHASES[phase](ix, *args)
