"""JSON and JSON Lines records through orjson, one record at a time.

A bad line (malformed JSON, no body, a bad date) is an error on that record, and the
lines after it are still read: one bad row never costs the good ones.
"""

from __future__ import annotations

import codecs
from collections.abc import Iterator, Mapping

import orjson

from ..errors import IngestError
from . import limits
from .entries import Entry
from .fields import RecordBuilder, columns_for

_NOT_JSON = object()


class _Objects:
    """JSON objects to records: the column mapping is worked out once per set of keys."""

    def __init__(self, path: str, name: str, fields: Mapping[str, str]):
        self.path = path
        self.builder = RecordBuilder(path, name, fields)
        self.fields = fields
        self._columns: dict[tuple, dict] = {}

    def entry(self, obj, line: int | None, position: int) -> Entry:
        if not isinstance(obj, dict):
            return Entry(
                line, position, IngestError(self.path, f"expected a JSON object, got {type(obj).__name__}", line=line)
            )
        keys = tuple(obj)
        columns = self._columns.get(keys)
        if columns is None:
            columns = self._columns[keys] = columns_for(keys, self.fields)
        try:
            return Entry(line, position, self.builder.record(obj, columns, line, position))
        except IngestError as exc:
            return Entry(line, position, exc)


def decode_utf8(data: bytes, path: str, offset: int = 0, line: int | None = None) -> str:
    """``data`` as text, or an error naming the first bad byte (``offset``: where ``data``
    starts in its file; ``line``: its line, else counted in ``data``)."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        where = line if line is not None else data.count(b"\n", 0, exc.start) + 1
        raise IngestError(
            path, f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {offset + exc.start})", line=where
        ) from None


def iter_jsonl(
    data: bytes, path: str, name: str | None = None, fields: Mapping[str, str] | None = None
) -> Iterator[Entry]:
    """One entry per non-blank line, parsed as it is reached: a long file is never held as
    records, only as its bytes. Records without an id are ``name#LINE``."""
    objects = _Objects(path, name or path, fields or {})
    pos = len(codecs.BOM_UTF8) if data.startswith(codecs.BOM_UTF8) else 0
    end_of_data = len(data)
    longest = limits.max_line_bytes()
    lineno = 0
    found = False
    while pos < end_of_data:
        end = data.find(b"\n", pos)
        if end < 0:
            end = end_of_data
        lineno += 1
        start, pos = pos, end + 1
        if end - start > longest:
            found = True
            yield Entry(
                lineno,
                lineno,
                IngestError(
                    path, f"record too large: the line is {end - start:,} bytes; the limit is {longest:,}", line=lineno
                ),
                start,
            )
            continue
        try:
            line = decode_utf8(data[start:end], path, offset=start, line=lineno)
        except IngestError as exc:
            found = True
            yield Entry(lineno, lineno, exc, start)
            continue
        if not line.strip():
            continue
        found = True
        try:
            obj = orjson.loads(line)
        except orjson.JSONDecodeError as exc:
            yield Entry(
                lineno, lineno, IngestError(path, f"malformed JSON: {exc.args[0].split(':')[0]}", line=lineno), start
            )
            continue
        entry = objects.entry(obj, lineno, lineno)
        yield entry._replace(offset=start)
    if not found:
        raise IngestError(path, "no records")


def iter_json(
    data: bytes, path: str, name: str | None = None, fields: Mapping[str, str] | None = None
) -> Iterator[Entry]:
    """A .json file: one object, an array of objects (records without an id are
    ``name#N``, N counting from 1), or (leniently) JSON Lines. A file that is none of
    these (an array missing a comma) is one error naming the line, not one per line."""
    bom = len(codecs.BOM_UTF8) if data.startswith(codecs.BOM_UTF8) else 0
    text = decode_utf8(data[bom:], path, offset=bom)
    try:
        parsed = orjson.loads(text)
    except orjson.JSONDecodeError as exc:
        first = next((line for line in text.splitlines() if line.strip()), "")
        try:
            orjson.loads(first)
        except orjson.JSONDecodeError:
            # Not JSON Lines either: its first line is no JSON value on its own.
            raise IngestError(path, f"malformed JSON: {exc.msg}", line=exc.lineno) from None
        parsed = _NOT_JSON
    del text  # the parsed objects are all that is needed from here
    if parsed is _NOT_JSON:
        yield from iter_jsonl(data, path, name, fields)
        return
    items = parsed if isinstance(parsed, list) else [parsed]
    if not items:
        raise IngestError(path, "no records")
    objects = _Objects(path, name or path, fields or {})
    for n, obj in enumerate(items, start=1):
        yield objects.entry(obj, None, n)
