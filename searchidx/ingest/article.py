"""Seed-style articles: ``# Title``, a byline, a date line, then paragraphs."""
from __future__ import annotations

import re

from ..errors import IngestError
from ..records import Record
from ..timeparse import looks_like_dateline, parse_dateline

_PARA_SPLIT = re.compile(r"\n[ \t]*\n+")
_TERMINAL = tuple('.!?:;"”’)]*')
_BYLINE_PREFIX = re.compile(r"^by\s+", re.I)


def is_article(text: str) -> bool:
    """Whether a .txt/.md file is in our article format (its first line is a ``# `` heading)."""
    return text.lstrip().startswith("# ")


def join_broken_paragraphs(paragraphs: list[str]) -> list[str]:
    """Rejoin paragraphs split mid-sentence: no terminal punctuation, next starts lower case."""
    out: list[str] = []
    for para in paragraphs:
        if out and not out[-1].endswith(_TERMINAL) and para[:1].islower():
            out[-1] = out[-1] + " " + para
        else:
            out.append(para)
    return out


def read_article(text: str, path: str, rid: str) -> Record:
    lines = text.strip().splitlines()
    if not lines or not lines[0].startswith("# "):
        raise IngestError(path, "not an article: the first line must be a '# Title' heading", line=1)
    title = lines[0][2:].strip()
    if not title:
        raise IngestError(path, "empty title heading", line=1)
    lead = len(text) - len(text.lstrip())
    first_line = text[:lead].count("\n") + 1

    # The header is the run of non-blank lines after the title: a byline, a date line, or both.
    i = 1
    while i < len(lines) and not lines[i].strip():
        i += 1
    header = []
    while i < len(lines) and lines[i].strip() and len(header) < 2:
        header.append((first_line + i, lines[i].strip()))
        i += 1
    author = date = None
    if len(header) == 2 or (header and looks_like_dateline(header[-1][1])):
        lineno, line = header[-1]
        date = parse_dateline(line)
        if date is None:
            raise IngestError(path, f"unparseable date line {line!r}", line=lineno)
        if len(header) == 2:
            author = _BYLINE_PREFIX.sub("", header[0][1]).strip() or None
    elif header:
        author = _BYLINE_PREFIX.sub("", header[0][1]).strip() or None

    rest = "\n".join(lines[i:])
    paragraphs = [" ".join(p.split()) for p in _PARA_SPLIT.split(rest) if p.strip()]
    body = "\n\n".join(join_broken_paragraphs(paragraphs))
    if not body:
        raise IngestError(path, "article has no body text")
    return Record(id=rid, path=path, title=title, body=body, author=author, date=date)
