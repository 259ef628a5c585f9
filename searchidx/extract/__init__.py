"""Record text -> who said what, where and when. No Whoosh imports here.

The index and the CLI only see ``extract()`` and the dataclasses below, so the
rules behind them can be improved without touching anything downstream.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime


@dataclass
class QuoteMention:
    """One piece of a quotation, or one statement in reported speech.

    A quotation interrupted by its attribution (``"A," she said, "B."``) or running over
    several paragraphs is several pieces with the same ``quotation`` number; the index
    keeps it as one quote, ``searchidx extract`` lists each piece with its own span.
    """

    text: str  # the quotation without its quote marks (or the reported statement)
    start: int  # offsets into the body, of the quoted text
    end: int
    speaker: str | None  # the entity's fullest name in the article ("Lloyd Austin", "Multiplex")
    speaker_start: int | None  # span of the mention attributed to ("he", "Austin")
    speaker_end: int | None
    date: str | None  # ISO date of the statement, or the publication date
    role: str | None = None  # "US Defence Secretary", "chief executive of Norvale"
    direct: bool = True  # False: reported speech without quotation marks ("she said the plan failed")
    kind: str | None = None  # "person" or "organisation" (None when there is no speaker)
    quotation: int = 0  # pieces of one quotation share this number (1, 2, ... in text order)


@dataclass
class PlaceMention:
    text: str
    start: int
    end: int
    place: str  # canonical name ("Kyiv", "United States")
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
