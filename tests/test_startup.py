"""What a one-off ``searchidx search`` imports and builds (issue 12: a search's whole process
takes a fraction of a second only while it leaves the write side, the sharded index's
machinery, NLTK and the parts of Whoosh it never uses alone). These hold what is imported
and built, not how long it takes: a timed assertion would fail on a busy machine."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from searchidx import Index
from searchidx.analysis import TOKEN_PATTERN, TokenPattern, _regex_compile
from searchidx.defaults import SHARDS_MANIFEST
from searchidx.engine.codec import _ViewFile
from searchidx.errors import IndexExistsError, IndexNotFoundError
from searchidx.schema import F

ROOT = Path(__file__).resolve().parents[1]

# Modules a search of a plain index never needs: the write side, the sharded index, query
# parts a plain word never reaches, and what Whoosh's imports drag in (cli._import_whoosh_lightly).
NOT_IMPORTED_BY_A_SEARCH = (
    "searchidx.shards",
    "searchidx.ingest",
    "searchidx.incremental",
    "searchidx.tasks",
    "searchidx.extract",
    "searchidx.documents",
    "searchidx.progress",
    "searchidx.writer",
    "searchidx.engine.building",
    "searchidx.engine.merge",
    "searchidx.engine.segments",
    "searchidx.suggest",
    "searchidx.people",
    "searchidx.aliases",
    "nltk",
    "regex",
    "dask",
    "whoosh.writing",
    "whoosh.qparser",
    "whoosh.multiproc",
    "whoosh.lang.morph_en",
    "asyncio",
    "urllib.request",
    "http.client",
    "multiprocessing",
    "concurrent.futures",
    "importlib.resources",
)

BODIES = {
    "a": "Troops crossed the river at dawn, the ministry said.",
    "b": "The troops withdrew from the border town on Tuesday.",
    "c": "More troops are expected, officials said; talks resume in May.",
    "d": "Grain exports rose for the third month running.",
}


# Built in a process of its own: the stem table an index gets holds the words its writing
# process stemmed first, and a search stems through it without NLTK only if it holds them.
_BUILD = """
import json, sys
from datetime import datetime
from searchidx import Index, Record
with Index.create(sys.argv[1]) as ix:
    ix.add_records([
        Record(id=k, path=k + ".txt", title="Report " + k, body=v, date=datetime(2024, 5, 1))
        for k, v in json.loads(sys.argv[2]).items()
    ])
"""


@pytest.fixture()
def small_index(tmp_path) -> Path:
    """An index of ASCII articles, three of them about troops."""
    path = tmp_path / "ix"
    out = _run(_BUILD, str(path), json.dumps(BODIES))
    assert out.returncode == 0, out.stderr
    return path


def _run(code: str, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, cwd=ROOT, timeout=120)


# Runs the command as ``searchidx`` does (cli.main), then reports what it imported.
_SEARCH = """
import json, sys
from searchidx.cli import main
watch = json.loads(sys.argv[1])
sys.argv = ["searchidx", "search", "troops", "--index", sys.argv[2], "--json"]
try:
    main()
except SystemExit as exc:
    assert exc.code in (0, None), exc.code
print()
print(json.dumps(sorted(m for m in watch if m in sys.modules)))
"""


def test_a_search_imports_neither_the_write_side_nor_unused_libraries(small_index):
    out = _run(_SEARCH, json.dumps(NOT_IMPORTED_BY_A_SEARCH), str(small_index))
    assert out.returncode == 0, out.stderr
    result, imported = out.stdout.strip().rsplit("\n", 1)
    assert sorted(h["id"] for h in json.loads(result)["hits"]) == ["a", "b", "c"]
    assert json.loads(imported) == []


def test_importing_the_command_line_imports_no_engine():
    code = (
        "import sys, searchidx.cli\nprint(sorted({m.split('.')[0] for m in sys.modules} & {'numpy', 'whoosh', 'nltk'}))"
    )
    out = _run(code)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["[]"]


# After a search through cli.main (Whoosh imported with stand-ins), the real modules serve:
# a cached property as Whoosh's segment readers have (asyncio), Whoosh's variations of a
# word (morph_en) and its urlretrieve (urllib.request).
_AFTER = """
import sys, types
from searchidx.cli import main
index, source, target = sys.argv[1:]
sys.argv = ["searchidx", "search", "troops", "--index", index]
try:
    main()
except SystemExit as exc:
    assert exc.code in (0, None), exc.code
assert "asyncio" not in sys.modules and "whoosh.lang.morph_en" not in sys.modules
from whoosh.reading import cached_property
class Reader:
    @cached_property
    def deleted(self):
        return frozenset({3})
