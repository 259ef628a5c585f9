"""JSON and JSON Lines records through orjson, one record at a time."""
from __future__ import annotations

import codecs
from typing import Iterator

import orjson

from ..errors import IngestError
from ..records import Record
from ..timeparse import parse_iso, to_naive_utc
from . import limits
from .limits import check_body

_LABELS = ("speaker", "place")
_NOT_JSON = object()


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
    check_body(body, path, line)
    given = obj.get("id")
    # bool is an int in Python: "id": true would become "#True"
    if given is not None and (isinstance(given, bool) or not isinstance(given, (str, int))):
        raise IngestError(path, f"'id' must be a string or an integer, got {_shown(given)}", line=line)
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


def _shown(value) -> str:
    text = orjson.dumps(value).decode()
    return text if len(text) <= 40 else text[:37] + "..."


def decode_utf8(data: bytes, path: str, offset: int = 0, line: int | None = None) -> str:
    """``data`` as text, or an error naming the first bad byte (``offset``: where ``data``
    starts in its file; ``line``: its line, else counted in ``data``)."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        where = line if line is not None else data.count(b"\n", 0, exc.start) + 1
        raise IngestError(path, f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {offset + exc.start})",
                          line=where) from None


def iter_jsonl(data: bytes, path: str) -> Iterator[Record]:
    """One record per non-blank line, parsed as it is reached: a long file is never
    held as records, only as its bytes."""
    pos = len(codecs.BOM_UTF8) if data.startswith(codecs.BOM_UTF8) else 0
    end_of_data = len(data)
    longest = limits.max_line_bytes()
    lineno = 0
    found = False
    while pos < end_of_data:
        end = data.find(b"\n", pos)
        if end < 0:
            end = end_of_data
        lineno += 1
        start, pos = pos, end + 1
        if end - start > longest:
            raise IngestError(path, f"record too large: the line is {end - start:,} bytes; "
                                    f"the limit is {longest:,}", line=lineno)
        line = decode_utf8(data[start:end], path, offset=start, line=lineno)
        if not line.strip():
            continue
        try:
            obj = orjson.loads(line)
        except orjson.JSONDecodeError as exc:
            raise IngestError(path, f"malformed JSON: {exc.args[0].split(':')[0]}", line=lineno) from None
        found = True
        yield record_from_object(obj, path, lineno, lineno)
    if not found:
        raise IngestError(path, "no records")


def iter_json(data: bytes, path: str) -> Iterator[Record]:
    """A .json file: one object, an array of objects, or (leniently) JSON Lines."""
    bom = len(codecs.BOM_UTF8) if data.startswith(codecs.BOM_UTF8) else 0
    text = decode_utf8(data[bom:], path, offset=bom)
    try:
        parsed = orjson.loads(text)
    except orjson.JSONDecodeError:
        parsed = _NOT_JSON
    del text  # the parsed objects are all that is needed from here
    if parsed is _NOT_JSON:
        yield from iter_jsonl(data, path)
        return
    items = parsed if isinstance(parsed, list) else [parsed]
    if not items:
        raise IngestError(path, "no records")
    for n, obj in enumerate(items, start=1):
        yield record_from_object(obj, path, None, n)
