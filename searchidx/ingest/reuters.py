"""Reuters-21578 SGML: one record per <REUTERS> element; PLACES/PEOPLE kept as labels."""
from __future__ import annotations

import html
import re

from ..errors import IngestError
from ..records import Record
from ..timeparse import parse_reuters

_DOC = re.compile(r"<REUTERS\b([^>]*)>(.*?)</REUTERS>", re.S)
_NEWID = re.compile(r'NEWID="(\d+)"')
_FIELD = {name: re.compile(rf"<{name}>(.*?)</{name}>", re.S)
          for name in ("DATE", "TITLE", "DATELINE", "BODY", "PLACES", "PEOPLE", "TOPICS")}
_D = re.compile(r"<D>(.*?)</D>", re.S)
SOURCE = "Reuters"


def _text(name: str, chunk: str) -> str:
    m = _FIELD[name].search(chunk)
    # &#3; marks the end of a Reuters body; entities are SGML-escaped.
    return html.unescape(m.group(1)).replace("\x03", "").strip() if m else ""


def _labels(name: str, chunk: str) -> list[str]:
    m = _FIELD[name].search(chunk)
    return _D.findall(m.group(1)) if m else []


def read_reuters(text: str, path: str) -> list[Record]:
    records = []
    line, pos = 1, 0
    for m in _DOC.finditer(text):
        attrs, chunk = m.group(1), m.group(2)
        line += text.count("\n", pos, m.start())
        pos = m.start()
        newid = _NEWID.search(attrs)
        if not newid:
            raise IngestError(path, "<REUTERS> without NEWID", line=line)
        raw_date = _text("DATE", chunk)
        date = parse_reuters(raw_date)
        if date is None:
            raise IngestError(path, f"unparseable date {raw_date!r}", line=line)
        records.append(Record(
            id=f"{path}#{newid.group(1)}", path=path, title=_text("TITLE", chunk),
            body=_text("BODY", chunk), date=date, source=SOURCE,
            meta={"dateline": _text("DATELINE", chunk), "places": _labels("PLACES", chunk),
                  "people": _labels("PEOPLE", chunk), "topics": _labels("TOPICS", chunk)},
        ))
    if not records:
        raise IngestError(path, "no <REUTERS> documents found")
    return records
