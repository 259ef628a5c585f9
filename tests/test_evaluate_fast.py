"""The array evaluator's documents-first paths against the whole-list evaluation they
replaced: a conjunction narrowed clause by clause and scored on its survivors, phrases
found before their words are scored, word-pair and position lookups batched per
segment. Same documents, same scores to the last bit (the same additions in the same
order), so the same ranking, on generated queries over an index with two segments,
deletions, and word pairs (their threshold lowered, as in test_segments.py)."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_segments import TEST_PAIR_MIN_DF, corpus_records, generated_records
from whoosh import query as wq

from searchidx import Index
from searchidx.analysis import stemming_analyzer
from searchidx.engine import arrays as arrays_module
from searchidx.engine.evaluate import Evaluator, intersect, subtract, top_k
from searchidx.engine.postings import Postings
from searchidx.querylimits import Budget
from searchidx.schema import Kind

CHECKS = settings(
    derandomize=True,
    database=None,
    deadline=None,
    max_examples=150,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

# Common words (most form pairs), rarer ones, one the index lacks, and a word often repeated.
WORDS = ["the", "said", "north", "korean", "troops", "harbour", "strike", "talks", "bridge", "rebuild"]
WORDS += ["border", "aid", "ceasefire", "again", "long", "we", "will", "grp3", "blk128", "inl7", "zzyzx"]
# Sentences of the generated records: their word runs are phrases that occur.
SENTENCES = [
    "the north korean troops crossed the border near the harbour".split(),
    "we will rebuild bridge".split(),
    "ana lopez said in lisbon".split(),
    "again again again again".split(),
    "long long long".split(),
    # Rare words (a group tag, a bridge's number) between common ones: pairs and words mixed.
    "grp3 we will rebuild bridge 15 ana lopez said".split(),
    "we will rebuild bridge 7 ana lopez said in lisbon".split(),
]


class WholeLists(Evaluator):
    """The evaluation before documents came first: every clause's whole posting list
    scored, then intersected; phrase documents as Whoosh's positional matcher finds them."""

    def _And(self, q, b):
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

    def _Phrase(self, q, b):
        words, field = list(q.words), q.fieldname
        if not words:
            return np.empty(0, np.int64), np.empty(0, np.float64)
        result = self._term(field, words[0], q.boost)
        if len(words) == 1:
            return result
        for w in words[1:]:
            result = intersect(result, self._term(field, w, q.boost))
        ids, scores = result
        found = self.searcher.docs_for_query(q)
        keep = np.isin(ids, np.fromiter(found, dtype=np.int64))
        return ids[keep], scores[keep]


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    path = tmp_path_factory.mktemp("fast") / "ix"
    saved = arrays_module.PAIR_MIN_DF
    arrays_module.PAIR_MIN_DF = TEST_PAIR_MIN_DF
    try:
        records = generated_records(300) + corpus_records()
        with Index.create(path) as ix:
            ix.add_records(records[:170], procs=1)
            ix.add_records(records[170:], procs=1)
            ix.delete([r.id for r in records[::13]])
    finally:
        arrays_module.PAIR_MIN_DF = saved
    ix = Index.open(path)
    yield ix
    ix.close()


def evaluators(ix: Index) -> tuple[Evaluator, Evaluator, object]:
    state = ix._searcher()._searchidx
    ev = state.evaluator
    ref = WholeLists(ev.p, ev.searcher, ev.pair_fields, ev.scored_fields, ev.date_field, ev.positional_fields)
    return ev, ref, state


def test_index_has_word_pairs_and_deletions(index):
    segments = index._searcher()._searchidx.postings.segments
    assert len(segments) == 2
    assert any(live is not None for _a, _o, live in segments)
    assert all(len(a.pair_keys) for a, _o, _l in segments)


def phrase(words: list, slop: int, field: str | None) -> str:
    text = '"' + " ".join(words) + '"' + (f"~{slop}" if slop > 1 else "")
    return f"{field}:{text}" if field else text


word = st.sampled_from(WORDS)
field = st.sampled_from([None, None, "title", "body"])
slop = st.sampled_from([1, 1, 2, 3, 5, 40])


@st.composite
def run_of_words(draw) -> list:
    """A run of 2-4 words: from a sentence the records hold (words may be left out, for
    sloppy phrases), or any words."""
    if draw(st.booleans()):
        return draw(st.lists(word, min_size=2, max_size=4))
    sentence = draw(st.sampled_from(SENTENCES))
    start = draw(st.integers(0, len(sentence) - 2))
    picked = [w for w in sentence[start : start + 5] if draw(st.integers(0, 4))]
    return picked if len(picked) >= 2 else sentence[start : start + 2]


leaf = st.one_of(
    st.builds(lambda w, f: f"{f}:{w}" if f else w, word, field),
    st.builds(lambda w, k: f"{w}^{k}", word, st.sampled_from([2, 3])),
    st.builds(phrase, run_of_words(), slop, field),
)
queries = st.recursive(
    leaf,
    lambda inner: st.one_of(
        st.builds(lambda xs: "(" + " AND ".join(xs) + ")", st.lists(inner, min_size=2, max_size=4)),
        st.builds(lambda xs: "(" + " OR ".join(xs) + ")", st.lists(inner, min_size=2, max_size=3)),
        st.builds(lambda a, b: f"({a} AND NOT {b})", inner, inner),
        st.builds(lambda a, b: f"({a} ANDNOT {b})", inner, inner),
        st.builds(lambda a, b: f"({a} OR NOT {b})", inner, inner),
    ),
    max_leaves=6,
)

