"""Strict syntax check for user queries, run *before* Whoosh's ``QueryParser``.

Whoosh's default parser never rejects a query: unbalanced brackets, unterminated
phrases, dangling operators and unknown fields are silently turned into a
partial (or empty) search.  ``validate`` accepts the subset of Whoosh's default
query language that Whoosh parses faithfully and raises ``QuerySyntaxError``
(query, 0-based position, short reason) for everything else.

Accepted syntax (mirrors whoosh/qparser/plugins.py, default plugin set):

* terms: any run of characters other than whitespace, ``(``, ``)`` and ``"``
  (so ``U.S.``, ``co-belligerents``, ``12,000``, ``wor*``, ``w?rd``, ``*``,
  ``word~2``, ``-word``, curly-quoted ``“words”``: curly quotes are ordinary
  characters, not phrase syntax);
* boosts ``word^2``, ``"phrase"^1.5``, ``(group)^2``, ``field:[a TO b]^2``;
* phrases ``"exact phrase"`` with optional slop ``"..."~N`` (N >= 1);
* single-quoted literals ``'some term'`` (a ``'`` that starts a token or follows a
  non-word character, as Whoosh reads them; after a letter, as in ``war's``, it is an
  ordinary character);
* operators ``AND OR ANDNOT ANDMAYBE REQUIRE`` (binary) and ``NOT`` (prefix),
  upper case only and separated by spaces as Whoosh requires; adjacent clauses
  are implicitly ANDed; ``(...)`` groups nest;
* ``field:value`` where value is a term, phrase, literal, group or range and
  ``field`` is one of ``fields``; ``*:*`` matches everything; a word whose
  part before ``:`` is all digits (a time such as ``10:30``) is a plain term;
* ranges ``[a TO b]``, ``{a TO b}``, mixed brackets, open ends ``[a TO]`` and
  ``[TO b]``, with or without a field.  In ``date_fields`` every date (range
  bound or plain value) must be ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD`` (optionally
  followed by ``THH:MM[:SS]`` or `` HH:MM[:SS]``) or compact
  ``YYYY[MM[DD[HH[MM[SS]]]]]``.  A range is backwards when the start of its low
  bound lies after the start of its high bound (dates), or when low > high as
  strings (other fields).  A range needs at least one bound (``[TO]`` is an error), and
  a quoted bound must not be empty.

Groups nested deeper than ``querylimits.MAX_DEPTH`` raise ``QueryLimitError`` before
any recursive step.  ``prepare`` also returns the text to hand to Whoosh: the query with
each range rewritten as ``[low TO high]``, since Whoosh keeps a space-only bound
(``[ TO 1987]``) as an empty string, which its date field cannot parse.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime

from searchidx.errors import QueryLimitError
from searchidx.querylimits import MAX_DEPTH, shorten, syntax_error

__all__ = ["Token", "tokenize", "validate", "prepare", "parse_date"]

BINARY_OPS = frozenset({"AND", "OR", "ANDNOT", "ANDMAYBE", "REQUIRE"})
OPERATORS = BINARY_OPS | {"NOT"}

# Token kinds
WORD, PHRASE, LITERAL, RANGE, FIELD, EVERY, OP, LPAREN, RPAREN = (
    "WORD",
    "PHRASE",
    "LITERAL",
    "RANGE",
    "FIELD",
    "EVERY",
    "OP",
    "LPAREN",
    "RPAREN",
)

_FIELD_RE = re.compile(r"(\w+|\*):")  # FieldsPlugin
# SingleQuotePlugin: like Whoosh's, "." does not cross a line break.
_LITERAL_RE = re.compile(r"'(.*?)'(?=[\s\])}]|$)")
_WORD_CHAR = re.compile(r"\w")
# Whoosh's FieldsPlugin reads "name:" wherever a word-character run starts, inside a word too.
_INNER_FIELD_RE = re.compile(r"(?<!\w)(\w+|\*):")
_SLOP_RE = re.compile(r"~[1-9][0-9]*")  # PhrasePlugin
_BOOST_RE = re.compile(r"\^[0-9]*(?:\.[0-9]+)?(?=[\s)]|$)")  # BoostPlugin
_WORD_BOOST_RE = re.compile(r"\^[0-9]*(?:\.[0-9]+)?$")
_RANGE_PART_RE = re.compile(r"'[^']*'|\S+")
_WORD_END = set('()"')

# Whoosh's DATETIME reads only digits (YYYY[MM[DD[hh[mm[ss]]]]], ignoring "-"), so times
# with colons are not query syntax: a compact 202410011030 is.
_DASHED_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?()()()")
_COMPACT_DATE = re.compile(r"(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?")


@dataclass(frozen=True)
class Token:
    kind: str
    text: str  # term/phrase/literal text (no quotes, slop or boost),
    # field name or operator
    pos: int  # index of the token's first character in the query
    end: int  # index just past the token (including slop/boost)
    low: str | None = None  # RANGE only: bounds (None = open end) and their positions
    high: str | None = None
    low_pos: int = 0
    high_pos: int = 0
    canonical: str = ""  # RANGE only: the range as Whoosh should read it


def parse_date(text: str) -> datetime | None:
    """The start of the period a date string names, or None if it is not a date."""
    m = _DASHED_DATE.fullmatch(text) or _COMPACT_DATE.fullmatch(text)
    if not m:
        return None
    y, mo, d, hh, mm, ss = (int(g) if g else None for g in m.groups())
    try:
        return datetime(y, 1 if mo is None else mo, 1 if d is None else d, hh or 0, mm or 0, ss or 0)
    except ValueError:
        return None


def tokenize(query: str) -> list[Token]:
    """Split ``query`` into tokens; raise QuerySyntaxError on lexical errors."""

    def fail(pos: int, reason: str):
        raise syntax_error(query, pos, reason)

    def boost_end(i: int) -> int:  # skip a boost right after a clause
        m = _BOOST_RE.match(query, i)
        return m.end() if m else i

    tokens: list[Token] = []
    i, n = 0, len(query)
    while i < n:
        c = query[i]
        if c.isspace():
            i += 1
        elif c == "(":
            tokens.append(Token(LPAREN, c, i, i + 1))
            i += 1
        elif c == ")":
            end = boost_end(i + 1)
            tokens.append(Token(RPAREN, c, i, end))
            i = end
        elif c in "]}":
            fail(i, f"unexpected {c!r}")
        elif c == '"':
            close = query.find('"', i + 1)
            if close < 0:
                fail(i, "unterminated phrase: missing closing '\"'")
            if not query[i + 1 : close].strip():
                fail(i, "empty phrase")
            end = close + 1
            if query.startswith("~", end):
                m = _SLOP_RE.match(query, end)
                if not m:
                    fail(end, "invalid phrase slop: expected '~N' with N >= 1")
                end = m.end()
            end = boost_end(end)
            tokens.append(Token(PHRASE, query[i + 1 : close], i, end))
            i = end
        elif c == "'":
            m = _LITERAL_RE.match(query, i)
            if not m:
                fail(i, 'unterminated literal: missing closing "\'"')
            if not m.group(1).strip():
                fail(i, "empty literal")
            end = boost_end(m.end())
            tokens.append(Token(LITERAL, m.group(1), i, end))
            i = end
        elif c in "[{":
            tok = _range_token(query, i)
            tokens.append(tok)
            i = tok.end
        elif query.startswith("*:*", i):
            end = boost_end(i + 3)
            tokens.append(Token(EVERY, "*:*", i, end))
            i = end
        elif (m := _FIELD_RE.match(query, i)) and not m.group(1).isdigit():
            tokens.append(Token(FIELD, m.group(1), i, m.end()))
            i = m.end()
        else:
            j = i
            while j < n and not query[j].isspace() and query[j] not in _WORD_END:
                # Whoosh starts a literal at any "'" after a non-word character, inside a
                # word too ("x,'a b'"): so does this, or the two would group differently.
                if query[j] == "'" and not _WORD_CHAR.match(query[j - 1]) and _LITERAL_RE.match(query, j):
                    break
                j += 1
            word = query[i:j]
            m = _WORD_BOOST_RE.search(word)
            if m:
                if m.start() == 0:
                    fail(i, f"misplaced boost {shorten(word, 30)}: nothing to boost")
                word = word[: m.start()]
            if "^" in word:
                # Whoosh would search "kyiv^x" as words and quietly find nothing.
                fail(i + word.index("^"), f"invalid boost in {shorten(query[i:j], 30)}: expected '^' and a number")
            after_field = bool(tokens) and tokens[-1].kind == FIELD and tokens[-1].end == i
            kind = OP if word in OPERATORS and not after_field and not m else WORD
            tokens.append(Token(kind, word, i, j))
            i = j
    return tokens


def _range_token(query: str, start: int) -> Token:
    """Scan ``[low TO high]`` (any mix of [ { and ] }) starting at ``start``."""

    def fail(pos: int, reason: str):
        raise syntax_error(query, pos, reason)

    close = min((k for k in (query.find("]", start), query.find("}", start)) if k >= 0), default=-1)
    if close < 0:
        fail(start, f"incomplete range: missing closing {']' if query[start] == '[' else '}'!r}")
    parts = [(m.group(), m.start()) for m in _RANGE_PART_RE.finditer(query, start + 1, close)]
    to_pos = [p for text, p in parts if text == "TO"]
    if not to_pos:
        lower = [p for text, p in parts if text.lower() == "to"]
        if lower:
            fail(lower[0], "range keyword must be upper-case 'TO'")
        fail(parts[1][1] if len(parts) > 1 else close, "incomplete range: missing 'TO'")
    if len(to_pos) > 1:
        fail(to_pos[1], "unexpected 'TO' in range")

    def bound(a: int, b: int) -> tuple[str | None, int, bool]:
        raw = query[a:b]
        text = raw.strip()
        pos = a + len(raw) - len(raw.lstrip())
        if len(text) >= 2 and text[0] == text[-1] == "'":
            return text[1:-1], pos, True
        return text or None, pos, False

    low, low_pos, quoted = bound(start + 1, to_pos[0])
    high, high_pos, _ = bound(to_pos[0] + 2, close)
    if low is None and high is None:
        fail(start, "empty range: give at least one bound")
    for text, pos in ((low, low_pos), (high, high_pos)):
        if text == "":
            fail(pos, "empty range bound ''")
    # Whoosh's RangePlugin ends an unquoted low bound at its first "to" (any case).
    if low is not None and not quoted and re.search("to", low[1:], re.I):
        fail(low_pos, f"ambiguous range bound {shorten(low, 30)}: quote a low bound containing 'to'")
    end = close + 1
    m = _BOOST_RE.match(query, end)
    low_raw = query[start + 1 : to_pos[0]].strip()
    high_raw = query[to_pos[0] + 2 : close].strip()
    canonical = (
        query[start] + (low_raw + " " if low_raw else "") + "TO" + (" " + high_raw if high_raw else "") + query[close]
    )
    return Token(RANGE, query[start:end], start, m.end() if m else end, low, high, low_pos, high_pos, canonical)


class _Parser:
    """Recursive descent over the token list.

    query  := expr EOF
    expr   := clause ((BINOP clause) | clause)*
    clause := NOT primary | primary
    primary:= WORD | PHRASE | LITERAL | RANGE | EVERY | '(' expr ')' | FIELD primary
    """

    def __init__(
        self, query: str, fields: Collection[str], date_fields: Collection[str], schema_fields: Collection[str] = ()
    ):
        self.query = query
        self.fields = set(fields)
        self.schema_fields = set(schema_fields) | self.fields
        self.date_fields = set(date_fields)
        self.tokens = tokenize(query)
        self.i = 0
        self.check_depth()

    def fail(self, pos: int, reason: str):
        raise syntax_error(self.query, pos, reason)

    def check_inner_fields(self) -> None:
        """A field name inside a word ("x-kind:quote", "“a”title:b") is read by Whoosh as a
        field, internal ones included: refuse it rather than search something else."""
        for tok in self.tokens:
            if tok.kind != WORD or ":" not in tok.text:
                continue
            for m in _INNER_FIELD_RE.finditer(tok.text, 1):
                if m.group(1) in self.schema_fields:
                    self.fail(tok.pos + m.start(), f"field name '{m.group(1)}:' inside a word; put a space before it")

    def check_depth(self) -> None:
        depth = 0
        for tok in self.tokens:
            if tok.kind == LPAREN:
                depth += 1
                if depth > MAX_DEPTH:
                    raise QueryLimitError(
                        f"query {shorten(self.query)}: groups nested more than {MAX_DEPTH} deep at position {tok.pos}"
                    )
            elif tok.kind == RPAREN:
                depth = max(depth - 1, 0)

    def whoosh_text(self) -> str:
        """The query with every range in canonical form."""
        parts, at = [], 0
        for tok in self.tokens:
            if tok.kind == RANGE and tok.canonical != tok.text:
                parts += [self.query[at : tok.pos], tok.canonical]
                at = tok.pos + len(tok.text)
        return "".join(parts) + self.query[at:] if parts else self.query

    def peek(self) -> Token | None:
        return self.tokens[self.i] if self.i < len(self.tokens) else None

    def take(self) -> Token:
        tok = self.tokens[self.i]
        self.i += 1
        return tok

    def parse(self) -> None:
        if not self.tokens:
            self.fail(0, "empty query")
        self.check_inner_fields()
        self.expr(None)
        tok = self.peek()
        if tok is not None:  # expr only stops early at a ')'
            self.fail(tok.pos, "unexpected ')'")

    def expr(self, field: str | None) -> None:
        self.clause(field, None)
        while (tok := self.peek()) is not None and tok.kind != RPAREN:
            if tok.kind == OP and tok.text in BINARY_OPS:
                self.take()
                self.clause(field, tok)
                self.check_spacing(tok)
            else:
                self.clause(field, None)

    def clause(self, field: str | None, after: Token | None) -> None:
        """One operand; ``after`` is the operator that needs it, if any."""
        tok = self.peek()
        if tok is None or tok.kind == RPAREN or (tok.kind == OP and tok.text in BINARY_OPS):
            if after is not None:
                self.fail(after.pos, f"dangling operator {after.text!r}")
            if tok is not None and tok.kind == OP:
                self.fail(tok.pos, f"dangling operator {tok.text!r}")
            self.fail(tok.pos if tok is not None else len(self.query), "unexpected ')'")
        if tok.kind == OP:  # NOT
            self.take()
            nxt = self.peek()
            if nxt is not None and nxt.kind == OP and nxt.text == "NOT":
                self.fail(nxt.pos, "double negation 'NOT NOT' is not supported")
            self.clause(field, tok)
            self.check_spacing(tok)
            return
        self.primary(field, after)

    def primary(self, field: str | None, after: Token | None) -> None:
        tok = self.take()
        if tok.kind == LPAREN:
            nxt = self.peek()
            if nxt is None:
                if after is not None:  # "sea AND (": the operator has nothing to act on
                    self.fail(after.pos, f"dangling operator {after.text!r}")
                self.fail(tok.pos, "unbalanced '('")
            if nxt.kind == RPAREN:
                self.fail(tok.pos, "empty group '()'")
            self.expr(field)
            if self.peek() is None:
                self.fail(tok.pos, "unbalanced '('")
            self.take()  # the ')'
        elif tok.kind == FIELD:
            self.field_clause(tok)
        elif field in self.date_fields:
            if tok.kind == PHRASE:
                self.fail(tok.pos, f"phrase not allowed on date field {field!r}")
            if tok.kind in (WORD, LITERAL) and parse_date(tok.text) is None:
                self.fail(tok.pos, f"invalid date {shorten(tok.text, 30)}")
            if tok.kind == RANGE:
                self.check_range(tok, dates=True)
        elif tok.kind == RANGE:
            self.check_range(tok, dates=False)

    def field_clause(self, tok: Token) -> None:
        if tok.text not in self.fields:
            known = ", ".join(sorted(self.fields))
            self.fail(tok.pos, f"unknown field {shorten(tok.text, 30)} (known: {known})")
        value = self.peek()
        if value is None or value.pos != tok.end or value.kind in (RPAREN, OP):
            self.fail(tok.end, f"empty field value after '{tok.text}:'")
        if value.kind == FIELD:
            self.fail(value.pos, f"field '{value.text}:' cannot be the value of '{tok.text}:'")
        self.primary(tok.text, None)

    def check_range(self, tok: Token, dates: bool) -> None:
        low, high = tok.low, tok.high
        if dates:
            for text, pos in ((low, tok.low_pos), (high, tok.high_pos)):
                if text is not None and parse_date(text) is None:
                    self.fail(pos, f"invalid date {shorten(text, 30)} in range")
        if low is None or high is None:
            return
        backwards = parse_date(low) > parse_date(high) if dates else low > high
        if backwards:
            self.fail(tok.low_pos, f"backwards range: {shorten(low, 30)} is after {shorten(high, 30)}")

    def check_spacing(self, op: Token) -> None:
        """Whoosh only honours operators written with spaces around them."""
        q = self.query
        prev = q[op.pos - 1] if op.pos else " "
        before_ok = prev.isspace() or (op.text == "NOT" and prev in "()")
        after_ok = op.end < len(q) and q[op.end].isspace()
        if not (before_ok and after_ok):
            where = "followed by a space" if op.text == "NOT" else "surrounded by spaces"
            self.fail(op.pos, f"operator {op.text!r} must be {where}")


def validate(
    query: str, fields: Collection[str], date_fields: Collection[str] = (), schema_fields: Collection[str] = ()
) -> None:
    """Raise QuerySyntaxError if ``query`` is not well-formed; return None otherwise.

    ``fields`` are the names allowed before ``:`` (case-sensitive); values of
    ``date_fields`` (plain or ranges) must be dates; ``schema_fields`` are every name
    Whoosh's schema knows (internal ones too), refused inside words.
    """
    prepare(query, fields, date_fields, schema_fields)


def prepare(
    query: str, fields: Collection[str], date_fields: Collection[str] = (), schema_fields: Collection[str] = ()
) -> str:
    """Validate ``query`` as ``validate`` does and return the text Whoosh's parser should read."""
    parser = _Parser(query, fields, date_fields, schema_fields)
    parser.parse()
    return parser.whoosh_text()
