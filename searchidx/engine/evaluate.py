"""Whoosh query trees evaluated over numpy posting arrays: exact matches, BM25F scores.

Each node becomes (sorted doc numbers, scores). Conjunctions probe the larger
side with ``searchsorted`` from the smaller; when their smallest clause matches few
documents, the other clauses are asked about those documents only and only the
documents left are scored. Disjunctions merge with one ``unique``. Phrases are found
first (word pairs or word positions, per segment: ``Postings.phrase_docs``) and then
scored on their documents; beyond ``MAX_ARRAY_SLOP``, or in a field without
positions, Whoosh's positional matcher checks the candidates. A node this module does
not know raises ``Unsupported`` and the caller runs Whoosh's own search instead.

Every node looks at the search's ``Budget`` first (its deadline), and wildcards, prefixes
and ranges are expanded through it, so their terms count against the query's limit.
"""

from __future__ import annotations

from functools import cmp_to_key

import numpy as np
from whoosh import query as wq

from ..querylimits import CHECK_EVERY, Budget, any_term
from .postings import Postings, dedupe_sorted

_EMPTY = (np.empty(0, dtype=np.int64), np.empty(0, dtype=np.float64))
RANK_DECIMALS = 9
# Beyond this slop, checking each offset costs more than Whoosh's matcher on the candidates.
MAX_ARRAY_SLOP = 32
NO_DATE = np.iinfo(np.uint64).max


class Unsupported(Exception):
    """A query node without an array implementation."""


def intersect(a: tuple, b: tuple) -> tuple:
    """Documents in both, scores added."""
    (ia, sa), (ib, sb) = (a, b) if len(a[0]) <= len(b[0]) else (b, a)
    if not len(ia) or not len(ib):
        return _EMPTY
    pos = ib.searchsorted(ia)
    pos[pos == len(ib)] = 0
    found = ib[pos] == ia
    return ia[found], sa[found] + sb[pos[found]]


