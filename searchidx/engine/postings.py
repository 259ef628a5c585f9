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
from .scoring import bm25_normed, bm25_scores, length_norm
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


def _segment_phrase(arrays: SegmentArrays, rows: list, bounds, slop: int = 1) -> np.ndarray:
    """Local doc numbers (int64) where the rows' terms occur in order, each 1..``slop``
    positions after the previous one (rows of words), or, with ``slop`` 1, each at its own
    place in the phrase (rows of words, or of word pairs, which sit at their second word).
    Rows are given as (row, first posting, postings, place). ``bounds(row)`` gives a row's
    ``position_bounds``.

    With ``slop`` 1, a term at place ``i`` sits at ``end - (last - i)``: the phrase ends
    where every term's positions, plus the places after its own, meet (added, not
    subtracted, so no key borrows from its document's bits). The rarest term's ends are
    the candidates and each further term (rarer first) keeps those it confirms. Otherwise
    each term in turn keeps the previous term's positions it follows closely enough
    (``follow``). Either way, a term's positions are gathered only in the documents where
    candidates are left."""
    # Views in the file's own dtype: searching them with keys of that dtype copies nothing
    # (numpy casts the whole searched array when the dtypes differ).
    ids_of = arrays.ids
    lists = [ids_of[a : a + n] for _r, a, n, _i in rows]
    order = sorted(range(len(rows)), key=lambda i: rows[i][2])
    docs = lists[order[0]]
    # Where each document left is in each term's postings, kept as the documents narrow.
    hits: dict = {order[0]: None}
    for i in order[1:]:
        if not len(docs):
            return _EMPTY_IDS
        keep, at = _find_docs(lists[i], docs)
        docs = docs[keep]
        hits = {j: (None if h is None else h[keep]) for j, h in hits.items()}
        hits[i] = at
    if len(rows) == 1 or not len(docs):
        return docs.astype(np.int64)
    hits[order[0]] = lists[order[0]].searchsorted(docs)
    wide = docs.astype(np.int64)
    last = rows[-1][3]
    found = None  # position keys of the candidates so far
    for n, i in enumerate(order if slop == 1 else range(len(rows))):
        if found is not None and len(found) * 2 < len(wide):
            fewer = dedupe_sorted(found >> POS_BITS)
            if len(fewer) * 4 < len(wide) * 3:
                pick = wide.searchsorted(fewer)
                hits = {j: h[pick] for j, h in hits.items()}
                wide = fewer
        row, place = rows[i][0], rows[i][3]
        keys = _row_position_keys(arrays, row, hits[i], wide, bounds(row))
        if slop == 1 and place != last:
            keys += last - place
        if found is None:
            found = keys
        elif slop == 1:
            at = keys.searchsorted(found)
            np.minimum(at, len(keys) - 1, out=at)
            found = found[keys[at] == found]
        else:
            found = follow(found, keys, slop, last=n == len(rows) - 1)
        if not len(found):
            return _EMPTY_IDS
    return dedupe_sorted(found >> POS_BITS)


