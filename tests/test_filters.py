"""Speaker and place filters that never silently miss: people by any name the index holds
for them, places by their aliases, and a report of what each value matched (or a
suggestion when it matched nothing). Every person here is invented."""

from datetime import datetime

import orjson
import pytest
from click.testing import CliRunner

from searchidx import Index
from searchidx.aliases import fold as fold_place
from searchidx.aliases import place_classes
from searchidx.cli import cli
from searchidx.errors import InvalidArgumentError
from searchidx.output import filter_lines, render_quotes
from searchidx.people import People, fold, name_key
from searchidx.records import Record
from searchidx.results import FilterMatch, Quote, QuoteResult
from searchidx.schema import F


def rec(rid: str, speakers=(), places=(), body: str = "Harbour news from the quay.", day: int = 1) -> Record:
    return Record(
        id=rid,
        path=rid,
        title=f"Story {rid}",
        body=body,
        date=datetime(2024, 5, day),
        meta={"speaker": list(speakers), "place": list(places)},
    )


RECORDS = [
    rec("r1", ["Tomas Ridgeway"], ["United Kingdom"]),
    rec("r2", ["Mr Ridgeway"], ["United States"]),  # a bare surname with a title, as extraction may store it
    rec("r3", ["Ridgeway", "José Almeida"], ["European Union"]),
    rec("r4", ["Boris Kettleby", "Dr Priya Natarajan"], ["Netherlands"]),
    rec("r5", ["Boris Kettleby"], ["usa"]),  # a source's own label, as Reuters gives them
    rec("r6", ["Jo Kettleby"], ["Kursk Oblast"]),
    rec("r7", ["Kettleby"], ["India"]),  # bare surname shared by two people: kept apart
    rec("r8", ["Rene Duval"], ["Côte d'Ivoire"]),
]


@pytest.fixture(scope="module")
def ix_dir(tmp_path_factory):
    path = tmp_path_factory.mktemp("filters") / "ix"
    with Index.create(path) as ix:
        ix.add_records(RECORDS)
    return path


@pytest.fixture()
def ix(ix_dir):
    with Index.open(ix_dir) as index:
        yield index


def ids(res) -> list[str]:
    return sorted(h.id for h in res.hits)


def matched(res) -> dict:
    return res.to_dict()["matched"]


# -- names: folding and titles ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text, key",
    [
        ("Tony Blair", ("tony", "blair")),
        ("Mr Blair", ("blair",)),
        ("MR. BLAIR", ("blair",)),
        ("Prime Minister Tony Blair", ("tony", "blair")),
        ("Sir Ian Blair", ("ian", "blair")),
        ("José Luis Rodríguez", ("jose", "luis", "rodriguez")),
        ("Jean-Claude Marchetti", ("jean", "claude", "marchetti")),
        ("Martin Luther Kingsley Jr", ("martin", "luther", "kingsley")),
        ("Mr Major", ("major",)),
        ("Lord", ("lord",)),  # the last word always stays, title or not
    ],
)
def test_name_key_drops_case_diacritics_titles_and_suffixes(text, key):
    assert name_key(text) == key


def test_fold_unifies_apostrophes_and_full_stops():
    assert fold("O\u2019Brien") == fold("o'brien") == "o'brien"
    assert fold("J.R. Hartley") == "j r hartley"


def test_bare_surname_joins_the_one_person_with_it_or_a_dominant_one():
    counts = {"Tony Blair": 60, "Ian Blair": 2, "Blair": 1, "Mr Blair": 1, "Cal Roe": 3, "Dee Roe": 3, "Roe": 1}
    people = People(counts, counts.__getitem__)
    (tony,) = people.find("Tony Blair")
    assert sorted(tony.values) == ["Blair", "Mr Blair", "Tony Blair"] and tony.name == "Tony Blair"
    assert [p.name for p in people.find("Blair")] == ["Tony Blair", "Ian Blair"]
    # Two people with an even share: a bare "Roe" could be either, so it stays a name of its own.
    assert [p.name for p in people.find("Cal Roe")] == ["Cal Roe"]
    assert [p.name for p in people.find("Roe")] == ["Cal Roe", "Dee Roe", "Roe"]


# -- speakers: surname, title, case, diacritics ----------------------------------------------


