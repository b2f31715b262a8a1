"""Calendar arithmetic on TIMEX3 values: precision, first and last day, covering, shifting, holidays."""

from __future__ import annotations

import datetime as dt

from generator.timex import calendar as cal


def test_precision_of_each_value_form():
    assert [cal.precision_of(v) for v in ("2025", "2025-08", "2025-W33", "2025-08-06", "2025-08-06T10:00")] == [
        "year",
        "month",
        "week",
        "day",
        "time",
    ]
    # 0 for a day or finer, coarser precisions higher, unknown ones last.
    assert cal.precision_rank("time") == cal.precision_rank("day") == 0
    assert cal.precision_rank("day") < cal.precision_rank("month") < cal.precision_rank("year")
    assert cal.precision_rank("fortnight") > cal.precision_rank("year")


def test_first_and_last_day_and_covering():
    assert (cal.start_of("2024-02"), cal.end_of("2024-02")) == (dt.date(2024, 2, 1), dt.date(2024, 2, 29))
    assert (cal.start_of("2025-W33"), cal.end_of("2025-W33")) == (dt.date(2025, 8, 11), dt.date(2025, 8, 17))
    assert cal.covers("2025-08", "2025-08-06") and not cal.covers("2025-08-06", "2025-08")
    assert cal.start_of("PRESENT_REF") is None


def test_shifting_and_months():
    assert cal.shift(dt.date(2024, 1, 31), "month", 1) == "2024-02"
    assert cal.shift(dt.date(2024, 3, 7), "day", -8) == "2024-02-28"
    assert cal.add_months(2024, 11, 3) == (2025, 2)
    assert cal.days_in_month(2023, 2) == 28 and cal.valid_day(2023, 2, 29) is None


def test_numbers_durations_and_holidays():
    assert cal.number_value("twenty-one") == 21 and cal.number_value("a dozen") == 12
    assert cal.duration_value(3, "day") == "P3D" and cal.duration_value(2, "hour") == "PT2H"
    assert cal.easter(2024) == dt.date(2024, 3, 31)
    assert cal.nth_weekday(2024, 11, 3, 4) == dt.date(2024, 11, 28)  # the fourth Thursday: Thanksgiving


def test_a_two_digit_year_is_at_most_ten_years_after_publication():
    from generator.timex.calendar import two_digit_year

    published = dt.date(2025, 8, 7)
    assert [two_digit_year(yy, published) for yy in ("99", "35", "36", "00", "24")] == [1999, 2035, 1936, 2000, 2024]
