"""Archives indexed as they are: given ids kept verbatim everywhere, bad rows costing only
themselves, duplicates and skips reported, changed files re-extracted record by record,
indexes in a folder never read as input, and progress shown. Inputs are our own text."""

from __future__ import annotations

import io
import os
import re
import shutil

import orjson
import pytest
from click.testing import CliRunner
from whoosh.reading import TermNotFound

from conftest import article, write
from searchidx import Index, tasks
from searchidx.cli import cli
from searchidx.progress import Progress, ProgressDisplay, plain_line
from searchidx.schema import F

BODY = '"We will reopen the harbour," Marta Quist said in Bergen on {n} May.'


def run(*args, input=None):
    return CliRunner().invoke(cli, [str(a) for a in args], input=input)


def report_of(result) -> dict:
    out = orjson.loads(result.output)
    out.pop("took_ms")
    return out


def jsonl(n: int, bad: int | None = None, edit: int | None = None) -> str:
    lines = []
    for i in range(n):
        body = BODY.format(n=i % 28 + 1) + (" Edited." if i == edit else "")
        lines.append(orjson.dumps({"id": f"r{i}", "title": f"Report {i}", "body": body}).decode())
    if bad is not None:
        lines[bad] = '{"id": "broken", "body": '
    return "\n".join(lines) + "\n"


def csv_rows(n: int, bad: int | None = None) -> str:
    rows = ["guid,headline,full_article,pubDate"]
    for i in range(n):
        date = "not a date" if i == bad else "Mon, 04 Mar 2024 08:01:56 GMT"
        rows.append(f'c{i},Row {i},Crews met in Bergen for round {i}.,"{date}"')
    return "\n".join(rows) + "\n"


@pytest.fixture()
def extractions(monkeypatch):
    """How many records are extracted (documents made), counted in this process."""
    calls = []
    real = tasks.to_documents

    def counting(spec, rec, *args):
        calls.append(rec.id)
        return real(spec, rec, *args)

    monkeypatch.setattr(tasks, "to_documents", counting)
    return calls


# -- the bars: ids, bad rows --------------------------------------------------------------
def test_given_ids_come_back_verbatim_from_extract_search_quotes_and_delete(tmp_path):
    data = '{"id": "x", "body": "\\"We will stay,\\" Maria Lopez said on Friday in Madrid.", "date": "2024-10-27"}\n'
    result = run("extract", "-", "--jsonl", input=data)
    assert result.exit_code == 0 and orjson.loads(result.output)["id"] == "x"
    assert run("index", "-", "--index", tmp_path / "ix", input=data).exit_code == 0
    hits = orjson.loads(run("search", "madrid", "--index", tmp_path / "ix", "--json").output)["hits"]
    assert [h["id"] for h in hits] == ["x"]
    quotes = orjson.loads(run("quotes", "stay", "--index", tmp_path / "ix", "--json").output)["hits"]
    assert [q["article_id"] for q in quotes] == ["x"]
    assert run("delete", "x", "--index", tmp_path / "ix").output == "deleted 1 of 1 article\n"


@pytest.mark.parametrize(
    "name, text, line",
    [
        ("feed.jsonl", jsonl(1000, bad=499), 500),
        ("feed.csv", csv_rows(1000, bad=499), 501),  # the header is line 1
    ],
)
def test_one_bad_row_among_a_thousand_costs_only_itself(tmp_path, name, text, line):
    f = write(tmp_path / "d" / name, text)
    result = run("index", tmp_path / "d", "--index", tmp_path / "ix", "--procs", 1)
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    (error,) = [x for x in lines if x.startswith("error: ")]
    assert error.startswith(f"error: {f.as_posix()}:{line}: ")
    assert re.fullmatch(
        r"indexed 999 records \(\d+ quotes\): 1 files added, 0 updated, 0 unchanged, 0 pruned, "
        r"0 skipped, 0 failed, 1 bad record in \d+\.\ds",
        lines[-1],
    ), lines[-1]
    with Index.open(tmp_path / "ix") as ix:
        assert ix.search("*", limit=0).total == 999


