"""Hostile input: FIFOs, sockets, devices, link loops, links leaving the folder, truncated
SGML, odd JSON ids, files over the size limits. Every case ends in a one-line skip or
error, the rest of the run goes on, and nothing already indexed is lost."""

from __future__ import annotations

import errno
import io
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import ROOT, article, write
from searchidx import Index
from searchidx.cli import cli
from searchidx.errors import IngestError
from searchidx.extraction import iter_extractions
from searchidx.ingest import (
    SkippedFile,
    SourceFile,
    iter_entries,
    iter_files,
    iter_records,
    limits,
    read_bytes,
    read_file,
)

GUARD_SECONDS = 120  # only a hang guard: a regression blocks forever, a pass takes well under a second


def source(path: Path, explicit: bool = True) -> SourceFile:
    return SourceFile(path.as_posix(), str(path), explicit)


def read(path: Path, explicit: bool = True):
    src = source(path, explicit)
    return read_file(src, read_bytes(src))


def error_of(fn, *args) -> IngestError:
    with pytest.raises(IngestError) as info:
        fn(*args)
    assert "\n" not in str(info.value)
    return info.value


def skips(items) -> dict[str, str]:
    return {Path(i.path).name: i.reason for i in items if isinstance(i, SkippedFile)}


def guarded(fn, fifos: list[Path]):
    """``fn()`` in a thread; if it blocks (a FIFO opened for reading), a writer is
    attached to each FIFO to release it and the test fails instead of hanging."""
    box: dict = {}

    def run():
        try:
            box["value"] = fn()
        except BaseException as exc:  # handed to the test thread
            box["error"] = exc

    t = threading.Thread(target=run, daemon=True)
    t.start()
    t.join(GUARD_SECONDS)
    if t.is_alive():
        for f in fifos:
            try:
                os.close(os.open(f, os.O_WRONLY | os.O_NONBLOCK))
            except OSError:
                pass
        t.join(10)
        pytest.fail(f"blocked on a FIFO: {fifos}")
    if "error" in box:
        raise box["error"]
    return box["value"]


@pytest.fixture()
def short_dir():
    # A UNIX socket path must fit in 108 bytes; pytest's tmp_path may not.
    d = Path(tempfile.mkdtemp(prefix="sx", dir="/tmp"))
    yield d
    shutil.rmtree(d, ignore_errors=True)


def make_socket(path: Path) -> socket.socket:
    s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    s.bind(str(path))
    return s


# -- special files under a folder are skipped, never opened --------------------------------
def test_walk_skips_fifo_socket_devices_with_a_reason(short_dir):
    d = short_dir / "d"
    write(d / "good.txt", article("Good", "Harbour workers struck."))
    os.mkfifo(d / "pipe.jsonl")
    sock = make_socket(d / "sock.jsonl")
    os.symlink("/dev/zero", d / "zero.jsonl")
    os.symlink("/dev/null", d / "null.json")
    os.mkfifo(d / "ignored.log")  # not a name that would be read: reported by its type, never opened
    try:
        found = guarded(lambda: list(iter_files([str(d)])), [d / "pipe.jsonl", d / "ignored.log"])
    finally:
        sock.close()
    got = skips(found)
    assert got == {
        "ignored.log": "unknown file type '.log'",
        "null.json": "symbolic link to something that is not a regular file: a character device",
        "pipe.jsonl": "not a regular file: a FIFO (named pipe)",
        "sock.jsonl": "not a regular file: a socket",
        "zero.jsonl": "symbolic link to something that is not a regular file: a character device",
    }
    sources = [i for i in found if isinstance(i, SourceFile)]
    assert [Path(s.path).name for s in sources] == ["good.txt"]
    assert not [i for i in found if isinstance(i, IngestError)]


def test_fifo_named_explicitly_is_an_error_and_never_opened(tmp_path):
    fifo = tmp_path / "pipe.jsonl"
    os.mkfifo(fifo)
    (err,) = guarded(lambda: list(iter_files([str(fifo)])), [fifo])
    assert isinstance(err, IngestError)
    assert str(err) == f"{fifo}: not a regular file or folder: a FIFO (named pipe)"


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/null"])
def test_device_named_explicitly_or_through_a_link_is_an_error(tmp_path, device):
    link = tmp_path / "dev.jsonl"
    os.symlink(device, link)
    errs = list(iter_files([device, str(link)]))
    assert [type(e) for e in errs] == [IngestError, IngestError]
    assert all(e.reason == "not a regular file or folder: a character device" for e in errs)


