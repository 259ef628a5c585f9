from datetime import date, datetime

from searchidx.extract import extract
from searchidx.extract.dates import find_dates

REF = date(2024, 10, 27)  # a Sunday


def values(text, ref=REF):
    return [(text[s:e], v) for s, e, v in find_dates(text, ref)]


def test_absolute_forms():
    got = values("It began on 3 March 2021, ended March 5, 2022, resumed 2023-01-09 "
                 "and again on Feb. 2.")
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
    got = dict((t, v) for t, v in values(
        "yesterday, today, tomorrow, this week, last week, next month, last year, "
        "earlier this year, two years ago"))
    assert got == {"yesterday": "2024-10-26", "today": "2024-10-27", "tomorrow": "2024-10-28",
                   "this week": "2024-W43", "last week": "2024-W42", "next month": "2024-11",
                   "last year": "2023", "earlier this year": "2024", "two years ago": "2022"}


def test_years_need_context():
    got = values("In 2022 some 12,000 troops fired 155mm shells; the 2022 invasion; "
                 "the 2000 shares; 1987 alone.")
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
    got = dict(values(
        "Profit rose in the third quarter from a year earlier; the company is now bigger than "
        "it was recently, and in the future it will grow. Sales in the 1990s and in "
        "nineteen ninety-six. Results for the quarter. It was hot last summer.", REF89))
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
    assert [q.date for q in ex.quotes] == ["2024-10-27"]
