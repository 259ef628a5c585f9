"""NLTK tokenising and stemming as one Whoosh analysis pipeline.

Only NLTK's data-free parts are used (a regexp tokenizer and the Snowball
stemmer), so nothing needs ``nltk_data``. There is deliberately no stop list:
Whoosh's StopFilter renumbers positions by default, which made a phrase like
"makefile clean" match documents where the words are not adjacent.

NLTK is imported when text is first tokenised or a word first stemmed, not with this
module: importing NLTK costs more than answering a search, and a stem already in
the memo never needs it.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from whoosh.analysis import Filter, LowercaseFilter, Token, Tokenizer

# Numbers with inner separators (12,000; 2.5), contractions (Ukraine's) and
# dotted abbreviations (U.S) stay one token; hyphens split, so "Indo-Pacific"
# is found by "pacific" too.
TOKEN_PATTERN = r"\w+(?:[.,'’]\w+)*"
_ABBREV = re.compile(r"(?:[^\W\d_]\.)+[^\W\d_]")


class NltkTokenizer(Tokenizer):
    """Whoosh tokenizer splitting as NLTK's RegexpTokenizer does (its pattern, compiled as
    NLTK compiles it: ``nltk_pattern``), keeping positions and char offsets."""

    def __init__(self, pattern: str = TOKEN_PATTERN):
        self.pattern = pattern
        self._regexp = nltk_pattern(pattern)  # NLTK RegexpTokenizer's compiled pattern

    def __eq__(self, other):
        return type(other) is type(self) and other.pattern == self.pattern

    def __getstate__(self):
        # The index pickles its schema; keep the pickle small and rebuild NLTK's object.
        return {"pattern": self.pattern}

    def __setstate__(self, state):
        self.__init__(state["pattern"])

    def __call__(
        self,
        value,
        positions=False,
        chars=False,
        keeporiginal=False,
        removestops=True,
        start_pos=0,
        start_char=0,
        tokenize=True,
        mode="",
        **kwargs,
    ):
        t = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        if not tokenize:
            t.original = t.text = value
            t.boost = 1.0
            if positions:
                t.pos = start_pos
            if chars:
                t.startchar = start_char
                t.endchar = start_char + len(value)
            yield t
            return
        # RegexpTokenizer.span_tokenize (gaps=False): each match's span.
        for pos, match in enumerate(self._regexp.finditer(value)):
            start, end = match.span()
            t.text = value[start:end]
            t.boost = 1.0
            t.stopped = False
            if keeporiginal:
                t.original = t.text
            if positions:
                t.pos = start_pos + pos
            if chars:
                t.startchar = start_char + start
                t.endchar = start_char + end
            yield t


class SnowballFilter(Filter):
    """NLTK's Snowball English stemmer with a bounded memo, as stemming dominates indexing."""

    def __init__(self, language: str = "english", cachesize: int = 200_000):
        self.language = language
        self.cachesize = cachesize
        self._stemmer = None  # NLTK's stemmer, made on the first word not in the memo
        # An index's stem table (engine/stems.py), consulted before NLTK; searches only.
        self.table: Any = None
        self._cache: dict[str, str] = {}
        self._folded: dict[str, str] = {}  # word as written -> lowercased and stemmed

    def __eq__(self, other):
        return type(other) is type(self) and other.language == self.language

    def __getstate__(self):
        return {"language": self.language, "cachesize": self.cachesize}

    def __setstate__(self, state):
        self.__init__(state["language"], state["cachesize"])

    def _stem(self, word: str) -> str:
        table = self.table
        if table is not None:
            known = table.get(word)
            if known is not None:
                return known
        if self._stemmer is None:
            from nltk.stem.snowball import SnowballStemmer

            self._stemmer = SnowballStemmer(self.language)
        stemmed = self._stemmer.stem(word)
        if table is None and len(_FRESH) < FRESH_LIMIT:
            _FRESH[word] = stemmed  # for the index's stem table (engine/stems.py)
        return stemmed

    def stem(self, word: str) -> str:
        cache = self._cache
        stemmed = cache.get(word)
        if stemmed is None:
            # "U.S." and "US" should meet: letter-dot abbreviations lose their dots.
            if "." in word and _ABBREV.fullmatch(word):
                stemmed = word.replace(".", "")
            else:
                stemmed = self._stem(word)
            if len(cache) >= self.cachesize:
                cache.clear()
            cache[word] = stemmed
        return stemmed

    def __call__(self, tokens):
        stem = self.stem
        for t in tokens:
            if not t.stopped:
                t.text = stem(t.text)
            yield t


# Words NLTK stemmed in this process (not found in a stem table), for the stem table the
# next commit writes: indexing workers hand theirs to the writing process.
_FRESH: dict[str, str] = {}
FRESH_LIMIT = 1_000_000


def drain_stems() -> dict[str, str]:
    """The words stemmed by NLTK since the last call, with their stems."""
    global _FRESH
    out, _FRESH = _FRESH, {}
    return out


def absorb_stems(stems: dict[str, str]) -> None:
    """Stems an indexing worker made, kept for this process's next stem table write."""
    room = FRESH_LIMIT - len(_FRESH)
    if room > 0:
        _FRESH.update(dict(list(stems.items())[:room]) if len(stems) > room else stems)


