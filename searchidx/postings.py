"""Posting lists as numpy arrays: a per-segment sidecar beside Whoosh's own files.

Whoosh walks postings one id at a time through layers of Python matchers; that
is where a query's time went. Every segment's postings (all terms of the text,
word-pair, keyword and kind fields, with positions for text and pairs), its field
lengths and its dates are also kept as flat arrays next to the segment, in one
file (``<segment id>.sidx``, ``engine/sidecar.py``) memory-mapped once per process. Segments searchidx
writes (``segments.py``) get theirs written from the same arrays; any other
segment (a Whoosh merge, an older index) is decoded once, its word pairs derived
from word positions. Word pairs exist only here: the array evaluator is all that
reads them.

Decoding reads Whoosh's W3 codec below its public API (blocks of up to 128
delta-coded ids, pickled and zlib-compressed). ``PostingsUnavailable`` is
raised for anything else and the caller falls back to Whoosh's matchers.
"""
from __future__ import annotations

import hashlib
import io
import threading
import weakref
import zlib
from collections import OrderedDict
from dataclasses import dataclass
from itertools import chain
from pathlib import Path

import numpy as np
from whoosh.codec import whoosh3

from .analysis import PAIR_SEP
from .engine.whoosh_adapter import safe_load, safe_loads
from .engine.sidecar import SUFFIX, ArrayCache, SidecarError, SidecarFile, remove_sidecar, write_sidecar

# Whoosh's BM25F defaults, so array scores equal Whoosh's own.
K1 = 1.2
B = 0.75

POS_BITS = 24  # positions up to 16 million tokens per field value; doc numbers above
_BYTE_TO_LENGTH = np.array([whoosh3.byte_to_length(b) for b in range(256)], dtype=np.float32)
_EMPTY_IDS = np.empty(0, dtype=np.int64)
_EMPTY_W = np.empty(0, dtype=np.float32)
NO_DATE = np.iinfo(np.uint64).max  # the date of an undated document


@dataclass(frozen=True)
class Layout:
    """What a sidecar holds: postings of ``posting_fields`` (positions too for
    ``positional_fields``), document lengths of ``length_fields``, the dates, and the
    word-pair fields (text field -> pair field), which exist only here."""
    posting_fields: tuple
    length_fields: tuple
    date_field: str
    positional_fields: tuple = ()
    pair_fields: tuple = ()  # (text field, pair field) pairs

    @property
    def pair_names(self) -> dict:
        return dict(self.pair_fields)


class PostingsUnavailable(Exception):
    """The index's storage format is not one we decode directly."""


def term_key(field: str, tbytes: bytes) -> int:
    # 64-bit keys: a collision among even millions of terms is vanishingly unlikely.
    return int.from_bytes(hashlib.blake2b(field.encode() + b"\0" + tbytes, digest_size=8).digest(), "little")


_PAIR_SEP = PAIR_SEP.encode("utf-8")
_GOLDEN, _MIX1, _MIX2 = np.uint64(0x9E3779B97F4A7C15), np.uint64(0xBF58476D1CE4E5B9), np.uint64(0x94D049BB133111EB)
_S30, _S27, _S31 = np.uint64(30), np.uint64(27), np.uint64(31)


def pair_keys(first: np.ndarray, second: np.ndarray) -> np.ndarray:
    """Keys of word pairs from their words' keys (uint64 arrays, the words' ``term_key`` in the
    pair field). Made arithmetically, not hashed from the pair's text, so indexing turns a
    document's token keys into all its pair keys with a few array operations; order matters
    ("a b" is not "b a"), and SplitMix64's finaliser spreads the bits."""
    with np.errstate(over="ignore"):
        z = first.astype(np.uint64) * _GOLDEN + second.astype(np.uint64)
        z ^= z >> _S30
        z *= _MIX1
        z ^= z >> _S27
        z *= _MIX2
        z ^= z >> _S31
    return z


def pair_key(pair_field: str, pair: bytes) -> int:
    """The key of the word pair ``b"first second"``."""
    first, _sep, second = pair.partition(_PAIR_SEP)
    return int(pair_keys(np.array([term_key(pair_field, first)], dtype=np.uint64),
                         np.array([term_key(pair_field, second)], dtype=np.uint64))[0])