@pytest.mark.parametrize(
    "typed",
    [
        "Tomas Ridgeway",
        "tomas ridgeway",
        "TOMAS RIDGEWAY",
        "Ridgeway",
        "ridgeway",
        "Mr Ridgeway",
        "mr. ridgeway",
        "Dr Tomas Ridgeway",
        "Tomas",
    ],
)
def test_a_person_is_found_by_any_name_the_index_holds(ix, typed):
    res = ix.search("*", speaker=typed, limit=20)
    assert ids(res) == ["r1", "r2", "r3"]
    assert matched(res) == {"speaker": {typed: ["Tomas Ridgeway"]}}
    assert res.to_dict()["suggestions"] == {}


@pytest.mark.parametrize(
    "typed, found, expected",
    [
        ("Jose Almeida", "José Almeida", ["r3"]),
        ("jose", "José Almeida", ["r3"]),
        ("ALMEIDA", "José Almeida", ["r3"]),
        ("René Duval", "Rene Duval", ["r8"]),
        ("Priya Natarajan", "Dr Priya Natarajan", ["r4"]),
    ],
)
def test_diacritics_and_stored_titles_do_not_matter(ix, typed, found, expected):
    res = ix.search("*", speaker=typed, limit=20)
    assert ids(res) == expected and matched(res) == {"speaker": {typed: [found]}}


def test_a_name_several_people_share_matches_them_all_and_says_which(ix):
    res = ix.search("*", speaker="Kettleby", limit=20)
    assert ids(res) == ["r4", "r5", "r6", "r7"]
    # most documents first; the bare surname two people share is reported as itself
    assert matched(res) == {"speaker": {"Kettleby": ["Boris Kettleby", "Jo Kettleby", "Kettleby"]}}
    boris = ix.search("*", speaker="Boris Kettleby", limit=20)
    assert ids(boris) == ["r4", "r5"]


def test_repeated_speakers_must_all_match_each_an_or_of_its_people(ix):
    res = ix.search("*", speaker=["Kettleby", "Natarajan"], limit=20)
    assert ids(res) == ["r4"]
    assert matched(res) == {
        "speaker": {"Kettleby": ["Boris Kettleby", "Jo Kettleby", "Kettleby"], "Natarajan": ["Dr Priya Natarajan"]}
    }


@pytest.mark.parametrize("query", ["speaker:ridgeway", 'speaker:"Mr Ridgeway"', 'speaker:"tomas ridgeway"'])
def test_speaker_in_the_query_resolves_the_same_way(ix, query):
    res = ix.search(query, limit=20)
    assert ids(res) == ["r1", "r2", "r3"]
    value = query.split(":", 1)[1].strip('"')
    assert matched(res) == {"speaker": {value: ["Tomas Ridgeway"]}}


def test_no_match_says_so_with_a_suggestion_from_the_index(ix):
    res = ix.search("*", speaker="Ridgeawy", limit=20)
    assert res.total == 0 and res.hits == []
    assert res.to_dict()["matched"] == {"speaker": {"Ridgeawy": []}}
    assert res.to_dict()["suggestions"] == {"speaker": {"Ridgeawy": ["Ridgeway"]}}
    far = ix.search("*", speaker="Zzqx Vlorp")
    assert far.to_dict()["suggestions"] == {"speaker": {"Zzqx Vlorp": []}}


def test_a_misspelt_full_name_is_suggested_whole(ix):
    res = ix.search("*", speaker="Boris Ketleby")
    assert res.to_dict()["suggestions"] == {"speaker": {"Boris Ketleby": ["Boris Kettleby"]}}


# -- places: aliases, abbreviations, demonyms --------------------------------------------------


@pytest.mark.parametrize(
    "typed, expected, record",
    [
        *[
            (t, "United Kingdom", "r1")
            for t in (
                "UK",
                "U.K.",
                "uk",
                "Britain",
                "Great Britain",
                "British",
                "GB",
                "GBR",
                "United Kingdom of Great Britain and Northern Ireland",
            )
        ],
        *[
            (t, "United States", "r2")
            for t in (
                "US",
                "U.S.",
                "USA",
                "U.S.A.",
                "America",
                "American",
                "Americans",
                "the States",
                "United States of America",
                "united states",
            )
        ],
        *[(t, "European Union", "r3") for t in ("EU", "E.U.")],
        *[(t, "Netherlands", "r4") for t in ("Holland", "Dutch", "The Netherlands", "NL")],
        *[(t, "Côte d'Ivoire", "r8") for t in ("Ivory Coast", "Cote d'Ivoire", "CIV")],
    ],
)
def test_place_aliases_find_the_stored_name(ix, typed, expected, record):
    res = ix.search("*", place=typed, limit=20)
    assert record in ids(res)
    assert expected in matched(res)["place"][typed]


