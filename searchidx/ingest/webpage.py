"""Saved web pages (.html, .htm): the article's main text without navigation, adverts and
footers, and its title, author and publication date from the page's metadata, through
trafilatura (which reads the date with htmldate).

trafilatura and its parsers load in about a quarter of a second, so they are imported
when the first page is read, not whenever searchidx is.
"""

from __future__ import annotations

from ..errors import IngestError
from ..records import Record
from .dates import DateError, parse_date
from .limits import check_body

# Only the dates a page states about itself (meta tags, JSON-LD, <time>): htmldate's
# extensive search would guess one from any date in the text or the URL.
_DATE_OPTIONS = {"extensive_search": False, "original_date": True, "outputformat": "%Y-%m-%dT%H:%M:%S%z"}


def read_webpage(data: bytes, path: str, rid: str) -> Record:
    """The record of one saved page (``rid`` its id), or ``IngestError`` when the page has no
    main text."""
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(
            data, with_metadata=True, include_comments=False, include_tables=False, date_extraction_params=_DATE_OPTIONS
        )
    except Exception as exc:  # noqa: BLE001 - lxml and trafilatura fail in many ways on broken markup
        raise IngestError(path, f"cannot read the page: {type(exc).__name__}: {exc}") from None
    text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if not text:
        raise IngestError(path, "no article text found in the page")
    title = (doc.title or "").strip()
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if title and lines and lines[0] == title:
        lines = lines[1:]  # the page's own <h1> repeats the title
    # One paragraph per line in trafilatura's text; ours are separated by blank lines.
    body = "\n\n".join(lines)
    if not body:
        raise IngestError(path, "no article text found in the page (only its title)")
    check_body(body, path)
    try:
        date = parse_date(doc.date) if doc.date else None
    except DateError as exc:
        raise IngestError(path, str(exc)) from None
    return Record(
        id=rid,
        path=path,
        title=title,
        body=body,
        author=(doc.author or "").strip() or None,
        date=date,
        source=(doc.sitename or "").strip() or None,
        url=doc.url or None,
    )