def test_csv_export_and_saved_pages_index_without_conversion_exact_report(tmp_path):
    from test_ingest_formats import EXPORT, PAGE

    d = tmp_path / "d"
    write(d / "feed.csv", EXPORT)
    write(d / "pages" / "strike.html", PAGE)
    write(d / "pages" / "strike_files" / "style.css", "body {}")
    result = run("index", d, "--index", tmp_path / "ix", "--json")
    assert result.exit_code == 0, result.output
    report = report_of(result)
    assert report["quotes"] >= 1
    report["quotes"] = "n"
    css = (d / "pages" / "strike_files" / "style.css").as_posix()
    assert report == {
        "added": 2,
        "updated": 0,
        "unchanged": 0,
        "deleted": 0,
        "failed": 0,
        "skipped": 1,
        "records": 3,
        "quotes": "n",
        "kept": 0,
        "removed": 0,
        "bad_records": 0,
        "errors": [],
        "skips": [{"path": css, "reason": "unknown file type '.css'", "message": f"{css}: unknown file type '.css'"}],
        "duplicates": [],
    }
    out = orjson.loads(run("search", "*", "--index", tmp_path / "ix", "--json", "--sort", "date").output)
    assert [(h["id"], h["title"], h["date"]) for h in out["hits"]] == [
        ("d/pages/strike.html", "Harbour strike ends after nine days", "2024-03-05T07:30:00"),
        ("g-1", "Harbour reopens", "2024-03-04T08:01:56"),
        ("d/feed.csv#5", "Ferry crews vote", "2019-08-30"),
    ]


def test_cli_field_option_maps_columns_and_a_missing_column_is_an_error(tmp_path):
    write(tmp_path / "d" / "a.csv", "title,story\nDocks,Dockers struck in Oslo.\n")
    result = run("index", tmp_path / "d", "--index", tmp_path / "ix")
    assert result.exit_code == 1 and "no body column in the header ('title', 'story')" in result.output
    result = run("index", tmp_path / "d", "--index", tmp_path / "ix", "--field", "body=story")
    assert result.exit_code == 0, result.output
    assert run("index", tmp_path / "d", "--index", tmp_path / "ix", "--field", "bod=story").exit_code == 1
    with Index.open(tmp_path / "ix") as ix:
        assert [h.title for h in ix.search("oslo").hits] == ["Docks"]


# -- duplicates ------------------------------------------------------------------------------------
def test_duplicate_ids_are_reported_with_file_line_and_the_later_one_wins(tmp_path):
    d = tmp_path / "d"
    a = write(
        d / "a.jsonl",
        '{"id": "k", "body": "First harbour."}\n{"id": "k", "body": "Second harbour."}\n'
        '{"id": "j", "body": "Other harbour."}\n',
    )
    b = write(d / "b.jsonl", '{"id": "k", "body": "Third harbour."}\n')
    with Index.create(tmp_path / "ix") as ix:
        report = ix.add_paths([d], procs=1)
        assert [(x["id"], x["kept"], x["dropped"]) for x in report.duplicates] == [
            ("k", f"{a.as_posix()}:2", f"{a.as_posix()}:1"),
            ("k", f"{b.as_posix()}:1", f"{a.as_posix()}:2"),
        ]
        assert report.duplicates[0]["message"] == (
            f"id 'k' at {a.as_posix()}:2 replaces the record with that id at {a.as_posix()}:1 (the later one is kept)"
        )
        assert sorted(h.id for h in ix.search("harbour").hits) == ["j", "k"] and ix.search("third").total == 1
        assert report.records == ix.stats().documents == 2  # counted as the index holds them
        # Later, another file claims the id while the file holding it is still there: reported too.
        write(d / "c.jsonl", '{"id": "k", "body": "Fourth harbour."}\n')
        again = ix.add_paths([d], procs=1)
        assert [(x["kept"], x["dropped"]) for x in again.duplicates] == [
            (f"{(d / 'c.jsonl').as_posix()}:1", f"{b.as_posix()} (indexed before)")
        ]
        assert ix.search("fourth").total == 1 and ix.stats().documents == 2


def test_extract_reads_csv_with_a_field_mapping_and_reports_a_bad_row(tmp_path):
    f = write(tmp_path / "a.csv", "guid,story,when\ng1,Dockers struck in Oslo.,2024-05-01\ng2,Bad date.,whenever\n")
    result = CliRunner().invoke(cli, ["extract", str(f), "--jsonl", "--field", "body=story", "--field", "date=when"])
    assert result.exit_code == 1
    lines = result.output.splitlines()
    rows = [orjson.loads(x) for x in lines if x.startswith("{")]
    assert [(r["id"], r["date"]) for r in rows] == [("g1", "2024-05-01")]
    assert f"error: {f.as_posix()}:3: unparseable date 'whenever'" in result.output


