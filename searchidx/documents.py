"""A record as Whoosh documents: the article, and each quotation as a child document
right after it (``kind`` says which), with what a result row shows kept in ``hit``.

One quotation is one quote document even when the text splits it into pieces (an
attribution in the middle, or paragraphs): its text is the pieces joined with " … ".
Reported speech (``direct`` false) is a quote document too, told apart by the ``direct``
field ("true" / "false") and the ``"direct"`` key of its ``hit`` row."""

from __future__ import annotations

import orjson

from .extract import Extraction, QuoteMention, extract
from .records import Record
from .schema import F, Kind, SchemaSpec
from .timeparse import iso, parse_iso


def to_documents(spec: SchemaSpec, rec: Record, location: str, digest: str) -> tuple[dict, list[dict]]:
    """An article's Whoosh document and its quotes' child documents."""
    ex: Extraction = extract(rec.body, rec.date)
    speakers = rec.meta.get("speaker") or ex.speakers
    places = rec.meta.get("place") or ex.places
    article = {
        F.ID: rec.id,
        F.KIND: Kind.ARTICLE,
        F.PATH: location,
        F.HASH: digest,
        F.ARTICLE_ID: rec.id,
        F.TITLE: rec.title,
        F.BODY: rec.body,
        F.AUTHOR: rec.author or "",
        F.SOURCE: [rec.source] if rec.source else [],
        F.URL: rec.url,
        F.SPEAKER: list(speakers),
        F.PLACE: list(places),
        F.DATES: list(ex.dates),
    }
    if rec.date is not None:
        article[F.DATE] = rec.date
    article[F.HIT] = orjson.dumps(
        {"id": rec.id, "title": rec.title, "date": iso(rec.date), "speakers": list(speakers), "places": list(places)}
    )
    quotes = []
    for n, pieces in enumerate(quotations(ex.quotes), start=1):
        first = next((q for q in pieces if q.speaker), pieces[0])
        text = PIECE_JOIN.join(q.text for q in pieces)
        direct = all(q.direct for q in pieces)
        doc = {
            F.ID: f"{rec.id}#q{n}",
            F.KIND: Kind.QUOTE,
            F.PATH: location,
            F.HASH: digest,
            F.ARTICLE_ID: rec.id,
            F.TITLE: rec.title,
            F.BODY: text,
            F.SPEAKER: [first.speaker] if first.speaker else [],
            F.SPEAKER_ROLE: first.role,
            F.PLACE: list(places),
            F.SOURCE: [rec.source] if rec.source else [],
            F.DIRECT: "true" if direct else "false",
        }
        when = parse_iso(pieces[0].date) if pieces[0].date else rec.date
        if when is not None:
            doc[F.DATE] = when
        doc[F.HIT] = orjson.dumps(
            {
                "text": text,
                "speaker": first.speaker,
                "date": iso(when),
                "article_id": rec.id,
                "direct": direct,
                "kind": first.kind if first.speaker else None,
                "role": first.role if first.speaker else None,
            }
        )
        quotes.append(doc)
    return article, quotes


#: What stands between the pieces of one quotation in its quote document.
PIECE_JOIN = " … "


def quotations(mentions: list[QuoteMention]) -> list[list[QuoteMention]]:
    """The pieces of each quotation in text order (``QuoteMention.quotation`` groups them);
    a piece inside another piece of the same quotation (a quotation within it) is left
    out, so each quotation is indexed once."""
    groups: dict[int, list[QuoteMention]] = {}
    order: list[int] = []
    for i, q in enumerate(mentions):
        key = q.quotation if q.quotation else -1 - i  # mentions without a number stand alone
        if key not in groups:
            groups[key] = []
            order.append(key)
        groups[key].append(q)
    out = []
    for key in order:
        pieces = sorted(groups[key], key=lambda q: (q.start, -q.end))
        kept: list[QuoteMention] = []
        for q in pieces:
            if kept and q.start >= kept[-1].start and q.end <= kept[-1].end:
                continue  # nested inside the piece before it
            kept.append(q)
        out.append(kept)
    return out