def test_read_bytes_refuses_a_fifo_swapped_in_after_the_walk(tmp_path):
    f = write(tmp_path / "a.jsonl", '{"body": "x"}\n')
    (src,) = iter_files([str(f)])
    f.unlink()
    os.mkfifo(f)  # the race: a regular file when walked, a FIFO when read
    err = guarded(lambda: error_of(read_bytes, src), [f])
    assert err.reason == "not a regular file: a FIFO (named pipe)"


def test_read_bytes_refuses_a_device_location():
    err = error_of(read_bytes, SourceFile("zero.jsonl", "/dev/zero", False))
    assert err.reason == "not a regular file: a character device"


def test_read_errors_are_one_line(tmp_path, monkeypatch):
    f = write(tmp_path / "a.jsonl", '{"body": "x"}\n')
    real_open = os.open

    def failing_open(path, flags, *args, **kwargs):
        if str(path) == str(f):
            raise OSError(errno.EIO, os.strerror(errno.EIO), str(path))
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", failing_open)
    err = error_of(read_bytes, source(f))
    assert str(err) == f"{f.as_posix()}: cannot read: Input/output error"


# -- symbolic links --------------------------------------------------------------------------
def test_link_loops_and_broken_links_are_skipped_not_fatal(tmp_path):
    d = tmp_path / "d"
    write(d / "good.jsonl", '{"body": "Dockers joined."}\n')
    os.symlink("b.jsonl", d / "a.jsonl")
    os.symlink("a.jsonl", d / "b.jsonl")
    os.symlink("self", d / "self")  # no suffix: it may have been meant as a folder
    os.symlink("missing.txt", d / "gone.txt")
    os.symlink("missing.pdf", d / "gone.pdf")  # never read anyway: reported by its type
    found = list(iter_files([str(d)]))
    assert skips(found) == {
        "a.jsonl": "symbolic link loop",
        "b.jsonl": "symbolic link loop",
        "self": "symbolic link loop",
        "gone.txt": "broken symbolic link: its target does not exist",
        "gone.pdf": "unknown file type '.pdf'",
    }
    assert [Path(s.path).name for s in found if isinstance(s, SourceFile)] == ["good.jsonl"]


def test_link_loop_named_explicitly_is_an_error_and_the_run_goes_on(tmp_path):
    os.symlink("loop.txt", tmp_path / "loop.txt")
    good = write(tmp_path / "good.txt", article("G", "Body."))
    first, second = iter_files([str(tmp_path / "loop.txt"), str(good)])
    assert isinstance(first, IngestError) and first.reason == "symbolic link loop"
    assert isinstance(second, SourceFile)


def test_links_leaving_the_folder_are_not_followed_unless_asked(tmp_path):
    outside = tmp_path / "outside"
    secret = write(outside / "secret.jsonl", '{"body": "Not for this index."}\n')
    write(outside / "more" / "m.txt", article("M", "Body."))
    d = tmp_path / "d"
    write(d / "inside.txt", article("I", "Body."))
    os.symlink(secret, d / "secret.jsonl")
    os.symlink(outside / "more", d / "more")
    os.symlink(d / "inside.txt", d / "alias.txt")  # inside the folder: read once, as itself

    plain = list(iter_files([str(d)]))
    assert skips(plain) == {
        "secret.jsonl": f"symbolic link to a file outside the folder ({secret}); not followed (use --follow-links)",
        "more": f"symbolic link to a folder outside the folder ({outside / 'more'}); not followed (use --follow-links)",
    }
    assert [s.location for s in plain if isinstance(s, SourceFile)] == [str(d / "inside.txt")]

    followed = list(iter_files([str(d)], follow_links=True))
    assert skips(followed) == {}
    assert sorted(s.location for s in followed if isinstance(s, SourceFile)) == sorted(
        [str(d / "inside.txt"), str(secret), str(outside / "more" / "m.txt")]
    )


