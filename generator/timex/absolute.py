"""Rules for expressions that name their own date: "6 August 2025", "August", "late 2022", "2017-2021"."""

from __future__ import annotations

import re

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
    day_of,
    mod_of,
    month_of,
    nearest_year,
    part_code,
    registrar,
    year_of,
)
from .tense import FUTURE, PAST

RULES: list[Rule] = []
rule = registrar(RULES)


@rule(
    "iso-date",
    rf"{START}(?P<y>{YEAR})(?P<sep>[-/.])(?P<m>0[1-9]|1[0-2])(?P=sep)(?P<d>[0-3]\d)(?:T(?P<t>\d\d:\d\d))?{END}(?!\.\d)",
)
def _iso_date(m, ctx):
    d = cal.valid_day(int(m["y"]), int(m["m"]), int(m["d"]))
    if d is None:
        return None
    return ("TIME", f"{d.isoformat()}T{m['t']}", None) if m["t"] else ("DATE", d.isoformat(), None)


@rule("cjk-date", r"(?P<y>\d{4})\s*年\s*(?P<m>1[0-2]|0?[1-9])\s*月\s*(?P<d>3[01]|[12]\d|0?[1-9])\s*日", needs=("年",))
def _cjk_date(m, ctx):
    """ "2025年8月16日": a date written in Chinese or Japanese characters."""
    d = cal.valid_day(int(m["y"]), int(m["m"]), int(m["d"]))
    return ("DATE", d.isoformat(), None) if d else None


@rule("iso-week", rf"{START}(?P<y>{YEAR})-W(?P<w>0[1-9]|[1-4]\d|5[0-3]){END}", needs=("-w",))
def _iso_week(m, ctx):
    return "DATE", f"{m['y']}-W{m['w']}", None


@rule("numeric-date", rf"{START}(?P<a>\d{{1,2}})/(?P<b>\d{{1,2}})/(?P<y>\d{{4}}|\d{{2}}){END}")
def _numeric_date(m, ctx):
    a, b = int(m["a"]), int(m["b"])
    y = int(m["y"]) if len(m["y"]) == 4 else 2000 + int(m["y"])
    month, day = (a, b) if a <= 12 else (b, a)  # month first, as in US news, unless impossible
    d = cal.valid_day(y, month, day)
    return ("DATE", d.isoformat(), None) if d else None


def _day_pair(m, ctx) -> tuple | None:
    """The two days of "6-8 August", "April 24 and 25, 2025": one month, one year, the first day earlier."""
    month = month_of(m["mo"])
    year = year_of(m["y"]) if m["y"] else nearest_year(ctx, month, day_of(m["d1"]), m.start(), m.end())
    a, b = cal.valid_day(year, month, day_of(m["d1"])), cal.valid_day(year, month, day_of(m["d2"]))
    return (a, b) if a and b and a < b else None


_DAY_RANGE = (
    rf"(?P<d1>{DAY})\s*(?P<sep>-|–|and|to|until)\s*(?P<d2>{DAY})\s+(?:of\s+)?(?P<mo>{MONTH})(?:,?\s+(?P<y>{YEAR}))?",
    rf"(?P<mo>{MONTH})\s+(?P<d1>{DAY})\s*(?P<sep>-|–|and|to|until)\s*(?P<d2>{DAY})(?:,?\s+(?P<y>{YEAR}))?",
)


@rule("day-range-month", rf"\b(?:between\s+|from\s+)?(?P<x>{_DAY_RANGE[0]}){END}")
def _day_range_month(m, ctx):
    """ "6-8 August", "from 6 to 8 August": one range. Coordinated days ("6 and 8 August") are two dates."""
    pair = None if m["sep"] == "and" else _day_pair(m, ctx)
    return ("DATE", f"{pair[0].isoformat()}/{pair[1].isoformat()}", None) if pair else None


@rule("month-day-range", rf"\b(?:between\s+|from\s+)?(?P<x>{_DAY_RANGE[1]}){END}")
def _month_day_range(m, ctx):
    return _day_range_month(m, ctx)


