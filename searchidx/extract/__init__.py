"""Record text -> who said what, where and when. No Whoosh imports here.

The index and the CLI only see ``extract()`` and the dataclasses below, so the
rules behind them can be improved without touching anything downstream.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime


@dataclass
class QuoteMention:
    text: str            # the quotation without its quote marks
    start: int           # offsets into the body, of the quoted text
    end: int
    speaker: str | None  # resolved canonical name ("Lloyd Austin")
    speaker_start: int | None  # span of the mention attributed to ("he", "Austin")
    speaker_end: int | None
    date: str | None     # ISO date of the statement, or the publication date
    role: str | None = None  # "US Defence Secretary"


@dataclass
class PlaceMention:
    text: str
    start: int
    end: int
    place: str               # canonical name ("Kyiv", "United States")
    country: str | None = None  # the country it belongs to, for roll-ups


@dataclass
class DateMention:
    text: str
    start: int
    end: int
    value: str  # ISO with natural granularity: 2024-10-24, 2024-06, 2024


@dataclass
class Extraction:
    speakers: list[str] = field(default_factory=list)  # canonical, first-seen order, unique
    places: list[str] = field(default_factory=list)
    dates: list[str] = field(default_factory=list)
    quotes: list[QuoteMention] = field(default_factory=list)
    place_mentions: list[PlaceMention] = field(default_factory=list)
    date_mentions: list[DateMention] = field(default_factory=list)


def extract(body: str, reference_date: date | datetime | None = None) -> Extraction:
    """Extract speakers with their quotes, places and dates from ``body``.

    ``reference_date`` anchors relative expressions ("last Thursday") and is
    the date given to quotes whose statement date the text does not say.
    """
    from .pipeline import run

    return run(body, reference_date)
