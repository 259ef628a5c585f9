"""Global term statistics of a sharded index ("DFS query then fetch").

Before a sharded search scores anything, every shard reports the statistics BM25F
needs for the query's terms (``scoring.py``): its document count (deleted documents
included, as Whoosh counts them), each term's document frequency and each scored
field's total length. Summed, they are the statistics one index holding every shard's
documents would have, and every shard scores with them: through
``engine.postings.GlobalStatsView`` on the array path, and ``GlobalBM25F`` on Whoosh's.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from whoosh import query as wq
from whoosh import scoring as wscoring

from ..engine.scoring import K1, B, idf
from ..errors import SearchIdxError
from ..querylimits import Budget, any_term


def term_bytes(text) -> bytes:
    return text.encode("utf-8") if isinstance(text, str) else bytes(text)


@dataclass
class GlobalStats:
    doc_count_all: int = 0
    totals: dict = field(default_factory=dict)  # field -> summed length
    df: dict = field(default_factory=dict)  # (field, term bytes) -> summed document frequency

    def add(self, part: dict) -> None:
        self.doc_count_all += part["n"]
        for name, total in part["totals"].items():
            self.totals[name] = self.totals.get(name, 0) + total
        for key, df in part["df"].items():
            self.df[key] = self.df.get(key, 0) + df

    def doc_frequency(self, fieldname: str, text) -> int:
        try:
            return self.df[(fieldname, term_bytes(text))]
        except KeyError:
            raise SearchIdxError(
                f"sharded search has no global statistics for {fieldname}:{term_bytes(text)!r}; "
                "this query shape is not supported on a sharded index"
            ) from None

    def avg_length(self, fieldname: str) -> float:
        total = self.totals.get(fieldname, 0)
        return (total / self.doc_count_all) if self.doc_count_all and total else 1.0


class GlobalBM25F(wscoring.BM25F):
    """Whoosh's BM25F (``scoring.weighting``) with a sharded index's global statistics."""

    def __init__(self, stats: GlobalStats):
        super().__init__(B=B, K1=K1)
        self.stats = stats

    def scorer(self, searcher, fieldname, text, qf=1):
        if not searcher.schema[fieldname].scorable:
            return wscoring.WeightScorer.for_(searcher, fieldname, text)
        return _GlobalScorer(searcher, fieldname, text, self.B, self.K1, qf, self.stats)


class _GlobalScorer(wscoring.BM25FScorer):
    def __init__(self, searcher, fieldname, text, B, K1, qf, stats: GlobalStats):  # noqa: N803
        self.idf = idf(stats.doc_frequency(fieldname, text), stats.doc_count_all)
        self.avgfl = stats.avg_length(fieldname) or 1
        self.B, self.K1, self.qf = B, K1, qf
        self.setup(searcher, fieldname, text)


def _leaves(q: wq.Query):
    if q.is_leaf():
        yield q
    else:
        for sub in q.children():
            yield from _leaves(sub)


def local_stats(searcher, queries, budget: Budget) -> dict:
    """This shard's part of the statistics of ``queries``: its document count, the total
    length of every scored field, and the document frequency of every scored term the
    queries reach (wildcards, prefixes and ranges expanded over this shard's terms)."""
    reader = searcher.reader()
    schema = reader.schema
    scored = {name for name in schema.names() if schema[name].scorable}
    keys: set = set()
    for q in queries:
        if q is None:
            continue
        for leaf in _leaves(q):
            name = getattr(leaf, "fieldname", None)
            if name not in scored or any_term(leaf):
                continue
            if isinstance(leaf, wq.MultiTerm):
                keys.update((name, term_bytes(t)) for t in budget.expand(leaf, reader))
            elif isinstance(leaf, wq.Term):
                keys.add(
                    (name, term_bytes(schema[name].to_bytes(leaf.text) if isinstance(leaf.text, str) else leaf.text))
                )
            elif isinstance(leaf, wq.Phrase):
                keys.update((name, term_bytes(w)) for w in leaf.words)
    return {
        "n": reader.doc_count_all(),
        "totals": {name: reader.field_length(name) for name in scored},
        "df": {key: reader.doc_frequency(*key) for key in keys},
    }
