"""A record's date as the files give it: ISO 8601, RFC 2822 (RSS ``pubDate``) and the
common written forms ("30 August 2019", "Aug. 30, 2019", "2019/08/30"), through
python-dateutil's parser; zones are converted to UTC and the result stored naive
(Whoosh drops tzinfo silently).

dateutil fills whatever a value lacks from a default date, so "May" or "10" would
quietly become a day of the current year: a value must name its year, and a day
only with its month. Numeric forms that read both ways ("03/04/2019") are refused
rather than guessed, as are zone names dateutil does not know.
"""

from __future__ import annotations

import re
import warnings
from datetime import date, datetime, timedelta, timezone

from ..timeparse import parse_iso, to_naive_utc

_ISO_HINT = "use ISO 8601 like 2019-08-30"
# US and European zone abbreviations seen in feeds; dateutil itself knows only UTC/GMT/Z.
_ZONES = {
    name: timezone(timedelta(hours=h))
    for name, h in {
        "EST": -5,
        "EDT": -4,
        "CST": -6,
        "CDT": -5,
        "MST": -7,
        "MDT": -6,
        "PST": -8,
        "PDT": -7,
        "AKST": -9,
        "AKDT": -8,
        "HST": -10,
        "BST": 1,
        "IST": 1,
        "WET": 0,
        "WEST": 1,
        "CET": 1,
        "CEST": 2,
        "EET": 2,
        "EEST": 3,
        "MSK": 3,
        "JST": 9,
        "KST": 9,
        "AEST": 10,
        "AEDT": 11,
    }.items()
}
# day/month/year or month/day/year with separators: which is which is a guess unless one
# of the first two numbers is over 12 (or both are the same).
_NUMERIC = re.compile(r"\s*(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*\d{2,4}\b")
_FIRST = datetime(1, 1, 1)
_SECOND = datetime(2, 2, 2, 2, 2, 2)


class DateError(ValueError):
    """A date value that cannot be read; the message says why (the caller adds file and line)."""


def parse_date(value, column: str | None = None) -> datetime | None:
    """``value`` (a str, or a ``datetime``/``date``) as a naive UTC datetime; None for an
    empty value; ``DateError`` when it cannot be read unambiguously (naming ``column``,
    the field it came from, when that is not simply "date")."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return to_naive_utc(value)
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day)
    shown = f"{value!r}" + (f" in {column!r}" if column and column != "date" else "")
    if not isinstance(value, str):
        raise DateError(f"date {shown} must be a string, got {type(value).__name__}")
    text = value.strip()
    if not text:
        return None
    strict = parse_iso(text)  # the common case, and exact about offsets
    if strict is not None:
        return strict
    numeric = _NUMERIC.match(text)
    if numeric and numeric.group(1) != numeric.group(2) and max(int(numeric.group(1)), int(numeric.group(2))) <= 12:
        raise DateError(f"ambiguous date {shown} (day and month could be either way; {_ISO_HINT})")
    first, second = _parse(text, _FIRST, shown), _parse(text, _SECOND, shown)
    if first.year != second.year:
        raise DateError(f"date {shown} has no year ({_ISO_HINT})")
    if first.month != second.month and first.day == second.day:
        raise DateError(f"date {shown} has a day but no month ({_ISO_HINT})")
    # What is missing below the year comes from the first default: month 1, day 1, midnight.
    return to_naive_utc(first)


def _parse(text: str, default: datetime, shown: str) -> datetime:
    # Imported here: most records carry ISO dates, and the command line starts faster.
    from dateutil import parser as _parser
    from dateutil.parser import ParserError, UnknownTimezoneWarning

    try:
        with warnings.catch_warnings():
            # dateutil warns (and drops the zone) for a zone name it does not know: refuse instead.
            warnings.simplefilter("error", UnknownTimezoneWarning)
            return _parser.parse(text, default=default, tzinfos=_ZONES)
    except UnknownTimezoneWarning:
        raise DateError(f"unknown time zone in date {shown} ({_ISO_HINT} with an offset)") from None
    except (ParserError, ValueError, OverflowError) as exc:
        reason = str(exc).split(":")[0] if isinstance(exc, ParserError) else str(exc)
        raise DateError(f"unparseable date {shown}: {reason} ({_ISO_HINT})") from None