def test_a_source_label_is_found_by_the_place_it_names(ix):
    for typed in ("United States", "US", "U.S."):
        res = ix.search("*", place=typed, limit=20)
        assert ids(res) == ["r2", "r5"] and matched(res) == {"place": {typed: ["United States", "usa"]}}


def test_iso_codes_count_only_in_capitals(ix):
    assert ids(ix.search("*", place="IN")) == ["r7"]
    res = ix.search("*", place="in")
    assert res.total == 0 and matched(res) == {"place": {"in": []}}


@pytest.mark.parametrize("query", ["place:UK", 'place:"U.K."', "place:britain", 'place:"Great Britain"'])
def test_place_in_the_query_takes_aliases(ix, query):
    res = ix.search(query)
    assert ids(res) == ["r1"] and list(matched(res)["place"].values()) == [["United Kingdom"]]


def test_a_place_with_no_alias_falls_back_to_its_words_and_says_which(ix):
    res = ix.search("*", place="Kursk")
    assert ids(res) == ["r6"] and matched(res) == {"place": {"Kursk": ["Kursk Oblast"]}}


def test_unknown_place_suggests_a_close_stored_name_or_alias(ix):
    for typed in ("Untied Kingdom", "Brtain"):
        res = ix.search("*", place=typed)
        assert res.total == 0 and res.to_dict()["suggestions"] == {"place": {typed: ["United Kingdom"]}}


def test_alias_table_comes_from_the_packages_and_the_common_list():
    # pycountry's official and common names, ISO codes, and the common forms neither has
    for alias in ("Federal Republic of Germany", "DEU", "Viet Nam", "Türkiye", "Burma", "Holland", "EU"):
        assert place_classes(alias), alias
    assert place_classes("Germany") == place_classes("DEU") == place_classes("German")
    assert fold_place("U.S.") == "us" and fold_place("The Netherlands") == "netherlands"


# -- the report: JSON shape and terminal lines --------------------------------------------------


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


def test_search_json_reports_matches_and_suggestions_exactly(ix_dir):
    result = run(
        "search",
        "speaker:tomas",
        "--index",
        ix_dir,
        "--json",
        "--speaker",
        "Kettleby",
        "--speaker",
        "Ketleby",
        "--place",
        "UK",
    )
    assert result.exit_code == 0, result.output
    out = orjson.loads(result.output)
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
    assert out["total"] == 0 and out["hits"] == []
    assert out["matched"] == {
        "speaker": {
            "tomas": ["Tomas Ridgeway"],
            "Kettleby": ["Boris Kettleby", "Jo Kettleby", "Kettleby"],
            "Ketleby": [],
        },
        "place": {"UK": ["United Kingdom"]},
    }
    assert out["suggestions"] == {"speaker": {"Ketleby": ["Kettleby"]}}


def test_search_json_without_filters_has_empty_reports(ix_dir):
    out = orjson.loads(run("search", "harbour", "--index", ix_dir, "--json", "--limit", "0").output)
    assert (out["matched"], out["suggestions"]) == ({}, {})


def test_terminal_prints_one_line_per_value_that_is_not_itself(ix_dir):
    result = run(
        "search",
        "*",
        "--index",
        ix_dir,
        "--speaker",
        "Mr Ridgeway",
        "--speaker",
        "Ridgeawy",
        "--place",
        "United Kingdom",
        "--limit",
        "0",
    )
    assert result.exit_code == 0  # an empty page, said to be empty, is an answer, not an error
    assert result.output.splitlines() == [
        "0 matches for '*' (none shown, " + result.output.split("(none shown, ")[1].split("\n")[0],
        "speaker 'Mr Ridgeway' matches Tomas Ridgeway",
        "no speaker matches 'Ridgeawy'; did you mean Ridgeway?",
    ]


def test_jsonl_keeps_stdout_for_hits_and_says_misses_on_stderr(ix_dir):
    result = CliRunner().invoke(cli, ["search", "*", "--index", str(ix_dir), "--jsonl", "--speaker", "Ridgeawy"])
    assert result.exit_code == 0
    assert result.stdout == ""
    assert result.stderr.splitlines() == ["no speaker matches 'Ridgeawy'; did you mean Ridgeway?"]


