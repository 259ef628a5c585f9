"""The TimeML rebuild the Wall Street Journal gold points into."""

import hashlib
import json
from pathlib import Path

import pytest

from benchmarks.extraction.timeml import articles

TML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>wsj_9999</DOCID>
<TEXT>
Harbour Corp. <EVENT eid="e1" class="REPORTING">said</EVENT> profit rose &amp; sales fell.

"We are pleased," said <TIMEX3 tid="t1">Ida Brenner</TIMEX3>, its chairman.
</TEXT>
<TLINK lid="l1" />
</TimeML>
"""


def test_a_document_is_rebuilt_from_its_text_without_tags(tmp_path):
    folder = tmp_path / "tempeval3" / "TBAQ-cleaned" / "TimeBank"
    folder.mkdir(parents=True)
    (folder / "wsj_9999.tml").write_text(TML, encoding="utf-8")
    assert articles(tmp_path) == {
        "TimeBank/wsj_9999.txt": 'Harbour Corp. said profit rose & sales fell.\n\n"We are pleased," said Ida Brenner, '
        "its chairman.\n"
    }
    assert articles(tmp_path / "missing") == {}


DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
GOLD = sorted((Path(__file__).resolve().parents[1] / "benchmarks" / "extraction" / "gold").glob("w*-*.json"))


@pytest.mark.skipif(not (DATA / "tempeval3").exists(), reason="TempEval-3 not available")
@pytest.mark.parametrize("gold", GOLD, ids=[g.stem for g in GOLD])
def test_the_rebuilt_articles_are_the_ones_annotated(gold):
    texts = articles(DATA)
    for doc in json.loads(gold.read_text(encoding="utf-8"))["docs"]:
        text = texts[doc["path"]]
        assert hashlib.sha1(text.encode()).hexdigest() == doc["sha1"]
