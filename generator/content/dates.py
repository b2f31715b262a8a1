"""Date values of the content model: every form an event or statement date may take, declared once.

A date value is a TIMEX3 calendar value (``2025-08-06``, ``2025-W31-WE``, ``2024-SU``, ``199``) or a
range ``A/B`` of two of them. Validation (``timeline check``, the JSON Schemas), the date engine, the
site's words, its pictures and its exports all read the forms from here, so a value one of them
accepts is a value every other one can handle.

Every value covers whole days, from ``first`` to ``last``; a value one of whose days would fall
outside the calendar Python knows (years 1 to 9999) is refused rather than overflowing later.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from dataclasses import dataclass

MODS = {"START": "early", "MID": "mid", "END": "late"}
SEASON_NAMES = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}
SEASON_FIRST_MONTH = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}  # meteorological seasons; winter runs into next year


@dataclass(frozen=True)
class Form:
    """One shape a date value may take: its precision name, its pattern, an example, what it means."""

    precision: str
    pattern: str  # a regular expression without anchors
    example: str
    doc: str


# Most specific first: the first form whose pattern matches a value is its form.
FORMS = (
    Form("day", r"\d{4}-\d{2}-\d{2}", "2025-08-06", "one day"),
    Form("weekend", r"\d{4}-W\d{2}-WE", "2025-W31-WE", "the Saturday and Sunday of an ISO week"),
    Form("week", r"\d{4}-W\d{2}", "2025-W33", "an ISO week, Monday to Sunday"),
    Form("month", r"\d{4}-\d{2}", "2025-08", "a month"),
    Form("season", r"\d{4}-(?:SP|SU|FA|WI)", "2024-SU", "spring, summer, autumn (fall) or winter (into next year)"),
    Form("quarter", r"\d{4}-Q[1-4]", "2009-Q3", "a quarter of a year"),
    Form("half", r"\d{4}-H[12]", "2010-H1", "a half of a year"),
    Form("year", r"\d{4}", "2025", "a year"),
    Form("decade", r"\d{3}", "199", "a decade: 199 is the 1990s"),
    Form("century", r"\d{2}", "19", "a century: 19 is the 20th century (1900-1999)"),
)
_FORM_RES = tuple((f, re.compile(f"^{f.pattern}$")) for f in FORMS)
ONE = "(?:" + "|".join(f.pattern for f in FORMS) + ")"
PATTERN = f"^{ONE}(?:/{ONE})?$"  # the JSON Schema pattern of a date field
# Every precision a page may give: the forms', and "time" (a day whose hour was known).
PRECISIONS = ("year", "season", "quarter", "half", "month", "week", "weekend", "day", "time", "decade", "century")
# Finer precisions first: only the order matters (a day before a weekend before a week ...).
RANK = {
    "time": 0,
    "day": 0,
    "weekend": 1,
    "week": 2,
    "month": 3,
    "season": 4,
    "quarter": 4,
    "half": 5,
    "year": 6,
    "decade": 7,
    "century": 8,
}
FORMS_TEXT = "YYYY-MM-DD, YYYY-Www, YYYY-Www-WE, YYYY-MM, YYYY-SP/SU/FA/WI, YYYY-Q1..4, YYYY-H1/H2, YYYY, YYY, YY, A/B"


class DateError(ValueError):
    """A value that is not a date in an allowed form; the message says why."""


@dataclass(frozen=True)
class Period:
    """A parsed date value: its text, its form's precision, and the first and last day it covers."""

    value: str
    precision: str
    first: dt.date
    last: dt.date
    parts: tuple[Period, ...] = ()  # the two ends of a range; empty for a single value

    @property
    def is_range(self) -> bool:
        return bool(self.parts)


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _months(year: int, first_month: int, n: int) -> tuple[dt.date, dt.date]:
    """The first and last day of ``n`` months from ``first_month`` of ``year`` (may run into next year)."""
    index = year * 12 + first_month - 1 + n - 1
    return dt.date(year, first_month, 1), _month_end(index // 12, index % 12 + 1)


def _span(precision: str, v: str) -> tuple[dt.date, dt.date]:
    """First and last day of one value of a known form; ValueError/OverflowError off the calendar."""
    if precision == "day":
        day = dt.date.fromisoformat(v)
        return day, day
    if precision in ("week", "weekend"):
        monday = dt.date.fromisocalendar(int(v[:4]), int(v[6:8]), 1)
        if precision == "weekend":
            return monday + dt.timedelta(days=5), monday + dt.timedelta(days=6)
        return monday, monday + dt.timedelta(days=6)
    year = int(v[:4]) if len(v) >= 4 else 0
    if precision == "month":
        return _months(year, int(v[5:7]), 1)
    if precision == "season":
        return _months(year, SEASON_FIRST_MONTH[v[5:]], 3)
    if precision == "quarter":
        return _months(year, 3 * (int(v[6]) - 1) + 1, 3)
    if precision == "half":
        return _months(year, 6 * (int(v[6]) - 1) + 1, 6)
    if precision == "year":
        return _months(year, 1, 12)
    if precision == "decade":
        return dt.date(int(v) * 10, 1, 1), dt.date(int(v) * 10 + 9, 12, 31)
    return dt.date(int(v) * 100, 1, 1), dt.date(int(v) * 100 + 99, 12, 31)  # century


def form_of(value: str) -> Form | None:
    """The form a single (not range) value is written in, or None."""
    for form, regex in _FORM_RES:
        if regex.match(value):
            return form
    return None


def _parse_one(value: str) -> Period:
    form = form_of(value)
    if form is None:
        raise DateError(f"{value!r} is not a real date in an allowed form ({FORMS_TEXT})")
    if form.precision in ("decade", "century") and int(value) == 0:
        raise DateError(f"{value!r}: the calendar starts in year 1")
    try:
        first, last = _span(form.precision, value)
    except (ValueError, OverflowError):
        raise DateError(
            f"{value!r} is not a real date (a {form.precision}, like {form.example!r}, within the years 1-9999)"
        ) from None
    return Period(value, form.precision, first, last)


@functools.lru_cache(maxsize=8192)  # a site reads the same few hundred values thousands of times
def parse(value: str) -> Period:
    """The period a date value covers; DateError with a one-line reason when it is not one."""
    if not isinstance(value, str):
        raise DateError(f"{value!r} is not text")
    ends = value.split("/")
    if len(ends) == 1:
        return _parse_one(value)
    if len(ends) > 2:
        raise DateError(f"{value!r}: a range has two ends, A/B")
    a, b = _parse_one(ends[0]), _parse_one(ends[1])
    if not (a.first <= b.first and a.last <= b.last and a.value != b.value):
        raise DateError(f"{value!r}: a range must end after it starts")
    return Period(value, a.precision, a.first, b.last, (a, b))


def problem(value: object) -> str | None:
    """Why ``value`` is not a date value, or None when it is one."""
    if not isinstance(value, str):
        return f"{value!r} is not text"
    try:
        parse(value)
    except DateError as exc:
        return str(exc)
    return None


def is_valid(value: object) -> bool:
    """True when ``value`` is a date value every part of the site can show."""
    return problem(value) is None


def try_parse(value: str) -> Period | None:
    """The period, or None for anything else (an engine value such as ``PRESENT_REF`` or ``2012-XX-XX``)."""
    try:
        return parse(value)
    except DateError:
        return None


def precision(value: str) -> str | None:
    """The precision name of a value (for a range, that of its start); None if it is not a date value."""
    p = try_parse(value)
    return p.precision if p else None


def start(value: str) -> dt.date | None:
    """The first day a value covers; None if it is not a date value."""
    p = try_parse(value)
    return p.first if p else None


def end(value: str) -> dt.date | None:
    """The last day a value covers (for a range, the last day of its end); None if it is not a date value."""
    p = try_parse(value)
    return p.last if p else None


def rank(precision_name: str | None) -> int:
    """How coarse a precision is (0 = a day or finer); unknown precisions rank last."""
    return RANK.get(precision_name or "", 9)


def sort_key(value: str, precision_name: str | None = None) -> tuple[dt.date, int]:
    """Chronological by the first day; on the same day the coarser value first; non-dates last."""
    p = try_parse(value)
    if p is None:
        return dt.date.max, 0
    return p.first, -rank(precision_name or p.precision)


def _day_words(d: dt.date, year: bool = True) -> str:
    return f"{d.day} {d.strftime('%B')}" + (f" {d.year}" if year else "")


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _weekend_words(sat: dt.date, sun: dt.date) -> str:
    if sat.month == sun.month:
        return f"the weekend of {sat.day}–{sun.day} {sun.strftime('%B')} {sun.year}"
    if sat.year == sun.year:
        return f"the weekend of {_day_words(sat, year=False)} – {_day_words(sun)}"
    return f"the weekend of {_day_words(sat)} – {_day_words(sun)}"


def _words(p: Period) -> str:
    """One value in words, without a modifier."""
    v = p.value
    if p.precision == "day":
        return _day_words(p.first)
    if p.precision == "week":
        return f"week of {_day_words(p.first)}"
    if p.precision == "weekend":
        return _weekend_words(p.first, p.last)
    if p.precision == "month":
        return p.first.strftime("%B %Y")
    if p.precision == "season":
        return f"{SEASON_NAMES[v[5:]]} {v[:4]}"
    if p.precision == "quarter":
        return f"Q{v[6]} {v[:4]}"
    if p.precision == "half":
        return f"the {'first' if v[6] == '1' else 'second'} half of {v[:4]}"
    if p.precision == "decade":
        return f"the {v}0s"
    if p.precision == "century":
        return f"the {_ordinal(int(v) + 1)} century"
    return v  # a year


def _with_mod(p: Period, text: str, mod: str | None) -> str:
    """'early August 2025', 'the early 1990s', 'late in the week of 11 August 2025'; a day has no part."""
    word = MODS.get(mod or "")
    if not word or p.precision in ("day", "weekend"):
        return text
    if p.precision in ("decade", "century"):
        return f"the {word} {text[4:]}"
    if p.precision in ("week", "half"):
        return f"{word} in {'the ' if p.precision == 'week' else ''}{text}"
    return f"{word} {text}"


@functools.lru_cache(maxsize=8192)  # the same dates are shown on many pages
def display(value: str, mod: str | None = None) -> str:
    """A date in words, as precisely as it is known: '6 August 2025', 'summer 2024', 'May – July 2025'.

    A value that is not a date value is shown as it is (validation keeps such values out of content/).
    """
    p = try_parse(value)
    if p is None:
        return value
    if p.is_range:
        a, b = p.parts
        first = _words(a)
        if a.precision == b.precision == "month" and a.first.year == b.first.year:
            first = a.first.strftime("%B")
        return f"{first} – {_words(b)}"
    return _with_mod(p, _words(p), mod)


def timelinejs(value: str) -> dict[str, str]:
    """The TimelineJS3 start date: year, then month and day as far as the value's start knows them.

    The precision itself goes into the event's text and ``display_date`` (TimelineJS has no field for it).
    """
    p = try_parse(value)
    if p is None:
        return {}
    out = {"year": str(p.first.year)}
    if p.precision in ("day", "time", "week", "weekend", "month", "season", "quarter", "half"):
        out["month"] = str(p.first.month)
    if p.precision in ("day", "time", "week", "weekend"):
        out["day"] = str(p.first.day)
    return out


def timelinejs_end(value: str) -> dict[str, str] | None:
    """The TimelineJS3 end date of a value longer than a day (its last day); None for a single day."""
    p = try_parse(value)
    if p is None or p.first == p.last:
        return None
    return {"year": str(p.last.year), "month": str(p.last.month), "day": str(p.last.day)}


def csv_cells(value: str, precision_name: str, mod: str | None = None) -> list[str]:
    """The CSV form of an event's date: the value as written, its precision, and the value in words."""
    return [value, precision_name, display(value, mod)]


def atom_updated(value: str | None) -> str:
    """The Atom ``updated`` timestamp of a value: midnight UTC of its first day."""
    day = start(value) if value else None
    return f"{(day or dt.date(1970, 1, 1)).isoformat()}T00:00:00Z"
