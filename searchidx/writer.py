"""The index's Whoosh writer. Apart from ``index.py`` because Whoosh's writing module is
imported only by what writes: a search never needs it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from whoosh.writing import SegmentWriter

from .engine.storage import committed_segments, sweep


class _NoStorage:
    def destroy(self) -> None:
        pass


class Writer(SegmentWriter):
    """Whoosh's writer, committing with searchidx's merge policy (Whoosh's own merge must
    never run: it is slow, and it fails on older segments searchidx wrote)."""

    policy: Callable[..., Any] | None = None
    _tempstorage: Any  # Whoosh's temporary storage, set by SegmentWriter

    def commit(self, mergetype=None, optimize=None, merge=None) -> None:
        super().commit(mergetype=mergetype or self.policy)

    def cancel(self) -> None:
        """Drop everything this writer and its workers wrote and release the lock, even when
        closing files fails (a full disk): the lock must never stay held."""
        if self.is_closed:
            return
        try:
            # Whoosh writes its own unused segment's files on closing them; they are swept.
            self._close_segment()
        except Exception:  # noqa: BLE001 - the files are removed below either way
            pass
        try:
            # Keep what the newest table of contents names too: a failure after its rename
            # (the commit happened) must not take a committed segment's files.
            on_disk = committed_segments(self.storage, self.indexname)
            if on_disk is not None:
                sweep(Path(self.storage.folder), self.indexname, on_disk | {seg.segment_id() for seg in self.segments})
        finally:
            self._finish()

    def _finish(self) -> None:
        # After the table of contents is written the commit is done: removing Whoosh's
        # temporary folder may fail (the next writer sweeps it), releasing the lock may not.
        try:
            self._tempstorage.destroy()
        except OSError:
            pass
        self._tempstorage = _NoStorage()
        self.storage.volatile.discard(self.newsegment.segment_id())
        cached = self._searcher
        super()._finish()
        if cached is not None:
            # Whoosh keeps the searcher's own bound close() on it (a cycle): the segment
            # maps it holds would wait for the cycle collector.
            cached.__dict__.pop("_orig_close", None)
            cached.__dict__.pop("close", None)
