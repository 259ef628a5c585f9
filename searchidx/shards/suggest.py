"""Did you mean, over shards: a query's words are weighed by document frequencies summed
over every shard and corrected from the shards' merged vocabulary, as over one index
(``searchidx.suggest``). How a word is written is learnt from the first bodies holding it
in each shard, so on a rare tie of written forms the pick may differ from one index's."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from ..errors import SearchIdxError
from ..querysyntax import tokenize
from ..schema import F
from ..snippets import analyzer_parts
from ..suggest import RARE_DF, Vocabulary, _text_words, corrected, most_common_form


class ShardedVocabulary(Vocabulary):
    """The vocabulary of every shard (document frequencies summed); written forms are
    asked of the shards (``forms_of``)."""

    def __init__(self, df: Counter, analyzer, forms_of: Callable[[str], tuple[Counter, Counter]]):
        super().__init__(None, analyzer, df=df)
        self._forms_of = forms_of

    def _read_surface(self, term: str, searcher) -> str:
        try:
            body, title = self._forms_of(term)
        except SearchIdxError:
            return term  # a shard that cannot say: the stem is a fair answer
        return most_common_form(body or title, term)


def suggest_sharded(sx, query: str, partial_ok: bool = False, failed: dict | None = None) -> str | None:
    """A corrected ``query`` for the sharded index ``sx``, or None (``searchidx.suggest``)."""
    if not isinstance(query, str) or not query.strip():
        return None
    try:
        tokens = tokenize(query)
    except SearchIdxError:
        return None
    words = _text_words(query, tokens)
    if not words:
        return None
    analyzer = sx.schema[F.BODY].analyzer
    _pattern, stem = analyzer_parts(analyzer)
    stems = [stem(word.lower()) for _start, _end, word in words]
    failed = {} if failed is None else failed
    counts = sx._phase([(n, "text_df", (stems,)) for n in sx._live(failed)], partial_ok, failed)
    generations = {n: part["generation"] for n, part in counts.items()}
    totals = [sum(part["df"][i] for part in counts.values()) for i in range(len(stems))]
    if all(n >= RARE_DF for n in totals):
        return None  # every word is common: no need for the vocabulary
    return corrected(query, words, vocabulary(sx, analyzer, generations, partial_ok, failed), None)


def vocabulary(sx, analyzer, generations: dict[int, int], partial_ok: bool, failed: dict) -> ShardedVocabulary:
    key = tuple(sorted(generations.items()))
    cached = sx._vocabulary_cache
    if cached is not None and cached[0] == key:
        return cached[1]
    parts = sx._phase([(n, "text_vocabulary", ()) for n in sx._live(failed)], partial_ok, failed)
    df: Counter = Counter()
    for part in parts.values():
        df.update(part)

    def forms_of(term: str) -> tuple[Counter, Counter]:
        # Kept with the vocabulary, for later searches too: a shard that cannot say is left out.
        got = sx._phase([(n, "surface_forms", (term,)) for n in range(sx.shards)], True, {})
        body: Counter = Counter()
        title: Counter = Counter()
        for b, t in got.values():
            body.update(b)
            title.update(t)
        return body, title

    vocab = ShardedVocabulary(df, analyzer, forms_of)
    sx._vocabulary_cache = (key, vocab)
    return vocab
