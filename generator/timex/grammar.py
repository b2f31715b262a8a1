"""The grammar: regular patterns that find temporal expressions, each with its resolver.

Each rule is a compiled pattern and a function that turns a match into
``(type, value, mod)`` against a Context (publication date, tense, the last
date mentioned), or None to reject the match. Spans follow TIMEX3: the group
``x`` (when present) is the expression, without prepositions around it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from fractions import Fraction

from . import calendar as cal
from .tense import FUTURE, PAST, UNKNOWN

# (type, value, mod), or (type, value, mod, point) for a duration that reaches a known day ("a week later").
Resolved = tuple

# Building blocks --------------------------------------------------------------------------------
MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)"
)
DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
YEAR = r"(?:1[6-9]\d\d|20\d\d)"
WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
PART = r"(?:morning|afternoon|evening|night|overnight)"
NUM = (
    r"(?:\d{1,3}(?:,\d{3})*|\d+(?:\.\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|"
    r"seventy|eighty|ninety|hundred|a hundred|a couple of|couple of|a dozen|dozen|"
    r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:one|two|three|four|five|six|seven|"
    r"eight|nine))"
)
VAGUE = r"(?:several|a few|few|many|some|the past few|the next few|the last few|a number of)"
UNIT = r"(?:second|minute|hour|day|week|weekend|fortnight|month|quarter|year|decade|century)"
UNITS = r"(?:seconds|minutes|hours|days|weeks|weekends|fortnights|months|quarters|years|decades|centuries)"
END = r"(?![\w-])"  # no word or hyphenated continuation after
START = r"(?<![\w$€£#/.-])"  # not inside a word, a number, a price, a path


@dataclass
class Context:
    """What a resolver may consult: the document date, the sentence's tense, the last day and year mentioned.

    ``story_year`` is the year of the last date that names its own month, season or year ("in July",
    "late last July", "2012"). Weekdays, "today" and clock times belong to the reporting frame ("said on
    Thursday"), so they do not move it: a story told in March 2013 about July 2012 stays in 2012.
    """

    dct: dt.date
    text: str
    tense_at: Callable[[int, int], str]
    last_day: dt.date | None = None
    story_year: int | None = None
    refs: bool = True

    @property
    def anchor(self) -> dt.date:
        """The day anaphoric expressions ("the next day", "on the eve") count from."""
        return self.last_day or self.dct


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    resolve: Callable[[re.Match[str], Context], Resolved | None]


RULES: list[Rule] = []

# Rules whose expressions place the report, not the story (see Context.story_year).
REPORTING_FRAME = frozenset({"weekday", "deictic-day", "part-of-day", "clock"})


def rule(name: str, pattern: str, flags: int = 0):
    """Register a resolver under a pattern; rules registered earlier win ties of equal length."""

    def register(fn: Callable[[re.Match[str], Context], Resolved | None]):
        RULES.append(Rule(name, re.compile(pattern, flags), fn))
        return fn

    return register


# Helpers -----------------------------------------------------------------------------------------
def _month(word: str) -> int:
    return cal.MONTHS[word.lower().rstrip(".")]


def _day(word: str) -> int:
    return int(re.match(r"\d+", word).group(0))


def _year(word: str) -> int:
    return int(word)


def _nearest_year(ctx: Context, month: int, day: int | None, start: int, end: int) -> int:
    """The year of a month (and day) written without one, by the clause's tense."""
    tense = ctx.tense_at(start, end)
    dct = ctx.dct
    this = (month, day or 1)
    now = (dct.month, dct.day if day else 1)
    if tense == PAST:
        return dct.year if this <= now else dct.year - 1
    if tense == FUTURE:
        return dct.year if this >= now else dct.year + 1
    # No cue: the nearest one, within six months either way.
    diff = (month - dct.month) % 12
    if diff == 0:
        return dct.year
    return (
        dct.year + 1
        if diff <= 5 and month < dct.month
        else (dct.year - 1 if diff > 6 and month > dct.month else dct.year)
    )


def _weekday_date(ctx: Context, weekday: int, start: int, end: int, direction: str | None) -> dt.date:
    dct = ctx.dct
    if direction == "last":
        d = cal.weekday_on_or_before(dct - dt.timedelta(days=1), weekday)
        return d
    if direction == "next":
        return cal.weekday_after(dct + dt.timedelta(days=1), weekday)
    if direction == "this":
        return dct + dt.timedelta(days=weekday - dct.weekday())
    tense = ctx.tense_at(start, end)
    if tense == FUTURE:
        return cal.weekday_after(dct, weekday)
    if tense == PAST:
        return cal.weekday_on_or_before(dct, weekday)
    before = cal.weekday_on_or_before(dct, weekday)
    after = cal.weekday_after(dct, weekday)
    return before if (dct - before) <= (after - dct) else after


def _unit(word: str) -> str:
    """The singular unit of "days", "Centuries", "week"."""
    w = word.lower()
    return "century" if w == "centuries" else w.rstrip("s")


def _part_code(word: str | None) -> str:
    return cal.PARTS_OF_DAY[word.lower()] if word else ""


def _mod(word: str | None) -> str | None:
    if not word:
        return None
    w = word.lower()
    if w.startswith(("early", "the beginning", "the start", "the first half", "the dawn")):
        return "START"
    if w.startswith(("mid", "the middle")):
        return "MID"
    if w.startswith(("late", "the end", "the close", "the second half", "the last days")):
        return "END"
    return None


MODIFIER = (
    r"(?:(?P<mod>early|mid|late|the\s+(?:very\s+)?(?:beginning|start|end|middle|close)\s+of(?:\s+the)?|"
    r"the\s+(?:first|second)\s+half\s+of)[\s-]+)?"
)


# Rules: exact calendar forms first -------------------------------------------------------------------
@rule("iso-date", rf"{START}(?P<y>{YEAR})-(?P<m>0[1-9]|1[0-2])-(?P<d>[0-3]\d)(?:T(?P<t>\d\d:\d\d))?{END}")
def _iso_date(m, ctx):
    d = cal.valid_day(int(m["y"]), int(m["m"]), int(m["d"]))
    if d is None:
        return None
    return ("TIME", f"{d.isoformat()}T{m['t']}", None) if m["t"] else ("DATE", d.isoformat(), None)


@rule("iso-week", rf"{START}(?P<y>{YEAR})-W(?P<w>0[1-9]|[1-4]\d|5[0-3]){END}")
def _iso_week(m, ctx):
    return "DATE", f"{m['y']}-W{m['w']}", None


@rule("numeric-date", rf"{START}(?P<a>\d{{1,2}})/(?P<b>\d{{1,2}})/(?P<y>\d{{4}}|\d{{2}}){END}")
def _numeric_date(m, ctx):
    a, b = int(m["a"]), int(m["b"])
    y = int(m["y"]) if len(m["y"]) == 4 else 2000 + int(m["y"])
    month, day = (a, b) if a <= 12 else (b, a)  # month first, as in US news, unless impossible
    d = cal.valid_day(y, month, day)
    return ("DATE", d.isoformat(), None) if d else None


@rule(
    "day-range-month",
    rf"\b(?:between\s+|from\s+)?(?P<x>(?P<d1>{DAY})\s*(?:-|–|and|to|until)\s*(?P<d2>{DAY})\s+(?:of\s+)?"
    rf"(?P<mo>{MONTH})(?:,?\s+(?P<y>{YEAR}))?){END}",
)
def _day_range_month(m, ctx):
    month = _month(m["mo"])
    year = _year(m["y"]) if m["y"] else _nearest_year(ctx, month, _day(m["d1"]), m.start("x"), m.end("x"))
    a, b = cal.valid_day(year, month, _day(m["d1"])), cal.valid_day(year, month, _day(m["d2"]))
    if not a or not b or b <= a:
        return None
    return "DATE", f"{a.isoformat()}/{b.isoformat()}", None


@rule(
    "month-day-range",
    rf"\b(?:between\s+|from\s+)?(?P<x>(?P<mo>{MONTH})\s+(?P<d1>{DAY})\s*(?:-|–|and|to|until)\s*(?P<d2>{DAY})"
    rf"(?:,?\s+(?P<y>{YEAR}))?){END}",
)
def _month_day_range(m, ctx):
    return _day_range_month(m, ctx)


@rule(
    "month-range",
    rf"\b(?:from|between)\s+(?P<x>(?P<m1>{MONTH})(?:\s+(?P<y1>{YEAR}))?\s+(?:to|and|until|till|through|-|–)\s+"
    rf"(?P<m2>{MONTH})(?:,?\s+(?P<y2>{YEAR}))?){END}",
)
def _month_range(m, ctx):
    m1, m2 = _month(m["m1"]), _month(m["m2"])
    if m["y2"]:
        y2 = _year(m["y2"])
        y1 = _year(m["y1"]) if m["y1"] else (y2 if m1 <= m2 else y2 - 1)
    else:
        y2 = _nearest_year(ctx, m2, None, m.start("x"), m.end("x"))
        y1 = _year(m["y1"]) if m["y1"] else (y2 if m1 <= m2 else y2 - 1)
    if (y1, m1) >= (y2, m2):
        return None
    return "DATE", f"{cal.month_value(y1, m1)}/{cal.month_value(y2, m2)}", None


@rule(
    "year-range",
    rf"{START}(?:from\s+|between\s+)?(?P<x>(?P<y1>{YEAR})\s*(?:-|–|to|and|until|through)\s*(?P<y2>{YEAR}|\d\d)){END}"
    r"(?!\s*(?:%|percent))",
)
def _year_range(m, ctx):
    y1 = _year(m["y1"])
    y2 = int(m["y2"]) if len(m["y2"]) == 4 else y1 // 100 * 100 + int(m["y2"])
    if not y1 < y2 <= y1 + 100:
        return None
    return "DATE", f"{y1}/{y2}", None


@rule(
    "month-day-year",
    rf"(?:\b(?P<wd>{WEEKDAY}),?\s+)?\b(?P<mo>{MONTH})\s+(?P<d>{DAY})(?:,?\s+(?P<y>{YEAR}))?"
    rf"(?!\s*(?:%|:\d|,\d|\d|-\d|–\d)){END}",
)
def _month_day_year(m, ctx):
    month, day = _month(m["mo"]), _day(m["d"])
    year = _year(m["y"]) if m["y"] else _nearest_year(ctx, month, day, m.start(), m.end())
    d = cal.valid_day(year, month, day)
    return ("DATE", d.isoformat(), None) if d else None


@rule(
    "day-month-year",
    rf"(?:\b(?P<wd>{WEEKDAY}),?\s+)?(?<![\d,.])\b(?P<d>{DAY})(?:\s+of)?\s+(?P<mo>{MONTH})(?:,?\s+(?P<y>{YEAR}))?{END}",
)
def _day_month_year(m, ctx):
    return _month_day_year(m, ctx)


@rule("month-year", rf"{MODIFIER}\b(?P<mo>{MONTH}),?\s+(?:of\s+)?(?P<y>{YEAR}){END}")
def _month_year(m, ctx):
    return "DATE", cal.month_value(_year(m["y"]), _month(m["mo"])), _mod(m["mod"])


_YEAR_AFTER_MONTH = re.compile(rf"\s+(?:day|morning|afternoon|evening|night|weekend)\s+(?:in|of)\s+(?P<y>{YEAR}){END}")


@rule(
    "month",
    rf"(?P<pre>\b(?:in|since|until|till|by|from|through|during|of|before|after|on|and|or|to)\s+)?"
    rf"(?P<x>{MODIFIER}(?:(?P<dir>last|next|this|late\s+last|early\s+last|early\s+next|late\s+next)\s+)?"
    rf"\b(?P<mo>January|February|March|April|May|June|July|August|September|October|November|December))"
    rf"(?![\w-])(?!\s+\d)",
)
def _month_alone(m, ctx):
    word = m["mo"]
    pre = (m["pre"] or "").strip().lower()
    later = _YEAR_AFTER_MONTH.match(ctx.text, m.end("x"))
    if word in ("May", "March") and not (pre or m["dir"] or m["mod"] or later):
        return None  # "May" the name or modal, "March" the verb: only with a date context
    month = _month(word)
    direction = (m["dir"] or "").split()[-1] if m["dir"] else None
    if direction == "last":
        year = ctx.dct.year if month < ctx.dct.month else ctx.dct.year - 1
    elif direction == "next":
        year = ctx.dct.year if month > ctx.dct.month else ctx.dct.year + 1
    elif direction == "this":
        year = ctx.dct.year
    elif later:
        year = _year(later["y"])  # "that January day in 2011"
    else:
        year = _nearest_year(ctx, month, None, m.start("x"), m.end("x"))
    mod = _mod(m["mod"]) or _mod((m["dir"] or "").split()[0] if m["dir"] and " " in m["dir"] else None)
    return "DATE", cal.month_value(year, month), mod


@rule(
    "weekday",
    rf"(?P<pre>\b(?:as\s+early\s+as|as\s+soon\s+as|on|by|until|since|from|before|after|late|early)\s+)?"
    rf"(?P<x>(?:(?P<dir>last|next|this|late|early)\s+)?\b(?P<wd>{WEEKDAY})(?:\s+(?P<part>{PART}))?)"
    rf"(?!\s+(?:[A-Z][a-z]+(?<!January)(?<!February)(?<!March)(?<!April)(?<!May)(?<!June)(?<!July)"
    rf"(?<!August)(?<!September)(?<!October)(?<!November)(?<!December)))(?![\w-])(?!['’](?!s\b))",
)
def _weekday(m, ctx):
    direction = (m["dir"] or "").lower() or None
    if direction in ("late", "early"):
        direction = None
    pre = (m["pre"] or "").lower()
    if "as early as" in pre or "as soon as" in pre:
        d = cal.weekday_after(ctx.dct, cal.WEEKDAYS[m["wd"].lower()])
    else:
        d = _weekday_date(ctx, cal.WEEKDAYS[m["wd"].lower()], m.start("x"), m.end("x"), direction)
    if m["part"]:
        return "TIME", f"{d.isoformat()}T{_part_code(m['part'])}", None
    return "DATE", d.isoformat(), None


@rule(
    "season",
    rf"(?P<x>{MODIFIER}(?:(?P<dir>last|this|next|the)\s+)?(?P<s>spring|summer|autumn|fall|winter)"
    rf"(?:\s+(?:of\s+)?(?P<y>{YEAR}))?){END}",
    re.IGNORECASE,
)
def _season(m, ctx):
    season = cal.SEASONS[m["s"].lower()]
    direction = (m["dir"] or "").lower()
    if m["y"]:
        year = _year(m["y"])
    elif direction in ("last", "this", "next"):
        year = ctx.dct.year + {"last": -1, "this": 0, "next": 1}[direction]
    elif direction == "the" and ctx.tense_at(m.start(), m.end()) != UNKNOWN:
        year = ctx.dct.year
    else:
        return None  # "a summer offensive", "the fall of Kabul"
    return "DATE", f"{year}-{season}", _mod(m["mod"])


@rule(
    "quarter",
    rf"\b(?P<x>(?:the\s+)?(?P<q>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+quarter(?:\s+of\s+(?P<y>{YEAR}))?"
    rf"|Q(?P<qn>[1-4])\s+(?P<y2>{YEAR})){END}",
    re.IGNORECASE,
)
def _quarter(m, ctx):
    q = int(m["qn"]) if m["qn"] else cal.ORDINALS[m["q"].lower()]
    year = _year(m["y"] or m["y2"]) if (m["y"] or m["y2"]) else ctx.dct.year
    return "DATE", f"{year}-Q{q}", None


@rule("decade", rf"\b(?P<x>(?:the\s+)?{MODIFIER}(?P<y>1[6-9]\d0|20\d0)s){END}")
def _decade(m, ctx):
    return "DATE", m["y"][:3], _mod(m["mod"])


@rule("century", rf"\b(?P<x>(?P<n>\d{{1,2}})(?:st|nd|rd|th)[\s-]+[Cc]entury){END}")
def _century(m, ctx):
    return "DATE", f"{int(m['n']) - 1:02d}", None


@rule(
    "year",
    rf"(?P<pre>\b(?:in|since|until|by|from|of|during|before|after|around|circa|fiscal)\s+)?"
    rf"(?P<x>{MODIFIER}(?:(?<=mid-)|(?<=early-)|(?<=late-)|{START})(?P<y>{YEAR})){END}(?!\s*(?:%|percent|[-–]\d|,\d|\.\d|:\d|\s+(?:people|troops|soldiers|drones|"
    r"missiles|residents|kilometers|kilometres|miles|km|metres|meters|feet|dollars|euros|tons|tonnes|"
    r"points|votes|seats|deaths|casualties|units|members|times|hours|pages)\b))",
)
def _year_alone(m, ctx):
    year = int(m["y"])
    if not (m["pre"] or m["mod"]) and not 1900 <= year <= ctx.dct.year + 30:
        return None
    return "DATE", f"{year:04d}", _mod(m["mod"])


@rule("year-earlier", r"\b(?P<x>(?P<u>year|quarter|month)-(?:earlier|ago))(?=\s)", re.IGNORECASE)
def _year_earlier(m, ctx):
    """ "the year-earlier period", "the year-ago quarter": the same period one year (quarter, month) back."""
    return "DATE", cal.shift(ctx.dct, m["u"].lower(), -1), None


@rule(
    "relative-year",
    rf"{MODIFIER}\b(?P<dir>this|last|next|the\s+past|the\s+previous|the\s+coming|the\s+next|the\s+last|"
    r"the\s+following|the\s+current|the\s+same)\s+(?:fiscal\s+)?(?P<u>week|weekend|month|year|quarter|decade|"
    r"century)" + END,
    re.IGNORECASE,
)
def _relative_unit(m, ctx):
    direction = " ".join(m["dir"].lower().split())
    unit = m["u"].lower()
    if direction in ("the past", "the next", "the coming") and not m["mod"]:
        return "DURATION", cal.duration_value(1, unit), None
    if direction == "the following" and unit in ("decade", "century"):
        return "DURATION", cal.duration_value(1, unit), None
    if direction == "the same":
        return None
    step = {"this": 0, "the current": 0, "last": -1, "the last": -1, "the previous": -1, "next": 1, "the following": 1}
    ref = ctx.dct if direction in ("this", "the current", "last", "the last", "next") else ctx.anchor
    return "DATE", cal.shift(ref, unit, step[direction]), _mod(m["mod"])


@rule(
    "the-weekend",
    r"\b(?:over|at|during|on|through|by|until|before|after|since|this\s+past)\s+(?P<x>the\s+weekend)"
    + END
    + r"(?!\s+of\b)",
    re.I,
)
def _the_weekend(m, ctx):
    """ "over the weekend": the last one in a past clause, the coming one in a future clause (a weekend
    belongs to the ISO week it ends), else the nearer of the two."""
    dct = ctx.dct
    weekend_passed = dct.weekday() <= 1  # Monday or Tuesday: the weekend just past is the nearer
    tense = ctx.tense_at(m.start("x"), m.end("x"))
    if tense == PAST:
        step = 0 if dct.weekday() >= 5 else -1
    elif tense == FUTURE:
        step = 0
    else:
        step = -1 if weekend_passed else 0
    return "DATE", cal.shift(dct, "weekend", step), None


@rule(
    "modified-period",
    rf"\b(?P<x>{MODIFIER}(?<=\s)(?:the\s+)?(?P<u>year|month|week)){END}(?!\s+(?:of|in|after|before)\b)",
    re.I,
)
def _modified_period(m, ctx):
    """ "the end of the year/month/week": the current one, unless the tense puts that part of it on the other
    side of today ("it ended at the end of the month", written on the 3rd, is last month's end)."""
    mod = _mod(m["mod"])
    if mod is None:
        return None
    unit = m["u"].lower()
    dct = ctx.dct
    if unit == "year":
        elapsed = Fraction(dct.month - 1, 12)
    elif unit == "month":
        elapsed = Fraction(dct.day - 1, cal.days_in_month(dct.year, dct.month))
    else:
        elapsed = Fraction(dct.weekday(), 7)
    part_start, part_end = {"START": (0, Fraction(1, 3)), "MID": (Fraction(1, 3), Fraction(2, 3))}.get(
        mod, (Fraction(2, 3), 1)
    )
    tense = ctx.tense_at(m.start("x"), m.end("x"))
    step = -1 if tense == PAST and elapsed < part_start else (1 if tense == FUTURE and elapsed >= part_end else 0)
    return "DATE", cal.shift(dct, unit, step), mod


# "faster than can be done today", "higher than it is today": "today" closing a comparison means the
# present age, not the day of publication. A quantity ("more than 100 people died today") is not one.
_GENERIC_TODAY = re.compile(
    r"\bthan\s+(?:it|they|we|you|he|she|there|those|that|what|anything|anyone|can|could|is|are|was|were|"
    r"has|have|had|do|does|did|exists?)\b[^,;:.!?\n]{0,40}$",
    re.IGNORECASE,
)


@rule(
    "deictic-day",
    rf"\b(?P<x>(?:the\s+day\s+(?:before|after)\s+)?(?P<w>yesterday|today|tomorrow|tonight)"
    rf"(?:\s+(?P<part>{PART}))?){END}",
    re.IGNORECASE,
)
def _deictic_day(m, ctx):
    word = m["w"].lower()
    generic = word == "today" and m.group("x").lower() == "today"
    if generic and _GENERIC_TODAY.search(ctx.text, max(0, m.start() - 80), m.start()):
        return ("REF", "PRESENT_REF", None) if ctx.refs else None
    delta = {"yesterday": -1, "today": 0, "tomorrow": 1, "tonight": 0}[word]
    prefix = m.group("x").lower()
    if prefix.startswith("the day before"):
        delta -= 1
    elif prefix.startswith("the day after"):
        delta += 1
    d = ctx.dct + dt.timedelta(days=delta)
    if word == "tonight":
        return "TIME", f"{d.isoformat()}TNI", None
    if m["part"]:
        return "TIME", f"{d.isoformat()}T{_part_code(m['part'])}", None
    return "DATE", d.isoformat(), None


@rule("part-of-day", rf"\b(?P<x>(?P<dir>this|last)\s+(?P<part>morning|afternoon|evening|night)){END}", re.I)
def _part_of_day(m, ctx):
    d = ctx.dct - dt.timedelta(days=1) if m["dir"].lower() == "last" else ctx.dct
    return "TIME", f"{d.isoformat()}T{_part_code(m['part'])}", None


@rule(
    "ago",
    rf"\b(?P<x>(?P<n>{NUM}|{VAGUE})[\s-]+(?P<u>{UNIT}|{UNITS})\s+(?P<w>ago)){END}",
    re.IGNORECASE,
)
def _ago(m, ctx):
    count = cal.number_value(m["n"])
    unit = _unit(m["u"])
    if count is None or unit in ("second", "minute", "hour"):
        return ("REF", "PAST_REF", None) if ctx.refs else None
    if unit == "day":
        return "DATE", (ctx.dct - dt.timedelta(days=count)).isoformat(), None
    return "DATE", cal.shift(ctx.dct, unit, -count), None


@rule(
    "anaphoric-day",
    r"\b(?P<x>the\s+(?:previous|next|following|same)\s+day|the\s+day(?P<rel>\s+(?:before|after))|that\s+day|"
    r"the\s+eve)" + END,
    re.IGNORECASE,
)
def _anaphoric_day(m, ctx):
    x = " ".join(m["x"].lower().split())
    if m["rel"] and re.match(r"\s+(?:the\s+|a\s+|his\s+|her\s+|their\s+)?[A-Za-z]", ctx.text[m.end("x") :]):
        return None  # "the day before the son reported him missing": anchored to an event, see below
    if x.startswith("the eve"):
        return "DATE", (ctx.anchor - dt.timedelta(days=1)).isoformat(), None
    delta = (
        -1 if ("previous" in x or "before" in x) else (1 if ("next" in x or "following" in x or "after" in x) else 0)
    )
    return "DATE", (ctx.anchor + dt.timedelta(days=delta)).isoformat(), None


@rule("event-anchored-day", r"\b(?P<x>the\s+day)\s+(?:before|after)\s+(?!yesterday|today|tomorrow)[A-Za-z]", re.I)
def _event_anchored_day(m, ctx):
    """ "The day before Roth was pulled over": a day next to an event we cannot date, in the story's year.

    The event belongs to the story being told, so its year is the story's (see Context); which day it
    is stays unknown. With no year named before it, the value says nothing but "a day".
    """
    return "DATE", f"{ctx.story_year}-XX-XX" if ctx.story_year else "XXXX-XX-XX", None


@rule(
    "ordinal-day",
    r"\b(?P<x>the\s+(?:\d{1,3}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|"
    rf"tenth|final)\s+day)(?![\w-])(?!\s+(?:of|in)\s+(?:the\s+)?(?:month|week|year|{MONTH})\b)",
    re.IGNORECASE,
)
def _ordinal_day(m, ctx):
    """ "We got across on the 99th day": a day counted from an undated start, so no calendar value."""
    return "DATE", "XXXX-XX-XX", None


# Durations, sets, references: recognised so that they never become dates -----------------------------
@rule(
    "duration",
    rf"\b(?P<x>(?:(?P<past>the\s+(?:past|last|next|first|coming|previous)|another|almost|nearly|about|"
    rf"more\s+than|less\s+than|up\s+to|at\s+least)\s+)?(?P<n>{NUM}|{VAGUE})(?:\s+more)?[\s-]+"
    rf"(?P<u>{UNIT}|{UNITS})(?:['’]s?)?){END}(?!\s+ago)",
    re.IGNORECASE,
)
def _duration(m, ctx):
    unit = _unit(m["u"])
    if m["n"].lower() in ("a", "an") and unit == "second":
        return None  # "a second meeting"
    count = cal.number_value(m["n"])
    value = cal.duration_value(count, unit)
    mod = None
    qualifier = (m["past"] or "").lower()
    if qualifier.startswith(("almost", "nearly", "less", "up to")):
        mod = "LESS_THAN"
    elif qualifier.startswith(("more", "at least")):
        mod = "MORE_THAN"
    elif qualifier.startswith("about"):
        mod = "APPROX"
    direction = LATER.match(ctx.text, m.end("x"))
    if direction and count is not None and not qualifier.startswith(("the", "another")):
        return "DURATION", value, mod, _point(ctx, unit, count if direction[1].lower() == "later" else -count)
    return "DURATION", value, mod


# The word after a duration that makes it reach a point: "two days later".
LATER = re.compile(r"\s+(later|earlier)\b", re.IGNORECASE)


def _point(ctx: Context, unit: str, n: int) -> str | None:
    """Where "a week later" / "two years earlier" lands: counted from the last day named, at the unit's
    precision (days and weeks land on a day). Months and years may count from the publication date
    ("profit fell from a year earlier"); days and weeks need a day named before them."""
    if unit in ("day", "week", "fortnight"):
        if ctx.last_day is None:
            return None
        return cal.shift(ctx.last_day, "day", n * {"day": 1, "week": 7, "fortnight": 14}[unit])
    if unit in ("month", "quarter", "year"):
        return cal.shift(ctx.anchor, unit, n)
    return None


@rule(
    "bare-units",
    rf"\b(?:for|over|in|within|after|takes?|took|lasting)\s+(?P<x>(?:recent\s+|the\s+(?:past|last|coming|next)\s+)?"
    rf"(?P<u>{UNITS})){END}(?!\s+(?:ago|earlier|later))",
    re.IGNORECASE,
)
def _bare_units(m, ctx):
    unit = _unit(m["u"])
    return "DURATION", cal.duration_value(None, unit), None


@rule(
    "units-before",
    rf"(?<!\bthe\s)(?<!\bthose\s)(?<!\bthese\s)\b(?P<x>(?P<u>{UNITS}))\s+(?:before|after|earlier|later)\b",
    re.IGNORECASE,
)
def _units_before(m, ctx):
    """ "set days before he underwent surgery", "minutes before Air Force One left": an unsaid number of units."""
    return _bare_units(m, ctx)


@rule(
    "coordinated-count",
    rf"\b(?P<x>(?P<n>{NUM}))\s+(?:and|to|or|-|–)\s+(?:{NUM})\s+(?P<u>{UNITS}){END}",
    re.IGNORECASE,
)
def _coordinated_count(m, ctx):
    """ "between 12 and 18 months": the first number shares the unit written after the second."""
    count = cal.number_value(m["n"])
    if count is None or m["n"].lower() in ("a", "an"):
        return None
    unit = _unit(m["u"])
    return "DURATION", cal.duration_value(count, unit), None


@rule("elapsed-time", rf"{START}(?P<x>(?P<h>\d{{1,2}}):(?P<mi>[0-5]\d):(?P<s>[0-5]\d)){END}")
def _elapsed_time(m, ctx):
    """ "finishing in 3:07:35": hours, minutes and seconds are a length of time, not a time of day."""
    h, mi, sec = int(m["h"]), int(m["mi"]), int(m["s"])
    parts = (f"{h}H" if h else "") + (f"{mi}M" if mi else "") + (f"{sec}S" if sec else "")
    return ("DURATION", f"PT{parts}", None) if parts else None


@rule(
    "set",
    rf"\b(?P<x>(?:every|each)\s+(?:other\s+)?(?P<u>{UNIT}|{WEEKDAY}|{PART}|season)|(?P<adv>daily|weekly|monthly|"
    r"annually|yearly|nightly|hourly|quarterly))" + END,
    re.IGNORECASE,
)
def _set(m, ctx):
    if m["adv"]:
        code = {
            "daily": "P1D",
            "weekly": "P1W",
            "monthly": "P1M",
            "annually": "P1Y",
            "yearly": "P1Y",
            "nightly": "TNI",
            "hourly": "PT1H",
            "quarterly": "P1Q",
        }[m["adv"].lower()]
        return "SET", code, None
    u = m["u"].lower()
    if u in cal.UNIT_CODES:
        return "SET", cal.duration_value(1, u), None
    if u in cal.WEEKDAYS:
        return "SET", f"XXXX-WXX-{cal.WEEKDAYS[u] + 1}", None
    if u in cal.PARTS_OF_DAY:
        return "SET", f"XXXX-XX-XXT{cal.PARTS_OF_DAY[u]}", None
    return "SET", "XXXX", None


@rule(
    "reference",
    r"\b(?P<x>now|currently|recently|nowadays|these\s+days|at\s+present|at\s+the\s+moment|the\s+present|"
    r"the\s+past|at\s+the\s+time|the\s+future|the\s+near\s+future|recent\s+years|"
    r"the\s+coming\s+(?:days|weeks|months|years))" + END,
    re.IGNORECASE,
)
def _reference(m, ctx):
    if not ctx.refs:
        return None
    x = " ".join(m["x"].lower().split())
    if x in ("recently", "recent years", "the past", "at the time"):
        return "REF", "PAST_REF", None
    if "future" in x or x.startswith("the coming"):
        return "REF", "FUTURE_REF", None
    return "REF", "PRESENT_REF", None


@rule(
    "clock",
    rf"\b(?P<x>(?:(?P<wd0>{WEEKDAY})\s+at\s+)?(?:(?P<h>[01]?\d|2[0-3])(?::(?P<mi>[0-5]\d))?\s*"
    r"(?P<ap>a\.m\.|p\.m\.|am|pm|AM|PM)(?:\s+(?:GMT|UTC|ET|EST|EDT|CET|BST))?"
    r"|(?P<h2>[01]\d|2[0-3]):(?P<mi2>[0-5]\d)\s+(?:GMT|UTC|ET|EST|EDT|CET|BST)|noon|midnight)"
    rf"(?:\s+(?:on\s+)?(?P<wd>{WEEKDAY}))?)(?![\w])",
)
def _clock(m, ctx):
    """A time of day, on the weekday written with it ("15:00 GMT Saturday") or on the day last mentioned."""
    weekday = m["wd"] or m["wd0"]
    day = ctx.anchor
    if weekday:
        day = _weekday_date(ctx, cal.WEEKDAYS[weekday.lower()], m.start("x"), m.end("x"), None)
    x = m["x"].lower()
    if "noon" in x:
        return "TIME", f"{day.isoformat()}T12:00", None
    if "midnight" in x:
        return "TIME", f"{day.isoformat()}T24:00", None
    if m["h2"]:
        return "TIME", f"{day.isoformat()}T{int(m['h2']):02d}:{m['mi2']}", None
    hour = int(m["h"]) % 12 + (12 if m["ap"].lower().startswith("p") else 0)
    minutes = m["mi"] or "00"
    return "TIME", f"{day.isoformat()}T{hour:02d}:{minutes}", None