class SegmentArrays:
    """One segment's postings: sorted term keys with each term's slice of ids/weights
    (and positions), per-field document lengths (as Whoosh quantises them, and raw) and
    dates; read-only views of the segment's sidecar file."""

    def __init__(self, file: SidecarFile):
        self.file, self.path, self.identity = file, file.path, file.identity
        a, meta = file.arrays, file.meta
        self.keys, self.starts, self.counts = a["keys"], a["starts"], a["counts"]
        self.ids, self.weights = a["ids"], a["weights"]
        self.pos_starts, self.pos = a["pos_starts"], a["pos"]
        self.dates = a["dates"]
        self.lengths = {f: a[f"len.{f}"] for f in meta["length_fields"]}
        self.raw_lengths = {f: a[f"raw.{f}"] for f in meta["length_fields"]}
        self.totals = meta["totals"]  # raw total length of each length field
        self.doc_count = meta["doc_count"]

    @classmethod
    def open(cls, path: Path) -> "SegmentArrays":
        return cls(SidecarFile(path))

    def close(self) -> None:
        self.keys = self.starts = self.counts = self.ids = self.weights = None
        self.pos_starts = self.pos = self.dates = None
        self.lengths, self.raw_lengths = {}, {}
        self.file.close()

    def find_key(self, key: int) -> tuple[int, int] | None:
        """(first posting, posting count) of the term or word pair with this key, or None."""
        key = np.uint64(key)
        i = int(np.searchsorted(self.keys, key))
        if i >= len(self.keys) or self.keys[i] != key:
            return None
        return int(self.starts[i]), int(self.counts[i])

    def lookup(self, key: int):
        """(ids, weights) of the term or word pair with this key, or None."""
        found = self.find_key(key)
        if found is None:
            return None
        a, n = found
        return self.ids[a:a + n], self.weights[a:a + n]

    @classmethod
    def build(cls, leaf, layout: Layout, path: Path, chunks=None, raw_lengths=None) -> None:
        """Write ``leaf``'s sidecar to ``path``.

        ``chunks`` (field, term texts or keys, postings per term, ids, weights, positions
        per posting, positions) and ``raw_lengths`` (field -> each document's length) are
        given when the caller has them as arrays (a segment it just wrote); otherwise the
        postings are decoded from the segment and word pairs derived from positions, and
        lengths are Whoosh's quantised ones (the raw ones are not in a segment).
        """
        n = leaf.doc_count_all()
        raw_lengths = dict(raw_lengths or {})
        totals = {}
        if chunks is None:
            terms = getattr(leaf, "_terms", None)
            if not isinstance(terms, whoosh3.W3TermsReader):
                raise PostingsUnavailable(type(terms).__name__)
            pair_lengths: dict = {}
            chunks = list(_decoded_chunks(terms, layout, pair_lengths, n))
            raw_lengths.update(pair_lengths)
        for field in layout.length_fields:
            if field not in raw_lengths:
                col = leaf._perdoc._cached_reader(whoosh3._lenfield(field), whoosh3.LENGTHS_COLUMN)
                raw = bytes(col[i] for i in range(n)) if col is not None and n else bytes(n)
                raw_lengths[field] = _BYTE_TO_LENGTH[np.frombuffer(raw, dtype=np.uint8)].astype(np.int64)
                # The segment keeps the exact total even though each length is rounded.
                totals[field] = leaf.field_length(field)
        dates = np.full(n, NO_DATE, dtype=np.uint64)
        if layout.date_field and leaf.has_column(layout.date_field) and n:
            dates = np.fromiter(leaf.column_reader(layout.date_field, translate=False), dtype=np.uint64, count=n)
        write_arrays(path, layout, n, chunks, raw_lengths, dates, totals)