# Query trees built directly, with boosts on compound nodes too (the parser gives none).
_ANALYZER = stemming_analyzer()


def stems(words: list) -> list:
    return [t.text for w in words for t in _ANALYZER(w)]


text_field = st.sampled_from(["title", "body"])
boost = st.sampled_from([1.0, 1.0, 2.0, 0.5])
tree_leaf = st.one_of(
    st.builds(lambda f, w, k: wq.Term(f, stems([w])[0], boost=k), text_field, word, boost),
    st.builds(lambda w: wq.Term("kind", w), st.sampled_from([Kind.ARTICLE, Kind.QUOTE])),
    st.builds(lambda f, ws, s, k: wq.Phrase(f, stems(ws), slop=s, boost=k), text_field, run_of_words(), slop, boost),
)
trees = st.recursive(
    tree_leaf,
    lambda inner: st.one_of(
        st.builds(lambda xs, k: wq.And(xs, boost=k), st.lists(inner, min_size=1, max_size=4), boost),
        st.builds(lambda xs, k: wq.Or(xs, boost=k), st.lists(inner, min_size=1, max_size=3), boost),
        st.builds(lambda xs, n: wq.And([*xs, wq.Not(n)]), st.lists(inner, min_size=1, max_size=3), inner),
    ),
    max_leaves=7,
)


# Conjunctions narrowed whenever possible, as the evaluator decides, and never.
WAYS = {
    "narrowed": (1, -1),
    "default": (Evaluator.DOCS_FIRST_SHARE, Evaluator.DOCS_FIRST_COST),
    "whole": (10**9, 0),
}


@pytest.fixture(params=list(WAYS))
def way(request):
    saved = Evaluator.DOCS_FIRST_SHARE, Evaluator.DOCS_FIRST_COST
    Evaluator.DOCS_FIRST_SHARE, Evaluator.DOCS_FIRST_COST = WAYS[request.param]
    yield request.param
    Evaluator.DOCS_FIRST_SHARE, Evaluator.DOCS_FIRST_COST = saved


@CHECKS
@given(text=queries, kind=st.sampled_from([Kind.ARTICLE, Kind.QUOTE]))
def test_documents_first_equals_whole_lists(index, way, text, kind):
    ev, ref, state = evaluators(index)
    _user, full = state.compiled(text, kind, None, None, None, None, None)
    ids, scores = ev.run(full, Budget(text, timeout=None))
    want_ids, want_scores = ref.run(full, Budget(text, timeout=None))
    assert ids.tolist() == want_ids.tolist(), text
    assert scores.dtype == np.float64
    assert scores.tobytes() == want_scores.tobytes(), text  # bit for bit: the same sums
    assert top_k(ids, scores, 10).tolist() == top_k(want_ids, want_scores, 10).tolist()


@CHECKS
@given(tree=trees)
def test_documents_first_equals_whole_lists_on_any_tree(index, way, tree):
    ev, ref, _state = evaluators(index)
    ids, scores = ev.run(tree)
    want_ids, want_scores = ref.run(tree)
    assert ids.tolist() == want_ids.tolist(), tree
    assert scores.tobytes() == want_scores.tobytes(), tree


@CHECKS
@given(words=run_of_words(), field=st.sampled_from(["title", "body"]))
def test_phrase_documents_equal_whooshs(index, words, field):
    ev, _ref, _state = evaluators(index)
    analysed = [t.text for t in index.schema[field].analyzer(" ".join(words))]
    if len(analysed) < 2:
        return
    q = wq.Phrase(field, analysed)
    got = ev.p.phrase_docs(field, ev.pair_fields.get(field), analysed)
    assert got.tolist() == sorted(ev.searcher.docs_for_query(q))


@CHECKS
@given(text=word, field=st.sampled_from(["title", "body"]), boost=st.sampled_from([1.0, 2.0, 0.5]), data=st.data())
def test_bm25_at_equals_bm25_of_the_whole_list(index, text, field, boost, data):
    p: Postings = index._searcher()._searchidx.postings
    term = index.schema[field].analyzer(text).__next__().text
    ids, scores = p.bm25(field, term, boost)
    if not len(ids):
        return
    picked = np.array(sorted(data.draw(st.sets(st.sampled_from(ids.tolist()), min_size=1))), dtype=np.int64)
    want = scores[np.searchsorted(ids, picked)]
    assert p.bm25_at(field, term, picked, boost).tobytes() == want.tobytes()


@CHECKS
@given(words=st.lists(word, min_size=1, max_size=4), field=st.sampled_from(["title", "body"]), boost=boost)
def test_bm25_sum_equals_whole_list_scores_added_in_order(index, words, field, boost):
    p: Postings = index._searcher()._searchidx.postings
    terms = stems(words)
    docs = p.ids_weights(field, terms[0])[0]
    for t in terms[1:]:
        docs = np.intersect1d(docs, p.ids_weights(field, t)[0])
    want = np.zeros(len(docs))
    for t in terms:
        ids, scores = p.bm25(field, t, boost)
        want += scores[np.searchsorted(ids, docs)]
    assert p.bm25_sum(field, terms, docs, boost).tobytes() == want.tobytes()
