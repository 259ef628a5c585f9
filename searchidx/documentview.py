"""One stored article by id, with its quotes, speakers, places and dates marked by offset.

``document(ix, id)`` reads what the index holds for an article (its stored fields, its
body from the body column, and its quote documents) and marks spans of the body:

* ``quote``: each piece of each indexed quotation, found in the body by its text (a
  quotation in several pieces is stored joined with " … ");
* ``speaker``, ``place``, ``date``: the mentions extraction finds when it reads the body
  again (the speaker of each quote, every place and every date, with their canonical
  value). Extraction is re-run here, at view time; if it fails, speakers and places are
  found by their names as the index holds them, and dates are not marked.

Offsets are Python string indices (Unicode code points) into ``body``, ``end`` exclusive.
The index answers without Whoosh's stored bodies being decompressed for anything else:
this is a per-article read, for a page or an API call.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime

import orjson
from whoosh import query as wq

from .documents import PIECE_JOIN
from .schema import F, Kind
from .timeparse import iso, parse_iso


@dataclass
class Mark:
    start: int
    end: int
    type: str  # "quote", "speaker", "place" or "date"
    value: str  # the quote's id, the speaker's or place's canonical name, the ISO date
    text: str = ""

    def to_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "type": self.type, "value": self.value, "text": self.text}


@dataclass
class DocQuote:
    id: str  # ARTICLE_ID#qN, as indexed
    n: int  # N
    text: str
    speaker: str | None
    date: datetime | None
    direct: bool
    kind: str | None
    role: str | None
    spans: list[tuple[int, int]] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "n": self.n,
            "text": self.text,
            "speaker": self.speaker,
            "date": iso(self.date),
            "direct": self.direct,
            "kind": self.kind,
            "role": self.role,
            "spans": [{"start": s, "end": e} for s, e in self.spans],
        }


@dataclass
class DocumentView:
    id: str
    title: str
    body: str
    date: datetime | None
    author: str | None
    source: list[str]
    url: str | None
    speakers: list[str]
    places: list[str]
    dates: list[str]
    quotes: list[DocQuote]
    marks: list[Mark]

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "title": self.title,
            "date": iso(self.date),
            "author": self.author,
            "source": self.source,
            "url": self.url,
            "speakers": self.speakers,
            "places": self.places,
            "dates": self.dates,
            "body": self.body,
            "quotes": [q.to_dict() for q in self.quotes],
            "marks": [m.to_dict() for m in self.marks],
        }


def document(ix, doc_id: str, extract_marks: bool = True) -> DocumentView | None:
    """The article ``doc_id`` of an open ``Index`` with its quotes and marks, or None when
    the index holds no such article. ``extract_marks=False`` marks quotes only."""
    if not isinstance(doc_id, str) or not doc_id:
        return None
    if hasattr(ix, "shards"):  # a sharded index: read in the shard of the id
        return ix.document(doc_id, extract_marks)
    s = ix._searcher()  # this thread's searcher (see Index._searcher)
    docnum = s.document_number(**{F.ID: doc_id, F.KIND: Kind.ARTICLE})
    if docnum is None:
        return None
    reader = s.reader()
    stored = s.stored_fields(docnum)
    body = reader.column_reader(F.BODY)[docnum] if reader.has_column(F.BODY) else (stored.get(F.BODY) or "")
    hits = reader.column_reader(F.HIT) if reader.has_column(F.HIT) else None
    # Title, date, speakers and places are in the article's hit row (indexes written before
    # that kept them in its stored fields too).
    row0 = orjson.loads(hits[docnum]) if hits is not None else {}
    title = stored.get(F.TITLE) or row0.get("title") or ""
    art_date = stored.get(F.DATE) or _date(row0.get("date"))
    quote_q = wq.And([wq.Term(F.ARTICLE_ID, doc_id), wq.Term(F.KIND, Kind.QUOTE)])
    quotes = []
    for qnum in sorted(s.docs_for_query(quote_q)):
        qfields = s.stored_fields(qnum)
        row = orjson.loads(hits[qnum]) if hits is not None else {}
        qid = qfields.get(F.ID) or ""
        m = re.search(r"#q(\d+)$", qid)
        date = qfields.get(F.DATE) or _date(row.get("date"))
        quotes.append(
            DocQuote(
                id=qid,
                n=int(m.group(1)) if m else len(quotes) + 1,
                text=row.get("text") or "",
                speaker=row.get("speaker"),
                date=date,
                direct=bool(row.get("direct", True)),
                kind=row.get("kind"),
                role=row.get("role"),
            )
        )
    quotes.sort(key=lambda q: q.n)
    marks = _quote_marks(body, quotes)
    speakers = list(stored.get(F.SPEAKER) or row0.get("speakers") or [])
    places = list(stored.get(F.PLACE) or row0.get("places") or [])
    if extract_marks:
        marks += _extracted_marks(body, art_date, speakers, places)
    marks.sort(key=lambda m: (m.start, -m.end, m.type))
    source = stored.get(F.SOURCE) or []
    return DocumentView(
        id=doc_id,
        title=title,
        body=body,
        date=art_date,
        author=stored.get(F.AUTHOR) or None,
        source=[source] if isinstance(source, str) else list(source),
        url=stored.get(F.URL) or None,
        speakers=speakers,
        places=places,
        dates=list(stored.get(F.DATES) or []),
        quotes=quotes,
        marks=marks,
    )


def _date(text):
    """A hit row's ISO date as a datetime (None when undated)."""
    return parse_iso(text) if text else None


