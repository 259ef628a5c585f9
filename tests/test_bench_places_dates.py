"""The CoNLL and TimeML readers of the extraction benchmarks, on hand-made snippets."""

from datetime import date

from benchmarks.extraction.dates import norm_value, parse_tml
from benchmarks.extraction.dates import score_doc as score_dates
from benchmarks.extraction.places import parse_conll
from benchmarks.extraction.places import score_doc as score_places

CONLL = """-DOCSTART- -X- O O

OSLO NNP I-NP I-LOC
1999-01-02 CD I-NP O

Norwegian JJ I-NP I-MISC
ships NNS I-NP O
sailed VBD I-VP O
from IN I-PP O
Bergen NNP I-NP I-LOC
to TO I-PP O
New NNP I-NP I-LOC
Haven NNP I-NP I-LOC
Lima NNP I-NP B-LOC
. . O O

-DOCSTART- -X- O O

Acme NNP I-NP I-ORG
rose VBD I-VP O
"""


def test_conll_documents_text_and_spans():
    docs = parse_conll(CONLL.splitlines(True))
    assert len(docs) == 2
    d = docs[0]
    assert d.text == "OSLO 1999-01-02\nNorwegian ships sailed from Bergen to New Haven Lima ."
    assert [d.text[s:e] for s, e in d.spans["LOC"]] == ["OSLO", "Bergen", "New Haven", "Lima"]
    assert [d.text[s:e] for s, e in d.spans["MISC"]] == ["Norwegian"]
    assert [docs[1].text[s:e] for s, e in docs[1].spans["ORG"]] == ["Acme"]


def test_conll_scoring_ignores_misc_matches():
    d = parse_conll(CONLL.splitlines(True))[0]
    t = d.text
    pred = [
        (t.index("Norwegian"), t.index("Norwegian") + 9, "Norwegian"),  # MISC: ignored
        (t.index("Bergen"), t.index("Bergen") + 6, "Bergen"),  # tp
        (t.index("New"), t.index("New") + 3, "New"),
    ]  # fp (partial)
    prf = score_places(d, pred)
    assert (prf.tp, prf.fp, prf.fn) == (1, 1, 3)


TML = """<?xml version="1.0" ?>
<TimeML>
<DCT><TIMEX3 tid="t0" type="DATE" value="2001-05-04" temporalFunction="false" functionInDocument="CREATION_TIME">May 4, 2001</TIMEX3></DCT>
<TEXT>
Shares &amp; bonds fell <TIMEX3 tid="t1" type="DATE" value="2001-05-03" temporalFunction="true" functionInDocument="NONE" anchorTimeID="t0">Thursday</TIMEX3> after <EVENT eid="e1" class="OCCURRENCE">gains</EVENT> for <TIMEX3 tid="t2" type="DURATION" value="P2W" temporalFunction="false" functionInDocument="NONE">two weeks</TIMEX3>, and <TIMEX3 tid="t3" type="DATE" value="2001-05-04TMO" temporalFunction="true" functionInDocument="NONE">this morning</TIMEX3> <TIMEX3 tid="t4" type="DATE" value="PRESENT_REF" temporalFunction="true" functionInDocument="NONE">now</TIMEX3>.
</TEXT>
</TimeML>
"""


def test_tml_text_dct_and_timexes():
    doc = parse_tml(TML, "x.tml")
    assert doc.dct == date(2001, 5, 4)
    assert doc.text.startswith("\nShares & bonds fell Thursday after gains for two weeks")
    assert [(t.text, t.type, t.value) for t in doc.timexes] == [
        ("Thursday", "DATE", "2001-05-03"),
        ("two weeks", "DURATION", "P2W"),
        ("this morning", "DATE", "2001-05-04TMO"),
        ("now", "DATE", "PRESENT_REF"),
    ]
    assert [t.text for t in doc.dates] == ["Thursday", "this morning", "now"]
    for t in doc.timexes:
        assert doc.text[t.start : t.end] == t.text


def test_tml_scoring_overlap_and_value():
    doc = parse_tml(TML)
    t = doc.text
    at = t.index
    pred = [
        (at("Thursday"), at("Thursday") + 8, "2001-05-03"),  # span and value right
        (at("morning"), at("morning") + 7, "2001-05-03"),  # span right, value wrong
        (at("two weeks"), at("two weeks") + 9, "2001-W18"),
    ]  # overlaps a DURATION only
    span, value = score_dates(doc, pred)
    assert (span.tp, span.fp, span.fn) == (2, 1, 1)
    assert (value.tp, value.fp, value.fn) == (1, 2, 2)
    span_i, _ = score_dates(doc, pred, ignore_other=True)
    assert (span_i.tp, span_i.fp, span_i.fn) == (2, 0, 1)
    assert norm_value("2001-05-04TMO") == "2001-05-04" and norm_value("2001-W18") == "2001-W18"
