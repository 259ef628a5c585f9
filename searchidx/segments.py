"""New documents written as whole Whoosh segments: the bulk path of indexing.

Whoosh's ``SegmentWriter`` handles every posting in Python three times (a
tuple in its pool, a sort of all the tuples, one codec call each); on Reuters
that was 3.5 s per 1,000 records, most of a build, all of it in the one
process that holds the lock. Here a document is analysed where it is prepared
(in worker processes) by Whoosh's own ``field.index``, and this process only
collects the postings, orders a whole batch with numpy and hands Whoosh's W3
codec one block of up to 128 postings at a time. What lands on disk is an
ordinary Whoosh segment (the same term dictionary, posting blocks, lengths,
stored fields and columns); Whoosh's writer still does deletions, merging and
the commit. The segment's posting arrays (``postings.py``) are written from
the same arrays rather than decoded back out of the segment.
"""
from __future__ import annotations

import pickle
from array import array
from bisect import bisect_right
from itertools import chain
from pathlib import Path
from typing import NamedTuple

import numpy as np
from whoosh.analysis import IDTokenizer
from whoosh.codec.whoosh3 import W3TermInfo, length_to_byte
from whoosh.fields import DATETIME, ID, NUMERIC
from whoosh.formats import Existence, Frequency, Positions
from whoosh.reading import SegmentReader
from whoosh.system import _INT_SIZE as _UINT_SIZE, pack_uint, pack_ushort

from .analysis import SnowballFilter, token_texts
from .codec import inline_values, make_codec
from .engine.sidecar import SUFFIX, remove_sidecar
from .postings import _BYTE_TO_LENGTH, Layout, SegmentArrays, length_bytes, pair_keys, sidecar_path, term_key
from .schema import SchemaSpec

BLOCK = 128  # postings per block, as Whoosh's W3 codec writes them
_TERMINFO = W3TermInfo._struct
LIST_RUN = 1 << 16  # postings turned into Python lists at once while writing a field
# A segment is written once this many postings are waiting: bounds a build's memory
# (about 40 bytes a posting) however large the input.
MAX_POSTINGS = 12_000_000


