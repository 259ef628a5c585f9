"""Query strings and search options -> Whoosh queries.

Syntax is checked by ``querysyntax.validate`` before Whoosh sees the string,
because Whoosh's parser silently drops what it cannot read.
"""

from __future__ import annotations

import calendar
import re
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable
from datetime import date, datetime, timedelta, timezone
from numbers import Integral
from typing import TYPE_CHECKING

from whoosh import query as wq

from .engine.whoosh_adapter import AndNot
from .errors import InvalidArgumentError
from .fastparse import fast_parse
from .querylimits import check_length, shorten, syntax_error
from .querysyntax import prepare
from .results import FilterMatch
from .schema import F, Kind, SchemaSpec
from .timeparse import parse_iso

if TYPE_CHECKING:
    from whoosh.qparser import QueryParser

    from .aliases import Places
    from .people import People

MATCH_ALL = "*"


class KeywordLexicon:
    """What a typed keyword value names among one searcher's stored values, per field.

    ``speaker`` values are grouped into people (``people.People``: "Blair", "Mr Blair" and
    "tony blair" all find "Tony Blair"), ``place`` values are looked up with aliases
    (``aliases.Places``: "UK" finds "United Kingdom"); any other keyword field matches the
    same value in any case, else the values holding its words. Each lookup is built on
    first use and kept with the searcher, as are recent answers.
    """

    MEMO_SIZE = 4096

    def __init__(self, reader, fields: Iterable[str], values: Callable[[str], list[str] | None] | None = None):
        self._reader = reader
        self._values = values  # a field's stored values read in bulk (None: read the reader's lexicon)
        self._fields = set(fields) & set(reader.indexed_field_names())
        self._lookups: dict[str, object] = {}
        self._memo: dict[tuple[str, str], tuple[FilterMatch, tuple[str, ...]]] = {}
        self._lock = threading.Lock()

    def _lookup(self, field: str):
        lookup = self._lookups.get(field)
        if lookup is None:
            with self._lock:  # one build per field, however many threads search at once
                lookup = self._lookups.get(field)
                if lookup is None:
                    values = self._field_values(field) if field in self._fields else []

                    def docs(value: str) -> int:
                        return self._reader.doc_frequency(field, value)

                    # People and places are imported when first looked up: a search naming
                    # neither never needs them.
                    if field == F.SPEAKER:
                        from .people import People

                        lookup = _PeopleLookup(People(values, docs))
                    elif field == F.PLACE:
                        from .aliases import Places

                        lookup = _PlacesLookup(Places(values, docs))
                    else:
                        lookup = _ValueLookup(values)
                    self._lookups[field] = lookup
        return lookup

    def _field_values(self, field: str) -> list[str]:
        values = self._values(field) if self._values is not None else None
        if values is None:
            values = [raw.decode("utf-8") for raw in self._reader.lexicon(field)]
        return values

    def match(self, field: str, text: str) -> tuple[FilterMatch, tuple[str, ...]]:
        """(what ``text`` matched, as reported to the user; the stored values to search)."""
        key = (field, text)
        hit = self._memo.get(key)
        if hit is None:
            lookup = self._lookup(field)
            names, terms = lookup.find(text)
            suggestions = () if names else tuple(lookup.suggest(text))
            hit = (FilterMatch(field, text, tuple(names), suggestions), tuple(terms))
            if len(self._memo) >= self.MEMO_SIZE:
                self._memo.clear()
            self._memo[key] = hit
        return hit

    def resolve(self, field: str, text: str) -> list[str]:
        """The stored values ``text`` names in ``field``."""
        return list(self.match(field, text)[1])


class _PeopleLookup:
    """People as a lookup: reports each person by name, searches every value naming them."""

    def __init__(self, people: People):
        self._people = people

    def find(self, text: str) -> tuple[list[str], list[str]]:
        found = self._people.find(text)
        return [p.name for p in found], [v for p in found for v in p.values]

    def suggest(self, text: str) -> list[str]:
        return self._people.suggest(text)


