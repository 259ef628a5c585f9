"""An index directory made by someone else never runs code: crafted pickles are refused,
directories others can write are refused, and our own indexes open with no refusal."""

from __future__ import annotations

import ast
import importlib
import io
import os
import pickle
import pkgutil
import pwd
import shutil
import stat
import subprocess
import sys
import warnings
from pathlib import Path

import pytest
import whoosh
from click.testing import CliRunner
from whoosh.codec.whoosh3 import STORED_COLUMN, WHOOSH3_HEADER_MAGIC
from whoosh.filedb.compound import CompoundStorage
from whoosh.filedb.filestore import FileStorage, RamStorage
from whoosh.filedb.structfile import StructFile
from whoosh.util.varints import varint

from conftest import CORPUS, ROOT
from searchidx import Index
from searchidx.cli import cli
from searchidx.engine import trust, whoosh_adapter
from searchidx.engine.evaluate import Evaluator, Unsupported
from searchidx.engine.trust import check_index_dir
from searchidx.engine.whoosh_adapter import ALLOWED, PATCHES, safe_loads
from searchidx.errors import IndexUnreadableError, UntrustedIndexError
from searchidx.schema import F

REFUSED = "index refused: it holds a pickled"
WHOOSH_DIR = Path(whoosh.__file__).parent


# -- payloads: each would create the file named by $M ----------------------------------
class _Call:
    """Pickles as a call of ``fn(*args)``: what an attacker writes."""

    def __init__(self, fn, *args):
        self.fn, self.args = fn, args

    def __reduce__(self):
        return self.fn, self.args


def evil_system(length: int) -> bytes:
    """A protocol-0 pickle of exactly ``length`` bytes calling ``posix.system('touch $M')``,
    to replace a pickle in place without moving anything after it."""
    head, tail = b"cposix\nsystem\n(S'touch $M", b"'\ntR."
    pad = length - len(head) - len(tail)
    assert pad >= 0, f"no room for a payload in {length} bytes"
    return head + b" " * pad + tail


def evil_exec() -> bytes:
    return pickle.dumps(_Call(exec, "open(__import__('os').environ['M'], 'w').close()"), 4)


def evil_subprocess() -> bytes:
    return pickle.dumps(_Call(subprocess.call, ["sh", "-c", 'touch "$M"']), 2)


@pytest.fixture()
def marker(tmp_path, monkeypatch):
    path = tmp_path / "payload-ran"
    monkeypatch.setenv("M", str(path))
    return path


def test_payloads_run_under_plain_pickle(marker):
    # The payloads are real: unrestricted, each creates the marker.
    for data in (evil_system(40), evil_exec(), evil_subprocess()):
        pickle.loads(data)
        assert marker.exists()
        marker.unlink()


# -- the restricted unpickler ---------------------------------------------------------
@pytest.mark.parametrize(
    "data, name",
    [
        (evil_system(30), "posix.system"),
        (evil_exec(), "builtins.exec"),
        (evil_subprocess(), "subprocess.call"),
        (pickle.dumps(_Call(eval, "1"), 5), "builtins.eval"),
        (pickle.dumps(_Call(getattr, "", "join"), 2), "builtins.getattr"),
        # copyreg._reconstructor: protocols 0 and 1 only, which no index is written with.
        (pickle.dumps(whoosh.fields.ID(), 0), "copyreg._reconstructor"),
        # Protocol 4 resolves dotted names attribute by attribute: an allowed class's method.
        (b"\x80\x04\x8c\rwhoosh.fields\x94\x8c\x0fSchema.__init__\x94\x93\x94.", "whoosh.fields.Schema.__init__"),
        # bytes() as pickle never calls it: with a size (a gigabyte here).
        (b"\x80\x02c__builtin__\nbytes\nJ\x00\xca\x9a;\x85R.", "builtins.bytes"),
    ],
)
def test_safe_loads_refuses_what_an_index_never_holds(marker, data, name):
    with pytest.raises(IndexUnreadableError) as err:
        safe_loads(data)
    assert str(err.value).startswith(f"{REFUSED} {name!r}, which searchidx never writes")
    assert "\n" not in str(err.value) and err.value.hint
    assert not marker.exists()


@pytest.mark.parametrize(
    "args",
    [
        b"X\x01\x00\x00\x00xX\x05\x00\x00\x00rot13\x86",  # a str-to-str codec
        b"C\x01xX\x04\x00\x00\x00zlib\x86",  # bytes in
    ],
)
def test_the_bytes_call_builds_only_bytes(args):
    # _codecs.encode resolves to str.encode: a str and a text encoding in, bytes out.
    with pytest.raises(IndexUnreadableError, match="damaged"):
        safe_loads(b"\x80\x02c_codecs\nencode\n" + args + b"R.")
    assert safe_loads(b"\x80\x02c_codecs\nencode\nX\x03\x00\x00\x00a\xc3\xbfX\x06\x00\x00\x00latin1\x86R.") == b"a\xff"


