"""Hostile queries: documented limits, the time budget, argument checks and limit=0.

Each limit is tested at the limit (a query that must work) and one past it (refused with
the typed error), on the array evaluator and on Whoosh's own search where both apply.
Time is never measured here: the budget is tested with a clock that the test moves.
"""

from __future__ import annotations

import itertools
import math
import sys
from contextlib import contextmanager
from datetime import date, datetime, timedelta, timezone

import numpy as np
import pytest
from click.testing import CliRunner
from whoosh import query as wq

from searchidx import querylimits
from searchidx.cli import cli
from searchidx.engine import matching
from searchidx.engine.evaluate import Unsupported
from searchidx.errors import InvalidArgumentError, QueryLimitError, QuerySyntaxError, SearchTimeoutError
from searchidx.querylimits import MAX_DEPTH, MAX_EXPANDED_TERMS, MAX_QUERY_CHARS, Budget, TimedMatcher
from searchidx.records import Record


@pytest.fixture(params=["arrays", "whoosh"])
def path(request, corpus_index, monkeypatch):
    """Run the test once on the array evaluator and once on Whoosh's fallback search."""
    if request.param == "whoosh":

        def refuse(q, budget=None):
            raise Unsupported("test: Whoosh's path")

        monkeypatch.setattr(corpus_index._searcher()._searchidx.evaluator, "run", refuse)
    return request.param


def ids(res):
    return sorted(h.id for h in res.hits)


@contextmanager
def recursion_limit(n):
    old = sys.getrecursionlimit()
    sys.setrecursionlimit(n)
    try:
        yield
    finally:
        sys.setrecursionlimit(old)


# -- nesting depth ---------------------------------------------------------------------


def nested(depth, inner="kursk"):
    return "(" * depth + inner + ")" * depth


def test_groups_nested_to_the_limit_search_on_both_paths(corpus_index, path):
    assert corpus_index.search(nested(MAX_DEPTH)).total == corpus_index.search("kursk").total > 0
    assert corpus_index.quotes(nested(MAX_DEPTH - 1, "NOT (ukraine)")).total > 0


@pytest.mark.parametrize(
    "query",
    [
        nested(MAX_DEPTH + 1),
        nested(1000),
        "NOT (" * 400 + "a" + ")" * 400,
        "title:(" * 300 + "war" + ")" * 300,
        "(" * 4000,
    ],
)
def test_deeper_nesting_is_refused_before_any_recursion(corpus_index, query):
    # With a recursion limit a recursive parser would hit at once, the refusal must come first.
    with recursion_limit(120), pytest.raises(QueryLimitError) as info:
        corpus_index.search(query)
    assert f"nested more than {MAX_DEPTH} deep" in str(info.value)
    assert len(str(info.value)) < 200 and "…" in str(info.value)


# -- query length ----------------------------------------------------------------------


def test_a_query_of_the_maximum_length_is_searched(corpus_index):
    words = itertools.cycle(["troops", "kursk", "seoul", "ukraine"])
    query = ""
    while len(query) + 7 < MAX_QUERY_CHARS:
        query += next(words) + " OR "
    query = (query + "x" * MAX_QUERY_CHARS)[:MAX_QUERY_CHARS]
    assert len(query) == MAX_QUERY_CHARS
    assert corpus_index.search(query).total > 0


@pytest.mark.parametrize("size", [MAX_QUERY_CHARS + 1, 100_000])
def test_a_longer_query_is_refused_with_a_short_message(corpus_index, size):
    for call in (corpus_index.search, corpus_index.quotes):
        with pytest.raises(QueryLimitError) as info:
            call("a" * size)
        message = str(info.value)
        assert f"{size:,} characters long" in message and f"{MAX_QUERY_CHARS:,}" in message
        assert len(message) < 200 and "\n" not in message


def test_a_long_word_never_reaches_whooshs_parser(corpus_index, monkeypatch):
    """Whoosh's parser re-scans a word from each of its characters (quadratic: a 100,000
    character word took 33 s in quotes); plain words are parsed without it."""

    def no_whoosh_parser(fields):
        raise AssertionError(f"Whoosh's parser was used for {fields}")

    monkeypatch.setattr(corpus_index._compiler, "_parser", no_whoosh_parser)
    word = "a" * (MAX_QUERY_CHARS - 10)
    assert corpus_index.quotes(word).total == 0
    assert corpus_index.search(word).total == 0
    assert corpus_index.quotes(f'"{word[:2000]} troops"').total == 0


# -- ranges ----------------------------------------------------------------------------


def test_a_space_in_place_of_a_bound_is_an_open_range(corpus_index, path):
    assert ids(corpus_index.search("date:[ TO 2024-10]", limit=50)) == ids(
        corpus_index.search("date:[TO 2024-10]", limit=50)
    )
    assert corpus_index.search("date:{2024-11  TO }").total == corpus_index.search("date:{2024-11 TO}").total > 0


