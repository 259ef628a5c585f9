"""A record as Whoosh documents: the article, and each quotation as a child document
right after it (``kind`` says which), with what a result row shows kept in ``hit``."""
from __future__ import annotations

import orjson

from .extract import Extraction, extract
from .records import Record
from .schema import F, Kind, SchemaSpec
from .timeparse import iso, parse_iso


def to_documents(spec: SchemaSpec, rec: Record, location: str, digest: str) -> tuple[dict, list[dict]]:
    """An article's Whoosh document and its quotes' child documents."""
    ex: Extraction = extract(rec.body, rec.date)
    speakers = rec.meta.get("speaker") or ex.speakers
    places = rec.meta.get("place") or ex.places
    article = {
        F.ID: rec.id, F.KIND: Kind.ARTICLE, F.PATH: location, F.HASH: digest,
        F.ARTICLE_ID: rec.id, F.TITLE: rec.title, F.BODY: rec.body,
        F.AUTHOR: rec.author or "", F.SOURCE: [rec.source] if rec.source else [],
        F.URL: rec.url, F.SPEAKER: list(speakers), F.PLACE: list(places), F.DATES: list(ex.dates),
    }
    if rec.date is not None:
        article[F.DATE] = rec.date
    article[F.HIT] = orjson.dumps({"id": rec.id, "title": rec.title, "date": iso(rec.date),
                                   "speakers": list(speakers), "places": list(places)})
    quotes = []
    for n, q in enumerate(ex.quotes, start=1):
        doc = {
            F.ID: f"{rec.id}#q{n}", F.KIND: Kind.QUOTE, F.PATH: location, F.HASH: digest,
            F.ARTICLE_ID: rec.id,
            F.TITLE: rec.title, F.BODY: q.text, F.SPEAKER: [q.speaker] if q.speaker else [],
            F.SPEAKER_ROLE: q.role, F.PLACE: list(places),
            F.SOURCE: [rec.source] if rec.source else [],
        }
        when = parse_iso(q.date) if q.date else rec.date
        if when is not None:
            doc[F.DATE] = when
        doc[F.HIT] = orjson.dumps({"text": q.text, "speaker": q.speaker, "date": iso(when),
                                   "article_id": rec.id, "title": rec.title})
        quotes.append(doc)
    return article, quotes