def test_safe_loads_reads_what_an_index_holds():
    from datetime import datetime

    from whoosh.fields import TEXT

    from searchidx.analysis import stemming_analyzer

    values = [
        (1, 2.5, (b"", b"\x00\x01\xff")),
        {"date": datetime(2024, 10, 24, 9, 30)},
        TEXT(analyzer=stemming_analyzer(), phrase=True, stored=True),
    ]
    for value in values:
        for protocol in (2, 4, 5):
            assert safe_loads(pickle.dumps(value, protocol)) == value


def test_a_damaged_pickle_is_one_typed_error():
    with pytest.raises(IndexUnreadableError, match="damaged"):
        safe_loads(b"\x80\x02}q\x00(X")  # cut short
    with pytest.raises(EOFError):  # Whoosh reads some files until EOFError: it passes through
        whoosh_adapter.safe_load(io.BytesIO(b""))


# -- every unpickling path of Whoosh is routed ------------------------------------------
_LOADERS = {
    id(x): name
    for name, x in [
        ("pickle", pickle),
        ("pickle.loads", pickle.loads),
        ("pickle.load", pickle.load),
        ("pickle._loads", pickle._loads),
        ("pickle._load", pickle._load),
        ("pickle.Unpickler", pickle.Unpickler),
        ("pickle._Unpickler", pickle._Unpickler),
        ("_pickle", sys.modules["_pickle"]),
        ("marshal", sys.modules["marshal"]),
        ("marshal.loads", sys.modules["marshal"].loads),
        ("marshal.load", sys.modules["marshal"].load),
        ("shelve", importlib.import_module("shelve")),
    ]
}
_UNPICKLING_MODULES = {
    "pickle",
    "_pickle",
    "cPickle",
    "marshal",
    "shelve",
    "dill",
    "cloudpickle",
    "joblib",
    "copyreg",
    "copy_reg",
}


