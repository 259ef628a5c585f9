"""The posting-array file beside each segment (``<segment id>.sidx``), and the shared
cache of open ones.

One file per segment, memory-mapped once per process: a header (JSON) naming each
array's offset, then the arrays, 64-byte aligned. An earlier format kept a dozen
``.npy`` files per segment in a directory; every searcher of every thread opened
them all again (a descriptor each, kept until the garbage collector ran, and
``np.load`` parses headers with ``ast``, which is not thread-safe). Here arrays
are read with ``np.frombuffer`` from one ``mmap`` shared by all searchers and
threads through ``ArrayCache``, which counts users and closes the map when the
last one lets go.
"""

from __future__ import annotations

import mmap
import os
import shutil
import tempfile
import threading
from collections.abc import Iterable
from pathlib import Path

import numpy as np
import orjson

MAGIC = b"SIDX"
FORMAT = 7  # 7: the postings of record: every field, term texts, narrow arrays (6: one file, raw lengths)
SUFFIX = ".sidx"
ALIGN = 64
_HEAD = 16  # magic (4), format (4), header length (8)


class SidecarError(Exception):
    """A sidecar file is missing, of another format, or damaged (it is rebuilt)."""


def _padding(n: int) -> int:
    return (-n) % ALIGN


def write_sidecar(path: Path, meta: dict, sections: Iterable[tuple[str, str, int, Iterable]]) -> None:
    """Write a sidecar atomically and durably: a temporary file in the same directory,
    flushed to disk, then renamed over ``path`` (and the directory synced).

    ``sections`` are (name, dtype, element count, parts): the parts (arrays) are written
    one after another, so a large array never has to exist in memory whole.
    """
    sections = list(sections)
    layout, offset = {}, 0
    for name, dtype, count, _parts in sections:
        layout[name] = [offset, np.dtype(dtype).str, int(count)]
        offset += int(count) * np.dtype(dtype).itemsize
        offset += _padding(offset)
    header = orjson.dumps(dict(meta, format=FORMAT, arrays=layout))
    header += b" " * _padding(_HEAD + len(header))
    fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(MAGIC + FORMAT.to_bytes(4, "little") + len(header).to_bytes(8, "little") + header)
            for name, dtype, count, parts in sections:
                written = 0
                for part in parts:
                    arr = np.ascontiguousarray(part, dtype=dtype)
                    out.write(memoryview(arr).cast("B"))
                    written += len(arr)
                if written != count:
                    raise ValueError(f"sidecar section {name}: {written} elements written, {count} declared")
                out.write(b"\0" * _padding(written * np.dtype(dtype).itemsize))
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    sync_dir(path.parent)


def sync_dir(directory: Path) -> None:
    """Make renames and new entries in ``directory`` durable."""
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class SidecarFile:
    """An open sidecar: its header and its arrays, read-only views of one shared map."""

    def __init__(self, path: Path):
        self.path = path
        try:
            with open(path, "rb") as f:
                stat = os.fstat(f.fileno())
                if stat.st_size < _HEAD:
                    raise SidecarError(f"{path}: too short")
                self._map = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
        except OSError as exc:
            raise SidecarError(f"{path}: {exc.strerror}") from None
        self.identity = (stat.st_ino, stat.st_size, stat.st_mtime_ns)
        try:
            head = self._map[:_HEAD]
            if head[:4] != MAGIC or int.from_bytes(head[4:8], "little") != FORMAT:
                raise SidecarError(f"{path}: not a format-{FORMAT} sidecar")
            size = int.from_bytes(head[8:16], "little")
            self.meta = orjson.loads(self._map[_HEAD : _HEAD + size])
            base = _HEAD + size
            self.arrays: dict[str, np.ndarray] = {}
            for name, (offset, dtype, count) in self.meta["arrays"].items():
                end = base + offset + count * np.dtype(dtype).itemsize
                if end > len(self._map):
                    raise SidecarError(f"{path}: array {name} runs past the end of the file")
                self.arrays[name] = np.frombuffer(self._map, dtype=dtype, count=count, offset=base + offset)
        except (SidecarError, ValueError, KeyError, TypeError):
            self.close()
            raise
        except orjson.JSONDecodeError:
            self.close()
            raise SidecarError(f"{path}: damaged header") from None

    def close(self) -> None:
        """Drop the arrays and unmap. A view someone still holds keeps the map (and its
        descriptor) alive until that view goes; nothing else does."""
        self.arrays = {}
        m = getattr(self, "_map", None)
        self._map = None
        if m is not None:
            try:
                m.close()
            except BufferError:
                pass  # a view escaped; the map closes when it is freed


class ArrayCache:
    """Open sidecars shared by every searcher and thread of this process, counted by
    user: ``acquire`` opens a file once (or returns the open one while the file on
    disk is the same), ``release`` closes it after its last user."""

    def __init__(self):
        self._lock = threading.Lock()
        self._open: dict[str, object] = {}  # path -> the open object for the file there now
        self._users: dict[int, int] = {}  # id(object) -> users, for every object not yet closed

    def acquire(self, path: Path, opener) -> object:
        """The object ``opener(path)`` made for this file, shared; ``opener`` runs only when
        the file is not open yet (or was replaced on disk). Each acquire needs a release."""
        key = str(path)
        with self._lock:
            obj = self._open.get(key)
            if obj is not None and _same_file(path, obj.identity):
                self._users[id(obj)] += 1
                return obj
        fresh = opener(path)
        with self._lock:
            obj = self._open.get(key)
            if obj is not None and obj.identity == fresh.identity:
                self._users[id(obj)] += 1
            else:
                # A replaced file's object stays open for its users and closes after the last.
                self._open[key] = obj = fresh
                self._users[id(fresh)] = 1
                fresh = None
        if fresh is not None:
            fresh.close()  # another thread opened the same file first
        return obj

    def release(self, obj) -> None:
        with self._lock:
            left = self._users[id(obj)] - 1
            if left:
                self._users[id(obj)] = left
                return
            del self._users[id(obj)]
            if self._open.get(str(obj.path)) is obj:
                del self._open[str(obj.path)]
        obj.close()

    def __len__(self) -> int:
        return len(self._users)


def _same_file(path: Path, identity: tuple) -> bool:
    try:
        st = os.stat(path)
    except OSError:
        return True  # gone (merged away): whoever holds it keeps reading the open map
    return (st.st_ino, st.st_size, st.st_mtime_ns) == identity


def remove_sidecar(path: Path) -> None:
    """Remove a sidecar of either format (a file now, a directory before format 6)."""
    if path.is_dir():
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)