def test_followed_folder_links_that_loop_are_skipped(tmp_path):
    a, b, c = (tmp_path / n for n in "abc")
    write(a / "a.txt", article("A", "Body."))
    write(b / "b.txt", article("B", "Body."))
    write(c / "c.txt", article("C", "Body."))
    os.symlink(b, a / "to_b")
    os.symlink(c, b / "to_c")
    os.symlink(b, c / "back_to_b")
    found = list(iter_files([str(a)], follow_links=True))
    assert [Path(s.location).name for s in found if isinstance(s, SourceFile)] == ["a.txt", "b.txt", "c.txt"]
    assert skips(found) == {"back_to_b": "symbolic link loop: a folder already walked"}


def test_unreadable_folder_is_an_error_and_the_walk_goes_on(tmp_path, monkeypatch):
    d = tmp_path / "d"
    write(d / "locked" / "x.txt", article("X", "Body."))
    write(d / "open" / "y.txt", article("Y", "Body."))
    real_scandir = os.scandir

    def scandir(path="."):
        if Path(path).name == "locked":
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    found = list(iter_files([str(d)]))
    errors = [e for e in found if isinstance(e, IngestError)]
    assert [str(e) for e in errors] == [f"{(d / 'locked').as_posix()}: cannot read folder: Permission denied"]
    assert [Path(s.location).name for s in found if isinstance(s, SourceFile)] == ["y.txt"]


# -- truncated Reuters SGML -------------------------------------------------------------------
def sgml_document(newid: int) -> str:
    # Our own text in the Reuters-21578 layout, never Reuters' own.
    return (
        f'<REUTERS TOPICS="NO" NEWID="{newid}">\n<DATE> 3-MAR-1987 09:{newid:02d}:00.00</DATE>\n'
        f"<TOPICS></TOPICS>\n<PLACES><D>norway</D></PLACES>\n<PEOPLE></PEOPLE>\n"
        f"<TEXT>\n<TITLE>HARBOUR NOTE {newid}</TITLE>\n"
        f"<BODY>Harbour workers met on day {newid}.\n Reuter\n&#3;</BODY></TEXT>\n</REUTERS>\n"
    )


SGML = '<!DOCTYPE lewis SYSTEM "lewis.dtd">\n' + "".join(sgml_document(n) for n in (11, 12, 13))


def sgm_file(tmp_path: Path, text: str) -> Path:
    f = tmp_path / "cut.sgm"
    f.write_bytes(text.encode("latin-1"))
    return f


def test_whole_sgml_reads_every_document(tmp_path):
    recs = read(sgm_file(tmp_path, SGML))
    assert [r.title for r in recs] == ["HARBOUR NOTE 11", "HARBOUR NOTE 12", "HARBOUR NOTE 13"]


@pytest.mark.parametrize("cut_after", ["Harbour workers met on day 13", '<REUTERS TOPICS="NO" NEWID="13"', "</REUT"])
def test_sgml_cut_short_is_an_error_naming_how_far_it_got(tmp_path, cut_after):
    cut = SGML.rindex(cut_after) + len(cut_after)
    f = sgm_file(tmp_path, SGML[:cut])
    line = SGML[: SGML.index('NEWID="13"')].count("\n") + 1
    err = error_of(read, f)
    assert str(err) == (
        f'{f.as_posix()}: truncated: document 3 (NEWID="13") at line {line} has no </REUTERS>; '
        "2 complete documents before it"
    )
    # Streaming gives the complete documents, then the error: the caller drops the file.
    src = source(f)
    it = iter_records(src, read_bytes(src))
    assert [next(it).title, next(it).title] == ["HARBOUR NOTE 11", "HARBOUR NOTE 12"]
    with pytest.raises(IngestError, match="truncated: document 3"):
        next(it)


def test_sgml_document_missing_its_end_tag_midway_is_an_error(tmp_path):
    text = SGML.replace("</REUTERS>\n", "\n", 1)  # the first document never ends
    err = error_of(read, sgm_file(tmp_path, text))
    assert err.reason == (
        'truncated: document 1 (NEWID="11") at line 2 has no </REUTERS>; 0 complete documents before it'
    )


