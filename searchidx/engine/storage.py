"""Where an index's files live: durable writes, the writer's lock, and clean-up of what
a killed writer left behind.

Whoosh's ``FileStorage`` never calls fsync and renames its table of contents into
place without syncing the directory, so after a power cut a commit could point at
segment files that never reached the disk. ``DurableStorage`` syncs every file it
creates when it is closed and syncs the directory around each rename: a commit
becomes visible only after everything it names is on disk.

Whoosh's lock is an ``flock`` that forked children inherit: indexing workers kept
it after their parent was killed, and every later writer waited for them.
``WriteLock`` takes the same ``flock`` (so older searchidx versions and plain Whoosh
still exclude each other) but closes the descriptor in every forked child. The
kernel drops an ``flock`` when its holder dies, so a lock is never stale once no
child can inherit it.
"""

from __future__ import annotations

import errno
import fcntl
import os
import re
import shutil
import threading
import time
import weakref
from pathlib import Path

from whoosh.filedb.filestore import FileStorage
from whoosh.filedb.structfile import StructFile
from whoosh.util import random_name

from .sidecar import SUFFIX, sync_dir

LOCK_NAME = "WRITELOCK"
STEMS_NAME = "stems.tsv"  # engine/stems.py's table (a cache)


class DurableStorage(FileStorage):
    """A ``FileStorage`` whose files are on disk before anything refers to them.

    Files are synced in a batch, not one by one as they close: a commit writes a dozen
    files per segment, and syncing them together (``sync``, called before every rename
    that publishes them) took a fifth of the time of syncing each in turn. Files of a
    segment named in ``volatile`` (a writer's scratch segment, never committed) are not
    synced at all.
    """

    def __init__(self, path, supports_mmap=True, readonly=False, debug=False):
        super().__init__(path, supports_mmap=supports_mmap, readonly=readonly, debug=debug)
        self._unsynced: list[str] = []
        self._guard = threading.Lock()
        self.volatile: set[str] = set()

    def create_file(self, name, excl=False, mode="wb", **kwargs) -> StructFile:
        f = super().create_file(name, excl=excl, mode=mode, **kwargs)
        previous = f.onclose
        path = self._fpath(name)

        def written(sfile):
            if previous is not None:
                previous(sfile)
            sfile.file.flush()
            if not any(name.startswith(prefix + ".") for prefix in self.volatile):
                with self._guard:
                    self._unsynced.append(path)

        f.onclose = written
        return f

    def temp_storage(self, name=None) -> FileStorage:
        # Whoosh's own creates the folder and, when it exists already (every writer after
        # the first), keeps the EEXIST error in a local: the traceback's frames then hold
        # whatever their callers held (a merge's segments, mapped) until the cycle collector
        # runs.
        path = Path(self.folder) / (name or f"{random_name()}.tmp")
        path.mkdir(parents=True, exist_ok=True)
        return _TempStorage(str(path))

    def sync(self) -> None:
        """Put every file written so far, and the directory's entries, on disk."""
        with self._guard:
            paths, self._unsynced = self._unsynced, []
        sync_files(paths)
        sync_dir(Path(self.folder))

    def rename_file(self, oldname, newname, safe=False) -> None:
        # What the renamed file names (a commit's segment files) and its own data are
        # durable before the new name can be seen, and the rename before this returns.
        self.sync()
        super().rename_file(oldname, newname, safe=safe)
        try:
            sync_dir(Path(self.folder))
        except OSError:
            # The rename is done: the directory holds the old state or the new one, both
            # whole. Failing here would report a commit that happened as not done.
            pass


class _TempStorage(FileStorage):
    """Scratch files of one writer; removing them never raises (nor keeps a traceback)."""

    def destroy(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)


def sync_files(paths: list[str]) -> None:
    """fsync these files together: a journaling filesystem commits concurrent syncs as one."""

    def one(path: str) -> None:
        try:
            fd = os.open(path, os.O_RDONLY | os.O_CLOEXEC)
        except FileNotFoundError:
            return  # removed since (a cancelled segment): nothing to keep
        try:
            os.fsync(fd)
        finally:
            os.close(fd)

    if len(paths) <= 1:
        for path in paths:
            one(path)
        return
    from concurrent.futures import ThreadPoolExecutor  # a writer's: searches never sync

    with ThreadPoolExecutor(max_workers=min(16, len(paths))) as pool:
        for future in [pool.submit(one, path) for path in paths]:
            future.result()


# Lock descriptors this process holds: a forked child closes its copies at once.
_HELD: weakref.WeakSet[WriteLock] = weakref.WeakSet()


def _close_inherited_locks() -> None:
    for lock in list(_HELD):
        lock._forget()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_close_inherited_locks)


