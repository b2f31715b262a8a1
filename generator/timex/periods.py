"""Rules for named periods and parts of them: seasons, quarters and halves of a year, a week of a month,
the part of a named day, decades and centuries ("the spring", "the first half of 2009", "the last week of
March", "the night of June 3", "the 1990s", "the late 19th century").

They register before absolute.py's: where a period and a bare year or month cover the same words ("the
first half of 2009"), the period is the expression.
"""

from __future__ import annotations

import re

from . import calendar as cal
from .grammar import (
    DAY,
    END,
    MODIFIER,
    MONTH,
    WEEKDAY,
    YEAR,
    Rule,
    day_of,
    mod_of,
    month_of,
    nearest_year,
    part_code,
    registrar,
    weekday_date,
    year_of,
)
from .tense import FUTURE, PAST, UNKNOWN

RULES: list[Rule] = []
rule = registrar(RULES)


@rule(
    "season",
    rf"(?P<pre>\b(?:in|by|until|till|during|since|through)\s+)?"
    rf"(?P<x>{MODIFIER}(?:(?P<dir>last|this|next|the|that)\s+)?(?P<s>spring|summer|autumn|fall|winter)"
    rf"(?:\s+(?:of\s+)?(?P<y>{YEAR}))?){END}",
    re.IGNORECASE,
    needs=("spring", "summer", "autumn", "fall", "winter"),
)
def _season(m, ctx):
    season = cal.SEASONS[m["s"].lower()]
    direction = (m["dir"] or "").lower()
    later = _REL_YEAR_AFTER.match(ctx.text, m.end())
    if m["y"]:
        year = year_of(m["y"])
    elif direction in ("last", "this", "next"):
        year = ctx.dct.year + {"last": -1, "this": 0, "next": 1}[direction]
    elif later and direction in ("the", ""):
        # "the spring of last year", "in summer next year": that year's season ("last year" is its own)
        year = ctx.dct.year + {"last": -1, "this": 0, "next": 1}[later["rel"].lower()]
    elif direction == "that" and not _OF_NAME.match(ctx.text, m.end()):
        year = ctx.story_year or ctx.dct.year  # "in 2019 ... that summer": the season of the story's year
    elif (direction == "the" or (not direction and m["pre"] and m["s"].lower() != "fall")) and not _OF_NAME.match(
        ctx.text, m.end()
    ):  # "in the spring", "in late spring", "by summer": the one the tense points to
        year = _season_year(ctx, season, ctx.tense_at(m.start(), m.end()))
    else:
        return None  # "a summer offensive", "the fall of Kabul"
    return "DATE", f"{year}-{season}", mod_of(m["mod"])


_REL_YEAR_AFTER = re.compile(r"\s+(?:of\s+)?(?P<rel>next|last|this)\s+year\b", re.IGNORECASE)
# "the fall of Kabul", "the fall in prices", "the summer months": a noun or a kind of season, not a date
_OF_NAME = re.compile(r"\s+(?:(?:of|in)\s+(?!\d)|months\b)")
_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def _season_year(ctx, season: str, tense: str) -> int:
    """ "In the spring": this year's, unless the tense puts it on the other side of publication (a past
    winter, told in August, began last December; a coming spring, told in August, is next year's)."""
    year, month = ctx.dct.year, ctx.dct.month
    begun = month >= _SEASON_START[season] or (season == "WI" and month <= 2)
    if season == "WI" and month <= 2:
        year -= 1  # January's winter began last December
    if tense == PAST and not begun:
        return year - 1
    if tense == FUTURE and begun and season != "WI" and month >= _SEASON_START[season] + 3:
        return year + 1
    return year


