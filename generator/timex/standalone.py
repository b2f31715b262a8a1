"""Rules for expressions that stand alone as a date without a day and month of their own: holidays
("Christmas Eve 2024"), a year on its own ("in 2019", but not "his 1987 Chevrolet"), a short year ("in '08"),
and, last of all, a date in another language handed to dateparser ("16 de agosto, 2025")."""

from __future__ import annotations

import re
from functools import cache

from . import calendar as cal
from .grammar import (
    DAY,
    END,
    MODIFIER,
    MONTH,
    START,
    WEEKDAY,
    YEAR,
    Rule,
    mod_of,
    registrar,
)
from .tense import FUTURE, PAST

RULES: list[Rule] = []
rule = registrar(RULES)


_HOLIDAY_NAMES = sorted(cal.HOLIDAYS, key=len, reverse=True)
_HOLIDAY = "|".join(re.escape(h).replace("'", "['’]").replace(r"\ ", r"\s+") for h in _HOLIDAY_NAMES)


@rule(
    "holiday",
    rf"(?P<pre>\b(?:on|at|by|before|after|until|till|since|over|around|during|for|of)\s+)?"
    rf"\b(?P<x>(?:(?P<dir>this|last|next)\s+)?(?P<h>{_HOLIDAY})(?:,?\s+(?P<y>{YEAR}))?){END}",
    re.IGNORECASE,
)
def _holiday(m, ctx):
    """ "on Christmas Day", "after Easter", "Victory Day 2025": the holiday's day in the year the tense
    points to (the last one in a past clause, the next one in a future clause), or the year written."""
    day_in = cal.HOLIDAYS[" ".join(m["h"].lower().replace("’", "'").split())]
    if m["y"]:
        return "DATE", day_in(int(m["y"])).isoformat(), None
    if not (m["pre"] or m["dir"]):
        return None  # "Christmas shopping", "a Victory Day parade": a name, not a date
    direction = (m["dir"] or "").lower()
    dct = ctx.dct
    this, last, following = day_in(dct.year), day_in(dct.year - 1), day_in(dct.year + 1)
    if direction == "last":
        day = this if this < dct else last
    elif direction == "next":
        day = this if this > dct else following
    elif direction == "this":
        day = this
    else:
        tense = ctx.tense_at(m.start("x"), m.end("x"))
        if tense == PAST:
            day = this if this <= dct else last
        elif tense == FUTURE:
            day = this if this >= dct else following
        else:
            day = min((last, this, following), key=lambda d: abs((d - dct).days))
    return "DATE", day.isoformat(), None


# A fiscal or financial year by its code or its long form ("FY2024", "FY25", "fiscal year 2025", "the 2024
# financial year"): TimeML gives it the calendar year it is named by ("this fiscal year" is 2013 in TempEval-3).
@rule(
    "fiscal-year",
    rf"(?<![\w-])(?P<x>FY\s?['’]?(?P<yy>\d\d)(?!\d)|FY\s?(?P<y>{YEAR})|(?:[Ff]iscal|[Ff]inancial)\s+[Yy]ear\s+(?P<y2>{YEAR})"
    rf"|(?:[Tt]he\s+)?(?P<y3>{YEAR})\s+(?:fiscal|financial)\s+year){END}",
    needs=("fy", "fiscal", "financial"),
)
def _fiscal_year(m, ctx):
    if m["yy"]:
        return "DATE", f"{cal.two_digit_year(m['yy'], ctx.dct):04d}", None
    return "DATE", m["y"] or m["y2"] or m["y3"], None


_MODEL_YEAR_BEFORE = re.compile(r"\b(?:his|her|their|my|our|your|its|a)\s+$", re.IGNORECASE)
_NAME_AFTER = re.compile(r"\s+[A-Z][a-z]")


@rule(
    "year",
    rf"(?P<pre>\b(?:in|since|until|by|from|of|during|before|after|around|circa)\s+)?"
    rf"(?P<x>(?P<fy>[Ff]iscal\s+)?{MODIFIER}(?:(?<=mid-)|(?<=early-)|(?<=late-)|{START})(?P<y>{YEAR})){END}(?!\s*(?:%|percent|[-–]\d|,\d|\.\d|:\d|\s+(?:people|troops|soldiers|drones|"
    r"missiles|residents|kilometers|kilometres|miles|km|metres|meters|feet|dollars|euros|tons|tonnes|"
    r"points|votes|seats|deaths|casualties|units|members|times|hours|pages)\b))",
)
def _year_alone(m, ctx):
    year = int(m["y"])
    # The word before is read in a short window (the search sees the text before it), not from the start.
    before = _MODEL_YEAR_BEFORE.search(ctx.text, max(0, m.start() - 40), m.start())
    if before and _NAME_AFTER.match(ctx.text, m.end()):
        return None  # "his 1987 Chevrolet", "a 2004 Ford": a model year, not a date
    if not (m["pre"] or m["mod"] or m["fy"]) and not 1900 <= year <= ctx.dct.year + 30:
        return None
    if not (m["pre"] or m["mod"] or m["fy"]) and _is_name_part(ctx.text, m.start("x")):
        return None  # "Windows 2000", "Flight 2013", "Section 1983": a number in a name (TIDES: non-markable)
    return "DATE", f"{year:04d}", mod_of(m["mod"])


