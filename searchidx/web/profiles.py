"""A speaker's page: their quotes over time, month counts, and what they are quoted with.

Built from ``Index`` searches only: ``quotes('*', speaker=NAME)`` (every quote of the
person, newest first, up to ``TIMELINE_MAX``) and ``search('*', speaker=NAME, facets=...)``
(the articles quoting them: places, other speakers, sources, months). Topics are the
words of their quotes that are most particular to them: how many of their quotes use a
word, weighted by how rare the word is in the whole index (tf-idf over quotes).
"""

from __future__ import annotations

import math
import re
from collections import Counter

from ..schema import F
from ..suggest import _vocabulary, _word_pattern

#: Quotes read for the month counts and topics (the newest; ``truncated`` says when cut).
TIMELINE_MAX = 5000
TOPICS = 15
FACET_LIMIT = 15
_STOP = frozenset(
    """
a about above after again against all also am an and any are as at be because been before being below
between both but by can could did do does doing down during each few for from further had has have having
he her here hers herself him himself his how i if in into is it its itself just let me more most my myself
no nor not now of off on once only or other our ours ourselves out over own said same say says she should
so some such than that the their theirs them themselves then there these they this those through to too
under until up very was we were what when where which while who whom why will with would you your yours
yourself yourselves told tell mr mrs ms us one two also would could may might must shall year years
every take keep make get go come want need know think see like well many much still even back way
time going new now must today made can't won't don't it's we're they're that's there's
""".split()
)
_DIGITS = re.compile(r"\d")


def speaker_profile(ix, name: str, limit: int = 50, offset: int = 0) -> dict:
    """What the speaker page and ``/api/speakers/{name}`` show. ``names`` lists the people
    ``name`` matched (empty, with ``suggestions``, when it matched nobody)."""
    quotes = ix.quotes("*", speaker=name, sort="date", limit=TIMELINE_MAX)
    match = quotes.matches[0] if quotes.matches else None
    names = list(match.names) if match else []
    out = {"speaker": name, "names": names, "suggestions": list(match.suggestions) if match and not names else []}
    if not names:
        return out
    articles = ix.search(
        "*",
        speaker=name,
        facets=("place", "speaker", "source", "month"),
        limit=0,
        facet_limit=FACET_LIMIT,
        snippets=False,
    )
    months = Counter(q.date.strftime("%Y-%m") for q in quotes.hits if q.date is not None)
    cut = {n.lower() for n in names}
    out.update(
        {
            "quotes_total": quotes.total,
            "articles_total": articles.total,
            "truncated": quotes.total > len(quotes.hits),
            "months": [{"value": m, "count": months[m]} for m in _month_range(months)],
            "article_months": [{"value": v, "count": c} for v, c in articles.facets.get("month", [])],
            "places": [{"value": v, "count": c} for v, c in articles.facets.get("place", [])],
            "speakers": [
                {"value": v, "count": c} for v, c in articles.facets.get("speaker", []) if v.lower() not in cut
            ][:FACET_LIMIT],
            "sources": [{"value": v, "count": c} for v, c in articles.facets.get("source", [])],
            "topics": _topics(ix, [q.text for q in quotes.hits], names),
            "limit": limit,
            "offset": offset,
            "quotes": [q.to_dict() for q in quotes.hits[offset : offset + limit]],
        }
    )
    return out


def _month_range(months: Counter) -> list[str]:
    """Every month from the first to the last with a quote (gaps as zero), at most 20 years."""
    if not months:
        return []
    first, last = min(months), max(months)
    y, m = int(first[:4]), int(first[5:7])
    out = []
    while len(out) < 240:
        key = f"{y:04d}-{m:02d}"
        out.append(key)
        if key >= last:
            break
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out if out[-1] >= last else sorted(months)


def _topics(ix, texts: list[str], names: list[str]) -> list[dict]:
    """The words most particular to these quotes, each as the quotes most often write it."""
    if not texts:
        return []
    if hasattr(ix, "shards"):  # a sharded index: every shard's words
        vocab, total_docs = ix.vocabulary()
    else:
        vocab = _vocabulary(ix._searcher(), ix.schema[F.BODY].analyzer)
        total_docs = ix._searcher().doc_count()
    stem = vocab._stem
    pattern = _word_pattern()
    skip = {stem(w.lower()) for n in names for w in pattern.findall(n)}
    per_quote: Counter = Counter()
    forms: dict[str, Counter] = {}
    for text in texts:
        seen = set()
        for w in pattern.findall(text):
            low = w.lower()
            if len(low) < 3 or low in _STOP or _DIGITS.search(low):
                continue
            t = stem(low)
            if t in skip or t in _STOP:
                continue
            forms.setdefault(t, Counter())[low] += 1
            seen.add(t)
        per_quote.update(seen)
    total_docs = max(total_docs, 1)
    scored = []
    for t, n in per_quote.items():
        if n < 2 and len(texts) > 3:
            continue  # one quote's word is not a topic
        df = vocab.df.get(t, 0) or 1
        scored.append((n * math.log(1 + total_docs / df), n, t))
    scored.sort(key=lambda x: (-x[0], x[2]))
    out = []
    for _score, n, t in scored[:TOPICS]:
        form = min(forms[t].items(), key=lambda kv: (-kv[1], len(kv[0])))[0]
        out.append({"value": form, "count": n})
    return out