def test_cli_summary_names_the_first_few_and_verbose_lists_all(tmp_path):
    d = tmp_path / "d"
    write(d / "a.txt", article("A", "Harbour workers struck."))
    for n in range(8):
        write(d / f"scan{n}.pdf", "%PDF")
    write(d / "logo.png", "png")
    lines = run("index", d, "--index", tmp_path / "ix").output.strip().splitlines()
    assert [x.rsplit("/", 1)[1] for x in lines if x.startswith("skipped: /")] == [
        "logo.png: unknown file type '.png'"
    ] + [f"scan{n}.pdf: unknown file type '.pdf'" for n in range(4)]
    assert "skipped: ... and 4 more skipped: 4 unknown file type '.pdf' (--verbose lists them all)" in lines
    lines = run("index", d, "--index", tmp_path / "ix", "--verbose").output.strip().splitlines()
    assert len([x for x in lines if x.startswith("skipped: ")]) == 9


# -- the walk knows what is not input ------------------------------------------------------------
def test_a_folder_holding_the_index_and_another_index_is_indexed_twice_cleanly(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "a.txt", article("A", "Harbour workers struck."))
    with Index.create(tmp_path / "other") as other:
        other.add_paths([tmp_path / "a.txt"])
    for _ in range(2):
        result = run("index", ".", "--index", "ix", "--json")
        assert result.exit_code == 0, result.output
        skips = {s["path"]: s["reason"] for s in report_of(result)["skips"]}
        assert skips == {"ix": "the index being written, not input", "other": "a searchidx index, not input"}
    assert run("index", "ix", "--index", "ix").output.strip().splitlines()[0] == (
        "error: ix: the index being written, not input"
    )


# -- incremental at the record level --------------------------------------------------------------
def test_editing_one_record_re_extracts_only_that_record(tmp_path, extractions):
    f = write(tmp_path / "d" / "feed.jsonl", jsonl(200))
    with Index.create(tmp_path / "ix") as ix:
        assert ix.add_paths([tmp_path / "d"], procs=1).records == 200
        extractions.clear()
        write(f, jsonl(200, edit=17))
        report = ix.add_paths([tmp_path / "d"], procs=1)
        assert (report.updated, report.records, report.kept, report.removed) == (1, 1, 199, 0)
        assert extractions == ["r17"]
        assert [h.id for h in ix.search("edited").hits] == ["r17"]
        assert ix.search("*", limit=0).total == 200
        # Its marker holds the new digest: found unchanged (its records carry two file
        # digests, which no longer matters), and nothing extracted.
        extractions.clear()
        again = ix.add_paths([tmp_path / "d"], procs=1)
        assert (again.unchanged, again.records, extractions) == (1, 0, [])
        # A record gone from the file goes from the index.
        write(f, "\n".join(jsonl(200, edit=17).splitlines()[:150]) + "\n")
        cut = ix.add_paths([tmp_path / "d"], procs=1)
        assert (cut.records, cut.removed, extractions) == (0, 50, [])
        assert ix.search("*", limit=0).total == 150 and ix.search("edited").total == 1


# -- file markers: what the index read each file as -----------------------------------------------
def markers(ix) -> dict:
    """Location -> digest of every live marker (each location once, or the test fails)."""
    reader = ix._searcher(fresh=True).reader()
    try:
        docs = list(reader.postings(F.KIND, tasks.MARKER).all_ids())
    except TermNotFound:
        return {}
    out = {}
    for d in docs:
        stored = reader.stored_fields(d)
        assert stored[F.PATH] not in out, f"two markers for {stored[F.PATH]}"
        out[stored[F.PATH]] = stored[F.HASH]
    return out


def generation(ix) -> int:
    return ix._ix.latest_generation()


