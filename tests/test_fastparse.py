"""The fast parser must build exactly the tree Whoosh's parser builds, or decline."""

import json
from pathlib import Path

import pytest
from whoosh.qparser import MultifieldParser, QueryParser

from searchidx.fastparse import fast_parse
from searchidx.schema import load_spec

SPEC = load_spec("news")
SCHEMA = SPEC.to_whoosh()
FIELDS = SPEC.search_fields
BOOSTS = SPEC.field_boosts()
PARSER = MultifieldParser(list(FIELDS), SCHEMA, fieldboosts=BOOSTS)

HANDMADE = [
    "troops",
    "Troops",
    "running",
    "12000",
    "north_korea",
    '"north korean troops"',
    '"north korean"~3',
    '"troops"',
    '"Running Troops in Kursk"~12',
    "oil gold",
    "oil AND gold",
    "oil AND gold AND tin",
    "oil OR gold",
    "oil OR gold OR tin",
    'oil OR "gold mine" OR tin',
    '"x y" AND z',
    '"a b"~2 "c d"',
    "and or",
    "oil and gold",
    "the",
    "a",
    "ünïcode wörds",
    "straße",
    "東京",
    "x1 y2 z3",
]
DECLINED = [
    "oil AND gold OR tin",
    "NOT oil",
    "oil NOT gold",
    "oil ANDNOT gold",
    "(oil OR gold)",
    "title:oil",
    "oil^2",
    "oil*",
    "U.S.",
    "U.S.-Japan",
    "12,000",
    '"a b"~0',
    "AND oil",
    "oil AND",
    "oil OR OR gold",
    "date:[2024 TO 2025]",
    '"unterminated',
    "oil~2",
    "'single quoted'",
    '"-"',
    "-",
    "oil  AND  ",
    "",
]


def whoosh_tree(text):
    return PARSER.parse(text, normalize=False)


@pytest.mark.parametrize("text", HANDMADE)
def test_supported_shapes_equal_whoosh(text):
    fast = fast_parse(text, SCHEMA, FIELDS, BOOSTS)
    assert fast is not None, text
    assert fast == whoosh_tree(text) and repr(fast) == repr(whoosh_tree(text))


@pytest.mark.parametrize("text", DECLINED)
def test_other_shapes_are_left_to_whoosh(text):
    assert fast_parse(text, SCHEMA, FIELDS, BOOSTS) is None


def test_every_benchmark_query_equals_whoosh_or_is_declined():
    path = Path(__file__).resolve().parents[1] / "benchmarks" / "latency" / "queries" / "reuters-v1.json"
    from benchmarks.latency.engines import whoosh_query

    texts = {whoosh_query(q) for q in json.loads(path.read_text(encoding="utf-8"))["queries"]}
    taken = 0
    for text in sorted(texts):
        fast = fast_parse(text, SCHEMA, FIELDS, BOOSTS)
        if fast is not None:
            taken += 1
            assert repr(fast) == repr(whoosh_tree(text)), text
    assert taken > 0.9 * len(texts)


@pytest.mark.parametrize("text", HANDMADE + DECLINED)
def test_a_single_field_equals_whooshs_single_field_parser(text):
    # quotes() searches the body alone: its words must not go through Whoosh's parser either.
    fast = fast_parse(text, SCHEMA, ("body",), BOOSTS)
    if text in HANDMADE:
        expected = QueryParser("body", SCHEMA).parse(text, normalize=False)
        assert fast is not None and fast == expected and repr(fast) == repr(expected)
    else:
        assert fast is None


def test_a_long_word_is_parsed_here_not_by_whoosh():
    word = "a" * 4000
    assert fast_parse(word, SCHEMA, ("body",), BOOSTS) is not None
    assert fast_parse(word, SCHEMA, FIELDS, BOOSTS) is not None


def test_fields_other_than_text_are_left_to_whoosh():
    assert fast_parse("austin", SCHEMA, ("body", "speaker"), BOOSTS) is None
