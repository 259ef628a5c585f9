"""The bulk indexing path must write what Whoosh itself would.

New documents no longer go through Whoosh's ``add_document``: ``token_texts`` replaces
the analyzer pipelines, ``segments.analyze`` replaces ``field.index``, ``SegmentBuilder``
writes the W3 segment and its posting arrays directly, and word pairs exist only in the
arrays. Each of those shortcuts is held here against the slow path it replaces.
"""

from __future__ import annotations

import os
import random
import re
from collections import Counter, defaultdict
from datetime import datetime
from pathlib import Path

import numpy as np
import pytest
from whoosh import fields as wfields
from whoosh import index as windex
from whoosh.codec.whoosh3 import W3Codec
from whoosh.formats import Positions

from conftest import CORPUS, ROOT
from searchidx import Index
from searchidx.analysis import PAIR_SEP, SnowballFilter, plain_analyzer, stemming_analyzer, token_texts
from searchidx.documents import to_documents
from searchidx.engine import arrays as arrays_module
from searchidx.engine.arrays import SegmentArrays, pair_min_df
from searchidx.engine.decode import build_from_segment
from searchidx.engine.keys import pair_key, term_key
from searchidx.engine.postings import sidecar_path
from searchidx.engine.segments import analyze
from searchidx.ingest import SourceFile, iter_files, read_bytes, read_file, record_digest
from searchidx.records import Record
from searchidx.schema import ARTICLE_UNSTORED, QUOTE_STORED, F, Kind, load_spec

SPEC = load_spec("news")
TEXT_FIELDS = [f.name for f in SPEC.fields if f.type == "text"]
PAIR_FIELDS = SPEC.pair_fields  # text field -> pair field

TRICKY = [
    "",
    " ",
    "   \n\t  ",
    "12,000 troops and 2.5 tonnes; 1,2,3 and 3.14.15",
    "U.S. U.S.A. e.g. i.e. US",
    "Ukraine’s army",
    "Ukraine's army",
    "don’t can't rock'n'roll O'Neill",
    "'quoted' ’curly’ ‘single’",
    "Indo-Pacific co-belligerents — en–dash",
    "Straße STRASSE ß Fuß",
    "İstanbul İ ı I DİYARBAKIR",
    "İ.S. ı.s.",
    "café naïve Zoë",
    "decomposed cafe\u0301 accent",
    "Hindi हिन्दी नमस्ते",
    "x² ½ ¾ and ² alone",
    "zero\u200dwidth joiner",
    "fullwidth＿low‿tie",
    "🇺🇦 🙂 war🙂time 👍🏽",
    "東京 北京市 한국어 русский ΟΔΟΣ",
    "１２３ ٣٤٥",
    "snake_case __dunder__ _",
    "...,,,'''",
    "a.b.c. x,y ,start end, 'tis",
    "ﬁnance ﬂag",
    "G7 B-52 F-16s MH17",
    "Running runs ran runner",
    "the THE The tHe",
    "a" * 300,
    "tab\tseparated\nlines\r\nhere",
]


def _chdir_root():
    """Record ids derive from paths relative to the working directory, as conftest's fixtures."""
    cwd = os.getcwd()
    os.chdir(ROOT)
    return cwd


def corpus_records() -> list[Record]:
    cwd = _chdir_root()
    try:
        recs = []
        for src in iter_files([str(CORPUS)]):
            if not isinstance(src, SourceFile):
                continue  # the corpus's README, skipped with its reason
            got = read_file(src, read_bytes(src))
            recs.extend(got or [])
    finally:
        os.chdir(cwd)
    assert len(recs) == 43
    return recs


VOCAB = [
    "harbour",
    "strike",
    "minister",
    "said",
    "talks",
    "border",
    "aid",
    "troops",
    "north",
    "korean",
    "ceasefire",
    "Straße",
    "İstanbul",
    "café",
    "12,000",
    "U.S.",
    "Ukraine’s",
    "2.5",
    "running",
    "runs",
    "east",
    "west",
    "summit",
    "Indo-Pacific",
    "ärger",
    "zebra",
    "東京",
    "alpha",
]


