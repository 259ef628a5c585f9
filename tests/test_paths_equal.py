"""One ranking: every query the array evaluator answers gives the same hits, in the same
order, with the same scores (to 1e-6) as Whoosh's own search over the same index, on a
generated set of several hundred queries of every shape, before and after updates and
deletes."""

from __future__ import annotations

import os
import random

import pytest
from test_segments import corpus_records, generated_records

from conftest import ROOT
from searchidx import Index, Record
from searchidx.engine.evaluate import Evaluator, Unsupported

WORDS = [
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
    "summit",
    "east",
    "west",
    "running",
    "grp3",
    "blk128",
    "again",
    "long",
    "ukraine",
    "the",
    "of",
    "rebuild",
    "bridge",
]
PHRASES = [
    ["north", "korean"],
    ["north", "korean", "troops"],
    ["rebuild", "bridge"],
    ["said", "the"],
    ["the", "harbour"],
    ["of", "the"],
    ["strike", "talks"],
    ["we", "will", "rebuild"],
]
SPEAKERS = ["Ana Lopez", "Gordon Preston", "Preston"]
PLACES = ["Lisbon", "Kyiv", "Brussels"]


def queries(seed: int, n: int) -> list[dict]:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        shape = i % 12
        w = rng.sample(WORDS, 3)
        p = rng.choice(PHRASES)
        q = {"q": w[0]}
        if shape == 1:
            q["q"] = '"' + " ".join(p) + '"'
        elif shape == 2:
            q["q"] = '"' + " ".join(p) + f'"~{rng.randint(2, 4)}'
        elif shape == 3:
            q["q"] = f"{w[0]} AND {w[1]}"
        elif shape == 4:
            q["q"] = f"{w[0]} OR {w[1]} OR {w[2]}"
        elif shape == 5:
            q["q"] = f"{w[0]} AND NOT {w[1]}"
        elif shape == 6:
            q["q"] = f'speaker:"{rng.choice(SPEAKERS)}" {w[0]}'
        elif shape == 7:
            q["q"] = f"{w[0][:4]}*" if len(w[0]) > 4 else f"{w[0]}*"
        elif shape == 8:
            q["q"] = f"title:{w[0]} OR body:{w[1]}"
        elif shape == 9:
            q["q"] = f"{w[0]} date:[2024-0{rng.randint(1, 4)} TO 2024-{rng.randint(5, 12):02d}]"
        elif shape == 10:
            q["q"] = f"place:{rng.choice(PLACES)} OR {w[0]}"
            q["speaker"] = rng.choice(SPEAKERS) if rng.random() < 0.5 else None
        elif shape == 11:
            q["quotes"] = True
            q["q"] = rng.choice([w[0], '"' + " ".join(p) + '"', f"{w[0]} OR {w[1]}"])
        out.append(q)
    return out


def run(ix: Index, q: dict) -> list:
    if q.get("quotes"):
        res = ix.quotes(q["q"], limit=10_000)
        return [((h.article_id, h.text), h.score) for h in res.hits]
    res = ix.search(q["q"], speaker=q.get("speaker"), limit=10_000)
    return [(h.id, h.score) for h in res.hits]


def both_paths(ix: Index, q: dict, monkeypatch) -> tuple[list, list]:
    arrays = run(ix, q)
    with monkeypatch.context() as m:

        def unsupported(self, *args, **kwargs):
            raise Unsupported("the Whoosh path, for comparison")

        m.setattr(Evaluator, "run", unsupported)
        whoosh = run(ix, q)
    return arrays, whoosh


def assert_equal_paths(ix: Index, qs: list[dict], monkeypatch) -> int:
    differing, nonempty = [], 0
    for q in qs:
        arrays, whoosh = both_paths(ix, q, monkeypatch)
        nonempty += bool(whoosh)
        same = [a[0] for a in arrays] == [w[0] for w in whoosh] and all(
            abs(a[1] - w[1]) <= 1e-6 * max(1.0, abs(w[1])) for a, w in zip(arrays, whoosh)
        )
        if not same:
            differing.append((q, arrays[:3], whoosh[:3]))
    assert not differing, f"{len(differing)} of {len(qs)} differ, e.g. {differing[:3]}"
    return nonempty


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory):
    path = tmp_path_factory.mktemp("paths") / "ix"
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        with Index.create(path) as ix:
            records = generated_records(200) + corpus_records()
            ix.add_records(records[:120], procs=1)
            ix.add_records(records[120:], procs=1)
    finally:
        os.chdir(cwd)
    return path


def test_both_paths_rank_every_query_shape_alike(index_dir, monkeypatch):
    qs = queries(1, 360)
    with Index.open(index_dir) as ix:
        nonempty = assert_equal_paths(ix, qs, monkeypatch)
    assert nonempty > len(qs) // 2  # most queries find something, so equality says something


def test_both_paths_agree_after_updates_and_deletes(index_dir, tmp_path, monkeypatch):
    import shutil

    path = tmp_path / "ix"
    shutil.copytree(index_dir, path)
    rng = random.Random(3)
    with Index.open(path) as ix:
        ids = [h.id for h in ix.search("*", limit=10_000).hits]
        ix.delete(rng.sample(ids, 30))
        ix.add_records(
            [
                Record(
                    id=i,
                    path="",
                    title="Revised note",
                    body=f'Harbour strike talks revised {k}. "We will rebuild," said Ana Lopez.',
                )
                for k, i in enumerate(rng.sample(ids, 20))
            ]
        )
        assert ix.stats().deleted > 0  # statistics still count deleted documents: both paths alike
        assert_equal_paths(ix, queries(2, 240), monkeypatch)
        ix.optimize()
        assert_equal_paths(ix, queries(4, 120), monkeypatch)
