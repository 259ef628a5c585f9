"""Did you mean: corrections come from the index's own terms, most frequent wins."""

import orjson
import pytest

from searchidx import Index
from searchidx.suggest import distance, suggest


@pytest.mark.parametrize(
    "typed, expected",
    [
        ("ukrane", "ukraine"),
        ("Ukrane", "Ukraine"),  # the case as typed
        ("goverment", "government"),
        ("trops", "troops"),
        ("pentagn", "pentagon"),
        ("sanctoins", "sanctions"),  # a transposition is one edit
    ],
)
def test_a_word_the_index_lacks_becomes_its_closest_frequent_word(corpus_index, typed, expected):
    assert suggest(corpus_index, typed) == expected


@pytest.mark.parametrize("query", ["ukraine", "north korean troops", "Kursk", "*", "nato", "troops AND kyiv"])
def test_words_the_index_holds_get_no_suggestion(corpus_index, query):
    assert suggest(corpus_index, query) is None


def test_the_rest_of_the_query_is_kept_as_typed(corpus_index):
    q = 'speaker:"Gordon Preston" AND (ukrane OR kyiv) date:[2024-10 TO 2024-12]'
    assert suggest(corpus_index, q) == 'speaker:"Gordon Preston" AND (ukraine OR kyiv) date:[2024-10 TO 2024-12]'
    assert suggest(corpus_index, '"north koren troops"~2 NOT trops') == '"north korean troops"~2 NOT troops'
    assert suggest(corpus_index, "title:ukrane") == "title:ukraine"
    assert suggest(corpus_index, "ukrane^2 troops") == "ukraine^2 troops"  # the boost stays


@pytest.mark.parametrize(
    "query",
    [
        "speaker:Austn",  # speaker and place values get their own suggestions (Result.matches)
        "place:(Kyivv OR Kursk)",
        "source:wirre",
        "ukrane*",
        "ukrane~1",  # wildcards and fuzzy terms stay as typed
        "troops AND (",  # a query that does not parse: the search reports it
        "",
        "   ",
        "zz",
        "12345",
    ],
)
def test_what_is_not_corrected(corpus_index, query):
    assert suggest(corpus_index, query) is None


def test_no_suggestion_when_nothing_is_close(corpus_index):
    assert suggest(corpus_index, "zyzzyva") is None


def _index_of(tmp_path, bodies):
    path = tmp_path / "records.jsonl"
    path.write_text(
        "".join(
            orjson.dumps({"id": f"r{i}", "title": f"Record {i}", "body": body, "date": "2024-05-01"}).decode() + "\n"
            for i, body in enumerate(bodies)
        ),
        encoding="utf-8",
    )
    ix = Index.create(tmp_path / "ix")
    report = ix.add_paths([str(path)], procs=1)
    assert report.errors == []
    return ix


def test_a_rare_word_is_corrected_only_to_a_far_more_frequent_one(tmp_path):
    bodies = ["The war in Ukraine went on through the winter months."] * 25
    bodies += [
        "A typo: Ukrane appears once here.",
        "Kishida met officials in Tokyo on Monday.",
        "Kishidaa is not a name anyone writes twice.",
    ]
    with _index_of(tmp_path, bodies) as ix:
        assert suggest(ix, "ukrane") == "ukraine"  # 1 document against 25
        assert suggest(ix, "kishida") is None  # rare, but nothing far more frequent is near
        assert suggest(ix, "winter") is None


def test_most_frequent_candidate_wins(tmp_path):
    bodies = ["The troops moved north."] * 6 + ["The tripe was served cold."] * 2
    with _index_of(tmp_path, bodies) as ix:
        assert suggest(ix, "trope") == "troops"  # troop (6) beats tripe (2), both one edit away


def test_distance():
    assert distance("ukran", "ukrain") == 1
    assert distance("sanctoins", "sanctions") == 1  # transposition
    assert distance("abc", "abc") == 0
    assert distance("kitten", "sitting", limit=5) == 3
    assert distance("kitten", "sitting", limit=2) == 3  # above the limit: limit + 1
    assert distance("a", "abcdef", limit=2) == 3


def _reference_correct(vocab, stem: str):
    """Every candidate scored, as the first version did: the pruned scan must pick the same."""
    from searchidx.suggest import RARE_DF, RARE_RATIO

    have = vocab.df.get(stem, 0)
    if have >= RARE_DF:
        return None
    maxdist = 1 if (have or len(stem) <= 4) else 2
    best_key = None
    for length in range(len(stem) - maxdist, len(stem) + maxdist + 1):
        for term in vocab._buckets.get((stem[0], length), ()):
            if term == stem:
                continue
            d = distance(stem, term, maxdist)
            n = vocab.df[term]
            if d > maxdist or (have and n < have * RARE_RATIO):
                continue
            key = (-n, d, term)
            if best_key is None or key < best_key:
                best_key = key
    return None if best_key is None else best_key[2]


def test_the_pruned_candidate_scan_picks_what_scoring_every_candidate_picks(corpus_index):
    import random

    from searchidx.schema import F
    from searchidx.suggest import _vocabulary

    searcher = corpus_index._searcher()
    vocab = _vocabulary(searcher, corpus_index.schema[F.BODY].analyzer)
    rng = random.Random(11)
    terms = sorted(t for t in vocab.df if t.isalpha() and len(t) > 3)
    checked = 0
    for term in rng.sample(terms, 150):
        for typo in {term[:i] + term[i + 1 :] for i in range(1, len(term))} | {term + "x", term[:-1] + "q"}:
            stem = vocab._stem(typo)
            want = _reference_correct(vocab, stem)
            # correct() gives the winning term as texts write it, or None when that is the typo.
            expected = None if want is None else vocab.surface(want, searcher)
            if expected is not None and expected.lower() == typo.lower():
                expected = None
            assert vocab.correct(typo, searcher) == expected, typo
            checked += 1
    assert checked > 500


def test_rareness_from_the_posting_arrays_equals_whooshs_counts(corpus_index):
    """``_rare`` reads document frequencies from the posting arrays; they must be Whoosh's."""
    from searchidx.schema import F
    from searchidx.suggest import TEXT_FIELDS

    s = corpus_index._searcher()
    reader = s.reader()
    words = {w.decode("utf-8") for f in TEXT_FIELDS for w in reader.lexicon(f)}
    for word in sorted(words)[::7] + ["zzzq", "ukrane"]:
        for field in TEXT_FIELDS:
            assert s._searchidx.postings.doc_frequency(field, word) == reader.doc_frequency(field, word), (field, word)
    assert F.BODY in TEXT_FIELDS
