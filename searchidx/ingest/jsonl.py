"""JSON and JSON Lines records through orjson."""
from __future__ import annotations

import orjson

from ..errors import IngestError
from ..records import Record
from ..timeparse import parse_iso, to_naive_utc

_LABELS = ("speaker", "place")


def _labels(value, path: str, line: int | None, name: str) -> list[str]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise IngestError(path, f"field {name!r} must be a string or a list of strings", line=line)
    return [v.strip() for v in value if v.strip()]


def record_from_object(obj, path: str, line: int | None, ordinal: int) -> Record:
    if not isinstance(obj, dict):
        raise IngestError(path, f"expected a JSON object, got {type(obj).__name__}", line=line)
    body = obj.get("body", obj.get("text"))
    if not isinstance(body, str) or not body.strip():
        raise IngestError(path, "record has no 'body' (or 'text') string", line=line)
    given = obj.get("id")
    if given is not None and not isinstance(given, (str, int)):
        raise IngestError(path, "'id' must be a string or a number", line=line)
    date = None
    if obj.get("date") not in (None, ""):
        raw = obj["date"]
        date = parse_iso(raw) if isinstance(raw, str) else None
        if date is None:
            raise IngestError(path, f"unparseable date {raw!r} (expected ISO like 2024-10-27)", line=line)
        date = to_naive_utc(date)
    for name in ("title", "author", "source", "url"):
        if obj.get(name) is not None and not isinstance(obj[name], str):
            raise IngestError(path, f"field {name!r} must be a string", line=line)
    meta = {name: _labels(obj[name], path, line, name) for name in _LABELS if obj.get(name) is not None}
    return Record(
        id=f"{path}#{given if given is not None else ordinal}",
        path=path, title=(obj.get("title") or "").strip(), body=body,
        author=obj.get("author") or None, date=date, source=obj.get("source") or None,
        url=obj.get("url") or None, meta=meta,
    )


def read_jsonl(text: str, path: str) -> list[Record]:
    records = []
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            obj = orjson.loads(line)
        except orjson.JSONDecodeError as exc:
            raise IngestError(path, f"malformed JSON: {exc.args[0].split(':')[0]}", line=lineno) from None
        records.append(record_from_object(obj, path, lineno, lineno))
    if not records:
        raise IngestError(path, "no records")
    return records


def read_json(text: str, path: str) -> list[Record]:
    """A .json file: one object, an array of objects, or (leniently) JSON Lines."""
    try:
        data = orjson.loads(text)
    except orjson.JSONDecodeError:
        return read_jsonl(text, path)
    items = data if isinstance(data, list) else [data]
    if not items:
        raise IngestError(path, "no records")
    return [record_from_object(obj, path, None, n) for n, obj in enumerate(items, start=1)]