_CAPITAL_BEFORE = re.compile(r"(?<![\w.])([A-Z][a-z]+)\s$")
# Capitalised words that a year follows as a date, not as part of a name: the grammar's own words.
_DATE_WORDS_BEFORE = frozenset(
    [
        *cal.MONTHS,
        *cal.WEEKDAYS,
        *cal.SEASONS,
        "christmas",
        "easter",
        "in",
        "since",
        "until",
        "by",
        "from",
        "of",
        "during",
        "before",
        "after",
        "around",
        "for",
        "the",
        "and",
        "or",
        "to",
        "through",
        "early",
        "late",
        "mid",
        "fiscal",
        "circa",
        "year",
        "about",
        "as",
        "at",
        "between",
        "on",
        "but",
        "than",
        "then",
        "until",
        "till",
    ]
)


def _is_name_part(text: str, start: int) -> bool:
    """True when a bare year follows a capitalised word that is not a date word, in running text (not a
    title-case headline): "Office 2010 went on sale"."""
    before = _CAPITAL_BEFORE.search(text, max(0, start - 20), start)
    if not before or before[1].lower() in _DATE_WORDS_BEFORE:
        return False
    line_start, line_end = text.rfind("\n", 0, start) + 1, text.find("\n", start)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    words = [w for w in re.findall(r"[A-Za-z]+", line) if len(w) > 3]
    return not (words and sum(w[0].isupper() for w in words) * 3 >= len(words) * 2)


@rule(
    "short-year",
    r"\b(?:in|since|until|by|from|of|during|before|after|around|fiscal|summer|spring|autumn|fall|winter|"
    r"class\s+of)\s+(?P<x>['’](?P<yy>\d\d))(?![\w'’-])",
    re.IGNORECASE,
)
def _short_year(m, ctx):
    """ "in '08", "since '99": a year written with two digits after an apostrophe, in the century that keeps
    it at most ten years after publication."""
    return "DATE", f"{cal.two_digit_year(m['yy'], ctx.dct):04d}", None


# The last step of the cascade, behind our own grammar (as htmldate does it): a date in another language
# or an odd form ("16 de agosto, 2025", "12. März 2023") goes to dateparser, configured once here. Its
# import and language data cost most of a second, so the parser is built on the first such date only.
_FOREIGN_LANGUAGES = ["es", "pt", "fr", "de", "it", "nl", "ru", "uk", "pl", "tr", "ro", "sv"]
_FOREIGN_SETTINGS = {"PREFER_DAY_OF_MONTH": "first", "DATE_ORDER": "DMY", "REQUIRE_PARTS": ["day", "month", "year"]}
_ENGLISH_WORD = re.compile(rf"(?:{MONTH}|{WEEKDAY}|of|and|to|the|in|or)$", re.IGNORECASE)


@cache
def _foreign_parser():
    from dateparser.date import DateDataParser

    return DateDataParser(languages=_FOREIGN_LANGUAGES, settings=_FOREIGN_SETTINGS, try_previous_locales=False)


@cache
def _parse_foreign(text: str) -> str | None:
    data = _foreign_parser().get_date_data(text)
    return data.date_obj.date().isoformat() if data.date_obj and data.period == "day" else None


@rule(
    "foreign-date",
    rf"(?=[\d\w])(?<![\w.,])(?P<x>(?P<d>{DAY})\.?\s+(?:de\s+)?(?P<mo>[^\W\d_]{{3,12}}\.?)(?:\s+de|,)?\s+(?P<y>{YEAR})"
    rf"|(?P<mo2>[^\W\d_A-Z][^\W\d_]{{2,11}})\s+(?P<d2>{DAY}),?\s+(?P<y2>{YEAR})){END}",
)
def _foreign_date(m, ctx):
    word = (m["mo"] or m["mo2"]).rstrip(".")
    if _ENGLISH_WORD.match(word) or word.lower() in cal.UNIT_CODES or word.lower().rstrip("s") in cal.UNIT_CODES:
        return None  # English forms are the grammar's; "5 days 2025" is no date
    value = _parse_foreign(m["x"])
    return ("DATE", value, None) if value else None