class WriteLock:
    """The index's writer lock: an ``flock`` on ``<dir>/<indexname>_WRITELOCK`` holding the
    owner's pid (for messages only; the kernel decides who holds it)."""

    def __init__(self, index_dir: Path, indexname: str):
        self.path = Path(index_dir) / f"{indexname}_{LOCK_NAME}"
        self._fd: int | None = None
        self._guard = threading.Lock()

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self, timeout: float, delay: float = 0.05) -> bool:
        """Take the lock, waiting up to ``timeout`` seconds; False if another holds it."""
        deadline = time.monotonic() + max(timeout, 0.0)
        while True:
            if self._try():
                return True
            if time.monotonic() >= deadline:
                return False
            time.sleep(min(delay, max(deadline - time.monotonic(), 0.0)))

    def _try(self) -> bool:
        with self._guard:
            if self._fd is not None:
                raise RuntimeError(f"{self.path}: lock already held by this object")
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError as exc:
                os.close(fd)
                if exc.errno in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
                    return False
                raise
            self._fd = fd
            _HELD.add(self)
        try:
            os.ftruncate(fd, 0)
            os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        except OSError:
            pass  # the pid is only for messages
        return True

    def release(self) -> None:
        with self._guard:
            fd, self._fd = self._fd, None
            _HELD.discard(self)
        if fd is not None:
            try:
                os.ftruncate(fd, 0)  # no pid left to name once nobody holds it
            except OSError:
                pass
            try:
                fcntl.flock(fd, fcntl.LOCK_UN)
            finally:
                os.close(fd)

    def _forget(self) -> None:
        """In a forked child: close the inherited descriptor without unlocking (the parent
        still holds the lock through its own)."""
        fd, self._fd = self._fd, None
        self._guard = threading.Lock()  # a thread of the parent may have held it at fork
        if fd is not None:
            try:
                os.close(fd)
            except OSError:
                pass

    def owner(self) -> str:
        """Who holds the lock, as far as the pid in the file tells: for error messages."""
        try:
            pid = int(self.path.read_text().strip() or 0)
        except (OSError, ValueError):
            return "another writer"
        if not pid:
            return "another writer"
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return f"a process that inherited the lock from writer pid {pid} (which has exited)"
        except PermissionError:
            pass
        return f"another writer (pid {pid})"


_TEMP_TOC = re.compile(r"^_(?P<index>.+)_\d+\.toc\..+$")
_TOC = re.compile(r"^_(?P<index>.+)_(?P<gen>\d+)\.toc$")
_SEGMENT_FILE = re.compile(r"^(?P<id>(?P<index>[^_]+)_[a-z0-9]+)\.")


def committed_segments(storage, indexname: str) -> set[str] | None:
    """Ids of the segments the newest table of contents on disk names; None if it cannot
    be read (then nothing may be swept)."""
    from whoosh.index import TOC

    try:
        return {seg.segment_id() for seg in TOC.read(storage, indexname).segments}
    except Exception:  # noqa: BLE001 - a damaged TOC is reported by whoever opens the index
        return None


def sweep(index_dir: Path, indexname: str, keep: set[str]) -> list[str]:
    """Remove what no committed state refers to: files of segments not in ``keep`` (ids),
    half-written tables of contents and sidecars, Whoosh's temporary folder. Call only
    while holding the writer's lock, so no live writer's files are among them. Returns
    the names removed."""
    root = Path(index_dir)
    removed = []
    entries = list(root.iterdir())
    tocs = [int(m["gen"]) for p in entries if (m := _TOC.match(p.name)) and m["index"] == indexname]
    newest = max(tocs, default=-1)
    for path in entries:
        name = path.name
        stale = False
        if name == f"{indexname}.tmp" and path.is_dir():
            stale = True
        elif (m := _TEMP_TOC.match(name)) and m["index"] == indexname:
            stale = True
        elif (m := _TOC.match(name)) and m["index"] == indexname:
            stale = int(m["gen"]) < newest  # a commit killed before Whoosh removed the older one
        elif (m := _SEGMENT_FILE.match(name)) and m["index"] == indexname:
            stale = m["id"] not in keep or (name.startswith(m["id"] + SUFFIX + ".") and name.endswith(".tmp"))
        elif name.startswith(f".{STEMS_NAME}.") and name.endswith(".tmp"):
            stale = True  # a stem table write cut short
        if not stale:
            continue
        try:
            if path.is_dir() and not path.is_symlink():
                shutil.rmtree(path)
            else:
                path.unlink()
            removed.append(name)
        except FileNotFoundError:
            pass
        except OSError:
            pass  # cannot remove now; a later writer tries again
    return removed
