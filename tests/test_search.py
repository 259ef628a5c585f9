from datetime import datetime

import pytest

from searchidx.errors import InvalidArgumentError, QuerySyntaxError
from searchidx.records import Record

A = "corpus/articles/"
NK_TROOPS = sorted(
    A + f
    for f in (
        "2024-10-18-north-korean-troops-russia-seoul.txt",
        "2024-10-24-preston-rome-north-korean-troops.txt",
        "2024-11-06-kursk-first-clash-north-korean-troops.txt",
        "2024-11-19-thousand-days-of-war.md",
        "2024-12-04-chae-martial-law-seoul.txt",
        "2024-12-17-corrigan-north-korean-casualties-kursk.txt",
    )
)


def ids(res):
    return sorted(h.id for h in res.hits)


def test_exact_phrase_finds_exactly_the_articles_containing_it(corpus_index):
    res = corpus_index.search('"North Korean troops"', limit=50)
    assert res.total == 6 and ids(res) == NK_TROOPS


def test_words_match_stems_in_title_and_body(corpus_index):
    assert corpus_index.search("troop").total == corpus_index.search("troops").total > 6


def test_star_matches_every_article_never_quotes(corpus_index):
    res = corpus_index.search("*", limit=100)
    assert res.total == 43 == len(res.hits)
    assert not any("#q" in h.id for h in res.hits)


def test_boolean_operators_and_grouping(corpus_index):
    both = corpus_index.search('"North Korean troops" AND kursk', limit=50).total
    without = corpus_index.search('"North Korean troops" AND NOT kursk', limit=50).total
    assert both + without == 6 and both > 0 and without > 0
    either = corpus_index.search("(imahara OR ridgeway) AND tokyo", limit=50)
    assert either.total == len(
        {
            *ids(corpus_index.search("imahara AND tokyo", limit=50)),
            *ids(corpus_index.search("ridgeway AND tokyo", limit=50)),
        }
    )


def test_star_and_terms_is_not_everything(corpus_index):
    # Whoosh's normalize() turns And(Every, x) into Every; ours must not.
    assert corpus_index.search("* AND kursk").total == corpus_index.search("kursk").total < 43


def test_speaker_and_place_fields_are_case_insensitive_and_take_surnames(corpus_index):
    exact = corpus_index.search('speaker:"Gordon Preston"', limit=50)
    assert exact.total >= 3
    assert ids(corpus_index.search('speaker:"gordon preston"', limit=50)) == ids(exact)
    assert ids(corpus_index.search("*", speaker="preston", limit=50)) == ids(exact)
    assert all("Gordon Preston" in h.speakers for h in exact.hits)
    assert corpus_index.search("place:kursk").total == corpus_index.search('place:"Kursk"').total > 0


def test_filters_speaker_place_and_date_range(corpus_index):
    res = corpus_index.search("ukraine", speaker="Gordon Preston", since="2024-10-01", until="2024-10-31", limit=50)
    assert res.total >= 3
    for h in res.hits:
        assert datetime(2024, 10, 1) <= h.date <= datetime(2024, 10, 31) and "Gordon Preston" in h.speakers
    month = corpus_index.search("ukraine", speaker="Gordon Preston", since="2024-10", until="2024-10", limit=50)
    assert ids(month) == ids(res)
    in_query = corpus_index.search('ukraine speaker:"Gordon Preston" date:[2024-10-01 TO 2024-10-31]', limit=50)
    assert ids(in_query) == ids(res)


def test_repeated_filters_must_all_match(corpus_index):
    kyiv = set(ids(corpus_index.search("*", place="Kyiv", limit=100)))
    moscow = set(ids(corpus_index.search("*", place="Moscow", limit=100)))
    both = set(ids(corpus_index.search("*", place=["Kyiv", "Moscow"], limit=100)))
    assert both == kyiv & moscow and both


def test_unknown_speaker_matches_nothing(corpus_index):
    res = corpus_index.search("*", speaker="Nobody Atall")
    assert res.total == 0 and res.to_dict()["matched"] == {"speaker": {"Nobody Atall": []}}


