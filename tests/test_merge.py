"""Merging segments (``engine/merge.py``) must give what a fresh build of the same
records gives: the same terms and posting bytes, stored fields, lengths, columns,
posting arrays, and so the same search results and scores."""

from __future__ import annotations

import os
import random

import numpy as np
import pytest
from test_segments import _assert_same_arrays, _postings, _terminfo, corpus_records, documents, generated_records
from whoosh import index as windex
from whoosh.codec.whoosh3 import W3Codec

from conftest import ROOT
from searchidx import Index, Record
from searchidx.engine import merge
from searchidx.engine.arrays import SegmentArrays
from searchidx.engine.merge import SegmentSize, plan, tier
from searchidx.engine.postings import sidecar_path
from searchidx.schema import load_spec

QUERIES = [
    "ukraine",
    '"north korean"',
    '"north korean troops"',
    "harbour strike",
    "revised",
    "*",
    "title:summit",
    "troops~1",
    "blk128",
    "speaker:Preston",
    "date:[2024-01 TO 2024-06]",
]


# -- the policy ------------------------------------------------------------------------


def test_a_tier_merges_when_it_holds_merge_factor_segments():
    f = merge.MERGE_FACTOR
    assert plan([SegmentSize(1, 1)] * (f - 1)) == []
    assert plan([SegmentSize(1, 1)] * f) == [list(range(f))]
    big = SegmentSize(50_000, 50_000)
    assert tier(big.live) > tier(1)
    # Small segments merge among themselves; a large one is left alone.
    assert plan([big] + [SegmentSize(3, 3)] * f) == [list(range(1, f + 1))]