def _whoosh_modules() -> dict:
    """Every Whoosh module that imports (some of 2.7.5's are dead code that cannot)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # Whoosh's vendored pyparsing imports sre_constants
        for info in pkgutil.walk_packages(whoosh.__path__, "whoosh."):
            try:
                importlib.import_module(info.name)
            except Exception:  # noqa: BLE001 - a module that cannot import cannot unpickle
                pass
    return {name: mod for name, mod in sys.modules.items() if name == "whoosh" or name.startswith("whoosh.")}


def test_every_whoosh_unpickling_reference_is_routed():
    whoosh_adapter.install()
    unrouted = []
    for name, mod in sorted(_whoosh_modules().items()):
        for attr, value in vars(mod).items():
            if id(value) in _LOADERS:
                unrouted.append(f"{name}.{attr} is {_LOADERS[id(value)]}")
            elif (
                isinstance(value, type)
                and issubclass(value, (pickle.Unpickler, pickle._Unpickler))
                and not issubclass(value, whoosh_adapter.RestrictedUnpickler)
            ):
                unrouted.append(f"{name}.{attr} is the unpickler {value.__qualname__}")
    assert unrouted == [], "Whoosh unpickles around the restricted unpickler: " + "; ".join(unrouted)


def test_no_whoosh_function_imports_an_unpickler_locally():
    # Module globals are checked above; an import inside a function would bypass them.
    found = []
    for name, mod in sorted(_whoosh_modules().items()):
        source = getattr(mod, "__file__", None)
        if not source or not source.endswith(".py"):
            continue
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # invalid escapes in Whoosh's docstrings
            tree = ast.parse(Path(source).read_text(encoding="utf-8"))
        for func in (n for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))):
            for node in ast.walk(func):
                names = (
                    [a.name for a in node.names]
                    if isinstance(node, ast.Import)
                    else [node.module or ""]
                    if isinstance(node, ast.ImportFrom)
                    else []
                )
                if any(n.split(".")[0] in _UNPICKLING_MODULES for n in names):
                    found.append(f"{name}:{node.lineno}")
    assert found == []


def test_install_patches_every_listed_global():
    for module, name, replacement in PATCHES:
        assert getattr(importlib.import_module(module), name) is replacement


def test_install_is_idempotent_and_done_by_importing_searchidx():
    import whoosh.compat
    import whoosh.index

    assert whoosh.compat.loads is safe_loads and whoosh.index.pickle is whoosh_adapter.safe_pickle
    whoosh_adapter.install()
    whoosh_adapter.install()
    test_install_patches_every_listed_global()


def test_another_whoosh_version_is_refused_at_import():
    code = "import whoosh; whoosh.__version__ = (2, 7, 4)\nimport searchidx.engine.whoosh_adapter"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert out.returncode != 0
    assert "ImportError: searchidx needs whoosh-reloaded 2.7.5" in out.stderr and "found 2.7.4" in out.stderr


def test_searchidx_unpickles_only_through_the_restricted_unpickler():
    direct = set()
    for path in sorted((ROOT / "searchidx").rglob("*.py")):
        rel = path.relative_to(ROOT).as_posix()
        if rel == "searchidx/engine/whoosh_adapter.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Attribute)
                and isinstance(node.value, ast.Name)
                and node.value.id in ("pickle", "_pickle", "marshal")
                and node.attr in ("load", "loads", "Unpickler", "_load", "_loads", "_Unpickler")
            ):
                direct.add(rel)
            if isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] in (
                "pickle",
                "_pickle",
                "marshal",
            ):
                if {a.name for a in node.names} & {"load", "loads", "Unpickler", "_load", "_loads", "_Unpickler"}:
                    direct.add(rel)
    assert direct == set(), f"unpickling around safe_loads in {sorted(direct)}"


# -- crafted index directories ------------------------------------------------------------
@pytest.fixture(scope="module")
def pristine(tmp_path_factory):
    """A real index of the shipped corpus, one segment, built in this process."""
    path = tmp_path_factory.mktemp("trust") / "ix"
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        with Index.create(path) as ix:
            report = ix.add_paths([str(CORPUS)], procs=1)
            assert report.errors == [] and report.records > 0
    finally:
        os.chdir(cwd)
    assert len(list(path.glob("*.trm"))) + len(list(path.glob("*.seg"))) == 1
    return path


@pytest.fixture()
def ixdir(pristine, tmp_path):
    path = tmp_path / "ix"
    shutil.copytree(pristine, path)
    return path


@pytest.fixture(scope="module")
def legacy_pristine(tmp_path_factory):
    """An index as earlier versions wrote it: one segment of Whoosh's own posting files
    (short lists inlined in the term dictionary, as their codec repair did), its arrays
    built from those files when it is first opened. Today's segments hold no pickled
    postings; an index from before still does, and is read the same safe way."""
    from whoosh import index as windex
    from whoosh.codec.whoosh3 import W3Codec, W3TermInfo

    from searchidx.documents import to_documents
    from searchidx.ingest import SourceFile, iter_files, read_bytes, read_file
    from searchidx.schema import load_spec

    path = tmp_path_factory.mktemp("trust-legacy") / "ix"
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        Index.create(path).close()
        records = [
            rec
            for src in iter_files([str(CORPUS)])
            if isinstance(src, SourceFile)
            for rec in read_file(src, read_bytes(src)) or []
        ]
    finally:
        os.chdir(cwd)
    spec = load_spec()
    had = W3TermInfo.__dict__.get("set_inline")
    W3TermInfo.set_inline = W3TermInfo.set_inlined
    try:
        wix = windex.open_dir(str(path))
        writer = wix.writer(codec=W3Codec(compression=1, inlinelimit=8))
        for rec in records:
            article, quotes = to_documents(spec, rec, rec.path or rec.id, "")
            for doc in (article, *quotes):
                writer.add_document(**doc)
        writer.commit(merge=False)
        wix.close()
    finally:
        if had is None:
            del W3TermInfo.set_inline
        else:
            W3TermInfo.set_inline = had
    return path


@pytest.fixture()
def legacy(legacy_pristine, tmp_path):
    path = tmp_path / "legacy"
    shutil.copytree(legacy_pristine, path)
    return path


def _toc(ixdir: Path) -> Path:
    return max(ixdir.glob("_*.toc"), key=lambda p: int(p.stem.rsplit("_", 1)[1]))


def _toc_parts(data: bytes) -> tuple[bytes, bytes, bytes, bytes]:
    """(header, pickled schema, generation, pickled segment list) of a table of contents."""
    f = StructFile(io.BytesIO(data))
    for _ in range(3):
        f.read_varint()  # sizes of int, long, float
    f.read_int(), f.read_int()  # byte-order check, TOC version
    for _ in range(3):
        f.read_varint()  # Whoosh release
    head = f.tell()
    n = f.read_varint()
    start = f.tell()
    return data[:head], data[start : start + n], data[start + n : start + n + 8], data[start + n + 8 :]


def craft_schema(ixdir: Path) -> str:
    toc = _toc(ixdir)
    head, schema, gen, segments = _toc_parts(toc.read_bytes())
    assert pickle.loads(schema).names()  # it was the schema
    payload = evil_subprocess()
    toc.write_bytes(head + varint(len(payload)) + payload + gen + segments)
    return "subprocess.call"


def craft_segments(ixdir: Path) -> str:
    toc = _toc(ixdir)
    head, schema, gen, segments = _toc_parts(toc.read_bytes())
    assert type(pickle.loads(segments)[0]).__name__ == "W3Segment"
    toc.write_bytes(head + varint(len(schema)) + schema + gen + pickle.dumps(_Call(os.system, "touch $M"), 5))
    return "posix.system"


class Segment:
    """The files of an index's one segment (sub-files of a compound ``.seg`` file, or
    files of their own), to rewrite in place."""

    def __init__(self, ixdir: Path):
        self.ixdir = ixdir
        self.compound = next(ixdir.glob("*.seg"), None)
        if self.compound is not None:
            storage = CompoundStorage(FileStorage(str(ixdir)).open_file(self.compound.name), use_mmap=False)
            self.files = {name: storage.open_file(name).read() for name in storage.list()}
            storage.close()
        else:
            self.files = {
                p.name: p.read_bytes()
                for p in ixdir.iterdir()
                if p.name.startswith("MAIN_") and p.suffix in (".col", ".pst", ".trm")
            }
        with Index.open(ixdir) as ix:
            self.doc_count = ix._searcher().reader().doc_count_all()

    def name(self, suffix: str) -> str:
        (name,) = [n for n in self.files if n.endswith(suffix)]
        return name

    def save(self) -> None:
        if self.compound is None:
            for name, data in self.files.items():
                (self.ixdir / name).write_bytes(data)
            return
        ram = RamStorage()
        for name, data in self.files.items():
            with ram.create_file(name) as f:
                f.write(data)
        tmp = self.compound.with_suffix(".tmp")
        out = FileStorage(str(self.ixdir)).create_file(tmp.name)
        CompoundStorage.assemble(out, ram, sorted(self.files))  # closes ``out``
        os.replace(tmp, self.compound)


def _first_article(ixdir: Path, kind: str = "article") -> tuple[int, str]:
    with Index.open(ixdir) as ix:
        reader = ix._searcher().reader()
        for docnum in range(reader.doc_count_all()):
            fields = reader.stored_fields(docnum)
            if fields[F.KIND] == kind:
                return docnum, fields.get(F.ID, "")
    raise AssertionError(f"no {kind} document")


def craft_stored(ixdir: Path, kind: str = "article") -> str:
    """Replace the stored record of the first document of ``kind`` with a pickle that runs code."""
    docnum, _id = _first_article(ixdir, kind)
    seg = Segment(ixdir)
    name = seg.name("._stored.col")
    column = STORED_COLUMN._child  # the compressed bytes under Whoosh's pickle column
    data = seg.files[name]
    reader = column.reader(StructFile(io.BytesIO(data)), 0, len(data), seg.doc_count)
    values = [reader[i] for i in range(seg.doc_count)]
    assert pickle.loads(values[docnum])[F.KIND] == kind
    values[docnum] = evil_exec()
    out = StructFile(io.BytesIO())
    writer = column.writer(out)
    for i, value in enumerate(values):
        writer.add(i, value)
    writer.finish(seg.doc_count)
    seg.files[name] = out.file.getvalue()
    seg.save()
    return "builtins.exec"


# A body word with more postings than are inlined (a block in the postings file); it
# stems to itself, so a query for it finds that very term.
BLOCK_WORD = "said"


def _term_info(ixdir: Path, field: str, text: str):
    with Index.open(ixdir) as ix:
        ((reader, _base),) = list(ix._searcher().reader().leaf_readers())
        return reader.term_info(field, text)


def _block(seg: Segment, ixdir: Path, field: str, text: str) -> tuple[str, int, int, tuple, int]:
    """(postings file, block start, block length, header tuple, header length) of the
    first posting block of a term."""
    info = _term_info(ixdir, field, text)
    assert not info.is_inlined()
    offset, _length = info.extent()
    name = seg.name(".pst")
    data = seg.files[name]
    assert data[offset : offset + 4] == WHOOSH3_HEADER_MAGIC
    pos = offset + 4
    blocklength = abs(StructFile(io.BytesIO(data)).get_int(pos))
    buf = io.BytesIO(data[pos + 4 : pos + 4 + blocklength])
    header = pickle.load(buf)
    return name, pos + 4, blocklength, header, buf.tell()


def craft_block_data(ixdir: Path, field: str = F.BODY, text: str = BLOCK_WORD) -> str:
    seg = Segment(ixdir)
    name, start, length, header, _hlen = _block(seg, ixdir, field, text)
    count, maxid, maxweight, _comp, minlen, maxlen = header
    # Uncompressed, so the payload is the data pickle itself; same length, nothing moves.
    new_header = pickle.dumps((count, maxid, maxweight, 0, minlen, maxlen), 2)
    block = new_header + evil_system(length - len(new_header))
    data = seg.files[name]
    seg.files[name] = data[:start] + block + data[start + length :]
    seg.save()
    return "posix.system"


def craft_block_header(ixdir: Path, field: str = F.BODY, text: str = BLOCK_WORD) -> str:
    seg = Segment(ixdir)
    name, start, length, _header, _hlen = _block(seg, ixdir, field, text)
    data = seg.files[name]
    # The header (read first, from the file) is the payload, padded over the data.
    seg.files[name] = data[:start] + evil_system(length) + data[start + length :]
    seg.save()
    return "posix.system"


def _inlined_word(ixdir: Path) -> tuple[str, bytes]:
    """A body word whose postings are inlined in the term dictionary, and their pickle
    as it is stored there (once in the file, long enough to hold a payload)."""
    seg = Segment(ixdir)
    trm = seg.files[seg.name(".trm")]
    with Index.open(ixdir) as ix:
        field = ix.schema[F.BODY]
        ((reader, _base),) = list(ix._searcher().reader().leaf_readers())
        for raw in reader.lexicon(F.BODY):
            text = raw.decode("utf-8")
            if not text.isalpha() or [t for t in field.process_text(text, mode="query")] != [text]:
                continue
            info = reader.term_info(F.BODY, text)
            if info.is_inlined() and info.doc_frequency() >= 3:
                stored = pickle.dumps(info._inlined, 2)
                if len(stored) >= 60 and trm.count(stored) == 1:
                    return text, stored
    raise AssertionError("no inlined word")


def craft_terminfo(ixdir: Path) -> str:
    _word, stored = _inlined_word(ixdir)
    seg = Segment(ixdir)
    name = seg.name(".trm")
    seg.files[name] = seg.files[name].replace(stored, evil_system(len(stored)))
    seg.save()
    return "posix.system"


def craft_positions(ixdir: Path) -> str:
    """One posting's position list (the value Whoosh's phrase matcher unpickles), inside
    an inlined term info rewritten to the same length."""
    _word, stored = _inlined_word(ixdir)
    ids, weights, values = pickle.loads(stored)
    for pad in range(len(stored)):
        # One value for every posting, pickled once (later ones are memo references), so
        # there is room for the payload; each pad byte lengthens the pickle by one.
        value = values[0][:4] + evil_system(30 + pad)
        new = pickle.dumps((ids, weights, (value,) * len(values)), 2)
        if len(new) >= len(stored):
            break
    assert len(new) == len(stored)
    seg = Segment(ixdir)
    name = seg.name(".trm")
    seg.files[name] = seg.files[name].replace(stored, new)
    seg.save()
    return "posix.system"


def _inlined_query(ixdir: Path) -> str:
    return _inlined_word(ixdir)[0]


def force_whoosh(monkeypatch) -> None:
    """Every search through Whoosh's own matchers, as for a query the arrays cannot answer."""

    def unsupported(self, *args, **kwargs):
        raise Unsupported("test")

    monkeypatch.setattr(Evaluator, "run", unsupported)


