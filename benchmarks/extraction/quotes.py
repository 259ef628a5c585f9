"""Quote and speaker extraction against PolNeAR attribution annotations.

PolNeAR (``<data_dir>/polnear/{train,dev}``) has one text file per article in
``text/`` and one BRAT standoff file per (article, annotator) in
``attributions/`` (``<article>_<annotator>.ann``). ``T`` lines are spans
(``Source``, ``Cue``, ``Content``, possibly discontinuous: ``12 40;52 80``);
``E`` lines join one attribution's spans (``Content2`` is a second content).
When several annotators annotated one article, the first ``.ann`` file in name
order is the gold (every article is counted once).

Gold direct quotes: ``Content`` spans whose text starts, after whitespace,
with a double quotation mark (straight or curly). Their attribution's
``Source`` span(s) are the gold speaker mention; some attributions have none.

Metrics (spans match when they share at least one character):

* ``quote_recall``: gold direct quotes that some predicted quote overlaps;
* ``precision_with_speaker``: predicted quotes with a speaker that overlap an
  annotated Content (any attribution, direct or indirect);
* ``speaker_mention_accuracy``: among gold direct quotes overlapped by a
  predicted quote with a speaker mention, those whose mention (of the
  overlapping predicted quote with the largest overlap) overlaps a gold Source
  span; a gold quote without a Source counts as wrong here;
* ``end_to_end``: gold direct quotes found with a correct speaker mention,
  over all gold direct quotes.

Run alone: ``python -m benchmarks.extraction.quotes [--split dev] [--limit N]
[--errors]``; ``--errors`` prints the misses with some context.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from benchmarks.extraction.scoring import PRF, overlaps

QUOTE_MARKS = '"“”„'


@dataclass
class Span:
    label: str
    frags: list[tuple[int, int]]
    text: str

    @property
    def start(self) -> int:
        return min(s for s, _ in self.frags)

    @property
    def end(self) -> int:
        return max(e for _, e in self.frags)


@dataclass
class Attribution:
    sources: list[Span] = field(default_factory=list)
    cues: list[Span] = field(default_factory=list)
    contents: list[Span] = field(default_factory=list)


@dataclass
class GoldQuote:
    content: Span
    sources: list[Span]


_T_LINE = re.compile(r"^(T\d+)\t(\S+) ([\d ;]+)\t(.*)$")


def parse_ann(ann: str) -> list[Attribution]:
    """Attributions of a BRAT ``.ann`` text: spans joined by their ``E`` line."""
    spans: dict[str, Span] = {}
    events = []
    for line in ann.splitlines():
        if line.startswith("T"):
            m = _T_LINE.match(line)
            if not m:
                continue
            frags = []
            for part in m.group(3).split(";"):
                s, e = part.split()
                frags.append((int(s), int(e)))
            spans[m.group(1)] = Span(m.group(2), frags, m.group(4))
        elif line.startswith("E"):
            parts = line.split("\t", 1)
            if len(parts) == 2:
                events.append(parts[1].split())
    out = []
    for args in events:
        a = Attribution()
        for arg in args:
            role, _, tid = arg.partition(":")
            sp = spans.get(tid)
            if sp is None:
                continue
            role = role.rstrip("0123456789")
            if role == "Source":
                a.sources.append(sp)
            elif role == "Cue":
                a.cues.append(sp)
            elif role == "Content":
                a.contents.append(sp)
        out.append(a)
    return out


def is_direct(span: Span, text: str | None = None) -> bool:
    """A Content that opens with a double quotation mark (leading whitespace allowed)."""
    s, e = span.frags[0]
    t = text[s:e] if text is not None else span.text
    t = t.lstrip()
    return bool(t) and t[0] in QUOTE_MARKS


def gold_quotes(attributions: list[Attribution], text: str) -> list[GoldQuote]:
    out = []
    for a in attributions:
        for c in a.contents:
            if is_direct(c, text):
                out.append(GoldQuote(c, a.sources))
    out.sort(key=lambda g: g.content.start)
    return out


def _span_overlaps(a: tuple[int, int], sp: Span) -> bool:
    return any(overlaps(a, f) for f in sp.frags)


def _overlap_len(a: tuple[int, int], sp: Span) -> int:
    return sum(max(0, min(a[1], e) - max(a[0], s)) for s, e in sp.frags)


def score_document(text: str, attributions: list[Attribution], quotes) -> dict:
    """Counts for one document; ``quotes`` are QuoteMention-like objects."""
    golds = gold_quotes(attributions, text)
    contents = [c for a in attributions for c in a.contents]
    c = {
        "gold": len(golds),
        "found": 0,
        "with_mention": 0,
        "mention_ok": 0,
        "pred_with_speaker": 0,
        "pred_with_speaker_ok": 0,
        "pred": len(quotes),
    }
    errors = []
    for q in quotes:
        if q.speaker is None:
            continue
        c["pred_with_speaker"] += 1
        if any(_span_overlaps((q.start, q.end), sp) for sp in contents):
            c["pred_with_speaker_ok"] += 1
        else:
            errors.append(("precision", q, None))
    for g in golds:
        hits = [q for q in quotes if _span_overlaps((q.start, q.end), g.content)]
        if not hits:
            errors.append(("recall", None, g))
            continue
        c["found"] += 1
        named = [q for q in hits if q.speaker_start is not None]
        if not named:
            errors.append(("no_mention", hits[0], g))
            continue
        c["with_mention"] += 1
        best = max(named, key=lambda q: _overlap_len((q.start, q.end), g.content))
        mention = (best.speaker_start, best.speaker_end)
        if any(_span_overlaps(mention, s) for s in g.sources):
            c["mention_ok"] += 1
        else:
            errors.append(("mention", best, g))
    return {"counts": c, "errors": errors}


def _ratio(a: int, b: int) -> float:
    return round(a / b, 4) if b else 0.0


def metrics(c: dict) -> dict:
    return {
        "quote_recall": _ratio(c["found"], c["gold"]),
        "precision_with_speaker": _ratio(c["pred_with_speaker_ok"], c["pred_with_speaker"]),
        "speaker_mention_accuracy": _ratio(c["mention_ok"], c["with_mention"]),
        "end_to_end": _ratio(c["mention_ok"], c["gold"]),
        "recall_prf": PRF(c["found"], 0, c["gold"] - c["found"]).to_dict(),
    }


def load_metadata(polnear: Path) -> dict[str, dict]:
    meta = {}
    path = polnear / "metadata.tsv"
    if path.exists():
        with path.open(encoding="utf-8") as f:
            for row in csv.DictReader(f, delimiter="\t"):
                meta[row["filename"]] = row
    return meta


def documents(data_dir: Path, split: str = "dev", limit: int | None = None):
    """(name, text, attributions, publication date) per article, one annotator each."""
    polnear = Path(data_dir) / "polnear"
    base = polnear / split
    meta = load_metadata(polnear)
    by_article: dict[str, Path] = {}
    for ann in sorted((base / "attributions").glob("*.ann")):
        article = ann.stem.rsplit("_", 1)[0]
        by_article.setdefault(article, ann)
    n = 0
    for article, ann in sorted(by_article.items()):
        txt = base / "text" / f"{article}.txt"
        if not txt.exists():
            continue
        if limit is not None and n >= limit:
            break
        n += 1
        text = txt.read_text(encoding="utf-8")
        atts = parse_ann(ann.read_text(encoding="utf-8"))
        pub = None
        row = meta.get(article)
        if row and row.get("publication_date"):
            try:
                pub = date.fromisoformat(row["publication_date"])
            except ValueError:
                pub = None
        yield article, text, atts, pub


def evaluate(data_dir: Path, limit: int | None = None, split: str = "dev", errors: list | None = None) -> dict:
    """Metrics for one PolNeAR split; ``errors`` (a list) collects the misses."""
    from searchidx.extract import extract

    total = {
        "gold": 0,
        "found": 0,
        "with_mention": 0,
        "mention_ok": 0,
        "pred_with_speaker": 0,
        "pred_with_speaker_ok": 0,
        "pred": 0,
    }
    docs = 0
    offset_mismatch = 0
    for name, text, atts, pub in documents(Path(data_dir), split, limit):
        docs += 1
        for a in atts:
            for sp in a.contents + a.sources:
                if " ".join(text[s:e] for s, e in sp.frags) != sp.text:
                    offset_mismatch += 1
        ex = extract(text, pub)
        r = score_document(text, atts, ex.quotes)
        for k, v in r["counts"].items():
            total[k] += v
        if errors is not None:
            errors.extend((name, text, kind, q, g) for kind, q, g in r["errors"])
    out = {
        "split": split,
        "documents": docs,
        **metrics(total),
        "counts": total,
        "span_text_mismatches": offset_mismatch,
    }
    return out


def _show(text: str, s: int, e: int, width: int = 160) -> str:
    return (
        text[max(0, s - width) : s].replace("\n", "¶")
        + "[["
        + text[s:e].replace("\n", "¶")
        + "]]"
        + text[e : e + width].replace("\n", "¶")
    )


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=Path(__file__).resolve().parents[3] / "shared" / "data")
    ap.add_argument("--split", default="dev")
    ap.add_argument("--limit", type=int)
    ap.add_argument("--errors", action="store_true", help="print misses with context")
    ap.add_argument("--kind", help="only this error kind: recall, precision, mention, no_mention")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    if not (args.data / "polnear" / args.split).exists():
        print(f"PolNeAR {args.split} not found under {args.data}", file=sys.stderr)
        return 2
    errs: list = [] if args.errors else None
    res = evaluate(args.data, args.limit, args.split, errs)
    if errs:
        for name, text, kind, q, g in errs:
            if args.kind and kind != args.kind:
                continue
            print(f"--- {kind} {name}")
            if q is not None:
                print(
                    "  pred:",
                    _show(text, q.start, q.end, 100),
                    "->",
                    q.speaker,
                    repr(text[q.speaker_start : q.speaker_end]) if q.speaker_start is not None else None,
                )
            if g is not None:
                print("  gold:", _show(text, g.content.start, g.content.end, 100), "<-", [s.text for s in g.sources])
    if args.json:
        print(json.dumps(res, indent=2))
    else:
        print(f"PolNeAR {res['split']}: {res['documents']} documents, {res['counts']['gold']} gold direct quotes")
        for k in ("quote_recall", "precision_with_speaker", "speaker_mention_accuracy", "end_to_end"):
            print(f"  {k:26s} {res[k]:.4f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())


# --- the held-out scorer's definitions ---------------------------------------------------
# Held-out figures come from ../shared/scoring/score_extraction.py, whose rules are stricter
# than the overlap metrics above: pieces of a quotation must together cover half of the gold
# span, a prediction counts towards precision only when half of it lies inside an annotated
# Content, and the speaker is right when its mention overlaps the gold source or, for a named
# source, its name shares the source's words. ``scorer_counts`` applies those rules in-process,
# so dev and train figures mean what the held-out ones mean.


def _overlap(a0: int, a1: int, b0: int, b1: int) -> int:
    return max(0, min(a1, b1) - max(a0, b0))


_NAME_TOKEN = re.compile(r"[A-Za-z][A-Za-z'\-]+")
_PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "him", "her", "them"}


def scorer_gold(text: str, attributions: list[Attribution]) -> tuple[list, list, list]:
    """(direct, contents, indirect) as the scorer reads an article: per attribution with a
    Source, its first Content's extent from the first fragment's start to the last one's end;
    direct when it opens with a double quotation mark."""
    direct, contents, indirect = [], [], []
    for a in attributions:
        if not a.contents or not a.sources:
            continue
        c = a.contents[0]
        c0, c1 = c.frags[0][0], c.frags[-1][1]
        contents.append((c0, c1))
        body = text[c0:c1].lstrip()
        if not body or body[0] not in '"“':
            indirect.append((c0, c1))
            continue
        s = a.sources[0]
        direct.append(((c0, c1), (s.frags[0][0], s.frags[-1][1]), text[s.frags[0][0] : s.frags[-1][1]]))
    return direct, contents, indirect


def scorer_counts(text: str, attributions: list[Attribution], quotes) -> dict:
    """Counts for one article under the held-out scorer's rules (quotes and indirect tasks)."""
    direct, contents, indirect = scorer_gold(text, attributions)
    c = dict.fromkeys(
        ("gold", "found", "right", "attributed", "attributed_ok", "ind_gold", "ind_found", "ind_pred", "ind_right"), 0
    )

    def inside_some(q) -> bool:
        return any(_overlap(q.start, q.end, a, b) >= 0.5 * (q.end - q.start) for a, b in contents)

    for q in quotes:
        if q.speaker:
            c["attributed"] += 1
            c["attributed_ok"] += inside_some(q)
    for (c0, c1), (s0, s1), stext in direct:
        c["gold"] += 1
        inside = [q for q in quotes if _overlap(q.start, q.end, c0, c1) >= 0.5 * (q.end - q.start)]
        best = max(inside, key=lambda q: _overlap(q.start, q.end, c0, c1), default=None)
        if best is None or sum(_overlap(q.start, q.end, c0, c1) for q in inside) < 0.5 * (c1 - c0):
            continue
        c["found"] += 1
        ok = False
        if best.speaker_start is not None and 0 < best.speaker_end - best.speaker_start <= 80:
            ok = _overlap(best.speaker_start, best.speaker_end, s0, s1) > 0
        stoks = {t.lower() for t in _NAME_TOKEN.findall(stext)}
        if any(ch.isupper() for ch in stext) and not stoks <= _PRONOUNS:
            ptoks = {t.lower() for t in _NAME_TOKEN.findall(best.speaker or "")}
            if ptoks & {t for t in stoks if len(t) > 2}:
                ok = ok or bool(ptoks & stoks - {"the", "and", "for"})
        c["right"] += ok
    reported = [q for q in quotes if not getattr(q, "direct", True)]
    c["ind_pred"] = len(reported)
    c["ind_right"] = sum(1 for q in reported if inside_some(q))
    for c0, c1 in indirect:
        c["ind_gold"] += 1
        inside = [q for q in reported if _overlap(q.start, q.end, c0, c1) >= 0.5 * (q.end - q.start)]
        c["ind_found"] += bool(inside) and sum(_overlap(q.start, q.end, c0, c1) for q in inside) >= 0.5 * (c1 - c0)
    return c


def scorer_evaluate(data_dir: Path, limit: int | None = None, split: str = "dev") -> dict:
    """PolNeAR quotes and reported speech under the held-out scorer's rules."""
    from searchidx.extract import extract

    total: dict[str, int] = {}
    docs = 0
    for _name, text, atts, pub in documents(Path(data_dir), split, limit):
        docs += 1
        for k, v in scorer_counts(text, atts, extract(text, pub).quotes).items():
            total[k] = total.get(k, 0) + v
    return {
        "split": split,
        "documents": docs,
        "counts": total,
        "quote_recall": _ratio(total.get("found", 0), total.get("gold", 0)),
        "attributed_precision": _ratio(total.get("attributed_ok", 0), total.get("attributed", 0)),
        "speaker_accuracy_on_found": _ratio(total.get("right", 0), total.get("found", 0)),
        "indirect_recall": _ratio(total.get("ind_found", 0), total.get("ind_gold", 0)),
        "indirect_precision": _ratio(total.get("ind_right", 0), total.get("ind_pred", 0)),
    }
