"""Which files to read: paths named by the user, and the regular files found under folders.

Nothing here opens a file for reading. Every entry is stat'ed first, so a FIFO,
socket or device is never opened (opening a FIFO blocks until a writer comes),
and a symbolic link is judged by what it leads to.
"""
from __future__ import annotations

import errno
import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from ..errors import IngestError

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
    """Files under ``paths`` in a stable order (a folder's files, then its sub-folders).

    A path named here that is missing, a link loop, or not a regular file or folder
    comes back as an ``IngestError``. Under a folder, entries that are not read come
    back as a ``SkippedFile`` with the reason: FIFOs, sockets, devices, broken links,
    link loops, and links leading out of the folder unless ``follow_links``. A file
    reached twice (through a link, or named twice) is given once.
    """
    seen: set[str] = set()
    for given in paths:
        given = str(given)
        if given == STDIN:
            yield SourceFile(STDIN, STDIN, True)
            continue
        try:
            st = os.stat(given)
        except OSError as exc:
            yield IngestError(given, _stat_failure(given, exc))
            continue
        if stat.S_ISREG(st.st_mode):
            src = _source(Path(given), True)
            if src.location not in seen:
                seen.add(src.location)
                yield src
        elif stat.S_ISDIR(st.st_mode):
            yield from _walk(given, follow_links, seen)
        else:
            yield IngestError(given, f"not a regular file or folder: {file_kind(st.st_mode)}")


def wanted(name: str) -> bool:
    """Whether a file found by walking is read: a known suffix, not hidden, not the folder's docs."""
    p = Path(name)
    return (not name.startswith(".") and p.suffix.lower() in SUFFIXES
            and p.stem.lower().split(".")[0].split("-")[0] not in DOC_STEMS)


def _walk(top: str, follow_links: bool, seen: set[str]) -> Iterator[SourceFile | SkippedFile | IngestError]:
    root = os.path.realpath(top)
    visited: set[tuple[int, int]] = set()  # folders walked, so a followed link cannot loop
    stack = [top]
    while stack:
        folder = stack.pop()
        try:
            st = os.stat(folder)
            if (st.st_dev, st.st_ino) in visited:
                # only a followed link can lead back to a folder already walked
                yield SkippedFile(_display_entry(folder), "symbolic link loop: a folder already walked")
                continue
            visited.add((st.st_dev, st.st_ino))
            with os.scandir(folder) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as exc:
            # An unreadable folder costs its own files, never the rest of the run.
            yield IngestError(_display_entry(folder), f"cannot read folder: {exc.strerror or exc}")
            continue
        subfolders = []
        for entry in entries:
            if entry.name.startswith("."):
                continue
            item = _classify(entry, root, follow_links)
            if isinstance(item, str):
                subfolders.append(item)
            elif isinstance(item, SourceFile):
                if item.location not in seen:
                    seen.add(item.location)
                    yield item
            elif item is not None:
                yield item
        stack.extend(reversed(subfolders))


def _classify(entry: os.DirEntry, root: str, follow_links: bool) -> str | SourceFile | SkippedFile | IngestError | None:
    """What to do with one walked entry: a folder to walk (its path), a file to read,
    a skip or an error; nothing for names that are not read anyway."""
    name = entry.name
    try:
        if not entry.is_symlink():
            if entry.is_dir(follow_symlinks=False):
                return entry.path
            if not wanted(name):
                return None
            if entry.is_file(follow_symlinks=False):
                return _source(Path(entry.path), False)
            return _skip(entry, "not a regular file: " + file_kind(entry.stat(follow_symlinks=False).st_mode))
        try:
            st = os.stat(entry.path)
        except OSError as exc:
            # A broken link or a loop may have been meant as a folder: say so even without a suffix.
            if wanted(name) or not Path(name).suffix:
                return _skip(entry, _link_failure(exc))
            return None
        if not (stat.S_ISDIR(st.st_mode) or wanted(name)):
            return None
        if not (stat.S_ISDIR(st.st_mode) or stat.S_ISREG(st.st_mode)):
            return _skip(entry, "symbolic link to something that is not a regular file: " + file_kind(st.st_mode))
        target = os.path.realpath(entry.path)
        inside = _is_within(target, root)
        if not inside and not follow_links:
            what = "folder" if stat.S_ISDIR(st.st_mode) else "file"
            return _skip(entry, f"symbolic link to a {what} outside the folder ({target}); "
                                "not followed (use --follow-links)")
        if stat.S_ISDIR(st.st_mode):
            # A folder inside is walked under its own name; one outside only when asked.
            return None if inside else entry.path
        return _source(Path(entry.path), False)
    except OSError as exc:
        return IngestError(_display_entry(entry.path), f"cannot read: {exc.strerror or exc}")


def _source(p: Path, explicit: bool) -> SourceFile:
    location = os.path.realpath(p)
    return SourceFile(_display(location), location, explicit)


def _skip(entry: os.DirEntry, reason: str) -> SkippedFile:
    return SkippedFile(_display_entry(entry.path), reason)


def _display(location: str) -> str:
    # Ids are paths as the user sees them: relative to the working directory when inside it.
    p = Path(location)
    try:
        return p.relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return p.as_posix()


def _display_entry(path: str) -> str:
    """An entry's own path (a link's, not its target's), shown like ``_display``."""
    parent, name = os.path.split(os.path.abspath(path))
    return _display(os.path.join(os.path.realpath(parent), name))


def _is_within(path: str, root: str) -> bool:
    return path == root or path.startswith(root.rstrip(os.sep) + os.sep)


def file_kind(mode: int) -> str:
    """What a stat mode that is not a regular file is, in words."""
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode):
        return "a character device"
    if stat.S_ISBLK(mode):
        return "a block device"
    if stat.S_ISDIR(mode):
        return "a folder"
    return "an unknown kind of file"


def _link_failure(exc: OSError) -> str:
    if exc.errno == errno.ELOOP:
        return "symbolic link loop"
    if exc.errno in (errno.ENOENT, errno.ENOTDIR):
        return "broken symbolic link: its target does not exist"
    return f"cannot follow symbolic link: {exc.strerror or exc}"


def _stat_failure(given: str, exc: OSError) -> str:
    if exc.errno in (errno.ENOENT, errno.ENOTDIR):
        if os.path.islink(given):
            return "broken symbolic link: its target does not exist"
        return "no such file or directory"
    if exc.errno == errno.ELOOP:
        return "symbolic link loop"
    return f"cannot read: {exc.strerror or exc}"