# "April 24 and 25", "between 6 and 8 August": TIMEX3 tags each coordinated day on its own; the day
# written without its month (or year) borrows it from the other.
@rule(
    "coordinated-day",
    rf"(?=\d)\b(?P<x>(?P<d1>{DAY}))\s+(?P<sep>and)\s+(?P<d2>{DAY})\s+(?:of\s+)?(?P<mo>{MONTH})(?:,?\s+(?P<y>{YEAR}))?{END}",
)
def _coordinated_first(m, ctx):
    pair = _day_pair(m, ctx) if m["sep"] == "and" else None
    return ("DATE", pair[0].isoformat(), None) if pair else None


@rule(
    "coordinated-day-end",
    rf"(?=[A-Z])\b(?P<mo>{MONTH})\s+(?P<d1>{DAY})\s*(?P<sep>and)\s*(?P<x>(?P<d2>{DAY})(?:,?\s+(?P<y>{YEAR}))?){END}",
)
@rule(
    "coordinated-day-month",
    rf"(?=\d)\b(?P<d1>{DAY})\s+(?P<sep>and)\s+(?P<x>(?P<d2>{DAY})\s+(?:of\s+)?(?P<mo>{MONTH})(?:,?\s+(?P<y>{YEAR}))?){END}",
)
def _coordinated_second(m, ctx):
    pair = _day_pair(m, ctx)
    return ("DATE", pair[1].isoformat(), None) if pair else None


@rule(
    "coordinated-month-day",
    rf"(?=[A-Z])\b(?P<x>(?P<mo>{MONTH})\s+(?P<d1>{DAY}))\s*(?P<sep>and)\s*(?P<d2>{DAY})(?:,?\s+(?P<y>{YEAR}))?{END}",
)
def _coordinated_month_day(m, ctx):
    return _coordinated_first(m, ctx)


@rule(
    "month-range",
    rf"\b(?:from|between)\s+(?P<x>(?P<m1>{MONTH})(?:\s+(?P<y1>{YEAR}))?\s+(?P<sep>to|and|until|till|through|-|–)\s+"
    rf"(?P<m2>{MONTH})(?:,?\s+(?P<y2>{YEAR}))?){END}",
)
def _month_range(m, ctx):
    if m["sep"] == "and":
        return None  # "between May and July": two coordinated months, each its own TIMEX3
    m1, m2 = month_of(m["m1"]), month_of(m["m2"])
    if m["y2"]:
        y2 = year_of(m["y2"])
        y1 = year_of(m["y1"]) if m["y1"] else (y2 if m1 <= m2 else y2 - 1)
    else:
        y2 = nearest_year(ctx, m2, None, m.start("x"), m.end("x"))
        y1 = year_of(m["y1"]) if m["y1"] else (y2 if m1 <= m2 else y2 - 1)
    if (y1, m1) >= (y2, m2):
        return None
    return "DATE", f"{cal.month_value(y1, m1)}/{cal.month_value(y2, m2)}", None


def _year_pair(m) -> tuple[int, int] | None:
    """The two years of "2017-2021", "1957-58", "2009 to 2011": the second later, within a century."""
    y1 = year_of(m["y1"])
    y2s = m["y2"] or m.groupdict().get("y4")
    y2 = int(y2s) if len(y2s) == 4 else y1 // 100 * 100 + int(y2s)
    return (y1, y2) if y1 < y2 <= y1 + 100 else None


_YEAR_PAIR_END = r"(?!\s*(?:%|percent))"


@rule(
    "year-range",
    rf"{START}(?:from\s+|between\s+)?(?P<x>(?P<y1>{YEAR})(?:\s+(?P<sep>to|until|through)\s+(?P<y2>{YEAR}|\d\d)|"
    rf"\s*[-–]\s*(?P<y4>{YEAR}))){END}" + _YEAR_PAIR_END,
)
def _year_range(m, ctx):
    pair = _year_pair(m)
    return ("DATE", f"{pair[0]}/{pair[1]}", None) if pair else None


# "the 2009-10 season", "fiscal 1957-58": TimeML tags each year of the pair on its own, the second written in
# two digits still a year; the event's date is the range they make (events.py joins them). Written in full
# ("2017-2021") the pair stays one range, as the seeds' gold has it.
@rule("year-pair-first", rf"{START}(?P<x>(?P<y1>{YEAR}))\s*[-–]\s*(?P<y2>\d\d){END}" + _YEAR_PAIR_END)
def _year_pair_first(m, ctx):
    pair = _year_pair(m)
    return ("DATE", f"{pair[0]}", None) if pair else None


