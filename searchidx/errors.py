"""Every exception searchidx raises on purpose; an embedder catches ``SearchIdxError``."""

from __future__ import annotations


class SearchIdxError(Exception):
    """Base class of every error searchidx raises deliberately."""

    hint: str | None = None


class IngestError(SearchIdxError):
    """A file or record could not be read into a record."""

    def __init__(self, path: str, reason: str, line: int | None = None):
        self.path = str(path)
        self.reason = reason
        self.line = line
        where = f"{self.path}:{line}" if line is not None else self.path
        super().__init__(f"{where}: {reason}")

    def __reduce__(self):
        # Worker processes send these back to the writing process.
        return type(self), (self.path, self.reason, self.line)

    def to_dict(self) -> dict:
        return {"path": self.path, "line": self.line, "reason": self.reason}


class QuerySyntaxError(SearchIdxError):
    """A query string is malformed; names the query and the character position."""

    def __init__(self, query: str, position: int, reason: str):
        self.query = query
        self.position = position
        self.reason = reason
        super().__init__(f"query {query!r}: {reason} at position {position}")

    def __reduce__(self):
        return type(self), (self.query, self.position, self.reason)


class InvalidArgumentError(SearchIdxError):
    """A search option (date, sort, facet, limit) has a value we cannot use."""


class IndexNotFoundError(SearchIdxError):
    """No index exists at the given directory."""

    hint = "create one with: searchidx index PATH..."


class IndexExistsError(SearchIdxError):
    """An index already exists where a new one was to be created."""


class IndexLockedError(SearchIdxError):
    """Another writer holds the index lock and did not release it in time."""

    hint = "another 'searchidx index' is running; wait for it or raise --lock-timeout"


class IndexUnreadableError(SearchIdxError):
    """An index directory exists but cannot be read: damaged, or built by another version."""

    hint = "rebuild it: remove the directory and run searchidx index again"


class SchemaError(SearchIdxError):
    """A schema file under schema/ is malformed or inconsistent with the index."""


class QueryLimitError(SearchIdxError):
    """A query would exceed a documented limit: its length, nesting depth, or the terms a
    wildcard, fuzzy term or range expands to."""

    hint = "simplify the query (fewer or longer-prefixed wildcards, closed ranges); see Limits in README.md"


class SearchTimeoutError(SearchIdxError):
    """A search ran past its time budget and was stopped."""

    hint = "narrow the query, or raise --timeout"


class IndexWriteError(SearchIdxError):
    """The index could not be written (disk full, file too large, permissions); nothing
    was committed and the index is as it was."""


class UntrustedIndexError(SearchIdxError):
    """An index directory is owned by another user or writable by others: an index is
    trusted input, like a Python file, and is not opened."""

    hint = "only open indexes you built; fix the ownership and permissions if it is yours"
