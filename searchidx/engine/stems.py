"""The index's stem table: each word indexing met, with the stem NLTK's Snowball stemmer
gave it, so that a search stems its words without importing NLTK.

Importing NLTK costs more than answering a search (its package imports nearly all of
it), and a one-shot ``searchidx search`` paid that on every run. The stems of the words
an index holds are known while indexing; they are kept here, one line per word, sorted
by the word: ``word<TAB>`` when the stem is the word itself, ``word<TAB>-N`` when it is
the word less its last N characters (no stem starts with "-": tokens start with a word
character), else ``word<TAB>stem``, and a search looks its words up by binary search over the file's bytes. A word the table does not hold (one the index has never seen) is stemmed by NLTK as
before. The table is a cache: written after each commit, it may lag, be missing or be
rewritten at any time, and only decides how fast a stem is found, never which: it is
filled from NLTK's own answers, and indexing never reads it.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from .storage import STEMS_NAME as NAME

MAX_WORD = 100  # longer tokens are not kept: nobody types them


def table_path(index_dir: str | Path) -> Path:
    return Path(index_dir) / NAME


def _encode(word: str, stem: str) -> str:
    if stem == word:
        return ""
    if word.startswith(stem) and 0 < len(word) - len(stem) < 10:
        return f"-{len(word) - len(stem)}"
    return stem


def _decode(word: str, code: str) -> str | None:
    if not code:
        return word
    if code[0] == "-":
        cut = code[1:]
        return word[: -int(cut)] if cut.isdigit() and 0 < int(cut) < len(word) else None
    return code


def _entries(data: bytes) -> dict[str, str]:
    out: dict[str, str] = {}
    for line in data.decode("utf-8", "replace").splitlines():
        word, sep, code = line.partition("\t")
        stem = _decode(word, code) if sep and word else None
        if stem:
            out[word] = stem
    return out


def update_table(index_dir: str | Path, fresh: dict[str, str]) -> None:
    """Merge ``fresh`` (word -> stem) into the table; best effort, atomic by rename."""
    fresh = {
        w: s
        for w, s in fresh.items()
        if w and s and len(w) <= MAX_WORD and not s.startswith("-") and not any(c in w or c in s for c in "\t\n\r")
    }
    if not fresh:
        return
    path = table_path(index_dir)
    try:
        have = _entries(path.read_bytes()) if path.exists() else {}
    except OSError:
        have = {}
    if all(have.get(w) == s for w, s in fresh.items()):
        return
    have.update(fresh)
    data = "".join(f"{w}\t{_encode(w, have[w])}\n" for w in sorted(have, key=lambda w: w.encode("utf-8"))).encode(
        "utf-8"
    )
    fd, tmp = tempfile.mkstemp(prefix=f".{NAME}.", suffix=".tmp", dir=str(path.parent))
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, path)
    except OSError:
        try:
            os.unlink(tmp)
        except OSError:
            pass


class StemTable:
    """Looks words up in an index's stem table (None: not there, ask NLTK)."""

    # Read whole (a megabyte for Reuters' 21,578 articles), not mapped: a map holds a file
    # descriptor for as long as the index is open, and each commit replaces the file.
    def __init__(self, index_dir: str | Path):
        self._path = table_path(index_dir)
        self._data: bytes | None = None
        self._stat: tuple | None = None

    def _current(self) -> bytes | None:
        try:
            st = os.stat(self._path)
        except OSError:
            return None
        key = (st.st_ino, st.st_mtime_ns, st.st_size)
        if key != self._stat:
            try:
                data = self._path.read_bytes()
            except OSError:
                return None
            self._data, self._stat = data or None, key
        return self._data

    def get(self, word: str) -> str | None:
        data = self._current()
        if data is None:
            return None
        target = word.encode("utf-8")
        lo, hi = 0, len(data)
        # Binary search over byte offsets; [lo, hi) always starts and ends at line starts.
        while lo < hi:
            start = data.rfind(b"\n", lo, (lo + hi) // 2) + 1 or lo
            end = data.find(b"\n", start, hi)
            end = hi if end < 0 else end
            entry, _sep, code = data[start:end].partition(b"\t")
            if entry == target:
                return _decode(word, code.decode("utf-8", "replace")) or None
            if entry < target:  # the table sorts by the word's bytes
                lo = end + 1
            else:
                hi = start
        return None
