"""Reuters-21578 SGML: one record per <REUTERS> element; PLACES/PEOPLE kept as labels.

A document that cannot be read (no NEWID, a bad date, a body over the limit) is an
error on that document; the documents after it are still read.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator

from ..errors import IngestError
from ..records import Record
from ..timeparse import parse_reuters
from .entries import Entry
from .limits import check_body

_OPEN = re.compile(r"<REUTERS\b([^>]*)>")
_CLOSE = "</REUTERS>"
_OPEN_TAG = "<REUTERS"
_NEWID = re.compile(r'NEWID="(\d+)"')
_FIELD = {
    name: re.compile(rf"<{name}>(.*?)</{name}>", re.S)
    for name in ("DATE", "TITLE", "DATELINE", "BODY", "PLACES", "PEOPLE", "TOPICS")
}
_D = re.compile(r"<D>(.*?)</D>", re.S)
SOURCE = "Reuters"


def _text(name: str, chunk: str) -> str:
    m = _FIELD[name].search(chunk)
    # &#3; marks the end of a Reuters body; entities are SGML-escaped.
    return html.unescape(m.group(1)).replace("\x03", "").strip() if m else ""


def _labels(name: str, chunk: str) -> list[str]:
    m = _FIELD[name].search(chunk)
    return _D.findall(m.group(1)) if m else []


def iter_reuters(text: str, path: str, name: str | None = None) -> Iterator[Entry]:
    """One entry per <REUTERS> document, in file order; ids are ``name#NEWID``.

    Every document must be closed: a file cut short (or a document missing its
    ``</REUTERS>``) is an error on that document naming how many came before it,
    never a silent partial read, and nothing after it is read.
    """
    name = name or path
    complete = 0
    line, counted, pos = 1, 0, 0  # ``line`` is the line of offset ``counted``
    while True:
        m = _OPEN.search(text, pos)
        if m is None:
            break
        line += text.count("\n", counted, m.start())
        counted = m.start()
        close = text.find(_CLOSE, m.end())
        following = _OPEN.search(text, m.end())
        if close < 0 or (following is not None and following.start() < close):
            yield Entry(line, line, _truncated(path, complete, line, m.group(1)), m.start())
            return
        complete += 1
        yield Entry(line, line, _document(m.group(1), text[m.end() : close], path, name, line), m.start())
        pos = close + len(_CLOSE)
    # A tag cut before its ">" (even "<REUT" at the very end) opens a document too.
    partial = text.find("<REUTERS", pos)
    if partial < 0:
        tail = text[pos:].rstrip()
        k = tail.rfind("<")
        if k >= 0 and _OPEN_TAG.startswith(tail[k:]):
            partial = pos + k
    if partial >= 0:
        line += text.count("\n", counted, partial)
        yield Entry(line, line, _truncated(path, complete, line, text[partial : partial + 400]), partial)
    elif not complete:
        raise IngestError(path, "no <REUTERS> documents found")


def _document(attrs: str, chunk: str, path: str, name: str, line: int) -> Record | IngestError:
    newid = _NEWID.search(attrs)
    if not newid:
        return IngestError(path, "<REUTERS> without NEWID", line=line)
    raw_date = _text("DATE", chunk)
    date = parse_reuters(raw_date)
    if date is None:
        return IngestError(path, f"unparseable date {raw_date!r}", line=line)
    body = _text("BODY", chunk)
    try:
        check_body(body, path, line)
    except IngestError as exc:
        return exc
    return Record(
        id=f"{name}#{newid.group(1)}",
        path=path,
        title=_text("TITLE", chunk),
        body=body,
        date=date,
        source=SOURCE,
        meta={
            "dateline": _text("DATELINE", chunk),
            "places": _labels("PLACES", chunk),
            "people": _labels("PEOPLE", chunk),
            "topics": _labels("TOPICS", chunk),
        },
    )


def _truncated(path: str, complete: int, line: int, attrs: str) -> IngestError:
    newid = _NEWID.search(attrs)
    which = f"document {complete + 1}" + (f' (NEWID="{newid.group(1)}")' if newid else "")
    return IngestError(
        path,
        f"truncated: {which} at line {line} has no </REUTERS>; "
        f"{complete} complete document{'s' if complete != 1 else ''} before it",
    )
