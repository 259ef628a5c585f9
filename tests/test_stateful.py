"""Many commits in a row against a plain Python model of the truth (issue 9).

A Hypothesis state machine drives one index the way people use it: records added one
at a time and in batches (ids from a small pool, so most adds are updates; a batch may
hold an id twice and the last copy wins), JSONL files written (now and then with a bad
row among good ones), rewritten whole or one record at a time, broken and removed in a
folder that is then indexed with and without ``prune``, deletes of present and missing ids, ``prune()``, close and
reopen, ``optimize()``, and now and then two worker processes. Ids are kept verbatim:
the files share one small pool of ids (and batches now and then use them too), so a
record read from one file replaces the one with its id from another (the last one read
wins, also when it was kept as the index held it), each record keeps its own file's
location, and pruning a gone file removes the records that came from it. After every
step the index must equal the model:

* ``stats().documents`` and ``stats().quotes``;
* the ids ``search("*")`` finds (each once) and their dates, also through a second
  ``Index`` kept open on the same directory all along;
* the ids found by a search for each word of the vocabulary (expected sets computed
  from the stemmed tokens ``searchidx.analysis`` gives, so they are exact);
* the order of ``search("*", sort="date")``: newest first, undated last;
* ``quotes("*").total``: the number of quotations ``searchidx.extract.extract`` finds
  in the live bodies (deterministic);
* what ``add_paths`` reports (added, updated, unchanged, failed, pruned, bad records)
  and what ``delete``/``prune`` return; after ``optimize()``, one segment and nothing
  deleted;
* after every indexing of the folder, a second one right away reads no file but those
  with bad records (whose markers say they are as they were: re-checked), reports every
  other file unchanged and commits nothing: no file flip-flops between runs.

A second machine runs the same and also holds the merge policy to its bounds after
every step (``MAX_SEGMENTS``, ``DELETED_FRACTION`` + ``DELETED_SLACK``), so a policy
that lets deletions pile up fails there while the model checks still report apart.
The last test pins a bug the machine found (a broken file read by a worker process).

Sizes: ``SEARCHIDX_STATEFUL_EXAMPLES`` runs of ``SEARCHIDX_STATEFUL_STEPS`` steps each
(CI defaults below; ``benchmarks/reliability/stateful.py`` runs 10,000 steps).
``SEARCHIDX_STATEFUL_SEED=random`` explores new sequences instead of CI's fixed ones;
``SEARCHIDX_STATEFUL_SHRINK=1`` shrinks a failing sequence to a minimal one (slow).
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from pathlib import Path

import hypothesis.strategies as st
from hypothesis import HealthCheck, Phase, settings
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule

from searchidx import Index, Record
from searchidx import tasks as documents
from searchidx.analysis import stemming_analyzer
from searchidx.extract import extract

STEPS = int(os.environ.get("SEARCHIDX_STATEFUL_STEPS", "30"))
EXAMPLES = int(os.environ.get("SEARCHIDX_STATEFUL_EXAMPLES", "6"))
RANDOM = os.environ.get("SEARCHIDX_STATEFUL_SEED", "") == "random"
# Shrinking a failing sequence re-runs the machine hundreds of times (it took 5 minutes
# on one failure), so CI reports the failing sequence as found; set this to get it shrunk.
SHRINK = os.environ.get("SEARCHIDX_STATEFUL_SHRINK", "") not in ("", "0")

# What a merge policy must guarantee after every commit, whatever the sequence:
# - segments: a handful, not one per commit. Whoosh's own MERGE_SMALL keeps about
#   log(documents) segments; 12 is far above what a few dozen documents need and far
#   below the one-per-commit growth of an index that never merges.
# - deleted documents (replaced or deleted, space not yet reclaimed): at most 10% of
#   all stored documents plus a small constant. 10% is the compaction bar (an index
#   edited many times stays within 1.1x a fresh build); the constant lets a policy
#   leave a few deletions in a small segment rather than rewrite it on every commit.
#   A policy that rewrites any segment whose deleted share passes 10% meets it exactly.
MAX_SEGMENTS = 12
DELETED_FRACTION = 0.10
DELETED_SLACK = 10

WORDS = ("harbour", "lantern", "copper", "meadow", "falcon", "glacier", "orchard", "quarry", "timber", "velvet")
QUOTES = (
    '"The harbour stays open," said Mara Quill.',
    '"Copper prices will fall," Tobias Wren said.',
    '"We shall rebuild the quarry," said Mara Quill. "Timber is scarce," said Tobias Wren.',
)
DATES = (None, datetime(2023, 11, 30), datetime(2024, 1, 5), datetime(2024, 3, 9), datetime(2024, 3, 9, 12, 0))
MEM_IDS = tuple(f"m{i}" for i in range(6))
FILES = ("a.jsonl", "b.jsonl", "c.jsonl", "d.jsonl")
KEYS = ("k0", "k1", "k2", "k3")
BIG = 10_000
FEED = "<records added in code>"  # the model's location of records added through add_records
BAD_ROW = '{"id": true, "body": "An id that is no string."}'
BROKEN = b'{"id": "k0", "body": "unterminated\n'


@dataclass(frozen=True)
class Doc:
    body: str
    date: datetime | None


def make_body(words: list[str], quote: str | None) -> str:
    text = " ".join(words).capitalize() + "."
    return f"{text} {quote}" if quote else text


@cache
def stems(text: str) -> frozenset:
    return frozenset(t.text for t in _ANALYZER(text))


@cache
def quote_count(body: str, date: datetime | None) -> int:
    return len(extract(body, date).quotes)


_ANALYZER = stemming_analyzer()
WORD_STEMS = {w: next(iter(stems(w))) for w in WORDS}

bodies = st.builds(
    make_body, st.lists(st.sampled_from(WORDS), min_size=1, max_size=5), st.sampled_from((None, None, None) + QUOTES)
)
docs = st.builds(Doc, bodies, st.sampled_from(DATES))
procs = st.sampled_from((None,) * 7 + (2,))  # now and then two worker processes
batch_ids = st.sampled_from(MEM_IDS + MEM_IDS + KEYS[:2])  # now and then an id files use too
id_choices = st.sampled_from(MEM_IDS + KEYS + ("m-missing", "k-missing", "a.jsonl#k0"))
bad_rows = st.sampled_from((None,) * 4 + (0, 1, 9))  # where a bad row goes, if any


class IndexMachine(RuleBasedStateMachine):
    def __init__(self):
        super().__init__()
        self.tmp = Path(tempfile.mkdtemp(prefix="searchidx-stateful-")).resolve()
        self.docs = self.tmp / "docs"
        self.docs.mkdir()
        # Records added in code name this file as their source: it exists, so prune keeps them.
        self.feed = self.tmp / "feed.src"
        self.feed.write_text("records added through add_records\n")
        self.path = self.tmp / "ix"
        self.ix = Index.create(self.path)
        # A second Index on the same directory, open all along (a long-lived reader): it
        # must see every commit, including after merges removed the files it had open.
        self.reader = Index.open(self.path)
        # id -> (where it came from: a file's name or FEED, its content): what the index holds.
        self.live: dict[str, tuple[str, Doc]] = {}
        # file -> (content, its records by id or None if broken, whether it has a bad row)
        self.disk: dict[str, tuple[bytes, dict | None, bool]] = {}
        # file -> the content it was last read with (its marker), for files read at least once
        self.markers: dict[str, bytes] = {}
        # Writes since the last optimize/reopen: those two only run after some writes, so
        # they do not crowd out the writes (Hypothesis picks rules uniformly).
        self.writes_since_optimize = self.writes_since_reopen = 0

    def teardown(self):
        try:
            self.ix.close()
            self.reader.close()
        finally:
            shutil.rmtree(self.tmp, ignore_errors=True)

    # -- the model -----------------------------------------------------------------
    def expected(self) -> dict[str, Doc]:
        return {rid: doc for rid, (_where, doc) in self.live.items()}

    def held(self, live: dict[str, tuple[str, Doc]], markers: dict[str, bytes]) -> set[str]:
        """The files the index knows: it holds their marker or a record from them."""
        return set(markers) | {where for where, _doc in live.values() if where != FEED}

    def wrote(self) -> None:
        self.writes_since_optimize += 1
        self.writes_since_reopen += 1

    # -- rules ---------------------------------------------------------------------
    @initialize(
        batch=st.lists(st.tuples(st.sampled_from(MEM_IDS), docs), min_size=1, max_size=6),
        name=st.sampled_from(FILES),
        rows=st.lists(st.tuples(st.sampled_from(KEYS), docs), min_size=1, max_size=4),
    )
    def start_with_records_and_a_file(self, batch, name, rows):
        """Every run starts from an index holding something (else most steps act on nothing)."""
        self.add_records(batch, None)
        self.write_file(name, rows, None)
        self.index_folder(False, None)

    @rule(batch=st.lists(st.tuples(batch_ids, docs), min_size=1, max_size=6), procs=procs)
    def add_records(self, batch, procs):
        records = [Record(id=i, path=str(self.feed), title=f"Item {i}", body=d.body, date=d.date) for i, d in batch]
        report = self.ix.add_records(records, procs=procs)
        assert report.records == len(batch)
        for i, d in batch:
            self.live[i] = (FEED, d)  # the last copy of an id wins, wherever the one before came from
        self.wrote()

    @rule(
        name=st.sampled_from(FILES),
        rows=st.lists(st.tuples(st.sampled_from(KEYS), docs), min_size=1, max_size=4),
        bad=bad_rows,
    )
    def write_file(self, name, rows, bad):
        self._write(name, rows, bad)

    @precondition(lambda self: any(parsed for _c, parsed, _b in self.disk.values()))
    @rule(data=st.data(), key=st.sampled_from(KEYS), doc=st.none() | docs)
    def edit_file(self, data, key, doc):
        """One record of a file changed, added or removed, the others left as they are: most
        of the file is kept as the index holds it (and may win over a copy another file wrote)."""
        name = data.draw(st.sampled_from(sorted(n for n, (_c, parsed, _b) in self.disk.items() if parsed)))
        _content, parsed, bad = self.disk[name]
        rows = dict(parsed)
        if doc is not None:
            rows[key] = doc
        elif len(rows) > 1:
            rows.pop(data.draw(st.sampled_from(sorted(rows))))
        self._write(name, list(rows.items()), 1 if bad else None)

    @precondition(lambda self: any(parsed for _c, parsed, _b in self.disk.values()))
    @rule(data=st.data(), edits=st.lists(st.tuples(st.sampled_from(KEYS), docs), min_size=1, max_size=2))
    def edit_and_index(self, data, edits):
        """The commonest use: a record or two edited, the folder indexed again."""
        for key, doc in edits:
            self.edit_file(data, key, doc)
        self.index_folder(False, None)

    def _write(self, name, rows, bad):
        lines = []
        for key, d in rows:
            obj = {"id": key, "title": f"Entry {key}", "body": d.body}
            if d.date is not None:
                obj["date"] = d.date.isoformat()
            lines.append(json.dumps(obj))
        if bad is not None:
            lines.insert(min(bad, len(lines)), BAD_ROW)  # reported; the good rows are indexed
        content = ("\n".join(lines) + "\n").encode()
        (self.docs / name).write_bytes(content)
        self.disk[name] = (content, {key: d for key, d in rows}, bad is not None)  # the last row of an id wins

    @rule(name=st.sampled_from(FILES))
    def break_file(self, name):
        (self.docs / name).write_bytes(BROKEN)
        self.disk[name] = (BROKEN, None, True)

    @precondition(lambda self: self.disk)
    @rule(name=st.sampled_from(FILES))
    def remove_file(self, name):
        (self.docs / name).unlink(missing_ok=True)
        self.disk.pop(name, None)

    @precondition(lambda self: self.disk or self.markers)
    @rule(prune=st.booleans(), procs=procs)
    def index_folder(self, prune, procs):
        want = {"added": 0, "updated": 0, "unchanged": 0, "failed": 0, "deleted": 0, "bad_records": 0}
        start, start_markers = dict(self.live), dict(self.markers)  # what the run finds committed
        known = self.held(start, start_markers)
        for name in sorted(self.disk):  # the order the folder is read in
            content, parsed, bad = self.disk[name]
            want["bad_records"] += bad  # reported every time, whether read again or re-checked
            if start_markers.get(name) == content:
                want["unchanged"] += 1  # its marker says so: not read (only re-checked if it has a bad row)
                continue
            if parsed is None:
                want["failed"] += 1  # what the index held for it stays, its marker too
                continue
            written = [k for k, d in parsed.items() if start.get(k) != (name, d)]
            # A bad row may be the new version of a record: nothing goes from a file that has one.
            vanished = [] if bad else [k for k, (where, _d) in start.items() if where == name and k not in parsed]
            if name not in known:
                want["added"] += 1
            else:
                want["updated" if written or vanished else "unchanged"] += 1
            for k, d in parsed.items():
                self.live[k] = (name, d)  # the last record read wins, also one kept as it was
            for k in vanished:
                if self.live[k][0] == name:  # not replaced from another file read before it in this run
                    del self.live[k]
            self.markers[name] = content
        if prune:
            want["deleted"] = self._prune_model(start, start_markers)
        saved = documents.PARALLEL_MIN_BYTES
        if procs:
            documents.PARALLEL_MIN_BYTES = 0  # these files are tiny; make the workers run anyway
        try:
            report = self.ix.add_paths([self.docs], prune=prune, procs=procs)
        finally:
            documents.PARALLEL_MIN_BYTES = saved
        got = {k: getattr(report, k) for k in want}
        assert got == want, (got, want, report.errors)
        self.wrote()
        self.index_again()

    def index_again(self) -> None:
        """Right after a run: nothing read but files with bad rows, nothing written."""
        generation = self.ix._ix.latest_generation()
        events = []
        report = self.ix.add_paths([self.docs], procs=1, progress=events.append)
        broken = sum(parsed is None for _c, parsed, _b in self.disk.values())
        checked = sum(bad and parsed is not None for _c, parsed, bad in self.disk.values())
        got = (
            report.added,
            report.updated,
            report.unchanged,
            report.failed,
            report.records,
            report.removed,
            report.bad_records,
        )
        assert got == (0, 0, len(self.disk) - broken, broken, 0, 0, broken + checked), (got, report.errors)
        assert (events[-1].files_total if events else 0) == broken + checked, "an unchanged file was read again"
        assert self.ix._ix.latest_generation() == generation, "a second run with nothing changed committed"

    @precondition(lambda self: self.live)
    @rule(choices=st.lists(id_choices, min_size=1, max_size=4, unique=True))
    def delete(self, choices):
        want = sum(i in self.live for i in choices)
        for i in choices:
            self.live.pop(i, None)  # its file's marker stays: an unchanged file does not bring it back
        assert self.ix.delete(choices) == want
        self.wrote()

    @precondition(
        lambda self: (
            any(where not in self.disk for where, _d in self.live.values() if where != FEED)
            or self.writes_since_reopen % 5 == 4
        )
    )  # mostly when there is something to prune
    @rule()
    def prune(self):
        want = self._prune_model(dict(self.live), dict(self.markers))
        assert self.ix.prune() == want
        self.wrote()

    def _prune_model(self, start: dict, start_markers: dict) -> int:
        """Files gone (as the run found them): their records and markers go; the count is of
        the files that held records when the run began."""
        gone = {name for name in self.held(start, start_markers) if name not in self.disk}
        for rid in [rid for rid, (where, _d) in self.live.items() if where in gone]:
            del self.live[rid]
        for name in gone:
            self.markers.pop(name, None)
        return len({where for where, _d in start.values() if where in gone})

    @precondition(lambda self: self.writes_since_reopen >= 3)
    @rule()
    def reopen(self):
        self.ix.close()
        self.ix = Index.open(self.path)
        self.writes_since_reopen = 0

    @precondition(lambda self: self.writes_since_optimize >= 6)
    @rule()
    def optimize(self):
        self.writes_since_optimize = 0
        self.ix.optimize()
        s = self.ix.stats()
        assert s.segments <= 1 and s.deleted == 0, f"after optimize(): {s.segments} segments, {s.deleted} deleted"

    # -- checks after every step ---------------------------------------------------
    @invariant()
    def check_1_matches_model(self):
        want = self.expected()
        stats = self.ix.stats()
        res = self.ix.search("*", limit=BIG)
        ids = [h.id for h in res.hits]
        assert len(ids) == len(set(ids)), f"duplicated hits: {sorted(i for i in ids if ids.count(i) > 1)}"
        assert sorted(ids) == sorted(want), (sorted(set(ids) - set(want)), sorted(set(want) - set(ids)))
        assert res.total == len(want) == stats.documents, (res.total, len(want), stats.documents)
        for h in res.hits:
            assert h.date == want[h.id].date, (h.id, h.date, want[h.id].date)
        seen_by_reader = sorted(h.id for h in self.reader.search("*", limit=BIG).hits)
        assert seen_by_reader == sorted(want), "a second Index open on the directory sees another state"
        for word, stem in WORD_STEMS.items():
            found = {h.id for h in self.ix.search(word, limit=BIG).hits}
            assert found == {i for i, d in want.items() if stem in stems(d.body)}, word
        by_date = [want[h.id].date for h in self.ix.search("*", sort="date", limit=BIG).hits]
        dated = [d for d in by_date if d is not None]
        assert by_date == dated + [None] * (len(by_date) - len(dated)), "undated records must come last"
        assert dated == sorted(dated, reverse=True), "newest first"
        quotes = sum(quote_count(d.body, d.date) for d in want.values())
        assert self.ix.quotes("*", limit=0).total == quotes == stats.quotes, (
            self.ix.quotes("*", limit=0).total,
            quotes,
            stats.quotes,
        )


class BoundedIndexMachine(IndexMachine):
    """The same, and the merge policy held to its bounds after every step."""

    @invariant()
    def check_2_merge_bounds(self):
        s = self.ix.stats()
        stored = s.documents + s.quotes + s.deleted
        assert s.segments <= MAX_SEGMENTS, f"{s.segments} segments (bound {MAX_SEGMENTS})"
        assert s.deleted <= DELETED_FRACTION * stored + DELETED_SLACK, (
            f"{s.deleted} deleted of {stored} stored documents "
            f"(bound {DELETED_FRACTION:.0%} + {DELETED_SLACK}); {s.segments} segments"
        )


PHASES = tuple(Phase) if SHRINK else (Phase.explicit, Phase.reuse, Phase.generate)
SETTINGS = settings(
    max_examples=EXAMPLES,
    stateful_step_count=STEPS,
    deadline=None,
    derandomize=not RANDOM,
    database=None,
    print_blob=True,
    phases=PHASES,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
)

TestIndexMatchesModel = IndexMachine.TestCase
TestIndexMatchesModel.settings = SETTINGS
TestMergePolicyBounds = BoundedIndexMachine.TestCase
TestMergePolicyBounds.settings = SETTINGS


def test_a_broken_file_read_by_a_worker_is_reported_not_raised(tmp_path, monkeypatch):
    """Found by the machine above (``break_file`` then ``index_folder`` with two workers): the
    worker's IngestError came back through a pipe and could not be unpickled, so one bad
    file aborted the whole run with a TypeError. With more than 2 MB of input the CLI
    always uses workers, so this is what ``searchidx index`` does on a real archive."""
    monkeypatch.setattr(documents, "PARALLEL_MIN_BYTES", 0)
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.jsonl").write_bytes(b'{"id": "k0", "body": "unterminated\n')
    (docs / "b.jsonl").write_bytes(b'{"id": "k0", "body": "Harbour lantern."}\n')
    with Index.create(tmp_path / "ix") as ix:
        report = ix.add_paths([docs], procs=2)
        assert (report.added, report.failed) == (1, 1)
        assert report.errors[0]["path"].endswith("a.jsonl") and "malformed JSON" in report.errors[0]["message"]
        assert [h.id for h in ix.search("harbour").hits] == ["k0"]