def nltk_pattern(pattern: str = TOKEN_PATTERN):
    """The compiled pattern NLTK's RegexpTokenizer matches with: NLTK compiles it with the
    ``regex`` module (whose idea of ``\\w`` differs from ``re``'s on combining marks,
    superscripts and joiners), and since 3.9 wraps it in a ReDoS timer that costs more
    than the match. Whatever splits text outside the Whoosh pipeline uses this, so it
    splits exactly as the index does."""
    return _compile(pattern)


# NLTK's RegexpTokenizer flags; compiled here the way NLTK's ``redos.compile`` does (with
# ``regex``), without importing NLTK, whose package import costs more than a search.
# tests/test_analysis.py holds the two equal.
NLTK_FLAGS = re.UNICODE | re.MULTILINE | re.DOTALL


@functools.lru_cache(maxsize=16)
def _compile(pattern: str):
    return TokenPattern(pattern) if pattern == TOKEN_PATTERN else _regex_compile(pattern)


def _regex_compile(pattern: str):
    import regex

    return regex.compile(pattern, NLTK_FLAGS)


class TokenPattern:
    """``TOKEN_PATTERN`` compiled as NLTK compiles it, matched with ``re`` on ASCII text.

    On ASCII text ``re`` and ``regex`` agree on it (their ``\\w`` differ only beyond
    ASCII, and ``’`` is not ASCII), and ``str.isascii`` costs nothing (CPython records it
    per string); the ``regex`` module, whose import alone takes ten milliseconds, is
    imported on the first other text. tests/test_startup.py holds the two equal."""

    __slots__ = ("pattern", "_ascii", "_full")

    def __init__(self, pattern: str):
        self.pattern = pattern
        self._ascii = re.compile(pattern, NLTK_FLAGS)
        self._full = None

    @property
    def flags(self) -> int:
        return self._regex().flags

    def _regex(self):
        if self._full is None:
            self._full = _regex_compile(self.pattern)
        return self._full

    def _for(self, string: str):
        return self._ascii if string.isascii() else self._regex()

    def finditer(self, string: str, *args):
        return self._for(string).finditer(string, *args)

    def findall(self, string: str, *args):
        return self._for(string).findall(string, *args)

    def match(self, string: str, *args):
        return self._for(string).match(string, *args)


_FINDALL = None  # nltk_pattern().findall, compiled on first use


def token_texts(value: str, stemmer: SnowballFilter | None) -> list[str]:
    """The token texts the ``stemming`` (with a stemmer) or ``plain`` pipeline yields for
    ``value``, in order, without Whoosh's per-token objects: indexing many documents
    needs only the texts. Tests hold it equal to the pipelines."""
    global _FINDALL
    if _FINDALL is None:
        _FINDALL = nltk_pattern().findall
    words = _FINDALL(value)
    if stemmer is None:
        return [w.lower() for w in words]
    folded = stemmer._folded
    if len(folded) >= stemmer.cachesize:
        folded.clear()
    get = folded.get
    # Keyed by the word as written, so a word seen before costs one lookup.
    return [get(w) or _fold(folded, stemmer, w) for w in words]


def _fold(folded: dict, stemmer: SnowballFilter, word: str) -> str:
    token = folded[word] = stemmer.stem(word.lower())
    return token


def stemming_analyzer():
    return NltkTokenizer() | LowercaseFilter() | SnowballFilter()


def plain_analyzer():
    return NltkTokenizer() | LowercaseFilter()


PAIR_SEP = " "


class PairFilter(Filter):
    """Each token joined with the next one. Word pairs are now built while indexing
    (``engine/segments.py``); indexes written before that pickled this filter in their
    schema, so it stays to let them open."""

    def __eq__(self, other):
        return type(other) is type(self)

    def __call__(self, tokens):
        prev = None
        for t in tokens:
            text = t.text
            if prev is not None:
                t.text = prev + PAIR_SEP + text
                yield t
            prev = text


ANALYZERS = {"stemming": stemming_analyzer, "plain": plain_analyzer}


class ValueListTokenizer(Tokenizer):
    """One token per value of a multi-valued keyword field, original case kept.

    Values are passed as a list, so names containing commas survive; a plain
    string is one value (that is what the query parser hands over).
    """

    def __eq__(self, other):
        return type(other) is type(self)

    def __call__(
        self,
        value,
        positions=False,
        chars=False,
        keeporiginal=False,
        removestops=True,
        start_pos=0,
        start_char=0,
        tokenize=True,
        mode="",
        **kwargs,
    ):
        t = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        values = [value] if isinstance(value, str) else value
        for pos, item in enumerate(values):
            item = item.strip()
            if not item:
                continue
            t.text = item
            t.boost = 1.0
            t.stopped = False
            if keeporiginal:
                t.original = item
            if positions:
                t.pos = start_pos + pos
            if chars:
                t.startchar = start_char
                t.endchar = start_char + len(item)
            yield t


def keyword_analyzer():
    return ValueListTokenizer()