def _quote_marks(body: str, quotes: list[DocQuote]) -> list[Mark]:
    """Each quote's pieces found in the body in order (a piece not found is left unmarked)."""
    marks = []
    at = 0
    for q in quotes:
        pieces = [p for p in q.text.split(PIECE_JOIN) if p.strip()] if q.text else []
        cursor = at
        for piece in pieces:
            found = body.find(piece, cursor)
            if found < 0:
                found = body.find(piece)
            if found < 0:
                continue
            q.spans.append((found, found + len(piece)))
            marks.append(Mark(found, found + len(piece), "quote", q.id, piece))
            cursor = found + len(piece)
        if q.spans:
            at = q.spans[0][0]
    return marks


def _extracted_marks(body: str, date, speakers: list[str], places: list[str]) -> list[Mark]:
    try:
        from .extract import extract

        ex = extract(body, date)
    except Exception:  # noqa: BLE001 - marks are a reading aid; fall back to the names as indexed
        return _name_marks(body, "speaker", speakers) + _name_marks(body, "place", places)
    marks = []
    seen = set()
    for q in ex.quotes:
        if q.speaker and q.speaker_start is not None and q.speaker_end is not None:
            key = (q.speaker_start, q.speaker_end)
            if key not in seen:
                seen.add(key)
                marks.append(
                    Mark(q.speaker_start, q.speaker_end, "speaker", q.speaker, body[q.speaker_start : q.speaker_end])
                )
    names = [s for s in speakers if s]
    # Speakers named where no quote is attributed to them ("Austin met Kishida").
    for m in _name_marks(body, "speaker", names):
        if not any(m.start < e and s < m.end for s, e in seen):
            marks.append(m)
    for p in ex.place_mentions:
        marks.append(Mark(p.start, p.end, "place", p.place, p.text))
    for d in ex.date_mentions:
        marks.append(Mark(d.start, d.end, "date", d.value, d.text))
    return marks


def _name_marks(body: str, kind: str, names: list[str]) -> list[Mark]:
    """Whole-word occurrences of each name (longest names first; no overlaps)."""
    marks: list[Mark] = []
    taken: list[tuple[int, int]] = []
    for name in sorted({n for n in names if n and len(n) > 1}, key=len, reverse=True):
        for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", body):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            taken.append((m.start(), m.end()))
            marks.append(Mark(m.start(), m.end(), kind, name, m.group()))
    return marks


def quote_ids(ix, quotes) -> list[str | None]:
    """The indexed id (``ARTICLE_ID#qN``) of each quote of a search (``Quote`` objects or
    their dicts), found among its article's quotes by text; None where none has that text.
    A page links each quote to its article at the quote with it."""
    if hasattr(ix, "shards"):  # a sharded index: each article's shard knows its quotes
        return ix.quote_ids(quotes)
    s = ix._searcher()
    reader = s.reader()
    hits = reader.column_reader(F.HIT) if reader.has_column(F.HIT) else None
    by_article: dict[str, dict[str, str]] = {}
    out = []
    for q in quotes:
        article_id = q["article_id"] if isinstance(q, dict) else q.article_id
        text = q["text"] if isinstance(q, dict) else q.text
        if article_id not in by_article:
            texts: dict[str, str] = {}
            if hits is not None:
                quote_q = wq.And([wq.Term(F.ARTICLE_ID, article_id), wq.Term(F.KIND, Kind.QUOTE)])
                for qnum in sorted(s.docs_for_query(quote_q)):
                    row = orjson.loads(hits[qnum])
                    texts.setdefault(row.get("text") or "", s.stored_fields(qnum).get(F.ID))
            by_article[article_id] = texts
        out.append(by_article[article_id].get(text))
    return out
