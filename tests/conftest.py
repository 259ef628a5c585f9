"""Shared fixtures: an index of the shipped corpus, fresh tmp-path indexes, ../shared paths."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from searchidx import Index

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seeds" / "000_27803e0175fbeeb4.txt"
REUTERS = SHARED / "data" / "reuters21578"


def needs_shared(path: Path):
    """Skip (with the reason) when the research data in ../shared is not beside the checkout."""
    return pytest.mark.skipif(not path.exists(), reason=f"{path} not present (research data lives in ../shared)")


@pytest.fixture(autouse=True)
def _repo_cwd(monkeypatch):
    # Ids are paths relative to the working directory: run every test from the repo root.
    monkeypatch.chdir(ROOT)
    monkeypatch.delenv("SEARCHIDX_INDEX", raising=False)


@pytest.fixture(scope="session")
def corpus_index_dir(tmp_path_factory):
    path = tmp_path_factory.mktemp("corpus-index")
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        with Index.create(path) as ix:
            report = ix.add_paths([str(CORPUS)])
        assert report.errors == [], report.errors
    finally:
        os.chdir(cwd)
    return path


@pytest.fixture()
def corpus_index(corpus_index_dir):
    with Index.open(corpus_index_dir) as ix:
        yield ix


@pytest.fixture()
def empty_index(tmp_path):
    with Index.create(tmp_path / "ix") as ix:
        yield ix


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def article(title: str, body: str, date: str = "3 May 2024", author: str = "Ana Lopez") -> str:
    return f"# {title}\n\n{author}  \n{date}\n\n{body}\n"
