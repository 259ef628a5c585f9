"""Extraction never fails on text assembled from the pieces attribution rules look at (quotes,
names, cue words, possessives, roles, line breaks), wherever the text happens to end, and every
span it reports is the text at its offsets. Invented names."""

from hypothesis import given, settings
from hypothesis import strategies as st

from searchidx.extract import extract

PIECES = [
    '"We will win,"',
    "“It is over.”",
    '"A',
    "”",
    " said",
    " Said",
    " told",
    " beamed",
    " quoted",
    " as saying",
    " Omar Berg",
    " Ida Brenner",
    " Harbour's",
    " Norvale Networks'",
    " chief executive",
    " former",
    " and",
    " a man",
    " the company",
    " the 23-year-old",
    " he",
    " she",
    " 47 percent",
    " according to",
    ",",
    ".",
    ":",
    "\n",
    "\n\n",
    " that",
    " the plan would fail",
    " praised the plan",
    " warned of",
    "\n    ",
    " took that a step further.",
    ' "I do not think',
    " so.",
    " ‘We will win,’",
    " 'It is over.'",
    " ‘A",
    "’",
    "'",
    " the Ashtons’ house",
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=14))
def test_extraction_never_fails_and_offsets_hold(parts):
    text = "".join(parts)
    x = extract(text)
    for q in x.quotes:
        assert text[q.start : q.end] == q.text
        if q.speaker_start is not None:
            assert 0 <= q.speaker_start <= q.speaker_end <= len(text)


def test_a_quotation_left_open_across_a_line_break_after_narrative():
    # Reuters wraps lines; an unclosed quotation after a narrative sentence about one person
    # made the narrative rule read past its sentence's end (4 of 21,578 Reuters stories)
    text = 'The report is out.\n    Tom Brown went further. "I do not think\nso.'
    x = extract(text)
    assert [(q.text, q.speaker) for q in x.quotes] == [("I do not think\nso.", "Tom Brown")]
