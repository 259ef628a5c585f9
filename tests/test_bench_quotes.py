"""The PolNeAR harness: BRAT parsing and quote/speaker matching on hand-made snippets."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from benchmarks.extraction.quotes import gold_quotes, is_direct, metrics, parse_ann, score_document

TEXT = 'Ann Lee spoke. "We will win," she said. Officials said the plan was "dead." The mayor argued that taxes rise.'


def _span(text, needle):
    s = TEXT.index(needle)
    return s, s + len(needle)


def _ann():
    q1 = _span(TEXT, '"We will win,"')
    she = _span(TEXT, "she")
    said1 = (she[1] + 1, she[1] + 5)
    off = _span(TEXT, "Officials")
    c2 = _span(TEXT, 'the plan was "dead."')
    mayor = _span(TEXT, "The mayor")
    c3 = _span(TEXT, "taxes rise")
    lines = [
        f"T1\tContent {q1[0]} {q1[1]}\t{TEXT[q1[0] : q1[1]]}",
        f"T2\tSource {she[0]} {she[1]}\tshe",
        f"T3\tCue {said1[0]} {said1[1]}\tsaid",
        f"T4\tAttribution {said1[0]} {said1[1]}\tsaid",
        "E1\tAttribution:T4 Content:T1 Cue:T3 Source:T2",
        f"T5\tSource {off[0]} {off[1]}\tOfficials",
        f"T6\tContent {c2[0]} {c2[1]}\t{TEXT[c2[0] : c2[1]]}",
        "E2\tAttribution:T6 Content:T6 Source:T5",
        f"T7\tSource {mayor[0]} {mayor[1]}\tThe mayor",
        # a discontinuous content: two fragments joined by a space in the text column
        f"T8\tContent {c3[0]} {c3[0] + 5};{c3[0] + 6} {c3[1]}\ttaxes rise",
        "E3\tContent:T8 Source:T7",
    ]
    return "\n".join(lines) + "\n"


def test_parse_ann_joins_spans_by_event():
    atts = parse_ann(_ann())
    assert len(atts) == 3
    a = atts[0]
    assert [s.text for s in a.sources] == ["she"]
    assert [c.text for c in a.contents] == ['"We will win,"']
    assert [c.text for c in a.cues] == ["said"]
    frag = atts[2].contents[0]
    assert len(frag.frags) == 2 and " ".join(TEXT[s:e] for s, e in frag.frags) == frag.text


def test_direct_quotes_start_with_a_double_mark():
    atts = parse_ann(_ann())
    golds = gold_quotes(atts, TEXT)
    assert [g.content.text for g in golds] == ['"We will win,"']
    assert is_direct(parse_ann("T1\tContent 0 5\t “Yes”\nE1\tContent:T1\n")[0].contents[0])
    assert not is_direct(parse_ann("T1\tContent 0 5\t'Yes'\nE1\tContent:T1\n")[0].contents[0])


def _q(text, speaker=None, mention=None):
    s, e = _span(TEXT, text)
    ms, me = _span(TEXT, mention) if mention else (None, None)
    return SimpleNamespace(start=s, end=e, speaker=speaker, speaker_start=ms, speaker_end=me)


def test_scoring_right_speaker_mention():
    atts = parse_ann(_ann())
    preds = [_q("We will win,", "Ann Lee", "she"), _q("dead.", None)]
    c = score_document(TEXT, atts, preds)["counts"]
    m = metrics(c)
    assert m["quote_recall"] == 1.0
    assert m["precision_with_speaker"] == 1.0
    assert m["speaker_mention_accuracy"] == 1.0 and m["end_to_end"] == 1.0


def test_scoring_wrong_mention_and_unannotated_quote():
    atts = parse_ann(_ann())
    # the mention points at "Ann Lee", not at the annotated source "she"
    preds = [_q("We will win,", "Ann Lee", "Ann Lee"), _q("spoke", "Ann Lee", "Ann Lee")]
    r = score_document(TEXT, atts, preds)
    m = metrics(r["counts"])
    assert m["quote_recall"] == 1.0
    assert m["speaker_mention_accuracy"] == 0.0 and m["end_to_end"] == 0.0
    # "spoke" overlaps no annotated content: a precision error
    assert m["precision_with_speaker"] == 0.5
    assert {k for k, _, _ in r["errors"]} == {"precision", "mention"}


def test_scoring_missed_quote_and_no_mention():
    atts = parse_ann(_ann())
    assert metrics(score_document(TEXT, atts, [])["counts"])["quote_recall"] == 0.0
    r = score_document(TEXT, atts, [_q("We will win,")])
    assert r["counts"]["found"] == 1 and r["counts"]["with_mention"] == 0
    assert [k for k, _, _ in r["errors"]] == ["no_mention"]


DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"


@pytest.mark.skipif(not (DATA / "polnear" / "dev").exists(), reason="PolNeAR not available")
def test_polnear_dev_meets_the_bars():
    from benchmarks.extraction.quotes import evaluate

    res = evaluate(DATA, split="dev")
    assert res["span_text_mismatches"] == 0
    assert res["quote_recall"] >= 0.95
    assert res["precision_with_speaker"] >= 0.85
    assert res["speaker_mention_accuracy"] >= 0.90
