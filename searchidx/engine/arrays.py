"""A segment's postings as flat arrays: what its sidecar file holds, written and read.

The sidecar (``<segment id>.sidx``, ``sidecar.py``) is the segment's postings of
record: every term of every indexed field, with positions for text fields,
per-document lengths and dates, the term texts Whoosh's lexicon and matchers need
(``codec.py`` serves them to Whoosh; ``postings.py`` to the array evaluator), and word
pairs. Whoosh's own posting files are not written for new segments: the index kept
every posting twice before, in pickled blocks and here.

What keeps it small:
- arrays as narrow as their values allow, chosen per file (document numbers in 16
  bits when the segment has at most 65,536 documents, positions in 16 bits when no
  field value is longer, term frequencies in 8 bits);
- postings laid out in key order, so where a term's postings and positions start is
  computed when the file is opened rather than stored; a posting's weight is its
  frequency times its field's boost, and its positions are its frequency in number;
- word pairs (what makes a phrase of common words one lookup) only between words
  common in the segment (``pair_min_df`` documents or more): a phrase with a rarer word
  is checked on word positions, which is as fast there, and most pairs hold one.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from whoosh.codec import whoosh3

from ..errors import IndexUnreadableError
from .keys import term_key
from .sidecar import SidecarFile, write_sidecar

_BYTE_TO_LENGTH = np.array([whoosh3.byte_to_length(b) for b in range(256)], dtype=np.float32)
_LENGTH_TO_BYTE_SIZE = 1 << 16


@functools.lru_cache(maxsize=1)
def _length_to_byte() -> np.ndarray:
    # Made when first written (65,536 calls into Whoosh): searching never needs it.
    return np.array([whoosh3.length_to_byte(i) for i in range(_LENGTH_TO_BYTE_SIZE)], dtype=np.uint8)


NO_DATE = np.iinfo(np.uint64).max  # the date of an undated document
# A word is common in a segment, and its pairs indexed, when this many documents hold it,
# or this share of the segment's documents if more.
PAIR_MIN_DF = 500
PAIR_MIN_SHARE = 1 / 32


def pair_min_df(doc_count: int) -> int:
    """How many of a segment's documents must hold both words of a pair for it to be indexed."""
    return max(PAIR_MIN_DF, int(doc_count * PAIR_MIN_SHARE))


@dataclass(frozen=True)
class Layout:
    """What a sidecar holds: postings of ``posting_fields`` (positions too for
    ``positional_fields``; term texts for ``text_fields``, Whoosh's own fields), the
    raw and rounded document lengths of ``length_fields``, the dates, and the word-pair
    fields (text field -> pair field), which exist only here. ``boosts`` are the fields'
    boosts: a posting's weight is its frequency times its field's."""

    posting_fields: tuple
    length_fields: tuple
    date_field: str
    positional_fields: tuple = ()
    pair_fields: tuple = ()  # (text field, pair field) pairs
    text_fields: tuple = ()
    boosts: tuple = ()  # (field, boost) pairs; 1.0 when not listed

    @property
    def pair_names(self) -> dict:
        return dict(self.pair_fields)

    def boost(self, field: str) -> float:
        return dict(self.boosts).get(field, 1.0)


class PostingsUnavailable(IndexUnreadableError):
    """A segment's posting arrays cannot be read or rebuilt (searches fall back to Whoosh's
    matchers; what needs the arrays, facets and stats, reports this one-line error)."""


def _unsigned(largest: int) -> str:
    """The narrowest unsigned dtype holding ``largest``."""
    for code, top in (("u1", 0xFF), ("u2", 0xFFFF), ("u4", 0xFFFFFFFF)):
        if largest <= top:
            return code
    return "u8"