class _PlacesLookup:
    """Places as a lookup: each stored value is a place, reported and searched as stored."""

    def __init__(self, places: Places):
        self._places = places

    def find(self, text: str) -> tuple[list[str], list[str]]:
        found = self._places.find(text)
        return found, found

    def suggest(self, text: str) -> list[str]:
        return self._places.suggest(text)


class _ValueLookup:
    """A keyword field without a lookup of its own (``source``): the same value in any
    case, else the values containing it as words."""

    def __init__(self, values: list[str]):
        from .people import fold as fold_name

        self._exact: dict[str, list[str]] = {}
        self._words: dict[str, list[str]] = {}
        for value in values:
            key = fold_name(value)
            self._exact.setdefault(key, []).append(value)
            for word in set(key.split()):
                self._words.setdefault(word, []).append(value)

    def find(self, text: str) -> tuple[list[str], list[str]]:
        from .people import fold as fold_name

        key = fold_name(text)
        found = self._exact.get(key)
        if found is None:
            words = key.split()
            found = (
                [v for v in self._words.get(words[0], []) if _contains_words(fold_name(v).split(), words)]
                if words
                else []
            )
        return list(found), list(found)

    def suggest(self, text: str) -> list[str]:
        import difflib

        from .people import fold as fold_name

        close = difflib.get_close_matches(fold_name(text), list(self._exact), n=3, cutoff=0.75)
        return [v for c in close for v in self._exact[c]][:3]


def _contains_words(haystack: list[str], needle: list[str]) -> bool:
    n = len(needle)
    return any(haystack[i : i + n] == needle for i in range(len(haystack) - n + 1))


def keyword_query(lexicon: KeywordLexicon, field: str, text: str, boost: float = 1.0) -> wq.Query:
    """Any stored value ``text`` names (see ``KeywordLexicon``); NullQuery when none."""
    values = lexicon.match(field, text)[1]
    if not values:
        return wq.NullQuery
    if len(values) == 1:
        return wq.Term(field, values[0], boost=boost)
    return wq.Or([wq.Term(field, v, boost=boost) for v in values])


def _resolve_keywords(q: wq.Query, lexicon: KeywordLexicon, keyword_fields: set[str]) -> wq.Query:
    if isinstance(q, wq.Term) and q.fieldname in keyword_fields:
        return keyword_query(lexicon, q.fieldname, q.text, q.boost)
    if isinstance(q, wq.Phrase) and q.fieldname in keyword_fields:
        # A quoted value ("Lloyd Austin") is one keyword, not a positional phrase.
        return keyword_query(lexicon, q.fieldname, " ".join(q.words), q.boost)
    if q.is_leaf():
        return q
    return q.apply(lambda sub: _resolve_keywords(sub, lexicon, keyword_fields))


