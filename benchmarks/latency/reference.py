"""Brute-force hit counts that explain why two engines disagree on a query.

Counts are computed over the same BenchDocs under three analyses:

* ``searchidx``: searchidx's own analyzer (NLTK regexp tokens, lower case, Snowball);
* ``fts5``: an approximation of FTS5's ``porter unicode61`` (runs of letters/digits,
  lower case, diacritics removed, NLTK's Porter in original-algorithm mode);
* ``hybrid``: FTS5's tokens with searchidx's Snowball stemmer.

Phrases follow Whoosh: each word 1..slop positions after the previous one, in order;
FTS5's ``NEAR`` is unordered, so its reference for slop > 1 is unordered too.

A disagreement is then classified: searchidx not matching its own brute-force count
is a searchidx bug (``searchidx-wrong``); otherwise the hybrid tells whether the
stemmer, the tokenizer or both explain it; ``near-unordered`` when only order does.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime, timedelta
from typing import Any

_U61 = re.compile(r"[^\W_]+")


def _fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text.lower()) if not unicodedata.combining(c))


class Analyses:
    def __init__(self):
        from nltk.stem.porter import PorterStemmer
        from nltk.stem.snowball import SnowballStemmer

        from searchidx.analysis import stemming_analyzer

        self._si = stemming_analyzer()
        porter = PorterStemmer(mode=PorterStemmer.ORIGINAL_ALGORITHM)
        snowball = SnowballStemmer("english")
        self._cache = {"fts5": {}, "hybrid": {}}
        self._stem = {"fts5": porter.stem, "hybrid": snowball.stem}

    def tokens(self, name: str, text: str) -> list[str]:
        if name == "searchidx":
            return [t.text for t in self._si(text)]
        cache, stem = self._cache[name], self._stem[name]
        out = []
        for w in _U61.findall(_fold(text)):
            s = cache.get(w)
            if s is None:
                s = cache[w] = stem(w) if len(w) > 2 or name == "hybrid" else w
            out.append(s)
        return out


NAMES = ("searchidx", "fts5", "hybrid")


class Reference:
    """Positional postings of just the words the given queries use."""

    def __init__(self, docs, queries):
        self.docs = docs
        self._values: dict[str, set[str]] = {}
        self._freq: dict[str, dict[str, int]] = {}
        self._lookups: dict[str, Any] = {}
        self.an = Analyses()
        self.qstems = {name: {w: self.an.tokens(name, w) for q in queries for w in q["words"]} for name in NAMES}
        self.post: dict[str, dict] = {}
        self.qpost: dict[str, dict] = {}
        needed = {name: {s for toks in self.qstems[name].values() for s in toks} for name in NAMES}
        for name in NAMES:
            post: dict[str, dict[int, list[list[int]]]] = {}
            qpost: dict[str, dict[int, list[list[int]]]] = {}
            qn = 0
            for i, d in enumerate(docs):
                for f, text in enumerate((d.title, d.body)):
                    for p, s in enumerate(self.an.tokens(name, text)):
                        if s in needed[name]:
                            post.setdefault(s, {}).setdefault(i, [[], []])[f].append(p)
                for text in d.quotes:
                    for p, s in enumerate(self.an.tokens(name, text)):
                        if s in needed[name]:
                            qpost.setdefault(s, {}).setdefault(qn, [[]])[0].append(p)
                    qn += 1
            self.post[name] = post
            self.qpost[name] = qpost
        self.quote_doc = [i for i, d in enumerate(docs) for _ in d.quotes]

    def _stems(self, name: str, words) -> list[str]:
        out = []
        for w in words:
            out.extend(self.qstems[name][w])
        return out

    def count(self, q: dict, name: str, ordered: bool = True) -> int:
        post = self.qpost[name] if q["target"] == "quotes" else self.post[name]
        stems = self._stems(name, q["words"])
        if not stems:
            return 0
        sets = [set(post.get(s, {})) for s in stems]
        op = q["op"]
        if op == "or":
            hits = set().union(*sets)
        else:
            hits = set.intersection(*sets)
        if op == "phrase" or (op == "term" and len(stems) > 1):
            slop = q.get("slop", 1) if op == "phrase" else 1
            hits = {i for i in hits if self._near(post, stems, i, slop, ordered)}
        if q["target"] == "quotes":
            return len(hits)
        if name == "searchidx":
            # searchidx's --speaker/--place: the value in any case, or, when no document
            # has it, every value containing it as words ("Austin" -> "Lloyd Austin").
            speakers = self._resolve("speakers", q.get("speaker"))
            places = self._resolve("places", q.get("place"))
            return sum(1 for i in hits if self._keep(self.docs[i], q, speakers, places))
        return sum(1 for i in hits if self._keep(self.docs[i], q))

    def _resolve(self, attr: str, value: str | None) -> set[str] | None:
        """searchidx's --speaker/--place: the stored values the typed name names, by the
        index's own name rules (a person by any of their names, a place by its aliases)."""
        if not value:
            return None
        if attr not in self._values:
            # the field's documents as the index counts them: each quotation is a document
            # of its own, with its speaker and its article's places
            freq: dict[str, int] = {}
            for d in self.docs:
                for v in set(getattr(d, attr)):
                    freq[v] = freq.get(v, 0) + 1 + (len(d.quotes) if attr == "places" else 0)
                if attr == "speakers":
                    for v in d.quote_speakers:
                        if v:
                            freq[v] = freq.get(v, 0) + 1
            self._values[attr] = set(freq)
            self._freq[attr] = freq
        values = self._values[attr]
        freq = self._freq[attr]
        if attr == "speakers":
            from searchidx.people import People

            lookup = self._lookups.get(attr)
            if lookup is None:
                lookup = self._lookups[attr] = People(values, lambda v: freq.get(v, 0))
            return {v.casefold() for p in lookup.find(value) for v in p.values}
        from searchidx.aliases import Places

        lookup = self._lookups.get(attr)
        if lookup is None:
            lookup = self._lookups[attr] = Places(values, lambda v: freq.get(v, 0))
        return {v.casefold() for v in lookup.find(value)}

    @staticmethod
    def _near(post, stems, i, slop, ordered) -> bool:
        for f in range(len(post[stems[0]][i])):
            starts = set(post[stems[0]][i][f])
            for s in stems[1:]:
                nxt = set(post[s][i][f])
                if ordered:
                    starts = {b for b in nxt if any(1 <= b - a <= slop for a in starts)}
                else:
                    starts = {b for b in nxt if any(1 <= abs(b - a) <= slop for a in starts)}
                if not starts:
                    break
            if starts:
                return True
        return False

    @staticmethod
    def _keep(d, q, speakers: set | None = None, places: set | None = None) -> bool:
        speakers = speakers if speakers is not None else ({q["speaker"].casefold()} if q.get("speaker") else None)
        places = places if places is not None else ({q["place"].casefold()} if q.get("place") else None)
        if speakers is not None and not speakers & {v.casefold() for v in d.speakers}:
            return False
        if places is not None and not places & {v.casefold() for v in d.places}:
            return False
        if q.get("since") or q.get("until"):
            if d.date is None:
                return False
            if q.get("since") and d.date < datetime.strptime(q["since"], "%Y-%m-%d"):
                return False
            if q.get("until") and d.date >= datetime.strptime(q["until"], "%Y-%m-%d") + timedelta(days=1):
                return False
        return True

    def classify(self, q: dict, searchidx_total: int, fts5_total: int) -> dict:
        ordered = q.get("slop", 1) <= 1
        ref = {
            "searchidx": self.count(q, "searchidx"),
            "fts5": self.count(q, "fts5", ordered=ordered),
            "hybrid": self.count(q, "hybrid"),
        }
        if searchidx_total != ref["searchidx"]:
            reason = "searchidx-wrong"
        elif (
            (q.get("speaker") or q.get("place"))
            and searchidx_total != fts5_total
            and (self._resolve("speakers", q.get("speaker")) or set())
            | (self._resolve("places", q.get("place")) or set())
            != {v.casefold() for v in (q.get("speaker"), q.get("place")) if v}
        ):
            reason = "keyword-words"  # searchidx resolved the value to names containing it
        elif fts5_total != ref["fts5"]:
            reason = "unexplained"  # the FTS5 approximation is off for this query
        elif not ordered and self.count(q, "fts5", ordered=True) == searchidx_total:
            reason = "near-unordered"
        elif ref["hybrid"] == searchidx_total:
            reason = "stemmer"  # FTS5's tokens with Snowball give searchidx's count
        elif ref["hybrid"] == fts5_total or (not ordered and self.count(q, "hybrid", ordered=False) == fts5_total):
            reason = "tokenizer"  # Snowball on FTS5's tokens gives FTS5's count
        else:
            reason = "tokenizer+stemmer"
        return {"reason": reason, "reference": ref}
