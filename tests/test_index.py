import threading

import pytest

from conftest import article, write
from searchidx import Index
from searchidx.errors import IndexExistsError, IndexLockedError, IndexNotFoundError, SearchIdxError
from searchidx.records import Record


def ids(res):
    return sorted(h.id for h in res.hits)


def test_create_refuses_existing_and_open_refuses_missing(tmp_path):
    Index.create(tmp_path / "ix").close()
    with pytest.raises(IndexExistsError):
        Index.create(tmp_path / "ix")
    with pytest.raises(IndexNotFoundError):
        Index.open(tmp_path / "nothing")
    assert issubclass(IndexNotFoundError, SearchIdxError)


def test_add_then_unchanged_then_updated_then_pruned(tmp_path):
    docs = tmp_path / "docs"
    a = write(docs / "a.txt", article("Alpha", "Sailors reached Oslo."))
    write(docs / "b.txt", article("Beta", "Farmers met in Lima."))
    with Index.create(tmp_path / "ix") as ix:
        r1 = ix.add_paths([docs])
        assert (r1.added, r1.updated, r1.unchanged, r1.records) == (2, 0, 0, 2)
        r2 = ix.add_paths([docs])
        assert (r2.added, r2.updated, r2.unchanged) == (0, 0, 2)

        write(a, article("Alpha two", "Sailors left Bergen."))
        r3 = ix.add_paths([docs])
        assert (r3.added, r3.updated, r3.unchanged) == (0, 1, 1)
        assert ix.search("oslo").total == 0
        assert [h.title for h in ix.search("bergen").hits] == ["Alpha two"]
        assert ix.search("*").total == 2

        a.unlink()
        r4 = ix.add_paths([docs], prune=True)
        assert r4.deleted == 1
        assert [h.title for h in ix.search("*").hits] == ["Beta"]


def test_bad_file_is_reported_others_indexed_and_nothing_lost(tmp_path):
    docs = tmp_path / "docs"
    good = write(docs / "good.txt", article("Good", "Harbour workers struck."))
    with Index.create(tmp_path / "ix") as ix:
        ix.add_paths([docs])
        # The same file turns bad: its indexed version must survive, new files still go in.
        write(good, "# Good\n\nWriter\n31 February 2024\n\nBroken now.")
        write(docs / "new.jsonl", '{"id": "n1", "body": "Dockers joined the strike.", "date": "2024-02-01"}\n')
        report = ix.add_paths([docs])
        assert (report.added, report.failed) == (1, 1)
        assert report.errors[0]["line"] == 4 and "unparseable date line" in report.errors[0]["message"]
        assert ix.search("harbour").total == 1
        assert ix.search("dockers").total == 1


def test_delete_by_id_removes_article_and_its_quotes(tmp_path):
    body = 'The minister spoke. "We will rebuild the bridge," Ana Lopez said.'
    with Index.create(tmp_path / "ix") as ix:
        ix.add_records([Record(id="k1", path="k1", title="Bridge", body=body)])
        assert ix.quotes("bridge").total == 1
        assert ix.delete(["k1", "nope"]) == 1
        assert ix.search("*").total == 0
        assert ix.quotes("bridge").total == 0


def test_second_writer_times_out_with_clear_error_readers_unblocked(tmp_path):
    docs = tmp_path / "docs"
    write(docs / "a.txt", article("Alpha", "Sailors reached Oslo."))
    with Index.create(tmp_path / "ix") as ix:
        ix.add_paths([docs])
        held = ix._ix.writer()  # another writer holding the lock
        try:
            write(docs / "b.txt", article("Beta", "Farmers met in Lima."))
            with pytest.raises(IndexLockedError, match="another writer.* holds the index lock"):
                ix.add_paths([docs], lock_timeout=0.3)
            assert ix.search("oslo").total == 1  # readers are never blocked
        finally:
            held.cancel()
        assert ix.add_paths([docs]).added == 1


