"""Speaker values as people: which stored values name one person, and whom a typed name means.

An index holds a person under several values: "Tony Blair" from one article, a bare
"Blair" or "Mr Blair" from another where extraction found no fuller name. A typed
name ("Blair", "Mr Blair", "tony blair", "Jose") is compared with every value after
folding both the same way (case, diacritics, punctuation, leading titles), so that
no spelling the index holds hides the person. Nothing here knows any particular name.
"""

from __future__ import annotations

import difflib
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

#: Words before a name that say who someone is, not which person: honorifics, offices,
#: ranks and the words that qualify them ("Home Secretary", "former President"). Only
#: leading words are dropped, and never the last word, so "Mr Major" keeps "Major".
TITLES = frozenset(
    """
mr mrs ms miss mx dr sir dame lord lady baron baroness earl viscount duke duchess
prof professor rev revd reverend fr father sister brother rabbi imam sheikh sheik ayatollah
mme mlle m herr frau signor senor senora
president premier chancellor secretary minister senator sen congressman congresswoman
rep representative governor gov mayor judge justice ambassador commissioner envoy
general gen admiral colonel col captain capt commander lieutenant lt sergeant sgt
king queen prince princess pope emperor archbishop bishop cardinal
prime vice deputy acting former outgoing incoming shadow foreign home defence defense
finance interior health education culture trade transport environment energy
chief executive first attorney state junior assistant under
""".split()
)

#: Words after a name that are not part of it ("Martin Luther King Jr", "Jane Doe MP").
SUFFIXES = frozenset("jr sr ii iii iv mp msp mep qc kc obe mbe cbe kbe phd".split())

#: A bare surname stored alone ("Blair") belongs to the one person in the index with
#: that surname; when several share it, to the one holding at least this share of
#: their documents (a reader of the archive would take "Blair" to mean them too).
DOMINANT_SHARE = 0.9


def fold(text: str) -> str:
    """Lower case, no diacritics, no full stops; hyphens and apostrophe forms unified."""
    return " ".join(_folded_words(text))


def _folded_words(text: str) -> list[str]:
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in text if not unicodedata.combining(c))
    return text.casefold().replace("\u2019", "'").replace(".", " ").replace("-", " ").replace("_", " ").split()


def name_key(text: str) -> tuple[str, ...]:
    """The words that say which person ``text`` names: folded, leading titles and
    trailing suffixes dropped (one word always stays)."""
    words = _folded_words(text)
    while len(words) > 1 and words[0] in TITLES:
        words.pop(0)
    while len(words) > 1 and words[-1] in SUFFIXES:
        words.pop()
    return tuple(words)


@dataclass(eq=False)
class Person:
    """One person as the index knows them: a display name and the stored values naming them."""

    key: tuple[str, ...]
    values: list[str]
    keys: set[tuple[str, ...]]
    _docs: Callable[[str], int] = field(repr=False)
    _own: int = field(default=-1, repr=False)
    _name: str = field(default="", repr=False)

    @property
    def docs(self) -> int:
        """Documents holding one of the person's own full-name values (counted on first use:
        most lookups never need it)."""
        if self._own < 0:
            self._own = sum(self._docs(v) for v in self._full_values())
        return self._own

    @property
    def name(self) -> str:
        """The most used of the person's full-name values without a title, else of them all."""
        if not self._name:
            full = self._full_values()
            plain = [v for v in full if tuple(fold(v).split()) == self.key] or full
            self._name = plain[0] if len(plain) == 1 else max(plain, key=lambda v: (self._docs(v), len(v), v))
        return self._name

    def _full_values(self) -> list[str]:
        return [v for v in self.values if name_key(v) == self.key]

    def named_by(self, words: tuple[str, ...]) -> bool:
        """Whether ``words`` are one of this person's names, or a run of words in one."""
        n = len(words)
        return any(key[i : i + n] == words for key in self.keys for i in range(len(key) - n + 1))


