import orjson
import pytest
from click.testing import CliRunner

from conftest import SEED, article, needs_shared, write
from searchidx.cli import cli


def run(*args, input=None):
    return CliRunner().invoke(cli, [str(a) for a in args], input=input)


def as_json(result):
    assert result.exit_code == 0, result.output
    return orjson.loads(result.output)


def test_search_json_contract(corpus_index_dir):
    out = as_json(run("search", '"fair game"', "--index", corpus_index_dir, "--json", "--facet", "speaker"))
    assert list(out) == [
        "query",
        "total",
        "hits",
        "facets",
        "matched",
        "suggestions",
        "undated",
        "suggestion",
        "took_ms",
    ]
    assert out["query"] == '"fair game"'
    for hit in out["hits"]:
        assert list(hit) == ["id", "title", "date", "speakers", "places", "score", "snippet"]
    assert list(out["facets"]) == ["speaker"]
    assert all(list(v) == ["value", "count"] for v in out["facets"]["speaker"])


def test_search_json_exact_output(corpus_index_dir):
    out = as_json(
        run(
            "search",
            '"North Korean troops" AND seoul',
            "--index",
            corpus_index_dir,
            "--json",
            "--facet",
            "month",
            "--sort",
            "date",
            "--limit",
            "2",
        )
    )
    out.pop("took_ms")
    for hit in out["hits"]:
        assert isinstance(hit.pop("score"), float) and "<mark>" in hit.pop("snippet")
        hit.pop("speakers"), hit.pop("places")
    assert out == {
        "query": '"North Korean troops" AND seoul',
        "total": 4,
        "hits": [
            {
                "id": "corpus/articles/2024-12-17-corrigan-north-korean-casualties-kursk.txt",
                "title": "White House says North Korean troops have suffered hundreds of casualties in Kursk",
                "date": "2024-12-17",
            },
            {
                "id": "corpus/articles/2024-12-04-chae-martial-law-seoul.txt",
                "title": "Chae lifts martial law hours after lawmakers vote it down",
                "date": "2024-12-04",
            },
        ],
        "facets": {"month": [{"value": "2024-10", "count": 2}, {"value": "2024-12", "count": 2}]},
        "matched": {},
        "suggestions": {},
        "undated": 0,
        "suggestion": None,
    }


def test_no_match_prints_exact_empty_result(corpus_index_dir):
    out = as_json(run("search", "zyzzyva", "--index", corpus_index_dir, "--json", "--facet", "place"))
    assert out.pop("took_ms") >= 0
    assert out == {
        "query": "zyzzyva",
        "total": 0,
        "hits": [],
        "facets": {"place": []},
        "matched": {},
        "suggestions": {},
        "undated": None,
        "suggestion": None,
    }


def test_speaker_and_place_report_what_they_matched(corpus_index_dir):
    out = as_json(
        run(
            "search",
            "*",
            "--index",
            corpus_index_dir,
            "--json",
            "--limit",
            "0",
            "--speaker",
            "mr preston",
            "--place",
            "U.S.",
        )
    )
    assert out["total"] > 0
    assert out["matched"] == {"speaker": {"mr preston": ["Gordon Preston"]}, "place": {"U.S.": ["United States"]}}
    assert out["suggestions"] == {}


def test_a_filter_matching_nothing_is_an_empty_answer_with_a_suggestion(corpus_index_dir):
    result = run("search", "*", "--index", corpus_index_dir, "--speaker", "Gordon Prestin")
    assert result.exit_code == 0
    assert result.output.splitlines()[1:] == ["no speaker matches 'Gordon Prestin'; did you mean Gordon Preston?"]
    out = as_json(run("quotes", "ukraine", "--index", corpus_index_dir, "--json", "--speaker", "Prestin"))
    assert out["total"] == 0 and out["matched"] == {"speaker": {"Prestin": []}}
    assert out["suggestions"] == {"speaker": {"Prestin": ["Preston"]}}


def test_quotes_direct_and_indirect_flags(corpus_index_dir):
    every = as_json(run("quotes", "*", "--index", corpus_index_dir, "--json", "--limit", "0"))["total"]
    direct = as_json(run("quotes", "*", "--index", corpus_index_dir, "--json", "--limit", "0", "--direct"))["total"]
    reported = as_json(run("quotes", "*", "--index", corpus_index_dir, "--json", "--limit", "0", "--indirect"))
    assert direct + reported["total"] == every and direct > 0


