"""Writing methods refuse bad arguments with one InvalidArgumentError, before writing:
the index is as it was."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from searchidx import Index, Record
from searchidx.errors import InvalidArgumentError, SchemaError, SearchIdxError
from searchidx.ingest import limits


def rec(**kw) -> Record:
    fields = {"id": "n1", "path": "", "title": "Note", "body": "Harbour strike in Lisbon."} | kw
    return Record(**fields)


@pytest.fixture()
def ix(tmp_path):
    with Index.create(tmp_path / "ix") as index:
        index.add_records([rec(id="kept")])
        yield index


BAD_CALLS = {
    "records None": lambda ix: ix.add_records(None),
    "records int": lambda ix: ix.add_records(5),
    "records str": lambda ix: ix.add_records("abc"),
    "not a Record": lambda ix: ix.add_records([rec(), object()]),
    "id None": lambda ix: ix.add_records([rec(id=None)]),
    "id int": lambda ix: ix.add_records([rec(id=3)]),
    "id blank": lambda ix: ix.add_records([rec(id="  ")]),
    "body None": lambda ix: ix.add_records([rec(body=None)]),
    "body bytes": lambda ix: ix.add_records([rec(body=b"harbour")]),
    "body too large": lambda ix: ix.add_records([rec(body="w " * (limits.MAX_RECORD_CHARS // 2 + 1))]),
    "title int": lambda ix: ix.add_records([rec(title=5)]),
    "author list": lambda ix: ix.add_records([rec(author=["A"])]),
    "date garbage": lambda ix: ix.add_records([rec(date="yesterday-ish")]),
    "date int": lambda ix: ix.add_records([rec(date=20240101)]),
    "meta speaker int": lambda ix: ix.add_records([rec(meta={"speaker": 5})]),
    "meta not dict": lambda ix: ix.add_records([rec(meta=["speaker"])]),
    "procs 0": lambda ix: ix.add_records([rec()], procs=0),
    "procs str": lambda ix: ix.add_paths(["corpus/records.jsonl"], procs="2"),
    "lock_timeout str": lambda ix: ix.add_records([rec()], lock_timeout="10"),
    "lock_timeout negative": lambda ix: ix.delete(["kept"], lock_timeout=-1),
    "lock_timeout nan": lambda ix: ix.optimize(lock_timeout=float("nan")),
    "paths None": lambda ix: ix.add_paths(None),
    "paths int": lambda ix: ix.add_paths([5]),
    "ids None": lambda ix: ix.delete(None),
    "ids int": lambda ix: ix.delete([1]),
}


@pytest.mark.parametrize("name", sorted(BAD_CALLS))
def test_bad_arguments_are_one_error_and_change_nothing(ix, name):
    with pytest.raises(InvalidArgumentError) as err:
        BAD_CALLS[name](ix)
    assert "\n" not in str(err.value)
    assert [h.id for h in ix.search("*").hits] == ["kept"]
    ix.add_records([rec(id="after")])  # the lock was released
    assert ix.search("*").total == 2


def test_a_headline_without_a_body_is_a_record_and_so_is_an_empty_one(ix):
    # Reuters-21578 holds both: briefs that are a headline, and items with only labels.
    ix.add_records([rec(id="brief", title="Harbour strike called off", body=""), rec(id="empty", title="", body="")])
    assert [h.id for h in ix.search("called").hits] == ["brief"]
    assert ix.search("*").total == 3


def test_a_bad_record_late_in_a_batch_cancels_the_batch(ix):
    batch = [rec(id=f"r{i}") for i in range(300)] + [rec(id=None)]
    with pytest.raises(InvalidArgumentError, match="record 301"):
        ix.add_records(batch)
    assert ix.search("*").total == 1


def test_dates_may_be_datetimes_dates_or_iso_strings_and_end_up_naive_utc(ix):
    ix.add_records(
        [
            rec(id="a", date=datetime(2024, 5, 1, 12, tzinfo=timezone(timedelta(hours=2)))),
            rec(id="b", date=date(2024, 5, 2)),
            rec(id="c", date="2024-05-03T10:00:00Z"),
        ]
    )
    got = {h.id: h.date for h in ix.search("*", limit=10).hits}
    assert got["a"] == datetime(2024, 5, 1, 10) and got["b"] == datetime(2024, 5, 2)
    assert got["c"] == datetime(2024, 5, 3, 10)


def test_open_and_create_check_their_arguments(tmp_path):
    for bad in (None, 5, b"ix"):
        with pytest.raises(InvalidArgumentError):
            Index.open(bad)
        with pytest.raises(InvalidArgumentError):
            Index.create(bad)
    with pytest.raises(InvalidArgumentError):
        Index.create(tmp_path / "x", schema="../news")
    with pytest.raises(SchemaError, match="known: news"):
        Index.create(tmp_path / "x", schema="nope")


VALUES = st.one_of(
    st.none(),
    st.integers(),
    st.floats(),
    st.booleans(),
    st.binary(max_size=8),
    st.text(max_size=12),
    st.lists(st.text(max_size=5), max_size=3),
    st.just("2024-10-01"),
    st.dates(),
    st.datetimes(),
)


@settings(
    max_examples=150,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    st.lists(
        st.fixed_dictionaries(
            {
                "id": VALUES,
                "title": VALUES,
                "body": st.one_of(VALUES, st.just("Harbour")),
                "author": VALUES,
                "date": VALUES,
                "source": VALUES,
                "meta": st.one_of(
                    st.just({}), st.dictionaries(st.sampled_from(["speaker", "place", "other"]), VALUES, max_size=2)
                ),
            }
        ),
        min_size=1,
        max_size=3,
    )
)
def test_any_record_fields_either_index_or_are_refused_whole(ix, fields):
    before = sorted(h.id for h in ix.search("*", limit=1000).hits)
    records = [Record(path="", **f) for f in fields]
    try:
        ix.add_records(records)
    except SearchIdxError:
        assert sorted(h.id for h in ix.search("*", limit=1000).hits) == before
        return
    after = {h.id for h in ix.search("*", limit=1000).hits}
    assert {f["id"] for f in fields} <= after
