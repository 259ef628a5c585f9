"""Extraction gives the same speakers in every process: nothing may depend on the order of a set
of strings, which changes with the interpreter's string hashing (``PYTHONHASHSEED``)."""

import json
import os
import subprocess
import sys
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "articles"

_SCRIPT = """
import json, sys
from pathlib import Path
from searchidx.extract import extract
out = {}
for p in sorted(Path(sys.argv[1]).rglob("*.txt")) + [None]:
    text = p.read_text(encoding="utf-8") if p else sys.argv[2]
    x = extract(text, None)
    out[str(p)] = [[q.start, q.end, q.speaker, q.kind, q.role] for q in x.quotes] + [x.speakers, x.places]
print(json.dumps(out))
"""

# two names that spell one acronym, a short name two longer names could complete, a surname two
# people share: the places an unordered collection could pick a different winner
_TRICKY = (
    "BRUSSELS, March 3 - Farmers protested against the Northern Community over export rules.\n\n"
    "At last week's tender the NC Commission made a concession. Kestrel Motors Corp and Kestrel "
    "Mining Ltd both bid.\n\n"
    '"We are moving towards a solution," NC said. "Prices will hold," Kestrel said.\n\n'
    'Ann Berg and Tom Berg spoke. "It is over," Berg said.'
)


def _run(seed: str) -> dict:
    env = dict(os.environ, PYTHONHASHSEED=seed)
    done = subprocess.run(
        [sys.executable, "-c", _SCRIPT, str(CORPUS), _TRICKY],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(done.stdout)


def test_extraction_does_not_depend_on_string_hashing():
    first = _run("1")
    assert len(first) > 1
    for seed in ("2", "3"):
        assert _run(seed) == first