def test_markers_are_never_seen_in_results_counts_or_deletes(tmp_path):
    d = tmp_path / "d"
    feed = write(d / "feed.jsonl", jsonl(3))
    write(d / "a.txt", article("Alpha", "Sailors reached Oslo on Monday.", date="1 May 2024"))
    with Index.create(tmp_path / "ix") as ix:
        ix.add_paths([d], procs=1)
        write(feed, jsonl(3, edit=1))  # a marker replaced: one deleted, one live per file
        ix.add_paths([d], procs=1)
        assert set(markers(ix)) == {str(feed), str(d / "a.txt")}
        for _ in range(2):  # before and after merging everything into one segment
            res = ix.search("*", facets=["speaker", "place", "source"], sort="date", limit=50)
            assert sorted(h.id for h in res.hits) == ["d/a.txt", "r0", "r1", "r2"] and res.total == 4
            assert dict(res.facets["place"]) == {"Bergen": 3, "Oslo": 1}
            assert ix.search("*", limit=0).total == 4 and ix.search("-oslo", limit=50).total <= 4
            stats = ix.stats()
            quotes = ix.quotes("*", limit=50)
            assert (stats.documents, stats.quotes, quotes.total) == (4, 3, 3)
            assert {q.article_id for q in quotes.hits} == {"r0", "r1", "r2"}
            assert (stats.speakers, stats.places) == (1, 2)
            reader = ix._searcher(fresh=True).reader()
            assert reader.doc_count() == 4 + 3 + 2  # articles, quotes, markers
            ix.optimize()
        assert ix.delete(["", "file", str(feed), "d/feed.jsonl"]) == 0
        assert len(markers(ix)) == 2


def test_a_file_keeps_one_marker_and_a_failed_file_keeps_its_own(tmp_path, extractions):
    d = tmp_path / "d"
    good = jsonl(5)
    f = write(d / "feed.jsonl", good)
    with Index.create(tmp_path / "ix") as ix:
        ix.add_paths([d], procs=1)
        first = markers(ix)[str(f)]
        for n in range(3):
            write(f, jsonl(5, edit=n))
            assert ix.add_paths([d], procs=1).updated == 1
            assert len(markers(ix)) == 1
        write(f, good)
        ix.add_paths([d], procs=1)
        assert markers(ix) == {str(f): first}
        f.write_bytes(b"\xff\xfe not text")  # fails as a whole: the index keeps what it held
        assert ix.add_paths([d], procs=1).failed == 1
        assert markers(ix) == {str(f): first} and ix.search("*", limit=0).total == 5
        write(f, good)  # back as it was read: unchanged, not read
        extractions.clear()
        events = []
        again = ix.add_paths([d], procs=1, progress=events.append)
        assert (again.unchanged, again.records, events, extractions) == (1, 0, [], [])


def test_files_sharing_an_id_do_not_flip_flop(tmp_path, extractions):
    d = tmp_path / "d"
    write(d / "a.jsonl", '{"id": "k", "body": "Harbour from a."}\n')
    write(d / "b.jsonl", '{"id": "k", "body": "Lantern from b."}\n')
    with Index.create(tmp_path / "ix") as ix:
        first = ix.add_paths([d], procs=1)
        assert [(x["id"], x["kept"]) for x in first.duplicates] == [("k", f"{(d / 'b.jsonl').as_posix()}:1")]
        assert ix.search("lantern").total == 1 and ix.search("harbour").total == 0
        for _ in range(2):  # a.jsonl holds no record, but its marker says it was read as it is
            before, extractions[:] = generation(ix), []
            again = ix.add_paths([d], procs=1)
            assert (again.unchanged, again.records, again.duplicates, extractions) == (2, 0, [], [])
            assert generation(ix) == before and ix.search("lantern").total == 1


def test_a_record_kept_as_it_was_in_a_later_file_wins_over_an_earlier_files_copy(tmp_path, extractions):
    d = tmp_path / "d"
    a = write(d / "a.jsonl", '{"id": "k", "body": "Harbour from a."}\n')
    b = write(d / "b.jsonl", '{"id": "k", "body": "Lantern from b."}\n{"id": "j", "body": "Copper in b."}\n')
    with Index.create(tmp_path / "ix") as ix:
        ix.add_paths([d], procs=1)
        write(a, '{"id": "k", "body": "Harbour from a, edited."}\n')
        write(b, '{"id": "k", "body": "Lantern from b."}\n{"id": "j", "body": "Copper in b, edited."}\n')
        extractions.clear()
        report = ix.add_paths([d], procs=1)
        # a.jsonl's k is extracted and written, then b.jsonl, read after it, holds k as the
        # index has it: b's copy (kept, not extracted again) is the last read, and wins.
        assert sorted(extractions) == ["j", "k"]
        assert (report.updated, report.records, report.kept) == (2, 1, 1)
        assert [(x["kept"], x["dropped"]) for x in report.duplicates] == [(f"{b.as_posix()}:1", f"{a.as_posix()}:1")]
        assert ix.search("lantern").total == 1 and ix.search("harbour").total == 0
        assert ix.stats().documents == 2
        again = ix.add_paths([d], procs=1)
        assert (again.unchanged, again.records) == (2, 0) and ix.search("lantern").total == 1


