"""Calendar arithmetic and TIMEX3 value formatting. Pure functions, no text."""

from __future__ import annotations

import calendar
import datetime as dt

from ..content import dates

MONTHS = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}


def weekday_number(word: str) -> int:
    """0 for "Monday", "Mon." or "mon"; 6 for "Sunday" (any form that begins with the day's three letters)."""
    return next(n for name, n in WEEKDAYS.items() if name[:3] == word.lower()[:3])


SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI"}
NUMBER_WORDS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "a hundred": 100,
    "one hundred": 100,
    "a couple of": 2,
    "couple of": 2,
    "a dozen": 12,
    "dozen": 12,
}
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
UNIT_CODES = {
    "second": "TS",
    "minute": "TM",
    "hour": "TH",
    "day": "D",
    "night": "D",
    "week": "W",
    "weekend": "WE",
    "fortnight": "2W",
    "month": "M",
    "quarter": "Q",
    "year": "Y",
    "decade": "DE",
    "century": "CE",
}


def number_value(words: str) -> int | None:
    """``"three"`` -> 3, ``"100"`` -> 100, ``"twenty-five"`` -> 25; None for vague quantities."""
    w = words.lower().replace(",", "").strip()
    if w.isdigit():
        return int(w)
    if w in NUMBER_WORDS:
        return NUMBER_WORDS[w]
    parts = w.replace("-", " ").split()
    if len(parts) == 2 and parts[0] in NUMBER_WORDS and parts[1] in NUMBER_WORDS:
        return NUMBER_WORDS[parts[0]] + NUMBER_WORDS[parts[1]]
    return None


def duration_value(count: int | None, unit: str) -> str:
    """TIMEX3 duration: ``P3D``, ``PT2H``, ``PXM`` when the count is vague."""
    code = UNIT_CODES[unit]
    n = "X" if count is None else str(count)
    if code == "2W":
        return "PX" + "W" if count is None else f"P{2 * count}W"
    if code.startswith("T"):
        return f"PT{n}{code[1]}"
    if code in ("DE", "CE") and count is not None:
        return f"P{count * (10 if code == 'DE' else 100)}Y"  # TimeML writes "a decade" as P10Y
    return f"P{n}{code}"


def day_value(d: dt.date) -> str:
    return d.isoformat()


