"""Files to records: walk paths, detect each file's format, hand it to one small reader.

``iter_files`` finds the files; ``read_file`` turns one file's bytes into
records or raises ``IngestError`` naming the file (and line) and the reason.
"""
from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from ..errors import IngestError
from ..records import Record
from .article import is_article, read_article
from .jsonl import read_json, read_jsonl
from .reuters import read_reuters

STDIN = "-"
ARTICLE_SUFFIXES = {".txt", ".md"}
READERS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json", ".sgm": "reuters"}
SUFFIXES = ARTICLE_SUFFIXES | set(READERS)
# A folder's own documentation is not part of the archive it describes.
DOC_STEMS = {"readme", "license", "licence", "changelog", "copying", "contributing"}


@dataclass
class SourceFile:
    """One input file: ``path`` identifies it (ids derive from it), ``location`` opens it."""

    path: str
    location: str  # absolute path, or "-" for standard input
    explicit: bool  # named on the command line rather than found by walking a directory


@dataclass(frozen=True)
class SkippedFile:
    """A walked entry that is not indexed, and why (not a regular file, a link leaving the
    folder, a .txt that is not an article): reported, never read."""

    path: str
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"

    def to_dict(self) -> dict:
        return {"path": self.path, "reason": self.reason, "message": str(self)}


def iter_files(paths: list[str], follow_links: bool = False) -> Iterator[SourceFile | SkippedFile | IngestError]:
    """Files under ``paths`` in a stable order; missing paths come back as errors.

    ``follow_links``: follow symbolic links that lead out of a walked folder.
    """
    for given in paths:
        given = str(given)
        if given == STDIN:
            yield SourceFile(STDIN, STDIN, True)
            continue
        p = Path(given)
        if p.is_file():
            yield SourceFile(_display(p), str(p.resolve()), True)
        elif p.is_dir():
            for root, dirs, files in os.walk(p):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    f = Path(root) / name
                    if (not name.startswith(".") and f.suffix.lower() in SUFFIXES
                            and f.stem.lower().split(".")[0].split("-")[0] not in DOC_STEMS):
                        yield SourceFile(_display(f), str(f.resolve()), False)
        else:
            yield IngestError(given, "no such file or directory")


def _display(p: Path) -> str:
    # Ids are paths as the user sees them: relative to the working directory when inside it.
    try:
        return p.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return p.resolve().as_posix()


def read_bytes(src: SourceFile, stdin=None) -> bytes:
    if src.location == STDIN:
        import sys
        stream = stdin if stdin is not None else sys.stdin.buffer
        return stream.read()
    try:
        return Path(src.location).read_bytes()
    except OSError as exc:
        raise IngestError(src.path, f"cannot read: {exc.strerror}") from None


def content_hash(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def read_file(src: SourceFile, data: bytes) -> list[Record] | None:
    """Records of one file, or None when a walked .txt/.md is not in article format.

    Raises IngestError for anything unreadable; a file is read whole or not at all.
    """
    path = src.path
    if not data.strip():
        raise IngestError(path, "empty file")
    suffix = ".jsonl" if src.location == STDIN else Path(path).suffix.lower()
    if suffix == ".sgm":
        # Reuters-21578 is distributed in latin-1.
        return read_reuters(data.decode("latin-1"), path)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise IngestError(path, f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start})",
                          line=line) from None
    kind = READERS.get(suffix)
    if kind == "jsonl":
        records = read_jsonl(text, path)
    elif kind == "json":
        records = read_json(text, path)
    elif suffix in ARTICLE_SUFFIXES:
        if not is_article(text):
            if not src.explicit:
                return None
        records = [read_article(text, path, path)]
    else:
        raise IngestError(path, f"unsupported file type {suffix or '(none)'!r}; "
                                f"expected one of {', '.join(sorted(SUFFIXES))}")
    return records
