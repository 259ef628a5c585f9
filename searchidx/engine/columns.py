"""The column type of stored text (bodies for snippets, hit rows): Whoosh's variable-length
bytes column, each value deflated, with the offsets table always written.

Whoosh's ``VarBytesColumn`` writes its offsets only past 32,768 rows and otherwise
rebuilds them in a Python loop each time a reader opens the column, which cost a
one-shot search more than the search itself; text deflates to about 60% of its size.
"""

from __future__ import annotations

import zlib

from whoosh.columns import VarBytesColumn

LEVEL = 6


class DeflatedColumn(VarBytesColumn):
    """Variable-length byte strings, each compressed with zlib; offsets always stored."""

    def __init__(self, level: int = LEVEL):
        super().__init__(allow_offsets=True, write_offsets_cutoff=0)
        self._level = level

    def writer(self, dbfile):
        return self.Writer(dbfile, self._level)

    def reader(self, dbfile, basepos, length, doccount):
        return self.Reader(dbfile, basepos, length, doccount)

    class Writer(VarBytesColumn.Writer):
        def __init__(self, dbfile, level: int):
            super().__init__(dbfile, allow_offsets=True, cutoff=0)
            self._level = level

        def __repr__(self):
            return "<Deflated.Writer>"

        def add(self, docnum, v):
            super().add(docnum, zlib.compress(v, self._level) if v else v)

        def finish(self, doccount):
            # Whoosh's takes its arrays before filling the rows after the last value: a fill
            # that widens the offsets' type (past 255, 65,535...) replaces the array, and the
            # stale, shorter one was written. Filled first, its own fill adds nothing.
            self.fill(doccount)
            self._count = max(self._count, doccount)
            super().finish(doccount)

    class Reader(VarBytesColumn.Reader):
        def __repr__(self):
            return "<Deflated.Reader>"

        def __getitem__(self, docnum):
            v = super().__getitem__(docnum)
            return zlib.decompress(v) if v else b""

        def __iter__(self):
            for v in super().__iter__():
                yield zlib.decompress(v) if v else b""