@pytest.fixture()
def whoosh_path(monkeypatch):
    force_whoosh(monkeypatch)


def unprotected(monkeypatch) -> None:
    """Whoosh as it is without searchidx: plain pickle everywhere install() patched."""
    plain = {
        id(whoosh_adapter.safe_pickle): pickle,
        id(safe_loads): pickle.loads,
        id(whoosh_adapter.safe_load): pickle.load,
    }
    for module, name, replacement in PATCHES:
        if id(replacement) in plain:
            monkeypatch.setattr(importlib.import_module(module), name, plain[id(replacement)])
    # searchidx's own reading of an older index's posting files, too.
    from searchidx.engine import decode

    monkeypatch.setattr(decode, "safe_load", pickle.load)
    monkeypatch.setattr(decode, "safe_loads", pickle.loads)


def _run(fn) -> str | None:
    """'ok', or the refusal's message; any other error fails the test."""
    try:
        fn()
    except IndexUnreadableError as exc:
        message = str(exc)
        assert REFUSED in message and "\n" not in message, message
        return message
    return "ok"


def _search(ixdir, query, **kw):
    with Index.open(ixdir) as ix:
        res = ix.search(query, limit=50, **kw)
        [h.snippet for h in res.hits]


def _quotes(ixdir, query):
    with Index.open(ixdir) as ix:
        ix.quotes(query, limit=50)


