from datetime import datetime
from pathlib import Path

import pytest

from conftest import CORPUS, REUTERS, article, needs_shared, write
from searchidx.errors import IngestError
from searchidx.ingest import SkippedFile, SourceFile, iter_files, read_bytes, read_file
from searchidx.ingest.article import join_broken_paragraphs


def read(path, explicit=True):
    src = SourceFile(path.as_posix(), str(path), explicit)
    return read_file(src, read_bytes(src))


def error_of(path, explicit=True) -> IngestError:
    with pytest.raises(IngestError) as info:
        read(path, explicit)
    return info.value


# -- articles ---------------------------------------------------------------------
def test_article_header_gives_title_author_date(tmp_path):
    f = write(tmp_path / "a.txt", article("Talks resume", "Ministers met in Oslo.", "27 October 2024", "Peter Novak"))
    (rec,) = read(f)
    assert (rec.title, rec.author, rec.date) == ("Talks resume", "Peter Novak", datetime(2024, 10, 27))
    assert rec.body == "Ministers met in Oslo."
    assert rec.id == rec.path == f.as_posix()


@pytest.mark.parametrize(
    "line, expected",
    [
        ("October 27, 2024", datetime(2024, 10, 27)),
        ("2024-10-27", datetime(2024, 10, 27)),
        ("Sunday 27 Oct 2024", datetime(2024, 10, 27)),
    ],
)
def test_article_date_line_forms(tmp_path, line, expected):
    (rec,) = read(write(tmp_path / "a.md", article("T", "Body.", line)))
    assert rec.date == expected


def test_article_without_byline_keeps_date(tmp_path):
    (rec,) = read(write(tmp_path / "a.txt", "# T\n\n5 March 2024\n\nBody text.\n"))
    assert (rec.author, rec.date, rec.body) == (None, datetime(2024, 3, 5), "Body text.")


def test_broken_paragraphs_are_joined_only_mid_sentence(tmp_path):
    body = "The ministers were expected\n\nto meet in Brussels.\n\nA new paragraph.\n\nIt ends here:\n\nlower case after a colon stays."
    (rec,) = read(write(tmp_path / "a.txt", article("T", body)))
    assert rec.body.split("\n\n") == [
        "The ministers were expected to meet in Brussels.",
        "A new paragraph.",
        "It ends here:",
        "lower case after a colon stays.",
    ]


def test_join_broken_paragraphs_needs_lower_case_start():
    assert join_broken_paragraphs(["No stop here", "Capital next"]) == ["No stop here", "Capital next"]


def test_corpus_broken_paragraph_is_repaired():
    (rec,) = read(CORPUS / "articles" / "2024-10-21-preston-kyiv-visit.txt")
    assert "not only in Europe but in the Indo-Pacific" in rec.body


@needs_shared(REUTERS.parent.parent / "seeds")
def test_seed_header_and_mid_sentence_repair():
    from conftest import SEED

    (rec,) = read(SEED)
    assert rec.title == "North Korean troops deployed to Russia, as US/NATO ramps up Ukraine war"
    assert (rec.author, rec.date) == ("Peter Symonds", datetime(2024, 10, 27))
    assert "were expected to be sent to “combat zones”" in rec.body
    assert "escalate the war, crossing" in rec.body


# -- JSON / JSON Lines ------------------------------------------------------------
def test_jsonl_records_keep_given_fields_and_labels(tmp_path):
    f = write(
        tmp_path / "r.jsonl",
        '{"id": "x1", "title": "A", "body": "Hello.", "date": "2024-05-14", "author": "Z", '
        '"source": "Wire", "url": "https://example.org/a", "speaker": ["Ana B"], "place": "Oslo"}\n'
        '\n{"text": "Second.", "date": "2024-05-15T10:30:00Z"}\n',
    )
    first, second = read(f)
    # A record's own id is its id, verbatim; one without gets its file's name and line.
    assert (first.id, first.title, first.body, first.source, first.url) == (
        "x1",
        "A",
        "Hello.",
        "Wire",
        "https://example.org/a",
    )
    assert first.meta == {"speaker": ["Ana B"], "place": ["Oslo"]}
    assert (second.id, second.body, second.date) == (f"{f.as_posix()}#3", "Second.", datetime(2024, 5, 15, 10, 30))


def test_json_array_file(tmp_path):
    f = write(tmp_path / "r.json", '[{"body": "a"}, {"body": "b", "id": 7}]')
    assert [r.id for r in read(f)] == [f"{f.as_posix()}#1", "7"]


def test_corpus_jsonl_reads_all_records():
    recs = read(CORPUS / "records.jsonl")
    assert len(recs) == 8 and all(r.body and r.date for r in recs)