def generated_records(n: int = 300) -> list[Record]:
    """Records whose terms have posting lists of every size that matters to the W3 codec:
    inlined (< 8), just over the inline limit, one block (128), just over, and several."""
    rng = random.Random(20240517)
    recs = []
    for i in range(n):
        words = rng.choices(VOCAB, k=rng.randint(3, 60))
        sized = [f"blk{k}" for k in (127, 128, 129, 256, 300) if i < k]
        sized += [f"inl{k}" for k in (1, 7, 8, 9) if i < k]
        sized.append(f"grp{i // 5}")  # five documents each
        # The sized words stand in a sentence of their own, so that reported speech found in
        # the random words never copies them into quote documents and changes their counts.
        body = " ".join(words) + ". Marks " + " ".join(sized) + "."
        if i % 3 == 0:
            body += f' "We will rebuild bridge {i % 40}," Ana Lopez said in Lisbon.'
        if i % 7 == 0:
            body += " The north korean troops crossed the border near the harbour."
        if i % 50 == 0:
            body += " " + " ".join(["long"] * 700)  # lengths beyond what one byte stores exactly
        if i % 61 == 0:
            body += " " + " ".join(["again"] * 40)  # a high term weight
        title = " ".join(rng.choices(VOCAB[:12], k=rng.randint(1, 6)))
        meta = {}
        if i % 11 == 0:
            meta = {"speaker": ["Ana Lopez", "Jens Stoltenberg"], "place": ["Lisbon", "Brussels"]}
        recs.append(
            Record(
                id=f"gen-{i:03d}",
                path="generated.jsonl",
                title=title,
                body=body,
                author=["Ana Lopez", None, "Priya Raman"][i % 3],
                date=datetime(2024, 1 + i % 12, 1 + i % 28, i % 24) if i % 4 else None,
                source=["Wire briefs", None][i % 2],
                url=f"https://example.org/{i}" if i % 5 else None,
                meta=meta,
            )
        )
    recs.append(Record(id="gen-empty", path="generated.jsonl", title="", body=""))
    recs.append(Record(id="gen-one-word", path="generated.jsonl", title="Harbour", body="Strike"))
    return recs


def documents(records) -> list[dict]:
    """Whoosh documents in the order a segment holds them: each article, then its quotes."""
    docs = []
    for rec in records:
        article, quotes = to_documents(SPEC, rec, rec.path or rec.id, "")
        article[F.RECORD_HASH] = record_digest(rec)  # as the indexing task sets it
        docs.append(article)
        docs.extend(quotes)
    return docs


def pair_positions(tokens: list[str]) -> dict[str, list[int]]:
    """Each adjacent word pair with its positions (a pair sits at its second word)."""
    out: dict[str, list[int]] = {}
    for i in range(1, len(tokens)):
        out.setdefault(f"{tokens[i - 1]}{PAIR_SEP}{tokens[i]}", []).append(i)
    return out


# -- 1. token_texts ---------------------------------------------------------------------


def _assert_token_texts_match(text: str, shared: SnowballFilter, tiny: SnowballFilter) -> None:
    want_stemmed = [t.text for t in stemming_analyzer()(text)]
    want_plain = [t.text for t in plain_analyzer()(text)]
    for _ in range(2):  # the second pass answers from the stemmer's memo
        assert token_texts(text, shared) == want_stemmed, text
        assert token_texts(text, tiny) == want_stemmed, text
    assert token_texts(text, SnowballFilter()) == want_stemmed, text
    assert token_texts(text, None) == want_plain, text


def test_token_texts_equal_the_analyzer_pipelines_on_the_corpus():
    shared = SnowballFilter()  # the fast path reuses one stemmer, so its memo is on the path too
    tiny = SnowballFilter(cachesize=3)  # a memo that is cleared all the time
    for rec in corpus_records():
        for text in (rec.title, rec.body, rec.author or ""):
            _assert_token_texts_match(text, shared, tiny)


@pytest.mark.parametrize("text", TRICKY)
def test_token_texts_equal_the_analyzer_pipelines_on_tricky_text(text):
    _assert_token_texts_match(text, SnowballFilter(), SnowballFilter(cachesize=3))


def test_tricky_strings_tokenize_as_documented():
    # Pins the behaviour the comparisons above take from Whoosh, so they cannot pass vacuously.
    stem = SnowballFilter()
    assert token_texts("12,000 and 2.5", stem) == ["12,000", "and", "2.5"]
    assert token_texts("U.S. troops", stem) == ["us", "troop"]
    assert token_texts("Ukraine’s Ukraine's", None) == ["ukraine’s", "ukraine's"]
    assert token_texts("", stem) == [] and token_texts(" \n\t", None) == []
    assert token_texts("Straße İstanbul", None) == ["straße", "i̇stanbul"]


# -- 2. analyze ---------------------------------------------------------------------------


