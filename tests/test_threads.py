"""Thread-per-request servers (Flask ``threaded=True``, ``http.server.ThreadingHTTPServer``):
every request on a new, short-lived thread, all sharing one ``Index``. None may fail, every
answer equals the one thread's answer, and the generation's posting arrays, facet columns
and lexicon are built once and shared, not rebuilt per thread (the ratio of a new thread's
first query to a warm one is measured in ``benchmarks/latency/threads.py``)."""

from __future__ import annotations

import threading

from searchidx import Index, Record

QUERIES = ['"north korean troops"', "ukraine", "troo*", "kursk OR pyongyang", 'speaker:"Gordon Preston"']


def _answer(ix: Index, q: str):
    res = ix.search(q, facets=["speaker", "place", "month"], limit=5)
    quotes = ix.quotes(q, limit=5)
    return (
        [(h.id, h.score, h.snippet) for h in res.hits],
        res.total,
        {k: (v.values, v.counts) if hasattr(v, "values") else v for k, v in res.facets.items()},
        [(q.article_id, q.text, q.title) for q in quotes.hits],
    )


def _in_threads(ix: Index, n: int, concurrent: int = 8) -> tuple[list, list, set]:
    """``n`` requests, each on a thread of its own, ``concurrent`` at a time."""
    answers: list = []
    errors: list = []
    generations: set = set()
    lock = threading.Lock()

    def request(k: int) -> None:
        try:
            q = QUERIES[k % len(QUERIES)]
            got = _answer(ix, q)
            gen = id(ix._searcher()._searchidx.generation)
            with lock:
                answers.append((q, got))
                generations.add(gen)
        except Exception as exc:  # noqa: BLE001 - every failure is reported below
            with lock:
                errors.append(f"{type(exc).__name__}: {exc}")

    for start in range(0, n, concurrent):
        threads = [threading.Thread(target=request, args=(k,)) for k in range(start, min(n, start + concurrent))]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    return answers, errors, generations


def test_hundreds_of_short_lived_threads_answer_as_one_thread_does(corpus_index_dir):
    with Index.open(corpus_index_dir) as ix:
        want = {q: _answer(ix, q) for q in QUERIES}
        answers, errors, generations = _in_threads(ix, 400)
    assert errors == []
    assert len(answers) == 400
    for q, got in answers:
        assert got == want[q], q
    # One generation, shared by all 400 threads' searchers.
    assert len(generations) == 1


def test_threads_see_a_commit_and_share_the_new_generation(tmp_path):
    with Index.create(tmp_path / "ix") as ix:
        ix.add_records([Record(id="a", path="", title="One", body="Harbour cranes stopped.")])
        _answers, errors, before = _in_threads(ix, 40)
        assert errors == [] and len(before) == 1
        ix.add_records([Record(id="b", path="", title="Two", body="Harbour cranes restarted.")])
        totals = []

        def count() -> None:
            totals.append(ix.search("harbour").total)

        threads = [threading.Thread(target=count) for _ in range(40)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert totals == [2] * 40
        _answers, errors, after = _in_threads(ix, 40)
        assert errors == [] and len(after) == 1 and after != before


def test_closing_the_index_closes_the_shared_generation(tmp_path):
    ix = Index.create(tmp_path / "ix")
    ix.add_records([Record(id="a", path="", title="One", body="Harbour cranes stopped.")])
    _in_threads(ix, 16)
    generation = ix._generation
    assert generation is not None and generation._postings is not None
    ix.close()
    assert generation._postings is None and ix._generation is None