def test_filter_lines_wording():
    assert filter_lines(
        [
            FilterMatch("speaker", "Kettleby", ("Boris Kettleby", "Jo Kettleby")),
            FilterMatch("place", "United Kingdom", ("United Kingdom",)),
            FilterMatch("place", "Atlantys", ()),
            FilterMatch("speaker", "Smyth", (), ("Smith", "Smythe", "Smit")),
        ]
    ) == [
        "speaker 'Kettleby' matches Boris Kettleby, Jo Kettleby",
        "no place matches 'Atlantys'",
        "no speaker matches 'Smyth'; did you mean Smith, Smythe or Smit?",
    ]


# -- quotes: the same filters, direct and reported speech ---------------------------------------

QUOTE_BODY = '"The harbour will reopen in May," Ana Whitcombe said in Cardiff.'


@pytest.fixture(scope="module")
def quote_ix_dir(tmp_path_factory):
    """One quoted and one reported quote: the reported one is added to what extraction
    found, so the test does not depend on how well extraction finds reported speech."""
    import searchidx.tasks as tasks

    original = tasks.to_documents

    def with_speech_kinds(spec, record, location, digest):
        article, quotes = original(spec, record, location, digest)
        # The extracted quote's row as an older index holds it (no direct/kind/role); the added
        # one as extraction writes reported speech.
        old = {k: v for k, v in orjson.loads(quotes[0][F.HIT]).items() if k not in ("direct", "kind", "role")}
        quotes[0] = {**quotes[0], F.HIT: orjson.dumps(old)}
        row = {
            **old,
            "text": "the ferries would run again",
            "direct": False,
            "kind": "person",
            "role": "harbour master",
        }
        quotes.append(
            {**quotes[0], F.ID: f"{record.id}#q99", F.BODY: row["text"], F.DIRECT: "false", F.HIT: orjson.dumps(row)}
        )
        return article, quotes

    path = tmp_path_factory.mktemp("quotes") / "ix"
    mp = pytest.MonkeyPatch()
    mp.setattr(tasks, "to_documents", with_speech_kinds)
    try:
        with Index.create(path) as ix:
            ix.add_records([Record(id="q1", path="q1", title="Harbour", body=QUOTE_BODY, date=datetime(2024, 5, 6))])
    finally:
        mp.undo()
    return path


def test_quotes_carry_direct_kind_and_role_and_filter_on_direct(quote_ix_dir):
    with Index.open(quote_ix_dir) as ix:
        both = ix.quotes("*", speaker="Mr Whitcombe", limit=10)
        assert both.total == 2 and {q.direct for q in both.hits} == {True, False}
        assert both.to_dict()["matched"] == {"speaker": {"Mr Whitcombe": ["Ana Whitcombe"]}}
        (reported,) = ix.quotes("*", direct=False).hits
        assert (reported.text, reported.kind, reported.role) == (
            "the ferries would run again",
            "person",
            "harbour master",
        )
        (quoted,) = ix.quotes("harbour", direct=True).hits
        assert quoted.direct and quoted.kind is None and quoted.role is None  # older hit rows: the defaults
        assert ix.quotes("ferries", direct=True).total == 0
        assert ix.quotes("*", direct=False, sort="date").total == 1
        with pytest.raises(InvalidArgumentError):
            ix.quotes("*", direct="yes")


def test_quotes_json_and_flags(quote_ix_dir):
    out = orjson.loads(run("quotes", "*", "--index", quote_ix_dir, "--json", "--indirect").output)
    assert list(out) == ["query", "total", "hits", "matched", "suggestions"]
    (hit,) = out["hits"]
    assert hit == {
        "text": "the ferries would run again",
        "speaker": "Ana Whitcombe",
        "date": "2024-05-06",
        "article_id": "q1",
        "title": "Harbour",
        "direct": False,
        "kind": "person",
        "role": "harbour master",
    }
    direct = orjson.loads(run("quotes", "*", "--index", quote_ix_dir, "--json", "--direct").output)
    assert [h["direct"] for h in direct["hits"]] == [True]
    missing = run("quotes", "*", "--index", quote_ix_dir, "--json", "--speaker", "Whitcomb")
    assert missing.exit_code == 0
    assert orjson.loads(missing.output)["suggestions"] == {"speaker": {"Whitcomb": ["Whitcombe"]}}


