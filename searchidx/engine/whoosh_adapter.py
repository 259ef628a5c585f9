"""The one place that touches Whoosh internals.

Whoosh keeps most of an index as pickles: the schema and segment list in the
table of contents, stored fields, posting blocks, inlined term infos, position
lists. ``pickle.loads`` on a crafted file runs any code it names, so an index
directory made by someone else would run their code on ``searchidx search``.
``install()`` points every unpickling path of Whoosh at ``safe_loads``/
``safe_load``: an unpickler that builds only the few classes and functions an
index we write holds (``ALLOWED``) and refuses everything else with
``IndexUnreadableError`` before anything is built.

The patches name Whoosh module globals one by one, so this module refuses to
load beside any Whoosh but the one they were read from.
"""

from __future__ import annotations

import _compat_pickle
import importlib
import io
import pickle
import re
import sys
import types
from typing import IO, Any

import whoosh
from whoosh import matching as _matching
from whoosh import query as _wq

from ..errors import IndexUnreadableError, SearchIdxError

WHOOSH_VERSION = (2, 7, 5)

if tuple(whoosh.__version__) != WHOOSH_VERSION:
    # Not a SearchIdxError: this is an installation fault, raised while importing.
    raise ImportError(
        f"searchidx needs whoosh-reloaded {'.'.join(map(str, WHOOSH_VERSION))} (its unpickling paths are patched "
        f"by name), found {whoosh.versionstring()} at {whoosh.__file__}; "
        f"reinstall with: pip install 'whoosh-reloaded=={'.'.join(map(str, WHOOSH_VERSION))}'"
    )

# Every global an index written by searchidx holds, found by recording find_class()
# while building, searching (array path and Whoosh's matchers: phrases, fuzzy terms,
# wildcards, ranges, date sorts), deleting and optimizing both the shipped corpus and
# Reuters-21578 (tests/test_trust.py re-records it on the corpus and fails on anything
# new). All are classes of the schema and segment list; the posting blocks, stored
# fields and term infos hold only builtin values. Names are exact: nothing dotted
# (protocol 4 resolves "A.b" attribute paths, which reach methods and modules).
ALLOWED: frozenset[tuple[str, str]] = frozenset(
    {
        # The schema (TOC, protocol 2): fields, their formats, analyzers and column types.
        ("whoosh.fields", "Schema"),
        ("whoosh.fields", "TEXT"),
        ("whoosh.fields", "ID"),
        ("whoosh.fields", "KEYWORD"),
        ("whoosh.fields", "DATETIME"),
        ("whoosh.fields", "STORED"),
        ("whoosh.fields", "COLUMN"),
        ("whoosh.formats", "Existence"),
        ("whoosh.formats", "Frequency"),
        ("whoosh.formats", "Positions"),
        ("whoosh.columns", "NumericColumn"),
        ("whoosh.columns", "VarBytesColumn"),
        ("searchidx.engine.columns", "DeflatedColumn"),
        ("whoosh.analysis.analyzers", "CompositeAnalyzer"),
        ("whoosh.analysis.filters", "LowercaseFilter"),
        ("whoosh.analysis.tokenizers", "IDTokenizer"),
        ("searchidx.analysis", "NltkTokenizer"),
        ("searchidx.analysis", "SnowballFilter"),
        ("searchidx.analysis", "ValueListTokenizer"),
        # Word-pair fields' analyzer in indexes written before pairs moved to the arrays.
        ("searchidx.analysis", "PairFilter"),
        # DATETIME's numtype (as __builtin__.long) and the segments' defaultdict(int).
        ("builtins", "int"),
        # The segment list (TOC).
        ("whoosh.codec.whoosh3", "W3Segment"),
        ("whoosh.codec.whoosh3", "W3Codec"),
        ("searchidx.engine.codec", "SidxCodec"),  # segments searchidx writes
        ("collections", "defaultdict"),
        # Stored dates (_stored.col).
        ("datetime", "datetime"),
    }
)

# Protocol 2 (the schema; searchidx's posting blocks) pickles bytes through calls, so
# those two globals resolve to functions that accept only the call pickle makes.
# copyreg._reconstructor is not here: only protocols 0 and 1 use it (2 and later build
# objects with NEWOBJ), and neither Whoosh nor searchidx writes those.
_BYTES_CALL = ("_codecs", "encode")  # non-empty bytes: _codecs.encode(text, "latin1")
_EMPTY_BYTES = ("builtins", "bytes")  # b"": bytes()

