"""Absolute and relative date expressions, resolved against a reference date.

Values are ISO strings with their natural granularity: ``2024-10-24`` (day),
``2024-W43`` (week), ``2024-06`` (month), ``2024`` (year).

Rules for expressions that leave something open (``ref`` = reference date):

* day and month without a year ("October 27", "Oct. 27"): the latest such date
  at most 90 days after ``ref`` ("Feb. 2" in an October story is this year's,
  "December 30" in a January story last year's, "January 5" in a December
  story next year's);
* a month alone after a preposition ("in June", "first mooted in February"):
  the month of ``ref``'s year if it is not after ``ref``'s month, else of the
  year before; when the words just before speak of the future ("will", "expected",
  "plans", "due") the next such month on or after ``ref``'s month instead.
  "last June" is the most recent June strictly before ``ref``'s month, "next
  June" the first strictly after, "this June" ``ref``'s year;
* a weekday ("on Friday", "Friday"): the most recent such day on or before
  ``ref`` (future wording as above: on or after); "last Thursday" strictly
  before, "next Thursday" strictly after, "this Thursday" within ``ref``'s week;
* "today"/"tonight", "yesterday", "tomorrow"; "this/last/next week" (ISO week),
  "this/last/next month", "this/last/next year", "earlier/later this year";
  "N days/weeks/months/years ago";
* "the year" after for/of/in/during/throughout, "earlier/later in the year": ``ref``'s
  year (not "the year ended/to ...", a period; not "for the year" in January-March);
  "soon" (not "as soon as", "soon after", "too soon"): FUTURE_REF;
* a weekday right before its date ("Friday, Oct. 23") is one expression with that date;
* future wording counts only within the expression's sentence; a weekday that opens
  its sentence also looks ahead ("On Tuesday, the league plans to ...");
* a four-digit number is a year only after a preposition or "the"/"fiscal"
  ("in 2022", "the 2022 Russian invasion"), not before a unit ("the 2000 shares").

Without a reference date only expressions that name their year are kept.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from .lexicon import (
    DECADE_WORDS,
    FUTURE_CUES,
    FUTURE_PHRASES,
    MONTHS,
    NUMBER_WORDS,
    ORDINALS,
    SEASONS,
    TENS_WORDS,
    UNIT_WORDS,
    WEEKDAYS,
    YEAR_UNIT_WORDS,
)
from .rx import alternation

_MON_NAMES = "January February March April May June July August September October November December".split()
_MON_ABBR = "Jan Feb Mar Apr Jun Jul Aug Sept Sep Oct Nov Dec".split()
_MON_ANY = alternation(_MON_NAMES + _MON_ABBR)
_MON_FULL = alternation(_MON_NAMES + [a + "." for a in _MON_ABBR])
_WD = alternation("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_NUMW = alternation(NUMBER_WORDS)
_TENS = alternation(TENS_WORDS)
_UNITS = alternation(UNIT_WORDS)
_ORD = alternation([*ORDINALS, *(o.capitalize() for o in ORDINALS if o[0].isalpha())])
_MONTH_PRE = (
    r"(?:in|In|since|Since|by|By|until|Until|till|from|From|through|during|During|before|Before|"
    r"after|After|of|early|Early|late|Late|end|End|beginning|start|between|Between|for|For)"
)
_YEAR_PRE = (
    r"(?:in|In|since|Since|by|By|until|Until|till|from|From|through|during|During|before|Before|"
    r"after|After|of|the|The|early|late|fiscal|Fiscal|year|between|Between|and|to|for|For|"
    r"A|[a-z]+|[A-Z][a-z]+(?:'s|’s))"
)
#: "nineteen ninety-six", "eighteen twelve"; "two thousand (and) one" needs "the year" or a preposition.
_SPELLED = (
    r"(?:(?P<sh>nineteen|eighteen)\s+(?P<st>" + _TENS + r")(?:[- ](?P<su>" + _UNITS + r"))?\b"
    r"|(?:(?<=\bthe year )|(?<=\bin )|(?<=\bby )|(?<=\buntil )|(?<=\bsince ))two\s+thousand"
    r"(?:\s+(?:and\s+)?(?P<s2u>" + _UNITS + r"))?\b)"
)
_QMODS = r"(?:(?:fiscal|latest|current|year-earlier|year-ago|comparable|flat|same|final|last|the)[\s-]+)*"

#: Words that can begin a date expression; the scanner tries its patterns only
#: at word starts where one of these (or a digit) stands.
_FIRST_WORDS = alternation(
    set(
        """
