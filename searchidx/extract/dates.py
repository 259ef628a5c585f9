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
* a four-digit number is a year only after a preposition or "the"/"fiscal"
  ("in 2022", "the 2022 Russian invasion"), not before a unit ("the 2000 shares").

Without a reference date only expressions that name their year are kept.
"""
from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from .lexicon import FUTURE_CUES, MONTHS, NUMBER_WORDS, WEEKDAYS, YEAR_UNIT_WORDS

_MON_ANY = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
            r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)")
_MON_FULL = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
             r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.)")
_WD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_NUMW = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
_MONTH_PRE = (r"(?:in|In|since|Since|by|By|until|Until|till|from|From|through|during|During|before|Before|"
              r"after|After|of|early|Early|late|Late|end|End|beginning|start|between|Between)")
_YEAR_PRE = (r"(?:in|In|since|Since|by|By|until|Until|till|from|From|through|during|During|before|Before|"
             r"after|After|of|the|The|early|late|mid-|fiscal|Fiscal|year|between|Between|and|to|for|For)")

_DATE_RX = re.compile(
    r"(?P<ISO>\b(?P<iy>\d{4})-(?P<im>\d\d)-(?P<id>\d\d)\b)"
    r"|(?P<DMY>\b(?P<dd>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<dm>" + _MON_ANY + r")\b\.?(?:,?\s+(?P<dy>" + _YEAR + r")\b(?!-\d))?)"
    r"|(?P<MDY>\b(?P<mm>" + _MON_ANY + r")\b\.?\s+(?P<md>[0-3]?\d)(?:st|nd|rd|th)?\b(?![.,]\d|\s*(?:%|pct|per|mln|billion))"
    r"(?:,?\s+(?P<my>" + _YEAR + r")\b(?!-\d))?)"
    r"|(?P<MY>\b(?P<ym>" + _MON_ANY + r")\b\.?,?\s+(?P<yy>" + _YEAR + r")\b)"
    r"|(?P<RELMON>\b(?P<rmpre>[Ll]ast|[Nn]ext|[Tt]his)\s+(?P<rmm>" + _MON_FULL + r")\b)"
    r"|(?P<CTXMON>\b(?:" + _MONTH_PRE + r"\s+(?:the\s+)?|mid-)(?P<cm>" + _MON_FULL + r")\b(?!\s+\d))"
    r"|(?P<CTXYEAR>\b" + _YEAR_PRE + r"\s+(?P<cy>" + _YEAR + r")\b(?![.,]\d|[-/]\d\d\b(?!\d))(?:\s+(?P<cyn>[a-z]+))?)"
    r"|(?P<WEEKDAY>\b(?:(?P<wpre>[Ll]ast|[Nn]ext|[Tt]his|[Oo]n|[Ee]arly|[Ll]ate)\s+)?(?P<wd>" + _WD + r")\b)"
    r"|(?P<RELDAY>\b(?P<rw>[Yy]esterday|[Tt]oday|[Tt]omorrow|[Tt]onight)\b)"
    r"|(?P<RELPER>\b(?P<rp>(?:[Ee]arlier|[Ll]ater)\s+this|[Ll]ast|[Nn]ext|[Tt]his)\s+(?P<ru>week|month|year)\b)"
    r"|(?P<AGO>\b(?P<an>\d{1,2}|" + _NUMW + r")\s+(?P<au>day|week|month|year)s?\s+ago\b)"
)
_FUTURE_RX = re.compile(r"\b(?:" + "|".join(sorted(FUTURE_CUES)) + r")\b")


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


def _nearest_year(ref: date, m: int, d: int) -> date | None:
    """The latest of the dates in ref's year, the year before and after that is
    at most 90 days after ``ref`` (news mostly looks back, a little ahead)."""
    limit = ref + timedelta(days=90)
    for y in (ref.year + 1, ref.year, ref.year - 1):
        try:
            cand = date(y, m, d)
        except ValueError:
            continue
        if cand <= limit:
            return cand
    return None


def _future(body: str, start: int) -> bool:
    return _FUTURE_RX.search(body, max(0, start - 60), start) is not None


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
    elif m > ref.month:
        y -= 1
    return f"{y}-{m:02d}"


def find_dates(body: str, reference_date=None) -> list[tuple[int, int, str]]:
    """[(start, end, iso_value)] in text order."""
    ref = _as_date(reference_date)
    out: list[tuple[int, int, str]] = []
    for m in _DATE_RX.finditer(body):
        s, e = m.start(), m.end()
        val = None
        if m.group("ISO"):
            try:
                val = date(int(m["iy"]), int(m["im"]), int(m["id"])).isoformat()
            except ValueError:
                continue
        elif m.group("DMY") or m.group("MDY"):
            if m.group("DMY"):
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
                d = _nearest_year(ref, mo, day)
                if d is None:
                    continue
                val = d.isoformat()
            else:
                continue
        elif m.group("MY"):
            val = f"{int(m['yy'])}-{_month_num(m['ym']):02d}"
        elif m.group("RELMON"):
            if ref is None:
                continue
            val = _month_value(ref, _month_num(m["rmm"]), m["rmpre"].lower())
        elif m.group("CTXMON"):
            if ref is None:
                continue
            s, e = m.span("cm")
            mode = "future" if _future(body, s) else "past"
            val = _month_value(ref, _month_num(m["cm"]), mode)
        elif m.group("CTXYEAR"):
            nxt = m["cyn"]
            if nxt and nxt in YEAR_UNIT_WORDS:
                continue
            s, e = m.span("cy")
            val = m["cy"]
        elif m.group("WEEKDAY"):
            if ref is None:
                continue
            pre = (m["wpre"] or "").lower()
            if pre in ("early", "late"):
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
            elif _future(body, s):
                d = ref + timedelta(days=(wd - ref.weekday()) % 7)
            else:
                d = ref - timedelta(days=delta_back)
            val = d.isoformat()
        elif m.group("RELDAY"):
            if ref is None:
                continue
            w = m["rw"].lower()
            d = ref + timedelta(days={"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}[w])
            val = d.isoformat()
        elif m.group("RELPER"):
            if ref is None:
                continue
            rp = m["rp"].split()[0].lower()
            unit = m["ru"]
            step = {"last": -1, "next": 1}.get(rp, 0)
            if unit == "year":
                val = str(ref.year + step)
            elif unit == "month":
                mo = ref.month + step
                y = ref.year + (mo - 1) // 12
                mo = (mo - 1) % 12 + 1
                val = f"{y}-{mo:02d}"
            else:
                val = _iso_week(ref + timedelta(days=7 * step))
        elif m.group("AGO"):
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
            else:
                val = str(ref.year - n)
        if val is not None:
            out.append((s, e, val))
    return out