def test_a_file_with_a_bad_row_is_re_checked_not_rewritten(tmp_path, extractions):
    d = tmp_path / "d"
    f = write(d / "feed.jsonl", jsonl(20, bad=3))
    with Index.create(tmp_path / "ix") as ix:
        first = ix.add_paths([d], procs=1)
        assert (first.added, first.records, first.bad_records) == (1, 19, 1)
        assert markers(ix)[str(f)].startswith(tasks.PARTIAL)
        for _ in range(2):
            before, extractions[:] = generation(ix), []
            again = ix.add_paths([d], procs=1)
            assert (again.unchanged, again.records, again.bad_records, extractions) == (1, 0, 1, [])
            assert again.errors[0]["line"] == 4 and generation(ix) == before
        write(f, jsonl(20))  # fixed: the bad row's record is read
        fixed = ix.add_paths([d], procs=1)
        assert (fixed.updated, fixed.records, fixed.kept, fixed.bad_records) == (1, 1, 19, 0)
        assert ix.search("*", limit=0).total == 20 and not markers(ix)[str(f)].startswith(tasks.PARTIAL)


def test_an_index_without_markers_reads_each_file_once_more(tmp_path, extractions):
    d = tmp_path / "d"
    f = write(d / "feed.jsonl", jsonl(10))
    with Index.create(tmp_path / "ix") as ix:
        ix.add_paths([d], procs=1)
        writer = ix._writer(5)  # as an index built before markers: records, no marker
        writer.delete_by_term(F.KIND, tasks.MARKER)
        writer.commit()
        ix._committed()
        assert markers(ix) == {}
        extractions.clear()
        report = ix.add_paths([d], procs=1)
        assert (report.added, report.unchanged, report.kept, report.records, extractions) == (0, 1, 10, 0, [])
        assert list(markers(ix)) == [str(f)]
        events = []
        assert ix.add_paths([d], procs=1, progress=events.append).unchanged == 1 and events == []


def test_prune_takes_a_gone_files_marker_with_its_records(tmp_path):
    d = tmp_path / "d"
    a = write(d / "a.jsonl", '{"id": "k", "body": "Harbour from a."}\n')
    b = write(d / "b.jsonl", '{"id": "k", "body": "Lantern from b."}\n{"id": "j", "body": "Copper."}\n')
    with Index.create(tmp_path / "ix") as ix:
        ix.add_paths([d], procs=1)
        a.unlink()  # it held no record any more (b's k replaced it): only its marker goes
        assert ix.prune() == 0 and set(markers(ix)) == {str(b)}
        b.unlink()
        report = ix.add_paths([d], prune=True, procs=1)
        assert (report.deleted, ix.stats().documents, markers(ix)) == (1, 0, {})


def test_changing_the_field_mapping_re_reads_the_file(tmp_path):
    write(tmp_path / "d" / "a.csv", "title,text,story\nDocks,Teaser text.,Oslo dockers struck.\n")
    with Index.create(tmp_path / "ix") as ix:
        ix.add_paths([tmp_path / "d"])
        assert ix.search("oslo").total == 0
        report = ix.add_paths([tmp_path / "d"], fields={"body": "story"})
        assert (report.updated, report.records) == (1, 1)
        assert ix.search("oslo").total == 1 and ix.search("teaser").total == 0


def test_moving_an_archive_keeps_its_ids_and_prune_drops_what_is_gone(tmp_path):
    old = tmp_path / "one" / "archive"
    write(old / "a.txt", article("Alpha", "Sailors reached Oslo."))
    write(old / "feed.jsonl", '{"body": "Farmers met in Lima."}\n')
    with Index.create(tmp_path / "ix") as ix:
        ix.add_paths([old])
        before = sorted(h.id for h in ix.search("*").hits)
        assert before == ["archive/a.txt", "archive/feed.jsonl#1"]
        new = tmp_path / "two" / "archive"
        new.parent.mkdir()
        shutil.move(old, new)
        report = ix.add_paths([new], prune=True)
        assert report.duplicates == []  # moved, not duplicated: the old place is gone
        assert sorted(h.id for h in ix.search("*").hits) == before
        assert ix.stats().documents == 2
        (new / "a.txt").unlink()
        assert ix.add_paths([new], prune=True).deleted == 1
        assert [h.id for h in ix.search("*").hits] == ["archive/feed.jsonl#1"]


