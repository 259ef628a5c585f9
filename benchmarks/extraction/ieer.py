"""US wire news (AP and The New York Times, 1998) for quote attribution: the IEER sample in
../shared/data/nltk/ieer, turned into plain-text articles the gold's offsets point into.

The IEER files are SGML with inline entity tags and TeX-style quotation marks (``...'').
``articles`` rebuilds each story as an article file would hold it: the headline, a blank line,
then the paragraphs (each line-wrapped paragraph joined into one line, runs of spaces made
one), with the tags and the editors' notes (``<ANNOTATION>``) left out. The text itself is
never stored in this repository: the gold (``gold/ieer-*.json``, the held-out scorer's "news"
format) holds offsets, names and the SHA-1 of each rebuilt text.

Write the rebuilt articles for the held-out scorer (``NEWS_ROOT``) or for reading:
``python -m benchmarks.extraction.ieer OUTDIR``.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

#: Every US wire gold sample in the order it was annotated: (name, file, articles, its first score
#: of speaker right on found, taken before any rule was written from its errors). See gold/README.md.
SAMPLES: list[tuple[str, str, int, float]] = [
    ("first", "ieer-first.json", 12, 0.864),
    ("second", "ieer-second.json", 12, 0.750),
    ("third", "ieer-third.json", 12, 0.943),
    ("fourth", "ieer-fourth.json", 12, 0.848),
    ("fifth", "ieer-fifth.json", 12, 0.833),
    ("sixth", "ieer-sixth.json", 13, 0.859),
]

_DOC = re.compile(r"<DOC>(.*?)</DOC>", re.S)
_DOCNO = re.compile(r"<DOCNO>\s*(\S+)\s*</DOCNO>")
_HEADLINE = re.compile(r"<HEADLINE>(.*?)</HEADLINE>", re.S)
_TEXT = re.compile(r"<TEXT>(.*?)</TEXT>", re.S)
_NOTE = re.compile(r"<ANNOTATION>.*?</ANNOTATION>", re.S)
_TAG = re.compile(r"<[^>]+>")
#: A paragraph starts on a line indented with a tab.
_PARAGRAPH = re.compile(r"\n[ \t]*\t")


def _plain(sgml: str) -> str:
    return _TAG.sub("", sgml)


def articles(data_dir: Path) -> dict[str, str]:
    """``{"<DOCNO>.txt": text}`` for every story of the IEER sample (empty when it is absent)."""
    root = Path(data_dir) / "nltk" / "ieer"
    out: dict[str, str] = {}
    if not root.is_dir():
        return out
    for path in sorted(root.iterdir()):
        if path.name == "README" or not path.is_file():
            continue
        for doc in _DOC.findall(path.read_text(encoding="latin-1")):
            docno, text = _DOCNO.search(doc), _TEXT.search(doc)
            if docno is None or text is None:
                continue
            head = _HEADLINE.search(doc)
            headline = " ".join(_plain(head.group(1)).split()) if head else docno.group(1)
            body = _plain(_NOTE.sub("", "\n" + text.group(1)))
            paragraphs = [" ".join(p.split()) for p in _PARAGRAPH.split(body)]
            out[docno.group(1) + ".txt"] = headline + "\n\n" + "\n\n".join(p for p in paragraphs if p) + "\n"
    return out


def sample_path(file: str) -> Path:
    """The gold file of one US wire sample."""
    return Path(__file__).resolve().parent / "gold" / file


def evaluate(data_dir: Path, gold_path: Path) -> dict | None:
    """The news metrics of one IEER gold file (``news.evaluate_texts``); None when the gold or
    the IEER sample is missing."""
    from .news import evaluate_texts

    return evaluate_texts(articles(data_dir), gold_path)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.extraction.ieer", description=__doc__.split("\n")[0])
    ap.add_argument("outdir", type=Path, help="folder to write <DOCNO>.txt articles into")
    ap.add_argument("--data", type=Path, default=Path(__file__).resolve().parents[3] / "shared" / "data")
    args = ap.parse_args(argv)
    texts = articles(args.data)
    if not texts:
        print(f"no IEER sample under {args.data / 'nltk' / 'ieer'}", file=sys.stderr)
        return 2
    from .news import write_articles

    write_articles(texts, args.outdir)
    return 0


if __name__ == "__main__":
    sys.exit(main())
