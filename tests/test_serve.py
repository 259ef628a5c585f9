"""`searchidx serve`: a real server on loopback, called over HTTP.

The API must answer exactly what the command line prints with --json for the same query
(``took_ms`` aside), bad queries are JSON 4xx errors (never a 500), and exports, the
OpenAPI description, documents, speakers, stats and the pages work.
"""

from __future__ import annotations

import csv
import io
import os
import socket
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor

import orjson
import pytest
from click.testing import CliRunner

from conftest import ROOT
from searchidx.cli import cli

httpx = pytest.importorskip("httpx", reason="httpx (the test extra) is needed to call the server")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    def __init__(self, index_dir):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        env = {**os.environ, "PYTHONUNBUFFERED": "1"}
        env.pop("SEARCHIDX_INDEX", None)
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "searchidx", "serve", "--index", str(index_dir), "--port", str(self.port)],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
        )
        self.client = httpx.Client(base_url=self.url, timeout=60)
        deadline = time.monotonic() + 60
        while True:
            if self.proc.poll() is not None:
                raise RuntimeError(f"searchidx serve exited: {self.proc.stdout.read().decode(errors='replace')}")
            try:
                if self.client.get("/api/stats").status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                self.stop()
                raise RuntimeError("searchidx serve did not answer within 60 s")
            time.sleep(0.2)

    def get(self, path, **params):
        return self.client.get(path, params=params)

    def stop(self):
        self.client.close()
        self.proc.terminate()
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


@pytest.fixture(scope="session")
def server(corpus_index_dir):
    srv = Server(corpus_index_dir)
    yield srv
    srv.stop()


def cli_json(index_dir, *args):
    result = CliRunner().invoke(cli, [str(a) for a in args] + ["--index", str(index_dir), "--json"])
    assert result.exit_code == 0, result.output
    return orjson.loads(result.output)


def without_took(data: dict) -> dict:
    data = dict(data)
    data.pop("took_ms", None)
    return data


# (API parameters, the same search as command-line arguments)
SEARCHES = [
    (
        {"q": '"North Korean troops"', "facet": ["speaker", "place", "month"]},
        ['"North Korean troops"', "--facet", "speaker", "--facet", "place", "--facet", "month"],
    ),
    (
        {"q": "ukraine", "speaker": "Gordon Preston", "since": "2024-10-01", "until": "2024-10-31"},
        ["ukraine", "--speaker", "Gordon Preston", "--since", "2024-10-01", "--until", "2024-10-31"],
    ),
    (
        {"q": "*", "place": "Kyiv", "sort": "date", "limit": 5, "offset": 5},
        ["*", "--place", "Kyiv", "--sort", "date", "--limit", "5", "--offset", "5"],
    ),
    ({"q": 'speaker:"Gordon Preston" AND (ukraine OR kyiv)'}, ['speaker:"Gordon Preston" AND (ukraine OR kyiv)']),
    (
        {"q": "place:Kursk date:[2024-10-01 TO 2024-10-31]", "facet": ["source", "year"], "facet_limit": 3},
        ["place:Kursk date:[2024-10-01 TO 2024-10-31]", "--facet", "source", "--facet", "year", "--facet-limit", "3"],
    ),
    (
        {"q": "troops", "speaker": ["Preston", "Harasymiv"], "place": ["U.S.", "Kyiv"], "limit": 0, "facet": "speaker"},
        [
            "troops",
            "--speaker",
            "Preston",
            "--speaker",
            "Harasymiv",
            "--place",
            "U.S.",
            "--place",
            "Kyiv",
            "--limit",
            "0",
            "--facet",
            "speaker",
        ],
    ),
    ({"q": "zyzzyva", "speaker": "Bliar"}, ["zyzzyva", "--speaker", "Bliar"]),
    ({"q": "ukrane"}, ["ukrane"]),
]


@pytest.mark.parametrize("params, args", SEARCHES, ids=[s[0]["q"] for s in SEARCHES])
def test_api_search_equals_cli_json(server, corpus_index_dir, params, args):
    r = server.get("/api/search", **params)
    assert r.status_code == 200, r.text
    assert r.headers["content-type"].startswith("application/json")
    assert without_took(r.json()) == without_took(cli_json(corpus_index_dir, "search", *args))


QUOTES = [
    (
        {"q": "ukraine", "speaker": "Gordon Preston", "since": "2024-10", "until": "2024-10"},
        ["ukraine", "--speaker", "Gordon Preston", "--since", "2024-10", "--until", "2024-10"],
    ),
    (
        {"q": "*", "direct": "false", "sort": "date", "limit": 20},
        ["*", "--indirect", "--sort", "date", "--limit", "20"],
    ),
    ({"q": "troops", "direct": "true", "offset": 2}, ["troops", "--direct", "--offset", "2"]),
]


@pytest.mark.parametrize("params, args", QUOTES, ids=[s[0]["q"] for s in QUOTES])
def test_api_quotes_equals_cli_json(server, corpus_index_dir, params, args):
    r = server.get("/api/quotes", **params)
    assert r.status_code == 200, r.text
    assert without_took(r.json()) == without_took(cli_json(corpus_index_dir, "quotes", *args))


