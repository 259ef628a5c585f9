"""New documents written as whole segments: the bulk path of indexing.

Whoosh's ``SegmentWriter`` handles every posting in Python three times (a tuple in
its pool, a sort of all the tuples, one codec call each), and pickles each posting's
positions; on Reuters that was most of a build, all of it in the one process that
holds the lock. Here a document is analysed where it is prepared (in worker
processes), exactly as Whoosh's ``field.index`` would analyse it, and a segment is
written in one go: Whoosh's per-document files (stored fields, columns, lengths)
through its own writer, and all postings as arrays in the segment's sidecar
(``engine/arrays.py``), which Whoosh reads through ``engine/codec.py``. Whoosh's
writer still does deletions and the commit.
"""

from __future__ import annotations

from array import array
from itertools import chain
from typing import NamedTuple

import numpy as np
from whoosh.analysis import IDTokenizer
from whoosh.fields import DATETIME, ID, NUMERIC
from whoosh.formats import Existence, Frequency, Positions

from ..analysis import SnowballFilter, token_texts
from ..schema import ARTICLE_UNSTORED, QUOTE_STORED, F, Kind, SchemaSpec
from .arrays import NO_DATE, Layout, write_arrays
from .codec import make_codec
from .pairs import derive_pairs, word_runs
from .postings import sidecar_path
from .sidecar import SUFFIX, remove_sidecar

# A segment is written once this many postings are waiting: bounds a build's memory
# (about 20 bytes a posting) however large the input.
MAX_POSTINGS = 12_000_000
# A new segment starts before one would pass this many documents: up to 65,536 documents,
# a segment's posting arrays keep document numbers in 2 bytes instead of 4 (arrays.py).
# Merges may still make larger segments.
MAX_DOCS = 1 << 16


def _text_fields(spec: SchemaSpec) -> dict:
    """Text field -> its stemmer (None for plain analysis), for the fast path."""
    return {
        f.name: SnowballFilter() if (f.analyzer or "stemming") == "stemming" else None
        for f in spec.fields
        if f.type == "text"
    }


def _prepared(spec: SchemaSpec) -> tuple:
    """(spec, Whoosh schema, text fields), made once per spec and found by its identity:
    hashing a frozen spec's fields on every document cost more than analysing its ID fields."""
    hit = _PREPARED.get(id(spec))
    if hit is None or hit[0] is not spec:  # the entry keeps its spec alive, so ids are not reused
        hit = _PREPARED[id(spec)] = (spec, spec.to_whoosh(), _text_fields(spec))
    return hit


_PREPARED: dict[int, tuple] = {}


def analyze(spec: SchemaSpec, doc: dict) -> tuple:
    """One document as the segment writer needs it, equal to what Whoosh's
    ``add_document`` computes: (per field: stored value, length, column value; per
    indexed field: (field, terms, frequencies, positions or None))."""
    _spec, schema, text_fields = _prepared(spec)
    kind = doc.get(F.KIND)
    keep = QUOTE_STORED if kind == Kind.QUOTE else None
    drop = ARTICLE_UNSTORED if kind == Kind.ARTICLE else frozenset()
    perdoc, postings = [], []
    for name in sorted(doc):
        value = doc[name]
        if value is None:
            continue
        field = schema[name]
        length = 0
        if field.indexed:
            fast = text_fields.get(name)
            if (
                type(field) is ID
                and type(field.analyzer) is IDTokenizer
                and type(field.format) is Existence
                and isinstance(value, str)
            ):
                # The one token IDTokenizer yields.
                postings.append((name, [value.encode("utf-8")], _ONE, None))
            elif fast is not None and type(field.format) is Positions and isinstance(value, str):
                tokens = token_texts(value, fast)
                terms, freqs, positions = _positional_postings(tokens)
                postings.append((name, terms, freqs, positions))
                length = len(tokens)
            elif type(field.format) is Frequency and isinstance(value, (list, tuple)):
                terms, freqs = _value_list_postings(value)
                postings.append((name, terms, freqs, None))
                length = sum(freqs)
            elif type(field) in _TIERED and field.shift_step and not isinstance(value, (list, tuple)):
                terms = _tiered_terms(field, value)
                postings.append((name, terms, array("I", [1]) * len(terms), None))
                length = len(terms)
            else:
                postings.append(_generic_postings(name, field, value))
                length = sum(postings[-1][2])
            if not field.scorable:
                length = 0
        stored = value if field.stored and (keep is None or name in keep) and name not in drop else None
        # A quotation's text is in its hit row: its body is indexed, not kept again.
        column = field.to_column_value(value) if field.column_type and (keep is None or name != F.BODY) else None
        perdoc.append((name, stored, length, column))
    return perdoc, postings


