"""Fixed, versioned query sets, generated from a corpus with a fixed seed.

A query is an engine-neutral dict; each engine translates it (``engines.py``)::

    {"id": "phrase2-0007", "type": "phrase2", "words": ["oil", "prices"], "op": "phrase",
     "slop": 1, "speaker": null, "place": null, "since": null, "until": null,
     "facets": false, "target": "docs"}

``op`` is ``term``, ``phrase`` (``slop`` 1 = adjacent, as in Whoosh), ``and`` or ``or``;
``target`` is ``docs`` or ``quotes``. Words are lower-case ASCII letters only, and
phrase/slop words are separated only by spaces in the source text, so tokenizer
differences (``U.S.``, ``12,000``, ``company's``) cannot move positions.

Sets are saved as ``queries/<corpus>-v1.json`` and regenerated only when missing, so
every run (and every engine) times the same queries.
"""

from __future__ import annotations

import json
import math
import random
import re
from collections import Counter
from collections.abc import Sequence
from datetime import timedelta
from pathlib import Path

VERSION = 1
SEED = 1987
PER_TYPE = 200
QUERY_DIR = Path(__file__).resolve().parent / "queries"

BASE_TYPES = ("term", "phrase2", "phrase3", "slop", "and", "or", "filter", "date")
FACET_TYPES = tuple(f"{t}+facets" for t in BASE_TYPES)
TYPES = BASE_TYPES + FACET_TYPES + ("quote",)
FACETS = ("speaker", "place", "month")

TOKEN = re.compile(r"\w+(?:[.,'’]\w+)*")  # searchidx's token pattern (analysis.TOKEN_PATTERN)
ALPHA = re.compile(r"[a-z]+")


def query_path(key: str, version: int = VERSION, folder: Path | None = None) -> Path:
    return (folder or QUERY_DIR) / f"{key}-v{version}.json"


def _tokens(text: str) -> list[tuple[str, int, int]]:
    return [(m.group(), m.start(), m.end()) for m in TOKEN.finditer(text)]


def _word(tok: str) -> str | None:
    """The lower-cased token if it is plain ASCII letters (safe for every engine's parser)."""
    low = tok.lower()
    return low if ALPHA.fullmatch(low) else None


def _run(text: str, toks, i: int, n: int, step: int = 1) -> list[str] | None:
    """Words ``toks[i], toks[i+step], ...`` (n of them) if every token from i to the last
    is a plain word and only spaces separate them; else None."""
    last = i + (n - 1) * step
    if last >= len(toks):
        return None
    words = []
    for j in range(i, last + 1):
        w = _word(toks[j][0])
        if w is None:
            return None
        if j > i and text[toks[j - 1][2] : toks[j][1]].strip():
            return None
        words.append(w)
    return words[::step]


def _query(
    qtype: str,
    words: Sequence[str],
    op: str,
    slop: int = 1,
    speaker=None,
    place=None,
    since=None,
    until=None,
    target: str = "docs",
) -> dict:
    return {
        "type": qtype,
        "words": list(words),
        "op": op,
        "slop": slop,
        "speaker": speaker,
        "place": place,
        "since": since,
        "until": until,
        "facets": False,
        "target": target,
    }


class _Tokenized:
    """``_tokens`` of a document's body by index, the last few kept (picks repeat)."""

    def __init__(self, docs, keep: int = 4096):
        self.docs, self.keep, self.cache = docs, keep, {}

    def __getitem__(self, i: int):
        toks = self.cache.get(i)
        if toks is None:
            if len(self.cache) >= self.keep:
                self.cache.clear()
            toks = self.cache[i] = _tokens(self.docs[i].body)
        return toks