def test_api_stats_equals_cli(server, corpus_index_dir):
    assert server.get("/api/stats").json() == cli_json(corpus_index_dir, "stats")


@pytest.mark.parametrize(
    "path, params, kind",
    [
        ("/api/search", {"q": "troops AND ("}, "QuerySyntaxError"),
        ("/api/search", {"q": '"unterminated'}, "QuerySyntaxError"),
        ("/api/search", {"q": "title:[a TO]"}, "QueryLimitError"),
        ("/api/search", {"q": "*roops"}, None),
        ("/api/search", {"q": "a*"}, None),
        ("/api/search", {"q": "x" * 5000}, "QueryLimitError"),
        ("/api/search", {"q": "(" * 40 + "x" + ")" * 40}, "QueryLimitError"),
        ("/api/search", {"q": "date:[tomorrow TO 2024]"}, "QuerySyntaxError"),
        ("/api/search", {"q": "ukraine", "since": "last tuesday"}, "InvalidArgumentError"),
        ("/api/search", {"q": "ukraine", "facet": "colour"}, "InvalidArgumentError"),
        ("/api/search", {"q": "ukraine", "sort": "random"}, None),
        ("/api/search", {"q": "ukraine", "limit": "ten"}, None),
        ("/api/search", {"q": "ukraine", "limit": "-1"}, None),
        ("/api/search", {"q": "ukraine", "limit": "100000"}, None),
        ("/api/search", {"q": "ukraine", "format": "xml"}, None),
        ("/api/search", {"q": "ukraine", "facet_limit": "0"}, None),
        ("/api/search", {}, None),
        ("/api/search", {"q": ["a", "b"]}, None),
        ("/api/quotes", {"q": "troops OR"}, "QuerySyntaxError"),
        ("/api/quotes", {"q": "troops", "direct": "maybe"}, None),
        ("/api/speakers/Gordon Preston", {"limit": "x"}, None),
    ],
)
def test_bad_requests_are_json_4xx_with_a_message(server, path, params, kind):
    r = server.get(path, **params)
    if kind is None and r.status_code == 200:
        return  # a query the library accepts (an expansion within its limits)
    assert 400 <= r.status_code < 500, (r.status_code, r.text)
    assert r.headers["content-type"].startswith("application/json")
    err = r.json()["error"]
    assert err["message"] and err["status"] == r.status_code
    if kind:
        assert err["type"] == kind
    if kind == "QuerySyntaxError":
        assert isinstance(err["position"], int)


def test_syntax_error_message_is_the_cli_message(server, corpus_index_dir):
    result = CliRunner().invoke(cli, ["search", "troops AND (", "--index", str(corpus_index_dir)])
    assert result.exit_code == 1
    message = server.get("/api/search", q="troops AND (").json()["error"]["message"]
    assert result.output.strip() == f"Error: {message}"


def test_unknown_paths_are_json_404_under_api(server):
    r = server.get("/api/nothing")
    assert r.status_code == 404 and r.json()["error"]["status"] == 404
    r = server.get("/api/documents/no/such/article")
    assert r.status_code == 404 and "no article" in r.json()["error"]["message"]
    r = server.get("/api/speakers/Zyzzyva Bliar")
    assert r.status_code == 404 and r.json()["error"]["message"].startswith("no speaker matches")


def test_jsonl_export_equals_cli_jsonl(server, corpus_index_dir):
    r = server.get("/api/search", q="ukraine", limit=25, format="jsonl")
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/x-ndjson")
    cli_out = (
        CliRunner()
        .invoke(cli, ["search", "ukraine", "--limit", "25", "--index", str(corpus_index_dir), "--jsonl"])
        .stdout
    )
    assert [orjson.loads(line) for line in r.text.splitlines()] == [orjson.loads(line) for line in cli_out.splitlines()]
    assert len(r.text.splitlines()) == 25


def test_csv_export(server):
    data = server.get("/api/search", q="ukraine", limit=25).json()
    r = server.get("/api/search", q="ukraine", limit=25, format="csv")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    assert "attachment" in r.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert [row["id"] for row in rows] == [h["id"] for h in data["hits"]]
    assert rows[0]["speakers"] == "; ".join(data["hits"][0]["speakers"])
    assert "<mark>" not in r.text

    quotes = server.get("/api/quotes", q="ukraine", limit=40).json()
    r = server.get("/api/quotes", q="ukraine", limit=40, format="csv")
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert [(row["speaker"] or None, row["text"], row["article_id"]) for row in rows] == [
        (q["speaker"], q["text"], q["article_id"]) for q in quotes["hits"]
    ]


def test_exports_may_be_longer_than_json_pages(server):
    assert server.get("/api/search", q="*", limit=5000, format="jsonl").status_code == 200
    assert server.get("/api/search", q="*", limit=5000).status_code == 400


def test_openapi_describes_every_endpoint(server):
    spec = server.get("/openapi.json").json()
    assert spec["openapi"].startswith("3.")
    assert {"/api/search", "/api/quotes", "/api/speakers/{name}", "/api/stats", "/api/documents/{id}"} <= set(
        spec["paths"]
    )
    names = {p["name"] for p in spec["paths"]["/api/search"]["get"]["parameters"]}
    assert {"q", "speaker", "place", "since", "until", "facet", "sort", "limit", "offset", "format"} <= names