def common(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Documents in both sorted arrays."""
    if len(a) > len(b):
        a, b = b, a
    if not len(a):
        return a
    pos = b.searchsorted(a)
    pos[pos == len(b)] = 0
    return a[b[pos] == a]


def subtract(a: tuple, b_ids: np.ndarray) -> tuple:
    ia, sa = a
    if not len(ia) or not len(b_ids):
        return a
    pos = b_ids.searchsorted(ia)
    pos[pos == len(b_ids)] = 0
    keep = b_ids[pos] != ia
    return ia[keep], sa[keep]


def union(parts: list[tuple], doc_count: int = 0) -> tuple:
    """Documents in any part, scores added (each part's ids are sorted and unique)."""
    parts = [p for p in parts if len(p[0])]
    if not parts:
        return _EMPTY
    if len(parts) == 1:
        return parts[0]
    total = sum(len(p[0]) for p in parts)
    if doc_count and total * 16 >= doc_count:
        # Many postings: accumulate into a dense array rather than sorting them all.
        acc = np.zeros(doc_count, dtype=np.float64)
        seen = np.zeros(doc_count, dtype=bool)
        for ids, scores in parts:
            acc[ids] += scores
            seen[ids] = True
        ids = np.flatnonzero(seen)
        return ids, acc[ids]
    ids = np.concatenate([p[0] for p in parts])
    scores = np.concatenate([p[1] for p in parts])
    uniq, inverse = np.unique(ids, return_inverse=True)
    return uniq, np.bincount(inverse, weights=scores, minlength=len(uniq)).astype(np.float64)


_CONSTANTS: dict = {}


def _constant(n: int, value: float) -> np.ndarray:
    """``n`` scores of ``value``, read-only: a view of one array kept per value (a filter
    such as ``kind:article`` scores a constant on a fifth of the index in every search)."""
    got = _CONSTANTS.get(value)
    if got is None or len(got) < n:
        got = np.full(max(n, 2 * len(got) if got is not None else n, 1024), value, dtype=np.float64)
        got.flags.writeable = False
        if len(_CONSTANTS) > 64:
            _CONSTANTS.clear()
        _CONSTANTS[value] = got
    return got[:n]


def _locate(ids: np.ndarray, docs: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(which of ``docs`` are in ``ids``, and where in ``ids`` each of those is); both sorted."""
    if not len(ids):
        return np.zeros(len(docs), dtype=bool), np.empty(0, dtype=np.int64)
    at = ids.searchsorted(docs)
    np.minimum(at, len(ids) - 1, out=at)
    found = ids[at] == docs
    return found, at[found]


def _member(ids: np.ndarray, docs: np.ndarray) -> np.ndarray:
    return _locate(ids, docs)[0]


class _Clause:
    """A conjunction's clause, answered per document: bounds on how many documents it
    matches (``lo``, ``hi``), which they are, whether given documents are among them, and
    their scores there (the same arithmetic ``_run`` does, for those documents only);
    ``cost``: how many postings scoring it whole would score."""

    __slots__ = ("lo", "hi", "cost")

    def size(self) -> int:
        return self.lo

    def ids(self) -> np.ndarray:
        raise NotImplementedError

    def contains(self, docs: np.ndarray) -> np.ndarray:
        return _member(self.ids(), docs)

    def scores_at(self, docs: np.ndarray) -> np.ndarray:
        """Scores of ``docs``, every one of which it matches."""
        raise NotImplementedError

    def scores_among(self, docs: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(which of ``docs`` it matches, their scores)."""
        found = self.contains(docs)
        return found, self.scores_at(docs[found])

    def whole(self) -> tuple[np.ndarray, np.ndarray]:
        """Every document it matches, and scores, as ``Evaluator._run`` gives them."""
        raise NotImplementedError


def _by_size(a: _Clause, b: _Clause) -> int:
    """Order of two clauses by their number of matches, counted only when their bounds
    overlap (a disjunction's count costs a merge)."""
    if a.hi < b.lo:
        return -1
    if a.lo > b.hi:
        return 1
    return (a.size() > b.size()) - (a.size() < b.size())


class _Computed(_Clause):
    __slots__ = ("_ids", "_scores")

    def __init__(self, ids: np.ndarray, scores: np.ndarray):
        self._ids, self._scores = ids, scores
        self.lo = self.hi = len(ids)
        self.cost = 0

    def ids(self) -> np.ndarray:
        return self._ids

    def scores_at(self, docs: np.ndarray) -> np.ndarray:
        return self._scores[self._ids.searchsorted(docs)]

    def scores_among(self, docs: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        found, at = _locate(self._ids, docs)
        return found, self._scores[at]

    def whole(self) -> tuple[np.ndarray, np.ndarray]:
        return self._ids, self._scores


class _TermClause(_Clause):
    __slots__ = ("p", "field", "text", "boost", "scored", "_ids")

    def __init__(self, postings: Postings, field: str, text, boost: float, scored: bool):
        self.p, self.field, self.text, self.boost, self.scored = postings, field, text, boost, scored
        self._ids = postings.ids_weights(field, text)[0]
        self.lo = self.hi = len(self._ids)
        self.cost = self.lo if scored else 0

    def ids(self) -> np.ndarray:
        return self._ids

    def scores_at(self, docs: np.ndarray, at: np.ndarray | None = None) -> np.ndarray:
        if self.scored:
            return self.p.bm25_at(self.field, self.text, docs, self.boost, at)
        return _constant(len(docs), self.boost)

    def scores_among(self, docs: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        found, at = _locate(self._ids, docs)
        return found, self.scores_at(docs[found], at)

    def whole(self) -> tuple[np.ndarray, np.ndarray]:
        if self.scored:
            return self.p.bm25(self.field, self.text, self.boost)
        return self._ids, _constant(len(self._ids), self.boost)


class _OrClause(_Clause):
    __slots__ = ("parts", "boost", "doc_count", "_ids", "_size")

    def __init__(self, parts: list, boost: float, doc_count: int):
        self.parts, self.boost, self.doc_count = parts, boost, doc_count
        self._ids: np.ndarray | None = None
        self._size: int | None = None
        self.lo = max(p.lo for p in parts) if parts else 0
        self.hi = sum(p.hi for p in parts)
        self.cost = sum(p.cost for p in parts)

    def size(self) -> int:
        if self._size is None:
            if self._ids is None and len(self.parts) == 2:
                # Two clauses (most often a word's title and body): counted without merging.
                a, b = sorted((p.ids() for p in self.parts), key=len)
                self._size = len(a) + len(b) - int(np.count_nonzero(_member(b, a)))
            else:
                self._size = len(self.ids())
            self.lo = self.hi = self._size
        return self._size

    def ids(self) -> np.ndarray:
        if self._ids is None:
            parts = [ids for ids in (p.ids() for p in self.parts) if len(ids)]
            if not parts:
                self._ids = _EMPTY[0]
            elif len(parts) == 1:
                self._ids = parts[0]
            else:
                # Sorted runs: a stable sort (a merge of runs) takes linear time.
                self._ids = dedupe_sorted(np.sort(np.concatenate(parts), kind="stable"))
            self.lo = self.hi = self._size = len(self._ids)
        return self._ids

    def contains(self, docs: np.ndarray) -> np.ndarray:
        if self._ids is not None:
            return _member(self._ids, docs)
        found = self.parts[0].contains(docs)
        for part in self.parts[1:]:
            found |= part.contains(docs)
        return found

    def scores_at(self, docs: np.ndarray) -> np.ndarray:
        if len(docs) * 4 > self.lo:
            # Most of its documents: scoring whole lists and merging them is faster than
            # looking each document up in every list.
            ids, scores = self.whole()
            return scores[ids.searchsorted(docs)]
        # Each document's scores added in the clauses' order from 0, as ``union`` adds them.
        acc = np.zeros(len(docs), dtype=np.float64)
        for part in self.parts:
            found, scores = part.scores_among(docs)
            if len(scores) == len(docs):
                acc += scores
            elif len(scores):
                acc[found] += scores
        return acc if self.boost == 1.0 else acc * self.boost

    def whole(self) -> tuple[np.ndarray, np.ndarray]:
        ids, scores = union([p.whole() for p in self.parts], self.doc_count)
        return ids, (scores if self.boost == 1.0 else scores * self.boost)


def _narrowed(positive: list, negative: list) -> tuple:
    """The documents of ``positive`` (clauses by size, fewest first) in none of ``negative``,
    found from the first clause's, and scored there."""
    docs = positive[0].ids()
    for part in positive[1:]:
        if not len(docs):
            break
        docs = docs[part.contains(docs)]
    for ids in negative:
        docs = docs[~_member(ids, docs)]
    if not len(docs):
        return _EMPTY
    scores = positive[0].scores_at(docs)
    for part in positive[1:]:
        scores = scores + part.scores_at(docs)
    return docs, scores


def _intersected(positive: list, negative: list) -> tuple:
    """The documents of every ``positive`` (ids, scores) in none of ``negative``, whole lists."""
    positive.sort(key=lambda r: len(r[0]))
    result = positive[0]
    for part in positive[1:]:
        if not len(result[0]):
            break
        result = intersect(result, part)
    for ids in negative:
        result = subtract(result, ids)
    return result


class Evaluator:
    # A conjunction is narrowed document by document when its smallest clause matches at
    # most this share (1/n) of the documents; beyond, whole lists are intersected.
    DOCS_FIRST_SHARE = 16
    # ...and its other clauses would score more than this many postings per document of it.
    DOCS_FIRST_COST = 2

    def __init__(
        self,
        postings: Postings,
        searcher,
        pair_fields: dict[str, str],
        scored_fields: set[str],
        date_field: str,
        positional_fields: set[str] = frozenset(),
    ):
        self.p = postings
        self.positional_fields = positional_fields
        self.searcher = searcher
        self.pair_fields = pair_fields
        self.scored_fields = scored_fields  # text fields scored with BM25; others score a constant
        self.date_field = date_field

    def run(self, q: wq.Query, budget: Budget | None = None) -> tuple[np.ndarray, np.ndarray]:
        """(sorted doc numbers, scores) of ``q``; ``budget`` bounds its time and expansions
        (default: no deadline, the standard expansion limit)."""
        return self._run(q, budget if budget is not None else Budget("", timeout=None))

    def _run(self, q: wq.Query, b: Budget) -> tuple[np.ndarray, np.ndarray]:
        b.check()
        # Whoosh's NullQuery is an instance of _NullQuery: strip the underscore, or the
        # method name would be mangled inside the class and never found.
        method = getattr(self, "_" + type(q).__name__.lstrip("_"), None)
        if method is None:
            raise Unsupported(type(q).__name__)
        return method(q, b)

    # -- leaves --------------------------------------------------------------------
    def _term(self, field: str, text, boost: float) -> tuple:
        if field not in self.scored_fields and not self._in_arrays(field):
            raise Unsupported("field without posting arrays: " + field)
        if field in self.scored_fields:
            return self.p.bm25(field, text, boost)
        ids, _w = self.p.ids_weights(field, text)
        return ids, _constant(len(ids), boost)

    def _in_arrays(self, field: str) -> bool:
        """Whether the arrays hold ``field``'s postings (every indexed field does)."""
        return field in self.p.layout.posting_fields

    def _Term(self, q: wq.Term, b: Budget):
        return self._term(q.fieldname, q.text, q.boost)

    def _NullQuery(self, q, b: Budget):
        return _EMPTY

    def _Every(self, q: wq.Every, b: Budget):
        if q.fieldname not in (None, "", "*"):
            # Documents with any term in the field: those whose length there is not zero.
            try:
                lengths = self.p.lengths(q.fieldname)
            except KeyError:  # a field without lengths in the arrays (id, date)
                raise Unsupported("fielded Every on " + q.fieldname) from None
            ids = np.flatnonzero(self.p.live & (lengths > 0))
        else:
            ids = self.p.live_ids
        return ids, np.full(len(ids), q.boost, dtype=np.float64)

    def _NumericRange(self, q: wq.NumericRange, b: Budget):
        if q.fieldname != self.date_field:
            raise Unsupported("numeric range on " + q.fieldname)
        dates = self.p.dates()
        mask = self.p.live & (dates != NO_DATE)
        if q.start is not None:
            lo = np.uint64(q.start)
            mask &= (dates > lo) if q.startexcl else (dates >= lo)
        if q.end is not None:
            hi = np.uint64(q.end)
            mask &= (dates < hi) if q.endexcl else (dates <= hi)
        ids = np.flatnonzero(mask)
        return ids, np.full(len(ids), q.boost, dtype=np.float64)

    _DateRange = _NumericRange

    def _multiterm(self, q, b: Budget):
        if any_term(q):
            return self._Every(wq.Every(q.fieldname, boost=q.boost), b)
        # Scored as the OR of the terms it expands to (scoring.py); Whoosh's path is given
        # the same OR (querylimits.frozen).
        parts = []
        for n, t in enumerate(b.expand(q, self.searcher.reader())):
            if not n % CHECK_EVERY:
                b.check()
            parts.append(self._term(q.fieldname, t, q.boost))
        return union(parts, self.p.doc_count_all)

    _Prefix = _Wildcard = _FuzzyTerm = _Variations = _TermRange = _multiterm

    # -- phrases -------------------------------------------------------------------
    def _Phrase(self, q: wq.Phrase, b: Budget):
        words = list(q.words)
        field = q.fieldname
        if not words:
            return _EMPTY
        if len(words) == 1:
            return self._term(field, words[0], q.boost)
        if field not in self.scored_fields and not self._in_arrays(field):
            raise Unsupported("field without posting arrays: " + field)
        # Documents first, scores after, for those alone: a phrase of common words matches
        # few of the documents holding its words. Scored as the sum of its words' scores
        # (scoring.py), as Whoosh scores a phrase.
        if field in self.positional_fields and q.slop <= MAX_ARRAY_SLOP:
            # Where the phrase occurs (word pairs or positions, per segment).
            pairs = self.pair_fields.get(field) if q.slop == 1 else None
            docs = self.p.phrase_docs(field, pairs, words, q.slop)
            return self._word_scores(field, words, docs, q.boost)
        docs = self.p.ids_weights(field, words[0])[0]
        for w in words[1:]:
            docs = common(docs, self.p.ids_weights(field, w)[0])
        return self._word_scores(field, words, self._verify(q, docs, b), q.boost)

    def _word_scores(self, field: str, words: list, docs: np.ndarray, boost: float) -> tuple:
        """``docs`` (all holding every word) scored as the sum of the words' scores, added
        in the words' order (the order ``intersect`` would add them in)."""
        if field in self.scored_fields:
            return docs, self.p.bm25_sum(field, words, docs, boost)
        scores = np.zeros(len(docs), dtype=np.float64)
        for _w in words:
            scores += boost
        return docs, scores

    def _verify(self, q: wq.Query, ids: np.ndarray, b: Budget) -> np.ndarray:
        """The documents of ``ids`` Whoosh's positional matcher confirms."""
        if not len(ids):
            return ids
        m = q.matcher(self.searcher)
        keep = np.zeros(len(ids), dtype=bool)
        for i, docnum in enumerate(ids.tolist()):
            if not i % CHECK_EVERY:
                b.check()
            if not m.is_active():
                break
            if m.id() < docnum:
                m.skip_to(docnum)
                if not m.is_active():
                    break
            keep[i] = m.id() == docnum
        return ids[keep]

    # -- compounds -----------------------------------------------------------------
    def _And(self, q: wq.And, b: Budget):
        # Documents first, scores after, when the clause matching fewest documents matches
        # few: the others are asked only about its documents, and only those left are
        # scored. Scoring every posting of every word and merging title with body first
        # cost more than the rest of a search whose words are common. With many documents
        # in every clause, whole lists (``intersect``) are faster than searching for each.
        # Both make the same sums in the same order (clauses by their number of matches).
        positive, negative = [], []
        for sub in q.subqueries:
            if isinstance(sub, wq.Not):
                negative.append(self._run(sub.query, b)[0])
            else:
                positive.append(self._lazy(sub, b))
        if not positive:
            positive = [_Computed(*self._Every(wq.Every(), b))]
        few = self.p.doc_count_all // self.DOCS_FIRST_SHARE
        if len(positive) > 1 and min(c.lo for c in positive) <= few:
            if len(positive) == 2:
                # Two scores add up alike in either order: no need to count exactly.
                positive.sort(key=lambda c: c.hi)
                first = positive[0].hi
            else:
                positive.sort(key=cmp_to_key(_by_size))
                first = positive[0].size()
            # Worth it when the other clauses would score many more postings whole than
            # the first clause has documents to look up (not for a filter such as kind).
            if first <= few and sum(c.cost for c in positive[1:]) > self.DOCS_FIRST_COST * first:
                return self._boosted(_narrowed(positive, negative), q.boost)
        return self._boosted(_intersected([c.whole() for c in positive], negative), q.boost)

    def _lazy(self, q: wq.Query, b: Budget) -> _Clause:
        """``q`` as a clause of a conjunction: terms and disjunctions are asked per document,
        anything else is computed whole by ``_run``."""
        name = type(q).__name__.lstrip("_")
        if name == "Term":
            b.check()
            field = q.fieldname
            if field not in self.scored_fields and not self._in_arrays(field):
                raise Unsupported("field without posting arrays: " + field)
            return _TermClause(self.p, field, q.text, q.boost, field in self.scored_fields)
        if name == "Or":
            b.check()
            return _OrClause([self._lazy(sub, b) for sub in q.subqueries], q.boost, self.p.doc_count_all)
        return _Computed(*self._run(q, b))

    def _Or(self, q: wq.Or, b: Budget):
        # A NOT among alternatives scores 1.0 on the documents it keeps, as Whoosh's
        # InverseMatcher does (what _Not returns).
        return self._boosted(union([self._run(sub, b) for sub in q.subqueries], self.p.doc_count_all), q.boost)

    def _AndNot(self, q: wq.AndNot, b: Budget):
        return subtract(self._run(q.a, b), self._run(q.b, b)[0])

    def _Not(self, q: wq.Not, b: Budget):
        ids = self.p.live_ids
        return subtract((ids, np.ones(len(ids), dtype=np.float64)), self._run(q.query, b)[0])

    def _AndMaybe(self, q: wq.AndMaybe, b: Budget):
        (ia, sa), (ib, sb) = self._run(q.a, b), self._run(q.b, b)
        if not len(ia) or not len(ib):
            return ia, sa
        pos = ib.searchsorted(ia)
        pos[pos == len(ib)] = 0
        found = ib[pos] == ia
        scores = sa.copy()
        scores[found] += sb[pos[found]]
        return ia, scores

    def _Require(self, q: wq.Require, b: Budget):
        ia, sa = self._run(q.a, b)
        ib = self._run(q.b, b)[0]
        return subtract((ia, sa), subtract((ia, sa), ib)[0])

    @staticmethod
    def _boosted(result: tuple, boost: float) -> tuple:
        return result if boost == 1.0 else (result[0], result[1] * boost)


def top_k(ids: np.ndarray, keys: np.ndarray, k: int) -> np.ndarray:
    """Positions of the ``k`` largest ``keys``, ties by ascending doc number. Scores are
    compared to ``RANK_DECIMALS`` places: the same score summed in another order differs
    in its last bits, and must not reorder documents."""
    n = len(ids)
    if k <= 0 or n == 0:
        return np.empty(0, dtype=np.int64)
    if keys.dtype.kind == "f":
        keys = keys.round(RANK_DECIMALS)
    if k >= n:
        return np.lexsort((ids, -keys))
    part = (-keys).argpartition(k - 1)[:k]
    threshold = keys[part].min()
    # Everything tied at the threshold competes on doc number.
    part = np.flatnonzero(keys >= threshold)
    order = np.lexsort((ids[part], -keys[part]))
    return part[order][:k]
