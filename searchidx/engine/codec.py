"""The Whoosh codec of segments searchidx writes: Whoosh's per-document files (stored
fields, columns, lengths) plus postings served from the segment's sidecar.

Whoosh stays the index of record and the query engine of the fallback path; this
codec is how it reads a segment's terms and postings (``TermsReader``) from the same
arrays the array evaluator reads, so the index holds every posting once. Segments
Whoosh wrote itself (indexes from earlier versions) keep Whoosh's W3 codec.
"""

from __future__ import annotations

import bisect
from io import BytesIO
from pathlib import Path

import numpy as np
from whoosh.codec import base
from whoosh.codec.whoosh3 import W3Codec, W3PerDocReader
from whoosh.filedb.compound import CompoundStorage
from whoosh.filedb.filestore import OverlayStorage
from whoosh.filedb.structfile import BufferFile
from whoosh.formats import Existence, Frequency, Positions
from whoosh.matching import ListMatcher
from whoosh.reading import TermInfo, TermNotFound
from whoosh.system import pack_uint

from ..errors import IndexUnreadableError
from .arrays import SegmentArrays
from .keys import term_key
from .sidecar import SUFFIX, SidecarError


def make_codec() -> W3Codec:
    """The codec new segments are written with."""
    return SidxCodec()


class SidxCodec(W3Codec):
    """W3's per-document storage; terms and postings from the sidecar (``arrays.py``)."""

    def __init__(self):
        super().__init__()

    def field_writer(self, storage, segment):
        raise NotImplementedError("searchidx writes a segment's postings as arrays (segments.py, merge.py)")

    def terms_reader(self, storage, segment) -> SidxTermsReader:
        return SidxTermsReader(_folder(storage), segment)

    def per_document_reader(self, storage, segment) -> SidxPerDocReader:
        return SidxPerDocReader(storage, segment)


def _folder(storage) -> Path:
    """The index directory behind a segment's storage (the compound file's overlay)."""
    while isinstance(storage, OverlayStorage):
        storage = storage.b
    return Path(storage.folder)


class SidxPerDocReader(W3PerDocReader):
    """W3's per-document reader, opening columns as views of the segment's map."""

    def _get_column_file(self, fieldname):
        filename = W3Codec.column_filename(self._segment, fieldname)
        storage = self._storage
        if isinstance(storage, OverlayStorage) and storage.a.file_exists(filename):
            storage = storage.a
        source = getattr(storage, "_source", None) if isinstance(storage, CompoundStorage) else None
        if source is None:  # not mapped: Whoosh reads it through a file
            return super()._get_column_file(fieldname)
        offset, length = storage.range(filename)
        return _ViewFile(memoryview(source)[offset : offset + length], name=filename), 0, length


class _ViewFile(BufferFile):
    """Whoosh's ``BufferFile`` without its copy: Whoosh's copies the whole column into a
    ``BytesIO`` when the column opens (for the bodies and hit rows, a fifth of what a
    first search took, imports aside), though its readers read values by position from
    the view. The copy is made only if something reads the file as a stream."""

    def __init__(self, buf, name=None):
        self._buf, self._name, self.onclose = buf, name, None
        self._stream: BytesIO | None = None
        self.is_real = False
        self.is_closed = False

    @property  # type: ignore[override]
    def file(self) -> BytesIO:
        if self._stream is None:
            self._stream = BytesIO(self._buf)
        return self._stream

    def close(self) -> None:
        if self.is_closed:
            raise Exception("This file is already closed")  # as Whoosh's files do
        if self._stream is not None:
            self._stream.close()
        self.is_closed = True


class _Texts:
    """One field's term texts, sorted, as a sequence (for ``bisect``) without copying them out."""

    __slots__ = ("blob", "offsets", "rows")

    def __init__(self, blob: np.ndarray, offsets: np.ndarray, rows: np.ndarray):
        # The offsets stay as stored (narrow): a reader opens every field's, and most are never read.
        self.blob, self.offsets, self.rows = memoryview(blob), offsets, rows

    def __len__(self) -> int:
        return len(self.rows)

    def __getitem__(self, i: int) -> bytes:
        return bytes(self.blob[int(self.offsets[i]) : int(self.offsets[i + 1])])


