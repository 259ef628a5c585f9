"""searchidx: full-text search over news and speech archives, who said what, where and when.

The public names below are imported on first use, so that ``import searchidx`` (and the
command line's ``--help``) does not pay for Whoosh, NumPy and NLTK until an index is used.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from . import errors
from .errors import SearchIdxError

__version__ = "0.2.0"

_LAZY = {
    "Index": ".index",
    "Record": ".records",
    "Result": ".results",
    "Hit": ".results",
    "Quote": ".results",
    "QuoteResult": ".results",
    "IndexReport": ".results",
    "Stats": ".results",
    "FilterMatch": ".results",
}

__all__ = [
    "Index",
    "Result",
    "Hit",
    "Quote",
    "QuoteResult",
    "IndexReport",
    "Stats",
    "Record",
    "FilterMatch",
    "SearchIdxError",
    "errors",
    "__version__",
]

if TYPE_CHECKING:
    from .index import Index
    from .records import Record
    from .results import FilterMatch, Hit, IndexReport, Quote, QuoteResult, Result, Stats


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'searchidx' has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
