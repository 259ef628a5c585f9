"""Highlighted snippets: the best passages of a text around the query's words.

Whoosh's highlighter re-runs the whole analysis chain over the body for every
hit and scores fragments generically; that took longer than the search. Here
the body is split with the analyzer's own token pattern and each word is
stemmed through the analyzer's own (memoised) stemmer, so a word is marked
exactly when the index would match it.
"""

from __future__ import annotations

from functools import lru_cache

from .analysis import TokenPattern, nltk_pattern

SNIPPET_CHARS = 240
# Passages are looked for in the first this-many characters (further only if none match there):
# a huge body should not make one hit cost more than the whole search.
SCAN_CHARS = 20_000
MAX_MATCHES = 24
SURROUND = 60
FRAGMENTS = 2
JOIN = " … "


@lru_cache(maxsize=8)
def _compiled(pattern: str):
    return nltk_pattern(pattern)


_PARTS: dict[int, tuple] = {}


def analyzer_parts(analyzer):
    """(token regex, word -> term function) of a tokenizer | lowercase | stemmer pipeline."""
    parts = _PARTS.get(id(analyzer))
    if parts is not None and parts[0] is analyzer:
        return parts[1]
    items = getattr(analyzer, "items", [analyzer])
    pattern = _compiled(items[0].pattern)
    stemmers = [f for f in items[1:] if hasattr(f, "stem")]
    stem = stemmers[0].stem if stemmers else (lambda w: w)
    _PARTS[id(analyzer)] = (analyzer, (pattern, stem))
    return pattern, stem


@lru_cache(maxsize=256)
def _needles(terms: frozenset) -> tuple[str, ...]:
    """Lower-case strings a word must start with to stem to one of ``terms``; dotted
    abbreviations index without their dots ("U.S." is "us"), so short ones get a dotted form."""
    out = set()
    for term in terms:
        for head in _prefixes(term) if term else ():
            out.add(head)
            if 1 < len(head) <= 4 and head.isalpha():
                out.add(".".join(head))
    # A needle that starts with another finds nothing more ("thed" where "the" is looked for):
    # each is one more scan of the body.
    kept: list[str] = []
    for needle in sorted(out):  # a prefix sorts right before the needles it starts
        if not kept or not needle.startswith(kept[-1]):
            kept.append(needle)
    return tuple(kept)


def find_terms(body: str, terms: frozenset, analyzer) -> list[tuple[int, int, str]]:
    """(start, end, term) of each token of ``body`` that the analyzer turns into one of ``terms``.

    Instead of analysing every word, candidate words are found with ``str.find`` on the
    lower-cased body (what a word must start with to stem to a term), then cut with the
    tokenizer's own pattern, where the tokenizer would start a token, and stemmed to check.
    """
    return _find_terms(body, terms, analyzer, 0, 0)


def _find_terms(body: str, terms: frozenset, analyzer, enough: int, reach: int) -> list[tuple[int, int, str]]:
    """``find_terms``; with ``enough``, those starting before ``reach`` characters past the
    ``enough``-th match's start only (what a snippet can show)."""
    if not terms or not body:
        return []
    pattern, stem = analyzer_parts(analyzer)
    lower = body.lower()
    if len(lower) != len(body):  # a letter whose lower case is longer ("İ"): offsets would drift
        return [(m.start(), m.end(), t) for m in pattern.finditer(body) if (t := stem(m.group().lower())) in terms]
    needles = _needles(terms)
    find = lower.find
    starts: list[int] = []
    for needle in needles:
        at = find(needle)
        while at != -1:
            starts.append(at)
            at = find(needle, at + 1)
    if not starts:
        return []
    if len(needles) > 1:
        starts = sorted(set(starts))
    # The compiled pattern itself, picked once: through the token pattern's wrapper every
    # candidate would cost two more calls.
    match = (pattern._for(lower) if isinstance(pattern, TokenPattern) else pattern).match
    found = []
    stop = len(lower)
    for at in starts:
        if at >= stop:
            break
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
                if len(found) == enough:
                    stop = at + reach
    return found


# Snowball's exceptional words whose stem is not a prefix of the word ("dying" -> "die").
_IRREGULAR = {"die": "dy", "lie": "ly", "tie": "ty", "sky": "ski"}


