"""Which files to read: paths named by the user, and the regular files found under folders.

Nothing here opens a file for reading. Every entry is stat'ed first, so a FIFO,
socket or device is never opened (opening a FIFO blocks until a writer comes),
and a symbolic link is judged by what it leads to. Nothing under a folder is left
out in silence except hidden entries (names starting with "."): a file of a type
we do not read, a folder's documentation, and a searchidx index met on the way
each come back as a ``SkippedFile`` saying why.
"""

from __future__ import annotations

import errno
import functools
import os
import re
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..errors import IngestError

STDIN = "-"
ARTICLE_SUFFIXES = {".txt", ".md"}
#: The reader of each file type (by suffix, lower case); anything else under a folder is skipped.
FORMATS = {
    ".txt": "text",
    ".md": "text",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "json",
    ".csv": "csv",
    ".tsv": "tsv",
    ".html": "html",
    ".htm": "html",
    ".sgm": "reuters",
}
READERS = {suffix: kind for suffix, kind in FORMATS.items() if suffix not in ARTICLE_SUFFIXES}
SUFFIXES = set(FORMATS)
# A folder's own documentation is not part of the archive it describes.
DOC_STEMS = {"readme", "license", "licence", "changelog", "copying", "contributing"}
# What every searchidx (Whoosh) index directory holds: its table of contents.
_INDEX_TOC = re.compile(r"_[A-Za-z0-9]+_\d+\.toc")
INDEX_BEING_WRITTEN = "the index being written, not input"
AN_INDEX = "a searchidx index, not input"


@dataclass
class SourceFile:
    """One input file: ``path`` shows it in messages, ``location`` opens it, and ``name``
    (default: ``path``) is what ids of its records without an id of their own derive from:
    its path from the last component the user named, so an archive indexed from
    elsewhere, or moved, gives the same ids."""

    path: str
    location: str  # absolute path, or "-" for standard input
    explicit: bool  # named on the command line rather than found by walking a directory
    name: str = ""

    def __post_init__(self) -> None:
        if not self.name:
            self.name = self.path

    @property
    def format(self) -> str | None:
        """The reader this file goes to ("jsonl" for standard input), or None for an unknown type."""
        if self.location == STDIN:
            return "jsonl"
        return FORMATS.get(Path(self.path).suffix.lower())


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


def iter_files(
    paths: list[str], follow_links: bool = False, exclude: tuple[str, ...] = ()
) -> Iterator[SourceFile | SkippedFile | IngestError]:
    """Files under ``paths`` in a stable order (a folder's files, then its sub-folders).

    A path named here that is missing, a link loop, not a regular file or folder, or
    a searchidx index comes back as an ``IngestError``. Under a folder, entries that
    are not read come back as a ``SkippedFile`` with the reason: files of a type no
    reader takes, the folder's documentation (README, LICENSE...), FIFOs, sockets,
    devices, broken links, link loops, links leading out of the folder unless
    ``follow_links``, searchidx index folders and the folders in ``exclude`` (the
    index being written). A file reached twice (through a link, or named twice) is
    given once.
    """
    seen: set[str] = set()
    excluded = {os.path.realpath(p) for p in exclude}
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
            src = _source(Path(given), True, _last_component(given))
            if src.location not in seen:
                seen.add(src.location)
                yield src
        elif stat.S_ISDIR(st.st_mode):
            if os.path.realpath(given) in excluded or _is_index(given):
                reason = INDEX_BEING_WRITTEN if os.path.realpath(given) in excluded else AN_INDEX
                yield IngestError(given, reason)
                continue
            yield from _walk(given, follow_links, seen, excluded)
        else:
            yield IngestError(given, f"not a regular file or folder: {file_kind(st.st_mode)}")


def not_read(name: str) -> str | None:
    """Why a file found by walking is not read (an unknown type, the folder's documentation),
    or None when it is. Hidden names are not asked about: the walk passes over them."""
    p = Path(name)
    suffix = p.suffix.lower()
    if suffix not in SUFFIXES:
        return f"unknown file type {suffix!r}" if suffix else "unknown file type (no extension)"
    if p.stem.lower().split(".")[0].split("-")[0] in DOC_STEMS:
        return "the folder's documentation, not an article"
    return None


def wanted(name: str) -> bool:
    """Whether a file found by walking is read: a known suffix, not hidden, not the folder's docs."""
    return not name.startswith(".") and not_read(name) is None


