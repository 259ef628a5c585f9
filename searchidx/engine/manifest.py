"""What an index was built with, kept beside it (``searchidx.json``) and checked on open.

Changing a field in ``schema/news.toml`` (its type, analysis, boost, word pairs...) and
opening an index built before used to give silently wrong answers: the segments were
read as if they held today's layout. The manifest records the schema's name, version
and a fingerprint of every field's declaration, and the posting layout's; an index that
does not match is refused with what changed and how to rebuild it.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import asdict
from pathlib import Path

import orjson

from ..errors import IndexUnreadableError
from .arrays import Layout
from .sidecar import FORMAT, sync_dir

NAME = "searchidx.json"


def fingerprint(value) -> str:
    return hashlib.blake2b(orjson.dumps(value, option=orjson.OPT_SORT_KEYS), digest_size=8).hexdigest()


def describe(spec, layout: Layout) -> dict:
    """The manifest of an index of ``spec`` with ``layout``."""
    fields = {f.name: {k: v for k, v in asdict(f).items() if k != "name"} for f in spec.fields}
    return {
        "schema": {"name": spec.name, "version": spec.version, "fingerprint": fingerprint(fields), "fields": fields},
        "layout": {"format": FORMAT, "fingerprint": fingerprint(asdict(layout))},
    }


def write(index_dir: Path, spec, layout: Layout) -> None:
    """Record what the index at ``index_dir`` is built with (durably, replacing any earlier)."""
    path = Path(index_dir) / NAME
    tmp = path.with_name(NAME + ".tmp")
    with open(tmp, "wb") as out:
        out.write(orjson.dumps(describe(spec, layout), option=orjson.OPT_INDENT_2))
        out.flush()
        os.fsync(out.fileno())
    os.replace(tmp, path)
    sync_dir(Path(index_dir))


def check(index_dir: Path, spec, layout: Layout) -> bool:
    """Raise ``IndexUnreadableError`` if the index was built with another schema or layout;
    False when it has no manifest (built before manifests existed)."""
    path = Path(index_dir) / NAME
    try:
        stored = orjson.loads(path.read_bytes())
    except FileNotFoundError:
        return False
    except (OSError, orjson.JSONDecodeError) as exc:
        raise IndexUnreadableError(f"{path}: unreadable ({exc})") from None
    want = describe(spec, layout)
    have_schema = stored.get("schema", {})
    if have_schema.get("fingerprint") != want["schema"]["fingerprint"]:
        changed = _changed_fields(have_schema.get("fields", {}), want["schema"]["fields"])
        raise IndexUnreadableError(
            f"{index_dir}: built with schema {have_schema.get('name')!r} version {have_schema.get('version')}, "
            f"which differs from schema {spec.name!r} version {spec.version} ({changed}); "
            "reindex into a new directory"
        )
    if stored.get("layout", {}).get("fingerprint") != want["layout"]["fingerprint"]:
        raise IndexUnreadableError(
            f"{index_dir}: built with another posting layout "
            f"(format {stored.get('layout', {}).get('format')}); reindex into a new directory"
        )
    return True


def _changed_fields(have: dict, want: dict) -> str:
    parts = []
    for name in sorted(set(have) | set(want)):
        if name not in have:
            parts.append(f"{name} added")
        elif name not in want:
            parts.append(f"{name} removed")
        elif have[name] != want[name]:
            diff = sorted(k for k in set(have[name]) | set(want[name]) if have[name].get(k) != want[name].get(k))
            parts.append(f"{name}: {', '.join(diff)} changed")
    return "; ".join(parts) or "fields reordered"