@pytest.mark.parametrize(
    "query, reason",
    [
        ("date:[TO]", "empty range"),
        ("[ TO ]", "empty range"),
        ("title:{TO}", "empty range"),
        ("title:['' TO war]", "empty range bound"),
        ("date:[2024 TO '']", "empty range bound"),
    ],
)
def test_empty_ranges_are_syntax_errors(corpus_index, query, reason):
    with pytest.raises(QuerySyntaxError) as info:
        corpus_index.search(query)
    assert reason in info.value.reason


@pytest.mark.parametrize("query", ["[a TO]", "title:[TO war]", "speaker:[a TO]", "place:{TO m]", "[ TO zebra]"])
def test_open_ranges_over_words_are_refused(corpus_index, path, query):
    with pytest.raises(QueryLimitError, match="needs both bounds"):
        corpus_index.search(query)


def test_closed_word_ranges_and_open_date_ranges_search(corpus_index, path):
    assert corpus_index.search("title:[north TO south]").total > 0
    assert corpus_index.search("date:[2024-11 TO]").total > 0


# -- wildcard and range expansion --------------------------------------------------------


@pytest.mark.parametrize("query", ["*roops", "?roops", "title:*orea", "*?", "speaker:*ustin"])
def test_leading_wildcards_are_refused(corpus_index, path, query):
    with pytest.raises(QueryLimitError, match="starts with"):
        corpus_index.search(query)


@pytest.mark.parametrize(
    "query", ["*", "title:*", "speaker:*", "place:*", "author:*", "* AND kursk", "kursk OR title:*"]
)
def test_a_lone_star_is_any_term_not_a_leading_wildcard(corpus_index, query):
    """Every(field) and the all-star wildcard: the arrays (field lengths) and Whoosh's
    union of every term's postings find the same documents."""
    s = corpus_index._searcher()
    state = s._searchidx
    from searchidx.query import conjoin, filters

    full = conjoin(corpus_index._compiler.parse(query, state.lexicon), filters("article", state.lexicon))
    arrays = state.evaluator.run(full)[0].tolist()
    assert arrays == sorted(s.docs_for_query(full)) and arrays


@pytest.fixture()
def wordy_index(empty_index):
    """One article holding 1,200 distinct words: 600 starting 'wa', 600 starting 'wb'."""
    words = [f"wa{n:04d}x" for n in range(600)] + [f"wb{n:04d}x" for n in range(600)]
    empty_index.add_records([Record(id="r1", path="r1", title="word list", body=" ".join(words))])
    return empty_index


def test_expansion_is_limited_per_query_not_per_wildcard(wordy_index, monkeypatch):
    assert wordy_index.search("wa*").total == 1 and wordy_index.search("wb*").total == 1
    assert wordy_index.quotes("wa*").total == 0
    with pytest.raises(QueryLimitError, match=f"more than {MAX_EXPANDED_TERMS:,} terms"):
        wordy_index.search("wa* OR wb*")
    with pytest.raises(QueryLimitError):
        wordy_index.search("[wa0000x TO wb0599x]")

    def refuse(q, budget=None):
        raise Unsupported("test")

    monkeypatch.setattr(wordy_index._searcher()._searchidx.evaluator, "run", refuse)
    assert wordy_index.search("wa*").total == 1
    with pytest.raises(QueryLimitError):
        wordy_index.search("wa* OR wb*")


def test_expansion_stops_at_the_first_term_past_the_limit():
    taken = []

    def endless(_field, _prefix):
        for n in itertools.count():
            if n > 12:
                raise AssertionError("kept listing terms past the limit")
            taken.append(n)
            yield f"t{n}".encode()

    class Reader:
        schema = {"body": object()}
        expand_prefix = staticmethod(endless)

        def indexed_field_names(self):
            return ["body"]

    budget = Budget("t*", timeout=None, max_terms=10)
    with pytest.raises(QueryLimitError):
        budget.expand(wq.Prefix("body", "t"), Reader())
    assert len(taken) == 11


# -- the time budget -------------------------------------------------------------------


@pytest.fixture()
def fast_clock(monkeypatch):
    """A monotonic clock that moves one second every time it is read."""
    ticks = itertools.count()
    monkeypatch.setattr(querylimits.time, "monotonic", lambda: float(next(ticks)))


