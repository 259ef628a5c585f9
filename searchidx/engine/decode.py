"""Segments Whoosh wrote itself (indexes from earlier versions) decoded into arrays.

Earlier versions of searchidx kept Whoosh's own posting files (W3 codec: blocks of up
to 128 delta-coded ids, pickled and zlib-compressed) and used the sidecar as a copy.
Such a segment gets a sidecar of today's format built from those files once, word
pairs derived from word positions; it is then searched and merged like any other,
and a merge writes it out in today's layout. Reads Whoosh's W3 format below its
public API; ``PostingsUnavailable`` for anything else.
"""

from __future__ import annotations

import io
import zlib
from itertools import chain
from pathlib import Path

import numpy as np
from whoosh.codec import whoosh3

from .arrays import _BYTE_TO_LENGTH, NO_DATE, Layout, PostingsUnavailable, pair_min_df, write_arrays
from .keys import term_key
from .pairs import derive_pairs
from .whoosh_adapter import safe_load, safe_loads


def build_from_segment(leaf, layout: Layout, path: Path) -> None:
    """Write the sidecar of ``leaf`` (a W3 segment reader) to ``path``."""
    terms = getattr(leaf, "_terms", None)
    if not isinstance(terms, whoosh3.W3TermsReader):
        raise PostingsUnavailable(type(terms).__name__)
    n = leaf.doc_count_all()
    chunks = list(_decoded_chunks(terms, layout, n))
    raw_lengths, totals = {}, {}
    for field in layout.length_fields:
        raw_lengths[field] = rounded_lengths_of(leaf, field)
        # The segment keeps the exact total even though each length is rounded.
        totals[field] = leaf.field_length(field)
    dates = np.full(n, NO_DATE, dtype=np.uint64)
    if layout.date_field and leaf.has_column(layout.date_field) and n:
        dates = np.fromiter(leaf.column_reader(layout.date_field, translate=False), dtype=np.uint64, count=n)
    write_arrays(path, layout, n, chunks, raw_lengths, dates, totals)


def rounded_lengths_of(leaf, field: str) -> np.ndarray:
    """Each document's length of ``field`` as the segment stores it (one byte, rounded)."""
    n = leaf.doc_count_all()
    col = leaf._perdoc._cached_reader(whoosh3._lenfield(field), whoosh3.LENGTHS_COLUMN)
    raw = bytes(col[i] for i in range(n)) if col is not None and n else bytes(n)
    return _BYTE_TO_LENGTH[np.frombuffer(raw, dtype=np.uint8)].astype(np.int64)


def _decoded_chunks(terms, layout: Layout, doc_count: int):
    """One chunk per term: (field, [term], [postings], ids, frequencies, positions); then
    each word-pair field's, derived from its text field's positions."""
    postfile = terms._postfile
    present = set(terms.indexed_field_names())
    positional = set(layout.positional_fields)
    pair_of = layout.pair_names
    pair_names = set(pair_of.values())
    least = pair_min_df(doc_count)
    for field in layout.posting_fields:
        if field not in present or field in pair_names:
            continue  # an older index may hold pair fields in Whoosh too; they are derived here
        boost = layout.boost(field)
        common = [] if field in pair_of else None
        for (fname, tbytes), info in terms.items_from(field, b""):
            if fname != field:
                break
            if field in positional:
                ids, _weights, values = _decode_terminfo(postfile, info, with_values=True)
                tf, flat = _positions(values)
                if common is not None and len(ids) >= least:
                    common.append((term_key(pair_of[field], tbytes), ids, tf, flat))
            else:
                ids, weights = _decode_terminfo(postfile, info)
                tf, flat = np.maximum(np.rint(weights / boost), 1).astype(np.int64), None
            yield field, (tbytes,), (len(ids),), ids, tf, flat
        if common is not None:
            yield derive_pairs(pair_of[field], common, doc_count)


def _decode_terminfo(postfile, info, with_values: bool = False):
    """(ids, weights[, values]) of one term; ``values`` are Whoosh's per-posting encodings."""
    if info.is_inlined():
        ids, weights, values = info.inlined_postings()
        out = (np.asarray(ids, dtype=np.int64), np.asarray(weights, dtype=np.float32))
        return out + (list(values),) if with_values else out
    offset, _length = info.extent()
    pos = offset + len(whoosh3.WHOOSH3_HEADER_MAGIC)
    id_parts, w_parts, values = [], [], []
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
        if with_values:
            values.extend(mini_values)
        if last:
            break
        pos = start + blocklength
    out = (np.concatenate(id_parts), np.concatenate(w_parts))
    return out + (values,) if with_values else out


def _positions(values: list) -> tuple[np.ndarray, np.ndarray]:
    """Whoosh ``Positions`` values (a 4-byte count, then a pickled list of deltas) decoded:
    (positions per posting, all positions in posting order)."""
    lists = [safe_loads(v[4:]) for v in values]
    counts = np.fromiter((len(x) for x in lists), dtype=np.int64, count=len(lists))
    flat = np.fromiter(chain.from_iterable(lists), dtype=np.int64, count=int(counts.sum()))
    if len(flat):
        # Deltas restart at each posting: a running sum minus each posting's starting total.
        running = np.cumsum(flat)
        firsts = np.repeat(np.concatenate(([0], np.cumsum(counts)[:-1])), counts)
        base = np.concatenate(([0], running))[firsts]
        flat = running - base
    return counts, flat