@pytest.mark.parametrize("typed", ["Preston", "Mr Preston", "GORDON PRESTON", "Secretary Preston", "gordon"])
def test_a_speaker_is_found_by_surname_title_or_any_case(corpus_index, typed):
    exact = corpus_index.search("*", speaker="Gordon Preston", limit=50)
    res = corpus_index.search("*", speaker=typed, limit=50)
    assert ids(res) == ids(exact) and res.total >= 3
    assert res.matches[0].names[0] == "Gordon Preston"


@pytest.mark.parametrize("typed", ["US", "U.S.", "USA", "America", "American", "United States of America"])
def test_place_aliases_find_what_extraction_stored(corpus_index, typed):
    stored = corpus_index.search("*", place="United States", limit=100)
    res = corpus_index.search("*", place=typed, limit=100)
    assert stored.total > 0 and ids(res) == ids(stored)
    assert corpus_index.search(f'place:"{typed}"', limit=100).total == stored.total


def test_sort_by_date_newest_first_and_paging(corpus_index):
    all_dates = [h.date for h in corpus_index.search("*", sort="date", limit=100).hits]
    assert all_dates == sorted(all_dates, reverse=True)
    page2 = corpus_index.search("*", sort="date", limit=5, offset=5)
    assert [h.date for h in page2.hits] == all_dates[5:10] and page2.total == 43


def test_facets_count_all_matches_not_just_the_page(corpus_index):
    res = corpus_index.search('"North Korean troops"', facets=("place", "month", "year"), limit=1)
    assert len(res.hits) == 1 and res.total == 6
    places = dict(res.facets["place"])
    assert places["North Korea"] == 6
    assert res.facets["month"] == [("2024-10", 2), ("2024-11", 2), ("2024-12", 2)]
    assert res.facets["year"] == [("2024", 6)]


def test_facet_counts_a_multi_valued_field_once_per_value_and_truncates(empty_index):
    recs = [
        Record(
            id=f"r{n}",
            path=f"r{n}",
            title="t",
            body="harbour news",
            date=datetime(2024, 1 + n, 1),
            meta={"speaker": names, "place": ["Oslo"]},
        )
        for n, names in enumerate([["Ana B", "Cy D"], ["Ana B"], ["Ed F", "Ana B", "Cy D"]])
    ]
    empty_index.add_records(recs)
    res = empty_index.search("harbour", facets=("speaker", "month"), facet_limit=2)
    assert res.facets["speaker"] == [("Ana B", 3), ("Cy D", 2)]
    assert res.facets.truncated == {"speaker": True, "month": True}
    assert res.facets["month"] == [("2024-02", 1), ("2024-03", 1)]
    assert empty_index.search("harbour", facets=("speaker",)).facets.truncated == {"speaker": False}


def test_snippets_mark_the_matched_words(corpus_index):
    hit = corpus_index.search('"North Korean troops"').hits[0]
    assert "<mark>North</mark> <mark>Korean</mark> <mark>troops</mark>" in hit.snippet


def test_quotes_are_searchable_with_speaker_date_and_article(corpus_index):
    res = corpus_index.quotes("ukraine", speaker="Gordon Preston", since="2024-10", until="2024-10", limit=20)
    assert res.total >= 3
    for q in res.hits:
        assert q.speaker == "Gordon Preston" and q.date.year == 2024 and q.date.month == 10
        assert q.article_id.startswith(A) and q.title
        assert "ukrain" in q.text.lower()


@pytest.mark.parametrize(
    "bad",
    [
        "a) b",
        '"unbalanced (',
        "sea AND (",
        "date:[2024 TO",
        "title:",
        "kind:article",
        "date:[2024-10-31 TO 2024-10-01]",
        "",
    ],
)
def test_malformed_queries_raise_never_search_partially(corpus_index, bad):
    with pytest.raises(QuerySyntaxError) as info:
        corpus_index.search(bad)
    assert repr(bad) in str(info.value)


@pytest.mark.parametrize(
    "kwargs",
    [
        dict(sort="size"),
        dict(facets=("colour",)),
        dict(since="last week"),
        dict(since="2024-11-01", until="2024-10-01"),
        dict(limit=-1),
    ],
)
def test_bad_search_options_raise_typed_errors(corpus_index, kwargs):
    with pytest.raises(InvalidArgumentError):
        corpus_index.search("ukraine", **kwargs)