def test_a_merge_that_fills_the_tier_above_cascades():
    f = merge.MERGE_FACTOR
    near = merge.MIN_TIER_DOCS * f // (f - 1)
    # f - 1 segments in tier t, and f small ones whose merge lands in tier t too.
    middle = SegmentSize(near * 2, near * 2)
    small = SegmentSize(near * 2 // f + 1, near * 2 // f + 1)
    level = tier(middle.live)
    assert tier(small.live * f) == level and tier(small.live) < level
    groups = plan([middle] * (f - 1) + [small] * f)
    assert groups == [list(range(2 * f - 1))]


def test_deleted_documents_past_the_limit_get_their_segment_rewritten_and_empty_ones_are_not_planned():
    limit = merge.MAX_DELETED
    n = 10_000
    within = SegmentSize(n, n - int(n * limit))
    past = SegmentSize(n, n - int(n * limit) - 1)
    assert plan([within]) == []
    assert plan([past]) == [[0]]
    assert plan([SegmentSize(5, 0), past]) == [[1]]


def test_the_plan_bounds_segments_and_deleted_documents_over_many_commits():
    """A simulated index taking one small commit at a time (and deleting a few old
    documents each time) keeps few segments and few deleted documents."""
    rng = random.Random(7)
    segs: list[list[int]] = []  # [docs, live]
    worst_segments = worst_deleted = 0.0
    for _commit in range(3000):
        segs.append([rng.randint(1, 40)] * 2)
        for _ in range(rng.randint(0, 3)):
            victim = rng.choice(segs)
            if victim[1]:
                victim[1] -= 1
        segs = [s for s in segs if s[1]]
        for group in plan([SegmentSize(d, lv) for d, lv in segs]):
            merged = sum(segs[i][1] for i in group)
            segs = [s for i, s in enumerate(segs) if i not in group] + [[merged, merged]]
        total = sum(d for d, _ in segs)
        worst_segments = max(worst_segments, len(segs))
        worst_deleted = max(worst_deleted, sum(d - lv for d, lv in segs) / total)
    live = sum(lv for _, lv in segs)
    bound = (merge.MERGE_FACTOR - 1) * (tier(live) + 1)
    assert worst_segments <= bound, (worst_segments, bound)
    assert worst_deleted <= merge.MAX_DELETED


# -- merged segments equal fresh builds --------------------------------------------------


def _cwd_root():
    cwd = os.getcwd()
    os.chdir(ROOT)
    return cwd


def _churned(path, records, rng) -> dict:
    """Index ``records`` in three batches, delete some, update others; the final records by id."""
    cwd = _cwd_root()
    try:
        with Index.create(path) as ix:
            thirds = len(records) // 3
            for part in (records[:thirds], records[thirds : 2 * thirds], records[2 * thirds :]):
                ix.add_records(part, procs=1)
            gone = set(rng.sample([r.id for r in records], len(records) // 6))
            assert ix.delete(sorted(gone)) == len(gone)
            kept = [r for r in records if r.id not in gone]
            updated = [
                Record(
                    id=r.id,
                    path=r.path,
                    title=r.title + " revised",
                    body=r.body + " Revised harbour text.",
                    author=r.author,
                    date=r.date,
                    source=r.source,
                )
                for r in rng.sample(kept, len(kept) // 8)
            ]
            ix.add_records(updated, procs=1)
            assert ix.stats().segments > 1  # (the merge policy may already have dropped deleted ones)
            ix.optimize()
            stats = ix.stats()
            assert stats.segments == 1 and stats.deleted == 0
    finally:
        os.chdir(cwd)
    final = {r.id: r for r in kept}
    final.update({r.id: r for r in updated})
    return final


def _fresh_like(path, merged_path, final: dict) -> None:
    """A fresh build of ``final``, articles in the merged index's order."""
    wix = windex.open_dir(str(merged_path))
    with wix.reader() as reader:
        order = [f["id"] for f in reader.all_stored_fields() if f["kind"] == "article"]
    wix.close()
    assert sorted(order) == sorted(final)
    cwd = _cwd_root()
    try:
        with Index.create(path) as ix:
            ix.add_records([final[i] for i in order], procs=1)
    finally:
        os.chdir(cwd)


def _assert_same_index(merged_path, fresh_path) -> None:
    a, b = windex.open_dir(str(merged_path)), windex.open_dir(str(fresh_path))
    try:
        ra, rb = a.reader(), b.reader()
        n = rb.doc_count_all()
        assert ra.doc_count_all() == n and not ra.has_deletions()
        assert sorted(ra.indexed_field_names()) == sorted(rb.indexed_field_names())
        for field in sorted(rb.indexed_field_names()):
            terms = list(rb.lexicon(field))
            assert list(ra.lexicon(field)) == terms, field
            for t in terms:
                assert _postings(ra, field, t) == _postings(rb, field, t), (field, t)
                assert _terminfo(ra, field, t) == _terminfo(rb, field, t), (field, t)
        for docnum in range(n):
            assert ra.stored_fields(docnum) == rb.stored_fields(docnum), docnum
        spec = load_spec()
        for field in [f.name for f in spec.fields if f.type in ("text", "keyword")]:
            assert ra.field_length(field) == rb.field_length(field), field
            assert [ra.doc_field_length(d, field) for d in range(n)] == [
                rb.doc_field_length(d, field) for d in range(n)
            ], field
        for field in ("body", "date", "hit"):
            assert list(ra.column_reader(field, translate=False)) == list(rb.column_reader(field, translate=False))
        ((la, _o),) = ra.leaf_readers()
        ((lb, _o),) = rb.leaf_readers()
        with Index.open(merged_path) as ix:
            layout = ix._layout()
        got, want = SegmentArrays.open(sidecar_path(merged_path, la)), SegmentArrays.open(sidecar_path(fresh_path, lb))
        try:
            _assert_same_arrays(got, want, layout)
            for field in layout.length_fields:
                assert np.array_equal(got.raw_lengths[field], want.raw_lengths[field]), field
            assert got.ids.dtype == want.ids.dtype and got.tf.dtype == want.tf.dtype
        finally:
            got.close()
            want.close()
        ra.close()
        rb.close()
    finally:
        a.close()
        b.close()
    with Index.open(merged_path) as ia, Index.open(fresh_path) as ib:
        for q in QUERIES:
            got_hits = [(h.id, h.score) for h in ia.search(q, limit=1000).hits]
            want_hits = [(h.id, h.score) for h in ib.search(q, limit=1000).hits]
            assert got_hits == want_hits, q
            assert [(x.article_id, x.text, x.score) for x in ia.quotes(q, limit=1000).hits] == [
                (x.article_id, x.text, x.score) for x in ib.quotes(q, limit=1000).hits
            ], q


@pytest.fixture(scope="module")
def records():
    return generated_records(240) + corpus_records()


def test_an_optimized_index_equals_a_fresh_build_of_its_records(records, tmp_path):
    final = _churned(tmp_path / "merged", records, random.Random(11))
    _fresh_like(tmp_path / "fresh", tmp_path / "merged", final)
    _assert_same_index(tmp_path / "merged", tmp_path / "fresh")


def test_a_merge_done_a_slice_of_keys_at_a_time_gives_the_same_arrays(records, tmp_path, monkeypatch):
    monkeypatch.setattr(merge, "PART_POSTINGS", 997)  # dozens of slices, and a prime
    final = _churned(tmp_path / "merged", records, random.Random(12))
    _fresh_like(tmp_path / "fresh", tmp_path / "merged", final)
    _assert_same_index(tmp_path / "merged", tmp_path / "fresh")
    assert not list(tmp_path.glob("merged/*.tmp")), "spooled slices are removed"


def test_segments_written_by_whoosh_itself_merge_too(records, tmp_path):
    """An index from an earlier version holds segments Whoosh's own writer made; they merge
    with today's, and the result answers as a fresh build does."""
    path = tmp_path / "old"
    cwd = _cwd_root()
    try:
        with Index.create(path) as ix:
            ix.add_records(records[:20], procs=1)
    finally:
        os.chdir(cwd)
    wix = windex.open_dir(str(path))
    writer = wix.writer(codec=W3Codec())
    for doc in documents(records[20:60]):
        writer.add_document(**doc)
    writer.commit(merge=False)
    wix.close()
    with Index.open(path) as ix:
        before = {q: sorted(h.id for h in ix.search(q, limit=1000).hits) for q in QUERIES}
        assert ix.stats().segments == 2
        ix.optimize()
        assert ix.stats().segments == 1
        after = {q: sorted(h.id for h in ix.search(q, limit=1000).hits) for q in QUERIES}
    assert after == before
    assert any(after.values())
