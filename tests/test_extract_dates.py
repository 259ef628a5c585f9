from datetime import date, datetime

from searchidx.extract import extract
from searchidx.extract.dates import find_dates

REF = date(2024, 10, 27)  # a Sunday


def values(text, ref=REF):
    return [(text[s:e], v) for s, e, v in find_dates(text, ref)]


def test_absolute_forms():
    got = values("It began on 3 March 2021, ended March 5, 2022, resumed 2023-01-09 and again on Feb. 2.")
    assert ("3 March 2021", "2021-03-03") in got
    assert ("March 5, 2022", "2022-03-05") in got
    assert ("2023-01-09", "2023-01-09") in got
    assert ("Feb. 2", "2024-02-02") in got


def test_day_month_without_year_takes_nearest_year():
    assert values("due on December 30", date(2025, 1, 4)) == [("December 30", "2024-12-30")]
    assert values("as soon as October 27 or 28") == [("October 27", "2024-10-27")]


def test_month_alone():
    assert values("a visit in June") == [("June", "2024-06")]
    assert values("first raised in November") == [("November", "2023-11")]
    assert values("Last December, the ministry") == [("Last December", "2023-12")]
    assert values("it will open in December") == [("December", "2024-12")]
    assert values("next March") == [("next March", "2025-03")]


def test_weekdays():
    assert values("said last Thursday") == [("last Thursday", "2024-10-24")]
    assert values("On Friday he left") == [("On Friday", "2024-10-25")]
    assert values("ratified on Thursday") == [("on Thursday", "2024-10-24")]
    assert values("told a paper on Sunday") == [("on Sunday", "2024-10-27")]
    assert values("they meet next Tuesday") == [("next Tuesday", "2024-10-29")]


def test_relative_periods():
    got = dict(
        (t, v)
        for t, v in values(
            "yesterday, today, tomorrow, this week, last week, next month, last year, earlier this year, two years ago"
        )
    )
    assert got == {
        "yesterday": "2024-10-26",
        "today": "2024-10-27",
        "tomorrow": "2024-10-28",
        "this week": "2024-W43",
        "last week": "2024-W42",
        "next month": "2024-11",
        "last year": "2023",
        "earlier this year": "2024",
        "two years ago": "2022",
    }


def test_years_need_context():
    got = values("In 2022 some 12,000 troops fired 155mm shells; the 2022 invasion; the 2000 shares; 1987 alone.")
    assert got == [("2022", "2022"), ("2022", "2022")]


def test_false_friends():
    assert values("Prices may rise and troops march. They May go.") == []


def test_no_reference_date_keeps_only_absolute():
    got = values("On Friday, in June, on 3 March 2021 and in 2022.", None)
    assert got == [("3 March 2021", "2021-03-03"), ("2022", "2022")]


def test_datetime_reference_and_extraction_lists():
    x = extract("He left on Friday and came back on Friday.", datetime(2024, 10, 27, 9, 30))
    assert x.dates == ["2024-10-25"]
    assert len(x.date_mentions) == 2


REF89 = date(1989, 10, 27)  # a Friday


def test_timeml_reference_values():
    got = dict(
        values(
            "Profit rose in the third quarter from a year earlier; the company is now bigger than "
            "it was recently, and in the future it will grow. Sales in the 1990s and in "
            "nineteen ninety-six. Results for the quarter. It was hot last summer.",
            REF89,
        )
    )
    assert got["the third quarter"] == "1989-Q3"
    assert got["a year earlier"] == "1988-Q3"
    assert got["now"] == "PRESENT_REF"
    assert got["recently"] == "PAST_REF"
    assert got["the future"] == "FUTURE_REF"
    assert got["the 1990s"] == "199"
    assert got["nineteen ninety-six"] == "1996"
    assert got["the quarter"] == "1989-Q3"
    assert got["last summer"] == "1989-SU"


def test_bare_years_and_year_anaphora():
    got = values("Iraq's 1990 invasion, between 1994 and 1997; that year it grew.", REF89)
    assert ("1990", "1990") in got and ("1994", "1994") in got and ("1997", "1997") in got
    assert ("that year", "1997") in got


def test_weekend_and_current_period():
    got = dict(values("Over the weekend and in the current quarter", REF89))
    assert got == {"the weekend": "1989-W42-WE", "the current quarter": "1989-Q4"}