@pytest.mark.parametrize(
    "query",
    ["kursk", '"north korean troops" AND seoul', "troo* OR nato", "ukraine OR NOT russia", "title:[north TO south]"],
)
def test_a_search_past_its_budget_stops_with_a_clear_error(corpus_index, path, fast_clock, query):
    for call, kwargs in ((corpus_index.search, {"facets": ("place",)}), (corpus_index.quotes, {})):
        with pytest.raises(SearchTimeoutError) as info:
            call(query, timeout=3, **kwargs)
        assert "time budget of 3 s" in str(info.value) and repr(query) in str(info.value)
        call(query, timeout=None, **kwargs)  # no budget: the same clock never stops it


def test_whooshs_matchers_look_at_the_clock_from_inside_a_step():
    """A 500-clause AND spent minutes inside one Whoosh matcher step; the leaves tick."""
    checks = []

    class CountingBudget(Budget):
        def check(self):
            checks.append(1)

    from whoosh.matching import ListMatcher

    m = TimedMatcher(ListMatcher(list(range(3 * querylimits.TICKS))), CountingBudget("q", None))
    while m.is_active():
        m.next()
    assert len(checks) >= 3
    assert isinstance(m.copy(), TimedMatcher) and isinstance(m.replace(0), (TimedMatcher, type(m.child)))


def test_the_whoosh_path_wraps_every_leaf_and_bounds_expansions(corpus_index):
    s = corpus_index._searcher()
    q = wq.And([wq.Or([wq.Term("body", "kursk"), wq.Prefix("body", "troo")]), wq.Not(wq.Term("body", "seoul"))])
    bounded = querylimits.bound_expansions(q, s.reader(), Budget("q", None))

    def untimed_leaves(node):
        if isinstance(node, querylimits.Timed):
            return []
        if node.is_leaf():
            return [node]
        return [leaf for child in node.children() for leaf in untimed_leaves(child)]

    assert untimed_leaves(bounded) == [] and untimed_leaves(q)
    assert sorted(s.docs_for_query(bounded)) == sorted(s.docs_for_query(q))


def test_the_default_budget_is_documented_and_applies(corpus_index):
    import inspect

    assert inspect.signature(corpus_index.search).parameters["timeout"].default == querylimits.DEFAULT_TIMEOUT
    assert inspect.signature(corpus_index.quotes).parameters["timeout"].default == querylimits.DEFAULT_TIMEOUT
    assert 1 <= querylimits.DEFAULT_TIMEOUT <= 60


# -- arguments ---------------------------------------------------------------------------

BAD_ARGUMENTS = [
    dict(limit="10"),
    dict(limit=True),
    dict(limit=1.5),
    dict(limit=None),
    dict(limit=-1),
    dict(offset="0"),
    dict(offset=float("nan")),
    dict(offset=-3),
    dict(speaker=5),
    dict(speaker=[5]),
    dict(speaker=b"preston"),
    dict(place={"Kyiv": 1}),
    dict(place=["Kyiv", None]),
    dict(since=2024),
    dict(until=5.5),
    dict(since=b"2024"),
    dict(since="last week"),
    dict(facets=(5,)),
    dict(facets=5),
    dict(facets=("colour",)),
    dict(sort=5),
    dict(sort="size"),
    dict(sort=None),
    dict(facet_limit="3"),
    dict(facet_limit=True),
    dict(facet_limit=0),
    dict(timeout=0),
    dict(timeout=-1),
    dict(timeout="5"),
    dict(timeout=True),
    dict(timeout=float("nan")),
    dict(timeout=[1]),
]


@pytest.mark.parametrize("kwargs", BAD_ARGUMENTS, ids=repr)
def test_bad_argument_types_and_values_raise_typed_errors(corpus_index, kwargs):
    with pytest.raises(InvalidArgumentError) as info:
        corpus_index.search("ukraine", **kwargs)
    assert "\n" not in str(info.value)
    quote_kwargs = {k: v for k, v in kwargs.items() if k not in ("facets", "facet_limit")}
    if quote_kwargs:
        with pytest.raises(InvalidArgumentError):
            corpus_index.quotes("ukraine", **quote_kwargs)


@pytest.mark.parametrize("query", [None, b"ukraine", 5, ["ukraine"]])
def test_a_query_must_be_a_str(corpus_index, query):
    with pytest.raises(InvalidArgumentError, match="query must be a str"):
        corpus_index.search(query)
    with pytest.raises(InvalidArgumentError):
        corpus_index.quotes(query)