# -- Reuters ----------------------------------------------------------------------
SGM = """<!DOCTYPE lewis SYSTEM "lewis.dtd">
<REUTERS TOPICS="YES" LEWISSPLIT="TRAIN" CGISPLIT="TRAINING-SET" OLDID="5544" NEWID="1">
<DATE>26-FEB-1987 15:01:01.79</DATE>
<TOPICS><D>cocoa</D></TOPICS>
<PLACES><D>el-salvador</D><D>usa</D></PLACES>
<PEOPLE></PEOPLE>
<TEXT>&#2;
<TITLE>BAHIA COCOA REVIEW</TITLE>
<DATELINE>    SALVADOR, Feb 26 - </DATELINE><BODY>Showers continued &lt;throughout&gt; the week.
 Reuter
&#3;</BODY></TEXT>
</REUTERS>
<REUTERS NEWID="2">
<DATE>31-MAR-1987 605:12:19.12</DATE>
<TEXT TYPE="BRIEF"><TITLE>SHORT ONE</TITLE></TEXT>
</REUTERS>
"""


def test_reuters_sgml_records(tmp_path):
    f = tmp_path / "reut2-x.sgm"
    f.write_bytes(SGM.encode("latin-1"))
    first, second = read(f)
    assert first.id == f"{f.as_posix()}#1"
    assert (first.title, first.date, first.source) == ("BAHIA COCOA REVIEW", datetime(1987, 2, 26, 15, 1, 1), "Reuters")
    assert first.body == "Showers continued <throughout> the week.\n Reuter"
    assert first.meta["places"] == ["el-salvador", "usa"] and first.meta["people"] == []
    assert first.meta["dateline"] == "SALVADOR, Feb 26 -"
    # A garbled time keeps the day rather than losing the record.
    assert (second.title, second.body, second.date) == ("SHORT ONE", "", datetime(1987, 3, 31))


@needs_shared(REUTERS)
def test_reuters_file_from_shared_reads_with_dates():
    recs = read(REUTERS / "reut2-000.sgm")
    assert len(recs) == 1000 and all(r.date and r.date.year == 1987 for r in recs)


# -- bad input: one line naming the file, the line and the reason -------------------
@pytest.mark.parametrize(
    "name, data, line, reason",
    [
        ("empty.txt", b"", None, "empty file"),
        ("blank.jsonl", b"\n  \n", None, "empty file"),
        ("latin.txt", "# T\n\nA\n1 May 2024\n\ncaf\xe9".encode("latin-1"), 6, "not valid UTF-8"),
        ("bad.jsonl", b'{"body": "ok"}\n{"body": "broken"\n', 2, "malformed JSON"),
        ("nobody.jsonl", b'{"title": "no body"}\n', 1, "has no 'body'"),
        ("notobj.jsonl", b"[1, 2]\n", 1, "expected a JSON object"),
        ("date.jsonl", b'{"body": "x", "date": "sometime soon"}\n', 1, "unparseable date 'sometime soon'"),
        (
            "date.txt",
            b"# T\n\nA Writer\n31 February 2024\n\nBody.",
            4,
            "unparseable date line '31 February 2024'",
        ),
        ("noheading.txt", b"Just text.\n", 1, "the first line must be a headline followed by a blank line"),
        ("data.csv", b"a,b\n", 1, "no body column in the header ('a', 'b')"),
        ("data.pdf", b"%PDF-1.4\n", None, "unsupported file type '.pdf'"),
        ("bad.sgm", b'<REUTERS NEWID="3"><DATE>yesterday</DATE></REUTERS>', 1, "unparseable date 'yesterday'"),
    ],
)
def test_bad_files_give_one_line_errors(tmp_path, name, data, line, reason):
    f = tmp_path / name
    f.write_bytes(data)
    err = error_of(f)
    assert err.path == f.as_posix() and err.line == line and reason in err.reason
    assert "\n" not in str(err)
    assert str(err).startswith(f.as_posix() + (f":{line}: " if line else ": "))


def test_walk_reports_docs_and_unknown_types_and_skips_non_article_text(tmp_path):
    write(tmp_path / "d" / "README.md", "# About\n\nThis folder.\n")
    write(tmp_path / "d" / "notes.txt", "plain notes, not an article\n")
    write(tmp_path / "d" / "scan.PDF", "%PDF")
    write(tmp_path / "d" / "Makefile", "all:")
    write(tmp_path / "d" / "sub" / "a.txt", article("T", "Body."))
    write(tmp_path / "d" / ".hidden.txt", article("T", "Body."))  # hidden: passed over
    found = list(iter_files([str(tmp_path / "d"), str(tmp_path / "missing")]))
    sources = [s for s in found if isinstance(s, SourceFile)]
    assert [s.location.rsplit("/", 1)[1] for s in sources] == ["notes.txt", "a.txt"]
    assert [s.name for s in sources] == ["d/notes.txt", "d/sub/a.txt"]  # ids start at the folder named
    assert {Path(s.path).name: s.reason for s in found if isinstance(s, SkippedFile)} == {
        "Makefile": "unknown file type (no extension)",
        "README.md": "the folder's documentation, not an article",
        "scan.PDF": "unknown file type '.pdf'",
    }
    assert read_file(sources[0], read_bytes(sources[0])) is None  # walked plain text is skipped, not an error
    assert isinstance(found[-1], IngestError) and "no such file or directory" in str(found[-1])