_ONE = array("I", [1])
_TIERED = (NUMERIC, DATETIME)


def _generic_postings(name: str, field, value) -> tuple:
    """Whatever Whoosh's own ``field.index`` makes of a value the fast paths do not take."""
    terms, freqs, positions = [], array("I"), array("I")
    positional = isinstance(field.format, Positions)
    for tbytes, freq, _weight, vbytes in field.index(value):
        terms.append(tbytes)
        freqs.append(freq)
        if positional:
            positions.extend(field.format.decode_positions(vbytes))
    return name, terms, freqs, positions if positional else None


def _value_list_postings(values: list) -> tuple:
    """The terms and frequencies ``Frequency.word_values`` gives for a list of values:
    Whoosh does not analyse a list, each value is one token as it stands."""
    freqs: dict[str, int] = {}
    for item in values:
        freqs[item] = freqs.get(item, 0) + 1
    return [t.encode("utf-8") for t in freqs], array("I", freqs.values())


def _tiered_terms(field: NUMERIC, value) -> list[bytes]:
    """The terms ``NUMERIC.index`` (and ``DATETIME.index``) yield for one value: the value's
    sortable form shifted right by each step. Whoosh converts the value again for every
    step; here it is converted once, read back from the unshifted term."""
    first = field.to_bytes(value, 0)
    sortable = field._struct.unpack(first[1:])[0]
    return [first] + [
        field.sortable_to_bytes(sortable, shift) for shift in range(field.shift_step, field.bits, field.shift_step)
    ]


def _positional_postings(tokens: list[str]) -> tuple:
    """The terms of these tokens in first-seen order, each one's frequency, and all their
    positions, term by term (what ``Positions.word_values`` records)."""
    poses: dict[str, list[int]] = {}
    for i, t in enumerate(tokens):
        p = poses.get(t)
        if p is None:
            poses[t] = [i]
        else:
            p.append(i)
    return (
        [t.encode("utf-8") for t in poses],
        array("I", map(len, poses.values())),
        array("I", chain.from_iterable(poses.values())),
    )


def analyze_group(spec: SchemaSpec, article_id: str, article: dict, quotes: list[dict]) -> Group:
    return Group(article_id, len(quotes), [analyze(spec, doc) for doc in (article, *quotes)])


class Group(NamedTuple):
    """An article and its quotes, analysed: what a worker hands the writing process."""

    article_id: str
    quotes: int
    docs: list


class _FieldPostings:
    """One field's postings of a pending segment, in arrival (document) order."""

    __slots__ = ("vocab", "tids", "docs", "freqs", "pos")

    def __init__(self):
        self.vocab: dict[bytes, int] = {}
        self.tids, self.docs, self.freqs, self.pos = array("i"), array("i"), array("I"), array("I")

    def add(self, docnum: int, terms, freqs, positions) -> None:
        vocab = self.vocab
        setdefault = vocab.setdefault
        self.tids.extend([setdefault(t, len(vocab)) for t in terms])
        self.docs.extend([docnum] * len(terms))
        self.freqs.extend(freqs)
        if positions is not None:
            self.pos.extend(positions)

    def chunk(self, name: str, positional: bool) -> tuple:
        """(field, terms sorted as Whoosh sorts them, postings per term, doc numbers,
        frequencies, positions or None), each term's postings in document order."""
        terms = list(self.vocab)
        by_text = sorted(range(len(terms)), key=terms.__getitem__)
        rank = np.empty(len(terms), dtype=np.int64)
        rank[by_text] = np.arange(len(terms))
        ranks = rank[np.frombuffer(self.tids, dtype=np.int32)]
        # Documents arrived in order, so a stable sort by term keeps each list's ids ascending.
        order = np.argsort(ranks, kind="stable")
        counts = np.bincount(ranks, minlength=len(terms))
        docs = np.frombuffer(self.docs, dtype=np.int32)[order]
        freqs = np.frombuffer(self.freqs, dtype=np.uint32)
        pos = None
        if positional and len(self.pos):
            pos = _reorder_positions(freqs, np.frombuffer(self.pos, dtype=np.uint32), order)
        return name, [terms[i] for i in by_text], counts, docs, freqs[order], pos


def _put(lengths: array, docnum: int, length: int) -> None:
    """Record a document's length; documents without the field in between get 0."""
    if len(lengths) < docnum:
        lengths.extend([0] * (docnum - len(lengths)))
    lengths.append(length)


