"""Merging segments: small segments into larger ones, and the space of deleted and
replaced documents back, as part of each commit.

Whoosh's own merge (``SegmentWriter.add_reader``) re-adds every posting through its
Python pool and sort, about as slow as indexing again, and it failed outright on
segments searchidx writes. A merge here copies the live documents' stored fields,
lengths and columns through Whoosh's per-document writer and builds the merged
segment's postings (its sidecar, ``arrays.py``) from the sources' sidecars with array
operations. Raw field lengths travel in the sidecars, so a merged segment's length
totals equal a fresh build's, and so do its scores.

The policy (``plan``) is log-structured: segments fall into size tiers a factor
``MERGE_FACTOR`` apart, and a tier holding that many segments is merged into one;
a segment more than ``MAX_DELETED`` deleted is rewritten; a wholly deleted one is
dropped. Each document is rewritten about log(N) times over the life of an index,
the number of segments stays logarithmic in its size, and deleted documents never
take more than ``MAX_DELETED`` of any segment after a commit.
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import chain
from pathlib import Path

import numpy as np
from whoosh.codec import whoosh3
from whoosh.reading import SegmentReader

from .arrays import (
    _BYTE_TO_LENGTH,
    Layout,
    SegmentArrays,
    _runs,
    _unsigned,
    length_sections,
    pair_min_df,
    text_sections,
)
from .codec import SidxCodec, make_codec
from .keys import term_key
from .pairs import derive_pairs
from .postings import ARRAYS, acquire_arrays, sidecar_path
from .sidecar import write_sidecar

MERGE_FACTOR = 8
# Below this many documents every segment is in the lowest tier: tiny segments are merged
# eagerly, and the number of tiers (so of segments) stays small.
MIN_TIER_DOCS = 1_000
MAX_DELETED = 0.10
# Postings handled at once when merging sidecars: bounds a large merge's memory.
PART_POSTINGS = 4_000_000


@dataclass(frozen=True)
class SegmentSize:
    docs: int  # all documents, deleted ones included
    live: int


def tier(live: int) -> int:
    """The size tier of a segment with this many live documents."""
    if live <= MIN_TIER_DOCS:
        return 0
    return 1 + int(math.log(live / MIN_TIER_DOCS, MERGE_FACTOR))


def plan(sizes: list[SegmentSize], factor: int = MERGE_FACTOR, max_deleted: float = MAX_DELETED) -> list[list[int]]:
    """Groups of segment indexes to merge into one segment each (a group of one is a
    rewrite that drops deleted documents). Wholly deleted segments are not planned: the
    caller drops them."""
    live = [i for i, s in enumerate(sizes) if s.live > 0]
    units = [([i], sizes[i].live) for i in live]  # (segments, live documents) after planned merges
    merged = True
    while merged:
        merged = False
        by_tier: dict[int, list[int]] = {}
        for u, (_members, n) in enumerate(units):
            by_tier.setdefault(tier(n), []).append(u)
        for level in sorted(by_tier):
            full = by_tier[level]
            if len(full) >= factor:
                # Lowest tier first: the result may fill the tier above, merged next round.
                members = sorted(i for u in full for i in units[u][0])
                units = [x for u, x in enumerate(units) if u not in full] + [(members, sum(units[u][1] for u in full))]
                merged = True
                break
    groups = [members for members, _n in units if len(members) > 1]
    planned = {i for g in groups for i in g}
    for i in live:
        s = sizes[i]
        if i not in planned and s.docs - s.live > max_deleted * s.docs:
            groups.append([i])
    return groups


def merge_policy(index_dir: Path, layout: Layout, everything: bool = False) -> Callable:
    """A Whoosh ``mergetype``: given the writer and the segments of the commit being made,
    returns the segments to commit, after dropping wholly deleted ones and merging what
    ``plan`` says (or, with ``everything``, all of them into one segment of today's layout)."""

    def policy(writer, segments: list) -> list:
        kept = [s for s in segments if s.doc_count() > 0]
        if everything:
            # One segment of today's layout; a single older segment is rewritten too.
            whole = len(kept) > 1 or any(s.has_deletions() or not isinstance(s.codec(), SidxCodec) for s in kept)
            groups = [list(range(len(kept)))] if whole else []
        else:
            groups = plan([SegmentSize(s.doc_count_all(), s.doc_count()) for s in kept])
        if not groups:
            return kept
        grouped = {i for g in groups for i in g}
        out = [s for i, s in enumerate(kept) if i not in grouped]
        for group in groups:
            merged = merge_segments(
                writer.storage, writer.schema, writer.indexname, Path(index_dir), layout, [kept[i] for i in group]
            )
            if merged is not None:
                out.append(merged)
        return out

    return policy


@dataclass
class _Source:
    leaf: SegmentReader
    arrays: SegmentArrays
    live: np.ndarray  # bool per document
    docmap: np.ndarray  # old doc number -> new, -1 where deleted


def merge_segments(storage, schema, indexname: str, index_dir: Path, layout: Layout, segments: list):
    """One new segment (files and sidecar) holding the live documents of ``segments`` in
    order; None when none is live. The segments themselves are left as they are: the
    commit that drops them from the table of contents lets Whoosh delete their files."""
    sources: list[_Source] = []
    try:
        base = 0
        for seg in segments:
            leaf = SegmentReader(storage, schema, seg)
            n = leaf.doc_count_all()
            live = np.ones(n, dtype=bool)
            if seg.has_deletions():
                live[np.fromiter(seg.deleted_docs(), dtype=np.int64)] = False
            docmap = np.full(n, -1, dtype=np.int64)
            docmap[live] = base + np.arange(int(live.sum()), dtype=np.int64)
            base += int(live.sum())
            sources.append(_Source(leaf, None, live, docmap))
            sources[-1].arrays = acquire_arrays(index_dir, leaf, layout)
        if base == 0:
            return None
        codec = make_codec()
        segment = codec.new_segment(storage, indexname)
        try:
            _write_documents(codec, storage, segment, schema, layout, sources)
            segment.set_doc_count(base)
            segment.create_compound_file(storage)  # one file, mapped whole by searchers (segments.py)
            _write_sidecar(sidecar_path(index_dir, _Named(segment)), layout, sources, base)
        except BaseException:
            _remove_segment_files(storage, index_dir, segment)
            raise
        return segment
    finally:
        for src in sources:
            if src.arrays is not None:
                ARRAYS.release(src.arrays)
            src.leaf.close()
        # Term iterators keep the sources in a cycle; the segments' maps go now, not when
        # the cycle collector runs.
        sources.clear()


class _Named:
    """Stands in for a reader where only the segment is needed (``sidecar_path``)."""

    def __init__(self, segment):
        self._segment = segment


def _remove_segment_files(storage, index_dir: Path, segment) -> None:
    prefix = f"{segment.segment_id()}."
    for name in list(storage.list()):
        if name.startswith(prefix):
            try:
                storage.delete_file(name)
            except OSError:
                pass  # swept by the next writer


# -- per-document data ---------------------------------------------------------------


def _write_documents(codec, storage, segment, schema, layout: Layout, sources: list[_Source]) -> None:
    """Stored fields, field lengths and columns of every live document, as Whoosh's
    ``write_per_doc`` copies them, but with the raw lengths the sidecars keep (Whoosh
    copies the one-byte rounded ones, so its totals drift with every merge)."""
    pdw = codec.per_document_writer(storage, segment)
    names = sorted(schema.names())
    raw_fields = set(layout.length_fields)
    new_doc = 0
    try:
        for src in sources:
            leaf = src.leaf
            lengths = {}
            for name in names:
                field = schema[name]
                if not field.scorable:
                    continue
                if name in raw_fields:
                    lengths[name] = np.asarray(src.arrays.raw_lengths[name]).tolist()
                else:
                    lengths[name] = _rounded_lengths(leaf, name).tolist()
            columns = {
                name: leaf.column_reader(name, schema[name].column_type, translate=False)
                for name in names
                if schema[name].column_type and leaf.has_column(name)
            }
            fields = [(name, schema[name], lengths.get(name), columns.get(name)) for name in names]
            for docnum in np.flatnonzero(src.live).tolist():
                stored = leaf.stored_fields(docnum)
                pdw.start_doc(new_doc)
                for name, field, lens, column in fields:
                    pdw.add_field(name, field, stored.get(name), lens[docnum] if lens is not None else 0)
                    if column is not None:
                        pdw.add_column_value(name, field.column_type, column[docnum])
                pdw.finish_doc()
                new_doc += 1
        # Whoosh's totals from the sources' own (exact even where per-document lengths are
        # rounded, as in an earlier version's segments), not the sum of what was copied.
        for name, total in merged_totals(layout, sources).items():
            pdw._fieldlengths[name] = total
    finally:
        pdw.close()


def merged_totals(layout: Layout, sources: list[_Source]) -> dict[str, int]:
    """Each length field's total over the live documents of ``sources``: a source's exact
    total less its deleted documents' lengths. Exact for segments written by this version
    (their raw lengths are exact); for an earlier version's, exact while nothing of it
    was deleted."""
    out = {}
    for field in layout.length_fields:
        total = 0
        for src in sources:
            raw = np.asarray(src.arrays.raw_lengths[field], dtype=np.int64)
            total += int(src.arrays.totals.get(field, int(raw.sum()))) - int(raw[~src.live].sum())
        out[field] = total
    return out


def _rounded_lengths(leaf, field: str) -> np.ndarray:
    """Each document's length of ``field`` as the segment stores it (one byte, rounded)."""
    n = leaf.doc_count_all()
    col = leaf._perdoc._cached_reader(whoosh3._lenfield(field), whoosh3.LENGTHS_COLUMN)
    raw = bytes(col[i] for i in range(n)) if col is not None and n else bytes(n)
    return _BYTE_TO_LENGTH[np.frombuffer(raw, dtype=np.uint8)].astype(np.int64)


# -- postings (the sidecar) ---------------------------------------------------------------


def _write_sidecar(path: Path, layout: Layout, sources: list[_Source], doc_count: int) -> None:
    """The merged segment's sidecar from the sources' sidecars: each term's postings from
    every source in order, renumbered, deleted documents dropped; a slice of the key space
    at a time, spooled to temporary files, so memory stays bounded however large. Word
    pairs are derived anew, the words common in the merged segment being others."""
    total = sum(
        int(src.arrays.starts[src.arrays.words]) if src.arrays.words < len(src.arrays.starts) else len(src.arrays.ids)
        for src in sources
    )
    parts = max(1, -(-total // PART_POSTINGS))
    edges = [i * (1 << 64) // parts for i in range(parts + 1)]
    spool = _Spool(path)
    try:
        keys_out, counts_out, flags_out = [], [], []
        for p in range(parts):
            got = [_key_slice(src, edges[p], edges[p + 1], p == parts - 1) for src in sources]
            keys, ids, tf, pcount, pos = _combine(got, sources)
            if len(keys):
                first = np.flatnonzero(np.concatenate(([True], keys[1:] != keys[:-1])))
                keys_out.append(keys[first])
                counts_out.append(np.diff(np.append(first, len(keys))))
                flags_out.append(pcount[first] > 0)
            spool.add(ids=ids, tf=tf, pos=pos)
        keys = np.concatenate(keys_out) if keys_out else np.empty(0, np.uint64)
        counts = np.concatenate(counts_out) if counts_out else np.empty(0, np.int64)
        flags = np.concatenate(flags_out) if flags_out else np.empty(0, bool)
        texts = {field: _merged_texts(field, sources, keys) for field in layout.text_fields}
        pair_chunks = [
            _merged_pairs(field, pair_field, texts.get(field, ([], None))[0], keys, counts, sources, doc_count)
            for field, pair_field in layout.pair_fields
        ]
        pkeys = np.concatenate([c[1] for c in pair_chunks]) if pair_chunks else np.empty(0, np.uint64)
        order = np.argsort(pkeys, kind="stable")
        pcounts = np.concatenate([c[2] for c in pair_chunks])[order] if pair_chunks else np.empty(0, np.int64)
        pair_ids, pair_tf, pair_pos = _pair_postings(pair_chunks, order)
        n_words, npos_words = spool.count("ids"), spool.count("pos")
        n_post, npos = n_words + len(pair_ids), npos_words + len(pair_pos)
        raw = {
            f: np.concatenate([np.asarray(src.arrays.raw_lengths[f])[src.live] for src in sources])
            for f in layout.length_fields
        }
        dates = np.concatenate([np.asarray(src.arrays.dates)[src.live] for src in sources])
        most_tf = max((int(src.arrays.tf.max()) for src in sources if len(src.arrays.tf)), default=0)
        most_tf = max(most_tf, int(pair_tf.max()) if len(pair_tf) else 0)
        most_pos = max((int(src.arrays.pos.max()) for src in sources if len(src.arrays.pos)), default=0)
        most_count = max(int(counts.max()) if len(counts) else 0, int(pcounts.max()) if len(pcounts) else 0)
        sections = [
            ("keys", "u8", len(keys), [keys]),
            ("counts", _unsigned(most_count), len(keys), [counts]),
            ("positional", "u1", (len(keys) + 7) // 8, [np.packbits(flags)]),
            ("pkeys", "u8", len(pkeys), [pkeys[order]]),
            ("pcounts", _unsigned(most_count), len(pkeys), [pcounts]),
            ("ids", _unsigned(max(doc_count - 1, 0)), n_post, chain(spool.read("ids", np.int64), [pair_ids])),
            ("tf", _unsigned(most_tf), n_post, chain(spool.read("tf", np.int64), [pair_tf])),
            ("pos", _unsigned(most_pos), npos, chain(spool.read("pos", np.int64), [pair_pos])),
            ("dates", "u8", doc_count, [dates]),
        ]
        for field in layout.text_fields:
            sections += text_sections(field, *texts[field], len(keys))
        meta, more = length_sections(layout, raw, doc_count, merged_totals(layout, sources))
        write_sidecar(
            path,
            dict(
                meta,
                doc_count=doc_count,
                postings=n_post,
                positions=npos,
                text_fields=list(layout.text_fields),
                boosts=dict(layout.boosts),
                pair_min_df=pair_min_df(doc_count),
            ),
            sections + more,
        )
    finally:
        spool.close()


def _key_slice(src: _Source, lo_key: int, hi_key: int, last: bool) -> tuple:
    """The postings of ``src``'s terms whose keys lie in [lo_key, hi_key), in key order,
    deleted documents dropped: (keys, new ids, frequencies, where positions start (-1: none))."""
    a = src.arrays
    lo = int(np.searchsorted(a.keys, np.uint64(lo_key)))
    hi = a.words if last else int(np.searchsorted(a.keys, np.uint64(hi_key)))
    starts, counts = a.starts[lo:hi], a.counts[lo:hi]
    total = int(counts.sum())
    row_first = np.cumsum(counts) - counts
    idx = np.repeat(starts - row_first, counts) + np.arange(total, dtype=np.int64)
    keys = np.repeat(np.asarray(a.keys[lo:hi]), counts)
    new = src.docmap[np.asarray(a.ids)[idx].astype(np.int64)]
    tf = np.asarray(a.tf)[idx].astype(np.int64)
    # A row's positions are its postings' frequencies in number, one run after another.
    within = np.cumsum(tf) - tf
    within -= np.repeat(within[row_first] if total else row_first, counts)
    pstart = np.where(np.repeat(a.positional[lo:hi], counts), np.repeat(a.pstarts[lo:hi], counts) + within, -1)
    keep = new >= 0
    return keys[keep], new[keep], tf[keep], pstart[keep]


def _combine(got: list, sources: list[_Source]) -> tuple:
    """The sources' slices as one key-ordered run: within a key, postings of earlier
    sources first (their new ids are the smaller), each source's already ascending.
    Returns (keys, ids, frequencies, position counts, positions)."""
    keys = np.concatenate([g[0] for g in got])
    order = np.argsort(keys, kind="stable")
    src_of = np.repeat(np.arange(len(got)), [len(g[0]) for g in got])[order]
    ids = np.concatenate([g[1] for g in got])[order]
    tf = np.concatenate([g[2] for g in got])[order]
    pstart = np.concatenate([g[3] for g in got])[order]
    pcount = np.where(pstart >= 0, tf, 0)
    out_starts = np.cumsum(pcount) - pcount
    pos = np.empty(int(pcount.sum()), dtype=np.int64)
    for k, src in enumerate(sources):
        mine = src_of == k
        counts = pcount[mine]
        n = int(counts.sum())
        if not n:
            continue
        local = np.cumsum(counts) - counts
        within = np.arange(n, dtype=np.int64) - np.repeat(local, counts)
        dest = np.repeat(out_starts[mine], counts) + within
        pos[dest] = np.asarray(src.arrays.pos)[np.repeat(pstart[mine], counts) + within]
    return keys[order], ids, tf, pcount, pos


def _merged_texts(field: str, sources: list[_Source], keys: np.ndarray) -> tuple:
    """The merged term texts of ``field`` (those still holding a posting), sorted, and
    their rows in the merged key table."""

    def texts_of(src: _Source):
        if field not in src.arrays.text_fields:
            return
        blob, offsets, rows = src.arrays.text_rows(field)
        blob, offsets = memoryview(blob), np.asarray(offsets, np.int64).tolist()
        row_keys = np.asarray(src.arrays.keys)[np.asarray(rows, np.int64)].tolist()
        for i, key in enumerate(row_keys):
            yield bytes(blob[offsets[i] : offsets[i + 1]]), key

    texts, text_keys, last = [], [], None
    for text, key in heapq.merge(*(texts_of(src) for src in sources), key=lambda t: t[0]):
        if text != last:
            texts.append(text)
            text_keys.append(key)
            last = text
    wanted = np.array(text_keys, dtype=np.uint64)
    rows = np.searchsorted(keys, wanted) if len(keys) else np.zeros(len(texts), np.int64)
    held = (
        (rows < len(keys)) & (keys[np.minimum(rows, max(len(keys) - 1, 0))] == wanted)
        if len(keys)
        else np.zeros(len(texts), bool)
    )
    return [t for t, h in zip(texts, held.tolist()) if h], rows[held]


def _merged_pairs(
    field: str,
    pair_field: str,
    texts: list,
    keys: np.ndarray,
    counts: np.ndarray,
    sources: list[_Source],
    doc_count: int,
) -> tuple:
    """The word pairs of ``field`` in the merged segment, derived from the words common there
    (their postings and positions gathered from every source, renumbered)."""
    least = pair_min_df(doc_count)
    words = []
    for text in texts:
        key = term_key(field, text)
        row = int(np.searchsorted(keys, np.uint64(key)))
        if row >= len(keys) or counts[row] < least:
            continue
        ids_parts, tf_parts, pos_parts = [], [], []
        for src in sources:
            r = src.arrays.row(key)
            if r is None:
                continue
            a, n = int(src.arrays.starts[r]), int(src.arrays.counts[r])
            bounds = src.arrays.position_bounds(r)
            new = src.docmap[np.asarray(src.arrays.ids[a : a + n]).astype(np.int64)]
            tf = np.asarray(src.arrays.tf[a : a + n]).astype(np.int64)
            keep = new >= 0
            flat = np.asarray(src.arrays.pos[bounds[0] : bounds[-1]]).astype(np.int64)
            ids_parts.append(new[keep])
            tf_parts.append(tf[keep])
            pos_parts.append(flat[np.repeat(keep, tf)])
        words.append(
            (term_key(pair_field, text), np.concatenate(ids_parts), np.concatenate(tf_parts), np.concatenate(pos_parts))
        )
    return derive_pairs(pair_field, words, doc_count)


def _pair_postings(chunks: list, order: np.ndarray) -> tuple:
    """The pair chunks' postings and positions, rows in key ``order``."""
    if not chunks:
        return np.empty(0, np.int64), np.empty(0, np.int64), np.empty(0, np.int64)
    counts = np.concatenate([c[2] for c in chunks])
    ids, tf, pos = (np.concatenate([c[k] for c in chunks]) for k in (3, 4, 5))
    starts = np.cumsum(counts) - counts
    posting = _runs(starts[order], counts[order])
    per_row = np.add.reduceat(tf, starts) if len(tf) else np.zeros(len(counts), np.int64)
    pstarts = np.cumsum(per_row) - per_row
    return ids[posting], tf[posting], pos[_runs(pstarts[order], per_row[order])]


class _Spool:
    """Arrays appended part by part to temporary files beside the sidecar (named so that
    a killed merge's leftovers are swept), then read back in order."""

    CHUNK = 1 << 22

    def __init__(self, path: Path):
        self.base = path
        self.files: dict[str, object] = {}
        self.counts: dict[str, int] = {}

    def _path(self, name: str) -> Path:
        return self.base.with_name(f"{self.base.name}.{name}.tmp")

    def add(self, **arrays: np.ndarray) -> None:
        for name, arr in arrays.items():
            f = self.files.get(name)
            if f is None:
                f = self.files[name] = open(self._path(name), "w+b")
                self.counts[name] = 0
            f.write(np.ascontiguousarray(arr).tobytes())
            self.counts[name] += len(arr)

    def count(self, name: str) -> int:
        return self.counts.get(name, 0)

    def read(self, name: str, dtype) -> Iterator[np.ndarray]:
        f = self.files.get(name)
        if f is None:
            return
        f.flush()
        f.seek(0)
        size = np.dtype(dtype).itemsize
        while chunk := f.read(self.CHUNK * size):
            yield np.frombuffer(chunk, dtype=dtype)

    def close(self) -> None:
        for name, f in self.files.items():
            f.close()
            self._path(name).unlink(missing_ok=True)
        self.files = {}
