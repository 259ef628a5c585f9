"""Snippets made the faster way (needles that another needle starts dropped, matches
looked for only as far as a snippet can show, the two best passages picked without a
sort) against the way they were made before, kept here verbatim: the same snippet for
any body and terms, including bodies with more matches than passages are chosen from,
dotted abbreviations, text whose lower case changes length, and bodies past the scan
limit."""

from __future__ import annotations

from functools import lru_cache

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from searchidx.analysis import stemming_analyzer
from searchidx.snippets import (
    FRAGMENTS,
    JOIN,
    MAX_MATCHES,
    SCAN_CHARS,
    SNIPPET_CHARS,
    SURROUND,
    _prefixes,
    analyzer_parts,
    find_terms,
    lead,
    make_snippet,
)

ANALYZER = stemming_analyzer()
CHECKS = settings(
    derandomize=True,
    database=None,
    deadline=None,
    max_examples=300,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

# -- the way before --------------------------------------------------------------------------


@lru_cache(maxsize=256)
def old_needles(terms: frozenset) -> tuple[str, ...]:
    """Lower-case strings a word must start with to stem to one of ``terms``; dotted
    abbreviations index without their dots ("U.S." is "us"), so short ones get a dotted form."""
    out = set()
    for term in terms:
        for head in _prefixes(term) if term else ():
            out.add(head)
            if 1 < len(head) <= 4 and head.isalpha():
                out.add(".".join(head))
    return tuple(sorted(out))


def old_find_terms(body: str, terms: frozenset, analyzer) -> list[tuple[int, int, str]]:
    """(start, end, term) of each token of ``body`` that the analyzer turns into one of ``terms``.

    Instead of analysing every word, candidate words are found with ``str.find`` on the
    lower-cased body (what a word must start with to stem to a term), then cut with the
    tokenizer's own pattern, where the tokenizer would start a token, and stemmed to check.
    """
    if not terms or not body:
        return []
    pattern, stem = analyzer_parts(analyzer)
    lower = body.lower()
    if len(lower) != len(body):  # a letter whose lower case is longer ("İ"): offsets would drift
        return [(m.start(), m.end(), t) for m in pattern.finditer(body) if (t := stem(m.group().lower())) in terms]
    starts = set()
    for needle in old_needles(terms):
        at = lower.find(needle)
        while at != -1:
            starts.add(at)
            at = lower.find(needle, at + 1)
    found = []
    match = pattern.match
    for at in sorted(starts):
        if at:
            before = lower[at - 1]
            if (
                before.isalnum()
                or before == "_"
                or (at > 1 and before in ".,'’" and (lower[at - 2].isalnum() or lower[at - 2] == "_"))
            ):
                continue  # inside a token, not at its start
        m = match(lower, at)
        if m:
            term = stem(m.group())
            if term in terms:
                found.append((at, m.end(), term))
    return found


def old_make_snippet(body: str, terms: frozenset, analyzer, maxchars: int = SNIPPET_CHARS) -> str:
    """Up to two passages of ``body`` holding the most distinct query terms, matches in <mark>."""
    if not body:
        return ""
    matches = old_find_terms(body[:SCAN_CHARS], terms, analyzer) if len(body) > SCAN_CHARS else []
    if not matches:
        matches = old_find_terms(body, terms, analyzer)
    if not matches:
        return lead(body, maxchars)
    # The first matches are plenty to choose passages from; a long list of a common word is not.
    windows = old_best_windows(body, matches[:MAX_MATCHES], maxchars)
    return JOIN.join(old_render(body, start, end, matches) for start, end in windows)


def old_best_windows(body: str, matches, maxchars: int) -> list[tuple[int, int]]:
    """Non-overlapping windows, each anchored SURROUND chars before a match, best first by
    (distinct terms, matches), then shown in text order."""
    scored = []
    counts: dict[str, int] = {}  # terms inside the current window, as a sliding count
    j = 0  # matches[i:j] lie inside the window anchored at match i
    n = len(matches)
    for i, (start, _end, term) in enumerate(matches):
        lo = max(0, start - SURROUND)
        hi = min(len(body), lo + maxchars)
        while j < n and (j <= i or matches[j][1] <= hi):
            counts[matches[j][2]] = counts.get(matches[j][2], 0) + 1
            j += 1
        scored.append((len(counts), j - i, -start, lo, hi))
        if counts.get(term, 0) > 1:
            counts[term] -= 1
        else:
            counts.pop(term, None)
    scored.sort(reverse=True)
    chosen: list[tuple[int, int]] = []
    for _d, _n, _s, lo, hi in scored:
        if all(hi <= a or lo >= b for a, b in chosen):
            chosen.append((lo, hi))
            if len(chosen) == FRAGMENTS:
                break
    return [old_word_bounds(body, lo, hi) for lo, hi in sorted(chosen)]


def old_word_bounds(body: str, lo: int, hi: int) -> tuple[int, int]:
    # Do not cut words: move the start right and the end left to whitespace.
    if lo > 0 and not body[lo - 1].isspace():
        space = body.find(" ", lo, hi)
        lo = space + 1 if space != -1 else lo
    if hi < len(body) and not body[hi].isspace():
        space = body.rfind(" ", lo, hi)
        hi = space if space > lo else hi
    return lo, hi


def old_render(body: str, lo: int, hi: int, matches) -> str:
    out, at = [], lo
    for start, end, _t in matches:
        if start >= lo and end <= hi:
            out.append(body[at:start])
            out.append("<mark>" + body[start:end] + "</mark>")
            at = end
    out.append(body[at:hi])
    return " ".join("".join(out).split())


# -- generated bodies and terms -------------------------------------------------------------

WORDS = [
    "the",
    "then",
    "they",
    "thing",
    "things",
    "use",
    "using",
    "used",
    "fly",
    "flies",
    "flying",
    "country",
    "countries",
    "troops",
    "troop",
    "oil",
    "U.S.",
    "US",
    "u.s",
    "S.S.",
    "dying",
    "die",
    "12,000",
    "co-op",
    "war's",
    "a",
    "an",
    "said",
    "talks",
    "İstanbul",
    "Straße",
    "café",
    "x_y",
    "possibility",
    "possible",
    "sky",
    "skies",
    "lie",
    "lying",
    "tie",
    "Thed",
    "thedford",
]
SEPARATORS = [" ", " ", " ", ". ", ", ", "; ", "\n", " - ", "'", "’", ".", ",", "  "]


@st.composite
def bodies(draw) -> str:
    words = draw(st.lists(st.sampled_from(WORDS), max_size=120))
    out = []
    for w in words:
        out.append(w)
        out.append(draw(st.sampled_from(SEPARATORS)))
    return "".join(out)


def stems(words: list) -> frozenset:
    _pattern, stem = analyzer_parts(ANALYZER)
    return frozenset(stem(w.lower()) for w in words)


terms = st.builds(stems, st.lists(st.sampled_from(WORDS), min_size=1, max_size=4))


@CHECKS
@given(body=bodies(), terms=terms, maxchars=st.sampled_from([SNIPPET_CHARS, 60, 500]))
def test_snippets_equal_the_way_before(body, terms, maxchars):
    assert make_snippet(body, terms, ANALYZER, maxchars) == old_make_snippet(body, terms, ANALYZER, maxchars)
    assert find_terms(body, terms, ANALYZER) == old_find_terms(body, terms, ANALYZER)


@CHECKS
@given(body=bodies(), terms=terms, repeat=st.integers(2, 12))
def test_many_matches_equal_the_way_before(body, terms, repeat):
    long = (body + " ") * repeat  # more matches than passages are chosen from
    assert make_snippet(long, terms, ANALYZER) == old_make_snippet(long, terms, ANALYZER)


def test_bodies_past_the_scan_limit_equal_the_way_before():
    body = "filler words here. " * (SCAN_CHARS // 19) + "Troops crossed. The troop train left."
    for found in (frozenset({"troop"}), frozenset({"filler", "troop"}), frozenset({"absent"})):
        assert make_snippet(body, found, ANALYZER) == old_make_snippet(body, found, ANALYZER)


def test_a_passage_at_the_last_match_chosen_from_shows_the_matches_after_it():
    # The first passage holds the first 23 matches; the only one clear of it starts at the
    # last match passages are chosen from, and shows a match after it.
    body = "the " * (MAX_MATCHES - 1) + "zz " * 100 + "oil " + "zz " * 38 + "gold end."
    terms = stems(["the", "oil", "gold"])
    snippet = make_snippet(body, terms, ANALYZER)
    assert "<mark>oil</mark>" in snippet and "<mark>gold</mark>" in snippet
    assert snippet == old_make_snippet(body, terms, ANALYZER)