def _find_docs(ids: np.ndarray, docs: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(which of ``docs`` are in ``ids``, where each of those is in ``ids``); both sorted."""
    if not len(ids):
        return np.zeros(len(docs), dtype=bool), _EMPTY_IDS
    at = ids.searchsorted(docs)
    np.minimum(at, len(ids) - 1, out=at)
    keep = ids[at] == docs
    return keep, at[keep]


def _row_position_keys(
    arrays: SegmentArrays, row: int, hit: np.ndarray, docs: np.ndarray, bounds: np.ndarray
) -> np.ndarray:
    """Sorted ``doc << POS_BITS | position`` keys of one row's postings ``hit`` (indexes into
    the row), which are those of ``docs`` (int64); ``bounds``: ``Postings._row_bounds``."""
    starts = bounds[hit]
    lengths = bounds[hit + 1] - starts
    ends = lengths.cumsum()
    if int(ends[-1]) == len(hit):  # one position each (a rare word, most pairs)
        keys = docs << POS_BITS
        keys |= arrays.pos[starts]
        return keys
    starts -= ends
    starts += lengths
    gather = starts.repeat(lengths) + np.arange(int(ends[-1]))
    keys = docs.repeat(lengths) << POS_BITS
    keys |= arrays.pos[gather]
    return keys


def follow(ends: np.ndarray, following: np.ndarray, slop: int, last: bool) -> np.ndarray:
    """Keys of ``following`` that lie 1..slop after some key of ``ends`` (both sorted).

    A following key qualifies exactly when the nearest end before it is close enough,
    so one binary search per key decides; keys of different documents are at least
    2**POS_BITS apart and never qualify. For the last word only the documents matter,
    so the smaller side is searched and, from ``ends``, the qualifying ends are returned.
    """
    if last and len(ends) < len(following):
        j = following.searchsorted(ends, side="right")
        inside = j < len(following)
        ok = np.zeros(len(ends), dtype=bool)
        ok[inside] = following[j[inside]] - ends[inside] <= slop
        return ends[ok]
    i = ends.searchsorted(following, side="left") - 1
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


class _Kept:
    """Values kept for repeats up to a total size, the least recently used dropped first
    (a common word stays while a run of rarer ones passes through)."""

    def __init__(self, limit: int, lock: threading.Lock):
        self.limit, self.lock = limit, lock
        self.items: OrderedDict = OrderedDict()  # key -> (value, size)
        self.held = 0

    def get(self, key):
        got = self.items.get(key)
        if got is None:
            return None
        with self.lock:
            if key in self.items:
                self.items.move_to_end(key)
        return got[0]

    def put(self, key, value, size: int) -> None:
        with self.lock:
            old = self.items.pop(key, None)
            if old is not None:
                self.held -= old[1]
            while self.items and self.held + size > self.limit:
                self.held -= self.items.popitem(last=False)[1][1]
            self.items[key] = (value, size)
            self.held += size

    def clear(self) -> None:
        with self.lock:
            self.items.clear()
            self.held = 0


class Postings:
    """Postings, lengths, dates and BM25 statistics of one searcher, in global doc numbers."""

    CACHE_POSTINGS = 4_000_000  # postings kept ready per searcher, for terms queries repeat
    CACHE_KEYS = 100_000  # term keys (a hash each) kept per searcher

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
        self._bounds = _Kept(self.CACHE_POSTINGS, self._cache_lock)  # (segment, row) -> _row_bounds
        self._keys: dict = {}
        self._rows: dict = {}
        self._lengths: dict[str, np.ndarray] = {}
        self._dates: np.ndarray | None = None

    def field_values(self, field: str) -> list[str]:
        """Every term text of ``field`` in any segment, sorted (Whoosh's ``lexicon``, read in
        bulk: a keyword lexicon reads them all)."""
        lists = [arrays.text_list(field) for arrays, _offset, _live in self.segments]
        if len(lists) == 1:
            return lists[0]
        return sorted(set().union(*lists))

    def close(self) -> None:
        """Give the segments' arrays back (their files close after their last user)."""
        self.segments = []
        self._cache.clear()
        self._bounds.clear()
        self._keys.clear()
        self._rows.clear()
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
        key = self._keys.get((field, text))
        if key is None:
            if len(self._keys) >= self.CACHE_KEYS:
                self._keys.clear()
            key = self._keys[(field, text)] = self._make_key(field, text)
        return key

    def _make_key(self, field: str, text) -> int:
        if field in self.pair_field_names:
            return pair_key(field, text if isinstance(text, bytes) else text.encode("utf-8"))
        return term_key(field, text if isinstance(text, bytes) else self.searcher.schema[field].to_bytes(text))

    def _row_bounds(self, seg: int, arrays: SegmentArrays, row: int) -> np.ndarray:
        """``arrays.position_bounds(row)``, kept for repeats: a common word's bounds are a
        running sum over all its postings, which cost more than the rest of a phrase that
        needs only a few of them."""
        key = (seg, row)
        got = self._bounds.get(key)
        if got is None:
            a, n = int(arrays.starts[row]), int(arrays.counts[row])
            got = np.empty(n + 1, dtype=np.int64)
            got[0] = arrays.pstarts[row]
            np.cumsum(arrays.tf[a : a + n], dtype=np.int64, out=got[1:])
            got[1:] += got[0]
            self._bounds.put(key, got, n)
        return got

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

    def phrase_docs(self, field: str, pair_field: str | None, words: list, slop: int = 1) -> np.ndarray:
        """Sorted live global doc numbers where ``words`` (analysed) occur in order, each 1..``slop``
        positions after the previous one (Whoosh's SpanNear2(ordered=True, mindist=1); with
        ``slop`` 1, one after another). Per segment: for an exact phrase, two words next to
        each other that are both common there are looked up as their word pair (indexed, in
        ``pair_field``, wherever they are next to each other), the others as words."""
        found = [self._term_rows(field, w) for w in words]
        pairs: list = [None] * (len(words) - 1)  # looked up when first needed
        out = []
        for seg, (arrays, offset, seg_live) in enumerate(self.segments):
            rows = [f[seg] for f in found]
            if None in rows:
                continue
            if pair_field and slop == 1:
                rows = self._phrase_rows(pair_field, words, rows, pairs, seg, arrays.pair_min_df)
                if rows is None:
                    continue
            else:
                rows = [(*r, i) for i, r in enumerate(rows)]
            docs = _segment_phrase(
                arrays, rows, lambda row, seg=seg, arrays=arrays: self._row_bounds(seg, arrays, row), slop
            )
            if seg_live is not None:
                docs = docs[seg_live[docs]]
            if len(docs):
                out.append(docs + offset)
        if not out:
            return _EMPTY_IDS
        return np.concatenate(out) if len(out) > 1 else out[0]

    def _phrase_rows(self, pair_field: str, words: list, rows: list, pairs: list, seg: int, least: int):
        """The rows an exact phrase is looked up by in one segment, each with the place in the
        phrase of the word whose positions it holds: the pair of each two neighbours common
        there (held by ``least`` documents or more), and each word in no such pair. None when
        a pair of common neighbours does not occur in the segment (nor does the phrase).
        ``pairs`` keeps the pairs' rows, per segment, for the other segments."""
        common = [r[2] >= least for r in rows]
        out = []
        paired = [False] * len(rows)
        for i in range(len(rows) - 1):
            if common[i] and common[i + 1]:
                if pairs[i] is None:
                    pairs[i] = self._term_rows(pair_field, f"{words[i]}{PAIR_SEP}{words[i + 1]}")
                row = pairs[i][seg]
                if row is None:
                    return None
                out.append((*row, i + 1))
                paired[i] = paired[i + 1] = True
        out.extend((*r, i) for i, r in enumerate(rows) if not paired[i])
        out.sort(key=lambda r: r[3])
        return out

    def _term_rows(self, field: str, text) -> tuple:
        """Per segment: (row, first posting, postings) of ``field:text`` (a word pair's text
        is ``"first second"``), or None where it is not; kept for repeats."""
        key = (field, text)
        got = self._rows.get(key)
        if got is None:
            term = self._key(field, text)
            pair = field in self.pair_field_names
            out = []
            for arrays, _offset, _live in self.segments:
                row = arrays.pair_row(term) if pair else arrays.row(term)
                out.append(None if row is None else (row, int(arrays.starts[row]), int(arrays.counts[row])))
            got = tuple(out)
            if len(self._rows) >= self.CACHE_KEYS:
                self._rows.clear()
            self._rows[key] = got
        return got

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

    def bm25_at(
        self, field: str, text, docs: np.ndarray, boost: float = 1.0, at: np.ndarray | None = None
    ) -> np.ndarray:
        """``bm25(field, text, boost)``'s scores of ``docs`` (sorted, every one holding the term),
        computed for those documents only: the same arithmetic on the same values. ``at``:
        where ``docs`` are in ``ids_weights(field, text)``, when the caller has looked."""
        ids, tf = self.ids_weights(field, text)
        if at is None:
            at = ids.searchsorted(docs)
        return bm25_scores(
            tf[at],
            self.lengths(field)[docs],
            self.doc_frequency(field, text),
            self.score_count,
            self.avg_length(field),
            boost,
        )

    def bm25_sum(self, field: str, words: list, docs: np.ndarray, boost: float = 1.0) -> np.ndarray:
        """The sum of ``bm25_at`` of each of ``words`` in ``docs`` (each holding every word),
        added in the words' order from 0; the length part of the formula made once."""
        scores = np.zeros(len(docs), dtype=np.float64)
        if not len(docs):
            return scores
        norm = length_norm(self.lengths(field)[docs], self.avg_length(field))
        n = self.score_count
        for w in words:
            ids, tf = self.ids_weights(field, w)
            scores += bm25_normed(tf[ids.searchsorted(docs)], norm, self.doc_frequency(field, w), n, boost)
        return scores

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
    bm25_at = Postings.bm25_at
    bm25_sum = Postings.bm25_sum