@rule(
    "quarter",
    rf"\b(?P<x>{MODIFIER}(?:the\s+)?(?:(?:financial|fiscal)\s+)?(?P<q>first|second|third|fourth|final|1st|2nd|3rd|4th)[\s-]+(?:(?:financial|fiscal)\s+)?"
    rf"quarter(?:\s+of\s+(?:(?P<y>{YEAR})|(?P<rel>last|this|next)\s+year))?"
    # the codes of financial news: "Q3 2025", "Q4 of 2024", "Q1 FY2026", "Q2'25", "3Q 2024", "1Q25"
    rf"|(?:Q(?P<qn>[1-4])|(?P<qn2>[1-4])Q)(?:\s+(?:of\s+)?(?:FY\s?)?(?P<y2>{YEAR})|['’]?(?P<yy>\d\d)(?!\d))?){END}",
    re.IGNORECASE,
    needs=("quarter", "q"),
)
def _quarter(m, ctx):
    """ "the first quarter of 2024", "Q3 2025", "fourth-quarter profit": without a year, the quarter on the
    tense's side of publication (a past fourth quarter, reported in February, is last year's)."""
    word = (m["q"] or "").lower()
    q = int(m["qn"] or m["qn2"]) if m["qn"] or m["qn2"] else (4 if word == "final" else cal.ORDINALS[word])
    if m["yy"]:
        return "DATE", f"{cal.two_digit_year(m['yy'], ctx.dct):04d}-Q{q}", None
    if m["y"] or m["y2"]:
        return "DATE", f"{year_of(m['y'] or m['y2'])}-Q{q}", mod_of(m["mod"])
    if m["rel"]:  # "the first quarter of last year"
        return "DATE", f"{ctx.dct.year + {'last': -1, 'this': 0, 'next': 1}[m['rel'].lower()]}-Q{q}", mod_of(m["mod"])
    return "DATE", f"{_quarter_year(ctx, q, m.start('x'), m.end('x'))}-Q{q}", mod_of(m["mod"])


def _quarter_year(ctx, q: int, start: int, end: int) -> int:
    """The year of quarter ``q`` written without one: on the tense's side of publication, else the nearer."""
    year, current = ctx.dct.year, (ctx.dct.month - 1) // 3 + 1
    tense = ctx.tense_at(start, end)
    if q > current and (tense == PAST or (tense == UNKNOWN and q - current > 1)):
        year -= 1  # it has not begun this year, so the one reported is last year's (or, untensed, the nearer)
    elif q < current and (tense == FUTURE or (tense == UNKNOWN and current - q > 2)):
        year += 1
    return year


# "the December quarter", "June-quarter sales": a quarter named by the month it ends in, as companies with
# fiscal calendars (and Australian and Indian news) write it.
@rule(
    "month-quarter",
    r"\b(?P<x>(?:[Tt]he\s+)?(?P<mo>March|June|September|December|Mar\.|Sept?\.|Dec\.)[\s-]+quarter"
    rf"(?:\s+of\s+(?P<y>{YEAR})|,?\s+(?P<y2>{YEAR}))?){END}",
    needs=("quarter",),
)
def _month_quarter(m, ctx):
    q = month_of(m["mo"]) // 3
    if m["y"] or m["y2"]:
        return "DATE", f"{year_of(m['y'] or m['y2'])}-Q{q}", None
    return "DATE", f"{_quarter_year(ctx, q, m.start('x'), m.end('x'))}-Q{q}", None


# "by year-end", "at the year's end", "before year end 2025": the end of a year (mod END), in the year the
# tense points to as for its fourth quarter.
@rule(
    "year-end",
    rf"\b(?:at|by|before|after|until|till|through|toward|towards|since|from|around|near)\s+"
    rf"(?P<x>(?:the\s+)?(?:year[\s-]end|year['’]s\s+end)(?:,?\s+(?:of\s+)?(?P<y>{YEAR}))?){END}",
    re.IGNORECASE,
    needs=("year-end", "year end", "year's end", "year’s end"),
)
def _year_end(m, ctx):
    year = int(m["y"]) if m["y"] else _quarter_year(ctx, 4, m.start("x"), m.end("x"))
    return "DATE", f"{year:04d}", "END"


@rule(
    "half-year",
    rf"\b(?P<x>(?:[Tt]he\s+)?(?P<h>first|second|1st|2nd)[\s-]+half\s+of\s+(?:(?P<y>{YEAR})|(?P<rel>last|this|next)\s+year"
    rf"|(?P<the>the|this)\s+year)){END}",
    re.IGNORECASE,
    needs=("half",),
)
def _half_year(m, ctx):
    """ "the first half of 2009" (2009-H1), "the second half of next year": a half of a year (TIDES H1/H2).
    A half without its year is left alone: in news it is as often a match's ("scored in the first half")."""
    half = 1 if m["h"].lower() in ("first", "1st") else 2
    if m["y"]:
        return "DATE", f"{m['y']}-H{half}", None
    step = {"last": -1, "this": 0, "next": 1}[m["rel"].lower()] if m["rel"] else 0
    return "DATE", f"{ctx.dct.year + step}-H{half}", None