assert Reader().deleted == {3} and "asyncio" in sys.modules
import asyncio, urllib.request, whoosh.compat, whoosh.query.terms
from whoosh.lang import morph_en
assert isinstance(asyncio.run, types.FunctionType) and urllib.request.urlopen
assert whoosh.query.terms.variations("troops") == morph_en.variations("troops")
whoosh.compat.urlretrieve("file://" + source, target)
print(open(target).read())
"""


def test_the_stand_ins_give_way_to_the_real_modules(small_index, tmp_path):
    source = tmp_path / "source.txt"
    source.write_text("fetched")
    out = _run(_AFTER, str(small_index), str(source), str(tmp_path / "target.txt"))
    assert out.returncode == 0, out.stderr
    assert out.stdout.split()[-1] == "fetched"


def test_whoosh_modules_install_leaves_unimported_are_routed_when_imported():
    code = (
        "import sys\nfrom searchidx.engine import whoosh_adapter as wa\nwa.install()\n"
        "print(sorted(m for m in wa.FROM_COMPAT if m in sys.modules))\n"
        "import importlib\n"
        "print(all(getattr(importlib.import_module(m), n) is r for m, n, r in wa.PATCHES if m in wa.FROM_COMPAT))"
    )
    out = _run(code)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["[]", "True"]


def test_the_shards_manifest_is_named_alike_on_both_sides():
    from searchidx.shards import MANIFEST

    assert SHARDS_MANIFEST == MANIFEST


def test_a_word_search_builds_no_position_tables_and_copies_no_columns(small_index):
    with Index.open(small_index) as ix:
        assert ix.search("troops").total == 3
        s = ix._searcher()
        segments = s._searchidx.postings.segments
        assert segments and all(arrays._pstarts is None for arrays, _offset, _live in segments)
        colfiles = [f for leaf, _ in s.reader().leaf_readers() for f, _o, _n in leaf._perdoc._colfiles.values()]
        assert colfiles and all(isinstance(f, _ViewFile) and f._stream is None for f in colfiles)
        # A phrase reads positions; the tables made then agree with the arrays.
        assert [h.id for h in ix.search('"troops withdrew"').hits] == ["b"]
        for arrays, _offset, _live in segments:
            counts = arrays.counts
            assert (arrays.starts == counts.cumsum() - counts).all()
            assert [arrays.count(i) for i in range(len(counts))] == counts.tolist()


def test_a_hit_row_read_through_a_view_is_the_stored_row(small_index):
    with Index.open(small_index) as ix:
        s = ix._searcher()
        rows = [s._searchidx.hit_row(n) for n in range(s.reader().doc_count_all())]
        leaf = next(leaf for leaf, _ in s.reader().leaf_readers())
        colfile, _offset, length = leaf._perdoc._colfiles[F.HIT]
        assert colfile.get(0, length) == bytes(colfile._buf)
    assert {r["id"] for r in rows if "speakers" in r} >= set(BODIES)


def test_a_directory_without_this_index_s_table_of_contents_holds_no_index(tmp_path):
    (tmp_path / "_OTHER_1.toc").write_bytes(b"")
    with pytest.raises(IndexNotFoundError, match="no searchidx index here"):
        Index.open(tmp_path)
    with pytest.raises(IndexExistsError, match="not an empty directory"):
        Index.open(tmp_path, create=True)


_ascii_text = st.text(alphabet=st.characters(min_codepoint=0, max_codepoint=127), max_size=80) | st.sampled_from(
    ["U.S. troops' 12,000", "a.b.c,d's", "x__y 1.5 .5 5. ,a a,", "Mr. O'Neil's 3,4,5"]
)


@settings(max_examples=400, deadline=None)
@given(_ascii_text)
def test_ascii_text_is_split_by_re_exactly_as_by_regex(text):
    ours, theirs = TokenPattern(TOKEN_PATTERN), _regex_compile(TOKEN_PATTERN)
    assert [m.span() for m in ours.finditer(text)] == [m.span() for m in theirs.finditer(text)]
    assert ours.findall(text) == theirs.findall(text)
    for at in range(len(text) + 1):
        a, b = ours.match(text, at), theirs.match(text, at)
        assert (a and a.span()) == (b and b.span())


def test_text_beyond_ascii_is_split_by_regex():
    pattern = TokenPattern(TOKEN_PATTERN)
    assert pattern.findall("a\u0301b x\u200dy Ukraine\u2019s") == _regex_compile(TOKEN_PATTERN).findall(
        "a\u0301b x\u200dy Ukraine\u2019s"
    )
    assert pattern.flags == _regex_compile(TOKEN_PATTERN).flags


def test_a_stand_in_used_while_standing_in_gives_way_to_the_real_module(monkeypatch):
    """Were a module imported while Whoosh imports to use a stand-in at once, it gets the
    real module (imported then), not an error or an endless loop."""
    from searchidx.cli import _CallsThrough, _StandIn

    stand_in = _StandIn("colorsys")
    monkeypatch.setitem(sys.modules, "colorsys", stand_in)
    assert stand_in.rgb_to_hsv(1.0, 0.0, 0.0) == (0.0, 1.0, 1.0)
    assert sys.modules["colorsys"] is not stand_in and sys.modules["colorsys"].__file__

    calls = _CallsThrough("colorsys", "hsv_to_rgb")
    monkeypatch.setitem(sys.modules, "colorsys", calls)
    assert calls.hsv_to_rgb(0.0, 1.0, 1.0) == (1.0, 0.0, 0.0)
    assert sys.modules["colorsys"] is not calls
