"""The array evaluator must agree with Whoosh's own matchers, document for document."""

import numpy as np
import pytest

from searchidx.engine.evaluate import Unsupported, top_k
from searchidx.query import conjoin, filters
from searchidx.querylimits import Budget, bound_expansions
from searchidx.schema import Kind

QUERIES = [
    "troops",
    "ukraine",
    '"North Korean troops"',
    '"north korean"',
    '"troops in russia"',
    '"defence ministers"~3',
    "ukraine AND kursk",
    "ukraine OR taiwan",
    "(imahara OR ridgeway) AND tokyo",
    "ukraine NOT russia",
    "ukraine ANDNOT russia",
    "troo*",
    "kursk ANDMAYBE troops",
    "*",
    'speaker:"Gordon Preston"',
    "place:kursk AND troops",
    "date:[2024-10-01 TO 2024-10-31]",
    "date:2024-11 AND ukraine",
    'title:"north korean"',
    "author:holt",
    "kyiv^3 OR moscow",
    "nato AND (summit OR vilnius) AND NOT washington",
    "* AND kursk",
    '"the united states"',
    '"north korean troops in russia"',
    '"the north korean"~3',
    '"said the"~5',
    '"troops russia"~3',
    '"ukraine ukraine"~6',
    '"of the of"~4',
    '"in the"~2',
    '"the the"',
    '"minister said"~40',
    'title:"north korean troops"~2',
    # answered by the arrays since the hostile-query work (Whoosh's path before)
    "ukraine OR NOT russia",
    "(kursk OR NOT troops) AND seoul",
    "title:[north TO south]",
    "title:*",
    "speaker:*",
    "place:* AND troops",
    "troo* OR kurs*",
    "body:[kursk TO kyiv]",
]


def whoosh_ids(ix, full):
    s = ix._searcher()
    return sorted(s.docs_for_query(full))


@pytest.mark.parametrize("text", QUERIES)
def test_array_matches_equal_whoosh_matches(corpus_index, text):
    s = corpus_index._searcher()
    state = s._searchidx
    user_q = corpus_index._compiler.parse(text, state.lexicon)
    for kind in (Kind.ARTICLE, Kind.QUOTE):
        full = conjoin(user_q, filters(kind, state.lexicon))
        ids, scores = state.evaluator.run(full)
        assert ids.tolist() == whoosh_ids(corpus_index, full), (text, kind)
        assert len(scores) == len(ids) and np.all(np.isfinite(scores))


@pytest.mark.parametrize(
    "text",
    ["troops", "ukraine OR taiwan", "nato AND summit", "ukraine OR NOT russia", "title:[north TO south] OR kursk"],
)
def test_array_ranking_equals_whoosh_bm25f(corpus_index, text):
    s = corpus_index._searcher()
    state = s._searchidx
    full = conjoin(corpus_index._compiler.parse(text, state.lexicon), filters(Kind.ARTICLE, state.lexicon))
    ids, scores = state.evaluator.run(full)
    mine = dict(zip(ids.tolist(), scores.tolist()))
    # A prefix or range is scored as the OR of the words it expands to (Whoosh's own gives
    # every match one constant score), on both of our paths.
    frozen = bound_expansions(full, s.reader(), Budget(text, None))
    theirs = {hit.docnum: hit.score for hit in s.search(frozen, limit=None)}
    assert mine.keys() == theirs.keys()
    for docnum, score in theirs.items():
        assert mine[docnum] == pytest.approx(score, rel=1e-3), docnum


def test_search_falls_back_to_whoosh_for_unsupported_nodes(corpus_index, monkeypatch):
    def refuse(q, budget=None):
        raise Unsupported("test")

    fast = corpus_index.search('"north korean troops" AND kursk', facets=("place",), limit=3)
    monkeypatch.setattr(corpus_index._searcher()._searchidx.evaluator, "run", refuse)
    slow = corpus_index.search('"north korean troops" AND kursk', facets=("place",), limit=3)
    assert (slow.total, slow.facets) == (fast.total, fast.facets)
    assert [h.id for h in slow.hits] == [h.id for h in fast.hits]


def test_top_k_orders_by_key_then_doc_number():
    ids = np.array([3, 5, 8, 9, 12])
    keys = np.array([1.0, 2.0, 2.0, 0.5, 2.0])
    assert top_k(ids, keys, 2).tolist() == [1, 2]
    assert top_k(ids, keys, 10).tolist() == [1, 2, 4, 0, 3]
    assert top_k(ids, keys, 0).tolist() == []


def test_sidecars_follow_segments(tmp_path):
    from searchidx import Index
    from searchidx.records import Record

    with Index.create(tmp_path / "ix") as ix:
        for n in range(3):
            ix.add_records([Record(id=f"r{n}", path=f"r{n}", title="t", body=f"harbour strike day{n}")])
        assert ix.search("harbour").total == 3
        assert ix.search('"harbour strike"').total == 3
        segments = {p.name for p in (tmp_path / "ix").glob("*.sidx")}
        live = {f"{leaf._segment.segment_id()}.sidx" for leaf, _ in ix._searcher().reader().leaf_readers()}
        assert segments == live
        ix.delete(["r1"])
        assert ix.search("harbour").total == 2 and ix.search("day1").total == 0
