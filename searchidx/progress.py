"""How far an indexing run has got: the events ``Index.add_paths(progress=...)`` sends,
and the command line's display of them (a tqdm bar on a terminal, a plain line now and
then otherwise)."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TextIO


@dataclass(frozen=True)
class Progress:
    """One step of a run: files and bytes of the files to read, and records read so far."""

    files_done: int
    files_total: int
    bytes_done: int
    bytes_total: int
    records: int  # records read so far (indexed, unchanged or bad)
    elapsed: float  # seconds since reading began

    @property
    def records_per_second(self) -> float:
        return self.records / self.elapsed if self.elapsed > 0 else 0.0

    @property
    def seconds_left(self) -> float | None:
        """From the bytes still to read at the rate so far; None until there is a rate."""
        if not self.bytes_done or self.elapsed <= 0:
            return None
        return (self.bytes_total - self.bytes_done) * self.elapsed / self.bytes_done


class Tracker:
    """Counts a run's progress and sends it to ``callback``: after every file, and after
    every record of a file read in this process."""

    def __init__(self, callback: Callable[[Progress], None], files_total: int, bytes_total: int):
        self.callback = callback
        self.files_total, self.bytes_total = files_total, bytes_total
        self.files_done = self.bytes_done = self.records = 0
        self._in_file = 0  # records of the file being read, counted as they come
        self.started = time.perf_counter()

    def hook(self) -> Callable[[int], None]:
        """For a file read in this process: told the bytes read before each record."""

        def on_record(offset: int) -> None:
            self._in_file += 1
            self._send(self.bytes_done + offset, self.records + self._in_file)

        return on_record

    def file_done(self, size: int, records: int) -> None:
        self.files_done += 1
        self.bytes_done += size
        self.records += records
        self._in_file = 0
        self._send(self.bytes_done, self.records)

    def _send(self, bytes_done: int, records: int) -> None:
        self.callback(
            Progress(
                self.files_done,
                self.files_total,
                min(bytes_done, self.bytes_total),
                self.bytes_total,
                records,
                time.perf_counter() - self.started,
            )
        )


class ProgressDisplay:
    """The command line's view of a run, on standard error: a bar (records per second, time
    left) on a terminal, else a plain line every ``every`` seconds. Use as a context manager."""

    def __init__(
        self, stream: TextIO | None = None, every: float = 10.0, bar: bool | None = None, refresh: float = 0.2
    ):
        self.stream = stream if stream is not None else sys.stderr
        self.bar = bar if bar is not None else _isatty(self.stream)
        self.every = every
        self.refresh = refresh  # seconds between redraws of the bar
        self._tqdm = None
        self._last_line = time.monotonic()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __call__(self, p: Progress) -> None:
        if self.bar:
            self._update_bar(p)
        elif time.monotonic() - self._last_line >= self.every:
            self._last_line = time.monotonic()
            print(plain_line(p), file=self.stream, flush=True)

    def _update_bar(self, p: Progress) -> None:
        if self._tqdm is None:
            from tqdm import tqdm

            self._tqdm = tqdm(
                total=p.bytes_total,
                file=self.stream,
                unit="B",
                unit_scale=True,
                leave=False,
                desc="indexing",
                dynamic_ncols=True,
                mininterval=self.refresh,
                bar_format="{desc} {percentage:3.0f}%|{bar}| {postfix} [{elapsed}<{remaining}]",
            )
        bar = self._tqdm
        bar.set_postfix_str(
            f"{p.files_done:,}/{p.files_total:,} files, {p.records:,} records, {p.records_per_second:,.0f} records/s",
            refresh=False,
        )
        bar.update(p.bytes_done - bar.n)

    def close(self) -> None:
        if self._tqdm is not None:
            self._tqdm.close()
            self._tqdm = None


def plain_line(p: Progress) -> str:
    """``indexing: 1,200 of 2,185 files (55%), 1,200 records, 310 records/s, about 3 s left``."""
    share = f" ({100 * p.bytes_done / p.bytes_total:.0f}%)" if p.bytes_total else ""
    left = p.seconds_left
    eta = f", about {left:,.0f} s left" if left is not None else ""
    return (
        f"indexing: {p.files_done:,} of {p.files_total:,} files{share}, {p.records:,} records, "
        f"{p.records_per_second:,.0f} records/s{eta}"
    )


def _isatty(stream) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False