def write_arrays(path: Path, layout: Layout, doc_count: int, chunks: list, raw_lengths: dict,
                 dates: np.ndarray, totals: dict | None = None) -> None:
    """Write a sidecar from postings chunks (see ``SegmentArrays.build``), each length
    field's raw per-document lengths (``totals`` overrides their sums) and the dates."""
    positional = set(layout.positional_fields)
    keys, starts, counts, parts = [], [], [], []
    total = npos = 0
    pos_parts = []
    for field, texts, term_counts, ids, _weights, per, flat in chunks:
        if field not in positional or per is None:
            per, flat = np.zeros(len(ids), dtype=np.int64), _NO_POS
        pos_parts.append((np.asarray(per, dtype=np.int64), flat))
        if len(texts) == 1 and not isinstance(texts, np.ndarray):
            keys.append(term_key(field, texts[0]))  # a decoded term: no arrays per term
            starts.append(total)
            counts.append(len(ids))
        else:
            # A whole field's terms: arrays, not Python lists (a bulk-built segment has
            # millions of word pairs).
            key_arr = texts if isinstance(texts, np.ndarray) else \
                np.fromiter((term_key(field, t) for t in texts), dtype=np.uint64, count=len(texts))
            term_counts = np.asarray(term_counts, dtype=np.int64)
            parts.append((key_arr.astype(np.uint64), total + np.cumsum(term_counts) - term_counts, term_counts))
        total += len(ids)
        npos += len(flat)
    parts.append((np.array(keys, dtype=np.uint64), np.array(starts, dtype=np.int64),
                  np.array(counts, dtype=np.int64)))
    keys_arr = np.concatenate([p[0] for p in parts])
    starts_arr = np.concatenate([p[1] for p in parts])
    counts_arr = np.concatenate([p[2] for p in parts])
    del parts
    order = np.argsort(keys_arr, kind="stable")

    def pos_starts():
        yield np.zeros(1, dtype=np.int64)
        done = 0
        for per, _flat in pos_parts:
            yield done + np.cumsum(per, dtype=np.int64)
            done += int(per.sum())

    sections = [
        ("keys", "u8", len(order), [keys_arr[order]]),
        ("starts", "i8", len(order), [starts_arr[order]]),
        ("counts", "i8", len(order), [counts_arr[order]]),
        ("ids", "i4", total, (c[3] for c in chunks)),
        ("weights", "f4", total, (c[4] for c in chunks)),
        ("pos_starts", "i8", total + 1, pos_starts()),
        ("pos", "i4", npos, (flat for _per, flat in pos_parts)),
        ("dates", "u8", doc_count, [dates]),
    ]
    meta, more = length_sections(layout, raw_lengths, doc_count, totals)
    write_sidecar(path, dict(meta, doc_count=doc_count, postings=total, positions=npos), sections + more)


def length_sections(layout: Layout, raw_lengths: dict, doc_count: int, totals: dict | None = None) -> tuple:
    """(header entries, sidecar sections) of the length fields: each document's length as
    Whoosh rounds it (what BM25 reads) and raw (what a merge carries on), and the totals
    (``totals`` overrides a field's sum)."""
    totals = dict(totals or {})
    sections = []
    for field in layout.length_fields:
        raw = np.asarray(raw_lengths[field], dtype=np.int64)[:doc_count]
        if len(raw) < doc_count:
            raw = np.concatenate([raw, np.zeros(doc_count - len(raw), np.int64)])
        totals.setdefault(field, int(raw.sum()))
        sections.append((f"len.{field}", "f4", doc_count, [_BYTE_TO_LENGTH[length_bytes(raw)]]))
        sections.append((f"raw.{field}", "u4", doc_count, [np.minimum(raw, np.iinfo(np.uint32).max)]))
    return {"length_fields": list(layout.length_fields), "totals": totals}, sections


_NO_POS = np.empty(0, np.int32)


def _decoded_chunks(terms, layout: Layout, pair_lengths: dict, doc_count: int):
    """One chunk per term decoded from a W3 segment: (field, [term], [count], ids, weights,
    positions per posting, positions); then each word-pair field, derived from its text
    field's positions (its raw per-document counts go into ``pair_lengths``)."""
    postfile = terms._postfile
    present = set(terms.indexed_field_names())
    positional = set(layout.positional_fields)
    pair_of = layout.pair_names
    pair_names = set(pair_of.values())
    for field in layout.posting_fields:
        if field not in present or field in pair_names:
            continue  # an older index may hold pair fields in Whoosh too; they are derived here
        gathered = [] if field in pair_of else None
        for (fname, tbytes), info in terms.items_from(field, b""):
            if fname != field:
                break
            if field in positional:
                ids, weights, values = _decode_terminfo(postfile, info, with_values=True)
                per, flat = _positions(values)
                if gathered is not None:
                    gathered.append((tbytes, ids, per, flat))
            else:
                ids, weights = _decode_terminfo(postfile, info)
                per = flat = None
            yield field, (tbytes,), (len(ids),), ids, weights, per, flat
        if gathered is not None:
            pair_field = pair_of[field]
            chunk, raw = _derived_pairs(pair_field, gathered, doc_count)
            pair_lengths[pair_field] = raw
            yield chunk
    for field, pair_field in pair_of.items():
        if pair_field not in pair_lengths:
            pair_lengths[pair_field] = np.zeros(doc_count, dtype=np.int64)