@rule("year-pair-second", rf"{START}(?P<y1>{YEAR})\s*[-–]\s*(?P<x>(?P<y2>\d\d)){END}" + _YEAR_PAIR_END)
def _year_pair_second(m, ctx):
    pair = _year_pair(m)
    return ("DATE", f"{pair[1]}", None) if pair else None


# A weekday before a date, "Monday, Oct. 26" or "Thursday (August 28, 2025)": one expression.
# Abbreviated ("Thu, Aug. 7, 2025", in datelines and bylines) only before a date.
_WEEKDAY_SHORT = r"(?<!the\s)(?<!The\s)(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\.?"
_WEEKDAY_BEFORE = rf"(?:\b(?P<wd>{WEEKDAY}|{_WEEKDAY_SHORT})(?:,?\s+|\s*(?P<par>\()(?=[^()]{{4,30}}\))))?"
_PAREN_CLOSE = r"(?(par)\s*\))"


@rule(
    "month-day-year",
    rf"{_WEEKDAY_BEFORE}\b(?P<mo>{MONTH})\s+(?P<d>{DAY})(?:,?\s+(?P<y>{YEAR}))?"
    rf"(?!\s*(?:%|:\d|,\d|\d|-\d|–\d)){END}{_PAREN_CLOSE}",
)
def _month_day_year(m, ctx):
    month, day = month_of(m["mo"]), day_of(m["d"])
    if m["par"] and not m.group(0).endswith(")"):
        return None
    if m["y"]:
        d = cal.valid_day(year_of(m["y"]), month, day)
    else:
        later = _REL_YEAR_AFTER.match(ctx.text, m.end())
        # "March 3 last year", "on June 5 next year": the day of the year named after it (two expressions)
        year = (
            ctx.dct.year + {"next": 1, "last": -1, "this": 0}[later["rel"].lower()]
            if later
            else nearest_year(ctx, month, day, m.start(), m.end())
        )
        # an abbreviated weekday confirms a date but does not move it to another year ("Sun" may be a name)
        weekday = m["wd"] if m["wd"] and len(m["wd"].rstrip(".")) > 4 else None
        d = _agreeing_day(ctx, month, day, weekday, year, ctx.tense_at(m.start(), m.end()))
    return ("DATE", d.isoformat(), None) if d else None


_REL_YEAR_AFTER = re.compile(r",?\s+(?:of\s+)?(?P<rel>next|last|this)\s+year\b", re.IGNORECASE)


def _agreeing_day(ctx, month: int, day: int, weekday: str | None, year: int, tense: str):
    """The day in ``year``; when a weekday is written with it ("Monday, Oct. 26") and that year does not
    agree, the year within one of publication, on the tense's side of it, in which the day is that weekday;
    failing that, the nearest year in which it is (the weekday outweighs the tense)."""
    d = cal.valid_day(year, month, day)
    if not weekday or (d and d.weekday() == cal.weekday_number(weekday)):
        return d
    agreeing = [
        c
        for y in range(year - 6, year + 7)
        if (c := cal.valid_day(y, month, day)) and c.weekday() == cal.weekday_number(weekday)
    ]
    near = [
        c
        for c in agreeing
        if abs((c - ctx.dct).days) <= 366
        and not (tense == PAST and c > ctx.dct)
        and not (tense == FUTURE and c < ctx.dct)
    ]
    return min(near or agreeing, key=lambda c: abs((c - ctx.dct).days)) if agreeing else d


@rule(
    "day-month-year",
    rf"{_WEEKDAY_BEFORE}(?<![\d,.])\b(?P<d>{DAY})(?:\s+of)?\s+(?P<mo>{MONTH})(?:,?\s+(?P<y>{YEAR}))?{END}{_PAREN_CLOSE}",
)
def _day_month_year(m, ctx):
    return _month_day_year(m, ctx)