class QueryCompiler:
    """Validates and parses user queries for one schema, keeping parsers and recent parses.

    Whoosh builds a parser's plugin chain on every construction and re-tokenises on
    every parse; both are reused here. Keyword values are resolved per searcher
    afterwards, since the lexicon changes with the index.
    """

    CACHE_SIZE = 1024

    def __init__(self, spec: SchemaSpec, schema):
        self.spec = spec
        self.schema = schema
        self._parsers: dict[tuple[str, ...], QueryParser] = {}
        self._parsed: OrderedDict[tuple, wq.Query] = OrderedDict()
        self._lock = threading.Lock()
        self._keyword_fields = {f.name for f in spec.fields if f.type == "keyword"}
        # Fields without positions (ids) take a quoted value whole; Whoosh's phrase matcher
        # would fail on them at search time.
        self._positionless = {
            name
            for name, field in schema.items()
            if field.format is not None and not field.format.supports("positions") and name not in self._keyword_fields
        }

    def _parser(self, fields: tuple[str, ...]) -> QueryParser:
        parser = self._parsers.get(fields)
        if parser is None:
            # Imported here: most queries never reach Whoosh's parser (``fast_parse``).
            from whoosh.qparser import MultifieldParser, QueryParser

            if len(fields) == 1:
                parser = QueryParser(fields[0], self.schema)
            else:
                parser = MultifieldParser(list(fields), self.schema, fieldboosts=self.spec.field_boosts())
            self._parsers[fields] = parser
        return parser

    def parse(self, text: str, lexicon: KeywordLexicon, fields: tuple[str, ...] | None = None) -> wq.Query:
        """A validated user query over ``fields`` (default: the schema's searched fields)."""
        return tidy(_resolve_keywords(self._cached(text, fields), lexicon, self._keyword_fields))

    def keyword_values(self, text: str, fields: tuple[str, ...] | None = None) -> list[tuple[str, str]]:
        """The (field, value) pairs a query names in keyword fields (``speaker:Blair``,
        ``place:"U.K."``), in order, each once, as the user wrote them."""
        pairs: list[tuple[str, str]] = []
        for node in self._cached(text, fields).leaves():
            if getattr(node, "fieldname", None) not in self._keyword_fields:
                continue
            if isinstance(node, wq.Term):
                pairs.append((node.fieldname, node.text))
            elif isinstance(node, wq.Phrase):
                pairs.append((node.fieldname, " ".join(node.words)))
        return list(dict.fromkeys(pairs))

    def _cached(self, text: str, fields: tuple[str, ...] | None) -> wq.Query:
        """The parsed query before keyword values are resolved (they depend on the searcher)."""
        check_length(text)
        fields = tuple(fields or self.spec.search_fields)
        key = (text, fields)
        with self._lock:
            q = self._parsed.get(key)
            if q is not None:
                self._parsed.move_to_end(key)
        if q is None:
            q = self._parse(text, fields)
            with self._lock:
                self._parsed[key] = q
                if len(self._parsed) > self.CACHE_SIZE:
                    self._parsed.popitem(last=False)
        return q

    def _parse(self, text: str, fields: tuple[str, ...]) -> wq.Query:
        whoosh_text = prepare(text, self.spec.user_fields, self.spec.date_fields, self.schema.names())
        if text.strip() == MATCH_ALL:
            return wq.Every()
        fast = fast_parse(whoosh_text, self.schema, fields, self.spec.field_boosts())
        if fast is not None:
            return fast
        try:
            with self._lock:  # a Whoosh parser is not known to be thread-safe
                q = self._parser(fields).parse(whoosh_text, normalize=False)
        except Exception as exc:  # noqa: BLE001 - validation should leave Whoosh nothing to fail on;
            # should it still, the user gets a syntax error, never Whoosh's traceback.
            raise syntax_error(
                text, 0, f"could not be parsed ({type(exc).__name__}: {shorten(str(exc), 40)})"
            ) from None
        allowed = set(self.spec.user_fields) | set(fields)
        for node in q.leaves():
            # Whoosh turns what it could not parse into error nodes; validation should have caught them all.
            error = getattr(node, "error", None)
            if error:
                raise syntax_error(text, 0, f"could not be parsed: {error}")
            # Whoosh also reads "name:" after any non-word character inside a word ("x-kind:quote"),
            # which would reach internal fields (and column-only ones, which crash at search time).
            field = getattr(node, "fieldname", None)
            if field is not None and field not in allowed:
                at = re.search(rf"(?<!\w){re.escape(field)}:", text)
                raise syntax_error(
                    text, at.start() if at else 0, f"field name {field + ':'!r} inside a word; put a space before it"
                )
        if any(isinstance(node, wq.Phrase) and node.fieldname in self._positionless for node in q.leaves()):
            q = q.accept(self._phrase_as_term)
        return q

    def _phrase_as_term(self, node: wq.Query) -> wq.Query:
        if isinstance(node, wq.Phrase) and node.fieldname in self._positionless:
            return wq.Term(node.fieldname, " ".join(node.words), boost=node.boost)
        return node