class People:
    """The people behind a field's stored values, with lookups by typed name.

    A one-off search looks up one or two names, so nothing is made for the people it never
    names: the values are grouped by name key up front (cheap), and a lookup finds the keys
    holding its word by scanning them. Past ``INDEX_AFTER`` lookups (a long-running server)
    the keys are indexed by word once instead.
    """

    INDEX_AFTER = 8

    def __init__(self, values: Iterable[str], docs: Callable[[str], int], index_after: int | None = None):
        groups: dict[tuple[str, ...], list[str]] = {}
        for value in values:
            key = name_key(value)
            if key:
                groups.setdefault(key, []).append(value)
        self._docs = docs
        self._multi = {key: vals for key, vals in groups.items() if len(key) > 1}
        # A bare surname's owner is settled when a lookup first needs it: deciding it counts
        # documents, which for every surname of a large index costs more than the search.
        self._singles = {key[0]: vals for key, vals in groups.items() if len(key) == 1}
        self._persons: dict[tuple[str, ...], Person] = {}  # made when first named
        self._scans_left = self.INDEX_AFTER if index_after is None else index_after
        self._by_word: dict[str, list[tuple[str, ...]]] | None = None
        self._by_surname: dict[str, list[tuple[str, ...]]] | None = None
        self._display: dict[str, str] | None = None  # folded word -> as written; made when first suggesting

    @property
    def people(self) -> list[Person]:
        """Everyone, every bare name settled (what ``suggest`` and a full listing need)."""
        for key in self._multi:
            self._person(key)
        self.settle_all()
        return list(self._persons.values())

    def _person(self, key: tuple[str, ...]) -> Person:
        person = self._persons.get(key)
        if person is None:
            person = self._persons[key] = Person(key, list(self._multi[key]), {key}, self._docs)
        return person

    def _keys(self, word: str, surname: bool) -> list[tuple[str, ...]]:
        """The full-name keys holding ``word`` (as their last word, with ``surname``)."""
        if self._by_word is None and self._scans_left <= 0:
            by_word: dict[str, list[tuple[str, ...]]] = {}
            by_surname: dict[str, list[tuple[str, ...]]] = {}
            for key in self._multi:
                by_surname.setdefault(key[-1], []).append(key)
                for w in set(key):
                    by_word.setdefault(w, []).append(key)
            self._by_word, self._by_surname = by_word, by_surname
        if self._by_word is not None and self._by_surname is not None:
            return (self._by_surname if surname else self._by_word).get(word, [])
        self._scans_left -= 1
        if surname:
            return [key for key in self._multi if key[-1] == word]
        return [key for key in self._multi if word in key]

    def _settle(self, word: str) -> None:
        """Give the values stored as the bare name ``word`` to the person they mean, or make
        them a person of their own (see ``_owner``)."""
        vals = self._singles.pop(word, None)
        if vals is None:
            return
        owner = _owner([self._person(key) for key in self._keys(word, surname=True)])
        if owner is None:
            self._persons[(word,)] = Person((word,), list(vals), {(word,)}, self._docs)
        else:
            owner.values.extend(vals)
            owner.keys.add((word,))

    def settle_all(self) -> None:
        """Settle every bare name."""
        for word in list(self._singles):
            self._settle(word)

    def _written(self, word: str) -> str:
        """A folded name word as a stored value writes it ("blair" -> "Blair")."""
        if self._display is None:
            display: dict[str, str] = {}
            for value in sorted(v for p in self.people for v in p.values):
                for written in value.replace("-", " ").split():
                    display.setdefault(fold(written), written.strip(".,"))
            self._display = display
        return self._display.get(word, word)

    def find(self, text: str) -> list[Person]:
        """Everyone ``text`` names (full name, surname or any run of name words; any case,
        diacritics or title), most documents first."""
        words = name_key(text)
        if not words:
            return []
        self._settle(words[0])
        candidates = [self._person(key) for key in self._keys(words[0], surname=False)]
        single = self._persons.get((words[0],))
        if single is not None:
            candidates.append(single)
        found = [p for p in candidates if p.named_by(words)]
        for p in found:
            self._settle(p.key[-1])  # the bare surname values that are theirs
        return sorted(found, key=lambda p: (-p.docs, p.name))

    def suggest(self, text: str, n: int = 3) -> list[str]:
        """Close spellings of ``text`` among the names the index holds ("Bliar" -> "Blair")."""
        words = name_key(text)
        if not words:
            return []
        people = self.people
        if len(words) == 1:
            vocabulary = {w for p in people for key in p.keys for w in key}
            close = difflib.get_close_matches(words[0], sorted(vocabulary), n=n, cutoff=0.75)
            return [self._written(w) for w in close]
        names = {" ".join(key): p.name for p in people for key in p.keys if len(key) > 1}
        # Whole names share their given or family name with many others: only a near spelling counts.
        close = difflib.get_close_matches(" ".join(words), list(names), n=n, cutoff=0.85)
        return list(dict.fromkeys(names[c] for c in close))


def _owner(candidates: list[Person]) -> Person | None:
    """The person a bare surname stands for: the only one with it, or the one holding
    ``DOMINANT_SHARE`` of their documents; None when it could be several."""
    if len(candidates) == 1:
        return candidates[0]
    total = sum(p.docs for p in candidates)
    if not candidates or not total:
        return None
    top = max(candidates, key=lambda p: p.docs)
    return top if top.docs >= DOMINANT_SHARE * total else None