def test_jsonl_prints_one_hit_per_line(corpus_index_dir):
    result = run("search", "kursk", "--index", corpus_index_dir, "--jsonl", "--limit", "3")
    lines = result.output.strip().splitlines()
    assert result.exit_code == 0 and len(lines) == 3
    assert all(orjson.loads(line)["id"] for line in lines)


def test_quotes_json_contract(corpus_index_dir):
    out = as_json(run("quotes", "ukraine", "--speaker", "Gordon Preston", "--index", corpus_index_dir, "--json"))
    assert list(out) == ["query", "total", "hits", "matched", "suggestions"] and out["total"] >= 3
    assert (out["matched"], out["suggestions"]) == ({"speaker": {"Gordon Preston": ["Gordon Preston"]}}, {})
    for hit in out["hits"]:
        assert list(hit) == ["text", "speaker", "date", "article_id", "title", "direct", "kind", "role"]
        assert hit["speaker"] == "Gordon Preston"


def test_table_output_is_readable(corpus_index_dir):
    result = run("search", '"North Korean troops"', "--index", corpus_index_dir, "--facet", "place")
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert lines[0].startswith("6 matches for '\"North Korean troops\"' (1-6 shown")
    assert lines[2].startswith("1. ") and "<mark>" not in result.output
    # The facet: its name, then values and right-aligned counts in two columns.
    facet = lines[lines.index("place (top 10)") + 1 :]
    assert len(facet) == 10 and all(line.startswith("  ") for line in facet)
    assert len({len(line) for line in facet}) == 1 and all(line.split()[-1].isdigit() for line in facet)


def test_numbering_continues_across_offset_and_quotes_wrap_to_the_width(corpus_index_dir):
    second = run("search", "ukraine", "--index", corpus_index_dir, "--limit", "2", "--offset", "2")
    assert [line.split(".")[0] for line in second.output.splitlines() if line[:1].isdigit() and ". " in line] == [
        "3",
        "4",
    ]
    from searchidx import Index
    from searchidx.output import render_quotes

    with Index.open(corpus_index_dir) as ix:
        res = ix.quotes("*", limit=20)
    text = render_quotes(res, width=60, offset=5)
    assert all(len(line) <= 60 for line in text.splitlines())
    longest = max(res.hits, key=lambda q: len(q.text))
    assert len(longest.text) > 60
    # Every word of the longest quote is shown (wrapped, not cut), and each quote names its article.
    assert " ".join(longest.text.split()) in " ".join(" ".join(text.split()).replace("“", "").split())
    assert text.count("    in ") == len(res.hits) and "6. " in text


@pytest.mark.parametrize(
    "query, message",
    [
        ("a) b", "Error: query 'a) b': unexpected ')' at position 1"),
        ("sea AND (", "Error: query 'sea AND (': dangling operator 'AND' at position 4"),
        ("date:[2024 TO", "Error: query 'date:[2024 TO': incomplete range: missing closing ']' at position 5"),
    ],
)
def test_bad_query_is_one_line_error_exit_1(corpus_index_dir, query, message):
    result = run("search", query, "--index", corpus_index_dir)
    assert result.exit_code == 1
    assert result.output.strip() == message


def test_missing_index_is_an_error_with_hint(tmp_path):
    result = run("search", "x", "--index", tmp_path / "none")
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [
        f"Error: {tmp_path / 'none'}: no searchidx index here (hint: create one with: searchidx index PATH...)"
    ]


def test_bad_option_values_are_usage_errors(corpus_index_dir):
    assert run("search", "x", "--index", corpus_index_dir, "--sort", "size").exit_code == 2
    result = run("search", "x", "--index", corpus_index_dir, "--since", "yesterday")
    assert result.exit_code == 1 and "--since 'yesterday'" in result.output


def test_index_reports_bad_files_and_exits_nonzero(tmp_path):
    docs = tmp_path / "docs"
    write(docs / "good.txt", article("Good", "Harbour workers struck."))
    write(docs / "bad.jsonl", '{"body": "fine"}\n{oops\n')
    result = run("index", docs, "--index", tmp_path / "ix")
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert lines[0].startswith("error: ") and "bad.jsonl:2: malformed JSON" in lines[0]
    assert lines[-1].startswith("indexed 2 records (0 quotes): 2 files added") and "1 bad record" in lines[-1]
    out = as_json(run("search", "harbour", "--index", tmp_path / "ix", "--json"))
    assert out["total"] == 1


