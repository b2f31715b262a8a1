"""Rules for expressions counted from the publication date or the last date named: "on Thursday",
"last week", "the day before", "two days ago", "the end of the month"."""

from __future__ import annotations

import datetime as dt
import re
from fractions import Fraction

from . import calendar as cal
from .grammar import (
    END,
    MODIFIER,
    NUM,
    PART,
    RECURRING_AFTER,
    UNIT,
    UNITS,
    VAGUE,
    WEEKDAY,
    Rule,
    mod_of,
    part_code,
    registrar,
    title_case_line,
    unit_of,
    weekday_date,
)
from .tense import FUTURE, PAST, headline_tense

RULES: list[Rule] = []
rule = registrar(RULES)


@rule(
    "weekday",
    rf"(?P<pre>\b(?:as\s+early\s+as|as\s+soon\s+as|on|by|until|since|from|before|after)\s+)?"
    rf"(?P<x>(?:(?P<ana>[Tt]he\s+(?:following|next|previous|preceding)\s+)|"
    rf"(?P<dir>[Ll]ast|[Nn]ext|[Tt]his\s+past|[Tt]his\s+coming|[Tt]his|[Ll]ate|[Ee]arly)\s+)?\b(?P<wd>{WEEKDAY})(?:\s+(?P<part>{PART}))?)"
    rf"(?![\w-])(?!['’](?!s\b))",
)
def _weekday(m, ctx):
    if (
        _NAME_AFTER.match(ctx.text, m.end("x"))
        and not (headline_tense(ctx.text, m.start("x")) and title_case_line(ctx.text, m.start("x")))
        and not (
            (m["dir"] or _SUBJECT_AFTER_DATE.search(ctx.text, max(0, m.start("x") - 7), m.start("x")))
            and not _PART_NAME_AFTER.match(ctx.text, m.end("x"))
        )
    ):
        return None  # "Monday Night Football", "Tuesday Morning Corp": a name, unless in a title-case headline
    if not m["part"] and RECURRING_AFTER.match(ctx.text, m.end("x")):
        return None  # "on Monday and Tuesday nights": recurring days, a SET (durations.py)
    named = _WORD_BEFORE.search(ctx.text, max(0, m.start("x") - 12), m.start("x"))
    if not m["dir"] and named and named[1] in cal.NAMED_DAY_WORDS:
        return None  # "Black Friday", "Super Tuesday": one named day (a holiday rule's, or none)
    direction = " ".join((m["dir"] or "").lower().split()) or None
    direction = {"late": None, "early": None, "this past": "last", "this coming": "next"}.get(direction, direction)
    pre = (m["pre"] or "").lower()
    week = _WEEK_AFTER.match(ctx.text, m.end("x"))
    if m["ana"]:
        # "the following Monday", "the previous Friday": counted from the last day named, as "the next day" is
        wd = cal.WEEKDAYS[m["wd"].lower()]
        after = m["ana"].split()[1].lower() in ("following", "next")
        anchor = ctx.anchor
        d = (
            cal.weekday_after(anchor + dt.timedelta(days=1), wd)
            if after
            else cal.weekday_on_or_before(anchor - dt.timedelta(days=1), wd)
        )
    elif week and not direction:
        # "Monday last week", "on Tuesday next week": that weekday of the week named after it
        monday = ctx.dct - dt.timedelta(days=ctx.dct.weekday())
        step = {"last": -1, "this": 0, "next": 1}[week[1].lower()]
        d = monday + dt.timedelta(days=7 * step + cal.WEEKDAYS[m["wd"].lower()])
    elif "as early as" in pre or "as soon as" in pre:
        d = cal.weekday_after(ctx.dct, cal.WEEKDAYS[m["wd"].lower()])
    else:
        d = weekday_date(ctx, cal.WEEKDAYS[m["wd"].lower()], m.start("x"), m.end("x"), direction)
        start = ctx.last_day
        if start and d <= start and _RANGE_START_BEFORE.search(ctx.text, max(0, m.start("x") - 48), m.start("x")):
            # "from Friday to Sunday": a range ends after it starts, on the first such weekday
            d = cal.weekday_after(start + dt.timedelta(days=1), cal.WEEKDAYS[m["wd"].lower()])
    # "early Tuesday", "late Monday night": TIMEX3 keeps the modifier in the expression, as START or END
    mod = mod_of(m["dir"]) if m["dir"] and m["dir"].lower() in ("late", "early") else None
    if m["part"]:
        return "TIME", f"{d.isoformat()}T{part_code(m['part'])}", mod
    return "DATE", d.isoformat(), mod