def test_updates_are_seen_without_stale_or_duplicate_hits(tmp_path):
    # Whoosh's Searcher.refresh() can keep serving deleted or duplicated documents after
    # update_document; the index must reopen its searcher instead.
    docs = tmp_path / "docs"
    f = write(docs / "a.txt", article("Version one", "Original wording about the harbour."))
    with Index.create(tmp_path / "ix") as reader_ix, Index.open(tmp_path / "ix") as writer_ix:
        writer_ix.add_paths([docs])
        assert reader_ix.search("harbour").total == 1  # reader's searcher now cached
        for n in range(2, 5):
            write(f, article(f"Version {n}", f"Revised wording number{n} about the harbour."))
            writer_ix.add_paths([docs])
            res = reader_ix.search("harbour")
            assert [h.title for h in res.hits] == [f"Version {n}"]
            assert res.total == 1
            assert reader_ix.search(f"number{n}").total == 1
            assert reader_ix.search("original").total == 0
            assert reader_ix.search("*").total == 1


def test_searcher_is_reused_until_the_index_changes(tmp_path):
    with Index.create(tmp_path / "ix") as ix:
        ix.add_records([Record(id="a", path="a", title="A", body="one")])
        first = ix._searcher()
        ix.search("one")
        assert ix._searcher() is first
        ix.add_records([Record(id="b", path="b", title="B", body="two")])
        assert ix._searcher() is not first


def test_one_index_searched_from_many_threads(corpus_index):
    expected = corpus_index.search('"north korean troops"', facets=("place",)).to_dict()
    errors, outputs = [], []

    def work():
        try:
            for _ in range(20):
                d = corpus_index.search('"north korean troops"', facets=("place",)).to_dict()
                outputs.append((d["total"], d["hits"], d["facets"]))
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert outputs == [(expected["total"], expected["hits"], expected["facets"])] * 80


def test_stdin_jsonl_records(tmp_path):
    import io

    data = io.BytesIO(b'{"id": "s1", "body": "Piped text about harbours.", "date": "2024-01-02"}\n')
    with Index.create(tmp_path / "ix") as ix:
        report = ix.add_paths(["-"], stdin=data)
        assert report.records == 1
        assert [h.id for h in ix.search("harbour").hits] == ["s1"]  # its own id, as given


def test_create_refuses_a_non_empty_directory_that_is_no_index(tmp_path):
    write(tmp_path / "docs" / "a.txt", article("A", "Body."))
    with pytest.raises(IndexExistsError, match="not an empty directory"):
        Index.open(tmp_path / "docs", create=True)
    assert sorted(p.name for p in (tmp_path / "docs").iterdir()) == ["a.txt"]


def test_results_render_after_the_index_is_closed(tmp_path):
    with Index.create(tmp_path / "ix") as ix:
        ix.add_records([Record(id="a", path="a", title="A", body="The harbour strike ended.")])
        res = ix.search("harbour")
    assert res.to_dict()["hits"][0]["snippet"] == "The <mark>harbour</mark> strike ended."


def test_parallel_preparation_indexes_the_same_as_sequential(tmp_path, monkeypatch):
    from conftest import CORPUS
    from searchidx import tasks as documents

    with Index.create(tmp_path / "seq") as ix:
        ix.add_paths([CORPUS], procs=1)
        expected = ix.search("*", facets=("speaker", "place"), limit=100).to_dict()
        expected_ranked = [(h.id, round(h.score, 4)) for h in ix.search("ukraine OR gaza", limit=100).hits]
    monkeypatch.setattr(documents, "PARALLEL_MIN_BYTES", 0)
    runs = []
    for name in ("par1", "par2"):
        with Index.create(tmp_path / name) as ix:
            report = ix.add_paths([CORPUS], procs=2)
            got = ix.search("*", facets=("speaker", "place"), limit=100).to_dict()
            got.pop("took_ms")
            ranked = [(h.id, round(h.score, 4)) for h in ix.search("ukraine OR gaza", limit=100).hits]
        assert report.records == 43 and report.errors == []
        runs.append((got, ranked))
    # Each worker writes its own segment, so documents tied on score may come in another
    # order than one process gives; everything else is the same, and repeatable.
    assert runs[0] == runs[1]
    got, ranked = runs[0]
    expected.pop("took_ms")
    for d in (expected, got):
        d["hits"] = sorted(d["hits"], key=lambda h: h["id"])
    assert got == expected
    assert sorted(ranked) == sorted(expected_ranked)
    assert [s for _, s in ranked] == [s for _, s in expected_ranked]


