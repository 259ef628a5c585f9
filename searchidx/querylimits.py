"""What one search may cost: documented limits on a query, and the time budget of a search.

A query is refused before any work when it is longer than ``MAX_QUERY_CHARS`` or nests
groups deeper than ``MAX_DEPTH``. Wildcards, prefixes and term ranges are expanded
against the index here, counting as they go: a search whose expansions would exceed
``MAX_EXPANDED_TERMS`` in all stops at the term after the limit with ``QueryLimitError``,
instead of first listing a lexicon. A wildcard must start with at least one literal
character (a leading ``*`` or ``?`` would read the whole lexicon), and a range over words
needs both bounds (``[a TO]`` is half the lexicon); open date ranges are fine, since
dates are not expanded term by term. Every search gets a ``Budget``: its deadline is
checked between query nodes, every few hundred terms or documents, and between facets,
and a search past it stops with ``SearchTimeoutError``.
"""

from __future__ import annotations

import math
import time
from numbers import Real

from whoosh import query as wq
from whoosh.matching import ListMatcher, WrappingMatcher
from whoosh.query.wrappers import WrappingQuery
from whoosh.reading import IndexReader
from whoosh.util.text import utf8encode

from .defaults import DEFAULT_TIMEOUT
from .errors import InvalidArgumentError, QueryLimitError, QuerySyntaxError, SearchTimeoutError

# Whoosh's parser re-scans a word (and an unclosed "[") from each of its characters, so
# its cost grows with the square of a word's length: a 100,000-character word took 33 s,
# 4,096 characters take at most 0.4 s. The 3,400 queries of benchmarks/latency are at
# most 39 characters long.
MAX_QUERY_CHARS = 4_096
# Groups nested deeper than this are refused before any recursive step: the parser, the
# query tree and both evaluators recurse once or more per level (Python stops at 1,000).
MAX_DEPTH = 32
# Terms that all wildcards, prefixes and ranges of one query may expand to together
# (Lucene's classic clause limit). On Reuters-21578 (51,786 body words) a prefix of three
# letters or more never comes near it (at most 361 terms, title and body together); one
# or two letters ("a*", "co*") can, and ranges like [a TO b] do.
MAX_EXPANDED_TERMS = 1_024
# Seconds a search may run before it stops with SearchTimeoutError: the slowest query
# type of benchmarks/latency at 1,000,000 documents has a p99 of 0.35 s.
# How often (in terms scanned or documents matched) the deadline is looked at.
CHECK_EVERY = 256
# Calls of a Whoosh matcher between looks at the clock (a few milliseconds of matching).
TICKS = 4096

SHOWN_CHARS = 60


def shorten(text: str, limit: int = SHOWN_CHARS) -> str:
    """``text`` quoted for a one-line message: cut to ``limit`` characters with "…"."""
    if len(text) <= limit:
        return repr(text)
    return repr(text[:limit]) + "…"