_WORD_BEFORE = re.compile(r"\b([A-Z][a-z]+)\s+$")
# A capitalised word after a weekday makes it part of a name; a month's name after it does not.
_NAME_AFTER = re.compile(
    r"[ \t]+(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)[A-Z][a-z]+"
)
# After "on" (or "early", "last"...) a weekday is a date, and the capitalised word after it the subject ("On Tuesday
# General Motors said", "Late Friday Boeing announced"), unless it is a part of the day ("on Monday Night
# Football").
_SUBJECT_AFTER_DATE = re.compile(r"\b[Oo]n\s+$")
_PART_NAME_AFTER = re.compile(r"[ \t]+(?:Morning|Afternoon|Evening|Night)\b")
_RANGE_START_BEFORE = re.compile(
    rf"\b(?:from|between)\s+(?:(?:last|next|this)\s+)?{WEEKDAY}(?:\s+{PART})?\s*(?:to|until|till|through|and|-|–)\s*$",
    re.IGNORECASE,
)
_WEEK_AFTER = re.compile(r",?\s+(?:of\s+)?(last|next|this)\s+week\b", re.IGNORECASE)


@rule(
    "year-earlier", r"\b(?P<x>(?P<u>year|quarter|month)-(?:earlier|ago))(?=\s)", re.IGNORECASE, needs=("earlier", "ago")
)
def _year_earlier(m, ctx):
    """ "the year-earlier period", "the year-ago quarter": the same period one year (quarter, month) back."""
    return "DATE", cal.shift(ctx.dct, m["u"].lower(), -1), None


@rule(
    "relative-year",
    rf"(?=[lLeEtTmMnN])(?:\b(?:later|earlier)\s+(?:in\s+)?)?{MODIFIER}\b(?P<dir>this\s+past|this\s+coming|this|last|next|the\s+past|the\s+previous|the\s+coming|the\s+next|the\s+last|"
    r"the\s+prior|the\s+following|the\s+current|the\s+same)\s+(?:(?:fiscal|financial)\s+)?(?P<u>week|weekend|month|year|quarter|decade|"
    r"century)" + END,
    re.IGNORECASE,
)
def _relative_unit(m, ctx):
    direction = " ".join(m["dir"].lower().split())
    unit = m["u"].lower()
    if direction == "this past":  # "this past weekend" is the last one; "this past year" the past one
        direction = "last" if unit == "weekend" else "the past"
    elif direction == "this coming":  # the first one ahead: this week's weekend, told before it
        direction = "this" if unit == "weekend" and ctx.dct.weekday() < 5 else "next"
    known = ctx.story_year if unit in ("year", "decade", "century") else ctx.last_month
    narrated = (
        direction == "the next"
        and bool(known)
        and _CLAUSE_START.search(ctx.text, max(0, m.start() - 12), m.start()) is not None
        and ctx.tense_at(m.start(), m.end()) == PAST
    )  # "In 2019 ... The next year, he quit": a fronted "the next year" in a told story is a date
    if direction in ("the past", "the next", "the coming") and not m["mod"] and not narrated:
        return "DURATION", cal.duration_value(1, unit), None
    if direction == "the following" and unit in ("decade", "century"):
        return "DURATION", cal.duration_value(1, unit), None
    if direction == "the same" and (unit not in ("week", "month", "year") or _A_YEAR_AWAY.match(ctx.text, m.end())):
        return None  # "the same quarter last year": the period is named by what follows
    step = {"this": 0, "the current": 0, "last": -1, "the last": -1, "the previous": -1, "next": 1, "the following": 1}
    step["the prior"] = -1  # "up from the prior year": the previous one, in the words of results
    step |= {"the next": 1, "the same": 0}  # told in the past: "in 2019 ... The next year, he quit"
    deictic = direction in ("this", "the current", "last", "the last", "next")
    ref = ctx.dct if deictic else (ctx.month_anchor if unit in ("month", "quarter") else ctx.anchor)
    if not deictic and unit == "year" and ctx.story_year:
        # "the previous year" counts from the story's year ("in 2009 ... the previous year"), which a
        # weekday or "today" in between does not move
        return "DATE", f"{ctx.story_year + step[direction]:04d}", mod_of(m["mod"])
    return "DATE", cal.shift(ref, unit, step[direction]), mod_of(m["mod"])