def _check_analyzed(doc: dict, schema) -> None:
    perdoc, postings = analyze(SPEC, doc)
    present = sorted(k for k, v in doc.items() if v is not None)
    assert [p[0] for p in perdoc] == present
    indexed = [name for name in present if schema[name].indexed]
    assert sorted(p[0] for p in postings) == indexed
    by_field = {p[0]: p for p in postings}
    for name, stored, length, column in perdoc:
        field, value = schema[name], doc[name]
        # A quotation stores only QUOTE_STORED; the rest is its article's. An article does
        # not store what its hit row holds (ARTICLE_UNSTORED).
        keeps = (doc.get(F.KIND) != Kind.QUOTE or name in QUOTE_STORED) and not (
            doc.get(F.KIND) == Kind.ARTICLE and name in ARTICLE_UNSTORED
        )
        assert stored == (value if field.stored and keeps else None), name
        keeps_column = doc.get(F.KIND) != Kind.QUOTE or name != F.BODY  # its text is in its hit row
        assert column == (field.to_column_value(value) if field.column_type and keeps_column else None), name
        if not field.indexed:
            assert length == 0, name
            continue
        want = list(field.index(value))
        _n, terms, freqs, positions = by_field[name]
        assert len(terms) == len(freqs), name
        fb = getattr(field.format, "field_boost", 1.0)
        # Whoosh's weight is the frequency times the field's boost; the arrays keep the frequency.
        assert Counter(zip(terms, freqs)) == Counter((t, f) for t, f, _w, _v in want), (name, value)
        assert Counter((t, f * fb) for t, f in zip(terms, freqs)) == Counter((t, w) for t, _f, w, _v in want)
        assert length == (sum(f for _t, f, _w, _v in want) if field.scorable else 0), name
        if positions is not None:  # the positions the arrays get, term by term in order
            assert isinstance(field.format, Positions)
            values = {t: v for t, _f, _w, v in want}
            at = 0
            for term, n in zip(terms, freqs):
                assert list(positions[at : at + n]) == list(field.format.decode_positions(values[term])), (name, term)
                at += n
            assert at == len(positions), name
        else:
            assert not isinstance(field.format, Positions) or not terms, name


def test_analyze_equals_whoosh_field_index_for_every_corpus_document():
    schema = SPEC.to_whoosh()
    docs = documents(corpus_records())
    assert sum(d["kind"] == "quote" for d in docs) > 100  # quotes are covered too
    for doc in docs:
        _check_analyzed(doc, schema)


def test_analyze_equals_whoosh_field_index_for_generated_documents():
    schema = SPEC.to_whoosh()
    for doc in documents(generated_records(60)):
        _check_analyzed(doc, schema)


@pytest.mark.parametrize("text", TRICKY)
def test_analyze_equals_whoosh_field_index_on_tricky_text(text):
    article = documents([Record(id="t", path="t", title="Harbour", body="Strike")])[0]
    _check_analyzed(dict(article, title=text, body=text, author=text), SPEC.to_whoosh())


# -- 3. a segment written directly equals Whoosh's own -----------------------------------


# Words held by this many documents of a segment form word pairs in the tests' segments
# (a real segment needs hundreds): enough words qualify to exercise pairs, not all do.
TEST_PAIR_MIN_DF = 20


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """The same records indexed by ``add_records`` and by Whoosh's own writer."""
    root = tmp_path_factory.mktemp("segments")
    records = generated_records() + corpus_records()
    new_dir, whoosh_dir = root / "new", root / "whoosh"
    cwd = _chdir_root()
    saved = arrays_module.PAIR_MIN_DF
    arrays_module.PAIR_MIN_DF = TEST_PAIR_MIN_DF
    try:
        with Index.create(new_dir) as ix:
            report = ix.add_records(records, procs=1)
        assert report.records == len(records)
    finally:
        arrays_module.PAIR_MIN_DF = saved
        os.chdir(cwd)
    whoosh_dir.mkdir()
    wix = windex.create_in(str(whoosh_dir), SPEC.to_whoosh())
    writer = wix.writer(codec=W3Codec())
    docs = documents(records)
    for doc in docs:
        writer.add_document(**doc)
    writer.commit()
    wix.close()
    return {"root": root, "new": new_dir, "whoosh": whoosh_dir, "records": records, "docs": docs}


def _postings(reader, field, term) -> list:
    m = reader.postings(field, term)
    out = []
    while m.is_active():
        # A format without values (ID and date fields) gives None or an empty value.
        out.append((m.id(), m.weight(), m.value() or None))
        m.next()
    return out


def _terminfo(reader, field, term) -> tuple:
    ti = reader.term_info(field, term)
    return (
        ti.weight(),
        ti.doc_frequency(),
        ti.min_length(),
        ti.max_length(),
        ti.max_weight(),
        ti.min_id(),
        ti.max_id(),
    )