def _stats(ixdir):
    with Index.open(ixdir) as ix:
        ix.stats()


def _open(ixdir):
    Index.open(ixdir).close()


def _cli(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


def _assert_cli_refused(result) -> None:
    lines = result.output.strip().splitlines()
    # SystemExit: the CLI printed its one-line error (an uncaught exception is kept instead).
    assert result.exit_code == 1 and isinstance(result.exception, SystemExit), result.output
    assert len(lines) == 1 and lines[0].startswith("Error: ") and REFUSED in lines[0], result.output


@pytest.mark.parametrize("craft", [craft_schema, craft_segments])
def test_crafted_table_of_contents_is_refused_everywhere(ixdir, marker, monkeypatch, craft):
    name = craft(ixdir)
    checks = [
        lambda: _open(ixdir),
        lambda: _search(ixdir, "troops"),
        lambda: _quotes(ixdir, "ukraine"),
        lambda: _stats(ixdir),
    ]
    for check in checks:
        assert f"{REFUSED} {name!r}" in _run(check)
    force_whoosh(monkeypatch)
    assert f"{REFUSED} {name!r}" in _run(lambda: _search(ixdir, "troops"))
    for args in (["search", "troops"], ["stats"], ["quotes", "ukraine"], ["index", CORPUS]):
        _assert_cli_refused(_cli(*args, "--index", ixdir))
    assert not marker.exists()


def test_crafted_stored_fields_record_is_refused(ixdir, marker, whoosh_path):
    craft_stored(ixdir)
    # Searches read hits from their own column, not the stored fields; whatever reads them
    # (an embedder through Whoosh, re-indexing) is refused.
    assert f"{REFUSED} 'builtins.exec'" in _run(lambda: _read_stored(ixdir))
    assert not marker.exists()


def test_crafted_file_marker_record_is_refused_when_reindexing(ixdir, marker):
    # Re-indexing compares each file's digest with the one its marker document stores.
    craft_stored(ixdir, kind="file")
    _assert_cli_refused(_cli("index", CORPUS, "--index", ixdir))
    assert not marker.exists()


def test_crafted_stored_fields_record_is_not_read_by_the_array_path(ixdir, marker):
    craft_stored(ixdir)
    for check in (lambda: _search(ixdir, "*"), lambda: _quotes(ixdir, "ukraine"), lambda: _stats(ixdir)):
        assert _run(check) == "ok"
    assert _cli("search", "*", "--index", ixdir).exit_code == 0
    assert not marker.exists()


@pytest.mark.parametrize("craft", [craft_block_data, craft_block_header])
def test_crafted_posting_block_is_refused(legacy, marker, whoosh_path, craft):
    name = craft(legacy)
    assert f"{REFUSED} {name!r}" in _run(lambda: _search(legacy, BLOCK_WORD))
    assert f"{REFUSED} {name!r}" in _run(lambda: _quotes(legacy, BLOCK_WORD))
    assert not marker.exists()


def test_crafted_posting_block_is_refused_by_the_cli(legacy, marker, monkeypatch):
    craft_block_data(legacy)
    # Opening it builds its arrays from Whoosh's files, every block read: refused at once.
    for args in (["search", BLOCK_WORD], ["stats"]):
        _assert_cli_refused(_cli(*args, "--index", legacy))
    assert not marker.exists()


def test_crafted_path_postings_are_refused_when_reindexing(legacy, marker):
    # Re-indexing looks up each indexed file by its path: the postings of the path
    # with the most records (records.jsonl) are a block.
    with Index.open(legacy) as ix:
        reader = ix._searcher().reader()
        path = max((raw.decode() for raw in reader.lexicon(F.PATH)), key=lambda p: reader.doc_frequency(F.PATH, p))
    name = craft_block_header(legacy, F.PATH, path)
    _assert_cli_refused(_cli("index", CORPUS, "--index", legacy))
    assert f"{REFUSED} {name!r}" in _run(lambda: Index.open(legacy).add_paths([str(CORPUS)], procs=1))
    assert not marker.exists()


def test_crafted_inlined_term_info_is_refused(legacy, marker, whoosh_path):
    word = _inlined_query(legacy)
    name = craft_terminfo(legacy)
    assert f"{REFUSED} {name!r}" in _run(lambda: _search(legacy, word))
    assert f"{REFUSED} {name!r}" in _run(lambda: _quotes(legacy, word))
    _assert_cli_refused(_cli("search", word, "--index", legacy))
    assert not marker.exists()


def test_crafted_position_list_is_refused(legacy, marker, whoosh_path):
    word = _inlined_query(legacy)
    name = craft_positions(legacy)
    # The arrays are built from every position list when the index is first searched.
    assert f"{REFUSED} {name!r}" in _run(lambda: _search(legacy, f'"{word} {word}"'))
    _assert_cli_refused(_cli("search", f'"{word} {word}"', "--index", legacy))
    assert not marker.exists()


@pytest.mark.parametrize("craft", [craft_terminfo, craft_block_data, craft_block_header, craft_positions])
def test_crafted_postings_are_refused_when_the_arrays_are_rebuilt(legacy, marker, craft):
    # Whoever crafts a directory can leave the posting arrays out: they are then rebuilt
    # from Whoosh's postings, every block and term info read.
    name = craft(legacy)
    for sidecar in legacy.glob("*.sidx"):
        shutil.rmtree(sidecar) if sidecar.is_dir() else sidecar.unlink()
    message = _run(lambda: _search(legacy, "troops"))
    assert not marker.exists()
    assert f"{REFUSED} {name!r}" in message


POSTING_CRAFTS = [craft_block_data, craft_block_header, craft_terminfo, craft_positions]
CRAFTS = [craft_schema, craft_segments, craft_stored] + POSTING_CRAFTS


@pytest.mark.parametrize("craft", CRAFTS)
def test_crafted_indexes_would_run_code_without_the_restricted_unpickler(ixdir, legacy, marker, monkeypatch, craft):
    # The crafts are real: with Whoosh's own unpickling, the payload runs.
    target = legacy if craft in POSTING_CRAFTS else ixdir
    word = _inlined_query(target) if craft in (craft_terminfo, craft_positions) else BLOCK_WORD
    craft(target)
    unprotected(monkeypatch)
    force_whoosh(monkeypatch)
    for read in (
        lambda: _search(target, "*"),
        lambda: _search(target, word),
        lambda: _search(target, f'"{word} {word}"'),
        lambda: _read_stored(target),
    ):
        try:
            read()
        except Exception:  # noqa: BLE001 - the payload returns nonsense to Whoosh
            pass
    assert marker.exists()


def _read_stored(ixdir: Path) -> None:
    """Every document's stored fields, as Whoosh reads them."""
    with Index.open(ixdir) as ix:
        reader = ix._searcher().reader()
        for docnum in range(reader.doc_count_all()):
            reader.stored_fields(docnum)


# -- ownership and permissions ----------------------------------------------------------------
def _one_line_cli_refusal(ixdir: Path, reason: str) -> None:
    for args in (["search", "troops"], ["stats"], ["index", CORPUS]):
        result = _cli(*args, "--index", ixdir)
        lines = result.output.strip().splitlines()
        assert result.exit_code == 1 and isinstance(result.exception, SystemExit) and len(lines) == 1, result.output
        assert lines[0].startswith(f"Error: {ixdir}") and reason in lines[0], lines[0]
        assert "an index is trusted input like a Python file" in lines[0] and "(hint: " in lines[0]


def test_directory_writable_by_others_is_refused(ixdir):
    ixdir.chmod(ixdir.stat().st_mode | stat.S_IWOTH)
    with pytest.raises(UntrustedIndexError, match=r"writable by others \(mode 07[0-7]7\)"):
        Index.open(ixdir)
    _one_line_cli_refusal(ixdir, "writable by others")


def test_a_file_writable_by_others_is_refused(ixdir):
    toc = _toc(ixdir)
    toc.chmod(0o666)
    with pytest.raises(UntrustedIndexError) as err:
        Index.open(ixdir)
    assert str(err.value) == f"{toc}: writable by others (mode 0666); an index is trusted input like a Python file"
    assert str(ixdir) in err.value.hint


def test_new_index_is_not_made_in_a_directory_writable_by_others(tmp_path):
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o777)
    with pytest.raises(UntrustedIndexError, match="writable by others"):
        Index.open(shared, create=True)
    assert list(shared.iterdir()) == []