def tidy(q: wq.Query) -> wq.Query:
    """Flatten and simplify like Whoosh's ``normalize()``, without its defects: it turns an
    ``And`` holding ``Every()`` into ``Every()`` (so ``* AND troops`` or a filtered ``*``
    matched everything) and drops a field's terms next to a fielded ``Every``. Like it, a
    phrase without words becomes ``NullQuery``. An AND with NOT clauses becomes an
    ``AndNot``, so that both search paths score it alike."""
    if isinstance(q, (wq.And, wq.Or)):
        kind = type(q)
        subs: list[wq.Query] = []
        for sub in (tidy(s) for s in q.subqueries):
            if type(sub) is kind and sub.boost == 1.0:
                subs.extend(sub.subqueries)
            else:
                subs.append(sub)
        every = [s for s in subs if isinstance(s, wq.Every) and s.fieldname is None]
        if kind is wq.And:
            if any(s is wq.NullQuery for s in subs):
                return wq.NullQuery
            rest = [s for s in subs if s not in every]
            subs = rest if rest else subs[:1]
            negatives = [s.query for s in subs if isinstance(s, wq.Not)]
            if negatives:
                # ``a AND NOT b`` is a without b, scored as a (scoring.py): Whoosh's AND would
                # add a constant for the NOT clause that the arrays do not.
                positives = [s for s in subs if not isinstance(s, wq.Not)] or [wq.Every()]
                kept = positives[0] if len(positives) == 1 else wq.And(positives)
                if q.boost != 1.0:
                    kept = kept.with_boost(kept.boost * q.boost)
                return AndNot(kept, negatives[0] if len(negatives) == 1 else wq.Or(negatives))
        else:
            if every:
                return wq.Every(boost=q.boost)
            subs = [s for s in subs if s is not wq.NullQuery]
        if not subs:
            return wq.NullQuery
        if len(subs) == 1:
            return subs[0] if q.boost == 1.0 else subs[0].with_boost(subs[0].boost * q.boost)
        return kind(subs, boost=q.boost)
    if isinstance(q, wq.Phrase) and not q.words:
        return wq.NullQuery  # a phrase of punctuation only: Whoosh's matcher fails on it
    if isinstance(q, wq.AndNot) and type(q) is not AndNot:
        return AndNot(tidy(q.a), tidy(q.b))  # the operator ANDNOT: the repaired matcher
    if q.is_leaf():
        return q
    return q.apply(tidy)


def conjoin(*queries: wq.Query) -> wq.Query:
    return tidy(wq.And(list(queries)))