def test_directly_written_segment_equals_whoosh_written_segment(built):
    new_ix, old_ix = windex.open_dir(str(built["new"])), windex.open_dir(str(built["whoosh"]))
    try:
        assert len(new_ix._segments()) == len(old_ix._segments()) == 1
        new, old = new_ix.reader(), old_ix.reader()
        n = old.doc_count_all()
        assert n == len(built["docs"]) and new.doc_count_all() == n and new.doc_count() == n
        assert not new.has_deletions()

        fields = sorted(old.indexed_field_names())
        assert sorted(new.indexed_field_names()) == fields
        for pair_field in PAIR_FIELDS.values():
            assert pair_field not in fields and pair_field not in new.schema.names()

        sizes = Counter()
        for field in fields:
            terms = list(old.lexicon(field))
            assert list(new.lexicon(field)) == terms, field
            for term in terms:
                assert new.doc_frequency(field, term) == old.doc_frequency(field, term), (field, term)
                assert new.frequency(field, term) == old.frequency(field, term), (field, term)
                assert list(new.postings(field, term).all_ids()) == list(old.postings(field, term).all_ids())
                assert _postings(new, field, term) == _postings(old, field, term), (field, term)
                assert _terminfo(new, field, term) == _terminfo(old, field, term), (field, term)
                df = old.doc_frequency(field, term)
                sizes[min(df, 8) if df <= 8 else ("block" if df == 128 else ">128" if df > 128 else "mid")] += 1
        # The records give posting lists of one, a few, a block of 128 and several blocks.
        assert sizes[1] and sizes[7] and sizes[8] and sizes["block"] and sizes[">128"], sizes
        # Whoosh's own matchers agree over the arrays: a phrase, a prefix, a range.
        from whoosh import query as wq

        for q in (
            wq.Phrase("body", ["north", "korean", "troop"]),
            wq.Prefix("body", "harb"),
            wq.TermRange("title", "a", "m"),
            wq.Term("speaker", "Ana Lopez"),
        ):
            with new_ix.searcher() as a, old_ix.searcher() as b:
                assert [(h.docnum, h.score) for h in a.search(q, limit=None)] == [
                    (h.docnum, h.score) for h in b.search(q, limit=None)
                ], q

        for docnum in range(n):
            want = old.stored_fields(docnum)
            if want.get(F.KIND) == Kind.QUOTE:  # a quotation stores only QUOTE_STORED
                want = {k: v for k, v in want.items() if k in QUOTE_STORED}
            elif want.get(F.KIND) == Kind.ARTICLE:  # its hit row holds the rest
                want = {k: v for k, v in want.items() if k not in ARTICLE_UNSTORED}
            assert new.stored_fields(docnum) == want, docnum
        for field in TEXT_FIELDS + ["speaker", "place", "source"]:
            assert new.field_length(field) == old.field_length(field), field
            assert new.max_field_length(field) == old.max_field_length(field), field
            assert [new.doc_field_length(d, field) for d in range(n)] == [
                old.doc_field_length(d, field) for d in range(n)
            ], field
        quotes = {d for d in range(n) if old.stored_fields(d).get(F.KIND) == Kind.QUOTE}
        for field in ("body", "date", "hit"):
            want = list(old.column_reader(field, translate=False))
            if field == "body":  # a quotation's text is in its hit row only
                want = [b"" if d in quotes else v for d, v in enumerate(want)]
            assert list(new.column_reader(field, translate=False)) == want, field
    finally:
        new_ix.close()
        old_ix.close()


# -- 4. word pairs: written arrays equal arrays derived from the segment -----------------


def _slices(arrays: SegmentArrays, i: int) -> tuple:
    a, n = int(arrays.starts[i]), int(arrays.counts[i])
    bounds = arrays.position_bounds(i) if arrays.positional[i] else None
    return (
        np.asarray(arrays.ids[a : a + n]).tolist(),
        np.asarray(arrays.tf[a : a + n]).tolist(),
        np.asarray(arrays.pos[bounds[0] : bounds[-1]]).tolist() if bounds is not None else None,
    )


def _texts(arrays: SegmentArrays, field: str) -> list:
    blob, offsets, rows = arrays.text_rows(field)
    blob = bytes(blob)
    return [(blob[offsets[k] : offsets[k + 1]], int(arrays.keys[rows[k]])) for k in range(len(rows))]


def _assert_same_arrays(got: SegmentArrays, want: SegmentArrays, layout) -> None:
    assert got.doc_count == want.doc_count and got.pair_min_df == want.pair_min_df
    assert np.array_equal(got.keys, want.keys) and np.array_equal(got.pair_keys, want.pair_keys)
    assert len(np.unique(want.keys)) == len(want.keys)
    assert len(got.counts) == len(want.counts)
    for i in range(len(want.counts)):
        assert _slices(got, i) == _slices(want, i), i
    assert got.length_fields == want.length_fields == tuple(layout.length_fields)
    for field in layout.length_fields:
        assert np.array_equal(got.lengths(field), want.lengths(field)), field
    assert got.totals == want.totals
    assert np.array_equal(got.dates, want.dates)
    assert got.text_fields == want.text_fields == tuple(layout.text_fields)
    for field in layout.text_fields:
        assert _texts(got, field) == _texts(want, field), field


