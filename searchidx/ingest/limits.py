"""How much one file and one record may hold; anything larger is refused with a one-line error.

Measured on one core (bodies built from BBC news text): extraction takes about
1.2 s of CPU per million characters of body, linearly, with a peak of about 23
bytes per character; analysing a record for the index (``documents._group``)
takes about 2.5 s and 55 MB at one million characters, and grows faster than
the body beyond (156 MB at two million). One record is therefore capped at a
million characters, a few seconds of work; a whole file read at once is capped
well above the largest Reuters .sgm (1.3 MB); a JSON Lines file, read a record
at a time, may be much larger. The limits are read at each use, never copied:
an embedder with other needs assigns them (``limits.MAX_RECORD_CHARS = ...``).
"""

from __future__ import annotations

from ..errors import IngestError

#: The body of one record, in characters.
MAX_RECORD_CHARS = 1_000_000

#: A file read whole (.txt, .md, .json, .html, .sgm): a Reuters .sgm file is about 1.3 MB.
MAX_FILE_BYTES = 64_000_000

#: A JSON Lines, CSV or TSV file or standard input, read one record at a time: only its
#: bytes need be in memory at once, not all its records (see ``iter_entries``).
MAX_STREAM_BYTES = 1_000_000_000

#: An article's text may be this many times its body limit (heading, byline, and the
#: white space that paragraph repair removes); a longer one is refused unparsed.
ARTICLE_CHARS_PER_BODY_CHAR = 4

#: One JSON Lines line may hold a body at the limit written entirely in \uXXXX escapes
#: (6 bytes a character) with room for its other fields; a longer line is refused unparsed.
LINE_BYTES_PER_CHAR = 8


def max_line_bytes() -> int:
    """The longest JSON Lines line parsed, in bytes."""
    return MAX_RECORD_CHARS * LINE_BYTES_PER_CHAR


def check_body(body: str, path: str, line: int | None = None) -> None:
    """Refuse a record body over ``MAX_RECORD_CHARS``, naming its size and the limit."""
    if len(body) > MAX_RECORD_CHARS:
        raise IngestError(
            path, f"record body too large: {len(body):,} characters; the limit is {MAX_RECORD_CHARS:,}", line=line
        )