def test_sgml_cut_before_newid_still_names_the_document(tmp_path):
    f = sgm_file(tmp_path, SGML[: SGML.rindex("<REUTERS") + len("<REUT")])
    assert error_of(read, f).reason.startswith("truncated: document 3 at line")


# -- JSON ids --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "given, shown", [("true", "true"), ("false", "false"), ("1.5", "1.5"), ("[1, 2]", "[1,2]"), ('{"a": 1}', '{"a":1}')]
)
def test_json_id_must_be_string_or_integer(tmp_path, given, shown):
    f = write(tmp_path / "r.jsonl", '{"body": "ok", "id": "a"}\n{"body": "x", "id": %s}\n' % given)
    err = error_of(read, f)
    assert (err.line, err.reason) == (2, f"'id' must be a string or an integer, got {shown}")
    arr = write(tmp_path / "r.json", '[{"body": "x", "id": %s}]' % given)
    assert error_of(read, arr).reason == f"'id' must be a string or an integer, got {shown}"


def test_json_string_and_integer_ids_keep_their_form(tmp_path):
    f = write(
        tmp_path / "r.jsonl",
        '{"body": "a", "id": 7}\n{"body": "b", "id": "x-1"}\n{"body": "c", "id": 0}\n'
        '{"body": "d", "id": "a/b.txt#3"}\n',
    )
    assert [r.id for r in read(f)] == ["7", "x-1", "0", "a/b.txt#3"]


# -- size limits ------------------------------------------------------------------------------
def test_file_over_the_whole_file_limit_is_refused_before_reading(tmp_path, monkeypatch):
    monkeypatch.setattr(limits, "MAX_FILE_BYTES", 100)
    f = sgm_file(tmp_path, SGML)
    size = f.stat().st_size
    err = error_of(read, f)
    assert err.reason == (
        f"file too large: {size:,} bytes; the limit for a file read whole (.txt, .md, .json, .html, .sgm) is 100 bytes"
    )


def test_jsonl_has_its_own_higher_limit(tmp_path, monkeypatch):
    body = "Dockers joined the strike. " * 10
    f = write(tmp_path / "r.jsonl", "".join('{"id": %d, "body": "%s"}\n' % (n, body) for n in range(20)))
    monkeypatch.setattr(limits, "MAX_FILE_BYTES", 1000)
    assert len(read(f)) == 20  # a stream: the whole-file limit does not apply
    monkeypatch.setattr(limits, "MAX_STREAM_BYTES", 1000)
    err = error_of(read, f)
    assert err.reason == (
        f"file too large: {f.stat().st_size:,} bytes; the limit for a JSON Lines, CSV "
        "or TSV file or standard input is 1,000 bytes"
    )


def test_stdin_over_the_limit_is_refused_without_reading_it_all(monkeypatch):
    monkeypatch.setattr(limits, "MAX_STREAM_BYTES", 1000)
    stream = io.BytesIO(b'{"body": "x"}\n' * 10_000)
    err = error_of(read_bytes, SourceFile("-", "-", True), stream)
    assert err.reason == (
        "file too large: more than 1,000 bytes; the limit for a JSON Lines, CSV or TSV "
        "file or standard input is 1,000 bytes"
    )
    assert stream.tell() <= 1000 + (1 << 20)


def test_record_body_over_the_limit_is_refused_in_every_format(tmp_path, monkeypatch):
    monkeypatch.setattr(limits, "MAX_RECORD_CHARS", 50)
    long = "Harbour workers struck again. " * 3  # 90 characters
    cases = {
        "r.jsonl": ('{"body": "short"}\n{"body": "%s"}\n' % long, 2),
        "r.json": ('[{"body": "%s"}]' % long, None),
        "a.txt": (article("T", long.strip()), None),
    }
    for name, (text, line) in cases.items():
        err = error_of(read, write(tmp_path / name, text))
        assert err.line == line and err.reason.startswith("record body too large: "), name
        assert err.reason.endswith("characters; the limit is 50"), name
    err = error_of(read, sgm_file(tmp_path, SGML.replace("Harbour workers met on day 12.", long)))
    assert err.reason.startswith("record body too large: ")
    assert err.line == SGML[: SGML.index('NEWID="12"')].count("\n") + 1


