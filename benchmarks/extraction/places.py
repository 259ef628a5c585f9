"""Place mentions against CoNLL-2003 LOC spans (``python -m benchmarks.extraction.places``).

Each CoNLL document (split on ``-DOCSTART-``) becomes one body: tokens joined
by single spaces, sentences by newlines, and is extracted with no reference
date. Gold spans are the LOC entities (IOB1: ``I-LOC`` runs, ``B-LOC`` starts a
new one). Scoring is exact-span precision/recall/F1 with two exclusions:

* a predicted span that exactly matches a gold MISC span ("German", "Iraqi")
  counts neither way;
* demonym mentions ("North Korean troops" -> North Korea), which the index wants
  but CoNLL tags MISC, are not counted as predicted LOC spans.
"""

from __future__ import annotations

import json
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks.extraction.scoring import PRF

DEFAULT_DATA = Path(__file__).resolve().parents[3] / "shared" / "data"


@dataclass
class Doc:
    text: str
    spans: dict[str, list[tuple[int, int]]] = field(default_factory=dict)  # label -> [(start, end)]


def parse_conll(lines) -> list[Doc]:
    """CoNLL-2003 4-column lines (IOB1) -> documents with character spans per entity type."""
    docs: list[Doc] = []
    sents: list[list[tuple[str, str]]] = []
    cur: list[tuple[str, str]] = []

    def flush_doc():
        if cur:
            sents.append(list(cur))
            cur.clear()
        if sents:
            docs.append(_build(sents))
            sents.clear()

    for raw in lines:
        line = raw.rstrip("\n")
        if line.startswith("-DOCSTART-"):
            flush_doc()
            continue
        if not line.strip():
            if cur:
                sents.append(list(cur))
                cur.clear()
            continue
        parts = line.split()
        cur.append((parts[0], parts[-1]))
    flush_doc()
    return docs


def _build(sents: list[list[tuple[str, str]]]) -> Doc:
    text_parts: list[str] = []
    spans: dict[str, list[tuple[int, int]]] = {}
    pos = 0
    for si, sent in enumerate(sents):
        if si:
            text_parts.append("\n")
            pos += 1
        open_label = None
        open_start = open_end = 0
        for ti, (tok, tag) in enumerate(sent):
            if ti:
                text_parts.append(" ")
                pos += 1
            s, e = pos, pos + len(tok)
            text_parts.append(tok)
            pos = e
            kind, _, label = tag.partition("-")
            if tag == "O" or not label:
                if open_label:
                    spans.setdefault(open_label, []).append((open_start, open_end))
                open_label = None
                continue
            if open_label == label and kind == "I":
                open_end = e
                continue
            if open_label:
                spans.setdefault(open_label, []).append((open_start, open_end))
            open_label, open_start, open_end = label, s, e
        if open_label:
            spans.setdefault(open_label, []).append((open_start, open_end))
    return Doc("".join(text_parts), spans)


def load(data_dir: Path, split: str = "eng.testa") -> list[Doc]:
    path = Path(data_dir) / "conll2003" / split
    with open(path, encoding="utf-8") as fh:
        return parse_conll(fh)


def predicted_spans(doc_text: str) -> list[tuple[int, int, str]]:
    """(start, end, text) of place mentions that count as LOC (demonyms left out)."""
    from searchidx.extract import extract
    from searchidx.extract.places import mention_kind

    out = []
    for p in extract(doc_text, None).place_mentions:
        if mention_kind(p) == "demonym":
            continue
        out.append((p.start, p.end, p.text))
    return out


def score_doc(doc: Doc, pred: list[tuple[int, int, str]], errors: list | None = None) -> PRF:
    gold = set(doc.spans.get("LOC", []))
    misc = set(doc.spans.get("MISC", []))
    predicted = {(s, e) for s, e, _ in pred if (s, e) not in misc}
    tp = len(gold & predicted)
    if errors is not None:
        for s, e in sorted(predicted - gold):
            errors.append(("FP", doc.text[s:e], _ctx(doc.text, s, e)))
        for s, e in sorted(gold - predicted):
            errors.append(("FN", doc.text[s:e], _ctx(doc.text, s, e)))
    return PRF(tp, len(predicted) - tp, len(gold) - tp)


def _ctx(text: str, s: int, e: int) -> str:
    return (text[max(0, s - 40) : s] + "[" + text[s:e] + "]" + text[e : e + 40]).replace("\n", " / ")


def evaluate(data_dir: Path, limit: int | None = None, split: str = "eng.testa", errors: list | None = None) -> dict:
    docs = load(data_dir, split)
    if limit is not None:
        docs = docs[:limit]
    total = PRF()
    t0 = time.perf_counter()
    for doc in docs:
        total = total.add(score_doc(doc, predicted_spans(doc.text), errors))
    secs = time.perf_counter() - t0
    return {"split": split, "documents": len(docs), "exact": total.to_dict(), "seconds": round(secs, 2)}


def main(argv: list[str]) -> int:
    import argparse

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--split", default="eng.testa")
    ap.add_argument("--limit", type=int)
    ap.add_argument("--errors", type=Path, help="write FP/FN lines with context to this file")
    args = ap.parse_args(argv)
    errs: list | None = [] if args.errors else None
    res = evaluate(args.data, args.limit, args.split, errs)
    ex = res["exact"]
    print(
        f"places {res['split']}: {res['documents']} docs  P {ex['precision']:.3f}  "
        f"R {ex['recall']:.3f}  F1 {ex['f1']:.3f}  ({ex['tp']} tp, {ex['fp']} fp, {ex['fn']} fn; "
        f"{res['seconds']} s)"
    )
    print(json.dumps(res))
    if errs is not None:
        args.errors.write_text("".join(f"{k}\t{w}\t{c}\n" for k, w, c in errs), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
