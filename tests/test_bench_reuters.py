"""The Reuters-21578 rebuild the Reuters wire gold points into."""

import functools
import hashlib
import json
import random
from pathlib import Path

import pytest

from benchmarks.extraction.reuters import articles, draw

SGML = """<!DOCTYPE lewis SYSTEM "lewis.dtd">
<REUTERS TOPICS="NO" LEWISSPLIT="TRAIN" CGISPLIT="TRAINING-SET" OLDID="1" NEWID="7">
<DATE>26-FEB-1987 15:07:13.72</DATE>
<TEXT>&#2;
<TITLE>HARBOUR BOARD &lt;HBR> VOTES NO</TITLE>
<AUTHOR>    by Ida Brenner, Reuters</AUTHOR>
<DATELINE>    PORTVALE, Feb 26 - </DATELINE><BODY>The Harbour Board &lt;HBR> voted
on Friday against the plan.
    "We will
appeal," said Ida Brenner, its chair.
 Reuter
&#3;</BODY></TEXT>
</REUTERS>
<REUTERS TOPICS="NO" NEWID="8">
<TEXT>&#2;
<TITLE>NO QUOTATION HERE</TITLE>
<BODY>Nothing quoted.
 Reuter
&#3;</BODY></TEXT>
</REUTERS>
"""


def test_a_story_with_a_quotation_mark_is_rebuilt_as_headline_and_paragraphs(tmp_path):
    (tmp_path / "reuters21578").mkdir()
    (tmp_path / "reuters21578" / "reut2-000.sgm").write_text(SGML, encoding="latin-1")
    assert articles(tmp_path) == {
        "reuters-7.txt": "HARBOUR BOARD <HBR> VOTES NO\n\n"
        "PORTVALE, Feb 26 - The Harbour Board <HBR> voted on Friday against the plan.\n\n"
        '"We will appeal," said Ida Brenner, its chair.\n'
    }
    assert articles(tmp_path / "missing") == {}


def test_the_draw_is_fixed_by_its_seed_and_a_longer_draw_extends_a_shorter_one():
    texts = {f"reuters-{i}.txt": "" for i in range(1, 5000)}
    assert draw(texts, 60) == draw(texts, 60)
    assert draw(texts, 75)[:60] == draw(texts, 60)
    # random.sample changes algorithm once 3k passes a power of four (k = 1,366 of 4,379
    # names): the draw must not, or every sample drawn before would move.
    names = sorted(texts, key=lambda n: int(n[8:-4]))
    assert draw(texts, 1300) == random.Random(1987).sample(names, 1300)
    assert draw(texts, 1700)[:1300] == draw(texts, 1300)
    with pytest.raises(ValueError, match="cannot draw"):
        draw(texts, 5000)


DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"


@functools.cache
def _texts() -> dict[str, str]:
    return articles(DATA)  # one rebuild of the collection for every gold file


GOLD = sorted((Path(__file__).resolve().parents[1] / "benchmarks" / "extraction" / "gold").glob("reuters-*.json"))


@pytest.mark.skipif(not (DATA / "reuters21578").exists(), reason="Reuters-21578 not available")
@pytest.mark.parametrize("gold", GOLD, ids=[g.stem for g in GOLD])
def test_the_rebuilt_articles_are_the_ones_annotated(gold):
    texts = _texts()
    for doc in json.loads(gold.read_text(encoding="utf-8"))["docs"]:
        text = texts[doc["path"]]
        assert hashlib.sha1(text.encode()).hexdigest() == doc["sha1"]
        for q in doc["quotes"]:
            # every span opens right after its mark (or a stray space the wire left inside it), or,
            # where the wire lost the opening mark, closes right before its closing mark; a
            # headline or lead may quote in single marks ('flexibility'); one story's marks came
            # through the wire as plus signs (+The market consensus is ...+)
            marks = ('"', "'", "+")
            assert text[: q["start"]].rstrip(" ")[-1] in marks or text[q["end"] : q["end"] + 1] in marks