def month_value(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def week_value(d: dt.date) -> str:
    iso_year, iso_week, _ = d.isocalendar()
    return f"{iso_year:04d}-W{iso_week:02d}"


def two_digit_year(yy: str, published: dt.date) -> int:
    """The year of two digits ("'08", "FY99", "Q3'24"): in the century that keeps it at most ten years after
    publication (FY99 in 2025 is 1999, not 2099)."""
    year = published.year // 100 * 100 + int(yy)
    return year - 100 if year > published.year + 10 else year


def days_in_month(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def valid_day(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def weekday_on_or_before(ref: dt.date, weekday: int) -> dt.date:
    return ref - dt.timedelta(days=(ref.weekday() - weekday) % 7)


def weekday_after(ref: dt.date, weekday: int) -> dt.date:
    """The next such weekday; the reference day itself when it is that weekday."""
    return ref + dt.timedelta(days=(weekday - ref.weekday()) % 7)


def shift(ref: dt.date, unit: str, n: int) -> str:
    """The period ``n`` units from ``ref`` at that unit's precision (``n`` may be negative)."""
    if unit == "day":
        return day_value(ref + dt.timedelta(days=n))
    if unit in ("week", "weekend", "fortnight"):
        days = 14 if unit == "fortnight" else 7
        value = week_value(ref + dt.timedelta(days=days * n))
        return value + "-WE" if unit == "weekend" else value
    if unit == "month":
        return month_value(*add_months(ref.year, ref.month, n))
    if unit == "quarter":
        y, m = add_months(ref.year, ref.month, 3 * n)
        return f"{y:04d}-Q{(m - 1) // 3 + 1}"
    if unit == "year":
        return f"{ref.year + n:04d}"
    if unit == "decade":
        return f"{(ref.year // 10 + n):03d}"
    if unit == "century":
        return f"{(ref.year // 100 + n):02d}"
    raise ValueError(unit)


def _calendar_part(value: str) -> str:
    """A value without its time of day: "2025-08-06T14:00" -> "2025-08-06"."""
    return value.split("T")[0]


def precision_rank(precision: str | None) -> int:
    """How coarse a precision is (0 = a day or finer); unknown precisions rank last."""
    return dates.rank(precision)


def precision_of(value: str) -> str | None:
    """The precision a TIMEX3 calendar value carries (for a range, that of its start).

    The forms are those of ``generator.content.dates``; a time of day makes a day value "time" when its hour
    is known ("2025-08-06T14:00"), "day" for a part of the day ("2025-08-06TNI").
    """
    v = value.split("/")[0]
    if "T" in v:
        time = v.split("T")[1]
        day = dates.precision(_calendar_part(v))
        return day and ("time" if len(time) >= 2 and time[:1].isdigit() else "day")
    return dates.precision(v)  # None for "2012-XX-XX": some day of 2012, not a period on a calendar


def start_of(value: str) -> dt.date | None:
    """The first day a calendar value covers, for sorting; None for non-calendar values."""
    return dates.start(_calendar_part(value.split("/")[0]))


def end_of(value: str) -> dt.date | None:
    """The last day a calendar value covers (for a range, the last day of its end); None if not calendar."""
    return dates.end(_calendar_part(value.split("/")[-1]))


def covers(outer: str, inner: str) -> bool:
    """True when every day of ``inner`` lies within ``outer`` ("2025-08" covers "2025-08-06")."""
    a, b, c, d = start_of(outer), end_of(outer), start_of(inner), end_of(inner)
    return None not in (a, b, c, d) and a <= c and d <= b


def easter(year: int) -> dt.date:
    """Western Easter Sunday (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    leap = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * leap) // 433
    month = (h + leap - 7 * m + 90) // 25
    return dt.date(year, month, (h + leap - 7 * m + 33 * month + 19) % 32)


def nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    """The ``n``th ``weekday`` (0 = Monday) of a month; ``n`` = -1 for the last one."""
    if n > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = dt.date(year, month, days_in_month(year, month))
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7)


# Holidays English news names without a date: each gives its day in a year. Names whose day depends on
# the country ("Independence Day": 4 July in the US, 24 August in Ukraine) are left out.
HOLIDAYS = {
    "new year's day": lambda y: dt.date(y, 1, 1),
    "new year's eve": lambda y: dt.date(y, 12, 31),
    "valentine's day": lambda y: dt.date(y, 2, 14),
    "may day": lambda y: dt.date(y, 5, 1),
    "victory day": lambda y: dt.date(y, 5, 9),
    "the fourth of july": lambda y: dt.date(y, 7, 4),
    "bastille day": lambda y: dt.date(y, 7, 14),
    "halloween": lambda y: dt.date(y, 10, 31),
    "armistice day": lambda y: dt.date(y, 11, 11),
    "veterans day": lambda y: dt.date(y, 11, 11),
    "christmas eve": lambda y: dt.date(y, 12, 24),
    "christmas day": lambda y: dt.date(y, 12, 25),
    "christmas": lambda y: dt.date(y, 12, 25),
    "boxing day": lambda y: dt.date(y, 12, 26),
    "palm sunday": lambda y: easter(y) - dt.timedelta(days=7),
    "maundy thursday": lambda y: easter(y) - dt.timedelta(days=3),
    "good friday": lambda y: easter(y) - dt.timedelta(days=2),
    "holy saturday": lambda y: easter(y) - dt.timedelta(days=1),
    "ash wednesday": lambda y: easter(y) - dt.timedelta(days=46),
    "easter sunday": easter,
    "easter": easter,
    "easter monday": lambda y: easter(y) + dt.timedelta(days=1),
    "memorial day": lambda y: nth_weekday(y, 5, 0, -1),
    "labor day": lambda y: nth_weekday(y, 9, 0, 1),
    "thanksgiving day": lambda y: nth_weekday(y, 11, 3, 4),
    "thanksgiving": lambda y: nth_weekday(y, 11, 3, 4),
    "black friday": lambda y: nth_weekday(y, 11, 3, 4) + dt.timedelta(days=1),
    "cyber monday": lambda y: nth_weekday(y, 11, 3, 4) + dt.timedelta(days=4),
}
# Capitalised words that make a weekday the name of one day ("Black Friday", "Super Tuesday", "Bloody
# Sunday"), not the weekday of the week told: the weekday rule leaves those alone.
NAMED_DAY_WORDS = frozenset(
    ["Black", "Cyber", "Super", "Bloody", "Ash", "Palm", "Holy", "Maundy", "Good", "Easter", "Shrove", "Giving"]
)
