"""Arguments of the writing methods, checked before anything is written.

An embedder's mistake (a record with no body, an id that is not a str, a timeout given
as text) is one ``InvalidArgumentError`` naming the argument, never a ``TypeError``
from deep inside Whoosh, and never a half-written batch: records are checked as the
batch is read, and the batch is cancelled at the first bad one.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from numbers import Real

from .errors import InvalidArgumentError
from .records import Record
from .timeparse import parse_iso, to_naive_utc

_LABELS = ("speaker", "place")


def check_paths(paths) -> list[str]:
    """One path or an iterable of paths (str or ``os.PathLike``) as strs."""
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    if paths is None or isinstance(paths, (bytes, bytearray, dict)) or not isinstance(paths, Iterable):
        raise InvalidArgumentError(f"paths must be a path or a list of paths, got {type(paths).__name__}")
    out = []
    for p in paths:
        if not isinstance(p, (str, os.PathLike)):
            raise InvalidArgumentError(f"paths must be str or os.PathLike, got {type(p).__name__} {p!r:.40}")
        out.append(os.fspath(p))
    return out


def check_path(option: str, path) -> str:
    if not isinstance(path, (str, os.PathLike)):
        raise InvalidArgumentError(f"{option} must be a str or os.PathLike, got {type(path).__name__}")
    return os.fspath(path)


def check_schema_name(name) -> str:
    if not isinstance(name, str) or not name.isidentifier():
        raise InvalidArgumentError(f"schema must be the name of a file in schema/ (like 'news'), got {name!r:.40}")
    return name


def check_ids(ids) -> list[str]:
    """One article id or an iterable of them."""
    if isinstance(ids, str):
        return [ids]
    if ids is None or isinstance(ids, (bytes, bytearray, dict)) or not isinstance(ids, Iterable):
        raise InvalidArgumentError(f"ids must be a str or a list of str, got {type(ids).__name__}")
    out = list(ids)
    for i in out:
        if not isinstance(i, str):
            raise InvalidArgumentError(f"ids must be str, got {type(i).__name__} {i!r:.40}")
    return out


def check_seconds(option: str, value) -> float:
    if isinstance(value, bool) or not isinstance(value, Real) or value != value or value < 0:
        raise InvalidArgumentError(f"{option} must be a number of seconds, at least 0, got {value!r:.40}")
    return float(value)


def check_procs(value) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise InvalidArgumentError(f"procs must be an int of at least 1 (or None: one per core), got {value!r:.40}")
    return value


def checked_records(records) -> Iterator[Record]:
    """The records, each checked (and its date made naive UTC) as it is reached."""
    if isinstance(records, Record):
        records = [records]
    if records is None or isinstance(records, (str, bytes, bytearray, dict)) or not isinstance(records, Iterable):
        raise InvalidArgumentError(f"records must be an iterable of searchidx.Record, got {type(records).__name__}")
    for n, rec in enumerate(records, start=1):
        yield check_record(rec, n)


def check_record(rec, n: int) -> Record:
    """A record fit to index, or ``InvalidArgumentError`` naming it and the field."""
    from .ingest import limits  # here: a search checks its arguments without the readers

    if not isinstance(rec, Record):
        raise InvalidArgumentError(f"record {n}: expected a searchidx.Record, got {type(rec).__name__}")
    where = f"record {n} (id {rec.id!r:.40})" if isinstance(rec.id, str) else f"record {n}"
    if not isinstance(rec.id, str) or not rec.id.strip():
        raise InvalidArgumentError(f"{where}: id must be a non-empty str, got {rec.id!r:.40}")
    if not isinstance(rec.body, str):
        raise InvalidArgumentError(f"{where}: body must be a str, got {type(rec.body).__name__}")
    if len(rec.body) > limits.MAX_RECORD_CHARS:
        raise InvalidArgumentError(
            f"{where}: body too large: {len(rec.body):,} characters; the limit is {limits.MAX_RECORD_CHARS:,}"
        )
    for name in ("title", "path", "author", "source", "url"):
        value = getattr(rec, name)
        if value is not None and not isinstance(value, str):
            raise InvalidArgumentError(f"{where}: {name} must be a str or None, got {type(value).__name__}")
    if not isinstance(rec.meta, dict):
        raise InvalidArgumentError(f"{where}: meta must be a dict, got {type(rec.meta).__name__}")
    for name in _LABELS:
        value = rec.meta.get(name)
        if value is None:
            continue
        values = [value] if isinstance(value, str) else value
        if not isinstance(values, (list, tuple)) or not all(isinstance(v, str) for v in values):
            raise InvalidArgumentError(f"{where}: meta[{name!r}] must be a str or a list of str")
    return dataclasses.replace(rec, title=rec.title or "", date=_date(rec.date, where))


def _date(value, where: str) -> datetime | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return to_naive_utc(value)
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day)
    if isinstance(value, str):
        parsed = parse_iso(value)
        if parsed is not None:
            return to_naive_utc(parsed)
    raise InvalidArgumentError(f"{where}: date must be a datetime, a date or an ISO date str, got {value!r:.40}")
