"""The formats people arrive with, read as they are: plain text articles, CSV/TSV exports
with their own column names, JSON with its own keys and ids, saved web pages; dates as
feeds write them. Every input here is our own text."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from conftest import write
from searchidx.errors import IngestError, InvalidArgumentError
from searchidx.ingest import SourceFile, check_fields, iter_entries, iter_files, read_bytes, read_file
from searchidx.ingest.dates import DateError, parse_date


def source(path: Path, explicit: bool = True) -> SourceFile:
    return SourceFile(path.as_posix(), str(path), explicit)


def read(path: Path, fields=None, explicit: bool = True):
    src = source(path, explicit)
    return read_file(src, read_bytes(src), fields)


def entries(path: Path, fields=None):
    src = source(path)
    return list(iter_entries(src, read_bytes(src), fields))


def error_of(path: Path, fields=None) -> IngestError:
    with pytest.raises(IngestError) as info:
        read(path, fields)
    assert "\n" not in str(info.value)
    return info.value


# -- plain text articles -----------------------------------------------------------------
PLAIN = (
    "Harbour strike ends after nine days\n\n"
    "Dock workers in Bergen voted on Tuesday to end a strike that had closed the harbour.\n\n"
    '"We got what we came for," said union organiser Jonas Lind.\n'
)


def test_plain_headline_then_paragraphs_is_an_article(tmp_path):
    f = write(tmp_path / "news" / "001.txt", PLAIN)
    (rec,) = read(f)
    assert (rec.title, rec.author, rec.date) == ("Harbour strike ends after nine days", None, None)
    # The lead paragraph is body text, never taken for a byline.
    assert rec.body.split("\n\n") == [
        "Dock workers in Bergen voted on Tuesday to end a strike that had closed the harbour.",
        '"We got what we came for," said union organiser Jonas Lind.',
    ]


@pytest.mark.parametrize(
    "second, author, body_starts",
    [
        ("By Marta Quist", "Marta Quist", "Dock workers"),
        ("Ewood Park", None, "Ewood Park"),  # a venue line in a plain dump is text, not a name
        ("By early spring the port had closed.", None, "By early spring"),
    ],
)
def test_plain_article_takes_only_a_by_line_for_a_byline(tmp_path, second, author, body_starts):
    f = write(tmp_path / "a.txt", f"Harbour strike ends\n\n{second}\n\nDock workers in Bergen voted.\n")
    (rec,) = read(f)
    assert rec.author == author and rec.body.startswith(body_starts)


def test_heading_article_with_a_lone_name_keeps_it_as_byline(tmp_path):
    (rec,) = read(write(tmp_path / "a.md", "# Talks resume\n\nPeter Novak\n\nMinisters met in Oslo.\n"))
    assert (rec.author, rec.body) == ("Peter Novak", "Ministers met in Oslo.")


def test_heading_article_lead_paragraph_is_not_an_author(tmp_path):
    # Adding "# " to a plain headline used to turn the lead paragraph into the author.
    (rec,) = read(write(tmp_path / "a.txt", "# " + PLAIN))
    assert rec.author is None and rec.body.startswith("Dock workers in Bergen")


def test_hard_wrapped_lead_paragraph_is_body_not_a_bad_date(tmp_path):
    text = "Ferry talks stall\n\nNegotiators for the ferry crews met again\non Monday without agreement.\n\nMore.\n"
    (rec,) = read(write(tmp_path / "a.txt", text))
    assert rec.body == "Negotiators for the ferry crews met again on Monday without agreement.\n\nMore."


def test_paragraph_repair_works_in_plain_articles(tmp_path):
    text = "Ferry talks stall\n\nThe crews were expected\n\nto vote on Friday.\n"
    (rec,) = read(write(tmp_path / "a.txt", text))
    assert rec.body == "The crews were expected to vote on Friday."


@pytest.mark.parametrize(
    "text",
    [
        "One line of notes\nwith a second line straight after\n",  # no blank line after the first
        "x" * 301 + "\n\nBody.\n",  # a paragraph, not a headline
        "Only a headline\n",
    ],
)
def test_text_that_is_not_an_article_is_skipped_walked_and_an_error_named(tmp_path, text):
    f = write(tmp_path / "d" / "notes.txt", text)
    (src,) = iter_files([str(tmp_path / "d")])
    assert read_file(src, read_bytes(src)) is None
    assert "not an article" in error_of(f).reason


# -- CSV / TSV ------------------------------------------------------------------------------
EXPORT = (
    "guid,headline,byline,pubDate,link,publication,full_article\n"
    'g-1,Harbour reopens,Marta Quist,"Mon, 04 Mar 2024 08:01:56 GMT",https://example.org/1,Coastal Gazette,'
    '"Ships docked in Bergen on Monday.\n\nThe strike had lasted nine days."\n'
    ",Ferry crews vote,,30 August 2019,,,Crews voted to accept the offer.\n"
)


def test_csv_columns_are_found_by_their_common_names(tmp_path):
    f = write(tmp_path / "feed.csv", EXPORT)
    first, second = read(f)
    assert (first.id, first.title, first.author, first.date, first.url, first.source) == (
        "g-1",
        "Harbour reopens",
        "Marta Quist",
        datetime(2024, 3, 4, 8, 1, 56),
        "https://example.org/1",
        "Coastal Gazette",
    )
    assert first.body == "Ships docked in Bergen on Monday.\n\nThe strike had lasted nine days."
    # No guid: the file's name and the row's first line (after a quoted body over three lines).
    assert (second.id, second.title, second.date) == (f"{f.as_posix()}#5", "Ferry crews vote", datetime(2019, 8, 30))
    assert second.author is second.url is second.source is None


def test_tsv_and_semicolon_csv(tmp_path):
    tsv = write(tmp_path / "a.tsv", "title\ttext\tdate\nDocks\tDockers struck; then talks.\t2024-05-01\n")
    (rec,) = read(tsv)
    assert (rec.title, rec.body, rec.date) == ("Docks", "Dockers struck; then talks.", datetime(2024, 5, 1))
    semi = write(tmp_path / "b.csv", "Title;Content;Published\nDocks;Dockers struck, then talked.;2024-05-02\n")
    (rec,) = read(semi)
    assert (rec.title, rec.body, rec.date) == ("Docks", "Dockers struck, then talked.", datetime(2024, 5, 2))


def test_field_overrides_name_the_columns(tmp_path):
    f = write(tmp_path / "a.csv", "title,story,text,when\nDocks,The real story.,A teaser.,2024-05-01\n")
    (rec,) = read(f)
    assert rec.body == "A teaser."  # "text" is a body name; "story" is not
    (rec,) = read(f, {"body": "story", "date": "when"})
    assert (rec.body, rec.date) == ("The real story.", datetime(2024, 5, 1))
    (rec,) = read(f, ["body=STORY"])  # the CLI's form; names compare without case
    assert rec.body == "The real story."
    err = error_of(f, {"body": "full_text"})
    assert (err.line, err.reason) == (
        1,
        "no column for body=full_text in the header ('title', 'story', 'text', 'when')",
    )


@pytest.mark.parametrize(
    "fields, message",
    [
        (
            {"bdy": "x"},
            "unknown record part 'bdy' in fields; expected one of id, title, body, date, author, url, source",
        ),
        (["body"], "field mapping must look like PART=COLUMN (body=full_article), got 'body'"),
        ({"body": ""}, "fields['body'] must be a non-empty column name, got ''"),
        ("body=x", "fields must be a dict of part to column name, got str"),
    ],
)
def test_bad_field_mappings_are_argument_errors(fields, message):
    with pytest.raises(InvalidArgumentError) as info:
        check_fields(fields)
    assert str(info.value) == message


def test_csv_without_a_body_column_says_which_columns_it_has(tmp_path):
    err = error_of(write(tmp_path / "a.csv", "name,score\nAna,3\n"))
    assert err.line == 1 and err.reason == (
        "no body column in the header ('name', 'score'); expected one of body, text, content, full_article, "
        "article, description, summary, or name it with --field body=COLUMN"
    )


def test_bad_csv_rows_are_errors_of_their_own_and_reading_goes_on(tmp_path):
    f = tmp_path / "a.csv"
    f.write_bytes(
        b"id,body,date\n"
        b"1,Fine one.,2024-05-01\n"
        b"2,Bad date.,sometime\n"
        b"3,Too,many,fields\n"
        b"4,caf\xe9 au lait,2024-05-02\n"
        b"5,,2024-05-03\n"
        b"6,Fine six.,03/04/2024\n"
        b"7,Fine seven.,2024-05-04\n"
    )
    got = [(e.line, e.item.id if not isinstance(e.item, IngestError) else e.item.reason) for e in entries(f)]
    assert got == [
        (2, "1"),
        (3, "unparseable date 'sometime': Unknown string format (use ISO 8601 like 2019-08-30)"),
        (4, "row has 4 fields but the header has 3 (a stray delimiter or quote?)"),
        (5, "not valid UTF-8"),
        (6, "record has an empty 'body' (its body)"),
        (7, "ambiguous date '03/04/2024' (day and month could be either way; use ISO 8601 like 2019-08-30)"),
        (8, "7"),
    ]


def test_csv_unterminated_quote_names_the_lines_it_swallowed(tmp_path):
    f = write(tmp_path / "a.csv", 'id,body\n1,Fine.\n2,"Never closed\n3,Lost.\n')
    (good, bad) = entries(f)
    assert good.item.id == "1"
    assert (bad.line, bad.item.reason) == (3, "unterminated quote: lines 3-4 were read as one field")


# -- JSON with its own keys ---------------------------------------------------------------------
def test_json_keys_are_mapped_like_csv_columns(tmp_path):
    f = write(
        tmp_path / "a.json",
        '[{"guid": "n-7", "headline": "Docks", "content": "Dockers struck.", '
        '"publishedAt": "2024-05-01T10:00:00+02:00", '
        '"authors": [{"name": "Ana Lopez"}, "Ben Ode"], "source": {"id": null, "name": "Wire"}, '
        '"link": "https://example.org/n-7"}]',
    )
    (rec,) = read(f)
    assert (rec.id, rec.title, rec.body, rec.date, rec.author, rec.source, rec.url) == (
        "n-7",
        "Docks",
        "Dockers struck.",
        datetime(2024, 5, 1, 8),
        "Ana Lopez, Ben Ode",
        "Wire",
        "https://example.org/n-7",
    )
    g = write(tmp_path / "b.jsonl", '{"story": "Told in full.", "text": "Teaser."}\n')
    assert read(g)[0].body == "Teaser."
    assert read(g, {"body": "story"})[0].body == "Told in full."


def test_rss_pubdate_in_jsonl_is_read_and_a_bad_one_names_file_line_and_value(tmp_path):
    f = write(
        tmp_path / "feed.jsonl",
        '{"body": "a", "pubDate": "Mon, 07 Mar 2022 08:01:56 GMT"}\n'
        '{"body": "b", "pubDate": "next Tuesday"}\n{"body": "c"}\n',
    )
    first, bad, third = entries(f)
    assert first.item.date == datetime(2022, 3, 7, 8, 1, 56) and third.item.date is None
    assert str(bad.item) == (
        f"{f.as_posix()}:2: unparseable date 'next Tuesday' in 'pubDate': Unknown string "
        "format (use ISO 8601 like 2019-08-30)"
    )


# -- dates ----------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "value, expected",
    [
        ("2019-08-30", datetime(2019, 8, 30)),
        ("2019-08-30T10:00:00", datetime(2019, 8, 30, 10)),
        ("2019-08-30T10:00:00Z", datetime(2019, 8, 30, 10)),
        ("2019-08-30T10:00:00+02:00", datetime(2019, 8, 30, 8)),
        ("2019-08-30 23:30:00-05:00", datetime(2019, 8, 31, 4, 30)),
        ("Fri, 30 Aug 2019 10:00:00 GMT", datetime(2019, 8, 30, 10)),
        ("Fri, 30 Aug 2019 10:00:00 +0100", datetime(2019, 8, 30, 9)),
        ("Fri, 30 Aug 2019 10:00:00 EDT", datetime(2019, 8, 30, 14)),
        ("30 August 2019", datetime(2019, 8, 30)),
        ("Aug. 30, 2019", datetime(2019, 8, 30)),
        ("August 30, 2019", datetime(2019, 8, 30)),
        ("2019/08/30", datetime(2019, 8, 30)),
        ("30/08/2019", datetime(2019, 8, 30)),  # only one reading: 30 is no month
        ("August 2019", datetime(2019, 8, 1)),
        ("2019", datetime(2019, 1, 1)),
        ("", None),
    ],
)
def test_dates_in_common_forms_become_naive_utc(value, expected):
    assert parse_date(value) == expected


@pytest.mark.parametrize(
    "value, reason",
    [
        ("03/04/2019", "ambiguous date '03/04/2019'"),
        ("30 August", "date '30 August' has no year"),
        ("Friday", "date 'Friday' has no year"),
        ("Fri, 30 Aug 2019 10:00:00 XST", "unknown time zone in date"),
        ("2019-13-01", "unparseable date '2019-13-01': month must be in 1..12"),
        ("soon", "unparseable date 'soon'"),
    ],
)
def test_dates_that_cannot_be_read_surely_are_errors(value, reason):
    with pytest.raises(DateError) as info:
        parse_date(value)
    assert str(info.value).startswith(reason)


# -- saved web pages ------------------------------------------------------------------------------
PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Harbour strike ends | The Coastal Gazette</title>
<meta property="og:title" content="Harbour strike ends after nine days">
<meta name="author" content="Marta Quist">
<meta property="article:published_time" content="2024-03-05T08:30:00+01:00">
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a> <a href="/weather">Weather</a></nav>
<article>
<h1>Harbour strike ends after nine days</h1>
<p>Dock workers in Bergen voted on Tuesday to end a strike that had closed the harbour for nine days,
after the port authority agreed to a new shift rota.</p>
<p>"We got what we came for," said union organiser Jonas Lind, who led the walkout. "The night shifts
will be shared fairly from now on."</p>
<p>Ships that had waited outside the harbour began to dock on Tuesday evening.</p>
</article>
<footer>Copyright 2024 The Coastal Gazette. All rights reserved. Subscribe to our newsletter.</footer>
</body></html>
"""


