"""Did you mean: a corrected query built from the index's own words.

``suggest(ix, query)`` looks at each word of a query that searches the text (plain words
and phrase words, in the default fields or ``title:``/``body:``; not speaker, place,
source or date values, wildcards, fuzzy terms or ranges). A word whose stem no article or
quote holds, or holds only rarely while a close spelling is far more common, is replaced
by the most frequent index term within a small edit distance (one edit for short words,
two for longer ones; the first letter is trusted), written as the index's texts write it
most often (``ukrane`` -> ``ukraine``, not the stem ``ukrain``). Everything else in the
query (operators, fields, phrases, ranges) is kept as typed. Returns None when no word
needs changing.

Speaker and place values are not corrected here: ``Result.matches`` already carries
suggestions for a value that matched nobody (``--speaker Bliar`` -> Blair).

The vocabulary (terms with their document frequencies, grouped by first letter and
length) is built once per index generation and shared by every thread, and only when
some word of a query is rare: a query of common words costs a few term lookups.
"""

from __future__ import annotations

import re
import threading
import weakref
from collections import Counter

import orjson

from .errors import SearchIdxError
from .querysyntax import FIELD, LPAREN, OP, PHRASE, RPAREN, WORD, tokenize
from .schema import F
from .snippets import analyzer_parts, find_terms

#: Fields whose words are corrected (the text searched by default).
TEXT_FIELDS = (F.TITLE, F.BODY)
#: A word held by fewer documents than this is "rare"...
RARE_DF = 3
#: ...and is corrected only to a term one edit away held by this many times more documents.
RARE_RATIO = 20
#: Documents read to learn how a term is written (its most common surface form).
SURFACE_DOCS = 25
_SKIP = re.compile(r"[*?~^:\d_]")

_CACHE: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
_CACHE_LOCK = threading.Lock()


def suggest(ix, query: str) -> str | None:
    """A corrected ``query`` for an open ``searchidx.Index``, or None (see the module doc).
    A query that does not parse gets None: the search itself reports the error."""
    if hasattr(ix, "shards"):  # a sharded index: its words are in every shard
        return ix.suggest(query)
    if not isinstance(query, str) or not query.strip():
        return None
    try:
        tokens = tokenize(query)
    except SearchIdxError:
        return None
    searcher = ix._searcher()
    words = _text_words(query, tokens)
    if not any(_rare(ix, searcher, word) for _start, _end, word in words):
        return None  # every word is common: no need to read the vocabulary
    return corrected(query, words, _vocabulary(searcher, ix.schema[F.BODY].analyzer), searcher)


def corrected(query: str, words: list[tuple[int, int, str]], vocab: Vocabulary, searcher) -> str | None:
    """``query`` with each of ``words`` (start, end, word) the vocabulary corrects written
    as corrected, in the case typed; None when none changes."""
    out = query
    for start, end, word in reversed(words):  # from the end: earlier offsets stay right
        better = vocab.correct(word, searcher)
        if better is not None:
            out = out[:start] + _same_case(word, better) + out[end:]
    return out if out != query else None


# -- the words of a query that search text -------------------------------------------------


def _text_words(query: str, tokens) -> list[tuple[int, int, str]]:
    """(start, end, word) in ``query`` of each word searched in a text field."""
    pattern = _word_pattern()
    words = []
    field_stack: list[str | None] = [None]  # the field a group's words are searched in
    pending: str | None = None  # a ``field:`` waiting for its value
    for tok in tokens:
        if tok.kind == FIELD:
            pending = tok.text
            continue
        field = pending if pending is not None else field_stack[-1]
        pending = None
        if tok.kind == LPAREN:
            field_stack.append(field)
            continue
        if tok.kind == RPAREN:
            if len(field_stack) > 1:
                field_stack.pop()
            continue
        if tok.kind == OP or (field is not None and field not in TEXT_FIELDS):
            continue
        if tok.kind == WORD:
            text, at = query[tok.pos : tok.pos + len(tok.text)], tok.pos
            if text != tok.text or _SKIP.search(text):
                continue  # a wildcard, fuzzy term, boost or escaped text: as typed
        elif tok.kind == PHRASE:
            at = query.find(tok.text, tok.pos)
            if at < 0:
                continue
            text = tok.text
        else:
            continue  # ranges, literals, *
        for m in pattern.finditer(text):
            word = m.group()
            if not _SKIP.search(word) and len(word) >= 3:
                words.append((at + m.start(), at + m.end(), word))
    return words