def test_written_pair_postings_equal_pairs_derived_from_the_segment(built, tmp_path, monkeypatch):
    """The arrays written for a segment equal the arrays decoded from the segment Whoosh's
    own writer made of the same documents (as an index from an earlier version holds),
    word pairs derived there from positions; and both hold exactly the adjacent pairs of
    the words common in the segment, recomputed from the documents' tokens."""
    monkeypatch.setattr(arrays_module, "PAIR_MIN_DF", TEST_PAIR_MIN_DF)
    with Index.open(built["new"]) as ix:
        layout = ix._layout()
        reader = ix._ix.reader()
        try:
            ((leaf, offset),) = reader.leaf_readers()
            assert offset == 0
            written = SegmentArrays.open(sidecar_path(built["new"], leaf))
        finally:
            reader.close()
    wix = windex.open_dir(str(built["whoosh"]))
    try:
        reader = wix.reader()
        ((leaf, _o),) = reader.leaf_readers()
        build_from_segment(leaf, layout, tmp_path / "derived.sidx")
        derived = SegmentArrays.open(tmp_path / "derived.sidx")
        reader.close()
    finally:
        wix.close()
    _assert_same_arrays(derived, written, layout)
    docs = built["docs"]
    least = pair_min_df(len(docs))
    assert written.pair_min_df == least
    stem = SnowballFilter()
    pair_keys, rare_pairs = set(), 0
    for field, pair_field in PAIR_FIELDS.items():
        tokens = [token_texts(d.get(field) or "", stem) for d in docs]
        df = Counter(t for toks in tokens for t in set(toks))
        expected = defaultdict(list)
        for docnum, toks in enumerate(tokens):
            for pair, at in sorted(pair_positions(toks).items()):
                first, second = pair.split(PAIR_SEP)
                if df[first] >= least and df[second] >= least:
                    expected[pair].append((docnum, len(at), at))
                else:
                    rare_pairs += 1
        for pair, postings in expected.items():
            first, second = pair.split(PAIR_SEP)
            key = pair_key(pair_field, pair.encode("utf-8"))
            pair_keys.add(key)
            i = written.pair_row(key)
            assert i is not None, (pair_field, pair)
            ids, freqs, flat = _slices(written, i)
            assert list(zip(ids, freqs)) == [(d, f) for d, f, _at in postings], (pair_field, pair)
            assert flat == [p for _d, _f, at in postings for p in at], (pair_field, pair)
    # No other pairs, and pairs of rarer words were left out (so the rule was exercised).
    assert set(written.pair_keys.tolist()) == pair_keys and len(pair_keys) > 50 and rare_pairs > 50
    word_keys = {
        term_key(f, t)
        for f in layout.posting_fields
        if f not in PAIR_FIELDS.values()
        for t in _lexicon(built["new"], f)
    }
    assert set(written.keys.tolist()) == word_keys


def _lexicon(path: Path, field: str) -> list[bytes]:
    wix = windex.open_dir(str(path))
    try:
        with wix.reader() as reader:
            return list(reader.lexicon(field)) if field in reader.indexed_field_names() else []
    finally:
        wix.close()


# -- 5. worker processes -----------------------------------------------------------------


@pytest.fixture()
def queues(monkeypatch):
    """The multiprocessing queues ``add_records`` makes, recorded; at teardown they are
    told not to block the interpreter's exit, whatever the test found."""
    import multiprocessing

    made = []
    real = multiprocessing.Queue

    def recording(*args, **kwargs):
        q = real(*args, **kwargs)
        made.append(q)
        return q

    monkeypatch.setattr(multiprocessing, "Queue", recording)
    yield made
    for q in made:
        q.cancel_join_thread()


QUERIES = [
    "ukraine",
    "harbour strike",
    '"north korean"',
    '"north korean troops"',
    '"rebuild bridge"',
    "ceasefire OR aid",
    "blk128",
    "title:summit",
]


def _ranked(res) -> tuple:
    hits = [(getattr(h, "id", None) or (h.article_id, h.text), h.score) for h in res.hits]
    assert res.total == len(hits)  # the whole result, so ties at a page's end cannot differ
    return res.total, sorted(hits), [s for _i, s in hits]