def test_terminal_shows_direct_and_reported_speech_apart(quote_ix_dir):
    result = run("quotes", "*", "--index", quote_ix_dir, "--speaker", "Whitcombe")
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert lines[0] == "2 quotes for '*' (1 direct, 1 reported shown)"
    assert lines[1] == "speaker 'Whitcombe' matches Ana Whitcombe"
    assert lines.index("direct quotes:") < lines.index("reported speech:")
    reported = "\n".join(lines[lines.index("reported speech:") :])
    assert "the ferries would run again" in reported and "Ana Whitcombe (harbour master)" in reported
    assert "will reopen in May" not in reported


def test_render_quotes_keeps_one_table_when_all_are_direct():
    res = QuoteResult("x", 1, [Quote("We stay.", "Ana Whitcombe", None, "a", "A")])
    text = render_quotes(res)
    assert text.splitlines()[0] == "1 quote for 'x'" and "reported" not in text and "We stay." in text


def test_whoosh_path_filters_and_reports_the_same(quote_ix_dir, monkeypatch):
    from searchidx.engine.evaluate import Unsupported

    def refuse(q, budget=None):
        raise Unsupported("test")

    with Index.open(quote_ix_dir) as ix:
        fast = [ix.quotes("*", speaker="Whitcombe", direct=d, limit=5) for d in (None, True, False)]
        monkeypatch.setattr(ix._searcher()._searchidx.evaluator, "run", refuse)
        slow = [ix.quotes("*", speaker="Whitcombe", direct=d, limit=5) for d in (None, True, False)]
        assert [r.total for r in slow] == [r.total for r in fast] == [2, 1, 1]
        assert [[q.text for q in r.hits] for r in slow] == [[q.text for q in r.hits] for r in fast]
        assert all(r.matches == fast[0].matches for r in slow)
        articles = ix.search("*", speaker="Mr Whitcombe")  # the article search's Whoosh path too
        assert articles.total == 1
        assert articles.matches == (FilterMatch("speaker", "Mr Whitcombe", ("Ana Whitcombe",)),)


# -- bare surnames settled on demand ---------------------------------------------------
from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_GIVEN = ["Tomas", "Jo", "Boris", "Priya", "Rene", "José"]
_FAMILY = ["Ridgeway", "Kettleby", "Natarajan", "Duval", "Almeida"]
_NAME = st.one_of(
    st.builds(lambda g, f: f"{g} {f}", st.sampled_from(_GIVEN), st.sampled_from(_FAMILY)),
    st.builds(lambda t, f: f"{t}{f}", st.sampled_from(["", "Mr ", "Dr ", "Ms "]), st.sampled_from(_FAMILY)),
)


@settings(max_examples=200, deadline=None)
@given(
    values=st.lists(_NAME, unique=True, max_size=12),
    counts=st.lists(st.integers(1, 30), min_size=12, max_size=12),
    queries=st.lists(st.one_of(_NAME, st.sampled_from(_FAMILY + _GIVEN + ["tomas ridgeway", "Nobody"])), max_size=6),
)
def test_settling_bare_surnames_on_demand_finds_what_settling_all_first_finds(values, counts, queries):
    # Also the word index against scanning the keys: a one-off search scans, a server indexes.
    docs = dict(zip(values, counts, strict=False)).__getitem__
    lazy, eager = People(values, docs), People(values, docs)
    indexed, scanning = People(values, docs, index_after=0), People(values, docs, index_after=10**6)
    eager.settle_all()
    for q in queries:
        want = [(p.name, sorted(p.values)) for p in eager.find(q)]
        for other in (lazy, indexed, scanning):
            assert [(p.name, sorted(p.values)) for p in other.find(q)] == want, q
    assert lazy.suggest("Ridgway") == eager.suggest("Ridgway") == scanning.suggest("Ridgway")


def test_keyword_values_read_in_bulk_equal_whoosh_s_lexicon_over_segments_and_deletes(tmp_path):
    # the people lookup reads a field's values from the posting arrays; held equal to the reader's
    # lexicon it replaces, on an index of several segments with a deleted document
    with Index.create(tmp_path / "ix") as index:
        for chunk in (RECORDS[:3], RECORDS[3:6], RECORDS[6:]):
            index.add_records(chunk)
        index.delete(["r4"])
        generation = index._searcher()._searchidx.generation
        reader = generation._searcher.reader()
        assert len(list(reader.leaf_readers())) > 1
        for field in (F.SPEAKER, F.PLACE):
            whoosh = [raw.decode("utf-8") for raw in reader.lexicon(field)]
            assert generation.postings.field_values(field) == whoosh
        assert index.search("*", speaker="Kettleby").total == 3
