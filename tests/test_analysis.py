import pickle

from searchidx.analysis import plain_analyzer, stemming_analyzer
from searchidx.records import Record


def tokens(text, analyzer=None):
    return [t.text for t in (analyzer or stemming_analyzer())(text)]


def test_tokens_are_lower_case_snowball_stems():
    assert tokens("Troops were Running to the borders") == ["troop", "were", "run", "to", "the", "border"]


def test_abbreviations_and_numbers_stay_whole():
    assert tokens("U.S. and US sent 12,000 shells, 2.5 tonnes") == [
        "us",
        "and",
        "us",
        "sent",
        "12,000",
        "shell",
        "2.5",
        "tonn",
    ]


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


def test_the_tokenizer_splits_exactly_as_nltks_regexp_tokenizer():
    """Queries are split without importing NLTK: the pattern is compiled as NLTK's
    RegexpTokenizer compiles it, and must split every text the same way."""
    from hypothesis import given, settings
    from hypothesis import strategies as st
    from nltk.tokenize import RegexpTokenizer

    from searchidx.analysis import TOKEN_PATTERN, NltkTokenizer, nltk_pattern

    nltk_tok = RegexpTokenizer(TOKEN_PATTERN)
    nltk_tok.tokenize("")
    theirs = getattr(nltk_tok._regexp, "_rx", nltk_tok._regexp)
    assert (nltk_pattern().pattern, nltk_pattern().flags) == (theirs.pattern, theirs.flags)
    ours = NltkTokenizer()

    @settings(max_examples=300, deadline=None)
    @given(
        st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=60)
        | st.sampled_from(["U.S. troops'", "12,000 naïve café", "Ukraine’s", "a\u0301b ²x", "x\u200dy"])
    )
    def check(text):
        spans = [(t.startchar, t.endchar) for t in ours(text, chars=True)]
        assert spans == list(nltk_tok.span_tokenize(text))

    check()


def test_a_search_stems_through_the_index_stem_table_without_nltk(tmp_path):
    import subprocess
    import sys

    from searchidx import Index, Record

    with Index.create(tmp_path / "ix") as ix:
        ix.add_records([Record(id="a", path="", title="Harbours", body="The harbours reopened; troops withdrew.")])
    code = (
        "import sys\nfrom searchidx import Index\nix = Index.open(sys.argv[1])\n"
        "hits = [h.id for h in ix.search('troops harbours').hits]\n"
        "print(hits, any(m == 'nltk' or m.startswith('nltk.') for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code, str(tmp_path / "ix")], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["['a']", "False"], out.stdout + out.stderr
    # A word the index never saw is still stemmed (by NLTK), and found through its stem.
    code2 = code.replace("troops harbours", "harbouring")
    out = subprocess.run(
        [sys.executable, "-c", code2, str(tmp_path / "ix")], capture_output=True, text=True, check=True
    )
    assert out.stdout.split() == ["['a']", "True"], out.stdout + out.stderr


def test_stem_table_round_trips_every_kind_of_stem(tmp_path):
    """Stems kept as the word itself, the word less its last letters, or written out."""
    import random

    from searchidx.engine.stems import StemTable, update_table

    rng = random.Random(7)
    words = {}
    for _ in range(2000):
        w = "".join(rng.choice("abcé1’") for _ in range(rng.randint(1, 9)))
        r = rng.random()
        words[w] = w if r < 0.4 else (w[:-2] or w) if r < 0.8 else "zz" + w
    items = list(words.items())
    update_table(tmp_path, dict(items[:1000]))
    update_table(tmp_path, dict(items[1000:]))  # merged with what the table held
    table = StemTable(tmp_path)
    assert {w: table.get(w) for w in words} == words
    assert table.get("not-a-word") is None and table.get("") is None
    # Rewritten by a later commit: the table reads the new file.
    update_table(tmp_path, {"qqq": "q"})
    assert table.get("qqq") == "q" and table.get(items[0][0]) == items[0][1]
