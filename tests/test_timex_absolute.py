"""Absolute dates: each written form, with the rule of generator/timex/absolute.py that reads it."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.timex import absolute, tag

DCT = dt.date(2024, 3, 7)


@pytest.mark.parametrize(
    "sentence, expression, value, rule",
    [
        ("The report is dated 2024-02-28.", "2024-02-28", "2024-02-28", "iso-date"),
        ("The strike began on 22 February 2024.", "22 February 2024", "2024-02-22", "day-month-year"),
        ("It opened on March 3, 2021.", "March 3, 2021", "2021-03-03", "month-day-year"),
        ("Construction started in May 2021.", "May 2021", "2021-05", "month-year"),
    ],
)
def test_each_form_is_read_by_its_rule(sentence, expression, value, rule):
    found = {t.text: t for t in tag(sentence, DCT)}
    assert (found[expression].value, found[expression].rule) == (value, rule)
    assert rule in {r.name for r in absolute.RULES}


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The club was relegated after the 2009-10 season.", [("2009", "2009"), ("10", "2010")]),
        ("The 1957–58 flu pandemic killed millions.", [("1957", "1957"), ("58", "1958")]),
        ("Sales fell in fiscal 2012-13, the firm said.", [("2012", "2012"), ("13", "2013")]),
        # written in full or with "to", it is one range (the seeds' convention); a share is no pair of years
        ("During his first term (2017-2021), tariffs grew.", [("2017-2021", "2017/2021")]),
        ("He ran the bank from 2001 to 2005.", [("2001 to 2005", "2001/2005")]),
        ("Turnout was 1990-1995 percent higher.", []),
    ],
)
def test_a_year_pair_with_a_two_digit_end_is_two_expressions(sentence, expected):
    assert [(t.text, t.value) for t in tag(sentence, DCT)] == expected


def test_a_month_of_that_year_takes_the_year_the_story_named():
    from generator.timex import tag

    text = "Russia invaded in February 2022 and annexed four regions in September of that year."
    assert [(t.text, t.value) for t in tag(text, dt.date(2025, 8, 16))][1] == ("September", "2022-09")
    text = "He left in 2019. In March of the same year, he returned."
    assert [(t.text, t.value) for t in tag(text, dt.date(2025, 8, 16))][1] == ("March", "2019-03")