def test_good_argument_forms_are_accepted(corpus_index):
    base = corpus_index.search("ukraine", speaker="Gordon Preston", since="2024-10", until="2024-10-31", limit=50)
    assert base.total > 0
    for kwargs in (
        dict(speaker=["Gordon Preston"]),
        dict(speaker=("Gordon Preston",)),
        dict(speaker=(s for s in ["Gordon Preston"])),
        dict(since=date(2024, 10, 1)),
        dict(since=datetime(2024, 10, 1)),
        dict(until=date(2024, 10, 31)),
        dict(since=datetime(2024, 10, 1, 2, tzinfo=timezone(timedelta(hours=2)))),
        dict(limit=np.int64(50)),
        dict(timeout=math.inf),
        dict(timeout=None),
        dict(timeout=30),
    ):
        options = dict(speaker="Gordon Preston", since="2024-10", until="2024-10-31", limit=50) | kwargs
        assert ids(corpus_index.search("ukraine", **options)) == ids(base), kwargs
    assert corpus_index.search("ukraine", facets="place").facets.keys() == {"place"}


# -- limit=0 and empty results -------------------------------------------------------------


@pytest.mark.parametrize(
    "filters", [{}, {"speaker": "Nobody Atall"}, {"place": "Atlantis"}, {"since": "1900", "until": "1901"}]
)
def test_limit_zero_gives_total_and_facets_without_hits(corpus_index, path, filters):
    full = corpus_index.search("ukraine", facets=("place", "month"), limit=50, **filters)
    zero = corpus_index.search("ukraine", facets=("place", "month"), limit=0, **filters)
    assert zero.hits == [] and zero.total == full.total and zero.facets == full.facets
    assert corpus_index.search("ukraine", limit=0, offset=10_000, **filters).hits == []
    quotes = corpus_index.quotes("ukraine", limit=0, **filters)
    assert quotes.hits == [] and quotes.total == corpus_index.quotes("ukraine", limit=500, **filters).total


def test_an_unknown_speaker_is_answered_by_the_arrays(corpus_index, monkeypatch):
    """NullQuery (an unknown --speaker) was never found by the evaluator (a name-mangled
    method) and sent every such search to Whoosh's slow path."""

    def no_fallback(*args, **kwargs):
        raise AssertionError("fell back to Whoosh")

    monkeypatch.setattr(matching, "whoosh_match", no_fallback)
    assert corpus_index.search("ukraine", speaker="Nobody Atall", facets=("place",)).total == 0
    state = corpus_index._searcher()._searchidx
    result = state.evaluator.run(wq.NullQuery)
    assert len(result[0]) == 0 and len(result[1]) == 0


# -- what Whoosh's parser would read differently --------------------------------------------


@pytest.mark.parametrize(
    "query, position", [("x-kind:quote", 2), ("“a”hit:x", 3), ("war,title:peace", 4), ("a.path:b", 2)]
)
def test_a_field_name_inside_a_word_is_a_syntax_error(corpus_index, query, position):
    with pytest.raises(QuerySyntaxError) as info:
        corpus_index.search(query)
    assert info.value.position == position and "inside a word" in info.value.reason


def test_a_literal_after_punctuation_groups_as_whoosh_reads_it(corpus_index, path):
    # Whoosh reads "'...'" after a non-word character as a literal, across parentheses: its
    # parser crashed (IndexError) on groups the validator had balanced the other way.
    with pytest.raises(QuerySyntaxError, match="unbalanced"):
        corpus_index.search('(NOT (NOT (,\'"k"))*\')"R"')
    assert corpus_index.search("(kursk,'north korean')").total >= 0


def test_a_quoted_id_is_the_whole_id_on_both_paths(corpus_index, path):
    one = corpus_index.search("*", limit=1).hits[0].id
    assert [h.id for h in corpus_index.search(f'id:"{one}"').hits] == [one]
    assert corpus_index.search('id:"no such id"').total == 0


# -- the command line ------------------------------------------------------------------------


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


def test_cli_limit_zero_and_timeout(corpus_index_dir):
    result = run(
        "search",
        "ukraine",
        "--index",
        corpus_index_dir,
        "--limit",
        "0",
        "--speaker",
        "Nobody Atall",
        "--facet",
        "place",
        "--json",
    )
    assert result.exit_code == 0 and '"total":0' in result.output, result.output
    result = run("quotes", "ukraine", "--index", corpus_index_dir, "--limit", "0", "--timeout", "30")
    assert result.exit_code == 0, result.output
    result = run("search", "ukraine", "--index", corpus_index_dir, "--timeout", "0")
    assert result.exit_code == 2 and "--timeout" in result.output


@pytest.mark.parametrize(
    "query, error",
    [
        (nested(1000), "nested more than"),
        ("a" * 100_000, "characters long"),
        ("*roops", "starts with"),
        ("date:[TO]", "empty range"),
    ],
)
def test_cli_hostile_queries_are_one_line_errors(corpus_index_dir, query, error):
    result = run("search", query, "--index", corpus_index_dir)
    assert result.exit_code == 1 and result.exception is None or isinstance(result.exception, SystemExit)
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: ") and error in lines[0], result.output
    assert len(lines[0]) < 300
