"""Which column (CSV) or key (JSON) holds which part of a record.

Exports name their columns in many ways (``headline``, ``full_article``, ``pubDate``);
a column is recognised by its name compared without case, spaces or punctuation, the
first name of each list below that the header holds winning. ``fields`` overrides
that per part: ``{"body": "full_article"}`` (``--field body=full_article``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from ..errors import IngestError, InvalidArgumentError
from ..records import Record
from .dates import DateError, parse_date
from .limits import check_body

#: Column names recognised for each part of a record, best first (compared as ``_norm`` gives).
NAMES: dict[str, tuple[str, ...]] = {
    "id": ("id", "guid"),
    "title": ("title", "headline"),
    # A feed's description or summary is its text when it has nothing longer.
    "body": ("body", "text", "content", "full_article", "article", "description", "summary"),
    "date": ("date", "published", "publish_date", "published_date", "published_at", "pubDate", "datetime"),
    "author": ("author", "authors", "byline"),
    "url": ("url", "link"),
    "source": ("source", "publication"),
}
ROLES = tuple(NAMES)
_LABELS = ("speaker", "place")  # labels a JSON record may give itself, kept as given


def _norm(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


_WANTED = {role: tuple(_norm(n) for n in names) for role, names in NAMES.items()}


def check_fields(fields) -> dict[str, str]:
    """``fields`` (None, a mapping of part to column name, or ``["body=full_article", ...]``)
    as a dict, or ``InvalidArgumentError`` naming what is wrong."""
    if fields is None:
        return {}
    if isinstance(fields, (list, tuple)):
        pairs = {}
        for item in fields:
            if not isinstance(item, str) or "=" not in item:
                raise InvalidArgumentError(
                    f"field mapping must look like PART=COLUMN (body=full_article), got {item!r:.60}"
                )
            part, _, column = item.partition("=")
            pairs[part.strip()] = column.strip()
        fields = pairs
    if not isinstance(fields, Mapping):
        raise InvalidArgumentError(f"fields must be a dict of part to column name, got {type(fields).__name__}")
    out = {}
    for part, column in fields.items():
        if part not in NAMES:
            raise InvalidArgumentError(f"unknown record part {part!r} in fields; expected one of {', '.join(ROLES)}")
        if not isinstance(column, str) or not column:
            raise InvalidArgumentError(f"fields[{part!r}] must be a non-empty column name, got {column!r:.40}")
        out[part] = column
    return out


def columns_for(names: Iterable[str], fields: Mapping[str, str]) -> dict[str, str]:
    """Part -> the column (as the header spells it) holding it, for the parts found."""
    names = list(names)
    exact = set(names)
    by_norm: dict[str, str] = {}
    for name in names:
        by_norm.setdefault(_norm(name), name)
    found = {}
    for role, wanted in _WANTED.items():
        given = fields.get(role)
        if given is not None:
            column = given if given in exact else by_norm.get(_norm(given))
            if column is not None:
                found[role] = column
            continue
        for key in wanted:
            if key in by_norm:
                found[role] = by_norm[key]
                break
    return found


def missing_overrides(columns: Mapping[str, str], fields: Mapping[str, str]) -> list[str]:
    """The overrides whose column is not there, as ``part=column``."""
    return [f"{part}={column}" for part, column in fields.items() if part not in columns]


class RecordBuilder:
    """Turns one row or object into a ``Record`` through a column mapping; every problem is an
    ``IngestError`` naming the file, the line and the column."""

    def __init__(self, path: str, name: str, fields: Mapping[str, str]):
        self.path = path
        self.name = name  # ids of records without one: "name#position"
        self.fields = fields

    def record(self, values: Mapping, columns: Mapping[str, str], line: int | None, position: int) -> Record:
        def get(role):
            column = columns.get(role)
            return None if column is None else values.get(column)

        body = get("body")
        if not isinstance(body, str) or not body.strip():
            raise IngestError(self.path, self._no_body(columns, body), line=line)
        check_body(body, self.path, line)
        given = get("id")
        # bool is an int in Python: "id": true would become "True"
        if given is not None and (isinstance(given, bool) or not isinstance(given, (str, int))):
            raise IngestError(
                self.path, f"{columns['id']!r} must be a string or an integer, got {_shown(given)}", line=line
            )
        rid = str(given) if given is not None and str(given).strip() else f"{self.name}#{position}"
        raw_date = get("date")
        try:
            date = parse_date(raw_date, columns.get("date"))
        except DateError as exc:
            raise IngestError(self.path, str(exc), line=line) from None
        text = {role: self._text(get(role), columns.get(role), line) for role in ("title", "source", "url")}
        author = self._author(get("author"), columns.get("author"), line)
        meta = {
            name: self._labels(values[name], name, line)
            for name in _LABELS
            if isinstance(values, dict) and values.get(name) is not None
        }
        return Record(
            id=rid,
            path=self.path,
            title=(text["title"] or "").strip(),
            body=body,
            author=author,
            date=date,
            source=text["source"],
            url=text["url"],
            meta=meta,
        )

    def _no_body(self, columns: Mapping[str, str], value) -> str:
        if "body" not in columns:
            wanted = self.fields.get("body")
            if wanted:
                return f"record has no {wanted!r} (given for the body)"
            return "record has no 'body' (or 'text') string"
        if value is None or isinstance(value, str):
            return f"record has an empty {columns['body']!r} (its body)"
        return f"{_label(columns['body'])} (the body) must be a string, got {type(value).__name__}"

    def _text(self, value, column: str | None, line: int | None) -> str | None:
        if value is None or value == "":
            return None
        if isinstance(value, dict) and isinstance(value.get("name"), str):
            return value["name"] or None  # {"source": {"id": ..., "name": "Wire"}}
        if not isinstance(value, str):
            raise IngestError(self.path, f"{_label(column)} must be a string", line=line)
        return value

    def _author(self, value, column: str | None, line: int | None) -> str | None:
        """A string, or a list of names (strings, or objects with a "name") joined with ", "."""
        if value is None or value == "":
            return None
        items = value if isinstance(value, list) else [value]
        names = []
        for item in items:
            if isinstance(item, dict):
                item = item.get("name")
            if not isinstance(item, str):
                raise IngestError(self.path, f"{_label(column)} must be a string or a list of names", line=line)
            if item.strip():
                names.append(item.strip())
        return ", ".join(names) or None

    def _labels(self, value, name: str, line: int | None) -> list[str]:
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise IngestError(self.path, f"field {name!r} must be a string or a list of strings", line=line)
        return [v.strip() for v in value if v.strip()]


def _label(column: str | None) -> str:
    return f"field {column!r}"


def _shown(value) -> str:
    import orjson

    text = orjson.dumps(value).decode()
    return text if len(text) <= 40 else text[:37] + "..."