# The opcodes that name a global: GLOBAL, INST, EXT1, EXT2, EXT4, STACK_GLOBAL. Without
# any of these bytes anywhere in it, a pickle can build only builtin values (every
# other opcode pushes a constant or a container, or calls what a global put on the
# stack), so plain pickle.loads reads it: most position lists, at a fifth of the cost.
_NAMES_A_GLOBAL = re.compile(b"[ci\x82\x83\x84\x93]")

_FRAMED = (b"\x80\x04", b"\x80\x05")  # protocols 4 and 5 start so

REFUSAL_HINT = "open only indexes you built; if this one is yours, remove it and run searchidx index again"


def refused(module: str, name: str) -> IndexUnreadableError:
    """The error for a pickle naming a global searchidx never writes."""
    err = IndexUnreadableError(
        f"index refused: it holds a pickled {f'{module}.{name}'!r}, which searchidx never writes "
        f"(an index is trusted input; was this directory made by someone else?)"
    )
    err.hint = REFUSAL_HINT
    return err


def _resolve(module: str, name: str) -> Any:
    return getattr(importlib.import_module(module), name)


def _empty_bytes(*args):
    if args:
        raise refused(*_EMPTY_BYTES)
    return b""


# str.encode: it takes only a str and only text encodings, and gives bytes, which any
# pickle can hold directly anyway; unlike a Python wrapper it costs nothing per posting
# value (a block of positions pickles one call per posting).
_SPECIAL = {_BYTES_CALL: str.encode, _EMPTY_BYTES: _empty_bytes}


# Globals found, by the names as pickled: a pickle names a handful, and each Whoosh
# block or stored record is unpickled on its own, so the lookup is paid per record.
_found: dict[tuple[str, str], Any] = {}


class RestrictedUnpickler(pickle.Unpickler):
    """A ``pickle.Unpickler`` that resolves only the globals in ``ALLOWED``."""

    def find_class(self, module: str, name: str) -> Any:
        found = _found.get((module, name))
        if found is None:
            found = _found[(module, name)] = _find(module, name)
        return found


def _find(module: str, name: str) -> Any:
    raw = (module, name)
    # Python 2 names (protocol 2 writes __builtin__, copy_reg) to today's, as
    # pickle.Unpickler.find_class does for protocol < 3; the C unpickler does not say
    # which protocol it reads, and the allowlist is checked after the mapping anyway.
    if raw in _compat_pickle.NAME_MAPPING:
        module, name = _compat_pickle.NAME_MAPPING[raw]
    elif module in _compat_pickle.IMPORT_MAPPING:
        module = _compat_pickle.IMPORT_MAPPING[module]
    key = (module, name)
    special = _SPECIAL.get(key)
    if special is not None:
        return special
    if "." in name or key not in ALLOWED:
        raise refused(module, name)
    return _resolve(module, name)


def safe_loads(data: bytes) -> Any:
    """``pickle.loads`` that builds only what a searchidx index holds; anything else
    raises ``IndexUnreadableError`` before it is built."""
    try:
        if _NAMES_A_GLOBAL.search(data) is None:
            return pickle.loads(data)
        file = io.BytesIO(data)
        if data[:2] not in _FRAMED:
            # A reader with peek(): the unpickler then reads ahead instead of calling
            # read() for every opcode (protocols below 4 have no frames to read whole).
            file = io.BufferedReader(file)
        return RestrictedUnpickler(file).load()
    except (SearchIdxError, EOFError):
        raise
    except Exception as exc:  # noqa: BLE001 - a damaged pickle fails in many ways
        raise _damaged(exc) from None


def safe_load(file: IO[bytes]) -> Any:
    """``pickle.load`` from an open binary file, restricted as ``safe_loads``; the file is
    left just after the pickle, as callers read on from there."""
    try:
        return RestrictedUnpickler(file).load()
    except (SearchIdxError, EOFError):
        raise  # EOFError: Whoosh reads some files until it (hash table extras, sort runs)
    except Exception as exc:  # noqa: BLE001 - a damaged pickle fails in many ways
        raise _damaged(exc) from None


def _damaged(exc: Exception) -> IndexUnreadableError:
    return IndexUnreadableError(f"index unreadable: a pickle in it is damaged ({type(exc).__name__}: {_one_line(exc)})")


def _one_line(exc: Exception) -> str:
    text = " ".join(str(exc).split())
    return text if len(text) <= 200 else text[:197] + "..."


class _SafeRenamingUnpickler(RestrictedUnpickler):
    # Whoosh's legacy (TOC format -110) reader renames old class paths before
    # importing them by name; searchidx never wrote that format, so nothing is renamed
    # and the allowlist refuses the old names.
    def __init__(self, f, objmap=None, shortcuts=None):
        super().__init__(f)


