"""The manifest of a sharded index, and which shard a record lives in.

A sharded index is a directory holding ``searchidx-shards.json`` and one ordinary
searchidx index per shard (``shard-000``, ``shard-001``...). A record's shard is a stable
hash of its id (blake2b, modulo the shard count), so a later update or delete of the
record lands where it lives; a file's marker (``tasks.MARKER``) lives in the shard of
its location.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import orjson

from .. import __version__
from ..engine import manifest as engine_manifest
from ..engine.sidecar import sync_dir
from ..errors import IndexUnreadableError

NAME = "searchidx-shards.json"
FORMAT = 1


def shard_of(key: str, shards: int) -> int:
    """The shard of a record id (or of a file location, for its marker)."""
    digest = hashlib.blake2b(key.encode("utf-8", "surrogatepass"), digest_size=8).digest()
    return int.from_bytes(digest, "big") % shards


def shard_dir_name(n: int) -> str:
    return f"shard-{n:03d}"


def is_sharded(path: str | os.PathLike) -> bool:
    return (Path(path) / NAME).is_file()


def describe(spec, layout, shards: int) -> dict:
    schema = engine_manifest.describe(spec, layout)
    return {
        "format": FORMAT,
        "searchidx": __version__,
        "schema": spec.name,
        "schema_fingerprint": schema["schema"]["fingerprint"],
        "layout_fingerprint": schema["layout"]["fingerprint"],
        "runs": 0,
        "shards": [{"path": shard_dir_name(n), "records": 0} for n in range(shards)],
    }


def read(path: Path) -> dict:
    file = Path(path) / NAME
    try:
        data = orjson.loads(file.read_bytes())
    except (OSError, orjson.JSONDecodeError) as exc:
        raise IndexUnreadableError(f"{file}: unreadable shard manifest ({exc})") from None
    if not isinstance(data, dict) or not isinstance(data.get("shards"), list) or not data["shards"]:
        raise IndexUnreadableError(f"{file}: not a shard manifest")
    return data


def check(data: dict, path: Path, spec, layout) -> None:
    want = engine_manifest.describe(spec, layout)
    if (
        data.get("schema_fingerprint") != want["schema"]["fingerprint"]
        or data.get("layout_fingerprint") != want["layout"]["fingerprint"]
    ):
        raise IndexUnreadableError(
            f"{path}: sharded index built with another schema or posting layout "
            f"(searchidx {data.get('searchidx')}); reindex into a new directory"
        )


def write(path: Path, data: dict) -> None:
    """Replace the manifest atomically and durably."""
    file = Path(path) / NAME
    tmp = file.with_name(NAME + ".tmp")
    with open(tmp, "wb") as out:
        out.write(orjson.dumps(data, option=orjson.OPT_INDENT_2))
        out.flush()
        os.fsync(out.fileno())
    os.replace(tmp, file)
    sync_dir(Path(path))