def test_worker_processes_give_the_same_results_as_one_process(built, tmp_path, queues):
    records = built["records"]
    with Index.create(tmp_path / "two") as ix:
        report = ix.add_records(records, procs=2)
        assert report.records == len(records)
        assert len(ix._ix._segments()) == 2  # both workers wrote a segment
        got = [_ranked(ix.search(q, limit=1000)) for q in QUERIES]
        got_facets = ix.search("harbour", facets=("speaker", "place"), limit=1000)
        got_quotes = _ranked(ix.quotes("rebuild", limit=1000))
    with Index.open(built["new"]) as ix:
        want = [_ranked(ix.search(q, limit=1000)) for q in QUERIES]
        want_facets = ix.search("harbour", facets=("speaker", "place"), limit=1000)
        want_quotes = _ranked(ix.quotes("rebuild", limit=1000))
    for q, (total, hits, scores), (w_total, w_hits, w_scores) in zip(QUERIES, got, want):
        assert total == w_total and total > 0, q
        assert [i for i, _s in hits] == [i for i, _s in w_hits], q
        assert [s for _i, s in hits] == pytest.approx([s for _i, s in w_hits], rel=1e-6), q
        assert scores == pytest.approx(w_scores, rel=1e-6), q
    facet_hits, want_facet_hits = _ranked(got_facets), _ranked(want_facets)
    assert [i for i, _s in facet_hits[1]] == [i for i, _s in want_facet_hits[1]]
    assert [s for _i, s in facet_hits[1]] == pytest.approx([s for _i, s in want_facet_hits[1]], rel=1e-6)
    assert got_facets.to_dict()["facets"] == want_facets.to_dict()["facets"]
    assert got_facets.to_dict()["facets"]["speaker"]
    assert got_quotes[0] == want_quotes[0] > 0
    assert [i for i, _s in got_quotes[1]] == [i for i, _s in want_quotes[1]]


@pytest.mark.parametrize("procs", [1, 2])
def test_an_article_added_twice_in_one_batch_keeps_only_its_last_copy(tmp_path, procs, queues):
    # The copies land in different batches (with two processes, in different workers'
    # segments): the earlier one and its quote must be deleted at commit.
    recs = generated_records(520)
    first = Record(
        id="dup",
        path="dup",
        title="First copy",
        body='"We will restore the lighthouse," Ana Lopez said in Lisbon. Quokka.',
    )
    last = Record(
        id="dup", path="dup", title="Last copy", body='"We will mend the quay," Ana Lopez said in Lisbon. Quokka.'
    )
    with Index.create(tmp_path / "ix") as ix:
        ix.add_records([first] + recs[:300] + [last] + recs[300:], procs=procs)
        assert [(h.id, h.title) for h in ix.search("quokka").hits] == [("dup", "Last copy")]
        assert ix.quotes("lighthouse").total == 0
        assert [q.article_id for q in ix.quotes("quay").hits] == ["dup"]
        assert ix.stats().documents == len(recs) + 1


# -- 6. a cancelled batch ----------------------------------------------------------------

_SEGMENT_ENTRY = re.compile(r"^(?P<id>MAIN_[a-z0-9]+)\.")


def _stray_segment_files(path: Path) -> list[str]:
    """Files and sidecar directories of segments the table of contents does not list."""
    wix = windex.open_dir(str(path))
    try:
        live = {s.segment_id() for s in wix._segments()}
    finally:
        wix.close()
    return sorted(e for e in os.listdir(path) if (m := _SEGMENT_ENTRY.match(e)) and m["id"] not in live)


class Boom(Exception):
    pass


def _failing(records, after: int):
    for n, rec in enumerate(records):
        if n == after:
            raise Boom("the record source failed")
        yield rec


# With one process a failure comes after a batch (256 records) went into a segment; with
# two, the parent has handed out several batches the workers have not read yet.
FAIL_AFTER = {1: 280, 2: 7 * 256 + 10}


def _cancelled_batch(path: Path, procs: int) -> tuple[list[Record], list[str]]:
    """An index of old records, then a batch of new ones that fails midway; returns the
    old records and the directory listing from before the failed batch."""
    old = [
        Record(id=f"old-{i}", path="old", title=f"Old {i}", body="The harbour strike ended quietly.") for i in range(5)
    ]
    with Index.create(path) as ix:
        ix.add_records(old)
        before = sorted(os.listdir(path))
        assert _stray_segment_files(path) == []
        with pytest.raises(Boom):
            ix.add_records(_failing(generated_records(FAIL_AFTER[procs] + 20), FAIL_AFTER[procs]), procs=procs)
    return old, before


@pytest.mark.parametrize("procs", [1, 2])
def test_a_cancelled_batch_leaves_the_old_documents_searchable_and_the_index_writable(tmp_path, procs, queues):
    path = tmp_path / "ix"
    old, _before = _cancelled_batch(path, procs)
    with Index.open(path) as ix:
        assert sorted(h.id for h in ix.search("harbour strike", limit=100).hits) == [r.id for r in old]
        assert ix.search("blk300 OR grp0").total == 0
        assert ix.stats().documents == len(old)
        ix.add_records(generated_records(3), procs=procs)
        assert ix.search("blk300").total == 3
        assert ix.search("harbour strike", limit=100).total >= len(old)
    assert _stray_segment_files(path) == []


