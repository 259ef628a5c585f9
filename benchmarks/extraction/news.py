"""Quotes and speakers in news articles against gold made by reading them (BBC style).

The gold (``benchmarks/extraction/gold/bbc-dev.json``, the held-out scorer's "news" format)
holds offsets and names only; the articles stay in ../shared/data/bbc. Metrics follow the
held-out scorer: a gold quote (fragments aside) is found when predictions lying mostly
inside it cover half of it; the speaker of the best-overlapping prediction is right when
the gold surname is among its words and one name's words contain the other's; the
precision when given counts predictions with a speaker that overlap a gold quote that has one.

Run alone: ``python -m benchmarks.extraction.news [--errors]``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from pathlib import Path

GOLD = Path(__file__).resolve().parent / "gold" / "bbc-dev.json"
#: A second sample annotated after the rules were written: a check on unseen articles.
CHECK_GOLD = Path(__file__).resolve().parent / "gold" / "bbc-check.json"
#: A third sample, scored once before any rule was changed from it (see gold/README.md).
HOLDOUT_GOLD = Path(__file__).resolve().parent / "gold" / "bbc-holdout.json"
FRESH_GOLD = Path(__file__).resolve().parent / "gold" / "bbc-fresh.json"
#: Every BBC gold sample in the order it was annotated: (name, file, articles, its first score of
#: speaker right on found, taken before any rule was written from it; None for the dev gold the
#: rules started from). See gold/README.md for how each was drawn and scored.
SAMPLES: list[tuple[str, str, int, float | None]] = [
    ("dev", "bbc-dev.json", 54, None),
    ("check", "bbc-check.json", 40, 0.891),
    ("holdout", "bbc-holdout.json", 30, 0.863),
    ("fresh", "bbc-fresh.json", 25, 0.704),
    ("fifth", "bbc-fifth.json", 25, 0.756),
    ("sixth", "bbc-sixth.json", 25, 0.870),
    ("seventh", "bbc-seventh.json", 25, 0.922),
    ("eighth", "bbc-eighth.json", 25, 0.889),
    ("ninth", "bbc-ninth.json", 25, 0.902),
    ("tenth", "bbc-tenth.json", 25, 0.771),
    ("eleventh", "bbc-eleventh.json", 25, 0.861),
    ("twelfth", "bbc-twelfth.json", 25, 0.786),
    ("thirteenth", "bbc-thirteenth.json", 25, 0.853),
    ("fourteenth", "bbc-fourteenth.json", 25, 0.892),
    ("fifteenth", "bbc-fifteenth.json", 25, 0.938),
    ("sixteenth", "bbc-sixteenth.json", 25, 0.844),
    ("seventeenth", "bbc-seventeenth.json", 25, 0.910),
    ("eighteenth", "bbc-eighteenth.json", 25, 0.936),
    ("nineteenth", "bbc-nineteenth.json", 25, 0.926),
    ("twentieth", "bbc-twentieth.json", 25, 0.920),
    ("twenty-first", "bbc-twentyfirst.json", 25, 0.875),
    ("twenty-second", "bbc-twentysecond.json", 25, 0.948),
    ("twenty-third", "bbc-twentythird.json", 25, 0.927),
    ("twenty-fourth", "bbc-twentyfourth.json", 25, 0.909),
    ("twenty-fifth", "bbc-twentyfifth.json", 25, 0.674),
    ("twenty-sixth", "bbc-twentysixth.json", 25, 0.906),
    ("twenty-seventh", "bbc-twentyseventh.json", 25, 0.961),
    ("twenty-eighth", "bbc-twentyeighth.json", 25, 0.859),
    ("twenty-ninth", "bbc-twentyninth.json", 25, 0.824),
    ("thirtieth", "bbc-thirtieth.json", 25, 0.868),
    ("thirty-first", "bbc-thirtyfirst.json", 25, 0.873),
    ("thirty-second", "bbc-thirtysecond.json", 25, 0.986),
    ("thirty-third", "bbc-thirtythird.json", 25, 0.872),
    ("thirty-fourth", "bbc-thirtyfourth.json", 25, 0.831),
    ("thirty-fifth", "bbc-thirtyfifth.json", 25, 0.857),
    ("thirty-sixth", "bbc-thirtysixth.json", 25, 0.868),
    ("thirty-seventh", "bbc-thirtyseventh.json", 25, 1.0),
    ("thirty-eighth", "bbc-thirtyeighth.json", 25, 0.885),
    ("thirty-ninth", "bbc-thirtyninth.json", 25, 0.835),
    ("fortieth", "bbc-fortieth.json", 25, 0.882),
    ("forty-first", "bbc-fortyfirst.json", 25, 0.897),
    ("forty-second", "bbc-fortysecond.json", 25, 0.905),
    ("forty-third", "bbc-fortythird.json", 25, 0.931),
    ("forty-fourth", "bbc-fortyfourth.json", 25, 0.94),
    ("forty-fifth", "bbc-fortyfifth.json", 25, 0.891),
    ("forty-sixth", "bbc-fortysixth.json", 25, 0.797),
    ("forty-seventh", "bbc-fortyseventh.json", 25, 0.824),
    ("forty-eighth", "bbc-fortyeighth.json", 25, 0.890),
    ("forty-ninth", "bbc-fortyninth.json", 25, 0.881),
    ("fiftieth", "bbc-fiftieth.json", 25, 0.980),
    ("fifty-first", "bbc-fiftyfirst.json", 25, 0.901),
    ("fifty-second", "bbc-fiftysecond.json", 25, 0.899),
    ("fifty-third", "bbc-fiftythird.json", 25, 0.925),
    ("fifty-fourth", "bbc-fiftyfourth.json", 25, 0.863),
    ("fifty-fifth", "bbc-fiftyfifth.json", 25, 0.797),
    ("fifty-sixth", "bbc-fiftysixth.json", 25, 0.864),
    ("fifty-seventh", "bbc-fiftyseventh.json", 24, 0.897),
    ("fifty-eighth", "bbc-fiftyeighth.json", 24, 0.871),
    ("fifty-ninth", "bbc-fiftyninth.json", 24, 0.874),
    ("sixtieth", "bbc-sixtieth.json", 24, 0.957),
    ("sixty-first", "bbc-sixtyfirst.json", 24, 0.881),
    ("sixty-second", "bbc-sixtysecond.json", 24, 0.936),
    ("sixty-third", "bbc-sixtythird.json", 24, 0.935),
    ("sixty-fourth", "bbc-sixtyfourth.json", 24, 0.853),
    ("sixty-fifth", "bbc-sixtyfifth.json", 24, 0.810),
    ("sixty-sixth", "bbc-sixtysixth.json", 24, 0.926),
    ("sixty-seventh", "bbc-sixtyseventh.json", 24, 0.896),
    ("sixty-eighth", "bbc-sixtyeighth.json", 24, 0.964),
    ("sixty-ninth", "bbc-sixtyninth.json", 24, 0.918),
    ("seventieth", "bbc-seventieth.json", 24, 0.878),
    ("seventy-first", "bbc-seventyfirst.json", 24, 0.857),
    ("seventy-second", "bbc-seventysecond.json", 24, 0.852),
    ("seventy-third", "bbc-seventythird.json", 24, 0.918),
    ("seventy-fourth", "bbc-seventyfourth.json", 14, 0.952),
    ("seventy-fifth", "bbc-seventyfifth.json", 14, 0.948),
]


def sample_path(file: str) -> Path:
    """The gold file of one BBC sample."""
    return Path(__file__).resolve().parent / "gold" / file


TITLES = {"mr", "mrs", "ms", "miss", "dr", "sir", "lord", "lady", "prof", "professor", "rev", "the"}


def _overlap(a0: int, a1: int, b0: int, b1: int) -> int:
    return max(0, min(a1, b1) - max(a0, b0))


def name_tokens(name: str | None) -> set[str]:
    return {t for t in re.findall(r"[a-z][a-z'\-]+", (name or "").lower()) if t not in TITLES and len(t) > 1}


def same_speaker(pred: str | None, gold: str) -> bool:
    """The gold's surname is among the prediction's words, and one name's words hold the other's."""
    p, g = name_tokens(pred), name_tokens(gold)
    if not p or not g:
        return False
    last = re.findall(r"[a-z][a-z'\-]+", gold.lower())[-1]
    return (last in p or p == g) and (p <= g or g <= p)


def score_document(golds: list[dict], quotes) -> tuple[dict, list]:
    c = dict.fromkeys(("full", "found", "named_found", "speaker_ok", "given", "given_ok", "spurious"), 0)
    errors = []
    for q in quotes:
        hit = max(golds, key=lambda g: _overlap(q.start, q.end, g["start"], g["end"]), default=None)
        if hit is None or _overlap(q.start, q.end, hit["start"], hit["end"]) == 0:
            c["spurious"] += 1
            continue
        if q.speaker and hit["speaker"]:
            c["given"] += 1
            ok = same_speaker(q.speaker, hit["speaker"])
            c["given_ok"] += ok
    for g in golds:
        if g["fragment"]:
            continue
        c["full"] += 1
        inside = [q for q in quotes if _overlap(q.start, q.end, g["start"], g["end"]) >= 0.5 * (q.end - q.start)]
        best = max(inside, key=lambda q: _overlap(q.start, q.end, g["start"], g["end"]), default=None)
        found = best is not None and sum(_overlap(q.start, q.end, g["start"], g["end"]) for q in inside) >= 0.5 * (
            g["end"] - g["start"]
        )
        c["found"] += found
        if not found:
            errors.append(("missed", g, None))
        elif g["speaker"]:
            c["named_found"] += 1
            ok = same_speaker(best.speaker, g["speaker"])
            c["speaker_ok"] += ok
            if not ok:
                errors.append(("speaker", g, best))
    return c, errors


def evaluate(data_dir: Path, gold_path: Path = GOLD, errors: list | None = None) -> dict | None:
    """Metrics over the gold's articles (None when the gold or the articles are missing)."""
    root = Path(data_dir) / "bbc"
    if not gold_path.exists() or not root.exists():
        return None
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    texts = {d["path"]: (root / d["path"]).read_text(encoding="utf-8") for d in gold["docs"]}
    return _score_gold(gold, texts, errors)