def _nobody() -> int:
    try:
        return pwd.getpwnam("nobody").pw_uid
    except KeyError:
        return 65534


needs_root = pytest.mark.skipif(os.geteuid() != 0, reason="giving a file to another user needs root")


@needs_root
def test_directory_owned_by_another_user_is_refused(ixdir):
    uid = _nobody()
    os.chown(ixdir, uid, -1)
    with pytest.raises(UntrustedIndexError) as err:
        Index.open(ixdir)
    assert str(err.value) == (f"{ixdir}: owned by uid {uid} (you are 0); an index is trusted input like a Python file")
    _one_line_cli_refusal(ixdir, f"owned by uid {uid} (you are 0)")


@needs_root
def test_a_file_owned_by_another_user_is_refused(ixdir):
    seg = next(ixdir.glob("MAIN_*"))
    os.chown(seg, _nobody(), -1)
    with pytest.raises(UntrustedIndexError, match=f"{seg}: owned by uid"):
        Index.open(ixdir)


def _shared_group() -> int | None:
    """A group other than ours that we may give a file to (any, as root)."""
    import grp

    mine = pwd.getpwuid(os.geteuid())
    for group in grp.getgrall():
        if group.gr_gid != mine.pw_gid and (os.geteuid() == 0 or mine.pw_name in group.gr_mem):
            return group.gr_gid
    return None