class SidxTermsReader(base.TermsReader):
    """Whoosh's view of a segment's terms: lexicon, statistics and matchers, all read from
    the sidecar this process already has open (``postings.ARRAYS``)."""

    def __init__(self, folder: Path, segment):
        from .postings import ARRAYS

        path = folder / f"{segment.segment_id()}{SUFFIX}"
        try:
            self._arrays = ARRAYS.acquire(path, SegmentArrays.open)
        except SidecarError as exc:
            raise IndexUnreadableError(f"{exc} (its postings are gone; rebuild the index)") from None
        self._release = ARRAYS.release
        a = self._arrays
        self._texts = {f: _Texts(*a.text_rows(f)) for f in sorted(a.text_fields)}
        self._fields = [f for f, t in self._texts.items() if len(t)]

    def close(self) -> None:
        if self._arrays is not None:
            self._release(self._arrays)
            self._arrays = None

    @property
    def arrays(self) -> SegmentArrays:
        return self._arrays

    # -- lookups -------------------------------------------------------------------
    def _row(self, fieldname: str, tbytes: bytes) -> int | None:
        if fieldname not in self._texts:
            return None
        return self._arrays.row(term_key(fieldname, tbytes))

    def __contains__(self, term) -> bool:
        return self._row(*term) is not None

    def indexed_field_names(self) -> list:
        return list(self._fields)

    def term_info(self, fieldname, tbytes) -> TermInfo:
        row = self._row(fieldname, tbytes)
        if row is None:
            raise TermNotFound(f"{fieldname}:{tbytes!r}")
        return self._info(fieldname, row)

    def frequency(self, fieldname, tbytes) -> float:
        row = self._row(fieldname, tbytes)
        if row is None:
            return 0
        a, n = int(self._arrays.starts[row]), self._arrays.count(row)
        return float(self._arrays.tf[a : a + n].sum(dtype=np.int64)) * self._arrays.boost(fieldname)

    def doc_frequency(self, fieldname, tbytes) -> int:
        row = self._row(fieldname, tbytes)
        return 0 if row is None else self._arrays.count(row)

    def _info(self, fieldname: str, row: int) -> TermInfo:
        arrays = self._arrays
        a, n = int(arrays.starts[row]), arrays.count(row)
        ids, tf = arrays.ids[a : a + n], arrays.tf[a : a + n].astype(np.int64)
        boost = arrays.boost(fieldname)
        minlength = maxlength = 0
        if fieldname in arrays.length_fields:  # the scored fields: others keep no lengths
            lengths = arrays.lengths(fieldname)[ids]
            nonzero = lengths[lengths > 0]
            minlength = int(nonzero.min()) if len(nonzero) else 0
            maxlength = int(lengths.max()) if len(lengths) else 0
        return TermInfo(
            weight=float(tf.sum()) * boost,
            df=n,
            minlength=minlength,
            maxlength=maxlength,
            maxweight=float(tf.max()) * boost,
            minid=int(ids[0]),
            maxid=int(ids[-1]),
        )

    def matcher(self, fieldname, tbytes, format_, scorer=None):
        row = self._row(fieldname, tbytes)
        if row is None:
            raise TermNotFound(f"{fieldname}:{tbytes!r}")
        arrays = self._arrays
        a, n = int(arrays.starts[row]), arrays.count(row)
        tf = arrays.tf[a : a + n].astype(np.int64)
        boost = arrays.boost(fieldname)
        bounds = arrays.position_bounds(row) if isinstance(format_, Positions) else None
        return ArrayMatcher(
            arrays.ids[a : a + n].tolist(),
            (tf * boost).tolist(),
            tf.tolist(),
            bounds,
            arrays.pos,
            format_,
            scorer=scorer,
            term=(fieldname, tbytes),
            terminfo=self._info(fieldname, row),
        )

    # -- iteration -----------------------------------------------------------------
    def terms(self):
        for field in self._fields:
            for tbytes in self._texts[field]:
                yield field, tbytes

    def terms_from(self, fieldname, prefix):
        for field in self._fields:
            if field < fieldname:
                continue
            texts = self._texts[field]
            start = bisect.bisect_left(texts, prefix) if field == fieldname else 0
            for i in range(start, len(texts)):
                yield field, texts[i]

    def items(self):
        for field, tbytes in self.terms():
            yield (field, tbytes), self.term_info(field, tbytes)

    def items_from(self, fieldname, prefix):
        for field, tbytes in self.terms_from(fieldname, prefix):
            yield (field, tbytes), self.term_info(field, tbytes)

    def cursor(self, fieldname, fieldobj) -> SidxCursor:
        return SidxCursor(
            self._texts.get(fieldname) or _Texts(np.empty(0, np.uint8), np.zeros(1, np.int64), np.empty(0, np.int64)),
            fieldobj,
        )


class SidxCursor(base.FieldCursor):
    """Walks one field's sorted terms (Whoosh's fuzzy matching steps through it)."""

    def __init__(self, texts: _Texts, fieldobj):
        self._texts, self._fieldobj = texts, fieldobj
        self._i = 0

    def first(self):
        self._i = 0
        return self.text()

    def find(self, string):
        if not isinstance(string, bytes):
            string = self._fieldobj.to_bytes(string)
        self._i = bisect.bisect_left(self._texts, string)
        return self.text()

    def next(self):
        self._i += 1
        return self.text()

    def text(self):
        if self._i >= len(self._texts):
            return None
        return self._fieldobj.from_bytes(self._texts[self._i])

    def term(self):
        t = self.text()
        return None if t is None else (None, t)

    def is_valid(self) -> bool:
        return self._i < len(self._texts)


class ArrayMatcher(ListMatcher):
    """A term's postings from arrays, with Whoosh's encoded values made when asked for
    (a phrase asks for positions, which are read straight from the arrays)."""

    def __init__(self, ids, weights, freqs, bounds, pos, format_, scorer=None, term=None, terminfo=None, position=0):
        super().__init__(ids, weights, None, format_, scorer=scorer, term=term, terminfo=terminfo, position=position)
        self._freqs, self._bounds, self._pos = freqs, bounds, pos

    def copy(self):
        return ArrayMatcher(
            self._ids,
            self._weights,
            self._freqs,
            self._bounds,
            self._pos,
            self._format,
            scorer=self._scorer,
            term=self._term,
            terminfo=self._terminfo,
            position=self._i,
        )

    def _positions(self) -> list:
        b = self._bounds
        return self._pos[b[self._i] : b[self._i + 1]].tolist()

    def value(self):
        fmt = self._format
        if isinstance(fmt, Positions):
            return fmt.encode(self._positions())
        if isinstance(fmt, Frequency):
            return pack_uint(self._freqs[self._i])
        if isinstance(fmt, Existence):
            return None
        raise NotImplementedError(type(fmt).__name__)

    def value_as(self, astype):
        if astype == "positions" and self._bounds is not None:
            return self._positions()
        if astype == "frequency":
            return self._freqs[self._i]
        if astype == "weight":
            return self._weights[self._i]
        return self._format.decoder(astype)(self.value())

    def all_items(self):
        for i in range(len(self._ids)):
            self._i = i
            yield self._ids[i], self.value()
