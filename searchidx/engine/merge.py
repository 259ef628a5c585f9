"""Merging segments: small segments into larger ones, and the space of deleted and
replaced documents back, as part of each commit.

Whoosh's own merge (``SegmentWriter.add_reader``) re-adds every posting through its
Python pool and sort, about as slow as indexing again, and it failed outright on
segments searchidx writes. A merge here copies the live documents' stored fields,
lengths and columns through Whoosh's per-document writer, copies each term's
posting blocks (decoded, renumbered, re-blocked by ``segments.TermWriter``, with
their encoded values untouched) and builds the merged sidecar from the sources'
sidecars with array operations. Raw field lengths travel in the sidecars, so a
merged segment's length totals equal a fresh build's, and so do its scores.

The policy (``plan``) is log-structured: segments fall into size tiers a factor
``MERGE_FACTOR`` apart, and a tier holding that many segments is merged into one;
a segment more than ``MAX_DELETED`` deleted is rewritten; a wholly deleted one is
dropped. Each document is rewritten about log(N) times over the life of an index,
the number of segments stays logarithmic in its size, and deleted documents never
take more than ``MAX_DELETED`` of any segment after a commit.
"""
from __future__ import annotations

import heapq
import io
import math
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator

import numpy as np
from whoosh.codec import whoosh3
from whoosh.reading import SegmentReader

from ..codec import make_codec
from ..postings import (ARRAYS, NO_DATE, Layout, SegmentArrays, _BYTE_TO_LENGTH, acquire_arrays, length_sections,
                        sidecar_path)
from ..segments import TermWriter
from .sidecar import write_sidecar
from .whoosh_adapter import safe_load, safe_loads

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
    ``plan`` says (or, with ``everything``, all of them into one)."""

    def policy(writer, segments: list) -> list:
        kept = [s for s in segments if s.doc_count() > 0]
        if everything:
            groups = [list(range(len(kept)))] if len(kept) > 1 or any(s.has_deletions() for s in kept) else []
        else:
            groups = plan([SegmentSize(s.doc_count_all(), s.doc_count()) for s in kept])
        if not groups:
            return kept
        grouped = {i for g in groups for i in g}
        out = [s for i, s in enumerate(kept) if i not in grouped]
        for group in groups:
            merged = merge_segments(writer.storage, writer.schema, writer.indexname, Path(index_dir), layout,
                                    [kept[i] for i in group])
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
            _write_postings(codec, storage, segment, schema, sources)
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
            columns = {name: leaf.column_reader(name, schema[name].column_type, translate=False)
                       for name in names if schema[name].column_type and leaf.has_column(name)}
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
    finally:
        pdw.close()


def _rounded_lengths(leaf, field: str) -> np.ndarray:
    """Each document's length of ``field`` as the segment stores it (one byte, rounded)."""
    n = leaf.doc_count_all()
    col = leaf._perdoc._cached_reader(whoosh3._lenfield(field), whoosh3.LENGTHS_COLUMN)
    raw = bytes(col[i] for i in range(n)) if col is not None and n else bytes(n)
    return _BYTE_TO_LENGTH[np.frombuffer(raw, dtype=np.uint8)].astype(np.int64)


# -- postings ------------------------------------------------------------------------


def _write_postings(codec, storage, segment, schema, sources: list[_Source]) -> None:
    fw = codec.field_writer(storage, segment)
    try:
        present = set()
        for src in sources:
            present.update(src.leaf.indexed_field_names())
        for name in sorted(f for f in present if f in schema and schema[f].indexed):
            field = schema[name]
            fixed = field.format.fixed_value_size()
            rounded = [_rounded_lengths(src.leaf, name) if field.scorable else None for src in sources]
            out = TermWriter(fw, name, field)
            for tbytes, parts in _merged_terms(sources, name):
                ids, weights, values, lens = [], [], [] if fixed != 0 else None, []
                for k, info in parts:
                    src = sources[k]
                    got_ids, got_w, got_v = _decode(src.leaf._terms._postfile, info, fixed)
                    new = src.docmap[got_ids]
                    keep = new >= 0
                    if not keep.all():
                        new, got_w = new[keep], got_w[keep]
                        if got_v is not None:
                            got_v = [v for v, k_ in zip(got_v, keep.tolist()) if k_]
                        got_ids = got_ids[keep]
                    ids.extend(new.tolist())
                    weights.extend(got_w.tolist())
                    if values is not None:
                        values.extend(got_v)
                    lens.extend(rounded[k][got_ids].tolist() if rounded[k] is not None else [0] * len(new))
                if ids:
                    has_values = values is not None and all(values)
                    out.term(tbytes, ids, weights, values, has_values, lens, 0, len(ids))
            out.finish()
    finally:
        fw.close()


