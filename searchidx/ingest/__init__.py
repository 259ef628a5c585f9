"""Files to records: walk paths, detect each file's format, hand it to one small reader.

``iter_files`` finds the files (and says which entries it skips and why);
``read_bytes`` reads one, refusing anything but a regular file within its size
limit (``limits``); ``iter_records`` turns its bytes into records one at a time,
raising ``IngestError`` naming the file (and line) and the reason when a bad
record is met; ``read_file`` is the same as a list.
"""
from __future__ import annotations

import codecs
from pathlib import Path
from typing import Iterator

from ..errors import IngestError
from ..records import Record
from . import limits
from .article import is_article, read_article
from .jsonl import decode_utf8, iter_json, iter_jsonl
from .reading import content_hash, read_bytes, size_limit, streamed, too_large
from .reuters import iter_reuters
from .sources import (ARTICLE_SUFFIXES, DOC_STEMS, READERS, STDIN, SUFFIXES, SkippedFile, SourceFile,
                      iter_files, wanted)

__all__ = [
    "ARTICLE_SUFFIXES", "DOC_STEMS", "READERS", "STDIN", "SUFFIXES", "SkippedFile", "SourceFile",
    "content_hash", "iter_files", "iter_records", "limits", "read_bytes", "read_file", "size_limit",
    "skip_reason", "streamed", "too_large", "wanted",
]

NOT_AN_ARTICLE = "not an article: the first line is no '# Title' heading"


def skip_reason(src: SourceFile, data: bytes) -> str | None:
    """Why a walked file is not read although its name says it would be (a .txt/.md
    that is not in article format), or None when it is to be read."""
    if src.explicit or src.location == STDIN or Path(src.path).suffix.lower() not in ARTICLE_SUFFIXES:
        return None
    if not data or data.isspace():
        return None  # an empty file is an error, which iter_records raises
    try:
        text = _text(data)
    except UnicodeDecodeError:
        return None  # iter_records reports the bad byte
    return None if is_article(text) else NOT_AN_ARTICLE


def iter_records(src: SourceFile, data: bytes) -> Iterator[Record]:
    """The records of one file, one at a time, in file order.

    JSON Lines is parsed line by line, a JSON array element by element, Reuters SGML
    document by document, and an article is one record. A bad record raises
    ``IngestError`` (file, line, reason) when it is reached, after the records before
    it: the caller keeps none of a file's records unless the iteration ends cleanly.
    """
    path = src.path
    if not data or data.isspace():
        raise IngestError(path, "empty file")
    if len(data) > size_limit(src):
        raise too_large(src, len(data))
    suffix = ".jsonl" if src.location == STDIN else Path(path).suffix.lower()
    kind = READERS.get(suffix)
    if kind == "reuters":
        # Reuters-21578 is distributed in latin-1.
        yield from iter_reuters(data.decode("latin-1"), path)
    elif kind == "jsonl":
        yield from iter_jsonl(data, path)
    elif kind == "json":
        yield from iter_json(data, path)
    elif suffix in ARTICLE_SUFFIXES:
        yield _article(path, data)
    else:
        raise IngestError(path, f"unsupported file type {suffix or '(none)'!r}; "
                                f"expected one of {', '.join(sorted(SUFFIXES))}")


def read_file(src: SourceFile, data: bytes) -> list[Record] | None:
    """Records of one file, or None when a walked .txt/.md is not in article format.

    Raises IngestError for anything unreadable; a file is read whole or not at all.
    """
    if skip_reason(src, data) is not None:
        return None
    return list(iter_records(src, data))


def _text(data: bytes) -> str:
    return data[len(codecs.BOM_UTF8):].decode("utf-8") if data.startswith(codecs.BOM_UTF8) else data.decode("utf-8")


def _article(path: str, data: bytes) -> Record:
    bom = len(codecs.BOM_UTF8) if data.startswith(codecs.BOM_UTF8) else 0
    text = decode_utf8(data[bom:], path, offset=bom)
    most = limits.MAX_RECORD_CHARS * limits.ARTICLE_CHARS_PER_BODY_CHAR
    if len(text) > most:
        # refused before paragraph repair, which holds several copies of the text
        raise IngestError(path, f"article too large: {len(text):,} characters; the limit is {most:,} "
                                f"(its body at most {limits.MAX_RECORD_CHARS:,})")
    rec = read_article(text, path, path)
    limits.check_body(rec.body, path)
    return rec