def _text_fields(spec: SchemaSpec) -> dict:
    """Text field -> (stemmer or None, its word-pair field or None), for the fast path."""
    pairs = spec.pair_fields
    return {f.name: (SnowballFilter() if (f.analyzer or "stemming") == "stemming" else None, pairs.get(f.name))
            for f in spec.fields if f.type == "text"}


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
    ``add_document`` computes: (per field: stored value, length, column value;
    per indexed field: postings; per word-pair field: its text field's token keys)."""
    _spec, schema, text_fields = _prepared(spec)
    perdoc, postings, pairs = [], [], []
    for name in sorted(doc):
        value = doc[name]
        if value is None:
            continue
        field = schema[name]
        length = 0
        if field.indexed:
            fast = text_fields.get(name)
            if (type(field) is ID and type(field.analyzer) is IDTokenizer and type(field.format) is Existence
                    and isinstance(value, str)):
                # What Existence.word_values gives for the one token IDTokenizer yields.
                postings.append(([value.encode("utf-8")], array("f", [field.format.field_boost]), b"",
                                 array("I", [0]), None))
            elif fast is not None and type(field.format) is Positions and isinstance(value, str):
                stemmer, pair_field = fast
                tokens = token_texts(value, stemmer)
                postings.append(_positional_postings(field.format, tokens))
                if pair_field is not None:
                    pairs.append((pair_field, _token_keys(pair_field, tokens)))
                length = len(tokens)
            elif type(field.format) is Frequency and isinstance(value, (list, tuple)):
                entry, length = _value_list_postings(field.format, value)
                postings.append(entry)
            elif type(field) in _TIERED and field.shift_step and not isinstance(value, (list, tuple)):
                terms = _tiered_terms(field, value)
                n = len(terms)
                postings.append((terms, array("f", [1.0] * n), b"", array("I", bytes(4 * n)), None))
                length = n
            else:
                terms, weights, values = [], [], []
                for tbytes, freq, weight, vbytes in field.index(value):
                    terms.append(tbytes)
                    weights.append(weight)
                    values.append(vbytes)
                    length += freq
                postings.append((terms, array("f", weights), b"".join(values),
                                 array("I", map(len, values)), None))
            postings[-1] = (name,) + postings[-1]
            if not field.scorable:
                length = 0
        stored = value if field.stored else None
        column = field.to_column_value(value) if field.column_type else None
        perdoc.append((name, stored, length, column))
    return perdoc, postings, pairs


def _value_list_postings(fmt: Frequency, values: list) -> tuple:
    """What ``Frequency.word_values`` yields for a list of values, as arrays, and the field
    length. Whoosh does not analyse a list: each value is one token as it stands."""
    freqs: dict[str, int] = {}
    for item in values:
        freqs[item] = freqs.get(item, 0) + 1
    counts = list(freqs.values())
    fb = fmt.field_boost
    return ([t.encode("utf-8") for t in freqs], array("f", [n * fb for n in counts]),
            b"".join(map(pack_uint, counts)), array("I", [_UINT_SIZE] * len(counts)), None), sum(counts)


_TIERED = (NUMERIC, DATETIME)


def _tiered_terms(field: NUMERIC, value) -> list[bytes]:
    """The terms ``NUMERIC.index`` (and ``DATETIME.index``) yield for one value: the value's
    sortable form shifted right by each step. Whoosh converts the value again for every
    step; here it is converted once, read back from the unshifted term."""
    first = field.to_bytes(value, 0)
    sortable = field._struct.unpack(first[1:])[0]
    return [first] + [field.sortable_to_bytes(sortable, shift)
                      for shift in range(field.shift_step, field.bits, field.shift_step)]


def _positional_postings(fmt: Positions, tokens: list[str]) -> tuple:
    """What ``Positions.word_values`` yields for these tokens, as arrays, plus the positions."""
    poses: dict[str, list[int]] = {}
    for i, t in enumerate(tokens):
        p = poses.get(t)
        if p is None:
            poses[t] = [i]
        else:
            p.append(i)
    fb = fmt.field_boost
    encode = fmt.encode
    single = _SINGLE_POSITION
    # Most words occur once in a document: their encodings are kept, not remade.
    values = [single[p[0]] if len(p) == 1 and p[0] < _SINGLE_CACHED else encode(p) for p in poses.values()]
    counts = array("I", map(len, poses.values()))
    return ([t.encode("utf-8") for t in poses], array("f", [n * fb for n in counts]), b"".join(values),
            array("I", map(len, values)), (counts, array("i", chain.from_iterable(poses.values()))))


_SINGLE_CACHED = 8192
_SINGLE_POSITION = [Positions().encode([i]) for i in range(_SINGLE_CACHED)]


def _token_keys(pair_field: str, tokens: list[str]) -> array:
    """Each token's key in the word-pair field; the segment makes pair keys of adjacent ones
    (``postings.pair_keys``) for all its documents at once."""
    memo = _WORD_KEYS.get(pair_field)
    if memo is None or len(memo) > _WORD_MEMO:
        memo = _WORD_KEYS[pair_field] = {}
    get = memo.get
    return array("Q", [get(t) or _word_key(memo, pair_field, t) for t in tokens])


def _word_key(memo: dict, pair_field: str, token: str) -> int:
    key = memo[token] = term_key(pair_field, token.encode("utf-8"))
    return key


# A word's key is hashed once per process, not once per occurrence.
_WORD_KEYS: dict[str, dict] = {}
_WORD_MEMO = 1_000_000


def analyze_group(spec: SchemaSpec, article_id: str, article: dict, quotes: list[dict]) -> "Group":
    return Group(article_id, len(quotes), [analyze(spec, doc) for doc in (article, *quotes)])


class Group(NamedTuple):
    """An article and its quotes, analysed: what a worker hands the writing process."""
    article_id: str
    quotes: int
    docs: list


class _FieldPostings:
    """One field's postings of a pending segment, in arrival (document) order."""

    __slots__ = ("vocab", "tids", "docs", "weights", "values", "vlens", "pcounts", "pos")

    def __init__(self):
        self.vocab: dict[bytes, int] = {}
        self.tids, self.docs, self.weights = array("i"), array("i"), array("f")
        self.values, self.vlens = bytearray(), array("I")
        self.pcounts, self.pos = array("I"), array("i")

    def add(self, docnum: int, terms, weights, values, vlens, positions) -> None:
        vocab = self.vocab
        setdefault = vocab.setdefault
        self.tids.extend([setdefault(t, len(vocab)) for t in terms])
        self.docs.extend([docnum] * len(terms))
        self.weights.extend(weights)
        self.values += values
        self.vlens.extend(vlens)
        if positions is not None:
            self.pcounts.extend(positions[0])
            self.pos.extend(positions[1])


class _PairPostings:
    """One word-pair field of a pending segment: its text field's token keys, document by
    document. Pairs are formed, grouped and ordered with arrays when the segment is written."""

    __slots__ = ("keys", "docnums", "ntokens", "lengths")

    def __init__(self):
        self.keys, self.docnums, self.ntokens, self.lengths = array("Q"), array("i"), array("I"), array("I")

    def add(self, docnum: int, keys: array) -> None:
        self.keys.extend(keys)
        self.docnums.append(docnum)
        self.ntokens.append(len(keys))
        _put(self.lengths, docnum, max(len(keys) - 1, 0))

    def chunk(self, name: str) -> tuple:
        """(field, pair keys, postings per pair, doc ids, weights, positions per posting,
        positions), pairs in key order, each pair's postings by document; a pair's
        position is its second word's, its weight how often it occurs in the document."""
        ntok = np.frombuffer(self.ntokens, dtype=np.uint32).astype(np.int64)
        tokens = np.frombuffer(self.keys, dtype=np.uint64)
        docs = np.repeat(np.frombuffer(self.docnums, dtype=np.int32), ntok)
        at = np.arange(len(tokens), dtype=np.int64) - np.repeat(np.cumsum(ntok) - ntok, ntok)
        inside = at[1:] > 0  # the pair (i - 1, i) lies within one document
        keys = pair_keys(tokens[:-1][inside], tokens[1:][inside])
        docs, at = docs[1:][inside], at[1:][inside].astype(np.int32)
        # Pairs arrived by document, then position: a stable sort by key keeps both in order.
        order = np.argsort(keys, kind="stable")
        keys, docs, at = keys[order], docs[order], at[order]
        new = np.concatenate(([True], (keys[1:] != keys[:-1]) | (docs[1:] != docs[:-1]))) if len(keys) \
            else np.empty(0, bool)
        starts = np.flatnonzero(new)
        per = np.diff(np.append(starts, len(keys)))
        keys, docs = keys[starts], docs[starts]
        first = np.flatnonzero(np.concatenate(([True], keys[1:] != keys[:-1]))) if len(keys) \
            else np.empty(0, np.int64)
        counts = np.diff(np.append(first, len(keys)))
        return name, keys[first], counts, docs, per.astype(np.float32), per, at

    def raw_lengths(self, n: int) -> np.ndarray:
        return _raw(self.lengths, n)


def _block(doc_list: list, w_list: list, value_list, has_values: bool, len_list: list, a: int, z: int) -> tuple:
    """Postings a..z of a field as one Whoosh block holds them: (ids, weights, non-empty
    values, min non-zero length or None, max length, max weight, at least 0)."""
    if value_list is None:
        vals = []
    elif has_values:
        vals = value_list[a:z]
    else:
        vals = [v for v in value_list[a:z] if v]
    ls = len_list[a:z]
    nonzero = [x for x in ls if x]
    ws = w_list[a:z]
    return doc_list[a:z], ws, vals, min(nonzero) if nonzero else None, max(0, max(ls)), max(0, max(ws))


class TermWriter:
    """Writes one field's terms, each given as its postings, into a W3 field writer as
    Whoosh's own writer would, for the bulk builder and for merges alike.

    Whoosh's postings writer encodes and writes each block; its buffer is filled a block
    at a time here, as ``add_posting()`` per posting is the cost avoided. Most terms have
    too few postings for a block: Whoosh inlines them in the term dictionary, and its
    per-term objects cost more than the postings, so those entries are made here, byte
    for byte what ``W3TermInfo.to_bytes()`` gives.
    """

    def __init__(self, fw, name: str, field):
        self.fw = fw
        fw.start_field(name, field)
        self.pw = fw._postwriter
        self.inline_limit = self.pw._inlinelimit
        self.add_entry = fw._tindex.add
        self.field_prefix = pack_ushort(fw._fieldid)

    def term(self, tbytes: bytes, doc_list: list, w_list: list, value_list: list | None, has_values: bool,
             len_list: list, a: int, z: int) -> None:
        """Postings ``a..z`` of the lists are the term's (ids ascending); ``value_list`` None
        when the field's format has no values, ``has_values`` when every posting has one."""
        if z - a < self.inline_limit:
            ids, ws, vals, minlength, maxlength, maxweight = _block(
                doc_list, w_list, value_list, has_values, len_list, a, z)
            self.add_entry(self.field_prefix + tbytes, _TERMINFO.pack(
                1, sum(ws), z - a, 0 if minlength is None else length_to_byte(minlength),
                length_to_byte(maxlength), maxweight, ids[0], ids[-1],
            ) + pickle.dumps((tuple(ids), tuple(ws), inline_values(vals, z - a)), 2))
            return
        fw, pw = self.fw, self.pw
        fw.start_term(tbytes)
        for b0 in range(a, z, BLOCK):
            b1 = min(b0 + BLOCK, z)
            ids, ws, vals, pw._minlength, pw._maxlength, pw._maxweight = _block(
                doc_list, w_list, value_list, has_values, len_list, b0, b1)
            pw._ids, pw._weights, pw._values = array("I", ids), array("f", ws), vals
            if b1 < z:
                pw._write_block()
        fw.finish_term()

    def finish(self) -> None:
        self.fw.finish_field()


def _put(lengths: array, docnum: int, length: int) -> None:
    """Record a document's length; documents without the field in between get 0."""
    if len(lengths) < docnum:
        lengths.extend([0] * (docnum - len(lengths)))
    lengths.append(length)


def _raw(lengths: array | None, n: int) -> np.ndarray:
    raw = np.zeros(n, dtype=np.int64)
    if lengths is not None:
        raw[:len(lengths)] = np.frombuffer(lengths, dtype=np.uint32)
    return raw


def _reorder_positions(pcounts: array, pos: array, order: np.ndarray) -> tuple:
    """Per-posting position runs, moved into the postings' new ``order``."""
    pc = np.frombuffer(pcounts, dtype=np.uint32).astype(np.int64)
    starts = (np.cumsum(pc) - pc)[order]
    pc = pc[order]
    gather = np.repeat(starts - (np.cumsum(pc) - pc), pc) + np.arange(int(pc.sum()))
    return pc, np.frombuffer(pos, dtype=np.int32)[gather]


class SegmentBuilder:
    """Documents added in order become one new segment when ``finish`` is called."""

    def __init__(self, storage, indexname: str, schema, index_dir, sidecar: Layout):
        self.storage, self.schema = storage, schema
        self.index_dir = index_dir
        self.sidecar = sidecar  # what the posting arrays hold: postings.Layout
        self.codec = make_codec()
        self.segment = self.codec.new_segment(storage, indexname)
        self.perdoc = self.codec.per_document_writer(storage, self.segment)
        self.fields: dict[str, _FieldPostings] = {}
        self.pairs: dict[str, _PairPostings] = {}
        self.lengths: dict[str, array] = {}
        self.doc_count = 0
        self.postings = 0

    def add(self, analyzed: tuple) -> int:
        perdoc_items, postings, pairs = analyzed
        docnum = self.doc_count
        pw = self.perdoc
        schema = self.schema
        pw.start_doc(docnum)
        for name, stored, length, column in perdoc_items:
            field = schema[name]
            pw.add_field(name, field, stored, length)
            if column is not None:
                pw.add_column_value(name, field.column_type, column)
            if length:
                lens = self.lengths.get(name)
                if lens is None:
                    lens = self.lengths[name] = array("I")
                _put(lens, docnum, length)
        pw.finish_doc()
        for name, terms, weights, values, vlens, positions in postings:
            acc = self.fields.get(name)
            if acc is None:
                acc = self.fields[name] = _FieldPostings()
            acc.add(docnum, terms, weights, values, vlens, positions)
            self.postings += len(terms)
        for name, keys in pairs:
            acc = self.pairs.get(name)
            if acc is None:
                acc = self.pairs[name] = _PairPostings()
            acc.add(docnum, keys)
            self.postings += len(keys)
        self.doc_count += 1
        return docnum

    def finish(self):
        """Write the segment's files and posting arrays; returns the Whoosh segment."""
        n = self.doc_count
        self.perdoc.close()
        self.segment.set_doc_count(n)
        fw = self.codec.field_writer(self.storage, self.segment)
        posting_fields = set(self.sidecar.posting_fields)
        chunks = []
        try:
            for name in sorted(self.fields):
                chunk = self._write_field(fw, name, self.fields.pop(name), n)
                if name in posting_fields:
                    chunks.append(chunk)
        finally:
            fw.close()
        raw_lengths = {name: _raw(self.lengths.get(name), n) for name in self.sidecar.length_fields}
        for name in sorted(self.pairs):
            acc = self.pairs.pop(name)
            chunks.append(acc.chunk(name))
            raw_lengths[name] = acc.raw_lengths(n)
        # One file per segment: a searcher maps it whole when it opens, so a commit that
        # deletes the segment later cannot pull a column out from under a search that reads
        # it lazily (separate files were opened on first use, and a missing one was taken
        # for "no such column"); and one file is one fsync.
        self.segment.create_compound_file(self.storage)
        leaf = SegmentReader(self.storage, self.schema, self.segment)
        try:
            SegmentArrays.build(leaf, self.sidecar, sidecar_path(self.index_dir, leaf),
                                chunks=chunks, raw_lengths=raw_lengths)
        finally:
            leaf.close()
        return self.segment

    def _write_field(self, fw, name: str, acc: _FieldPostings, n: int) -> tuple:
        field = self.schema[name]
        terms = list(acc.vocab)
        acc.vocab = {}
        by_text = sorted(range(len(terms)), key=terms.__getitem__)
        rank = np.empty(len(terms), dtype=np.int64)
        rank[by_text] = np.arange(len(terms))
        ranks = rank[np.frombuffer(acc.tids, dtype=np.int32)]
        # Documents arrived in order, so a stable sort by term keeps each list's ids ascending.
        order = np.argsort(ranks, kind="stable")
        counts = np.bincount(ranks, minlength=len(terms))
        starts = np.concatenate(([0], np.cumsum(counts)))
        docs = np.frombuffer(acc.docs, dtype=np.int32)[order]
        weights = np.frombuffer(acc.weights, dtype=np.float32)[order]
        vlens = np.frombuffer(acc.vlens, dtype=np.uint32).astype(np.int64)
        voffs = (np.concatenate(([0], np.cumsum(vlens)[:-1])) if len(vlens) else vlens)[order]
        vlens = vlens[order]
        lens = self._quantized_lengths(name, n)[docs] if field.scorable else np.zeros(len(docs), np.int64)

        vbytes = bytes(acc.values)
        acc.values = bytearray()
        has_values = bool(len(vlens)) and bool(vlens.min())
        no_values = not vlens.any()

        terms_out = TermWriter(fw, name, field)
        start_list = starts.tolist()
        n_terms = len(by_text)
        k = 0
        while k < n_terms:
            # Postings become Python lists a run of terms at a time: whole-field lists
            # cost about 100 bytes a posting, which bounded a worker's memory badly.
            base = start_list[k]
            end = max(bisect_right(start_list, base + LIST_RUN, k + 1) - 1, k + 1)
            top = start_list[end]
            doc_list = docs[base:top].tolist()
            w_list = weights[base:top].tolist()
            len_list = lens[base:top].tolist()
            if no_values:
                value_list = None
            else:
                offs, sizes = voffs[base:top].tolist(), vlens[base:top].tolist()
                value_list = [vbytes[a:a + b] for a, b in zip(offs, sizes)]
            for kk in range(k, end):
                terms_out.term(terms[by_text[kk]], doc_list, w_list, value_list, has_values, len_list,
                               start_list[kk] - base, start_list[kk + 1] - base)
            k = end
        terms_out.finish()
        del vbytes

        pcounts = pos = None
        if len(acc.pcounts):
            pcounts, pos = _reorder_positions(acc.pcounts, acc.pos, order)
        return name, [terms[i] for i in by_text], counts, docs, weights, pcounts, pos

    def _quantized_lengths(self, name: str, n: int) -> np.ndarray:
        """Per-document lengths as the segment stores them (one byte each), which is
        what Whoosh's own writer records in term statistics."""
        return _BYTE_TO_LENGTH[length_bytes(_raw(self.lengths.get(name), n))].astype(np.int64)

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
        remove_sidecar(Path(self.index_dir) / f"{self.segment.segment_id()}{SUFFIX}")