def test_add_records_with_worker_processes_matches_one_process(tmp_path):
    recs = [
        Record(id=f"r{n}", path="mem", title=f"T{n}", body=f'"We will rebuild bridge {n}," Ana Lopez said in Lisbon.')
        for n in range(40)
    ]
    results = []
    for procs in (1, 2):
        with Index.create(tmp_path / f"ix{procs}") as ix:
            report = ix.add_records(recs, procs=procs)
            res = ix.quotes("rebuild", limit=100).to_dict()
            results.append((report.records, report.quotes, res))
    assert results[0] == results[1] and results[0][:2] == (40, 40)


def test_damaged_index_is_a_clear_error_not_a_traceback(tmp_path):
    from searchidx.errors import IndexUnreadableError

    with Index.create(tmp_path / "ix") as ix:
        ix.add_records([Record(id="a", path="a", title="A", body="harbour")])
    for toc in (tmp_path / "ix").glob("_*.toc"):
        toc.write_bytes(b"garbage")
    with pytest.raises(IndexUnreadableError, match="cannot open the index"):
        Index.open(tmp_path / "ix")


def test_many_one_record_commits_with_deletes_keep_the_index_writable(tmp_path):
    """Whoosh merges small segments every few commits; each merge must succeed (it once
    failed on the sixth commit: ``AssertionError: vbytes=''``)."""
    from searchidx import Record

    alive = set()
    with Index.create(tmp_path / "ix") as ix:
        for n in range(100):
            ix.add_records([Record(id=f"r{n}", path="", title=f"Note {n}", body=f"Harbour note {n} from Lisbon.")])
            alive.add(f"r{n}")
            if n % 7 == 3:
                gone = f"r{n - 2}"
                assert ix.delete([gone]) == 1
                alive.discard(gone)
            res = ix.search("harbour", limit=1000)
            assert {h.id for h in res.hits} == alive, n
        assert ix.stats().documents == len(alive)


@pytest.mark.parametrize("procs", [1, 2])
def test_a_bad_record_part_way_costs_only_itself(tmp_path, procs, monkeypatch):
    """Records are written one at a time as they are read: a bad one part way is reported
    and skipped, the rest of the file is indexed, and nothing the file's earlier version
    held is removed (the bad line may be the new version of one of its records)."""
    import orjson

    from searchidx import tasks

    monkeypatch.setattr(tasks, "PARALLEL_MIN_BYTES", 0)
    docs = tmp_path / "docs"
    lines = [
        orjson.dumps({"id": f"r{i}", "title": f"T{i}", "body": f"Harbour report {i} from Lisbon."}).decode()
        for i in range(300)
    ]
    write(docs / "a.jsonl", "\n".join(lines[:100]) + "\n")
    write(docs / "b.jsonl", '{"id": "other", "body": "Bergen harbour."}\n')
    with Index.create(tmp_path / "ix") as ix:
        assert ix.add_paths([docs], procs=procs).errors == []
        bad = lines[:250] + ["{not json"] + lines[251:]
        write(docs / "a.jsonl", "\n".join(bad) + "\n")
        report = ix.add_paths([docs], procs=procs)
        assert (report.failed, report.bad_records, report.records, report.kept) == (0, 1, 199, 100)
        (err,) = report.errors
        assert (err["line"], err["message"]) == (
            251,
            f"{(docs / 'a.jsonl').as_posix()}:251: malformed JSON: unexpected character, expected a string key",
        )
        ids = {h.id for h in ix.search("harbour", limit=1000).hits}
        assert ids == {f"r{i}" for i in range(300) if i != 250} | {"other"}
