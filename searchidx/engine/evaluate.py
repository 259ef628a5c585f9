"""Whoosh query trees evaluated over numpy posting arrays: exact matches, BM25F scores.

Each node becomes (sorted doc numbers, scores). Conjunctions probe the larger
side with ``searchsorted`` from the smaller, disjunctions merge with one
``unique``; two-word phrases are single lookups in the word-pair field and
longer or sloppy phrases are verified against Whoosh's positional matcher on
the candidates only. A node this module does not know raises ``Unsupported``
and the caller runs Whoosh's own search instead.

Every node looks at the search's ``Budget`` first (its deadline), and wildcards, prefixes
and ranges are expanded through it, so their terms count against the query's limit.
"""

from __future__ import annotations

import numpy as np
from whoosh import query as wq

from ..querylimits import CHECK_EVERY, Budget, any_term
from .postings import POS_BITS, Postings, dedupe_sorted, follow

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
    pos = np.searchsorted(ib, ia)
    pos[pos == len(ib)] = 0
    found = ib[pos] == ia
    return ia[found], sa[found] + sb[pos[found]]


def subtract(a: tuple, b_ids: np.ndarray) -> tuple:
    ia, sa = a
    if not len(ia) or not len(b_ids):
        return a
    pos = np.searchsorted(b_ids, ia)
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


class Evaluator:
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
        return ids, np.full(len(ids), boost, dtype=np.float64)

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
        if q.slop == 1 and field in self.positional_fields:
            # Where the phrase occurs (word pairs or positions, per segment), scored as the
            # sum of its words' scores (scoring.py), as Whoosh scores a phrase.
            docs = self.p.phrase_docs(field, self.pair_fields.get(field), words)
            return self._word_scores(field, words, docs, q.boost)
        result = self._term(field, words[0], q.boost)
        for w in words[1:]:
            result = intersect(result, self._term(field, w, q.boost))
        if q.slop > MAX_ARRAY_SLOP or field not in self.positional_fields:
            return self._verify(q, result, b)
        return self._near(field, words, q.slop, result)

    def _word_scores(self, field: str, words: list, docs: np.ndarray, boost: float) -> tuple:
        """``docs`` (all holding every word) scored as the sum of the words' scores."""
        scores = np.zeros(len(docs), dtype=np.float64)
        if not len(docs):
            return docs, scores
        for w in words:
            ids, s = self._term(field, w, boost)
            scores += s[np.searchsorted(ids, docs)]
        return docs, scores

    def _near(self, field: str, words: list, slop: int, candidates: tuple) -> tuple:
        """Candidates where the words occur in order, each 1..slop positions after the previous
        one, as Whoosh's SpanNear2(ordered=True, mindist=1) decides, over position arrays."""
        ids, scores = candidates
        if not len(ids):
            return candidates
        ends = self.p.position_keys(field, words[0], ids)
        for i, word in enumerate(words[1:], start=2):
            ends = follow(ends, self.p.position_keys(field, word, ids), slop, last=i == len(words))
            if not len(ends):
                return _EMPTY
        matched = dedupe_sorted(ends >> POS_BITS)
        keep = np.isin(ids, matched, assume_unique=True)  # position keys may cover other documents
        return ids[keep], scores[keep]

    def _verify(self, q: wq.Query, candidates: tuple, b: Budget) -> tuple:
        """Keep the candidates Whoosh's positional matcher confirms."""
        ids, scores = candidates
        if not len(ids):
            return candidates
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
        return ids[keep], scores[keep]

    # -- compounds -----------------------------------------------------------------
    def _And(self, q: wq.And, b: Budget):
        positive, negative = [], []
        for sub in q.subqueries:
            if isinstance(sub, wq.Not):
                negative.append(self._run(sub.query, b)[0])
            else:
                positive.append(self._run(sub, b))
        if not positive:
            positive = [self._Every(wq.Every(), b)]
        positive.sort(key=lambda r: len(r[0]))
        result = positive[0]
        for part in positive[1:]:
            if not len(result[0]):
                break
            result = intersect(result, part)
        for ids in negative:
            result = subtract(result, ids)
        return self._boosted(result, q.boost)

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
        pos = np.searchsorted(ib, ia)
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
    if keys.dtype.kind == "f":
        keys = np.round(keys, RANK_DECIMALS)
    if k <= 0 or n == 0:
        return np.empty(0, dtype=np.int64)
    if k < n:
        part = np.argpartition(-keys, k - 1)[:k]
        threshold = keys[part].min()
        # Everything tied at the threshold competes on doc number.
        part = np.flatnonzero(keys >= threshold)
    else:
        part = np.arange(n)
    order = np.lexsort((ids[part], -keys[part]))
    return part[order][:k]