def test_group_writable_through_a_shared_group_is_refused(ixdir):
    gid = _shared_group()
    if gid is None:
        pytest.skip("no group besides our own to give the directory to")
    os.chown(ixdir, -1, gid)
    ixdir.chmod(0o775)
    with pytest.raises(UntrustedIndexError, match=r"writable by group .* \(mode 0775\)"):
        Index.open(ixdir)


def test_group_writable_through_our_private_group_is_accepted(ixdir, monkeypatch):
    me = pwd.getpwuid(os.geteuid())
    import grp

    if grp.getgrgid(me.pw_gid).gr_mem not in ([], [me.pw_name]):
        pytest.skip("our primary group has other members: not a user-private group")
    os.chown(ixdir, -1, me.pw_gid)
    for path in [ixdir, *ixdir.iterdir()]:
        path.chmod(path.stat().st_mode | stat.S_IWGRP)  # what umask 002 gives
    with Index.open(ixdir) as ix:
        assert ix.search("troops").total > 0


def test_group_is_private_only_without_other_members(monkeypatch):
    import grp

    me = pwd.getpwuid(os.geteuid())
    trust._group_is_private.cache_clear()
    monkeypatch.setattr(grp, "getgrgid", lambda gid: grp.struct_group(("g", "x", gid, ["someone-else"])))
    assert not trust._group_is_private(me.pw_gid, os.geteuid())
    trust._group_is_private.cache_clear()
    monkeypatch.setattr(grp, "getgrgid", lambda gid: grp.struct_group(("g", "x", gid, [me.pw_name])))
    assert trust._group_is_private(me.pw_gid, os.geteuid())
    assert not trust._group_is_private(me.pw_gid + 1, os.geteuid())  # not our primary group
    trust._group_is_private.cache_clear()