_PATTERN = None


def _word_pattern():
    global _PATTERN
    if _PATTERN is None:
        from .analysis import nltk_pattern

        _PATTERN = nltk_pattern()
    return _PATTERN


def _same_case(typed: str, word: str) -> str:
    if typed.isupper() and len(typed) > 1:
        return word.upper()
    if typed[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


# -- the index's vocabulary ------------------------------------------------------------


def _rare(ix, searcher, word: str) -> bool:
    """Whether the text fields hold ``word``'s stem in fewer than ``RARE_DF`` documents
    (a few term lookups: the vocabulary is read only when some word is rare)."""
    # The index's own analyzer, which stems through its stem table (engine/stems.py).
    _pattern, stem = analyzer_parts(ix.schema[F.BODY].analyzer)
    term = stem(word.lower())
    reader = searcher.reader()
    fields = set(reader.indexed_field_names())
    state = getattr(searcher, "_searchidx", None)
    try:
        if state is not None and state.postings is not None:
            # The posting arrays' counts (cached per generation) equal Whoosh's, and cost
            # nothing next to a Whoosh term lookup on every few-hit query.
            return sum(state.postings.doc_frequency(f, term) for f in TEXT_FIELDS if f in fields) < RARE_DF
        return sum(reader.doc_frequency(f, term) for f in TEXT_FIELDS if f in fields) < RARE_DF
    except Exception:  # noqa: BLE001 - unknown: let the vocabulary decide
        return True


def _vocabulary(searcher, analyzer) -> Vocabulary:
    # One per index generation, shared by every thread's searcher of it (``shared.py``).
    state = getattr(searcher, "_searchidx", None)
    key = state.generation if state is not None else searcher
    with _CACHE_LOCK:
        vocab = _CACHE.get(key)
    if vocab is None:
        vocab = Vocabulary(searcher, analyzer)
        with _CACHE_LOCK:
            _CACHE[key] = vocab
    return vocab


class Vocabulary:
    """The stems of the text fields with their document frequencies (summed over fields),
    bucketed by (first letter, length) for candidate lookups."""

    def __init__(self, searcher, analyzer=None, df: Counter | None = None):
        # The index's analyzer (it stems through the stem table), else the searcher's.
        self._analyzer = analyzer if analyzer is not None else searcher.schema[F.BODY].analyzer
        _pattern, self._stem = analyzer_parts(self._analyzer)
        if df is None:
            df = text_frequencies(searcher)
        self.df = df
        buckets: dict[tuple[str, int], list[str]] = {}
        for term in df:
            if len(term) >= 2 and not _SKIP.search(term):
                buckets.setdefault((term[0], len(term)), []).append(term)
        for terms in buckets.values():
            terms.sort(key=lambda t: (-df[t], t))
        self._buckets = buckets
        self._surface: dict[str, str] = {}

    def correct(self, word: str, searcher) -> str | None:
        """The word to write instead of ``word`` (as texts write it), or None."""
        stem = self._stem(word.lower())
        have = self.df.get(stem, 0)
        if have >= RARE_DF:
            return None
        maxdist = 1 if (have or len(stem) <= 4) else 2
        best, best_key = None, None
        df = self.df
        for length in range(len(stem) - maxdist, len(stem) + maxdist + 1):
            # Each bucket is ordered by frequency (most first): once a term within reach is
            # found, only terms as frequent can still win, so the scan stops there.
            found_n = None
            for term in self._buckets.get((stem[0], length), ()):
                n = df[term]
                if found_n is not None and n < found_n:
                    break
                if have and n < have * RARE_RATIO:
                    break
                if best_key is not None and n < -best_key[0]:
                    break  # a more frequent term was found in another bucket
                if term == stem:
                    continue
                d = distance(stem, term, maxdist)
                if d > maxdist:
                    continue
                found_n = n
                key = (-n, d, term)  # the most frequent wins; then the closest
                if best_key is None or key < best_key:
                    best, best_key = term, key
        if best is None:
            return None
        surface = self.surface(best, searcher)
        return surface if surface.lower() != word.lower() else None

    def surface(self, term: str, searcher) -> str:
        """How the texts most often write a word that stems to ``term`` (lower case)."""
        if term not in self._surface:
            self._surface[term] = self._read_surface(term, searcher)
        return self._surface[term]

    def _read_surface(self, term: str, searcher) -> str:
        # Through the calling thread's searcher: the vocabulary is shared by every thread.
        try:
            body, title = surface_forms(searcher, term, self._analyzer)
        except Exception:  # noqa: BLE001 - the stem is a fair answer when texts cannot be read
            return term
        return most_common_form(body or title, term)


def surface_forms(searcher, term: str, analyzer) -> tuple[Counter, Counter]:
    """How the first ``SURFACE_DOCS`` bodies holding ``term`` write it (lower case, with
    counts), and the titles the same way when no body does."""
    reader = searcher.reader()
    forms: Counter = Counter()
    titles: Counter = Counter()
    bodies = reader.column_reader(F.BODY) if reader.has_column(F.BODY) else None
    if bodies is not None and (F.BODY, term) in reader:
        for n, docnum in enumerate(reader.postings(F.BODY, term).all_ids()):
            if n >= SURFACE_DOCS:
                break
            body = bodies[docnum]
            for start, end, _t in find_terms(body, frozenset([term]), analyzer):
                forms[body[start:end].lower()] += 1
    if not forms and (F.TITLE, term) in reader:
        for n, docnum in enumerate(reader.postings(F.TITLE, term).all_ids()):
            if n >= SURFACE_DOCS:
                break
            title = _title(reader, docnum)
            for start, end, _t in find_terms(title, frozenset([term]), analyzer):
                titles[title[start:end].lower()] += 1
    return forms, titles


def text_frequencies(searcher) -> Counter:
    """Term -> document frequency over the text fields of ``searcher``'s index."""
    try:
        df = _sidecar_frequencies(searcher)
    except Exception:  # noqa: BLE001 - no posting arrays: Whoosh's lexicon (slower)
        df = None
    if df is None:
        reader = searcher.reader()
        df = Counter()
        fields = set(reader.indexed_field_names())
        for field in TEXT_FIELDS:
            if field not in fields:
                continue
            for raw, info in reader.iter_field(field):
                text = raw.decode("utf-8") if isinstance(raw, bytes) else raw
                df[text] += info.doc_frequency()
    return df


def most_common_form(forms: Counter, term: str) -> str:
    """The most common of ``forms`` (how texts write ``term``); among equals the shortest
    (the base word, not a plural); ``term`` itself when there are none."""
    if not forms:
        return term
    return min(forms.items(), key=lambda kv: (-kv[1], len(kv[0]), kv[0]))[0]


def _title(reader, docnum: int) -> str:
    """An article's title: in its hit row (and in its stored fields in older indexes)."""
    title = reader.stored_fields(docnum).get(F.TITLE)
    if title:
        return title
    if reader.has_column(F.HIT):
        return orjson.loads(reader.column_reader(F.HIT)[docnum]).get("title") or ""
    return ""


def _sidecar_frequencies(searcher) -> Counter | None:
    """Term -> document frequency over the text fields, read from the segments' posting
    arrays (term texts and posting counts) instead of walking Whoosh's lexicon term by term,
    which takes seconds on a large index. Counts include deleted documents until a merge,
    as Whoosh's do. None when the searcher has no posting arrays."""
    state = getattr(searcher, "_searchidx", None)
    if state is None:
        return None
    df: Counter = Counter()
    for arrays, _offset, _live in state.postings.segments:
        for field in TEXT_FIELDS:
            if field not in arrays.text_fields:
                return None
            blob, offsets, rows = arrays.text_rows(field)
            data = bytes(blob)
            ends = offsets.tolist()
            counts = arrays.counts[rows].tolist()
            for i, n in enumerate(counts):
                df[data[ends[i] : ends[i + 1]].decode("utf-8")] += n
    return df


def distance(a: str, b: str, limit: int = 2) -> int:
    """Damerau-Levenshtein (optimal string alignment) distance of ``a`` and ``b``; any value
    above ``limit`` is returned as ``limit + 1``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    if a == b:
        return 0
    prev2: list[int] | None = None
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        lo = i
        ca = a[i - 1]
        for j in range(1, len(b) + 1):
            cb = b[j - 1]
            cost = 0 if ca == cb else 1
            v = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if prev2 is not None and i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                v = min(v, prev2[j - 2] + 1)
            cur[j] = v
            if v < lo:
                lo = v
        if lo > limit:
            return limit + 1
        prev2, prev = prev, cur
    return min(prev[-1], limit + 1)
