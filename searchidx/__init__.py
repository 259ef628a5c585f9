"""searchidx: full-text search over news and speech archives, who said what, where and when."""
from . import errors
from .errors import SearchIdxError
from .index import Index
from .records import Record
from .results import Hit, IndexReport, Quote, QuoteResult, Result, Stats

__all__ = ["Index", "Result", "Hit", "Quote", "QuoteResult", "IndexReport", "Stats", "Record",
           "SearchIdxError", "errors"]
__version__ = "0.1.0"
