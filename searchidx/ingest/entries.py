"""What a reader hands back for each record of a file: the record, or why it could not be read."""

from __future__ import annotations

from typing import NamedTuple

from ..errors import IngestError
from ..records import Record


class Entry(NamedTuple):
    """One record's place in its file and what was read there."""

    line: int | None  # the line the record starts on (None for an element of a JSON array)
    position: int  # its line, or its number in the file where there are no lines (from 1)
    item: Record | IngestError  # an error is this record's alone: the file's other records stand
    offset: int = 0  # bytes of the file before it (how far reading has got, for progress)

    @property
    def where(self) -> str:
        """The record as a person finds it in the file: ``line 12`` or ``record 3``."""
        return f"line {self.line}" if self.line is not None else f"record {self.position}"
