"""Tests for searchidx.querysyntax: the strict pre-check run before Whoosh's QueryParser."""

from __future__ import annotations

import pytest
from whoosh.fields import DATETIME, KEYWORD, TEXT, Schema
from whoosh.qparser import QueryParser
from whoosh.query.qcore import _NullQuery

from searchidx.errors import QuerySyntaxError
from searchidx.querysyntax import (
    EVERY,
    FIELD,
    LITERAL,
    LPAREN,
    OP,
    PHRASE,
    RANGE,
    RPAREN,
    WORD,
    parse_date,
    tokenize,
    validate,
)

FIELDS = ("author", "body", "date", "place", "speaker", "title")
DATE_FIELDS = ("date",)
KNOWN = "known: author, body, date, place, speaker, title"

VALID = [
    # the examples from the spec
    '"north korean" troops',
    '"phrase with slop"~3',
    'speaker:"Lloyd Austin"',
    "place:Kursk",
    "date:[2024-10-01 TO 2024-10-31]",
    "date:[2024 TO]",
    "(ukraine OR russia) AND NOT kursk",
    "troops ANDNOT korea",
    "*",
    "nato^2 ukraine",
    "title:(war OR peace)",
    "a-b c.d U.S. 12,000",
    "troo*",
    "korea~",
    "speaker:*",
    # more terms / wildcards / fuzzy / boosts
    "co-belligerents w?rd korea~2 -troops +troops",
    "war^2.5 war^.5 title:war*^2",
    '"phrase"^1.5 title:"war peace"~2^3 (war peace)^2',
    "war's it's",
    "“curly quotes” are plain characters",
    "and or not are plain words",
    "*:*",
    "title:*",
    # single-quoted literals
    "'some term'",
    "title:'some term' ('war peace')",
    # operators
    "war OR NOT peace",
    "NOT war OR peace",
    "(NOT war)",
    "(war)NOT peace",
    "war ANDMAYBE peace",
    "war REQUIRE peace",
    "title:(war OR (peace AND love)) speaker:putin",
    "title:AND",
    "(war)(peace)",
    # colons that are not fields
    "time 10:30",
    # ranges
    "[war TO zebra]",
    "title:[war TO zebra}",
    "title:{war TO zebra]",
    "title:[TO war]",
    "title:[war TO]",
    "title:[ TO war]",
    "title:[war TO ]",
    "title:['photo' TO zebra]",
    "title:[apple TO zebra]^2",
    "date:[2024 TO 2024-06]",
    "date:[2024-10-01 TO 2024-10-01]",
    "date:[TO 2024-10]",
    "date:{20241001 TO 20241031}",
    "date:[ TO 1987]",
    # dates as plain values
    "date:2024",
    "date:2024-10",
    "date:2024-10-01",
    "date:20241001",
    "date:202410011030",
    "date:2024^2",
    "date:'2024-10-01'",
    "date:(2024 OR 2025)",
]

