"""A file's bytes, read only when it is a regular file within its size limit."""

from __future__ import annotations

import hashlib
import os
import stat
import sys
from typing import BinaryIO

from ..errors import IngestError
from . import limits
from .sources import STDIN, SourceFile, file_kind

_CHUNK = 1 << 20


# Formats parsed a record at a time from the file's bytes (standard input is JSON Lines).
STREAMED = ("jsonl", "csv", "tsv")


def streamed(src: SourceFile) -> bool:
    """Whether the file is parsed a record at a time (JSON Lines, CSV, TSV, standard input)."""
    return src.format in STREAMED


def size_limit(src: SourceFile) -> int:
    """The most bytes this file may hold (``limits.MAX_STREAM_BYTES`` or ``MAX_FILE_BYTES``)."""
    return limits.MAX_STREAM_BYTES if streamed(src) else limits.MAX_FILE_BYTES


def too_large(src: SourceFile, size: int | None = None) -> IngestError:
    """The error for a file over its limit (``size`` when known)."""
    limit = size_limit(src)
    kind = (
        "a JSON Lines, CSV or TSV file or standard input"
        if streamed(src)
        else "a file read whole (.txt, .md, .json, .html, .sgm)"
    )
    got = f"{size:,} bytes" if size is not None else f"more than {limit:,} bytes"
    return IngestError(src.path, f"file too large: {got}; the limit for {kind} is {limit:,} bytes")


def read_bytes(src: SourceFile, stdin: BinaryIO | None = None) -> bytes:
    """The whole content of ``src``, or an ``IngestError`` saying why it cannot be read.

    The file is opened without blocking and checked to be a regular file on the
    opened descriptor, so a FIFO or device put in its place after the walk is
    refused, never read; a file over its size limit is refused before it is read.
    """
    limit = size_limit(src)
    if src.location == STDIN:
        stream = stdin if stdin is not None else sys.stdin.buffer
        try:
            data = _read_upto(stream, _CHUNK, limit + 1)
        except OSError as exc:
            raise IngestError(src.path, f"cannot read: {exc.strerror or exc}") from None
        if len(data) > limit:
            raise too_large(src)
        return data
    try:
        fd = os.open(src.location, os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY | os.O_CLOEXEC)
    except OSError as exc:
        raise IngestError(src.path, f"cannot read: {exc.strerror or exc}") from None
    with os.fdopen(fd, "rb", buffering=0) as f:
        try:
            st = os.fstat(fd)
            if not stat.S_ISREG(st.st_mode):
                raise IngestError(src.path, "not a regular file: " + file_kind(st.st_mode))
            if st.st_size > limit:
                raise too_large(src, st.st_size)
            # The size is a hint (the file may change while read): ask one byte more to see growth.
            data = _read_upto(f, st.st_size + 1, limit + 1)
        except OSError as exc:
            raise IngestError(src.path, f"cannot read: {exc.strerror or exc}") from None
    if len(data) > limit:
        raise too_large(src)
    return data


def _read_upto(stream, first: int, most: int | None = None) -> bytes:
    """Bytes until end of file or ``most`` bytes (default ``first``), asking for ``first`` at once."""
    most = first if most is None else most
    parts = []
    total = 0
    want = min(first, most)
    while total < most:
        chunk = stream.read(want)
        if not chunk:
            break
        parts.append(chunk)
        total += len(chunk)
        want = min(_CHUNK, most - total)
    return parts[0] if len(parts) == 1 else b"".join(parts)


def content_hash(data: bytes) -> str:
    """The digest that tells an unchanged file from a changed one."""
    return hashlib.blake2b(data, digest_size=16).hexdigest()
