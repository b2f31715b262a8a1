"""Durations, sets and references (timex/durations.py): TIMEX3 values, and the point a duration reaches."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.timex import durations, tag

DCT = dt.date(2024, 3, 7)


@pytest.mark.parametrize(
    "sentence, expression, type_, value",
    [
        ("The strike lasted two weeks.", "two weeks", "DURATION", "P2W"),
        ("Talks went on for 48 hours.", "48 hours", "DURATION", "PT48H"),
        ("The ferry sails every Monday.", "every Monday", "SET", "XXXX-WXX-1"),
        ("The port is busy now.", "now", "DATE", "PRESENT_REF"),
    ],
)
def test_types_and_values(sentence, expression, type_, value):
    found = {t.text: t for t in tag(sentence, DCT)}
    assert (found[expression].type, found[expression].value) == (type_, value)
    assert found[expression].rule in {r.name for r in durations.RULES}


def test_a_duration_counted_from_a_day_reaches_a_point():
    found = {t.text: t for t in tag("The strike began on 22 February. Two days later the port closed.", DCT)}
    later = found["Two days"]  # "later" is read, not part of the expression
    assert (later.type, later.value, later.point) == ("DURATION", "P2D", "2024-02-24")


@pytest.mark.parametrize(
    "sentence, expression, value",
    [
        ("The workers ended a months-long strike at the port.", "months-long", "PXM"),
        ("The ruling ends a decades-long dispute over the land.", "decades-long", "PXDE"),
        ("After a years-long legal battle, the firm won.", "years-long", "PXY"),
        ("Hours-long queues formed outside the stores.", "Hours-long", "PTXH"),
        ("The union called a month-long strike.", "month-long", "P1M"),
    ],
)
def test_a_plural_unit_long_is_some_units(sentence, expression, value):
    found = {t.text: t for t in tag(sentence, DCT)}
    assert (found[expression].type, found[expression].value) == ("DURATION", value)


@pytest.mark.parametrize(
    "sentence, expression, value",
    [
        ("It was the biggest single-day drop in a decade.", "single-day", "P1D"),
        ("The player signed a single-year contract.", "single-year", "P1Y"),
        ("Its best single-month sales came in May.", "single-month", "P1M"),
    ],
)
def test_a_single_unit_is_one_unit(sentence, expression, value):
    found = {t.text: t for t in tag(sentence, DCT)}
    assert (found[expression].type, found[expression].value) == ("DURATION", value)


def test_a_length_before_earlier_that_month_reaches_no_point():
    from generator.timex import tag

    text = "He had set it on July 29, after first giving Russia 50 days earlier that month."
    got = [(t.text, t.value, t.point) for t in tag(text, dt.date(2025, 8, 22))]
    assert got == [("July 29", "2025-07-29", None), ("50 days", "P50D", None), ("earlier that month", "2025-07", None)]