def generate(docs, per_type: int = PER_TYPE, seed: int = SEED) -> list[dict]:
    """Every query type, ``per_type`` each, from BenchDocs; deterministic for (docs, seed)."""
    rng = random.Random(seed)
    # Token lists of every document at once took more than 24 GB at 1M documents: one pass
    # counts, and a document picked later is tokenized again.
    df: Counter = Counter()
    with_tokens = []
    for i, d in enumerate(docs):
        toks = _tokens(d.body)
        df.update({w for t, _, _ in toks + _tokens(d.title) if (w := _word(t)) and len(w) >= 3})
        if len(toks) >= 4:
            with_tokens.append(i)
    tokenized = _Tokenized(docs)

    # Single terms across the frequency range: equal numbers per log2(df) bucket.
    buckets: dict[int, list[str]] = {}
    for w in sorted(df):
        buckets.setdefault(int(math.log2(df[w])), []).append(w)
    terms: list[str] = []
    keys = sorted(buckets)
    pools = {k: rng.sample(buckets[k], len(buckets[k])) for k in keys}
    while len(terms) < per_type and any(pools.values()):
        for k in keys:
            if pools[k] and len(terms) < per_type:
                terms.append(pools[k].pop())
    out: dict[str, list[dict]] = {t: [] for t in TYPES}
    out["term"] = [_query("term", [w], "term") for w in terms]

    def sample(qtype: str, make, limit: int = 200_000) -> None:
        seen = set()
        tries = 0
        while len(out[qtype]) < per_type and tries < limit and with_tokens:
            tries += 1
            q = make()
            if q is None:
                continue
            key = json.dumps(q, sort_keys=True)
            if key not in seen:
                seen.add(key)
                out[qtype].append(q)

    def pick():
        i = rng.choice(with_tokens)
        return docs[i], tokenized[i]

    def phrase(n: int):
        d, toks = pick()
        words = _run(d.body, toks, rng.randrange(len(toks)), n)
        return _query(f"phrase{n}", words, "phrase") if words else None

    def slop():
        d, toks = pick()
        dist = rng.choice((2, 3))
        words = _run(d.body, toks, rng.randrange(len(toks)), 2, step=dist)
        if not words or words[0] == words[1]:
            return None
        return _query("slop", words, "phrase", slop=dist + rng.choice((0, 1)))

    def doc_words(toks, k: int):
        words = sorted({w for t, _, _ in toks if (w := _word(t)) and len(w) >= 3})
        return rng.sample(words, k) if len(words) >= k else None

    def conj():
        _, toks = pick()
        words = doc_words(toks, rng.choice((2, 3)))
        return _query("and", words, "and") if words else None

    def disj():
        k = rng.choice((2, 3))
        return _query("or", rng.sample(terms, k), "or") if len(terms) >= k else None

    labelled = {
        "speaker": [i for i in with_tokens if docs[i].speakers],
        "place": [i for i in with_tokens if docs[i].places],
    }

    def filtered():
        field = rng.choice([f for f in ("speaker", "place") if labelled[f]] or [None])
        if field is None:
            return None
        i = rng.choice(labelled[field])
        words = doc_words(tokenized[i], 1)
        if not words:
            return None
        value = rng.choice(sorted(getattr(docs[i], field + "s")))
        return _query("filter", words, "term", **{field: value})

    dated = [i for i in with_tokens if docs[i].date is not None]

    def ranged():
        if not dated:
            return None
        i = rng.choice(dated)
        words = doc_words(tokenized[i], 1)
        if not words:
            return None
        window = rng.choice((7, 31, 92, 365))
        start = docs[i].date - timedelta(days=rng.randrange(window))
        end = start + timedelta(days=window - 1)
        return _query("date", words, "term", since=start.strftime("%Y-%m-%d"), until=end.strftime("%Y-%m-%d"))

    quoted = [(i, k) for i in range(len(docs)) for k in range(len(docs[i].quotes))]

    def quote():
        if not quoted:
            return None
        i, k = rng.choice(quoted)
        text = docs[i].quotes[k]
        toks = _tokens(text)
        if not toks:
            return None
        if rng.random() < 0.5:
            words = doc_words(toks, 1)
            return _query("quote", words, "term", target="quotes") if words else None
        words = _run(text, toks, rng.randrange(len(toks)), 2)
        return _query("quote", words, "phrase", target="quotes") if words else None

    sample("phrase2", lambda: phrase(2))
    sample("phrase3", lambda: phrase(3))
    sample("slop", slop)
    sample("and", conj)
    sample("or", disj)
    sample("filter", filtered)
    sample("date", ranged)
    sample("quote", quote)
    for base in BASE_TYPES:
        out[f"{base}+facets"] = [dict(q, type=f"{base}+facets", facets=True) for q in out[base]]
    queries = []
    for qtype in TYPES:
        for n, q in enumerate(out[qtype], start=1):
            queries.append({"id": f"{qtype}-{n:04d}", **q})
    return queries


def load_or_generate(key: str, docs_factory, per_type: int = PER_TYPE, folder: Path | None = None) -> list[dict]:
    """The saved set for ``key``, or a new one from ``docs_factory()`` saved for next time."""
    path = query_path(key, folder=folder)
    if path.exists():
        return json.loads(path.read_text(encoding="utf-8"))["queries"]
    queries = generate(docs_factory(), per_type=per_type)
    path.parent.mkdir(parents=True, exist_ok=True)
    save(path, key, queries, per_type)
    return queries


def save(path: Path, key: str, queries: Sequence[dict], per_type: int) -> None:
    """JSON with one query per line (readable diffs)."""
    head = {"corpus": key, "version": VERSION, "seed": SEED, "per_type": per_type, "types": list(TYPES)}
    lines = [json.dumps(head, ensure_ascii=False)[:-1] + ', "queries": [']
    lines += [json.dumps(q, ensure_ascii=False) + ("," if i < len(queries) - 1 else "") for i, q in enumerate(queries)]
    lines.append("]}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def by_type(queries: Sequence[dict]) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for q in queries:
        out.setdefault(q["type"], []).append(q)
    return out
