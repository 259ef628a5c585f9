"""What several benchmarks share: which code a result was measured on, and the made-up
words and names their generated records are written with."""

from __future__ import annotations

import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

#: Syllables generated words are made of (no real text is needed to measure writes).
SYLLABLES = (
    "bra", "cul", "dor", "fen", "gal", "hir", "jun", "kel", "lom", "mar", "nov", "pel",
    "quor", "ras", "sil", "tav", "und", "vel", "wex", "yar", "zen", "tor", "bel", "cas",
)  # fmt: skip
#: Invented speakers of generated quotes.
SPEAKERS = ("Mara Quill", "Tobias Wren", "Ilse Marrow", "Corin Vale")


def git_head() -> str:
    """The commit measured, marked when searchidx/ has uncommitted changes."""
    try:
        head = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True, check=True
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--untracked-files=no", "searchidx"],
            cwd=ROOT,
            capture_output=True,
            text=True,
        ).stdout.strip()
        return head + ("+uncommitted searchidx/ changes" if dirty else "")
    except Exception:  # noqa: BLE001 - no git, no repository: the result says so
        return "unknown"