# "H1 2026", "2H 2025", "1H25", "in H2": a half of a year by the code of financial news. Without a year, the
# half on the tense's side of publication, as for a quarter.
@rule(
    "half-code",
    rf"(?P<pre>\b(?:in|for|during|of|by|since|until)\s+)?(?<![\w-])(?P<x>(?:H(?P<h>[12])|(?P<h2>[12])H)"
    rf"(?:\s+(?:of\s+)?(?:FY\s?)?(?P<y>{YEAR})|['’]?(?P<yy>\d\d)(?!\d))?){END}",
    needs=("h1", "h2", "1h", "2h"),
)
def _half_code(m, ctx):
    half = int(m["h"] or m["h2"])
    if m["y"]:
        return "DATE", f"{m['y']}-H{half}", None
    if m["yy"]:
        return "DATE", f"{cal.two_digit_year(m['yy'], ctx.dct):04d}-H{half}", None
    if not m["pre"]:
        return None  # "H1" alone may be a visa, a road or a heading
    year, current = ctx.dct.year, 1 if ctx.dct.month <= 6 else 2
    tense = ctx.tense_at(m.start("x"), m.end("x"))
    if half > current and tense == PAST:
        year -= 1
    elif half < current and tense == FUTURE:
        year += 1
    return "DATE", f"{year}-H{half}", None


@rule(
    "week-of-month",
    rf"\b(?P<x>[Tt]he\s+(?P<n>first|second|third|fourth|last|final)\s+week\s+of\s+(?P<mo>{MONTH})(?:,?\s+(?P<y>{YEAR}))?){END}",
    needs=("week",),
)
def _week_of_month(m, ctx):
    """ "the last week of March", "the first week of January 2010": that ISO week (the first is the one
    holding the month's first Thursday, the last the one holding its last Thursday, as ISO counts weeks)."""
    month = month_of(m["mo"])
    year = year_of(m["y"]) if m["y"] else nearest_year(ctx, month, None, m.start("x"), m.end("x"))
    n = m["n"].lower()
    thursday = cal.nth_weekday(year, month, 3, -1 if n in ("last", "final") else cal.ORDINALS[n])
    return "DATE", cal.week_value(thursday), None


@rule(
    "weekday-of-month",
    rf"\b(?P<x>[Tt]he\s+(?P<n>first|second|third|fourth|last|final)\s+(?P<wd>{WEEKDAY})\s+(?:of|in)\s+(?P<mo>{MONTH})"
    rf"(?:,?\s+(?P<y>{YEAR}))?){END}",
)
def _weekday_of_month(m, ctx):
    """ "the first Sunday of June", "the last Thursday in November 2025": that day of the month, in the
    year the tense points to when none is written (elections, holidays, a court's term)."""
    month = month_of(m["mo"])
    year = year_of(m["y"]) if m["y"] else nearest_year(ctx, month, None, m.start("x"), m.end("x"))
    n = m["n"].lower()
    weekday = cal.WEEKDAYS[m["wd"].lower()]
    return (
        "DATE",
        cal.nth_weekday(year, month, weekday, -1 if n in ("last", "final") else cal.ORDINALS[n]).isoformat(),
        None,
    )


@rule(
    "the-quarter",
    r"\b(?P<x>the\s+(?:(?P<adj>latest|most\s+recent|recent|current|same)\s+)?(?:(?:fiscal|financial)\s+)?quarter)"
    r"(?![\w-])(?!\s+(?:of|century|mile|final|finals)\b)",
    re.IGNORECASE,
    needs=("quarter",),
)
def _the_quarter(m, ctx):
    """ "Profit rose in the quarter", "the latest quarter": the quarter named last; with none named, in a
    report of results (a past clause) the quarter before publication's, else publication's own."""
    adj = " ".join((m["adj"] or "").lower().split())
    if adj == "current":
        return "DATE", cal.shift(ctx.dct, "quarter", 0), None
    if ctx.last_quarter and adj in ("", "same"):
        return "DATE", ctx.last_quarter, None
    if adj == "same":
        return None
    past = adj in ("latest", "most recent", "recent") or ctx.tense_at(m.start("x"), m.end("x")) == PAST
    return "DATE", cal.shift(ctx.dct, "quarter", -1 if past else 0), None