# (query, position, reason)
INVALID = [
    # empty
    ("", 0, "empty query"),
    ("   \t", 0, "empty query"),
    # parentheses
    ("a) b", 1, "unexpected ')'"),
    ("(a b", 0, "unbalanced '('"),
    ("((a)", 0, "unbalanced '('"),
    ("(a))", 3, "unexpected ')'"),
    ("(", 0, "unbalanced '('"),
    ("war (peace (love)", 4, "unbalanced '('"),
    ("()", 0, "empty group '()'"),
    ("war ( ) peace", 4, "empty group '()'"),
    ("title:()", 6, "empty group '()'"),
    ("title:(", 6, "unbalanced '('"),
    # phrases and literals
    ('"unbalanced (', 0, "unterminated phrase: missing closing '\"'"),
    ('war "peace', 4, "unterminated phrase: missing closing '\"'"),
    ('"a" "b', 4, "unterminated phrase: missing closing '\"'"),
    ('""', 0, "empty phrase"),
    ('"war"~0', 5, "invalid phrase slop: expected '~N' with N >= 1"),
    ('"war"~ peace', 5, "invalid phrase slop: expected '~N' with N >= 1"),
    ("'war", 0, 'unterminated literal: missing closing "\'"'),
    ("title:'war peace", 6, 'unterminated literal: missing closing "\'"'),
    ("'war peace'x", 0, 'unterminated literal: missing closing "\'"'),
    ("''", 0, "empty literal"),
    # operators
    ("sea AND (", 4, "dangling operator 'AND'"),
    ("sea AND", 4, "dangling operator 'AND'"),
    ("OR sea", 0, "dangling operator 'OR'"),
    ("a AND OR b", 2, "dangling operator 'AND'"),
    ("NOT", 0, "dangling operator 'NOT'"),
    ("war AND NOT", 8, "dangling operator 'NOT'"),
    ("NOT (", 0, "dangling operator 'NOT'"),
    ("(war OR) peace", 5, "dangling operator 'OR'"),
    ("(ANDNOT war)", 1, "dangling operator 'ANDNOT'"),
    ("NOT NOT war", 4, "double negation 'NOT NOT' is not supported"),
    ("war OR(peace)", 4, "operator 'OR' must be surrounded by spaces"),
    ("(war)AND peace", 5, "operator 'AND' must be surrounded by spaces"),
    ("NOT(war)", 0, "operator 'NOT' must be followed by a space"),
    ("war ^2", 4, "misplaced boost '^2': nothing to boost"),
    # fields
    ("titel:x", 0, f"unknown field 'titel' ({KNOWN})"),
    ("war Title:peace", 4, f"unknown field 'Title' ({KNOWN})"),
    ("warning: troops", 0, f"unknown field 'warning' ({KNOWN})"),
    ("(titel:(war))", 1, f"unknown field 'titel' ({KNOWN})"),
    ("*:war", 0, f"unknown field '*' ({KNOWN})"),
    ("title:", 6, "empty field value after 'title:'"),
    ("title: x", 6, "empty field value after 'title:'"),
    ("(title:)", 7, "empty field value after 'title:'"),
    ("title:speaker:x", 6, "field 'speaker:' cannot be the value of 'title:'"),
    # ranges: structure
    ("date:[2024 TO", 5, "incomplete range: missing closing ']'"),
    ("date:[2024", 5, "incomplete range: missing closing ']'"),
    ("date:{2024 TO", 5, "incomplete range: missing closing '}'"),
    ("date:[2024 2025]", 11, "incomplete range: missing 'TO'"),
    ("[war]", 4, "incomplete range: missing 'TO'"),
    ("title:[war to zebra]", 11, "range keyword must be upper-case 'TO'"),
    ("[a TO b TO c]", 8, "unexpected 'TO' in range"),
    ("war ] peace", 4, "unexpected ']'"),
    ("war }", 4, "unexpected '}'"),
    ("title:[photo TO zebra]", 7, "ambiguous range bound 'photo': quote a low bound containing 'to'"),
    ("title:[TO]", 6, "empty range: give at least one bound"),
    ("date:[ TO ]", 5, "empty range: give at least one bound"),
    ("{TO}", 0, "empty range: give at least one bound"),
    ("title:['' TO zebra]", 7, "empty range bound ''"),
    ("date:[2024 TO '']", 14, "empty range bound ''"),
    # ranges: order and dates
    ("date:[2024-10-31 TO 2024-10-01]", 6, "backwards range: '2024-10-31' is after '2024-10-01'"),
    ("date:[2025 TO 2024-06]", 6, "backwards range: '2025' is after '2024-06'"),
    ("date:[2024-06 TO 2024]", 6, "backwards range: '2024-06' is after '2024'"),
    ("title:[zebra TO apple]", 7, "backwards range: 'zebra' is after 'apple'"),
    ("[zebra TO apple]", 1, "backwards range: 'zebra' is after 'apple'"),
    ("date:[2024-13-01 TO 2025]", 6, "invalid date '2024-13-01' in range"),
    ("date:[2024 TO 2024-02-30]", 14, "invalid date '2024-02-30' in range"),
    ("date:[yesterday TO]", 6, "invalid date 'yesterday' in range"),
    ("date:[2024-1-5 TO]", 6, "invalid date '2024-1-5' in range"),
    ("date:[2024-10-01T25:00 TO]", 6, "invalid date '2024-10-01T25:00' in range"),
    # dates as plain values
    ("date:2024-13", 5, "invalid date '2024-13'"),
    ("date:bogus", 5, "invalid date 'bogus'"),
    ("date:*", 5, "invalid date '*'"),
    ("date:2024*", 5, "invalid date '2024*'"),
    ("date:(2024 OR bogus)", 14, "invalid date 'bogus'"),
    ("date:'last week'", 5, "invalid date 'last week'"),
    ('date:"2024-10-01"', 5, "phrase not allowed on date field 'date'"),
]


@pytest.mark.parametrize("query", VALID)
def test_valid_queries_pass(query):
    assert validate(query, FIELDS, DATE_FIELDS) is None


@pytest.mark.parametrize("query, position, reason", INVALID)
def test_invalid_queries_raise_with_position_and_reason(query, position, reason):
    with pytest.raises(QuerySyntaxError) as info:
        validate(query, FIELDS, DATE_FIELDS)
    err = info.value
    assert (err.position, err.reason) == (position, reason)
    assert err.query == query
    assert repr(query) in str(err)
    assert f"at position {position}" in str(err)


def test_date_checks_only_apply_to_date_fields():
    validate("date:bogus", FIELDS)  # no date_fields given: a plain field
    with pytest.raises(QuerySyntaxError):
        validate("title:bogus", FIELDS, date_fields=("title",))


def test_field_names_come_from_the_caller():
    validate("titel:x", ("titel",))
    with pytest.raises(QuerySyntaxError) as info:
        validate("title:x", ("body",))
    assert info.value.reason == "unknown field 'title' (known: body)"


