from datetime import date

from searchidx.extract import extract

REF = date(2024, 10, 27)


def quotes(text, ref=REF):
    x = extract(text, ref)
    for q in x.quotes:
        assert text[q.start:q.end] == q.text
    return x, [(q.text, q.speaker) for q in x.quotes]


def test_pre_attribution_with_title_and_colon():
    x, got = quotes('Finance Minister Anna Berg said: "We will cut taxes."')
    assert got == [("We will cut taxes.", "Anna Berg")]
    assert x.quotes[0].role == "Finance Minister"
    assert x.speakers == ["Anna Berg"]


def test_said_that_and_surname_resolution():
    _, got = quotes('Prime Minister Omar Delcourt arrived. Delcourt said that “the plan is dead.”')
    assert got == [("the plan is dead.", "Omar Delcourt")]


def test_post_attribution_forms():
    _, got = quotes('Ravi Menon spoke first. "It is over," Menon said. "We agree," said Menon. '
                    '"So do we," he said.')
    assert [s for _, s in got] == ["Ravi Menon"] * 3


def test_split_quote_two_mentions_same_speaker():
    x, got = quotes('Senator Lia Hart left. "First part," she said, "second part."')
    assert got == [("First part,", "Lia Hart"), ("second part.", "Lia Hart")]
    assert x.quotes[0].speaker_start is not None
    assert "she" == "Senator Lia Hart left. \"First part,\" she said"[x.quotes[0].speaker_start:x.quotes[0].speaker_end]


def test_appositive_and_participle_subjects():
    _, got = quotes('Tom Riel, the Pentagon spokesman, commenting on the report, declared: '
                    '“It is false.” Defence Secretary Mia Lund weighed in, warning “it will escalate.”')
    assert got == [("It is false.", "Tom Riel"), ("it will escalate.", "Mia Lund")]


def test_pronoun_and_title_resolution():
    _, got = quotes('President Karl Vos met aides. He warned that “time is short.” '
                    'Later the president added: "We stay."')
    assert got == [("time is short.", "Karl Vos"), ("We stay.", "Karl Vos")]


def test_organisation_and_according_to():
    _, got = quotes('The Pentagon said “no comment.” “It works,” according to Nora Quist.')
    assert got == [("no comment.", "Pentagon"), ("It works,", "Nora Quist")]


def test_scare_quotes_and_questions_get_no_speaker():
    x, got = quotes('The city crossed its “red lines” again. Asked if “the talks failed,” '
                    'Jan Moss replied “No.”')
    assert got == [("red lines", None), ("the talks failed,", None), ("No.", "Jan Moss")]
    assert x.speakers == ["Jan Moss"]


def test_newspaper_is_not_a_speaker():
    _, got = quotes('A Daily Planet article reported that sales reached “a record high.”')
    assert got == [("a record high.", None)]


def test_nested_quotes_inherit_speaker():
    _, got = quotes('“We need ‘boots on the ground’ now,” Ada Pike declared.')
    assert got == [("We need ‘boots on the ground’ now,", "Ada Pike"),
                   ("boots on the ground", "Ada Pike")]


def test_previous_sentence_attribution():
    _, got = quotes('Mayor Ben Ola spoke to reporters: \n\n"The budget is balanced."')
    assert got == [("The budget is balanced.", "Ben Ola")]


def test_statement_date():
    x, _ = quotes('Eva Lind said last Thursday that “prices will fall.” “Good,” Lind said.')
    assert [q.date for q in x.quotes] == ["2024-10-24", "2024-10-27"]
    x, _ = quotes('Eva Lind said “ok.”', None)
    assert x.quotes[0].date is None


def test_straight_quote_unbalanced_does_not_swallow_paragraphs():
    text = ('"It is gloomy, said Dan Wyss of Acme Inc. "I am worried."\n'
            '    "Costs rose," Wyss said.\n')
    _, got = quotes(text)
    assert ("Costs rose,", "Dan Wyss") in got