def syntax_error(query: str, position: int, reason: str) -> QuerySyntaxError:
    """``QuerySyntaxError(query, position, reason)`` whose message shows at most about
    ``SHOWN_CHARS`` of a long query, around ``position`` (``query`` itself stays whole)."""
    error = QuerySyntaxError(query, position, reason)
    if len(query) > SHOWN_CHARS:
        start = max(0, min(position - SHOWN_CHARS // 3, len(query) - SHOWN_CHARS))
        end = start + SHOWN_CHARS
        shown = ("…" if start else "") + repr(query[start:end]) + ("…" if end < len(query) else "")
        error.args = (f"query {shown}: {reason} at position {position}",)
    return error


def check_timeout(timeout) -> float | None:
    """A valid ``timeout``: a positive number of seconds (``inf`` waits forever) or None."""
    if timeout is None:
        return None
    if isinstance(timeout, bool) or not isinstance(timeout, Real) or math.isnan(timeout) or timeout <= 0:
        raise InvalidArgumentError(f"timeout must be a positive number of seconds or None, got {timeout!r}")
    return float(timeout)


def check_length(query: str) -> None:
    if len(query) > MAX_QUERY_CHARS:
        raise QueryLimitError(
            f"query {shorten(query)}: {len(query):,} characters long; the limit is {MAX_QUERY_CHARS:,}"
        )


class Budget:
    """What one search may still spend: time until its deadline, and expanded terms."""

    def __init__(self, query: str, timeout: float | None = DEFAULT_TIMEOUT, max_terms: int = MAX_EXPANDED_TERMS):
        self.query = query
        self.timeout = timeout
        self.deadline = math.inf if timeout is None else time.monotonic() + timeout
        self.terms_left = max_terms
        self.max_terms = max_terms
        self._ticks = 0

    def check(self) -> None:
        """Raise SearchTimeoutError once the deadline has passed."""
        if time.monotonic() > self.deadline:
            raise SearchTimeoutError(
                f"query {shorten(self.query)}: stopped after its time budget of {self.timeout:g} s"
            )

    def tick(self) -> None:
        """``check`` every ``TICKS`` calls: for loops too tight to read the clock each time."""
        self._ticks += 1
        if self._ticks >= TICKS:
            self._ticks = 0
            self.check()

    def expand(self, q: wq.Query, reader) -> list[bytes]:
        """The terms a wildcard, prefix, range or fielded ``*`` matches, charged to this budget;
        QueryLimitError as soon as one term more than the budget is found."""
        field = q.fieldname
        if isinstance(q, wq.Wildcard) and not _literal_prefix(q):
            raise QueryLimitError(
                f"query {shorten(self.query)}: wildcard {shorten(q.text, 30)} in "
                f"{field!r} starts with '*' or '?'; give at least one letter before it"
            )
        if isinstance(q, wq.TermRange) and (q.start is None or q.end is None):
            raise QueryLimitError(
                f"query {shorten(self.query)}: range on {field!r} is open; a range over words needs both bounds"
            )
        if field not in reader.schema or field not in reader.indexed_field_names():
            return []
        checked = _CheckedReader(reader, self)
        if isinstance(q, wq.Every):
            found = checked.lexicon(field)
        else:
            found = q._btexts(checked)
        terms: list[bytes] = []
        for btext in found:
            if isinstance(btext, str):  # terms_within yields text, the others bytes
                btext = utf8encode(btext)[0]
            terms.append(btext)
            if len(terms) > self.terms_left:
                raise QueryLimitError(
                    f"query {shorten(self.query)}: wildcards and ranges match more than {self.max_terms:,} "
                    f"terms, the limit, at {_describe(q)}"
                )
        self.terms_left -= len(terms)
        return terms


def _literal_prefix(q: wq.Wildcard) -> str:
    for i, char in enumerate(q.text):
        if char in q.SPECIAL_CHARS:
            return q.text[:i]
    return q.text


def _describe(q: wq.Query) -> str:
    if isinstance(q, wq.TermRange):
        return f"range {shorten(str(q.start), 20)} TO {shorten(str(q.end), 20)} in {q.fieldname!r}"
    if isinstance(q, wq.Every):
        return f"'{q.fieldname}:*'"
    text = q.text + "*" if isinstance(q, wq.Prefix) else q.text
    return f"{shorten(text, 30)} in {q.fieldname!r}"


class _CheckedReader:
    """A reader whose term listings look at the deadline as they go, so that even terms
    scanned and not kept (a wildcard's filter, a fuzzy term's distance test) are timed."""

    def __init__(self, reader, budget: Budget):
        self._reader = reader
        self._budget = budget
        self.schema = reader.schema

    def __getattr__(self, name):
        return getattr(self._reader, name)

    def __contains__(self, term) -> bool:
        return term in self._reader

    def _checked(self, items):
        check = self._budget.check
        for n, item in enumerate(items):
            if not n % CHECK_EVERY:
                check()
            yield item

    def lexicon(self, field):
        return self._checked(self._reader.lexicon(field))

    def expand_prefix(self, field, prefix):
        return self._checked(self._reader.expand_prefix(field, prefix))

    def terms_from(self, field, prefix):
        return self._checked(self._reader.terms_from(field, prefix))

    def terms_within(self, field, text, maxdist, prefix=0):
        # The base reader's scan, over the checked listing (segment readers use an
        # automaton that would read the term list unchecked).
        return IndexReader.terms_within(self, field, text, maxdist, prefix)


def frozen(q: wq.Query, terms: list[bytes]) -> wq.Query:
    """``q`` answering with ``terms`` instead of listing the lexicon again (Whoosh's path)."""
    if isinstance(q, wq.Every):
        if not terms:
            return wq.NullQuery
        return (
            wq.Or([wq.Term(q.fieldname, t) for t in terms], boost=q.boost)
            if len(terms) > 1
            else wq.Term(q.fieldname, terms[0], boost=q.boost)
        )
    # Scored as the OR of its terms, each boosted (scoring.py): Whoosh's own multi-term
    # matcher scores a lone term but gives several a constant, and drops the boost of one.
    if not terms:
        return wq.NullQuery
    if len(terms) == 1:
        return wq.Term(q.fieldname, terms[0], boost=q.boost)
    return wq.Or([wq.Term(q.fieldname, t, boost=q.boost) for t in terms])


def any_term(q: wq.Query) -> bool:
    """Whether ``q`` matches the documents with any term in its field: ``title:*``, or the
    all-star wildcard Whoosh's multi-field parser makes of ``*`` next to other clauses."""
    if isinstance(q, wq.Every):
        return q.fieldname not in (None, "", "*")
    return isinstance(q, wq.Wildcard) and q.text.strip("*") == ""


class FieldPresent(wq.Query):
    """Documents with a non-zero length in ``fieldname`` (any term there), read from the
    length column, where Whoosh's ``Every(fieldname)`` unions every term's postings."""

    def __init__(self, fieldname: str, budget: Budget, boost: float = 1.0):
        self.fieldname, self.budget, self.boost = fieldname, budget, boost

    def __repr__(self):
        return f"FieldPresent({self.fieldname!r}, boost={self.boost})"

    def __eq__(self, other):
        return type(other) is FieldPresent and (other.fieldname, other.boost) == (self.fieldname, self.boost)

    def __hash__(self):
        return hash((FieldPresent, self.fieldname, self.boost))

    def is_leaf(self):
        return True

    def terms(self, phrases=False):
        return iter(())

    def estimate_size(self, ixreader):
        return ixreader.doc_count()

    def matcher(self, searcher, context=None):
        reader, check, field = searcher.reader(), self.budget.check, self.fieldname
        docs = []
        for n, docnum in enumerate(reader.all_doc_ids()):
            if not n % CHECK_EVERY:
                check()
            if reader.doc_field_length(docnum, field, 0):
                docs.append(docnum)
        return ListMatcher(docs, all_weights=self.boost)


def bound_expansions(q: wq.Query, reader, budget: Budget) -> wq.Query:
    """``q`` for Whoosh's search: each multi-term node expanded once within ``budget``, and
    each leaf's matcher looking at the deadline as it moves."""
    budget.check()
    if any_term(q):
        field = reader.schema[q.fieldname] if q.fieldname in reader.schema else None
        if field is not None and field.scorable:  # lengths are kept for scored fields only
            return Timed(FieldPresent(q.fieldname, budget, q.boost), budget)
        q = frozen(wq.Every(q.fieldname, boost=q.boost), budget.expand(wq.Every(q.fieldname), reader))
        return bound_expansions(q, reader, budget)
    if isinstance(q, wq.MultiTerm):
        return Timed(frozen(q, budget.expand(q, reader)), budget)
    if q.is_leaf():
        return Timed(q, budget)
    return q.apply(lambda sub: bound_expansions(sub, reader, budget))


class Timed(WrappingQuery):
    """A leaf query whose matcher ticks its budget: Whoosh's compound matchers can spend
    minutes inside one step (a 500-clause AND re-asks every child whether it is active),
    so the deadline is looked at from the leaves, not between documents."""

    def __init__(self, child: wq.Query, budget: Budget):
        super().__init__(child)
        self.budget = budget

    def _rewrap(self, child):
        return Timed(child, self.budget)

    def __eq__(self, other):
        return type(other) is Timed and other.child == self.child

    __hash__ = WrappingQuery.__hash__

    def matcher(self, searcher, context=None):
        self.budget.check()
        return TimedMatcher(self.child.matcher(searcher, context), self.budget)


class TimedMatcher(WrappingMatcher):
    def __init__(self, child, budget: Budget, boost: float = 1.0):
        super().__init__(child, boost)
        self.budget = budget

    def copy(self):
        return TimedMatcher(self.child.copy(), self.budget, self.boost)

    def _replacement(self, newchild):
        return TimedMatcher(newchild, self.budget, self.boost)

    def is_active(self):
        self.budget.tick()
        return self.child.is_active()

    def id(self):
        self.budget.tick()
        return self.child.id()

    def next(self):
        self.budget.tick()
        return self.child.next()

    def skip_to(self, id):
        self.budget.tick()
        return self.child.skip_to(id)

    def skip_to_quality(self, minquality):
        self.budget.tick()
        return self.child.skip_to_quality(minquality / self.boost)
