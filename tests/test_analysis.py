import pickle

from searchidx.analysis import plain_analyzer, stemming_analyzer
from searchidx.records import Record



def tokens(text, analyzer=None):
    return [t.text for t in (analyzer or stemming_analyzer())(text)]


def test_tokens_are_lower_case_snowball_stems():
    assert tokens("Troops were Running to the borders") == ["troop", "were", "run", "to", "the", "border"]


def test_abbreviations_and_numbers_stay_whole():
    assert tokens("U.S. and US sent 12,000 shells, 2.5 tonnes") == ["us", "and", "us", "sent", "12,000", "shell", "2.5", "tonn"]


def test_hyphenated_words_split_so_parts_are_searchable():
    assert tokens("Indo-Pacific co-belligerents") == ["indo", "pacif", "co", "belliger"]


def test_char_offsets_point_into_the_text():
    text = "North Korean troops"
    toks = [(t.text, t.startchar, t.endchar) for t in stemming_analyzer()(text, chars=True, positions=True)]
    assert [text[s:e] for _, s, e in toks] == ["North", "Korean", "troops"]


def test_plain_analyzer_does_not_stem():
    assert tokens("Running Troops", plain_analyzer()) == ["running", "troops"]


def test_pipeline_survives_pickling_as_whoosh_stores_the_schema():
    again = pickle.loads(pickle.dumps(stemming_analyzer()))
    assert tokens("Running dogs", again) == ["run", "dog"]


def test_stop_words_never_change_phrase_matching(empty_index, tmp_path):
    # Whoosh's StopFilter renumbers positions, so "makefile clean" matched "makefile to clean".
    docs = {
        "adjacent": "Run the makefile clean target first.",
        "stopword-between": "Use the makefile to clean the tree.",
        "two-stopwords": "The makefile is the clean way.",
        "reversed": "Clean the makefile.",
    }
    empty_index.add_records([Record(id=k, path=k, title=k, body=v) for k, v in docs.items()])
    res = empty_index.search('"makefile clean"')
    assert [h.id for h in res.hits] == ["adjacent"]
    assert empty_index.search('"makefile to clean"').total == 1
    assert empty_index.search('"makefile clean"~2').total == 2  # slop admits one word between
