"""Word pairs: adjacent words of a text field indexed as one term, so that a phrase of
common words is one lookup instead of a walk over two long position lists.

Only words common in the segment (held by ``arrays.pair_min_df`` documents or more)
form pairs: a phrase with a rarer word is as fast on word positions, and pairs of
rare words were most of the index. A pair sits at its second word's position; its
frequency in a document is how often it occurs there.
"""

from __future__ import annotations

import numpy as np

from .arrays import pair_min_df
from .keys import pair_keys, term_key

_EMPTY = np.empty(0, np.int64)


def derive_pairs(pair_field: str, words: list, doc_count: int) -> tuple:
    """The pair chunk (field, pair keys, postings per pair, doc numbers, frequencies,
    positions) of one text field, from its words: (word's key in the pair field, sorted
    doc numbers, frequencies, positions: each posting's run in order). Words held by
    fewer than ``pair_min_df(doc_count)`` documents take no part."""
    least = pair_min_df(doc_count)
    common = [w for w in words if len(w[1]) >= least]
    if not common:
        return pair_field, np.empty(0, np.uint64), _EMPTY, _EMPTY, _EMPTY, _EMPTY
    word_keys = np.array([w[0] for w in common], dtype=np.uint64)
    doc = np.concatenate([np.repeat(np.asarray(ids, np.int64), np.asarray(tf, np.int64)) for _k, ids, tf, _p in common])
    pos = np.concatenate([np.asarray(p, np.int64) for _k, _i, _t, p in common])
    word = np.repeat(np.arange(len(common), dtype=np.int64), [int(np.sum(tf)) for _k, _i, tf, _p in common])
    order = np.lexsort((pos, doc))
    doc, pos, word = doc[order], pos[order], word[order]
    adjacent = (doc[1:] == doc[:-1]) & (pos[1:] == pos[:-1] + 1)
    keys = pair_keys(word_keys[word[:-1][adjacent]], word_keys[word[1:][adjacent]])
    doc, pos = doc[1:][adjacent], pos[1:][adjacent]
    order = np.lexsort((pos, doc, keys))
    keys, doc, pos = keys[order], doc[order], pos[order]
    # One posting per (pair, document), its frequency the number of times the pair occurs.
    new = np.concatenate(([True], (keys[1:] != keys[:-1]) | (doc[1:] != doc[:-1]))) if len(keys) else np.empty(0, bool)
    starts = np.flatnonzero(new)
    tf = np.diff(np.append(starts, len(keys)))
    keys, ids = keys[starts], doc[starts]
    first = np.flatnonzero(np.concatenate(([True], keys[1:] != keys[:-1]))) if len(keys) else starts[:0]
    counts = np.diff(np.append(first, len(keys)))
    return pair_field, keys[first], counts, ids, tf, pos


def word_runs(pair_field: str, terms: list, counts, ids, tf, pos, doc_count: int) -> list:
    """The common words of a text field's chunk (terms in order, each with ``counts``
    postings and ``tf`` positions per posting) as ``derive_pairs`` takes them."""
    counts = np.asarray(counts, np.int64)
    least = pair_min_df(doc_count)
    starts = np.cumsum(counts) - counts
    tf = np.asarray(tf, np.int64)
    per_word = np.add.reduceat(tf, starts) if len(tf) else np.zeros(len(counts), np.int64)
    pstarts = np.cumsum(per_word) - per_word
    out = []
    for i in np.flatnonzero(counts >= least).tolist():
        a, n, p, m = int(starts[i]), int(counts[i]), int(pstarts[i]), int(per_word[i])
        out.append((term_key(pair_field, terms[i]), ids[a : a + n], tf[a : a + n], pos[p : p + m]))
    return out
