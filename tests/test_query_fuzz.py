"""Fuzzing: any query text and any options end in a result or a ``SearchIdxError``, never
another exception; on the command line, in exit code 0, 1 or 2 with a one-line error.

Queries come from the query grammar (terms, wildcards, phrases, literals, ranges, fields,
operators, groups), from raw hostile text, and from a few huge shapes (100,000-character
words, 1,000-deep nesting, long wildcard chains, open ranges). Hypothesis runs a bounded,
derandomized set of examples and writes no example database. Every input that ever failed
is kept in ``tests/data/query_regressions.txt`` (JSON lines) and replayed here.

``benchmarks/reliability/queries.py`` runs 10,000 of these against Reuters-21578.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from searchidx.cli import cli
from searchidx.engine.evaluate import Unsupported
from searchidx.errors import SearchIdxError
from searchidx.records import Record

REGRESSIONS = Path(__file__).parent / "data" / "query_regressions.txt"

FUZZ = settings(
    derandomize=True,
    database=None,
    deadline=None,
    max_examples=120,
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.filter_too_much,
    ],
)

# -- the query grammar, hostile on purpose -------------------------------------------------

WORDS = [
    "troops",
    "ukraine",
    "north",
    "korean",
    "kursk",
    "preston",
    "the",
    "said",
    "nato",
    "a",
    "z",
    "U.S.",
    "war's",
    "co-op",
    "12,000",
    "10:30",
    "AND",
    "OR",
    "NOT",
    "TO",
    "to",
    "and",
    "é",
    "Ωmega",
    "日本",
    "ß",
    "İstanbul",
    "x\u200by",
    "\u0301",
    "“quote”",
    "‘x’",
]
FIELDS = [
    "title",
    "body",
    "speaker",
    "place",
    "date",
    "author",
    "source",
    "id",
    "kind",
    "hit",
    "path",
    "titel",
    "*",
    "_stored",
    "url",
    "body__pairs",
]
DATES = ["2024", "2024-10", "2024-10-01", "20241001", "1987", "2024-13", "bogus", "", " ", "0000", "9999"]
HOSTILE = list(":\"'()[]{}*?~^\\/!+-&|<>=@#$%,.; \t\n") + [
    "“",
    "”",
    "‘",
    "’",
    "«",
    "»",
    "\x00",
    "\u3000",
    "TO",
    "AND",
    "OR",
    "NOT",
    "a",
    "b",
    "1",
]

word = st.one_of(
    st.sampled_from(WORDS),
    st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=8),
    st.lists(st.sampled_from(HOSTILE), min_size=1, max_size=4).map("".join),
)
suffix = st.sampled_from(["", "", "", "*", "?", "~", "~2", "^2", "^0.5", "^", "^x", "*:*", ":"])
prefix = st.sampled_from(["", "", "", "*", "?", "-", "+", "'"])
term = st.builds(lambda p, w, s: p + w + s, prefix, word, suffix)
phrase = st.builds(
    lambda ws, slop: '"' + " ".join(ws) + '"' + slop,
    st.lists(word, max_size=5),
    st.sampled_from(["", "", "~1", "~3", "~40", "~0", "~"]),
)
literal = st.builds(lambda ws: "'" + " ".join(ws) + "'", st.lists(word, max_size=3))
bound = st.one_of(st.sampled_from(DATES), word, st.just(""), st.just("''"))
ranges = st.builds(
    lambda o, lo, sep, hi, c: o + lo + sep + hi + c,
    st.sampled_from("[{"),
    bound,
    st.sampled_from([" TO ", "TO", " TO", "TO ", " to ", "  TO  "]),
    bound,
    st.sampled_from("]}"),
)
leaf = st.one_of(
    term,
    term,
    phrase,
    literal,
    ranges,
    st.builds(
        lambda f, v: f + ":" + v, st.sampled_from(FIELDS), st.one_of(term, phrase, ranges, st.sampled_from(DATES))
    ),
)
OPERATORS = ["AND", "OR", "ANDNOT", "ANDMAYBE", "REQUIRE", "NOT", "", "and"]


def _compound(inner):
    return st.one_of(
        st.builds(lambda q, boost: f"({q}){boost}", inner, st.sampled_from(["", "", "^2"])),
        st.builds(lambda q: "NOT " + q, inner),
        st.builds(lambda a, op, b: f"{a} {op} {b}", inner, st.sampled_from(OPERATORS), inner),
        st.builds(lambda f, q: f"{f}:({q})", st.sampled_from(FIELDS), inner),
    )


grammar = st.recursive(leaf, _compound, max_leaves=10)
raw = st.one_of(st.lists(st.sampled_from(HOSTILE), max_size=40).map("".join), st.text(max_size=20))
huge = st.one_of(
    st.builds(lambda n, c: c * n, st.sampled_from([5_000, 30_000, 100_000]), st.sampled_from(["a", "a.", "[a", "a'"])),
    st.builds(lambda n: "(" * n + "a" + ")" * n, st.sampled_from([33, 300, 1000])),
    st.builds(lambda n: "NOT (" * n + "a" + ")" * n, st.sampled_from([40, 1000])),
    st.builds(
        lambda cs: " OR ".join(c + "*" for c in cs),
        st.lists(st.sampled_from("abcdefghijklmnopqrstuvwxyz"), min_size=2, max_size=400),
    ),
    st.builds(
        lambda f, lo: f"{f}:[{lo} TO]",
        st.sampled_from(["title", "body", "speaker", "place", "date"]),
        st.sampled_from(["a", "2024", "", "m"]),
    ),
    st.builds(lambda n: " ".join(["kursk"] * n), st.sampled_from([500, 680])),
)
queries = st.one_of(grammar, grammar, grammar, raw, huge)

# -- options, valid and not ----------------------------------------------------------------

ANY = [None, -1, 0, 1, 10, 10**9, "10", 1.5, True, math.nan, [], b"x"]
option = st.one_of(
    st.tuples(st.just("limit"), st.sampled_from(ANY)),
    st.tuples(st.just("offset"), st.sampled_from(ANY)),
    st.tuples(
        st.just("speaker"), st.sampled_from([None, "Preston", "Nobody Atall", ["Preston", "x"], 5, [5], "", b"x"])
    ),
    st.tuples(st.just("place"), st.sampled_from([None, "Kyiv", ["Kyiv"], 3, {"a": 1}])),
    st.tuples(st.just("since"), st.sampled_from([None, "2024", "2024-10", 2024, "bogus", "", "2024-13"])),
    st.tuples(st.just("until"), st.sampled_from([None, "1987", "2024-10-31", 5.5, "x"])),
    st.tuples(st.just("sort"), st.sampled_from(["date", "relevance", 5, None, "size"])),
    st.tuples(st.just("timeout"), st.sampled_from([None, 0, -1, 0.5, 5, "5", True, math.inf, math.nan])),
)
search_option = st.one_of(
    option,
    st.tuples(
        st.just("facets"), st.sampled_from([("speaker",), "speaker", ("month", "year"), (5,), None, ("colour",)])
    ),
    st.tuples(st.just("facet_limit"), st.sampled_from([None, 0, 1, "3", True, 2.5])),
)


def _options(strategy):
    # No unbounded search in the fuzz tests: a search without a timeout gets a short one.
    return (
        st.lists(strategy, max_size=3)
        .map(dict)
        .map(
            lambda o: o if o.get("timeout", 1) is not None and o.get("timeout") is not math.inf else {**o, "timeout": 5}
        )
    )


def _only_typed_errors(call, query, options):
    try:
        call(query, **options)
    except SearchIdxError as exc:
        message = str(exc)
        assert "\n" not in message and len(message) < 400, message


def _whoosh_only(ix, monkeypatch):
    def refuse(q, budget=None):
        raise Unsupported("fuzz: Whoosh's path")

    monkeypatch.setattr(ix._searcher()._searchidx.evaluator, "run", refuse)


# -- library: the shipped corpus, both paths, and a small index -------------------------------


@FUZZ
@given(query=queries, options=_options(search_option))
def test_search_raises_only_searchidx_errors(corpus_index, query, options):
    _only_typed_errors(corpus_index.search, query, options)


@settings(FUZZ, max_examples=60)
@given(query=queries, options=_options(option))
def test_quotes_raise_only_searchidx_errors(corpus_index, query, options):
    _only_typed_errors(corpus_index.quotes, query, options)


@settings(FUZZ, max_examples=60)
@given(query=st.one_of(grammar, raw), options=_options(search_option))
def test_whooshs_path_raises_only_searchidx_errors(corpus_index, monkeypatch, query, options):
    _whoosh_only(corpus_index, monkeypatch)
    _only_typed_errors(corpus_index.search, query, options)
    options = {k: v for k, v in options.items() if k not in ("facets", "facet_limit")}
    _only_typed_errors(corpus_index.quotes, query, options)


@pytest.fixture(scope="module")
def small_index_dir(tmp_path_factory):
    from searchidx import Index

    path = tmp_path_factory.mktemp("fuzz-ix") / "ix"
    with Index.create(path) as ix:
        ix.add_records(
            [
                Record(
                    id=f"r{n}",
                    path=f"r{n}",
                    title=f"t{n} harbour",
                    body=body,
                    meta={"speaker": ["Ana B"], "place": ["Oslo"]},
                )
                for n, body in enumerate(["harbour strike", "“quoted” words: a-b c.d", "", "ß İ 日本 \u0301"])
            ]
        )
    return path


@settings(FUZZ, max_examples=50)
@given(query=queries, options=_options(search_option))
def test_a_small_index_raises_only_searchidx_errors(small_index_dir, query, options):
    from searchidx import Index

    with Index.open(small_index_dir) as ix:
        _only_typed_errors(ix.search, query, options)


# -- the command line ---------------------------------------------------------------------

cli_option = st.one_of(
    st.tuples(st.just("--limit"), st.sampled_from(["0", "1", "-1", "x", "10"])),
    st.tuples(st.just("--offset"), st.sampled_from(["0", "5", "-2", "1.5"])),
    st.tuples(st.just("--speaker"), st.sampled_from(["Preston", "Nobody Atall", ""])),
    st.tuples(st.just("--since"), st.sampled_from(["2024", "bogus", "2024-13", ""])),
    st.tuples(st.just("--timeout"), st.sampled_from(["5", "0", "-1", "nan", "inf", "x", "0.5"])),
    st.tuples(st.just("--sort"), st.sampled_from(["date", "size"])),
)


def _cli_ok(args):
    result = CliRunner().invoke(cli, args)
    assert result.exit_code in (0, 1, 2), (args, result.output)
    assert result.exception is None or isinstance(result.exception, SystemExit), (args, result.exception)
    assert "Traceback" not in result.output
    if result.exit_code == 1:
        lines = result.output.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("Error: "), result.output


@settings(FUZZ, max_examples=30)
@given(command=st.sampled_from(["search", "quotes"]), query=queries, options=st.lists(cli_option, max_size=2))
def test_the_command_line_exits_0_1_or_2_with_one_line(corpus_index_dir, command, query, options):
    args = [command, query, "--index", str(corpus_index_dir)]
    for name, value in options:
        args += [name, value]
    _cli_ok(args)


# -- every input that ever failed ------------------------------------------------------------


def _decode(value):
    """JSON has no nan, bytes or tuples: {"$float": "nan"}, {"$bytes": "x"}, {"$tuple": [...]}."""
    if isinstance(value, dict) and len(value) == 1:
        ((key, inner),) = value.items()
        if key == "$float":
            return float(inner)
        if key == "$bytes":
            return inner.encode()
        if key == "$tuple":
            return tuple(_decode(v) for v in inner)
    if isinstance(value, list):
        return [_decode(v) for v in value]
    return value


def _regressions():
    cases = []
    for n, line in enumerate(REGRESSIONS.read_text(encoding="utf-8").splitlines(), start=1):
        if line.strip() and not line.startswith("#"):
            cases.append(pytest.param(json.loads(line), id=f"line{n}"))
    return cases


@pytest.mark.parametrize("case", _regressions())
def test_every_input_that_ever_failed(corpus_index, corpus_index_dir, monkeypatch, case):
    query = case["query"]
    if "repeat" in case:
        query = query * case["repeat"]
    options = {k: _decode(v) for k, v in case.get("options", {}).items()}
    if case.get("cli"):
        _cli_ok([case.get("call", "search"), query, "--index", str(corpus_index_dir), *case["cli"]])
        return
    if case.get("path") == "whoosh":
        _whoosh_only(corpus_index, monkeypatch)
    call = corpus_index.quotes if case.get("call") == "quotes" else corpus_index.search
    try:
        call(query, **options)
    except SearchIdxError as exc:
        expected = case.get("error")
        assert expected is None or type(exc).__name__ == expected, (type(exc).__name__, str(exc))
        assert "\n" not in str(exc) and len(str(exc)) < 400
    else:
        assert case.get("error") in (None, "none"), f"expected {case.get('error')}"


def test_the_regression_file_is_replayed_whole():
    # A line that does not parse would silently drop out of the parametrised replay.
    lines = [
        line
        for line in REGRESSIONS.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    assert len(lines) == len(_regressions()) >= 40