def _merged_terms(sources: list[_Source], field: str) -> Iterator[tuple[bytes, list]]:
    """Each term of ``field`` in byte order with [(source index, term info)] of the sources
    holding it."""
    def terms_of(k: int):
        terms = sources[k].leaf._terms
        if field not in terms.indexed_field_names():
            return
        for (fname, tbytes), info in terms.items_from(field, b""):
            if fname != field:
                return
            yield tbytes, k, info

    current, parts = None, []
    for tbytes, k, info in heapq.merge(*(terms_of(k) for k in range(len(sources))), key=lambda t: (t[0], t[1])):
        if tbytes != current:
            if parts:
                yield current, parts
            current, parts = tbytes, []
        parts.append((k, info))
    if parts:
        yield current, parts


def _decode(postfile, info, fixed: int | None) -> tuple[np.ndarray, np.ndarray, list | None]:
    """(ids, weights, encoded values or None) of one term's postings, values as Whoosh's
    writer took them: None for a format without values (``fixed`` 0)."""
    if info.is_inlined():
        ids, weights, values = info.inlined_postings()
        ids = np.asarray(ids, dtype=np.int64)
        return ids, np.asarray(weights, dtype=np.float32), (None if fixed == 0 else list(values))
    offset, _length = info.extent()
    pos = offset + len(whoosh3.WHOOSH3_HEADER_MAGIC)
    id_parts, w_parts, values = [], [], ([] if fixed != 0 else None)
    while True:
        blocklength = postfile.get_int(pos)
        last = blocklength < 0
        blocklength = abs(blocklength)
        start = pos + 4
        buf = io.BytesIO(postfile.get(start, blocklength))
        count, _maxid, _maxw, comp, _mn, _mx = safe_load(buf)
        data = buf.read()
        if comp:
            data = zlib.decompress(data)
        mini_ids, mini_weights, mini_values = safe_loads(data)
        id_parts.append(np.cumsum(np.asarray(mini_ids, dtype=np.int64)))
        if mini_weights is None:
            w_parts.append(np.ones(count, dtype=np.float32))
        elif isinstance(mini_weights, float):
            w_parts.append(np.full(count, mini_weights, dtype=np.float32))
        else:
            w_parts.append(np.asarray(mini_weights, dtype=np.float32))
        if values is not None:
            if fixed is None or fixed < 0:
                values.extend(mini_values)
            else:
                values.extend(mini_values[i:i + fixed] for i in range(0, fixed * count, fixed))
        if last:
            break
        pos = start + blocklength
    return np.concatenate(id_parts), np.concatenate(w_parts), values


# -- sidecar -------------------------------------------------------------------------


