"""Files to records: walk paths, detect each file's format, hand it to one small reader.

``iter_files`` finds the files (and says which entries it skips and why);
``read_bytes`` reads one, refusing anything but a regular file within its size
limit (``limits``); ``iter_entries`` turns its bytes into records one at a time,
each an ``Entry`` holding the record or the ``IngestError`` (file, line, reason)
that stopped that record alone. A problem with the file as a whole (empty, not
UTF-8 where it is read whole, no header row) raises ``IngestError`` instead.
``iter_records`` and ``read_file`` are the strict forms: the first bad record raises.

Formats: text articles (.txt, .md), JSON (.json) and JSON Lines (.jsonl, .ndjson),
CSV (.csv) and TSV (.tsv), saved web pages (.html, .htm), Reuters-21578 SGML (.sgm).
"""

from __future__ import annotations

import codecs
import hashlib
from collections.abc import Iterator, Mapping
from datetime import datetime
from pathlib import Path

import orjson

from ..errors import IngestError
from ..records import Record
from . import limits
from .article import NOT_AN_ARTICLE, is_article, read_article
from .delimited import iter_delimited
from .entries import Entry
from .fields import NAMES, ROLES, check_fields
from .jsonl import decode_utf8, iter_json, iter_jsonl
from .reading import content_hash, read_bytes, size_limit, streamed, too_large
from .reuters import iter_reuters
from .sources import (
    ARTICLE_SUFFIXES,
    DOC_STEMS,
    FORMATS,
    READERS,
    STDIN,
    SUFFIXES,
    SkippedFile,
    SourceFile,
    iter_files,
    not_read,
    wanted,
)

__all__ = [
    "ARTICLE_SUFFIXES",
    "DOC_STEMS",
    "Entry",
    "FORMATS",
    "NAMES",
    "READERS",
    "ROLES",
    "STDIN",
    "SUFFIXES",
    "SkippedFile",
    "SourceFile",
    "check_fields",
    "content_hash",
    "file_digest",
    "iter_entries",
    "iter_files",
    "iter_records",
    "limits",
    "multi_record",
    "not_read",
    "read_bytes",
    "read_file",
    "record_digest",
    "size_limit",
    "skip_reason",
    "streamed",
    "too_large",
    "wanted",
]

# Formats whose file is one record.
_SINGLE = ("text", "html")


def multi_record(src: SourceFile) -> bool:
    """Whether the file may hold many records (JSON, JSON Lines, CSV, TSV, SGML)."""
    return src.format not in _SINGLE


def skip_reason(src: SourceFile, data: bytes) -> str | None:
    """Why a walked file is not read although its name says it would be (a .txt/.md
    that is not an article), or None when it is to be read."""
    if src.explicit or src.format != "text":
        return None
    if not data or data.isspace():
        return None  # an empty file is an error, which iter_entries raises
    try:
        text = _text(data)
    except UnicodeDecodeError:
        return None  # iter_entries reports the bad byte
    return None if is_article(text) else NOT_AN_ARTICLE


def iter_entries(src: SourceFile, data: bytes, fields=None) -> Iterator[Entry]:
    """The records of one file, one at a time, in file order, each an ``Entry``.

    JSON Lines and CSV/TSV are parsed row by row, a JSON array element by element,
    Reuters SGML document by document; an article or a web page is one record. A bad
    record is an ``Entry`` holding its ``IngestError``, and the records after it are
    still read; ``fields`` maps record parts to column names (``{"body": "full_article"}``,
    or ``["body=full_article"]``; see ``check_fields``).
    """
    path, fields = src.path, check_fields(fields)
    if not data or data.isspace():
        raise IngestError(path, "empty file")
    if len(data) > size_limit(src):
        raise too_large(src, len(data))
    kind = src.format
    if kind == "reuters":
        # Reuters-21578 is distributed in latin-1.
        yield from iter_reuters(data.decode("latin-1"), path, src.name)
    elif kind == "jsonl":
        yield from iter_jsonl(data, path, src.name, fields)
    elif kind == "json":
        yield from iter_json(data, path, src.name, fields)
    elif kind in ("csv", "tsv"):
        yield from iter_delimited(data, path, src.name, fields, "\t" if kind == "tsv" else None)
    elif kind == "text":
        yield Entry(None, 1, _article(src, data))
    elif kind == "html":
        from .webpage import read_webpage  # trafilatura loads only when a page is read

        yield Entry(None, 1, read_webpage(data, path, src.name))
    else:
        suffix = Path(path).suffix.lower()
        raise IngestError(
            path, f"unsupported file type {suffix or '(none)'!r}; expected one of {', '.join(sorted(SUFFIXES))}"
        )


def iter_records(src: SourceFile, data: bytes, fields=None) -> Iterator[Record]:
    """The records of one file, in order; the first bad record raises its ``IngestError``."""
    for entry in iter_entries(src, data, fields):
        if isinstance(entry.item, IngestError):
            raise entry.item
        yield entry.item


def read_file(src: SourceFile, data: bytes, fields=None) -> list[Record] | None:
    """Records of one file, or None when a walked .txt/.md is not an article.

    Raises IngestError for anything unreadable; a file is read whole or not at all.
    """
    if skip_reason(src, data) is not None:
        return None
    return list(iter_records(src, data, fields))


def file_digest(src: SourceFile, data: bytes, fields: Mapping[str, str] | None = None) -> str:
    """What tells an unchanged file from a changed one: its bytes, and what its records' ids
    and parts depend on besides (the name ids derive from, the column mapping)."""
    h = hashlib.blake2b(digest_size=16)
    h.update(src.name.encode("utf-8", "surrogateescape") + b"\0")
    if fields and multi_record(src):
        h.update(orjson.dumps(dict(fields), option=orjson.OPT_SORT_KEYS) + b"\0")
    h.update(data)
    return h.hexdigest()


def record_digest(rec: Record) -> str:
    """What tells an unchanged record from a changed one: every part of it that is indexed."""
    parts = [rec.id, rec.title, rec.body, rec.author, _iso(rec.date), rec.source, rec.url, rec.meta]
    return hashlib.blake2b(
        orjson.dumps(parts, option=orjson.OPT_SORT_KEYS | orjson.OPT_NON_STR_KEYS), digest_size=16
    ).hexdigest()


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _text(data: bytes) -> str:
    return data[len(codecs.BOM_UTF8) :].decode("utf-8") if data.startswith(codecs.BOM_UTF8) else data.decode("utf-8")


def _article(src: SourceFile, data: bytes) -> Record:
    path = src.path
    bom = len(codecs.BOM_UTF8) if data.startswith(codecs.BOM_UTF8) else 0
    text = decode_utf8(data[bom:], path, offset=bom)
    most = limits.MAX_RECORD_CHARS * limits.ARTICLE_CHARS_PER_BODY_CHAR
    if len(text) > most:
        # refused before paragraph repair, which holds several copies of the text
        raise IngestError(
            path,
            f"article too large: {len(text):,} characters; the limit is {most:,} "
            f"(its body at most {limits.MAX_RECORD_CHARS:,})",
        )
    rec = read_article(text, path, src.name)
    limits.check_body(rec.body, path)
    return rec
