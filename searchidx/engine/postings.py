"""The posting arrays of every segment a searcher sees, in its global document numbers.

Whoosh walks postings one id at a time through layers of Python matchers; the array
evaluator (``evaluate.py``) reads them here instead, whole lists at a time. Sidecars
are opened once per process (``ARRAYS``) and shared by every searcher and thread;
a searcher's ``Postings`` adds the segments' document offsets and deletions.
"""

from __future__ import annotations

import threading
import weakref
from collections import OrderedDict
from pathlib import Path

import numpy as np

from ..analysis import PAIR_SEP
from .arrays import Layout, PostingsUnavailable, SegmentArrays
from .decode import build_from_segment
from .keys import pair_key, term_key
from .scoring import bm25_scores
from .sidecar import SUFFIX, ArrayCache, SidecarError, remove_sidecar

POS_BITS = 24  # positions up to 16 million tokens per field value; doc numbers above
_EMPTY_IDS = np.empty(0, dtype=np.int64)
_EMPTY_W = np.empty(0, dtype=np.float64)

# Sidecars open in this process, shared by every searcher of every Index and thread.
ARRAYS = ArrayCache()


def sidecar_path(index_dir: Path, leaf) -> Path:
    return Path(index_dir) / f"{leaf._segment.segment_id()}{SUFFIX}"


def segment_leaves(reader) -> list:
    """(segment reader, doc offset) of each segment; an index without segments has none
    (Whoosh gives an ``EmptyReader`` standing for itself, which has no segment)."""
    return [(leaf, offset) for leaf, offset in reader.leaf_readers() if hasattr(leaf, "_segment")]


def acquire_arrays(index_dir: Path, leaf, layout: Layout) -> SegmentArrays:
    """The open sidecar of ``leaf``, shared; release it with ``ARRAYS.release``. A segment
    Whoosh wrote itself (an index from an earlier version) gets its sidecar built first,
    when it is missing, of an older format, or of another layout."""
    from .codec import SidxCodec

    path = sidecar_path(index_dir, leaf)
    n = leaf.doc_count_all()
    try:
        arrays = ARRAYS.acquire(path, SegmentArrays.open)
        if (
            arrays.doc_count == n
            and arrays.length_fields == tuple(layout.length_fields)
            and arrays.text_fields == tuple(layout.text_fields)
        ):
            return arrays
        ARRAYS.release(arrays)
    except SidecarError:
        pass
    if isinstance(leaf._segment.codec(), SidxCodec):
        # The sidecar is this segment's postings: nothing to rebuild it from.
        raise PostingsUnavailable(f"{path}: missing or damaged (the index must be rebuilt)")
    remove_sidecar(path)
    try:
        build_from_segment(leaf, layout, path)
    except OSError as exc:
        raise PostingsUnavailable(f"cannot write posting arrays to {path}: {exc.strerror}") from None
    try:
        return ARRAYS.acquire(path, SegmentArrays.open)
    except SidecarError as exc:
        raise PostingsUnavailable(str(exc)) from None


def _segment_phrase(arrays: SegmentArrays, rows: list) -> np.ndarray:
    """Local doc numbers where the rows' terms sit one position after another (rows of
    words, or of word pairs, which sit at their second word)."""
    lists = []
    for r in rows:
        a, n = int(arrays.starts[r]), int(arrays.counts[r])
        lists.append(np.asarray(arrays.ids[a : a + n]).astype(np.int64))
    docs = min(lists, key=len)
    for ids in lists:
        if not len(docs):
            return docs
        if ids is not docs:
            # Both sorted: look each of the fewer up by binary search (np.isin sorts both).
            at = np.minimum(np.searchsorted(ids, docs), len(ids) - 1)
            docs = docs[ids[at] == docs]
    if len(rows) == 1 or not len(docs):
        return docs
    ends = _row_position_keys(arrays, rows[0], docs)
    for i, r in enumerate(rows[1:], start=2):
        ends = follow(ends, _row_position_keys(arrays, r, docs), 1, last=i == len(rows))
        if not len(ends):
            return _EMPTY_IDS
    return dedupe_sorted(ends >> POS_BITS)


def _row_position_keys(arrays: SegmentArrays, row: int, docs: np.ndarray) -> np.ndarray:
    """Sorted ``doc << POS_BITS | position`` keys of one row's postings in ``docs`` (all of
    which it holds)."""
    a, n = int(arrays.starts[row]), int(arrays.counts[row])
    ids = np.asarray(arrays.ids[a : a + n]).astype(np.int64)
    hit = np.searchsorted(ids, docs)
    bounds = arrays.position_bounds(row)
    starts = bounds[hit]
    lengths = bounds[hit + 1] - starts
    total = int(lengths.sum())
    gather = np.repeat(starts - (np.cumsum(lengths) - lengths), lengths) + np.arange(total)
    return (np.repeat(docs, lengths) << POS_BITS) | np.asarray(arrays.pos)[gather].astype(np.int64)