def _walk(
    top: str, follow_links: bool, seen: set[str], excluded: set[str]
) -> Iterator[SourceFile | SkippedFile | IngestError]:
    root = os.path.realpath(top)
    # Ids start at the folder named: "bbc/tech/001.txt" wherever bbc/ lives.
    base = os.path.dirname(os.path.abspath(top).rstrip(os.sep)) or os.sep
    visited: set[tuple[int, int]] = set()  # folders walked, so a followed link cannot loop
    stack = [(top, True)]
    while stack:
        folder, is_top = stack.pop()
        if not is_top and os.path.realpath(folder) in excluded:
            yield SkippedFile(_display_entry(folder), INDEX_BEING_WRITTEN)
            continue
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
        if not is_top and any(_INDEX_TOC.fullmatch(e.name) for e in entries):
            # Another index met on the way: its files are no records (and reading them
            # as such failed on the second run of "searchidx index . --index ix").
            yield SkippedFile(_display_entry(folder), AN_INDEX)
            continue
        subfolders = []
        for entry in entries:
            if entry.name.startswith("."):
                continue
            item = _classify(entry, root, follow_links, base)
            if isinstance(item, str):
                subfolders.append((item, False))
            elif isinstance(item, SourceFile):
                if item.location not in seen:
                    seen.add(item.location)
                    yield item
            elif item is not None:
                yield item
        stack.extend(reversed(subfolders))


def _classify(
    entry: os.DirEntry, root: str, follow_links: bool, base: str
) -> str | SourceFile | SkippedFile | IngestError | None:
    """What to do with one walked entry: a folder to walk (its path), a file to read,
    a skip or an error; nothing for a link to a folder inside (walked as itself)."""
    name = entry.name
    try:
        if not entry.is_symlink():
            if entry.is_dir(follow_symlinks=False):
                return entry.path
            reason = not_read(name)
            if reason is not None:
                return _skip(entry, reason)
            if entry.is_file(follow_symlinks=False):
                return _source(Path(entry.path), False, os.path.relpath(entry.path, base))
            return _skip(entry, "not a regular file: " + file_kind(entry.stat(follow_symlinks=False).st_mode))
        reason = not_read(name)
        try:
            st = os.stat(entry.path)
        except OSError as exc:
            # A broken link or a loop may have been meant as a folder: say so even without a suffix.
            if reason is None or not Path(name).suffix:
                return _skip(entry, _link_failure(exc))
            return _skip(entry, reason)
        if not stat.S_ISDIR(st.st_mode) and reason is not None:
            return _skip(entry, reason)
        if not (stat.S_ISDIR(st.st_mode) or stat.S_ISREG(st.st_mode)):
            return _skip(entry, "symbolic link to something that is not a regular file: " + file_kind(st.st_mode))
        target = os.path.realpath(entry.path)
        inside = _is_within(target, root)
        if not inside and not follow_links:
            what = "folder" if stat.S_ISDIR(st.st_mode) else "file"
            return _skip(
                entry, f"symbolic link to a {what} outside the folder ({target}); not followed (use --follow-links)"
            )
        if stat.S_ISDIR(st.st_mode):
            # A folder inside is walked under its own name; one outside only when asked.
            return None if inside else entry.path
        return _source(Path(entry.path), False, os.path.relpath(entry.path, base))
    except OSError as exc:
        return IngestError(_display_entry(entry.path), f"cannot read: {exc.strerror or exc}")


def _source(p: Path, explicit: bool, name: str) -> SourceFile:
    location = os.path.realpath(p)
    return SourceFile(_display(location), location, explicit, Path(name).as_posix())


def _last_component(given: str) -> str:
    """A file named on the command line is named by its own name in ids."""
    return os.path.basename(os.path.abspath(given))


def _is_index(folder: str) -> bool:
    try:
        with os.scandir(folder) as it:
            return any(_INDEX_TOC.fullmatch(e.name) for e in it)
    except OSError:
        return False  # the walk reports an unreadable folder itself


def _skip(entry: os.DirEntry, reason: str) -> SkippedFile:
    return SkippedFile(_display_entry(entry.path), reason)


def _display(location: str) -> str:
    # Paths in messages as the user sees them: relative to the working directory when inside it.
    cwd = _real_cwd(os.getcwd())
    if location == cwd:
        return "."
    if location.startswith(cwd.rstrip(os.sep) + os.sep):
        return Path(location[len(cwd.rstrip(os.sep)) + 1 :]).as_posix()
    return Path(location).as_posix()


@functools.lru_cache(maxsize=8)
def _real_cwd(cwd: str) -> str:
    """The working directory with its links resolved (walking 20,000 files asked it 20,000 times)."""
    return os.path.realpath(cwd)


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
