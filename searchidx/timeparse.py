"""Strict parsing of the date values users and files give us (not free text: see extract.dates).

Every value becomes a naive UTC ``datetime``: Whoosh silently drops tzinfo and
rejects ``date`` objects.
"""

from __future__ import annotations

import functools
import re
from datetime import datetime, timedelta, timezone

MONTHS = {
    name: i + 1
    for i, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        )
    )
    for name in names
}

_ISO = re.compile(
    r"(?P<y>\d{4})(?:-(?P<m>\d{1,2})(?:-(?P<d>\d{1,2})"
    r"(?:[T ](?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2})(?:\.\d+)?)?"
    r"(?P<tz>Z|[+-]\d{2}:?\d{2})?)?)?)?"
)
_WEEKDAY = r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*,?\s+)?"


# The patterns only reading files needs are compiled when first used: compiling them took
# a search, which never does, a millisecond or two.
@functools.cache
def _datelines() -> tuple[re.Pattern, re.Pattern]:
    """(day month year, month day year) date lines."""
    return (
        re.compile(_WEEKDAY + r"(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?P<mon>[a-z]+)\.?,?\s+(?P<y>\d{4})", re.I),
        re.compile(_WEEKDAY + r"(?P<mon>[a-z]+)\.?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>\d{4})", re.I),
    )


@functools.cache
def _reuters() -> re.Pattern:
    # Reuters-21578: "26-FEB-1987 15:01:01.79" (a few carry trailing junk after the time).
    return re.compile(r"\s*(?P<d>\d{1,2})-(?P<mon>[A-Za-z]{3})-(?P<y>\d{4})(?:\s+(?P<H>\d+):(?P<M>\d+):(?P<S>\d+))?")


def _build(y, m=1, d=1, H=0, M=0, S=0) -> datetime | None:
    try:
        return datetime(int(y), int(m), int(d), int(H), int(M), int(S))
    except ValueError:
        return None


def parse_iso(text: str) -> datetime | None:
    """``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD`` with optional time and offset; None if not one."""
    m = _ISO.fullmatch(text.strip())
    if not m:
        return None
    g = m.groupdict()
    value = _build(g["y"], g["m"] or 1, g["d"] or 1, g["H"] or 0, g["M"] or 0, g["S"] or 0)
    if value is None or not g["tz"] or g["tz"] == "Z":
        return value
    sign = 1 if g["tz"][0] == "+" else -1
    digits = g["tz"][1:].replace(":", "")
    offset = sign * (int(digits[:2]) * 60 + int(digits[2:]))
    return value - timedelta(minutes=offset)


def parse_dateline(text: str) -> datetime | None:
    """A date line such as ``27 October 2024``, ``October 27, 2024`` or ISO; None otherwise."""
    text = text.strip()
    value = parse_iso(text)
    if value is not None:
        return value
    for pattern in _datelines():
        m = pattern.fullmatch(text)
        if m and m.group("mon").lower() in MONTHS:
            return _build(m.group("y"), MONTHS[m.group("mon").lower()], m.group("d"))
    return None


def looks_like_dateline(text: str) -> bool:
    """True for lines shaped like a date even if invalid ("31 February 2024"), to report them."""
    text = text.strip()
    if _ISO.fullmatch(text):
        return True
    for pattern in _datelines():
        m = pattern.fullmatch(text)
        if m and m.group("mon").lower() in MONTHS:
            return True
    return False


def parse_reuters(text: str) -> datetime | None:
    m = _reuters().match(text)
    if not m or m.group("mon").lower() not in MONTHS:
        return None
    day = _build(m.group("y"), MONTHS[m.group("mon").lower()], m.group("d"))
    if day is None or m.group("H") is None:
        return day
    # A few stamps have a garbled time ("605:12:19.12"): keep the day rather than lose the record.
    return _build(day.year, day.month, day.day, m.group("H"), m.group("M"), m.group("S")) or day


def to_naive_utc(value: datetime) -> datetime:
    if value.tzinfo is not None:
        value = value.astimezone(timezone.utc).replace(tzinfo=None)
    return value


def iso(value: datetime | None) -> str | None:
    """Dates without a time print as ``YYYY-MM-DD``; others in full ISO."""
    if value is None:
        return None
    if value.hour == value.minute == value.second == value.microsecond == 0:
        return value.date().isoformat()
    return value.isoformat()