def test_quote_dates_are_calendar_values_only():
    from datetime import date

    from searchidx.extract import extract

    body = 'Prices are rising now, the minister said. "We will act," she said in the third quarter.'
    ex = extract(body, date(2024, 10, 27))
    assert [q.date for q in ex.quotes if q.direct] == ["2024-10-27"]


def test_the_year_after_a_preposition_is_the_reference_year():
    got = values(
        "Sales for the year rose; in the first half of the year and earlier in the year. "
        "Profit for the year ended March 31 fell; the year before it rose.",
        REF89,
    )
    assert got == [
        ("the year", "1989"),
        ("the year", "1989"),
        ("earlier in the year", "1989"),
        ("March 31", "1989-03-31"),
    ]


def test_the_fiscal_year_ended_is_a_period_not_a_date():
    assert values("In the fiscal year ended Jan. 31, sales rose.", REF89) == [("Jan. 31", "1989-01-31")]


def test_soon_is_future_ref_but_not_as_soon_as_or_soon_after():
    assert values("The bank may soon cut rates.") == [("soon", "FUTURE_REF")]
    assert values("Leave as soon as possible; it ended soon after that and was soon forgotten.") == []


def test_capitalised_ago():
    assert values("A decade ago the plant closed. Two weeks ago it reopened.") == [
        ("A decade ago", "2014"),
        ("Two weeks ago", "2024-W41"),
    ]


def test_weekday_followed_by_its_date_is_one_expression():
    got = values("In an editorial on Thursday, Oct. 3, the paper said so.")
    assert got == [("on Thursday, Oct. 3", "2024-10-03")]
    assert values("He died on Friday Sept. 27.") == [("on Friday Sept. 27", "2024-09-27")]


def test_future_wording_in_the_same_sentence_only():
    # "will" belongs to the previous sentence: the weekday is the past one
    assert values('"We will act," she said. The blasts on Friday shook the city.') == [("on Friday", "2024-10-25")]
    # a sentence that opens with the weekday and plans something is about the future
    assert values("He spoke. On Tuesday, the league plans to hold a news conference.") == [("On Tuesday", "2024-10-29")]
    # initials are not sentence ends: "will" still governs the date
    assert values("Mr. Smith will succeed John P. Davison Feb. 1, the bank said.") == [("Feb. 1", "2025-02-01")]


def test_more_future_cues():
    assert values("The talks are set to resume Monday.") == [("Monday", "2024-10-28")]
    assert values("The rules, to be published in early February, apply to banks.") == [("February", "2025-02")]
    assert values("a new dividend, effective Feb. 1") == [("Feb. 1", "2025-02-01")]
    assert values("They were planning to fly to Miami on Monday.") == [("on Monday", "2024-10-28")]


def test_by_month_follows_the_tense():
    assert values("It plans to repay the loan by February.", date(1989, 10, 27)) == [("February", "1990-02")]
    assert values("By late February the market had recovered.", date(1989, 10, 27)) == [("February", "1989-02")]


def test_sentences_are_not_cut_by_line_wraps():
    assert values("The yards will implement the new\nguidelines from September.", date(1987, 3, 30)) == [
        ("September", "1987-09")
    ]


def test_the_year_to_a_date_and_too_soon_are_not_dates():
    assert values("Tolls will not rise in the year to end-September 1988.", REF89) == [("September 1988", "1988-09")]
    assert values("It is too soon to tell.") == []
    # early in a year, "results for the year" may be last year's: left out
    assert values("Results for the year were aided by a gain.", date(1987, 3, 2)) == []


def test_a_statement_is_not_dated_after_its_article():
    """A date between the speaker and the cue that lies after the article's own date is
    not when the words were said: the statement keeps the article's date."""
    body = (
        "Defence chief Marta Quill, who is expected to step down when her term ends in January, "
        "said she would travel to Oslo next week.\n\n"
        'Harbour master Tomas Ridge said on Tuesday: "We will reopen the quay."'
    )
    ex = extract(body, datetime(2024, 10, 3))
    dates = {q.speaker: q.date for q in ex.quotes}
    assert dates["Marta Quill"] == "2024-10-03"
    assert dates["Tomas Ridge"] == "2024-10-01"  # "on Tuesday" before a Thursday article