def test_tokenize():
    toks = tokenize("title:(war OR \"north korea\"~2^3) NOT date:[2024 TO] 'a b' *:* x^2")
    assert [(t.kind, t.text, t.pos) for t in toks] == [
        (FIELD, "title", 0),
        (LPAREN, "(", 6),
        (WORD, "war", 7),
        (OP, "OR", 11),
        (PHRASE, "north korea", 14),
        (RPAREN, ")", 31),
        (OP, "NOT", 33),
        (FIELD, "date", 37),
        (RANGE, "[2024 TO]", 42),
        (LITERAL, "a b", 52),
        (EVERY, "*:*", 58),
        (WORD, "x", 62),
    ]
    rng = toks[8]
    assert (rng.low, rng.low_pos, rng.high) == ("2024", 43, None)
    assert toks[4].end == 31  # slop and boost belong to the phrase


@pytest.mark.parametrize(
    "text, expected",
    [
        ("2024", (2024, 1, 1, 0, 0)),
        ("2024-10", (2024, 10, 1, 0, 0)),
        ("2024-10-05", (2024, 10, 5, 0, 0)),
        ("20241005", (2024, 10, 5, 0, 0)),
        ("202410051030", (2024, 10, 5, 10, 30)),
    ],
)
def test_parse_date(text, expected):
    d = parse_date(text)
    assert (d.year, d.month, d.day, d.hour, d.minute) == expected


@pytest.mark.parametrize(
    "text",
    [
        "24",
        "2024-1",
        "2024-10-5",
        "2024-10T10:30",
        "2024-00",
        "2024-10-05T10:30",
        "202410051",
        "2024-10-05T10",
        "10/05/2024",
        "",
    ],
)
def test_parse_date_rejects(text):
    assert parse_date(text) is None


# --- round trip through Whoosh's own parser ---------------------------------

SCHEMA = Schema(body=TEXT, title=TEXT, speaker=KEYWORD, place=KEYWORD, date=DATETIME)


def _parse_with_whoosh(query):
    return QueryParser("body", SCHEMA).parse(query)


def _broken_parts(q):
    """Null queries and error-tagged nodes anywhere in a parsed query tree."""
    found = [q] if isinstance(q, _NullQuery) or getattr(q, "error", None) else []
    for child in q.children():
        found += _broken_parts(child)
    return found


WHOOSH_CLEAN = [
    '"north korean" troops',
    '"phrase with slop"~3',
    'speaker:"Lloyd Austin"',
    "place:Kursk",
    "date:[2024-10-01 TO 2024-10-31]",
    "date:[2024 TO]",
    "(ukraine OR russia) AND NOT kursk",
    "troops ANDNOT korea",
    "*",
    "nato^2 ukraine",
    "title:(war OR peace)",
    "troo*",
    "speaker:*",
    "*:*",
    "war OR NOT peace",
    "title:['photo' TO zebra]",
    "date:{20241001 TO 20241031}",
    "date:2024-10",
    "date:(2024 OR 2025)",
    "date:'2024-10-01'",
]


@pytest.mark.parametrize("query", WHOOSH_CLEAN)
def test_valid_queries_parse_cleanly_in_whoosh(query):
    assert query in VALID
    validate(query, FIELDS, DATE_FIELDS)
    parsed = _parse_with_whoosh(query)
    assert not isinstance(parsed, _NullQuery)
    assert _broken_parts(parsed) == []


@pytest.mark.parametrize(
    "query",
    ["war) peace", "war AND (", 'war "peace (', "title: war", "date:bogus", "Title:war", "title:[photo TO zebra]"],
)
def test_whoosh_degrades_silently_where_we_raise(query):
    """Why this module exists: Whoosh returns *some* query for each of these."""
    _parse_with_whoosh(query)  # does not raise
    with pytest.raises(QuerySyntaxError):
        validate(query, FIELDS, DATE_FIELDS)


@pytest.mark.parametrize(
    "query",
    [
        "date:[2024-10-01T10:30 TO 2024-10-31T12:00:59]",
        "date:2024-10-01T10:30",
    ],
)
def test_colon_times_are_rejected_because_whoosh_datetime_cannot_parse_them(query):
    """Whoosh's DATETIME reads only YYYY[MM[DD[hh[mm[ss]]]]] digits; a colon time would
    crash it (in a range) or be split into a bogus field name (as a value)."""
    with pytest.raises(QuerySyntaxError):
        validate(query, FIELDS, DATE_FIELDS)


@pytest.mark.parametrize("query, position", [("kyiv^x", 4), ("a^b^2", 1), ("nato ^", 5)])
def test_boost_must_be_a_number(query, position):
    with pytest.raises(QuerySyntaxError) as info:
        validate(query, FIELDS, DATE_FIELDS)
    assert info.value.position == position