def _raw(lengths: array | None, n: int) -> np.ndarray:
    raw = np.zeros(n, dtype=np.int64)
    if lengths is not None:
        raw[: len(lengths)] = np.frombuffer(lengths, dtype=np.uint32)
    return raw


def _reorder_positions(counts: np.ndarray, pos: np.ndarray, order: np.ndarray) -> np.ndarray:
    """Per-posting runs of positions (``counts`` long each), moved into the postings' new ``order``."""
    pc = counts.astype(np.int64)
    starts = (np.cumsum(pc) - pc)[order]
    pc = pc[order]
    gather = np.repeat(starts - (np.cumsum(pc) - pc), pc) + np.arange(int(pc.sum()))
    return pos[gather]


class SegmentBuilder:
    """Documents added in order become one new segment when ``finish`` is called."""

    def __init__(self, storage, indexname: str, schema, index_dir, sidecar: Layout):
        self.storage, self.schema = storage, schema
        self.index_dir = index_dir
        self.sidecar = sidecar  # what the posting arrays hold: arrays.Layout
        self.codec = make_codec()
        self.segment = self.codec.new_segment(storage, indexname)
        self.perdoc = self.codec.per_document_writer(storage, self.segment)
        self.fields: dict[str, _FieldPostings] = {}
        self.lengths: dict[str, array] = {}
        self.dates = array("Q")
        self.doc_count = 0
        self.postings = 0

    def add(self, analyzed: tuple) -> int:
        perdoc_items, postings = analyzed
        docnum = self.doc_count
        pw = self.perdoc
        schema = self.schema
        date_field = self.sidecar.date_field
        date = NO_DATE
        pw.start_doc(docnum)
        for name, stored, length, column in perdoc_items:
            field = schema[name]
            pw.add_field(name, field, stored, length)
            if column is not None:
                pw.add_column_value(name, field.column_type, column)
                if name == date_field:
                    date = column
            if length:
                lens = self.lengths.get(name)
                if lens is None:
                    lens = self.lengths[name] = array("I")
                _put(lens, docnum, length)
        pw.finish_doc()
        self.dates.append(date)
        for name, terms, freqs, positions in postings:
            acc = self.fields.get(name)
            if acc is None:
                acc = self.fields[name] = _FieldPostings()
            acc.add(docnum, terms, freqs, positions)
            self.postings += len(terms)
        self.doc_count += 1
        return docnum

    def finish(self):
        """Write the segment (one compound file of Whoosh's per-document data) and its
        posting arrays; returns the Whoosh segment."""
        n = self.doc_count
        self.perdoc.close()
        self.segment.set_doc_count(n)
        # One file per segment: a searcher maps it whole when it opens, so a commit that
        # deletes the segment later cannot pull a column out from under a search that reads
        # it lazily (separate files were opened on first use, and a missing one was taken
        # for "no such column"); and one file is one fsync.
        self.segment.create_compound_file(self.storage)
        positional = set(self.sidecar.positional_fields)
        pair_of = self.sidecar.pair_names
        chunks = []
        for name in sorted(self.fields):
            chunk = self.fields.pop(name).chunk(name, name in positional)
            chunks.append(chunk)
            if name in pair_of and chunk[5] is not None:
                _n, terms, counts, docs, freqs, pos = chunk
                chunks.append(
                    derive_pairs(pair_of[name], word_runs(pair_of[name], terms, counts, docs, freqs, pos, n), n)
                )
        raw_lengths = {name: _raw(self.lengths.get(name), n) for name in self.sidecar.length_fields}
        write_arrays(
            sidecar_path(self.index_dir, _Named(self.segment)),
            self.sidecar,
            n,
            chunks,
            raw_lengths,
            np.frombuffer(self.dates, dtype=np.uint64),
        )
        return self.segment

    def discard(self) -> None:
        """Remove whatever this builder wrote (a cancelled batch)."""
        try:
            if not self.perdoc.is_closed:
                self.perdoc.close()
        except Exception:
            pass
        prefix = f"{self.segment.segment_id()}."
        for name in list(self.storage.list()):
            if name.startswith(prefix):
                try:
                    self.storage.delete_file(name)
                except OSError:
                    pass
        remove_sidecar(self.index_dir / f"{self.segment.segment_id()}{SUFFIX}")


class _Named:
    """Stands in for a reader where only the segment is needed (``sidecar_path``)."""

    def __init__(self, segment):
        self._segment = segment