@pytest.mark.parametrize("procs", [1, 2])
def test_a_cancelled_batch_leaves_no_files_of_uncommitted_segments(tmp_path, procs, queues):
    path = tmp_path / "ix"
    _old, before = _cancelled_batch(path, procs)
    stray = _stray_segment_files(path)
    assert stray == [], f"files of segments not in the table of contents: {stray}"
    assert sorted(os.listdir(path)) == before


def test_a_cancelled_parallel_batch_leaves_no_thread_stuck_feeding_dead_workers(tmp_path, queues):
    # The parent's queue feeder threads are joined when the interpreter exits: one still
    # writing tasks to a terminated worker hangs the process forever after the failure.
    _cancelled_batch(tmp_path / "ix", 2)
    assert queues
    for q in queues:
        q.close()  # what garbage collection of the queue would do
    stuck = []
    for q in queues:
        t = getattr(q, "_thread", None)
        if t is not None:
            t.join(timeout=1.0)
            if t.is_alive():
                stuck.append(t)
    assert stuck == [], f"{len(stuck)} queue feeder thread(s) blocked writing to terminated workers"


# -- what a tokenizer mismatch costs -------------------------------------------------------


@pytest.mark.parametrize("word", ["café", "Straße", "cafe\u0301", "नमस्ते", "x²"])
def test_a_document_is_found_by_its_own_words(empty_index, word):
    # Documents are tokenized by token_texts, queries by the Whoosh analyzer: any
    # difference between the two makes words unfindable.
    empty_index.add_records([Record(id="a", path="a", title="Greeting", body=f"They said {word} twice.")])
    assert [h.id for h in empty_index.search(word).hits] == ["a"]
    assert [h.id for h in empty_index.search(f'"said {word}"').hits] == ["a"]


def test_pair_keys_depend_on_both_words_and_their_order():
    from searchidx.engine.keys import pair_keys

    field = "body__pairs"
    assert pair_key(field, b"north korea") != pair_key(field, b"korea north")
    assert pair_key(field, b"north korea") != pair_key(field, b"north korean")
    assert pair_key(field, b"north korea") != term_key(field, b"north korea")
    # One pair at a time gives what the array form gives for many.
    words = [w.encode() for w in "the troop of north korea were sent to russia".split()]
    first = np.array([term_key(field, w) for w in words[:-1]], dtype=np.uint64)
    second = np.array([term_key(field, w) for w in words[1:]], dtype=np.uint64)
    assert pair_keys(first, second).tolist() == [pair_key(field, a + b" " + b) for a, b in zip(words, words[1:])]


def test_pair_keys_do_not_collide_over_many_pairs():
    from searchidx.engine.keys import pair_keys

    rng = np.random.default_rng(7)
    words = rng.integers(0, 2**64, size=1000, dtype=np.uint64)
    a, b = np.meshgrid(np.arange(1000), np.arange(1000))
    keys = pair_keys(words[a.ravel()], words[b.ravel()])
    assert len(np.unique(keys)) == 1000 * 1000


@pytest.mark.parametrize(
    "field, values",
    [
        (
            wfields.DATETIME(),
            [
                datetime(1987, 2, 26, 15, 2, 20),
                datetime(2024, 10, 31),
                datetime(1, 1, 1),
                datetime(9999, 12, 31, 23, 59, 59, 999999),
            ],
        ),
        (wfields.NUMERIC(int, 64, signed=True, shift_step=8), [0, 1, -1, 2**62, -(2**62), 12345]),
        (wfields.NUMERIC(int, 32, signed=False, shift_step=4), [0, 7, 2**31]),
        (wfields.NUMERIC(float, shift_step=16), [0.0, -3.5, 1e300, 2.25]),
    ],
)
def test_tiered_terms_equal_whoosh_numeric_index(field, values):
    from searchidx.engine.segments import _tiered_terms

    for value in values:
        assert _tiered_terms(field, value) == [t for t, _f, _w, _v in field.index(value)], value


def test_keyword_lists_with_repeats_and_blanks_equal_whoosh():
    doc = {
        "id": "k1",
        "kind": "article",
        "speaker": [" Ana Lopez ", "Ana Lopez", "", "  ", "Bo"],
        "place": ["Kyiv", "Kyiv", "Kyiv"],
        "source": [],
        "title": "Keywords",
        "body": "x",
    }
    _check_analyzed(doc, SPEC.to_whoosh())


