"""Text articles: a headline line (``# Title`` or plain), a blank line, an optional header
(a byline, a date line, or both), then paragraphs separated by blank lines.

The plain form is what text dumps of news look like (the BBC set: headline, blank
line, paragraphs; no byline, no date). A header line is taken for a byline or a
date only when it looks like one: otherwise the lead paragraph of an article with
neither would be read as its author.
"""

from __future__ import annotations

import re

from ..errors import IngestError
from ..records import Record
from ..timeparse import looks_like_dateline, parse_dateline

_PARA_SPLIT = re.compile(r"\n[ \t]*\n+")
_TERMINAL = tuple('.!?:;"”’)]*')
_BYLINE_PREFIX = re.compile(r"^by\s+", re.I)
#: A first line longer than this is a paragraph, not a headline.
MAX_HEADLINE_CHARS = 300
# A lone header line is a byline when it reads like a name or two: capitalised words,
# a few particles, no sentence punctuation, no digits.
_NAME_WORD = re.compile(r"(?:[A-Z][\w'’.-]*|de|da|del|der|di|du|la|le|van|von|bin|al|and|&)$")
_MAX_BYLINE_WORDS = 8
_MAX_BYLINE_CHARS = 80

NOT_AN_ARTICLE = "not an article: the first line must be a headline followed by a blank line (or a '# Title' heading)"


def is_article(text: str) -> bool:
    """Whether a .txt/.md file is an article: a ``# `` heading, or a headline line of at most
    ``MAX_HEADLINE_CHARS`` followed by a blank line and some text."""
    return _headline(text.strip().splitlines()) is not None


def join_broken_paragraphs(paragraphs: list[str]) -> list[str]:
    """Rejoin paragraphs split mid-sentence: no terminal punctuation, next starts lower case."""
    out: list[str] = []
    for para in paragraphs:
        if out and not out[-1].endswith(_TERMINAL) and para[:1].islower():
            out[-1] = out[-1] + " " + para
        else:
            out.append(para)
    return out


def looks_like_byline(line: str, need_by: bool = False) -> bool:
    """ "By Ana Lopez", "Peter Symonds": a short run of capitalised words, nothing more;
    with ``need_by`` only after "By " (a plain-text article's lone short line is as likely
    a place or a dateline: "Ewood Park")."""
    line = line.strip()
    by = _BYLINE_PREFIX.match(line)
    if by is None and need_by:
        return False
    name = line[by.end() :] if by else line
    words = name.split()
    return (
        0 < len(words) <= _MAX_BYLINE_WORDS
        and len(name) <= _MAX_BYLINE_CHARS
        and not name.endswith(_TERMINAL)
        and not any(c.isdigit() for c in name)
        and words[0][:1].isupper()
        and all(_NAME_WORD.match(w.rstrip(",")) for w in words)
    )


def read_article(text: str, path: str, rid: str) -> Record:
    """The record of one article file (``rid`` its id); ``IngestError`` naming the line when
    it is not one."""
    lines = text.strip().splitlines()
    title = _headline(lines)
    if title is None:
        if lines and lines[0].startswith("# "):
            raise IngestError(path, "empty title heading", line=1 + _leading_lines(text))
        raise IngestError(path, NOT_AN_ARTICLE, line=1 + _leading_lines(text))
    first_line = _leading_lines(text) + 1

    i = 1
    while i < len(lines) and not lines[i].strip():
        i += 1
    # The first lines after the headline are a header (a byline and a date line, or one of
    # them) only when they are shaped like one; otherwise they are the lead paragraph.
    run = []
    while i + len(run) < len(lines) and lines[i + len(run)].strip() and len(run) < 2:
        run.append((first_line + i + len(run), lines[i + len(run)].strip()))
    author = date = None
    if len(run) == 2 and looks_like_dateline(run[1][1]) and len(run[0][1]) <= _MAX_BYLINE_CHARS + 3:
        author = _BYLINE_PREFIX.sub("", run[0][1]).strip() or None
        date = _dateline(run[1], path)
        i += 2
    elif run and looks_like_dateline(run[0][1]):
        date = _dateline(run[0], path)
        i += 1
    elif len(run) == 1 and looks_like_byline(run[0][1], need_by=not lines[0].startswith("# ")):
        author = _BYLINE_PREFIX.sub("", run[0][1]).strip() or None
        i += 1

    rest = "\n".join(lines[i:])
    paragraphs = [" ".join(p.split()) for p in _PARA_SPLIT.split(rest) if p.strip()]
    body = "\n\n".join(join_broken_paragraphs(paragraphs))
    if not body:
        raise IngestError(path, "article has no body text")
    return Record(id=rid, path=path, title=title, body=body, author=author, date=date)


def _headline(lines: list[str]) -> str | None:
    if not lines:
        return None
    first = lines[0].strip()
    if lines[0].startswith("# "):
        return first[2:].strip() or None
    if len(lines) < 3 or lines[1].strip() or len(first) > MAX_HEADLINE_CHARS:
        return None
    return first


def _dateline(entry: tuple[int, str], path: str):
    lineno, line = entry
    date = parse_dateline(line)
    if date is None:
        raise IngestError(path, f"unparseable date line {line!r}", line=lineno)
    return date


def _leading_lines(text: str) -> int:
    lead = len(text) - len(text.lstrip())
    return text[:lead].count("\n")
