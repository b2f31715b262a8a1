"""The grammar's shared parts: pattern building blocks, the Context resolvers consult, the rule registry.

Each rule is a compiled pattern and a function that turns a match into
``(type, value, mod)`` against a Context (publication date, tense, the last
date mentioned), or None to reject the match. Spans follow TIMEX3: the group
``x`` (when present) is the expression, without prepositions around it.
The rules live in periods.py (seasons, quarters, halves, decades, parts of a
named day), absolute.py (the expression names its date), standalone.py (holidays,
a year or short year on its own, other languages), relative.py (counted
from the publication date), anaphoric.py (from the last date named) and durations.py (lengths,
sets and vague references, so that they never become dates); they register in
that order, which breaks ties between candidates of equal length. A rule may
name the words every match of it holds (``needs``), so that a text without
any is not searched by it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

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
    last_month: dt.date | None = None
    last_quarter: str | None = None  # "2025-Q2", the last quarter named ("the quarter" refers back to it)
    # A chronology's entry labels ("- **July 14**: …", "2019: …"): whether an expression is one, and the date
    # of the last one (a label without a year takes the year of the entry before it).
    label_at: Callable[[int, int], bool] = lambda start, end: False
    label_date: dt.date | None = None
    label_end: int = -1  # where the last label or fronted date phrase ("In 2014,") ends

    @property
    def anchor(self) -> dt.date:
        """The day anaphoric expressions ("the next day", "on the eve") count from."""
        return self.last_day or self.dct

    @property
    def month_anchor(self) -> dt.date:
        """A day of the month "the following month" or "that month" counts from: the last day or month
        named ("in March 2019 ... the following month"), else publication."""
        return self.last_month or self.anchor


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    resolve: Callable[[re.Match[str], Context], Resolved | None]
    # Words one of which every match contains (lower case): a text without any is not searched (speed).
    needs: tuple[str, ...] = ()

    def may_match(self, lowered: str) -> bool:
        """False when ``lowered`` (the text in lower case) holds none of the words every match needs."""
        return not self.needs or any(w in lowered for w in self.needs)


# "Monday and Tuesday nights", "Mondays and Thursdays": after a weekday, the words that make it recur.
PLURAL_PART = r"(?:mornings|afternoons|evenings|nights)"
RECURRING_AFTER = re.compile(rf"\s+(?:and|or)\s+{WEEKDAY}(?:s\b|\s+(?P<part>{PLURAL_PART})\b)", re.IGNORECASE)

# Rules whose expressions place the report, not the story (see Context.story_year).
REPORTING_FRAME = frozenset({"weekday", "deictic-day", "part-of-day", "clock"})


def registrar(rules: list[Rule]):
    """A ``@rule(name, pattern)`` decorator that appends resolvers to ``rules``, in the order written."""

    def rule(name: str, pattern: str, flags: int = 0, needs: tuple[str, ...] = ()):
        def register(fn: Callable[[re.Match[str], Context], Resolved | None]):
            rules.append(Rule(name, re.compile(pattern, flags), fn, needs))
            return fn

        return register

    return rule


# Helpers shared by the rule modules ------------------------------------------------------------------
def month_of(word: str) -> int:
    return cal.MONTHS[word.lower().rstrip(".")]


def day_of(word: str) -> int:
    return int(re.match(r"\d+", word).group(0))


def year_of(word: str) -> int:
    return int(word)


def nearest_year(ctx: Context, month: int, day: int | None, start: int, end: int) -> int:
    """The year of a month (and day) written without one, by the clause's tense; for a chronology's entry label,
    the year of the entry before it (a year later when the month comes earlier), else the nearest one."""
    dct = ctx.dct
    this = (month, day or 1)
    label = ctx.label_at(start, end)
    if label and ctx.label_date:
        before = (ctx.label_date.month, ctx.label_date.day if day else 1)
        return ctx.label_date.year + (this < before)
    # a chronology tells its entries in the headline present ("Witkoff meets Putin"): no tense, the nearest
    tense = UNKNOWN if label else ctx.tense_at(start, end)
    now = (dct.month, dct.day if day else 1)
    if tense == PAST:
        if this > now and day and cal.valid_day(dct.year, month, day):
            ahead = (cal.valid_day(dct.year, month, day) - dct).days
            if ahead <= 21:
                # News leaves the year out of a date of last year only when it lies months back: "on
                # November 16" in a past clause written on 5 November is the coming one, not last year's
                return dct.year
        return dct.year if this <= now else dct.year - 1
    if tense == FUTURE:
        if this < now and day and cal.valid_day(dct.year, month, day):
            behind = (dct - cal.valid_day(dct.year, month, day)).days
            if behind <= 21:
                # Nor is a day of the last three weeks next year's: "each deadline he set, then Aug. 8,
                # slipped away" written on 20 August is this Aug. 8; next year's would be written with its year
                return dct.year
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


def weekday_date(ctx: Context, weekday: int, start: int, end: int, direction: str | None) -> dt.date:
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


def unit_of(word: str) -> str:
    """The singular unit of "days", "Centuries", "week"."""
    w = word.lower()
    return "century" if w == "centuries" else w.rstrip("s")


def part_code(word: str | None) -> str:
    return cal.PARTS_OF_DAY[word.lower()] if word else ""


def mod_of(word: str | None) -> str | None:
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


def title_case_line(text: str, pos: int) -> bool:
    """True when the line around ``pos`` is a headline in title case (most words capitalised)."""
    start, end = text.rfind("\n", 0, pos) + 1, text.find("\n", pos)
    words = [w for w in re.findall(r"[A-Za-z]+", text[start : end if end >= 0 else len(text)]) if len(w) > 3]
    return bool(words) and sum(w[0].isupper() for w in words) * 3 >= len(words) * 2