def test_index_json_report_and_incremental_rerun(tmp_path):
    docs = tmp_path / "docs"
    write(docs / "a.txt", article("A", "Harbour workers struck."))
    first = as_json(run("index", docs, "--index", tmp_path / "ix", "--json"))
    assert (first["added"], first["records"], first["errors"]) == (1, 1, [])
    again = as_json(run("index", docs, "--index", tmp_path / "ix", "--json"))
    assert (again["added"], again["unchanged"]) == (0, 1)


def test_index_reads_jsonl_from_stdin(tmp_path):
    data = '{"id": "p1", "body": "Ferry crews walked out.", "date": "2024-03-01"}\n'
    assert run("index", "-", "--index", tmp_path / "ix", input=data).exit_code == 0
    out = as_json(run("search", "ferry", "--index", tmp_path / "ix", "--json"))
    assert [h["id"] for h in out["hits"]] == ["p1"] and out["hits"][0]["date"] == "2024-03-01"


def test_index_env_variable_names_the_index(tmp_path, monkeypatch, corpus_index_dir):
    monkeypatch.setenv("SEARCHIDX_INDEX", str(corpus_index_dir))
    assert as_json(run("stats", "--json"))["documents"] == 43


def test_stats_json(corpus_index_dir):
    out = as_json(run("stats", "--index", corpus_index_dir, "--json"))
    assert out["documents"] == 43 and out["quotes"] > 100
    assert (out["first_date"], out["last_date"]) == ("2023-03-21", "2024-12-17")
    assert out["speakers"] >= 15 and out["places"] >= 20 and out["size_bytes"] > 0


def test_delete_command(tmp_path):
    docs = tmp_path / "docs"
    write(docs / "a.txt", article("A", "Harbour workers struck."))
    run("index", docs, "--index", tmp_path / "ix")
    doc_id = as_json(run("search", "*", "--index", tmp_path / "ix", "--json"))["hits"][0]["id"]
    assert run("delete", doc_id, "--index", tmp_path / "ix").exit_code == 0
    assert as_json(run("search", "*", "--index", tmp_path / "ix", "--json"))["total"] == 0
    assert run("delete", "missing-id", "--index", tmp_path / "ix").exit_code == 1


def test_extract_jsonl_contract_from_stdin():
    data = '{"id": "s1", "body": "\\"We will stay,\\" Maria Lopez said on Friday in Madrid.", "date": "2024-10-27"}\n'
    result = run("extract", "-", "--jsonl", input=data)
    assert result.exit_code == 0, result.output
    (row,) = [orjson.loads(line) for line in result.output.splitlines()]
    assert list(row) == [
        "id",
        "title",
        "author",
        "date",
        "speakers",
        "places",
        "dates",
        "quotes",
        "place_mentions",
        "date_mentions",
    ]
    assert row["id"] == "s1" and row["date"] == "2024-10-27"
    (quote,) = row["quotes"]
    assert list(quote) == [
        "text",
        "start",
        "end",
        "speaker",
        "speaker_start",
        "speaker_end",
        "date",
        "direct",
        "kind",
        "role",
        "quotation",
    ]
    assert (quote["direct"], quote["kind"], quote["quotation"]) == (True, "person", 1)
    body = '"We will stay," Maria Lopez said on Friday in Madrid.'
    assert body[quote["start"] : quote["end"]] == quote["text"]
    assert quote["speaker"] == "Maria Lopez"
    assert body[quote["speaker_start"] : quote["speaker_end"]] == "Maria Lopez"
    for m in row["place_mentions"] + row["date_mentions"]:
        assert body[m["start"] : m["end"]] == m["text"]


def test_extract_bad_file_exits_nonzero(tmp_path):
    bad = write(tmp_path / "bad.jsonl", "{nope\n")
    result = run("extract", bad, "--jsonl")
    assert result.exit_code == 1 and "bad.jsonl:1: malformed JSON" in result.output


@needs_shared(SEED)
def test_seed_found_by_phrase_with_speaker_and_place_facets(tmp_path):
    assert run("index", SEED.parent, "--index", tmp_path / "ix").exit_code == 0
    out = as_json(
        run(
            "search",
            '"North Korean troops"',
            "--index",
            tmp_path / "ix",
            "--json",
            "--facet",
            "speaker",
            "--facet",
            "place",
            "--facet-limit",
            "100",
        )
    )
    assert out["total"] == 1
    assert out["hits"][0]["title"].startswith("North Korean troops deployed to Russia")
    speakers = {f["value"] for f in out["facets"]["speaker"]}
    assert {"Vladimir Putin", "Lloyd Austin", "John Kirby"} <= speakers
    places = {f["value"] for f in out["facets"]["place"]}
    assert {"Russia", "Ukraine", "North Korea"} <= places
