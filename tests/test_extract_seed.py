"""Acceptance test on the seed article (read from ../shared/seeds, never copied)."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from searchidx.extract import extract

SEED = Path(__file__).resolve().parents[1].parent / "shared" / "seeds" / "000_27803e0175fbeeb4.txt"
REQUIRED_SPEAKERS = {"Vladimir Putin", "Volodymyr Zelenskyy", "Lloyd Austin", "John Kirby",
                     "Gabrielius Landsbergis", "Benjamin Haddad"}


@pytest.fixture(scope="module")
def seed():
    if not SEED.exists():
        pytest.skip(f"seed article not available at {SEED}")
    text = SEED.read_text(encoding="utf-8")
    marker = "27 October 2024\n"
    body = text[text.index(marker) + len(marker):]
    return body, extract(body, date(2024, 10, 27))


def _speaker_of(x, fragment):
    hits = [q for q in x.quotes if fragment in q.text]
    assert hits, f"no quote containing {fragment!r}"
    return hits[0].speaker


def test_offsets_exact(seed):
    body, x = seed
    for m in [*x.quotes, *x.place_mentions, *x.date_mentions]:
        assert body[m.start:m.end] == m.text
    for q in x.quotes:
        if q.speaker_start is not None:
            assert q.speaker_end > q.speaker_start


def test_speakers(seed):
    _, x = seed
    assert REQUIRED_SPEAKERS <= set(x.speakers)
    assert set(x.speakers) - REQUIRED_SPEAKERS <= {"Emmanuel Macron"}
    assert len(x.speakers) == len(set(x.speakers))


@pytest.mark.parametrize("fragment,speaker", [
    ("he never doubted", "Vladimir Putin"),
    ("What and how we will do", "Vladimir Putin"),
    ("combat zones", "Volodymyr Zelenskyy"),
    ("a clear escalation by Russia", "Volodymyr Zelenskyy"),
    ("strong response", "Volodymyr Zelenskyy"),
    ("a very, very serious issue", "Lloyd Austin"),
    ("it will have impacts", "Lloyd Austin"),
    ("We do not yet know", "John Kirby"),
    ("fair game", "John Kirby"),
    ("If information about", "Gabrielius Landsbergis"),
    ("President Macron has said", "Benjamin Haddad"),
    ("Yes.", "Benjamin Haddad"),
    ("We know who is present there", "Vladimir Putin"),
])
def test_quote_attribution(seed, fragment, speaker):
    _, x = seed
    assert _speaker_of(x, fragment) == speaker


def test_scare_quotes_and_sources_unattributed(seed):
    _, x = seed
    assert _speaker_of(x, "red lines") is None
    assert _speaker_of(x, "90,000 or more") is None
    assert _speaker_of(x, "comprehensive strategic partnership") is None


def test_roles(seed):
    _, x = seed
    austin = next(q for q in x.quotes if "a very, very serious issue" in q.text)
    assert austin.role == "US Defence Secretary"
    assert austin.speaker == "Lloyd Austin"


def test_places(seed):
    _, x = seed
    need = {"Russia", "Ukraine", "North Korea", "South Korea", "United States", "Kursk",
            "Indo-Pacific", "Middle East", "Kyiv", "Moscow", "Pyongyang", "Europe", "Gaza",
            "Seoul", "Washington", "Lithuania", "France", "Germany", "China", "Israel"}
    assert need <= set(x.places)
    assert "Austin" not in x.places
    assert not any(p.text == "Austin" for p in x.place_mentions)


def test_dates(seed):
    _, x = seed
    got = {(d.text, d.value) for d in x.date_mentions}
    for want in [("last Thursday", "2024-10-24"), ("On Friday", "2024-10-25"),
                 ("June", "2024-06"), ("Last December", "2023-12"),
                 ("October 1", "2024-10-01"), ("October 27", "2024-10-27")]:
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

    res = evaluate(SEED.parents[1])
    assert res["failed"] == [], res["failed"]
