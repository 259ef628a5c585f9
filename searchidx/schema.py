"""The one place that turns schema/*.toml into a Whoosh Schema.

Code elsewhere names fields through ``F`` below; loading checks that the
declared schema has every field the code relies on.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from .defaults import ANALYZER_NAMES, DATE_FACETS
from .errors import SchemaError

if TYPE_CHECKING:
    from whoosh import fields as wf

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib


class F:
    """Field names the code uses; each must be declared in the schema file."""

    ID = "id"
    KIND = "kind"
    PATH = "path"
    HASH = "hash"
    RECORD_HASH = "record_hash"
    ARTICLE_ID = "article_id"
    TITLE = "title"
    BODY = "body"
    AUTHOR = "author"
    SOURCE = "source"
    URL = "url"
    SPEAKER = "speaker"
    PLACE = "place"
    DATE = "date"
    DATES = "dates"
    SPEAKER_ROLE = "speaker_role"
    DIRECT = "direct"  # quote documents: "true" (in quotation marks) or "false" (reported speech)
    HIT = "hit"

    ALL = (
        ID,
        KIND,
        PATH,
        HASH,
        RECORD_HASH,
        ARTICLE_ID,
        TITLE,
        BODY,
        AUTHOR,
        SOURCE,
        URL,
        SPEAKER,
        PLACE,
        DATE,
        DATES,
        SPEAKER_ROLE,
        DIRECT,
        HIT,
    )


class Kind:
    ARTICLE = "article"
    QUOTE = "quote"


# A quotation's document stores only these: searches read its hit row (text, speaker, date),
# and what it shares with its article (title, path, places, source) is stored once, there.
QUOTE_STORED = frozenset({F.ID, F.KIND, F.ARTICLE_ID})
# An article's hit row (what every search reads for a hit) holds these: not stored again.
ARTICLE_UNSTORED = frozenset({F.TITLE, F.DATE, F.SPEAKER, F.PLACE})

FIELD_TYPES = ("id", "text", "keyword", "datetime", "stored", "column")


@dataclass(frozen=True)
class FieldSpec:
    name: str
    type: str
    analyzer: str | None = None
    stored: bool = False
    unique: bool = False
    facet: bool = False
    sortable: bool = False
    boost: float = 1.0
    search: bool = False
    internal: bool = False  # bookkeeping the engine keeps; not a field users query
    pairs: bool = False  # also index adjacent word pairs (posting arrays only), for fast phrases
    column: bool = False  # keep the raw text in a per-document column (read without decompressing)


@dataclass(frozen=True)
class SchemaSpec:
    name: str
    version: int
    fields: tuple[FieldSpec, ...]

    def field(self, name: str) -> FieldSpec:
        for f in self.fields:
            if f.name == name:
                return f
        raise KeyError(name)

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields)

    @property
    def search_fields(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields if f.search)

    @property
    def facet_fields(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields if f.facet)

    @property
    def user_fields(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields if f.type not in ("stored", "column") and not f.internal)

    @property
    def date_fields(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields if f.type == "datetime")

    def field_boosts(self) -> dict[str, float]:
        return {f.name: f.boost for f in self.fields if f.search}

    @property
    def pair_fields(self) -> dict[str, str]:
        """Text field -> its word-pair field (in the posting arrays, not a Whoosh field)."""
        return {f.name: pair_field_name(f.name) for f in self.fields if f.pairs}

    @property
    def facet_names(self) -> tuple[str, ...]:
        """The facets a search may ask for: ``facet = true`` fields, then the date histograms."""
        return (*self.facet_fields, *DATE_FACETS)

    def to_whoosh(self) -> wf.Schema:
        # Word-pair fields are not Whoosh fields: they live only in the posting arrays
        # (postings.py), which is all that reads them, so Whoosh never writes their
        # (many, short) posting lists.
        from whoosh import fields as wf  # here, so that reading a spec never imports Whoosh

        return wf.Schema(**{f.name: _whoosh_field(f) for f in self.fields})


def pair_field_name(field: str) -> str:
    return f"{field}__pairs"


def _whoosh_field(f: FieldSpec) -> wf.FieldType:
    from whoosh import fields as wf

    from .analysis import ANALYZERS, keyword_analyzer
    from .engine.columns import DeflatedColumn

    if f.type == "id":
        return wf.ID(stored=f.stored, unique=f.unique, sortable=f.sortable)
    if f.type == "text":
        sortable = DeflatedColumn() if f.column else f.sortable
        return wf.TEXT(
            analyzer=ANALYZERS[f.analyzer or "stemming"](),
            stored=f.stored,
            field_boost=f.boost,
            sortable=sortable,
            phrase=True,
        )
    if f.type == "keyword":
        return wf.KEYWORD(
            analyzer=keyword_analyzer(), stored=f.stored, scorable=True, unique=f.unique, sortable=f.sortable
        )
    if f.type == "datetime":
        return wf.DATETIME(stored=f.stored, sortable=f.sortable, unique=f.unique)
    if f.type == "column":
        return wf.COLUMN(DeflatedColumn())
    return wf.STORED()


def parse_spec(data: dict, origin: str) -> SchemaSpec:
    """Validate the decoded TOML of a schema file; ``origin`` names it in errors."""
    head = data.get("schema", {})
    raw_fields = data.get("fields")
    if not isinstance(raw_fields, dict) or not raw_fields:
        raise SchemaError(f"{origin}: no [fields.*] tables")
    known_keys = set(FieldSpec.__dataclass_fields__) - {"name"}
    specs = []
    for name, opts in raw_fields.items():
        if not isinstance(opts, dict):
            raise SchemaError(f"{origin}: [fields.{name}] must be a table")
        unknown = set(opts) - known_keys
        if unknown:
            raise SchemaError(f"{origin}: field {name!r} has unknown keys {sorted(unknown)}")
        ftype = opts.get("type")
        if ftype not in FIELD_TYPES:
            raise SchemaError(f"{origin}: field {name!r} has type {ftype!r}; expected one of {FIELD_TYPES}")
        analyzer = opts.get("analyzer")
        if analyzer is not None and (ftype != "text" or analyzer not in ANALYZER_NAMES):
            raise SchemaError(
                f"{origin}: field {name!r} has analyzer {analyzer!r}; text fields take one of {sorted(ANALYZER_NAMES)}"
            )
        for flag in ("pairs", "column"):
            if opts.get(flag) and ftype != "text":
                raise SchemaError(f"{origin}: field {name!r}: only text fields take {flag} = true")
        specs.append(FieldSpec(name=name, **opts))
    spec = SchemaSpec(name=head.get("name", "news"), version=int(head.get("version", 1)), fields=tuple(specs))
    missing = [n for n in F.ALL if n not in spec.names]
    if missing:
        raise SchemaError(f"{origin}: missing fields the engine needs: {', '.join(missing)}")
    return spec


@cache
def load_spec(name: str = "news") -> SchemaSpec:
    """Load ``schema/<name>.toml`` (shipped as the ``searchidx.schemas`` package)."""
    # A source checkout reads schema/ directly; an installed wheel carries it as searchidx.schemas.
    local = Path(__file__).resolve().parents[1] / "schema" / f"{name}.toml"
    try:
        if local.is_file():
            text = local.read_text("utf-8")
        else:
            from importlib import resources  # an installed wheel's copy: a checkout reads schema/

            text = resources.files("searchidx.schemas").joinpath(f"{name}.toml").read_text("utf-8")
    except (FileNotFoundError, ModuleNotFoundError):
        known = sorted(p.stem for p in local.parent.glob("*.toml")) or ["news"]
        raise SchemaError(f"schema {name!r} not found (known: {', '.join(known)})") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise SchemaError(f"schema/{name}.toml: {exc}") from None
    return parse_spec(data, f"schema/{name}.toml")