def test_overlong_article_is_refused_before_paragraph_repair(tmp_path, monkeypatch):
    monkeypatch.setattr(limits, "MAX_RECORD_CHARS", 20)
    text = article("T", "Short body.")
    assert len(read(write(tmp_path / "ok.txt", text))) == 1
    big = write(tmp_path / "big.txt", article("T", "Word " * 30))
    err = error_of(read, big)
    assert err.reason == (
        f"article too large: {len(big.read_text()):,} characters; the limit is 80 (its body at most 20)"
    )


def test_overlong_jsonl_line_is_refused_unparsed(tmp_path, monkeypatch):
    monkeypatch.setattr(limits, "MAX_RECORD_CHARS", 10)
    line = '{"body": "%s"}' % ("x" * 200)
    f = write(tmp_path / "r.jsonl", '{"body": "ok"}\n' + line + "\n")
    err = error_of(read, f)
    assert err.line == 2 and err.reason == f"record too large: the line is {len(line)} bytes; the limit is 80"


# -- streaming ---------------------------------------------------------------------------------
def test_iter_records_yields_records_before_a_bad_line(tmp_path):
    f = write(tmp_path / "r.jsonl", '{"body": "one"}\n{"body": "two"}\n{"body": broken}\n{"body": "four"}\n')
    src = source(f)
    it = iter_records(src, read_bytes(src))
    assert [next(it).body, next(it).body] == ["one", "two"]
    with pytest.raises(IngestError) as info:
        next(it)
    assert info.value.line == 3 and "malformed JSON" in info.value.reason
    assert error_of(read, f).line == 3  # read_file: the whole file or nothing
    # iter_entries: the bad line is an entry of its own, and reading goes on after it
    entries = list(iter_entries(src, read_bytes(src)))
    assert [(e.line, getattr(e.item, "body", None)) for e in entries] == [
        (1, "one"),
        (2, "two"),
        (3, None),
        (4, "four"),
    ]
    assert isinstance(entries[2].item, IngestError) and entries[2].item.line == 3


def test_iter_records_handles_unicode_line_separators_inside_strings(tmp_path):
    f = tmp_path / "r.jsonl"
    f.write_bytes('{"body": "a\u2028b\u0085c"}\r\n{"body": "d"}\n'.encode())
    assert [r.body for r in read(f)] == ["a\u2028b\u0085c", "d"]


def test_invalid_utf8_in_jsonl_names_line_and_offset(tmp_path):
    f = tmp_path / "r.jsonl"
    data = b'{"body": "ok"}\n{"body": "caf\xe9"}\n'
    f.write_bytes(data)
    offset = data.index(b"\xe9")
    err = error_of(read, f)
    assert (err.line, err.reason) == (2, f"not valid UTF-8 (byte 0xe9 at offset {offset})")


# -- through the index and the command line ---------------------------------------------------------
def hostile_folder(d: Path) -> list[Path]:
    write(d / "good.txt", article("Good", "Harbour workers struck in Oslo."))
    os.mkfifo(d / "pipe.jsonl")
    os.symlink("/dev/zero", d / "zero.jsonl")
    os.symlink("loop.json", d / "loop.json")
    outside = write(d.parent / "elsewhere" / "secret.txt", article("Secret", "Not for this index."))
    os.symlink(outside, d / "secret.txt")
    return [d / "pipe.jsonl"]


def test_index_reports_skips_and_indexes_the_rest(tmp_path):
    d = tmp_path / "d"
    fifos = hostile_folder(d)
    with Index.create(tmp_path / "ix") as ix:
        report = guarded(lambda: ix.add_paths([d], procs=1), fifos)
        assert (report.added, report.failed, report.skipped) == (1, 0, 4)
        assert {Path(s["path"]).name: s["reason"] for s in report.skips} == {
            "pipe.jsonl": "not a regular file: a FIFO (named pipe)",
            "zero.jsonl": "symbolic link to something that is not a regular file: a character device",
            "loop.json": "symbolic link loop",
            "secret.txt": f"symbolic link to a file outside the folder ({tmp_path / 'elsewhere' / 'secret.txt'}); "
            "not followed (use --follow-links)",
        }
        assert [h.title for h in ix.search("*").hits] == ["Good"]
        followed = guarded(lambda: ix.add_paths([d], procs=1, follow_links=True), fifos)
        assert (followed.added, followed.skipped) == (1, 3)
        assert sorted(h.title for h in ix.search("*").hits) == ["Good", "Secret"]


