"""Wall Street Journal, AP, NYT and Xinhua stories (1989-1998) for quote attribution: the TimeBank
and AQUAINT documents of TempEval-3 in ../shared/data/tempeval3/TBAQ-cleaned, turned into plain-text
articles the gold's offsets point into.

The TimeML files mark events and times inline. ``articles`` rebuilds each story from its ``<TEXT>``
element: the tags left out, XML entities decoded, blank lines and spaces kept as they stand, the
leading and trailing blank lines trimmed. The documents carry no headline. The text itself is never
stored in this repository: the gold (``gold/wsj-*.json`` and ``gold/wire-*.json``, the held-out scorer's
"news" format) holds offsets, names and the SHA-1 of each rebuilt text.

Write the rebuilt articles for the held-out scorer (``NEWS_ROOT``) or for reading:
``python -m benchmarks.extraction.timeml OUTDIR``.
"""

from __future__ import annotations

import argparse
import html
import re
import sys
from pathlib import Path

#: Every gold sample drawn from these documents, in the order it was annotated: (name, file,
#: articles, its first score of speaker right on found, taken before any rule was written from its
#: errors). See gold/README.md.
SAMPLES: list[tuple[str, str, int, float]] = [
    ("wsj-first", "wsj-first.json", 12, 0.906),
    ("wsj-second", "wsj-second.json", 12, 0.893),
    ("wsj-third", "wsj-third.json", 15, 0.963),
    ("wsj-fourth", "wsj-fourth.json", 16, 0.971),
    ("xinhua", "wire-xinhua.json", 10, 0.933),
    ("aquaint-ap-nyt", "wire-aquaint.json", 12, 0.862),
    ("aquaint-second", "wire-aquaint-second.json", 17, 0.922),
    ("aquaint-third", "wire-aquaint-third.json", 17, 0.950),
    ("timebank-first", "wire-timebank-first.json", 10, 0.929),
    ("timebank-second", "wire-timebank-second.json", 10, 0.680),
]

_TEXT = re.compile(r"<TEXT>(.*?)</TEXT>", re.S)
_TAG = re.compile(r"<[^>]+>")


def articles(data_dir: Path) -> dict[str, str]:
    """``{"<folder>/<document>.txt": text}`` for every TimeBank and AQUAINT document (empty when
    the data is absent)."""
    root = Path(data_dir) / "tempeval3" / "TBAQ-cleaned"
    out: dict[str, str] = {}
    for folder in ("TimeBank", "AQUAINT"):
        if not (root / folder).is_dir():
            continue
        for path in sorted((root / folder).glob("*.tml")):
            m = _TEXT.search(path.read_text(encoding="utf-8"))
            if m is None:
                continue
            text = html.unescape(_TAG.sub("", m.group(1))).strip()
            if text:
                out[f"{folder}/{path.stem}.txt"] = text + "\n"
    return out


def sample_path(file: str) -> Path:
    """The gold file of one sample drawn from these documents."""
    return Path(__file__).resolve().parent / "gold" / file


def evaluate(data_dir: Path, gold_path: Path) -> dict | None:
    """The news metrics of one gold file (``news.evaluate_texts``); None when the gold or the
    TimeML documents are missing."""
    from .news import evaluate_texts

    return evaluate_texts(articles(data_dir), gold_path)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.extraction.timeml", description=__doc__.split("\n")[0])
    ap.add_argument("outdir", type=Path, help="folder to write <folder>/<document>.txt articles into")
    ap.add_argument("--data", type=Path, default=Path(__file__).resolve().parents[3] / "shared" / "data")
    args = ap.parse_args(argv)
    texts = articles(args.data)
    if not texts:
        print(f"no TimeML documents under {args.data / 'tempeval3' / 'TBAQ-cleaned'}", file=sys.stderr)
        return 2
    from .news import write_articles

    write_articles(texts, args.outdir)
    return 0


if __name__ == "__main__":
    sys.exit(main())
