"""The common query shapes built straight into Whoosh query trees.

Whoosh's query parser runs a dozen plugins over every string and took 110-230 us
a query, a fifth of a whole search. Most queries are one of a few shapes: a word,
a quoted phrase (with ``~slop``), or words and phrases joined all by spaces, all by
``AND`` or all by ``OR``. For those, ``fast_parse`` builds the very tree Whoosh's
``MultifieldParser`` (or, for one field, ``QueryParser``) builds (tests compare them on
thousands of queries); for anything else it returns None and Whoosh parses.

Whoosh's parser also re-scans a word from each of its characters (its field-name and
range patterns), so a long word costs the square of its length there: taking plain
words here keeps that off the common path.
"""

from __future__ import annotations

import re

from whoosh import query as wq
from whoosh.fields import TEXT

_ITEM = re.compile(r'\s*(?:"(?P<phrase>[\w ]*)"(?:~(?P<slop>[1-9]\d{0,2}))?|(?P<word>\w+))(?=\s|$)')
_OPERATORS = {"AND", "OR", "NOT", "ANDNOT", "ANDMAYBE", "TO"}


def fast_parse(text: str, schema, fields: tuple[str, ...], boosts: dict[str, float]) -> wq.Query | None:
    """The tree ``MultifieldParser(fields, schema, fieldboosts=boosts).parse(text,
    normalize=False)`` gives (``QueryParser(fields[0], schema)`` for one field), for the
    shapes above; else None."""
    if not fields or not all(type(schema[f]) is TEXT for f in fields):
        return None  # keyword and other fields parse words their own ways
    if len(fields) == 1:
        boosts = {}  # a single-field parser applies no field boosts
    items, joins = [], []
    pos = 0
    while True:
        m = _ITEM.match(text, pos)
        if m is None:
            return None
        word = m["word"]
        if word is not None and word in _OPERATORS:
            if not items or word not in ("AND", "OR") or len(joins) != len(items) - 1:
                return None
            joins.append(word)
        else:
            if len(joins) < len(items):
                joins.append(" ")
            item = _item(m, schema, fields, boosts)
            if item is None:
                return None
            items.append(item)
        pos = m.end()
        if text[pos:].strip() == "":
            break
    if not items or len(joins) != len(items) - 1 or len(set(joins)) > 1:
        return None
    join = joins[0] if joins else " "
    if join == " ":
        return wq.And(items)
    if join == "AND":
        return wq.And([wq.And(items)])
    if len(fields) == 1:
        return wq.And([wq.Or(items)])
    # Whoosh's OR group takes the first item's own alternatives in directly.
    return wq.And([wq.Or(list(items[0].subqueries) + items[1:])])


def _item(m: re.Match, schema, fields, boosts) -> wq.Query | None:
    per_field = []
    for f in fields:
        boost = boosts.get(f, 1.0)
        if m["word"] is not None:
            words = _tokens(schema[f], m["word"])
            if len(words) != 1:
                return None
            per_field.append(wq.Term(f, words[0], boost=boost))
        else:
            words = _tokens(schema[f], m["phrase"])
            if not words:
                return None
            per_field.append(wq.Phrase(f, words, slop=int(m["slop"] or 1), boost=boost))
    return wq.Or(per_field) if len(per_field) > 1 else per_field[0]


def _tokens(field, text: str) -> list[str]:
    return [t.text for t in field.analyzer(text, mode="query")]