def _write_sidecar(path: Path, layout: Layout, sources: list[_Source], doc_count: int) -> None:
    """The merged segment's sidecar from the sources' sidecars: each key's postings from
    every source in order, renumbered, deleted documents dropped; a slice of the key space
    at a time, spooled to temporary files, so memory stays bounded however large."""
    total = sum(len(src.arrays.ids) for src in sources)
    parts = max(1, -(-total // PART_POSTINGS))
    edges = [i * (1 << 64) // parts for i in range(parts + 1)]
    spool = _Spool(path)
    try:
        keys_out, counts_out = [], []
        for p in range(parts):
            lo_key, hi_key = edges[p], edges[p + 1]
            got = [_key_slice(src, lo_key, hi_key, p == parts - 1) for src in sources]
            keys, ids, weights, pcounts, pos = _combine(got, sources)
            if len(keys):
                new = np.concatenate(([True], keys[1:] != keys[:-1]))
                first = np.flatnonzero(new)
                keys_out.append(keys[first])
                counts_out.append(np.diff(np.append(first, len(keys))))
            spool.add(ids=ids.astype(np.int32), weights=weights, pcounts=pcounts, pos=pos)
        keys = np.concatenate(keys_out) if keys_out else np.empty(0, np.uint64)
        counts = np.concatenate(counts_out) if counts_out else np.empty(0, np.int64)
        starts = np.cumsum(counts) - counts
        n_post = int(counts.sum())
        raw = {f: np.concatenate([np.asarray(src.arrays.raw_lengths[f])[src.live] for src in sources])
               for f in layout.length_fields}
        dates = np.concatenate([np.asarray(src.arrays.dates)[src.live] for src in sources]) if sources \
            else np.full(doc_count, NO_DATE, np.uint64)
        sections = [
            ("keys", "u8", len(keys), [keys]),
            ("starts", "i8", len(keys), [starts]),
            ("counts", "i8", len(keys), [counts]),
            ("ids", "i4", n_post, spool.read("ids", np.int32)),
            ("weights", "f4", n_post, spool.read("weights", np.float32)),
            ("pos_starts", "i8", n_post + 1, _running(spool.read("pcounts", np.int64))),
            ("pos", "i4", spool.count("pos"), spool.read("pos", np.int32)),
            ("dates", "u8", doc_count, [dates]),
        ]
        meta, more = length_sections(layout, raw, doc_count)
        write_sidecar(path, dict(meta, doc_count=doc_count, postings=n_post, positions=spool.count("pos")),
                      sections + more)
    finally:
        spool.close()


def _key_slice(src: _Source, lo_key: int, hi_key: int, last: bool) -> tuple:
    """The postings of ``src`` whose keys lie in [lo_key, hi_key), in key order, with
    deleted documents dropped: (keys, new ids, weights, position starts, position counts)."""
    a = src.arrays
    lo = int(np.searchsorted(a.keys, np.uint64(lo_key)))
    hi = len(a.keys) if last else int(np.searchsorted(a.keys, np.uint64(hi_key)))
    starts, counts = np.asarray(a.starts[lo:hi]), np.asarray(a.counts[lo:hi])
    total = int(counts.sum())
    idx = np.repeat(starts - (np.cumsum(counts) - counts), counts) + np.arange(total, dtype=np.int64)
    keys = np.repeat(np.asarray(a.keys[lo:hi]), counts)
    new = src.docmap[np.asarray(a.ids)[idx]]
    keep = new >= 0
    pstart = np.asarray(a.pos_starts)[idx]
    pcount = np.asarray(a.pos_starts)[idx + 1] - pstart
    return keys[keep], new[keep], np.asarray(a.weights)[idx][keep], pstart[keep], pcount[keep]


def _combine(got: list, sources: list[_Source]) -> tuple:
    """The sources' slices as one key-ordered run: within a key, postings of earlier
    sources first (their new ids are the smaller), each source's already ascending."""
    keys = np.concatenate([g[0] for g in got])
    order = np.argsort(keys, kind="stable")
    src_of = np.repeat(np.arange(len(got)), [len(g[0]) for g in got])[order]
    ids = np.concatenate([g[1] for g in got])[order]
    weights = np.concatenate([g[2] for g in got])[order]
    pstart = np.concatenate([g[3] for g in got])[order]
    pcount = np.concatenate([g[4] for g in got])[order]
    out_starts = np.cumsum(pcount) - pcount
    pos = np.empty(int(pcount.sum()), dtype=np.int32)
    for k, src in enumerate(sources):
        mine = src_of == k
        if not mine.any():
            continue
        counts = pcount[mine]
        n = int(counts.sum())
        if not n:
            continue
        local = np.cumsum(counts) - counts
        within = np.arange(n, dtype=np.int64) - np.repeat(local, counts)
        dest = np.repeat(out_starts[mine], counts) + within
        pos[dest] = np.asarray(src.arrays.pos)[np.repeat(pstart[mine], counts) + within]
    return keys[order], ids, weights, pcount, pos


def _running(pcounts: Iterator[np.ndarray]) -> Iterator[np.ndarray]:
    """Position starts from position counts: 0, then the running total."""
    yield np.zeros(1, dtype=np.int64)
    done = 0
    for part in pcounts:
        yield done + np.cumsum(part, dtype=np.int64)
        done += int(part.sum())


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
