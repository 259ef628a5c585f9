from searchidx.analysis import stemming_analyzer
from searchidx.snippets import lead, make_snippet

ANALYZER = stemming_analyzer()


def test_marks_words_the_index_would_match_by_stem():
    body = "Troops were moved. The troop train left Kursk."
    assert (
        make_snippet(body, frozenset({"troop"}), ANALYZER)
        == "<mark>Troops</mark> were moved. The <mark>troop</mark> train left Kursk."
    )


def test_prefers_the_passage_with_more_distinct_terms_and_never_cuts_words():
    filler = "Nothing relevant happens in this sentence at all. " * 8
    body = "Oil rose. " + filler + "Oil prices and gold prices rose in Tokyo. " + filler
    snippet = make_snippet(body, frozenset({"oil", "gold"}), ANALYZER, maxchars=120)
    first, *rest = snippet.split(" … ")
    assert "<mark>Oil</mark> prices and <mark>gold</mark> prices" in snippet
    assert all(not part.endswith(("Noth", "relev")) for part in [first, *rest])
    assert len(snippet.split(" … ")) <= 2


def test_no_match_gives_the_lead_cut_at_a_word():
    body = "word " * 100
    assert make_snippet(body, frozenset({"absent"}), ANALYZER).endswith("word…")
    assert lead("Short text.") == "Short text."
    assert make_snippet("", frozenset({"x"}), ANALYZER) == ""


def test_dotted_abbreviations_match_their_undotted_term():
    assert (
        make_snippet("The U.S. and the US agreed.", frozenset({"us"}), ANALYZER)
        == "The <mark>U.S</mark>. and the <mark>US</mark> agreed."
    )


def test_marks_only_whole_tokens_as_the_tokenizer_splits_them():
    body = "The U.S. said 12,000 troops, then co-belligerents; the S.S. Troy sailed."
    assert (
        make_snippet(body, frozenset({"s", "troy", "belliger"}), ANALYZER)
        == "The U.S. said 12,000 troops, then co-<mark>belligerents</mark>; the S.S. <mark>Troy</mark> sailed."
    )


def test_words_whose_stem_is_not_a_prefix_still_match():
    body = "Several countries and one country; the flies fly."
    assert (
        make_snippet(body, frozenset({"countri", "fli"}), ANALYZER)
        == "Several <mark>countries</mark> and one <mark>country</mark>; the <mark>flies</mark> <mark>fly</mark>."
    )


def test_prefix_finder_marks_exactly_what_a_full_analysis_would(corpus_index):
    """Every word of every corpus article as a query term: the fast finder must mark the
    same tokens as tokenising and stemming the whole body."""
    import re

    from searchidx.snippets import analyzer_parts, find_terms

    pattern, stem = analyzer_parts(ANALYZER)
    s = corpus_index._searcher()
    for docnum in s._searchidx.postings.live_ids[:60]:
        body = s._searchidx.body(int(docnum))
        full = [(m.start(), m.end(), stem(m.group().lower())) for m in pattern.finditer(body)]
        for term in {t for _s, _e, t in full}:
            expected = [(a, b) for a, b, t in full if t == term]
            found = [(a, b) for a, b, _t in find_terms(body, frozenset({term}), ANALYZER)]
            assert found == expected, (term, body[:80])
    assert re.compile(pattern.pattern)


def test_offsets_hold_when_lower_casing_changes_length():
    body = "İstanbul talks: troops withdrew."
    assert make_snippet(body, frozenset({"troop"}), ANALYZER) == "İstanbul talks: <mark>troops</mark> withdrew."


def test_short_terms_find_their_regular_and_exceptional_forms():
    body = "She used it; using it, they cried; flies fly; the skies and a dying star. The thing is."
    assert make_snippet(body, frozenset({"use", "fli", "sky", "die", "the"}), ANALYZER) == (
        "She <mark>used</mark> it; <mark>using</mark> it, they cried; <mark>flies</mark> <mark>fly</mark>; "
        "<mark>the</mark> <mark>skies</mark> and a <mark>dying</mark> star. <mark>The</mark> thing is."
    )