the this that its their a an last next early late mid more most very only until right just now
currently nowadays these current present recently recent several few many future year yesterday
today tomorrow tonight earlier later on fiscal latest comparable flat same final one thanksgiving
christmas new nineteen eighteen two soon
""".split()
    )
    | set(NUMBER_WORDS)
    | set(ORDINALS)
    | set(SEASONS)
    | set(DECADE_WORDS)
    | set(MONTHS)
    | set(WEEKDAYS)
)
_MONTH_PRE_RX = re.compile(r"(?:\b" + _MONTH_PRE + r"\s+(?:the\s+)?|\bmid-|\b[Ee]arly-|\b[Ll]ate-)$")
_YEAR_PRE_RX = re.compile(r"(?:\b" + _YEAR_PRE + r"|\bmid-)\s*$")

_DATE_RX = re.compile(
    r"(?<!\w)(?=\d|mid-|(?i:" + _FIRST_WORDS + r")\b)(?:"
    r"(?P<ISO>\b(?P<iy>\d{4})-(?P<im>\d\d)-(?P<id>\d\d)\b)"
    r"|(?P<DMY>\b(?P<dd>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<dm>"
    + _MON_ANY
    + r")\b\.?(?:,?\s+(?P<dy>"
    + _YEAR
    + r")\b(?!-\d))?)"
    r"|(?P<MDY>\b(?P<mm>"
    + _MON_ANY
    + r")\b\.?\s+(?P<md>[0-3]?\d)(?:st|nd|rd|th)?\b(?![.,]\d|\s*(?:%|pct|per|mln|billion))"
    r"(?:,?\s+(?P<my>" + _YEAR + r")\b(?!-\d))?)"
    r"|(?P<MY>\b(?P<ym>" + _MON_ANY + r")\b\.?,?\s+(?:of\s+)?(?P<yy>" + _YEAR + r")\b)"
    r"|(?P<HOLIDAY>\b(?:(?P<hpre>[Ll]ast|[Nn]ext|[Tt]his)\s+)?(?P<hn>Thanksgiving|Christmas|New\s+Year's|New\s+Year’s)"
    r"(?:\s+(?P<hd>Day|Eve))?\b)"
    r"|(?P<SEASON>\b(?:(?P<spre>[Ll]ast|[Nn]ext|[Tt]his(?:\s+past|\s+coming)?|[Tt]he|[Ee]arly|[Ll]ate|[Mm]id)[\s-]+)"
    r"(?:(?P<spre2>early|late|mid)[\s-]+)?(?P<sn>spring|summer|fall|autumn|winter)\b(?:\s+of\s+(?P<sy>"
    + _YEAR
    + r"))?)"
    r"|(?P<QUARTER>\b(?:(?:[Tt]he|[Ii]ts|[Tt]heir|[Tt]his|[Tt]hat|[Aa])\s+)?(?:(?P<qy1>"
    + _YEAR
    + r")\s+)?(?P<qmods>"
    + _QMODS
    + r")"
    r"(?P<qn>" + _ORD + r")[\s-]+(?:fiscal[\s-]+)?quarter\b(?:\s+of\s+(?:fiscal\s+)?(?P<qy2>" + _YEAR + r")\b)?)"
    r"|(?P<QANA>\b(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir)\s+(?P<qamods>(?:(?:latest|current|most\s+recent|recent|past|"
    r"year-earlier|year-ago|comparable|same|fiscal|previous|prior|just-ended|September|June|March|December)\s+)*)"
    r"(?:quarter\b|period\b(?:(?<=latest period)|(?<=earlier period)|(?<=ago period)|(?<=comparable period)))"
    r"(?!s|\s+(?:point|percentage|of\s+(?:a|an|the|its|their)|mile|century)))"
    r"|(?P<YAGO>\b(?:(?:[Tt]he|[Aa])\s+)?(?:(?:comparable|same)\s+)?(?:[Yy]ear[- ](?P<yadj>earlier|ago)|(?:[Aa]|one)\s+year\s+(?:earlier|ago|before))"
    r"(?:\s+(?P<yq>(?:(?:" + _ORD + r")\s+)?quarter|period)\b)?)"
    r"|(?P<DECADE>\b(?:[Tt]he\s+)?(?:(?:early|mid|late)[\s-]+)?(?:(?P<dc>1[89]\d|20\d)0'?s|'(?P<dc2>\d)0s|(?P<dw>"
    + alternation(DECADE_WORDS)
    + r"))\b)"
    r"|(?P<CENTURY>\b(?:[Tt]he\s+)?(?:(?:early|mid|late)[\s-]+)?(?P<cn>1\d|20|21)(?:st|nd|rd|th)[\s-]+century\b)"
    r"|(?P<SPELLED>(?:\b[Tt]he\s+year\s+)?" + _SPELLED + r")"
    r"|(?P<THEYEAR>(?:\b(?P<tyadv>[Ee]arlier|[Ll]ater)\s+in\s+|(?<=\b[Ff]or\s)|(?<=\b[Oo]f\s)|(?<=\b[Ii]n\s)|(?<=\b[Dd]uring\s)"
    r"|(?<=\bthroughout\s))the\s+year\b(?![-'’]|s\b|\s+(?:ended|ending|to|through|till|until|ago|earlier|before|after|\d|two|nineteen|eighteen)\b))"
    r"|(?P<SOON>(?<!\bas\s)(?<!\bso\s)(?<!\btoo\s)(?<!\bhow\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bhad\s)\b[Ss]oon\b"
    r"(?!\s+(?:as|after|afterwards?|thereafter|before|enough|became|began|[a-z]+ed)\b))"
    r"|(?P<ANAYEAR>\b(?:(?P<apre>[Ll]ater|[Ee]arlier)\s+)?(?:[Tt]hat|[Tt]he\s+(?P<arel>same|following|previous|preceding))\s+year\b(?!s))"
    r"|(?P<CURPER>\b[Tt]he\s+current\s+(?:(?P<cufis>fiscal|calendar)\s+)?(?P<cu>year|quarter|month|week)\b)"
    r"|(?P<PASTYEAR>\b[Tt]he\s+past\s+year\b(?![\s-]+(?:and|or|to|from|alone)\b)(?!s|'s|’s))"
    r"|(?P<PRESENT>\b(?:(?:[Rr]ight|[Jj]ust)\s+)?(?:[Nn]ow|[Cc]urrently|[Nn]owadays)\b(?![-’']\w)|\b[Tt]hese\s+days\b"
    r"|\b[Cc]urrent\b(?![-\s]+(?:account|accounts|assets|liabilities|affairs|events|contract|contracts|fiscal|calendar|year|quarter|month|week|period))"
    r"|\b(?<=at )present\b|\bthe\s+present\b(?!\s+[a-z]))"
    r"|(?P<PAST>\b(?:[Mm]ore\s+|[Mm]ost\s+|[Vv]ery\s+|[Oo]nly\s+|[Uu]ntil\s+)?[Rr]ecently\b|\b(?<=in )recent\s+(?:years|decades|times|days)\b"
    r"|\b[Rr]ecent\s+(?:years|decades|times)\b|\b[Tt]he\s+past\b(?![\s-]+(?:\d|few|several|couple|many|"
    + _NUMW
    + r"|"
    + _TENS
    + r"|year|month|week|day|decade|centur|quarter|hour|season|period|time|term|fiscal))|\b(?:several|a\s+few|many)\s+(?:years|months|decades)\s+ago\b)"
    r"|(?P<FUTURE>\b[Tt]he\s+(?:(?:near|distant|foreseeable|immediate)\s+)?future\b|\b(?<=in )future\b"
    r"|\b[Tt]he\s+(?:near|short)\s+term\b|\ba\s+later\s+date\b|\bfuture\s+(?:quarters|years|generations)\b)"
    r"|(?P<WEEKEND>\b(?P<wepre>[Tt]he|[Tt]his|[Ll]ast|[Nn]ext)\s+weekend\b)"
    r"|(?P<YEAREND>\b(?:[Yy]ear[- ]end|[Yy]ear's\s+end|[Yy]ear’s\s+end|the\s+end\s+of\s+the\s+year|the\s+(?:full|fiscal)\s+year)\b(?!-|\s+end(?:ed|ing)\b))"
    r"|(?P<RELMON>\b(?P<rmpre>[Ll]ast|[Nn]ext|[Tt]his)\s+(?P<rmm>" + _MON_FULL + r")\b)"
    r"|(?P<CTXMON>(?:\b|(?<=-))(?P<cm>" + _MON_FULL + r")\b(?!\s+\d)(?:\s+(?P<cmy>this|last|next)\s+year\b)?)"
    r"|(?P<CTXYEAR>(?:(?<![\w,.$-])|(?<=mid-))(?P<cy>"
    + _YEAR
    + r")\b(?![.,]\d|[-/]\d\d\b(?!\d))(?=\s+(?P<cyn>[a-z]+))?)"
    r"|(?P<WEEKDAY>\b(?:(?P<wpre>[Ll]ast|[Nn]ext|[Tt]his|[Oo]n|[Ee]arly|[Ll]ate|[Ee]arlier|[Ll]ater)\s+)?(?P<wd>"
    + _WD
    + r")\b)"
    r"|(?P<RELDAY>\b(?P<rw>[Yy]esterday|[Tt]oday|[Tt]omorrow|[Tt]onight)\b)"
    r"|(?P<RELPER>\b(?P<rp>(?:[Ee]arlier|[Ll]ater)\s+this|[Ll]ast|[Nn]ext|[Tt]his(?:\s+past|\s+coming)?)\s+(?P<ru>week|month|year)\b(?!-))"
    r"|(?P<AGO>\b(?P<an>\d{1,2}|(?i:" + _NUMW + r"))\s+(?P<au>day|week|month|year|decade)s?\s+ago\b)"
    r")"
)
_FUTURE_RX = re.compile(r"\b" + alternation(FUTURE_CUES) + r"\b|" + "|".join(re.escape(p) for p in FUTURE_PHRASES))
_PAST_VERB = re.compile(
    r"\b(?:[a-z]{2,}ed|was|were|had|did|began|came|fell|rose|made|took|said|sold|won|lost|went)\b(?!\s+(?:to|by)\b)"
)
#: A sentence end: not after initials ("P. Davison", "a.m."), "Mr", "Gen" and the like.
_SENT_END = re.compile(
    r"(?:(?<=[a-z0-9%)]{2}[.!?])(?<![A-Z][a-z].)"
    r"(?<!\b(?:Gen|Sen|Rep|Gov|Col|Mrs|Sgt|Inc|Ltd|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Rev|Adm)\.)"
    r"(?<!\b(?:Corp|Capt|Sept|Prof|Gens|Sens|Reps)\.)|[!?])"
    r"[\"'’”`]*\s+(?=[\"'‘“`]*[A-Z])|\n[ \t]*\n\s*"
)
#: Future wording after an expression that opens its sentence.
_FUTURE_AFTER = re.compile(
    r"\b(?:will|shall|(?:plans?|intends?|hopes?|wants?) to|(?:is|are) (?:expected|scheduled|due|set|to)\b)"
)
_SENT_OPEN = re.compile(r"\s*(?:[Oo]n\s+|[Bb]y\s+)?")
_WD_GLUE = re.compile(r",?[ \t]+(?:the[ \t]+)?")
_QUARTER_VAL = re.compile(r"(\d{4})-Q([1-4])$")
_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def _as_date(ref) -> date | None:
    if ref is None:
        return None
    if isinstance(ref, datetime):
        return ref.date()
    return ref


def _month_num(tok: str) -> int:
    return MONTHS[tok.rstrip(".").lower()]


def _iso_week(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def _nearest_year(ref: date, m: int, d: int, ahead: int = 90) -> date | None:
    """The latest of the dates in ref's year, the year before and after that is
    at most 90 days after ``ref`` (news mostly looks back, a little ahead)."""
    limit = ref + timedelta(days=ahead)
    for y in (ref.year + 1, ref.year, ref.year - 1):
        try:
            cand = date(y, m, d)
        except ValueError:
            continue
        if cand <= limit:
            return cand
    return None


def _future(body: str, start: int, end: int | None = None) -> bool:
    """Future wording in the 60 characters before ``start`` within its sentence;
    for an expression that opens its sentence ("On Tuesday, the league plans
    to ...") the 80 characters after ``end`` within the sentence instead."""
    lo = max(0, start - 60)
    b = None
    for m in _SENT_END.finditer(body, lo, start + 3):  # + 3: room for the lookahead
        if m.end() <= start:
            b = m
    if b is not None:
        lo = b.end()
    if _FUTURE_RX.search(body, lo, start) is not None:
        return True
    if end is None or not _SENT_OPEN.fullmatch(body, lo, start) or (lo == 0 and start > 60):
        return False
    stop = _SENT_END.search(body, end, end + 80)
    return _FUTURE_AFTER.search(body, end, stop.start() if stop else end + 80) is not None


def _month_value(ref: date, m: int, mode: str) -> str:
    y = ref.year
    if mode == "last":
        if m >= ref.month:
            y -= 1
    elif mode == "next":
        if m <= ref.month:
            y += 1
    elif mode == "future":
        if m < ref.month:
            y += 1
    elif mode == "this":
        pass
    elif mode == "prev_year":
        y -= 1
    elif mode == "next_year":
        y += 1
    elif m > ref.month:
        y -= 1
    return f"{y}-{m:02d}"


def _quarter(ref: date) -> tuple[int, int]:
    return ref.year, (ref.month - 1) // 3 + 1


def _last_quarter(ref: date) -> tuple[int, int]:
    """The most recent quarter that has ended by ``ref``."""
    y, q = _quarter(ref)
    return (y, q - 1) if q > 1 else (y - 1, 4)


def _shift_year(value: str, years: int) -> str | None:
    if len(value) >= 4 and value[:4].isdigit():
        y = int(value[:4]) + years
        rest = value[4:]
        if rest[:3] == "-02" and rest[3:] == "-29":
            rest = "-02-28"
        return f"{y:04d}{rest}"
    return None


def _season_value(ref: date, code: str, mode: str) -> str:
    """TimeML season value; seasons are ordered by their first month (winter starts in December)."""
    cur_idx = ref.year * 4 + {12: 3, 1: -1, 2: -1}.get(ref.month, (ref.month - 3) // 3)
    idx = {"SP": 0, "SU": 1, "FA": 2, "WI": 3}[code]
    this_idx = ref.year * 4 + idx
    if mode == "last":
        cand = this_idx if this_idx < cur_idx else this_idx - 4
    elif mode == "next":
        cand = this_idx if this_idx > cur_idx else this_idx + 4
    elif mode == "this":
        cand = this_idx
        if code == "WI" and ref.month <= 2:
            cand -= 4
    elif mode == "future":
        cand = this_idx if this_idx >= cur_idx else this_idx + 4
    else:  # past by default: the latest one that has begun
        cand = this_idx if this_idx <= cur_idx else this_idx - 4
    return f"{cand // 4:04d}-{code}"


def _thanksgiving(y: int) -> date:
    d = date(y, 11, 1)
    first_thu = d + timedelta(days=(3 - d.weekday()) % 7)
    return first_thu + timedelta(days=21)


def _spelled_year(m) -> int | None:
    if m["sh"]:
        hi = 19 if m["sh"] == "nineteen" else 18
        lo = TENS_WORDS[m["st"]] + (UNIT_WORDS[m["su"]] if m["su"] else 0)
        if lo >= 100 or (m["su"] and TENS_WORDS[m["st"]] < 20):
            return None
        return hi * 100 + lo
    return 2000 + (UNIT_WORDS[m["s2u"]] if m["s2u"] else 0)


_CALENDAR = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")


def is_calendar_value(value: str) -> bool:
    """True for a calendar day, month or year (not a quarter, season, decade or PRESENT_REF):
    the values a statement's date can take."""
    return _CALENDAR.fullmatch(value) is not None


def find_dates(body: str, reference_date=None) -> list[tuple[int, int, str]]:
    """[(start, end, value)] in text order.

    Values are ISO dates with natural granularity, or TimeML forms for what ISO
    cannot say: ``1998-Q3``, ``1998-SU``, ``199`` (the 1990s), ``19`` (the
    1900s), ``PRESENT_REF``/``PAST_REF``/``FUTURE_REF``. Expressions that need
    a reference date are dropped when there is none.
    """
    ref = _as_date(reference_date)
    out: list[tuple[int, int, str]] = []
    kinds: list[str] = []
    last_quarter_mention: tuple[int, str] | None = None  # (end offset, value)
    last_year_mention: str | None = None
    for m in _DATE_RX.finditer(body):
        s, e = m.start(), m.end()
        kind = m.lastgroup
        val = None
        back = 0
        if kind == "ISO":
            try:
                val = date(int(m["iy"]), int(m["im"]), int(m["id"])).isoformat()
            except ValueError:
                continue
        elif kind in ("DMY", "MDY"):
            if kind == "DMY":
                dd, mon, yy = m["dd"], m["dm"], m["dy"]
            else:
                dd, mon, yy = m["md"], m["mm"], m["my"]
            day = int(dd)
            mo = _month_num(mon)
            if not 1 <= day <= 31:
                continue
            if yy:
                try:
                    val = date(int(yy), mo, day).isoformat()
                except ValueError:
                    continue
            elif ref is not None:
                d = _nearest_year(ref, mo, day, 300 if _future(body, s) else 90)
                if d is None:
                    continue
                val = d.isoformat()
            else:
                continue
        elif kind == "MY":
            val = f"{int(m['yy'])}-{_month_num(m['ym']):02d}"
        elif kind == "HOLIDAY":
            if ref is None:
                continue
            name = m["hn"].split()[0]
            if name == "New" and not m["hd"]:
                continue  # "New Year's resolutions"
            pre = (m["hpre"] or "").lower()
            y = ref.year + {"last": -1, "next": 1}.get(pre, 0)
            if name == "Thanksgiving":
                d = _thanksgiving(y)
                if not pre and d > ref + timedelta(days=30):
                    d = _thanksgiving(y - 1)
            elif name == "Christmas":
                d = date(y, 12, 24 if m["hd"] == "Eve" else 25)
                if not pre and d > ref + timedelta(days=60):
                    d = d.replace(year=y - 1)
            else:
                d = date(y, 12, 31) if m["hd"] == "Eve" else date(y + (1 if ref.month == 12 and not pre else 0), 1, 1)
            val = d.isoformat()
        elif kind == "SEASON":
            code = SEASONS[m["sn"]]
            pre = (m["spre"] or "").lower().split()[0] if m["spre"] else ""
            if m["sn"] == "fall" and pre == "the" and not m["sy"]:
                continue  # "the fall in prices"
            if m["sy"]:
                val = f"{m['sy']}-{code}"
            elif ref is None:
                continue
            else:
                if pre in ("the", "early", "late", "mid"):
                    mode = "future" if _future(body, s) else "past"
                elif pre == "this" and "coming" in m["spre"]:
                    mode = "next"
                elif pre == "this" and "past" in m["spre"]:
                    mode = "last"
                else:
                    mode = pre
                val = _season_value(ref, code, mode)
        elif kind == "QUARTER":
            qn = ORDINALS[m["qn"].lower()]
            mods = m["qmods"] or ""
            back = 1 if ("year-earlier" in mods or "year-ago" in mods) else 0
            if m["qy1"] or m["qy2"]:
                y = int(m["qy1"] or m["qy2"])
            elif ref is None:
                continue
            else:
                y, cq = _quarter(ref)
                if qn > cq and not _future(body, s):
                    y -= 1
            val = f"{y - back}-Q{qn}"
        elif kind == "QANA":
            mods = m["qamods"] or ""
            back = 1 if ("year-earlier" in mods or "year-ago" in mods or "comparable" in mods) else 0
            if "current" in mods and ref is not None:
                y, q = _quarter(ref)
                val = f"{y}-Q{q}"
            elif last_quarter_mention is not None and (s - last_quarter_mention[0] < 3000):
                base = last_quarter_mention[1]
                val = _shift_year(base, -back) if back else base
            elif ref is not None:
                y, q = _last_quarter(ref)
                val = f"{y - back}-Q{q}"
            else:
                continue
        elif kind == "YAGO":
            if ref is None:
                continue
            if last_quarter_mention is not None and s - last_quarter_mention[0] < 1500:
                base = last_quarter_mention[1]
                q = _QUARTER_VAL.match(base)
                val = f"{int(q.group(1)) - 1}-Q{q.group(2)}"
            elif m["yq"] and "quarter" in m["yq"]:
                y, q = _last_quarter(ref)
                val = f"{y - 1}-Q{q}"
            else:
                val = str(ref.year - 1)
        elif kind == "DECADE":
            if m["dc"]:
                val = m["dc"]
            elif m["dc2"]:
                val = "19" + m["dc2"]
            else:
                if not (body[max(0, s - 4) : s].lower().endswith("the ") or body[s : s + 4].lower() == "the "):
                    continue
                val = "19" + str(DECADE_WORDS[m["dw"]])
        elif kind == "CENTURY":
            val = f"{int(m['cn']) - 1:02d}"
        elif kind == "SPELLED":
            y = _spelled_year(m)
            if y is None:
                continue
            val = str(y)
        elif kind == "THEYEAR":
            if ref is None:
                continue
            if ref.month <= 3 and body[max(0, s - 4) : s].lower() == "for ":
                continue  # early in a year "results for the year" are mostly last year's
            val = str(ref.year)
        elif kind == "SOON":
            val = "FUTURE_REF"
        elif kind == "ANAYEAR":
            if last_year_mention is None:
                continue
            y = int(last_year_mention)
            rel = m["arel"]
            y += {"following": 1, "previous": -1, "preceding": -1}.get(rel or "", 0)
            val = str(y)
        elif kind == "CURPER":
            if ref is None:
                continue
            unit = m["cu"]
            if unit == "year":
                val = str(ref.year)
            elif unit == "quarter":
                y, q = _quarter(ref)
                val = f"{y}-Q{q}"
            elif unit == "month":
                val = f"{ref.year}-{ref.month:02d}"
            else:
                val = _iso_week(ref)
        elif kind == "PASTYEAR":
            if ref is None:
                continue
            val = str(ref.year - 1)
        elif kind == "PRESENT":
            val = "PRESENT_REF"
        elif kind == "PAST":
            val = "PAST_REF"
        elif kind == "FUTURE":
            val = "FUTURE_REF"
        elif kind == "WEEKEND":
            if ref is None:
                continue
            pre = m["wepre"].lower()
            sat = ref + timedelta(days=(5 - ref.weekday()) % 7)  # this coming (or current) Saturday
            if ref.weekday() == 6:
                sat = ref - timedelta(days=1)
            if pre == "last" or (pre == "the" and not _future(body, s) and sat > ref):
                sat -= timedelta(days=7)
            elif pre == "next":
                sat += timedelta(days=7)
            val = _iso_week(sat) + "-WE"
        elif kind == "YEAREND":
            if ref is None:
                continue
            val = str(ref.year)
        elif kind == "RELMON":
            if ref is None:
                continue
            val = _month_value(ref, _month_num(m["rmm"]), m["rmpre"].lower())
        elif kind == "CTXMON":
            if ref is None:
                continue
            s, e = m.span("cm")
            if not _MONTH_PRE_RX.search(body, max(0, s - 20), s):
                continue
            mo = _month_num(m["cm"])
            mode = "future" if _future(body, s) else "past"
            if mode == "past" and 0 < (mo - ref.month) % 12 <= 3 and not _PAST_VERB.search(body, max(0, s - 40), s):
                mode = "future"
            if m["cmy"]:
                e = m.end()
                mode = {"this": "this", "last": "prev_year", "next": "next_year"}[m["cmy"]]
            val = _month_value(ref, mo, mode)
        elif kind == "CTXYEAR":
            nxt = m["cyn"]
            if nxt and nxt in YEAR_UNIT_WORDS:
                continue
            s, e = m.span("cy")
            if not _YEAR_PRE_RX.search(body, max(0, s - 25), s):
                continue
            val = m["cy"]
        elif kind == "WEEKDAY":
            if ref is None:
                continue
            pre = (m["wpre"] or "").lower()
            if pre in ("early", "late", "earlier", "later"):
                s = m.start("wd")
                pre = ""
            wd = WEEKDAYS[m["wd"].lower()]
            delta_back = (ref.weekday() - wd) % 7
            if pre == "last":
                d = ref - timedelta(days=delta_back or 7)
            elif pre == "next":
                d = ref + timedelta(days=((wd - ref.weekday()) % 7) or 7)
            elif pre == "this":
                d = ref + timedelta(days=wd - ref.weekday())
            elif _future(body, s, e):
                d = ref + timedelta(days=(wd - ref.weekday()) % 7)
            else:
                d = ref - timedelta(days=delta_back)
            val = d.isoformat()
        elif kind == "RELDAY":
            if ref is None:
                continue
            w = m["rw"].lower()
            d = ref + timedelta(days={"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}[w])
            val = d.isoformat()
        elif kind == "RELPER":
            if ref is None:
                continue
            rp = m["rp"].lower()
            unit = m["ru"]
            step = (
                -1
                if rp.startswith("last") or rp.endswith("past")
                else 1
                if rp.startswith("next") or rp.endswith("coming")
                else 0
            )
            if unit == "year":
                val = str(ref.year + step)
            elif unit == "month":
                mo = ref.month + step
                y = ref.year + (mo - 1) // 12
                mo = (mo - 1) % 12 + 1
                val = f"{y}-{mo:02d}"
            else:
                val = _iso_week(ref + timedelta(days=7 * step))
        elif kind == "AGO":
            if ref is None:
                continue
            n = m["an"]
            n = int(n) if n.isdigit() else NUMBER_WORDS[n.lower()]
            unit = m["au"]
            if unit == "day":
                val = (ref - timedelta(days=n)).isoformat()
            elif unit == "week":
                val = _iso_week(ref - timedelta(days=7 * n))
            elif unit == "month":
                mo = ref.month - n
                y = ref.year + (mo - 1) // 12
                mo = (mo - 1) % 12 + 1
                val = f"{y}-{mo:02d}"
            elif unit == "decade":
                val = str(ref.year - 10 * n)
            else:
                val = str(ref.year - n)
        if val is not None:
            if kind in ("MDY", "DMY") and kinds and kinds[-1] == "WEEKDAY" and _WD_GLUE.fullmatch(body, out[-1][1], s):
                # "Friday, Oct. 23": one expression, valued by its explicit date
                s = out.pop()[0]
                kinds.pop()
            out.append((s, e, val))
            kinds.append(kind)
            if kind in ("QUARTER", "QANA", "CURPER") and not back and _QUARTER_VAL.match(val):
                last_quarter_mention = (e, val)
            if len(val) >= 4 and val[:4].isdigit():
                last_year_mention = val[:4]
    return out