# Whoosh code reaches pickle as "pickle.loads(...)" on a module object in a few places;
# this stands in for that module with only the attributes Whoosh uses of it.
safe_pickle = types.SimpleNamespace(
    loads=safe_loads,
    load=safe_load,
    Unpickler=RestrictedUnpickler,
    dumps=pickle.dumps,
    dump=pickle.dump,
    Pickler=pickle.Pickler,
    PicklingError=pickle.PicklingError,
    UnpicklingError=pickle.UnpicklingError,
    HIGHEST_PROTOCOL=pickle.HIGHEST_PROTOCOL,
    DEFAULT_PROTOCOL=pickle.DEFAULT_PROTOCOL,
)

# (module, global, replacement): every reference to pickle's loaders in the Whoosh
# modules that import (those that fail to import in 2.7.5, such as whoosh.codec.whoosh2
# and whoosh.filedb.misc, cannot run). tests/test_trust.py scans every importable Whoosh
# module and fails on a reference not listed here.
PATCHES: tuple[tuple[str, str, Any], ...] = (
    # Modules imported later take their names from whoosh.compat.
    ("whoosh.compat", "pickle", safe_pickle),
    ("whoosh.compat", "loads", safe_loads),
    ("whoosh.compat", "load", safe_load),
    # TOC: the schema (pickle.loads) ...
    ("whoosh.index", "pickle", safe_pickle),
    # ... and the segment list, column headers, compound-file directories, hash
    # table extras, FST roots, posting block headers: StructFile.read_pickle.
    ("whoosh.filedb.structfile", "load_pickle", safe_load),
    # Stored fields (_stored.col), posting blocks, inlined term infos.
    ("whoosh.codec.whoosh3", "loads", safe_loads),
    ("whoosh.codec.plaintext", "loads", safe_loads),
    # PickleColumn values.
    ("whoosh.columns", "loads", safe_loads),
    # Positions/Characters posting values, decoded by Whoosh's phrase matchers.
    ("whoosh.formats", "loads", safe_loads),
    # The pre-2.7 file index and the legacy TOC reader.
    ("whoosh.filedb.fileindex", "pickle", safe_pickle),
    ("whoosh.util.loading", "pickle", safe_pickle),
    ("whoosh.util.loading", "RenamingUnpickler", _SafeRenamingUnpickler),
    ("whoosh.legacy", "RenamingUnpickler", _SafeRenamingUnpickler),
    # Whoosh's own temporary files (sort runs in mkstemp files, multiprocess job files):
    # not index input, routed too so that no path is left to argue about.
    ("whoosh.externalsort", "load", safe_load),
    ("whoosh.multiproc", "pickle", safe_pickle),
)

# Modules that take the names patched above from ``whoosh.compat`` when they import:
# imported after ``install()``, they are routed already, so it does not import them (a
# search never uses them; ``whoosh.multiproc`` alone brings in ``multiprocessing``).
# tests/test_startup.py holds them so.
FROM_COMPAT = frozenset({"whoosh.codec.plaintext", "whoosh.externalsort", "whoosh.multiproc"})

_installed = False


def install() -> None:
    """Route every unpickling Whoosh does through ``RestrictedUnpickler``; idempotent."""
    global _installed
    if _installed:
        return
    for module, name, replacement in PATCHES:
        if module in FROM_COMPAT and module not in sys.modules:
            continue  # ``whoosh.compat`` is patched first: it will import routed
        mod = importlib.import_module(module)
        if not hasattr(mod, name):
            raise ImportError(
                f"searchidx: whoosh module {module} has no {name!r} to patch; "
                f"this Whoosh is not the {'.'.join(map(str, WHOOSH_VERSION))} searchidx knows"
            )
        setattr(mod, name, replacement)
    _installed = True


class AndNotMatcher(_matching.AndNotMatcher):
    """Whoosh's, with two repairs: it stops when its positive side runs out (Whoosh's reads
    that side's id once more after a skip exhausted it), and a matcher made afresh (as a
    search's optimiser does, ``replace``) moves the negative side up to the positive one
    before its first answer (Whoosh's only compared them, so a document the negative side
    held further on was returned: ``a ANDNOT b`` found documents with b)."""

    def _find_first(self):
        if self.a.is_active() and self.b.is_active():
            self._find_next()

    def _find_next(self):
        if not self.a.is_active():
            return False
        return super()._find_next()


class AndNot(_wq.AndNot):
    """``a`` without ``b``, scored as ``a``, with the repaired matcher above."""

    def matcher(self, searcher, context=None):
        return AndNotMatcher(self.a.matcher(searcher, context), self.b.matcher(searcher, searcher.boolean_context()))