@rule(
    "the-unit-told",
    r"(?<!\S)(?:[Ff]or|on|On|(?P<close>(?:end|clos|finish)(?:ed|es|e|s|ing)?))\s+(?P<x>the (?P<u>day|week|month|year))"
    r"(?(close)(?=\s+(?:up|down|higher|lower|flat|unchanged|at|with|in\s+(?:positive|negative|the\s+red))\b)"
    r"|(?=\s*[,;.]|\s+as\s+a\s+whole\b))",
    needs=("the day", "the week", "the month", "the year"),
)
def _the_unit_told(m, ctx):
    """ "Shares rose 3% on the day.", "For the week, the Dow lost 2%", "The Dow ended the day up 1%": the
    day (week, month, year) of the last date named, as a market report sums it up; only at a clause's end
    or before the closing level, where no event follows."""
    unit = m["u"]
    if unit == "day" and not (m["close"] or m.group(0).lower().startswith("on")):
        return None  # "for the day" is as often "for a day"
    if unit == "year":
        return "DATE", f"{ctx.anchor.year:04d}", None
    return "DATE", cal.shift(ctx.month_anchor if unit == "month" else ctx.anchor, unit, 0), None


_CLAUSE_START = re.compile(r"(?:^|[.;!?]\s+|\n)(?:(?:in|by|during|over)\s+)?$", re.IGNORECASE)
_A_YEAR_AWAY = re.compile(r"\s+(?:a\s+year\s+(?:earlier|ago|before)|(?:of\s+)?(?:last|the\s+previous)\s+year)\b", re.I)


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
    rf"\b(?P<x>{MODIFIER}(?<=\s)(?:the\s+)?(?P<u>year|month|week|decade)){END}(?!\s+(?:of|in|after|before)\b)",
    re.I,
)
def _modified_period(m, ctx):
    """ "the end of the year/month/week/decade": the current one, unless the tense puts that part of it on the other
    side of today ("it ended at the end of the month", written on the 3rd, is last month's end)."""
    mod = mod_of(m["mod"])
    if mod is None:
        return None
    unit = m["u"].lower()
    dct = ctx.dct
    if unit == "decade":
        elapsed = Fraction(dct.year % 10 * 12 + dct.month - 1, 120)
    elif unit == "year":
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
    r"\bthan\s+(?:it|they|we|you|he|she|there|those|that|what|anything|anyone|can|could|is|are|was|were|the|its|their|"
    r"has|have|had|do|does|did|exists?)\b[^,;:.!?\n]{0,40}$",
    re.IGNORECASE,
)


