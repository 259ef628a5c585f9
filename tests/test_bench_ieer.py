"""The IEER rebuild the US wire gold points into."""

import hashlib
import json
from pathlib import Path

import pytest

from benchmarks.extraction.ieer import articles

SGML = """<DOC>
<DOCNO> APW19990101.0001 </DOCNO>
<DATE_TIME> 01/01/1999 10:00:00 </DATE_TIME>
<BODY>
<HEADLINE>
Harbour board <b_enamex type="ORGANIZATION">votes</b_enamex> no
</HEADLINE>
<TEXT>
\t   PORTVALE (AP) _ The <b_enamex type="ORGANIZATION">Harbour Board<e_enamex> voted
on Friday. ``We will
appeal,'' said <b_enamex type="PERSON">Ida Brenner<e_enamex>.
<ANNOTATION>
\t   (STORY CAN END HERE. OPTIONAL MATERIAL FOLLOWS)
</ANNOTATION>
\t   The vote was 5-2.
</TEXT>
</BODY>
</DOC>
"""


def test_a_story_is_rebuilt_as_headline_and_paragraphs_without_tags_or_notes(tmp_path):
    (tmp_path / "nltk" / "ieer").mkdir(parents=True)
    (tmp_path / "nltk" / "ieer" / "APW_19990101").write_text(SGML, encoding="latin-1")
    (tmp_path / "nltk" / "ieer" / "README").write_text("not a story", encoding="latin-1")
    assert articles(tmp_path) == {
        "APW19990101.0001.txt": "Harbour board votes no\n\n"
        "PORTVALE (AP) _ The Harbour Board voted on Friday. ``We will appeal,'' said Ida Brenner.\n\n"
        "The vote was 5-2.\n"
    }
    assert articles(tmp_path / "missing") == {}


DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
GOLD = sorted((Path(__file__).resolve().parents[1] / "benchmarks" / "extraction" / "gold").glob("ieer-*.json"))


@pytest.mark.skipif(not (DATA / "nltk" / "ieer").exists(), reason="IEER sample not available")
@pytest.mark.parametrize("gold", GOLD, ids=[g.stem for g in GOLD])
def test_the_rebuilt_articles_are_the_ones_annotated(gold):
    texts = articles(DATA)
    for doc in json.loads(gold.read_text(encoding="utf-8"))["docs"]:
        text = texts[doc["path"]]
        assert hashlib.sha1(text.encode()).hexdigest() == doc["sha1"]
        for q in doc["quotes"]:
            assert text[q["start"] - 2 : q["start"]] == "``"  # every span opens right after its mark