def test_unreadable_directory_is_one_typed_error(ixdir, monkeypatch):
    def denied(path):
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(trust.os, "scandir", denied)
    with pytest.raises(IndexUnreadableError, match="cannot read the index: Permission denied"):
        check_index_dir(ixdir)


def test_our_own_index_passes_and_searches(ixdir):
    check_index_dir(ixdir)
    with Index.open(ixdir) as ix:
        assert ix.search("troops").total > 0
        assert ix.stats().documents > 0


def test_check_is_cheap(pristine):
    import timeit

    per_call = min(timeit.repeat(lambda: check_index_dir(pristine), number=50, repeat=3)) / 50
    assert per_call < 0.005, f"{per_call * 1e3:.2f} ms per check"


# -- our own indexes: no refusal anywhere ----------------------------------------------------------
def test_our_indexes_hold_only_allowed_globals(tmp_path, monkeypatch):
    seen: set = set()
    refusals: list = []
    find_class = whoosh_adapter.RestrictedUnpickler.find_class

    def recording(self, module, name):
        try:
            found = find_class(self, module, name)
        except IndexUnreadableError as exc:
            refusals.append(str(exc))
            raise
        seen.add((found.__module__, found.__qualname__) if isinstance(found, type) else (module, name))
        return found

    monkeypatch.setattr(whoosh_adapter.RestrictedUnpickler, "find_class", recording)
    path = tmp_path / "ix"
    with Index.create(path) as ix:
        ix.add_paths([str(CORPUS / "articles")], procs=1)
        ix.add_paths([str(CORPUS / "records.jsonl")], procs=1)
        ids = [h.id for h in ix.search("troops", limit=2).hits]
        assert ix.delete(ids) == 2
    queries = [
        "troops",
        '"north korean troops"',
        "troops~1",
        "troo*",
        "ukraine OR NOT taiwan",
        "place:Kursk date:[2024-10-01 TO 2024-10-31]",
        "*",
    ]
    with Index.open(path) as ix:
        for q in queries:
            for sort in ("relevance", "date"):
                [h.snippet for h in ix.search(q, facets=("speaker", "place", "month"), sort=sort).hits]
                ix.quotes(q, sort=sort)
        ix.stats()
        ix.optimize()
    force_whoosh(monkeypatch)
    with Index.open(path) as ix:
        for q in queries:
            [h.snippet for h in ix.search(q, facets=("speaker",), sort="date").hits]
            ix.quotes(q)
        reader = ix._searcher().reader()
        for docnum in reader.all_doc_ids():
            reader.stored_fields(docnum)
    assert refusals == []
    # Every name allowed is one these indexes hold, bar what only older indexes hold: an
    # analyzer, and Whoosh's own codec for their segments.
    # Left for indexes written before: pair filters, Whoosh's own codec, undeflated columns,
    # stored dates (dates are now in the hit rows and the posting arrays only).
    assert set(ALLOWED) - seen == {
        ("searchidx.analysis", "PairFilter"),
        ("whoosh.codec.whoosh3", "W3Codec"),
        ("whoosh.columns", "VarBytesColumn"),
        ("datetime", "datetime"),
    }