@rule(
    "deictic-day",
    rf"\b(?P<x>(?:the\s+day\s+(?:before|after)\s+|(?P<mod>late|early)\s+)?(?P<w>yesterday|today|tomorrow|tonight)"
    rf"(?:\s+(?P<part>{PART}))?){END}",
    re.IGNORECASE,
)
def _deictic_day(m, ctx):
    word = m["w"].lower()
    generic = word == "today" and m.group("x").lower() == "today"
    if generic and _GENERIC_TODAY.search(ctx.text, max(0, m.start() - 80), m.start()):
        return ("DATE", "PRESENT_REF", None) if ctx.refs else None
    delta = {"yesterday": -1, "today": 0, "tomorrow": 1, "tonight": 0}[word]
    prefix = m.group("x").lower()
    if prefix.startswith("the day before"):
        delta -= 1
    elif prefix.startswith("the day after"):
        delta += 1
    d = ctx.dct + dt.timedelta(days=delta)
    if word == "tonight":
        return "TIME", f"{d.isoformat()}TNI", mod_of(m["mod"])
    if m["part"]:
        return "TIME", f"{d.isoformat()}T{part_code(m['part'])}", mod_of(m["mod"])
    return "DATE", d.isoformat(), mod_of(m["mod"])


# "struck Kyiv overnight", "spoke to him overnight": a bare "overnight" in a report is the night before it
# appeared; "overnight into Thursday", "Friday overnight" are the weekday's (other rules).
@rule(
    "overnight",
    r"(?<![\w-])(?<!\bthe\s)(?P<x>overnight)(?!\s+(?:into|to|on|in|from|stays?|stay|flights?|train|shift|success|sensation)\b)(?![\w-])",
    re.IGNORECASE,
)
def _overnight(m, ctx):
    before = ctx.text[max(0, m.start() - 30) : m.start()]
    if re.search(r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|night|an|was|were|be)\s+$", before):
        return None  # "Friday overnight" is the weekday's; "an overnight stay", "was overnight": no date
    return "TIME", f"{ctx.dct.isoformat()}TNI", None


@rule("part-of-day", rf"\b(?P<x>(?P<dir>this|last)\s+(?P<part>morning|afternoon|evening|night)){END}", re.I)
def _part_of_day(m, ctx):
    d = ctx.dct - dt.timedelta(days=1) if m["dir"].lower() == "last" else ctx.dct
    return "TIME", f"{d.isoformat()}T{part_code(m['part'])}", None


@rule(
    "ago",
    rf"\b(?P<x>(?:(?P<n>{NUM}|{VAGUE})[\s-]+(?P<u>{UNIT}|{UNITS})|(?P<bare>{UNITS}))\s+(?P<w>ago)){END}",
    re.IGNORECASE,
    needs=("ago",),
)
def _ago(m, ctx):
    """ "two years ago": counted back from the publication date. ("Two weeks from now" is, in TIMEX3, the
    duration "two weeks" and "now"; see durations.py.)"""
    if m["bare"]:
        return "DATE", "PAST_REF", None  # "years ago": some time back, no date
    count = cal.number_value(m["n"])
    unit = unit_of(m["u"])
    if count is None or unit in ("second", "minute", "hour"):
        return ("DATE", "PAST_REF", None) if ctx.refs else None
    if unit == "day":
        return "DATE", (ctx.dct - dt.timedelta(days=count)).isoformat(), None
    return "DATE", cal.shift(ctx.dct, unit, -count), None


_PART_AFTER = re.compile(r"\s+(last|this)\s+(?:morning|afternoon|evening|night)\b", re.IGNORECASE)