def test_an_index_from_an_earlier_version_answers_as_a_fresh_build_and_merges_into_todays_layout(tmp_path):
    """An earlier version's index holds segments Whoosh's own writer made (W3 posting files)
    and posting arrays of an older format (a directory per segment): it opens with its
    arrays rebuilt from those files, answers as a fresh build of the same records does,
    and an optimize writes it out in today's layout."""
    import orjson

    from searchidx.engine.codec import SidxCodec
    from searchidx.engine.sidecar import FORMAT, MAGIC

    records = corpus_records()
    queries = [
        '"north korean"',
        '"north korean troops"',
        '"said the" OR ukraine',
        "troops AND russia",
        "speaker:Preston",
        "troo*",
        "date:[2024-01 TO 2024-06]",
    ]

    def answers(ix):
        return [ix.search(q, limit=50).to_dict()["hits"] for q in queries], [ix.search(q).total for q in queries]

    cwd = _chdir_root()
    try:
        with Index.create(tmp_path / "fresh") as ix:
            ix.add_records(records, procs=1)
            want = answers(ix)
        old = tmp_path / "old"
        Index.create(old).close()
    finally:
        os.chdir(cwd)
    assert all(want[1]), want[1]  # every query finds something, so equality says something
    wix = windex.open_dir(str(old))
    writer = wix.writer(codec=W3Codec())
    for doc in documents(records):
        writer.add_document(**doc)
    writer.commit(merge=False)
    segments = [seg.segment_id() for seg in wix._segments()]
    wix.close()
    for seg in segments:
        (old / f"{seg}.sidx").mkdir()
        (old / f"{seg}.sidx" / "meta.json").write_bytes(orjson.dumps({"format": 5}))
    with Index.open(old) as ix:
        got = answers(ix)
        for q, g, w in zip(queries, got[0], want[0]):
            assert [(h["id"], h["score"]) for h in g] == [(h["id"], h["score"]) for h in w], q
            assert g == w, q
        assert got == want
        rebuilt = list(old.glob("*.sidx"))
        assert len(rebuilt) == len(segments) and all(p.is_file() for p in rebuilt)
        assert all(p.read_bytes()[:8] == MAGIC + FORMAT.to_bytes(4, "little") for p in rebuilt)
        ix.optimize()
        got = answers(ix)
        for q, g, w in zip(queries, got[0], want[0]):
            assert [(h["id"], h["score"]) for h in g] == [(h["id"], h["score"]) for h in w], q
            assert g == w, q
        assert got == want
        assert all(isinstance(seg.codec(), SidxCodec) for seg in ix._ix._segments())


def test_deflated_column_round_trips_sparse_values_whatever_their_offsets_width():
    """Rows without a value after the last one (quotations keep no body column) made
    Whoosh's writer write a stale offsets array once filling them widened its type."""
    import io
    import os as _os

    from whoosh.filedb.structfile import BufferFile, StructFile

    from searchidx.engine.columns import DeflatedColumn

    for sizes in ([50, 0, 60, 0, 60, 0, 60, 0], [0, 0, 300], [70000, 0, 0], [1] * 5, [], [0, 0]):
        values = [_os.urandom(n) if n else b"" for n in sizes]
        col = DeflatedColumn()
        buf = io.BytesIO()
        writer = col.writer(StructFile(buf))
        for docnum, value in enumerate(values):
            if value:
                writer.add(docnum, value)
        writer.finish(len(values))
        data = buf.getvalue()
        reader = col.reader(BufferFile(memoryview(data)), 0, len(data), len(values))
        assert [reader[d] for d in range(len(values))] == values, sizes
        assert list(reader) == values, sizes


def test_a_new_segment_starts_before_one_passes_max_docs(tmp_path, monkeypatch):
    """Segments keep 2-byte document numbers up to 65,536 documents: the sink starts a new
    segment rather than pass ``max_docs`` (here lowered), never splitting an article from
    its quotes, and every record is found."""
    from searchidx.engine import building

    real = building.Target

    def small(*args, **kwargs):
        return real(*args, **{**kwargs, "max_docs": 7})

    monkeypatch.setattr(building, "Target", small)
    records = [
        Record(id=f"m{i}", path="", title=f"Note {i}", body=f'Harbour note {i}. "We stay," said Mara Quill.')
        for i in range(20)
    ]
    with Index.create(tmp_path / "ix") as ix:
        ix.add_records(records, procs=1)
        counts = [leaf.doc_count_all() for leaf, _base in ix._searcher().reader().leaf_readers()]
        assert all(c <= 7 for c in counts) and len(counts) >= 3, counts
        assert ix.search("harbour", limit=100).total == 20
        assert ix.quotes("stay", limit=100).total == 20