def evaluate_texts(texts: dict[str, str], gold_path: Path) -> dict | None:
    """``evaluate``'s metrics for a gold file whose articles are rebuilt in memory (``texts``:
    path -> text, as ``ieer.articles`` and ``timeml.articles`` give); None when the gold or the
    texts are missing."""
    if not gold_path.exists() or not texts:
        return None
    return _score_gold(json.loads(gold_path.read_text(encoding="utf-8")), texts)


def _score_gold(gold: dict, texts: dict[str, str], errors: list | None = None) -> dict:
    """The metrics of one gold file over its articles' texts, each checked against its SHA-1."""
    from searchidx.extract import extract

    total: dict[str, int] = {}
    for d in gold["docs"]:
        text = texts[d["path"]]
        if hashlib.sha1(text.encode()).hexdigest() != d["sha1"]:
            raise ValueError(f"{d['path']}: the article differs from the one annotated")
        c, errs = score_document(d["quotes"], extract(text, None).quotes)
        for k, v in c.items():
            total[k] = total.get(k, 0) + v
        if errors is not None:
            errors.extend((d["path"], text, kind, g, q) for kind, g, q in errs)
    r = lambda a, b: round(total.get(a, 0) / total[b], 4) if total.get(b) else 0.0  # noqa: E731
    return {
        "documents": len(gold["docs"]),
        "counts": total,
        "quote_recall": r("found", "full"),
        "speaker_accuracy_on_found": r("speaker_ok", "named_found"),
        "speaker_precision_when_given": r("given_ok", "given"),
        "spurious": total.get("spurious", 0),
    }


def write_articles(texts: dict[str, str], outdir: Path) -> None:
    """Write rebuilt articles (path -> text) under ``outdir``, for the held-out scorer's
    ``NEWS_ROOT`` or for reading."""
    for name, text in texts.items():
        (outdir / name).parent.mkdir(parents=True, exist_ok=True)
        (outdir / name).write_text(text, encoding="utf-8")
    print(f"{len(texts)} articles written to {outdir}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=Path(__file__).resolve().parents[3] / "shared" / "data")
    ap.add_argument("--gold", type=Path, default=GOLD)
    ap.add_argument("--errors", action="store_true", help="print misses and wrong speakers with context")
    args = ap.parse_args(argv)
    errs: list | None = [] if args.errors else None
    res = evaluate(args.data, args.gold, errs)
    if res is None:
        print(f"gold {args.gold} or {args.data / 'bbc'} not found", file=sys.stderr)
        return 2
    for path, text, kind, g, q in errs or []:
        ctx = text[max(0, g["start"] - 120) : g["end"] + 40].replace("\n", "¶")
        print(f"--- {kind} {path}: gold {g['speaker']!r}, predicted {q.speaker if q else None!r}\n    {ctx}")
    print(json.dumps(res, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