@rule("month-year", rf"{MODIFIER}\b(?P<mo>{MONTH}),?\s+(?:of\s+)?(?P<y>{YEAR}){END}")
def _month_year(m, ctx):
    return "DATE", cal.month_value(year_of(m["y"]), month_of(m["mo"])), mod_of(m["mod"])


_FIGURES_AFTER = re.compile(
    r"\s+(?:(?:U\.S\.|US|UK|euro-zone|auto|car|vehicle|home|retail|consumer|factory|industrial|producer)\s+)?"
    r"(?:sales|figures|data|numbers|results|jobs|unemployment|employment|payrolls?|inflation|output|"
    r"deliveries|orders|exports|imports|prices|index|survey|report)\b"
)
_YEAR_AFTER_MONTH = re.compile(
    rf"\s+(?:(?:day|morning|afternoon|evening|night|weekend)\s+(?:in|of)\s+(?P<y>{YEAR})|(?:of\s+)?(?P<rel>next|last|this|that)"
    rf"\s+year|(?:of\s+)?the\s+(?P<rel2>same)\s+year){END}"
)


@rule(
    "month",
    rf"(?P<pre>\b(?:in|since|until|till|by|from|through|during|of|before|after|on|and|or|to|between|as\s+early\s+as|"
    # a sentence may open with its preposition: "In March, the firm opened a second office"
    rf"as\s+late\s+as|In|Since|Until|By|From|Through|During|Before|After|Between)\s+)?"
    rf"(?P<x>{MODIFIER}(?:(?P<dir>last|next|this|late\s+last|early\s+last|early\s+next|late\s+next)\s+)?"
    rf"\b(?P<mo>January|February|March|April|May|June|July|August|September|October|November|December)"
    rf"(?:\s+(?P<dw>day|morning|afternoon|evening|night)(?=\s+(?:in|of)\s+{YEAR}|[^\w\s-]|\s+[a-z]))?)"
    rf"(?![\w-])(?!\s+\d)",
)
def _month_alone(m, ctx):
    """ "in July", "late last March", "that January day in 2011": the month of the year the tense or the
    words around it give; with "day" (or a part of the day) after it, one unknown day of that month."""
    word = m["mo"]
    pre = (m["pre"] or "").strip().lower()
    if m["dw"] and word == "May" and m["dw"] == "day":
        return None  # "May Day" is a holiday
    later = _YEAR_AFTER_MONTH.match(ctx.text, m.end("x") if not m["dw"] else m.start("dw") - 1)
    if word in ("May", "March") and not (pre or m["dir"] or m["mod"] or later or m["dw"]):
        return None  # "May" the name or modal, "March" the verb: only with a date context
    month = month_of(word)
    direction = (m["dir"] or "").split()[-1] if m["dir"] else None
    if direction == "last":
        year = ctx.dct.year if month < ctx.dct.month else ctx.dct.year - 1
    elif direction == "next":
        year = ctx.dct.year if month > ctx.dct.month else ctx.dct.year + 1
    elif direction == "this":
        year = ctx.dct.year
    elif _FIGURES_AFTER.match(ctx.text, m.end("x")):
        # "August unemployment data", "July sales": figures about a month are reported after it, so it is
        # the last such month, whatever the tense of the report ("an expected announcement of ...")
        year = ctx.dct.year if month <= ctx.dct.month else ctx.dct.year - 1
    elif later and (later["rel2"] or later["rel"] and later["rel"].lower() == "that"):  # "September of that year"
        year = ctx.story_year or nearest_year(ctx, month, None, m.start("x"), m.end("x"))
    elif later and later["rel"]:  # "October of next year", "January next year"
        year = ctx.dct.year + {"next": 1, "last": -1, "this": 0}[later["rel"].lower()]
    elif later:
        year = year_of(later["y"])  # "that January day in 2011"
    else:
        year = nearest_year(ctx, month, None, m.start("x"), m.end("x"))
    mod = mod_of(m["mod"]) or mod_of((m["dir"] or "").split()[0] if m["dir"] and " " in m["dir"] else None)
    if m["dw"]:
        day = f"{cal.month_value(year, month)}-XX"
        return ("DATE", day, mod) if m["dw"] == "day" else ("TIME", f"{day}T{part_code(m['dw'])}", mod)
    return "DATE", cal.month_value(year, month), mod