def follow(ends: np.ndarray, following: np.ndarray, slop: int, last: bool) -> np.ndarray:
    """Keys of ``following`` that lie 1..slop after some key of ``ends`` (both sorted).

    A following key qualifies exactly when the nearest end before it is close enough,
    so one binary search per key decides; keys of different documents are at least
    2**POS_BITS apart and never qualify. For the last word only the documents matter,
    so the smaller side is searched and, from ``ends``, the qualifying ends are returned.
    """
    if last and len(ends) < len(following):
        j = np.searchsorted(following, ends, side="right")
        inside = j < len(following)
        ok = np.zeros(len(ends), dtype=bool)
        ok[inside] = following[j[inside]] - ends[inside] <= slop
        return ends[ok]
    i = np.searchsorted(ends, following, side="left") - 1
    ok = (i >= 0) & (following - ends[np.maximum(i, 0)] <= slop)
    return following[ok]


def dedupe_sorted(a: np.ndarray) -> np.ndarray:
    if len(a) < 2:
        return a
    keep = np.empty(len(a), dtype=bool)
    keep[0] = True
    np.not_equal(a[1:], a[:-1], out=keep[1:])
    return a[keep]


def _release_all(held: list) -> None:
    while held:
        ARRAYS.release(held.pop())


class Postings:
    """Postings, lengths, dates and BM25 statistics of one searcher, in global doc numbers."""

    CACHE_POSTINGS = 4_000_000  # postings kept ready per searcher, for terms queries repeat

    def __init__(self, searcher, index_dir: Path, layout: Layout):
        self.searcher = searcher
        reader = searcher.reader()
        self.reader = reader
        self.layout = layout
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
        self._df: dict = {}
        self._cache: OrderedDict = OrderedDict()
        self._cached = 0
        self._cache_lock = threading.Lock()
        self._slices: dict = {}
        self._sliced = 0
        self._lengths: dict[str, np.ndarray] = {}
        self._dates: np.ndarray | None = None

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
        boost = self.layout.boost(field)
        id_parts, w_parts = [], []
        for arrays, offset, seg_live in self.segments:
            found = arrays.lookup(key)
            if found is None:
                continue
            ids, tf = found
            ids = ids.astype(np.int64)
            if seg_live is not None:
                keep = seg_live[ids]
                ids, tf = ids[keep], tf[keep]
            id_parts.append(ids + offset)
            w_parts.append(tf.astype(np.float64) * boost)
        if not id_parts:
            return _EMPTY_IDS, _EMPTY_W
        if len(id_parts) == 1:
            return id_parts[0], w_parts[0]
        return np.concatenate(id_parts), np.concatenate(w_parts)

    def doc_frequency(self, field: str, text) -> int:
        """Documents holding the term, deleted ones included until a merge drops them (as
        Whoosh counts them: both paths score with the same statistics)."""
        key = (field, text)
        df = self._df.get(key)
        if df is None:
            term = self._key(field, text)
            df = 0
            for arrays, _offset, _live in self.segments:
                found = arrays.find_key(term)
                if found is not None:
                    df += found[1]
            self._df[key] = df
        return df

    def _key(self, field: str, text) -> int:
        """The sidecar key of ``field:text``; a word-pair field's text is ``"first second"``."""
        if field in self.pair_field_names:
            return pair_key(field, text if isinstance(text, bytes) else text.encode("utf-8"))
        return term_key(field, text if isinstance(text, bytes) else self.searcher.schema[field].to_bytes(text))

    def position_keys(self, field: str, text, docs: np.ndarray) -> np.ndarray:
        """Sorted ``doc << POS_BITS | position`` keys of ``field:text``, at least for ``docs``
        (sorted); keys of other documents may be included, callers restrict by document."""
        parts = []
        for arrays, row, _a, n, ids in self._term_slices(field, text):
            bounds = arrays.position_bounds(row)
            if len(docs) * 4 >= n:
                # Most of the term's postings are wanted: one contiguous slice beats gathering.
                positions = arrays.pos[bounds[0] : bounds[-1]].astype(np.int64)
                parts.append((np.repeat(ids, np.diff(bounds)) << POS_BITS) | positions)
                continue
            idx = np.searchsorted(ids, docs)
            idx[idx == n] = 0
            hit = idx[ids[idx] == docs] if n else idx[:0]
            if not len(hit):
                continue
            starts = bounds[hit]
            lengths = bounds[hit + 1] - starts
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
        """Per segment holding the term: (arrays, row, first posting, count, global doc
        numbers), deleted documents included so positions stay aligned; kept for repeats."""
        key = (field, text)
        slices = self._slices.get(key)
        if slices is None:
            slices = []
            term = self._key(field, text)
            for arrays, offset, _live in self.segments:
                row = arrays.row(term)
                if row is not None:
                    a, n = int(arrays.starts[row]), int(arrays.counts[row])
                    slices.append((arrays, row, a, n, arrays.ids[a : a + n].astype(np.int64) + offset))
            size = sum(s[3] for s in slices)
            with self._cache_lock:
                while self._sliced + size > self.CACHE_POSTINGS and self._slices:
                    old = self._slices.pop(next(iter(self._slices)))
                    self._sliced -= sum(s[3] for s in old)
                self._slices[key] = slices
                self._sliced += size
        return slices

    def lengths(self, field: str) -> np.ndarray:
        arr = self._lengths.get(field)
        if arr is None:
            arr = (
                np.concatenate([a.lengths(field) for a, _o, _l in self.segments])
                if self.segments
                else np.empty(0, np.float32)
            )
            self._lengths[field] = arr
        return arr

    def dates(self) -> np.ndarray:
        """Raw date values (microseconds since datetime.min); uint64 max where undated."""
        if self._dates is None:
            self._dates = (
                np.concatenate([a.dates for a, _o, _l in self.segments]) if self.segments else np.empty(0, np.uint64)
            )
        return self._dates

    def avg_length(self, field: str) -> float:
        if field not in self._avg:
            total = self.reader.field_length(field)
            self._avg[field] = (total / self.doc_count_all) if self.doc_count_all and total else 1.0
        return self._avg[field]

    def phrase_docs(self, field: str, pair_field: str | None, words: list) -> np.ndarray:
        """Sorted live global doc numbers where ``words`` (analysed) occur one after another.
        Per segment: the word pairs when every word is common there (they were indexed),
        else the words' positions."""
        word_keys = [self._key(field, w) for w in words]
        pair_keys_ = (
            [pair_key(pair_field, f"{a}{PAIR_SEP}{b}".encode()) for a, b in zip(words, words[1:])]
            if pair_field
            else None
        )
        out = []
        for arrays, offset, seg_live in self.segments:
            rows = [arrays.row(k) for k in word_keys]
            if any(r is None for r in rows):
                continue
            if pair_keys_ is not None and all(arrays.counts[r] >= arrays.pair_min_df for r in rows):
                rows = [arrays.pair_row(k) for k in pair_keys_]
                if any(r is None for r in rows):
                    continue
            docs = _segment_phrase(arrays, rows)
            if seg_live is not None:
                docs = docs[seg_live[docs]]
            out.append(docs + offset)
        if not out:
            return _EMPTY_IDS
        return np.concatenate(out) if len(out) > 1 else out[0]

    def bm25(self, field: str, text, boost: float = 1.0) -> tuple[np.ndarray, np.ndarray]:
        """Doc numbers and BM25F scores of one term (``scoring.py``, as Whoosh's path scores it)."""
        ids, tf = self.ids_weights(field, text)
        if not len(ids):
            return ids, tf
        scores = bm25_scores(
            tf,
            self.lengths(field)[ids],
            self.doc_frequency(field, text),
            self.score_count,
            self.avg_length(field),
            boost,
        )
        return ids, scores

    @property
    def score_count(self) -> int:
        """``N`` of BM25F: every stored document (``GlobalStatsView`` gives a sharded index's)."""
        return self.doc_count_all


class GlobalStatsView:
    """Hook for sharded search (``searchidx.shards``, "DFS query then fetch"): one shard's
    postings, scored with the statistics of the whole sharded index, so a shard scores
    its documents exactly as one index holding every shard's documents would.

    ``stats`` gives ``doc_count_all`` (N, deleted documents included), ``doc_frequency
    (field, text)`` (summed over shards) and ``avg_length(field)`` (summed field lengths
    over N). Everything else (postings, lengths, positions, dates, live documents, the
    document count that sizes dense arrays) is the shard's own, read through."""

    def __init__(self, postings: Postings, stats):
        self._postings = postings
        self.stats = stats

    def __getattr__(self, name):
        return getattr(self._postings, name)

    @property
    def score_count(self) -> int:
        return self.stats.doc_count_all

    def doc_frequency(self, field: str, text) -> int:
        return self.stats.doc_frequency(field, text)

    def avg_length(self, field: str) -> float:
        return self.stats.avg_length(field)

    bm25 = Postings.bm25