@rule(
    "part-of-date",
    rf"\b(?P<x>[Tt]he\s+(?P<part>morning|afternoon|evening|night)\s+of\s+(?:(?P<wd>{WEEKDAY})|(?P<mo>{MONTH})\s+(?P<d>{DAY})"
    rf"|(?P<d2>{DAY})\s+(?P<mo2>{MONTH}))(?:,?\s+(?P<y>{YEAR}))?){END}(?!\s*\d)",
    needs=("morning of", "afternoon of", "evening of", "night of"),
)
def _part_of_date(m, ctx):
    """ "the night of June 3", "the morning of Tuesday": one expression, a part of that day (TIME)."""
    if m["wd"]:
        d = weekday_date(ctx, cal.WEEKDAYS[m["wd"].lower()], m.start("x"), m.end("x"), None)
    else:
        month, day = month_of(m["mo"] or m["mo2"]), day_of(m["d"] or m["d2"])
        year = year_of(m["y"]) if m["y"] else nearest_year(ctx, month, day, m.start("x"), m.end("x"))
        d = cal.valid_day(year, month, day)
    return ("TIME", f"{d.isoformat()}T{part_code(m['part'])}", None) if d else None


@rule("decade", rf"(?<!\w)(?P<x>(?:[Tt]he\s+)?{MODIFIER}(?:(?P<y>1[6-9]\d0|20\d0)|['’](?P<yy>\d0))s){END}")
def _decade(m, ctx):
    """ "the 1990s", "the early '90s" (the last such decade that has begun by publication); "the 1800s" is
    a century."""
    if m["y"] and m["y"].endswith("00") and m["y"] < "2000":
        return "DATE", m["y"][:2], mod_of(m["mod"])  # "the late 1800s": the century of the 1800s, not 1800-09
    if m["y"]:
        return "DATE", m["y"][:3], mod_of(m["mod"])
    start = ctx.dct.year // 100 * 100 + int(m["yy"])
    if start > ctx.dct.year:
        start -= 100
    return "DATE", f"{start // 10:03d}", mod_of(m["mod"])


_ORDINAL_WORDS = {
    w: n + 1
    for n, w in enumerate(
        [
            "first",
            "second",
            "third",
            "fourth",
            "fifth",
            "sixth",
            "seventh",
            "eighth",
            "ninth",
            "tenth",
            "eleventh",
            "twelfth",
            "thirteenth",
            "fourteenth",
            "fifteenth",
            "sixteenth",
            "seventeenth",
            "eighteenth",
            "nineteenth",
            "twentieth",
        ]
    )
} | {"twenty-first": 21, "twenty-second": 22}


@rule(
    "century",
    rf"\b(?P<x>{MODIFIER}(?:(?P<n>\d{{1,2}})(?:st|nd|rd|th)|(?P<w>twenty-first|twenty-second|[a-z]+th|first|second|third))"
    rf"[\s-]+[Cc]entury){END}",
    re.IGNORECASE,
    needs=("century",),
)
def _century(m, ctx):
    """ "the 20th century" (19), "the late nineteenth century" (18, END)."""
    n = int(m["n"]) if m["n"] else _ORDINAL_WORDS.get(m["w"].lower())
    return ("DATE", f"{n - 1:02d}", mod_of(m["mod"])) if n else None


@rule(
    "the-new-year",
    r"\b(?:in|into|after|until|by|early\s+in)\s+(?P<x>the\s+new\s+year)\b(?!['’])"
    r"(?!\s+(?:holidays?|celebrations?|festivities|party|parties|eve|day|message|address|honours|resolutions?)\b)",
    needs=("new year",),
)
def _the_new_year(m, ctx):
    """ "The trial will start in the new year", told in November or December: the coming year; told in
    January or February, the year just begun. Any other time of year it names nothing certain."""
    if ctx.dct.month >= 11:
        return "DATE", f"{ctx.dct.year + 1:04d}", None
    if ctx.dct.month <= 2:
        return "DATE", f"{ctx.dct.year:04d}", None
    return None
