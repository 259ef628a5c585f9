"""Benchmark corpora, read from the shared research data at run time (never copied here).

* ``reuters``: Reuters-21578 through searchidx's own reader; speakers and places are
  what searchidx's extraction finds (that is what ``searchidx index`` would store).
* ``speeches``: State of the Union and inaugural addresses split into paragraphs;
  speaker and year from the file name (``1945-Truman.txt``).
* ``scale``: N documents generated deterministically from the Reuters vocabulary:
  word chains from the Reuters bigram model (so phrases have hits), Reuters document
  lengths, dates over 1980-1999, speakers and places drawn from the Reuters
  PEOPLE/PLACES label frequencies, and a quotation in some documents.

``load(name, size)`` returns searchidx ``Record``s; ``prepare(records)`` adds what the
other engines need (speaker/place values, quotes) by running searchidx's extraction
once, untimed, so every engine indexes the same values.
"""

from __future__ import annotations

import os
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

from searchidx.records import Record

CORPORA = ("reuters", "speeches", "scale")
SCALE_SIZES = (20_000, 200_000, 1_000_000)
SCALE_SEED = 20240601
WORD = re.compile(r"[A-Za-z]+")


class CorpusMissing(Exception):
    """The shared data this corpus is built from is not on this machine."""


def data_root() -> Path:
    env = os.environ.get("SEARCHIDX_SHARED_DATA")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[3] / "shared" / "data"


def corpus_key(name: str, size: int | None = None) -> str:
    """File stem for queries/results: ``reuters``, ``speeches``, ``scale-20000``."""
    return f"{name}-{size}" if name == "scale" else name


@dataclass
class BenchDoc:
    """One document as every engine indexes it."""

    id: str
    title: str
    body: str
    date: datetime | None
    speakers: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    quotes: list[str] = field(default_factory=list)  # quotation texts (quote search)
    quote_speakers: list[str | None] = field(default_factory=list)  # each quotation's speaker


# -- Reuters --------------------------------------------------------------------------
def reuters_dir() -> Path:
    return data_root() / "reuters21578"


def load_reuters() -> list[Record]:
    from searchidx.ingest import SourceFile, iter_files, read_bytes, read_file

    root = reuters_dir()
    if not any(root.glob("*.sgm")):
        raise CorpusMissing(f"{root}: Reuters-21578 .sgm files not found")
    records: list[Record] = []
    for src in iter_files([str(root)]):
        if not isinstance(src, SourceFile):
            continue  # unreadable entries, and what the walk skips (lewis.dtd, READMEs)
        recs = read_file(src, read_bytes(src))
        if recs:
            records.extend(recs)
    return records


# -- speeches -------------------------------------------------------------------------
SPEAKER_NAMES = {"GWBush": "George W. Bush", "Bush": "Bush"}
_SPEECH_FILE = re.compile(r"(\d{4})-([A-Za-z]+)(?:-\d+)?\.txt$")


def load_speeches() -> list[Record]:
    root = data_root() / "nltk"
    records: list[Record] = []
    for collection in ("state_union", "inaugural"):
        folder = root / collection
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.txt")):
            m = _SPEECH_FILE.match(path.name)
            if not m:
                continue
            year, name = int(m.group(1)), m.group(2)
            speaker = SPEAKER_NAMES.get(name, name)
            text = path.read_text(encoding="utf-8", errors="replace")
            paragraphs = [p.strip() for p in re.split(r"\n\s*\n|\n", text)]
            n = 0
            for para in paragraphs:
                if len(WORD.findall(para)) < 8:  # headings, dates, salutations
                    continue
                n += 1
                records.append(
                    Record(
                        id=f"{collection}/{path.stem}#p{n}",
                        path=f"{collection}/{path.name}",
                        title="",
                        body=para,
                        date=datetime(year, 1, 1),
                        source=collection,
                        meta={"speaker": [speaker]},
                    )
                )
    if not records:
        raise CorpusMissing(f"{root}: state_union/inaugural speeches not found")
    return records


# -- scale ----------------------------------------------------------------------------
class ScaleModel:
    """Vocabulary, bigram successors, lengths and label frequencies learnt from Reuters."""

    def __init__(self, records: list[Record]):
        vocab: dict[str, int] = {}
        firsts: list[int] = []
        seconds: list[int] = []
        lengths: list[int] = []
        people: Counter = Counter()
        places: Counter = Counter()
        n_people: list[int] = []
        n_places: list[int] = []
        for rec in records:
            words = WORD.findall(rec.body)
            if not words:
                continue
            ids = [vocab.setdefault(w.lower(), len(vocab)) for w in words]
            lengths.append(len(ids))
            firsts.extend(ids[:-1])
            seconds.extend(ids[1:])
            pe = [p for p in rec.meta.get("people", []) if p]
            pl = [p for p in rec.meta.get("places", []) if p]
            people.update(pe)
            places.update(pl)
            n_people.append(len(pe))
            n_places.append(len(pl))
        self.words = np.array(sorted(vocab, key=vocab.get), dtype=object)
        first = np.array(firsts, dtype=np.int64)
        second = np.array(seconds, dtype=np.int64)
        order = np.argsort(first, kind="stable")
        self.succ = second[order]
        counts = np.bincount(first, minlength=len(vocab))
        self.succ_count = counts
        self.succ_start = np.concatenate([[0], np.cumsum(counts)[:-1]])
        unigram = np.bincount(np.concatenate([first, second[-1:]]), minlength=len(vocab)).astype(float)
        self.unigram_cdf = np.cumsum(unigram / unigram.sum())
        self.lengths = np.array(lengths, dtype=np.int64)
        self.people = sorted(people)
        self.people_p = np.array([people[p] for p in self.people], float)
        self.people_p /= self.people_p.sum()
        self.places = sorted(places)
        self.places_p = np.array([places[p] for p in self.places], float)
        self.places_p /= self.places_p.sum()
        self.n_people = np.array(n_people, dtype=np.int64)
        self.n_places = np.array(n_places, dtype=np.int64)

    def unigram(self, rng: np.random.Generator, n: int) -> np.ndarray:
        return np.minimum(np.searchsorted(self.unigram_cdf, rng.random(n)), len(self.words) - 1)

    def chains(self, rng: np.random.Generator, n: int, length: int) -> np.ndarray:
        """``n`` Markov chains of ``length`` words, vectorised across chains."""
        out = np.empty((n, length), dtype=np.int64)
        out[:, 0] = self.unigram(rng, n)
        for i in range(1, length):
            prev = out[:, i - 1]
            cnt = self.succ_count[prev]
            pick = self.succ_start[prev] + (rng.random(n) * np.maximum(cnt, 1)).astype(np.int64)
            nxt = self.succ[np.minimum(pick, len(self.succ) - 1)]
            dead = cnt == 0
            if dead.any():
                nxt[dead] = self.unigram(rng, int(dead.sum()))
            out[:, i] = nxt
        return out