class SegmentArrays:
    """One segment's sidecar, open: read-only views of one shared map, and the row
    offsets computed from them once (shared by every searcher of the process).

    Rows are terms (sorted by key) followed by word pairs (sorted by key): row ``i``'s
    postings are ``ids``/``tf`` at ``starts[i]`` .. ``starts[i] + counts[i]`` and its
    positions, if its field keeps them, start at ``pstarts[i]`` (each posting has ``tf``
    of them, in order)."""

    def __init__(self, file: SidecarFile):
        self.file, self.path, self.identity = file, file.path, file.identity
        a, meta = file.arrays, file.meta
        self._a = a
        self.ids, self.tf, self.pos = a["ids"], a["tf"], a["pos"]
        self.keys, self.pair_keys = a["keys"], a["pkeys"]
        self.words = len(self.keys)
        # The row tables are made when first read: they walk every row (and, for
        # positions, every posting), which opening a searcher need not pay for, nor a
        # one-off query that reads no positions at all. Two threads making one at once
        # make the same.
        self._counts: np.ndarray | None = None
        self._starts: np.ndarray | None = None
        self._positional: np.ndarray | None = None
        self._pstarts: np.ndarray | None = None
        self.dates = a["dates"]
        self.doc_count = meta["doc_count"]
        self.pair_min_df = meta["pair_min_df"]
        self.length_fields = tuple(meta["length_fields"])
        self.text_fields = tuple(meta["text_fields"])
        self.totals = meta["totals"]  # raw total length of each length field
        self._boosts = meta["boosts"]
        self._lbytes = {f: a[f"lb.{f}"] for f in self.length_fields}
        self.raw_lengths = {f: a[f"raw.{f}"] for f in self.length_fields}
        self.texts = {f: (a[f"tx.{f}"], a[f"to.{f}"], a[f"tr.{f}"]) for f in self.text_fields}
        self._lengths: dict[str, np.ndarray] = {}

    @classmethod
    def open(cls, path: Path) -> SegmentArrays:
        return cls(SidecarFile(path))

    def close(self) -> None:
        self.keys = self.pair_keys = self._counts = self._starts = self._pstarts = self._positional = None
        self.ids = self.tf = self.pos = self.dates = None
        self._a, self._lbytes, self.raw_lengths, self.texts, self._lengths = {}, {}, {}, {}, {}
        self.file.close()

    @property
    def counts(self) -> np.ndarray:
        """Each row's posting count."""
        counts = self._counts
        if counts is None:
            a = self._a
            counts = self._counts = np.concatenate([a["counts"], a["pcounts"]]).astype(np.int64)
        return counts

    @property
    def starts(self) -> np.ndarray:
        """Where each row's postings start in ``ids`` and ``tf``."""
        starts = self._starts
        if starts is None:
            a = self._a
            stored = np.concatenate([a["counts"], a["pcounts"]])  # as narrow as stored
            starts = np.zeros(len(stored), dtype=np.int64)
            np.cumsum(stored[:-1], dtype=np.int64, out=starts[1:])
            self._starts = starts
        return starts

    def count(self, i: int) -> int:
        """Row ``i``'s posting count (without making the table of them all)."""
        words = self.words
        return int(self._a["counts"][i] if i < words else self._a["pcounts"][i - words])

    @property
    def positional(self) -> np.ndarray:
        """Whether each row keeps positions (every word pair does)."""
        positional = self._positional
        if positional is None:
            a = self._a
            words = np.unpackbits(a["positional"], count=self.words).astype(bool)
            positional = self._positional = np.concatenate([words, np.ones(len(self.pair_keys), dtype=bool)])
        return positional

    @property
    def pstarts(self) -> np.ndarray:
        """Where each row's positions start in ``pos``."""
        pstarts = self._pstarts
        if pstarts is None:
            counts, positional = self.counts, self.positional
            row_positions = np.zeros(len(counts), dtype=np.int64)
            if len(counts):
                row_positions[positional] = np.add.reduceat(self.tf.astype(np.int64), self.starts)[positional]
            pstarts = self._pstarts = np.cumsum(row_positions) - row_positions
        return pstarts

    def boost(self, field: str) -> float:
        """The field's boost: a posting's weight is its frequency times this."""
        return self._boosts.get(field, 1.0)

    def lengths(self, field: str) -> np.ndarray:
        """Each document's length of ``field`` as Whoosh rounds it (what BM25 reads)."""
        got = self._lengths.get(field)
        if got is None:
            got = self._lengths[field] = _BYTE_TO_LENGTH[self._lbytes[field]]
        return got

    def length_bytes(self, field: str) -> np.ndarray:
        return self._lbytes[field]

    def row(self, key: int) -> int | None:
        """The row of the term with this key, or None."""
        key = np.uint64(key)
        i = int(np.searchsorted(self.keys, key))
        if i >= self.words or self.keys[i] != key:
            return None
        return i

    def pair_row(self, key: int) -> int | None:
        """The row of the word pair with this key, or None (the pair does not occur, or one
        of its words is not common here: see ``pair_min_df``)."""
        key = np.uint64(key)
        i = int(np.searchsorted(self.pair_keys, key))
        if i >= len(self.pair_keys) or self.pair_keys[i] != key:
            return None
        return self.words + i

    def find_key(self, key: int, pair: bool = False) -> tuple[int, int] | None:
        """(first posting, posting count) of the term (or word pair) with this key, or None."""
        i = self.pair_row(key) if pair else self.row(key)
        if i is None:
            return None
        return int(self.starts[i]), self.count(i)

    def lookup(self, key: int, pair: bool = False):
        """(doc numbers, frequencies) of the term (or word pair) with this key, or None."""
        found = self.find_key(key, pair)
        if found is None:
            return None
        a, n = found
        return self.ids[a : a + n], self.tf[a : a + n]

    def position_bounds(self, i: int) -> np.ndarray:
        """Where each posting of row ``i``'s positions starts in ``pos``, and where the last ends."""
        a, n = int(self.starts[i]), self.count(i)
        return int(self.pstarts[i]) + np.concatenate(([0], np.cumsum(self.tf[a : a + n], dtype=np.int64)))

    def text_rows(self, field: str) -> tuple:
        """(blob, offsets, rows) of ``field``'s term texts, sorted as Whoosh sorts them."""
        return self.texts[field]

    def text_list(self, field: str) -> list[str]:
        """``field``'s term texts, decoded, sorted as Whoosh sorts them (empty when the field
        has none here)."""
        if field not in self.texts:
            return []
        blob, offsets, _rows = self.texts[field]
        data, ends = bytes(memoryview(blob)), offsets.tolist()
        return [data[a:b].decode("utf-8") for a, b in zip(ends, ends[1:], strict=False)]


