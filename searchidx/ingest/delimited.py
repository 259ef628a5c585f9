"""CSV and TSV exports through the standard ``csv`` module: a header row naming the
columns (recognised as ``fields`` says), then one record per row.

A bad row (no body, a bad date, a stray delimiter, bytes that are not UTF-8) is an
error on that row; the rows after it are still read.
"""

from __future__ import annotations

import codecs
import csv
import re
from collections.abc import Iterator, Mapping

from ..errors import IngestError
from . import limits
from .entries import Entry
from .fields import NAMES, RecordBuilder, columns_for, missing_overrides

_DELIMITERS = ",;\t|"
_NOT_UTF8 = re.compile("[\udc80-\udcff]")


def iter_delimited(
    data: bytes,
    path: str,
    name: str | None = None,
    fields: Mapping[str, str] | None = None,
    delimiter: str | None = None,
) -> Iterator[Entry]:
    """One entry per data row, in file order; records without an id are ``name#LINE``.

    ``delimiter`` None: the one of , ; TAB | found most in the header line.
    """
    fields = fields or {}
    bom = len(codecs.BOM_UTF8) if data.startswith(codecs.BOM_UTF8) else 0
    if delimiter is None:
        end = data.find(b"\n", bom)
        first = data[bom : end if end >= 0 else len(data)].decode("utf-8", errors="replace")
        delimiter = max(_DELIMITERS, key=first.count)
    # The csv module refuses fields over a process-wide limit (128 KiB by default); a body may
    # be as long as ``MAX_RECORD_CHARS``, checked per record with its own message.
    csv.field_size_limit(max(csv.field_size_limit(), limits.MAX_RECORD_CHARS * 4))
    lines = _Lines(data, bom)
    reader = csv.reader(lines, delimiter=delimiter, strict=True)
    header = None
    builder = RecordBuilder(path, name or path, fields)
    columns: dict[str, str] = {}
    done = 0  # lines read before the current row
    found = False
    while True:
        start, offset = done + 1, lines.pos
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            done = reader.line_num
            if header is None:
                raise IngestError(path, f"unreadable header row: {exc}", line=start) from None
            found = True
            yield Entry(start, start, IngestError(path, _csv_error(exc, start, done), line=start), offset)
            continue
        done = reader.line_num
        if not any(cell.strip() for cell in row):
            continue  # a blank line
        if header is None:
            header = [cell.strip() for cell in row]
            if _NOT_UTF8.search("".join(header)):
                raise IngestError(path, "not valid UTF-8 in the header row", line=start)
            columns = columns_for(header, fields)
            _check_header(path, header, columns, fields, start)
            continue
        found = True
        yield Entry(start, start, _record(builder, path, header, row, columns, start), offset)
    if header is None:
        raise IngestError(path, "empty file: no header row")
    if not found:
        raise IngestError(path, "no records: only a header row")


class _Lines:
    """The lines of ``data`` one at a time (a large export is never held as text whole), and
    how many bytes have been read. Bytes that are not UTF-8 stay in a line as lone
    surrogates, so the row holding them is the one refused, not the whole file."""

    def __init__(self, data: bytes, pos: int):
        self.data, self.pos = data, pos

    def __iter__(self):
        return self

    def __next__(self) -> str:
        data, pos = self.data, self.pos
        if pos >= len(data):
            raise StopIteration
        end = data.find(b"\n", pos)
        self.pos = end = len(data) if end < 0 else end + 1
        return data[pos:end].decode("utf-8", errors="surrogateescape")


def _record(builder: RecordBuilder, path: str, header: list[str], row: list[str], columns: dict, line: int):
    if len(row) > len(header):
        return IngestError(
            path, f"row has {len(row)} fields but the header has {len(header)} (a stray delimiter or quote?)", line=line
        )
    if any(_NOT_UTF8.search(cell) for cell in row):
        return IngestError(path, "not valid UTF-8", line=line)
    values = dict(zip(header, row))  # a short row: the missing trailing cells are empty
    values = {k: (v if v.strip() else None) for k, v in values.items()}
    try:
        return builder.record(values, columns, line, line)
    except IngestError as exc:
        return exc


def _check_header(path: str, header: list[str], columns: dict, fields: Mapping[str, str], line: int) -> None:
    missing = missing_overrides(columns, fields)
    shown = ", ".join(repr(h) for h in header[:12]) + (", ..." if len(header) > 12 else "")
    if missing:
        raise IngestError(path, f"no column for {', '.join(missing)} in the header ({shown})", line=line)
    if "body" not in columns:
        names = ", ".join(NAMES["body"])
        raise IngestError(
            path,
            f"no body column in the header ({shown}); expected one of {names}, or name it with --field body=COLUMN",
            line=line,
        )


def _csv_error(exc: csv.Error, start: int, end: int) -> str:
    reason = str(exc)
    if "unexpected end of data" in reason:
        return f"unterminated quote: lines {start}-{end} were read as one field"
    if "field larger than field limit" in reason:
        return f"record too large: a field is over {csv.field_size_limit():,} characters"
    return f"malformed row: {reason}"