def _prefixes(term: str) -> tuple[str, ...]:
    """What a word must start with to stem to ``term``. Snowball rewrites at most the last
    letter of a stem's worth of the word ("countri" <- "country", "possibl" <- "possibility"),
    so a longer term needs all but its last letter. A three-letter term is a whole word or
    one of two regular rewrites: a dropped final e ("use" <- "using", "used") or y -> i
    ("fli" <- "fly", "flying"); searching those forms, not two letters, keeps short common
    words such as "the" from making every "th" a candidate."""
    if len(term) >= 4:
        heads = [term[:-1]]
    elif len(term) == 3:
        heads = [term]
        if term.endswith("e"):
            heads += [term[:2] + "ing", term[:2] + "ed"]
        elif term.endswith("i"):
            heads.append(term[:2] + "y")
    else:
        heads = [term]
    extra = _IRREGULAR.get(term)
    return tuple(heads + [extra]) if extra else tuple(heads)


def make_snippet(body: str, terms: frozenset, analyzer, maxchars: int = SNIPPET_CHARS) -> str:
    """Up to two passages of ``body`` holding the most distinct query terms, matches in <mark>."""
    if not body:
        return ""
    # Passages are chosen among the first MAX_MATCHES matches and end within ``maxchars`` of
    # the last of them: matches further on are never shown, so they are not looked for.
    matches = _find_terms(body[:SCAN_CHARS], terms, analyzer, MAX_MATCHES, maxchars) if len(body) > SCAN_CHARS else []
    if not matches:
        matches = _find_terms(body, terms, analyzer, MAX_MATCHES, maxchars)
    if not matches:
        return lead(body, maxchars)
    # The first matches are plenty to choose passages from; a long list of a common word is not.
    windows = _best_windows(body, matches[:MAX_MATCHES], maxchars)
    return JOIN.join(_render(body, start, end, matches) for start, end in windows)


def _best_windows(body: str, matches, maxchars: int) -> list[tuple[int, int]]:
    """Non-overlapping windows, each anchored SURROUND chars before a match, best first by
    (distinct terms, matches), then shown in text order."""
    size = len(body)
    if len(matches) == 1:
        lo = max(0, matches[0][0] - SURROUND)
        return [_word_bounds(body, lo, min(size, lo + maxchars))]
    scored = []
    counts: dict[str, int] = {}  # terms inside the current window, as a sliding count
    j = 0  # matches[i:j] lie inside the window anchored at match i
    n = len(matches)
    for i, (start, _end, term) in enumerate(matches):
        lo = start - SURROUND if start > SURROUND else 0
        hi = lo + maxchars if lo + maxchars < size else size
        while j < n and (j <= i or matches[j][1] <= hi):
            t = matches[j][2]
            counts[t] = counts.get(t, 0) + 1
            j += 1
        scored.append((len(counts), j - i, -start, lo, hi))
        left = counts[term]  # match i is inside its own window
        if left > 1:
            counts[term] = left - 1
        else:
            del counts[term]
    # Starts differ, so no two keys tie: the best window, then the best clear of those
    # chosen, picks what a scan of them sorted best first would.
    chosen: list[tuple[int, int]] = []
    while scored and len(chosen) < FRAGMENTS:
        best = max(scored)
        chosen.append((best[3], best[4]))
        scored = [x for x in scored if x[4] <= best[3] or x[3] >= best[4]]
    return [_word_bounds(body, lo, hi) for lo, hi in sorted(chosen)]


def _word_bounds(body: str, lo: int, hi: int) -> tuple[int, int]:
    # Do not cut words: move the start right and the end left to whitespace.
    if lo > 0 and not body[lo - 1].isspace():
        space = body.find(" ", lo, hi)
        lo = space + 1 if space != -1 else lo
    if hi < len(body) and not body[hi].isspace():
        space = body.rfind(" ", lo, hi)
        hi = space if space > lo else hi
    return lo, hi


def _render(body: str, lo: int, hi: int, matches) -> str:
    out, at = [], lo
    for start, end, _t in matches:
        if start >= hi:
            break  # matches are in text order
        if start >= lo and end <= hi:
            out.append(body[at:start])
            out.append("<mark>" + body[start:end] + "</mark>")
            at = end
    out.append(body[at:hi])
    return " ".join("".join(out).split())


def lead(body: str, maxchars: int = SNIPPET_CHARS) -> str:
    """The start of the body, cut at a word, when no query word is in it."""
    if len(body) <= maxchars:
        return " ".join(body.split())
    return " ".join(body[:maxchars].rsplit(" ", 1)[0].split()) + "…"
