"""Reported speech without quotation marks: ``direct`` false, with its speaker. Invented names."""
from datetime import date

from searchidx.extract import extract

REF = date(2024, 10, 27)


def reported(text):
    x = extract(text, REF)
    out = []
    for q in x.quotes:
        assert text[q.start:q.end] == q.text
        if not q.direct:
            out.append((q.text, q.speaker))
    return out


def test_statement_after_the_cue():
    assert reported('Ms Ida Rahman said the plan would fail because nobody funded it.') == [
        ("the plan would fail because nobody funded it", "Ida Rahman")]


def test_that_clause_is_kept_and_object_cues_step_over_the_object():
    assert reported('Omar Berg told reporters that taxes would rise next year.') == [
        ("that taxes would rise next year", "Omar Berg")]


def test_statement_before_the_cue():
    assert reported('The budget is balanced for the first time, Finance Minister Omar Berg said on Monday.') == [
        ("The budget is balanced for the first time", "Omar Berg")]


def test_according_to_before_and_after():
    got = reported('According to officials, the bridge will open in May. '
                   'Ticket prices will double next year, according to Mara Quist.')
    assert got == [("the bridge will open in May", None), ("Ticket prices will double next year", "Mara Quist")]


def test_statement_stops_at_its_first_clause():
    got = reported('Dana Shore said the vote was close, but she would not concede.')
    assert got == [("the vote was close", "Dana Shore")]


def test_quotations_and_narrative_are_not_reported_speech():
    text = ('Ann Lee said: "The plan is dead." The bridge was built in 1990. '
            'Ann Lee said, clutching the rail. Paul Kent denied the charges.')
    assert reported(text) == []


def test_pronoun_and_date_of_reported_speech():
    x = extract('Senator Lia Hart arrived. She said last Thursday that the talks had failed.', REF)
    (q,) = [q for q in x.quotes if not q.direct]
    assert (q.speaker, q.kind, q.date) == ("Lia Hart", "person", "2024-10-24")


def test_people_whose_words_are_reported_are_speakers():
    x = extract('Rival firm Brayco said sales fell. Mira Olsen said the deal was off.', REF)
    assert x.speakers == ["Mira Olsen"]