def date_bound(value: str | datetime | None, end: bool, option: str) -> datetime | None:
    """``--since``/``--until`` value: ISO ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; an end bound
    covers its whole year, month or day."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        # Dates are stored as naive UTC; an aware bound would not compare with them.
        return value.astimezone(timezone.utc).replace(tzinfo=None) if value.tzinfo else value
    text = str(value).strip()
    start = parse_iso(text)
    if start is None:
        raise InvalidArgumentError(
            f"{option} {shorten(str(value), 40)}: expected an ISO date like 2024-10-27, 2024-10 or 2024"
        )
    if not end or "T" in text or " " in text:
        return start
    parts = text.count("-")
    if parts == 0:
        return datetime(start.year, 12, 31, 23, 59, 59, 999999)
    if parts == 1:
        last = calendar.monthrange(start.year, start.month)[1]
        return datetime(start.year, start.month, last, 23, 59, 59, 999999)
    return start + timedelta(days=1) - timedelta(microseconds=1)


def filters(
    kind: str, lexicon: KeywordLexicon, speakers: Iterable[str] = (), places: Iterable[str] = (), since=None, until=None
) -> wq.Query:
    """The non-scoring restrictions of a search: document kind, speakers, places, date range.

    Repeated speakers or places must all match, as each narrows the result like a facet click.
    """
    parts: list[wq.Query] = [wq.Term(F.KIND, kind)]
    for name in _as_list(speakers):
        parts.append(keyword_query(lexicon, F.SPEAKER, name))
    for name in _as_list(places):
        parts.append(keyword_query(lexicon, F.PLACE, name))
    lo = date_bound(since, end=False, option="--since")
    hi = date_bound(until, end=True, option="--until")
    if lo and hi and lo > hi:
        raise InvalidArgumentError(f"--since {since} is after --until {until}")
    if lo or hi:
        parts.append(wq.DateRange(F.DATE, lo, hi))
    return wq.And(parts) if len(parts) > 1 else parts[0]


def direct_filter(direct: bool) -> wq.Query:
    """Quote documents of one kind of speech: quoted words (True) or reported speech (False)."""
    return wq.Term(F.DIRECT, "true" if direct else "false")


def filter_values(speakers: Iterable[str] = (), places: Iterable[str] = ()) -> list[tuple[str, str]]:
    """The (field, value) pairs ``filters`` restricts a search by, in the same order."""
    return [(F.SPEAKER, v) for v in _as_list(speakers)] + [(F.PLACE, v) for v in _as_list(places)]


def _as_list(value) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    return [v for v in value if v]


# -- argument checks: every option of Index.search and Index.quotes, before any work ---------


def check_query(query) -> str:
    if not isinstance(query, str):
        raise InvalidArgumentError(f"query must be a str, got {type(query).__name__}")
    return query


def check_count(option: str, value, minimum: int = 0) -> int:
    """An int option (``limit``, ``offset``, ``facet_limit``): not a bool, str or float."""
    if isinstance(value, bool) or not isinstance(value, Integral):
        raise InvalidArgumentError(f"{option} must be an int, got {type(value).__name__}")
    if value < minimum:
        raise InvalidArgumentError(f"{option} must be at least {minimum}, got {value}")
    return int(value)


def check_strings(option: str, value, allow_none: bool = True) -> tuple[str, ...]:
    """``speaker``, ``place`` or ``facets``: one str or an iterable of str; None is none."""
    if value is None and allow_none:
        return ()
    if isinstance(value, str):
        return (value,)
    if isinstance(value, (bytes, bytearray, dict)) or not isinstance(value, Iterable):
        raise InvalidArgumentError(f"{option} must be a str or a list of str, got {type(value).__name__}")
    values = tuple(value)
    for v in values:
        if not isinstance(v, str):
            raise InvalidArgumentError(f"{option} values must be str, got {type(v).__name__}")
    return values


def check_date_option(option: str, value):
    """``since``/``until``: None, an ISO date str, or a date or datetime."""
    if value is None or isinstance(value, (str, date)):
        return value
    raise InvalidArgumentError(f"{option} must be an ISO date str, a date or a datetime, got {type(value).__name__}")


def check_direct(value) -> bool | None:
    """``direct`` of ``Index.quotes``: True, False or None (both kinds of speech)."""
    if value is not None and not isinstance(value, bool):
        raise InvalidArgumentError(f"direct must be True, False or None, got {type(value).__name__}")
    return value


def check_choice(option: str, value, choices: Iterable[str]) -> str:
    choices = tuple(choices)
    if not isinstance(value, str):
        raise InvalidArgumentError(f"{option} must be a str, got {type(value).__name__}")
    if value not in choices:
        raise InvalidArgumentError(f"unknown {option} {shorten(value, 30)}; choose from {', '.join(choices)}")
    return value


__all__ = ["Kind", "KeywordLexicon", "QueryCompiler", "filters", "filter_values", "date_bound", "MATCH_ALL"]