def write_arrays(
    path: Path,
    layout: Layout,
    doc_count: int,
    chunks: list,
    raw_lengths: dict,
    dates: np.ndarray,
    totals: dict | None = None,
) -> None:
    """Write a sidecar. ``chunks`` are (field, term texts (sorted bytes) or word-pair keys
    (uint64 array), postings per term, doc numbers, frequencies, positions or None); a
    field may come in several chunks, in term order. ``raw_lengths`` are each length
    field's per-document lengths (``totals`` overrides their sums)."""
    pair_fields = set(layout.pair_names.values())
    words = _Table(layout, [c for c in chunks if c[0] not in pair_fields])
    pairs = _Table(layout, [c for c in chunks if c[0] in pair_fields])
    total, npos = words.total + pairs.total, words.npos + pairs.npos
    most_tf, most_pos = max(words.most_tf, pairs.most_tf), max(words.most_pos, pairs.most_pos)
    most_count = max(words.most_count, pairs.most_count)
    sections = [
        ("keys", "u8", len(words.keys), [words.keys]),
        ("counts", _unsigned(most_count), len(words.keys), [words.counts]),
        ("positional", "u1", (len(words.keys) + 7) // 8, [np.packbits(words.positional)]),
        ("pkeys", "u8", len(pairs.keys), [pairs.keys]),
        ("pcounts", _unsigned(most_count), len(pairs.keys), [pairs.counts]),
        ("ids", _unsigned(max(doc_count - 1, 0)), total, [words.ids(), pairs.ids()]),
        ("tf", _unsigned(most_tf), total, [words.tf(), pairs.tf()]),
        ("pos", _unsigned(most_pos), npos, [words.pos(), pairs.pos()]),
        ("dates", "u8", doc_count, [dates]),
    ]
    for field in layout.text_fields:
        sections += text_sections(field, *words.texts(field), len(words.keys))
    meta, more = length_sections(layout, raw_lengths, doc_count, totals)
    write_sidecar(
        path,
        dict(
            meta,
            doc_count=doc_count,
            postings=total,
            positions=npos,
            text_fields=list(layout.text_fields),
            boosts=dict(layout.boosts),
            pair_min_df=pair_min_df(doc_count),
        ),
        sections + more,
    )


def text_sections(field: str, texts: list, rows: np.ndarray, nrows: int) -> list:
    """A field's term texts (sorted) and each one's row, as sidecar sections."""
    blob = b"".join(texts)
    offsets = np.zeros(len(texts) + 1, dtype=np.int64)
    np.cumsum([len(t) for t in texts], out=offsets[1:])
    return [
        (f"tx.{field}", "u1", len(blob), [np.frombuffer(blob, dtype=np.uint8)]),
        (f"to.{field}", _unsigned(len(blob)), len(offsets), [offsets]),
        (f"tr.{field}", _unsigned(max(nrows - 1, 0)), len(rows), [rows]),
    ]


class _Table:
    """Chunks of postings as one table of rows in key order, their postings and positions
    gathered into that order."""

    def __init__(self, layout: Layout, chunks: list):
        positional, textual = set(layout.positional_fields), set(layout.text_fields)
        key_parts, count_parts, flag_parts, id_parts, tf_parts, pos_parts = [], [], [], [], [], []
        self._texts: dict[str, list] = {f: [] for f in layout.text_fields}
        self._text_rows: dict[str, list] = {f: [] for f in layout.text_fields}
        nkeys = 0
        self.most_tf = self.most_pos = self.most_count = 0
        for field, terms, term_counts, ids, tf, flat in chunks:
            term_counts = np.asarray(term_counts, dtype=np.int64)
            if isinstance(terms, np.ndarray):
                keys = terms.astype(np.uint64)
            else:
                keys = np.fromiter((term_key(field, t) for t in terms), dtype=np.uint64, count=len(terms))
                if field in textual:
                    self._texts[field].extend(terms)
                    self._text_rows[field].append(np.arange(nkeys, nkeys + len(terms), dtype=np.int64))
            has_pos = field in positional and flat is not None
            key_parts.append(keys)
            count_parts.append(term_counts)
            flag_parts.append(np.full(len(keys), has_pos))
            id_parts.append(np.asarray(ids))
            tf = np.asarray(tf)
            tf_parts.append(tf)
            pos_parts.append(np.asarray(flat) if has_pos else np.empty(0, np.uint32))
            if len(tf):
                self.most_tf = max(self.most_tf, int(tf.max()))
                self.most_count = max(self.most_count, int(term_counts.max()))
            if has_pos and len(flat):
                self.most_pos = max(self.most_pos, int(np.max(flat)))
            nkeys += len(keys)
        keys = np.concatenate(key_parts) if key_parts else np.empty(0, np.uint64)
        self.order = np.argsort(keys, kind="stable")
        self.rank = np.empty(len(self.order), dtype=np.int64)
        self.rank[self.order] = np.arange(len(self.order))
        self.keys = keys[self.order]
        counts = np.concatenate(count_parts) if count_parts else np.empty(0, np.int64)
        self.counts = counts[self.order]
        flags = np.concatenate(flag_parts) if flag_parts else np.empty(0, bool)
        self.positional = flags[self.order]
        self._ids = np.concatenate(id_parts) if id_parts else np.empty(0, np.int64)
        self._tf = np.concatenate(tf_parts).astype(np.int64) if tf_parts else np.empty(0, np.int64)
        self._pos = np.concatenate(pos_parts) if pos_parts else np.empty(0, np.uint32)
        self.total, self.npos = len(self._ids), len(self._pos)
        # Each row's postings, and positions, as they arrived (chunk order).
        starts = np.cumsum(counts) - counts
        row_pos = np.zeros(len(counts), dtype=np.int64)
        if len(counts):
            row_pos[flags] = np.add.reduceat(self._tf, starts)[flags] if self.total else 0
        pstarts = np.cumsum(row_pos) - row_pos
        self._posting_gather = _runs(starts[self.order], self.counts)
        self._position_gather = _runs(pstarts[self.order], row_pos[self.order])

    def ids(self) -> np.ndarray:
        return self._ids[self._posting_gather]

    def tf(self) -> np.ndarray:
        return self._tf[self._posting_gather]

    def pos(self) -> np.ndarray:
        return self._pos[self._position_gather]

    def texts(self, field: str) -> tuple:
        """(sorted texts, their rows in key order)."""
        rows = np.concatenate(self._text_rows[field]) if self._text_rows[field] else np.empty(0, np.int64)
        return self._texts[field], self.rank[rows]


def _runs(starts: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """Indexes of the runs ``starts[i] .. starts[i] + lengths[i]``, one after another."""
    lengths = np.asarray(lengths, dtype=np.int64)
    total = int(lengths.sum())
    if not total:
        return np.empty(0, np.int64)
    return np.repeat(np.asarray(starts, np.int64) - (np.cumsum(lengths) - lengths), lengths) + np.arange(total)


def length_sections(layout: Layout, raw_lengths: dict, doc_count: int, totals: dict | None = None) -> tuple:
    """(header entries, sidecar sections) of the length fields: each document's length as
    Whoosh's one byte rounds it (what BM25 reads) and raw (what a merge carries on), and
    the totals (``totals`` overrides a field's sum)."""
    totals = dict(totals or {})
    sections = []
    for field in layout.length_fields:
        raw = np.asarray(raw_lengths[field], dtype=np.int64)[:doc_count]
        if len(raw) < doc_count:
            raw = np.concatenate([raw, np.zeros(doc_count - len(raw), np.int64)])
        totals.setdefault(field, int(raw.sum()))
        sections.append((f"lb.{field}", "u1", doc_count, [length_bytes(raw)]))
        sections.append(
            (
                f"raw.{field}",
                _unsigned(int(raw.max()) if len(raw) else 0),
                doc_count,
                [np.minimum(raw, np.iinfo(np.uint32).max)],
            )
        )
    return {"length_fields": list(layout.length_fields), "totals": totals}, sections


def length_bytes(raw: np.ndarray) -> np.ndarray:
    """Whoosh's one-byte encoding of field lengths, for an array of lengths."""
    raw = np.asarray(raw, dtype=np.int64)
    out = np.empty(len(raw), dtype=np.uint8)
    small = raw < _LENGTH_TO_BYTE_SIZE
    out[small] = _length_to_byte()[raw[small]]
    out[~small] = [whoosh3.length_to_byte(int(x)) for x in raw[~small]]
    return out
