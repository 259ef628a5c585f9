"""The ranking model, defined once: BM25F, for the array evaluator and Whoosh alike.

    score(term, doc) = boost * idf * tf * (K1 + 1) / (tf + K1 * (1 - B + B * fl / avgfl))
    idf = log(N / (df + 1)) + 1

``tf`` is the term's weight in the document (its frequency times the field's boost),
``fl`` the document's length of the field as Whoosh stores it (rounded through one
byte), ``avgfl`` the field's total length over all documents divided by ``N``; ``N``
and ``df`` count every stored document, deleted ones included until a merge drops them
(Whoosh's statistics; merging keeps deleted documents under a tenth of any segment).
A query's score is the sum of its clauses' scores; a phrase scores as the sum of its
words' scores, in the documents where the phrase occurs.
"""

from __future__ import annotations

import math

import numpy as np
from whoosh import scoring as wscoring

K1 = 1.2
B = 0.75


def idf(df: int, n: int) -> float:
    return math.log(n / (df + 1)) + 1


def bm25_scores(tf: np.ndarray, fl: np.ndarray, df: int, n: int, avgfl: float, boost: float = 1.0) -> np.ndarray:
    """BM25F scores of one term in the documents whose weights (``tf``) and lengths (``fl``)
    are given, in double precision as Whoosh computes them (near-ties keep their order)."""
    return bm25_normed(tf, length_norm(fl, avgfl), df, n, boost)


def length_norm(fl: np.ndarray, avgfl: float) -> np.ndarray:
    """``K1 * (1 - B + B * fl / avgfl)``, the part of ``bm25_scores`` a document's length
    decides: the same for every word of a field in the same documents (a phrase's)."""
    return K1 * ((1 - B) + B * np.asarray(fl, np.float64) / (avgfl or 1.0))


def bm25_normed(tf: np.ndarray, norm: np.ndarray, df: int, n: int, boost: float = 1.0) -> np.ndarray:
    """``bm25_scores`` given the documents' ``length_norm``: the same operations in the same
    order, so the same values to the last bit."""
    tf = np.asarray(tf, dtype=np.float64)
    scores = idf(df, n) * ((tf * (K1 + 1)) / (tf + norm))
    return scores * boost


def weighting() -> wscoring.WeightingModel:
    """The same model for Whoosh's own search (the fallback path)."""
    return wscoring.BM25F(B=B, K1=K1)