def test_document_with_marks_by_offset(server):
    doc_id = "corpus/articles/2024-10-24-preston-rome-north-korean-troops.txt"
    r = server.get(f"/api/documents/{doc_id}")
    assert r.status_code == 200
    doc = r.json()
    assert doc["id"] == doc_id and doc["title"].startswith("Preston confirms")
    body = doc["body"]
    assert "Gordon Preston" in doc["speakers"] and "Rome" in doc["places"]
    quotes = server.get("/api/quotes", q="*", limit=1000).json()["hits"]
    assert len(doc["quotes"]) == sum(1 for q in quotes if q["article_id"] == doc_id) > 3
    for q in doc["quotes"]:
        assert q["spans"], q
        for span in q["spans"]:
            assert body[span["start"] : span["end"]] in q["text"]
    kinds = {m["type"] for m in doc["marks"]}
    assert {"quote", "speaker", "place", "date"} <= kinds
    for m in doc["marks"]:
        assert 0 <= m["start"] < m["end"] <= len(body)
        assert body[m["start"] : m["end"]] == m["text"]
    assert any(m["type"] == "speaker" and m["value"] == "Gordon Preston" for m in doc["marks"])
    assert any(m["type"] == "place" and m["value"] == "Rome" for m in doc["marks"])


def test_speaker_profile(server, corpus_index_dir):
    profile = server.get("/api/speakers/Gordon Preston", limit=5).json()
    quotes = cli_json(corpus_index_dir, "quotes", "*", "--speaker", "Gordon Preston", "--sort", "date", "--limit", "5")
    articles = cli_json(
        corpus_index_dir,
        "search",
        "*",
        "--speaker",
        "Gordon Preston",
        "--limit",
        "0",
        "--facet",
        "place",
        "--facet-limit",
        "15",
    )
    assert profile["names"] == ["Gordon Preston"]
    assert profile["quotes_total"] == quotes["total"] > 10
    assert profile["quotes"] == quotes["hits"]
    assert profile["articles_total"] == articles["total"]
    assert profile["places"] == articles["facets"]["place"]
    assert sum(m["count"] for m in profile["months"]) == quotes["total"]
    assert [m["value"] for m in profile["months"]] == sorted(m["value"] for m in profile["months"])
    assert profile["topics"] and all(t["count"] >= 1 for t in profile["topics"])
    assert "Gordon Preston" not in [s["value"] for s in profile["speakers"]]
    # A surname finds the person too.
    assert server.get("/api/speakers/Preston").json()["names"] == ["Gordon Preston"]


def test_concurrent_requests_share_one_index(server):
    queries = ["ukraine", "troops", '"north korean"', "kyiv OR kursk", "*", "nato"] * 6
    expected = {q: without_took(server.get("/api/search", q=q, facet="speaker").json()) for q in set(queries)}
    with ThreadPoolExecutor(16) as pool:
        answers = list(pool.map(lambda q: (q, server.get("/api/search", q=q, facet="speaker").json()), queries))
    for q, data in answers:
        assert without_took(data) == expected[q]


# -- the pages ------------------------------------------------------------------------


def test_pages_answer(server):
    for path in [
        "/",
        "/?q=ukraine&speaker=Gordon+Preston&facet=x",
        "/quotes?q=ukraine",
        "/speakers/Gordon%20Preston",
        "/documents/corpus/articles/2024-10-24-preston-rome-north-korean-troops.txt",
        "/?q=*&source=Wire+briefs",
        "/?q=*&since=2024-10&until=2024-10&sort=date&offset=10",
        "/static/style.css",
        "/static/app.js",
    ]:
        r = server.get(path)
        assert r.status_code == 200, (path, r.text[:500])


def test_page_shows_did_you_mean(server):
    r = server.get("/", q="ukrane")
    assert "Did you mean" in r.text and 'href="/?q=ukraine"' in r.text


def test_page_bad_query_is_a_400_page_with_the_message(server):
    r = server.get("/", q="troops AND (")
    assert r.status_code == 400 and "dangling operator" in r.text


def test_page_escapes_everything_but_marks(server):
    r = server.get("/", q="<script>alert(1)</script> ukraine")
    assert "<script>alert(1)" not in r.text
    assert "&lt;script&gt;" in r.text
    r = server.get("/", q="ukraine")
    assert "<mark>" in r.text


def test_source_filter_on_the_page(server, corpus_index_dir):
    expected = cli_json(corpus_index_dir, "search", '(*) AND source:"Wire briefs"', "--limit", "0")["total"]
    r = server.get("/", q="*", source="Wire briefs")
    assert f'<span id="total">{expected}</span>' in r.text


def test_serve_refuses_a_missing_index(tmp_path):
    result = CliRunner().invoke(cli, ["serve", "--index", str(tmp_path / "none"), "--port", str(free_port())])
    assert result.exit_code == 1 and "no searchidx index here" in result.output