@rule(
    "clock",
    rf"\b(?P<x>(?:(?P<wd0>{WEEKDAY})\s+at\s+)?(?:(?P<h>[01]?\d|2[0-3])(?::(?P<mi>[0-5]\d))?\s*"
    r"(?P<ap>a\.m\.|p\.m\.|am|pm|AM|PM)(?:\s+(?P<z>GMT|UTC|ET|EST|EDT|CET|BST|PST|PDT|CST|CDT))?"
    r"|(?P<h2>[01]?\d|2[0-3]):(?P<mi2>[0-5]\d)(?::(?P<s2>[0-5]\d))?(?:\s+(?P<z2>GMT|UTC|ET|EST|EDT|CET|BST|PST|PDT|CST|CDT)"
    r"|(?<=\bat\s\d\d:\d\d)|(?<=\bat\s\d:\d\d)|(?=\s+local\s+time))"
    # "08.15 GMT" (British bylines), "1400 GMT" (wire copy): a clock reading only with its zone
    r"|(?:(?P<h3>[01]?\d|2[0-3])\.(?P<mi3>[0-5]\d)|(?P<h4>[01]\d|2[0-3])(?P<mi4>[0-5]\d))\s+(?:GMT|UTC|BST|CET)"
    r"|noon|midday|midnight)"
    rf"(?:\s+(?:on\s+)?(?P<wd>{WEEKDAY})|\s+(?P<deictic>today|yesterday|tomorrow))?)(?![\w])",
)
def _clock(m, ctx):
    """A time of day, on the weekday written with it ("15:00 GMT Saturday") or on the day last mentioned."""
    weekday = m["wd"] or m["wd0"]
    if m["x"].lower() == "noon" and re.search(r"\bhigh\s+$", ctx.text[max(0, m.start() - 6) : m.start()], re.I):
        return None  # "high noon": a showdown, not a time
    day = ctx.anchor
    part = _PART_AFTER.match(ctx.text, m.end("x"))
    if weekday:
        day = weekday_date(ctx, cal.WEEKDAYS[weekday.lower()], m.start("x"), m.end("x"), None)
    elif part:  # "at 11 p.m. last night", "at 9 a.m. this morning": the day that part of the day names
        day = ctx.dct - dt.timedelta(days=1 if part[1].lower() == "last" else 0)
    elif m["deictic"]:  # "16:00 UTC today", "at 9 a.m. yesterday"
        day = ctx.dct + dt.timedelta(days={"today": 0, "yesterday": -1, "tomorrow": 1}[m["deictic"].lower()])
    x = m["x"].lower()
    if "noon" in x or "midday" in x:
        return "TIME", f"{day.isoformat()}T12:00", None
    if "midnight" in x:
        return "TIME", f"{day.isoformat()}T24:00", None
    zone = ""  # TimeML (TimeBank, TempEval-3) writes clock times without their zone
    if m["h3"] or m["h4"]:
        return "TIME", f"{day.isoformat()}T{int(m['h3'] or m['h4']):02d}:{m['mi3'] or m['mi4']}", None
    if m["h2"]:
        seconds = f":{m['s2']}" if m["s2"] else ""
        hour = int(m["h2"])
        after = _EVENING_AFTER.match(ctx.text, m.end("x"))
        if after and (after["pm"] or "night" in after[0].lower()) and hour < 12:
            hour += 12  # "at 8:15 in the evening"
        return "TIME", f"{day.isoformat()}T{hour:02d}:{m['mi2']}{seconds}{zone}", None
    hour = int(m["h"]) % 12 + (12 if m["ap"].lower().startswith("p") else 0)
    minutes = m["mi"] or "00"
    return "TIME", f"{day.isoformat()}T{hour:02d}:{minutes}{zone}", None


_EVENING_AFTER = re.compile(r"\s+(?:in\s+the\s+(?P<pm>afternoon|evening)|at\s+night|in\s+the\s+morning)\b", re.I)


@rule(
    "oclock",
    rf"\b(?P<x>(?P<h>1[0-2]|0?[1-9]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+o['’]clock"
    rf"(?:\s+(?:on\s+)?(?P<wd>{WEEKDAY}))?)(?![\w])",
    re.IGNORECASE,
    needs=("clock",),
)
def _oclock(m, ctx):
    """ "at six o'clock", "at 9 o'clock in the evening": a clock hour, afternoon or evening when said so."""
    hour = int(m["h"]) if m["h"].isdigit() else cal.NUMBER_WORDS[m["h"].lower()]
    after = _EVENING_AFTER.match(ctx.text, m.end("x"))
    if after and (after["pm"] or "night" in after[0].lower()) and hour < 12:
        hour += 12
    day = ctx.anchor
    if m["wd"]:
        day = weekday_date(ctx, cal.WEEKDAYS[m["wd"].lower()], m.start("x"), m.end("x"), None)
    return "TIME", f"{day.isoformat()}T{hour:02d}:00", None