CHAIN = 12
SCALE_START = datetime(1980, 1, 1)
SCALE_DAYS = (datetime(2000, 1, 1) - SCALE_START).days


def _title_case(label: str) -> str:
    """Reuters label -> display name: ``west-germany`` -> ``West Germany``, ``usa`` -> ``USA``."""
    if len(label) <= 3:
        return label.upper()
    return " ".join(part.capitalize() for part in label.replace("-", " ").split())


def generate_scale(size: int, seed: int = SCALE_SEED, model: ScaleModel | None = None, batch: int = 10_000):
    """Yield ``size`` synthetic Records, the same ones for the same ``size`` and ``seed``."""
    model = model or ScaleModel(load_reuters())
    words = model.words
    made = 0
    b = 0
    while made < size:
        n = min(batch, size - made)
        rng = np.random.default_rng([seed, b])
        lengths = model.lengths[rng.integers(0, len(model.lengths), n)]
        n_chains = np.maximum(1, np.ceil(lengths / CHAIN).astype(np.int64))
        total = int(n_chains.sum())
        chains = model.chains(rng, total, CHAIN)
        titles = model.chains(rng, n, 8)
        days = rng.integers(0, SCALE_DAYS, n)
        secs = rng.integers(0, 86400, n)
        n_people = model.n_people[rng.integers(0, len(model.n_people), n)]
        n_places = model.n_places[rng.integers(0, len(model.n_places), n)]
        quoted = rng.random(n) < 0.25
        quote_chains = model.chains(rng, n, 10)
        pos = 0
        for i in range(n):
            k = int(n_chains[i])
            flat = chains[pos : pos + k].ravel()[: max(1, int(lengths[i]))]
            pos += k
            sentences = [" ".join(words[flat[j : j + CHAIN]]) for j in range(0, len(flat), CHAIN)]
            body = ". ".join(s.capitalize() for s in sentences) + "."
            speakers = (
                [_title_case(p) for p in sorted(set(rng.choice(model.people, int(n_people[i]), p=model.people_p)))]
                if n_people[i] and model.people
                else []
            )
            places = (
                [_title_case(p) for p in sorted(set(rng.choice(model.places, int(n_places[i]), p=model.places_p)))]
                if n_places[i] and model.places
                else []
            )
            if quoted[i] and speakers:
                quote = " ".join(words[quote_chains[i]])
                body += f' "{quote.capitalize()}," said {speakers[0]}.'
            date = SCALE_START + timedelta(days=int(days[i]), seconds=int(secs[i]))
            doc_id = f"scale/{made + i}"
            meta = {}
            if speakers:
                meta["speaker"] = speakers
            if places:
                meta["place"] = places
            yield Record(
                id=doc_id,
                path=doc_id,
                title=" ".join(words[titles[i]]).upper(),
                body=body,
                date=date,
                source="synthetic",
                meta=meta,
            )
        made += n
        b += 1


# -- entry points ---------------------------------------------------------------------
def load(name: str, size: int | None = None) -> list[Record]:
    if name == "reuters":
        return load_reuters()
    if name == "speeches":
        return load_speeches()
    if name == "scale":
        if not size:
            raise ValueError("--corpus scale needs --size")
        return list(generate_scale(size))
    raise ValueError(f"unknown corpus {name!r}; choose from {', '.join(CORPORA)}")


def prepare(records: list[Record]) -> list[BenchDoc]:
    """Records -> BenchDocs with the speakers, places and quotes searchidx would index.

    Mirrors ``Index._documents``: labels given in ``meta`` win, else extraction's.
    """
    from searchidx.documents import PIECE_JOIN, quotations
    from searchidx.extract import extract

    docs = []
    for rec in records:
        ex = extract(rec.body, rec.date)
        groups = quotations(ex.quotes)
        docs.append(
            BenchDoc(
                id=rec.id,
                title=rec.title or "",
                body=rec.body or "",
                date=rec.date,
                speakers=list(rec.meta.get("speaker") or ex.speakers),
                places=list(rec.meta.get("place") or ex.places),
                # one quote document per quotation, its pieces joined, as the index makes them
                quotes=[PIECE_JOIN.join(q.text for q in pieces) for pieces in groups],
                quote_speakers=[next((q.speaker for q in pieces if q.speaker), None) for pieces in groups],
            )
        )
    return docs


def available(name: str) -> bool:
    if name in ("reuters", "scale"):
        return any(reuters_dir().glob("*.sgm"))
    if name == "speeches":
        return (data_root() / "nltk" / "state_union").is_dir()
    return False
