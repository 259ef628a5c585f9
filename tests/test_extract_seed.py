"""Acceptance test on the seed article (read from ../shared/seeds, never copied)."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.extraction import seed as S
from searchidx.extract import extract

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEED = SHARED / "seeds" / S.SEED_NAME


@pytest.fixture(scope="module")
def seed():
    if not SEED.exists():
        pytest.skip(f"seed article not available at {SEED}")
    rec = S.read_seed(SHARED)  # through ingest, as `searchidx index` reads it
    return rec.body, extract(rec.body, rec.date)


def _speaker_of(x, fragment):
    hits = [q for q in x.quotes if fragment in q.text]
    assert hits, f"no quote containing {fragment!r}"
    return hits[0].speaker


def test_offsets_exact(seed):
    body, x = seed
    for m in [*x.quotes, *x.place_mentions, *x.date_mentions]:
        assert body[m.start : m.end] == m.text
    for q in x.quotes:
        if q.speaker_start is not None:
            assert q.speaker_end > q.speaker_start


def test_speakers(seed):
    _, x = seed
    assert S.REQUIRED_SPEAKERS <= set(x.speakers)
    assert set(x.speakers) - S.REQUIRED_SPEAKERS <= S.OPTIONAL_SPEAKERS
    assert len(x.speakers) == len(set(x.speakers))


@pytest.mark.parametrize("fragment,speaker", S.QUOTES)
def test_quote_attribution(seed, fragment, speaker):
    _, x = seed
    assert _speaker_of(x, fragment) == speaker


def test_roles(seed):
    _, x = seed
    austin = next(q for q in x.quotes if "a very, very serious issue" in q.text)
    assert austin.role == "US Defence Secretary"
    assert austin.speaker == "Lloyd Austin"


def test_places(seed):
    _, x = seed
    need = {
        "Russia",
        "Ukraine",
        "North Korea",
        "South Korea",
        "United States",
        "Kursk",
        "Indo-Pacific",
        "Middle East",
        "Kyiv",
        "Moscow",
        "Pyongyang",
        "Europe",
        "Gaza",
        "Seoul",
        "Washington",
        "Lithuania",
        "France",
        "Germany",
        "China",
        "Israel",
    }
    assert need <= set(x.places)
    assert "Austin" not in x.places
    assert not any(p.text == "Austin" for p in x.place_mentions)


def test_dates(seed):
    _, x = seed
    got = {(d.text, d.value) for d in x.date_mentions}
    for want in [
        ("last Thursday", "2024-10-24"),
        ("On Friday", "2024-10-25"),
        ("June", "2024-06"),
        ("Last December", "2023-12"),
        ("October 1", "2024-10-01"),
        ("October 27", "2024-10-27"),
    ]:
        assert want in got


def test_quote_dates(seed):
    _, x = seed
    q = next(q for q in x.quotes if "combat zones" in q.text)
    assert q.date == "2024-10-25"  # "On Friday ... claimed"
    q = next(q for q in x.quotes if "We know who is present" in q.text)
    assert q.date == "2024-10-27"  # the publication date


def test_seed_benchmark_all_checks_pass():
    if not SEED.exists():
        pytest.skip("seed article not available")
    from benchmarks.extraction.seed import evaluate

    res = evaluate(SHARED)
    assert res["failed"] == [], res["failed"]