def _derived_pairs(pair_field: str, gathered: list, doc_count: int):
    """The word-pair postings of a field, from its terms' positions: two terms form a pair
    where one sits at position p and the other at p + 1 of the same document."""
    texts = [g[0] for g in gathered]
    if gathered:
        sizes = np.array([len(g[3]) for g in gathered], dtype=np.int64)
        term = np.repeat(np.arange(len(gathered), dtype=np.int64), sizes)
        doc = np.concatenate([np.repeat(g[1].astype(np.int64), g[2]) for g in gathered])
        pos = np.concatenate([g[3] for g in gathered]).astype(np.int64)
    else:
        term = doc = pos = np.empty(0, np.int64)
    tokens = np.bincount(doc, minlength=doc_count)[:doc_count] if len(doc) else np.zeros(doc_count, np.int64)
    raw = np.maximum(tokens - 1, 0)
    order = np.lexsort((pos, doc))
    term, doc, pos = term[order], doc[order], pos[order]
    adjacent = (doc[1:] == doc[:-1]) & (pos[1:] == pos[:-1] + 1)
    n = max(len(texts), 1)
    codes = term[:-1][adjacent] * n + term[1:][adjacent]
    pair_docs, pair_pos = doc[1:][adjacent], pos[1:][adjacent]  # a pair sits at its second word
    # One posting per (pair, document), its weight the number of times the pair occurs.
    order = np.lexsort((pair_pos, pair_docs, codes))
    codes, pair_docs, pair_pos = codes[order], pair_docs[order], pair_pos[order]
    new = np.concatenate(([True], (codes[1:] != codes[:-1]) | (pair_docs[1:] != pair_docs[:-1]))) \
        if len(codes) else np.empty(0, bool)
    starts = np.flatnonzero(new)
    per = np.diff(np.append(starts, len(codes)))
    freq = per.astype(np.float32)
    codes, ids = codes[starts], pair_docs[starts]
    first = np.flatnonzero(np.concatenate(([True], codes[1:] != codes[:-1]))) if len(codes) else starts[:0]
    counts = np.diff(np.append(first, len(codes)))
    word_keys = np.fromiter((term_key(pair_field, t) for t in texts), dtype=np.uint64, count=len(texts))
    codes = codes[first]
    keys = pair_keys(word_keys[codes // n], word_keys[codes % n])
    return (pair_field, keys, counts, ids, freq, per, pair_pos), raw


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


def length_bytes(raw: np.ndarray) -> np.ndarray:
    """Whoosh's one-byte encoding of field lengths, for an array of lengths."""
    raw = np.asarray(raw, dtype=np.int64)
    out = np.empty(len(raw), dtype=np.uint8)
    small = raw < len(_LENGTH_TO_BYTE)
    out[small] = _LENGTH_TO_BYTE[raw[small]]
    out[~small] = [whoosh3.length_to_byte(int(x)) for x in raw[~small]]
    return out


_LENGTH_TO_BYTE = np.array([whoosh3.length_to_byte(i) for i in range(1 << 16)], dtype=np.uint8)


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


def sidecar_path(index_dir: Path, leaf) -> Path:
    return Path(index_dir) / f"{leaf._segment.segment_id()}{SUFFIX}"


def segment_leaves(reader) -> list:
    """(segment reader, doc offset) of each segment; an index without segments has none
    (Whoosh gives an ``EmptyReader`` standing for itself, which has no segment)."""
    return [(leaf, offset) for leaf, offset in reader.leaf_readers() if hasattr(leaf, "_segment")]


# Sidecars open in this process, shared by every searcher of every Index and thread.
ARRAYS = ArrayCache()


def acquire_arrays(index_dir: Path, leaf, layout: Layout) -> SegmentArrays:
    """The open sidecar of ``leaf`` (built first when missing, of an older format, or not
    matching the segment); release it with ``ARRAYS.release``."""
    path = sidecar_path(index_dir, leaf)
    n = leaf.doc_count_all()
    try:
        arrays = ARRAYS.acquire(path, SegmentArrays.open)
        if arrays.doc_count == n and tuple(arrays.lengths) == tuple(layout.length_fields):
            return arrays
        ARRAYS.release(arrays)
    except SidecarError:
        pass
    # Missing, damaged, or written by an older version: rebuilt from the segment itself.
    remove_sidecar(path)
    try:
        SegmentArrays.build(leaf, layout, path)
    except OSError as exc:
        raise PostingsUnavailable(f"cannot write posting arrays to {path}: {exc.strerror}") from None
    try:
        return ARRAYS.acquire(path, SegmentArrays.open)
    except SidecarError as exc:
        raise PostingsUnavailable(str(exc)) from None


def _release_all(held: list) -> None:
    while held:
        ARRAYS.release(held.pop())


class Postings:
    """Postings, lengths, dates and BM25 statistics of one searcher, in global doc numbers."""

    def __init__(self, searcher, index_dir: Path, layout: Layout):
        self.searcher = searcher
        reader = searcher.reader()
        self.reader = reader
        self.doc_count_all = reader.doc_count_all()
        self.pair_field_names = set(layout.pair_names.values())
        self.segments = []  # (arrays, offset, live mask or None)
        held: list[SegmentArrays] = []
        # The sidecars go back to the shared cache on close(), or when this object is
        # collected if nobody closed it: never left to the cycle collector's timing.
        self._release = weakref.finalize(self, _release_all, held)
        live = np.ones(self.doc_count_all, dtype=bool)
        try:
            for leaf, offset in segment_leaves(reader):
                arrays = acquire_arrays(index_dir, leaf, layout)
                held.append(arrays)
                seg_live = None
                if leaf.has_deletions():
                    dead = np.fromiter(leaf._perdoc.deleted_docs(), dtype=np.int64)
                    seg_live = np.ones(leaf.doc_count_all(), dtype=bool)
                    seg_live[dead] = False
                    live[dead + offset] = False
                self.segments.append((arrays, offset, seg_live))
        except BaseException:
            self._release()
            raise
        self.live = live
        self.live_ids = np.flatnonzero(live)
        self._avg: dict[str, float] = {}
        self._cache: OrderedDict = OrderedDict()
        self._cached = 0
        self._cache_lock = threading.Lock()
        self._slices: dict = {}
        self._sliced = 0
        self._lengths: dict[str, np.ndarray] = {}
        self._dates: np.ndarray | None = None

    CACHE_POSTINGS = 4_000_000  # postings kept ready per searcher, for terms queries repeat

    def close(self) -> None:
        """Give the segments' arrays back (their files close after their last user)."""
        self.segments = []
        self._cache.clear()
        self._slices.clear()
        self._lengths.clear()
        self._dates = None
        self.searcher = self.reader = None
        self._release()

    def ids_weights(self, field: str, text) -> tuple[np.ndarray, np.ndarray]:
        """Sorted global doc numbers holding ``field:text`` (live ones) and their term weights."""
        key = (field, text)
        hit = self._cache.get(key)
        if hit is not None:
            return hit
        result = self._ids_weights(field, text)
        with self._cache_lock:
            while self._cached + len(result[0]) > self.CACHE_POSTINGS and self._cache:
                _, (old, _w) = self._cache.popitem(last=False)
                self._cached -= len(old)
            self._cache[key] = result
            self._cached += len(result[0])
        return result

    def _ids_weights(self, field: str, text) -> tuple[np.ndarray, np.ndarray]:
        key = self._key(field, text)
        id_parts, w_parts = [], []
        for arrays, offset, seg_live in self.segments:
            found = arrays.lookup(key)
            if found is None:
                continue
            ids, weights = found
            if seg_live is not None:
                keep = seg_live[ids]
                ids, weights = ids[keep], weights[keep]
            id_parts.append(ids.astype(np.int64) + offset)
            w_parts.append(weights)
        if not id_parts:
            return _EMPTY_IDS, _EMPTY_W
        if len(id_parts) == 1:
            return id_parts[0], np.asarray(w_parts[0])
        return np.concatenate(id_parts), np.concatenate(w_parts)

    def _key(self, field: str, text) -> int:
        """The sidecar key of ``field:text``; a word-pair field's text is ``"first second"``."""
        if field in self.pair_field_names:
            return pair_key(field, text if isinstance(text, bytes) else text.encode("utf-8"))
        return term_key(field, text if isinstance(text, bytes) else self.searcher.schema[field].to_bytes(text))

    def position_keys(self, field: str, text, docs: np.ndarray) -> np.ndarray:
        """Sorted ``doc << POS_BITS | position`` keys of ``field:text``, at least for ``docs``
        (sorted); keys of other documents may be included, callers restrict by document."""
        parts = []
        for arrays, a, n, ids in self._term_slices(field, text):
            if len(docs) * 4 >= n:
                # Most of the term's postings are wanted: one contiguous slice beats gathering.
                bounds = arrays.pos_starts[a:a + n + 1]
                lengths = np.diff(bounds)
                positions = arrays.pos[bounds[0]:bounds[-1]].astype(np.int64)
                parts.append((np.repeat(ids, lengths) << POS_BITS) | positions)
                continue
            idx = np.searchsorted(ids, docs)
            idx[idx == n] = 0
            hit = idx[ids[idx] == docs] if n else idx[:0]
            if not len(hit):
                continue
            starts = arrays.pos_starts[a + hit]
            lengths = arrays.pos_starts[a + hit + 1] - starts
            total = int(lengths.sum())
            if not total:
                continue
            # Gather the variable-length slices without a Python loop.
            gather = np.repeat(starts - np.concatenate(([0], np.cumsum(lengths)[:-1])), lengths) + np.arange(total)
            parts.append((np.repeat(ids[hit], lengths) << POS_BITS) | arrays.pos[gather].astype(np.int64))
        if not parts:
            return np.empty(0, dtype=np.int64)
        # Already sorted: segments in doc-number order, ids ascending, positions ascending.
        return np.concatenate(parts) if len(parts) > 1 else parts[0]

    def _term_slices(self, field: str, text) -> list:
        """Per segment holding the term: (arrays, first posting, count, global doc numbers),
        deleted documents included so positions stay aligned; kept for repeated terms."""
        key = (field, text)
        slices = self._slices.get(key)
        if slices is None:
            slices = []
            term = self._key(field, text)
            for arrays, offset, _live in self.segments:
                found = arrays.find_key(term)
                if found is not None:
                    a, n = found
                    slices.append((arrays, a, n, arrays.ids[a:a + n].astype(np.int64) + offset))
            size = sum(s[2] for s in slices)
            with self._cache_lock:
                while self._sliced + size > self.CACHE_POSTINGS and self._slices:
                    old = self._slices.pop(next(iter(self._slices)))
                    self._sliced -= sum(s[2] for s in old)
                self._slices[key] = slices
                self._sliced += size
        return slices

    def lengths(self, field: str) -> np.ndarray:
        arr = self._lengths.get(field)
        if arr is None:
            arr = np.concatenate([a.lengths[field] for a, _o, _l in self.segments]) \
                if self.segments else np.empty(0, np.float32)
            self._lengths[field] = arr
        return arr

    def dates(self) -> np.ndarray:
        """Raw date values (microseconds since datetime.min); uint64 max where undated."""
        if self._dates is None:
            self._dates = np.concatenate([a.dates for a, _o, _l in self.segments]) \
                if self.segments else np.empty(0, np.uint64)
        return self._dates

    def avg_length(self, field: str) -> float:
        if field not in self._avg:
            if field in self.pair_field_names:
                total = sum(a.totals.get(field, 0) for a, _o, _l in self.segments)
            else:
                total = self.reader.field_length(field)
            self._avg[field] = (total / self.doc_count_all) if self.doc_count_all and total else 1.0
        return self._avg[field]

    def bm25(self, field: str, text, boost: float = 1.0) -> tuple[np.ndarray, np.ndarray]:
        """Doc numbers and BM25F scores of one term, as Whoosh's BM25F scores them."""
        ids, tf = self.ids_weights(field, text)
        if not len(ids):
            return ids, tf
        df = len(ids)
        # Whoosh's idf, log(N / (df + 1)) + 1, over all documents including deleted ones.
        idf = np.log(self.doc_count_all / (df + 1)) + 1
        fl = self.lengths(field)[ids]
        scores = idf * ((tf * (K1 + 1)) / (tf + K1 * ((1 - B) + B * fl / self.avg_length(field))))
        return ids, (scores * boost).astype(np.float32)