def test_bad_versions_of_indexed_files_lose_nothing(tmp_path):
    d = tmp_path / "d"
    records = write(
        d / "r.jsonl", '{"id": "a", "body": "Harbour workers struck."}\n{"id": "b", "body": "Dockers joined them."}\n'
    )
    wire = sgm_file(d, SGML)
    with Index.create(tmp_path / "ix") as ix:
        assert ix.add_paths([d], procs=1).records == 5
        write(records, '{"id": "a", "body": "Harbour workers struck."}\n{"id": true, "body": "Changed."}\n')
        wire.write_bytes(SGML[: SGML.rindex("</REUTERS>")].encode("latin-1"))
        report = ix.add_paths([d], procs=1)
        # Each file's good records are as indexed; the bad ones are reported, and the records
        # they may be new versions of ("b", document 13) stay as they were.
        assert (report.failed, report.added, report.updated, report.unchanged) == (0, 0, 0, 2)
        assert (report.records, report.kept, report.bad_records, report.removed) == (0, 3, 2, 0)
        reasons = sorted(e["reason"] for e in report.errors)
        assert reasons[0].startswith("'id' must be a string or an integer, got true")
        assert reasons[1].startswith("truncated: document 3")
        assert ix.search("*").total == 5
        assert ix.search("dockers").total == 1 and ix.search("changed").total == 0
        again = ix.add_paths([d], procs=1)  # still bad: reported again, never taken as unchanged
        assert (again.bad_records, len(again.errors)) == (2, 2)


def test_cli_index_prints_one_line_per_skip_and_error(tmp_path):
    d = tmp_path / "d"
    hostile_folder(d)
    sgm_file(d, SGML[: len(SGML) // 2])
    result = CliRunner().invoke(cli, ["index", str(d), "--index", str(tmp_path / "ix"), "--procs", "1"])
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    lines = result.output.strip().splitlines()
    assert sum(line.startswith("skipped: ") for line in lines) == 4
    (error,) = [line for line in lines if line.startswith("error: ")]
    assert error.startswith(f"error: {(d / 'cut.sgm').as_posix()}: truncated: document 2")
    # the cut file's first document is read; the one cut short is the error
    assert re.fullmatch(
        r"indexed 2 records \(0 quotes\): 2 files added, 0 updated, 0 unchanged, 0 pruned, "
        r"4 skipped, 0 failed, 1 bad record in \d+\.\ds",
        lines[-1],
    ), lines[-1]


def test_cli_index_of_a_folder_with_a_fifo_does_not_hang(tmp_path):
    # A real process, so a regression that opens the FIFO is killed rather than hanging the suite.
    d = tmp_path / "d"
    hostile_folder(d)
    proc = subprocess.run(
        [sys.executable, "-m", "searchidx", "index", str(d), "--index", str(tmp_path / "ix"), "--procs", "1"],
        check=False,
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=GUARD_SECONDS,
    )
    assert proc.returncode == 0, proc.stderr
    assert f"skipped: {(d / 'pipe.jsonl').as_posix()}: not a regular file: a FIFO (named pipe)" in proc.stdout


def test_extraction_yields_skips_and_errors_in_order(tmp_path):
    d = tmp_path / "d"
    fifos = hostile_folder(d)
    write(d / "notes.txt", "plain notes, not an article\n")
    items = guarded(lambda: list(iter_extractions([str(d)])), fifos)
    kinds = {
        Path(i.path).name if not isinstance(i, dict) else i["id"].rsplit("/", 1)[1]: type(i).__name__ for i in items
    }
    assert kinds == {
        "good.txt": "dict",
        "pipe.jsonl": "SkippedFile",
        "zero.jsonl": "SkippedFile",
        "loop.json": "SkippedFile",
        "secret.txt": "SkippedFile",
        "notes.txt": "SkippedFile",
    }
    (notes,) = [i for i in items if isinstance(i, SkippedFile) and i.path.endswith("notes.txt")]
    assert notes.reason.startswith("not an article")