def test_prune_removes_records_with_given_ids_by_their_file(tmp_path):
    d = tmp_path / "d"
    write(d / "a.jsonl", '{"id": "kept", "body": "Sailors reached Oslo."}\n')
    gone = write(d / "b.jsonl", '{"id": "gone", "body": "Farmers met in Lima."}\n')
    with Index.create(tmp_path / "ix") as ix:
        ix.add_paths([d])
        gone.unlink()
        assert ix.prune() == 1
        assert [h.id for h in ix.search("*").hits] == ["kept"]


def test_an_id_moving_between_files_in_one_run_is_kept(tmp_path):
    d = tmp_path / "d"
    a = write(d / "a.jsonl", '{"id": "m", "body": "Harbour one."}\n{"id": "n", "body": "Harbour two."}\n')
    b = write(d / "b.jsonl", '{"id": "o", "body": "Harbour three."}\n')
    with Index.create(tmp_path / "ix") as ix:
        ix.add_paths([d])
        write(a, '{"id": "n", "body": "Harbour two."}\n')
        write(b, '{"id": "o", "body": "Harbour three."}\n{"id": "m", "body": "Harbour one, moved."}\n')
        report = ix.add_paths([d])
        assert (report.removed, report.records) == (1, 1)
        assert sorted(h.id for h in ix.search("harbour").hits) == ["m", "n", "o"]
        assert ix.search("moved").total == 1


# -- progress -----------------------------------------------------------------------------------------
def test_progress_events_cover_every_file_and_record(tmp_path):
    d = tmp_path / "d"
    write(d / "feed.jsonl", jsonl(30))
    write(d / "a.txt", article("A", "Harbour workers struck."))
    events: list[Progress] = []
    with Index.create(tmp_path / "ix") as ix:
        ix.add_paths([d], procs=1, progress=events.append)
    assert len(events) == 30 + 1 + 2  # each record read here, then each file
    last = events[-1]
    assert (last.files_done, last.files_total, last.records) == (2, 2, 31)
    assert last.bytes_done == last.bytes_total == sum(os.path.getsize(p) for p in (d / "feed.jsonl", d / "a.txt"))
    assert [e.records for e in events] == sorted(e.records for e in events)


def test_progress_display_is_a_bar_on_a_terminal_and_plain_lines_elsewhere():
    p = Progress(files_done=1, files_total=4, bytes_done=250, bytes_total=1000, records=500, elapsed=2.0)
    assert plain_line(p) == "indexing: 1 of 4 files (25%), 500 records, 250 records/s, about 6 s left"
    plain = io.StringIO()
    with ProgressDisplay(plain, every=0, bar=False) as show:
        show(p)
    assert plain.getvalue() == plain_line(p) + "\n"
    bar = io.StringIO()
    with ProgressDisplay(bar, bar=True, refresh=0) as show:
        show(p)
    assert "250 records/s" in bar.getvalue() and "25%" in bar.getvalue()


def test_searches_say_how_many_matching_records_have_no_date(tmp_path):
    from searchidx import Record

    with Index.create(tmp_path / "ix") as ix:
        ix.add_records(
            [
                Record(id="d1", path="", title="Dated", body="Harbour cranes.", date=None),
                Record(id="u1", path="", title="Undated one", body="Harbour cranes again."),
                Record(id="u2", path="", title="Undated two", body="Harbour nets."),
            ]
        )
        from datetime import datetime

        ix.add_records([Record(id="d1", path="", title="Dated", body="Harbour cranes.", date=datetime(2024, 5, 1))])
        # No date in play: nothing to say.
        assert ix.search("harbour").undated is None
        # A range cannot place undated records: the two are counted, though the range excludes them.
        ranged = ix.search("harbour", since="2024-01-01")
        assert (ranged.total, ranged.undated) == (1, 2)
        assert ix.search("cranes", until="2030-01-01").undated == 1
        # Date order puts them last; date facets leave them out.
        by_date = ix.search("harbour", sort="date")
        assert [h.id for h in by_date.hits][0] == "d1" and by_date.undated == 2
        assert ix.search("nets", facets=["month"]).undated == 1
        assert ix.search("harbour", since="2024-01-01").to_dict()["undated"] == 2
    result = run("search", "harbour", "--index", tmp_path / "ix", "--since", "2024-01-01")
    assert result.exit_code == 0
    assert "2 matching records have no date" in result.output