def test_web_page_gives_main_text_title_author_and_date(tmp_path):
    f = write(tmp_path / "site" / "strike.html", PAGE)
    (rec,) = read(f)
    assert (rec.title, rec.author, rec.date) == (
        "Harbour strike ends after nine days",
        "Marta Quist",
        datetime(2024, 3, 5, 7, 30),
    )
    paragraphs = rec.body.split("\n\n")
    assert len(paragraphs) == 3 and paragraphs[0].startswith("Dock workers in Bergen voted on Tuesday")
    for boilerplate in ("Home", "Weather", "Copyright", "newsletter"):
        assert boilerplate not in rec.body
    assert rec.id == f.as_posix()


def test_web_page_without_text_is_an_error(tmp_path):
    err = error_of(write(tmp_path / "empty.htm", "<html><head><title>Nothing</title></head><body></body></html>"))
    assert err.reason.startswith("no article text found in the page")


# -- ids --------------------------------------------------------------------------------------------
def test_ids_start_at_the_folder_named_or_the_file_named(tmp_path):
    write(tmp_path / "archive" / "2024" / "a.txt", PLAIN)
    write(tmp_path / "archive" / "feed.csv", "id,body\n,Text one.\nk2,Text two.\n")
    recs = []
    for src in iter_files([str(tmp_path / "archive")]):
        recs += read_file(src, read_bytes(src))
    assert [r.id for r in recs] == ["archive/feed.csv#2", "k2", "archive/2024/a.txt"]
    (src,) = iter_files([str(tmp_path / "archive" / "feed.csv")])
    assert [r.id for r in read_file(src, read_bytes(src))] == ["feed.csv#2", "k2"]


def test_a_json_array_with_a_syntax_error_is_one_error_naming_its_line(tmp_path):
    f = write(tmp_path / "a.json", '[\n{"body": "one"},\n{"body": "two"}\n{"body": "three"}\n]\n')
    err = error_of(f)
    assert (err.line, err.reason) == (4, "malformed JSON: unexpected character, expected ',' or ']'")
    # JSON Lines saved as .json is still read line by line, a bad line its own error.
    g = write(tmp_path / "b.json", '{"body": "one"}\n{"body": two}\n{"body": "three"}\n')
    assert [e.line for e in entries(g) if isinstance(e.item, IngestError)] == [2]


def test_the_record_parts_the_help_lists_are_the_ones_ingest_maps():
    from searchidx.defaults import RECORD_PARTS
    from searchidx.ingest.fields import ROLES

    assert RECORD_PARTS == ROLES
